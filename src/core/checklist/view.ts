/**
 * The checklist model in one language, as words: what the webview shows (it gets this by message
 * and sets every string as text), and the labels both reports use. All words come from the
 * `checklist.*` messages and the clause catalog.
 */
import type { RiskProfile } from '../config/config';
import type { Language } from '../finding';
import { localizeIn, messageBundle } from '../l10n/messages';
import { formatDate } from '../text/formatDate';
import type { Evidence, ItemStatus } from './file';
import { PROGRESS_BUCKETS, type ProgressBucket } from './ids';
import type { Blocker, ChecklistEntry, ChecklistModel, ProgressCounts } from './model';
import { GROUP_IDS, questionById, type GroupId } from './questions';

export function text(language: Language, id: string, data: Record<string, string | number> = {}): string {
  return localizeIn(language, `checklist.${id}`, data);
}

export function statusLabel(language: Language, status: ItemStatus): string {
  return text(language, `status.${status}`);
}

export function bucketLabel(language: Language, bucket: ProgressBucket): string {
  return text(language, `status.${bucket}`);
}

export function profileLabel(language: Language, profile: RiskProfile): string {
  return text(language, `profile.${profile}`);
}

export function groupTitle(language: Language, group: GroupId): string {
  return text(language, `group.${group}`);
}

/** Dates as the reports and the webview show them (the same words as the hovers' catalog sources). */
export { formatDate };

/** A piece of evidence in words: "artikel 3 Uitlegbaarheid (acme.overeenkomst.md, regel 35)", a URL's title or the URL. */
export function evidenceLabel(language: Language, evidence: Evidence, contractFile: string): string {
  switch (evidence.kind) {
    case 'contract': {
      if (!evidence.part) {
        const id = evidence.file === contractFile ? 'evidence.front-matter' : 'evidence.contract';
        return text(language, id, { part: evidence.file, file: evidence.file, line: evidence.line });
      }
      const part = evidence.title ?? text(language, `part.${evidence.part.kind}`, { label: evidence.part.label });
      return text(language, 'evidence.contract', { part, file: evidence.file, line: evidence.line });
    }
    case 'url':
      return evidence.title ? `${evidence.title} (${evidence.url})` : evidence.url;
    case 'document':
      return evidence.title ? `${evidence.title} (${evidence.path})` : evidence.path;
    case 'conditions':
      return text(language, 'evidence.conditions', { conditions: evidence.conditions, article: evidence.article });
  }
}

/** What the contract lint says about a contract topic, in a sentence (empty for supplier questions). */
export function coverageText(language: Language, entry: ChecklistEntry, contractFile: string): string {
  if (!entry.coverage) return '';
  const suggestion = entry.suggestion;
  switch (entry.coverage) {
    case 'missing':
      return text(language, 'coverage.missing');
    case 'explained': {
      const explained = entry.explained!;
      const by = [explained.by, explained.date].filter(Boolean).join(', ');
      return text(language, 'coverage.explained', { reason: explained.reason }) + (by ? ` ${text(language, 'coverage.explained-by', { by })}` : '');
    }
    case 'conditions': {
      const cover = suggestion?.evidence.find((evidence) => evidence.kind === 'conditions');
      return cover?.kind === 'conditions' ? text(language, 'coverage.conditions', { conditions: cover.conditions, article: cover.article }) : '';
    }
    case 'covered':
    case 'partly-covered': {
      const parts = (suggestion?.evidence ?? []).filter((evidence) => evidence.kind === 'contract');
      const names = parts.map((evidence) => (evidence.kind === 'contract' && evidence.part ? text(language, `part.${evidence.part.kind}`, { label: evidence.part.label }) : evidence.kind === 'contract' ? evidence.file : ''));
      const sentence = parts.length > 0 && parts.every((evidence) => evidence.kind === 'contract' && !evidence.part && evidence.file !== contractFile)
        ? text(language, 'coverage.covered-annex-file', { file: names.join(', ') })
        : text(language, 'coverage.covered', { parts: names.join(', ') });
      if (entry.coverage === 'covered') return sentence;
      const inside = entry.findings.filter((finding) => finding.severity !== 'info').length;
      return `${sentence} ${text(language, 'coverage.findings', { count: inside })}`;
    }
  }
}

function questionTitle(language: Language, id: string | undefined): string {
  const question = id ? questionById(id) : undefined;
  return question ? question.title[language] : id ?? '';
}

export function blockerText(language: Language, blocker: Blocker): string {
  if (blocker.kind === 'finding') return text(language, 'blocker.finding', { message: blocker.finding?.message[language] ?? '' });
  return `${questionTitle(language, blocker.question)}: ${text(language, `blocker.${blocker.kind}`)}`;
}

export function adviceText(language: Language, model: ChecklistModel): string {
  return model.blockers.length === 0 ? text(language, 'advice.ready') : text(language, 'advice.blocked', { count: model.blockers.length });
}

export interface BucketView {
  bucket: ProgressBucket;
  label: string;
  count: number;
}

export interface ProgressView {
  total: number;
  /** Answered (confirmed) questions. */
  done: number;
  buckets: BucketView[];
}

export interface EvidenceView {
  label: string;
  kind: Evidence['kind'];
  /** Only for web documents: the http(s) address. */
  url?: string;
  suggested: boolean;
  /** Whether the extension can open it (an article, a file, a web page). */
  openable: boolean;
}

export interface EntryView {
  id: string;
  title: string;
  question: string;
  help: string;
  required: boolean;
  status: ItemStatus;
  statusLabel: string;
  suggested: boolean;
  /** "Voorstel: Voldaan", while suggested. */
  suggestionLabel?: string;
  coverage: string;
  explained?: string;
  evidence: EvidenceView[];
  notes: string;
  answered?: string;
  findings: string[];
}

export interface GroupView {
  id: GroupId;
  title: string;
  progress: ProgressView;
  entries: EntryView[];
}

export interface ChecklistView {
  language: Language;
  /** The `checklist.ui.*` and `checklist.status.*` words, without their prefix (`ui.save`, `status.deels`). */
  labels: Record<string, string>;
  title: string;
  intro: string;
  contract: { file: string; title?: string; supplier?: string; profile: string };
  checklistFile: string;
  statuses: Array<{ value: ItemStatus; label: string }>;
  progress: ProgressView;
  advice: string;
  blockers: Array<{ text: string; question?: string }>;
  groups: GroupView[];
  /** Answered questions the profile does not require. */
  others: EntryView[];
  fileProblems: string[];
}

function progressView(language: Language, counts: ProgressCounts): ProgressView {
  return {
    total: counts.total,
    done: counts.counts.voldaan + counts.counts.deels + counts.counts['niet-voldaan'] + counts.counts.nvt,
    buckets: PROGRESS_BUCKETS.map((bucket) => ({ bucket, label: bucketLabel(language, bucket), count: counts.counts[bucket] })),
  };
}

function entryView(language: Language, entry: ChecklistEntry, contractFile: string): EntryView {
  const answer = entry.answer;
  const answered = answer.answeredAt
    ? answer.answeredBy
      ? text(language, 'ui.answered', { by: answer.answeredBy, date: formatDate(language, answer.answeredAt) })
      : text(language, 'ui.answered-at', { date: formatDate(language, answer.answeredAt) })
    : undefined;
  return {
    id: entry.question.id,
    title: entry.question.title[language],
    question: entry.question.text[language],
    help: entry.question.help[language],
    required: entry.required,
    status: entry.status,
    statusLabel: statusLabel(language, entry.status),
    suggested: entry.suggested,
    ...(entry.suggested ? { suggestionLabel: text(language, 'suggested-status', { status: statusLabel(language, entry.status) }) } : {}),
    coverage: coverageText(language, entry, contractFile),
    ...(entry.explained ? { explained: entry.explained.reason } : {}),
    evidence: entry.evidence.map((evidence) => ({
      label: evidenceLabel(language, evidence, contractFile),
      kind: evidence.kind,
      ...(evidence.kind === 'url' ? { url: evidence.url } : {}),
      suggested: evidence.suggested === true,
      openable: evidence.kind !== 'conditions',
    })),
    notes: answer.notes ?? '',
    ...(answered ? { answered } : {}),
    findings: entry.findings.map((finding) => `${finding.message[language]} (${text(language, 'report.location', { file: finding.file, line: finding.line })})`),
  };
}

/** The words of the `checklist.ui.*` and `checklist.status.*` messages in one language. */
export function webviewLabels(language: Language): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [key, value] of Object.entries(messageBundle(language))) {
    if (key.startsWith('checklist.ui.') || key.startsWith('checklist.status.')) labels[key.slice('checklist.'.length)] = value;
  }
  return labels;
}

export function checklistView(model: ChecklistModel, language: Language): ChecklistView {
  const contractFile = model.contract.file;
  const required = model.entries.filter((entry) => entry.required);
  const groups: GroupView[] = [];
  for (const id of GROUP_IDS) {
    const entries = required.filter((entry) => entry.question.group === id);
    if (entries.length === 0) continue;
    const counts = model.progress.groups.find((group) => group.group === id)!;
    groups.push({ id, title: groupTitle(language, id), progress: progressView(language, counts), entries: entries.map((entry) => entryView(language, entry, contractFile)) });
  }
  return {
    language,
    labels: webviewLabels(language),
    title: text(language, 'title'),
    intro: text(language, 'intro'),
    contract: { file: contractFile, ...(model.contract.title ? { title: model.contract.title } : {}), ...(model.contract.supplier ? { supplier: model.contract.supplier } : {}), profile: profileLabel(language, model.contract.profile) },
    checklistFile: model.checklistFile,
    statuses: (['open', 'voldaan', 'deels', 'niet-voldaan', 'nvt'] as const).map((value) => ({ value, label: statusLabel(language, value) })),
    progress: progressView(language, model.progress),
    advice: adviceText(language, model),
    blockers: model.blockers.map((blocker) => ({ text: blockerText(language, blocker), ...(blocker.question ? { question: blocker.question } : {}) })),
    groups,
    others: model.entries.filter((entry) => !entry.required).map((entry) => entryView(language, entry, contractFile)),
    fileProblems: model.fileProblems.map((problem) => problem.message[language]),
  };
}


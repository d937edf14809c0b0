/**
 * The checklist model: the questions that apply for the contract's profile, each with the answer
 * from the checklist file or else the suggestion from the contract lint, the progress per status
 * and per group, and what still stands in the way of a positive advice. What the webview, the
 * Markdown and HTML reports and the benchmark all build on.
 */
import type { RiskProfile } from '../config/config';
import type { CatalogSource, TopicId } from '../contract/catalog';
import type { ProfileSource } from '../rule';
import { isEmptyItem, type ChecklistFileData, type ChecklistFileProblem, type Evidence, type ItemAnswer, type ItemStatus } from './file';
import { topicFindings, type ContractFacts, type Coverage, type Deviation, type FindingSummary, type Suggestion } from './prefill';
import type { ProgressBucket } from './ids';
import { checklistQuestions, GROUP_IDS, questionApplies, sourceKey, type GroupId, type Question, type QuestionId } from './questions';

export interface ChecklistEntry {
  question: Question;
  /** Whether the profile requires it; other questions are shown only when the file answers them. */
  required: boolean;
  /** As saved in the file (`open` when not answered). */
  answer: ItemAnswer;
  suggestion?: Suggestion;
  /** True while the status shown is the contract lint's suggestion, which a reviewer still has to confirm. */
  suggested: boolean;
  /** The status shown: the saved answer, else the suggestion, else `open`. */
  status: ItemStatus;
  /** Evidence shown: the saved evidence, and while suggested also the suggestion's. */
  evidence: Array<Evidence & { suggested?: boolean }>;
  /** For a contract topic: what the contract lint found. */
  coverage?: Coverage;
  /** A deviation recorded in the contract (comply or explain), with its reason. */
  explained?: Deviation;
  findings: FindingSummary[];
}

// In ids.ts (no dependencies), so that the reports' labels and the Word renderer need not load the model's prefill and the lint engine.
export { PROGRESS_BUCKETS, type ProgressBucket } from './ids';

export interface ProgressCounts {
  total: number;
  counts: Record<ProgressBucket, number>;
}

export interface Progress extends ProgressCounts {
  groups: Array<ProgressCounts & { group: GroupId }>;
}

export type BlockerKind = 'unanswered' | 'unconfirmed' | 'not-met' | 'partly' | 'nvt-without-reason' | 'finding';

export interface Blocker {
  kind: BlockerKind;
  question?: QuestionId;
  finding?: FindingSummary;
}

export interface SourceRow {
  source: CatalogSource;
  /** The questions citing it. */
  questions: QuestionId[];
}

export interface ChecklistModel {
  contract: { file: string; title?: string; supplier?: string; profile: RiskProfile; profileSource: ProfileSource };
  checklistFile: string;
  /** Required questions first come in checklist order, with answered other questions after them. */
  entries: ChecklistEntry[];
  progress: Progress;
  blockers: Blocker[];
  /** Every finding of the contract lint (contract and annex files). */
  findings: FindingSummary[];
  sources: SourceRow[];
  fileProblems: ChecklistFileProblem[];
}

export interface BuildChecklistInput {
  facts: ContractFacts;
  /** The file as read; an empty one when there is none yet. */
  file: ChecklistFileData;
  checklistFile: string;
  fileProblems?: ChecklistFileProblem[];
}

const OPEN_ANSWER: ItemAnswer = Object.freeze({ status: 'open', evidence: [] }) as ItemAnswer;

function entryFor(question: Question, required: boolean, answer: ItemAnswer, facts: ContractFacts): ChecklistEntry {
  const topic: TopicId | undefined = question.kind === 'contract-topic' ? question.topics[0] : undefined;
  const suggestion = topic ? facts.suggestions[topic] : undefined;
  const suggested = answer.status === 'open' && suggestion !== undefined;
  const evidence: ChecklistEntry['evidence'] = [...answer.evidence];
  if (suggested) for (const entry of suggestion.evidence) if (!evidence.some((own) => sameEvidence(own, entry))) evidence.push({ ...entry, suggested: true });
  return {
    question,
    required,
    answer,
    ...(suggestion ? { suggestion } : {}),
    suggested,
    status: suggested ? suggestion.status : answer.status,
    evidence,
    ...(topic ? { coverage: suggestion?.coverage ?? 'missing' } : {}),
    ...(suggestion?.explained ? { explained: suggestion.explained } : {}),
    findings: topic ? topicFindings(facts, topic) : [],
  };
}

/** Whether two pieces of evidence point at the same thing (the same article of the same file, the same URL). */
export function sameEvidence(a: Evidence, b: Evidence): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'contract': {
      const other = b as typeof a;
      return a.file === other.file && (a.part && other.part ? a.part.kind === other.part.kind && a.part.label === other.part.label : a.line === other.line);
    }
    case 'url':
      return a.url === (b as typeof a).url;
    case 'document':
      return a.path === (b as typeof a).path;
    case 'conditions':
      return a.conditions === (b as typeof a).conditions && a.article === (b as typeof a).article;
  }
}

function emptyCounts(): ProgressCounts {
  return { total: 0, counts: { voldaan: 0, deels: 0, 'niet-voldaan': 0, nvt: 0, suggested: 0, open: 0 } };
}

export function bucketOf(entry: ChecklistEntry): ProgressBucket {
  return entry.suggested ? 'suggested' : entry.status;
}

/** Counts over the required questions, overall and per group (groups in their fixed order, empty ones left out). */
export function progressOf(entries: readonly ChecklistEntry[]): Progress {
  const overall = emptyCounts();
  const groups = new Map<GroupId, ProgressCounts>();
  for (const entry of entries) {
    if (!entry.required) continue;
    const bucket = bucketOf(entry);
    overall.total++;
    overall.counts[bucket]++;
    let group = groups.get(entry.question.group);
    if (!group) groups.set(entry.question.group, (group = emptyCounts()));
    group.total++;
    group.counts[bucket]++;
  }
  return { ...overall, groups: GROUP_IDS.filter((id) => groups.has(id)).map((id) => ({ group: id, ...groups.get(id)! })) };
}

/**
 * What stands in the way of a positive advice for the profile: every required question that is
 * not answered, only suggested, not met or partly met, or "n.v.t." without a note or a recorded
 * deviation to say why; and every error the contract lint still reports.
 */
export function blockersOf(entries: readonly ChecklistEntry[], findings: readonly FindingSummary[]): Blocker[] {
  const blockers: Blocker[] = [];
  for (const entry of entries) {
    if (!entry.required) continue;
    const question = entry.question.id;
    if (entry.suggested) blockers.push({ kind: 'unconfirmed', question });
    else if (entry.status === 'open') blockers.push({ kind: 'unanswered', question });
    else if (entry.status === 'niet-voldaan') blockers.push({ kind: 'not-met', question });
    else if (entry.status === 'deels') blockers.push({ kind: 'partly', question });
    else if (entry.status === 'nvt' && !entry.answer.notes?.trim() && !entry.explained) blockers.push({ kind: 'nvt-without-reason', question });
  }
  for (const finding of findings) if (finding.severity === 'error') blockers.push({ kind: 'finding', finding });
  return blockers;
}

function sourcesOf(entries: readonly ChecklistEntry[]): SourceRow[] {
  const rows = new Map<string, SourceRow>();
  for (const entry of entries) {
    for (const source of entry.question.sources) {
      const key = sourceKey(source);
      const row = rows.get(key);
      if (!row) rows.set(key, { source, questions: [entry.question.id] });
      else if (!row.questions.includes(entry.question.id)) row.questions.push(entry.question.id);
    }
  }
  // One source's versions side by side (the AI Act's articles apply from different dates).
  const titles = [...new Set([...rows.values()].map((row) => row.source.title.en))];
  return [...rows.values()].sort((a, b) => titles.indexOf(a.source.title.en) - titles.indexOf(b.source.title.en) || (a.source.appliesFrom ?? '').localeCompare(b.source.appliesFrom ?? ''));
}

/** The checklist for a contract: its facts from the lint, and the answers in its checklist file. */
export function buildChecklist(input: BuildChecklistInput): ChecklistModel {
  const { facts, file } = input;
  const required: ChecklistEntry[] = [];
  const others: ChecklistEntry[] = [];
  for (const question of checklistQuestions()) {
    const applies = questionApplies(question, facts.profile, facts.requiredTopics);
    const answer = file.items[question.id] ?? OPEN_ANSWER;
    if (applies) required.push(entryFor(question, true, answer, facts));
    else if (!isEmptyItem(answer)) others.push(entryFor(question, false, answer, facts));
  }
  const entries = [...required, ...others];
  return {
    contract: { file: facts.file, ...(facts.title ? { title: facts.title } : {}), ...(facts.supplier ? { supplier: facts.supplier } : {}), profile: facts.profile, profileSource: facts.profileSource },
    checklistFile: input.checklistFile,
    entries,
    progress: progressOf(entries),
    blockers: blockersOf(entries, facts.findings),
    findings: facts.findings,
    sources: sourcesOf(required),
    fileProblems: input.fileProblems ?? [],
  };
}

/**
 * The checklist review as a Word document: the same sections, words and order as the HTML and
 * Markdown reports (src/core/checklist/renderHtml.ts), built from the same model with the same
 * label functions of `view.ts`. Headings: the title (Heading 1), the sections (Heading 2), the
 * groups (Heading 3) and the questions (Heading 4). A status is always a word; its colour only
 * repeats it.
 */
// The modules themselves, not the checklist's index: that would bring the whole lint engine into this bundle.
import { isSafeUrl } from '../core/checklist/messages';
import { PROGRESS_BUCKETS } from '../core/checklist/ids';
import type { ChecklistEntry, ChecklistModel } from '../core/checklist/model';
import { GROUP_IDS } from '../core/checklist/questions';
import { BUCKET_COLOURS, type ReportOptions } from '../core/checklist/renderHtml';
import { sourceWords } from '../core/contract/catalog/sourceWords';
import { adviceText, blockerText, bucketLabel, coverageText, evidenceLabel, formatDate, groupTitle, profileLabel, statusLabel, text } from '../core/checklist/view';
import type { Language } from '../core/finding';
import { bulletList, heading, labelled, packDocument, paragraph, table, type Block, type Inline } from './word';

const colour = (hex: string): string => hex.replace('#', '').toUpperCase();
/** A small square in the status's colour before its name (decorative: the name says it). */
const swatch = (hex: string): Inline => ({ text: '\u25A0 ', colour: colour(hex) });

function statusSpans(entry: ChecklistEntry, language: Language): Inline[] {
  const spans: Inline[] = [{ text: statusLabel(language, entry.status), bold: true, colour: colour(BUCKET_COLOURS[entry.suggested ? 'suggested' : entry.status]) }];
  if (entry.suggested) spans.push(' ', { text: `(${text(language, 'status.suggested')})`, italics: true });
  return spans;
}

function evidenceItems(entry: ChecklistEntry, model: ChecklistModel, language: Language): Inline[][] {
  return entry.evidence.map((evidence) => {
    const label = evidenceLabel(language, evidence, model.contract.file);
    const item: Inline[] = [evidence.kind === 'url' && isSafeUrl(evidence.url) ? { text: label, link: evidence.url } : label];
    if (evidence.suggested) item.push(' ', { text: `(${text(language, 'status.suggested')})`, italics: true });
    return item;
  });
}

function entryParts(entry: ChecklistEntry, model: ChecklistModel, language: Language): Block[] {
  const t = (id: string, data: Record<string, string | number> = {}): string => text(language, id, data);
  const answer = entry.answer;
  const parts: Block[] = [
    heading(4, entry.question.title[language]),
    paragraph([{ text: entry.question.text[language], italics: true }]),
    labelled(t('report.column.answer'), statusSpans(entry, language)),
  ];
  const coverage = coverageText(language, entry, model.contract.file);
  if (coverage) parts.push(labelled(t('report.contract'), [coverage]));
  if (entry.evidence.length === 0) parts.push(labelled(t('report.column.evidence'), [t('report.none')]));
  else parts.push(labelled(t('report.column.evidence'), []), ...bulletList(evidenceItems(entry, model, language)));
  parts.push(labelled(t('report.column.notes'), [answer.notes ? answer.notes : t('report.none')]));
  if (answer.answeredAt || answer.answeredBy) {
    const by = answer.answeredBy ?? '';
    const when = answer.answeredAt ? formatDate(language, answer.answeredAt) : '';
    parts.push(labelled(t('report.column.answered-by'), [by && when ? t('report.answered', { by, date: when }) : by || when]));
  }
  const findings = entry.findings.filter((finding) => finding.severity !== 'info' || finding.ruleId !== 'contract/missing-clause');
  if (findings.length > 0) {
    parts.push(labelled(t('report.findings'), []), ...bulletList(findings.map((finding) => [`${finding.message[language]} (${t('report.location', { file: finding.file, line: finding.line })})`])));
  }
  return parts;
}

/** The .docx bytes of the checklist report. */
export async function renderChecklistDocx(model: ChecklistModel, options: ReportOptions): Promise<Uint8Array> {
  const language = options.language;
  const t = (id: string, data: Record<string, string | number> = {}): string => text(language, id, data);
  const name = model.contract.title ?? model.contract.file;
  const progress = model.progress;
  const body: Block[] = [
    heading(1, t('page-title', { contract: name })),
    paragraph([t('intro')]),
    labelled(t('report.contract'), [model.contract.file]),
    ...(model.contract.supplier ? [labelled(t('report.supplier'), [model.contract.supplier])] : []),
    labelled(t('report.checklist-file'), [model.checklistFile]),
    labelled(t('report.profile'), [profileLabel(language, model.contract.profile)]),
    labelled(t('report.date'), [formatDate(language, options.date)]),

    heading(2, t('report.summary')),
    paragraph([{ text: adviceText(language, model), bold: true, colour: model.blockers.length === 0 ? colour(BUCKET_COLOURS.voldaan) : undefined }]),
    ...table({
      caption: t('report.progress-caption'),
      headers: [t('report.column.status'), t('report.column.count')],
      rows: [
        ...PROGRESS_BUCKETS.map((bucket) => [[swatch(BUCKET_COLOURS[bucket]), bucketLabel(language, bucket)], String(progress.counts[bucket])]),
        [[{ text: t('report.column.total'), bold: true }], [{ text: String(progress.total), bold: true }]],
      ],
      widths: [3, 1],
      numeric: new Set([1]),
    }),
    ...table({
      caption: t('report.groups-caption'),
      headers: [t('report.column.group'), ...PROGRESS_BUCKETS.map((bucket) => bucketLabel(language, bucket)), t('report.column.total')],
      rows: progress.groups.map((group) => [groupTitle(language, group.group), ...PROGRESS_BUCKETS.map((bucket) => String(group.counts[bucket])), String(group.total)]),
      widths: [2.1, ...PROGRESS_BUCKETS.map((bucket) => (bucket === 'suggested' ? 1.6 : 1.2)), 1.05],
      numeric: new Set(PROGRESS_BUCKETS.map((_, i) => i + 1).concat(PROGRESS_BUCKETS.length + 1)),
      size: 18,
    }),
    heading(3, t('report.blockers')),
  ];
  if (model.blockers.length === 0) body.push(paragraph([t('report.none')]));
  else body.push(...bulletList(model.blockers.map((blocker) => [blockerText(language, blocker)])));

  body.push(heading(2, t('report.answers')));
  const required = model.entries.filter((entry) => entry.required);
  for (const group of GROUP_IDS) {
    const entries = required.filter((entry) => entry.question.group === group);
    if (entries.length === 0) continue;
    body.push(heading(3, groupTitle(language, group)));
    for (const entry of entries) body.push(...entryParts(entry, model, language));
  }
  const others = model.entries.filter((entry) => !entry.required);
  if (others.length > 0) {
    body.push(heading(3, t('report.not-required')));
    for (const entry of others) body.push(...entryParts(entry, model, language));
  }

  body.push(heading(2, t('report.findings')));
  if (model.findings.length === 0) body.push(paragraph([t('report.findings-none')]));
  else {
    body.push(...table({
      caption: t('report.findings'),
      headers: [t('report.column.location'), t('report.column.severity'), t('report.column.message'), t('report.column.rule')],
      rows: model.findings.map((finding) => [
        t('report.location', { file: finding.file, line: finding.line }),
        [{ text: t(`report.severity.${finding.severity}`), bold: finding.severity === 'error' }],
        finding.message[language],
        finding.ruleId,
      ]),
      widths: [2.2, 1.2, 4.5, 2.1],
      size: 18,
    }));
  }

  body.push(heading(2, t('report.sources')));
  body.push(...table({
    caption: t('report.sources-caption'),
    headers: [t('report.column.source'), t('report.column.version'), t('report.column.source-date'), t('report.column.applies-from')],
    rows: model.sources.map(({ source }) => sourceWords(language, source)).map((words) => [
      [words.url && isSafeUrl(words.url) ? { text: words.title, link: words.url } : words.title],
      words.version,
      words.date,
      words.appliesFrom ?? '\u2014',
    ]),
    widths: [5, 2, 2, 2],
    size: 18,
  }));
  const made = t('report.made', { version: options.toolVersion ?? '', date: formatDate(language, options.date) }).replace('  ', ' ');
  body.push(paragraph([{ text: t('report.disclaimer'), bold: true }, ` ${made}`]));

  return packDocument({
    language,
    title: t('page-title', { contract: name }),
    subject: t('title'),
    description: t('intro'),
    keywords: ['Inkooplint', t('title'), model.contract.file].join(', '),
    footerNote: t('report.disclaimer'),
    pageTemplate: t('report.page'),
    parts: [{ body }],
  });
}

/**
 * The review in Markdown (CommonMark with GitHub tables): the same sections as the HTML report.
 * Text from the contract, the checklist file or a reviewer is escaped so that it stays text: it
 * cannot make HTML, links, headings or table cells.
 */
import type { Language } from '../finding';
import { escapeMarkdown } from './escape';
import { isSafeUrl } from './messages';
import { PROGRESS_BUCKETS, type ChecklistEntry, type ChecklistModel } from './model';
import { GROUP_IDS } from './questions';
import type { ReportOptions } from './renderHtml';
import { sourceWords } from '../contract/catalog/sourceWords';
import { adviceText, blockerText, bucketLabel, coverageText, evidenceLabel, formatDate, groupTitle, profileLabel, statusLabel, text } from './view';

function table(headers: string[], rows: string[][], numeric: ReadonlySet<number> = new Set()): string[] {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map((_, i) => (numeric.has(i) ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

function link(label: string, url: string | undefined): string {
  if (!url || !isSafeUrl(url)) return escapeMarkdown(label);
  return `[${escapeMarkdown(label)}](<${url.replace(/[<>\s\\]/g, (c) => encodeURIComponent(c))}>)`;
}

function entryLines(entry: ChecklistEntry, model: ChecklistModel, language: Language): string[] {
  const t = (id: string, data: Record<string, string | number> = {}): string => escapeMarkdown(text(language, id, data));
  const answer = entry.answer;
  const status = `**${escapeMarkdown(statusLabel(language, entry.status))}**${entry.suggested ? ` *(${t('status.suggested')})*` : ''}`;
  const lines = [`#### ${escapeMarkdown(entry.question.title[language])}`, '', escapeMarkdown(entry.question.text[language]), '', `- ${t('report.column.answer')}: ${status}`];
  const coverage = coverageText(language, entry, model.contract.file);
  if (coverage) lines.push(`- ${t('report.contract')}: ${escapeMarkdown(coverage)}`);
  if (entry.evidence.length === 0) lines.push(`- ${t('report.column.evidence')}: ${t('report.none')}`);
  else {
    lines.push(`- ${t('report.column.evidence')}:`);
    for (const evidence of entry.evidence) {
      const label = evidenceLabel(language, evidence, model.contract.file);
      lines.push(`  - ${link(label, evidence.kind === 'url' ? evidence.url : undefined)}${evidence.suggested ? ` *(${t('status.suggested')})*` : ''}`);
    }
  }
  lines.push(`- ${t('report.column.notes')}: ${answer.notes ? escapeMarkdown(answer.notes, true) : t('report.none')}`);
  if (answer.answeredAt || answer.answeredBy) {
    const by = answer.answeredBy ?? '';
    const when = answer.answeredAt ? formatDate(language, answer.answeredAt) : '';
    lines.push(`- ${t('report.column.answered-by')}: ${escapeMarkdown(by && when ? text(language, 'report.answered', { by, date: when }) : by || when)}`);
  }
  lines.push('');
  return lines;
}

export function renderChecklistMarkdown(model: ChecklistModel, options: ReportOptions): string {
  const language = options.language;
  const t = (id: string, data: Record<string, string | number> = {}): string => escapeMarkdown(text(language, id, data));
  const name = model.contract.title ?? model.contract.file;
  const progress = model.progress;
  const lines: string[] = [
    `# ${t('page-title', { contract: name })}`,
    '',
    t('intro'),
    '',
    `- ${t('report.contract')}: ${escapeMarkdown(model.contract.file)}`,
    ...(model.contract.supplier ? [`- ${t('report.supplier')}: ${escapeMarkdown(model.contract.supplier)}`] : []),
    `- ${t('report.checklist-file')}: ${escapeMarkdown(model.checklistFile)}`,
    `- ${t('report.profile')}: ${escapeMarkdown(profileLabel(language, model.contract.profile))}`,
    `- ${t('report.date')}: ${escapeMarkdown(formatDate(language, options.date))}`,
    '',
    `## ${t('report.summary')}`,
    '',
    `**${escapeMarkdown(adviceText(language, model))}**`,
    '',
    ...table(
      [t('report.column.status'), t('report.column.count')],
      [...PROGRESS_BUCKETS.map((bucket) => [escapeMarkdown(bucketLabel(language, bucket)), String(progress.counts[bucket])]), [t('report.column.total'), String(progress.total)]],
      new Set([1]),
    ),
    '',
    ...table(
      [t('report.column.group'), ...PROGRESS_BUCKETS.map((bucket) => escapeMarkdown(bucketLabel(language, bucket))), t('report.column.total')],
      progress.groups.map((group) => [escapeMarkdown(groupTitle(language, group.group)), ...PROGRESS_BUCKETS.map((bucket) => String(group.counts[bucket])), String(group.total)]),
      new Set(PROGRESS_BUCKETS.map((_, i) => i + 1).concat(PROGRESS_BUCKETS.length + 1)),
    ),
    '',
    `### ${t('report.blockers')}`,
    '',
  ];
  if (model.blockers.length === 0) lines.push(t('report.none'), '');
  else lines.push(...model.blockers.map((blocker) => `- ${escapeMarkdown(blockerText(language, blocker))}`), '');

  lines.push(`## ${t('report.answers')}`, '');
  const required = model.entries.filter((entry) => entry.required);
  for (const group of GROUP_IDS) {
    const entries = required.filter((entry) => entry.question.group === group);
    if (entries.length === 0) continue;
    lines.push(`### ${escapeMarkdown(groupTitle(language, group))}`, '');
    for (const entry of entries) lines.push(...entryLines(entry, model, language));
  }
  const others = model.entries.filter((entry) => !entry.required);
  if (others.length > 0) {
    lines.push(`### ${t('report.not-required')}`, '');
    for (const entry of others) lines.push(...entryLines(entry, model, language));
  }

  lines.push(`## ${t('report.findings')}`, '');
  if (model.findings.length === 0) lines.push(t('report.findings-none'), '');
  else {
    lines.push(
      ...table(
        [t('report.column.location'), t('report.column.severity'), t('report.column.message'), t('report.column.rule')],
        model.findings.map((finding) => [t('report.location', { file: finding.file, line: finding.line }), t(`report.severity.${finding.severity}`), escapeMarkdown(finding.message[language]), escapeMarkdown(finding.ruleId)]),
      ),
      '',
    );
  }

  lines.push(`## ${t('report.sources')}`, '');
  lines.push(
    ...table(
      [t('report.column.source'), t('report.column.version'), t('report.column.source-date'), t('report.column.applies-from')],
      model.sources.map(({ source }) => sourceWords(language, source)).map((words) => [link(words.title, words.url), escapeMarkdown(words.version), escapeMarkdown(words.date), words.appliesFrom ? escapeMarkdown(words.appliesFrom) : '\u2014']),
    ),
    '',
    '---',
    '',
    `**${t('report.disclaimer')}** ${t('report.made', { version: options.toolVersion ?? '', date: formatDate(language, options.date) }).replace('  ', ' ')}`,
    '',
  );
  return lines.join('\n');
}

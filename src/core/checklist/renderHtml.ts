/**
 * The review as one self-contained HTML page, to send to the CIO office or the council and to print
 * to PDF: inline styles, no scripts, nothing loaded from elsewhere. WCAG 2.1 AA: a language,
 * headings in order (h1 > h2 > h3 > h4), tables with captions and header cells with a scope,
 * colours with enough contrast, status never told by colour alone. Every text from the contract,
 * the checklist file or a reviewer goes through `escapeHtml`; only http(s) addresses become links.
 */
import type { Language } from '../finding';
import { escapeHtml } from './escape';
import { isSafeUrl } from './messages';
import { PROGRESS_BUCKETS, type ProgressBucket } from './ids';
import type { ChecklistEntry, ChecklistModel, ProgressCounts } from './model';
import { GROUP_IDS } from './questions';
import { sourceWords } from '../contract/catalog/sourceWords';
import { adviceText, blockerText, bucketLabel, coverageText, evidenceLabel, formatDate, groupTitle, profileLabel, statusLabel, text } from './view';

export interface ReportOptions {
  language: Language;
  /** The day of the report (ISO); the caller's today. */
  date: string;
  toolVersion?: string;
}

/** Status colours: each has a contrast of at least 4.5:1 against white (text) and is also named in words. */
export const BUCKET_COLOURS: Record<ProgressBucket, string> = {
  voldaan: '#1e5e22',
  deels: '#8a4b00',
  'niet-voldaan': '#a4262c',
  nvt: '#5f5f5f',
  suggested: '#1d4f91',
  open: '#6b2c91',
};

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1b1b1b; background: #ffffff; }
header, main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.9rem; margin: 0 0 .5rem; }
h2 { font-size: 1.45rem; margin: 2rem 0 .75rem; border-bottom: 2px solid #1d4f91; padding-bottom: .25rem; }
h3 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1.05rem; margin: 0 0 .25rem; }
a { color: #1d4f91; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .75rem 0; }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; }
.advice { font-weight: 600; padding: .5rem .75rem; border-left: 6px solid #1d4f91; background: #eef3fa; }
.advice.ready { border-left-color: #1e5e22; background: #edf6ee; }
.bar { display: flex; height: 1.25rem; border: 1px solid #767676; margin: .5rem 0 1rem; }
.bar span { display: block; height: 100%; border-right: 2px solid #ffffff; }
.bar span:last-child { border-right: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
table.compact { width: auto; min-width: 22rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #767676; padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #e8eef6; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: .9rem; height: .9rem; margin-right: .4rem; vertical-align: -.1rem; border: 1px solid #1b1b1b; }
.item { border: 1px solid #767676; border-radius: 4px; padding: .75rem 1rem; margin: 0 0 .75rem; break-inside: avoid; }
.item dl { display: grid; grid-template-columns: 9rem 1fr; gap: .2rem .75rem; margin: .5rem 0 0; }
.item dt { font-weight: 600; }
.item dd { margin: 0; }
.item ul { margin: 0; padding-left: 1.1rem; }
.question { margin: 0; }
.status { font-weight: 700; }
.suggested { font-style: italic; }
.notes { white-space: pre-wrap; overflow-wrap: anywhere; }
.wide { overflow-x: auto; }
footer { margin-top: 2rem; padding-bottom: 2rem; border-top: 1px solid #767676; font-size: .95rem; }
@media print {
  body { font-size: 10.5pt; }
  header, main, footer { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; }
  tr, .item { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: #1b1b1b; }
  .bar span { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .wide { overflow: visible; }
}
`;

export function renderChecklistHtml(model: ChecklistModel, options: ReportOptions): string {
  const language = options.language;
  const t = (id: string, data: Record<string, string | number> = {}): string => escapeHtml(text(language, id, data));
  const name = model.contract.title ?? model.contract.file;
  const parts: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${t('page-title', { contract: name })}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${t('page-title', { contract: name })}</h1>`,
    `<p>${t('intro')}</p>`,
    '<dl class="meta">',
    `<dt>${t('report.contract')}</dt><dd>${escapeHtml(model.contract.file)}</dd>`,
    ...(model.contract.supplier ? [`<dt>${t('report.supplier')}</dt><dd>${escapeHtml(model.contract.supplier)}</dd>`] : []),
    `<dt>${t('report.checklist-file')}</dt><dd>${escapeHtml(model.checklistFile)}</dd>`,
    `<dt>${t('report.profile')}</dt><dd>${escapeHtml(profileLabel(language, model.contract.profile))}</dd>`,
    `<dt>${t('report.date')}</dt><dd><time datetime="${escapeHtml(options.date)}">${escapeHtml(formatDate(language, options.date))}</time></dd>`,
    '</dl>',
    '</header>',
    '<main>',
    renderSummary(model, language),
    renderAnswers(model, language),
    renderFindings(model, language),
    renderSources(model, language),
    '</main>',
    '<footer>',
    `<p><strong>${t('report.disclaimer')}</strong> ${t('report.made', { version: options.toolVersion ?? '', date: formatDate(language, options.date) }).replace('  ', ' ')}</p>`,
    '</footer>',
    '</body>',
    '</html>',
    '',
  ];
  return parts.join('\n');
}

function bar(counts: ProgressCounts, language: Language): string {
  if (counts.total === 0) return '';
  // Decorative: the table next to it gives the same figures in words.
  const segments = PROGRESS_BUCKETS.filter((bucket) => counts.counts[bucket] > 0).map((bucket) =>
    `<span style="width:${((counts.counts[bucket] / counts.total) * 100).toFixed(2)}%;background:${BUCKET_COLOURS[bucket]}" title="${escapeHtml(bucketLabel(language, bucket))}"></span>`);
  return `<div class="bar" aria-hidden="true">${segments.join('')}</div>`;
}

function renderSummary(model: ChecklistModel, language: Language): string {
  const t = (id: string, data: Record<string, string | number> = {}): string => escapeHtml(text(language, id, data));
  const progress = model.progress;
  const ready = model.blockers.length === 0;
  const parts = [
    '<section aria-labelledby="summary">',
    `<h2 id="summary">${t('report.summary')}</h2>`,
    `<p class="advice${ready ? ' ready' : ''}">${escapeHtml(adviceText(language, model))}</p>`,
    bar(progress, language),
    '<table class="compact">',
    `<caption>${t('report.progress-caption')}</caption>`,
    `<thead><tr><th scope="col">${t('report.column.status')}</th><th scope="col" class="number">${t('report.column.count')}</th></tr></thead>`,
    '<tbody>',
    ...PROGRESS_BUCKETS.map((bucket) =>
      `<tr><th scope="row"><span class="swatch" style="background:${BUCKET_COLOURS[bucket]}" aria-hidden="true"></span>${escapeHtml(bucketLabel(language, bucket))}</th><td class="number">${progress.counts[bucket]}</td></tr>`),
    `<tr><th scope="row">${t('report.column.total')}</th><td class="number">${progress.total}</td></tr>`,
    '</tbody>',
    '</table>',
    '<div class="wide">',
    '<table>',
    `<caption>${t('report.groups-caption')}</caption>`,
    `<thead><tr><th scope="col">${t('report.column.group')}</th>${PROGRESS_BUCKETS.map((bucket) => `<th scope="col" class="number">${escapeHtml(bucketLabel(language, bucket))}</th>`).join('')}<th scope="col" class="number">${t('report.column.total')}</th></tr></thead>`,
    '<tbody>',
    ...progress.groups.map((group) =>
      `<tr><th scope="row">${escapeHtml(groupTitle(language, group.group))}</th>${PROGRESS_BUCKETS.map((bucket) => `<td class="number">${group.counts[bucket]}</td>`).join('')}<td class="number">${group.total}</td></tr>`),
    '</tbody>',
    '</table>',
    '</div>',
    `<h3 id="blockers">${t('report.blockers')}</h3>`,
  ];
  if (model.blockers.length === 0) parts.push(`<p>${t('report.none')}</p>`);
  else parts.push('<ul>', ...model.blockers.map((blocker) => `<li>${escapeHtml(blockerText(language, blocker))}</li>`), '</ul>');
  parts.push('</section>');
  return parts.join('\n');
}

function evidenceItem(entry: ChecklistEntry['evidence'][number], language: Language, contractFile: string): string {
  const label = escapeHtml(evidenceLabel(language, entry, contractFile));
  const linked = entry.kind === 'url' && isSafeUrl(entry.url) ? `<a href="${escapeHtml(entry.url)}">${label}</a>` : label;
  return `<li>${linked}${entry.suggested ? ` <span class="suggested">(${escapeHtml(text(language, 'status.suggested'))})</span>` : ''}</li>`;
}

function renderEntry(entry: ChecklistEntry, model: ChecklistModel, language: Language): string {
  const t = (id: string, data: Record<string, string | number> = {}): string => escapeHtml(text(language, id, data));
  const answer = entry.answer;
  const status = escapeHtml(statusLabel(language, entry.status));
  const statusCell = entry.suggested
    ? `<span class="status">${status}</span> <span class="suggested">(${t('status.suggested')})</span>`
    : `<span class="status">${status}</span>`;
  const coverage = coverageText(language, entry, model.contract.file);
  const rows = [
    `<dt>${t('report.column.answer')}</dt><dd>${statusCell}</dd>`,
  ];
  if (coverage) rows.push(`<dt>${t('report.contract')}</dt><dd>${escapeHtml(coverage)}</dd>`);
  rows.push(`<dt>${t('report.column.evidence')}</dt><dd>${entry.evidence.length === 0 ? t('report.none') : `<ul>${entry.evidence.map((evidence) => evidenceItem(evidence, language, model.contract.file)).join('')}</ul>`}</dd>`);
  rows.push(`<dt>${t('report.column.notes')}</dt><dd class="notes">${answer.notes ? escapeHtml(answer.notes) : t('report.none')}</dd>`);
  if (answer.answeredAt || answer.answeredBy) {
    const by = answer.answeredBy ?? '';
    const when = answer.answeredAt ? formatDate(language, answer.answeredAt) : '';
    rows.push(`<dt>${t('report.column.answered-by')}</dt><dd>${escapeHtml(by && when ? text(language, 'report.answered', { by, date: when }) : by || when)}</dd>`);
  }
  const findings = entry.findings.filter((finding) => finding.severity !== 'info' || finding.ruleId !== 'contract/missing-clause');
  if (findings.length > 0) {
    rows.push(`<dt>${t('report.findings')}</dt><dd><ul>${findings.map((finding) => `<li>${escapeHtml(finding.message[language])} (${t('report.location', { file: finding.file, line: finding.line })})</li>`).join('')}</ul></dd>`);
  }
  return [
    `<article class="item" aria-labelledby="q-${escapeHtml(anchor(entry.question.id))}">`,
    `<h4 id="q-${escapeHtml(anchor(entry.question.id))}">${escapeHtml(entry.question.title[language])}</h4>`,
    `<p class="question">${escapeHtml(entry.question.text[language])}</p>`,
    `<dl>${rows.join('')}</dl>`,
    '</article>',
  ].join('\n');
}

function anchor(id: string): string {
  return id.replace(/[^a-z0-9-]/g, '-');
}

function renderAnswers(model: ChecklistModel, language: Language): string {
  const t = (id: string): string => escapeHtml(text(language, id));
  const parts = ['<section aria-labelledby="answers">', `<h2 id="answers">${t('report.answers')}</h2>`];
  const required = model.entries.filter((entry) => entry.required);
  for (const group of GROUP_IDS) {
    const entries = required.filter((entry) => entry.question.group === group);
    if (entries.length === 0) continue;
    parts.push(`<h3 id="group-${group}">${escapeHtml(groupTitle(language, group))}</h3>`, ...entries.map((entry) => renderEntry(entry, model, language)));
  }
  const others = model.entries.filter((entry) => !entry.required);
  if (others.length > 0) parts.push(`<h3 id="group-others">${t('report.not-required')}</h3>`, ...others.map((entry) => renderEntry(entry, model, language)));
  parts.push('</section>');
  return parts.join('\n');
}

function renderFindings(model: ChecklistModel, language: Language): string {
  const t = (id: string, data: Record<string, string | number> = {}): string => escapeHtml(text(language, id, data));
  const parts = ['<section aria-labelledby="findings">', `<h2 id="findings">${t('report.findings')}</h2>`];
  if (model.findings.length === 0) {
    parts.push(`<p>${t('report.findings-none')}</p>`, '</section>');
    return parts.join('\n');
  }
  parts.push(
    '<div class="wide">',
    '<table>',
    `<caption>${t('report.findings')}</caption>`,
    `<thead><tr><th scope="col">${t('report.column.location')}</th><th scope="col">${t('report.column.severity')}</th><th scope="col">${t('report.column.message')}</th><th scope="col">${t('report.column.rule')}</th></tr></thead>`,
    '<tbody>',
    ...model.findings.map((finding) =>
      `<tr><th scope="row">${t('report.location', { file: finding.file, line: finding.line })}</th><td>${t(`report.severity.${finding.severity}`)}</td><td>${escapeHtml(finding.message[language])}</td><td>${escapeHtml(finding.ruleId)}</td></tr>`),
    '</tbody>',
    '</table>',
    '</div>',
    '</section>',
  );
  return parts.join('\n');
}

function renderSources(model: ChecklistModel, language: Language): string {
  const t = (id: string): string => escapeHtml(text(language, id));
  return [
    '<section aria-labelledby="sources">',
    `<h2 id="sources">${t('report.sources')}</h2>`,
    '<div class="wide">',
    '<table>',
    `<caption>${t('report.sources-caption')}</caption>`,
    `<thead><tr><th scope="col">${t('report.column.source')}</th><th scope="col">${t('report.column.version')}</th><th scope="col">${t('report.column.source-date')}</th><th scope="col">${t('report.column.applies-from')}</th></tr></thead>`,
    '<tbody>',
    ...model.sources.map(({ source }) => {
      const words = sourceWords(language, source);
      const title = escapeHtml(words.title);
      const named = source.url && isSafeUrl(source.url) ? `<a href="${escapeHtml(source.url)}">${title}</a>` : title;
      return `<tr><th scope="row">${named}</th><td>${escapeHtml(words.version)}</td><td><time datetime="${escapeHtml(source.date)}">${escapeHtml(words.date)}</time></td><td>${source.appliesFrom && words.appliesFrom ? `<time datetime="${escapeHtml(source.appliesFrom)}">${escapeHtml(words.appliesFrom)}</time>` : '\u2014'}</td></tr>`;
    }),
    '</tbody>',
    '</table>',
    '</div>',
    '</section>',
  ].join('\n');
}

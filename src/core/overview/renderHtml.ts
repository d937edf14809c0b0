/**
 * The overview as one self-contained HTML page for the council: inline styles and inline SVG, no
 * scripts and nothing loaded from elsewhere, so it can be mailed, archived and printed as is.
 * Accessibility (WCAG 2.1 AA): a language, headings in order, every chart an image with a title
 * and a description and also a table, tables with header cells and scopes, colours with enough contrast.
 * Every text that comes from a declaration goes through `escapeHtml`.
 */
import type { Language } from '../finding';
import { chartDescription, contractText, EXPLAINED_COLUMNS, explainedDeviationCells, explainedDeviationRows, explainedTopicsText, formatDate, publicationText, rowLocation, rowName, safeHref, summaryFigures, text, valueLabel } from './labels';
import { CHART_IDS, type AlgorithmRow, type ChartId, type CountEntry, type OverviewModel } from './model';

export interface RenderOptions {
  language: Language;
  /** Shown in the footer. */
  toolVersion?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1b1b1b; background: #ffffff; }
header, main, footer { max-width: 84rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 2rem; margin: 0 0 .5rem; }
h2 { font-size: 1.5rem; margin: 2rem 0 .75rem; border-bottom: 2px solid #1d4f91; padding-bottom: .25rem; }
h3 { font-size: 1.15rem; margin: 0 0 .5rem; }
a { color: #1d4f91; }
a:focus { outline: 3px solid #1b1b1b; outline-offset: 2px; }
.summary { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .75rem; padding: 0; margin: 0; }
.summary div { border: 1px solid #767676; border-radius: 4px; padding: .5rem .75rem; }
.summary dt { font-size: .9rem; }
.summary dd { margin: 0; font-size: 1.6rem; font-weight: 700; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(30rem, 1fr)); gap: 1.5rem; }
.chart { border: 1px solid #767676; border-radius: 4px; padding: .75rem 1rem; break-inside: avoid; }
.chart figure { margin: 0; }
.chart svg { display: block; width: 100%; height: auto; max-width: 36rem; }
.note { font-size: .9rem; margin: .25rem 0 .5rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #767676; padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #e8eef6; }
td.contract { overflow-wrap: anywhere; min-width: 12rem; }
td.counts { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.chart table { font-size: .9rem; }
.wide { overflow-x: auto; }
.wide table { font-size: .875rem; }
th .path { display: block; font-weight: 400; font-size: .8rem; overflow-wrap: anywhere; }
.problem { color: #a4262c; font-weight: 600; }
.good { color: #1e5e22; }
.explained { color: #8a4b00; font-weight: 400; font-style: italic; }
footer { margin-top: 2rem; padding-bottom: 2rem; border-top: 1px solid #767676; font-size: .9rem; }
@media print {
  body { font-size: 10pt; }
  table { font-size: 9pt; }
  header, main, footer { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  .charts { display: block; }
  .chart { margin-bottom: 1rem; }
  tr, .summary div { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: #1b1b1b; text-decoration: none; }
  .wide { overflow: visible; }
}
`;

/** Bar colours: each has a contrast of at least 4.5:1 against white (WCAG 1.4.11 asks 3:1 for graphics). */
const BAR_COLOURS: Partial<Record<ChartId, Record<string, string>>> = {
  publicationCategory: { 'Hoog-risico AI-systeem': '#a4262c', 'Impactvolle algoritmes': '#8a4b00', 'Overige algoritmes': '#1e5e22' },
};
const BAR_COLOUR = '#1d4f91';
const NOT_SET_COLOUR = '#5f5f5f';

export function renderOverviewHtml(model: OverviewModel, options: RenderOptions): string {
  const language = options.language;
  const t = (id: string, data: Record<string, string | number> = {}): string => escapeHtml(text(language, id, data));
  const date = formatDate(language, model.date);
  const parts: string[] = [];
  parts.push(
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${t('page-title', { date })}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${t('title')}</h1>`,
    `<p>${t('intro')}</p>`,
    '</header>',
    '<main>',
  );
  parts.push(renderSummary(model, t));
  parts.push('<section aria-labelledby="counts">', `<h2 id="counts">${t('charts.heading')}</h2>`, '<div class="charts">');
  for (const chart of CHART_IDS) parts.push(renderChart(chart, model.charts[chart], language));
  parts.push('</div>', '</section>');
  parts.push(renderAlgorithms(model.algorithms, language));
  parts.push(renderExplained(model, language));
  parts.push(renderHighRisk(model, language));
  if (model.unreadableFiles.length > 0) parts.push(renderUnreadable(model, language));
  parts.push('</main>');
  const made = escapeHtml(text(language, 'footer.made', { date: '\u0001', version: options.toolVersion ?? '' }))
    .replace(' .', '.')
    .replace('\u0001', `<time datetime="${escapeHtml(model.date)}">${escapeHtml(date)}</time>`);
  parts.push('<footer>', `<p><strong>${t('footer.disclaimer')}</strong> ${made}</p>`, '</footer>', '</body>', '</html>', '');
  return parts.join('\n');
}

function renderSummary(model: OverviewModel, t: (id: string) => string): string {
  const totals = model.totals;
  const items = summaryFigures(totals);
  return [
    '<section aria-labelledby="summary">',
    `<h2 id="summary">${t('summary.heading')}</h2>`,
    '<dl class="summary">',
    ...items.map(([id, count]) => `<div><dt>${t(id)}</dt><dd>${count}</dd></div>`),
    '</dl>',
    '</section>',
  ].join('\n');
}

/** Characters of a bar's label that fit before the bar; the table beside it has the full text. */
const LABEL_CHARS = 30;

function shorten(label: string): string {
  return label.length <= LABEL_CHARS ? label : `${label.slice(0, LABEL_CHARS - 1).trimEnd()}\u2026`;
}

function renderChart(chart: ChartId, entries: readonly CountEntry[], language: Language): string {
  const title = text(language, `chart.${chart}.title`);
  const id = `chart-${chart}`;
  const parts: string[] = ['<section class="chart" aria-labelledby="' + id + '">', `<h3 id="${id}">${escapeHtml(title)}</h3>`];
  const noteId = `chart.${chart}.note`;
  const note = text(language, noteId);
  if (note !== `overview.${noteId}`) parts.push(`<p class="note">${escapeHtml(note)}</p>`);
  parts.push('<figure>');
  parts.push(renderBars(chart, entries, language, title, id));
  parts.push(renderCountTable(chart, entries, language, title));
  parts.push('</figure>', '</section>');
  return parts.join('\n');
}

function renderBars(chart: ChartId, entries: readonly CountEntry[], language: Language, title: string, id: string): string {
  const rowHeight = 28;
  const labelWidth = 230;
  const barArea = 250;
  const width = labelWidth + barArea + 50;
  const height = Math.max(1, entries.length) * rowHeight + 8;
  const max = Math.max(1, ...entries.map((entry) => entry.count));
  const description = chartDescription(language, chart, entries);
  const lines: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" focusable="false">`,
    `<title id="${id}-title">${escapeHtml(title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(description)}</desc>`,
  ];
  entries.forEach((entry, i) => {
    const y = 4 + i * rowHeight;
    const barWidth = Math.max(2, Math.round((entry.count / max) * barArea));
    const colour = entry.value.startsWith('\u0000') ? NOT_SET_COLOUR : BAR_COLOURS[chart]?.[entry.value] ?? BAR_COLOUR;
    const label = valueLabel(language, chart, entry.value);
    lines.push(
      `<text x="${labelWidth - 8}" y="${y + 18}" text-anchor="end" font-size="13" fill="#1b1b1b">${escapeHtml(shorten(label))}</text>`,
      `<rect x="${labelWidth}" y="${y + 3}" width="${barWidth}" height="${rowHeight - 8}" fill="${colour}"></rect>`,
      `<text x="${labelWidth + barWidth + 6}" y="${y + 18}" font-size="13" font-weight="700" fill="#1b1b1b">${entry.count}</text>`,
    );
  });
  lines.push('</svg>');
  return lines.join('\n');
}

function renderCountTable(chart: ChartId, entries: readonly CountEntry[], language: Language, title: string): string {
  const rows = entries.map((entry) => `<tr><th scope="row">${escapeHtml(valueLabel(language, chart, entry.value))}</th><td class="number">${entry.count}</td></tr>`);
  return [
    '<table>',
    `<caption>${escapeHtml(text(language, 'chart.table-caption', { title: title.charAt(0).toLowerCase() + title.slice(1) }))}</caption>`,
    `<thead><tr><th scope="col">${escapeHtml(text(language, `chart.${chart}.column`))}</th><th scope="col" class="number">${escapeHtml(text(language, 'chart.count'))}</th></tr></thead>`,
    `<tbody>${rows.join('') || `<tr><td colspan="2">${escapeHtml(text(language, 'chart.empty'))}</td></tr>`}</tbody>`,
    '</table>',
  ].join('\n');
}

function link(label: string, href: string | undefined): string {
  const safe = safeHref(href);
  return safe ? `<a href="${escapeHtml(safe)}">${escapeHtml(label)}</a>` : escapeHtml(label);
}

function renderAlgorithms(rows: readonly AlgorithmRow[], language: Language): string {
  const t = (id: string): string => escapeHtml(text(language, id));
  const parts = ['<section aria-labelledby="algorithms">', `<h2 id="algorithms">${t('algorithms.heading')}</h2>`];
  if (rows.length === 0) {
    parts.push(`<p>${t('algorithms.none')}</p>`, '</section>');
    return parts.join('\n');
  }
  // The file sits under the name in the row's header cell: one column less, so that the table fits a page.
  // The findings by severity share one cell, a line each: three narrow columns with long headers would not fit.
  const columns = ['name-file', 'category', 'status', 'supplier', 'published', 'findings', 'contract'];
  const numeric = new Set<string>();
  parts.push(
    '<div class="wide">',
    '<table>',
    `<caption>${t('algorithms.caption')}</caption>`,
    `<thead><tr>${columns.map((c) => `<th scope="col"${numeric.has(c) ? ' class="number"' : ''}>${t(`column.${c}`)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
  );
  for (const row of rows) {
    const category = row.publicationCategory ? valueLabel(language, 'publicationCategory', row.publicationCategory) : text(language, 'not-set');
    const status = row.status ? valueLabel(language, 'status', row.status) : text(language, 'not-set');
    const contract = contractText(language, row.contract);
    const contractHref = row.contract.state === 'checked' ? row.contract.href : undefined;
    const explained = explainedTopicsText(language, row.contract);
    const contractClass = row.contract.state === 'not-found' || (row.contract.state === 'checked' && row.contract.missingClauses > 0)
      ? ' class="contract problem"'
      : explained !== undefined ? ' class="contract explained"' : row.contract.state === 'checked' ? ' class="contract good"' : ' class="contract"';
    const publication = publicationText(language, row);
    const cells = [
      `<th scope="row">${escapeHtml(rowName(language, row))}<span class="path">${link(rowLocation(language, row), row.href)}</span></th>`,
      `<td>${escapeHtml(category)}</td>`,
      `<td>${escapeHtml(status)}</td>`,
      `<td>${escapeHtml(row.supplier ?? text(language, 'not-set'))}</td>`,
      `<td${row.publication === 'required' ? ' class="problem"' : ''}>${escapeHtml(publication)}</td>`,
      `<td class="counts">${t('column.errors')}: ${row.findings.error}<br>${t('column.warnings')}: ${row.findings.warning}<br>${t('column.infos')}: ${row.findings.info}</td>`,
      `<td${contractClass}>${link(contract, contractHref)}${explained !== undefined ? `<br><span class="explained">${escapeHtml(explained)}</span>` : ''}</td>`,
    ];
    parts.push(`<tr>${cells.join('')}</tr>`);
  }
  parts.push('</tbody>', '</table>', '</div>', '</section>');
  return parts.join('\n');
}

/** The recorded deviations (comply or explain): per algorithm and contract, the clause not covered and why, by whom and when. */
function renderExplained(model: OverviewModel, language: Language): string {
  const t = (id: string): string => escapeHtml(text(language, id));
  const parts = ['<section aria-labelledby="explained">', `<h2 id="explained">${t('explained.heading')}</h2>`];
  const entries = explainedDeviationRows(model);
  if (entries.length === 0) {
    parts.push(`<p>${t('explained.none')}</p>`, '</section>');
    return parts.join('\n');
  }
  parts.push(
    `<p>${t('explained.intro')}</p>`,
    '<div class="wide">',
    '<table>',
    `<caption>${t('explained.caption')}</caption>`,
    `<thead><tr>${EXPLAINED_COLUMNS.map((column) => `<th scope="col">${t(`explained.column.${column}`)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
  );
  for (const entry of entries) {
    const cells = explainedDeviationCells(language, entry);
    parts.push(
      '<tr>' +
        `<th scope="row">${escapeHtml(cells.algorithm)}</th>` +
        `<td class="contract">${link(cells.contract, entry.contract.href)}</td>` +
        `<td class="explained">${escapeHtml(cells.topic)}</td>` +
        `<td>${escapeHtml(cells.reason)}</td>` +
        `<td>${escapeHtml(cells.by)}</td>` +
        `<td>${escapeHtml(cells.date)}</td>` +
        '</tr>',
    );
  }
  parts.push('</tbody>', '</table>', '</div>', '</section>');
  return parts.join('\n');
}

function renderHighRisk(model: OverviewModel, language: Language): string {
  const t = (id: string, data: Record<string, string | number> = {}): string => escapeHtml(text(language, id, data));
  const parts = ['<section aria-labelledby="high-risk">', `<h2 id="high-risk">${t('high-risk.heading')}</h2>`];
  if (model.highRiskSignals.length === 0) {
    parts.push(`<p>${t('high-risk.none')}</p>`, '</section>');
    return parts.join('\n');
  }
  parts.push(`<p>${t('high-risk.intro')}</p>`);
  for (const signal of model.highRiskSignals) {
    const category = signal.publicationCategory ? valueLabel(language, 'publicationCategory', signal.publicationCategory) : text(language, 'not-set');
    parts.push(
      '<article>',
      `<h3>${escapeHtml(rowName(language, signal))}</h3>`,
      `<p>${link(rowLocation(language, signal), signal.href)}. ${t('high-risk.category', { category })}</p>`,
      '<ul>',
      ...signal.findings.map((finding) => `<li>${escapeHtml(finding.message[language])}</li>`),
      '</ul>',
      '</article>',
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}

function renderUnreadable(model: OverviewModel, language: Language): string {
  const t = (id: string): string => escapeHtml(text(language, id));
  return [
    '<section aria-labelledby="unreadable">',
    `<h2 id="unreadable">${t('unreadable.heading')}</h2>`,
    `<p>${t('unreadable.intro')}</p>`,
    '<ul>',
    ...model.unreadableFiles.map((file) => `<li>${link(file.file, file.href)}${file.message ? `: ${escapeHtml(file.message[language])}` : ''}</li>`),
    '</ul>',
    '</section>',
  ].join('\n');
}

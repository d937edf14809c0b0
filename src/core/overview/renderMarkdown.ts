/**
 * The overview in Markdown (CommonMark with GitHub tables): the same sections as the HTML page,
 * with each chart as its table. Text from declarations is escaped so that it stays text: no HTML,
 * links or table cells can be made by what a declaration says.
 */
import type { Language } from '../finding';
import { contractText, EXPLAINED_COLUMNS, explainedDeviationCells, explainedDeviationRows, explainedTopicsText, formatDate, publicationText, rowLocation, rowName, safeHref, summaryFigures, text, valueLabel } from './labels';
import { CHART_IDS, type AlgorithmRow, type OverviewModel } from './model';
import type { RenderOptions } from './renderHtml';

/**
 * Backslash-escapes the characters that Markdown or a table cell would act on anywhere in a line
 * (emphasis, code, links, HTML, entities, cell borders); line breaks become spaces. Text never starts
 * a line here, so line-start markers such as `#` need no escape.
 */
export function escapeMarkdown(value: string): string {
  return value.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

function linkTo(label: string, href: string | undefined): string {
  const safe = safeHref(href);
  if (!safe) return escapeMarkdown(label);
  return `[${escapeMarkdown(label)}](<${safe.replace(/[<>\s\\]/g, (c) => encodeURIComponent(c))}>)`;
}

function table(headers: string[], rows: string[][], numeric: ReadonlySet<number> = new Set()): string[] {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map((_, i) => (numeric.has(i) ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

/** The contract's coverage, linked to the contract, and in italics the clauses it explains a deviation from. */
function contractCell(language: Language, row: AlgorithmRow): string {
  const coverage = linkTo(contractText(language, row.contract), row.contract.state === 'checked' ? row.contract.href : undefined);
  const explained = explainedTopicsText(language, row.contract);
  return explained === undefined ? coverage : `${coverage} \u2014 *${escapeMarkdown(explained)}*`;
}

export function renderOverviewMarkdown(model: OverviewModel, options: RenderOptions): string {
  const language: Language = options.language;
  const t = (id: string, data: Record<string, string | number> = {}): string => escapeMarkdown(text(language, id, data));
  const totals = model.totals;
  const lines: string[] = [`# ${t('title')}`, '', t('intro'), '', `## ${t('summary.heading')}`, ''];
  const summary = summaryFigures(totals);
  for (const [id, count] of summary) lines.push(`- ${t(id)}: **${count}**`);

  lines.push('', `## ${t('charts.heading')}`);
  for (const chart of CHART_IDS) {
    lines.push('', `### ${t(`chart.${chart}.title`)}`, '');
    const note = text(language, `chart.${chart}.note`);
    if (note !== `overview.chart.${chart}.note`) lines.push(escapeMarkdown(note), '');
    const entries = model.charts[chart];
    if (entries.length === 0) {
      lines.push(t('chart.empty'));
      continue;
    }
    lines.push(...table(
      [t(`chart.${chart}.column`), t('chart.count')],
      entries.map((entry) => [escapeMarkdown(valueLabel(language, chart, entry.value)), String(entry.count)]),
      new Set([1]),
    ));
  }

  lines.push('', `## ${t('algorithms.heading')}`, '');
  if (model.algorithms.length === 0) {
    lines.push(t('algorithms.none'));
  } else {
    const columns = ['name', 'file', 'category', 'status', 'supplier', 'published', 'errors', 'warnings', 'infos', 'contract'];
    lines.push(...table(
      columns.map((c) => t(`column.${c}`)),
      model.algorithms.map((row) => [
        escapeMarkdown(rowName(language, row)),
        linkTo(rowLocation(language, row), row.href),
        escapeMarkdown(row.publicationCategory ? valueLabel(language, 'publicationCategory', row.publicationCategory) : text(language, 'not-set')),
        escapeMarkdown(row.status ? valueLabel(language, 'status', row.status) : text(language, 'not-set')),
        escapeMarkdown(row.supplier ?? text(language, 'not-set')),
        escapeMarkdown(publicationText(language, row)),
        String(row.findings.error),
        String(row.findings.warning),
        String(row.findings.info),
        contractCell(language, row),
      ]),
      new Set([6, 7, 8]),
    ));
  }

  lines.push('', `## ${t('explained.heading')}`, '');
  const explained = explainedDeviationRows(model);
  if (explained.length === 0) {
    lines.push(t('explained.none'));
  } else {
    lines.push(t('explained.intro'), '');
    lines.push(...table(
      EXPLAINED_COLUMNS.map((column) => t(`explained.column.${column}`)),
      explained.map((entry) => {
        const cells = explainedDeviationCells(language, entry);
        return EXPLAINED_COLUMNS.map((column) => (column === 'contract' ? linkTo(cells.contract, entry.contract.href) : escapeMarkdown(cells[column])));
      }),
    ));
  }

  lines.push('', `## ${t('high-risk.heading')}`, '');
  if (model.highRiskSignals.length === 0) {
    lines.push(t('high-risk.none'));
  } else {
    lines.push(t('high-risk.intro'));
    for (const signal of model.highRiskSignals) {
      const category = signal.publicationCategory ? valueLabel(language, 'publicationCategory', signal.publicationCategory) : text(language, 'not-set');
      lines.push('', `### ${escapeMarkdown(rowName(language, signal))}`, '', `${linkTo(rowLocation(language, signal), signal.href)}. ${t('high-risk.category', { category })}`, '');
      for (const finding of signal.findings) lines.push(`- ${escapeMarkdown(finding.message[language])}`);
    }
  }

  if (model.unreadableFiles.length > 0) {
    lines.push('', `## ${t('unreadable.heading')}`, '', t('unreadable.intro'), '');
    for (const file of model.unreadableFiles) lines.push(`- ${linkTo(file.file, file.href)}${file.message ? `: ${escapeMarkdown(file.message[language])}` : ''}`);
  }

  const made = text(language, 'footer.made', { date: formatDate(language, model.date), version: options.toolVersion ?? '' }).replace(' .', '.');
  lines.push('', '---', '', `**${t('footer.disclaimer')}** ${escapeMarkdown(made)}`, '');
  return lines.join('\n');
}

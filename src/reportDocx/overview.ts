/**
 * The algorithm overview as a Word document for the council: the sections of the HTML page
 * (src/core/overview/renderHtml.ts) from the same model and the same words (`labels.ts`). Each
 * chart is its table of figures (the HTML page draws the bars beside that same table). A problem
 * in a cell is said in words; bold and colour only repeat it.
 */
// The modules themselves, not the overview's index: that would bring the contract lint into this bundle.
import { CHART_IDS, type AlgorithmRow, type OverviewModel } from '../core/overview/model';
import type { RenderOptions } from '../core/overview/renderHtml';
import { contractText, EXPLAINED_COLUMNS, explainedDeviationCells, explainedDeviationRows, explainedTopicsText, formatDate, publicationText, rowLocation, rowName, safeHref, summaryFigures, text, valueLabel } from '../core/overview/labels';
import type { Language } from '../core/finding';
import { bulletList, heading, LANDSCAPE_CONTENT_WIDTH, packDocument, paragraph, table, type Block, type Inline } from './word';

const PROBLEM = 'A4262C';
const GOOD = '1E5E22';
const EXPLAINED = '8A4B00';

/** A link target that Word can follow: a web address only (a relative path means nothing in a mailed document). */
function webLink(href: string | undefined): string | undefined {
  const safe = safeHref(href);
  return safe && /^https?:/i.test(safe) ? safe : undefined;
}

function linked(label: string, href: string | undefined): Inline {
  const link = webLink(href);
  return link ? { text: label, link } : label;
}

function algorithmRow(row: AlgorithmRow, language: Language): Array<Inline[]> {
  const t = (id: string): string => text(language, id);
  const category = row.publicationCategory ? valueLabel(language, 'publicationCategory', row.publicationCategory) : t('not-set');
  const status = row.status ? valueLabel(language, 'status', row.status) : t('not-set');
  const contract = contractText(language, row.contract);
  const contractProblem = row.contract.state === 'not-found' || (row.contract.state === 'checked' && row.contract.missingClauses > 0);
  const explained = explainedTopicsText(language, row.contract);
  const contractGood = row.contract.state === 'checked' && row.contract.missingClauses === 0 && explained === undefined;
  return [
    [{ text: rowName(language, row), bold: true }, '\n', { text: rowLocation(language, row) }],
    [category],
    [status],
    [row.supplier ?? t('not-set')],
    [row.publication === 'required' ? { text: publicationText(language, row), bold: true, colour: PROBLEM } : publicationText(language, row)],
    [`${t('column.errors')}: ${row.findings.error}\n${t('column.warnings')}: ${row.findings.warning}\n${t('column.infos')}: ${row.findings.info}`],
    [
      contractProblem ? { text: contract, bold: true, colour: PROBLEM } : contractGood ? { text: contract, colour: GOOD } : contract,
      ...(explained !== undefined ? ['\n', { text: explained, italics: true, colour: EXPLAINED }] : []),
    ],
  ];
}

/** The .docx bytes of the algorithm overview. */
export async function renderOverviewDocx(model: OverviewModel, options: RenderOptions): Promise<Uint8Array> {
  const language = options.language;
  const t = (id: string, data: Record<string, string | number> = {}): string => text(language, id, data);
  const date = formatDate(language, model.date);
  const body: Block[] = [
    heading(1, t('title')),
    paragraph([t('intro')]),
    heading(2, t('summary.heading')),
    ...table({
      headers: [t('summary.heading'), t('chart.count')],
      rows: summaryFigures(model.totals).map(([id, count]) => [t(id), [{ text: String(count), bold: true }]]),
      widths: [4, 1],
      numeric: new Set([1]),
    }),
    heading(2, t('charts.heading')),
  ];
  for (const chart of CHART_IDS) {
    const title = t(`chart.${chart}.title`);
    body.push(heading(3, title));
    const noteId = `chart.${chart}.note`;
    const note = t(noteId);
    if (note !== `overview.${noteId}`) body.push(paragraph([{ text: note, italics: true }]));
    const entries = model.charts[chart];
    if (entries.length === 0) {
      body.push(paragraph([t('chart.empty')]));
      continue;
    }
    body.push(...table({
      caption: t('chart.table-caption', { title: title.charAt(0).toLowerCase() + title.slice(1) }),
      headers: [t(`chart.${chart}.column`), t('chart.count')],
      rows: entries.map((entry) => [valueLabel(language, chart, entry.value), String(entry.count)]),
      widths: [4, 1],
      numeric: new Set([1]),
    }));
  }

  // The table of all algorithms has seven columns: it gets landscape pages of its own.
  const wide: Block[] = [heading(2, t('algorithms.heading'))];
  if (model.algorithms.length === 0) wide.push(paragraph([t('algorithms.none')]));
  else {
    wide.push(...table({
      caption: t('algorithms.caption'),
      headers: ['name-file', 'category', 'status', 'supplier', 'published', 'findings', 'contract'].map((column) => t(`column.${column}`)),
      rows: model.algorithms.map((row) => algorithmRow(row, language)),
      widths: [3.2, 2.1, 1.4, 1.7, 1.8, 2, 2.8],
      size: 18,
      width: LANDSCAPE_CONTENT_WIDTH,
    }));
  }

  // The recorded deviations (comply or explain) have six columns: they share the landscape pages.
  wide.push(heading(2, t('explained.heading')));
  const explained = explainedDeviationRows(model);
  if (explained.length === 0) wide.push(paragraph([t('explained.none')]));
  else {
    wide.push(paragraph([t('explained.intro')]));
    wide.push(...table({
      caption: t('explained.caption'),
      headers: EXPLAINED_COLUMNS.map((column) => t(`explained.column.${column}`)),
      rows: explained.map((entry) => {
        const cells = explainedDeviationCells(language, entry);
        return EXPLAINED_COLUMNS.map((column): Inline[] => [column === 'topic' ? { text: cells.topic, italics: true, colour: EXPLAINED } : column === 'contract' ? linked(cells.contract, entry.contract.href) : cells[column]]);
      }),
      widths: [2.6, 2.6, 2.2, 4.4, 1.6, 1.6],
      size: 18,
      width: LANDSCAPE_CONTENT_WIDTH,
    }));
  }

  const rest: Block[] = [heading(2, t('high-risk.heading'))];
  if (model.highRiskSignals.length === 0) rest.push(paragraph([t('high-risk.none')]));
  else {
    rest.push(paragraph([t('high-risk.intro')]));
    for (const signal of model.highRiskSignals) {
      const category = signal.publicationCategory ? valueLabel(language, 'publicationCategory', signal.publicationCategory) : t('not-set');
      rest.push(
        heading(3, rowName(language, signal)),
        paragraph([linked(rowLocation(language, signal), signal.href), `. ${t('high-risk.category', { category })}`]),
        ...bulletList(signal.findings.map((finding) => [finding.message[language]])),
      );
    }
  }

  if (model.unreadableFiles.length > 0) {
    rest.push(heading(2, t('unreadable.heading')), paragraph([t('unreadable.intro')]));
    rest.push(...bulletList(model.unreadableFiles.map((file) => [linked(file.file, file.href), ...(file.message ? [`: ${file.message[language]}`] : [])])));
  }

  const made = t('footer.made', { date, version: options.toolVersion ?? '' }).replace(' .', '.');
  rest.push(paragraph([{ text: t('footer.disclaimer'), bold: true }, ` ${made}`]));

  return packDocument({
    language,
    title: t('page-title', { date }),
    subject: t('title'),
    description: t('intro'),
    keywords: ['Inkooplint', t('title'), 'Algoritmeregister'].join(', '),
    footerNote: t('footer.disclaimer'),
    pageTemplate: t('footer.page'),
    parts: [{ body }, { landscape: true, body: wide }, { body: rest }],
  });
}

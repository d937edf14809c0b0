/** The words both renderers use for the model's values, in the reader's language. */
import type { Language } from '../finding';
import { hasMessage, localizeIn } from '../l10n/messages';
import { slugify } from '../register/slug';
import { formatDate } from '../text/formatDate';
import { NOT_SET, OTHER, type AlgorithmRow, type ChartId, type ContractStatus, type CountEntry, type ExplainedTopic, type OverviewModel } from './model';

export function text(language: Language, id: string, data: Record<string, string | number> = {}): string {
  return localizeIn(language, `overview.${id}`, data);
}

/** A chart value in words: the register's own value, translated where the bundle knows it. */
export function valueLabel(language: Language, chart: ChartId, value: string): string {
  if (value === NOT_SET) return text(language, 'not-set');
  if (value === OTHER) return text(language, 'other-suppliers');
  const id = `overview.value.${chart}.${slugify(value, 200)}`;
  return hasMessage(id) ? localizeIn(language, id) : value;
}

export { formatDate };

export function rowName(language: Language, row: Pick<AlgorithmRow, 'name'>): string {
  return row.name ?? text(language, 'no-name');
}

/** "map/export.json, record 3" for a record in a register export; the path alone otherwise. */
export function rowLocation(language: Language, row: Pick<AlgorithmRow, 'file' | 'index'>): string {
  return row.index === undefined ? row.file : `${row.file}, ${text(language, 'record', { number: row.index + 1 })}`;
}

export function publicationText(language: Language, row: Pick<AlgorithmRow, 'publication' | 'publishedOn'>): string {
  if (row.publication === 'published') {
    return row.publishedOn ? text(language, 'publication.published-on', { date: formatDate(language, row.publishedOn) }) : text(language, 'publication.published');
  }
  return text(language, `publication.${row.publication}`);
}

export function contractText(language: Language, contract: ContractStatus): string {
  switch (contract.state) {
    case 'none':
      return text(language, 'contract.none');
    case 'not-found':
      return text(language, 'contract.not-found', { path: contract.path });
    case 'checked': {
      const profile = text(language, `profile.${contract.profile}`);
      const explained = contract.explainedTopics.length;
      if (contract.missingClauses === 0 && explained === 1) return text(language, 'contract.explained-one', { profile });
      if (contract.missingClauses === 0 && explained > 1) return text(language, 'contract.explained', { count: explained, profile });
      if (contract.missingClauses === 0) return text(language, 'contract.covered', { profile });
      if (contract.missingClauses === 1) return text(language, 'contract.missing-one', { profile });
      return text(language, 'contract.missing', { count: contract.missingClauses, profile });
    }
  }
}

/** "Afwijking uitgelegd: Audit, Exit" for a checked contract with recorded deviations; undefined otherwise. */
export function explainedTopicsText(language: Language, contract: ContractStatus): string | undefined {
  if (contract.state !== 'checked' || contract.explainedTopics.length === 0) return undefined;
  return text(language, 'contract.explained-topics', { topics: contract.explainedTopics.map((explained) => explained.title[language]).join(', ') });
}

/** One recorded deviation as the renderers list it: which algorithm, which contract, and the deviation. */
export interface ExplainedDeviationRow {
  row: AlgorithmRow;
  contract: Extract<ContractStatus, { state: 'checked' }>;
  explained: ExplainedTopic;
}

/** Every recorded deviation of a required clause, per algorithm in the overview's order. */
export function explainedDeviationRows(model: Pick<OverviewModel, 'algorithms'>): ExplainedDeviationRow[] {
  return model.algorithms.flatMap((row) => {
    const contract = row.contract;
    return contract.state === 'checked' ? contract.explainedTopics.map((explained) => ({ row, contract, explained })) : [];
  });
}

/** The cells of one deviation in the column order of `explained.column.*`, as text: who and when are "not filled in" when not recorded. */
export const EXPLAINED_COLUMNS = ['algorithm', 'contract', 'topic', 'reason', 'by', 'date'] as const;

export function explainedDeviationCells(language: Language, entry: ExplainedDeviationRow): Record<(typeof EXPLAINED_COLUMNS)[number], string> {
  const { row, contract, explained } = entry;
  return {
    algorithm: rowName(language, row),
    contract: contract.path,
    topic: explained.title[language],
    reason: explained.reason,
    by: explained.by ?? text(language, 'not-set'),
    date: explained.date !== undefined ? formatDate(language, explained.date) : text(language, 'not-set'),
  };
}

export function chartDescription(language: Language, chart: ChartId, entries: readonly CountEntry[]): string {
  if (entries.length === 0) return text(language, 'chart.empty');
  const items = entries.map((entry) => `${valueLabel(language, chart, entry.value)}: ${entry.count}`).join('; ');
  return text(language, 'chart.description', { items });
}

/** A link target from the model is a relative path or a web address; anything else (`javascript:`, `data:`) is dropped. */
export function safeHref(href: string | undefined): string | undefined {
  if (href === undefined || href === '') return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'https' && scheme !== 'http' && scheme !== 'file') return undefined;
  return href;
}

/** The summary figures both renderers show, in order, as message ids with their counts. */
export function summaryFigures(totals: OverviewModel['totals']): Array<[string, number]> {
  const figures: Array<[string, number]> = [
    ['summary.algorithms', totals.algorithms],
    ['summary.published', totals.published],
    ['summary.to-publish', totals.toPublish],
    ['summary.with-errors', totals.withErrors],
    ['summary.contracts-covering', totals.contractsCovering],
    ['summary.contracts-explaining', totals.contractsExplaining],
    ['summary.contracts-missing', totals.contractsMissingClauses],
    ['summary.contracts-not-found', totals.contractsNotFound],
    ['summary.no-contract', totals.algorithms - totals.contractsLinked],
    ['summary.high-risk', totals.highRiskSignals],
  ];
  if (totals.unreadableFiles > 0) figures.push(['summary.unreadable', totals.unreadableFiles]);
  return figures;
}

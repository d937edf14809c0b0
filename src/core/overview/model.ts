/**
 * The algorithm overview (algoritmeoverzicht) as data: what the HTML page, the Markdown version and
 * the VS Code webview all show. Built from parsed declarations and their findings; no file access.
 */
import type { RiskProfile } from '../config/config';
import { recordsOf, type DeclarationRecord } from '../declaration/declarationRecord';
import { PUBLICATION_CATEGORY, registerField, ROLE_VALUES, STATUS } from '../declaration/registerStandard';
import type { ParsedDocument } from '../document/model';
import type { Finding, LocalizedText, Severity } from '../finding';

/**
 * A required topic the contract deliberately does not cover, with the reason its front matter
 * records (comply or explain: `afwijkingen` / `deviations`); by whom and when where given.
 */
export interface ExplainedTopic {
  topic: string;
  title: LocalizedText;
  reason: string;
  by?: string;
  date?: string;
}

/** What the front door found out about the contract a record links to (`inkooplint.contract`). */
export type ContractStatus =
  | { state: 'none' }
  | { state: 'not-found'; path: string }
  | {
      state: 'checked';
      path: string;
      profile: RiskProfile;
      /** Required topics the contract neither covers nor explains. */
      missingClauses: number;
      missingTopics: string[];
      /** Required topics with a recorded deviation: explained, so neither covered nor missing. */
      explainedTopics: ExplainedTopic[];
      href?: string;
    };

/** One declaration file as the front door read and linted it. */
export interface OverviewFileInput {
  /** Path as shown to the reader (relative to where the command ran), with `/`. */
  path: string;
  /** A link to the file from where the overview is written; omitted when there is none. */
  href?: string;
  /** Undefined when the file could not be read at all (its findings say why). */
  document?: ParsedDocument;
  findings: readonly Finding[];
  /** The linked contract's status per record (index in `recordsOf(document.root)`). */
  contracts?: readonly ContractStatus[];
}

export type ChartId = 'publicationCategory' | 'status' | 'theme' | 'role' | 'supplier';

export const CHART_IDS: readonly ChartId[] = ['publicationCategory', 'status', 'theme', 'role', 'supplier'];

/**
 * One bar of a chart. `value` is the register's own value (e.g. "In gebruik"), or a
 * `NOT_SET` / `OTHER` marker the renderers put into words.
 */
export interface CountEntry {
  value: string;
  count: number;
}

export const NOT_SET = '\u0000not-set';
export const OTHER = '\u0000other';

/** Whether the record must be in the register, and whether it is. */
export type PublicationState = 'published' | 'required' | 'voluntary' | 'not-required';

export interface AlgorithmRow {
  name: string | undefined;
  file: string;
  href?: string;
  /** Position in a register export; undefined for a one-record file. */
  index: number | undefined;
  publicationCategory: string | undefined;
  status: string | undefined;
  themes: string[];
  role: string | undefined;
  supplier: string | undefined;
  publication: PublicationState;
  /** The register's publication date, when the record carries one. */
  publishedOn: string | undefined;
  findings: Record<Severity, number>;
  contract: ContractStatus;
}

export interface HighRiskSignal {
  name: string | undefined;
  file: string;
  href?: string;
  index: number | undefined;
  publicationCategory: string | undefined;
  /** The rule's findings for this record: what the text says, in both languages, with the Annex III point. */
  findings: Array<Pick<Finding, 'message' | 'severity'> & { point?: string | number }>;
}

export interface OverviewTotals {
  algorithms: number;
  files: number;
  /** Files that hold no readable record (broken YAML, not a declaration). */
  unreadableFiles: number;
  published: number;
  /** Must be published (category A or B, in use) and is not yet. */
  toPublish: number;
  withErrors: number;
  contractsLinked: number;
  /** Covers every required topic itself (or through general conditions). */
  contractsCovering: number;
  /** Misses no required topic, but explains a deviation from at least one. */
  contractsExplaining: number;
  contractsMissingClauses: number;
  contractsNotFound: number;
  highRiskSignals: number;
}

export interface OverviewModel {
  /** The day the overview was made, `YYYY-MM-DD`. */
  date: string;
  totals: OverviewTotals;
  charts: Record<ChartId, CountEntry[]>;
  algorithms: AlgorithmRow[];
  highRiskSignals: HighRiskSignal[];
  /** Files without a readable record, with their first error, so the reader knows the overview misses them. */
  unreadableFiles: Array<{ file: string; href?: string; message: Finding['message'] | undefined }>;
}

export interface OverviewOptions {
  /** Defaults to now. */
  date?: Date;
  /** Suppliers shown as bars; the rest are added up as one "other suppliers" bar (the table lists them all). */
  maxSupplierBars?: number;
}

export const HIGH_RISK_RULE_ID = 'declaration/ai-act-high-risk-area';

/** The contract profile that goes with a publication category (the register's words). */
export function profileForCategory(category: string | undefined): RiskProfile | undefined {
  switch (category?.trim().toLowerCase()) {
    case PUBLICATION_CATEGORY.highRisk.toLowerCase():
      return 'hoog-risico';
    case PUBLICATION_CATEGORY.impactful.toLowerCase():
      return 'impactvol';
    case PUBLICATION_CATEGORY.other.toLowerCase():
      return 'overig';
    default:
      return undefined;
  }
}

/**
 * Whether a record must be published. The register's guidance: categories A (high-risk AI) and B
 * (impactful) are published; its instructions for `status` say algorithms in development or out of
 * use need not be (but may be). `publication_dt` and `lars` are filled in by the register itself
 * when a record is published, so a record that carries either is published.
 */
export function publicationState(record: DeclarationRecord): PublicationState {
  if (record.string('publication_dt') !== undefined || record.string('lars') !== undefined) return 'published';
  const profile = profileForCategory(record.string('publication_category'));
  if (profile !== 'hoog-risico' && profile !== 'impactvol') return 'not-required';
  return record.string('status')?.toLowerCase() === STATUS.inUse.toLowerCase() ? 'required' : 'voluntary';
}

/** The findings that belong to one record: for an export array, those whose pointer lies inside it; file-wide findings go to the first record. */
function findingsOf(findings: readonly Finding[], record: DeclarationRecord, first: boolean): Finding[] {
  if (record.index === undefined) return [...findings];
  const prefix = record.pointer;
  return findings.filter((finding) => {
    const pointer = finding.pointer;
    if (pointer === undefined || !/^\/\d+(?:\/|$)/.test(pointer)) return first;
    return pointer === prefix || pointer.startsWith(`${prefix}/`);
  });
}

function themesOf(record: DeclarationRecord): string[] {
  const value = record.property('category')?.value;
  if (value?.kind === 'array') {
    return value.items.flatMap((item) => (item.kind === 'scalar' && typeof item.value === 'string' && item.value.trim() ? [item.value.trim()] : []));
  }
  const single = record.string('category');
  return single ? [single] : [];
}

/** Counts per value, in the given order for known values, then the others by count, then "not set". */
function tally(values: Array<string | undefined>, order: readonly string[] = []): CountEntry[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value ?? NOT_SET, (counts.get(value ?? NOT_SET) ?? 0) + 1);
  const known = order.filter((value) => counts.has(value)).map((value) => ({ value, count: counts.get(value)! }));
  const others = [...counts.entries()]
    .filter(([value]) => !order.includes(value) && value !== NOT_SET)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'nl'));
  const notSet = counts.has(NOT_SET) ? [{ value: NOT_SET, count: counts.get(NOT_SET)! }] : [];
  return [...known, ...others, ...notSet];
}

/** Keeps the register's spelling of a permitted value when only its case differs. */
function canonical(value: string | undefined, permitted: readonly string[]): string | undefined {
  if (value === undefined) return undefined;
  return permitted.find((p) => p.toLowerCase() === value.toLowerCase()) ?? value;
}

const CATEGORY_ORDER = Object.values(PUBLICATION_CATEGORY);
const STATUS_ORDER = Object.values(STATUS);
const THEME_VALUES = registerField('category')?.permitted_values ?? [];

export function buildOverview(files: readonly OverviewFileInput[], options: OverviewOptions = {}): OverviewModel {
  const date = (options.date ?? new Date()).toISOString().slice(0, 10);
  const algorithms: AlgorithmRow[] = [];
  const highRiskSignals: HighRiskSignal[] = [];
  const unreadableFiles: OverviewModel['unreadableFiles'] = [];
  for (const file of files) {
    const records = recordsOf(file.document?.root);
    if (records.length === 0) {
      const first = file.findings.find((f) => f.severity === 'error') ?? file.findings[0];
      unreadableFiles.push({ file: file.path, ...(file.href ? { href: file.href } : {}), message: first?.message });
      continue;
    }
    records.forEach((record, position) => {
      const own = findingsOf(file.findings, record, position === 0);
      const count: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
      for (const finding of own) count[finding.severity] += 1;
      const row: AlgorithmRow = {
        name: record.string('name'),
        file: file.path,
        ...(file.href ? { href: file.href } : {}),
        index: record.index,
        publicationCategory: canonical(record.string('publication_category'), CATEGORY_ORDER),
        status: canonical(record.string('status'), STATUS_ORDER),
        themes: themesOf(record).map((theme) => canonical(theme, THEME_VALUES)!),
        role: canonical(record.extension('role') || undefined, ROLE_VALUES),
        supplier: record.string('provider'),
        publication: publicationState(record),
        publishedOn: record.string('publication_dt'),
        findings: count,
        contract: file.contracts?.[position] ?? { state: 'none' },
      };
      algorithms.push(row);
      const signals = own.filter((finding) => finding.ruleId === HIGH_RISK_RULE_ID);
      if (signals.length > 0) {
        highRiskSignals.push({
          name: row.name,
          file: row.file,
          ...(row.href ? { href: row.href } : {}),
          index: row.index,
          publicationCategory: row.publicationCategory,
          findings: signals.map((finding) => ({
            message: finding.message,
            severity: finding.severity,
            ...(finding.properties?.annexIIIPoint !== undefined ? { point: finding.properties.annexIIIPoint as string | number } : {}),
          })),
        });
      }
    });
  }

  const supplierBars = options.maxSupplierBars ?? 12;
  let suppliers = tally(algorithms.map((row) => row.supplier));
  const named = suppliers.filter((entry) => entry.value !== NOT_SET);
  if (named.length > supplierBars) {
    const rest = named.slice(supplierBars - 1).reduce((sum, entry) => sum + entry.count, 0);
    suppliers = [...named.slice(0, supplierBars - 1), { value: OTHER, count: rest }, ...suppliers.filter((entry) => entry.value === NOT_SET)];
  }

  const contracts = algorithms.map((row) => row.contract);
  const totals: OverviewTotals = {
    algorithms: algorithms.length,
    files: files.length,
    unreadableFiles: unreadableFiles.length,
    published: algorithms.filter((row) => row.publication === 'published').length,
    toPublish: algorithms.filter((row) => row.publication === 'required').length,
    withErrors: algorithms.filter((row) => row.findings.error > 0).length,
    contractsLinked: contracts.filter((c) => c.state !== 'none').length,
    contractsCovering: contracts.filter((c) => c.state === 'checked' && c.missingClauses === 0 && c.explainedTopics.length === 0).length,
    contractsExplaining: contracts.filter((c) => c.state === 'checked' && c.missingClauses === 0 && c.explainedTopics.length > 0).length,
    contractsMissingClauses: contracts.filter((c) => c.state === 'checked' && c.missingClauses > 0).length,
    contractsNotFound: contracts.filter((c) => c.state === 'not-found').length,
    highRiskSignals: highRiskSignals.length,
  };
  return {
    date,
    totals,
    charts: {
      publicationCategory: tally(algorithms.map((row) => row.publicationCategory), CATEGORY_ORDER),
      status: tally(algorithms.map((row) => row.status), STATUS_ORDER),
      // A record may name up to three themes; each counts once. Records without a theme count as "not set".
      theme: tally(algorithms.flatMap((row) => (row.themes.length > 0 ? [...new Set(row.themes)] : [undefined]))),
      role: tally(algorithms.map((row) => row.role), ROLE_VALUES),
      supplier: suppliers,
    },
    algorithms,
    highRiskSignals,
    unreadableFiles,
  };
}

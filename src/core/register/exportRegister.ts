/**
 * Export to the Algoritmeregister: the records that must be published, as the register's JSON
 * (an array of records in publication standard 1.0), without the `inkooplint:` block. A record
 * with errors of `declaration/syntax` or `declaration/schema` is held back: those are exactly the
 * checks of the register's own configuration, so what is exported validates against it.
 */
import { DEFAULT_CONFIG } from '../config/config';
import { recordsOf, type DeclarationRecord } from '../declaration/declarationRecord';
import { PUBLICATION_CATEGORY, registerFields } from '../declaration/registerStandard';
import { toPlainValue } from '../document/model';
import { formatOf, lintDeclaration } from '../engine';
import { parseStructured } from '../document/parseStructured';
import type { Finding } from '../finding';
import { schemaRule } from '../rules/declaration/schema';
import { syntaxRule } from '../rules/declaration/syntax';
import { validateRecord } from '../schema/declarationValidator.generated';

export type PublicationCategory = (typeof PUBLICATION_CATEGORY)[keyof typeof PUBLICATION_CATEGORY];

/** Categories A and B: what the register's guidance says is published. */
export const DEFAULT_EXPORT_CATEGORIES: readonly PublicationCategory[] = [PUBLICATION_CATEGORY.highRisk, PUBLICATION_CATEGORY.impactful];

const CATEGORY_WORDS: Record<string, PublicationCategory> = {
  a: PUBLICATION_CATEGORY.highRisk,
  'hoog-risico': PUBLICATION_CATEGORY.highRisk,
  'high-risk': PUBLICATION_CATEGORY.highRisk,
  b: PUBLICATION_CATEGORY.impactful,
  impactvol: PUBLICATION_CATEGORY.impactful,
  impactful: PUBLICATION_CATEGORY.impactful,
  c: PUBLICATION_CATEGORY.other,
  overig: PUBLICATION_CATEGORY.other,
  other: PUBLICATION_CATEGORY.other,
};
for (const category of Object.values(PUBLICATION_CATEGORY)) CATEGORY_WORDS[category.toLowerCase()] = category;

/** "A", "b", "impactvol", "Hoog-risico AI-systeem" → the register's category; undefined when it is none. */
export function parseCategory(word: string): PublicationCategory | undefined {
  return CATEGORY_WORDS[word.trim().toLowerCase()];
}

/** The register's fields in the order of its configuration. */
const FIELD_ORDER = registerFields().map((field) => field.name);
const FIELD_SET = new Set(FIELD_ORDER);

/** One record as the register takes it: only the standard's fields, in the standard's order. */
export function toRegisterRecord(value: Record<string, unknown>): { record: Record<string, unknown>; dropped: string[] } {
  const record: Record<string, unknown> = {};
  for (const name of FIELD_ORDER) if (Object.prototype.hasOwnProperty.call(value, name)) record[name] = value[name];
  return { record, dropped: Object.keys(value).filter((key) => !FIELD_SET.has(key)) };
}

/** The findings that keep a file's records out of the export, found with the default configuration (a user's settings cannot switch them off). */
export function blockingFindings(text: string, fileName: string): Finding[] {
  return lintDeclaration(text, { fileName, config: DEFAULT_CONFIG, rules: [syntaxRule, schemaRule] }).findings.filter((finding) => finding.severity === 'error');
}

/** Whether a finding is about this record: inside its pointer, or about the file as a whole. */
export function belongsTo(finding: Finding, record: DeclarationRecord): boolean {
  if (record.index === undefined) return true;
  const pointer = finding.pointer;
  if (pointer === undefined || !/^\/\d+(?:\/|$)/.test(pointer)) return true;
  return pointer === record.pointer || pointer.startsWith(`${record.pointer}/`);
}

export interface ExportFileInput {
  /** Path as shown to the reader. */
  path: string;
  text: string;
  /** Findings with the user's configuration, listed for exported records. */
  findings: readonly Finding[];
}

export interface ExportedRecord {
  file: string;
  index: number | undefined;
  name: string | undefined;
  /** Keys left out because the standard has no such field (our `inkooplint` block, legacy fields). */
  dropped: string[];
  /** The user's findings for this record, none of them blocking. */
  findings: Finding[];
}

export interface BlockedRecord {
  file: string;
  index: number | undefined;
  name: string | undefined;
  findings: Finding[];
}

export interface ExportResult {
  records: Array<Record<string, unknown>>;
  exported: ExportedRecord[];
  blocked: BlockedRecord[];
  /** Records whose category was not chosen. */
  notSelected: number;
}

export function exportRegister(files: readonly ExportFileInput[], categories: readonly string[] = DEFAULT_EXPORT_CATEGORIES): ExportResult {
  const chosen = new Set(categories.map((c) => c.toLowerCase()));
  const result: ExportResult = { records: [], exported: [], blocked: [], notSelected: 0 };
  for (const file of files) {
    const fileName = file.path;
    const blocking = blockingFindings(file.text, fileName);
    const document = parseStructured(file.text, formatOf(fileName));
    const records = recordsOf(document.root);
    if (records.length === 0) {
      result.blocked.push({ file: file.path, index: undefined, name: undefined, findings: blocking });
      continue;
    }
    for (const record of records) {
      const name = record.string('name');
      const category = record.string('publication_category');
      const own = blocking.filter((finding) => belongsTo(finding, record));
      // A record with a category that is not one of the three is blocked by its schema error: it cannot be told apart.
      if (category !== undefined && !chosen.has(category.toLowerCase()) && own.length === 0) {
        result.notSelected += 1;
        continue;
      }
      if (own.length > 0) {
        result.blocked.push({ file: file.path, index: record.index, name, findings: own });
        continue;
      }
      const { record: registerRecord, dropped } = toRegisterRecord(toPlainValue(record.node) as Record<string, unknown>);
      if (!validateRecord(registerRecord)) {
        // Not expected after the checks above; kept so that nothing invalid ever leaves.
        result.blocked.push({ file: file.path, index: record.index, name, findings: [] });
        continue;
      }
      result.records.push(registerRecord);
      result.exported.push({ file: file.path, index: record.index, name, dropped, findings: file.findings.filter((finding) => belongsTo(finding, record)) });
    }
  }
  return result;
}

/** The export as the register takes it: a JSON array, two-space indented, ending in a newline. */
export function registerJson(records: ReadonlyArray<Record<string, unknown>>): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

/**
 * Import from the Algoritmeregister: a register JSON array split into one YAML declaration per
 * record. Every value is kept; only what is certain is changed, and each change is reported:
 * the language code's case, the old `standard_version` "1.0.0", spaces around web addresses, and
 * the field names of older editions of the standard (see `LEGACY_FIELDS`).
 */
import { Document, parse, Scalar, visit } from 'yaml';
import { INKOOPLINT_BLOCK, LEGACY_FIELDS, registerField, STANDARD_VERSION, URL_FIELDS } from '../declaration/registerStandard';
import type { LocalizedText } from '../finding';
import { localize, type MessageData } from '../l10n/messages';
import { slugify } from './slug';

export interface ImportChange {
  /** Message id under `register-import.change.`. */
  kind: string;
  field: string;
  message: LocalizedText;
}

export interface ImportedRecord {
  /** Position in the input array (0-based). */
  index: number;
  name: string | undefined;
  /** `<slug>.algoritme.yaml`, unique within this import. */
  fileName: string;
  /** Set when the name's file name was taken by an earlier record of the same import. */
  renamedFrom?: string;
  record: Record<string, unknown>;
  changes: ImportChange[];
}

export type ImportProblem = { kind: 'not-json'; detail: string } | { kind: 'not-records' } | { kind: 'not-a-record'; index: number };

export interface ImportResult {
  records: ImportedRecord[];
  problems: ImportProblem[];
}

export const DECLARATION_SUFFIX = '.algoritme.yaml';

/** Parses a register export and maps every record to standard 1.0. */
export function importRegister(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { records: [], problems: [{ kind: 'not-json', detail: (error as Error).message }] };
  }
  const items = Array.isArray(data) ? data : isPlainObject(data) ? [data] : undefined;
  if (!items) return { records: [], problems: [{ kind: 'not-records' }] };
  const problems: ImportProblem[] = [];
  const records: ImportedRecord[] = [];
  const taken = new Set<string>();
  items.forEach((item, index) => {
    if (!isPlainObject(item)) {
      problems.push({ kind: 'not-a-record', index });
      return;
    }
    const { record, changes } = normaliseRecord(item);
    const name = typeof record.name === 'string' && record.name.trim() ? record.name.trim() : undefined;
    const base = slugify(name ?? '') || 'algoritme';
    let fileName = `${base}${DECLARATION_SUFFIX}`;
    let renamedFrom: string | undefined;
    for (let n = 2; taken.has(fileName); n++) {
      renamedFrom = `${base}${DECLARATION_SUFFIX}`;
      fileName = `${base}-${n}${DECLARATION_SUFFIX}`;
    }
    taken.add(fileName);
    records.push({ index, name, fileName, ...(renamedFrom ? { renamedFrom } : {}), record, changes });
  });
  if (records.length === 0 && problems.length === 0) problems.push({ kind: 'not-records' });
  return { records, problems };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** The old `type` field's words for how an algorithm works, and our `inkooplint.technique` for them. */
const TECHNIQUE_WORDS: Record<string, string> = {
  'op regels gebaseerd': 'regelgebaseerd',
  regelgebaseerd: 'regelgebaseerd',
  'rule-based': 'regelgebaseerd',
  zelflerend: 'zelflerend',
  'self-learning': 'zelflerend',
};

/** Web addresses and the contact address: spaces around them are never part of them. */
const ADDRESS_FIELDS = new Set([...URL_FIELDS, 'contact_email']);

/**
 * Maps one record to standard 1.0. Keys keep their order; a renamed key takes its new name at
 * the place of the old one.
 */
export function normaliseRecord(original: Record<string, unknown>): { record: Record<string, unknown>; changes: ImportChange[] } {
  const input = structuredClone(original);
  const changes: ImportChange[] = [];
  const change = (kind: string, field: string, data: MessageData = {}): void => {
    changes.push({ kind, field, message: localize(`register-import.change.${kind}`, { field, ...data }) });
  };
  const entries: Array<[string, unknown]> = Object.entries(input).map(([key, value]) => [key, value]);
  const has = (key: string): boolean => entries.some(([k]) => k === key);
  const get = (key: string): unknown => entries.find(([k]) => k === key)?.[1];
  const set = (key: string, value: unknown): void => {
    const entry = entries.find(([k]) => k === key);
    if (entry) entry[1] = value;
    else entries.push([key, value]);
  };
  const remove = (key: string): void => {
    const at = entries.findIndex(([k]) => k === key);
    if (at >= 0) entries.splice(at, 1);
  };
  const rename = (from: string, to: string): void => {
    const at = entries.findIndex(([k]) => k === from);
    const existing = entries.findIndex(([k]) => k === to);
    if (existing >= 0) entries.splice(existing, 1);
    const fromAt = existing >= 0 && existing < at ? at - 1 : at;
    entries[fromAt] = [to, entries[fromAt][1]];
  };

  const lang = get('lang');
  if (typeof lang === 'string' && lang !== 'nld' && lang.trim().toLowerCase() === 'nld') {
    set('lang', 'nld');
    change('lang', 'lang', { from: lang, to: 'nld' });
  }
  const version = get('standard_version');
  if (typeof version === 'string' && version !== STANDARD_VERSION && /^\s*1\.0\.0\s*$/.test(version)) {
    set('standard_version', STANDARD_VERSION);
    change('standard-version', 'standard_version', { from: version, to: STANDARD_VERSION });
  }

  for (const [key, value] of [...entries]) {
    if (ADDRESS_FIELDS.has(key) && typeof value === 'string' && value.trim() !== value && value.trim() !== '') {
      set(key, value.trim());
      change('trimmed', key);
    }
    const field = registerField(key);
    if (field?.items && Array.isArray(value)) {
      value.forEach((item, i) => {
        if (isPlainObject(item) && typeof item.link === 'string' && item.link.trim() !== item.link && item.link.trim() !== '') {
          item.link = item.link.trim();
          change('trimmed', `${key} › ${i + 1} › link`);
        }
      });
    }
  }

  for (const legacy of Object.keys(LEGACY_FIELDS)) {
    if (!has(legacy)) continue;
    const value = get(legacy);
    const replacement = LEGACY_FIELDS[legacy];
    if (isEmpty(value)) {
      remove(legacy);
      change('legacy-empty', legacy);
      continue;
    }
    if (legacy === 'type') {
      const technique = typeof value === 'string' ? TECHNIQUE_WORDS[value.trim().toLowerCase()] : undefined;
      const block = get(INKOOPLINT_BLOCK);
      const blockObject = isPlainObject(block) ? block : block === undefined ? {} : undefined;
      if (technique && blockObject && blockObject.technique === undefined) {
        remove(legacy);
        set(INKOOPLINT_BLOCK, { ...blockObject, technique });
        change('technique', legacy, { from: String(value), to: technique });
      } else {
        change('legacy-kept-alone', legacy);
      }
      continue;
    }
    if (legacy === 'source_data_link' && replacement) {
      const links = Array.isArray(get(replacement)) ? (get(replacement) as unknown[]) : [];
      const same = typeof value === 'string' && links.some((item) => isPlainObject(item) && typeof item.link === 'string' && item.link.trim() === value.trim());
      if (same) {
        remove(legacy);
        change('legacy-duplicate', legacy, { to: replacement });
      } else {
        // A grouping entry needs a title and one link; free text with several links cannot be split with certainty.
        change('legacy-kept', legacy, { to: replacement });
      }
      continue;
    }
    if (replacement) {
      const target = get(replacement);
      if (isEmpty(target) && typeof value === 'string') {
        rename(legacy, replacement);
        change('legacy-moved', legacy, { to: replacement });
      } else if (target === value) {
        remove(legacy);
        change('legacy-duplicate', legacy, { to: replacement });
      } else {
        change('legacy-kept', legacy, { to: replacement });
      }
      continue;
    }
    change('legacy-kept-alone', legacy);
  }

  for (const [key] of entries) {
    if (key === INKOOPLINT_BLOCK || key in LEGACY_FIELDS || registerField(key)) continue;
    change('unknown-kept', key);
  }
  return { record: Object.fromEntries(entries), changes };
}

/** Long texts are block scalars; the YAML library keeps their exact content (it checks that a style can hold it). */
const BLOCK_FROM = 80;

/** Whether a text reads back unchanged when written as a block scalar of the given style. */
function keepsValueAs(value: string, style: Scalar.BLOCK_LITERAL | Scalar.BLOCK_FOLDED): boolean {
  const probe = new Document({ value });
  visit(probe, {
    Scalar(key, node: Scalar) {
      if (key !== 'key') node.type = style;
    },
  });
  return (parse(probe.toString({ lineWidth: 100, minContentWidth: 40 })) as { value?: unknown })?.value === value;
}

/** One record as a YAML declaration, with a comment saying where it came from. */
export function declarationYaml(record: Record<string, unknown>, comment?: string): string {
  const document = new Document(record);
  visit(document, {
    Scalar(key, node: Scalar) {
      if (key === 'key' || typeof node.value !== 'string') return;
      const style = node.value.includes('\n') ? Scalar.BLOCK_LITERAL : node.value.length > BLOCK_FROM ? Scalar.BLOCK_FOLDED : undefined;
      // Some texts (a line of only spaces, say) do not survive a block scalar: those are written double-quoted.
      if (style) node.type = keepsValueAs(node.value, style) ? style : Scalar.QUOTE_DOUBLE;
    },
  });
  if (comment) document.commentBefore = ` ${comment.replace(/\r?\n/g, ' ')}`;
  return document.toString({ lineWidth: 100, minContentWidth: 40 });
}


/**
 * The front matter fields that contract rules read, in Dutch or English: the file's type, its risk
 * profile and recorded deviations ("pas toe of leg uit"). Pure readers over the parsed YAML.
 */
import { normalizeProfile, type RiskProfile } from '../config/config';
import { getProperty, type DocNode, type PropertyNode } from '../document/model';
import type { LocalizedText } from '../finding';
import type { Offsets } from './model';

const PROFILE_NAMES: Record<RiskProfile, LocalizedText> = {
  'hoog-risico': { nl: 'hoog-risico', en: 'high-risk' },
  impactvol: { nl: 'impactvol', en: 'impactful' },
  overig: { nl: 'overig', en: 'other' },
};

/** A profile's name in each language, for messages. */
export function profileName(profile: RiskProfile): LocalizedText {
  return PROFILE_NAMES[profile];
}

/** The first of the keys that the mapping has. */
export function frontMatterProperty(root: DocNode | undefined, keys: readonly string[]): PropertyNode | undefined {
  for (const key of keys) {
    const property = getProperty(root, key);
    if (property) return property;
  }
  return undefined;
}

function scalarText(node: DocNode | undefined): string | undefined {
  if (node?.kind !== 'scalar' || node.value === null) return undefined;
  const text = String(node.value).trim();
  return text === '' ? undefined : text;
}

const SUPPLIER_KEYS = ['leverancier', 'supplier'];

/** The supplier the front matter names (`leverancier` / `supplier`), as written. */
export function declaredSupplier(root: DocNode | undefined): string | undefined {
  return scalarText(frontMatterProperty(root, SUPPLIER_KEYS)?.value);
}

const TYPE_KEYS = ['type'];
const CONTRACT_TYPES = new Set(['overeenkomst', 'contract']);

export function declaresContractType(root: DocNode | undefined): boolean {
  const value = scalarText(frontMatterProperty(root, TYPE_KEYS)?.value);
  return value !== undefined && CONTRACT_TYPES.has(value.toLowerCase());
}

const PROFILE_KEYS = ['risicoprofiel', 'riskProfile', 'risk-profile', 'risk_profile'];

export interface DeclaredProfile {
  property: PropertyNode;
  /** The profile, when the value is one of the known words. */
  profile?: RiskProfile;
  /** The value as written. */
  written: string;
}

export function declaredProfile(root: DocNode | undefined): DeclaredProfile | undefined {
  const property = frontMatterProperty(root, PROFILE_KEYS);
  if (!property) return undefined;
  const written = scalarText(property.value) ?? '';
  const profile = written === '' ? undefined : normalizeProfile(written);
  return { property, written, ...(profile ? { profile } : {}) };
}

export interface Deviation {
  /** The whole entry. */
  offset: Offsets;
  /** The topic as written, and where (the entry when it names none). */
  topic?: string;
  topicOffset: Offsets;
  reason?: string;
  by?: string;
  date?: string;
}

const DEVIATION_KEYS = ['afwijkingen', 'deviations'];

/** The entries of `afwijkingen` / `deviations` that are mappings; other entries are not deviations. */
export function recordedDeviations(root: DocNode | undefined): Deviation[] {
  const list = frontMatterProperty(root, DEVIATION_KEYS)?.value;
  if (list?.kind !== 'array') return [];
  const deviations: Deviation[] = [];
  for (const item of list.items) {
    if (item.kind !== 'object') continue;
    const topic = frontMatterProperty(item, ['onderwerp', 'topic']);
    const deviation: Deviation = { offset: item.offset, topicOffset: topic?.value.offset ?? item.offset };
    const fields: Array<['topic' | 'reason' | 'by' | 'date', string[]]> = [
      ['topic', ['onderwerp', 'topic']],
      ['reason', ['reden', 'reason']],
      ['by', ['door', 'by']],
      ['date', ['datum', 'date']],
    ];
    for (const [field, keys] of fields) {
      const value = scalarText(frontMatterProperty(item, keys)?.value);
      if (value !== undefined) deviation[field] = value;
    }
    deviations.push(deviation);
  }
  return deviations;
}

/** A name or path written in the front matter, with where it is written. */
export interface ListedValue {
  value: string;
  offset: Offsets;
}

/** The scalar entries of a front matter list; a single scalar counts as a list of one. */
function listedValues(root: DocNode | undefined, keys: readonly string[], itemKeys: readonly string[] = []): ListedValue[] {
  const node = frontMatterProperty(root, keys)?.value;
  if (!node) return [];
  const items = node.kind === 'array' ? node.items : [node];
  const values: ListedValue[] = [];
  for (const item of items) {
    const scalar = item.kind === 'object' ? frontMatterProperty(item, itemKeys)?.value : item;
    const value = scalarText(scalar);
    if (value !== undefined && scalar) values.push({ value, offset: scalar.offset });
  }
  return values;
}

const CONDITIONS_KEYS = ['voorwaarden', 'conditions'];

/** The general conditions the contract declares applicable: `voorwaarden: [GIBIT 2023]`. */
export function declaredConditions(root: DocNode | undefined): ListedValue[] {
  return listedValues(root, CONDITIONS_KEYS, ['naam', 'name']);
}

const ANNEX_FILE_KEYS = ['bijlagen', 'annexes'];

/** Annexes kept in separate files: `bijlagen: [bijlage-b.md]`, paths relative to the contract (or `- pad: ...`). */
export function listedAnnexFiles(root: DocNode | undefined): ListedValue[] {
  return listedValues(root, ANNEX_FILE_KEYS, ['pad', 'path', 'bestand', 'file']);
}

const DECLARATION_LINK_KEYS = ['algoritmes', 'algorithms'];

/** The declarations the contract covers: `algoritmes: [../algoritmes/x.algoritme.yaml]`, paths relative to the contract. */
export function listedDeclarations(root: DocNode | undefined): ListedValue[] {
  return listedValues(root, DECLARATION_LINK_KEYS, ['pad', 'path', 'bestand', 'file']);
}

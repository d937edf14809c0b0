/**
 * The checklist file `<name>.checklist.yaml`: what the reviewer answered, beside the contract, in
 * git. Human-readable and diff-friendly: one item per question id, in checklist order, keys in a
 * fixed order, no timestamps that change on every save. Keys this version does not know (added by
 * a newer version, or by hand) are kept, at every level, so that a round trip loses nothing.
 * Unconfirmed suggestions from the contract lint are not written: they are worked out again
 * every time, and only what a person confirmed is a saved answer.
 */
import YAML, { isMap, isScalar, isSeq, type Document, type Pair, type YAMLMap } from 'yaml';
import checklistSchema from '../../../schemas/checklist.schema.json';
import type { RiskProfile } from '../config/config';
import type { LocalizedText } from '../finding';
import { localize } from '../l10n/messages';
import { createAjv } from '../schema/ajv';
import { ITEM_STATUSES, QUESTION_IDS, type ItemStatus } from './ids';

/** The format version this code writes. A file with a higher one is read as well as it can be, and its unknown keys are kept. */
export const CHECKLIST_FORMAT_VERSION = 1;

export { ANSWER_STATUSES, ITEM_STATUSES, type AnswerStatus, type ItemStatus } from './ids';

/** Keys the reader did not know, in the order the file had them. */
export type ExtraKeys = Record<string, unknown>;

export type Offsets = [number, number];

/** An article or annex of the contract (or the front matter entry of a deviation), at a line and offsets of the contract's text. */
export interface ContractEvidence {
  kind: 'contract';
  /** The contract (or annex) file, relative to the checklist file. */
  file: string;
  part?: { kind: 'article' | 'annex'; label: string };
  /** The heading as written: "Artikel 3 Uitlegbaarheid". */
  title?: string;
  /** 1-based line of the part's heading, a fallback when the text changed since. */
  line: number;
  offset?: Offsets;
  extra?: ExtraKeys;
}

/** A document on the web (http or https). */
export interface UrlEvidence {
  kind: 'url';
  url: string;
  title?: string;
  extra?: ExtraKeys;
}

/** A document in the workspace, relative to the checklist file. */
export interface DocumentEvidence {
  kind: 'document';
  path: string;
  title?: string;
  extra?: ExtraKeys;
}

/** An article of the general conditions the contract declares applicable. */
export interface ConditionsEvidence {
  kind: 'conditions';
  conditions: string;
  article: string;
  extra?: ExtraKeys;
}

export type Evidence = ContractEvidence | UrlEvidence | DocumentEvidence | ConditionsEvidence;

export interface ItemAnswer {
  status: ItemStatus;
  evidence: Evidence[];
  notes?: string;
  answeredBy?: string;
  /** ISO 8601. */
  answeredAt?: string;
  extra?: ExtraKeys;
}

export interface ChecklistFileData {
  version: number;
  contract?: string;
  profile?: RiskProfile;
  /** Per question id, in file order; ids this version does not know are kept as read, in `unknownItems`. */
  items: Record<string, ItemAnswer>;
  unknownItems?: Record<string, unknown>;
  extra?: ExtraKeys;
}

export interface ChecklistFileProblem {
  severity: 'error' | 'warning' | 'info';
  message: LocalizedText;
  /** 1-based line, when known. */
  line?: number;
}

export interface ParsedChecklistFile {
  data: ChecklistFileData;
  problems: ChecklistFileProblem[];
}

/**
 * `acme.overeenkomst.md` gives `acme.checklist.yaml`; so do `acme.contract.md` and `acme.md`. A
 * path keeps its folder (with the separator it had).
 */
export function checklistFileName(contractFile: string): string {
  const cut = Math.max(contractFile.lastIndexOf('/'), contractFile.lastIndexOf('\\'));
  const folder = contractFile.slice(0, cut + 1);
  const name = contractFile.slice(cut + 1);
  const base = name.replace(/\.(?:overeenkomst|contract)\.md$/i, '').replace(/\.md$/i, '');
  return `${folder}${base || name}.checklist.yaml`;
}

export function emptyChecklistFile(contract?: string, profile?: RiskProfile): ChecklistFileData {
  return { version: CHECKLIST_FORMAT_VERSION, ...(contract ? { contract } : {}), ...(profile ? { profile } : {}), items: {} };
}

// ---------------------------------------------------------------------------------------------
// Reading

let validate: ReturnType<ReturnType<typeof createAjv>['compile']> | undefined;

const PROFILES: readonly string[] = ['hoog-risico', 'impactvol', 'overig'];
const ROOT_KEYS = ['version', 'contract', 'profile', 'items'];
const ITEM_KEYS = ['status', 'evidence', 'notes', 'answeredBy', 'answeredAt'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The keys of `value` outside `known`, or undefined when there are none. */
function extraKeys(value: Record<string, unknown>, known: readonly string[]): ExtraKeys | undefined {
  const extra: ExtraKeys = {};
  let any = false;
  for (const [key, entry] of Object.entries(value)) {
    if (known.includes(key)) continue;
    extra[key] = entry;
    any = true;
  }
  return any ? extra : undefined;
}

const optionalString = (value: unknown): string | undefined => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);

function readEvidence(value: unknown): Evidence | undefined {
  if (!isRecord(value)) return undefined;
  const title = optionalString(value.title);
  const withTitle = title !== undefined ? { title } : {};
  if (typeof value.contract === 'string') {
    const known = ['contract', 'article', 'annex', 'title', 'line', 'offset'];
    const article = optionalString(value.article);
    const annex = optionalString(value.annex);
    const offset = Array.isArray(value.offset) && value.offset.length === 2 && value.offset.every((n) => Number.isInteger(n) && n >= 0) ? (value.offset as Offsets) : undefined;
    const extra = extraKeys(value, known);
    return {
      kind: 'contract',
      file: value.contract,
      ...(article !== undefined ? { part: { kind: 'article' as const, label: article } } : annex !== undefined ? { part: { kind: 'annex' as const, label: annex } } : {}),
      ...withTitle,
      line: Number.isInteger(value.line) && (value.line as number) >= 1 ? (value.line as number) : 1,
      ...(offset ? { offset: [offset[0], offset[1]] as Offsets } : {}),
      ...(extra ? { extra } : {}),
    };
  }
  if (typeof value.url === 'string') {
    const extra = extraKeys(value, ['url', 'title']);
    return { kind: 'url', url: value.url, ...withTitle, ...(extra ? { extra } : {}) };
  }
  if (typeof value.document === 'string') {
    const extra = extraKeys(value, ['document', 'title']);
    return { kind: 'document', path: value.document, ...withTitle, ...(extra ? { extra } : {}) };
  }
  if (typeof value.conditions === 'string') {
    const extra = extraKeys(value, ['conditions', 'article']);
    return { kind: 'conditions', conditions: value.conditions, article: optionalString(value.article) ?? '', ...(extra ? { extra } : {}) };
  }
  return undefined;
}

/**
 * An item as read. A known key with a value this version cannot use (a status a newer version
 * added) is kept as an extra key under its own name, so that it is written back unchanged.
 */
function readItem(value: unknown): ItemAnswer {
  if (!isRecord(value)) return { status: 'open', evidence: [] };
  const extra: ExtraKeys = extraKeys(value, ITEM_KEYS) ?? {};
  const item: ItemAnswer = { status: 'open', evidence: [] };
  if (typeof value.status === 'string' && (ITEM_STATUSES as readonly string[]).includes(value.status)) item.status = value.status as ItemStatus;
  else if (value.status !== undefined) extra.status = value.status;
  if (Array.isArray(value.evidence)) {
    const read = value.evidence.map(readEvidence);
    if (read.every((entry) => entry !== undefined)) item.evidence = read as Evidence[];
    else extra.evidence = value.evidence;
  } else if (value.evidence !== undefined) {
    extra.evidence = value.evidence;
  }
  for (const key of ['notes', 'answeredBy', 'answeredAt'] as const) {
    const text = optionalString(value[key]);
    if (text !== undefined) item[key] = text;
    else if (value[key] !== undefined && value[key] !== null) extra[key] = value[key];
  }
  if (Object.keys(extra).length > 0) item.extra = extra;
  return item;
}

/** Reads a checklist file. Never throws: what cannot be read becomes a problem, and what can be read is kept. */
export function parseChecklistFile(text: string): ParsedChecklistFile {
  const problems: ChecklistFileProblem[] = [];
  const lineOf = (offset: number | undefined): number | undefined => (offset === undefined ? undefined : text.slice(0, offset).split(/\r\n?|\n/).length);
  const document = YAML.parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  for (const error of document.errors) {
    problems.push({ severity: 'error', message: localize('checklist.file.syntax', { line: lineOf(error.pos[0]) ?? 1, message: error.message.split('\n')[0] }), line: lineOf(error.pos[0]) });
  }
  if (document.errors.length > 0) return { data: emptyChecklistFile(), problems };
  const value: unknown = document.toJS({ maxAliasCount: 100 });
  if (value === null || value === undefined) return { data: emptyChecklistFile(), problems };
  validate ??= createAjv().compile(checklistSchema);
  if (!validate(value)) {
    for (const error of validate.errors ?? []) {
      const node = nodeAt(document, error.instancePath);
      problems.push({
        severity: 'warning',
        message: localize('checklist.file.invalid', { path: error.instancePath || '/', message: error.message ?? '' }),
        ...(node?.range ? { line: lineOf(node.range[0]) } : {}),
      });
    }
  }
  if (!isRecord(value)) return { data: emptyChecklistFile(), problems };
  const version = Number.isInteger(value.version) ? (value.version as number) : CHECKLIST_FORMAT_VERSION;
  if (version > CHECKLIST_FORMAT_VERSION) problems.push({ severity: 'info', message: localize('checklist.file.newer-version', { version }) });
  const extra: ExtraKeys = extraKeys(value, ROOT_KEYS) ?? {};
  if (value.version !== undefined && !Number.isInteger(value.version)) extra.version = value.version;
  const data: ChecklistFileData = { version, items: {} };
  if (typeof value.contract === 'string') data.contract = value.contract;
  else if (value.contract !== undefined) extra.contract = value.contract;
  if (typeof value.profile === 'string' && PROFILES.includes(value.profile)) data.profile = value.profile as RiskProfile;
  else if (value.profile !== undefined) extra.profile = value.profile;
  if (isRecord(value.items)) {
    const unknownItems: Record<string, unknown> = {};
    for (const [id, entry] of Object.entries(value.items)) {
      if ((QUESTION_IDS as readonly string[]).includes(id)) data.items[id] = readItem(entry);
      else unknownItems[id] = entry;
    }
    if (Object.keys(unknownItems).length > 0) data.unknownItems = unknownItems;
  } else if (value.items !== undefined) {
    extra.items = value.items;
  }
  if (Object.keys(extra).length > 0) data.extra = extra;
  return { data, problems };
}

function nodeAt(document: Document, pointer: string): { range?: [number, number, number] | null } | undefined {
  const path = pointer.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const node = document.getIn(path, true) as { range?: [number, number, number] | null } | undefined;
  return node && typeof node === 'object' ? node : undefined;
}

// ---------------------------------------------------------------------------------------------
// Writing

/** The first line of every file written; comments elsewhere in a file are not kept (its keys and values are). */
export const FILE_HEADER = '# Inkooplint: transparantiechecklist leverancier / supplier transparency checklist (schemas/checklist.schema.json)';

function evidenceObject(evidence: Evidence): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  switch (evidence.kind) {
    case 'contract':
      out.contract = evidence.file;
      if (evidence.part) out[evidence.part.kind] = evidence.part.label;
      if (evidence.title !== undefined) out.title = evidence.title;
      out.line = evidence.line;
      if (evidence.offset) out.offset = [evidence.offset[0], evidence.offset[1]];
      break;
    case 'url':
      out.url = evidence.url;
      if (evidence.title !== undefined) out.title = evidence.title;
      break;
    case 'document':
      out.document = evidence.path;
      if (evidence.title !== undefined) out.title = evidence.title;
      break;
    case 'conditions':
      out.conditions = evidence.conditions;
      out.article = evidence.article;
      break;
  }
  return { ...out, ...withoutKeys(evidence.extra, Object.keys(out)) };
}

function withoutKeys(extra: ExtraKeys | undefined, keys: readonly string[]): ExtraKeys {
  if (!extra) return {};
  return Object.fromEntries(Object.entries(extra).filter(([key]) => !keys.includes(key)));
}

function itemObject(item: ItemAnswer): Record<string, unknown> {
  const extra = item.extra ?? {};
  const out: Record<string, unknown> = {};
  // A key the reader could not use stays as it was, in its own place among the known keys.
  if ('status' in extra) out.status = extra.status;
  else out.status = item.status;
  if ('evidence' in extra) out.evidence = extra.evidence;
  else if (item.evidence.length > 0) out.evidence = item.evidence.map(evidenceObject);
  for (const key of ['notes', 'answeredBy', 'answeredAt'] as const) {
    if (key in extra) out[key] = extra[key];
    else if (item[key] !== undefined && item[key] !== '') out[key] = item[key];
  }
  return { ...out, ...withoutKeys(extra, ITEM_KEYS) };
}

/** Whether an item says anything worth a line in the file. */
export function isEmptyItem(item: ItemAnswer): boolean {
  return item.status === 'open' && item.evidence.length === 0 && !item.notes && !item.answeredBy && !item.answeredAt && !item.extra;
}

/**
 * The file's text: a header comment, then version, contract, profile, the items in `order` (the
 * checklist's question order; ids outside it follow in file order), and the unknown keys after the
 * known ones. Multi-line notes become literal blocks, offsets stay on one line.
 *
 * Given the text the data was read from (`previousText`), that text is updated in place instead:
 * what did not change keeps its comments, quoting and order, new entries go where `order` puts
 * them, so a diff shows only what the reviewer changed.
 */
export function serializeChecklistFile(data: ChecklistFileData, order: readonly string[] = QUESTION_IDS, previousText?: string): string {
  const root = plainRoot(data, order);
  if (previousText !== undefined) {
    const previous = YAML.parseDocument(previousText, { uniqueKeys: true });
    if (previous.errors.length === 0 && isMap(previous.contents)) {
      updateMap(previous, previous.contents, root);
      styleDocument(previous);
      return previous.toString(STRINGIFY_OPTIONS);
    }
  }
  const document = new YAML.Document(root, { keepUndefined: false });
  styleDocument(document);
  return `${FILE_HEADER}\n${document.toString(STRINGIFY_OPTIONS)}`;
}

const STRINGIFY_OPTIONS = { lineWidth: 0, minContentWidth: 0, indentSeq: true, flowCollectionPadding: false } as const;

function plainRoot(data: ChecklistFileData, order: readonly string[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const extra = data.extra ?? {};
  root.version = 'version' in extra ? extra.version : data.version;
  if ('contract' in extra) root.contract = extra.contract;
  else if (data.contract !== undefined) root.contract = data.contract;
  if ('profile' in extra) root.profile = extra.profile;
  else if (data.profile !== undefined) root.profile = data.profile;
  if ('items' in extra) {
    root.items = extra.items;
  } else {
    const items: Record<string, unknown> = {};
    const ids = [...order.filter((id) => id in data.items), ...Object.keys(data.items).filter((id) => !order.includes(id))];
    for (const id of ids) items[id] = itemObject(data.items[id]);
    for (const [id, raw] of Object.entries(data.unknownItems ?? {})) if (!(id in items)) items[id] = raw;
    root.items = items;
  }
  Object.assign(root, withoutKeys(extra, ROOT_KEYS));
  return root;
}

function styleDocument(document: Document): void {
  YAML.visit(document, {
    Pair(_, pair) {
      if (YAML.isScalar(pair.key) && pair.key.value === 'offset' && isSeq(pair.value)) pair.value.flow = true;
    },
    Scalar(_, node) {
      if (typeof node.value === 'string' && /\n/.test(node.value) && node.type !== 'BLOCK_FOLDED') node.type = 'BLOCK_LITERAL';
    },
  });
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Makes `node` hold `value`, keeping the nodes (and their comments) whose value stays the same. */
function updateMap(document: Document, node: YAMLMap, value: Record<string, unknown>): void {
  const wanted = Object.keys(value);
  node.items = node.items.filter((pair) => wanted.includes(String(isScalar(pair.key) ? pair.key.value : pair.key)));
  const keyOf = (pair: Pair): string => String(isScalar(pair.key) ? pair.key.value : pair.key);
  wanted.forEach((key, position) => {
    const pair = node.items.find((candidate) => keyOf(candidate) === key);
    if (pair) {
      pair.value = updatedNode(document, pair.value, value[key]);
      return;
    }
    // A new key goes before the first existing key that comes after it in the wanted order.
    const later = new Set(wanted.slice(position + 1));
    const index = node.items.findIndex((candidate) => later.has(keyOf(candidate)));
    const created = document.createPair(key, value[key]);
    if (index === -1) node.items.push(created);
    else node.items.splice(index, 0, created);
  });
}

function updatedNode(document: Document, node: unknown, value: unknown): unknown {
  if (isMap(node) && isPlainObject(value)) {
    updateMap(document, node, value);
    return node;
  }
  if (isSeq(node) && Array.isArray(value) && node.items.length === value.length) {
    node.items = node.items.map((item, i) => updatedNode(document, item, value[i]));
    return node;
  }
  if (isScalar(node) && !isPlainObject(value) && !Array.isArray(value) && node.value === value) return node;
  return document.createNode(value);
}

import { getProperty, type DocNode, type ObjectNode, type PropertyNode, type ScalarNode } from '../document/model';
import { INKOOPLINT_BLOCK } from './registerStandard';
import { htmlToText } from './htmlText';

/** One algorithm record: the whole file, or one element of a register export array. */
export class DeclarationRecord {
  constructor(
    readonly node: ObjectNode,
    /** Position in a register export array; undefined for a one-record file. */
    readonly index: number | undefined,
  ) {}

  get pointer(): string {
    return this.node.pointer;
  }

  property(key: string): PropertyNode | undefined {
    return getProperty(this.node, key);
  }

  /** A scalar string value, trimmed; undefined when absent, null, empty or not a string. */
  string(key: string): string | undefined {
    const value = this.property(key)?.value;
    if (value?.kind !== 'scalar' || typeof value.value !== 'string') return undefined;
    const trimmed = value.value.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  /** The readable text of a field: HTML tags removed, entities decoded, whitespace collapsed. */
  text(key: string): string {
    let text = this.texts.get(key);
    if (text === undefined) {
      const value = this.string(key);
      text = value === undefined ? '' : htmlToText(value);
      this.texts.set(key, text);
    }
    return text;
  }

  /** Several rules read the same fields' text; it is worked out once per record. */
  private readonly texts = new Map<string, string>();

  scalar(key: string): ScalarNode | undefined {
    const value = this.property(key)?.value;
    return value?.kind === 'scalar' ? value : undefined;
  }

  /** The inkooplint block's field, e.g. `role`. */
  extension(key: string): string | undefined {
    const block = this.property(INKOOPLINT_BLOCK)?.value;
    const value = getProperty(block, key)?.value;
    return value?.kind === 'scalar' && typeof value.value === 'string' ? value.value.trim() : undefined;
  }

  extensionProperty(key: string): PropertyNode | undefined {
    return getProperty(this.property(INKOOPLINT_BLOCK)?.value, key);
  }

  /** Where to report something about the record as a whole: its `name`, else its first key. */
  get headOffset(): [number, number] {
    const name = this.property('name');
    if (name) return name.keyOffset;
    const first = this.node.properties[0];
    return first ? first.keyOffset : [this.node.offset[0], this.node.offset[0] + 1];
  }

  /** Offsets of a property's key, or the record head when the property is absent. */
  keyOffsetOr(key: string): [number, number] {
    return this.property(key)?.keyOffset ?? this.headOffset;
  }
}

/** True when a mapping looks like a register record (it has some of the register's core fields). */
export function looksLikeRecord(node: DocNode | undefined): node is ObjectNode {
  if (!node || node.kind !== 'object') return false;
  const keys = new Set(node.properties.map((p) => p.key));
  const core = ['name', 'description_short', 'organization', 'publication_category', 'status', 'contact_email', 'goal', 'lang'];
  return core.filter((key) => keys.has(key)).length >= 2;
}

/** Splits a parsed declaration file into its records. */
export function recordsOf(root: DocNode | undefined): DeclarationRecord[] {
  if (!root) return [];
  if (root.kind === 'object') return [new DeclarationRecord(root, undefined)];
  if (root.kind === 'array') {
    const records: DeclarationRecord[] = [];
    root.items.forEach((item, index) => {
      if (item.kind === 'object') records.push(new DeclarationRecord(item, index));
    });
    return records;
  }
  return [];
}

/** True for the register's export shape (an array of records) or a single record. */
export function looksLikeDeclaration(root: DocNode | undefined): boolean {
  if (looksLikeRecord(root)) return true;
  return root?.kind === 'array' && root.items.length > 0 && root.items.some(looksLikeRecord);
}

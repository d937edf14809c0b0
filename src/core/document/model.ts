/**
 * A format-neutral tree of a YAML or JSON document that keeps the source offsets of every key and
 * value, so that each finding can point at the exact field.
 */
export type ScalarValue = string | number | boolean | null;

interface NodeBase {
  /** Offsets into the text: [start, end). */
  offset: [number, number];
  /** JSON Pointer of this node from the document root. */
  pointer: string;
}

export interface ObjectNode extends NodeBase {
  kind: 'object';
  properties: PropertyNode[];
}

export interface ArrayNode extends NodeBase {
  kind: 'array';
  items: DocNode[];
}

export interface ScalarNode extends NodeBase {
  kind: 'scalar';
  value: ScalarValue;
  /** The scalar's text as written (with quotes), for fixes that must keep the author's style. */
  source: string;
  /** True when the scalar was written in quotes (YAML or JSON string). */
  quoted: boolean;
}

export interface PropertyNode {
  key: string;
  keyOffset: [number, number];
  value: DocNode;
}

export type DocNode = ObjectNode | ArrayNode | ScalarNode;

export interface SyntaxProblem {
  /** Message id under `declaration/syntax.` in the l10n bundles. */
  messageId: string;
  data?: Record<string, string | number>;
  offset: [number, number];
}

export interface ParsedDocument {
  text: string;
  format: 'yaml' | 'json';
  root: DocNode | undefined;
  problems: SyntaxProblem[];
}

export function escapePointerSegment(segment: string | number): string {
  if (typeof segment === 'number') return String(segment);
  // Nearly every key needs no escape; testing for that is cheaper than two replacements.
  return segment.includes('~') || segment.includes('/') ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment;
}

/** A JSON Pointer segment as written back to the key: `~1` is `/`, `~0` is `~`. */
export function unescapePointerSegment(segment: string): string {
  return segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment;
}

export function childPointer(parent: string, segment: string | number): string {
  return `${parent}/${escapePointerSegment(segment)}`;
}

export function getProperty(node: DocNode | undefined, key: string): PropertyNode | undefined {
  if (!node || node.kind !== 'object') return undefined;
  // Later duplicates are reported by the syntax rule; the first one is the one that counts.
  return node.properties.find((p) => p.key === key);
}

/** Finds the node at a JSON Pointer, or the deepest existing ancestor when the pointer runs past the tree. */
export function nodeAtPointer(root: DocNode, pointer: string): { node: DocNode; property?: PropertyNode; exact: boolean } {
  if (pointer === '') return { node: root, exact: true };
  const segments = pointer.slice(1).split('/').map(unescapePointerSegment);
  let node: DocNode = root;
  let property: PropertyNode | undefined;
  for (const segment of segments) {
    let next: DocNode | undefined;
    property = undefined;
    if (node.kind === 'object') {
      property = node.properties.find((p) => p.key === segment);
      next = property?.value;
    } else if (node.kind === 'array') {
      next = node.items[Number(segment)];
    }
    if (!next) return { node, exact: false };
    node = next;
  }
  return { node, property, exact: true };
}

/** Plain JavaScript value of a node, as a schema validator needs it. */
export function toPlainValue(node: DocNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'array':
      return node.items.map(toPlainValue);
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.properties) {
        if (Object.prototype.hasOwnProperty.call(result, property.key)) continue;
        if (property.key === '__proto__') {
          // Defined, not assigned: assigning would set the object's prototype.
          Object.defineProperty(result, property.key, { value: toPlainValue(property.value), enumerable: true, writable: true, configurable: true });
        } else {
          result[property.key] = toPlainValue(property.value);
        }
      }
      return result;
    }
  }
}

import type { ScalarNode } from './model';

/** Offsets of part of a scalar's value in the source: exact when the source spells the value as is, else the whole value. */
export function substringOffset(node: ScalarNode, index: number, length: number): [number, number] {
  // An alias (`provider: *org`) carries its anchor's source but sits at its own place: only the whole node is certain.
  if (node.source.length !== node.offset[1] - node.offset[0]) return node.offset;
  const value = typeof node.value === 'string' ? node.value : '';
  const quote = node.quoted ? 1 : 0;
  const inner = node.source.slice(quote, node.source.length - quote);
  if (inner === value) {
    const start = node.offset[0] + quote + index;
    return [start, start + length];
  }
  const found = node.source.indexOf(value.slice(index, index + length));
  if (found >= 0 && length > 0) return [node.offset[0] + found, node.offset[0] + found + length];
  return node.offset;
}

/**
 * The declaration key under the cursor, and the help text the schema (generated from the register's
 * own configuration) has for it.
 */
import type { DocNode } from '../../core/document/model';

/** The keys from the record down to the key whose name covers `offset` (array positions left out); undefined when no key is there. */
export function keyPathAt(root: DocNode | undefined, offset: number): string[] | undefined {
  const path: string[] = [];
  let node = root;
  while (node) {
    if (node.kind === 'array') {
      node = node.items.find((item) => item.offset[0] <= offset && offset <= item.offset[1]);
      continue;
    }
    if (node.kind !== 'object') return undefined;
    let next: DocNode | undefined;
    for (const property of node.properties) {
      if (property.keyOffset[0] <= offset && offset <= property.keyOffset[1]) return [...path, property.key];
      if (property.value.offset[0] <= offset && offset <= property.value.offset[1] && property.value.kind !== 'scalar') {
        path.push(property.key);
        next = property.value;
        break;
      }
    }
    node = next;
  }
  return undefined;
}

/** The part of a JSON Schema the hover reads. */
export interface FieldSchema {
  title?: string;
  description?: string;
  enum?: unknown[];
  maxLength?: number;
  examples?: unknown[];
  properties?: Record<string, FieldSchema>;
  items?: FieldSchema;
  required?: string[];
  type?: string | string[];
}

export interface FieldHelp {
  key: string;
  title?: string;
  description?: string;
  allowed?: string[];
  maxLength?: number;
  example?: string;
  required: boolean;
}

/** Help for a key path, from the record schema; undefined for keys the schema does not know. */
export function fieldHelp(record: FieldSchema, path: readonly string[]): FieldHelp | undefined {
  let parent: FieldSchema | undefined = record;
  let field: FieldSchema | undefined;
  for (const [index, key] of path.entries()) {
    const container: FieldSchema | undefined = parent?.properties ? parent : parent?.items;
    field = container?.properties?.[key];
    if (!field) return undefined;
    parent = field;
    if (index === path.length - 1) {
      const enumValues = field.enum ?? field.items?.enum;
      const example = field.examples?.[0];
      return {
        key,
        ...(field.title ? { title: field.title } : {}),
        ...(field.description ? { description: field.description } : {}),
        ...(enumValues ? { allowed: enumValues.filter((v) => v !== null).map(String) } : {}),
        ...(field.maxLength ? { maxLength: field.maxLength } : {}),
        ...(example !== undefined ? { example: typeof example === 'string' ? example : JSON.stringify(example) } : {}),
        required: container?.required?.includes(key) ?? false,
      };
    }
  }
  return undefined;
}

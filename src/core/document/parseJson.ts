import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { childPointer, type DocNode, type ParsedDocument, type PropertyNode, type SyntaxProblem } from './model';

export function parseJson(text: string): ParsedDocument {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  const problems: SyntaxProblem[] = errors.map((error) => {
    const code = printParseErrorCode(error.error);
    return {
      messageId: code.startsWith('<') ? 'json-unknown' : `json-${code.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}`,
      data: { code },
      offset: [error.offset, error.offset + Math.max(1, error.length)],
    };
  });
  const root = tree ? convert(tree, '', text, problems) : undefined;
  return { text, format: 'json', root, problems };
}

function convert(node: JsonNode, pointer: string, text: string, problems: SyntaxProblem[]): DocNode | undefined {
  const offset: [number, number] = [node.offset, node.offset + node.length];
  switch (node.type) {
    case 'object': {
      const properties: PropertyNode[] = [];
      const seen = new Set<string>();
      for (const child of node.children ?? []) {
        const [keyNode, valueNode] = child.children ?? [];
        if (!keyNode || typeof keyNode.value !== 'string') continue;
        const key = keyNode.value;
        const keyOffset: [number, number] = [keyNode.offset, keyNode.offset + keyNode.length];
        if (seen.has(key)) {
          problems.push({ messageId: 'duplicate-key', data: { key }, offset: keyOffset });
          continue;
        }
        seen.add(key);
        const value = valueNode
          ? convert(valueNode, childPointer(pointer, key), text, problems)
          : { kind: 'scalar' as const, value: null, offset: [keyOffset[1], keyOffset[1]] as [number, number], pointer: childPointer(pointer, key), quoted: false, source: '' };
        if (value) properties.push({ key, keyOffset, value });
      }
      return { kind: 'object', properties, offset, pointer };
    }
    case 'array': {
      const items: DocNode[] = [];
      (node.children ?? []).forEach((child, index) => {
        const converted = convert(child, childPointer(pointer, index), text, problems);
        if (converted) items.push(converted);
      });
      return { kind: 'array', items, offset, pointer };
    }
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
      return {
        kind: 'scalar',
        value: node.value as string | number | boolean | null,
        offset,
        pointer,
        quoted: node.type === 'string',
        source: text.slice(offset[0], offset[1]),
      };
    default:
      return undefined;
  }
}

import { Alias, Document, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, Scalar, visit, type Node as YamlNode } from 'yaml';
import { isWhitespaceCode } from '../text/charClass';
import { childPointer, type DocNode, type ParsedDocument, type PropertyNode, type SyntaxProblem } from './model';

/** How many nodes an alias may expand to in total, so that an "alias bomb" cannot exhaust memory. */
export const MAX_ALIAS_EXPANSION = 10_000;

export function parseYaml(text: string): ParsedDocument {
  const problems: SyntaxProblem[] = [];
  const document = parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: true, version: '1.2' });
  for (const error of document.errors) {
    problems.push({ messageId: yamlMessageId(error.code, error.message), data: { code: error.code }, offset: error.pos });
  }
  const converter = new YamlConverter(document, text, problems);
  const root = document.contents ? converter.convert(document.contents as YamlNode, '') : undefined;
  return { text, format: 'yaml', root, problems };
}

function yamlMessageId(code: string, message: string): string {
  if (code === 'BAD_INDENT' && /^Flow (sequence|mapping)/.test(message)) return 'yaml-unclosed-flow';
  switch (code) {
    case 'BAD_INDENT':
    case 'TAB_AS_INDENT':
    case 'MULTIPLE_DOCS':
    case 'MISSING_CHAR':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'BAD_DQ_ESCAPE':
    case 'BAD_SCALAR_START':
    case 'BAD_ALIAS':
    case 'KEY_OVER_1024_CHARS':
      return `yaml-${code.toLowerCase().replace(/_/g, '-')}`;
    default:
      return 'yaml-unexpected';
  }
}

class YamlConverter {
  private expandedAliasNodes = 0;
  private readonly activeAliases = new Set<YamlNode>();
  private aliasBudgetReported = false;
  /** Where the outermost alias being expanded stands, to report an expansion that grows too large. */
  private outermostAlias: [number, number] = [0, 0];

  constructor(
    private readonly document: Document,
    private readonly text: string,
    private readonly problems: SyntaxProblem[],
  ) {}

  convert(node: YamlNode, pointer: string, aliasDepth = 0): DocNode | undefined {
    const range = node.range ?? [0, 0, 0];
    // Block collections' ranges run on over the line break; findings should end at the last character.
    let end = range[1];
    while (end > range[0] && isWhitespaceCode(this.text.charCodeAt(end - 1))) end--;
    const offset: [number, number] = [range[0], end];
    if (isAlias(node)) return this.convertAlias(node, pointer, offset, aliasDepth);
    if (aliasDepth > 0 && ++this.expandedAliasNodes > MAX_ALIAS_EXPANSION) {
      if (!this.aliasBudgetReported) {
        this.aliasBudgetReported = true;
        this.problems.push({ messageId: 'alias-expansion', data: { limit: MAX_ALIAS_EXPANSION }, offset: this.outermostAlias });
      }
      return undefined;
    }
    if (isMap(node)) {
      const properties: PropertyNode[] = [];
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as YamlNode | null;
        let key: string;
        let keyOffset: [number, number];
        if (keyNode && isScalar(keyNode)) {
          key = String(keyNode.value);
          keyOffset = keyNode.range ? [keyNode.range[0], keyNode.range[1]] : offset;
        } else if (keyNode === null || keyNode === undefined) {
          continue;
        } else {
          const keyRange = keyNode.range ?? [offset[0], offset[0]];
          this.problems.push({ messageId: 'complex-key', offset: [keyRange[0], keyRange[1]] });
          continue;
        }
        if (seen.has(key)) {
          this.problems.push({ messageId: 'duplicate-key', data: { key }, offset: keyOffset });
          continue;
        }
        seen.add(key);
        const valueNode = pair.value as YamlNode | null;
        const itemPointer = childPointer(pointer, key);
        const value = valueNode
          ? this.convert(valueNode, itemPointer, aliasDepth)
          : emptyValue(keyOffset[1], itemPointer);
        if (value) properties.push({ key, keyOffset, value });
      }
      return { kind: 'object', properties, offset, pointer };
    }
    if (isSeq(node)) {
      const items: DocNode[] = [];
      node.items.forEach((item, index) => {
        const converted = item ? this.convert(item as YamlNode, childPointer(pointer, index), aliasDepth) : undefined;
        if (converted) items.push(converted);
      });
      return { kind: 'array', items, offset, pointer };
    }
    if (isScalar(node)) {
      const value = node.value;
      const scalarValue = value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? value
        : typeof value === 'bigint' ? Number(value) : String(value);
      const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
      return { kind: 'scalar', value: scalarValue, offset, pointer, quoted, source: this.text.slice(offset[0], offset[1]) };
    }
    return undefined;
  }

  private aliasTargets: Map<Alias, YamlNode> | undefined;

  /**
   * Each alias's anchored node, found in one pass (the library's own lookup walks the whole
   * document for every alias, which is quadratic in a file full of aliases).
   */
  private targetOf(alias: Alias): YamlNode | undefined {
    if (!this.aliasTargets) {
      const targets = new Map<Alias, YamlNode>();
      const anchors = new Map<string, YamlNode>();
      visit(this.document, {
        Node: (_key, node) => {
          if (isAlias(node)) {
            const target = anchors.get(node.source);
            if (target) targets.set(node, target);
          } else if (node.anchor) {
            anchors.set(node.anchor, node);
          }
        },
      });
      this.aliasTargets = targets;
    }
    return this.aliasTargets.get(alias);
  }

  private convertAlias(node: Alias, pointer: string, offset: [number, number], aliasDepth: number): DocNode | undefined {
    const target = this.targetOf(node);
    if (!target) return undefined;
    if (this.activeAliases.has(target)) {
      this.problems.push({ messageId: 'recursive-alias', data: { anchor: node.source }, offset });
      return undefined;
    }
    if (aliasDepth === 0) this.outermostAlias = offset;
    this.activeAliases.add(target);
    try {
      const converted = this.convert(target, pointer, aliasDepth + 1);
      // A value reached through an alias is reported where the alias stands, not at the anchor.
      return converted ? relocate(converted, offset) : undefined;
    } finally {
      this.activeAliases.delete(target);
    }
  }
}

function relocate(node: DocNode, offset: [number, number]): DocNode {
  switch (node.kind) {
    case 'scalar':
      return { ...node, offset };
    case 'array':
      return { ...node, offset, items: node.items.map((item) => relocate(item, offset)) };
    case 'object':
      return {
        ...node,
        offset,
        properties: node.properties.map((p) => ({ key: p.key, keyOffset: offset, value: relocate(p.value, offset) })),
      };
  }
}

function emptyValue(at: number, pointer: string): DocNode {
  return { kind: 'scalar', value: null, offset: [at, at], pointer, quoted: false, source: '' };
}

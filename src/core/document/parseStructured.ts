import { LineIndex } from '../text/lineIndex';
import type { ParsedDocument } from './model';
import { MAX_NESTING_DEPTH, scanNestingDepth } from './nestingDepth';
import { parseJson } from './parseJson';
import { parseYaml } from './parseYaml';

export type StructuredFormat = 'yaml' | 'json';

/**
 * Parses YAML or JSON into the position-keeping model. Never throws: every failure becomes a
 * syntax problem with a place in the text. A leading byte order mark is skipped but offsets still
 * count it, so positions match the editor's.
 */
export function parseStructured(text: string, format: StructuredFormat): ParsedDocument {
  const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bomLength ? text.slice(1) : text;
  if (body.trim() === '') {
    return { text, format, root: undefined, problems: [{ messageId: 'empty', offset: [0, 0] }] };
  }
  const nesting = scanNestingDepth(body, format);
  if (nesting.offendingOffset !== undefined) {
    const at = nesting.offendingOffset + bomLength;
    return {
      text,
      format,
      root: undefined,
      problems: [{ messageId: 'too-deep', data: { limit: MAX_NESTING_DEPTH }, offset: [at, at + 1] }],
    };
  }
  let parsed: ParsedDocument;
  try {
    parsed = format === 'json' ? parseJson(body) : parseYaml(body);
  } catch (error) {
    // A stack overflow or a parser bug must not take down the CLI or the extension host.
    return { text, format, root: undefined, problems: [{ messageId: 'parser-failure', data: { detail: String((error as Error)?.message ?? error) }, offset: [0, 0] }] };
  }
  parsed = { ...parsed, problems: firstProblemPerLine(parsed).map((problem) => ({ ...problem, offset: outsideLineBreaks(parsed.text, problem.offset) })) };
  return bomLength ? shiftDocument(parsed, text, bomLength) : parsed;
}

/** One syntax error often makes a parser stumble over the rest of its line; the first report is the useful one. */
function firstProblemPerLine(parsed: ParsedDocument): ParsedDocument['problems'] {
  if (parsed.problems.length < 2) return parsed.problems;
  const lines = new LineIndex(parsed.text);
  const seenLines = new Set<number>();
  return parsed.problems.filter((problem) => {
    const line = lines.positionAt(problem.offset[0]).line;
    if (seenLines.has(line)) return false;
    seenLines.add(line);
    return true;
  });
}

/** A parser may place an error between the \r and the \n of a line break, where no editor can show it: move it to the line's end. */
function outsideLineBreaks(text: string, offset: [number, number]): [number, number] {
  const move = (at: number): number => (text.charCodeAt(at) === 10 && text.charCodeAt(at - 1) === 13 ? at - 1 : at);
  return [move(offset[0]), move(offset[1])];
}

/**
 * Moves every offset of a parsed document by `by` and gives it `text`: for a document parsed from a
 * slice of a larger text (a byte order mark skipped, a contract's front matter).
 */
export function shiftDocument(parsed: ParsedDocument, text: string, by: number): ParsedDocument {
  const shift = (o: [number, number]): [number, number] => [o[0] + by, o[1] + by];
  const visit = (node: NonNullable<ParsedDocument['root']>): void => {
    node.offset = shift(node.offset);
    if (node.kind === 'object') {
      for (const property of node.properties) {
        property.keyOffset = shift(property.keyOffset);
        visit(property.value);
      }
    } else if (node.kind === 'array') {
      node.items.forEach(visit);
    }
  };
  if (parsed.root) visit(parsed.root);
  return { text, format: parsed.format, root: parsed.root, problems: parsed.problems.map((p) => ({ ...p, offset: shift(p.offset) })) };
}

import type { OrderedListItem, ProseBlock } from './markdownOutline';
import type { Article, Clause } from './model';
import { trimEnd, type SourceLines } from './sourceLines';

// What may precede a clause number on its line: indentation, quote markers, a heading's hashes, a bullet.
const LINE_PREFIX = /[ \t]*(?:>[ \t]?)*[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+)?/y;
// "7.1", "7.1.", "7.1.2", "**7.1**"; each part after the first from 1 to 99, so that "1.000 euro" is no clause.
// Groups: 1 bold marker, 2 number.
const CLAUSE_NUMBER = /(\*\*|__)?(\d{1,4}[a-z]?(?:\.[1-9]\d?[a-z]?)+)\.?(?:\1)?(?=[ \t]|$)/y;
// A wrapped line that starts with a number after "als bedoeld in artikel" continues a reference, not a new clause.
const REFERENCE_WORDS = new Set(['artikel', 'artikelen', 'art.', 'article', 'articles', 'clause', 'clauses', 'lid', 'leden', 'van', 'of', 'en', 'and', 'in', 'bedoeld', 'onder', 'under']);

/**
 * Finds the sub-clauses of each article and fills `article.clauses`.
 *
 * Numbered sub-clauses ("7.1 ...", "7.1.2 ...") are found at the start of any line of a paragraph,
 * list item or deeper heading in the article's body: converted contracts often keep "7.1" and "7.2"
 * in one paragraph, one per line. An article without such numbers may number its sub-clauses as a
 * Markdown ordered list ("1.", "2."): the items of its top-level ordered lists become "7.1", "7.2",
 * with the number offsets on the list numbers (Dutch "leden": "artikel 7 lid 2" is that second item).
 *
 * A sub-clause runs to the next sub-clause at its own or a higher level ("7.1" includes "7.1.1" and
 * "7.1.2" and ends at "7.2"), or to the end of the article.
 */
export function findClauses(lines: SourceLines, articles: Article[], prose: ProseBlock[], orderedItems: OrderedListItem[]): void {
  if (articles.length === 0) return;
  const { text } = lines;
  const starts = new Map<Article, Array<{ number: string; numberStart: number; numberEnd: number; start: number }>>();
  let articleIndex = 0;

  for (const block of prose) {
    if (block.kind !== 'paragraph' && block.kind !== 'heading') continue;
    for (let line = block.firstLine; line <= block.lastLine; line++) {
      const lineStart = lines.start(line);
      while (articleIndex < articles.length && lineStart >= articles[articleIndex].offset[1]) articleIndex++;
      if (articleIndex >= articles.length) return finish(text, articles, starts, orderedItems);
      const article = articles[articleIndex];
      if (lineStart < article.bodyOffset[0]) continue;
      LINE_PREFIX.lastIndex = lineStart;
      LINE_PREFIX.test(text);
      // Most lines start with a letter: skip them before the full expression.
      const first = text.charCodeAt(LINE_PREFIX.lastIndex);
      if (!((first >= 48 && first <= 57) || first === 42 || first === 95)) continue;
      CLAUSE_NUMBER.lastIndex = LINE_PREFIX.lastIndex;
      const match = CLAUSE_NUMBER.exec(text);
      if (!match || CLAUSE_NUMBER.lastIndex > lines.end(line)) continue;
      if (line > block.firstLine && REFERENCE_WORDS.has(lastWord(text, lines.end(line - 1)))) continue;
      const [, bold = '', number] = match;
      const numberStart = match.index + bold.length;
      const found = { number, numberStart, numberEnd: numberStart + number.length, start: match.index };
      const list = starts.get(article);
      if (list) list.push(found);
      else starts.set(article, [found]);
    }
  }
  finish(text, articles, starts, orderedItems);
}

/** The word that ends at `end` (after trailing spaces), in lower case. */
function lastWord(text: string, end: number): string {
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let start = end;
  while (start > 0 && end - start < 12 && !isWhiteSpaceCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

/** What `/\s/` matches: JavaScript's white space and line terminators. */
function isWhiteSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function finish(
  text: string,
  articles: Article[],
  starts: Map<Article, Array<{ number: string; numberStart: number; numberEnd: number; start: number }>>,
  orderedItems: OrderedListItem[],
): void {
  let itemIndex = 0;
  for (const article of articles) {
    const numbered = starts.get(article);
    if (numbered) {
      article.clauses = spanClauses(text, article, numbered, 'numbered');
      continue;
    }
    while (itemIndex < orderedItems.length && orderedItems[itemIndex].numberStart < article.bodyOffset[0]) itemIndex++;
    const items: Array<{ number: string; numberStart: number; numberEnd: number; start: number }> = [];
    while (itemIndex < orderedItems.length && orderedItems[itemIndex].numberStart < article.offset[1]) {
      const item = orderedItems[itemIndex++];
      items.push({ number: `${article.number}.${item.number}`, numberStart: item.numberStart, numberEnd: item.numberStart + item.number.length, start: item.numberStart });
    }
    if (items.length > 0) article.clauses = spanClauses(text, article, items, 'list');
  }
}

function dotCount(number: string): number {
  let count = 0;
  for (let i = number.indexOf('.'); i !== -1; i = number.indexOf('.', i + 1)) count++;
  return count;
}

/** Ends each sub-clause where the next one at its own or a higher level starts (a stack keeps this linear). */
function spanClauses(
  text: string,
  article: Article,
  found: Array<{ number: string; numberStart: number; numberEnd: number; start: number }>,
  style: Clause['style'],
): Clause[] {
  const clauses: Clause[] = [];
  const depths: number[] = [];
  const open: number[] = [];
  for (const f of found) {
    const depth = dotCount(f.number);
    while (open.length > 0 && depths[open[open.length - 1]] >= depth) {
      const ended = clauses[open.pop()!];
      ended.offset[1] = trimEnd(text, ended.numberOffset[1], f.start);
    }
    open.push(clauses.length);
    depths.push(depth);
    clauses.push({ number: f.number, numberOffset: [f.numberStart, f.numberEnd], offset: [f.start, article.offset[1]], style });
  }
  for (const index of open) clauses[index].offset[1] = trimEnd(text, clauses[index].numberOffset[1], article.offset[1]);
  return clauses;
}

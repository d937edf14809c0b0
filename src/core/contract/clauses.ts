import type { OrderedListItem, ProseBlock } from './markdownOutline';
import type { Article, Clause } from './model';
import { isWhiteSpaceCode, trimEnd, type SourceLines } from './sourceLines';

// What may precede a clause number on its line: indentation, quote markers, a heading's hashes, a bullet.
const LINE_PREFIX = /[ \t]*(?:>[ \t]?)*[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+)?/y;
// "7.1", "7.1.", "7.1.2", "**7.1**"; each part after the first from 1 to 99, so that "1.000 euro" is no clause.
// Group 1 is the bold marker. Only tested: the bold marker is there when the match starts with one (a
// digit must follow otherwise), and the number ends before an optional closing marker and dot.
const CLAUSE_NUMBER = /(\*\*|__)?(\d{1,4}[a-z]?(?:\.[1-9]\d?[a-z]?)+)\.?(?:\1)?(?=[ \t]|$)/y;
// A wrapped line that starts with a number after "als bedoeld in artikel" continues a reference, not a new clause.
const REFERENCE_WORDS = new Set(['artikel', 'artikelen', 'art.', 'article', 'articles', 'clause', 'clauses', 'lid', 'leden', 'van', 'of', 'en', 'and', 'in', 'bedoeld', 'onder', 'under']);
const LONGEST_REFERENCE_WORD = 9;

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
 *
 * One pass in text order: lines only come later in the text and articles follow each other, so each
 * article's sub-clauses are spanned as soon as a line of the next article (or the end) is reached.
 */
export function findClauses(lines: SourceLines, articles: Article[], prose: ProseBlock[], orderedItems: OrderedListItem[]): void {
  if (articles.length === 0) return;
  const { text } = lines;
  const spanner = new ClauseSpanner(text);
  // Which articles have numbered sub-clauses: the others may have list items instead.
  const numbered = new Uint8Array(articles.length);
  let articleIndex = 0;

  scan: for (const block of prose) {
    if (block.kind !== 'paragraph' && block.kind !== 'heading') continue;
    for (let line = block.firstLine; line <= block.lastLine; line++) {
      const lineStart = lines.start(line);
      while (articleIndex < articles.length && lineStart >= articles[articleIndex].offset[1]) articleIndex++;
      if (articleIndex >= articles.length) break scan;
      const article = articles[articleIndex];
      if (lineStart < article.bodyOffset[0]) continue;
      // Most lines start with a letter: neither the prefix nor a number can match there.
      let numberAt = lineStart;
      const lead = text.charCodeAt(lineStart);
      if (lead === 32 || lead === 9 || lead === 62 /* > */ || lead === 35 /* # */ || lead === 45 /* - */ || lead === 42 /* * */ || lead === 43 /* + */) {
        LINE_PREFIX.lastIndex = lineStart;
        LINE_PREFIX.test(text);
        numberAt = LINE_PREFIX.lastIndex;
      }
      const first = text.charCodeAt(numberAt);
      if (!((first >= 48 && first <= 57) || first === 42 || first === 95)) continue;
      CLAUSE_NUMBER.lastIndex = numberAt;
      if (!CLAUSE_NUMBER.test(text) || CLAUSE_NUMBER.lastIndex > lines.end(line)) continue;
      if (line > block.firstLine && isReferenceWordBefore(text, lines.end(line - 1))) continue;
      const bold = first === 42 || first === 95 ? 2 : 0;
      const numberStart = numberAt + bold;
      let numberEnd = CLAUSE_NUMBER.lastIndex;
      if (bold && numberEnd - 2 > numberStart && text.charCodeAt(numberEnd - 1) === first && text.charCodeAt(numberEnd - 2) === first) numberEnd -= 2;
      if (text.charCodeAt(numberEnd - 1) === 46 /* . */) numberEnd--;
      if (spanner.article !== article) {
        spanner.flush();
        spanner.begin(article, 'numbered');
        numbered[articleIndex] = 1;
      }
      spanner.add(text.slice(numberStart, numberEnd), numberStart, numberEnd, numberAt, dotCount(text, numberStart, numberEnd));
    }
  }
  spanner.flush();

  let itemIndex = 0;
  for (let i = 0; i < articles.length; i++) {
    if (numbered[i]) continue;
    const article = articles[i];
    while (itemIndex < orderedItems.length && orderedItems[itemIndex].numberStart < article.bodyOffset[0]) itemIndex++;
    const depth = dotCount(article.number, 0, article.number.length) + 1;
    while (itemIndex < orderedItems.length && orderedItems[itemIndex].numberStart < article.offset[1]) {
      const item = orderedItems[itemIndex++];
      if (spanner.article !== article) spanner.begin(article, 'list');
      spanner.add(`${article.number}.${item.number}`, item.numberStart, item.numberStart + item.number.length, item.numberStart, depth);
    }
    spanner.flush();
  }
}

/** Whether the word that ends at `end` (after trailing spaces, at most 12 characters back) is one of `REFERENCE_WORDS`, in any case. */
function isReferenceWordBefore(text: string, end: number): boolean {
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  let start = end;
  let ascii = true;
  while (start > 0 && end - start < 12) {
    const code = text.charCodeAt(start - 1);
    if (isWhiteSpaceCode(code)) break;
    if (code >= 128) ascii = false;
    start--;
  }
  if (ascii) {
    // Lower-casing keeps the length of ASCII words; most lines end in a longer word, or a sentence's
    // full stop that only "art." may end with.
    const length = end - start;
    if (length < 2 || length > LONGEST_REFERENCE_WORD) return false;
    if (text.charCodeAt(end - 1) === 46 /* . */ && length !== 4) return false;
  }
  return REFERENCE_WORDS.has(text.slice(start, end).toLowerCase());
}

function dotCount(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 46) count++;
  return count;
}

/**
 * Builds one article's sub-clauses as they are found, in order: each ends where the next one at its
 * own or a higher level starts, the rest at the article's end (a stack of open ones keeps this linear).
 */
class ClauseSpanner {
  article: Article | undefined;
  private style: Clause['style'] = 'numbered';
  private clauses: Clause[] = [];
  // The open sub-clauses, a stack of `open` entries: their index in `clauses` and their depth (dots in the number).
  private readonly openIndex: number[] = [];
  private readonly openDepth: number[] = [];
  private open = 0;

  constructor(private readonly text: string) {}

  begin(article: Article, style: Clause['style']): void {
    this.article = article;
    this.style = style;
    this.clauses.length = 0;
    this.open = 0;
  }

  add(number: string, numberStart: number, numberEnd: number, start: number, depth: number): void {
    const { clauses, openIndex, openDepth } = this;
    let open = this.open;
    while (open > 0 && openDepth[open - 1] >= depth) {
      const ended = clauses[openIndex[--open]];
      ended.offset[1] = trimEnd(this.text, ended.numberOffset[1], start);
    }
    openIndex[open] = clauses.length;
    openDepth[open] = depth;
    this.open = open + 1;
    clauses.push({ number, numberOffset: [numberStart, numberEnd], offset: [start, this.article!.offset[1]], style: this.style });
  }

  /** Ends the open sub-clauses at the article's end and gives the article its sub-clauses. */
  flush(): void {
    const article = this.article;
    if (!article) return;
    for (let i = 0; i < this.open; i++) {
      const clause = this.clauses[this.openIndex[i]];
      clause.offset[1] = trimEnd(this.text, clause.numberOffset[1], article.offset[1]);
    }
    // A copy of the right size: the list grown push by push has room for more than an article's few
    // sub-clauses, and the model lives through the whole lint (each scavenge copies it until promoted).
    article.clauses = this.clauses.slice();
    this.article = undefined;
  }
}

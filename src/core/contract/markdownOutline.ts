import MarkdownIt from 'markdown-it';
import { trimEnd, trimStart, type SourceLines } from './sourceLines';

type Token = MarkdownIt.Token;
type StateBlock = MarkdownIt.StateBlock;
type StateBlockClass = MarkdownIt['block']['State'];

/** Bold-paragraph headings ("**Artikel 7 Titel**") rank below every real heading (levels 1 to 6). */
export const BOLD_PARAGRAPH_LEVEL = 7;

export interface HeadingBlock {
  /** 1 to 6 for Markdown headings; `BOLD_PARAGRAPH_LEVEL` for a bold first line of a paragraph. */
  level: number;
  bold: boolean;
  /** The heading as written, markers included ("## Artikel 7", or both lines of a setext heading). */
  start: number;
  end: number;
  /** The heading's text without the Markdown markers. */
  contentStart: number;
  contentEnd: number;
}

/** A stretch of text that people read: a paragraph, a heading, a table or an HTML block (not a comment). */
export interface ProseBlock {
  kind: 'paragraph' | 'heading' | 'table' | 'html';
  /** Markdown lines [firstLine, lastLine]. */
  firstLine: number;
  lastLine: number;
  start: number;
  end: number;
}

export interface OrderedListItem {
  /** The item's number as written ("1", "12") and its offsets. */
  number: string;
  numberStart: number;
}

export interface MarkdownOutline {
  /** Headings at the top level of the document (not inside lists or quotes), and bold-paragraph candidates, in order. */
  headings: HeadingBlock[];
  prose: ProseBlock[];
  /** Items of ordered lists at the top level of the document, in order. */
  orderedItems: OrderedListItem[];
  /** Markdown lines of table body rows, in order. */
  tableRows: number[];
}

// Only the block structure is needed: the inline rules (emphasis, links, typography) would double
// the parse time and their tokens carry no positions anyway. markdown-it's own `normalize` is left
// out: `markdownSource` does the same, and only when there is something to change.
const markdown = new MarkdownIt({ html: true });
markdown.core.ruler.enableOnly(['block']);
markdown.block.ruler.at('heading', atxHeading, { alt: ['paragraph', 'reference', 'blockquote'] });
markdown.block.ruler.at('lheading', setextHeadingOrParagraph);
markdown.block.ruler.at('paragraph', paragraphWithoutText);
markdown.block.State = quickStateBlock();

/** The children of every paragraph's and heading's inline token: inline parsing is off. */
const NO_CHILDREN: Token[] = Object.freeze([]) as unknown as Token[];

const HEADING_TAGS = ['', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const HEADING_MARKUPS = ['', '#', '##', '###', '####', '#####', '######'];

/**
 * markdown-it's ATX heading rule ("## Titel"), except that the tags and markers are shared strings
 * and the heading's text is not collected into its inline token (nothing reads it, as for paragraphs).
 */
function atxHeading(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  let position = state.bMarks[startLine] + state.tShift[startLine];
  const max = state.eMarks[startLine];
  // Indented four columns or more: a code block.
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const src = state.src;
  if (src.charCodeAt(position) !== 0x23 /* # */ || position >= max) return false;
  let level = 1;
  let code = src.charCodeAt(++position);
  while (code === 0x23 && position < max && level <= 6) {
    level++;
    code = src.charCodeAt(++position);
  }
  // As markdown-it's `isSpace`: a space or a tab.
  if (level > 6 || (position < max && code !== 0x20 && code !== 0x09)) return false;
  if (silent) return true;

  state.line = startLine + 1;
  const tag = HEADING_TAGS[level];
  const markup = HEADING_MARKUPS[level];
  const open = state.push('heading_open', tag, 1);
  open.markup = markup;
  const inline = state.push('inline', '', 0);
  // One line map for both tokens, and no children: nothing changes them.
  open.map = inline.map = [startLine, state.line];
  inline.content = '';
  inline.children = NO_CHILDREN;
  state.push('heading_close', tag, -1).markup = markup;
  return true;
}

/**
 * markdown-it's setext heading rule ("Titel" over "===") and its paragraph rule in one: both read the
 * same lines, to a blank line or a line where a block that may interrupt a paragraph starts, and the
 * heading rule gives up at that end when it met no underline, after which the paragraph rule read
 * them all again. The text is not collected into the inline token (nothing reads it: inline parsing
 * is off). Deeply indented lines (lazy continuation) and lines a quote took over never end a paragraph.
 */
function setextHeadingOrParagraph(state: StateBlock, startLine: number, endLine: number): boolean {
  const interrupting = state.md.block.ruler.getRules('paragraph');
  const parentType = state.parentType;
  state.parentType = 'paragraph';
  // As in markdown-it's setext heading rule; the code rule, which comes first, takes such lines anyway.
  const maySetext = state.sCount[startLine] - state.blkIndent < 4;
  let underline = 0;
  let line = startLine + 1;
  for (; line < endLine && !state.isEmpty(line); line++) {
    if (state.sCount[line] - state.blkIndent > 3) continue;
    if (maySetext && state.sCount[line] >= state.blkIndent) {
      underline = setextUnderline(state, line);
      if (underline !== 0) break;
    }
    if (state.sCount[line] < 0) continue;
    let interrupted = false;
    for (let k = 0; k < interrupting.length && !interrupted; k++) interrupted = interrupting[k](state, line, endLine, true);
    if (interrupted) break;
  }
  if (underline === 0) {
    pushParagraph(state, startLine, line);
  } else {
    state.line = line + 1;
    const tag = underline === 0x3d /* = */ ? 'h1' : 'h2';
    const markup = String.fromCharCode(underline);
    const open = state.push('heading_open', tag, 1);
    open.markup = markup;
    open.map = [startLine, state.line];
    const inline = state.push('inline', '', 0);
    inline.content = '';
    inline.map = [startLine, line];
    inline.children = NO_CHILDREN;
    state.push('heading_close', tag, -1).markup = markup;
  }
  state.parentType = parentType;
  return true;
}

/** The underline's character ("=" or "-") if `line` is one: only those characters, then spaces and tabs; else 0. */
function setextUnderline(state: StateBlock, line: number): number {
  let position = state.bMarks[line] + state.tShift[line];
  const max = state.eMarks[line];
  if (position >= max) return 0;
  const marker = state.src.charCodeAt(position);
  if (marker !== 0x2d /* - */ && marker !== 0x3d /* = */) return 0;
  position = state.skipSpaces(state.skipChars(position, marker));
  return position >= max ? marker : 0;
}

/**
 * markdown-it's paragraph rule, except that the paragraph's text is not collected into its inline
 * token. Only reached where `setextHeadingOrParagraph` does not run (it always takes the line).
 */
function paragraphWithoutText(state: StateBlock, startLine: number, endLine: number): boolean {
  const interrupting = state.md.block.ruler.getRules('paragraph');
  const parentType = state.parentType;
  state.parentType = 'paragraph';
  let line = startLine + 1;
  for (; line < endLine && !state.isEmpty(line); line++) {
    if (state.sCount[line] - state.blkIndent > 3 || state.sCount[line] < 0) continue;
    let interrupted = false;
    for (let k = 0; k < interrupting.length && !interrupted; k++) interrupted = interrupting[k](state, line, endLine, true);
    if (interrupted) break;
  }
  pushParagraph(state, startLine, line);
  state.parentType = parentType;
  return true;
}

/** The paragraph's tokens, as markdown-it's paragraph rule pushes them, without the text. */
function pushParagraph(state: StateBlock, startLine: number, line: number): void {
  state.line = line;
  const open = state.push('paragraph_open', 'p', 1);
  const inline = state.push('inline', '', 0);
  // One line map for both tokens, and no children: nothing changes them.
  open.map = inline.map = [startLine, line];
  inline.content = '';
  inline.children = NO_CHILDREN;
  state.push('paragraph_close', 'p', -1);
}

/**
 * markdown-it's block state, with the lines found by searching for line breaks instead of a loop
 * over every character: the same line starts and ends, indents (tabs to the next multiple of four)
 * and fields. Like markdown-it, it leaves out a last line of only spaces and tabs. With the number of
 * lines known beforehand (`expectedLines`), the five line tables are made at that size once instead
 * of growing push by push (each growth a copy, a few megabytes for the collector in all).
 */
function quickStateBlock(): StateBlockClass {
  const Original = markdown.block.State;
  function QuickStateBlock(this: StateBlock, src: string, md: MarkdownIt, env: unknown, tokens: Token[]): void {
    // The fields in markdown-it's order, so that its rules see objects of the same shape.
    this.src = src;
    this.md = md;
    this.env = env;
    this.tokens = tokens;
    // One more for the fake last line; a wrong guess costs time, not correctness.
    const size = expectedLines + 1;
    const bMarks: number[] = (this.bMarks = new Array<number>(size));
    const eMarks: number[] = (this.eMarks = new Array<number>(size));
    const tShift: number[] = (this.tShift = new Array<number>(size));
    const sCount: number[] = (this.sCount = new Array<number>(size));
    const bsCount: number[] = (this.bsCount = new Array<number>(size));
    this.blkIndent = 0;
    this.line = 0;
    this.lineMax = 0;
    this.tight = false;
    this.ddIndent = -1;
    this.listIndent = -1;
    this.parentType = 'root';
    this.level = 0;

    const length = src.length;
    let line = 0;
    for (let start = 0; start < length; line++) {
      let position = start;
      let offset = 0;
      for (; position < length; position++) {
        const code = src.charCodeAt(position);
        if (code === 0x20) offset++;
        else if (code === 0x09) offset += 4 - (offset % 4);
        else break;
      }
      if (position === length) break;
      let end = src.indexOf('\n', position);
      if (end === -1) end = length;
      bMarks[line] = start;
      eMarks[line] = end;
      tShift[line] = position - start;
      sCount[line] = offset;
      bsCount[line] = 0;
      start = end + 1;
    }
    // The fake last line markdown-it's rules rely on.
    bMarks[line] = length;
    eMarks[line] = length;
    tShift[line] = 0;
    sCount[line] = 0;
    bsCount[line] = 0;
    if (line + 1 < size) for (const table of [bMarks, eMarks, tShift, sCount, bsCount]) table.length = line + 1;
    this.lineMax = line;
  }
  // markdown-it's prototype under one that hands complete top-level blocks to `tokenSink`.
  const prototype = Object.create(Original.prototype) as StateBlock;
  const skipEmptyLines = Original.prototype.skipEmptyLines;
  prototype.skipEmptyLines = function (this: StateBlock, from: number): number {
    // Only the block parser's loop calls this, before each block. At level 0 that is the top-level
    // loop, and every token pushed so far belongs to a complete block that no rule looks at again
    // (a list marks its tight paragraphs before it returns). Tokens handed on now die young: a
    // scavenge in the middle of a long parse no longer copies all the tokens before it.
    if (this.level === 0 && tokenSink !== undefined && this.tokens.length > 0) {
      tokenSink(this.tokens);
      this.tokens.length = 0;
    }
    return skipEmptyLines.call(this, from);
  };
  QuickStateBlock.prototype = prototype;
  return QuickStateBlock as unknown as StateBlockClass;
}

const NUL = /\0/;

/** The Markdown as markdown-it's `normalize` leaves it: line breaks as \n, NUL characters replaced. */
function markdownSource(text: string, mayHaveCarriageReturns = true): string {
  let source = text;
  if (mayHaveCarriageReturns && source.includes('\r')) source = source.replace(/\r\n?/g, '\n');
  // An expression finds a NUL character sooner than `includes`, which in a two-byte string trips over
  // the zero high byte of every Latin letter.
  if (NUL.test(source)) source = source.replace(/\0/g, '\uFFFD');
  return source;
}

// Up to the heading text, also inside a list item or quote ("> ## Titel", "1. ## Titel").
const ATX_OPENING = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*#{1,6}(?:[ \t]+|$)/;
// A paragraph whose whole first line is bold: "**Artikel 7 Titel**", "**Artikel 7** **Titel**", "__Bijlage A__".
const BOLD_LINE = /^[ \t]{0,3}(\*\*|__)(?=\S)(.*\S)\1[ \t]*:?[ \t]*$/;
const HTML_COMMENT_START = /^[ \t]*<!--/;

/** How many lines the Markdown being parsed has, if known (else 0), for `QuickStateBlock`. */
let expectedLines = 0;
/** Where the parse being run hands the tokens of complete top-level blocks, if anywhere. */
let tokenSink: ((tokens: Token[]) => void) | undefined;

/**
 * markdown-it's block tokens of Markdown (as `md.parse` gives them with only its `normalize` and
 * `block` core rules; paragraphs' inline tokens hold no text), handed to `sink` in order, a few at a
 * time (those of one or more top-level blocks; the array is reused after `sink` returns). The caller
 * may tell whether the source may hold carriage returns, and how many lines it has (as `SourceLines`
 * counts them).
 */
export function streamBlockTokens(source: string, sink: (tokens: Token[]) => void, mayHaveCarriageReturns = true, lineCount = 0): void {
  expectedLines = lineCount;
  tokenSink = sink;
  try {
    const rest = markdown.parse(markdownSource(source, mayHaveCarriageReturns), {});
    if (rest.length > 0) sink(rest);
  } finally {
    expectedLines = 0;
    tokenSink = undefined;
  }
}

/** All of `streamBlockTokens`'s tokens in one array. */
export function markdownBlockTokens(source: string, mayHaveCarriageReturns = true, lineCount = 0): Token[] {
  const all: Token[] = [];
  streamBlockTokens(source, (tokens) => {
    for (const token of tokens) all.push(token);
  }, mayHaveCarriageReturns, lineCount);
  return all;
}

/** Parses the Markdown once (block level only) and keeps what the contract model needs, with offsets. */
export function outlineMarkdown(lines: SourceLines): MarkdownOutline {
  const { text, contentStart } = lines;
  const outline: MarkdownOutline = { headings: [], prose: [], orderedItems: [], tableRows: [] };
  let topListOrdered = false;
  let inTableBody = false;
  const read = (tokens: Token[]): void => {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const map = token.map;
      switch (token.type) {
        case 'heading_open': {
          if (!map) break;
          const block = headingBlock(lines, token, map);
          outline.prose.push({ kind: 'heading', firstLine: map[0], lastLine: map[1] - 1, start: block.start, end: block.end });
          if (token.level === 0) outline.headings.push(block);
          break;
        }
        case 'paragraph_open': {
          if (!map) break;
          const start = lines.start(map[0]);
          outline.prose.push({ kind: 'paragraph', firstLine: map[0], lastLine: map[1] - 1, start, end: lines.end(map[1] - 1) });
          // Only a paragraph that starts with "**" or "__" can open with a bold heading line.
          const first = text.charCodeAt(trimStart(text, start, start + 4));
          if (token.level === 0 && (first === 42 || first === 95)) {
            const firstLineEnd = lines.end(map[0]);
            if (BOLD_LINE.test(text.slice(start, firstLineEnd))) {
              const contentStart = skipSpacesAndTabs(text, start, firstLineEnd);
              const contentEnd = trimEnd(text, contentStart, firstLineEnd);
              outline.headings.push({ level: BOLD_PARAGRAPH_LEVEL, bold: true, start: contentStart, end: contentEnd, contentStart, contentEnd });
            }
          }
          break;
        }
        case 'bullet_list_open':
        case 'ordered_list_open':
          if (token.level === 0) topListOrdered = token.type === 'ordered_list_open';
          break;
        case 'list_item_open': {
          if (!map || token.level !== 1 || !topListOrdered || !/^\d+$/.test(token.info)) break;
          const lineStart = lines.start(map[0]);
          const numberStart = skipSpacesAndTabs(text, lineStart, lines.end(map[0]));
          if (text.startsWith(token.info, numberStart)) outline.orderedItems.push({ number: token.info, numberStart });
          break;
        }
        case 'table_open':
          if (map) outline.prose.push({ kind: 'table', firstLine: map[0], lastLine: map[1] - 1, start: lines.start(map[0]), end: lines.end(map[1] - 1) });
          break;
        case 'tbody_open':
          inTableBody = true;
          break;
        case 'tbody_close':
          inTableBody = false;
          break;
        case 'tr_open':
          if (inTableBody && map) outline.tableRows.push(map[0]);
          break;
        case 'html_block':
          // Comments are the author's notes to self, not contract text.
          if (map && !HTML_COMMENT_START.test(token.content)) {
            outline.prose.push({ kind: 'html', firstLine: map[0], lastLine: map[1] - 1, start: lines.start(map[0]), end: lines.end(map[1] - 1) });
          }
          break;
        default:
          // Code blocks and fences hold no contract text.
          break;
      }
    }
  };
  try {
    // SourceLines has looked for carriage returns and counted the lines already.
    streamBlockTokens(text.slice(contentStart), read, lines.hasCarriageReturns, lines.markdownLineCount);
  } catch {
    // markdown-it is robust, but a parser bug must not take the linter down: no structure then.
    return { headings: [], prose: [], orderedItems: [], tableRows: [] };
  }
  return outline;
}

/** Moves `start` forward over spaces and tabs (leading white space of a Markdown line), but not past `end`. */
function skipSpacesAndTabs(text: string, start: number, end: number): number {
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  return start;
}

/**
 * Where an ATX heading's text starts on its line [start, end): after what `ATX_OPENING` matches, or at
 * `start` if it does not match. Most headings start the line with their hashes ("## Artikel 7"): read
 * those by character; other lines (in a list item or quote, indented) get the expression.
 */
function atxContentStart(text: string, start: number, end: number): number {
  let hashes = start;
  while (hashes < end && hashes - start < 7 && text.charCodeAt(hashes) === 35 /* # */) hashes++;
  if (hashes > start && hashes - start <= 6) {
    if (hashes === end) return end;
    if (text.charCodeAt(hashes) === 32 || text.charCodeAt(hashes) === 9) return skipSpacesAndTabs(text, hashes, end);
  }
  return start + (ATX_OPENING.exec(text.slice(start, end))?.[0].length ?? 0);
}

/** "## Titel ##": the closing hashes are no part of the text (when a space precedes them, or they are all there is). */
function withoutClosingHashes(text: string, start: number, end: number): number {
  end = trimEnd(text, start, end);
  let hashes = end;
  while (hashes > start && text[hashes - 1] === '#') hashes--;
  if (hashes < end && (hashes === start || text[hashes - 1] === ' ' || text[hashes - 1] === '\t')) end = trimEnd(text, start, hashes);
  return end;
}

function headingBlock(lines: SourceLines, token: Token, map: [number, number]): HeadingBlock {
  const { text } = lines;
  const level = Number(token.tag.slice(1)) || 1;
  const firstStart = lines.start(map[0]);
  const firstEnd = lines.end(map[0]);
  const start = skipSpacesAndTabs(text, firstStart, firstEnd);
  if (token.markup.startsWith('#')) {
    const contentStart = Math.min(firstEnd, atxContentStart(text, firstStart, firstEnd));
    return { level, bold: false, start, end: trimEnd(text, start, firstEnd), contentStart, contentEnd: withoutClosingHashes(text, contentStart, firstEnd) };
  }
  // Setext: the text lines, then the underline.
  const lastTextLine = Math.max(map[0], map[1] - 2);
  const end = trimEnd(text, start, lines.end(map[1] - 1));
  const contentEnd = Math.max(start, trimEnd(text, start, lines.end(lastTextLine)));
  return { level, bold: false, start, end, contentStart: start, contentEnd };
}

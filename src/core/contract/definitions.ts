import type { ProseBlock } from './markdownOutline';
import type { Article, DefinedTerm, Offsets } from './model';
import type { SourceLines } from './sourceLines';

// What may precede a term on its line: indentation, quote markers, a bullet, "1.", "1.1", "a.", "(a)".
const LINE_PREFIX = /[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+][ \t]+|\d{1,3}(?:\.\d{1,3})*[.)]?[ \t]+|\(?[a-zA-Z][.)][ \t]+)?/y;
const TABLE_ROW_PREFIX = /[ \t]*(?:>[ \t]?)*[ \t]*\|?/y;
// After a bold or quoted term without a colon: "“Data” means", "**Algoritme** – een ...".
const DEFINING_WORDS = /[ \t]*(?::|[–—-](?=[ \t])|(?:means|shall mean|has the meaning|betekent|houdt in|wordt verstaan)(?![\p{L}]))/iuy;
const REST_OF_LINE_HAS_TEXT = /[ \t]*\S/y;

/** Which quote closes which: Dutch typesetting opens with „ or ‘ and closes with ” or ’. */
const CLOSING_QUOTES: Record<string, string> = {
  '"': '"”“',
  '“': '”“"',
  '”': '”"',
  "'": "'’",
  '‘': '’‘\'',
  '’': '’\'',
  '„': '”“"',
  '«': '»',
};

const PLAIN_TERM = /^\p{Lu}[\p{L}\p{N}’'\-/&() ]{0,79}$/u;
// A plain "Term:" that starts like a sentence is an introduction, not a term: "De begrippen hieronder:".
const SENTENCE_START = /^(?:de|het|een|in|op|bij|voor|onder|deze|dit|die|the|a|an|on|for|under|this|these|where|if|als|indien)(?![\p{L}])/iu;
const MARKED_TERM = /^[\p{L}\p{N}][^\n\r]{0,99}$/u;

/**
 * The terms the definitions article defines, at the start of a line of its paragraphs and list items:
 * "**Algoritme**: ...", "**Algoritme:** ...", "- **Opdrachtgever**: ...", "1.1 **Gegevens**: ...",
 * "'Gegevens': ...", "“Data” means ...", "Algoritme: ..."; and the first column of its tables' body rows.
 * The offsets are those of the term itself, without bold markers or quotes.
 */
export function findDefinedTerms(lines: SourceLines, article: Article, prose: ProseBlock[], tableRows: number[]): DefinedTerm[] {
  const { text } = lines;
  const [bodyStart, bodyEnd] = article.bodyOffset;
  const terms: DefinedTerm[] = [];
  for (const block of prose) {
    if (block.end <= bodyStart) continue;
    if (block.start >= bodyEnd) break;
    if (block.kind !== 'paragraph') continue;
    for (let line = block.firstLine; line <= block.lastLine; line++) {
      const lineStart = lines.start(line);
      if (lineStart < bodyStart) continue;
      if (lineStart >= bodyEnd) break;
      LINE_PREFIX.lastIndex = lineStart;
      LINE_PREFIX.exec(text);
      const term = termAt(text, LINE_PREFIX.lastIndex, lines.end(line));
      if (term) terms.push(term);
    }
  }
  for (const row of tableRows) {
    const lineStart = lines.start(row);
    if (lineStart < bodyStart) continue;
    if (lineStart >= bodyEnd) break;
    const term = firstCellTerm(text, lineStart, lines.end(row));
    if (term) terms.push(term);
  }
  return terms.sort((a, b) => a.offset[0] - b.offset[0]);
}

/** A defined term starting at `start`, if the line defines one there. */
function termAt(text: string, start: number, lineEnd: number): DefinedTerm | undefined {
  let i = start;
  let emphasis = '';
  if (text.startsWith('**', i) || text.startsWith('__', i)) emphasis = text.slice(i, i + 2);
  else if ((text[i] === '*' || text[i] === '_') && i + 1 < lineEnd && !/\s/.test(text[i + 1])) emphasis = text[i];
  i += emphasis.length;
  const closingQuotes = CLOSING_QUOTES[text[i]] ?? '';
  if (closingQuotes) i++;
  const termStart = i;
  const limit = Math.min(lineEnd, termStart + 120);

  let termEnd = -1;
  for (let j = termStart; j < limit; j++) {
    if (closingQuotes ? closingQuotes.includes(text[j]) : emphasis ? text.startsWith(emphasis, j) : text[j] === ':') {
      termEnd = j;
      break;
    }
  }
  if (termEnd <= termStart) return undefined;

  let after: number;
  let colon = false;
  let term: Offsets = [termStart, termEnd];
  if (closingQuotes) {
    after = termEnd + 1;
    if (text[after] === ':') {
      colon = true;
      after++;
    }
    if (emphasis) {
      if (!text.startsWith(emphasis, after)) return undefined;
      after += emphasis.length;
    }
  } else if (emphasis) {
    after = termEnd + emphasis.length;
    // "**Algoritme:**": the colon inside the bold.
    if (text[termEnd - 1] === ':') {
      colon = true;
      term = [termStart, termEnd - 1];
    }
  } else {
    after = termEnd + 1;
    colon = true;
    // A plain "Term:" must be followed by its definition, so that "Hieronder wordt verstaan onder:" is no term.
    REST_OF_LINE_HAS_TEXT.lastIndex = after;
    if (!REST_OF_LINE_HAS_TEXT.test(text) || REST_OF_LINE_HAS_TEXT.lastIndex > lineEnd) return undefined;
  }
  if (!colon) {
    DEFINING_WORDS.lastIndex = after;
    if (!DEFINING_WORDS.test(text) || DEFINING_WORDS.lastIndex > lineEnd) return undefined;
  }

  term = trimmed(text, term);
  const written = text.slice(term[0], term[1]);
  const plain = !emphasis && !closingQuotes;
  const words = written.split(/\s+/).length;
  if (plain ? !PLAIN_TERM.test(written) || words > 4 || SENTENCE_START.test(written) : !MARKED_TERM.test(written) || words > 10) return undefined;
  return { term: written, offset: term };
}

/** The term in a table row's first cell: "| **Algoritme** | ... |". */
function firstCellTerm(text: string, lineStart: number, lineEnd: number): DefinedTerm | undefined {
  TABLE_ROW_PREFIX.lastIndex = lineStart;
  TABLE_ROW_PREFIX.exec(text);
  let cellEnd = TABLE_ROW_PREFIX.lastIndex;
  while (cellEnd < lineEnd && !(text[cellEnd] === '|' && text[cellEnd - 1] !== '\\')) cellEnd++;
  let [start, end] = trimmed(text, [TABLE_ROW_PREFIX.lastIndex, cellEnd]);
  // Peel off bold, italics and quotes around the term, outside in.
  for (let peeled = true; peeled && end - start >= 2; ) {
    peeled = false;
    for (const marker of ['**', '__', '*', '_']) {
      if (end - start > 2 * marker.length && text.startsWith(marker, start) && text.startsWith(marker, end - marker.length)) {
        [start, end] = trimmed(text, [start + marker.length, end - marker.length]);
        peeled = true;
        break;
      }
    }
    const closing = CLOSING_QUOTES[text[start]];
    if (!peeled && closing && closing.includes(text[end - 1]) && end - start > 2) {
      [start, end] = trimmed(text, [start + 1, end - 1]);
      peeled = true;
    }
  }
  if (text[end - 1] === ':') end--;
  const written = text.slice(start, end);
  if (!MARKED_TERM.test(written) || written.split(/\s+/).length > 10) return undefined;
  return { term: written, offset: [start, end] };
}

function trimmed(text: string, [start, end]: Offsets): Offsets {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

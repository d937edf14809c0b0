import { LETTER } from './instruments';
import type { Offsets } from './model';

/** A heading's text with its inline markup removed, and where each remaining character came from. */
interface PlainText {
  text: string;
  /** Where `text` starts in the contract text. */
  start: number;
  /** `source[i]` is the offset of `text[i]` in the contract text; absent when `text` is a plain slice. */
  source?: number[];
}

function offsetOf(plain: PlainText, index: number): number {
  return plain.source ? plain.source[index] : plain.start + index;
}

const HTML_TAG = /<\/?[A-Za-z][^<>]*>/y;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const MARKUP_OR_LINE_BREAK = /[*_`<\\\r\n\t]/;

/**
 * Removes emphasis markers, code backticks, HTML tags and backslash escapes, so that "**Artikel 7**
 * Uitleg", "Artikel 7 – *Uitleg*" and "<a id="a7"></a>Artikel 7" all read "Artikel 7 ...". Line
 * breaks become spaces. Headings are short, so this per-character walk costs nothing.
 */
export function plainHeadingText(text: string, start: number, end: number): PlainText {
  const raw = text.slice(start, end).trimEnd();
  if (!MARKUP_OR_LINE_BREAK.test(raw)) return { text: raw, start };
  let plain = '';
  const source: number[] = [];
  let i = 0;
  while (i < raw.length) {
    const character = raw[i];
    if (character === '<') {
      HTML_TAG.lastIndex = i;
      if (HTML_TAG.test(raw)) {
        i = HTML_TAG.lastIndex;
        continue;
      }
    }
    if (character === '*' || character === '`') {
      i++;
      continue;
    }
    // Underscores emphasise only at word edges: "data_set" keeps its underscore.
    if (character === '_' && !(WORD_CHARACTER.test(raw[i - 1] ?? '') && WORD_CHARACTER.test(raw[i + 1] ?? ''))) {
      i++;
      continue;
    }
    if (character === '\\' && i + 1 < raw.length && ASCII_PUNCTUATION.test(raw[i + 1])) {
      i++;
      continue;
    }
    plain += character === '\n' || character === '\r' || character === '\t' ? ' ' : character;
    source.push(start + i);
    i++;
  }
  // Markup at the end ("Titel **") leaves spaces; the title ends at its last character.
  const trimmed = plain.trimEnd();
  source.length = trimmed.length;
  return { text: trimmed, start, source };
}

export type HeadingClass =
  | {
      kind: 'article';
      /** "Artikel 7" (explicit) or "7. Titel" (a bare number, which nests less readily: see sections.ts). */
      explicit: boolean;
      keyword: string;
      number: string;
      numberOffset: Offsets;
      title: string;
      titleOffset: Offsets;
    }
  | { kind: 'annex'; keyword: string; id: string; idOffset: Offsets; title: string; titleOffset: Offsets }
  | { kind: 'other' };

// Between the number and the title: "Artikel 7 Titel", "Artikel 7. Titel", "Artikel 7: Titel", "Artikel 7 – Titel".
// The groups are contiguous (lead, number, separator, title), so their offsets follow from their lengths.
// The text is trimmed at its end, so the title runs to the end (a lazy title before \s*$ would be quadratic).
const SEPARATOR = String.raw`(\s*[.:\-–—]+\s*|\s+|$)`;
// Without Unicode mode (faster in V8, above all case-insensitively): Latin letters stand in for \p{L}.
const EXPLICIT_ARTICLE = new RegExp(
  String.raw`^(\s*((?:artikel|article|clause)(?=\s)|art\.)\s*)(\d{1,4}(?:[a-z](?!${LETTER}))?)(?![0-9]|[.,][0-9])${SEPARATOR}(.*)$`,
  'i',
);
// "7. Titel", "7 Titel", "7) Titel"; never "7.1 Titel" (a sub-clause) or "2024 ..." (a year).
const BARE_NUMBER_ARTICLE = new RegExp(String.raw`^(\s*)()(\d{1,3})((?:[.)]|(?=\s)|$)(?![0-9])\s*)((?:(?:${LETTER}|["“‘'(]).*)?)$`);
// The annex id keeps its case: "Bijlage A" is an annex, "Bijlage bij ..." is not.
const ANNEX = new RegExp(
  String.raw`^(\s*([Bb]ijlage|BIJLAGE|[Aa]nnex|ANNEX|[Aa]ppendix|APPENDIX|[Ss]chedule|SCHEDULE)\s+)([IVXLC]{2,6}|[A-Z]|\d{1,3}[a-z]?)(?!${LETTER}|[0-9])${SEPARATOR}(.*)$`,
);

const OTHER_HEADING: HeadingClass = Object.freeze({ kind: 'other' });

/** Tells an article heading ("Artikel 7 Audit", "7. Audit") and an annex heading ("Bijlage A") from others. */
export function classifyHeading(text: string, contentStart: number, contentEnd: number): HeadingClass {
  const plain = plainHeadingText(text, contentStart, contentEnd);
  const article = EXPLICIT_ARTICLE.exec(plain.text) ?? BARE_NUMBER_ARTICLE.exec(plain.text);
  const match = article ?? ANNEX.exec(plain.text);
  if (!match) return OTHER_HEADING;
  // Groups: 1 lead, 2 keyword, 3 number or id, 4 separator, 5 title.
  const [, lead, keyword = '', number, separator, title] = match;
  const numberOffset = span(plain, lead.length, number.length, contentStart);
  const titleOffset = span(plain, lead.length + number.length + separator.length, title.length, numberOffset[1]);
  if (article) return { kind: 'article', explicit: keyword !== '', keyword, number, numberOffset, title, titleOffset };
  return { kind: 'annex', keyword, id: number, idOffset: numberOffset, title, titleOffset };
}

/** Offsets in the contract text of `length` characters of `plain` from `start`; empty at `fallback` when there are none. */
function span(plain: PlainText, start: number, length: number, fallback: number): Offsets {
  return length === 0 ? [fallback, fallback] : [offsetOf(plain, start), offsetOf(plain, start + length - 1) + 1];
}

/** The title of a definitions article: "Begrippen", "Definities", "Begripsbepalingen", "Definitions", "Definitions and interpretation". */
const DEFINITIONS_TITLE = /^(?:begrippen|begripsbepalingen|definities|definitions|interpretation)(?:\s+(?:en|and|&)\s+[\p{L}]+)?\s*[.:]?$/iu;

export function isDefinitionsTitle(title: string): boolean {
  return DEFINITIONS_TITLE.test(title.trim());
}

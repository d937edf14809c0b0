/**
 * Readability of Dutch text: sentences, words, syllables and the Flesch-Douma score.
 * Pure functions, no rule logic; `declaration/plain-language` builds on them.
 *
 * Sentences
 * - A line break always ends a sentence: HTML block tags (`<p>`, `<li>`, `<br>`) become line
 *   breaks, and a list item or heading is a unit of its own.
 * - `!` and `?` end a sentence when a space or the end of the line follows.
 * - A full stop (or `…`) ends a sentence when a space or the end of the line follows, except
 *   - when the next word starts with a lowercase letter (`ex. artikel 17`, `dhr. de Vries`);
 *   - after an abbreviation that never ends a sentence (`bijv.`, `o.a.`, `m.b.t.`, `t.b.v.`,
 *     `i.v.m.`, `art.`, `nr.`, `ca.`, `dhr.`: see NEVER_FINAL);
 *   - after a list number at the start of a sentence (`1.`, `a.`, `iv.`).
 *   Abbreviations that can also end a sentence (`etc.`, `enz.`, `e.d.`, `z.s.m.`, `n.v.t.`,
 *   `B.V.`) end one when a capital follows, as most readers would read them.
 * - A full stop without a space after it never ends a sentence: numbers (`2.5`, `1.000`,
 *   `artikel 7.2`), web addresses (`https://algoritmes.overheid.nl`) and e-mail addresses stay
 *   whole. Web and e-mail addresses are protected as a whole, so even a `?` inside them is safe.
 *
 * Words
 * - Whitespace separates words; punctuation around a word is not part of it. A slash between two
 *   words (`aanvraag/aangifte`, `en/of`) counts as two words, as it is read. A hyphenated word
 *   (`ANPR-camera's`, `e-mail`) is one word. Tokens without a letter or digit (`–`, `&`) are no
 *   words. A web or e-mail address is one word.
 *
 * Syllables (an estimate, as every readability tool makes one)
 * - Count the vowel groups: a, e, i, o, u and y are vowels, `ij` counts as one vowel.
 * - Some runs of vowels are one sound in Dutch and count once: aa, ee, oo, uu, ie, oe, eu, ui,
 *   ou, au, ei, ij, and aai, ooi, oei, eeu, ieu (as in draai, mooi, groei, leeuw, nieuw); also ai,
 *   oi, ay, ey, oy from loanwords (detail, exploitatie, hockey). Other runs are split: the longest
 *   known group is taken from the left, so `materiaal` is ma-te-ri-aal and `video` vi-de-o.
 * - A vowel with a diaeresis starts a new syllable (ideeën, efficiënt, beïnvloeden).
 * - A final -e is its own syllable (de, grote, regels), as Dutch speaks it; the count needs no
 *   special case for that, because the e is a vowel group of its own.
 * - The u after q is not a vowel (frequentie).
 * - Every word has at least one syllable; a number or a web or e-mail address counts as one.
 * Known limits: English loanwords with a silent e (software, online, update) count one syllable
 * too many; abbreviations spoken letter by letter (AVG, BRP) count too few; numbers are read out
 * with more syllables than one. The first makes a text look a little harder, the other two make
 * it look easier; for the conservative thresholds of the rule that balance is acceptable.
 *
 * Flesch-Douma (W.H. Douma, 1960: Flesch's reading ease formula adapted to Dutch):
 *   206.835 − 0.93 × (words per sentence) − 77 × (syllables per word)
 * On the usual scale: 0–30 very difficult (academic), 30–50 difficult, 50–60 fairly difficult,
 * 60–70 standard, 70–80 fairly easy, 80–100 easy. Plain Dutch at level B1 usually scores 60 or more.
 * The score is not clamped here; callers show it clamped to 0–100.
 */

import { hasSurrogates, isLetterOrDigitCode, isLowercaseCode, isWhitespaceCode } from './charClass';

export interface Sentence {
  /** The sentence's text, without surrounding whitespace. */
  text: string;
  /** Offsets into the text given to `splitSentences`: [start, end). */
  start: number;
  end: number;
}

export interface TextStatistics {
  sentences: number;
  words: number;
  syllables: number;
}

/** Abbreviations (lowercase, with their dots) after which a sentence never ends. */
export const NEVER_FINAL = new Set([
  'bijv.', 'bv.', 'b.v.', 'o.a.', 'm.b.t.', 't.b.v.', 'i.v.m.', 'art.', 'artt.', 'nr.', 'nrs.', 'no.',
  'ca.', 'vgl.', 'zgn.', 'zg.', 'm.b.v.', 'i.p.v.', 't.a.v.', 't.o.v.', 'n.a.v.', 'o.b.v.', 'a.d.h.v.', 'i.c.m.',
  'i.s.m.', 'i.o.m.', 'm.u.v.', 'd.w.z.', 'dwz.', 'm.n.', 'o.m.', 'c.q.', 't.w.', 'v.w.b.', 'i.h.k.v.', 'i.r.t.',
  'm.i.v.', 'e.e.a.', 'p.', 'pag.', 'blz.', 'hfst.', 'par.', 'sub.', 'jo.', 'resp.', 'incl.', 'excl.', 'evt.',
  'mr.', 'dr.', 'drs.', 'ir.', 'ing.', 'prof.', 'dhr.', 'mevr.', 'mw.', 'st.', 'stb.', 'stcrt.', 'tel.', 'afd.',
  'max.', 'ex.', 'mln.', 'mld.', 'mrd.', 'e.g.', 'i.e.', 'vs.', 'approx.',
]);

/** Web addresses (with scheme or www.) and e-mail addresses: words of their own, never split. */
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"'()]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

const MAY_HOLD_ADDRESS = /@|https?:\/\/|www\./i;

function addressSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // Most texts hold no address; the address pattern itself backtracks through every long word.
  if (!MAY_HOLD_ADDRESS.test(text)) return spans;
  for (const match of text.matchAll(ADDRESS)) {
    const start = match.index ?? 0;
    // A sentence's full stop or comma after an address is not part of it.
    const trimmed = match[0].replace(/[.,;:!?]+$/, '');
    spans.push([start, start + trimmed.length]);
  }
  return spans;
}

/** A possible sentence end: terminal punctuation, maybe a closing quote or bracket, then space or end. */
const TERMINATOR = /[.!?…]+["'”’»)\]]*(?=\s|$)/g;
const LIST_NUMBER = /^(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]$/i;

/** Splits a text into sentences; line breaks always end one. See the module comment for the details. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lineBreak = /\r?\n|\r/g;
  let lineStart = 0;
  const lines: Array<[number, number]> = [];
  for (const match of text.matchAll(lineBreak)) {
    lines.push([lineStart, match.index ?? 0]);
    lineStart = (match.index ?? 0) + match[0].length;
  }
  lines.push([lineStart, text.length]);
  for (const [from, to] of lines) splitLine(text, from, to, sentences);
  return sentences;
}

function splitLine(text: string, from: number, to: number, out: Sentence[]): void {
  const line = text.slice(from, to);
  const spans = addressSpans(line);
  let start = 0;
  let span = 0;
  for (const match of line.matchAll(TERMINATOR)) {
    const at = match.index ?? 0;
    // Terminators come in order, so the spans are walked once.
    while (span < spans.length && spans[span][1] <= at) span++;
    if (span < spans.length && spans[span][0] <= at) continue;
    const end = at + match[0].length;
    if (!endsSentence(line, start, at, end)) continue;
    push(text, from + start, from + end, out);
    start = end;
  }
  push(text, from + start, to, out);
}

function endsSentence(line: string, sentenceStart: number, at: number, end: number): boolean {
  const mark = line.slice(at, end);
  if (/[!?]/.test(mark)) return true;
  let next = end;
  while (next < line.length && isWhitespaceCode(line.charCodeAt(next))) next++;
  if (next === line.length) return true;
  if (isLowercaseCode(line.charCodeAt(next))) return false;
  // The token that ends in this full stop, without opening brackets or quotes. Found by walking
  // back from the full stop only, so that a long run of abbreviations stays linear.
  let tokenStart = at;
  while (tokenStart > sentenceStart && !isWhitespaceCode(line.charCodeAt(tokenStart - 1))) tokenStart--;
  const token = line.slice(tokenStart, at + 1).replace(/^[("'“‘«[]+/, '');
  if (NEVER_FINAL.has(token.toLowerCase()) && token !== 'B.V.') return false;
  // A list number as the sentence's first token: `1. De aanvraag ...`.
  if (LIST_NUMBER.test(token)) {
    let first = sentenceStart;
    while (first < tokenStart && isWhitespaceCode(line.charCodeAt(first))) first++;
    if (first === tokenStart) return false;
  }
  return true;
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && isWhitespaceCode(text.charCodeAt(s))) s++;
  while (e > s && isWhitespaceCode(text.charCodeAt(e - 1))) e--;
  if (e > s && holdsLetterOrDigit(text, s, e)) out.push({ text: text.slice(s, e), start: s, end: e });
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** `/[\p{L}\p{N}]/u.test(text.slice(start, end))`, without the slice for text without surrogate pairs. */
function holdsLetterOrDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isLetterOrDigitCode(text.charCodeAt(i))) return true;
  // A letter outside the Basic Multilingual Plane is two code units, neither of them a letter.
  const part = text.slice(start, end);
  return hasSurrogates(part) && LETTER_OR_DIGIT.test(part);
}

/** The words of a text, as `countWords` counts them. Addresses come back whole. */
const WORD = /[\p{L}\p{N}](?:[^\s/]*[\p{L}\p{N}])?/gu;

export function words(text: string): string[] {
  const result: string[] = [];
  // Text without addresses or surrogate pairs (nearly all text): one pass over its characters.
  if (!MAY_HOLD_ADDRESS.test(text) && !hasSurrogates(text)) {
    scanWords(text, result);
    return result;
  }
  const spans = addressSpans(text);
  let cursor = 0;
  // A word: from the first to the last letter or digit of a piece between spaces and slashes.
  const take = (part: string): void => {
    for (const match of part.matchAll(WORD)) result.push(match[0]);
  };
  for (const [start, end] of spans) {
    take(text.slice(cursor, start));
    result.push(text.slice(start, end));
    cursor = end;
  }
  take(text.slice(cursor));
  return result;
}

/**
 * Whether `plainWords` finds the words of this text and of every part of it (a sentence): it holds
 * no web or e-mail address and no surrogate pair. Checked once for a whole text, not per sentence.
 */
export function hasPlainWords(text: string): boolean {
  return !MAY_HOLD_ADDRESS.test(text) && !hasSurrogates(text);
}

/** `words(text)` for a text, or part of a text, for which `hasPlainWords` holds. */
export function plainWords(text: string): string[] {
  const result: string[] = [];
  scanWords(text, result);
  return result;
}

/** What a character is to the word scanner: part of no word, a letter or digit, or a separator (whitespace, `/`). */
const OTHER = 0;
const LETTER_OR_DIGIT_CHAR = 1;
const SEPARATOR = 2;

function wordClassUncached(code: number): number {
  if (code === 47 /* / */ || isWhitespaceCode(code)) return SEPARATOR;
  return isLetterOrDigitCode(code) ? LETTER_OR_DIGIT_CHAR : OTHER;
}

const ASCII_WORD_CLASSES = Uint8Array.from({ length: 128 }, (_, code) => wordClassUncached(code));

function wordClass(code: number): number {
  return code < 128 ? ASCII_WORD_CLASSES[code] : wordClassUncached(code);
}

/** What WORD finds, without a regular expression: each piece between separators, from its first to its last letter or digit. */
function scanWords(text: string, out: string[]): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (wordClass(text.charCodeAt(i)) === SEPARATOR) {
      i++;
      continue;
    }
    let first = -1;
    let last = -1;
    for (; i < length; i++) {
      const kind = wordClass(text.charCodeAt(i));
      if (kind === SEPARATOR) break;
      if (kind === LETTER_OR_DIGIT_CHAR) {
        if (first < 0) first = i;
        last = i;
      }
    }
    if (first >= 0) out.push(text.slice(first, last + 1));
  }
}

export function countWords(text: string): number {
  return words(text).length;
}

/** Vowel groups that Dutch speaks as one sound, longest first. */
const NUCLEI = ['aai', 'ooi', 'oei', 'eeu', 'ieu', 'aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ui', 'ou', 'au', 'ei', 'ij', 'ai', 'oi', 'ay', 'ey', 'oy'];
const VOWEL = /[aeiouy]/;
const DIAERESIS: Record<string, string> = { ä: 'a', ë: 'e', ï: 'i', ö: 'o', ü: 'u', ÿ: 'y' };

/** Words repeat a lot in a register; counting each distinct word once keeps the rule cheap. */
const SYLLABLE_CACHE = new Map<string, number>();
const SYLLABLE_CACHE_LIMIT = 20_000;

/** Estimated syllables of one Dutch word (at least 1). See the module comment for the method. */
export function countSyllables(word: string): number {
  let count = SYLLABLE_CACHE.get(word);
  if (count === undefined) {
    count = countSyllablesUncached(word);
    if (SYLLABLE_CACHE.size >= SYLLABLE_CACHE_LIMIT) SYLLABLE_CACHE.clear();
    SYLLABLE_CACHE.set(word, count);
  }
  return count;
}

const ANY_LETTER = /\p{L}/u;

function countSyllablesUncached(word: string): number {
  if (/[@/]|^www\./i.test(word) || !ANY_LETTER.test(word)) return 1;
  // `#` marks a break before a vowel with a diaeresis; other accents are dropped (é → e).
  const plain = word
    .toLowerCase()
    .replace(/[äëïöüÿ]/g, (c) => `#${DIAERESIS[c]}`)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/qu/g, 'qw');
  let count = 0;
  let i = 0;
  while (i < plain.length) {
    if (!VOWEL.test(plain[i])) {
      i++;
      continue;
    }
    // One run of vowels (with the j of ij); split it into the longest known groups.
    let end = i + 1;
    while (end < plain.length && (VOWEL.test(plain[end]) || (plain[end] === 'j' && plain[end - 1] === 'i'))) end++;
    let j = i;
    while (j < end) {
      const nucleus = NUCLEI.find((n) => plain.startsWith(n, j) && j + n.length <= end);
      j += nucleus ? nucleus.length : 1;
      count++;
    }
    i = end;
  }
  return Math.max(1, count);
}

export function textStatistics(text: string): TextStatistics {
  const sentences = splitSentences(text);
  let wordCount = 0;
  let syllables = 0;
  for (const sentence of sentences) {
    for (const word of words(sentence.text)) {
      wordCount++;
      syllables += countSyllables(word);
    }
  }
  return { sentences: sentences.length, words: wordCount, syllables };
}

/** Flesch-Douma reading ease; higher is easier. NaN for a text without words. */
export function fleschDouma(input: string | TextStatistics): number {
  const stats = typeof input === 'string' ? textStatistics(input) : input;
  if (stats.words === 0 || stats.sentences === 0) return NaN;
  return 206.835 - 0.93 * (stats.words / stats.sentences) - 77 * (stats.syllables / stats.words);
}

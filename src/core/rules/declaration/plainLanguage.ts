/**
 * `declaration/plain-language`: the register asks for several fields "Vul dit veld in op
 * B1-taalniveau" (plain Dutch that most adults understand). Which fields is read from the
 * register's own configuration: every field whose `instructions` mention B1. methods_and_models
 * is for technical readers and may use harder language, so it is never checked.
 *
 * Two checks, both at severity info: language level is a matter of judgement, never an error.
 * 1. A sentence of more than MAX_SENTENCE_WORDS (35) words. Common advice for writing at B1 is
 *    about 15 words a sentence on average, and under 20 where you can (the message says so). But
 *    sentences of 25 to 35 words are common in the real supplier records and still readable, so
 *    only a sentence well past that is reported, at the sentence itself.
 * 2. A text that is clearly harder than B1, by the Flesch-Douma reading ease (see
 *    `text/readability.ts`). Plain B1 text scores about 60 or more; 0–30 is the "very difficult"
 *    band of academic text. The measure is an estimate, and scores of short texts spread widely,
 *    so only texts of at least 3 sentences and 40 words are measured, and only a score below
 *    MIN_SCORE (20) is reported: deep in the hardest band, far below B1. Run over the real supplier
 *    records in test/fixtures/corpus, supplier prose mostly scores 20 to 50; only the hardest texts
 *    fall below 20. The score needs Dutch: a record whose `lang` says otherwise is not measured.
 */
import { htmlToText } from '../../declaration/htmlText';
import { registerFields, type RegisterField } from '../../declaration/registerStandard';
import type { DeclarationRule } from '../../rule';
import { countSyllables, fleschDouma, hasPlainWords, plainWords, splitSentences, words, type Sentence } from '../../text/readability';

/** More words than this in one sentence is far too long for B1. */
export const MAX_SENTENCE_WORDS = 35;
/** What B1 guidance advises, and what the message says. */
export const ADVISED_SENTENCE_WORDS = 20;
/** A Flesch-Douma score below this is clearly above B1. */
export const MIN_SCORE = 20;
/** The score is only measured on texts with at least this many sentences and words. */
export const MEASURE_MIN_SENTENCES = 3;
export const MEASURE_MIN_WORDS = 40;
/** What B1 text usually scores; said in the message. */
export const B1_SCORE = 60;
/** Words with this many syllables or more are long; the message counts them. */
const LONG_WORD_SYLLABLES = 4;

/** Fields for technical readers: the register allows harder language there. */
const TECHNICAL_FIELDS = new Set(['methods_and_models']);

/** The fields the register wants written at level B1, read from its configuration. */
export function plainLanguageFields(fields: readonly RegisterField[] = registerFields()): string[] {
  return fields.filter((field) => /\bB1\b/.test(field.instructions ?? '') && !TECHNICAL_FIELDS.has(field.name)).map((field) => field.name);
}

const FIELDS = plainLanguageFields();

export interface LongSentence {
  kind: 'long-sentence';
  sentence: Sentence;
  words: number;
}

export interface HardText {
  kind: 'hard-text';
  /** Flesch-Douma reading ease, unrounded. */
  score: number;
  sentences: number;
  words: number;
  longWords: number;
}

export type PlainLanguageProblem = LongSentence | HardText;

/**
 * The rule's checks on one text (already without HTML; line breaks end sentences).
 * `dutch: false` skips the Dutch readability score and keeps the sentence length check.
 */
export function plainLanguageProblems(text: string, options: { dutch?: boolean } = {}): PlainLanguageProblem[] {
  const problems: PlainLanguageProblem[] = [];
  const sentences = splitSentences(text);
  let wordCount = 0;
  let syllables = 0;
  let longWords = 0;
  const plain = hasPlainWords(text);
  for (const sentence of sentences) {
    const sentenceWords = plain ? plainWords(sentence.text) : words(sentence.text);
    if (sentenceWords.length > MAX_SENTENCE_WORDS) problems.push({ kind: 'long-sentence', sentence, words: sentenceWords.length });
    for (const word of sentenceWords) {
      const count = countSyllables(word);
      wordCount++;
      syllables += count;
      if (count >= LONG_WORD_SYLLABLES) longWords++;
    }
  }
  if (options.dutch !== false && sentences.length >= MEASURE_MIN_SENTENCES && wordCount >= MEASURE_MIN_WORDS) {
    const score = fleschDouma({ sentences: sentences.length, words: wordCount, syllables });
    if (score < MIN_SCORE) problems.push({ kind: 'hard-text', score, sentences: sentences.length, words: wordCount, longWords });
  }
  return problems;
}

/**
 * A field's text as a reader sees it. Like `record.text()`, but in HTML a line break in the
 * source is only a space (the block tags make the breaks). In plain text a line break ends a
 * sentence after `.`, `!`, `?`, `:` or `;`, and before a list line (`- `, `* `, `• `, `1. `);
 * other line breaks are a YAML block wrapped over lines, and the lines are joined.
 */
const HTML_TAG = /<\/?[a-zA-Z]/;

export function readableText(raw: string): string {
  if (HTML_TAG.test(raw)) return htmlToText(raw.replace(/\s*[\r\n]+\s*/g, ' '));
  let result = '';
  for (const line of raw.split(/\r\n|\r|\n/).map((l) => htmlToText(l)).filter((l) => l !== '')) {
    if (result === '') result = line;
    else result += continues(result, line) ? ` ${line}` : `\n${line}`;
  }
  return result;
}

const LIST_LINE = /^(?:[-*•–]\s|\d{1,3}[.)]\s)/;

function continues(before: string, line: string): boolean {
  if (LIST_LINE.test(line)) return false;
  if (!/[.!?:;…]["'”’)]*$/.test(before)) return true;
  return STARTS_LOWERCASE.test(line) && !/[:;]$/.test(before);
}

const STARTS_LOWERCASE = /^\p{Ll}/u;

function isDutch(lang: string | undefined): boolean {
  return lang === undefined || /^(?:nld|nl|dut|nl-nl|nederlands)$/i.test(lang);
}

export const plainLanguageRule: DeclarationRule = {
  meta: {
    id: 'declaration/plain-language',
    alias: 'b1-language',
    defaultSeverity: 'info',
    tags: ['declaration', 'language'],
    description: {
      nl: 'Velden die het register op B1-taalniveau vraagt, hebben geen heel lange zinnen en zijn niet veel moeilijker dan B1 (leesbaarheid volgens Flesch-Douma).',
      en: 'Fields that the register wants at language level B1 have no very long sentences and are not much harder than B1 (Flesch-Douma reading ease).',
    },
    sources: [
      {
        title: { nl: 'Publicatiestandaard Algoritmeregister 1.0: "Vul dit veld in op B1-taalniveau"', en: 'Algoritmeregister publication standard 1.0: "Vul dit veld in op B1-taalniveau" (write this field at level B1)' },
        url: 'https://github.com/MinBZK/Algoritmeregister',
      },
      {
        title: { nl: 'W.H. Douma (1960), De leesbaarheid van landbouwbladen (Flesch-Douma-formule)', en: 'W.H. Douma (1960), De leesbaarheid van landbouwbladen (the Flesch-Douma formula)' },
      },
    ],
    fixable: false,
  },
  check(context) {
    for (const record of context.records) {
      const dutch = isDutch(record.string('lang'));
      for (const field of FIELDS) {
        const property = record.property(field);
        const node = record.scalar(field);
        if (!property || !node || typeof node.value !== 'string') continue;
        // HTML reads the same either way; record.text() has it already, shared with other rules.
        const text = HTML_TAG.test(node.value) ? record.text(field) : readableText(node.value);
        if (text === '') continue;
        const pointer = `${record.pointer}/${field}`;
        let cursor = 0;
        for (const problem of plainLanguageProblems(text, { dutch })) {
          if (problem.kind === 'long-sentence') {
            const found = locateSentence(node.source, problem.sentence.text, cursor);
            if (found) cursor = found[1];
            context.report({
              messageId: 'long-sentence',
              data: { words: problem.words, maximum: MAX_SENTENCE_WORDS, advised: ADVISED_SENTENCE_WORDS },
              offset: found ? [node.offset[0] + found[0], node.offset[0] + found[1]] : node.offset,
              pointer,
              severity: 'info',
              properties: { words: problem.words, maximum: MAX_SENTENCE_WORDS },
            });
          } else {
            const score = Math.round(Math.max(0, Math.min(100, problem.score)));
            context.report({
              messageId: 'hard-text',
              data: {
                field,
                score,
                minimum: MIN_SCORE,
                b1: B1_SCORE,
                wordsPerSentence: Math.round(problem.words / problem.sentences),
                longWords: problem.longWords,
                words: problem.words,
              },
              offset: property.keyOffset,
              pointer,
              severity: 'info',
              properties: { fleschDouma: Math.round(problem.score), minimum: MIN_SCORE, sentences: problem.sentences, words: problem.words },
            });
          }
        }
      }
    }
  },
};

/**
 * Between two words in the source: spaces, punctuation, tags, entities, escapes, line folds.
 * Sticky: it is tried at one place only.
 */
const SEPARATOR = /(?:\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\[a-zA-Z]|&#?\w+;|<\/?[a-zA-Z][^<>]*>|[^\p{L}\p{N}])+/uy;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A word starts here: no letter or digit before it, unless that ends an escape (`\n`, `\u00a0`). */
function wordStartsAt(source: string, index: number): boolean {
  if (!LETTER_OR_DIGIT.test(source[index - 1] ?? '')) return true;
  const before = source.slice(Math.max(0, index - 6), index);
  return /\\[a-zA-Z]$/.test(before) || /\\u[0-9a-fA-F]{4}$/.test(before);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One letter or digit as the source may spell it: as is, as a JSON or YAML escape, or as an HTML entity. */
function charPattern(char: string): string {
  if (/[A-Za-z0-9]/.test(char)) return char;
  const code = char.codePointAt(0) ?? 0;
  const anyCase = (hex: string): string => hex.replace(/[a-f]/g, (d) => `[${d}${d.toUpperCase()}]`);
  const alternatives = [escapeRegExp(char), '&#?\\w+;'];
  if (code <= 0xffff) alternatives.push(`\\\\u${anyCase(code.toString(16).padStart(4, '0'))}`);
  if (code <= 0xff) alternatives.push(`\\\\x${anyCase(code.toString(16).padStart(2, '0'))}`);
  return `(?:${alternatives.join('|')})`;
}

const piecePattern = (piece: string): string => [...piece].map(charPattern).join('');

/**
 * Matches the pieces one after the other from `start`, where the first piece must begin, with a
 * separator between each two. Returns the end, or undefined. Piece by piece rather than as one
 * regular expression: a sentence of thousands of words would overflow the regex engine's stack.
 */
function matchSequence(source: string, pieces: RegExp[], start: number): number | undefined {
  let pos = start;
  for (let i = 0; i < pieces.length; i++) {
    let candidates = [pos];
    if (i > 0) {
      SEPARATOR.lastIndex = pos;
      if (!SEPARATOR.exec(source)) return undefined;
      // The separator may have swallowed an escaped first letter of the piece: try the longest first.
      candidates = [];
      for (let at = SEPARATOR.lastIndex; at > pos; at--) candidates.push(at);
    }
    const piece = pieces[i];
    const next = candidates.find((at) => {
      piece.lastIndex = at;
      return piece.exec(source) !== null;
    });
    if (next === undefined) return undefined;
    pos = piece.lastIndex;
  }
  return LETTER_OR_DIGIT.test(source[pos] ?? '') ? undefined : pos;
}

/** The first place at or after `from` where the pieces follow each other as words. */
function findSequence(source: string, pieces: string[], from: number): [number, number] | undefined {
  // The first word as a plain pattern (no lookbehind), so that the engine can search for it fast.
  const first = new RegExp(piecePattern(pieces[0]), 'gu');
  const sticky = pieces.map((piece) => new RegExp(piecePattern(piece), 'uy'));
  first.lastIndex = from;
  for (let match = first.exec(source); match; match = first.exec(source)) {
    if (!wordStartsAt(source, match.index)) continue;
    const end = matchSequence(source, sticky, match.index);
    if (end !== undefined) return [match.index, end];
    if (first.lastIndex === match.index) first.lastIndex++;
  }
  return undefined;
}

/** Pieces of a sentence as the source spells them: runs of letters and digits. */
const PIECE = /[\p{L}\p{N}]+/gu;
/** Pieces matched at each end of a sentence when the sentence as a whole is not found. */
const EDGE_PIECES = 3;

/**
 * Where a sentence of the field's text is in the scalar's source (offsets into `source`): the
 * whole sentence word for word, else from its first few words to its last few. The sentence's
 * closing punctuation is included. Undefined when the words cannot be found.
 */
export function locateSentence(source: string, sentence: string, from = 0): [number, number] | undefined {
  const pieces = sentence.match(PIECE) ?? [];
  if (pieces.length === 0) return undefined;
  let found = findSequence(source, pieces, from);
  if (!found && pieces.length > EDGE_PIECES) {
    const head = findSequence(source, pieces.slice(0, EDGE_PIECES), from);
    const tail = head && findSequence(source, pieces.slice(-EDGE_PIECES), head[1]);
    if (head && tail) found = [head[0], tail[1]];
  }
  if (!found) return undefined;
  let end = found[1];
  while (end < source.length && /[.!?…]/.test(source[end])) end++;
  return [found[0], end];
}

import { getProperty } from '../../document/model';
import type { ContractModel, Offsets } from '../../contract/model';
import { afterEmptyMatch, proseSegmentKeys, proseSegments, TextResultCache } from '../../contract/proseText';
import { textKey } from '../../text/textKey';
import type { ContractRule } from '../../rule';

/**
 * Terms that GIBIT-style contracts use as defined terms. Used with a capital in the middle of a
 * sentence, one of these is a defined term even when it occurs once.
 */
const KNOWN_CONTRACT_TERMS = new Set([
  'opdrachtgever', 'opdrachtnemer', 'leverancier', 'overeenkomst', 'programmatuur', 'dienst', 'diensten', 'gegevens', 'documentatie',
  'algoritme', 'oplossing', 'gebruiker', 'gebruikers', 'datalek', 'storing', 'acceptatietest', 'exitplan', 'verwerkersovereenkomst',
  'partij', 'partijen', 'werkdag', 'werkdagen', 'broncode', 'beveiligingsincident', 'prestatie', 'prestaties', 'leverdatum',
  'customer', 'supplier', 'agreement', 'service', 'services', 'deliverables', 'documentation', 'software', 'party', 'parties',
  'algorithm', 'incident', 'exit plan', 'business day', 'working day', 'data',
]);

/** Capitalised words that are names of laws, places, languages or calendar words, not defined terms. */
const COMMON_NAMES = new Set([
  'nederland', 'nederlands', 'nederlandse', 'europese', 'europa', 'unie', 'engels', 'engelse', 'english', 'dutch', 'european', 'union',
  'netherlands', 'verordening', 'regulation', 'wet', 'act', 'god', 'staat', 'rijk', 'koninkrijk', 'minister', 'ministerie',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'i',
]);

/** Words that name a part of a document when a number or letter follows: "Artikel 7", "Schedule 1". */
const PART_WORDS = /^(?:artikel|artikelen|article|articles|art|bijlage|bijlagen|annex|annexes|schedule|schedules|clause|clauses|section|sections|lid|paragraph|appendix|hoofdstuk|chapter|deel|part)$/i;

/**
 * A run of capitalised words is what CAPITALISED_RUN, `/\p{Lu}[\p{Ll}\p{Lu}’'-]*(?:[ \t]+\p{Lu}[\p{Ll}\p{Lu}’'-]*)*\/gu`,
 * matches; `capitalisedRuns` and `capitalisedRunEnd` find it without running the expression.
 */
const UPPER_CASE_POINT = /^\p{Lu}$/u;

/**
 * What `text.matchAll(CAPITALISED_RUN)` finds, faster: a run starts at a capital and always matches
 * there, so capitals are found by a loop over the code points (letters A-Z without an expression)
 * and the run is followed from each of them (`capitalisedRunEnd`).
 */
export function* capitalisedRuns(text: string): Generator<{ index: number; text: string }> {
  let i = 0;
  while (i < text.length) {
    const point = text.codePointAt(i)!;
    const upper = point < 128 ? point >= 65 && point <= 90 : UPPER_CASE_POINT.test(String.fromCodePoint(point));
    if (!upper) {
      i += point > 0xffff ? 2 : 1;
      continue;
    }
    const end = capitalisedRunEnd(text, i, text.length);
    yield { index: i, text: text.slice(i, end) };
    i = end;
  }
}
const INLINE_DEFINITION = [
  /\bhierna(?:[ \t]+te[ \t]+noemen)?[ \t]*[:,]?[ \t]*(?:de[ \t]+|het[ \t]+)?[“"‘'*_]*(\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)*)/gu,
  /\((?:hereinafter[ \t]+(?:referred[ \t]+to[ \t]+as[ \t]+)?|hierna[ \t]*:?[ \t]*)?(?:the[ \t]+|de[ \t]+|het[ \t]+)?[“"‘'*_]*(\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)*)[”"’'*_]*\)/gu,
];

/** A run (which never starts or ends with white space) of more than one word. */
const SPACE_OR_TAB = /[ \t]/;

/** What each of `INLINE_DEFINITION` starts with, as written (the patterns do not ignore case). */
const INLINE_DEFINITION_START = ['hierna', '('];

interface Occurrence {
  text: string;
  offset: Offsets;
}

const TERM_ENDINGS = ['s', 'en', 'n', 'e', 'es'];

/**
 * The defined terms in their usual forms: as written, and with a plural or possessive ending, both
 * ways ("Gegevens" also answers "Gegeven"). Built once per contract, so that each capitalised
 * word in a long contract is one set lookup rather than a comparison with every term.
 */
class DefinedTerms {
  /** Every form of every term (`termForms`): a used word is one lookup. */
  private readonly forms: Set<string>;

  constructor(terms: readonly string[]) {
    this.forms = new Set(terms.flatMap(termForms));
  }

  /** The word, in lower case and without a possessive, is a term, or a term with or without an ending. */
  has(used: string): boolean {
    return this.forms.has(used.toLowerCase().replace(/[’']s$/, ''));
  }
}

/** What `/[\s]/u` matches: JavaScript's white space and line terminators. */
function isWhiteSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `*_“"‘'([`: marks that may open a sentence or a term. */
function isOpeningMarkCode(code: number): boolean {
  return code === 42 || code === 95 || code === 0x201c || code === 34 || code === 0x2018 || code === 39 || code === 40 || code === 91;
}

/** `.!?:;|`: what ends a sentence (or a label before it). */
function isSentenceEndCode(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 58 || code === 59 || code === 124;
}

/** Looks back only over what precedes `at` on its line (a long paragraph costs no more per word). */
function isSentenceInitial(text: string, segmentStart: number, at: number): boolean {
  let end = at;
  while (end > segmentStart) {
    const code = text.charCodeAt(end - 1);
    if (!isWhiteSpaceCode(code) && !isOpeningMarkCode(code)) break;
    end--;
  }
  if (end === segmentStart || isSentenceEndCode(text.charCodeAt(end - 1))) return true;
  end = at;
  while (end > segmentStart && isOpeningMarkCode(text.charCodeAt(end - 1))) end--;
  // A marker ends with a digit, ".", ")" or one of "-*+": after anything else (mostly a word) the
  // line's start holds none, and the line need not be found.
  let last = end;
  while (last > segmentStart && (text.charCodeAt(last - 1) === 32 || text.charCodeAt(last - 1) === 9)) last--;
  if (last > segmentStart && !mayEndLineStartMarker(text.charCodeAt(last - 1))) return false;
  // No line break lies between the line's start and `end`.
  const lineStart = Math.max(segmentStart, text.lastIndexOf('\n', end - 1) + 1);
  return isLineStartMarker(text, Math.min(lineStart, end), end);
}

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/** What may stand last before the white space after a line's start (see isLineStartMarker): a marker's last character, `>` or the line break. */
function mayEndLineStartMarker(code: number): boolean {
  return isDigitCode(code) || code === 46 || code === 41 || code === 45 || code === 42 || code === 43 || code === 62 || code === 10;
}
const isAsciiLetterCode = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/**
 * What `/^[ \t>]*(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[-*+]|[a-zA-Z][.)]|\([a-zA-Z0-9]{1,4}\))?[ \t]*$/` says of the
 * text from `from` to `to` (a line's start, up to a word), without slicing it: white space
 * and quote marks, a list or clause marker or none, white space. A marker starts with no white space
 * or `>` and ends with no white space, so it is what lies between the longest such lead and tail.
 */
export function isLineStartMarker(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 62) break;
    i++;
  }
  let j = to;
  while (j > i && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) j--;
  if (i === j) return true;
  const first = text.charCodeAt(i);
  const length = j - i;
  // [-*+]
  if (length === 1 && (first === 45 || first === 42 || first === 43)) return true;
  // [a-zA-Z][.)]
  if (length === 2 && isAsciiLetterCode(first) && (text.charCodeAt(i + 1) === 46 || text.charCodeAt(i + 1) === 41)) return true;
  // \([a-zA-Z0-9]{1,4}\)
  if (first === 40) {
    if (length < 3 || length > 6 || text.charCodeAt(j - 1) !== 41) return false;
    for (let k = i + 1; k < j - 1; k++) if (!isAsciiLetterCode(text.charCodeAt(k)) && !isDigitCode(text.charCodeAt(k))) return false;
    return true;
  }
  // \d{1,3}(?:\.\d{1,3})*[.)]?: groups of one to three digits after a dot, then perhaps "." or ")".
  let k = i;
  for (;;) {
    const digits = k;
    while (k < j && isDigitCode(text.charCodeAt(k))) k++;
    if (k === digits || k - digits > 3) return false;
    if (k === j) return true;
    const code = text.charCodeAt(k);
    if (k + 1 === j) return code === 46 || code === 41;
    if (code !== 46) return false;
    k++;
  }
}

/**
 * Capitalised word runs of one segment, as numbers only (offsets relative to the segment's start),
 * so that a remembered segment holds no text of an old version of a document.
 */
interface SegmentUses {
  /** Per run, where it starts and its length: [at, length, at, length, ...]. */
  runs: readonly number[];
  /** The runs that the rule judges as possibly undefined: the run's index and the length of its word (without a possessive), in pairs. */
  candidates: readonly number[];
}

/**
 * What a segment's text says, remembered across lints by the segment's text, the four characters
 * after it (the rule looks that far ahead), and what the rule judges it against (the defined terms
 * and the parties): after an edit, a re-lint reads only the changed segments.
 */
const SEGMENT_USES = new TextResultCache<SegmentUses>(20_000);

/** How far after a run the rule looks ("Artikel 7"). */
const LOOK_AHEAD = 4;

/**
 * A 53-bit key of a segment's text (given as its `proseSegmentKeys` hash), the characters after it
 * and the judging context.
 */
function segmentUsesKey(segmentKey: number, text: string, end: number, context: number): number {
  let a = (segmentKey % 0x100000000) ^ (context >>> 0);
  let b = Math.floor(segmentKey / 0x100000000) ^ Math.floor(context / 0x100000000) ^ 0x9747b28c;
  const last = Math.min(text.length, end + LOOK_AHEAD);
  for (let i = end; i < last; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a = Math.imul(a ^ (last - end), 0x01000193);
  b = Math.imul(b ^ a, 0x5bd1e995);
  b ^= b >>> 13;
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/**
 * What the rule makes of one run of capitalised words, the same wherever the run stands: whether it is
 * a defined term, and the word and lower case it is judged by (undefined when it is not judged).
 * Kept per lint, as many runs repeat ("Leverancier").
 */
interface RunVerdict {
  defined: boolean;
  /** The length of the word judged (the run without a possessive); -1 when the run is not judged. */
  judged: number;
}

/** Whether the text at `from` (up to four characters on) continues a part word with a number: "Artikel 7", "Bijlage IV". */
function numberFollows(text: string, from: number): boolean {
  const last = Math.min(text.length, from + LOOK_AHEAD);
  for (let i = from; i < last; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9) continue;
    return (code >= 48 && code <= 57) || code === 73 || code === 86 || code === 88;
  }
  return false;
}

/** A code unit that may start a capitalised run (see readSegment). */
const MAYBE_CAPITAL = /[A-Z\u0080-\uffff]/g;

/**
 * The distinct pieces of text a lint meets (capitalised runs, their last words), each made a string
 * once and numbered by first sight: reading the 30 000 runs of a long contract allocates nothing
 * for the hundred or so distinct ones. A piece is found by a key of its length and a few of its
 * characters, then compared with the text in native code (`startsWith`), so it is not read
 * character by character in JavaScript. Kept for one lint only (it holds document text).
 */
class Pieces {
  readonly texts: string[] = [];
  /** Per key, the last piece with that key; `earlier` chains the others. */
  private readonly byKey = new Map<number, number>();
  private readonly earlier: number[] = [];

  id(text: string, start: number, end: number): number {
    const length = end - start;
    const key = ((length << 21) ^ (text.charCodeAt(start) << 10) ^ (text.charCodeAt(start + (length >> 1)) << 5) ^ text.charCodeAt(end - 1)) & 0x3fffffff;
    const last = this.byKey.get(key);
    for (let id = last ?? -1; id !== -1; id = this.earlier[id]) {
      const piece = this.texts[id];
      if (piece.length === length && text.startsWith(piece, start)) return id;
    }
    const id = this.texts.length;
    this.texts.push(text.slice(start, end));
    this.earlier.push(last ?? -1);
    this.byKey.set(key, id);
    return id;
  }
}

/** What one lint makes of runs, read where they stand (by offsets): no piece of a segment is copied. */
interface RunJudge {
  /** The number of the text from `at` to `end` among the lint's pieces (see `Pieces`). */
  pieceOf(at: number, end: number): number;
  verdictOf(piece: number): RunVerdict;
  /** Whether the word from `at` to `end` names a part of a document ("Artikel"). */
  isPartWord(at: number, end: number): boolean;
  /** The piece of each run a segment read in this lint holds, in order: the runs need not be looked up again. */
  readonly runPieces: number[];
}

/** The capitalised runs of a segment that are not at a sentence start, and those of them the rule judges. */
function readSegment(text: string, start: number, end: number, judge: RunJudge): SegmentUses {
  // Written into shared lists, then copied at their size (most segments have few runs, many no
  // candidates); counted here, as setting a list's length is slow.
  const runs = RUNS;
  const candidates = CANDIDATES;
  let runCount = 0;
  let candidateCount = 0;
  let i = start;
  while (i < end) {
    // Straight to the next ASCII capital or code unit from 128: the characters passed are not
    // capitals, and the expression passes them faster than a loop (`test` makes no match object).
    // It may stop beyond the segment: then no capital is left in it.
    MAYBE_CAPITAL.lastIndex = i;
    if (!MAYBE_CAPITAL.test(text)) break;
    i = MAYBE_CAPITAL.lastIndex - 1;
    if (i >= end) break;
    const code = text.charCodeAt(i);
    let size = 1;
    let upper: boolean;
    if (code < 128) upper = code >= 65 && code <= 90;
    else {
      const point = text.codePointAt(i)!;
      if (point > 0xffff) size = 2;
      upper = caseOf(point) === 2;
    }
    if (!upper) {
      i += size;
      continue;
    }
    // The run as `capitalisedRuns` finds it in the segment alone.
    const next = capitalisedRunEnd(text, i, end);
    let at = i;
    i = next;
    if (isSentenceInitial(text, start, at) && !judge.verdictOf(judge.pieceOf(at, next)).defined) {
      // "De Opdrachtgever ...": the first word has its capital from the sentence, the rest from the term.
      let space = at;
      while (space < next && text.charCodeAt(space) !== 32 && text.charCodeAt(space) !== 9) space++;
      if (space === next) continue;
      at = space;
      while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
    }
    if (numberFollows(text, next)) {
      // "Artikel 7": the run's last word names a part of the document.
      let lastWord = next;
      while (lastWord > at && text.charCodeAt(lastWord - 1) !== 32 && text.charCodeAt(lastWord - 1) !== 9) lastWord--;
      if (judge.isPartWord(lastWord, next)) continue;
    }
    const piece = judge.pieceOf(at, next);
    const judged = judge.verdictOf(piece).judged;
    if (judged !== -1) {
      candidates[candidateCount++] = runCount >> 1;
      candidates[candidateCount++] = judged;
    }
    runs[runCount++] = at - start;
    runs[runCount++] = next - at;
    judge.runPieces.push(piece);
  }
  return { runs: runCount === 0 ? NO_NUMBERS : runs.slice(0, runCount), candidates: candidateCount === 0 ? NO_NUMBERS : candidates.slice(0, candidateCount) };
}

const RUNS: number[] = [];
const CANDIDATES: number[] = [];
const NO_NUMBERS: readonly number[] = [];

/** For code points from 128: 1 lower case (`\p{Ll}`), 2 upper case (`\p{Lu}`), 0 neither; asked of the expressions once per code point. */
const FAR_CASES = new Map<number, number>();
const LOWER_CASE_POINT = /^\p{Ll}$/u;

function caseOf(point: number): number {
  if (point < 128) return point >= 97 && point <= 122 ? 1 : point >= 65 && point <= 90 ? 2 : 0;
  let kind = FAR_CASES.get(point);
  if (kind === undefined) {
    const character = String.fromCodePoint(point);
    kind = UPPER_CASE_POINT.test(character) ? 2 : LOWER_CASE_POINT.test(character) ? 1 : 0;
    FAR_CASES.set(point, kind);
  }
  return kind;
}

/** The code point at `at`, as an expression sees it in the text up to `limit` (a surrogate pair cut by `limit` is a lone surrogate). */
function pointBeforeLimit(text: string, at: number, limit: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < limit) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return code;
}

/** Whether a code point may continue a capitalised word: `[\p{Ll}\p{Lu}’'-]`. */
function continuesWord(point: number): boolean {
  return point === 0x2019 || point === 39 || point === 45 || caseOf(point) !== 0;
}

/**
 * Where CAPITALISED_RUN (above), tried at `at` (an upper-case letter), ends its match in the text up
 * to `limit`, without running it: the expression was a good part of the rule's time. Its only
 * choice is the one made here: white space that no upper-case letter follows is not part of the run.
 */
function capitalisedRunEnd(text: string, at: number, limit: number): number {
  let i = at + (pointBeforeLimit(text, at, limit) > 0xffff ? 2 : 1);
  for (;;) {
    while (i < limit) {
      // ASCII first: letters, "'" and "-" continue the word, anything else ends it.
      const code = text.charCodeAt(i);
      if (code < 128) {
        if (isAsciiLetterCode(code) || code === 39 || code === 45) {
          i++;
          continue;
        }
        break;
      }
      const point = pointBeforeLimit(text, i, limit);
      if (!continuesWord(point)) break;
      i += point > 0xffff ? 2 : 1;
    }
    let next = i;
    while (next < limit && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9)) next++;
    if (next === i || next >= limit) return i;
    const point = pointBeforeLimit(text, next, limit);
    if (caseOf(point) !== 2) return i;
    i = next + (point > 0xffff ? 2 : 1);
  }
}

/** What `/^[ \t]*#/` says of the text from `start` to `end`. */
function startsWithHash(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i < end && text.charCodeAt(i) === 35;
}

/**
 * Capitalised word runs in the prose, outside headings and the definitions article, that are not at
 * a sentence start, per segment in text order, with the segment's start.
 */
function capitalisedUses(contract: ContractModel, context: number, judge: RunJudge): CapitalisedUses {
  const { text } = contract;
  // Headings do not overlap: sorted by start, the one that could hold a segment's start is the
  // last that starts at or before it, followed along as the segments come in text order.
  const headings: Offsets[] = [...contract.articles.map((article) => article.headingOffset), ...contract.annexes.map((annex) => annex.headingOffset)]
    .sort((a, b) => a[0] - b[0]);
  let heading = -1;
  const definitions = contract.definitions?.article.offset;
  const uses: CapitalisedUses = { starts: [], segments: [], firstPieces: [] };
  const segments = proseSegments(contract);
  const keys = proseSegmentKeys(contract);
  for (let index = 0; index < segments.length; index++) {
    const start = segments[index][0];
    const end = segments[index][1];
    while (heading + 1 < headings.length && headings[heading + 1][0] <= start) heading++;
    if (startsWithHash(text, start, Math.min(end, start + 8))) continue;
    if ((definitions && start >= definitions[0] && start < definitions[1]) || (heading >= 0 && start < headings[heading][1])) continue;
    const key = segmentUsesKey(keys[index], text, end, context);
    let found = SEGMENT_USES.get(key);
    let firstPiece = -1;
    if (!found) {
      firstPiece = judge.runPieces.length;
      found = readSegment(text, start, end, judge);
      SEGMENT_USES.set(key, found);
    }
    uses.starts.push(start);
    uses.segments.push(found);
    uses.firstPieces.push(firstPiece);
  }
  return uses;
}

/** Per segment read (in text order), its start and what it says. */
interface CapitalisedUses {
  starts: number[];
  segments: SegmentUses[];
  /** Where the pieces of its runs start in `RunJudge.runPieces` when it was read in this lint, else -1. */
  firstPieces: number[];
}

function partyWords(contract: ContractModel): Set<string> {
  const words = new Set<string>();
  for (const key of ['leverancier', 'supplier', 'opdrachtgever', 'customer', 'buyer', 'koper', 'titel', 'title']) {
    const value = getProperty(contract.frontMatter?.root, key)?.value;
    if (value?.kind === 'scalar' && typeof value.value === 'string') for (const word of value.value.split(/[\s,.()]+/)) words.add(word.toLowerCase());
  }
  return words;
}

function inlineDefinitions(contract: ContractModel): string[] {
  const terms: string[] = [];
  const { text } = contract;
  // Per pattern, where the text it starts with next stands (at or after the segment read): a
  // segment holds it only when it starts there and ends inside, so most segments are neither
  // searched nor cut out.
  const next = INLINE_DEFINITION_START.map(() => -1);
  const segments = proseSegments(contract);
  for (let k = 0; k < segments.length; k++) {
    const start = segments[k][0];
    const end = segments[k][1];
    let segment: string | undefined;
    for (let i = 0; i < INLINE_DEFINITION.length; i++) {
      const sign = INLINE_DEFINITION_START[i];
      if (next[i] < start) {
        const at = text.indexOf(sign, start);
        next[i] = at === -1 ? text.length : at;
      }
      if (next[i] + sign.length > end) continue;
      segment ??= text.slice(start, end);
      // What `matchAll` finds, without its copy of the expression per call.
      const pattern = INLINE_DEFINITION[i];
      pattern.lastIndex = 0;
      for (let match = pattern.exec(segment); match !== null; match = pattern.exec(segment)) {
        terms.push(match[1]);
        if (match[0] === '') pattern.lastIndex = afterEmptyMatch(segment, match.index);
      }
    }
  }
  return terms;
}

export const undefinedTermRule: ContractRule = {
  meta: {
    id: 'contract/undefined-term',
    alias: 'defined-terms',
    defaultSeverity: 'warning',
    tags: ['contract', 'drafting'],
    description: {
      nl: 'Begrippen met een hoofdletter staan in het artikel met begrippen, en elk begrip daar wordt ook gebruikt.',
      en: 'Capitalised terms are defined in the definitions article, and every term defined there is used.',
    },
    sources: [
      { title: { nl: 'GIBIT 2023, artikel 1 (begrippen)', en: 'GIBIT 2023, Article 1 (definitions)' }, url: 'https://www.digitaleoverheid.nl/overzicht-van-alle-onderwerpen/gibit/' },
    ],
    fixable: false,
  },
  check(context) {
    const { contract, bundle } = context;
    // An annex kept in a separate file uses the contract's defined terms.
    const main = context.documentRole === 'annex-file' ? bundle.main : undefined;
    // Without a definitions article a contract does not work with defined terms; nothing to hold it to.
    if (!contract.definitions && !main?.definitions) return;
    const defined = [
      ...(contract.definitions?.terms ?? []).map((term) => term.term),
      ...inlineDefinitions(contract),
      ...(main ? [...(main.definitions?.terms ?? []).map((term) => term.term), ...inlineDefinitions(main)] : []),
    ];
    const { text } = contract;
    const parties = partyWords(contract);
    if (main) for (const word of partyWords(main)) parties.add(word);
    const terms = new DefinedTerms(defined);
    const isDefinedTerm = (run: string): boolean => terms.has(run);
    const isDefined = (run: string): boolean => terms.has(run) || run.split(/[ \t]+/).some((word) => terms.has(word));
    // Runs and words by their place in the text, each distinct one made a string and judged once.
    const pieces = new Pieces();
    const verdicts: Array<RunVerdict | undefined> = [];
    const verdictOf = (id: number): RunVerdict => {
      let verdict = verdicts[id];
      if (verdict) return verdict;
      const run = pieces.texts[id];
      let judged = -1;
      // Runs of several capitalised words are mostly names ("Autoriteit Persoonsgegevens"); only single words are judged.
      if (!SPACE_OR_TAB.test(run)) {
        const word = run.replace(/[’']s$/, '');
        const lower = word.toLowerCase();
        if (!(word === word.toUpperCase() || COMMON_NAMES.has(lower) || parties.has(lower) || isDefined(word))) judged = word.length;
      }
      verdict = { defined: isDefinedTerm(run), judged };
      // Filled in order: a hole would make the array slow.
      while (verdicts.length < id) verdicts.push(undefined);
      verdicts[id] = verdict;
      return verdict;
    };
    const partWords: Array<boolean | undefined> = [];
    const isPartWord = (at: number, end: number): boolean => {
      const id = pieces.id(text, at, end);
      while (partWords.length <= id) partWords.push(undefined);
      return (partWords[id] ??= PART_WORDS.test(pieces.texts[id]));
    };
    // What the segments are judged against: the same terms and parties give the same judgement.
    const judging = textKey([...defined, '\u0000', ...parties].join('\u0001'));
    const judge: RunJudge = { pieceOf: (at, end) => pieces.id(text, at, end), verdictOf, isPartWord, runPieces: [] };
    const uses = capitalisedUses(contract, judging, judge);
    // Per word in lower case, its first use and how often it is used.
    const undefinedUses = new Map<string, { first: Occurrence; count: number }>();
    const lowerOf: Array<string | undefined> = [];
    for (let u = 0; u < uses.starts.length; u++) {
      const start = uses.starts[u];
      const firstPiece = uses.firstPieces[u];
      const { runs, candidates } = uses.segments[u];
      for (let k = 0; k < candidates.length; k += 2) {
        const at = start + runs[2 * candidates[k]];
        const length = runs[2 * candidates[k] + 1];
        // The word judged is the run, unless a possessive was left off.
        const id = firstPiece !== -1 && candidates[k + 1] === length ? judge.runPieces[firstPiece + candidates[k]] : pieces.id(text, at, at + candidates[k + 1]);
        while (lowerOf.length <= id) lowerOf.push(undefined);
        const lower = (lowerOf[id] ??= pieces.texts[id].toLowerCase());
        const uses = undefinedUses.get(lower);
        if (uses) uses.count++;
        else undefinedUses.set(lower, { first: { text: pieces.texts[id], offset: [at, at + length] }, count: 1 });
      }
    }
    // Only these words' lower-case use decides anything: the text is searched for them alone.
    const askedLowerCase = new Set<string>();
    for (const [lower, { count }] of undefinedUses) if (count >= 2 && !KNOWN_CONTRACT_TERMS.has(lower)) askedLowerCase.add(lower);
    const lowerCaseWords = lowerCaseWordsAmong(contract.text, askedLowerCase);
    for (const [lower, { first, count }] of undefinedUses) {
      const known = KNOWN_CONTRACT_TERMS.has(lower);
      const commonNoun = count >= 2 && lowerCaseWords.has(lower);
      if (!known && !commonNoun) continue;
      context.report({ messageId: 'undefined', data: { term: first.text, count }, offset: first.offset, properties: { term: first.text } });
    }

    if (context.documentRole !== 'contract' || !contract.definitions) return;
    // Each distinct run once: the checks below ask only whether some run is or holds a term, and
    // a long contract repeats its runs ("Leverancier") thousands of times.
    const seen: boolean[] = [];
    const usedRuns: string[] = [];
    for (let u = 0; u < uses.starts.length; u++) {
      const start = uses.starts[u];
      const firstPiece = uses.firstPieces[u];
      const { runs } = uses.segments[u];
      for (let k = 0; k < runs.length; k += 2) {
        const id = firstPiece !== -1 ? judge.runPieces[firstPiece + (k >> 1)] : pieces.id(text, start + runs[k], start + runs[k] + runs[k + 1]);
        while (seen.length <= id) seen.push(false);
        if (!seen[id]) {
          seen[id] = true;
          usedRuns.push(pieces.texts[id]);
        }
      }
    }
    // Each run as `DefinedTerms.has` reads it, once: a term's forms are then looked up rather than
    // compared with every run (which took time in the square of a long contract's length).
    const usedWords = new Set(usedRuns.map((run) => run.toLowerCase().replace(/[’']s$/, '')));
    const joinedRuns = usedRuns.join('\n');
    for (const term of contract.definitions.terms) {
      const used = termForms(term.term).some((form) => usedWords.has(form))
        || (term.term.includes('\n') ? usedRuns.some((run) => run.includes(term.term)) : joinedRuns.includes(term.term))
        || usedOutsideDefinitions(contract, term.term)
        || bundle.annexFiles.some((annex) => usedOutsideDefinitions(annex.contract, term.term));
      if (!used) context.report({ messageId: 'unused', data: { term: term.term }, offset: term.offset, severity: 'info', properties: { term: term.term } });
    }
  },
};

/** Lower-case words: what `text.match(LOWER_CASE_WORD)` finds, `lowerCaseWordsAmong` finds faster. */
export const LOWER_CASE_WORD = /(?<![\p{L}])\p{Ll}[\p{Ll}-]+/gu;

const LETTER_CODE_POINT = /^\p{L}$/u;
const LOWER_CASE_CODE_POINT = /^\p{Ll}$/u;

function isLetterPoint(point: number): boolean {
  if (point < 128) return (point >= 97 && point <= 122) || (point >= 65 && point <= 90);
  return LETTER_CODE_POINT.test(String.fromCodePoint(point));
}

function isLowerCasePoint(point: number): boolean {
  if (point < 128) return point >= 97 && point <= 122;
  return LOWER_CASE_CODE_POINT.test(String.fromCodePoint(point));
}

/** The code point that ends just before `index`, or -1 at the start. */
function pointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2)!;
  }
  return low;
}

const inWordRun = (point: number): boolean => point === 45 /* - */ || isLowerCasePoint(point);

/**
 * Which of `asked` are among `text.match(LOWER_CASE_WORD)`, in one pass over the code points that
 * does what that scan does (a lower-case letter after no letter, with more lower-case letters or
 * hyphens after it, starts a word that runs as far as they do) without collecting every word.
 */
export function lowerCaseWordsAmong(text: string, asked: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  if (asked.size === 0) return found;
  // The asked words are searched for, and each place they occur is checked (cheaper than reading every code point).
  const searched = searchedLowerCaseWords(text, asked);
  if (searched) return searched;
  const lengths = new Set([...asked].map((word) => word.length));
  let i = 0;
  while (i < text.length) {
    const point = text.codePointAt(i)!;
    const size = point > 0xffff ? 2 : 1;
    if (isLowerCasePoint(point) && (i === 0 || !isLetterPoint(pointBefore(text, i)))) {
      let end = i + size;
      if (end < text.length && inWordRun(text.codePointAt(end)!)) {
        while (end < text.length) {
          const next = text.codePointAt(end)!;
          if (!inWordRun(next)) break;
          end += next > 0xffff ? 2 : 1;
        }
        if (lengths.has(end - i)) {
          const word = text.slice(i, end);
          if (asked.has(word)) found.add(word);
        }
        i = end;
        continue;
      }
    }
    i += size;
  }
  return found;
}

/** How far back a check of a place may look over a run of lower-case letters and hyphens before the search gives up. */
const MAX_RUN_LOOK_BACK = 256;

/** Whether `word` is something `LOWER_CASE_WORD` can match: a lower-case letter, then one or more lower-case letters or hyphens. */
function isLowerCaseWordShape(word: string): boolean {
  let points = 0;
  for (let i = 0; i < word.length; ) {
    const point = word.codePointAt(i)!;
    if (points === 0 ? !isLowerCasePoint(point) : !inWordRun(point)) return false;
    points++;
    i += point > 0xffff ? 2 : 1;
  }
  return points >= 2;
}

/**
 * Whether `LOWER_CASE_WORD`'s global scan of `text` has a match that is `length` characters from
 * `at` (where text of a word's shape stands): no letter precedes it, no match of the scan already
 * runs over it (the run of lower-case letters and hyphens before it holds no match start), and the
 * run it starts ends there. Undefined when the run before it is too long to look back over.
 */
function isScannedWordAt(text: string, at: number, length: number): boolean | undefined {
  const end = at + length;
  if (end < text.length && inWordRun(text.codePointAt(end)!)) return false;
  const before = pointBefore(text, at);
  if (before !== -1 && isLetterPoint(before)) return false;
  let r = at;
  while (r > 0) {
    const point = pointBefore(text, r);
    if (!inWordRun(point)) break;
    r -= point > 0xffff ? 2 : 1;
    if (at - r > MAX_RUN_LOOK_BACK) return undefined;
    if (isLowerCasePoint(point)) {
      const previous = pointBefore(text, r);
      if (previous === -1 || !isLetterPoint(previous)) return false;
    }
  }
  return true;
}

/**
 * `lowerCaseWordsAmong` by searching for the asked words themselves and checking each place they
 * occur. Each word has an expression of its own: one of them all had to be tried at every place of
 * the text, while the expression of one word skips to the places where that word stands (in native
 * code: a short word such as "on" stands inside many words). Undefined when a place cannot be
 * checked (the full scan is then used).
 */
function searchedLowerCaseWords(text: string, asked: ReadonlySet<string>): Set<string> | undefined {
  const found = new Set<string>();
  for (const word of asked) {
    // Only text of a word's shape can be a match.
    if (!isLowerCaseWordShape(word)) continue;
    // An ASCII lower-case letter before a place, or one or a hyphen after it, rules it out (the check
    // below says so too): the expression skips those places without a match to check.
    const search = new RegExp(`(?<![a-z])${word.replace(/[-\\^$.*+?()[\]{}|]/g, '\\$&')}(?![a-z-])`, 'g');
    for (let match = search.exec(text); match; match = search.exec(text)) {
      const scanned = isScannedWordAt(text, match.index, word.length);
      if (scanned === undefined) return undefined;
      if (scanned) {
        found.add(word);
        break;
      }
      // Occurrences may overlap ("a-a" in "a-a-a"): go on from the next place.
      search.lastIndex = match.index + 1;
    }
  }
  return found;
}

/**
 * The words that stand for a term (after lower case and without a possessive): the term itself,
 * the term with an ending ("Gegeven" + "s"), and the term without one ("Gegevens" - "s").
 */
function termForms(term: string): string[] {
  const lower = term.toLowerCase();
  const forms = [lower];
  for (const ending of TERM_ENDINGS) {
    if (lower.length > 0) forms.push(lower + ending);
    if (lower.endsWith(ending)) forms.push(lower.slice(0, lower.length - ending.length));
  }
  return forms;
}

/** Whether a defined term occurs, with its capital, anywhere outside the definitions article (also at a sentence start). */
function usedOutsideDefinitions(contract: ContractModel, term: string): boolean {
  const definitions = contract.definitions?.article.offset ?? [0, 0];
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}])${escaped}(?:s|en|n|e|es|[’']s)?(?![\\p{L}])`, 'gu');
  for (const [start, end] of proseSegments(contract)) {
    if (start >= definitions[0] && start < definitions[1]) continue;
    pattern.lastIndex = 0;
    if (pattern.test(contract.text.slice(start, end))) return true;
  }
  return false;
}

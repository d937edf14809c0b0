import type { ContractModel } from '../../contract/model';
import { contractWords, lacksMany, nextMatchStart, proseSegmentKeys, proseSegments, TextResultCache, WordBits } from '../../contract/proseText';
import type { ContractRule } from '../../rule';

/** HTML elements people write in Markdown: `<br>`, `<sup>` and the like are markup, not placeholders. */
const HTML_ELEMENTS = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'details', 'div', 'dl', 'dt', 'em', 'figcaption',
  'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'section',
  'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'u', 'ul', 'wbr', 'center', 'font',
]);

/** Words that make a bracketed lower-case text a placeholder ("[naam leverancier]"), not a citation ("[1]"). */
const FILL_IN_WORDS = /\b(?:naam|datum|bedrag|adres|nummer|plaats|invullen|in te vullen|name|date|amount|address|number|insert|fill in)\b/i;

export const CANDIDATES = new RegExp(
  [
    String.raw`€\s*\[[^\[\]\n]{1,60}\]`,
    String.raw`\{\{[^{}\n]{0,80}\}\}`,
    String.raw`\[[^\[\]\n]{2,60}\](?![(\[:])`,
    String.raw`<[^<>\n]{2,60}>`,
    String.raw`\bX{3,}\b|\bx{3}\b`,
    String.raw`(?<!\d\s?)\bPM\b(?!\s*\d)`,
    String.raw`€\s*(?:\.{2,}|…|-{1,2},-{1,2}|_{2,}|\?+)`,
    String.raw`_{4,}`,
    String.raw`\b(?:nog |nader )?in te vullen\b|\bn\.t\.b\.|\bnog te bepalen\b|\bTBD\b|\bTBC\b|\bTODO\b|\bto be (?:determined|confirmed|agreed)\b`,
  ].join('|'),
  'giu',
);

/**
 * What every candidate above contains (with the same flags): a segment without any of it is not
 * searched with the long expression.
 */
export const CANDIDATE_SIGN = /[€{[<_]|xxx|pm|in te vullen|n\.t\.b\.|nog te bepalen|tb[dc]|todo|to be /iu;
/**
 * CANDIDATE_SIGN's marks, to search a whole text: alone they are searched much faster than with
 * the words (the engine's skip ahead works with fewer first characters). Without the i and u
 * flags, which change nothing for these characters (no letters, no surrogates) but slow the search.
 */
const SIGN_MARKS = /[€{[<_]/g;

/**
 * CANDIDATE_SIGN's words, as the contract's word index (words are maximal runs of word letters)
 * sees them. Their letters match no character beyond ASCII but the ASCII letters themselves with
 * the i and u flags (only "k" and "s" have such folds), so each letter run of a sign lies in one
 * word, and: "xxx", "pm", "tbd", "tbc", "todo" are inside a word (1); "n.t.b." is a word ending in
 * "n" before ".t.b." (2); "in te vullen" and "nog te bepalen" a word ending in "in" or "nog" before
 * " te " (4); "to be " a word ending in "to" before " be " (8).
 */
const SIGN_IN_WORD = new WordBits(
  (word) => (SIGN_INSIDE.test(word) ? 1 : 0) | (ENDS_N.test(word) ? 2 : 0) | (ENDS_IN_NOG.test(word) ? 4 : 0) | (ENDS_TO.test(word) ? 8 : 0),
);
// Made once: an expression literal in the function above would be a new object per word.
const SIGN_INSIDE = /xxx|pm|tb[dc]|todo/i;
const ENDS_N = /n$/i;
const ENDS_IN_NOG = /(?:in|nog)$/i;
const ENDS_TO = /to$/i;

/**
 * Per segment of `proseSegments`, 1 when it may hold a match of CANDIDATE_SIGN: 0 only for a
 * segment without. From one search of the whole text for the marks and the contract's words.
 */
export function segmentsWithSigns(contract: ContractModel): Uint8Array {
  const { text } = contract;
  const index = contractWords(contract);
  const segments = proseSegments(contract);
  const toRead = new Uint8Array(segments.length);
  // `markAt`: where the next mark is; `signed`: the first word with a sign that does not end
  // before the segment (segments and words are in text order).
  const bits = SIGN_IN_WORD.ofEntries(index);
  const { starts, ends, entries, count } = index;
  let markAt = -1;
  let signed = 0;
  for (let i = 0; i < segments.length; i++) {
    const [start, end] = segments[i];
    if (markAt < start) markAt = nextMatchStart(SIGN_MARKS, text, start);
    for (; signed < count; signed++) {
      const wordBits = bits[entries[signed]] & 0x7f;
      if (wordBits !== 0 && ends[signed] > start && wordIsSign(ends[signed], wordBits, text)) break;
    }
    if (markAt < end || (signed < count && starts[signed] < end)) toRead[i] = 1;
  }
  return toRead;
}

/** Whether a word ending at `end` with these bits of SIGN_IN_WORD starts a sign (the rest of which is `follows`). */
function wordIsSign(end: number, bits: number, text: string): boolean {
  if ((bits & 1) !== 0) return true;
  // Most words end before neither a full stop nor a space that starts a sign: one character tells.
  const next = text.charCodeAt(end);
  if (next === 46) return (bits & 2) !== 0 && follows(text, end, '.t.b.');
  if (next === 32) return ((bits & 4) !== 0 && follows(text, end, ' te ')) || ((bits & 8) !== 0 && follows(text, end, ' be '));
  return false;
}

/** Whether `text` at `at` reads `expected` (lower-case ASCII), ignoring the case of letters. */
function follows(text: string, at: number, expected: string): boolean {
  if (at + expected.length > text.length) return false;
  for (let k = 0; k < expected.length; k++) {
    const code = expected.charCodeAt(k);
    const found = text.charCodeAt(at + k);
    // With the i and u flags, a lower-case ASCII letter other than "k" and "s" matches itself and its capital only.
    if (found !== code && !(code >= 97 && code <= 122 && found === code - 32)) return false;
  }
  return true;
}

/**
 * Where a candidate may start (same flags): each alternative of CANDIDATES starts with a match of
 * one of these. A segment is searched with CANDIDATES only at these places (sticky, CANDIDATE_AT):
 * the long expression tried at every character costs far more than this one. (No \b here: with
 * the u and i flags it makes even this short expression slow.)
 */
const CANDIDATE_START = /[€{[<_]|xxx|pm|(?:nog |nader )?in te vullen|n\.t\.b\.|nog te bepalen|tb[dc]|todo|to be /giu;
const CANDIDATE_AT = new RegExp(CANDIDATES.source, 'iuy');

/** Whether a candidate match is really a placeholder. */
function isPlaceholder(match: string): boolean {
  if (match.startsWith('[')) {
    const inner = match.slice(1, -1).trim();
    if (inner.startsWith('^') || /^[xX ]$/.test(inner)) return false;
    const letters = inner.replace(/[^A-Za-zÀ-ÿ]/g, '');
    return (letters.length >= 2 && letters === letters.toUpperCase()) || FILL_IN_WORDS.test(inner);
  }
  if (match.startsWith('<')) {
    const inner = match.slice(1, -1).trim();
    if (/^[/!?]/.test(inner) || /^(?:[a-z][a-z0-9+.-]*:|www\.)/i.test(inner) || /^[^\s@]+@[^\s@]+$/.test(inner)) return false;
    const element = /^([a-zA-Z][a-zA-Z0-9]*)(?:\s|\/?$)/.exec(inner)?.[1]?.toLowerCase();
    if (element && HTML_ELEMENTS.has(element)) return false;
    return /\p{L}/u.test(inner);
  }
  if (/^pm$/i.test(match)) return match === 'PM';
  if (/^x+$/i.test(match)) return /^X+$/.test(match) || match === 'xxx';
  if (/^(?:tbd|tbc|todo)$/i.test(match)) return match === match.toUpperCase();
  return true;
}

export const placeholderRule: ContractRule = {
  meta: {
    id: 'contract/placeholder',
    alias: 'no-placeholders',
    defaultSeverity: 'warning',
    tags: ['contract', 'drafting'],
    description: {
      nl: 'Het contract heeft geen plekken meer die nog ingevuld moeten worden, zoals [NAAM LEVERANCIER], XXX of n.t.b.',
      en: 'The contract has no places left to fill in, such as [SUPPLIER NAME], XXX or TBD.',
    },
    sources: [
      { title: { nl: 'GIBIT 2023: de overeenkomst legt de afspraken volledig vast', en: 'GIBIT 2023: the agreement records what was agreed in full' }, url: 'https://www.digitaleoverheid.nl/overzicht-van-alle-onderwerpen/gibit/' },
    ],
    fixable: false,
  },
  check(context) {
    const { contract } = context;
    const { text } = contract;
    const keys = proseSegmentKeys(contract);
    // Many segments to read (a first lint): one search of the whole text for the marks and the
    // contract's words pass those without a sign of a candidate; only the others are cut out and read.
    const toRead = lacksMany(FOUND, keys) ? segmentsWithSigns(contract) : undefined;
    const segments = proseSegments(contract);
    // An indexed loop: destructuring each segment in a callback's parameters allocated an iterator per segment.
    for (let i = 0; i < segments.length; i++) {
      const start = segments[i][0];
      let found = FOUND.get(keys[i]);
      if (!found) {
        found = !toRead || toRead[i] === 1 ? placeholdersIn(text.slice(start, segments[i][1])) : NONE;
        FOUND.set(keys[i], found);
      }
      for (const [index, written] of found) {
        const at = start + index;
        context.report({ messageId: 'placeholder', data: { text: written }, offset: [at, at + written.length] });
      }
    }
  },
};

/** The placeholders in one segment: where each starts in it, and the text. */
function placeholdersIn(segment: string): ReadonlyArray<readonly [number, string]> {
  if (!CANDIDATE_SIGN.test(segment)) return NONE;
  const found: Array<readonly [number, string]> = [];
  for (const [index, written] of candidateMatches(segment)) if (isPlaceholder(written)) found.push([index, written]);
  return found.length === 0 ? NONE : found;
}

const NONE: ReadonlyArray<readonly [number, string]> = [];
/** Per segment text, its placeholders: a re-lint looks only at segments that changed. */
const FOUND = new TextResultCache<ReadonlyArray<readonly [number, string]>>(20_000);

/**
 * What segment.matchAll(CANDIDATES) finds (where, and the text): the leftmost match, then the next
 * from its end. A place where no candidate starts is passed by one character, as the search would.
 */
export function candidateMatches(segment: string): Array<readonly [number, string]> {
  const matches: Array<readonly [number, string]> = [];
  CANDIDATE_START.lastIndex = 0;
  for (let start = CANDIDATE_START.exec(segment); start !== null; start = CANDIDATE_START.exec(segment)) {
    CANDIDATE_AT.lastIndex = start.index;
    const match = CANDIDATE_AT.exec(segment);
    if (!match) {
      CANDIDATE_START.lastIndex = start.index + 1;
      continue;
    }
    matches.push([match.index, match[0]]);
    CANDIDATE_START.lastIndex = match.index + match[0].length;
  }
  return matches;
}

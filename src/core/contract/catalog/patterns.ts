/**
 * A small notation for the recognition patterns of the clause catalog, so that the wording a
 * lawyer recognises stays readable in the topic modules.
 *
 * `terms(...)` builds one pattern from alternatives:
 * - Every alternative starts and ends at a word boundary that knows all scripts (`\b` and `\w`
 *   in JavaScript only know ASCII, so "beëindiging" would break at the "ë").
 * - `*` stands for any run of letters: `uitleg*` also matches "uitlegbaarheid", `exit*` also
 *   "exitplan". A leading `*` allows the first part of a Dutch compound: `*verwerkersovereenkomst`
 *   also matches "subverwerkersovereenkomst". Because `*` is taken, write other repetitions with
 *   `{m,n}` (for example `(?: \S+){0,8}` for "up to eight words").
 * - A space is any run of whitespace (line breaks included); `~` is an optional space or hyphen,
 *   so `exit~plan` matches "exitplan", "exit-plan" and "exit plan".
 * - Everything else is ordinary regular-expression syntax.
 * All patterns ignore case. None has the `g` or `y` flag, so testing them
 * keeps no state between texts.
 *
 * The same notation exists for the declaration vocabulary (`declaration/aiActVocabulary.ts`,
 * `words`); that one builds global patterns for finding every occurrence, this one builds
 * stateless patterns for answering "does this text contain ...".
 */

/**
 * A letter or digit: ASCII, Latin-1 and Latin Extended, which cover Dutch and English. Written
 * as ranges rather than `\\p{L}`: patterns with Unicode property classes and the `u` flag cost
 * several times more to compile, and the catalog compiles hundreds of them when it loads.
 */
const LETTER = '[0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F]';

/**
 * How many letters may come before the last part of a compound. Bounded, because an unbounded
 * lazy prefix would take quadratic time on a very long word.
 */
const MAX_COMPOUND_PREFIX = 30;

const FLAGS = 'i';

function alternativeSource(alternative: string): string {
  const start = alternative.startsWith('*')
    ? `(?<!${LETTER})${LETTER}{0,${MAX_COMPOUND_PREFIX}}?`
    : `(?<!${LETTER})`;
  const end = alternative.endsWith('*') ? '' : `(?!${LETTER})`;
  const body = alternative
    .replace(/^\*/, '')
    .replace(/\*/g, `${LETTER}*`)
    .replace(/ /g, '\\s+')
    .replace(/~/g, '[\\s-]?');
  return `${start}(?:${body})${end}`;
}

/** A pattern that matches any of the alternatives, written in the notation above. */
export function terms(...alternatives: string[]): RegExp {
  if (alternatives.length === 0) throw new Error('terms() needs at least one alternative');
  return new RegExp(alternatives.map(alternativeSource).join('|'), FLAGS);
}

/** A pattern that matches where any of the given patterns matches. */
export function anyOf(...patterns: RegExp[]): RegExp {
  return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), FLAGS);
}

/**
 * A pattern that matches a text containing every given pattern, in any order. Meant for
 * headings, where one pattern must say "both": `allOf(terms('transparan*'), ALGORITHM)`.
 * Body groups do not need it: a group is already a list of patterns that must all occur.
 */
export function allOf(...patterns: RegExp[]): RegExp {
  return new RegExp(`^${patterns.map((pattern) => `(?=[\\s\\S]*?(?:${pattern.source}))`).join('')}`, FLAGS);
}

/** Whether a pattern occurs anywhere in a text. Ignores `lastIndex`, so a `g` flag does no harm. */
export function occursIn(pattern: RegExp, text: string): boolean {
  return text.search(pattern) !== -1;
}

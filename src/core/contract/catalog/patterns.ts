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
 * The notation itself lives in `text/wordNotation.ts`, shared with the AI Act vocabulary
 * (`declaration/aiActVocabulary.ts`, `words`); that one builds global patterns for finding every
 * occurrence, this one builds stateless patterns for answering "does this text contain ...".
 */

import { LETTER, notationBody, notationEnd } from '../../text/wordNotation';

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
  return `${start}(?:${notationBody(alternative)})${notationEnd(alternative)}`;
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

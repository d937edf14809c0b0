/**
 * The small notation in which the AI Act vocabulary and the clause catalog write wording, so that
 * a lawyer can read it: `*` is any run of letters (the rest of a Dutch compound), a space is any
 * whitespace, `~` is an optional space or hyphen ("exit~plan" is "exitplan", "exit-plan" and
 * "exit plan"). Everything else is regular-expression syntax.
 */

/**
 * A letter or digit: ASCII, Latin-1 and Latin Extended, which cover Dutch and English. Written as
 * ranges rather than `\p{L}`: patterns with Unicode property classes need the `u` flag and cost
 * several times more to compile and to run; JavaScript's `\b` and `\w` only know ASCII.
 */
export const LETTER = '[0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F]';

/** The regular expression for an alternative's wording, without what surrounds it at its ends. */
export function notationBody(alternative: string): string {
  return alternative
    .replace(/^\*/, '')
    .replace(/\*/g, `${LETTER}*`)
    .replace(/ /g, '\\s+')
    .replace(/~/g, '[\\s-]?');
}

/** Stops a match in the middle of a word, unless the alternative ends with `*`. */
export function notationEnd(alternative: string): string {
  return alternative.endsWith('*') ? '' : `(?!${LETTER})`;
}

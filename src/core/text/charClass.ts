/**
 * What one UTF-16 code unit is, as the regular expressions `\s`, `\p{L}`, `\p{N}` and `\p{Ll}` see it
 * (in `u` mode, applied to that code unit alone), answered from a table rather than by running a
 * regular expression for every character. The table is filled in as characters come by.
 */
const WHITESPACE = 1;
const LETTER_OR_DIGIT = 2;
const LOWERCASE_LETTER = 4;
const KNOWN = 8;

const CLASSES = new Uint8Array(0x10000);
const LETTER_OR_DIGIT_PATTERN = /[\p{L}\p{N}]/u;
const LOWERCASE_PATTERN = /\p{Ll}/u;

function classOf(code: number): number {
  let kind = CLASSES[code];
  if (kind === 0) {
    const char = String.fromCharCode(code);
    kind = KNOWN;
    if (isWhitespaceCode(code)) kind |= WHITESPACE;
    if (LETTER_OR_DIGIT_PATTERN.test(char)) kind |= LETTER_OR_DIGIT;
    if (LOWERCASE_PATTERN.test(char)) kind |= LOWERCASE_LETTER;
    CLASSES[code] = kind;
  }
  return kind;
}

/** Whether a code unit is whitespace as `\s` sees it (ECMAScript WhiteSpace and LineTerminator). */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether a code unit is a letter or digit (`/[\p{L}\p{N}]/u` on it alone: a surrogate half is neither). */
export function isLetterOrDigitCode(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return (classOf(code) & LETTER_OR_DIGIT) !== 0;
}

/** Whether a code unit is a lowercase letter (`/\p{Ll}/u` on it alone). */
export function isLowercaseCode(code: number): boolean {
  if (code < 0x80) return code >= 97 && code <= 122;
  return (classOf(code) & LOWERCASE_LETTER) !== 0;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Whether a text holds a surrogate code unit: then code unit tests and code point patterns may differ. */
export function hasSurrogates(text: string): boolean {
  return SURROGATE.test(text);
}

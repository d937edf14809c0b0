/**
 * The register allows a few HTML tags in its long text fields. Rules that read the text (plain
 * language, AI Act vocabulary) need it without tags or entities.
 */
import { isWhitespaceCode } from '../text/charClass';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', euml: 'ë', eacute: 'é', egrave: 'è',
  iuml: 'ï', ouml: 'ö', uuml: 'ü', auml: 'ä', ccedil: 'ç', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', euro: '€',
};

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g;
const BLOCK_TAGS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table']);
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g;

const NEEDS_WORK = /[<&\t\r\f\v\n]| {2}/;
const HAS_TAG = /<[a-z]/i;
/**
 * The whitespace runs that collapsing changes: a single space already is what a run becomes, so it
 * is not matched (replacing every single space cost most of the time). `WHITESPACE_RUN` collapses any
 * whitespace, `BLANK_RUN` spaces, tabs, carriage returns, form and vertical feeds.
 */
const WHITESPACE_RUN = /[^\S ]\s*| \s+/g;
const BLANK_RUN = /[\t\r\f\v][ \t\r\f\v]*| [ \t\r\f\v]+/g;

/**
 * `text.replace(/ ?\n\s*\/g, '\n')`: a line break loses the space before it and all whitespace
 * after it. Written out because the regular expression, which cannot start its search at a
 * literal, cost more than all the rest of the conversion.
 */
function tidyLineBreaks(text: string): string {
  // Joined from parts rather than appended to: the result is one flat string, which the rules
  // that read it character by character need (an appended string is a tree of pieces).
  const parts: string[] = [];
  let from = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', from)) {
    const start = at > from && text.charCodeAt(at - 1) === 32 ? at - 1 : at;
    let end = at + 1;
    while (end < text.length && isWhitespaceCode(text.charCodeAt(end))) end++;
    parts.push(text.slice(from, start), '\n');
    from = end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

const replaceTag = (_tag: string, name: string): string => (BLOCK_TAGS.has(name.toLowerCase()) ? '\n' : '');

export function htmlToText(html: string): string {
  // Most values are one plain line: nothing to strip, decode or collapse.
  if (!NEEDS_WORK.test(html)) return html.trim();
  let text = html;
  if (HAS_TAG.test(text)) {
    // In HTML a line break in the source is just a space; only block tags end a line.
    text = text.replace(WHITESPACE_RUN, ' ').replace(TAG, replaceTag);
  }
  if (text.includes('&')) text = text.replace(ENTITY, decodeEntity);
  text = text.replace(BLANK_RUN, ' ');
  if (text.includes('\n')) text = tidyLineBreaks(text);
  return text.trim();
}

function decodeEntity(whole: string, entity: string): string {
  if (entity[0] === '#') {
    const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
  }
  return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
}

export interface HtmlTag {
  name: string;
  /** Index of the tag in the string. */
  index: number;
  length: number;
}

export function htmlTagsIn(text: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  for (const match of text.matchAll(TAG)) {
    tags.push({ name: match[1].toLowerCase(), index: match.index ?? 0, length: match[0].length });
  }
  return tags;
}

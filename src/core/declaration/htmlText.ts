/**
 * The register allows a few HTML tags in its long text fields. Rules that read the text (plain
 * language, AI Act vocabulary) need it without tags or entities.
 */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', euml: 'ë', eacute: 'é', egrave: 'è',
  iuml: 'ï', ouml: 'ö', uuml: 'ü', auml: 'ä', ccedil: 'ç', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', euro: '€',
};

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g;
const BLOCK_TAGS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table']);
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g;

const NEEDS_WORK = /[<&\t\r\f\v\n]| {2}/;

export function htmlToText(html: string): string {
  // Most values are one plain line: nothing to strip, decode or collapse.
  if (!NEEDS_WORK.test(html)) return html.trim();
  let text = html;
  if (/<[a-z]/i.test(text)) {
    // In HTML a line break in the source is just a space; only block tags end a line.
    text = text.replace(/\s+/g, ' ').replace(TAG, (_tag, name: string) => (BLOCK_TAGS.has(name.toLowerCase()) ? '\n' : ''));
  }
  if (text.includes('&')) text = text.replace(ENTITY, decodeEntity);
  return text
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
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
  for (const match of text.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g)) {
    tags.push({ name: match[1].toLowerCase(), index: match.index ?? 0, length: match[0].length });
  }
  return tags;
}

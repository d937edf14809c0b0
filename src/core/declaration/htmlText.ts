/**
 * The register allows a few HTML tags in its long text fields. Rules that read the text (plain
 * language, AI Act vocabulary) need it without tags or entities.
 */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', euml: 'ë', eacute: 'é', egrave: 'è',
  iuml: 'ï', ouml: 'ö', uuml: 'ü', auml: 'ä', ccedil: 'ç', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', euro: '€',
};

const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table)\b[^<>]*>/gi;
const ANY_TAG = /<\/?[a-zA-Z][^<>]*>/g;
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g;

export function htmlToText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return html.replace(/[ \t\r\f\v]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
  // In HTML a line break in the source is just a space; only block tags end a line.
  const source = /<[a-z]/i.test(html) ? html.replace(/\s+/g, ' ') : html;
  return source
    .replace(BLOCK_TAG, '\n')
    .replace(ANY_TAG, '')
    .replace(ENTITY, (whole, entity: string) => {
      if (entity[0] === '#') {
        const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
      }
      return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
    })
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
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

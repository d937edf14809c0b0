/** Reads a generated .docx back: its parts as text, the XML checked to be well-formed, and the words in it. */
import assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

export interface DocxParts {
  files: Record<string, string>;
  document: string;
  styles: string;
  core: string;
  footers: string[];
  /** Relationship targets of the hyperlinks in the body. */
  links: string[];
  /** The body's text, paragraph by paragraph (the text of `w:t` elements, joined). */
  paragraphs: string[];
  /** The text of each paragraph with a heading style, as `Heading2: Samenvatting`. */
  headings: string[];
  /** The first row of every table: whether it is marked as a header row, and its text. */
  tables: Array<{ headerRow: boolean; header: string; rows: number }>;
}

/** Parses XML strictly (namespaces on), failing the test on any error. Returns the parser's events as a flat list. */
function walk(xml: string, name: string, onOpen: (tag: string, attributes: Record<string, string>) => void, onText: (text: string) => void, onClose: (tag: string) => void): void {
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (error) => assert.fail(`${name} is not well-formed XML: ${error.message}`));
  parser.on('opentag', (tag) => onOpen(tag.name, Object.fromEntries(Object.entries(tag.attributes).map(([key, value]) => [key, String(value)]))));
  parser.on('text', onText);
  parser.on('closetag', (tag) => onClose(tag.name));
  parser.write(xml).close();
}

export function readDocx(bytes: Uint8Array): DocxParts {
  assert.equal(strFromU8(bytes.subarray(0, 2)), 'PK', 'a .docx is a zip');
  const files = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
  for (const [name, text] of Object.entries(files)) if (/\.(xml|rels)$/.test(name)) walk(text, name, () => undefined, () => undefined, () => undefined);
  const document = files['word/document.xml'];
  assert.ok(document, 'word/document.xml');
  const relationships = files['word/_rels/document.xml.rels'] ?? '';
  const targets = new Map<string, string>();
  walk(relationships, 'document.xml.rels', (tag, attributes) => {
    if (tag === 'Relationship' && /hyperlink$/.test(attributes.Type ?? '')) targets.set(attributes.Id, attributes.Target);
  }, () => undefined, () => undefined);

  const paragraphs: string[] = [];
  const headings: string[] = [];
  const tables: DocxParts['tables'] = [];
  const links: string[] = [];
  let current: string | undefined;
  let style: string | undefined;
  let inText = false;
  const tableStack: Array<{ rows: number; headerRow: boolean; header: string; inFirstRow: boolean }> = [];
  walk(document, 'document.xml', (tag, attributes) => {
    if (tag === 'w:p') {
      current = '';
      style = undefined;
    } else if (tag === 'w:pStyle') style = attributes['w:val'];
    else if (tag === 'w:t') inText = true;
    else if (tag === 'w:br' && current !== undefined) current += '\n';
    else if (tag === 'w:hyperlink' && attributes['r:id']) links.push(targets.get(attributes['r:id']) ?? `(unknown ${attributes['r:id']})`);
    else if (tag === 'w:tbl') tableStack.push({ rows: 0, headerRow: false, header: '', inFirstRow: false });
    else if (tag === 'w:tr') {
      const table = tableStack.at(-1)!;
      table.rows += 1;
      table.inFirstRow = table.rows === 1;
    } else if (tag === 'w:tblHeader') {
      const table = tableStack.at(-1)!;
      if (table.inFirstRow) table.headerRow = attributes['w:val'] === undefined || attributes['w:val'] === 'true' || attributes['w:val'] === '1';
    }
  }, (text) => {
    if (inText && current !== undefined) current += text;
  }, (tag) => {
    if (tag === 'w:t') inText = false;
    else if (tag === 'w:p' && current !== undefined) {
      paragraphs.push(current);
      if (style && /^Heading\d$/.test(style)) headings.push(`${style}: ${current}`);
      const table = tableStack.at(-1);
      if (table?.inFirstRow) table.header += `${table.header ? ' | ' : ''}${current}`;
      current = undefined;
    } else if (tag === 'w:tr') {
      const table = tableStack.at(-1)!;
      table.inFirstRow = false;
    } else if (tag === 'w:tbl') {
      const table = tableStack.pop()!;
      tables.push({ headerRow: table.headerRow, header: table.header, rows: table.rows });
    }
  });
  return {
    files,
    document,
    styles: files['word/styles.xml'] ?? '',
    core: files['docProps/core.xml'] ?? '',
    footers: Object.entries(files).filter(([name]) => /^word\/footer\d*\.xml$/.test(name)).map(([, text]) => text),
    links,
    paragraphs,
    headings,
    tables,
  };
}

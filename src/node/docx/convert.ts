/**
 * Converts a Word document (.docx) to Markdown in the contract style that the core parses: "Title"
 * as `#`, "Heading n" as `#` × (n + 1) with Word's automatic numbers written out ("## Artikel 7
 * Titel"), numbered paragraphs with the number a reader sees ("7.2 ..."), bullets as `-`, bold as
 * `**`, tables as Markdown tables, footnotes as `[^n]` with their texts appended, comments as HTML
 * comments (not contract text). Front matter comes from the document properties (docProps/core.xml,
 * custom.xml) or a first table of known keys. Each Markdown line maps back to a Word place.
 *
 * Tracked changes: the Markdown is the document as it reads with all changes accepted (insertions
 * and moved-to text kept, deletions and moved-from text left out). A document with tracked changes
 * is also converted as it read before them (all changes rejected), and each change is listed with
 * its author, date, text and where its text is in either reading. Formatting-only changes
 * (`w:rPrChange`, `w:pPrChange`) change no text: both readings use the current formatting. A
 * paragraph mark inserted or deleted on its own (a paragraph split or joined) is not undone: the
 * paragraph keeps a line of its own in both readings. A Word paragraph has the same number in both
 * readings (`WordPlace.paragraph`), which is how the two are compared.
 */
import { decodeText } from '../../core/text/decode';
import { Numbering } from './numbering';
import { child, childElements, childVal, isOn, parseXml, textOf, XmlError, type XmlElement } from './xml';
import { listZip, readEntry, ZipError, type ZipEntry } from './zip';

export type DocxProblem = 'encrypted' | 'legacy-doc' | 'not-word' | 'corrupt' | 'macros' | 'too-large';

/** Where a Markdown line came from in the Word document. */
export interface WordPlace {
  /** 1-based index of the body paragraph (table cells count as paragraphs). */
  paragraph: number;
  /** The article or sub-clause the paragraph belongs to: "7", "7.2". */
  number?: string;
  /** The paragraph's first words. */
  firstWords: string;
  /** What kind of place: body text, a table, a footnote, a comment, the document properties. */
  kind: 'paragraph' | 'table' | 'footnote' | 'properties';
}

/** One reading of the document: Markdown, and per Markdown line the Word place it came from. */
export interface DocxReading {
  markdown: string;
  places: Array<WordPlace | undefined>;
  title?: string;
}

/** A tracked change with text: `w:ins`, `w:del`, `w:moveFrom`, `w:moveTo`, one entry per change and paragraph. */
export interface TrackedChange {
  /** Word's `w:id` of the change. */
  id: string;
  kind: 'insertion' | 'deletion' | 'move-from' | 'move-to';
  /** `w:author`, as Word shows it ("Leverancier B.V."). */
  author?: string;
  /** `w:date`, as written (ISO 8601, "2025-03-14T10:00:00Z"). */
  date?: string;
  /** The text inserted, deleted or moved, whitespace collapsed. */
  text: string;
  /** The paragraph the text is in (in the reading that has it). */
  place: WordPlace;
  /** [start, end) in the accepted Markdown: insertions and moved-to text. */
  acceptedOffset?: [number, number];
  /** [start, end) in the original Markdown: deletions and moved-from text. */
  originalOffset?: [number, number];
}

export type DocxConversion =
  | ({ ok: true } & DocxReading & {
      /** The document with every tracked change rejected; only when it has tracked changes. */
      original?: DocxReading;
      /** The tracked changes with text, in document order; only when it has tracked changes. */
      changes?: TrackedChange[];
    })
  | { ok: false; problem: DocxProblem; detail: string };

/** A .docx larger than this is refused before it is opened. */
export const MAX_DOCX_BYTES = 64 * 1024 * 1024;
/** The uncompressed size of document.xml and of the other parts read. */
const MAX_PART_BYTES = 96 * 1024 * 1024;
/** The Markdown made: the core's own limit for contracts. */
const MAX_MARKDOWN_CHARS = 16 * 1024 * 1024;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What the bytes are, before anything is unpacked. */
export function sniffDocx(bytes: Uint8Array): DocxProblem | undefined {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    // Password-protected OOXML is an OLE file holding an "EncryptedPackage" stream (names in UTF-16).
    const needle = Buffer.from('EncryptedPackage', 'utf16le');
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(needle) ? 'encrypted' : 'legacy-doc';
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) return 'not-word';
  return undefined;
}

function xmlPart(bytes: Uint8Array, entries: Map<string, ZipEntry>, name: string): XmlElement | undefined {
  const entry = entries.get(name);
  if (!entry) return undefined;
  const decoded = decodeText(readEntry(bytes, entry, MAX_PART_BYTES));
  if (!decoded.ok) throw new XmlError(`${name} is not UTF-8`);
  return parseXml(decoded.text);
}

/** The title property alone (for folder discovery): cheap, never throws. */
export function readDocxTitle(bytes: Uint8Array): string | undefined {
  try {
    if (sniffDocx(bytes)) return undefined;
    const entries = listZip(bytes);
    const core = xmlPart(bytes, entries, 'docProps/core.xml');
    const title = child(core, 'title');
    return title ? textOf(title).trim() : undefined;
  } catch {
    return undefined;
  }
}

export function convertDocx(bytes: Uint8Array): DocxConversion {
  if (bytes.length > MAX_DOCX_BYTES) return { ok: false, problem: 'too-large', detail: `${bytes.length} bytes` };
  const sniffed = sniffDocx(bytes);
  if (sniffed) return { ok: false, problem: sniffed, detail: sniffed };
  try {
    const entries = listZip(bytes);
    const types = entries.get('[Content_Types].xml');
    if (!types) return { ok: false, problem: 'not-word', detail: 'no [Content_Types].xml' };
    const typesText = new TextDecoder().decode(readEntry(bytes, types, MAX_PART_BYTES));
    if (/macroEnabled/i.test(typesText) || [...entries.keys()].some((name) => /vbaProject\.bin$/i.test(name))) {
      return { ok: false, problem: 'macros', detail: 'macro-enabled document' };
    }
    const documentName = /PartName="\/([^"]+)"\s+ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml"/.exec(typesText)?.[1]
      ?? /ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml"\s+PartName="\/([^"]+)"/.exec(typesText)?.[1]
      ?? 'word/document.xml';
    const document = xmlPart(bytes, entries, documentName);
    if (!document) return { ok: false, problem: 'not-word', detail: 'no main document part' };
    const folder = documentName.includes('/') ? documentName.slice(0, documentName.lastIndexOf('/') + 1) : '';
    const parts: Parts = {
      document,
      numbering: xmlPart(bytes, entries, `${folder}numbering.xml`),
      styles: xmlPart(bytes, entries, `${folder}styles.xml`),
      footnotes: xmlPart(bytes, entries, `${folder}footnotes.xml`),
      endnotes: xmlPart(bytes, entries, `${folder}endnotes.xml`),
      comments: xmlPart(bytes, entries, `${folder}comments.xml`),
      core: xmlPart(bytes, entries, 'docProps/core.xml'),
      custom: xmlPart(bytes, entries, 'docProps/custom.xml'),
    };
    const accepted = new Converter(parts, 'accepted').convert();
    if (accepted.reading.markdown.length > MAX_MARKDOWN_CHARS) return { ok: false, problem: 'too-large', detail: `${accepted.reading.markdown.length} characters of text` };
    if (!accepted.sawChanges) return { ok: true, ...accepted.reading };
    const original = new Converter(parts, 'original').convert();
    if (original.reading.markdown.length > MAX_MARKDOWN_CHARS) return { ok: false, problem: 'too-large', detail: `${original.reading.markdown.length} characters of text` };
    return { ok: true, ...accepted.reading, original: original.reading, changes: inDocumentOrder([...original.changes, ...accepted.changes]) };
  } catch (error) {
    if (error instanceof ZipError) return { ok: false, problem: error.problem, detail: error.message };
    if (error instanceof XmlError) return { ok: false, problem: 'corrupt', detail: error.message };
    if (error instanceof RangeError) return { ok: false, problem: 'too-large', detail: error.message };
    return { ok: false, problem: 'corrupt', detail: String((error as Error)?.message ?? error) };
  }
}

interface Parts {
  document: XmlElement;
  numbering?: XmlElement;
  styles?: XmlElement;
  footnotes?: XmlElement;
  endnotes?: XmlElement;
  comments?: XmlElement;
  core?: XmlElement;
  custom?: XmlElement;
}

interface StyleInfo {
  name: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  outline?: number;
}

/** Front matter keys that document properties or a first table may give, with the spellings accepted. */
const FRONT_MATTER_KEYS: Record<string, string> = {
  titel: 'titel', title: 'title', type: 'type',
  opdrachtgever: 'opdrachtgever', customer: 'customer', klant: 'opdrachtgever',
  leverancier: 'leverancier', supplier: 'supplier', opdrachtnemer: 'leverancier',
  risicoprofiel: 'risicoprofiel', riskprofile: 'riskProfile', 'risk-profile': 'riskProfile', risk_profile: 'riskProfile', 'risk profile': 'riskProfile',
  voorwaarden: 'voorwaarden', conditions: 'conditions', versie: 'versie', version: 'version', datum: 'datum', date: 'date',
  taal: 'taal', language: 'language', lang: 'lang',
};

function frontMatterKey(written: string): string | undefined {
  return FRONT_MATTER_KEYS[written.trim().replace(/[:：]\s*$/, '').trim().toLowerCase()];
}

export type Reading = 'accepted' | 'original';

/** A tracked change as the runs name it. */
interface ChangeMark {
  id: string;
  kind: TrackedChange['kind'];
  author?: string;
  date?: string;
}

/** Text of a tracked change inside a block, found in the block's lines when the Markdown is made. */
interface ChangePiece {
  mark: ChangeMark;
  text: string;
}

interface Block {
  lines: string[];
  place: WordPlace;
  /** Comments to write after the block, as HTML comments. */
  comments: string[];
  /** The tracked changes whose text this block shows. */
  changes?: ChangePiece[];
  /** Where in the block's first line its text starts (after the number or heading marks). */
  textStart?: number;
}

/** Which tracked-change containers each reading shows, and which it leaves out. */
const SHOWN: Record<Reading, ReadonlySet<string>> = { accepted: new Set(['ins', 'moveTo']), original: new Set(['del', 'moveFrom']) };
const HIDDEN: Record<Reading, ReadonlySet<string>> = { accepted: new Set(['del', 'moveFrom']), original: new Set(['ins', 'moveTo']) };
const CHANGE_KIND: Record<string, TrackedChange['kind']> = { ins: 'insertion', del: 'deletion', moveFrom: 'move-from', moveTo: 'move-to' };

class Converter {
  private readonly numbering: Numbering;
  private readonly styles = new Map<string, StyleInfo>();
  private readonly comments = new Map<string, string>();
  private readonly footnoteTexts = new Map<string, string>();
  private readonly footnotesUsed: Array<{ label: string; text: string }> = [];
  private paragraphIndex = 0;
  private article: string | undefined;
  private clause: string | undefined;
  /** Whether the document has any tracked change of text (in either reading). */
  private sawChanges = false;
  /** The tracked changes found while reading the current block's runs. */
  private pieces: ChangePiece[] | undefined;

  constructor(private readonly parts: Parts, private readonly reading: Reading) {
    this.numbering = new Numbering(parts.numbering);
    for (const style of childElements(parts.styles, 'style')) {
      const pPr = child(style, 'pPr');
      const numPr = child(pPr, 'numPr');
      const outline = childVal(pPr, 'outlineLvl');
      this.styles.set(style.attrs.styleId ?? '', {
        name: (childVal(style, 'name') ?? style.attrs.styleId ?? '').toLowerCase(),
        ...(childVal(style, 'basedOn') ? { basedOn: childVal(style, 'basedOn') } : {}),
        ...(childVal(numPr, 'numId') !== undefined ? { numId: childVal(numPr, 'numId') } : {}),
        ...(childVal(numPr, 'ilvl') !== undefined ? { ilvl: Number(childVal(numPr, 'ilvl')) } : {}),
        ...(outline !== undefined ? { outline: Number(outline) } : {}),
      });
    }
    for (const comment of childElements(parts.comments, 'comment')) {
      const text = childElements(comment, 'p').map((p) => this.runsText(p, false)).join(' ').trim();
      const author = comment.attrs.author ? ` (${comment.attrs.author})` : '';
      this.comments.set(comment.attrs.id ?? '', `${author}: ${text}`);
    }
    for (const part of [parts.footnotes, parts.endnotes]) {
      for (const note of [...childElements(part, 'footnote'), ...childElements(part, 'endnote')]) {
        if (note.attrs.type && note.attrs.type !== 'normal') continue;
        this.footnoteTexts.set(`${note.name}:${note.attrs.id}`, childElements(note, 'p').map((p) => this.runsText(p, false)).join(' ').trim());
      }
    }
  }

  convert(): { reading: DocxReading; changes: TrackedChange[]; sawChanges: boolean } {
    const body = child(this.parts.document, 'body');
    const blocks: Block[] = [];
    const front = this.propertiesFrontMatter();
    let seenText = false;
    for (const element of this.bodyElements(body)) {
      if (element.name === 'p') {
        const block = this.paragraph(element);
        if (block) {
          blocks.push(block);
          seenText = true;
        }
      } else if (element.name === 'tbl') {
        if (!seenText && this.tableFrontMatter(element, front)) continue;
        const block = this.table(element);
        if (block) blocks.push(block);
        seenText = true;
      }
    }
    // Footnotes and endnotes, in the order of their references.
    for (const note of this.footnotesUsed) {
      this.paragraphIndex++;
      blocks.push({ lines: [`[^${note.label}]: ${escapeLineStart(note.text)}`], place: { paragraph: this.paragraphIndex, firstWords: firstWords(note.text), kind: 'footnote' }, comments: [] });
    }
    const lines: string[] = [];
    const places: Array<WordPlace | undefined> = [];
    if (!('type' in front)) front.type = /^(?:title|supplier|customer|riskProfile|conditions|version|date)$/.test(Object.keys(front)[0] ?? '') ? 'contract' : 'overeenkomst';
    lines.push('---');
    places.push(undefined);
    for (const [key, value] of Object.entries(front)) {
      lines.push(`${key}: ${JSON.stringify(value)}`);
      places.push({ paragraph: 0, firstWords: key, kind: 'properties' });
    }
    lines.push('---', '');
    places.push(undefined, undefined);
    const changes: TrackedChange[] = [];
    let offset = lines.reduce((sum, line) => sum + line.length + 1, 0);
    for (const block of blocks) {
      if (block.changes?.length) changes.push(...this.locateChanges(block, offset));
      for (const line of block.lines) {
        lines.push(line);
        places.push(block.place);
        offset += line.length + 1;
      }
      offset += 1;
      lines.push('');
      places.push(undefined);
      for (const comment of block.comments) {
        const line = `<!-- ${commentText(comment)} -->`;
        lines.push(line, '');
        places.push(block.place, undefined);
        offset += line.length + 2;
      }
    }
    const title = front.titel ?? front.title;
    return { reading: { markdown: lines.join('\n'), places, ...(title ? { title } : {}) }, changes, sawChanges: this.sawChanges };
  }

  /**
   * Where each tracked change's text is in a block that starts at `start` in the Markdown: its
   * pieces are found in order in the block's text; a piece that markup hides (a change across bold
   * text) makes the change cover the whole block.
   */
  private locateChanges(block: Block, start: number): TrackedChange[] {
    const text = block.lines.join('\n');
    const found = new Map<ChangeMark, { from: number; to: number; text: string[] }>();
    let cursor = block.textStart ?? 0;
    for (const piece of block.changes ?? []) {
      const needle = piece.text.replace(/\s+/g, ' ').trim();
      if (needle === '') continue;
      const at = text.indexOf(needle, cursor);
      const [from, to] = at < 0 ? [0, text.length] : [at, at + needle.length];
      if (at >= 0) cursor = to;
      const entry = found.get(piece.mark);
      if (entry) {
        entry.from = Math.min(entry.from, from);
        entry.to = Math.max(entry.to, to);
        entry.text.push(needle);
      } else found.set(piece.mark, { from, to, text: [needle] });
    }
    const side = this.reading === 'accepted' ? 'acceptedOffset' : 'originalOffset';
    return [...found].map(([mark, { from, to, text: words }]) => ({
      id: mark.id,
      kind: mark.kind,
      ...(mark.author ? { author: mark.author } : {}),
      ...(mark.date ? { date: mark.date } : {}),
      text: words.join(' '),
      place: block.place,
      [side]: [start + from, start + to] as [number, number],
    }));
  }

  /** Paragraphs and tables of the body, with content controls (`w:sdt`) and the tracked changes this reading shows opened. */
  private *bodyElements(parent: XmlElement | undefined): Generator<XmlElement> {
    for (const element of childElements(parent)) {
      if (element.name === 'p' || element.name === 'tbl') yield element;
      else if (element.name === 'sdt') yield* this.bodyElements(child(element, 'sdtContent'));
      else if (element.name === 'customXml' || SHOWN[this.reading].has(element.name)) {
        if (element.name !== 'customXml') this.sawChanges = true;
        yield* this.bodyElements(element);
      } else if (HIDDEN[this.reading].has(element.name)) {
        // Left out, but counted: a paragraph is the same number in both readings.
        this.sawChanges = true;
        this.paragraphIndex += this.paragraphCount(element);
      }
    }
  }

  /**
   * The body paragraphs in an element, counted as the conversion counts them: table cells'
   * paragraphs count, tables inside a cell do not (`cells` true inside a cell).
   */
  private paragraphCount(element: XmlElement | undefined, cells = false): number {
    let count = 0;
    for (const node of childElements(element)) {
      if (node.name === 'p') count++;
      else if (node.name === 'tbl' && !cells) {
        for (const row of childElements(node, 'tr')) count += this.rowParagraphCount(row);
      } else if (node.name === 'sdt') count += this.paragraphCount(child(node, 'sdtContent'), cells);
      else if (node.name === 'customXml' || SHOWN.accepted.has(node.name) || SHOWN.original.has(node.name)) count += this.paragraphCount(node, cells);
    }
    return count;
  }

  private rowParagraphCount(row: XmlElement): number {
    return childElements(row, 'tc').reduce((sum, cell) => sum + this.paragraphCount(cell, true), 0);
  }

  private propertiesFrontMatter(): Record<string, string> {
    const front: Record<string, string> = {};
    const title = child(this.parts.core, 'title');
    const titleText = title ? textOf(title).trim() : '';
    for (const property of childElements(this.parts.custom, 'property')) {
      const key = frontMatterKey(property.attrs.name ?? '');
      const value = textOf(property).trim();
      if (key && value && !(key in front)) front[key] = value;
    }
    if (titleText && !('titel' in front) && !('title' in front)) {
      const english = 'supplier' in front || 'riskProfile' in front;
      return { [english ? 'title' : 'titel']: titleText, ...front };
    }
    return front;
  }

  /** A first table of known keys ("Leverancier | Algoritmica B.V.") fills what the properties left open. */
  private tableFrontMatter(table: XmlElement, front: Record<string, string>): boolean {
    const rows = childElements(table, 'tr').map((row) => childElements(row, 'tc').map((cell) => childElements(cell, 'p').map((p) => this.runsText(p, false)).join(' ').trim()));
    if (rows.length === 0 || rows.some((cells) => cells.length !== 2 || !frontMatterKey(cells[0]))) return false;
    for (const [key, value] of rows) {
      const canonical = frontMatterKey(key)!;
      if (value && !(canonical in front)) front[canonical] = value;
    }
    this.paragraphIndex += rows.length * 2;
    return true;
  }

  private styleChain(styleId: string | undefined): StyleInfo[] {
    const chain: StyleInfo[] = [];
    let id = styleId;
    while (id !== undefined && chain.length < 20) {
      const style = this.styles.get(id);
      if (!style) break;
      chain.push(style);
      id = style.basedOn;
    }
    return chain;
  }

  private paragraph(p: XmlElement): Block | undefined {
    this.paragraphIndex++;
    const pPr = child(p, 'pPr');
    const styleId = childVal(pPr, 'pStyle');
    const chain = this.styleChain(styleId);
    const comments: string[] = [];
    this.pieces = [];
    const text = this.runsText(p, true, comments).replace(/\s+/g, ' ').trim();
    const changes = this.pieces;
    this.pieces = undefined;
    // Numbering: the paragraph's own, else its style's.
    const numPr = child(pPr, 'numPr');
    let numId = childVal(numPr, 'numId');
    let ilvl = childVal(numPr, 'ilvl') !== undefined ? Number(childVal(numPr, 'ilvl')) : undefined;
    for (const style of chain) {
      numId ??= style.numId;
      ilvl ??= style.ilvl;
    }
    const label = numId !== undefined && (text !== '' || comments.length > 0) ? this.numbering.next(numId, ilvl ?? 0) : undefined;
    if (text === '') {
      return comments.length > 0 ? { lines: [], place: { paragraph: this.paragraphIndex, firstWords: '', kind: 'paragraph' }, comments } : undefined;
    }
    const styleName = chain[0]?.name ?? (styleId ?? '').toLowerCase();
    let outline = childVal(pPr, 'outlineLvl') !== undefined ? Number(childVal(pPr, 'outlineLvl')) : undefined;
    for (const style of chain) outline ??= style.outline;
    const headingMatch = /^(?:heading|kop)\s*(\d)$/.exec(styleName);
    const isTitle = styleName === 'title' || styleName === 'titel';
    const headingLevel = isTitle ? 0 : headingMatch ? Number(headingMatch[1]) : outline !== undefined && outline < 9 ? outline + 1 : undefined;
    const number = label && !label.bullet ? label.text : '';
    const full = number ? `${number} ${text}` : text;
    let line: string;
    if (headingLevel !== undefined) {
      line = `${'#'.repeat(Math.min(6, headingLevel + 1))} ${full}`;
      const articleNumber = /^(?:artikel|article|clause|art\.)?\s*(\d{1,3}[a-z]?)(?![\d.]*\d)/i.exec(full)?.[1];
      if (headingLevel <= 2 && articleNumber && /^(?:artikel|article|clause|\d)/i.test(full)) {
        this.article = articleNumber;
        this.clause = undefined;
      } else if (headingLevel <= 1) {
        this.article = undefined;
        this.clause = undefined;
      }
    } else if (label?.bullet) {
      line = `- ${text}`;
    } else {
      line = number ? full : escapeLineStart(text);
      const clause = /^(\d{1,3}(?:\.\d{1,3})+)(?=[.\s)])/.exec(full)?.[1];
      const item = /^(\d{1,3})[.)]\s/.exec(full)?.[1];
      if (clause) this.clause = clause;
      else if (item && this.article) this.clause = `${this.article}.${item}`;
    }
    return { lines: [line], place: { paragraph: this.paragraphIndex, ...this.currentNumber(), firstWords: firstWords(text), kind: 'paragraph' }, comments, changes, textStart: Math.max(0, line.length - text.length - 1) };
  }

  private currentNumber(): { number?: string } {
    const number = this.clause ?? this.article;
    return number ? { number } : {};
  }

  private table(table: XmlElement): Block | undefined {
    const rows: string[][] = [];
    const start = this.paragraphIndex + 1;
    this.pieces = [];
    for (const row of childElements(table, 'tr')) {
      // A row inserted or deleted as a whole is marked in its properties.
      const trPr = child(row, 'trPr');
      if (child(trPr, 'ins') || child(trPr, 'del')) this.sawChanges = true;
      if ([...HIDDEN[this.reading]].some((name) => child(trPr, name))) {
        this.paragraphIndex += this.rowParagraphCount(row);
        continue;
      }
      const cells: string[] = [];
      for (const cell of childElements(row, 'tc')) {
        const texts: string[] = [];
        for (const p of this.bodyElements(cell)) {
          if (p.name !== 'p') continue;
          this.paragraphIndex++;
          const text = this.runsText(p, true).replace(/\s+/g, ' ').trim();
          if (text) texts.push(text);
        }
        cells.push(texts.join(' ').replace(/\|/g, '\\|'));
      }
      if (cells.length > 0) rows.push(cells);
    }
    const changes = this.pieces;
    this.pieces = undefined;
    if (rows.length === 0) return undefined;
    const width = Math.max(...rows.map((r) => r.length));
    const row = (cells: string[]): string => `| ${[...cells, ...Array(width - cells.length).fill('')].join(' | ')} |`;
    const lines = [row(rows[0]), row(Array(width).fill('---')), ...rows.slice(1).map(row)];
    const first = rows.flat().find((cell) => cell !== '') ?? '';
    return { lines, place: { paragraph: start, ...this.currentNumber(), firstWords: firstWords(first), kind: 'table' }, comments: [], changes };
  }

  /**
   * The text of a paragraph's runs, with bold as `**`, footnote references as `[^n]`, and the
   * comments anchored in it collected. Tracked changes this reading leaves out (deleted text when
   * accepted, inserted text when rejected), field instructions and hidden text are left out. The
   * text of tracked changes it shows is collected in `this.pieces` when that is set.
   */
  private runsText(p: XmlElement, markup: boolean, comments?: string[]): string {
    const segments: Array<{ text: string; bold: boolean; change?: ChangeMark }> = [];
    let change: ChangeMark | undefined;
    const add = (text: string, bold: boolean): void => {
      const last = segments[segments.length - 1];
      if (last && last.bold === bold && last.change === change) last.text += text;
      else segments.push({ text, bold, ...(change ? { change } : {}) });
    };
    const visit = (element: XmlElement): void => {
      for (const node of element.children) {
        if (typeof node === 'string') continue;
        switch (node.name) {
          case 'r': {
            const rPr = child(node, 'rPr');
            if (isOn(child(rPr, 'vanish'))) break;
            const bold = markup && isOn(child(rPr, 'b'));
            for (const part of node.children) {
              if (typeof part === 'string') continue;
              if (part.name === 't' || part.name === 'delText') add(textOf(part), bold);
              else if (part.name === 'tab' || part.name === 'br' || part.name === 'cr') add(' ', bold);
              else if (part.name === 'noBreakHyphen') add('-', bold);
              else if (part.name === 'footnoteReference' || part.name === 'endnoteReference') {
                const text = this.footnoteTexts.get(`${part.name === 'footnoteReference' ? 'footnote' : 'endnote'}:${part.attrs.id}`);
                if (text !== undefined && markup) {
                  const label = String(this.footnotesUsed.length + 1);
                  this.footnotesUsed.push({ label, text });
                  add(`[^${label}]`, false);
                }
              } else if (part.name === 'commentReference' && comments) {
                const comment = this.comments.get(part.attrs.id ?? '');
                if (comment !== undefined) comments.push(comment);
              }
            }
            break;
          }
          case 'ins':
          case 'del':
          case 'moveFrom':
          case 'moveTo': {
            this.sawChanges = true;
            if (HIDDEN[this.reading].has(node.name)) break;
            const outer = change;
            change = { id: node.attrs.id ?? '', kind: CHANGE_KIND[node.name], ...(node.attrs.author ? { author: node.attrs.author } : {}), ...(node.attrs.date ? { date: node.attrs.date } : {}) };
            visit(node);
            change = outer;
            break;
          }
          case 'pPr':
          case 'rPr':
            break;
          case 'sdt':
            visit(child(node, 'sdtContent') ?? node);
            break;
          default:
            // Hyperlinks, simple fields, smart tags, custom XML: their runs count.
            visit(node);
        }
      }
    };
    visit(p);
    if (this.pieces) for (const segment of segments) if (segment.change && segment.text.trim() !== '') this.pieces.push({ mark: segment.change, text: segment.text });
    let out = '';
    for (const segment of segments) {
      if (!segment.bold || segment.text.trim() === '') {
        out += segment.text;
        continue;
      }
      // Markdown wants the ** right against the text: spaces go outside.
      const [, before, inner, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(segment.text)!;
      out += `${before}**${inner}**${after}`;
    }
    return out;
  }
}

/** By paragraph, and within one the removed text before the added text, as Word shows a replacement. */
function inDocumentOrder(changes: TrackedChange[]): TrackedChange[] {
  const removed = (change: TrackedChange): number => (change.kind === 'deletion' || change.kind === 'move-from' ? 0 : 1);
  return changes.sort((a, b) => a.place.paragraph - b.place.paragraph || removed(a) - removed(b));
}

function firstWords(text: string): string {
  const plain = text.replace(/\*\*/g, '').replace(/\[\^\d+\]/g, '').trim();
  const words = plain.split(/\s+/);
  return words.length <= 4 ? plain : `${words.slice(0, 4).join(' ')} ...`;
}

/** Text that would otherwise start Markdown syntax of its own (a heading, a quote, a code fence, a bullet). */
function escapeLineStart(text: string): string {
  return text.replace(/^(#{1,6}\s|>|`{3}|~{3}|[-*+]\s|={3,}|-{3,})/, (m) => `\\${m}`);
}

/** A comment's text safe inside `<!-- -->`. */
function commentText(comment: string): string {
  return `opmerking${comment}`.replace(/--+/g, '-').replace(/-$/, '- ');
}

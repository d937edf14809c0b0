/**
 * The Word building blocks both reports share, on top of the `docx` package: real heading styles
 * (Word's navigation pane lists them), tables whose first row is marked as a header row (repeated
 * on every page, read as headers by screen readers), the document's language, title and metadata
 * in the core properties, and a footer with the page number and the no-legal-advice line.
 *
 * No text is ever parsed as markup: `docx` writes every string as an XML text node (escaped), and
 * characters that XML 1.0 cannot hold (control characters, lone surrogates) are dropped here first,
 * so a hostile note or title stays the text the reviewer typed and the file stays valid.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Language } from '../core/finding';

/** Characters XML 1.0 does not allow, and lone halves of surrogate pairs. */
/** What a document's body is made of. */
export type Block = Paragraph | Table;

const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(value: string): string {
  return value.replace(NOT_IN_XML, '');
}

/** A piece of text with its looks; `link` only for http(s) addresses the caller has checked. */
export interface Span {
  text: string;
  bold?: boolean;
  italics?: boolean;
  /** Hex colour without `#`; always next to words that say the same (never colour alone). */
  colour?: string;
  link?: string;
}

export type Inline = string | Span;

const BODY_COLOUR = '1B1B1B';
const LINK_COLOUR = '1D4F91';
const BORDER_COLOUR = '767676';
const HEADER_FILL = 'E8EEF6';
/** A4 with margins of 2 cm: the width a table may take, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** The width a table may take on a landscape page (for wide tables). */
export const LANDSCAPE_CONTENT_WIDTH = PAGE.height - 2 * PAGE.margin;

/** One run per line: a line break inside the text becomes a break in Word, not a lost newline. */
function runs(span: Span, size?: number): TextRun[] {
  const lines = cleanText(span.text).split(/\r\n?|\n/);
  return lines.map((line, index) => new TextRun({
    text: line,
    ...(index > 0 ? { break: 1 } : {}),
    ...(span.bold ? { bold: true } : {}),
    ...(span.italics ? { italics: true } : {}),
    ...(span.colour ? { color: span.colour } : span.link ? { color: LINK_COLOUR } : {}),
    ...(span.link ? { underline: {} } : {}),
    ...(size ? { size } : {}),
  }));
}

function children(parts: readonly Inline[], size?: number): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const part of parts) {
    const span = typeof part === 'string' ? { text: part } : part;
    if (span.link) out.push(new ExternalHyperlink({ link: span.link, children: runs(span, size) }));
    else out.push(...runs(span, size));
  }
  return out;
}

export function paragraph(parts: readonly Inline[], options: { style?: string; keepNext?: boolean; size?: number } = {}): Paragraph {
  return new Paragraph({
    children: children(parts, options.size),
    ...(options.style ? { style: options.style } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
  });
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

/** A heading in Word's own Heading 1–4 style, so that the navigation pane and a table of contents find it. */
export function heading(level: 1 | 2 | 3 | 4, value: string): Paragraph {
  return new Paragraph({ heading: HEADINGS[level - 1], children: [new TextRun(cleanText(value))], keepNext: true });
}

export function bulletList(items: ReadonlyArray<readonly Inline[]>, size?: number): Paragraph[] {
  return items.map((item) => new Paragraph({ bullet: { level: 0 }, children: children(item, size) }));
}

/** A label and its value on one line: "Contract: acme.overeenkomst.md". */
export function labelled(label: string, value: readonly Inline[]): Paragraph {
  return new Paragraph({ children: children([{ text: `${label}: `, bold: true }, ...value]), spacing: { after: 40 } });
}

export interface TableOptions {
  caption?: string;
  headers: string[];
  rows: ReadonlyArray<ReadonlyArray<readonly Inline[] | string>>;
  /** Relative column widths (any unit); equal when left out. */
  widths?: number[];
  /** Columns with numbers: aligned right. */
  numeric?: ReadonlySet<number>;
  /** Font size in half points (Word's unit); the body size when left out. */
  size?: number;
  /** The table's width in twentieths of a point: the portrait page's text width when left out. */
  width?: number;
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: BORDER_COLOUR } as const;
const CELL_BORDERS = { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER } as const;

/**
 * A table with a caption above it (Word's Caption style), the header row marked as a header row
 * (`w:tblHeader`: repeated at the top of every page) and fixed column widths that Word and
 * LibreOffice both honour.
 */
export function table(options: TableOptions): Block[] {
  const count = options.headers.length;
  const weights = options.widths ?? options.headers.map(() => 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const width = options.width ?? CONTENT_WIDTH;
  const columnWidths = weights.map((weight) => Math.floor((weight / sum) * width));
  const cell = (content: readonly Inline[] | string, column: number, header: boolean): TableCell => new TableCell({
    width: { size: columnWidths[column], type: WidthType.DXA },
    borders: CELL_BORDERS,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } } : {}),
    children: [new Paragraph({
      spacing: { after: 0 },
      ...(options.numeric?.has(column) ? { alignment: AlignmentType.RIGHT } : {}),
      children: children(typeof content === 'string' ? [header ? { text: content, bold: true } : content] : content, options.size),
    })],
  });
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: options.headers.map((text, column) => cell(text, column, true)) });
  const body = options.rows.map((row) => new TableRow({ cantSplit: true, children: Array.from({ length: count }, (_, column) => cell(row[column] ?? '', column, false)) }));
  const parts: Block[] = [];
  if (options.caption) parts.push(new Paragraph({ style: 'Caption', keepNext: true, children: children([options.caption]) }));
  parts.push(new Table({ rows: [header, ...body], width: { size: width, type: WidthType.DXA }, columnWidths }));
  // Word joins two tables that touch; a small empty paragraph keeps them apart.
  parts.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  return parts;
}

export interface WordDocument {
  language: Language;
  /** The title in the core properties (File > Properties, the PDF's title). */
  title: string;
  subject: string;
  description: string;
  keywords: string;
  /** The footer's words beside the page number: the no-legal-advice line. */
  footerNote: string;
  /** "Pagina {page} van {pages}": placeholders become Word's page fields. */
  pageTemplate: string;
  /** The body; a part with `landscape` gets landscape pages of its own (a wide table). */
  parts: Array<{ landscape?: boolean; body: Block[] }>;
}

const LANGUAGE_TAGS: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

function pageFooter(note: string, template: string): Footer {
  const parts: Array<string | (typeof PageNumber)[keyof typeof PageNumber]> = [];
  for (const piece of cleanText(template).split(/(\{page\}|\{pages\})/)) {
    if (piece === '{page}') parts.push(PageNumber.CURRENT);
    else if (piece === '{pages}') parts.push(PageNumber.TOTAL_PAGES);
    else if (piece) parts.push(piece);
  }
  return new Footer({
    children: [
      new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: cleanText(note), size: 16, color: '5F5F5F' })] }),
      new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: parts, size: 18 })] }),
    ],
  });
}

/** The document as the bytes of a .docx file. */
export async function packDocument(word: WordDocument): Promise<Uint8Array> {
  const tag = LANGUAGE_TAGS[word.language];
  const document = new Document({
    title: cleanText(word.title),
    subject: cleanText(word.subject),
    description: cleanText(word.description),
    keywords: cleanText(word.keywords),
    creator: 'Inkooplint',
    lastModifiedBy: 'Inkooplint',
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 21, color: BODY_COLOUR, language: { value: tag } }, paragraph: { spacing: { after: 100, line: 264, lineRule: LineRuleType.AUTO } } },
        heading1: { run: { font: 'Arial', size: 36, bold: true, color: BODY_COLOUR }, paragraph: { spacing: { before: 240, after: 160 } } },
        heading2: { run: { font: 'Arial', size: 30, bold: true, color: LINK_COLOUR }, paragraph: { spacing: { before: 360, after: 120 }, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: LINK_COLOUR, space: 2 } } } },
        heading3: { run: { font: 'Arial', size: 25, bold: true, color: BODY_COLOUR }, paragraph: { spacing: { before: 240, after: 80 } } },
        heading4: { run: { font: 'Arial', size: 22, bold: true, color: BODY_COLOUR }, paragraph: { spacing: { before: 200, after: 60 } } },
        hyperlink: { run: { color: LINK_COLOUR, underline: {} } },
      },
      paragraphStyles: [
        { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { bold: true, size: 20 }, paragraph: { spacing: { before: 120, after: 60 } } },
      ],
    },
    sections: word.parts.filter((part) => part.body.length > 0).map((part) => ({
      properties: {
        page: {
          // docx swaps width and height itself for a landscape page.
          size: { width: PAGE.width, height: PAGE.height, ...(part.landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) },
          margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
        },
      },
      footers: { default: pageFooter(word.footerNote, word.pageTemplate) },
      children: part.body,
    })),
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

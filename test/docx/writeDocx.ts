/**
 * A small .docx writer for tests: turns a contract in Markdown (the fixtures' style) into a Word
 * document the way a person would make it in Word: "Title" and "Heading 1/2" styles, articles and
 * sub-clauses with Word's automatic multi-level numbering (numbering.xml + w:numPr; a skipped
 * article number is a list restarted with w:startOverride, as Word's "Set numbering value" does),
 * numbered and bulleted lists, bold runs, tables, footnotes (`[^1]` in the text, `[^1]: text` on a
 * line of its own) and comments (`<!-- opmerking: text -->` on a paragraph). A sub-clause number that automatic
 * numbering cannot produce (a duplicate, a gap) is typed as text, as a Word user would have to.
 * Document properties come from the front matter: the title in docProps/core.xml, the other
 * scalar keys in docProps/custom.xml.
 *
 * Tracked changes, in a CriticMarkup-like notation: `{++inserted++}`, `{--deleted--}`,
 * `{~~old~>new~~}` (a deletion and an insertion), `{<-moved away<-}` and `{->moved here->}` inside
 * a paragraph; a line that starts with `{++}`, `{--}`, `{<-}` or `{->}` is a whole paragraph
 * inserted, deleted, moved away or moved here (its runs and its paragraph mark). Their author and
 * date are `options.author` and `options.date`.
 */
import { strToU8, zipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';

const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export interface WriteOptions {
  /** Put the front matter in a first table instead of the document properties. */
  frontMatterTable?: boolean;
  /** Extra parts or replaced parts, by name. */
  parts?: Record<string, string | Uint8Array>;
  /** The author of the tracked changes (default "Leverancier B.V."). */
  author?: string;
  /** The date of the tracked changes (default 2025-03-14T10:00:00Z). */
  date?: string;
}

type ChangeTag = 'ins' | 'del' | 'moveFrom' | 'moveTo';
const PARAGRAPH_CHANGE = /^\{(\+\+|--|<-|->)\}/;
const CHANGE_TAGS: Record<string, ChangeTag> = { '++': 'ins', '--': 'del', '<-': 'moveFrom', '->': 'moveTo' };

export function markdownToDocx(markdown: string, options: WriteOptions = {}): Uint8Array {
  const frontMatch = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  const front: Record<string, unknown> = frontMatch ? (parseYaml(frontMatch[1]) as Record<string, unknown>) : {};
  let body = frontMatch ? markdown.slice(frontMatch[0].length) : markdown;
  // Footnotes: `[^1]` in the text, `[^1]: text` on a line of its own.
  const noteTexts = new Map<string, string>();
  body = body.replace(/^\[\^([^\]]+)\]:[ \t]*(.*)\n?/gm, (_, label: string, text: string) => {
    noteTexts.set(label, text);
    return '';
  });
  const commentsFound: string[] = [];
  body = body.replace(/<!--\s*opmerking:\s*([\s\S]*?)-->/g, (_, text: string) => `\u0001${commentsFound.push(text.trim()) - 1}\u0001`);
  body = body.replace(/<!--[\s\S]*?-->/g, '');

  const paragraphs: string[] = [];
  const footnotes: string[] = [];
  const comments: string[] = [];
  let changeId = 1000;
  const changeAttrs = (): string => `w:id="${changeId++}" w:author="${esc(options.author ?? 'Leverancier B.V.')}" w:date="${options.date ?? '2025-03-14T10:00:00Z'}"`;
  /** Runs wrapped as a tracked change; deleted text is `w:delText`, as Word writes it. */
  const changed = (tag: ChangeTag, xml: string): string => {
    const body = tag === 'del' ? xml.replace(/<w:t( |>)/g, '<w:delText$1').replace(/<\/w:t>/g, '</w:delText>') : xml;
    return `<w:${tag} ${changeAttrs()}>${body}</w:${tag}>`;
  };
  const plainRun = (text: string): string => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
  const runs = (text: string): string => {
    let out = '';
    let commentIds: number[] = [];
    text = text.replace(/\u0001(\d+)\u0001/g, (_, i: string) => {
      commentIds.push(Number(i));
      return '';
    }).trim();
    for (const part of text.split(/(\*\*[^*]+\*\*|\[\^[^\]]+\]|\{\+\+[\s\S]*?\+\+\}|\{--[\s\S]*?--\}|\{~~[\s\S]*?~~\}|\{<-[\s\S]*?<-\}|\{->[\s\S]*?->\})/)) {
      if (!part) continue;
      const tracked = /^\{(\+\+|--|<-|->)([\s\S]*)\1\}$/.exec(part);
      const substitution = /^\{~~([\s\S]*?)~>([\s\S]*)~~\}$/.exec(part);
      if (tracked) out += changed(CHANGE_TAGS[tracked[1]], plainRun(tracked[2]));
      else if (substitution) out += changed('del', plainRun(substitution[1])) + changed('ins', plainRun(substitution[2]));
      else if (part.startsWith('**')) out += `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${esc(part.slice(2, -2))}</w:t></w:r>`;
      else if (part.startsWith('[^')) {
        footnotes.push(noteTexts.get(part.slice(2, -1)) ?? part.slice(2, -1));
        out += `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${footnotes.length}"/></w:r>`;
      } else out += `<w:r><w:t xml:space="preserve">${esc(part)}</w:t></w:r>`;
    }
    for (const i of commentIds) {
      comments.push(commentsFound[i]);
      const id = comments.length - 1;
      out = `<w:commentRangeStart w:id="${id}"/>${out}<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
    }
    commentIds = [];
    return out;
  };
  /** The tracked change of the whole paragraph being written, from a `{--}` (...) at the start of its line. */
  let paragraphChange: ChangeTag | undefined;
  const para = (text: string, style?: string, num?: { numId: number; ilvl: number }): void => {
    const mark = paragraphChange ? `<w:rPr><w:${paragraphChange} ${changeAttrs()}/></w:rPr>` : '';
    const pPr = style || num || mark ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${num ? `<w:numPr><w:ilvl w:val="${num.ilvl}"/><w:numId w:val="${num.numId}"/></w:numPr>` : ''}${mark}</w:pPr>` : '';
    const content = paragraphChange ? changed(paragraphChange, runs(text)) : runs(text);
    const paragraph = `<w:p>${pPr}${content}</w:p>`;
    if (paragraphChange === 'moveFrom' || paragraphChange === 'moveTo') {
      const range = paragraphChange === 'moveFrom' ? 'moveFromRange' : 'moveToRange';
      const id = changeId++;
      paragraphs.push(`<w:${range}Start w:id="${id}" w:name="move${id}" w:author="${esc(options.author ?? 'Leverancier B.V.')}"/>${paragraph}<w:${range}End w:id="${id}"/>`);
    } else paragraphs.push(paragraph);
  };

  // Lists: 1 = "Artikel %1" / "%1.%2" / "%1.%2.%3"; 2 = "%1." / "%1.%2" / ...; 3 = "%1." list; 4 = bullets.
  const nums: Array<{ abstract: number; start?: number }> = [];
  const newNum = (abstract: number, start?: number): number => nums.push({ abstract, ...(start !== undefined ? { start } : {}) });
  let articleNum = 0;
  let articleAbstract = 0;
  let articleCounter = 0;
  let clauseCounters: number[] = [];
  let listNum = 0;
  let listCounter = 0;
  let bulletNum = 0;
  let inArticle = false;

  const lines = body.split('\n');
  const blocks: string[] = [];
  let current: string | undefined;
  const flush = (): void => {
    if (current !== undefined) blocks.push(current);
    current = undefined;
  };
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      flush();
      continue;
    }
    const bare = line.replace(PARAGRAPH_CHANGE, '');
    const starts = bare !== line || /^(#{1,6}\s|\d{1,3}(\.\d{1,3})+\s|\d{1,3}\.\s|- |\|)/.test(line);
    if (starts || current === undefined) {
      flush();
      current = line;
    } else current += ` ${line.trim()}`;
    if (/^#{1,6}\s/.test(bare)) flush();
  }
  flush();

  let table: string[][] = [];
  const flushTable = (): void => {
    if (table.length === 0) return;
    const rows = table.map((cells) => `<w:tr>${cells.map((cell) => `<w:tc><w:p>${runs(cell)}</w:p></w:tc>`).join('')}</w:tr>`);
    paragraphs.push(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${rows.join('')}</w:tbl>`);
    table = [];
  };

  if (options.frontMatterTable) {
    table = Object.entries(front).filter(([, v]) => typeof v !== 'object').map(([k, v]) => [k, String(v)]);
    flushTable();
  }
  for (const written of blocks) {
    const marker = PARAGRAPH_CHANGE.exec(written);
    paragraphChange = marker ? CHANGE_TAGS[marker[1]] : undefined;
    const block = marker ? written.slice(marker[0].length) : written;
    if (block.startsWith('|')) {
      const cells = block.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
      if (!cells.every((c) => /^:?-+:?$/.test(c))) table.push(cells);
      continue;
    }
    flushTable();
    let m: RegExpExecArray | null;
    if ((m = /^# (.*)$/.exec(block))) para(m[1], 'Title');
    else if ((m = /^## (?:(Artikel)\s+(\d+)|(\d+)\.)\s*[.–—-]?\s*(.*)$/.exec(block))) {
      const n = Number(m[2] ?? m[3]);
      const abstract = m[1] ? 1 : 2;
      if (abstract !== articleAbstract || n !== articleCounter + 1) {
        articleNum = newNum(abstract, n === 1 && abstract !== articleAbstract ? undefined : n);
        articleAbstract = abstract;
      }
      articleCounter = n;
      clauseCounters = [];
      listNum = 0;
      inArticle = true;
      para(m[4], 'Heading1', { numId: articleNum, ilvl: 0 });
    } else if ((m = /^(#{2,6}) (.*)$/.exec(block))) {
      if (m[1] === '##') inArticle = false;
      para(m[2], m[1] === '##' ? 'Heading1' : 'Heading2');
    } else if (inArticle && (m = /^(\d{1,3}(?:\.\d{1,3})+)\s+(.*)$/.exec(block))) {
      const parts = m[1].split('.').map(Number);
      const depth = parts.length - 1;
      const expected = [...clauseCounters.slice(0, depth - 1), (clauseCounters[depth - 1] ?? 0) + 1];
      const auto = parts[0] === articleCounter && depth <= 2 && parts.slice(1).every((p, i) => p === expected[i]);
      if (auto) {
        clauseCounters = expected;
        para(m[2], undefined, { numId: articleNum, ilvl: depth });
      } else para(block);
    } else if (inArticle && (m = /^(\d{1,3})\.\s+(.*)$/.exec(block))) {
      const n = Number(m[1]);
      if (listNum === 0 || n !== listCounter + 1) {
        listNum = newNum(3, n);
      }
      listCounter = n;
      para(m[2], undefined, { numId: listNum, ilvl: 0 });
    } else if ((m = /^- (.*)$/.exec(block))) {
      bulletNum ||= newNum(4);
      para(m[1], undefined, { numId: bulletNum, ilvl: 0 });
    } else para(block);
  }
  flushTable();

  const lvl = (ilvl: number, text: string, format = 'decimal'): string =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/></w:lvl>`;
  const numberingXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>${lvl(0, 'Artikel %1')}${lvl(1, '%1.%2')}${lvl(2, '%1.%2.%3')}</w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="multilevel"/>${lvl(0, '%1.')}${lvl(1, '%1.%2')}${lvl(2, '%1.%2.%3')}</w:abstractNum>
<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="hybridMultilevel"/>${lvl(0, '%1.')}${lvl(1, '%2.', 'lowerLetter')}</w:abstractNum>
<w:abstractNum w:abstractNumId="4"><w:multiLevelType w:val="hybridMultilevel"/>${lvl(0, '\u2022', 'bullet')}</w:abstractNum>
${nums.map((num, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${num.abstract}"/>${num.start !== undefined ? `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${num.start}"/></w:lvlOverride>` : ''}</w:num>`).join('\n')}
</w:numbering>`;
  const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
</w:styles>`;
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>${paragraphs.join('\n')}<w:sectPr/></w:body></w:document>`;
  const footnotesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
${footnotes.map((text, i) => `<w:footnote w:id="${i + 1}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${esc(text)}</w:t></w:r></w:p></w:footnote>`).join('\n')}</w:footnotes>`;
  const commentsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments ${W}>${comments.map((text, i) => `<w:comment w:id="${i}" w:author="Jurist" w:date="2025-03-14T10:00:00Z" w:initials="J"><w:p><w:r><w:t>${esc(text)}</w:t></w:r></w:p></w:comment>`).join('')}</w:comments>`;
  const title = String(front.titel ?? front.title ?? '');
  const custom = options.frontMatterTable ? [] : Object.entries(front).filter(([key, value]) => key !== 'titel' && key !== 'title' && value !== null && typeof value !== 'object');
  const coreXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${options.frontMatterTable ? '' : esc(title)}</dc:title><dc:creator>Test</dc:creator></cp:coreProperties>`;
  const customXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${custom.map(([key, value], i) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${esc(key)}"><vt:lpwstr>${esc(value instanceof Date ? value.toISOString().slice(0, 10) : String(value))}</vt:lpwstr></property>`).join('')}</Properties>`;
  const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>`;
  const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>`;
  const files: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': contentTypes,
    '_rels/.rels': rels,
    'word/_rels/document.xml.rels': docRels,
    'word/document.xml': documentXml,
    'word/numbering.xml': numberingXml,
    'word/styles.xml': stylesXml,
    'word/footnotes.xml': footnotesXml,
    'word/comments.xml': commentsXml,
    'docProps/core.xml': coreXml,
    'docProps/custom.xml': customXml,
    ...options.parts,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, content]) => [name, typeof content === 'string' ? strToU8(content) : content])));
}

/**
 * A fixture as both paths can carry it: no code (Word has no code spans), no front matter that
 * document properties cannot hold (lists and mappings).
 */
export function wordEquivalent(markdown: string): string {
  const frontMatch = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  let front = '';
  if (frontMatch) {
    const data = parseYaml(frontMatch[1]) as Record<string, unknown>;
    front = `---\n${Object.entries(data).filter(([, v]) => v !== null && typeof v !== 'object').map(([k, v]) => `${k}: ${JSON.stringify(v instanceof Date ? v.toISOString().slice(0, 10) : v)}`).join('\n')}\n---\n`;
  }
  const body = (frontMatch ? markdown.slice(frontMatch[0].length) : markdown)
    .replace(/^```[\s\S]*?^```\n?/gm, '')
    .replace(/`[^`\n]*`/g, 'code');
  return front + body;
}

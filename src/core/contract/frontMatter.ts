import { parseStructured, shiftDocument } from '../document/parseStructured';
import type { FrontMatter } from './model';

export interface FrontMatterSplit {
  frontMatter?: FrontMatter;
  /** Where the Markdown starts: after the front matter's closing line, or after a byte order mark. */
  contentStart: number;
}

const OPENING_LINE = /---[ \t]*(?:\r\n|\r|\n)/y;
// `...` closes YAML documents too (Pandoc accepts it); a line is a closing line only on its own.
const CLOSING_LINE = /^(?:---|\.\.\.)[ \t]*$/gm;
const LINE_BREAK = /\r\n|\r|\n/y;

/**
 * Finds the YAML front matter: a `---` line at the very top (after a byte order mark, if any), YAML,
 * and a closing `---` line. Offsets of the parsed YAML are offsets into the contract text. Never
 * throws: YAML errors become problems; an opening line without a closing one is a problem too, and
 * then the whole text is read as Markdown.
 */
export function readFrontMatter(text: string): FrontMatterSplit {
  const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  OPENING_LINE.lastIndex = bomLength;
  const opening = OPENING_LINE.exec(text);
  if (!opening) return { contentStart: bomLength };
  const bodyStart = bomLength + opening[0].length;

  CLOSING_LINE.lastIndex = bodyStart;
  const closing = CLOSING_LINE.exec(text);
  if (!closing) {
    const openingEnd = bomLength + 3;
    return {
      contentStart: bomLength,
      frontMatter: {
        offset: [bomLength, openingEnd],
        root: undefined,
        problems: [{ messageId: 'front-matter-unclosed', offset: [bomLength, openingEnd] }],
      },
    };
  }

  const bodyEnd = closing.index;
  const blockEnd = closing.index + 3;
  LINE_BREAK.lastIndex = closing.index + closing[0].length;
  const contentStart = LINE_BREAK.exec(text) ? LINE_BREAK.lastIndex : closing.index + closing[0].length;
  const body = text.slice(bodyStart, bodyEnd);
  const frontMatter: FrontMatter = { offset: [bomLength, blockEnd], root: undefined, problems: [] };
  // An empty front matter (`---` right after `---`) is no error: there is simply nothing in it.
  if (body.trim() !== '') {
    const parsed = shiftDocument(parseStructured(body, 'yaml'), text, bodyStart);
    frontMatter.root = parsed.root;
    frontMatter.problems = parsed.problems;
    if (parsed.root && parsed.root.kind !== 'object' && parsed.problems.length === 0) {
      frontMatter.problems.push({ messageId: 'front-matter-not-a-mapping', offset: parsed.root.offset });
    }
  }
  return { frontMatter, contentStart };
}

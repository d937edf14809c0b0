import { LineIndex } from '../text/lineIndex';

/**
 * Offsets in the contract text of the lines markdown-it reports. markdown-it numbers lines from where
 * the Markdown starts (after the front matter and the byte order mark), and counts \r\n, \r and \n as
 * line breaks, as `LineIndex` does.
 */
export class SourceLines {
  private readonly index: LineIndex;
  private readonly firstLine: number;

  constructor(
    readonly text: string,
    /** Where the Markdown starts in the contract text. */
    readonly contentStart: number,
  ) {
    this.index = new LineIndex(text);
    this.firstLine = this.index.positionAt(contentStart).line;
  }

  /** Offset of the first character of a Markdown line. */
  start(line: number): number {
    return Math.max(this.contentStart, this.index.offsetAt({ line: this.firstLine + line, character: 0 }));
  }

  /** Offset just after the last character of a Markdown line, before its line break. */
  end(line: number): number {
    const start = this.start(line);
    const next = this.firstLine + line + 1;
    let end = next < this.index.lineCount ? this.index.offsetAt({ line: next, character: 0 }) : this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return end;
  }
}

/** White space and control characters, the no-break space and the byte order mark. */
function isBlank(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0xfeff || code === 0x2028 || code === 0x2029;
}

/** Moves `end` back over white space, but not before `floor`. */
export function trimEnd(text: string, floor: number, end: number): number {
  while (end > floor && isBlank(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Moves `start` forward over white space, but not past `ceiling`. */
export function trimStart(text: string, start: number, ceiling: number): number {
  while (start < ceiling && isBlank(text.charCodeAt(start))) start++;
  return start;
}

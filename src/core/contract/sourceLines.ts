/**
 * Offsets in the contract text of the lines markdown-it reports. markdown-it numbers lines from where
 * the Markdown starts (after the front matter and the byte order mark), and counts \r\n, \r and \n as
 * line breaks, as `LineIndex` does.
 */
export class SourceLines {
  /** Offsets of the text's line starts, as `LineIndex` has them (\r\n, \r and \n end lines). */
  private readonly starts: number[];
  private readonly lineCount: number;
  /** The line that holds `contentStart`: markdown-it's line 0. */
  private readonly firstLine: number;
  /** Whether the text has a \r anywhere (else \n alone ends lines). */
  readonly hasCarriageReturns: boolean;

  constructor(
    readonly text: string,
    /** Where the Markdown starts in the contract text. */
    readonly contentStart: number,
  ) {
    const starts = [0];
    this.hasCarriageReturns = text.includes('\r');
    if (!this.hasCarriageReturns) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10) starts.push(i + 1);
        else if (code === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    const count = starts.length;
    const clamped = Math.max(0, Math.min(contentStart, text.length));
    let first = 0;
    while (first + 1 < count && starts[first + 1] <= clamped) first++;
    this.starts = starts;
    this.lineCount = count;
    this.firstLine = first;
  }

  /** Offsets of the text's line starts, as `LineIndex` finds them: not to be changed. */
  get lineStarts(): number[] {
    return this.starts;
  }

  /** How many lines the Markdown has, from the line that holds `contentStart` on. */
  get markdownLineCount(): number {
    return this.lineCount - this.firstLine;
  }

  /** Offset of the first character of a line (a line of the whole text, clamped to those there are). */
  private lineStart(line: number): number {
    return Math.min(this.starts[Math.max(0, Math.min(line, this.lineCount - 1))], this.text.length);
  }

  /** Offset of the first character of a Markdown line. */
  start(line: number): number {
    return Math.max(this.contentStart, this.lineStart(this.firstLine + line));
  }

  /** Offset just after the last character of a Markdown line, before its line break. */
  end(line: number): number {
    const start = this.start(line);
    const next = this.firstLine + line + 1;
    let end = next < this.lineCount ? this.lineStart(next) : this.text.length;
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

/** What `/\s/` matches: JavaScript's white space and line terminators. */
export function isWhiteSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Moves `position` forward over what `/\s/` matches. */
export function skipWhiteSpace(text: string, position: number): number {
  while (position < text.length && isWhiteSpaceCode(text.charCodeAt(position))) position++;
  return position;
}

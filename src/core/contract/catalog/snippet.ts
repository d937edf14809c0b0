/**
 * The part of VS Code's snippet syntax that model clauses use: tab stops with a default
 * (`${2:30}`), plain tab stops (`$1`, `${1}`), choices (`${1|ja,nee|}`) and the escapes `\$`,
 * `\}` and `\\`. Nested placeholders and variables (`$TM_FILENAME`) are not used in the catalog
 * and are reported as malformed.
 */

export interface TabStop {
  index: number;
  /** The text a reader sees before filling it in: the default, or the first choice. */
  defaultText: string;
  /** Offsets of the whole tab stop in the snippet text: [start, end). */
  offset: [number, number];
}

export interface ParsedSnippet {
  /** The text with every tab stop replaced by its default and the escapes resolved. */
  text: string;
  tabStops: TabStop[];
  /** Places where the text is not valid snippet syntax of the kind above. */
  problems: string[];
}

const TAB_STOP = /\$(?:(\d+)|\{(\d+)(?::((?:\\.|[^\\}$])*)|\|((?:\\.|[^\\|$])*)\|)?\})/y;

export function parseSnippet(snippet: string): ParsedSnippet {
  const tabStops: TabStop[] = [];
  const problems: string[] = [];
  let text = '';
  let at = 0;
  while (at < snippet.length) {
    const char = snippet[at];
    if (char === '\\' && at + 1 < snippet.length && '$}\\'.includes(snippet[at + 1])) {
      text += snippet[at + 1];
      at += 2;
      continue;
    }
    if (char === '$') {
      TAB_STOP.lastIndex = at;
      const match = TAB_STOP.exec(snippet);
      if (!match) {
        problems.push(`unescaped "$" or malformed tab stop at offset ${at}`);
        text += char;
        at++;
        continue;
      }
      const index = Number(match[1] ?? match[2]);
      const defaultText = unescape(match[3] ?? (match[4] !== undefined ? match[4].split(',')[0] : ''));
      tabStops.push({ index, defaultText, offset: [at, at + match[0].length] });
      text += defaultText;
      at += match[0].length;
      continue;
    }
    if (char === '}') problems.push(`unescaped "}" at offset ${at}`);
    text += char;
    at++;
  }
  return { text, tabStops, problems };
}

function unescape(text: string): string {
  return text.replace(/\\([$}\\|,])/g, '$1');
}

/** The snippet as a reader sees it: every tab stop replaced by its default. */
export function snippetText(snippet: string): string {
  return parseSnippet(snippet).text;
}

/**
 * A cheap scan of how deeply a YAML or JSON text nests, run before any parser sees the text.
 *
 * Why: on Node 20 the `yaml` library can abort the whole process (a V8 "RegExpCompiler Allocation
 * failed", which no try/catch stops) when it parses a flow collection nested thousands deep a
 * second time. In VS Code that would take down the extension host. So we refuse such text first.
 * `depth` is exact when the text comes near the limit; for ordinary text it may be an upper bound.
 */
import { Lexer } from 'yaml';

export const MAX_NESTING_DEPTH = 200;

export interface NestingScan {
  depth: number;
  /** Offset where the depth first went past the limit, if it did. */
  offendingOffset?: number;
}

export function scanNestingDepth(text: string, format: 'yaml' | 'json', limit = MAX_NESTING_DEPTH): NestingScan {
  return format === 'json' ? scanJson(text, limit) : scanYaml(text, limit);
}

/** Tokenizes as jsonc-parser does (it skips comments even when it reports them; a line break ends a string), so no bracket it parses goes uncounted. */
function scanJson(text: string, limit: number): NestingScan {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */ || c === 10 || c === 13) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      while (i + 1 < text.length && text.charCodeAt(i + 1) !== 10 && text.charCodeAt(i + 1) !== 13) i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? text.length : close + 1;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return { depth: max, offendingOffset: i };
      }
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return { depth: max };
}

/**
 * YAML is measured in two steps. First a cheap upper bound: every `[` or `{` anywhere, plus the
 * deepest indentation and compact `- ` entries of any line. Ordinary files stay far below the
 * limit and cost only this count. Above it, the depth is measured exactly on the yaml library's
 * own lexer tokens, so quotes, comments and block scalars are read as the parser will read them and
 * cannot hide brackets from the count (a character scanner can be fooled by `"]"` or `" #"`).
 */
function scanYaml(text: string, limit: number): NestingScan {
  const bound = yamlDepthBound(text);
  return bound <= limit ? { depth: bound } : scanYamlTokens(text, limit);
}

function yamlDepthBound(text: string): number {
  let brackets = 0;
  let deepestLine = 0;
  let lineLevels = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 /* [ */ || c === 123 /* { */) brackets++;
    if (c === 10 /* \n */) {
      atLineStart = true;
      lineLevels = 0;
    } else if (atLineStart) {
      if (c === 32 || c === 9 || c === 45 /* - */ || c === 63 /* ? */) {
        lineLevels++;
        if (lineLevels > deepestLine) deepestLine = lineLevels;
      } else {
        atLineStart = false;
      }
    }
  }
  return brackets + deepestLine + 1;
}

/** Lexer tokens that stand for no source text (document and scalar markers). */
const MARKER_TOKENS = new Set(['\u0002', '\u0018', '\u001f']);

function scanYamlTokens(text: string, limit: number): NestingScan {
  let offset = 0;
  let flowDepth = 0;
  let max = 0;
  const indentStack: number[] = [];
  let lineStart = 0;
  let atLineStart = true;
  // '-' and '?' indicators on this line: each opens a nested block collection.
  let lineLevels = 0;
  let previous = '';
  let offending: number | undefined;
  const reach = (depth: number, at: number): boolean => {
    if (depth > max) max = depth;
    if (max > limit) offending = at;
    return offending !== undefined;
  };
  for (const token of new Lexer().lex(text)) {
    if (MARKER_TOKENS.has(token)) {
      previous = token;
      continue;
    }
    const at = offset;
    offset += token.length;
    const scalar = previous === '\u001f';
    previous = token;
    if (token === '\n' || token === '\r\n') {
      atLineStart = true;
      lineStart = offset;
      lineLevels = 0;
      continue;
    }
    if (!scalar && (token[0] === ' ' || token[0] === '\t')) continue;
    if (atLineStart && flowDepth === 0 && token[0] !== '#') {
      const indent = at - lineStart;
      while (indentStack.length > 0 && indentStack[indentStack.length - 1] >= indent) indentStack.pop();
      indentStack.push(indent);
      if (reach(indentStack.length, at)) break;
    }
    atLineStart = false;
    if (scalar) {
      // A multi-line scalar: the next line starts inside it.
      if (token.includes('\n')) lineStart = at + token.lastIndexOf('\n') + 1;
      continue;
    }
    if (token === '[' || token === '{') {
      flowDepth++;
      if (reach(indentStack.length + lineLevels + flowDepth, at)) break;
    } else if ((token === ']' || token === '}') && flowDepth > 0) {
      flowDepth--;
    } else if ((token === '-' || token === '?') && flowDepth === 0) {
      lineLevels++;
      if (reach(indentStack.length + lineLevels, at)) break;
    }
  }
  return offending === undefined ? { depth: max } : { depth: max, offendingOffset: offending };
}

/**
 * A cheap scan of how deeply a YAML or JSON text nests, run before any parser sees the text.
 *
 * Why: on Node 20 the `yaml` library can abort the whole process (a V8 "RegExpCompiler Allocation
 * failed", which no try/catch stops) when it parses a flow collection nested thousands deep a
 * second time. In VS Code that would take down the extension host. So we refuse such text first.
 * The scan over-estimates rather than under-estimates: brackets inside YAML plain text count too.
 */
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

function scanYaml(text: string, limit: number): NestingScan {
  let flowDepth = 0;
  let max = 0;
  const indentStack: number[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    // Block structure: every deeper indentation (and every compact "- " entry) opens a level.
    let i = lineStart;
    let indent = 0;
    while (i < lineEnd && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 45 /* - */) ) {
      const c = text.charCodeAt(i);
      if (c === 45 && text.charCodeAt(i + 1) !== 32 && i + 1 !== lineEnd) break;
      i++;
      indent++;
    }
    const first = text.charCodeAt(i);
    const blank = i >= lineEnd || first === 35 /* # */ || first === 13;
    if (!blank && flowDepth === 0) {
      while (indentStack.length > 0 && indentStack[indentStack.length - 1] >= indent) indentStack.pop();
      indentStack.push(indent);
      const dashes = countCompactDashes(text, lineStart, i);
      const blockDepth = indentStack.length + dashes;
      if (blockDepth > max) {
        max = blockDepth;
        if (max > limit) return { depth: max, offendingOffset: lineStart };
      }
    }
    // Flow structure: brackets, skipping comments.
    for (let k = i; k < lineEnd; k++) {
      const c = text.charCodeAt(k);
      if (c === 35 && (k === lineStart || text.charCodeAt(k - 1) === 32)) break;
      if (c === 91 || c === 123) {
        flowDepth++;
        const total = indentStack.length + flowDepth;
        if (total > max) {
          max = total;
          if (max > limit) return { depth: max, offendingOffset: k };
        }
      } else if ((c === 93 || c === 125) && flowDepth > 0) flowDepth--;
    }
    lineStart = lineEnd + 1;
  }
  return { depth: max };
}

function countCompactDashes(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 45) count++;
  return count;
}

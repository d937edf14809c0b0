import type { ProseBlock } from './markdownOutline';
import type { Offsets } from './model';

/**
 * Code spans (`artikel 7`) and HTML comments (<!-- zie artikel 7 -->) inside the prose blocks: text
 * that reads like a cross-reference but is none. Returned sorted by start. Both are found with linear
 * scans: a code span ends at the next backtick run of the same length within its block, a comment at
 * the next "-->" within its block (as CommonMark has it).
 */
export function inlineExclusions(text: string, prose: ProseBlock[]): Offsets[] {
  const spans = [...codeSpans(text, prose), ...inlineComments(text, prose)];
  return spans.sort((a, b) => a[0] - b[0]);
}

function codeSpans(text: string, prose: ProseBlock[]): Offsets[] {
  const spans: Offsets[] = [];
  let runs: Array<{ start: number; length: number }> = [];
  const pairRuns = (): void => {
    if (runs.length > 1) {
      // For each run, the index of the next run of the same length, found from the right in one pass.
      const next = new Array<number>(runs.length).fill(-1);
      const lastSeen = new Map<number, number>();
      for (let i = runs.length - 1; i >= 0; i--) {
        next[i] = lastSeen.get(runs[i].length) ?? -1;
        lastSeen.set(runs[i].length, i);
      }
      for (let i = 0; i < runs.length; ) {
        const closing = next[i];
        if (closing === -1) {
          i++;
          continue;
        }
        spans.push([runs[i].start, runs[closing].start + runs[closing].length]);
        i = closing + 1;
      }
    }
    runs = [];
  };

  let blockIndex = 0;
  // Runs of backticks, found with indexOf (which skips the text fast, backticks being rare).
  for (let start = text.indexOf('`'); start !== -1; ) {
    let end = start + 1;
    while (text.charCodeAt(end) === 96 /* ` */) end++;
    while (blockIndex < prose.length && prose[blockIndex].end <= start) {
      pairRuns();
      blockIndex++;
    }
    if (blockIndex >= prose.length) break;
    if (start >= prose[blockIndex].start) runs.push({ start, length: end - start });
    start = text.indexOf('`', end);
  }
  pairRuns();
  return spans;
}

function inlineComments(text: string, prose: ProseBlock[]): Offsets[] {
  const spans: Offsets[] = [];
  let blockIndex = 0;
  let close = -1;
  for (let open = text.indexOf('<!--'); open !== -1; ) {
    while (blockIndex < prose.length && prose[blockIndex].end <= open) blockIndex++;
    if (blockIndex >= prose.length) break;
    const block = prose[blockIndex];
    if (open < block.start) {
      open = text.indexOf('<!--', open + 4);
      continue;
    }
    if (close < open + 4) close = text.indexOf('-->', open + 4);
    if (close === -1) break;
    if (close + 3 <= block.end) {
      spans.push([open, close + 3]);
      open = text.indexOf('<!--', close + 3);
    } else {
      open = text.indexOf('<!--', open + 4);
    }
  }
  return spans;
}

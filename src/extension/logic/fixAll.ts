/**
 * Which fixes "fix all" applies in one pass: the first fix of each finding, skipping any whose edits
 * overlap an edit already taken (the next pass, on the fixed text, picks those up).
 */
import type { Finding, Fix, TextEdit } from '../../core/finding';

export function selectFixes(findings: readonly Finding[]): Fix[] {
  const taken: TextEdit[] = [];
  const fixes: Fix[] = [];
  const overlaps = (edit: TextEdit): boolean =>
    taken.some((other) => edit.offset[0] < other.offset[1] && other.offset[0] < edit.offset[1]
      // Two insertions at one place would interleave unpredictably.
      || (edit.offset[0] === other.offset[0] && (edit.offset[0] === edit.offset[1] || other.offset[0] === other.offset[1])));
  for (const finding of findings) {
    const fix = finding.fixes?.[0];
    if (!fix || fix.edits.length === 0) continue;
    if (fix.edits.some(overlaps)) continue;
    taken.push(...fix.edits);
    fixes.push(fix);
  }
  return fixes;
}

export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  return selectFixes(findings).flatMap((fix) => fix.edits).sort((a, b) => a.offset[0] - b.offset[0]);
}

/** Applies edits (offsets into `text`, non-overlapping) and returns the new text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.offset[0] - b.offset[0])) {
    result += text.slice(at, edit.offset[0]) + edit.newText;
    at = edit.offset[1];
  }
  return result + text.slice(at);
}

/** The one span that differs between two texts: [start, end) in `before`, and what replaces it. */
export function changedSpan(before: string, after: string): { start: number; end: number; newText: string } {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, end: before.length - tail, newText: after.slice(start, after.length - tail) };
}

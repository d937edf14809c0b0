/**
 * A finding as VS Code shows it, in plain data: the extension turns this into a `vscode.Diagnostic`
 * (kept apart so that the mapping is tested without VS Code).
 */
import type { Finding, Language, Range, Severity } from '../../core/finding';

/** `vscode.DiagnosticSeverity`'s numbers: Error 0, Warning 1, Information 2, Hint 3. */
export const DIAGNOSTIC_SEVERITY: Record<Severity, 0 | 1 | 2> = { error: 0, warning: 1, info: 2 };

export const DIAGNOSTIC_SOURCE = 'inkooplint';

export interface DiagnosticData {
  range: Range;
  message: string;
  severity: 0 | 1 | 2;
  source: typeof DIAGNOSTIC_SOURCE;
  /** The rule id: `declaration/schema`. */
  code: string;
  /** The documentation page inside the extension: `docs/rules/declaration/schema.md`. */
  docPath: string;
}

export function toDiagnosticData(finding: Finding, language: Language): DiagnosticData {
  return {
    range: finding.range,
    message: finding.message[language],
    severity: DIAGNOSTIC_SEVERITY[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    docPath: finding.docPath,
  };
}

/** Whether a diagnostic VS Code hands back (for a code action) is the one made from this finding. */
export function sameDiagnostic(
  diagnostic: { range: Range; message: string; code?: unknown; source?: string },
  finding: Finding,
  language: Language,
): boolean {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return false;
  const code = typeof diagnostic.code === 'object' && diagnostic.code !== null ? (diagnostic.code as { value?: unknown }).value : diagnostic.code;
  return code === finding.ruleId && diagnostic.message === finding.message[language] && sameRange(diagnostic.range, finding.range);
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Whether a position lies in a range; an empty range counts on its own position. */
export function rangeContains(range: Range, position: { line: number; character: number }): boolean {
  const after = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const before = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return after && before;
}

/** Problem counts per severity, for the status bar. */
export function countFindings(findings: readonly Finding[]): Record<Severity, number> & { total: number } {
  const counts = { error: 0, warning: 0, info: 0, total: findings.length };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

import type { Finding, Language } from '../core';

/** What the CLI found in one file, ready for a formatter. */
export interface FileReport {
  /** Absolute path. */
  file: string;
  /** Path relative to the working directory, with forward slashes. */
  displayPath: string;
  language: Language;
  findings: Finding[];
}

export interface ReportContext {
  /** Language of the CLI's own lines (summary, headings). */
  language: Language;
  cwd: string;
  /** file:// URL of the documentation page of a rule. */
  docUrl(finding: Pick<Finding, 'docPath'>): string;
  toolVersion: string;
  color: boolean;
}

export function countBySeverity(reports: FileReport[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const report of reports) for (const finding of report.findings) counts[finding.severity]++;
  return counts;
}

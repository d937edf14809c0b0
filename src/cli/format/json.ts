import type { FileReport, ReportContext } from '../report';

/**
 * The `json` format: an array with one object per finding (documented in docs/cli.md).
 * Lines and columns are 1-based, as editors show them.
 */
export function formatJson(reports: FileReport[], context: ReportContext): string {
  const findings = reports.flatMap((report) =>
    report.findings.map((finding) => ({
      file: report.displayPath,
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message[report.language],
      messages: finding.message,
      line: finding.range.start.line + 1,
      column: finding.range.start.character + 1,
      endLine: finding.range.end.line + 1,
      endColumn: finding.range.end.character + 1,
      ...(finding.pointer !== undefined ? { pointer: finding.pointer } : {}),
      docUrl: context.docUrl(finding),
      fixes: (finding.fixes ?? []).map((fix) => ({
        title: fix.title[report.language],
        edits: fix.edits.map((edit) => ({
          line: edit.range.start.line + 1,
          column: edit.range.start.character + 1,
          endLine: edit.range.end.line + 1,
          endColumn: edit.range.end.character + 1,
          newText: edit.newText,
        })),
      })),
      ...(finding.properties ? { properties: finding.properties } : {}),
    })),
  );
  return `${JSON.stringify(findings, null, 2)}\n`;
}

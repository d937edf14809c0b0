import { localizeIn, type Finding, type Severity } from '../../core';
import { weakeningChangeRule } from '../../core/rules/contract/weakeningChange';
import { countBySeverity, type FileReport, type ReportContext } from '../report';

const COLORS: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

/** Findings about a Word document's tracked changes get a section of their own, after the others. */
const isWeakeningChange = (finding: Finding): boolean => finding.ruleId === weakeningChangeRule.meta.id;

/** Human-readable: one line per finding, `file:line:column  severity  message  rule`, grouped by file. */
export function formatStylish(reports: FileReport[], context: ReportContext): string {
  const paint = (code: string, text: string): string => (context.color ? `${code}${text}${RESET}` : text);
  const lines: string[] = [];
  const listFindings = (which: (finding: Finding) => boolean): void => {
    for (const report of reports) {
      const findings = report.findings.filter(which);
      if (findings.length === 0) continue;
      const rows = findings.map((finding) => {
        const where = `${report.displayPath}:${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
        const severity = localizeIn(context.language, `cli.severity.${finding.severity}`);
        const fixable = finding.fixes?.length ? ` ${localizeIn(context.language, 'cli.fixable')}` : '';
        // A finding in a Word document also names the place a Word user finds (src/node/docx).
        const wordPlace = typeof finding.properties?.wordPlace === 'string' ? ` [${finding.properties.wordPlace}]` : '';
        return { where, severity, finding, text: `${finding.message[report.language]}${wordPlace}${fixable}` };
      });
      const whereWidth = Math.max(...rows.map((r) => r.where.length));
      const severityWidth = Math.max(...rows.map((r) => r.severity.length));
      for (const row of rows) {
        lines.push(`${row.where.padEnd(whereWidth)}  ${paint(COLORS[row.finding.severity], row.severity.padEnd(severityWidth))}  ${row.text}  ${paint(DIM, row.finding.ruleId)}`);
      }
      lines.push('');
    }
  };
  listFindings((finding) => !isWeakeningChange(finding));
  if (reports.some((report) => report.findings.some(isWeakeningChange))) {
    lines.push(localizeIn(context.language, 'cli.section.weakening-changes'), '');
    listFindings(isWeakeningChange);
  }
  const counts = countBySeverity(reports);
  const total = counts.error + counts.warning + counts.info;
  const files = localizeIn(context.language, reports.length === 1 ? 'cli.summary.files-one' : 'cli.summary.files', { count: reports.length });
  if (total === 0) {
    lines.push(paint('\u001b[32m', localizeIn(context.language, 'cli.summary.clean', { files })));
  } else {
    const summary = localizeIn(context.language, 'cli.summary.problems', {
      total,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      files,
    });
    lines.push(paint(counts.error > 0 ? COLORS.error : COLORS.warning, summary));
    lines.push(localizeIn(context.language, 'cli.summary.disclaimer'));
  }
  return `${lines.join('\n')}\n`;
}

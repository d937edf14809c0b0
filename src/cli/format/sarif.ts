import { pathToFileURL } from 'node:url';
import { allRuleMetas, type Severity } from '../../core';
import type { FileReport, ReportContext } from '../report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0, for CI systems and code scanning. Columns count UTF-16 code units, SARIF's default. */
export function formatSarif(reports: FileReport[], context: ReportContext): string {
  const metas = allRuleMetas();
  const ruleIndex = new Map(metas.map((meta, index) => [meta.id, index]));
  const language = context.language;
  const artifact = (report: FileReport): { uri: string; uriBaseId: string } => ({
    uri: report.displayPath.split('/').map(encodeURIComponent).join('/'),
    uriBaseId: 'SRCROOT',
  });
  const region = (range: { start: { line: number; character: number }; end: { line: number; character: number } }) => ({
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Inkooplint',
            version: context.toolVersion,
            language: language === 'nl' ? 'nl-NL' : 'en-US',
            rules: metas.map((meta) => ({
              id: meta.id,
              name: meta.alias,
              shortDescription: { text: meta.description[language] },
              helpUri: context.docUrl({ docPath: `docs/rules/${meta.id}.md` }),
              defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
              properties: { tags: meta.tags },
            })),
          },
        },
        originalUriBaseIds: {
          SRCROOT: { uri: `${pathToFileURL(context.cwd).href.replace(/\/?$/, '/')}` },
        },
        artifacts: reports.map((report) => ({ location: artifact(report) })),
        results: reports.flatMap((report, artifactIndex) =>
          report.findings.map((finding) => ({
            ruleId: finding.ruleId,
            ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
            level: LEVEL[finding.severity],
            message: { text: finding.message[report.language] },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { ...artifact(report), index: artifactIndex },
                  region: region(finding.range),
                },
              },
            ],
            ...(finding.fixes?.length
              ? {
                  fixes: finding.fixes.map((fix) => ({
                    description: { text: fix.title[report.language] },
                    artifactChanges: [
                      {
                        artifactLocation: artifact(report),
                        replacements: fix.edits.map((edit) => ({ deletedRegion: region(edit.range), insertedContent: { text: edit.newText } })),
                      },
                    ],
                  })),
                }
              : {}),
            properties: {
              ...(finding.pointer !== undefined ? { pointer: finding.pointer } : {}),
              ...(finding.properties ?? {}),
            },
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * `inkooplint checklist <contract> --out rapport.docx|.html|.md`: the supplier checklist's report
 * for one contract, as the VS Code panel exports it: the contract linted and pre-filled, the answers
 * from `<name>.checklist.yaml` beside it (when there is one). Word from its own bundle
 * (dist/report-docx.js), loaded only for a .docx.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { localizeIn, MAX_CONTRACT_BYTES } from '../../core';
import { checklistFileName, openChecklist, renderChecklistHtml, renderChecklistMarkdown } from '../../core/checklist';
import { decodeText } from '../../core/text/decode';
import { writeFileAtomicSync } from '../../node/atomicWrite';
import { readAnnexFiles } from '../annexFiles';
import { UsageError } from '../discover';
import type { CliIo } from '../main';
import { readAtMost } from '../readFile';
import { printConfigProblems } from './problems';
import { commandLanguage, configLoader, displayPath, explicitLanguage, loadReportDocx, parseReportArgs, toolVersion } from './shared';

type ReportFormat = 'docx' | 'html' | 'markdown';

/** The report's format from the name given with `--out`. */
export function checklistReportFormat(out: string): ReportFormat {
  const extension = path.extname(out).toLowerCase();
  if (extension === '.docx') return 'docx';
  if (extension === '.html' || extension === '.htm') return 'html';
  if (extension === '.md' || extension === '.markdown') return 'markdown';
  throw new UsageError('checklist.cli.bad-out', { path: out });
}

/** A file's text when it exists and is readable UTF-8 within the limit; undefined when there is no such file. */
function readText(file: string, limit: number): { text?: string; problem?: 'too-large' | 'not-text' } | undefined {
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats?.isFile()) return undefined;
  if (stats.size > limit) return { problem: 'too-large' };
  const decoded = decodeText(readAtMost(file, limit));
  return decoded.ok ? { text: decoded.text } : { problem: 'not-text' };
}

export async function runChecklist(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseReportArgs(argv);
  const explicit = explicitLanguage(values.lang);
  const configs = configLoader(io, values.config);
  if (values.help) {
    io.stdout(localizeIn(commandLanguage(io, explicit, undefined), 'checklist.cli.help'));
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('checklist.cli.one-contract');
  if (!values.out) throw new UsageError('checklist.cli.missing-out');
  const out = path.resolve(io.cwd, values.out);
  const format = checklistReportFormat(out);
  const contract = path.resolve(io.cwd, positionals[0]);
  const config = configs.forFile(contract).config;
  const language = commandLanguage(io, explicit, config);
  if (printConfigProblems(configs, io, language)) return 2;
  const read = readText(contract, MAX_CONTRACT_BYTES);
  if (!read?.text) throw new UsageError(read ? `checklist.cli.contract-${read.problem}` : 'checklist.cli.contract-not-found', { path: positionals[0] });

  // The checklist file sits beside the contract and names it by its bare file name, as in VS Code.
  const contractFile = path.basename(contract);
  const checklistPath = path.join(path.dirname(contract), checklistFileName(contractFile));
  const checklist = readText(checklistPath, MAX_CONTRACT_BYTES);
  if (checklist && checklist.text === undefined) throw new UsageError(`checklist.cli.contract-${checklist.problem}`, { path: displayPath(checklistPath, io.cwd) });
  const { model } = openChecklist({
    contractText: read.text,
    contractFile,
    ...(checklist?.text !== undefined ? { checklistText: checklist.text } : {}),
    config,
    annexFiles: readAnnexFiles(contract, read.text, io.cwd),
  });
  const options = { language, date: new Date().toISOString().slice(0, 10), toolVersion: toolVersion() };
  const content = format === 'docx'
    ? await loadReportDocx().renderChecklistDocx(model, options)
    : format === 'html' ? renderChecklistHtml(model, options) : renderChecklistMarkdown(model, options);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileAtomicSync(out, content);
  const done = model.progress.total - model.progress.counts.open - model.progress.counts.suggested;
  io.stdout(`${localizeIn(language, 'checklist.cli.written', { file: displayPath(out, io.cwd), done, total: model.progress.total })}\n`);
  if (!checklist) io.stdout(`${localizeIn(language, 'checklist.cli.no-checklist-file', { checklist: displayPath(checklistPath, io.cwd) })}\n`);
  return 0;
}

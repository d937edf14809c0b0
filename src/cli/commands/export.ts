/**
 * `inkooplint export [folders] --out register.json`: the declarations that must be published, as
 * the register's JSON. Exit code 0 when every chosen record was exported, 1 when some were held
 * back by errors (the others are still written), 2 for usage errors.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localizeIn, type Finding, type Language } from '../../core';
import { INKOOPLINT_BLOCK } from '../../core/declaration/registerStandard';
import { DEFAULT_EXPORT_CATEGORIES, exportRegister, parseCategory, registerJson, type ExportFileInput } from '../../core/register';
import { UsageError } from '../discover';
import { formatStylish } from '../format/stylish';
import type { CliIo } from '../main';
import type { FileReport } from '../report';
import { printConfigProblems } from './problems';
import { commandLanguage, configAt, configLoader, displayPath, explicitLanguage, lintDeclarations, toolVersion } from './shared';

export async function runExport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o' },
      categories: { type: 'string' },
      force: { type: 'boolean' },
      lang: { type: 'string' },
      config: { type: 'string', short: 'c' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const explicit = explicitLanguage(values.lang);
  const configs = configLoader(io, values.config);
  const inputs = positionals.length > 0 ? positionals : ['.'];
  if (values.help) {
    io.stdout(localizeIn(commandLanguage(io, explicit, undefined), 'register-export.help'));
    return 0;
  }
  if (!values.out) throw new UsageError('register-export.missing-out');
  const categories = values.categories === undefined
    ? [...DEFAULT_EXPORT_CATEGORIES]
    : values.categories.split(',').filter((word) => word.trim() !== '').map((word) => {
      const category = parseCategory(word);
      if (!category) throw new UsageError('register-export.bad-category', { value: word.trim() });
      return category;
    });
  if (categories.length === 0) throw new UsageError('register-export.bad-category', { value: values.categories ?? '' });
  const out = path.resolve(io.cwd, values.out);
  if (!values.force && !isEarlierExport(out)) throw new UsageError('register-export.out-exists', { path: displayPath(out, io.cwd) });
  const language = commandLanguage(io, explicit, configAt(configs, io, inputs[0]));

  const declarations = await lintDeclarations(inputs, io, configs);
  if (printConfigProblems(configs, io, language)) return 2;
  if (declarations.length === 0) throw new UsageError('overview.no-declarations', { paths: inputs.join(' ') });

  const readable: ExportFileInput[] = [];
  const unreadable = declarations.filter((declaration) => declaration.text === undefined);
  for (const declaration of declarations) {
    if (declaration.text !== undefined) readable.push({ path: declaration.displayPath, text: declaration.text, findings: declaration.findings });
  }
  const result = exportRegister(readable, categories);
  const blocked = [
    ...unreadable.map((declaration) => ({ file: declaration.displayPath, index: undefined, name: undefined, findings: declaration.findings.filter((f) => f.severity === 'error') })),
    ...result.blocked,
  ];

  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, registerJson(result.records));

  for (const record of blocked) {
    const name = recordName(language, record);
    io.stderr(`inkooplint: ${localizeIn(language, 'register-export.blocked', { file: record.file, name })}\n`);
    for (const finding of record.findings) io.stderr(`  ${where(record.file, finding)}  ${finding.message[language]}  ${finding.ruleId}\n`);
  }
  const reports: FileReport[] = [];
  for (const record of result.exported) {
    // The inkooplint block is never exported, as documented; other keys left out are named.
    const dropped = record.dropped.filter((key) => key !== INKOOPLINT_BLOCK);
    if (dropped.length > 0) {
      io.stdout(`${localizeIn(language, 'register-export.dropped', { file: record.file, name: recordName(language, record), fields: dropped.join(', ') })}\n`);
    }
    if (record.findings.length === 0) continue;
    let report = reports.find((r) => r.displayPath === record.file);
    if (!report) reports.push((report = { file: path.resolve(io.cwd, record.file), displayPath: record.file, language, findings: [] }));
    for (const finding of record.findings) if (!report.findings.includes(finding)) report.findings.push(finding);
  }
  if (reports.length > 0) {
    io.stdout(`${localizeIn(language, 'register-export.other-findings')}\n`);
    io.stdout(formatStylish(reports, { language, cwd: io.cwd, docUrl: (finding) => finding.docPath, toolVersion: toolVersion(), color: false }));
  }
  if (result.notSelected > 0) io.stdout(`${localizeIn(language, 'register-export.not-selected', { count: result.notSelected })}\n`);
  io.stdout(`${localizeIn(language, 'register-export.written', { count: result.records.length, path: displayPath(out, io.cwd), categories: categories.join(', ') })}\n`);
  if (blocked.length > 0) {
    io.stderr(`inkooplint: ${localizeIn(language, 'register-export.blocked-summary', { count: blocked.length })}\n`);
    return 1;
  }
  return 0;
}

/**
 * The export may replace its own earlier output without asking: a file that does not exist yet,
 * is empty, or holds a JSON array. Anything else (a declaration, a document) needs `--force`.
 */
function isEarlierExport(file: string): boolean {
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats) return true;
  if (!stats.isFile()) return false;
  if (stats.size === 0) return true;
  if (stats.size > 64 * 1024 * 1024) return false;
  try {
    return Array.isArray(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return false;
  }
}

function recordName(language: Language, record: { name: string | undefined; index: number | undefined }): string {
  const name = record.name ?? localizeIn(language, 'overview.no-name');
  return record.index === undefined ? name : `${name} (${localizeIn(language, 'overview.record', { number: record.index + 1 })})`;
}

function where(file: string, finding: Finding): string {
  return `${file}:${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
}

/**
 * `inkooplint import register.json --out folder`: one YAML declaration per record. A file that
 * existed before the run is never overwritten without `--force`. Exit code 0 when every record was
 * written, 1 when some were not (an existing file, an item that is no record), 2 for usage errors.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localizeIn, MAX_JSON_BYTES } from '../../core';
import { declarationYaml, importRegister } from '../../core/register';
import { decodeText } from '../../core/text/decode';
import { UsageError } from '../discover';
import type { CliIo } from '../main';
import { readAtMost } from '../readFile';
import { commandLanguage, configLoader, displayPath, explicitLanguage } from './shared';

export async function runImport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { out: { type: 'string', short: 'o' }, force: { type: 'boolean' }, lang: { type: 'string' }, config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } },
  });
  const explicit = explicitLanguage(values.lang);
  const configs = configLoader(io, values.config);
  if (values.help) {
    io.stdout(localizeIn(commandLanguage(io, explicit, undefined), 'register-import.help'));
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('register-import.missing-input');
  if (!values.out) throw new UsageError('register-import.missing-out');
  const input = path.resolve(io.cwd, positionals[0]);
  const outDirectory = path.resolve(io.cwd, values.out);
  const language = commandLanguage(io, explicit, configs.forFile(path.join(outDirectory, '.inkooplint.yaml')).config);
  const stats = statSync(input, { throwIfNoEntry: false });
  if (!stats) throw new UsageError('cli.path-not-found', { path: positionals[0] });
  if (!stats.isFile()) throw new UsageError('cli.not-a-file', { path: positionals[0] });
  const decoded = stats.size <= MAX_JSON_BYTES ? decodeText(readAtMost(input, MAX_JSON_BYTES)) : undefined;
  if (!decoded?.ok) throw new UsageError('register-import.not-json', { path: positionals[0], detail: 'UTF-8' });

  const result = importRegister(decoded.text);
  for (const problem of result.problems) {
    if (problem.kind === 'not-json') throw new UsageError('register-import.not-json', { path: positionals[0], detail: problem.detail });
    if (problem.kind === 'not-records') throw new UsageError('register-import.not-records', { path: positionals[0] });
  }
  const source = path.basename(input);
  // Which files were there before this run: only those are protected (the run's own names are unique).
  const existedBefore = new Set(result.records.map((record) => record.fileName).filter((name) => existsSync(path.join(outDirectory, name))));
  mkdirSync(outDirectory, { recursive: true });
  let written = 0;
  let skipped = 0;
  let changes = 0;
  for (const problem of result.problems) {
    if (problem.kind === 'not-a-record') {
      io.stderr(`inkooplint: ${localizeIn(language, 'register-import.not-a-record', { number: problem.index + 1 })}\n`);
      skipped += 1;
    }
  }
  for (const record of result.records) {
    const file = path.join(outDirectory, record.fileName);
    const shown = displayPath(file, io.cwd);
    const data = { file: shown, number: record.index + 1, name: record.name ?? localizeIn(language, 'overview.no-name') };
    if (existedBefore.has(record.fileName) && !values.force) {
      io.stderr(`inkooplint: ${localizeIn(language, 'register-import.exists', data)}\n`);
      skipped += 1;
      continue;
    }
    const comment = localizeIn(language, 'register-import.comment', { file: source, number: record.index + 1 });
    writeFileSync(file, declarationYaml(record.record, comment));
    written += 1;
    io.stdout(`${localizeIn(language, 'register-import.written', data)}\n`);
    if (record.renamedFrom) io.stdout(`  ${localizeIn(language, 'register-import.renamed', { name: data.name, file: record.fileName })}\n`);
    for (const change of record.changes) io.stdout(`  ${change.message[language]}\n`);
    changes += record.changes.length;
  }
  io.stdout(`${localizeIn(language, 'register-import.summary', { written, skipped, changes })}\n`);
  return skipped > 0 ? 1 : 0;
}

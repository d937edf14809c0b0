/** What the subcommands (overview, checklist, export, import) share: language, configuration, finding the declarations, paths. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  isContractFileName,
  isDeclarationFileName,
  languageFromTag,
  lintDeclarationBytes,
  looksLikeDeclarationText,
  maxBytesFor,
  resolveLanguage,
  type Finding,
  type InkooplintConfig,
  type Language,
} from '../../core';
import type { ParsedDocument } from '../../core/document/model';
import { decodeText } from '../../core/text/decode';
import { ConfigLoader } from '../configLoader';
import { discoverTargets, UsageError } from '../discover';
import { LinkIndex } from '../linkIndex';
import type { CliIo } from '../main';
import { readAtMost } from '../readFile';
import type * as ReportDocx from '../../reportDocx';

declare const INKOOPLINT_VERSION: string;

export function toolVersion(): string {
  return typeof INKOOPLINT_VERSION === 'string' ? INKOOPLINT_VERSION : 'dev';
}

export function environmentLanguages(io: CliIo): Array<string | undefined> {
  return [io.env.LC_ALL, io.env.LC_MESSAGES, io.env.LANG];
}

/** `--lang`, checked: a value that is no language is a usage error. */
export function explicitLanguage(value: string | undefined): string | undefined {
  if (value !== undefined && !languageFromTag(value)) throw new UsageError('cli.bad-lang', { value });
  return value;
}

/** The CLI's usual order: `--lang`, then the configuration's `language:`, then the environment, then Dutch. */
export function commandLanguage(io: CliIo, explicit: string | undefined, config: InkooplintConfig | undefined): Language {
  return resolveLanguage({ explicit, config: config?.language, environment: environmentLanguages(io) });
}

/** The configuration that applies where a command's first path points (for the command's own language). */
export function configAt(configs: ConfigLoader, io: CliIo, input: string): InkooplintConfig {
  const absolute = path.resolve(io.cwd, input);
  const isDirectory = statSync(absolute, { throwIfNoEntry: false })?.isDirectory() ?? false;
  return configs.forFile(isDirectory ? path.join(absolute, '.inkooplint.yaml') : absolute).config;
}

export function configLoader(io: CliIo, configOption: string | undefined): ConfigLoader {
  if (configOption === undefined) return new ConfigLoader();
  const file = path.resolve(io.cwd, configOption);
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) throw new UsageError('cli.config-not-found', { path: configOption });
  const loader = new ConfigLoader(file);
  loader.load(file);
  return loader;
}

/** Path relative to the working directory, with `/`; the absolute path when it lies outside. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? file : relative).split(path.sep).join('/');
}

/** A relative link from a page in `fromDirectory` to `file`, each segment percent-encoded. */
export function relativeHref(fromDirectory: string, file: string): string {
  return path
    .relative(fromDirectory, file)
    .split(path.sep)
    .map((segment) => (segment === '..' ? segment : encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)))
    .join('/');
}

export interface LintedDeclaration {
  file: string;
  displayPath: string;
  config: InkooplintConfig;
  /** The decoded text; undefined when the file is no readable text. */
  text?: string;
  document?: ParsedDocument;
  findings: Finding[];
}

const MARKDOWN_FILE = /\.(?:md|markdown)$/i;

/** The declarations under the given paths (the linter's own discovery), each read and linted with its own configuration, as `inkooplint <paths>` lints them. */
export async function lintDeclarations(inputs: string[], io: CliIo, configs: ConfigLoader): Promise<LintedDeclaration[]> {
  const targets = await discoverTargets(inputs, io.cwd);
  const isContract = (target: { file: string }): boolean => {
    const fileName = path.basename(target.file);
    return isContractFileName(fileName) || (MARKDOWN_FILE.test(fileName) && !isDeclarationFileName(fileName));
  };
  // The lint command's link index, so that link findings (a contract missing or not found) count
  // here too. What a declaration's link rules need comes from the contracts (which declarations
  // they list) and from the linked files; the declarations themselves need not be read twice.
  const links = new LinkIndex(targets.filter(isContract), io.cwd);
  const linted: LintedDeclaration[] = [];
  for (const target of targets) {
    if (isContract(target)) continue;
    const fileName = path.basename(target.file);
    const size = statSync(target.file).size;
    const limit = maxBytesFor(fileName);
    const bytes = readAtMost(target.file, limit + 1);
    const decoded = decodeText(bytes);
    if (target.fromGlob && !isDeclarationFileName(fileName)) {
      if (!decoded.ok || size > limit || !looksLikeDeclarationText(decoded.text, fileName)) continue;
    }
    const { config } = configs.forFile(target.file);
    const result = lintDeclarationBytes(bytes, { fileName, config, fileSize: size, links: links.declarationOptions(target.file) });
    linted.push({
      file: target.file,
      displayPath: displayPath(target.file, io.cwd),
      config,
      ...(decoded.ok && size <= limit ? { text: decoded.text } : {}),
      ...(result.document ? { document: result.document } : {}),
      findings: result.findings,
    });
  }
  return linted;
}

/** The options of the report commands (overview, checklist): `--out`, `--lang`, `--config`, `--help`. */
export function parseReportArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { out: { type: 'string', short: 'o' }, lang: { type: 'string' }, config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } },
  });
}

/**
 * The Word renderers, from their own bundle (dist/report-docx.js): loaded only for a .docx. The
 * build keeps this `require` of `../../reportDocx` as a require of that file (scripts/build.mjs).
 */
export function loadReportDocx(): typeof ReportDocx {
  return require('../../reportDocx') as typeof ReportDocx;
}

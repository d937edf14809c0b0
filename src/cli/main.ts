import { statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  isContractFileName,
  isDeclarationFileName,
  languageFromTag,
  lintContractBytes,
  lintDeclarationBytes,
  localizeIn,
  looksLikeContractText,
  looksLikeDeclarationText,
  MAX_CONTRACT_BYTES,
  maxBytesFor,
  normalizeProfile,
  resolveLanguage,
  type InkooplintConfig,
  type Language,
  type RiskProfile,
} from '../core';
import { decodeText } from '../core/text/decode';
import { LineIndex } from '../core/text/lineIndex';
import { annexFile, readAnnexFiles } from './annexFiles';
import { isSubcommand, runSubcommand } from './commands';
import { ConfigLoader } from './configLoader';
import { LinkIndex } from './linkIndex';
import { displayPath } from './paths';
import { readAtMost } from './readFile';
import { discoverTargets, UsageError, type Target } from './discover';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatStylish } from './format/stylish';
import { isWordFile, lintWordFile } from './wordContracts';
import { countBySeverity, type FileReport, type ReportContext } from './report';

declare const INKOOPLINT_VERSION: string;

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  isTty: boolean;
  /** Folder of the installed package, where docs/ lives. */
  packageRoot: string;
}

const FORMATS = ['stylish', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** Runs the CLI and returns its exit code: 0 clean, 1 errors (or too many warnings), 2 usage or internal error. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (isSubcommand(argv[0])) return runSubcommand(argv[0], argv.slice(1), io);
  const environment = [io.env.LC_ALL, io.env.LC_MESSAGES, io.env.LANG];
  let chromeLanguage: Language = resolveLanguage({ environment });
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        lang: { type: 'string' },
        config: { type: 'string', short: 'c' },
        'max-warnings': { type: 'string' },
        profile: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    if (values.lang !== undefined && !languageFromTag(values.lang)) throw new UsageError('cli.bad-lang', { value: values.lang });
    const explicitLanguage = values.lang;
    if (explicitLanguage) chromeLanguage = languageFromTag(explicitLanguage) ?? chromeLanguage;
    if (values.help) {
      io.stdout(localizeIn(chromeLanguage, 'cli.help'));
      return 0;
    }
    if (values.version) {
      io.stdout(`${typeof INKOOPLINT_VERSION === 'string' ? INKOOPLINT_VERSION : 'dev'}\n`);
      return 0;
    }
    const format = (values.format ?? 'stylish') as Format;
    if (!FORMATS.includes(format)) throw new UsageError('cli.bad-format', { value: String(values.format) });
    let maxWarnings: number | undefined;
    if (values['max-warnings'] !== undefined) {
      maxWarnings = Number(values['max-warnings']);
      if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError('cli.bad-max-warnings', { value: values['max-warnings'] });
    }
    let profile: RiskProfile | undefined;
    if (values.profile !== undefined) {
      profile = normalizeProfile(values.profile);
      if (!profile) throw new UsageError('cli.bad-profile', { value: values.profile });
    }
    let configFile: string | undefined;
    if (values.config !== undefined) {
      configFile = path.resolve(io.cwd, values.config);
      if (!statSync(configFile, { throwIfNoEntry: false })?.isFile()) throw new UsageError('cli.config-not-found', { path: values.config });
    }

    const configs = new ConfigLoader(configFile);
    if (configFile) configs.load(configFile);
    const targets = await discoverTargets(positionals.length > 0 ? positionals : ['.'], io.cwd);
    const reports: FileReport[] = [];
    const links = new LinkIndex(targets, io.cwd);
    for (const target of targets) {
      const loaded = configs.forFile(target.file);
      const language = resolveLanguage({ explicit: explicitLanguage, config: loaded.config.language, environment });
      for (const report of lintTarget(target, io, loaded.config, language, profile, links)) {
        // An annex file can also be linted as a file of its own: report it once.
        if (!reports.some((earlier) => earlier.file === report.file)) reports.push(report);
      }
    }
    if (configs.problems.length > 0) {
      for (const problem of configs.problems) {
        const at = new LineIndex(problem.text).positionAt(problem.offset[0]);
        const where = `${displayPath(problem.file, io.cwd)}:${at.line + 1}:${at.character + 1}`;
        io.stderr(`${localizeIn(chromeLanguage, 'cli.config-problem', { where, message: problem.message[chromeLanguage] })}\n`);
      }
      return 2;
    }
    if (reports.length === 0) throw new UsageError('cli.no-files', { paths: (positionals.length > 0 ? positionals : ['.']).join(' ') });

    // The CLI's own lines follow the files' configured language when they all agree.
    const languages = new Set(reports.map((r) => r.language));
    if (!explicitLanguage && languages.size === 1) chromeLanguage = [...languages][0];
    const context: ReportContext = {
      language: chromeLanguage,
      cwd: io.cwd,
      docUrl: docUrls(io.packageRoot),
      toolVersion: typeof INKOOPLINT_VERSION === 'string' ? INKOOPLINT_VERSION : 'dev',
      color: io.isTty && !io.env.NO_COLOR && format === 'stylish',
    };
    const output = format === 'json' ? formatJson(reports, context) : format === 'sarif' ? formatSarif(reports, context) : formatStylish(reports, context);
    io.stdout(output);
    const counts = countBySeverity(reports);
    if (counts.error > 0) return 1;
    if (maxWarnings !== undefined && maxWarnings >= 0 && counts.warning > maxWarnings) {
      io.stderr(`${localizeIn(chromeLanguage, 'cli.too-many-warnings', { count: counts.warning, max: maxWarnings })}\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`inkooplint: ${localizeIn(chromeLanguage, error.messageId, error.data)}\n`);
    } else if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`inkooplint: ${localizeIn(chromeLanguage, 'cli.bad-arguments', { detail: error.message })}\n`);
    } else {
      io.stderr(`inkooplint: ${localizeIn(chromeLanguage, 'cli.internal-error', { detail: String((error as Error)?.stack ?? error) })}\n`);
    }
    return 2;
  }
}

/** file:// URLs of the documentation pages, made once per page rather than once per finding. */
function docUrls(packageRoot: string): ReportContext['docUrl'] {
  const cache = new Map<string, string>();
  return ({ docPath }) => {
    let url = cache.get(docPath);
    if (url === undefined) cache.set(docPath, (url = pathToFileURL(path.join(packageRoot, docPath)).href));
    return url;
  };
}


const MARKDOWN_FILE = /\.(?:md|markdown)$/i;

function lintTarget(target: Target, io: CliIo, config: InkooplintConfig, language: Language, profile: RiskProfile | undefined, links: LinkIndex): FileReport[] {
  const fileName = path.basename(target.file);
  const size = statSync(target.file).size;
  const reportFor = (file: string, findings: FileReport['findings']): FileReport => ({ file, displayPath: displayPath(file, io.cwd), language, findings });
  // Word contracts (.docx): converted in src/node/docx, findings carry the Word place.
  if (isWordFile(fileName)) return [reportFor(target.file, lintWordFile(target.file, { config, language, links: links.contractOptions(target.file), ...(profile ? { profile } : {}) }))];
  const isContract = isContractFileName(fileName) || (MARKDOWN_FILE.test(fileName) && !isDeclarationFileName(fileName));
  if (isContract) {
    const bytes = links.takeBytes(target.file) ?? readAtMost(target.file, MAX_CONTRACT_BYTES + 1);
    const decoded = decodeText(bytes);
    // A glob can match any Markdown file: lint only what says it is a contract.
    if (target.fromGlob && !isContractFileName(fileName) && (!decoded.ok || size > MAX_CONTRACT_BYTES || !looksLikeContractText(decoded.text))) return [];
    const annexFiles = decoded.ok && size <= MAX_CONTRACT_BYTES ? readAnnexFiles(target.file, decoded.text, io.cwd) : [];
    const result = lintContractBytes(bytes, { fileName, config, fileSize: size, annexFiles, links: links.contractOptions(target.file), ...(profile ? { profile } : {}) });
    return [
      reportFor(target.file, result.findings),
      ...(result.annexFiles ?? []).map((annex) => reportFor(annexFile(target.file, annex.path), annex.findings)),
    ];
  }
  const limit = maxBytesFor(fileName);
  const bytes = links.takeBytes(target.file) ?? readAtMost(target.file, limit + 1);
  if (target.fromGlob && !isDeclarationFileName(fileName)) {
    // A glob can match any file: lint only what is recognisably a declaration.
    const decoded = decodeText(bytes);
    if (!decoded.ok || size > limit || !looksLikeDeclarationText(decoded.text, fileName)) return [];
  }
  return [reportFor(target.file, lintDeclarationBytes(bytes, { fileName, config, fileSize: size, links: links.declarationOptions(target.file) }).findings)];
}

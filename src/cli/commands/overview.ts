/**
 * `inkooplint overview [folders] --out overzicht.html`: the algorithm overview as an HTML page and
 * the same in Markdown beside it; `--out overzicht.docx`: as a Word document (only that file). The linked contracts are read here (the core reads no files) and
 * each is checked once, however many declarations link to it.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { localizeIn, MAX_CONTRACT_BYTES, type RiskProfile } from '../../core';
import { recordsOf } from '../../core/declaration/declarationRecord';
import { buildOverview, contractTopicCoverage, coverageForProfile, profileForCategory, renderOverviewHtml, renderOverviewMarkdown, type ContractStatus, type ContractTopicCoverage, type OverviewFileInput } from '../../core/overview';
import { decodeText } from '../../core/text/decode';
import { writeFileAtomicSync } from '../../node/atomicWrite';
import { readAnnexFiles } from '../annexFiles';
import type { ConfigLoader } from '../configLoader';
import { UsageError } from '../discover';
import type { CliIo } from '../main';
import { readAtMost } from '../readFile';
import { commandLanguage, configAt, configLoader, displayPath, explicitLanguage, lintDeclarations, loadReportDocx, parseReportArgs, relativeHref, toolVersion } from './shared';
import { printConfigProblems } from './problems';

export type OverviewOutputs = { html: string; markdown: string } | { docx: string };

/** `x.html` → `x.html` and `x.md`; `x.md` → `x.md` and `x.html`; `x.docx` → `x.docx` alone (the council's Word copy). */
export function overviewOutputs(out: string): OverviewOutputs {
  const extension = path.extname(out).toLowerCase();
  const stem = out.slice(0, out.length - extension.length);
  if (extension === '.html' || extension === '.htm') return { html: out, markdown: `${stem}.md` };
  if (extension === '.md' || extension === '.markdown') return { html: `${stem}.html`, markdown: out };
  if (extension === '.docx') return { docx: out };
  throw new UsageError('overview.bad-out', { path: out });
}

export async function runOverview(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseReportArgs(argv);
  const explicit = explicitLanguage(values.lang);
  const configs = configLoader(io, values.config);
  const inputs = positionals.length > 0 ? positionals : ['.'];
  if (values.help) {
    io.stdout(localizeIn(commandLanguage(io, explicit, undefined), 'overview.help'));
    return 0;
  }
  if (!values.out) throw new UsageError('overview.missing-out');
  const outputs = overviewOutputs(path.resolve(io.cwd, values.out));
  const language = commandLanguage(io, explicit, configAt(configs, io, inputs[0]));

  const declarations = await lintDeclarations(inputs, io, configs);
  if (printConfigProblems(configs, io, language)) return 2;
  if (declarations.length === 0) throw new UsageError('overview.no-declarations', { paths: inputs.join(' ') });

  const outDirectory = path.dirname('docx' in outputs ? outputs.docx : outputs.html);
  const contracts = new ContractCache(io, configs, outDirectory);
  const files: OverviewFileInput[] = declarations.map((declaration) => {
    const records = recordsOf(declaration.document?.root);
    return {
      path: declaration.displayPath,
      href: relativeHref(outDirectory, declaration.file),
      ...(declaration.document ? { document: declaration.document } : {}),
      findings: declaration.findings,
      contracts: records.map((record) => contracts.statusFor(declaration.file, record.extension('contract'), profileForCategory(record.string('publication_category')))),
    };
  });
  const model = buildOverview(files);
  const options = { language, toolVersion: toolVersion() };
  mkdirSync(outDirectory, { recursive: true });
  if ('docx' in outputs) {
    writeFileAtomicSync(outputs.docx, await loadReportDocx().renderOverviewDocx(model, options));
    io.stdout(`${localizeIn(language, 'overview.written-docx', { docx: displayPath(outputs.docx, io.cwd), count: model.totals.algorithms })}\n`);
    return 0;
  }
  mkdirSync(path.dirname(outputs.markdown), { recursive: true });
  writeFileSync(outputs.html, renderOverviewHtml(model, options));
  writeFileSync(outputs.markdown, renderOverviewMarkdown(model, options));
  io.stdout(`${localizeIn(language, 'overview.written', { html: displayPath(outputs.html, io.cwd), markdown: displayPath(outputs.markdown, io.cwd), count: model.totals.algorithms })}\n`);
  return 0;
}

/** Linked contracts, each read and checked once, whatever the number of declarations and profiles that ask. */
class ContractCache {
  private readonly coverage = new Map<string, ContractTopicCoverage | undefined>();

  constructor(private readonly io: CliIo, private readonly configs: ConfigLoader, private readonly outDirectory: string) {}

  statusFor(declarationFile: string, written: string | undefined, profile: RiskProfile | undefined): ContractStatus {
    if (!written) return { state: 'none' };
    const file = path.resolve(path.dirname(declarationFile), written);
    const shown = displayPath(file, this.io.cwd);
    const coverage = this.coverageOf(file, shown);
    if (!coverage) return { state: 'not-found', path: shown };
    return coverageForProfile(coverage, { path: shown, href: relativeHref(this.outDirectory, file), categoryProfile: profile, config: this.configs.forFile(file).config });
  }

  /** Undefined when the file does not exist or is no readable contract (not UTF-8, too large). */
  private coverageOf(file: string, shown: string): ContractTopicCoverage | undefined {
    if (this.coverage.has(file)) return this.coverage.get(file);
    const stats = statSync(file, { throwIfNoEntry: false });
    const decoded = stats?.isFile() && stats.size <= MAX_CONTRACT_BYTES ? decodeText(readAtMost(file, MAX_CONTRACT_BYTES)) : undefined;
    const coverage = decoded?.ok
      ? contractTopicCoverage(decoded.text, { fileName: shown, config: this.configs.forFile(file).config, annexFiles: readAnnexFiles(file, decoded.text, this.io.cwd) })
      : undefined;
    this.coverage.set(file, coverage);
    return coverage;
  }
}

/**
 * Reads and lints every declaration of the workspace for the algorithm overview, as
 * `inkooplint overview <folder>` does (src/cli/commands/overview.ts): the same files (named
 * `*.algoritme.*` / `*.algorithm.*`, outside `node_modules`, `.git` and hidden folders, plus the
 * `inkooplint.extraFiles` that look like declarations), the same core calls (lint with the file's
 * configuration and its links; each linked contract's coverage checked once), so the numbers are
 * the CLI's. Open documents count with their text in the editor. Links (`href`) are made per output:
 * relative to the workspace root for the webview, to the saved file's folder for a saved page.
 */
import * as vscode from 'vscode';
import type { InkooplintConfig, RiskProfile } from '../../core/config/config';
import type { ParsedDocument } from '../../core/document/model';
import type { Finding } from '../../core/finding';
import type { ContractStatus, ContractTopicCoverage, OverviewFileInput } from '../../core/overview';
import { readAnnexFiles } from '../annexes';
import { loadCore, type Core } from '../coreLoader';
import { settings, type Linter } from '../linter';
import { DECLARATION_GLOBS, kindByName } from '../logic/classify';
import { basenameOf, dirnameOf, resolvePath } from '../logic/paths';

const EXCLUDE = '**/{node_modules,.git}/**';
const MAX_FILES = 20000;
/** Files read and linted between two pauses, so the editor stays responsive. */
const BATCH = 16;

export interface CollectedContract {
  uri: vscode.Uri;
  shown: string;
  /** Undefined when the file does not exist or is no readable contract. */
  coverage: ContractTopicCoverage | undefined;
  config: InkooplintConfig | undefined;
}

export interface CollectedDeclaration {
  uri: vscode.Uri;
  path: string;
  /** The decoded text; undefined when the file is no readable text. */
  text?: string;
  document?: ParsedDocument;
  findings: Finding[];
  /** Per record (in `recordsOf` order): the contract it names, resolved, and the profile its category asks. */
  contracts: Array<{ contract: CollectedContract | undefined; profile: RiskProfile | undefined }>;
}

export interface CollectedWorkspace {
  declarations: CollectedDeclaration[];
  /** The folder the webview's links are relative to (the first workspace folder). */
  root: vscode.Uri | undefined;
}

/** A path as the reader sees it: relative to the workspace folder (with its name in a multi-root workspace). */
export function shownPath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

/** Whether a path lies in a hidden folder (or is a hidden file) below its workspace folder: the CLI skips those. */
function isHidden(uri: vscode.Uri): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const below = folder ? uri.path.slice(folder.uri.path.replace(/\/+$/, '').length) : uri.path;
  return below.split('/').some((segment) => segment.startsWith('.'));
}

async function readBytes(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return new TextEncoder().encode(open.getText());
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
}

/** The declaration files of the workspace, in a stable order. */
export async function declarationFiles(core: Core, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  if (!vscode.workspace.workspaceFolders?.length) return [];
  const named = await vscode.workspace.findFiles(`{${DECLARATION_GLOBS.join(',')}}`, EXCLUDE, MAX_FILES, token);
  const extra: vscode.Uri[] = [];
  for (const glob of settings().extraFiles) {
    for (const uri of await vscode.workspace.findFiles(glob, EXCLUDE, MAX_FILES, token)) {
      const name = basenameOf(uri.path);
      if (kindByName(name) || !/\.(?:ya?ml|json)$/i.test(name)) continue;
      const bytes = await readBytes(uri);
      const decoded = bytes && bytes.length <= core.maxBytesFor(name) ? core.decodeText(bytes) : undefined;
      if (decoded?.ok && core.looksLikeDeclarationText(decoded.text, name)) extra.push(uri);
    }
  }
  const seen = new Set<string>();
  return [...named, ...extra]
    .filter((uri) => !isHidden(uri) && !seen.has(uri.toString()) && seen.add(uri.toString()))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.toString().localeCompare(b.toString())));
}

/** Lints every declaration and checks every linked contract once. */
export async function collectWorkspace(linter: Linter, token?: vscode.CancellationToken): Promise<CollectedWorkspace> {
  const core = loadCore();
  await linter.links.ensureBuilt();
  const files = await declarationFiles(core, token);
  const contracts = new Map<string, Promise<CollectedContract>>();
  const contractOf = (uri: vscode.Uri): Promise<CollectedContract> => {
    const key = uri.toString();
    let found = contracts.get(key);
    if (!found) {
      found = readContract(core, linter, uri);
      contracts.set(key, found);
    }
    return found;
  };
  const declarations: CollectedDeclaration[] = [];
  for (let index = 0; index < files.length; index += BATCH) {
    if (token?.isCancellationRequested) break;
    const batch = files.slice(index, index + BATCH);
    declarations.push(...(await Promise.all(batch.map((uri) => lintOne(core, linter, uri, contractOf)))).filter((d): d is CollectedDeclaration => d !== undefined));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { declarations, root: vscode.workspace.workspaceFolders?.[0]?.uri };
}

async function lintOne(core: Core, linter: Linter, uri: vscode.Uri, contractOf: (uri: vscode.Uri) => Promise<CollectedContract>): Promise<CollectedDeclaration | undefined> {
  const bytes = await readBytes(uri);
  if (!bytes) return undefined;
  const fileName = basenameOf(uri.path);
  const { config } = await linter.configs.forDocument(uri);
  const limit = core.maxBytesFor(fileName);
  const decoded = core.decodeText(bytes.length > limit ? bytes.subarray(0, limit + 1) : bytes);
  const text = decoded.ok && bytes.length <= limit ? decoded.text : undefined;
  const links = text !== undefined ? await linter.links.optionsFor(uri, 'declaration', text, fileName) : undefined;
  const result = core.lintDeclarationBytes(bytes, {
    fileName,
    fileSize: bytes.length,
    ...(config ? { config } : {}),
    ...(links && 'listedByContracts' in links ? { links } : {}),
  });
  const records = core.recordsOf(result.document?.root);
  const folder = dirnameOf(uri.path);
  const linked = await Promise.all(records.map(async (record) => {
    const written = record.extension('contract');
    const profile = core.overview.profileForCategory(record.string('publication_category'));
    if (!written) return { contract: undefined, profile };
    const target = uri.with({ path: resolvePath(folder, written), query: '', fragment: '' });
    return { contract: await contractOf(target), profile };
  }));
  return {
    uri,
    path: shownPath(uri),
    ...(text !== undefined ? { text } : {}),
    ...(result.document ? { document: result.document } : {}),
    findings: result.findings,
    contracts: linked,
  };
}

async function readContract(core: Core, linter: Linter, uri: vscode.Uri): Promise<CollectedContract> {
  const shown = shownPath(uri);
  const { config } = await linter.configs.forDocument(uri);
  let coverage: ContractTopicCoverage | undefined;
  try {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    let text: string | undefined = open?.getText();
    if (text === undefined) {
      const stat = await vscode.workspace.fs.stat(uri);
      if ((stat.type & vscode.FileType.File) !== 0 && stat.size <= core.MAX_CONTRACT_BYTES) {
        const decoded = core.decodeText(await vscode.workspace.fs.readFile(uri));
        text = decoded.ok ? decoded.text : undefined;
      }
    }
    if (text !== undefined) {
      const annexes = await readAnnexFiles(core, uri, text);
      coverage = core.overview.contractTopicCoverage(text, { fileName: shown, ...(config ? { config } : {}), annexFiles: annexes.map((annex) => annex.input) });
    }
  } catch {
    coverage = undefined;
  }
  return { uri, shown, coverage, config };
}

/**
 * The core's input for one output. `hrefOf` gives the link to a file from where the output is
 * shown or written (undefined: no link).
 */
export function overviewInputs(core: Core, collected: CollectedWorkspace, hrefOf: (uri: vscode.Uri) => string | undefined): OverviewFileInput[] {
  return collected.declarations.map((declaration) => {
    const href = hrefOf(declaration.uri);
    return {
      path: declaration.path,
      ...(href ? { href } : {}),
      ...(declaration.document ? { document: declaration.document } : {}),
      findings: declaration.findings,
      contracts: declaration.contracts.map(({ contract, profile }): ContractStatus => {
        if (!contract) return { state: 'none' };
        if (!contract.coverage) return { state: 'not-found', path: contract.shown };
        const contractHref = hrefOf(contract.uri);
        return core.overview.coverageForProfile(contract.coverage, {
          path: contract.shown,
          ...(contractHref ? { href: contractHref } : {}),
          categoryProfile: profile,
          ...(contract.config ? { config: contract.config } : {}),
        });
      }),
    };
  });
}

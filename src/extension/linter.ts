/**
 * Keeps the diagnostics of Inkooplint's files up to date: on open, on change (debounced, stale runs
 * dropped), on save, for the whole workspace on request and at start-up (in batches, yielding to
 * the editor), and clears them when a file closes or is deleted.
 */
import * as vscode from 'vscode';
import type { InkooplintConfig } from '../core/config/config';
import type { ParsedDocument } from '../core/document/model';
import type { AnnexFileInput, AnnexFileResult } from '../core/contractEngine';
import type { Finding, Language } from '../core/finding';
import { readAnnexFiles, type ReadAnnex } from './annexes';
import { CONFIG_FILE_NAME, ConfigStore } from './configStore';
import { loadCore, type Core } from './coreLoader';
import { classify, CONTRACT_GLOBS, coreFileName, DECLARATION_GLOBS, kindByName, mightBeOurs, type FileKind } from './logic/classify';
import { Debouncer, RunTracker } from './logic/debouncer';
import { toDiagnosticData } from './logic/diagnosticData';
import { basenameOf } from './logic/paths';
import { keyOfUri, LinkIndex, type LinkOptions } from './links/linkIndex';
import { resolveExtensionLanguage } from './l10n';

export const DEBOUNCE_MS = 300;
/** Views of a file that are not the file (a diff's old side, output, chat): no diagnostics there. */
const IGNORED_SCHEMES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'vscode-chat-code-block', 'comment', 'review', 'conflictResolution']);
/** The debouncer's key for a workspace lint (no document URI looks like it). */
const WORKSPACE_KEY = '\u0000workspace';
/** The debouncer's key for re-linting the files on the other side of a changed link. */
const LINKED_KEY = '\u0000linked';
/** Files linted between two pauses of a workspace lint. */
const WORKSPACE_BATCH = 8;

export interface LintResult {
  uri: vscode.Uri;
  /** The document version linted; -1 for a file read from disk. */
  version: number;
  kind: FileKind;
  language: Language;
  fileName: string;
  findings: Finding[];
  /** The parsed declaration, for key hovers. */
  parsed?: ParsedDocument;
  /** A contract's annexes in separate files, as read for this run (fix-all lints with them again). */
  annexes?: ReadAnnex[];
}

export interface WorkspaceLintSummary {
  files: number;
  problems: number;
}

interface WorkspaceRun {
  /** Documents opened, changed or closed during the run: the run leaves their diagnostics alone. */
  touched: Set<string>;
  cancelled: boolean;
}

export function settings(scope?: vscode.Uri): { enable: boolean; language: string; run: 'onType' | 'onSave'; extraFiles: string[] } {
  const configuration = vscode.workspace.getConfiguration('inkooplint', scope);
  return {
    enable: configuration.get<boolean>('enable', true),
    language: configuration.get<string>('language', 'auto'),
    run: configuration.get<'onType' | 'onSave'>('run', 'onType'),
    extraFiles: configuration.get<string[]>('extraFiles', []).filter((glob) => typeof glob === 'string' && glob.trim() !== ''),
  };
}

export function documentLanguage(config: InkooplintConfig | undefined, scope?: vscode.Uri): Language {
  return resolveExtensionLanguage(settings(scope).language, config?.language, vscode.env.language);
}

/** Lints a text synchronously; the engines never throw. */
export function lintText(
  core: Core,
  kind: FileKind,
  text: string,
  fileName: string,
  config: InkooplintConfig | undefined,
  annexFiles: readonly AnnexFileInput[] = [],
  links?: LinkOptions,
): { findings: Finding[]; parsed?: ParsedDocument; annexFiles?: AnnexFileResult[] } {
  const options = { fileName, ...(config ? { config } : {}) };
  if (kind === 'contract') {
    const result = core.lintContract(text, { ...options, annexFiles, ...(links && 'namedByDeclarations' in links ? { links } : {}) });
    return { findings: result.findings, annexFiles: result.annexFiles };
  }
  const result = core.lintDeclaration(text, { ...options, ...(links && 'listedByContracts' in links ? { links } : {}) });
  return { findings: result.findings, ...(result.document ? { parsed: result.document } : {}) };
}

export class Linter implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('inkooplint');
  /** Findings in annexes kept in separate files, reported by the contract that lists them. */
  private readonly annexDiagnostics = vscode.languages.createDiagnosticCollection('inkooplint-annexes');
  private readonly annexesOf = new Map<string, vscode.Uri[]>();
  private readonly results = new Map<string, LintResult>();
  private readonly debouncer = new Debouncer<string>(DEBOUNCE_MS);
  private readonly runs = new RunTracker<string>();
  private workspaceRun: WorkspaceRun | undefined;
  /** Files on the other side of a changed link, waiting to be linted again. */
  private readonly linkedToRelint = new Set<string>();
  /** Links between declarations and contracts in the workspace. */
  readonly links = new LinkIndex();
  /** Documents linted before the link index was built (so without links): linted again when it is. */
  private readonly lintedWithoutIndex = new Set<string>();
  private readonly updated = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, this.annexDiagnostics, this.updated, this.links];
  /** Fires when a file's findings change (for the status bar). */
  readonly onDidUpdate = this.updated.event;

  constructor(private readonly extensionUri: vscode.Uri, readonly configs: ConfigStore) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.request(document, 'open')),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.request(event.document, 'change');
      }),
      vscode.workspace.onDidSaveTextDocument((document) => this.request(document, 'save')),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      vscode.workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => this.forgetTree(uri))),
      vscode.workspace.onDidRenameFiles((event) => event.files.forEach(({ oldUri }) => this.forgetTree(oldUri))),
      configs.onDidChange(() => {
        this.relintOpenDocuments();
        this.scheduleWorkspaceLint();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration('inkooplint')) return;
        this.relintOpenDocuments();
        this.scheduleWorkspaceLint();
      }),
      this.links.onDidAffect((keys) => this.relintLinkedSoon(keys)),
      // Open documents linted while the index was still being built had no link information.
      this.links.onDidBuild(() => {
        const waiting = new Set(this.lintedWithoutIndex);
        this.lintedWithoutIndex.clear();
        for (const document of vscode.workspace.textDocuments) if (waiting.has(document.uri.toString())) this.request(document, 'config');
      }),
    );
    const watcher = vscode.workspace.createFileSystemWatcher(`{${[...CONTRACT_GLOBS, ...DECLARATION_GLOBS].join(',')}}`, true, true, false);
    this.disposables.push(watcher, watcher.onDidDelete((uri) => this.forget(uri)));
  }

  /** The latest findings for a file. */
  resultFor(uri: vscode.Uri): LintResult | undefined {
    return this.results.get(uri.toString());
  }

  /** Lints every open document (after a setting or the configuration changed). */
  relintOpenDocuments(): void {
    for (const document of vscode.workspace.textDocuments) this.request(document, 'config');
    if (!settings().enable) {
      if (this.workspaceRun) this.workspaceRun.cancelled = true;
      this.diagnostics.clear();
      this.annexDiagnostics.clear();
      this.annexesOf.clear();
      this.results.clear();
    }
  }

  /** Lints the workspace again soon (files that are not open keep findings of the old settings until then). */
  scheduleWorkspaceLint(): void {
    this.debouncer.schedule(WORKSPACE_KEY, () => {
      if (settings().enable) this.lintWorkspace().catch((error: unknown) => console.error('inkooplint: workspace lint failed', error));
    });
  }

  request(document: vscode.TextDocument, reason: 'open' | 'change' | 'save' | 'config'): void {
    if (IGNORED_SCHEMES.has(document.uri.scheme) || basenameOf(document.uri.path) === CONFIG_FILE_NAME) return;
    const key = document.uri.toString();
    this.workspaceRun?.touched.add(key);
    const { run } = settings(document.uri);
    if (reason === 'change') {
      if (run === 'onSave') return;
      this.runs.invalidate(key);
      this.debouncer.schedule(key, () => void this.lintDocument(document));
      return;
    }
    this.debouncer.cancel(key);
    void this.lintDocument(document);
  }

  private matchesExtraFiles(document: vscode.TextDocument, extraFiles: string[]): boolean {
    return extraFiles.length > 0 && vscode.languages.match(extraFiles.map((pattern) => ({ pattern })), document) > 0;
  }

  /** Lints one open document now; resolves when its diagnostics are published (or the run turned out stale). */
  async lintDocument(document: vscode.TextDocument): Promise<LintResult | undefined> {
    const key = document.uri.toString();
    const id = this.runs.start(key);
    const { enable, extraFiles } = settings(document.uri);
    const fileName = basenameOf(document.uri.path) || document.fileName;
    const input = { fileName, languageId: document.languageId, text: document.getText(), matchesExtraGlob: this.matchesExtraFiles(document, extraFiles) };
    if (!enable || !mightBeOurs(input)) {
      this.forget(document.uri, false);
      return undefined;
    }
    const loaded = await this.configs.forDocument(document.uri);
    if (!this.runs.isCurrent(key, id) || document.isClosed) return undefined;
    const core = loadCore();
    // The text may have changed while the configuration was read; this run is still the newest, so lint what is there now.
    input.text = document.getText();
    const version = document.version;
    const kind = classify(input, core);
    if (!kind) {
      this.forget(document.uri, false);
      return undefined;
    }
    const language = documentLanguage(loaded.config, document.uri);
    const coreName = coreFileName(fileName, document.languageId);
    const annexes = kind === 'contract' ? await readAnnexFiles(core, document.uri, input.text) : [];
    if (!this.runs.isCurrent(key, id) || document.isClosed) return undefined;
    const links = await this.links.optionsFor(document.uri, kind, input.text, coreName, version);
    if (!this.runs.isCurrent(key, id) || document.isClosed) return undefined;
    if (!links && !this.links.isBuilt()) this.lintedWithoutIndex.add(key);
    const linted = lintText(core, kind, input.text, coreName, loaded.config, annexes.map((annex) => annex.input), links);
    const result: LintResult = { uri: document.uri, version, kind, language, fileName: coreName, findings: linted.findings, ...(linted.parsed ? { parsed: linted.parsed } : {}), annexes };
    this.publish(result);
    this.publishAnnexes(result, linted.annexFiles);
    return result;
  }

  private publish(result: LintResult): void {
    const key = result.uri.toString();
    this.results.set(key, result);
    this.diagnostics.set(result.uri, result.findings.map((finding) => this.toDiagnostic(finding, result.language)));
    this.updated.fire(result.uri);
  }

  private publishAnnexes(result: LintResult, annexResults: AnnexFileResult[] | undefined): void {
    const key = result.uri.toString();
    for (const uri of this.annexesOf.get(key) ?? []) this.annexDiagnostics.delete(uri);
    const published: vscode.Uri[] = [];
    for (const annex of annexResults ?? []) {
      const uri = result.annexes?.find((read) => read.input.path === annex.path)?.uri;
      if (!uri) continue;
      this.annexDiagnostics.set(uri, annex.findings.map((finding) => this.toDiagnostic(finding, result.language)));
      published.push(uri);
    }
    if (published.length > 0) this.annexesOf.set(key, published);
    else this.annexesOf.delete(key);
  }

  docUri(docPath: string): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, ...docPath.split('/'));
  }

  private toDiagnostic(finding: Finding, language: Language): vscode.Diagnostic {
    const data = toDiagnosticData(finding, language);
    const { start, end } = data.range;
    const diagnostic = new vscode.Diagnostic(new vscode.Range(start.line, start.character, end.line, end.character), data.message, data.severity as vscode.DiagnosticSeverity);
    diagnostic.source = data.source;
    diagnostic.code = { value: data.code, target: this.docUri(data.docPath) };
    return diagnostic;
  }

  private forget(uri: vscode.Uri, stopRuns = true): void {
    const key = uri.toString();
    this.workspaceRun?.touched.add(key);
    if (stopRuns) {
      this.debouncer.cancel(key);
      this.runs.invalidate(key);
    }
    const had = this.results.delete(key) || this.diagnostics.has(uri);
    this.diagnostics.delete(uri);
    for (const annex of this.annexesOf.get(key) ?? []) this.annexDiagnostics.delete(annex);
    this.annexesOf.delete(key);
    if (had) this.updated.fire(uri);
  }

  /** A deleted or renamed folder takes the diagnostics of the files inside it along. */
  private forgetTree(uri: vscode.Uri): void {
    const prefix = `${uri.toString()}/`;
    this.forget(uri);
    this.diagnostics.forEach((file) => {
      if (file.toString().startsWith(prefix)) this.forget(file);
    });
  }

  /** Whether a workspace lint is under way. */
  get workspaceLintRunning(): boolean {
    return this.workspaceRun !== undefined;
  }

  /** Lints every contract and declaration in the workspace; open documents as they are in the editor. */
  async lintWorkspace(token?: vscode.CancellationToken): Promise<WorkspaceLintSummary> {
    if (this.workspaceRun) this.workspaceRun.cancelled = true;
    const run: WorkspaceRun = { touched: new Set(), cancelled: false };
    this.workspaceRun = run;
    const summary: WorkspaceLintSummary = { files: 0, problems: 0 };
    try {
      if (!settings().enable || !vscode.workspace.workspaceFolders?.length) return summary;
      // Every file is linted with what links to it: the index first (built once, then kept up to date).
      await this.links.ensureBuilt();
      if (run.cancelled || token?.isCancellationRequested) return summary;
      const exclude = '**/{node_modules,.git}/**';
      const { extraFiles } = settings();
      const named = await vscode.workspace.findFiles(`{${[...CONTRACT_GLOBS, ...DECLARATION_GLOBS].join(',')}}`, exclude, 10000, token);
      const extra = (await Promise.all(extraFiles.map((glob) => vscode.workspace.findFiles(glob, exclude, 10000, token)))).flat();
      const seen = new Set<string>();
      const files = [...named, ...extra].filter((uri) => !seen.has(uri.toString()) && seen.add(uri.toString())).sort((a, b) => a.toString().localeCompare(b.toString()));
      let sincePause = 0;
      for (const uri of files) {
        if (run.cancelled || token?.isCancellationRequested) break;
        const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
        const result = open ? await this.lintDocument(open) : await this.lintFile(uri, run);
        if (result) {
          summary.files++;
          summary.problems += result.findings.length;
        }
        if (++sincePause >= WORKSPACE_BATCH) {
          sincePause = 0;
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      }
      return summary;
    } finally {
      if (this.workspaceRun === run) this.workspaceRun = undefined;
    }
  }

  /** Lints a file that is not open, from its bytes. */
  private async lintFile(uri: vscode.Uri, run: WorkspaceRun): Promise<LintResult | undefined> {
    const key = uri.toString();
    const fileName = basenameOf(uri.path);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return undefined;
    }
    const loaded = await this.configs.forDocument(uri);
    if (run.cancelled || run.touched.has(key)) return undefined;
    const core = loadCore();
    let kind = kindByName(fileName);
    if (!kind) {
      // Matched by an `extraFiles` glob: lint only what says it is a contract or a declaration.
      const decoded = core.decodeText(bytes.subarray(0, Math.min(bytes.length, core.MAX_CONTRACT_BYTES)));
      if (!decoded.ok) return undefined;
      const languageId = /\.(?:md|markdown)$/i.test(fileName) ? 'markdown' : /\.json$/i.test(fileName) ? 'json' : 'yaml';
      kind = classify({ fileName, languageId, text: decoded.text, matchesExtraGlob: true }, core);
      if (!kind) return undefined;
    }
    const language = documentLanguage(loaded.config, uri);
    const options = { fileName, fileSize: bytes.length, ...(loaded.config ? { config: loaded.config } : {}) };
    let annexes: ReadAnnex[] = [];
    const decoded = core.decodeText(bytes.subarray(0, Math.min(bytes.length, kind === 'contract' ? core.MAX_CONTRACT_BYTES : core.maxBytesFor(fileName))));
    if (kind === 'contract' && decoded.ok) annexes = await readAnnexFiles(core, uri, decoded.text);
    const links = decoded.ok ? await this.links.optionsFor(uri, kind, decoded.text, fileName) : undefined;
    if (run.cancelled || run.touched.has(key)) return undefined;
    const linted = kind === 'contract'
      ? core.lintContractBytes(bytes, { ...options, annexFiles: annexes.map((annex) => annex.input), ...(links && 'namedByDeclarations' in links ? { links } : {}) })
      : { ...core.lintDeclarationBytes(bytes, { ...options, ...(links && 'listedByContracts' in links ? { links } : {}) }), annexFiles: undefined };
    if (run.cancelled || run.touched.has(key)) return undefined;
    const result: LintResult = { uri, version: -1, kind, language, fileName, findings: linted.findings, annexes };
    this.publish(result);
    this.publishAnnexes(result, linted.annexFiles);
    return result;
  }

  /** Lints again, soon and once, the files on the other side of links that changed: open ones from the editor, others (that have findings) from disk. */
  private relintLinkedSoon(keys: readonly string[]): void {
    keys.forEach((key) => this.linkedToRelint.add(key));
    this.debouncer.schedule(LINKED_KEY, () => void this.relintLinked());
  }

  private async relintLinked(): Promise<void> {
    const keys = [...this.linkedToRelint];
    this.linkedToRelint.clear();
    if (!settings().enable) return;
    const run: WorkspaceRun = { touched: new Set(), cancelled: false };
    let sincePause = 0;
    for (const key of keys) {
      const open = vscode.workspace.textDocuments.find((document) => !document.isClosed && keyOfUri(document.uri) === key);
      if (open) {
        if (this.results.has(open.uri.toString())) this.request(open, 'config');
        continue;
      }
      const uri = this.links.uriOf(key);
      if (!uri || !this.results.has(uri.toString())) continue;
      await this.lintFile(uri, run);
      if (++sincePause >= WORKSPACE_BATCH) {
        sincePause = 0;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
  }

  dispose(): void {
    if (this.workspaceRun) this.workspaceRun.cancelled = true;
    this.debouncer.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

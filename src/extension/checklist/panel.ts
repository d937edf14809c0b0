/**
 * The supplier transparency checklist in a webview panel: one panel per contract (opening it again
 * focuses it), restored after a window reload (`WebviewPanelSerializer`), unsaved edits kept in
 * `workspaceState` until saved, the checklist file watched (a change on disk is announced, never
 * overwritten), and the reports exported beside the contract. The work without VS Code is in
 * `session.ts`; the page in `html.ts`; reading and writing in `io.ts`.
 */
import * as vscode from 'vscode';
import type { ChecklistView, ExtensionMessage } from '../../core/checklist';
import type { Language } from '../../core/finding';
import { loadCore } from '../coreLoader';
import { readAnnexFiles } from '../annexes';
import { documentLanguage, type Linter } from '../linter';
import { t, useLanguage } from '../l10n';
import { CONTRACT_GLOBS, CONTRACT_NAME, DECLARATION_NAME } from '../logic/classify';
import { basenameOf, dirnameOf, isInside, resolvePath } from '../logic/paths';
import { CHECKLIST_VIEW_TYPE, checklistPage, makeNonce, WEBVIEW_FOLDER } from './html';
import { loadReportDocx } from '../reportDocx';
import { ChecklistIo } from './io';
import { ChecklistSession, reportFileName, type ChecklistCore, type ContractSource, type EvidenceTarget, type PersistedEdits, type SessionAction } from './session';

declare const INKOOPLINT_VERSION: string;

export const CHECKLIST_COMMANDS = {
  open: 'inkooplint.openChecklist',
  exportMarkdown: 'inkooplint.exportChecklistMarkdown',
  exportHtml: 'inkooplint.exportChecklistHtml',
  exportDocx: 'inkooplint.exportChecklistDocx',
} as const;

/** The report formats: Markdown and HTML from the core, Word from its own bundle (`../reportDocx`). */
export type ReportFormat = 'markdown' | 'html' | 'docx';

const EDITS_KEY = 'inkooplint.checklist.edits:';
const REVIEWER_KEY = 'inkooplint.checklist.reviewer';

/** Milliseconds from the command to the webview: for the figure "command to rendered checklist". */
export interface ChecklistTiming {
  /** The panel exists and its page is set (the webview starts loading). */
  panelMs?: number;
  /** Model built (lint, pre-fill, file read), from the command. */
  modelMs?: number;
  /** The webview's script ran and said `ready`. */
  readyMs?: number;
  /** The first `load` was delivered to the webview (it renders on receipt). */
  loadedMs?: number;
  /** The webview said `rendered` after rendering the first `load`: the figure "command to rendered checklist". */
  renderedMs?: number;
}

/** What the open command returns: the panel and hooks for the extension-host tests. */
export interface ChecklistHandle {
  contract: vscode.Uri;
  checklist: vscode.Uri;
  panel: vscode.WebviewPanel;
  timing: ChecklistTiming;
  /** Resolves when the first `load` reached the webview. */
  whenLoaded(): Promise<ChecklistTiming>;
  /** Every message posted to the webview, in order. */
  readonly posted: readonly ExtensionMessage[];
  /** Errors of messages from the webview that failed the checks. */
  readonly rejected: readonly string[];
  /** Handles a message exactly as one from the webview (validated first). */
  receive(message: unknown): Promise<void>;
  /** The view last posted. */
  view(): ChecklistView | undefined;
  readonly dirty: boolean;
  /** How this host saves the file: `node-atomic` (desktop) or `workspace-fs` (web, remote). */
  readonly saveMode: 'node-atomic' | 'workspace-fs';
  /** The page's HTML, for checking its policy. */
  readonly html: string;
  /** Resolves when the panel has dealt with the changes on disk it has been told of so far. */
  settled(): Promise<void>;
}

const core = (): ChecklistCore => loadCore().checklist;

function decode(bytes: Uint8Array): string | undefined {
  const decoded = loadCore().decodeText(bytes);
  return decoded.ok ? decoded.text : undefined;
}

class ChecklistPanel {
  readonly session: ChecklistSession;
  readonly posted: ExtensionMessage[] = [];
  readonly rejected: string[] = [];
  timing: ChecklistTiming = {};
  html = '';
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private opened = false;
  private loadedOnce: Promise<ChecklistTiming>;
  private resolveLoaded!: (timing: ChecklistTiming) => void;
  /** One at a time: messages, disk changes and saves run in order. */
  private queue: Promise<void> = Promise.resolve();
  private lastView: ChecklistView | undefined;
  /** The `load` the page was built with (JSON), until a later one is posted. */
  private pageMessage: string | undefined;

  constructor(
    private readonly manager: ChecklistPanels,
    readonly panel: vscode.WebviewPanel,
    readonly contract: vscode.Uri,
    readonly checklist: vscode.Uri,
    language: Language,
    baseFolder: string | undefined,
    private readonly started: number,
  ) {
    this.session = new ChecklistSession(core(), basenameOf(checklist.path), language, baseFolder);
    this.loadedOnce = new Promise((resolve) => (this.resolveLoaded = resolve));
    const webviewRoot = vscode.Uri.joinPath(manager.extensionUri, ...WEBVIEW_FOLDER);
    panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [webviewRoot] };
    // The page is set in `open()`, with the first view in it: VS Code meanwhile prepares the webview's frame.
    this.timing.panelMs = this.since();
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      panel.onDidDispose(() => this.dispose()),
    );
    const folder = vscode.Uri.joinPath(checklist, '..');
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, basenameOf(checklist.path)));
    this.disposables.push(
      watcher,
      watcher.onDidChange(() => this.enqueue(() => this.diskChanged())),
      watcher.onDidCreate(() => this.enqueue(() => this.diskChanged())),
      watcher.onDidDelete(() => this.enqueue(() => this.diskChanged())),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (document.uri.toString() === contract.toString()) this.enqueue(() => this.contractChanged());
      }),
    );
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(work).catch((error: unknown) => {
      console.error('inkooplint: checklist', error);
      this.post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    });
    this.queue = next;
    return next;
  }

  settled(): Promise<void> {
    return this.enqueue(async () => undefined);
  }

  /**
   * Reads the contract and the checklist file, builds the model, and sets the page with the first
   * view in it (and the bundle inlined), so that the webview renders without a round trip.
   */
  open(restored: PersistedEdits | undefined): Promise<void> {
    return this.enqueue(async () => {
      const [source, diskText, assets] = await Promise.all([this.manager.contractSource(this.contract), this.manager.io.read(this.checklist), this.manager.pageAssets()]);
      this.session.open(source, diskText, restored);
      this.opened = true;
      this.timing.modelMs = this.since();
      this.saveEdits();
      const initial = this.session.loadMessage(this.manager.reviewer());
      if (initial.type === 'load') this.lastView = initial.view;
      this.posted.push(initial);
      this.pageMessage = JSON.stringify(initial);
      this.html = checklistPage({
        cspSource: this.panel.webview.cspSource,
        ...assets,
        initial,
        nonce: makeNonce(),
        language: this.session.language,
        title: this.panel.title,
        loadingText: t('Loading the checklist…'),
      });
      this.panel.webview.html = this.html;
      this.timing.panelMs = this.since();
      this.delivered();
      if (this.ready) await this.postLoad();
    });
  }

  /** The first view reached the webview (in its page or by message). */
  private delivered(): void {
    if (this.timing.loadedMs !== undefined) return;
    this.timing.loadedMs = this.since();
    this.manager.lastTiming = this.timing;
    this.resolveLoaded(this.timing);
  }

  private since(): number {
    return Math.round((performance.now() - this.started) * 10) / 10;
  }

  async receive(raw: unknown): Promise<void> {
    return this.enqueue(() => this.act(this.session.handle(raw, this.manager.reviewer())));
  }

  private async act(action: SessionAction): Promise<void> {
    switch (action.kind) {
      case 'invalid':
        this.rejected.push(action.error);
        console.warn(`inkooplint: checklist message refused (${action.error})`);
        return;
      case 'none':
        return;
      case 'ready':
        if (!this.ready) this.timing.readyMs = this.since();
        this.ready = true;
        // The page already shows the view it was built with, unless something changed since.
        if (this.opened && JSON.stringify(this.session.loadMessage(this.manager.reviewer())) !== this.pageMessage) await this.postLoad();
        else if (this.session.conflict) await this.postConflict();
        return;
      case 'rendered':
        if (this.timing.renderedMs === undefined && this.timing.loadedMs !== undefined) this.timing.renderedMs = this.since();
        return;
      case 'changed':
        this.saveEdits();
        await this.postLoad();
        return;
      case 'reviewer':
        await this.manager.setReviewer(action.name);
        return;
      case 'save':
        await this.doSave();
        return;
      case 'reload': {
        this.session.reload(await this.manager.io.read(this.checklist));
        this.saveEdits();
        await this.postLoad();
        return;
      }
      case 'merge': {
        const kept = this.session.merge(await this.manager.io.read(this.checklist));
        this.saveEdits();
        await this.postLoad();
        if (kept.length > 0) void vscode.window.showWarningMessage(t('Inkooplint: merged with the file on disk. Where both changed an answer, the answer on disk was kept: {0}.', kept.join(', ')));
        return;
      }
      case 'export':
        await this.manager.exportReport(this, action.format);
        return;
      case 'open':
        await this.manager.openTarget(this, action.target);
        return;
    }
  }

  /** Saves when the file on disk is still what was loaded; otherwise says so and writes nothing. */
  save(): Promise<void> {
    return this.enqueue(() => this.doSave());
  }

  private async doSave(): Promise<void> {
    {
      const text = this.session.textToSave();
      const result = await this.manager.io.saveIfUnchanged(this.checklist, text, this.session.loadedVersion());
      if (result.saved) {
        this.session.markSaved(text);
        this.saveEdits();
        await this.postLoad();
        await this.post({ type: 'saved', file: this.session.checklistName });
        return;
      }
      this.session.checkDisk(result.diskText);
      this.saveEdits();
      await this.postConflict();
    }
  }

  private async diskChanged(): Promise<void> {
    if (!this.opened) return;
    const diskText = await this.manager.io.read(this.checklist);
    if (!this.session.differsFromLoaded(diskText)) return; // our own save, or the same text
    if (this.session.dirty) {
      // Unsaved edits: nothing is lost or overwritten; the reviewer chooses to reload or merge.
      this.session.noteDiskChange(diskText);
      await this.postConflict();
      return;
    }
    // Nothing unsaved: follow the file, as an editor does.
    this.session.reload(diskText);
    await this.postLoad();
  }

  private async contractChanged(): Promise<void> {
    if (!this.opened) return;
    this.session.refreshContract(await this.manager.contractSource(this.contract));
    await this.postLoad();
  }

  private async postConflict(): Promise<void> {
    const message = this.session.conflictMessage();
    if (message) await this.post(message);
  }

  private async postLoad(): Promise<void> {
    const message = this.session.loadMessage(this.manager.reviewer());
    if (message.type === 'load') this.lastView = message.view;
    await this.post(message);
    this.pageMessage = undefined;
    this.delivered();
    if (this.session.conflict) await this.postConflict();
  }

  private async post(message: ExtensionMessage): Promise<void> {
    this.posted.push(message);
    try {
      await this.panel.webview.postMessage(message);
    } catch {
      // The panel was closed meanwhile.
    }
  }

  private saveEdits(): void {
    this.manager.keepEdits(this.checklist, this.session.persisted());
  }

  handle(): ChecklistHandle {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    return {
      contract: this.contract,
      checklist: this.checklist,
      panel: this.panel,
      get timing() {
        return self.timing;
      },
      whenLoaded: () => this.loadedOnce,
      posted: this.posted,
      rejected: this.rejected,
      receive: (message) => this.receive(message),
      view: () => this.lastView,
      get dirty() {
        return self.session.dirty;
      },
      saveMode: this.manager.io.mode(this.checklist),
      html: this.html,
      settled: () => this.settled(),
    };
  }

  reveal(): void {
    this.panel.reveal(undefined, false);
  }

  private dispose(): void {
    this.manager.forget(this);
    // Unsaved edits stay in workspaceState (kept on every change) for the next time.
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** The state the webview keeps with `setState` (webview/checklist/main.ts), as far as the serializer reads it. */
interface WebviewState {
  view?: { contract?: { file?: unknown } };
  baseFolder?: unknown;
}

export class ChecklistPanels implements vscode.Disposable, vscode.WebviewPanelSerializer<WebviewState> {
  readonly io: ChecklistIo;
  private readonly panels = new Map<string, ChecklistPanel>();
  /** The timing of the last checklist opened (for the benchmark and the tests). */
  lastTiming: ChecklistTiming | undefined;
  private assets: Promise<{ inlineScript: string; inlineStyle: string }> | undefined;

  constructor(private readonly context: vscode.ExtensionContext, private readonly linter: Linter) {
    this.io = new ChecklistIo(context.extensionUri, core);
  }

  get extensionUri(): vscode.Uri {
    return this.context.extensionUri;
  }

  /** The webview's bundle and stylesheet, read once: the page inlines them (no resource loads). */
  pageAssets(): Promise<{ inlineScript: string; inlineStyle: string }> {
    // With Node's fs where there is one: `workspace.fs` takes a round trip through the window.
    const read = async (name: string): Promise<string> => {
      const text = await this.io.read(vscode.Uri.joinPath(this.extensionUri, ...WEBVIEW_FOLDER, name));
      if (text === undefined) throw new Error(`Inkooplint: dist/webview/${name} is missing`);
      return text;
    };
    this.assets ??= Promise.all([read('checklist.js'), read('checklist.css')]).then(([inlineScript, inlineStyle]) => ({ inlineScript, inlineStyle }));
    this.assets.catch(() => (this.assets = undefined));
    return this.assets;
  }

  reviewer(): string | undefined {
    const name = this.context.globalState.get<string>(REVIEWER_KEY);
    return typeof name === 'string' && name !== '' ? name : undefined;
  }

  async setReviewer(name: string): Promise<void> {
    await this.context.globalState.update(REVIEWER_KEY, name === '' ? undefined : name);
  }

  keepEdits(checklist: vscode.Uri, edits: PersistedEdits | undefined): void {
    void this.context.workspaceState.update(EDITS_KEY + checklist.toString(), edits);
  }

  private keptEdits(checklist: vscode.Uri): PersistedEdits | undefined {
    const kept = this.context.workspaceState.get<PersistedEdits>(EDITS_KEY + checklist.toString());
    return kept && kept.format === 1 && kept.data && typeof kept.data === 'object' ? kept : undefined;
  }

  forget(panel: ChecklistPanel): void {
    if (this.panels.get(panel.contract.toString()) === panel) this.panels.delete(panel.contract.toString());
  }

  /** The open panel of a contract. */
  panelFor(contract: vscode.Uri): ChecklistHandle | undefined {
    return this.panels.get(contract.toString())?.handle();
  }

  async language(uri: vscode.Uri): Promise<Language> {
    const language = documentLanguage((await this.linter.configs.forDocument(uri)).config, uri);
    useLanguage(language);
    return language;
  }

  /** The contract's text (from the editor when open), its configuration and annexes. */
  async contractSource(contract: vscode.Uri): Promise<ContractSource> {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === contract.toString());
    const text = open ? open.getText() : decode(await vscode.workspace.fs.readFile(contract));
    if (text === undefined) throw new Error(t('Inkooplint: {0} is not a text file.', basenameOf(contract.path)));
    const [{ config }, annexes] = await Promise.all([this.linter.configs.forDocument(contract), readAnnexFiles(loadCore(), contract, text)]);
    return { contractText: text, contractFile: basenameOf(contract.path), ...(config ? { config } : {}), annexFiles: annexes.map((annex) => annex.input) };
  }

  /** The checklist file beside a contract, and its folder relative to the workspace folder. */
  private checklistOf(contract: vscode.Uri): { checklist: vscode.Uri; baseFolder: string | undefined } {
    const name = core().checklistFileName(basenameOf(contract.path));
    const checklist = vscode.Uri.joinPath(contract, '..', name);
    const folder = vscode.workspace.getWorkspaceFolder(contract);
    let baseFolder: string | undefined;
    if (folder) {
      const root = folder.uri.path.replace(/\/+$/, '');
      const directory = dirnameOf(checklist.path);
      if (isInside(directory, root)) baseFolder = directory === root ? '' : directory.slice(root.length + 1);
    }
    return { checklist, baseFolder };
  }

  /** Opens (or focuses) the checklist of a contract, or of the contract a declaration names. */
  async open(target?: vscode.Uri, started = performance.now()): Promise<ChecklistHandle | undefined> {
    void this.pageAssets().catch(() => undefined);
    const contract = await this.resolveContract(target);
    if (!contract) return undefined;
    const existing = this.panels.get(contract.toString());
    if (existing) {
      existing.reveal();
      return existing.handle();
    }
    const language = await this.language(contract);
    const panel = vscode.window.createWebviewPanel(CHECKLIST_VIEW_TYPE, t('Checklist: {0}', basenameOf(contract.path)), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
      enableScripts: true,
      enableCommandUris: false,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, ...WEBVIEW_FOLDER)],
    });
    return this.attach(panel, contract, language, started);
  }

  private async attach(panel: vscode.WebviewPanel, contract: vscode.Uri, language: Language, started: number): Promise<ChecklistHandle> {
    const { checklist, baseFolder } = this.checklistOf(contract);
    const created = new ChecklistPanel(this, panel, contract, checklist, language, baseFolder, started);
    this.panels.set(contract.toString(), created);
    await created.open(this.keptEdits(checklist));
    return created.handle();
  }

  /** Restores a panel after a window reload, from the state the webview kept. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: WebviewState | undefined): Promise<void> {
    const contract = await this.contractFromState(state);
    if (!contract || this.panels.has(contract.toString())) {
      panel.dispose();
      return;
    }
    panel.title = t('Checklist: {0}', basenameOf(contract.path));
    await this.attach(panel, contract, await this.language(contract), performance.now());
  }

  private async contractFromState(state: WebviewState | undefined): Promise<vscode.Uri | undefined> {
    const file = state?.view?.contract?.file;
    const baseFolder = state?.baseFolder;
    if (typeof file !== 'string' || !CONTRACT_NAME.test(file) || file.includes('/') || file.includes('\\')) return undefined;
    const folder = typeof baseFolder === 'string' ? core().workspaceRelativePath(`${baseFolder === '' ? '' : `${baseFolder}/`}${file}`) : file;
    if (folder === undefined) return undefined;
    for (const workspaceFolder of vscode.workspace.workspaceFolders ?? []) {
      const candidate = vscode.Uri.joinPath(workspaceFolder.uri, ...folder.split('/'));
      if (await this.io.exists(candidate)) return candidate;
    }
    return undefined;
  }

  /** A contract from an argument, the active editor, or a pick; a declaration leads to the contract it names. */
  private async resolveContract(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    let uri = target instanceof vscode.Uri ? target : undefined;
    if (!uri) {
      const active = vscode.window.activeTextEditor?.document.uri;
      const name = active ? basenameOf(active.path) : '';
      if (active && (CONTRACT_NAME.test(name) || DECLARATION_NAME.test(name))) uri = active;
    }
    if (!uri) {
      const contracts = await vscode.workspace.findFiles(`{${CONTRACT_GLOBS.join(',')}}`, '**/{node_modules,.git}/**', 1000);
      if (contracts.length === 0) {
        void vscode.window.showInformationMessage(t('Inkooplint: the workspace has no contracts.'));
        return undefined;
      }
      const picked = await vscode.window.showQuickPick(
        contracts.map((candidate) => ({ label: basenameOf(candidate.path), description: vscode.workspace.asRelativePath(candidate), uri: candidate })),
        { placeHolder: t('The checklist of which contract?'), matchOnDescription: true },
      );
      return picked?.uri;
    }
    const name = basenameOf(uri.path);
    if (DECLARATION_NAME.test(name)) return this.contractOfDeclaration(uri);
    if (uri.scheme === 'untitled') {
      void vscode.window.showWarningMessage(t('Inkooplint: save the contract first; the checklist is saved beside it.'));
      return undefined;
    }
    return uri;
  }

  private async contractOfDeclaration(declaration: vscode.Uri): Promise<vscode.Uri | undefined> {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === declaration.toString());
    const text = open ? open.getText() : decode(await vscode.workspace.fs.readFile(declaration));
    const facts = text === undefined ? undefined : loadCore().linkFactsOf('declaration', text, basenameOf(declaration.path), { full: true });
    const named = facts?.kind === 'declaration' ? [...new Set(facts.contracts)] : [];
    if (named.length === 0) {
      void vscode.window.showWarningMessage(t('Inkooplint: this declaration names no contract (inkooplint.contract).'));
      return undefined;
    }
    const folder = dirnameOf(declaration.path);
    const candidates = named.map((path) => declaration.with({ path: resolvePath(folder, path), query: '', fragment: '' }));
    let chosen = candidates[0];
    if (candidates.length > 1) {
      const picked = await vscode.window.showQuickPick(candidates.map((uri) => ({ label: basenameOf(uri.path), description: vscode.workspace.asRelativePath(uri), uri })), { placeHolder: t('The checklist of which contract?') });
      if (!picked) return undefined;
      chosen = picked.uri;
    }
    if (!(await this.io.exists(chosen))) {
      void vscode.window.showWarningMessage(t('Inkooplint: the contract {0} that this declaration names does not exist.', vscode.workspace.asRelativePath(chosen)));
      return undefined;
    }
    return chosen;
  }

  /** Goes where evidence points: an article in the contract, a file in the workspace, a web page. */
  async openTarget(panel: ChecklistPanel, target: EvidenceTarget): Promise<void> {
    if (target.kind === 'url') {
      await vscode.env.openExternal(vscode.Uri.parse(target.url, true));
      return;
    }
    if (target.kind === 'document') {
      const folder = vscode.workspace.getWorkspaceFolder(panel.checklist);
      if (!folder) return;
      await vscode.commands.executeCommand('vscode.open', vscode.Uri.joinPath(folder.uri, ...target.workspacePath.split('/')));
      return;
    }
    const uri = besideChecklist(panel.checklist, target.file);
    const document = await vscode.workspace.openTextDocument(uri);
    let position = new vscode.Position(Math.max(0, Math.min(target.line - 1, document.lineCount - 1)), 0);
    if (target.offset !== undefined && target.offset <= document.getText().length) {
      const at = document.positionAt(target.offset);
      if (at.line === position.line) position = at;
    }
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
    await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection: new vscode.Range(position, position), preserveFocus: false });
  }

  /**
   * Writes the Markdown, HTML or Word report beside the contract (`<name>.checklist.md` / `.html` /
   * `.docx`). An existing report is replaced only when the reviewer says so (or `overwrite` is passed).
   */
  async exportReport(panel: ChecklistPanel, format: ReportFormat, options: { overwrite?: boolean } = {}): Promise<vscode.Uri | undefined> {
    const docx = format === 'docx' ? loadReportDocx(this.extensionUri) : undefined;
    if (format === 'docx' && !docx) {
      void vscode.window.showWarningMessage(t('Inkooplint: saving as a Word document needs VS Code on the desktop; save the report as HTML or Markdown instead.'));
      return undefined;
    }
    const target = vscode.Uri.joinPath(panel.checklist, '..', reportFileName(panel.session.checklistName, format));
    if (await this.io.exists(target)) {
      if (options.overwrite === false) return undefined;
      if (options.overwrite !== true) {
        const replace = t('Replace');
        const answer = await vscode.window.showWarningMessage(t('{0} already exists. Replace it?', basenameOf(target.path)), { modal: true }, replace);
        if (answer !== replace) return undefined;
      }
    }
    const date = new Date().toISOString().slice(0, 10);
    const version = typeof INKOOPLINT_VERSION === 'string' ? INKOOPLINT_VERSION : 'dev';
    const content = docx
      ? await docx.renderChecklistDocx(panel.session.model, { language: panel.session.language, date, toolVersion: version })
      : panel.session.report(format as 'markdown' | 'html', date, version);
    await this.io.writeAtomic(target, content);
    const open = t('Open');
    void vscode.window.showInformationMessage(t('Inkooplint: report saved as {0}.', vscode.workspace.asRelativePath(target)), open).then((answer) => {
      if (answer === open) void vscode.commands.executeCommand('vscode.open', target);
    });
    return target;
  }

  /** The export command: the panel of the contract (opened when needed), then the report. */
  async exportCommand(format: ReportFormat, target?: vscode.Uri, options: { overwrite?: boolean } = {}): Promise<vscode.Uri | undefined> {
    let panel: ChecklistPanel | undefined;
    if (!target) panel = [...this.panels.values()].find((candidate) => candidate.panel.active);
    if (!panel) {
      const handle = await this.open(target);
      if (!handle) return undefined;
      panel = this.panels.get(handle.contract.toString());
    }
    if (!panel) return undefined;
    await panel.settled();
    return this.exportReport(panel, format, options);
  }

  dispose(): void {
    for (const panel of [...this.panels.values()]) panel.panel.dispose();
    this.panels.clear();
  }
}

/** A contract file named in evidence, relative to the checklist (already checked to stay inside the workspace). */
function besideChecklist(checklist: vscode.Uri, file: string): vscode.Uri {
  return vscode.Uri.joinPath(checklist, '..', ...file.split('/'));
}

/** Registers the commands and the serializer; returns the panels (for the extension's API and the tests). */
export function registerChecklist(context: vscode.ExtensionContext, linter: Linter): ChecklistPanels {
  const panels = new ChecklistPanels(context, linter);
  // Stand-ins for VS Code in the unit tests may lack the serializer API.
  if (typeof vscode.window.registerWebviewPanelSerializer === 'function') context.subscriptions.push(vscode.window.registerWebviewPanelSerializer(CHECKLIST_VIEW_TYPE, panels));
  context.subscriptions.push(
    panels,
    vscode.commands.registerCommand(CHECKLIST_COMMANDS.open, (uri?: unknown) => panels.open(uri instanceof vscode.Uri ? uri : undefined, performance.now())),
    vscode.commands.registerCommand(CHECKLIST_COMMANDS.exportMarkdown, (uri?: unknown, options?: { overwrite?: boolean }) => panels.exportCommand('markdown', uri instanceof vscode.Uri ? uri : undefined, options ?? {})),
    vscode.commands.registerCommand(CHECKLIST_COMMANDS.exportHtml, (uri?: unknown, options?: { overwrite?: boolean }) => panels.exportCommand('html', uri instanceof vscode.Uri ? uri : undefined, options ?? {})),
    vscode.commands.registerCommand(CHECKLIST_COMMANDS.exportDocx, (uri?: unknown, options?: { overwrite?: boolean }) => panels.exportCommand('docx', uri instanceof vscode.Uri ? uri : undefined, options ?? {})),
  );
  return panels;
}

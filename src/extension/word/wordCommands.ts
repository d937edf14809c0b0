/**
 * Word contracts in VS Code (built on its own into `dist/word.js`, loaded by `wordLoader.ts` on the
 * first Word command): "Import Word contract" converts a .docx into an `.overeenkomst.md`
 * beside it (never replacing a file without asking, written atomically) and opens it, where the
 * linter takes over; "Preview Word contract findings" shows what the linter finds in the Word
 * file itself, without converting anything, in a read-only webview (page.ts) that follows the
 * file on disk. Reading a Word file runs nothing in it: both work in Restricted Mode. The Word
 * reader (src/node/docx) is in the desktop's lazily loaded `dist/core.js`; the web build has none.
 */
import * as vscode from 'vscode';
import type { Language } from '../../core/finding';
import type * as Docx from '../../node/docx';
import { ChecklistIo } from '../checklist/io';
import { makeNonce, WEBVIEW_FOLDER } from '../checklist/html';
import type { ConfigStore } from '../configStore';
import { loadCore, type Core } from '../coreLoader';
import { t, useLanguage } from '../l10n';
import { uriExists } from '../uriExists';
import { basenameOf } from '../logic/paths';
import { parseWordPreviewMessage, WORD_PREVIEW_STYLE, WORD_PREVIEW_VIEW_TYPE, wordOfPreviewState, wordPreviewPage } from './page';

import { WORD_COMMANDS } from './ids';

/** What this module needs from the extension's entry bundle (passed in, so that it is not bundled twice). */
export interface WordHost {
  extensionUri: vscode.Uri;
  configs: Pick<ConfigStore, 'forDocument' | 'forWorkspace'>;
  /** The language of what the extension shows (linter.ts's `documentLanguage`). */
  languageFor(config: Awaited<ReturnType<ConfigStore['forWorkspace']>>['config'], scope?: vscode.Uri): Language;
}

type DocxApi = typeof Docx;

/** The Word reader, when this host has it (the desktop's core file; not VS Code for the Web). */
function loadDocx(): DocxApi | undefined {
  return (loadCore() as Core & { docx?: DocxApi }).docx;
}

export interface ImportOptions {
  /** `true`: replace an existing Markdown file without asking; `false`: never replace it. Default: ask. */
  overwrite?: boolean;
}

export type ImportResult =
  | { status: 'written'; target: vscode.Uri }
  /** The file exists and was left as it is (the user said no, or `overwrite: false`). */
  | { status: 'kept'; target: vscode.Uri }
  /** The Word file could not be read: why, in the user's language (shown as an error). */
  | { status: 'refused'; message: string }
  | { status: 'cancelled' };

/** What a Word file gave: the findings and converted text, or why it could not be read. */
type WordRead = { ok: true; findings: Docx.DocxLintResult['findings']; markdown: string } | { ok: false; message: string };

async function readAndLint(docx: DocxApi, uri: vscode.Uri, language: Language, config: Parameters<DocxApi['lintDocxBytes']>[1]['config']): Promise<WordRead> {
  const fileName = basenameOf(uri.path);
  let bytes: Uint8Array = new Uint8Array(0);
  let fileSize: number;
  try {
    fileSize = (await vscode.workspace.fs.stat(uri)).size;
    // A macro document or one past the limit is refused by its name or size: its bytes are never read.
    if (fileSize <= docx.MAX_DOCX_BYTES && !/\.docm$/i.test(fileName)) bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return { ok: false, message: t('The file could not be read.') };
  }
  const lint = (withConfig: boolean): Docx.DocxLintResult => docx.lintDocxBytes(bytes, { fileName, language, fileSize, ...(withConfig && config ? { config } : {}) });
  let result = lint(true);
  // A configuration that switches the reading rule off hides why; ask again without it.
  if (result.markdown === undefined && result.findings.length === 0) result = lint(false);
  if (result.markdown === undefined) {
    const problem = result.findings.find((finding) => finding.properties?.wordProblem !== undefined) ?? result.findings[0];
    return { ok: false, message: problem ? problem.message[language] : t('The file could not be read.') };
  }
  return { ok: true, findings: result.findings, markdown: result.markdown };
}

/** Whether a command argument is a Word file we may read (the explorer passes the file's Uri). */
function asWordUri(value: unknown): vscode.Uri | undefined {
  return value instanceof vscode.Uri ? value : undefined;
}

async function pickWordFile(title: string): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: true,
    canSelectFolders: false,
    canSelectMany: false,
    filters: { [t('Word documents')]: ['docx'] },
    openLabel: t('Choose'),
    title,
    ...(vscode.workspace.workspaceFolders?.[0] ? { defaultUri: vscode.workspace.workspaceFolders[0].uri } : {}),
  });
  return picked?.[0];
}

/** What the preview command returns: the panel and hooks for the extension-host tests. */
export interface WordPreviewHandle {
  word: vscode.Uri;
  panel: vscode.WebviewPanel;
  /** The model last shown (findings grouped). */
  model(): ReturnType<Core['wordImport']['buildWordPreview']>;
  /** The page's HTML last set, for checking its policy and text. */
  html(): string;
  /** How often the page was built: 1 when opened, +1 per change of the file on disk. */
  renders(): number;
  readonly rejected: readonly string[];
  /** Handles a message exactly as one from the webview (validated first). */
  receive(message: unknown): Promise<void>;
  /** Resolves when the page's script has run under its policy and said `ready`. */
  whenReady(): Promise<void>;
  /** Builds the page again from the file on disk (what a change on disk does). */
  refresh(): Promise<void>;
}

class WordPreviewPanel {
  readonly rejected: string[] = [];
  private model!: ReturnType<Core['wordImport']['buildWordPreview']>;
  private html = '';
  private renders = 0;
  private disposed = false;
  private readonly disposables: vscode.Disposable[] = [];
  private ready!: Promise<void>;
  private resolveReady!: () => void;
  private queue: Promise<void> = Promise.resolve();
  readonly handle: WordPreviewHandle;

  constructor(private readonly owner: WordCommands, readonly word: vscode.Uri, readonly panel: vscode.WebviewPanel) {
    this.resetReady();
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      panel.onDidDispose(() => this.dispose()),
    );
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(word, '..'), basenameOf(word.path)));
    this.disposables.push(
      watcher,
      watcher.onDidChange(() => void this.refresh()),
      watcher.onDidCreate(() => void this.refresh()),
    );
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    this.handle = {
      word,
      panel,
      model: () => self.model,
      html: () => self.html,
      renders: () => self.renders,
      rejected: this.rejected,
      receive: (message) => self.receive(message),
      whenReady: () => self.ready,
      refresh: () => self.refresh(),
    };
  }

  private resetReady(): void {
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
  }

  refresh(): Promise<void> {
    this.queue = this.queue.then(() => this.render()).catch((error: unknown) => console.error('inkooplint: Word preview', error));
    return this.queue;
  }

  private async render(): Promise<void> {
    const docx = loadDocx();
    if (!docx || this.disposed) return;
    const { config } = await this.owner.host.configs.forDocument(this.word);
    const language = this.owner.host.languageFor(config, this.word);
    useLanguage(language);
    const core = loadCore();
    const fileName = basenameOf(this.word.path);
    const read = await readAndLint(docx, this.word, language, config);
    // Closed while the file was being read (a change on disk may come in just then).
    if (this.disposed) return;
    this.model = read.ok
      ? core.wordImport.buildWordPreview({ fileName, findings: read.findings, markdown: read.markdown, language })
      : { fileName, problem: read.message, counts: { error: 0, warning: 0, info: 0 }, groups: [], ruleIds: [] };
    const webview = this.panel.webview;
    const { counts } = this.model;
    this.html = wordPreviewPage({
      model: this.model,
      cspSource: webview.cspSource,
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.owner.host.extensionUri, ...WEBVIEW_FOLDER, WORD_PREVIEW_STYLE)).toString(),
      nonce: makeNonce(),
      language,
      state: { word: this.word.toString() },
      labels: {
        pageTitle: t('Findings in {0}', fileName),
        readOnlyNote: t('Read-only preview of the Word file: nothing is converted or changed. The list follows the file when it is saved again.'),
        importButton: t('Import as Markdown contract'),
        summary: t('Errors: {0} · warnings: {1} · notes: {2}', counts.error, counts.warning, counts.info),
        noFindings: t('Inkooplint found nothing to report in this Word file.'),
        problemHeading: t('This file cannot be read'),
        trackedGroup: t('Tracked changes'),
        documentGroup: t('The document as a whole'),
        severity: { error: t('Error'), warning: t('Warning'), info: t('Note') },
        ruleDocs: t('Open the documentation of this rule'),
      },
    });
    this.panel.title = t('Findings: {0}', fileName);
    this.resetReady();
    this.panel.webview.html = this.html;
    this.renders++;
  }

  async receive(raw: unknown): Promise<void> {
    const parsed = parseWordPreviewMessage(raw, new Set(this.model?.ruleIds ?? []));
    if (!parsed.ok) {
      this.rejected.push(parsed.error);
      console.warn(`inkooplint: Word preview message refused (${parsed.error})`);
      return;
    }
    const message = parsed.message;
    if (message.type === 'ready') this.resolveReady();
    else if (message.type === 'import') await vscode.commands.executeCommand(WORD_COMMANDS.import, this.word);
    else await vscode.commands.executeCommand('inkooplint.openRuleDocumentation', message.ruleId);
  }

  dispose(): void {
    this.disposed = true;
    this.owner.forget(this);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

export class WordCommands implements vscode.Disposable {
  private readonly previews = new Map<string, WordPreviewPanel>();
  private readonly io: ChecklistIo;

  constructor(readonly host: WordHost) {
    this.io = new ChecklistIo(host.extensionUri, () => loadCore().checklist);
  }

  private async uiLanguage(uri?: vscode.Uri): Promise<Language> {
    const { config } = uri ? await this.host.configs.forDocument(uri) : await this.host.configs.forWorkspace();
    const language = this.host.languageFor(config, uri);
    useLanguage(language);
    return language;
  }

  private noWordReader(): void {
    void vscode.window.showErrorMessage(t('Inkooplint: Word files can be read in VS Code on the desktop only, not in VS Code for the Web.'));
  }

  /** Converts a Word contract into an `.overeenkomst.md` beside it, and opens that. */
  async importWord(argument?: unknown, options: ImportOptions = {}): Promise<ImportResult> {
    await this.uiLanguage();
    const word = asWordUri(argument) ?? await pickWordFile(t('Import Word contract'));
    if (!word) return { status: 'cancelled' };
    const language = await this.uiLanguage(word);
    const docx = loadDocx();
    if (!docx) {
      this.noWordReader();
      return { status: 'refused', message: 'no Word reader in this host' };
    }
    const fileName = basenameOf(word.path);
    const read = await readAndLint(docx, word, language, undefined);
    if (!read.ok) {
      const message = t('Inkooplint cannot import {0}: {1} Nothing was written.', fileName, read.message);
      void vscode.window.showErrorMessage(message);
      return { status: 'refused', message };
    }
    const core = loadCore();
    const target = vscode.Uri.joinPath(word, '..', core.wordImport.importTargetName(fileName));
    const text = core.wordImport.importedMarkdown(read.markdown, fileName);
    if (await uriExists(target)) {
      if (options.overwrite !== true) {
        const replace = t('Replace');
        const answer = options.overwrite === false
          ? undefined
          : await vscode.window.showWarningMessage(
            t('{0} already exists. Replace it with the text of {1}?', basenameOf(target.path), fileName),
            { modal: true, detail: t('The current file and any changes made in it will be lost.') },
            replace,
          );
        if (answer !== replace) return { status: 'kept', target };
      }
    }
    try {
      await this.io.writeAtomic(target, text);
    } catch (error) {
      const message = t('Inkooplint could not write {0}: {1}', basenameOf(target.path), error instanceof Error ? error.message : String(error));
      void vscode.window.showErrorMessage(message);
      return { status: 'refused', message };
    }
    const document = await vscode.workspace.openTextDocument(target);
    await vscode.window.showTextDocument(document, { preview: false });
    return { status: 'written', target };
  }

  /** Shows the findings in a Word file, without converting it; one panel per file (again: focused and refreshed). */
  async preview(argument?: unknown): Promise<WordPreviewHandle | undefined> {
    await this.uiLanguage();
    const word = asWordUri(argument) ?? await pickWordFile(t('Preview Word contract findings'));
    if (!word) return undefined;
    await this.uiLanguage(word);
    if (!loadDocx()) {
      this.noWordReader();
      return undefined;
    }
    const key = word.toString();
    let preview = this.previews.get(key);
    if (!preview) {
      const panel = vscode.window.createWebviewPanel(WORD_PREVIEW_VIEW_TYPE, t('Findings: {0}', basenameOf(word.path)), { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, {
        ...this.webviewOptions(),
        enableFindWidget: true,
      });
      preview = new WordPreviewPanel(this, word, panel);
      this.previews.set(key, preview);
    } else {
      preview.panel.reveal(undefined, false);
    }
    await preview.refresh();
    return preview.handle;
  }

  private webviewOptions(): vscode.WebviewOptions {
    return { enableScripts: true, enableCommandUris: false, enableForms: false, localResourceRoots: [vscode.Uri.joinPath(this.host.extensionUri, ...WEBVIEW_FOLDER)] };
  }

  /**
   * A preview panel VS Code brings back after a reload: filled again for the Word file its state
   * names, when that is a file in the workspace that still exists; closed otherwise.
   */
  async restorePreview(panel: vscode.WebviewPanel, state: unknown): Promise<WordPreviewHandle | undefined> {
    const written = wordOfPreviewState(state);
    let word: vscode.Uri | undefined;
    try {
      word = written === undefined ? undefined : vscode.Uri.parse(written, true);
    } catch {
      word = undefined;
    }
    if (!word || !vscode.workspace.getWorkspaceFolder(word) || this.previews.has(word.toString()) || !loadDocx() || !(await uriExists(word))) {
      panel.dispose();
      return undefined;
    }
    await this.uiLanguage(word);
    panel.webview.options = this.webviewOptions();
    const preview = new WordPreviewPanel(this, word, panel);
    this.previews.set(word.toString(), preview);
    await preview.refresh();
    return preview.handle;
  }

  forget(preview: WordPreviewPanel): void {
    if (this.previews.get(preview.word.toString()) === preview) this.previews.delete(preview.word.toString());
  }

  dispose(): void {
    for (const preview of [...this.previews.values()]) preview.panel.dispose();
  }
}

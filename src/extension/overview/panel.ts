/**
 * The algorithm overview in a webview panel: the page the CLI writes (the core's HTML renderer),
 * with the checklist's security rules (strict CSP, nonce'd inline style and script only, no
 * resource roots, no command URIs, every message checked). Links open the declaration or contract
 * in the editor, through an `open` message whose path must be one of the links the page was given.
 * The page can be saved as HTML, Markdown or (on the desktop) a Word document; an existing file is
 * replaced only when the user says so.
 */
import * as vscode from 'vscode';
import type { Language } from '../../core/finding';
import type { OverviewModel } from '../../core/overview';
import { makeNonce } from '../checklist/html';
import { loadCore } from '../coreLoader';
import { documentLanguage, type Linter } from '../linter';
import { t, useLanguage } from '../l10n';
import { uriExists } from '../uriExists';
import { basenameOf, dirnameOf } from '../logic/paths';
import { ChecklistIo } from '../checklist/io';
import { canWriteDocx, loadReportDocx } from '../reportDocx';
import { collectWorkspace, overviewInputs, type CollectedWorkspace } from './collect';
import { OVERVIEW_VIEW_TYPE, overviewFileName, overviewWebviewPage, parseOverviewMessage, relativeHref, type OverviewFormat } from './page';

declare const INKOOPLINT_VERSION: string;

export const OVERVIEW_COMMANDS = {
  open: 'inkooplint.openOverview',
  save: 'inkooplint.saveOverview',
} as const;

/** What the open command returns: the panel and hooks for the extension-host tests. */
export interface OverviewHandle {
  panel: vscode.WebviewPanel;
  language: Language;
  /** The numbers and rows shown. */
  model: OverviewModel;
  /** The core's page as rendered for the panel (before the policy and the toolbar were added). */
  pageHtml: string;
  /** The webview's HTML, for checking its policy. */
  html: string;
  /** The links in the page that an `open` message may name, with the file each opens. */
  links: ReadonlyMap<string, vscode.Uri>;
  /** Errors of messages from the webview that failed the checks. */
  readonly rejected: readonly string[];
  /** Files opened from the page, in order. */
  readonly opened: readonly vscode.Uri[];
  /** Handles a message exactly as one from the webview (validated first). */
  receive(message: unknown): Promise<void>;
  /** Milliseconds from the command to the page set in the panel. */
  ms: number;
  /** Resolves with the milliseconds from the command when the page's script has run (under its policy) and said `ready`. */
  whenReady(): Promise<number>;
}

export interface SaveOptions {
  /** `true`: replace an existing file without asking; `false`: never replace it. Default: ask. */
  overwrite?: boolean;
}

const version = (): string => (typeof INKOOPLINT_VERSION === 'string' ? INKOOPLINT_VERSION : 'dev');

export class OverviewPanels implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private collected: CollectedWorkspace | undefined;
  private links = new Map<string, vscode.Uri>();
  private readonly rejected: string[] = [];
  private readonly opened: vscode.Uri[] = [];
  private handle: OverviewHandle | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** Resolves the current page's `ready`. */
  private ready: ((value: number) => void) | undefined;

  constructor(private readonly linter: Linter, private readonly extensionUri?: vscode.Uri) {}

  private get docxAvailable(): boolean {
    return this.extensionUri !== undefined && canWriteDocx(this.extensionUri);
  }

  private async uiLanguage(): Promise<Language> {
    const language = documentLanguage((await this.linter.configs.forWorkspace()).config);
    useLanguage(language);
    return language;
  }

  /** Builds the overview of the workspace and shows it (in the open panel, or a new one). */
  async open(): Promise<OverviewHandle | undefined> {
    const started = performance.now();
    const language = await this.uiLanguage();
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage(t('Inkooplint: open a folder with algorithm declarations first.'));
      return undefined;
    }
    const collected = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: t('Inkooplint: making the algorithm overview'), cancellable: false },
      () => collectWorkspace(this.linter),
    );
    if (collected.declarations.length === 0) {
      void vscode.window.showInformationMessage(t('Inkooplint: the workspace has no algorithm declarations.'));
      return undefined;
    }
    this.collected = collected;
    const core = loadCore();
    const links = new Map<string, vscode.Uri>();
    const root = collected.root;
    const hrefOf = (uri: vscode.Uri): string | undefined => {
      if (!root || uri.scheme !== root.scheme || uri.authority !== root.authority || !vscode.workspace.getWorkspaceFolder(uri)) return undefined;
      const href = relativeHref(root.path, uri.path);
      links.set(href, uri);
      return href;
    };
    const model = core.overview.buildOverview(overviewInputs(core, collected, hrefOf));
    const pageHtml = core.overview.renderOverviewHtml(model, { language, toolVersion: version() });
    const html = overviewWebviewPage({
      html: pageHtml,
      nonce: makeNonce(),
      labels: { toolbar: t('Save the overview'), saveHtml: t('Save as HTML'), saveMarkdown: t('Save as Markdown'), ...(this.docxAvailable ? { saveDocx: t('Save as Word document') } : {}) },
    });
    this.links = links;
    const ready = new Promise<number>((resolve) => (this.ready = (now) => resolve(Math.round((now - started) * 10) / 10)));
    const panel = this.panel ?? this.createPanel();
    panel.title = t('Algorithm overview');
    panel.webview.html = html;
    panel.reveal(undefined, false);
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    this.handle = {
      panel,
      language,
      model,
      pageHtml,
      html,
      links,
      rejected: this.rejected,
      opened: this.opened,
      receive: (message) => self.receive(message),
      ms: Math.round((performance.now() - started) * 10) / 10,
      whenReady: () => ready,
    };
    return this.handle;
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(OVERVIEW_VIEW_TYPE, t('Algorithm overview'), { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, {
      enableScripts: true,
      enableCommandUris: false,
      enableForms: false,
      enableFindWidget: true,
      localResourceRoots: [],
    });
    this.panel = panel;
    const subscriptions = [
      panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      panel.onDidDispose(() => {
        if (this.panel === panel) {
          this.panel = undefined;
          this.handle = undefined;
        }
        subscriptions.forEach((subscription) => subscription.dispose());
      }),
    ];
    return panel;
  }

  /** The panel's current handle (for the tests). */
  current(): OverviewHandle | undefined {
    return this.handle;
  }

  async receive(raw: unknown): Promise<void> {
    const parsed = parseOverviewMessage(raw, new Set(this.links.keys()));
    if (!parsed.ok) {
      this.rejected.push(parsed.error);
      console.warn(`inkooplint: overview message refused (${parsed.error})`);
      return;
    }
    const message = parsed.message;
    if (message.type === 'ready') {
      this.ready?.(performance.now());
      return;
    }
    if (message.type === 'save') {
      await this.save(message.format);
      return;
    }
    const uri = this.links.get(message.path);
    // Known links only, and still inside the workspace (a folder may have been removed meanwhile).
    if (!uri || !vscode.workspace.getWorkspaceFolder(uri)) {
      this.rejected.push('path is not inside the workspace');
      return;
    }
    this.opened.push(uri);
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    } catch {
      void vscode.window.showWarningMessage(t('Inkooplint: {0} could not be opened.', vscode.workspace.asRelativePath(uri)));
    }
  }

  /**
   * Saves the overview as HTML or Markdown: to `target`, else where the user picks (a save dialog
   * that starts beside the workspace root). Links in the saved file are relative to its folder.
   */
  async save(format?: OverviewFormat, target?: vscode.Uri, options: SaveOptions = {}): Promise<vscode.Uri | undefined> {
    const language = await this.uiLanguage();
    if (!this.collected) {
      const opened = await this.open();
      if (!opened || !this.collected) return undefined;
    }
    if (format === 'docx' && !this.docxAvailable) {
      void vscode.window.showWarningMessage(t('Inkooplint: saving as a Word document needs VS Code on the desktop; save the report as HTML or Markdown instead.'));
      return undefined;
    }
    if (format !== 'html' && format !== 'markdown' && format !== 'docx') {
      const choices: Array<{ label: string; format: OverviewFormat }> = [{ label: t('Save as HTML'), format: 'html' }, { label: t('Save as Markdown'), format: 'markdown' }];
      if (this.docxAvailable) choices.push({ label: t('Save as Word document'), format: 'docx' });
      const picked = await vscode.window.showQuickPick(
        choices,
        { placeHolder: t('Save the overview') },
      );
      if (!picked) return undefined;
      format = picked.format;
    }
    const collected = this.collected;
    let fromDialog = false;
    if (!target) {
      const root = collected.root;
      const name = overviewFileName(language, format);
      target = await vscode.window.showSaveDialog({
        ...(root ? { defaultUri: vscode.Uri.joinPath(root, name) } : {}),
        filters: format === 'html' ? { HTML: ['html', 'htm'] } : format === 'docx' ? { Word: ['docx'] } : { Markdown: ['md', 'markdown'] },
        saveLabel: t('Save'),
        title: t('Save the overview'),
      });
      if (!target) return undefined;
      fromDialog = true;
    }
    if (await uriExists(target)) {
      // The save dialog has asked already; otherwise ask now (or follow `overwrite`).
      if (options.overwrite === false) return undefined;
      if (!fromDialog && options.overwrite !== true) {
        const replace = t('Replace');
        const answer = await vscode.window.showWarningMessage(t('{0} already exists. Replace it?', basenameOf(target.path)), { modal: true }, replace);
        if (answer !== replace) return undefined;
      }
    }
    const core = loadCore();
    const folder = dirnameOf(target.path);
    const destination = target;
    const hrefOf = (uri: vscode.Uri): string | undefined => (uri.scheme === destination.scheme && uri.authority === destination.authority ? relativeHref(folder, uri.path) : undefined);
    const model = core.overview.buildOverview(overviewInputs(core, collected, hrefOf));
    const renderOptions = { language, toolVersion: version() };
    const docx = format === 'docx' && this.extensionUri ? loadReportDocx(this.extensionUri) : undefined;
    if (format === 'docx') {
      if (!docx || !this.extensionUri) {
        void vscode.window.showWarningMessage(t('Inkooplint: saving as a Word document needs VS Code on the desktop; save the report as HTML or Markdown instead.'));
        return undefined;
      }
      // Written as a whole or not at all (temp file, fsync, rename), as the checklist's reports are.
      await new ChecklistIo(this.extensionUri, () => core.checklist).writeAtomic(target, await docx.renderOverviewDocx(model, renderOptions));
    } else {
      const text = format === 'html' ? core.overview.renderOverviewHtml(model, renderOptions) : core.overview.renderOverviewMarkdown(model, renderOptions);
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    }
    const open = t('Open');
    void vscode.window.showInformationMessage(t('Inkooplint: overview saved as {0}.', vscode.workspace.asRelativePath(target)), open).then((answer) => {
      if (answer === open) void vscode.commands.executeCommand('vscode.open', destination);
    });
    return target;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** Registers the overview commands; returns the panels (for the extension's API and the tests). */
export function registerOverview(context: vscode.ExtensionContext, linter: Linter): OverviewPanels {
  const panels = new OverviewPanels(linter, context.extensionUri);
  context.subscriptions.push(
    panels,
    vscode.commands.registerCommand(OVERVIEW_COMMANDS.open, () => panels.open()),
    vscode.commands.registerCommand(OVERVIEW_COMMANDS.save, (format?: unknown, target?: unknown, options?: SaveOptions) =>
      panels.save(format === 'html' || format === 'markdown' || format === 'docx' ? format : undefined, target instanceof vscode.Uri ? target : undefined, options ?? {})),
  );
  return panels;
}

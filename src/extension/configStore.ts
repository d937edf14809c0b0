/**
 * Finds and reads `.inkooplint.yaml` for a document, through `vscode.workspace.fs` only (so that
 * the web build works): the `inkooplint.configFile` setting when set, else the nearest
 * `.inkooplint.yaml` from the document's folder up to its workspace folder. An open, edited
 * configuration file counts with its unsaved text, so changes apply while typing.
 * Problems in a configuration file become diagnostics on that file.
 */
import * as vscode from 'vscode';
import type { InkooplintConfig } from '../core/config/config';
import type { Language } from '../core/finding';
import { loadCore } from './coreLoader';
import { basenameOf, dirnameOf, foldersUpTo, isAbsolutePath } from './logic/paths';

export const CONFIG_FILE_NAME = '.inkooplint.yaml';

export interface LoadedConfig {
  config: InkooplintConfig | undefined;
  /** Undefined for the defaults. */
  file?: vscode.Uri;
}

export class ConfigStore implements vscode.Disposable {
  private readonly parsed = new Map<string, Promise<InkooplintConfig | undefined>>();
  private readonly nearest = new Map<string, Promise<vscode.Uri | undefined>>();
  private readonly problems = vscode.languages.createDiagnosticCollection('inkooplint-config');
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.problems, this.changed];
  private configFileWatcher: vscode.Disposable | undefined;
  /** Fires when a configuration file appears, changes or goes away. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly languageFor: (config: InkooplintConfig | undefined) => Language) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    this.disposables.push(watcher, watcher.onDidCreate(() => this.reset()), watcher.onDidChange(() => this.reset()), watcher.onDidDelete(() => this.reset()));
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && this.isConfigDocument(event.document.uri)) this.reset();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.isConfigDocument(document.uri) && document.isDirty) this.reset();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('inkooplint.configFile')) {
          this.watchConfigFile();
          this.reset();
        }
      }),
    );
    this.watchConfigFile();
  }

  /** Forgets everything read, and tells the linter to lint again. */
  reset(): void {
    this.parsed.clear();
    this.nearest.clear();
    this.problems.clear();
    this.changed.fire();
  }

  private isConfigDocument(uri: vscode.Uri): boolean {
    if (basenameOf(uri.path) === CONFIG_FILE_NAME) return true;
    const explicit = this.explicitFile(uri);
    return explicit !== undefined && explicit.toString() === uri.toString();
  }

  /** The `inkooplint.configFile` setting for a document, as a URI; undefined when unset. */
  explicitFile(uri: vscode.Uri | undefined): vscode.Uri | undefined {
    const setting = vscode.workspace.getConfiguration('inkooplint', uri).get<string>('configFile', '').trim();
    if (!setting) return undefined;
    if (isAbsolutePath(setting)) return vscode.Uri.file(setting);
    const folder = (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, setting) : undefined;
  }

  private watchConfigFile(): void {
    this.configFileWatcher?.dispose();
    this.configFileWatcher = undefined;
    const file = this.explicitFile(undefined);
    if (!file) return;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(file.with({ path: dirnameOf(file.path) }), basenameOf(file.path)));
    const subscriptions = [watcher, watcher.onDidCreate(() => this.reset()), watcher.onDidChange(() => this.reset()), watcher.onDidDelete(() => this.reset())];
    this.configFileWatcher = vscode.Disposable.from(...subscriptions);
  }

  async forDocument(uri: vscode.Uri): Promise<LoadedConfig> {
    const explicit = this.explicitFile(uri);
    if (explicit) return { config: await this.read(explicit), file: explicit };
    if (uri.scheme === 'untitled') return { config: undefined };
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const directory = dirnameOf(uri.path);
    const file = await this.nearestFile(uri, directory, folder?.uri.path);
    return file ? { config: await this.read(file), file } : { config: undefined };
  }

  /** The configuration of the first workspace folder, for text that belongs to no document. */
  async forWorkspace(): Promise<LoadedConfig> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const explicit = this.explicitFile(folder?.uri);
    if (explicit) return { config: await this.read(explicit), file: explicit };
    if (!folder) return { config: undefined };
    const file = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
    return (await this.exists(file)) ? { config: await this.read(file), file } : { config: undefined };
  }

  private nearestFile(uri: vscode.Uri, directory: string, root: string | undefined): Promise<vscode.Uri | undefined> {
    const key = uri.with({ path: directory }).toString();
    let found = this.nearest.get(key);
    if (!found) {
      found = (async () => {
        for (const folder of foldersUpTo(directory, root)) {
          const candidate = uri.with({ path: `${folder === '/' ? '' : folder}/${CONFIG_FILE_NAME}`, query: '', fragment: '' });
          if (await this.exists(candidate)) return candidate;
        }
        return undefined;
      })();
      this.nearest.set(key, found);
    }
    return found;
  }

  private async exists(uri: vscode.Uri): Promise<boolean> {
    if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString())) return true;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      return (stat.type & vscode.FileType.File) !== 0;
    } catch {
      return false;
    }
  }

  private read(uri: vscode.Uri): Promise<InkooplintConfig | undefined> {
    const key = uri.toString();
    let parsed = this.parsed.get(key);
    if (!parsed) {
      parsed = this.readAndParse(uri);
      this.parsed.set(key, parsed);
    }
    return parsed;
  }

  private async readAndParse(uri: vscode.Uri): Promise<InkooplintConfig | undefined> {
    let text: string;
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (open) {
      text = open.getText();
    } else {
      try {
        text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        return undefined; // a configured file that is not there: the defaults apply
      }
    }
    const core = loadCore();
    let parsed: ReturnType<typeof core.parseConfig>;
    try {
      parsed = core.parseConfig(text, core.allRuleMetas());
    } catch (error) {
      console.error('inkooplint: could not read the configuration', uri.toString(), error);
      return undefined;
    }
    const { config, problems } = parsed;
    const language = this.languageFor(config);
    const lines = new core.LineIndex(text);
    this.problems.set(uri, problems.map((problem) => {
      const range = lines.rangeAt(problem.offset[0], problem.offset[1]);
      const diagnostic = new vscode.Diagnostic(
        new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character),
        problem.message[language],
        vscode.DiagnosticSeverity.Error,
      );
      diagnostic.source = 'inkooplint';
      diagnostic.code = 'config';
      return diagnostic;
    }));
    return config;
  }

  dispose(): void {
    this.configFileWatcher?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/**
 * Just enough of the `vscode` API to load the built extension (dist/extension.js) in plain Node
 * and drive it: for the unit suite, which cannot start VS Code. What it checks here (activation
 * stays light, diagnostics carry the right code and link, close clears, code actions) the real
 * VS Code suite under test/vscode/ checks again in a real extension host.
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';

type Listener<T> = (value: T) => unknown;

export class EventEmitter<T> {
  private listeners: Array<Listener<T>> = [];
  event = (listener: Listener<T>): { dispose(): void } => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Uri {
  constructor(readonly scheme: string, readonly authority: string, readonly path: string, readonly query = '', readonly fragment = '') {}
  static file(fsPath: string): Uri {
    return new Uri('file', '', fsPath.split(path.sep).join('/'));
  }
  static from(parts: { scheme: string; path?: string; authority?: string }): Uri {
    return new Uri(parts.scheme, parts.authority ?? '', parts.path ?? '');
  }
  static parse(value: string): Uri {
    const match = /^([a-z-]+):(?:\/\/([^/]*))?(.*)$/.exec(value)!;
    return new Uri(match[1], match[2] ?? '', match[3]);
  }
  static joinPath(base: Uri, ...segments: string[]): Uri {
    return base.with({ path: path.posix.join(base.path, ...segments) });
  }
  get fsPath(): string {
    return this.path;
  }
  with(change: { scheme?: string; path?: string; query?: string; fragment?: string; authority?: string }): Uri {
    return new Uri(change.scheme ?? this.scheme, change.authority ?? this.authority, change.path ?? this.path, change.query ?? this.query, change.fragment ?? this.fragment);
  }
  toString(): string {
    return `${this.scheme}://${this.authority}${this.path}`;
  }
}

export class Position {
  constructor(readonly line: number, readonly character: number) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: number | Position, b: number | Position, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c!, d!) : (b as Position);
  }
}

export class Diagnostic {
  source?: string;
  code?: unknown;
  constructor(readonly range: Range, readonly message: string, readonly severity: number) {}
}

export class CodeActionKind {
  static readonly Empty = new CodeActionKind('');
  static readonly QuickFix = new CodeActionKind('quickfix');
  static readonly Source = new CodeActionKind('source');
  static readonly SourceFixAll = new CodeActionKind('source.fixAll');
  constructor(readonly value: string) {}
  append(part: string): CodeActionKind {
    return new CodeActionKind(this.value ? `${this.value}.${part}` : part);
  }
  contains(other: CodeActionKind): boolean {
    return this.value === other.value || other.value.startsWith(`${this.value}.`);
  }
  intersects(other: CodeActionKind): boolean {
    return this.contains(other) || other.contains(this);
  }
}

export class CodeAction {
  edit?: WorkspaceEdit;
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  command?: { command: string; arguments?: unknown[] };
  constructor(readonly title: string, readonly kind?: CodeActionKind) {}
}

export class WorkspaceEdit {
  readonly edits: Array<{ uri: Uri; range: Range; newText: string }> = [];
  replace(uri: Uri, range: Range, newText: string): void {
    this.edits.push({ uri, range, newText });
  }
}

export class MarkdownString {
  constructor(readonly value: string) {}
}

export class Hover {
  constructor(readonly contents: MarkdownString[], readonly range?: Range) {}
}

export class SnippetString {
  constructor(readonly value: string) {}
}

export class RelativePattern {
  constructor(readonly base: Uri, readonly pattern: string) {}
}

export class Disposable {
  constructor(private readonly run: () => void) {}
  static from(...items: Array<{ dispose(): unknown }>): Disposable {
    return new Disposable(() => items.forEach((item) => item.dispose()));
  }
  dispose(): void {
    this.run();
  }
}

export class FakeDocument {
  version = 1;
  isClosed = false;
  isDirty = false;
  constructor(readonly uri: Uri, public languageId: string, private text: string) {}
  get fileName(): string {
    return this.uri.path;
  }
  getText(): string {
    return this.text;
  }
  setText(text: string): void {
    this.text = text;
    this.version++;
  }
  offsetAt(position: Position): number {
    const lines = this.text.split('\n');
    let offset = 0;
    for (let i = 0; i < position.line; i++) offset += lines[i].length + 1;
    return offset + position.character;
  }
  positionAt(offset: number): Position {
    const before = this.text.slice(0, offset).split('\n');
    return new Position(before.length - 1, before[before.length - 1].length);
  }
}

class DiagnosticCollection {
  readonly entries = new Map<string, { uri: Uri; diagnostics: Diagnostic[] }>();
  constructor(readonly name: string) {}
  set(uri: Uri, diagnostics: Diagnostic[]): void {
    this.entries.set(uri.toString(), { uri, diagnostics });
  }
  get(uri: Uri): Diagnostic[] | undefined {
    return this.entries.get(uri.toString())?.diagnostics;
  }
  has(uri: Uri): boolean {
    return this.entries.has(uri.toString());
  }
  delete(uri: Uri): void {
    this.entries.delete(uri.toString());
  }
  clear(): void {
    this.entries.clear();
  }
  forEach(callback: (uri: Uri, diagnostics: Diagnostic[]) => void): void {
    for (const { uri, diagnostics } of [...this.entries.values()]) callback(uri, diagnostics);
  }
  dispose(): void {
    this.entries.clear();
  }
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

export function createFakeVscode(workspaceRoot: string, settings: Record<string, unknown> = {}) {
  const onDidOpenTextDocument = new EventEmitter<FakeDocument>();
  const onDidCloseTextDocument = new EventEmitter<FakeDocument>();
  const onDidChangeTextDocument = new EventEmitter<{ document: FakeDocument; contentChanges: unknown[] }>();
  const onDidSaveTextDocument = new EventEmitter<FakeDocument>();
  const onDidChangeConfiguration = new EventEmitter<{ affectsConfiguration(section: string): boolean }>();
  const collections: DiagnosticCollection[] = [];
  const codeActionProviders: Array<{ provideCodeActions: (...args: unknown[]) => CodeAction[] }> = [];
  const hoverProviders: Array<{ provideHover: (...args: unknown[]) => Hover | undefined }> = [];
  const commands = new Map<string, (...args: unknown[]) => unknown>();
  const textDocuments: FakeDocument[] = [];
  const folder = { uri: Uri.file(workspaceRoot), name: 'ws', index: 0 };
  const onDidRenameFiles = new EventEmitter<{ files: Array<{ oldUri: Uri; newUri: Uri }> }>();
  const onDidDeleteFiles = new EventEmitter<{ files: Uri[] }>();
  const noEvent = () => ({ dispose() {} });
  /** File system watchers: a glob string matches our file names or `.inkooplint.yaml` by name; a RelativePattern, its one file. */
  const watchers: Array<{ matches(uri: Uri): boolean; create: EventEmitter<Uri>; change: EventEmitter<Uri>; delete: EventEmitter<Uri> }> = [];
  const ourName = /\.(?:overeenkomst|contract)\.md$|\.(?:algoritme|algorithm)\.(?:ya?ml|json)$/;
  const watcher = (pattern: string | RelativePattern) => {
    const matches = (uri: Uri): boolean => {
      if (typeof pattern !== 'string') return uri.path === path.posix.join(pattern.base.path, pattern.pattern);
      if (pattern.includes('.inkooplint.yaml')) return uri.path.endsWith('/.inkooplint.yaml');
      return ourName.test(uri.path);
    };
    const entry = { matches, create: new EventEmitter<Uri>(), change: new EventEmitter<Uri>(), delete: new EventEmitter<Uri>() };
    watchers.push(entry);
    return { onDidCreate: entry.create.event, onDidChange: entry.change.event, onDidDelete: entry.delete.event, dispose() {} };
  };
  const quickPicks: Array<{ items: Array<{ label: string; description?: string }>; options: unknown }> = [];
  const applied: WorkspaceEdit[] = [];
  let quickPickAnswer: (items: Array<{ label: string; description?: string }>) => unknown = () => undefined;

  const api = {
    Uri, Position, Range, Diagnostic, CodeActionKind, CodeAction, WorkspaceEdit, MarkdownString, Hover, SnippetString, RelativePattern, Disposable, EventEmitter,
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    FileType: { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    env: { language: 'nl' },
    languages: {
      createDiagnosticCollection: (name: string) => {
        const collection = new DiagnosticCollection(name);
        collections.push(collection);
        return collection;
      },
      registerCodeActionsProvider: (_selector: unknown, provider: (typeof codeActionProviders)[number]) => (codeActionProviders.push(provider), { dispose() {} }),
      registerHoverProvider: (_selector: unknown, provider: (typeof hoverProviders)[number]) => (hoverProviders.push(provider), { dispose() {} }),
      registerCompletionItemProvider: () => ({ dispose() {} }),
      match: () => 0,
      setTextDocumentLanguage: async (document: FakeDocument, languageId: string) => ((document.languageId = languageId), document),
    },
    workspace: {
      workspaceFolders: [folder],
      textDocuments,
      getWorkspaceFolder: (uri: Uri) => (uri.path.startsWith(folder.uri.path) ? folder : undefined),
      getConfiguration: (section: string) => ({ get: (key: string, fallback?: unknown) => settings[`${section}.${key}`] ?? fallback }),
      createFileSystemWatcher: watcher,
      onDidOpenTextDocument: onDidOpenTextDocument.event,
      onDidCloseTextDocument: onDidCloseTextDocument.event,
      onDidChangeTextDocument: onDidChangeTextDocument.event,
      onDidSaveTextDocument: onDidSaveTextDocument.event,
      onDidChangeConfiguration: onDidChangeConfiguration.event,
      onDidDeleteFiles: onDidDeleteFiles.event,
      onDidRenameFiles: onDidRenameFiles.event,
      onDidChangeWorkspaceFolders: noEvent,
      openTextDocument: async (uri: Uri) => textDocuments.find((document) => document.uri.toString() === uri.toString()) ?? new FakeDocument(uri, 'plaintext', readFileSync(uri.path, 'utf8')),
      findFiles: async (pattern: string) => (pattern.includes('overeenkomst') ? walk(workspaceRoot).filter((file) => /\.(?:overeenkomst|contract)\.md$|\.(?:algoritme|algorithm)\.(?:ya?ml|json)$/.test(file)).map((file) => Uri.file(file)) : []),
      fs: {
        readFile: async (uri: Uri) => new Uint8Array(readFileSync(uri.path)),
        stat: async (uri: Uri) => {
          const stats = statSync(uri.path);
          return { type: stats.isDirectory() ? 2 : 1, size: stats.size };
        },
        readDirectory: async (uri: Uri) => readdirSync(uri.path).map((name) => [name, 1]),
      },
      applyEdit: async (edit: WorkspaceEdit) => {
        applied.push(edit);
        for (const document of textDocuments) {
          const edits = edit.edits.filter((change) => change.uri.toString() === document.uri.toString());
          if (edits.length === 0) continue;
          let text = document.getText();
          for (const change of [...edits].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start))) {
            text = text.slice(0, document.offsetAt(change.range.start)) + change.newText + text.slice(document.offsetAt(change.range.end));
          }
          document.setText(text);
          onDidChangeTextDocument.fire({ document, contentChanges: [{}] });
        }
        return true;
      },
    },
    window: {
      activeTextEditor: undefined,
      onDidChangeActiveTextEditor: noEvent,
      createStatusBarItem: () => ({ text: '', tooltip: '', visible: false, show() { this.visible = true; }, hide() { this.visible = false; }, dispose() {} }),
      withProgress: (_options: unknown, task: () => unknown) => task(),
      showInformationMessage: async () => undefined,
      showQuickPick: async (items: Array<{ label: string; description?: string }>, options: unknown) => {
        quickPicks.push({ items, options });
        return quickPickAnswer(items);
      },
      setStatusBarMessage: () => ({ dispose() {} }),
    },
    commands: {
      registerCommand: (id: string, run: (...args: unknown[]) => unknown) => (commands.set(id, run), { dispose() {} }),
      executeCommand: async (id: string, ...args: unknown[]) => commands.get(id)?.(...args),
    },
  };

  const control = {
    api,
    collections,
    codeActionProviders,
    hoverProviders,
    commands,
    diagnostics: (uri: Uri) => collections.find((c) => c.name === 'inkooplint')?.get(uri),
    open(file: string, languageId: string): FakeDocument {
      const document = new FakeDocument(Uri.file(file), languageId, readFileSync(file, 'utf8'));
      textDocuments.push(document);
      onDidOpenTextDocument.fire(document);
      return document;
    },
    change(document: FakeDocument, text: string): void {
      document.setText(text);
      onDidChangeTextDocument.fire({ document, contentChanges: [{}] });
    },
    close(document: FakeDocument): void {
      textDocuments.splice(textDocuments.indexOf(document), 1);
      document.isClosed = true;
      onDidCloseTextDocument.fire(document);
    },
    quickPicks,
    applied,
    answerQuickPick(answer: (items: Array<{ label: string; description?: string }>) => unknown): void {
      quickPickAnswer = answer;
    },
    /** Tells the watchers that a file was created, changed or deleted (the test changes the disk itself). */
    fileEvent(kind: 'create' | 'change' | 'delete', file: string): void {
      const uri = Uri.file(file);
      for (const entry of watchers) if (entry.matches(uri)) entry[kind].fire(uri);
    },
    /** Renames a file on disk as VS Code's explorer would: the rename event, and the watchers' delete and create. */
    rename(from: string, to: string): void {
      renameSync(from, to);
      onDidRenameFiles.fire({ files: [{ oldUri: Uri.file(from), newUri: Uri.file(to) }] });
      control.fileEvent('delete', from);
      control.fileEvent('create', to);
    },
    deleteFiles(files: string[]): void {
      onDidDeleteFiles.fire({ files: files.map((file) => Uri.file(file)) });
    },
    changeSettings(changes: Record<string, unknown>): void {
      Object.assign(settings, changes);
      onDidChangeConfiguration.fire({ affectsConfiguration: (section: string) => Object.keys(changes).some((key) => key.startsWith(section)) });
    },
  };
  return control;
}

/** Makes `require('vscode')` return the fake while `load` runs; returns what `load` returned. */
export function withFakeVscode<T>(fake: object, load: () => T): T {
  const moduleInternals = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = moduleInternals._load;
  moduleInternals._load = function (request: string, ...rest: unknown[]) {
    if (request === 'vscode') return fake;
    return original.call(this, request, ...rest);
  };
  try {
    return load();
  } finally {
    moduleInternals._load = original;
  }
}

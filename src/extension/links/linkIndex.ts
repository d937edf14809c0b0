/**
 * The workspace's links between declarations and contracts, kept up to date for the linter (see
 * logic/linkGraph.ts for the maps and the resolver). Built once in the background from the files
 * named like ours (`vscode.workspace.findFiles`, read in batches through `vscode.workspace.fs`),
 * then updated file by file: an open document from its text (on change, debounced), other files on
 * the watcher's create / change / delete, renames and deletes made in VS Code, and workspace folder
 * changes. Never a rescan per keystroke.
 *
 * Each update says which other files' link findings may change; the linter re-lints those.
 */
import * as vscode from 'vscode';
import { loadCore, type Core } from '../coreLoader';
import { CONTRACT_GLOBS, DECLARATION_GLOBS, kindByName, type FileKind } from '../logic/classify';
import { Debouncer } from '../logic/debouncer';
import { keyOf, LinkGraph, splitKey, writtenLinks, type LinkFacts, type Probe, type WorkspaceFolderRef } from '../logic/linkGraph';
import { basenameOf } from '../logic/paths';
import type { ContractLinkOptions, DeclarationLinkOptions } from '../../core/links/links';

/** Linked files larger than this are not read to learn their kind or category (as in the CLI). */
const MAX_LINKED_BYTES = 4 * 1024 * 1024;
/** Files read at once while the index is built, between two pauses. */
const BUILD_BATCH = 32;
const MAX_FILES = 20000;
const EXCLUDE = '**/{node_modules,.git}/**';
/** An open document is indexed this long after its last change (a little after the linter's run, which indexes it too). */
const INDEX_DEBOUNCE_MS = 350;
/** A lint waits at most this long for the first build; after that it lints without links, and again when the build is done. */
const BUILD_WAIT_MS = 1500;
const MARKDOWN = /\.(?:md|markdown)$/i;
const STRUCTURED = /\.(?:ya?ml|json)$/i;

export function keyOfUri(uri: vscode.Uri): string {
  return keyOf({ base: `${uri.scheme}://${uri.authority}`, path: uri.path });
}

export type LinkOptions = DeclarationLinkOptions | ContractLinkOptions;

export interface BuildStats {
  files: number;
  ms: number;
}

export class LinkIndex implements vscode.Disposable {
  readonly graph = new LinkGraph();
  /** The URI of every indexed file, by key. */
  private readonly uris = new Map<string, vscode.Uri>();
  /** The document version an open document was last indexed at. */
  private readonly indexedVersions = new Map<string, number>();
  private readonly debouncer = new Debouncer<string>(INDEX_DEBOUNCE_MS);
  private building: Promise<BuildStats> | undefined;
  private built = false;
  private generation = 0;
  private readonly affected = new vscode.EventEmitter<string[]>();
  private readonly builtEmitter = new vscode.EventEmitter<BuildStats>();
  private readonly disposables: vscode.Disposable[] = [this.affected, this.builtEmitter];
  /** Fires with the keys of files whose link findings may have changed because another file changed. */
  readonly onDidAffect = this.affected.event;
  /** Fires when a (re)build of the index is done. */
  readonly onDidBuild = this.builtEmitter.event;
  lastBuild: BuildStats | undefined;

  constructor() {
    this.updateFolders();
    const watcher = vscode.workspace.createFileSystemWatcher(`{${[...CONTRACT_GLOBS, ...DECLARATION_GLOBS].join(',')}}`);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.whenBuilt(() => this.indexFromSource(uri))),
      watcher.onDidChange((uri) => this.whenBuilt(() => this.indexFromSource(uri))),
      watcher.onDidDelete((uri) => this.whenBuilt(() => this.remove(uri))),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0 || !this.isCandidate(event.document)) return;
        const key = keyOfUri(event.document.uri);
        this.debouncer.schedule(key, () => {
          if (this.indexedVersions.get(key) !== event.document.version && !event.document.isClosed) this.whenBuilt(() => this.indexFromSource(event.document.uri));
        });
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        const key = keyOfUri(document.uri);
        this.indexedVersions.delete(key);
        this.debouncer.cancel(key);
        // Unsaved text counted while the document was open; from now on the file on disk does.
        if (this.graph.has(key)) this.whenBuilt(() => this.indexFromSource(document.uri));
      }),
      vscode.workspace.onDidRenameFiles((event) => this.whenBuilt(async () => {
        for (const { oldUri, newUri } of event.files) await this.rename(oldUri, newUri);
      })),
      vscode.workspace.onDidDeleteFiles((event) => this.whenBuilt(async () => {
        for (const uri of event.files) this.remove(uri);
      })),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.updateFolders();
        if (this.building) void this.rebuild();
      }),
    );
  }

  isBuilt(): boolean {
    return this.built;
  }

  /** Starts the first build (if it has not started); resolves when it is done. */
  ensureBuilt(): Promise<BuildStats> {
    this.building ??= this.build();
    return this.building;
  }

  /** Forgets everything and builds again (workspace folders changed). */
  rebuild(): Promise<BuildStats> {
    this.graph.clear();
    this.uris.clear();
    this.indexedVersions.clear();
    this.built = false;
    const building = this.build();
    this.building = building;
    // What is inside the workspace changed: the open files' links may resolve differently now.
    void building.then(() => {
      if (this.building !== building) return;
      const open = vscode.workspace.textDocuments.filter((document) => !document.isClosed && document.uri.scheme !== 'untitled').map((document) => keyOfUri(document.uri));
      if (open.length > 0) this.affected.fire(open);
    });
    return building;
  }

  uriOf(key: string): vscode.Uri | undefined {
    return this.uris.get(key);
  }

  /**
   * The link options for a lint of `uri` (an open document or a file read from disk) with this
   * text: records the text's links in the index first, then looks at linked files the index does
   * not know (and the categories of linked declarations not read yet). Undefined for untitled
   * documents and while the first build is still running after a short wait.
   */
  async optionsFor(uri: vscode.Uri, kind: FileKind, text: string, fileName: string, version?: number): Promise<LinkOptions | undefined> {
    if (uri.scheme === 'untitled') return undefined;
    const build = this.ensureBuilt();
    if (!this.built) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([build, new Promise((resolve) => (timer = setTimeout(resolve, BUILD_WAIT_MS)))]);
      clearTimeout(timer);
      if (!this.built) return undefined;
    }
    const key = keyOfUri(uri);
    const core = loadCore();
    const facts = core.linkFactsOf(kind, text, fileName, { full: this.graph.referrersOf(key).length > 0 });
    this.record(uri, facts);
    if (version !== undefined) this.indexedVersions.set(key, version);
    await this.lookAtTargets(uri, key, facts);
    return kind === 'declaration' ? this.graph.declarationOptions(key) : this.graph.contractOptions(key);
  }

  private async build(): Promise<BuildStats> {
    const generation = ++this.generation;
    const started = Date.now();
    let files = 0;
    try {
      const folders = vscode.workspace.workspaceFolders ?? [];
      if (folders.length > 0) {
        const uris = await vscode.workspace.findFiles(`{${[...CONTRACT_GLOBS, ...DECLARATION_GLOBS].join(',')}}`, EXCLUDE, MAX_FILES);
        for (let index = 0; index < uris.length; index += BUILD_BATCH) {
          if (generation !== this.generation) break;
          const batch = uris.slice(index, index + BUILD_BATCH);
          const read = await Promise.all(batch.map((uri) => this.factsFromSource(uri)));
          if (generation !== this.generation) break;
          batch.forEach((uri, i) => {
            const facts = read[i];
            if (!facts) return;
            this.graph.set(keyOfUri(uri), facts);
            this.uris.set(keyOfUri(uri), uri);
            files++;
          });
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      }
    } catch (error) {
      console.error('inkooplint: building the link index failed', error);
    }
    const stats = { files, ms: Date.now() - started };
    if (generation === this.generation) {
      this.built = true;
      this.lastBuild = stats;
      this.builtEmitter.fire(stats);
    }
    return stats;
  }

  private updateFolders(): void {
    const folders: WorkspaceFolderRef[] = (vscode.workspace.workspaceFolders ?? []).map((folder) => ({ base: `${folder.uri.scheme}://${folder.uri.authority}`, path: folder.uri.path, name: folder.name }));
    this.graph.setFolders(folders);
  }

  /** Runs an update once the first build is done (updates before it are covered by the build itself). */
  private whenBuilt(update: () => unknown): void {
    if (!this.building) return;
    void this.building.then(async () => {
      try {
        await update();
      } catch (error) {
        console.error('inkooplint: updating the link index failed', error);
      }
    });
  }

  private record(uri: vscode.Uri, facts: LinkFacts): void {
    const key = keyOfUri(uri);
    this.uris.set(key, uri);
    const affected = this.graph.set(key, facts);
    if (affected.size > 0) this.affected.fire([...affected]);
  }

  private remove(uri: vscode.Uri): void {
    const key = keyOfUri(uri);
    const keys = this.graph.has(key) ? [key] : this.graph.keysUnder(key);
    const affected = new Set<string>();
    for (const removed of keys) {
      if (vscode.workspace.textDocuments.some((document) => keyOfUri(document.uri) === removed && !document.isClosed && document.isDirty)) continue;
      this.graph.delete(removed).forEach((other) => affected.add(other));
      this.uris.delete(removed);
      this.indexedVersions.delete(removed);
    }
    keys.forEach((removed) => affected.delete(removed));
    if (affected.size > 0) this.affected.fire([...affected]);
  }

  private async rename(oldUri: vscode.Uri, newUri: vscode.Uri): Promise<void> {
    const { affected, moved } = this.graph.rename(keyOfUri(oldUri), keyOfUri(newUri));
    for (const [from, to] of moved) {
      const uri = newUri.with({ path: splitKey(to).path });
      this.uris.delete(from);
      this.indexedVersions.delete(from);
      this.uris.set(to, uri);
    }
    if (affected.size > 0) this.affected.fire([...affected]);
    // A file renamed away from our names may no longer be one of ours; one renamed to them is now.
    for (const [, to] of moved) if (!kindByName(basenameOf(to))) await this.indexFromSource(this.uris.get(to)!);
    if (moved.length === 0 && kindByName(basenameOf(newUri.path))) await this.indexFromSource(newUri);
  }

  /** Indexes a file again from its open document or from disk; forgets it when it is gone or no longer ours. */
  private async indexFromSource(uri: vscode.Uri): Promise<void> {
    const facts = await this.factsFromSource(uri);
    if (facts) this.record(uri, facts);
    else if (this.graph.has(keyOfUri(uri))) this.remove(uri);
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = keyOfUri(uri);
    return vscode.workspace.textDocuments.find((document) => !document.isClosed && keyOfUri(document.uri) === key);
  }

  private isCandidate(document: vscode.TextDocument): boolean {
    return kindByName(basenameOf(document.uri.path)) !== undefined || this.graph.has(keyOfUri(document.uri));
  }

  /** The text of a file: its open document's, else from disk (undefined when missing, too large or no text). */
  private async textOf(uri: vscode.Uri, core: Core): Promise<string | undefined> {
    const open = this.openDocument(uri);
    if (open) return open.getText();
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if ((stat.type & vscode.FileType.File) === 0 || stat.size > MAX_LINKED_BYTES) return undefined;
      const decoded = core.decodeText(await vscode.workspace.fs.readFile(uri));
      return decoded.ok ? decoded.text : undefined;
    } catch {
      return undefined;
    }
  }

  /** What a file says about links, or undefined when it is missing or none of ours. */
  private async factsFromSource(uri: vscode.Uri, full = false): Promise<LinkFacts | undefined> {
    const core = loadCore();
    const text = await this.textOf(uri, core);
    if (text === undefined) return undefined;
    const name = basenameOf(uri.path);
    const open = this.openDocument(uri);
    let kind: FileKind | undefined = kindByName(name);
    if (!kind) {
      if ((open?.languageId === 'markdown' || MARKDOWN.test(name)) && core.looksLikeContractText(text)) kind = 'contract';
      else if ((open?.languageId.startsWith('json') || open?.languageId === 'yaml' || STRUCTURED.test(name)) && core.looksLikeDeclarationText(text, name)) kind = 'declaration';
    }
    if (!kind) return undefined;
    if (open) this.indexedVersions.set(keyOfUri(uri), open.version);
    return core.linkFactsOf(kind, text, name, { full: full || this.graph.referrersOf(keyOfUri(uri)).length > 0 });
  }

  /** Looks at what the index cannot answer for a file's links: files it does not hold, declarations whose category it has not read. */
  private async lookAtTargets(from: vscode.Uri, fromKey: string, facts: LinkFacts): Promise<void> {
    const unknown = this.graph.unknownTargets(fromKey, writtenLinks(facts));
    await Promise.all([
      ...unknown.probe.map(async (key) => {
        const probe = await this.probe(from.with({ path: splitKey(key).path, query: '', fragment: '' }));
        this.graph.setProbe(key, probe);
      }),
      ...unknown.categories.map(async (key) => {
        const uri = this.uris.get(key) ?? from.with({ path: splitKey(key).path, query: '', fragment: '' });
        const read = await this.factsFromSource(uri, true);
        if (!read) return;
        this.uris.set(key, uri);
        const affected = this.graph.set(key, read);
        affected.delete(fromKey);
        if (affected.size > 0) this.affected.fire([...affected]);
      }),
    ]);
  }

  /** What a linked file outside the index is: a contract or declaration by its content, some other file, or nothing. */
  private async probe(uri: vscode.Uri): Promise<Probe> {
    const open = this.openDocument(uri);
    if (!open) {
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        if ((stat.type & vscode.FileType.File) === 0) return { kind: 'missing' };
      } catch {
        return { kind: 'missing' };
      }
    }
    const name = basenameOf(uri.path);
    const byName = kindByName(name);
    if (byName === 'contract') return { kind: 'contract' };
    if (!byName && !MARKDOWN.test(name) && !STRUCTURED.test(name)) return { kind: 'other' };
    const facts = await this.factsFromSource(uri, true);
    if (!facts) return { kind: 'other' };
    return facts.kind === 'declaration' ? { kind: 'declaration', ...(facts.category ? { category: facts.category } : {}) } : { kind: 'contract' };
  }

  dispose(): void {
    this.generation++;
    this.debouncer.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

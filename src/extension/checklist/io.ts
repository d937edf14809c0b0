/**
 * Reading and saving checklist files and reports. On the desktop (a Node extension host) a `file:`
 * URI is saved with `src/node` (temp file, fsync, rename: a crash leaves the old file); elsewhere
 * (VS Code for the Web, remote file systems) through `vscode.workspace.fs`, also as a temporary
 * file renamed over the old one. Either way the file on disk is compared with the version the panel
 * loaded first, and nothing is written when it changed.
 */
import * as vscode from 'vscode';
import type { LoadedVersion } from '../../core/checklist';
import type * as NodeIo from './nodeIo';
import type { ChecklistCore } from './session';

type NodeIoModule = typeof NodeIo;

export type SaveIfUnchanged = { saved: true } | { saved: false; diskText: string | undefined };

let nodeIo: NodeIoModule | null | undefined;

/** The Node side, when this extension host has Node and the bundle beside it (never in the web build). */
function loadNodeIo(extensionUri: vscode.Uri): NodeIoModule | undefined {
  if (nodeIo !== undefined) return nodeIo ?? undefined;
  nodeIo = null;
  const hasNode = typeof process === 'object' && typeof process.versions?.node === 'string' && typeof require === 'function';
  if (hasNode && extensionUri.scheme === 'file') {
    try {
      // Not a literal: bundlers leave this require alone, and only the desktop resolves it.
      const file = vscode.Uri.joinPath(extensionUri, 'dist', 'checklist-node.js').fsPath;
      nodeIo = require(file) as NodeIoModule;
    } catch (error) {
      console.error('inkooplint: checklist saving falls back to workspace.fs', error);
    }
  }
  return nodeIo ?? undefined;
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

export class ChecklistIo {
  constructor(private readonly extensionUri: vscode.Uri, private readonly core: () => ChecklistCore) {}

  /** Which way this host saves `uri`: for the report and the tests. */
  mode(uri: vscode.Uri): 'node-atomic' | 'workspace-fs' {
    return uri.scheme === 'file' && loadNodeIo(this.extensionUri) ? 'node-atomic' : 'workspace-fs';
  }

  async read(uri: vscode.Uri): Promise<string | undefined> {
    const node = uri.scheme === 'file' ? loadNodeIo(this.extensionUri) : undefined;
    if (node) return node.readTextIfExists(uri.fsPath);
    try {
      return decoder.decode(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw error;
    }
  }

  async exists(uri: vscode.Uri): Promise<boolean> {
    try {
      await vscode.workspace.fs.stat(uri);
      return true;
    } catch {
      return false;
    }
  }

  /** Writes `text` only when the file on disk is still the `loaded` version; else returns what is there now. */
  async saveIfUnchanged(uri: vscode.Uri, text: string, loaded: LoadedVersion): Promise<SaveIfUnchanged> {
    const node = uri.scheme === 'file' ? loadNodeIo(this.extensionUri) : undefined;
    if (node) {
      const result = node.saveChecklistText(uri.fsPath, text, loaded);
      return result.saved ? { saved: true } : { saved: false, diskText: result.diskText };
    }
    const diskText = await this.read(uri);
    if (this.core().diskState(loaded, diskText) !== 'unchanged') return { saved: false, diskText };
    await this.writeAtomic(uri, text);
    return { saved: true };
  }

  /** Writes a whole file at once (a report, as text or as the bytes of a .docx): on the desktop with `src/node`, else a temp file renamed over it. */
  async writeAtomic(uri: vscode.Uri, content: string | Uint8Array): Promise<void> {
    const node = uri.scheme === 'file' ? loadNodeIo(this.extensionUri) : undefined;
    if (node) {
      node.writeFileAtomicSync(uri.fsPath, content);
      return;
    }
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    const random = Math.random().toString(36).slice(2, 10);
    const temporary = vscode.Uri.joinPath(uri, '..', `.${name}.${random}.tmp`);
    try {
      await vscode.workspace.fs.writeFile(temporary, bytes);
      await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
    } catch {
      // A file system without rename: remove the temporary file and write in place.
      try {
        await vscode.workspace.fs.delete(temporary);
      } catch {
        // Never written.
      }
      await vscode.workspace.fs.writeFile(uri, bytes);
    }
  }
}

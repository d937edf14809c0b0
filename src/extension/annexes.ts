/**
 * Reads the annexes a contract keeps in separate files (`bijlagen:` / `annexes:` in its front
 * matter), through `vscode.workspace.fs`, as the CLI does: only files inside the contract's folder
 * or its workspace folder, at most 50, each no larger than a contract may be. An open annex counts
 * with its unsaved text.
 */
import * as vscode from 'vscode';
import type { AnnexFileInput } from '../core/contractEngine';
import type { Core } from './coreLoader';
import { dirnameOf, isStrictlyInside, resolvePath } from './logic/paths';

const MAX_ANNEX_FILES = 50;

export interface ReadAnnex {
  input: AnnexFileInput;
  /** Undefined when the path could not be resolved to a file we may read. */
  uri?: vscode.Uri;
}

export async function readAnnexFiles(core: Core, contract: vscode.Uri, text: string): Promise<ReadAnnex[]> {
  if (contract.scheme === 'untitled') return [];
  const written = core.annexFilePaths(text).slice(0, MAX_ANNEX_FILES);
  if (written.length === 0) return [];
  const folder = dirnameOf(contract.path);
  const root = vscode.workspace.getWorkspaceFolder(contract)?.uri.path;
  return Promise.all(written.map(async (path): Promise<ReadAnnex> => {
    const resolved = resolvePath(folder, path);
    if (!isStrictlyInside(resolved, folder) && !(root !== undefined && isStrictlyInside(resolved, root))) return { input: { path, problem: 'outside' } };
    const uri = contract.with({ path: resolved, query: '', fragment: '' });
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (open) return { input: { path, text: open.getText() }, uri };
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if ((stat.type & vscode.FileType.File) === 0) return { input: { path, problem: 'not-found' }, uri };
      if (stat.size > core.MAX_CONTRACT_BYTES) return { input: { path, problem: 'too-large' }, uri };
      const decoded = core.decodeText(await vscode.workspace.fs.readFile(uri));
      return decoded.ok ? { input: { path, text: decoded.text }, uri } : { input: { path, problem: 'not-text' }, uri };
    } catch {
      return { input: { path, problem: 'not-found' }, uri };
    }
  }));
}

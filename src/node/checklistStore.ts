/**
 * Reading and saving a checklist file beside its contract, at the Node edge: the save refuses to
 * write when the file on disk is no longer the version the panel loaded (someone else saved it, a
 * git pull), so that nothing is ever overwritten silently. The VS Code extension uses the same
 * core functions through `vscode.workspace.fs`; the CLI and tests use these.
 */
import { readFileSync } from 'node:fs';
import { diskState, versionOf, type DiskState, type LoadedVersion } from '../core/checklist/conflict';
import { writeFileAtomicSync, type AtomicWriteOptions } from './atomicWrite';

/** The file's text, or undefined when there is none. */
export function readTextIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export interface LoadedChecklistText {
  text: string | undefined;
  version: LoadedVersion;
}

export function loadChecklistText(file: string): LoadedChecklistText {
  const text = readTextIfExists(file);
  return { text, version: versionOf(text) };
}

export type SaveResult = { saved: true; version: LoadedVersion } | { saved: false; state: Exclude<DiskState, 'unchanged'>; diskText: string | undefined };

/**
 * Saves `text` when the file on disk is still the `loaded` version (or, with no file loaded, still
 * absent); otherwise writes nothing and says what changed, with the disk's text for a merge.
 */
export function saveChecklistText(file: string, text: string, loaded: LoadedVersion, options: AtomicWriteOptions = {}): SaveResult {
  const diskText = readTextIfExists(file);
  const state = diskState(loaded, diskText);
  // Deleted since loading counts too: someone may have meant it. To write anyway, pass `versionOf(undefined)`.
  if (state !== 'unchanged') return { saved: false, state, diskText };
  writeFileAtomicSync(file, text, options);
  return { saved: true, version: versionOf(text) };
}

/**
 * Reads the annexes a contract keeps in separate files (`bijlagen:` / `annexes:` in its front
 * matter), relative to the contract. Only files inside the contract's folder or the current
 * folder are read: a contract from elsewhere cannot make the CLI read arbitrary files.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { annexFilePaths, MAX_CONTRACT_BYTES, type AnnexFileInput } from '../core';
import { decodeText } from '../core/text/decode';
import { isInside } from './paths';
import { readAtMost } from './readFile';

/** At most this many annex files per contract: a front matter listing more is no contract a person drafts. */
const MAX_ANNEX_FILES = 50;


export function readAnnexFiles(contractFile: string, contractText: string, cwd: string): AnnexFileInput[] {
  const folder = path.dirname(contractFile);
  return annexFilePaths(contractText).slice(0, MAX_ANNEX_FILES).map((written): AnnexFileInput => {
    const file = path.resolve(folder, written);
    if (!isInside(folder, file) && !isInside(cwd, file)) return { path: written, problem: 'outside' };
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats?.isFile()) return { path: written, problem: 'not-found' };
    if (stats.size > MAX_CONTRACT_BYTES) return { path: written, problem: 'too-large' };
    const decoded = decodeText(readAtMost(file, MAX_CONTRACT_BYTES));
    return decoded.ok ? { path: written, text: decoded.text } : { path: written, problem: 'not-text' };
  });
}

/** The file an annex path names. */
export function annexFile(contractFile: string, written: string): string {
  return path.resolve(path.dirname(contractFile), written);
}

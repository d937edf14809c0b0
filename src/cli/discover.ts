import { statSync } from 'node:fs';
import path from 'node:path';
import type * as TinyGlobby from 'tinyglobby';
import { isWordContract } from './wordContracts';

// The globbing library (with its matcher) is loaded only when a folder or a glob is searched: a lint
// of named files (an editor's task, a CI step on changed files) does not pay for it.
const tinyglobby = (): Promise<typeof TinyGlobby> => import('tinyglobby');

export interface Target {
  /** Absolute path. */
  file: string;
  /** Named on the command line itself: always linted, whatever its name. */
  explicit: boolean;
  /** Matched by a user's glob: linted when its name or its content says it is a declaration or a contract. */
  fromGlob: boolean;
}

export const DECLARATION_GLOBS = ['**/*.algoritme.{yaml,yml,json}', '**/*.algorithm.{yaml,yml,json}'];
export const CONTRACT_GLOBS = ['**/*.overeenkomst.md', '**/*.contract.md'];
/** Word contracts: by name, or any .docx whose title property says it is an agreement (see src/node/docx). */
export const WORD_GLOBS = ['**/*.docx', '**/*.overeenkomst.docm', '**/*.contract.docm'];
const IGNORED = ['**/node_modules/**', '**/.git/**'];

export class UsageError extends Error {
  constructor(readonly messageId: string, readonly data: Record<string, string> = {}) {
    super(messageId);
  }
}

/** Expands the command line's paths and globs into the files to lint, each once, in a stable order. */
export async function discoverTargets(inputs: string[], cwd: string): Promise<Target[]> {
  const found = new Map<string, Target>();
  const add = (target: Target): void => {
    const existing = found.get(target.file);
    if (!existing || (target.explicit && !existing.explicit)) found.set(target.file, target);
  };
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const stats = statSync(absolute, { throwIfNoEntry: false });
    if (stats?.isDirectory()) {
      const { glob } = await tinyglobby();
      const files = await glob([...DECLARATION_GLOBS, ...CONTRACT_GLOBS], { cwd: absolute, absolute: true, ignore: IGNORED, caseSensitiveMatch: false, followSymbolicLinks: false, dot: false });
      for (const file of files) add({ file: path.normalize(file), explicit: false, fromGlob: false });
      const wordFiles = await glob(WORD_GLOBS, { cwd: absolute, absolute: true, ignore: IGNORED, caseSensitiveMatch: false, followSymbolicLinks: false, dot: false });
      for (const file of wordFiles) if (isWordContract(file)) add({ file: path.normalize(file), explicit: false, fromGlob: false });
    } else if (stats?.isFile()) {
      add({ file: absolute, explicit: true, fromGlob: false });
    } else if (stats) {
      throw new UsageError('cli.not-a-file', { path: input });
    } else if ((await tinyglobby()).isDynamicPattern(input)) {
      const files = await (await tinyglobby()).glob([input.split(path.sep).join('/')], { cwd, absolute: true, ignore: IGNORED, followSymbolicLinks: false, onlyFiles: true });
      for (const file of files) add({ file: path.normalize(file), explicit: false, fromGlob: true });
    } else {
      throw new UsageError('cli.path-not-found', { path: input });
    }
  }
  return [...found.values()].sort((a, b) => a.file.localeCompare(b.file));
}

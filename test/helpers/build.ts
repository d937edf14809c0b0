import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { CLI, ROOT } from './cli';

/** Newest modification time of the files the bundle is built from. */
function newestSourceTime(): number {
  let newest = 0;
  const visit = (entry: string): void => {
    const stats = statSync(entry, { throwIfNoEntry: false });
    if (!stats) return;
    if (stats.isDirectory()) {
      for (const name of readdirSync(entry)) visit(path.join(entry, name));
    } else if (/\.(?:ts|json|mjs)$/.test(entry)) {
      newest = Math.max(newest, stats.mtimeMs);
    }
  };
  for (const part of ['src', 'l10n', 'package.json', 'scripts/build.mjs']) visit(path.join(ROOT, part));
  return newest;
}

/** Builds dist/cli.js when it is missing or older than its sources, so that tests run the code under test. */
export function ensureBuilt(): void {
  const built = statSync(CLI, { throwIfNoEntry: false });
  if (built && built.mtimeMs >= newestSourceTime()) return;
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'pipe' });
}

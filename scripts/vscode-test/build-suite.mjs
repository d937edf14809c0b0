// Bundles the extension-host suite (test/vscode/index.ts) into dist/test-vscode/index.js: cjs,
// `vscode` from the host, mocha from node_modules (mocha@11, a devDependency), the core bundled in
// (the suite compares the extension's diagnostics with the core's findings).
import { build } from 'esbuild';
import path from 'node:path';
import { ROOT } from './setup.mjs';

export const SUITE_DIR = path.join(ROOT, 'dist', 'test-vscode');
export const SUITE = path.join(SUITE_DIR, 'index.js');

export async function buildSuite(entry = path.join(ROOT, 'test', 'vscode', 'index.ts')) {
  await build({
    entryPoints: [entry],
    outfile: SUITE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode', 'mocha'],
    absWorkingDir: ROOT,
    // As in scripts/build.mjs: jsonc-parser's UMD build cannot be bundled; ESM dependencies read import.meta.url.
    alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return SUITE;
}

// Builds the checklist webview (webview/checklist/) with esbuild:
//   dist/webview/checklist.js  — one browser bundle (main.ts, @vscode-elements/elements and the
//                                message validator from src/core/checklist), no eval, no external loads;
//   dist/webview/checklist.css — the page's own styles (the components style themselves).
// The extension's panel reads both from dist/webview and inlines them in the page with a nonce
// (src/extension/checklist/html.ts), so neither may contain `</script`, `</style` or `<!--`: checked here.
// Run on its own (`node scripts/build-webview.mjs`) or import `buildWebview()` from another script.
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildWebview({ minify = true } = {}) {
  mkdirSync(path.join(ROOT, 'dist', 'webview'), { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { checklist: 'webview/checklist/main.ts' },
    outdir: 'dist/webview',
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify,
    sourcemap: 'linked',
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { checklist: 'webview/checklist/style.css' },
    outdir: 'dist/webview',
    bundle: true,
    minify,
    logLevel: 'warning',
  });
  for (const [file, element] of [['checklist.js', 'script'], ['checklist.css', 'style']]) {
    const text = readFileSync(path.join(ROOT, 'dist', 'webview', file), 'utf8');
    if (new RegExp(`</${element}|<!--`, 'i').test(text)) throw new Error(`dist/webview/${file} contains </${element} or <!--: it cannot be inlined in the page`);
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await buildWebview();
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (file.endsWith('.js')) console.log(`built ${file} (${(output.bytes / 1024).toFixed(0)} KB)`);
  }
  console.log('built dist/webview/checklist.css');
}

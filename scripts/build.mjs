// Builds everything the package runs (`npm run typecheck` checks types):
// - dist/cli.js: the command-line tool, which starts the bundle dist/cli-main.js with the V8 code cache
//   dist/cli-main.js.cache (made here by a run on the examples; see src/cli/launcher.ts);
// - dist/extension.js + dist/core.js: the VS Code extension for the desktop (Node); the core is a
//   file of its own, loaded on the first lint so that activation stays light;
// - dist/web/extension.js: the extension for VS Code for the Web (a web worker, no Node built-ins),
//   one file with the core inside, evaluated on the first lint;
// - dist/report-docx.js: the reports as Word documents (the `docx` package), loaded only when
//   someone asks for a .docx (the CLI's `overview --out x.docx`, the extension's Word exports);
// - dist/schemas/declaration.editor.schema.json: the declaration schema for editors (see README,
//   "No double reports"): descriptions and allowed values, no constraints;
// - snippets/*.json: the VS Code snippets, made from the clause catalog and the register's
//   configuration (src/core/snippets/buildSnippets.ts), written when they changed. They are kept
//   in git so that a change shows in review; test/snippets.test.ts fails when they are out of date.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
/** Every bundle is attempted even when one fails (its errors are printed); the exit code says whether all were built. */
let failed = 0;
async function attempt(name, run) {
  try {
    return await run();
  } catch {
    failed++;
    console.error(`failed to build ${name}`);
    return undefined;
  }
}

// jsonc-parser's UMD build loads its parts with a dynamic require that bundlers cannot follow.
const alias = { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' };
const define = { INKOOPLINT_VERSION: JSON.stringify(pkg.version) };

/** `require('../../reportDocx')` stays a require of the separate file `./report-docx.js`, so a plain lint never loads `docx`. */
const reportDocxAsSeparateFile = {
  name: 'report-docx-as-separate-file',
  setup(b) {
    b.onResolve({ filter: /\/reportDocx$/ }, (args) => (args.kind === 'require-call' ? { path: './report-docx.js', external: true } : undefined));
  },
};

await attempt('dist/cli-main.js', () => build({
  entryPoints: ['src/cli/index.ts'],
  outfile: 'dist/cli-main.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  alias,
  // Some dependencies ship only ES modules that read import.meta.url; give them the bundle's own URL.
  banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { ...define, 'import.meta.url': '__importMetaUrl' },
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [reportDocxAsSeparateFile],
}).then(() => console.log('built dist/cli-main.js')));
await attempt('dist/report-docx.js', () => build({
  entryPoints: { 'report-docx': 'src/reportDocx/index.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  alias,
  define,
  minify: true,
  sourcemap: 'linked',
  legalComments: 'eof',
  logLevel: 'warning',
}).then(() => console.log('built dist/report-docx.js')));
await attempt('dist/cli.js', async () => {
  await build({
    entryPoints: ['src/cli/launcher.ts'],
    outfile: 'dist/cli.js',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
  // One run over the examples (contract and declarations): the cache then holds what a lint compiles.
  const run = spawnSync(process.execPath, ['dist/cli.js', 'examples', '--format', 'json'], {
    env: { ...process.env, INKOOPLINT_WRITE_COMPILE_CACHE: '1' },
    stdio: 'ignore',
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`dist/cli.js exited ${run.status} while making the compile cache`);
  console.log('built dist/cli.js + dist/cli-main.js.cache');
});

// The snippets, from the catalog: the generator is bundled to a temporary file and run.
await attempt('snippets/', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'inkooplint-snippets-'));
  try {
    const outfile = path.join(folder, 'buildSnippets.cjs');
    await build({ entryPoints: ['src/core/snippets/buildSnippets.ts'], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', alias, define, logLevel: 'warning' });
    const { snippetOutputs } = createRequire(import.meta.url)(outfile);
    for (const [file, text] of snippetOutputs()) {
      if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
      writeFileSync(file, text);
      console.log(`wrote ${file} (from the clause catalog)`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

/**
 * In the desktop build, `require('./coreApi')` stays a require of the separate file `./core.js`,
 * and `require('./wordCommands')` (src/extension/word/wordLoader.ts) one of `./word.js`.
 */
const coreAsSeparateFile = {
  name: 'core-as-separate-file',
  setup(b) {
    b.onResolve({ filter: /^\.\/coreApi$/ }, (args) => (args.kind === 'require-call' ? { path: './core.js', external: true } : undefined));
    b.onResolve({ filter: /^\.\/wordCommands$/ }, (args) => (args.kind === 'require-call' ? { path: './word.js', external: true } : undefined));
  },
};

const extensionCommon = {
  bundle: true,
  format: 'cjs',
  external: ['vscode'],
  alias,
  define,
  minify: true,
  sourcemap: 'linked',
  legalComments: 'eof',
  logLevel: 'warning',
  metafile: true,
};
/** The desktop extension's files: Node, side by side in dist/. */
const desktopCommon = { ...extensionCommon, outdir: 'dist', platform: 'node', target: 'node20' };

const desktop = await attempt('dist/extension.js', () => build({
  ...desktopCommon,
  entryPoints: { extension: 'src/extension/extension.ts' },
  plugins: [coreAsSeparateFile],
}));
const desktopCore = await attempt('dist/core.js', () => build({
  ...desktopCommon,
  // coreApi.ts plus the Word reader (Node only): see src/extension/coreDesktop.ts.
  entryPoints: { core: 'src/extension/coreDesktop.ts' },
}));
// The Word commands' VS Code side, loaded on the first Word command; the Word reader itself is in core.js.
const desktopWord = await attempt('dist/word.js', () => build({
  ...desktopCommon,
  entryPoints: { word: 'src/extension/word/wordCommands.ts' },
  plugins: [coreAsSeparateFile],
}));
const web = await attempt('dist/web/extension.js', () => build({
  ...extensionCommon,
  entryPoints: { extension: 'src/extension/extension.ts' },
  outdir: 'dist/web',
  platform: 'browser',
  target: 'es2022',
  // A web worker has no Node built-ins: a dependency that still asks for one fails the build here.
  define: { ...define, 'process.env.NODE_ENV': '"production"' },
}));
for (const result of [desktop, desktopCore, desktopWord, web]) {
  if (!result) continue;
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (file.endsWith('.js')) console.log(`built ${file} (${(output.bytes / 1024).toFixed(0)} KB)`);
  }
}

// The supplier checklist: its webview (dist/webview/, the panel's only resource root) and the
// desktop's atomic saving from src/node (dist/checklist-node.js, loaded only in a Node extension host).
await attempt('dist/webview/checklist.js', async () => {
  const { buildWebview } = await import('./build-webview.mjs');
  await buildWebview();
  console.log('built dist/webview/checklist.js + checklist.css');
});
// The Word preview's stylesheet, beside the checklist's in the webview resource root.
await attempt('dist/webview/word-preview.css', () => build({
  entryPoints: { 'word-preview': 'webview/word-preview/style.css' },
  outdir: 'dist/webview',
  bundle: true,
  minify: true,
  logLevel: 'warning',
}).then(() => console.log('built dist/webview/word-preview.css')));
await attempt('dist/checklist-node.js', () => build({
  entryPoints: { 'checklist-node': 'src/extension/checklist/nodeIo.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: 'linked',
  logLevel: 'warning',
}).then(() => console.log('built dist/checklist-node.js')));

await attempt('dist/schemas/declaration.editor.schema.json', () => {
  writeEditorSchema('schemas/declaration.schema.json', 'dist/schemas/declaration.editor.schema.json');
  console.log('built dist/schemas/declaration.editor.schema.json');
});
if (failed > 0) process.exit(1);

/**
 * The declaration schema for editors (Red Hat YAML, VS Code's JSON support): keys with their titles
 * and help texts, allowed values as examples for completion, and no constraints at all, so that those
 * extensions complete and explain but report nothing: every problem comes from Inkooplint itself.
 */
function writeEditorSchema(from, to) {
  const schema = JSON.parse(readFileSync(from, 'utf8'));
  const CONSTRAINTS = new Set(['type', 'enum', 'const', 'pattern', 'maxLength', 'minLength', 'required', 'additionalProperties', 'minItems', 'maxItems', 'format', 'uniqueItems', 'propertyNames']);
  const strip = (node) => {
    if (Array.isArray(node)) return node.map(strip);
    if (!node || typeof node !== 'object') return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'enum') {
        out.examples = [...new Set([...(value ?? []).filter((v) => v !== null), ...(node.examples ?? [])])];
        continue;
      }
      if (CONSTRAINTS.has(key) || (key === 'examples' && node.enum)) continue;
      if (key === 'examples' || key === 'default') {
        out[key] = value;
        continue;
      }
      // With constraints gone both alternatives would match; `anyOf` still offers the keys of both.
      out[key === 'oneOf' ? 'anyOf' : key] = key === 'properties' || key === 'definitions'
        ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, strip(sub)]))
        : strip(value);
    }
    return out;
  };
  const editorSchema = strip(schema);
  editorSchema.$id = 'urn:inkooplint:schema:declaration-editor';
  editorSchema.$comment = 'Built from schemas/declaration.schema.json by scripts/build.mjs: help and completion only; Inkooplint reports the problems.';
  mkdirSync(to.slice(0, to.lastIndexOf('/')), { recursive: true });
  writeFileSync(to, `${JSON.stringify(editorSchema, null, 2)}\n`);
}

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBuilt } from './helpers/build';

const ROOT = path.join(__dirname, '..');
const SCRIPT = path.join(ROOT, 'scripts', 'package-vsix.mjs');
/**
 * The package holds two bundles of the core (desktop and web, about 0.4 MB zipped together), the
 * Word renderers with the `docx` package (dist/report-docx.js, about 0.13 MB zipped), the docs with
 * the README's screenshots and the snippets; source maps or node_modules would break this (the
 * file list above refuses them by name as well).
 */
const MAX_VSIX_BYTES = 2.5 * 1024 * 1024;

describe('the .vsix package (npm run package, @vscode/vsce)', function () {
  this.timeout(180000);
  let dir: string;

  before(() => {
    ensureBuilt();
    dir = mkdtempSync(path.join(tmpdir(), 'inkooplint-vsix-test-'));
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('holds what the extension needs and nothing else (vsce ls)', () => {
    const files = execFileSync(process.execPath, [SCRIPT, '--list'], { cwd: ROOT, encoding: 'utf8' }).split('\n').map((line) => line.trim()).filter(Boolean);
    for (const required of [
      'package.json', 'package.nls.json', 'package.nls.nl.json', 'README.md', 'LICENSE',
      'dist/extension.js', 'dist/core.js', 'dist/web/extension.js', 'dist/schemas/declaration.editor.schema.json',
      'dist/webview/checklist.js', 'dist/webview/checklist.css', 'dist/checklist-node.js', 'dist/report-docx.js', 'schemas/checklist.schema.json',
      'snippets/markdown.json', 'snippets/yaml.json', 'l10n/bundle.l10n.nl.json',
      'docs/rules/declaration/schema.md', 'docs/walkthrough/open-example.md', 'examples/routeplanning.overeenkomst.md',
    ]) {
      assert.ok(files.includes(required), `${required} missing from the package:\n${files.join('\n')}`);
    }
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const file of files) {
      if (file.startsWith('docs/images/')) assert.ok(readme.includes(file), `${file} is packed but the README does not show it`);
      assert.doesNotMatch(file, /^(?:src|test|scripts|node_modules|webview|\.ci|\.cache)\//, file);
      assert.doesNotMatch(file, /\.(?:map|ts|vsix)$|^dist\/cli\.js$|^tsconfig|^package-lock/, file);
    }
  });

  it('packs into a .vsix under 2.5 MB', () => {
    const out = path.join(dir, 'inkooplint.vsix');
    execFileSync(process.execPath, [SCRIPT, '--out', out], { cwd: ROOT, stdio: 'pipe' });
    const size = statSync(out).size;
    assert.ok(size > 100 * 1024 && size < MAX_VSIX_BYTES, `${out} is ${size} bytes`);
  });
});

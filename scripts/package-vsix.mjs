// Packs the VS Code extension into dist/inkooplint.vsix with @vscode/vsce (run `npm run package`,
// which builds first). `--list` prints the files the package would hold instead; `--out FILE`
// writes elsewhere.
//
// vsce refuses a .vscodeignore next to a "files" list in package.json, and package.json keeps that
// list for the CLI's npm package. So this packs from a staging copy of the project whose
// package.json has no "files": there .vscodeignore alone decides what goes in.
// The project has no public repository address yet: relative links in the README stay relative
// (they work inside VS Code's extension page), and vsce is told that the address is missing.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const list = args.includes('--list');
const outIndex = args.indexOf('--out');
const out = path.resolve(outIndex >= 0 ? args[outIndex + 1] : path.join(root, 'dist', 'inkooplint.vsix'));

// Only these top-level entries are copied (caches and node_modules can be large); .vscodeignore picks within them.
const COPY = ['README.md', 'LICENSE', 'package.nls.json', 'package.nls.nl.json', '.vscodeignore', 'dist', 'schemas', 'snippets', 'l10n', 'docs', 'examples'];
// Of the images, only those the README shows (VS Code displays the README on the extension's page).
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const IMAGES = path.join(root, 'docs', 'images');
const wanted = (source) => {
  if (source.endsWith('.vsix') || source.endsWith('.map') || source.includes(`${path.sep}test-vscode`)) return false;
  if (source.startsWith(`${IMAGES}${path.sep}`)) return readme.includes(`docs/images/${path.basename(source)}`);
  return true;
};
const staging = mkdtempSync(path.join(tmpdir(), 'inkooplint-vsix-'));
try {
  for (const entry of COPY) {
    if (!existsSync(path.join(root, entry))) continue;
    cpSync(path.join(root, entry), path.join(staging, entry), { recursive: true, filter: wanted });
  }
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  delete manifest.files;
  writeFileSync(path.join(staging, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const vsceArgs = list ? ['ls', '--no-dependencies'] : ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out];
  const output = execFileSync(process.execPath, [vsce, ...vsceArgs], { cwd: staging, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(output);
} finally {
  rmSync(staging, { recursive: true, force: true });
}

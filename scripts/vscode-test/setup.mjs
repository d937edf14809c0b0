// Installs (once) what the real-VS-Code tests need on an offline Debian machine, following
// ../shared/recipes/real-vscode-offline.md:
//   - Debian packages chromium, ripgrep and libkrb5-dev (only when /usr/bin/chromium or rg is missing);
//   - code-server (whose lib/vscode is the VS Code server) and playwright-core, pinned exactly, into
//     <repo>/.cache/vscode-server/, outside the extension's own dependencies, with the native rebuilds.
// A marker file records a finished install, so later runs skip all of it.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER_VERSION = '4.100.3';
export const PLAYWRIGHT_VERSION = '1.52.0';
export const CACHE = path.join(ROOT, '.cache', 'vscode-server');
export const VSCODE_DIR = path.join(CACHE, 'node_modules', 'code-server', 'lib', 'vscode');
export const SERVER_MAIN = path.join(VSCODE_DIR, 'out', 'server-main.js');
export const CHROMIUM = '/usr/bin/chromium';
const MARKER = path.join(CACHE, `.installed-code-server-${CODE_SERVER_VERSION}-playwright-${PLAYWRIGHT_VERSION}`);

function log(message) {
  console.log(`[vscode-test] ${message}`);
}

function run(command, args, options = {}) {
  log(`$ ${command} ${args.join(' ')}${options.cwd ? `   (in ${path.relative(ROOT, options.cwd) || '.'})` : ''}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Debian packages: a headless browser, VS Code's search binary, and Kerberos headers for a native module. */
export function ensureDebianPackages({ needHeaders = false } = {}) {
  // The Kerberos headers matter only while the native modules are rebuilt (a first install).
  if (existsSync(CHROMIUM) && hasCommand('rg') && (!needHeaders || existsSync('/usr/include/krb5.h'))) return;
  if (!hasCommand('apt-get')) throw new Error('chromium/ripgrep/libkrb5-dev are missing and there is no apt-get to install them');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (args) => (sudo.length ? run('sudo', ['apt-get', ...args]) : run('apt-get', args));
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', 'chromium', 'ripgrep', 'libkrb5-dev']);
}

function link(target, linkPath) {
  try {
    lstatSync(linkPath);
    rmSync(linkPath, { force: true, recursive: false });
  } catch {}
  symlinkSync(target, linkPath);
}

/** code-server's VS Code server and playwright-core in the cache folder; returns the server's paths. */
export function ensureVSCodeServer() {
  const installed = existsSync(MARKER) && existsSync(SERVER_MAIN);
  ensureDebianPackages({ needHeaders: !installed });
  if (installed) return { serverMain: SERVER_MAIN, cache: CACHE };
  const started = Date.now();
  mkdirSync(CACHE, { recursive: true });
  const pkgFile = path.join(CACHE, 'package.json');
  if (!existsSync(pkgFile)) {
    writeFileSync(pkgFile, `${JSON.stringify({ name: 'inkooplint-vscode-server-cache', private: true, description: 'Written by scripts/vscode-test/setup.mjs; not part of the extension.' }, null, 2)}\n`);
  }
  const npmEnv = { npm_config_yes: 'true', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };
  // --ignore-scripts: code-server's postinstall refuses root and then tries to download ripgrep.
  run('npm', ['install', '--ignore-scripts', '--save-exact', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`, `playwright-core@${PLAYWRIGHT_VERSION}`], { cwd: CACHE, env: npmEnv });
  run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: VSCODE_DIR, env: npmEnv });
  run('npm', ['rebuild', 'kerberos', '@parcel/watcher', '@vscode/deviceid', '@vscode/spdlog', 'native-watchdog', 'node-pty'], { cwd: VSCODE_DIR, env: npmEnv });
  const rgBin = path.join(VSCODE_DIR, 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(rgBin, { recursive: true });
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim() || '/usr/bin/rg';
  link(rg, path.join(rgBin, 'rg'));
  link('node_modules', path.join(VSCODE_DIR, 'node_modules.asar'));
  run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: path.join(VSCODE_DIR, 'extensions'), env: npmEnv });
  if (!existsSync(SERVER_MAIN)) throw new Error(`VS Code server not found at ${SERVER_MAIN}`);
  writeFileSync(MARKER, `${new Date().toISOString()} installed in ${Math.round((Date.now() - started) / 1000)} s\n`);
  log(`VS Code server installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return { serverMain: SERVER_MAIN, cache: CACHE };
}

/** playwright-core from the cache folder (never a browser download: Debian's Chromium is used). */
export async function loadPlaywright() {
  const { createRequire } = await import('node:module');
  const require = createRequire(path.join(CACHE, 'package.json'));
  return require('playwright-core');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  ensureVSCodeServer();
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${path.relative(ROOT, SERVER_MAIN)}`);
}

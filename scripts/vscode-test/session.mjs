// One VS Code session on this machine: the VS Code server from the code-server package
// (scripts/vscode-test/setup.mjs installs it), started on a free loopback port in its own process
// group, and Debian's Chromium driven by playwright-core. Used by run.mjs (the extension-host test
// suite) and ui-smoke.mjs (the UI as a person sees it). See ../shared/recipes/real-vscode-offline.md.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { format } from 'node:util';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, ROOT, ensureVSCodeServer, loadPlaywright } from './setup.mjs';

export { ROOT };

const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** User settings for every session: quiet, no network, no welcome page. */
const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'window.commandCenter': false,
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function log(message) {
  console.log(`[vscode-test] ${message}`);
}

/** Everything a session starts, so that it can always be ended: also on failure, time-out or signal. */
const live = new Set();

async function endAll() {
  const sessions = [...live];
  live.clear();
  await Promise.all(sessions.map((session) => session.close()));
}

let signalsInstalled = false;
function installSignalHandlers() {
  if (signalsInstalled) return;
  signalsInstalled = true;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.on(signal, () => {
      log(`${signal}: shutting down`);
      endAll().finally(() => process.exit(code));
    });
  }
  process.on('exit', () => {
    // Last resort (synchronous): end the server process groups that are still up.
    for (const session of live) session.killServerGroup('SIGKILL');
  });
}

/**
 * Starts the server and the browser. `options`:
 *   workspace: folder to copy into a temp dir and open (the original stays untouched);
 *   trusted: whether workspace trust is switched off (true) or the window opens in Restricted Mode;
 *   settings: extra user settings; env: extra environment for the server (and its extension host);
 *   viewport: browser viewport; extensionPath: the extension under development (default: this repository).
 * Returns a session with page, port, workspace, dirs, url(payload) and close().
 */
export async function startSession(options = {}) {
  installSignalHandlers();
  const { serverMain } = ensureVSCodeServer();
  const temp = mkdtempSync(path.join(tmpdir(), 'inkooplint-vscode-'));
  const userData = path.join(temp, 'user-data');
  const serverData = path.join(temp, 'server-data');
  const workspace = path.join(temp, 'workspace');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  mkdirSync(serverData, { recursive: true });
  if (options.workspace) cpSync(options.workspace, workspace, { recursive: true });
  else mkdirSync(workspace);
  const settings = { ...BASE_SETTINGS, ...(options.trusted === false ? {} : { 'security.workspace.trust.enabled': false }), ...options.settings };
  writeFileSync(path.join(userData, 'User', 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);

  const port = await freePort();
  const serverLog = [];
  const server = spawn(
    process.execPath,
    [serverMain, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms', '--telemetry-level', 'off', '--server-data-dir', serverData, '--user-data-dir', userData],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } },
  );
  const session = {
    temp,
    workspace,
    userData,
    port,
    server,
    serverLog,
    browser: undefined,
    page: undefined,
    closed: false,
    killServerGroup(signal) {
      if (server.exitCode !== null || server.signalCode !== null) return;
      try {
        process.kill(-server.pid, signal);
      } catch {}
    },
    async close() {
      if (session.closed) return;
      session.closed = true;
      live.delete(session);
      if (session.browser) await Promise.race([session.browser.close().catch(() => {}), delay(10_000)]);
      session.killServerGroup('SIGTERM');
      const exited = await Promise.race([new Promise((resolve) => (server.exitCode !== null || server.signalCode !== null ? resolve(true) : server.once('exit', () => resolve(true)))), delay(5_000).then(() => false)]);
      // The server's file watcher child outlives a SIGTERM: end the whole group for certain.
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {}
      if (!exited) log('server did not stop on SIGTERM; killed its process group');
      if (!options.keepTemp) rmSync(temp, { recursive: true, force: true, maxRetries: 3 });
    },
    /** The workbench address that opens the workspace and, in extension development mode, this repository's extension. */
    url(payload = {}) {
      const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
      const entries = [['extensionDevelopmentPath', remote(options.extensionPath ?? ROOT)]];
      if (payload.extensionTestsPath) entries.push(['extensionTestsPath', remote(payload.extensionTestsPath)]);
      return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(entries))}`;
    },
  };
  live.add(session);
  const collect = (stream) => stream.on('data', (chunk) => serverLog.push(chunk.toString()));
  collect(server.stdout);
  collect(server.stderr);
  await waitForServer(session, 60_000);

  const { chromium } = await loadPlaywright();
  session.browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: BROWSER_ARGS });
  const context = await session.browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  session.page = await context.newPage();
  return session;
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitForServer(session, timeout) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (session.server.exitCode !== null) throw new Error(`VS Code server exited with ${session.server.exitCode}:\n${session.serverLog.join('')}`);
    try {
      const response = await fetch(`http://127.0.0.1:${session.port}/version`);
      if (response.status < 500) return;
    } catch {}
    await delay(250);
  }
  throw new Error(`VS Code server did not answer on port ${session.port} within ${timeout / 1000} s:\n${session.serverLog.join('')}`);
}

/** Noise the recipe says to expect (no network, no gallery, no service worker, no product icons) and the workbench's own chatter. */
const NOISE = [
  /Failed to load resource/,
  /service ?worker/i,
  /marketplace|gallery|extensionQuery|vscode-unpkg|open-vsx|ENOTFOUND/i,
  /ERR_(NAME_NOT_RESOLVED|INTERNET_DISCONNECTED|CONNECTION_REFUSED|ADDRESS_UNREACHABLE|NETWORK_CHANGED|FAILED)/,
  /workspace.?trust/i,
  /refused to show dialog in tests/,
  /bad HTTP response code/,
  /allow-scripts and allow-same-origin/,
  /web worker extension host is started/,
  /Overwriting extension <</,
  /^(Resolving|Resolved) connection token|^Creating a socket|^Updating additional builtin extensions|^ChatSessionStore|^Started local extension host|^Extension host \(/,
];

export function isNoise(text) {
  return NOISE.some((pattern) => pattern.test(text));
}

/**
 * Prints what reaches the page's console: the workbench logs the extension host's console output
 * (mocha's report, the extension's console.log) as "%c INFO" / "%c  ERR" entries with printf-style
 * arguments, which are put together here again.
 */
export function forwardConsole(page, write = (line) => console.log(line)) {
  // Handled one after the other, so that the lines keep their order.
  let queue = Promise.resolve();
  page.on('console', (message) => {
    queue = queue.then(() => printMessage(message)).catch(() => {});
  });
  page.on('pageerror', (error) => {
    if (!isNoise(error.message)) write(`  [page error] ${error.message}`);
  });
  async function printMessage(message) {
    let values;
    try {
      values = await Promise.all(message.args().map((arg) => arg.jsonValue()));
    } catch {
      values = [message.text()];
    }
    if (values.length === 0) values = [message.text()];
    let level = message.type();
    if (typeof values[0] === 'string' && /^%c\s*(INFO|ERR|WARN|DBG|TRACE)\b/.test(values[0])) {
      level = values[0].replace(/^%c\s*/, '').trim();
      values = values.slice(2);
    }
    if (level === 'debug' || level === 'DBG' || level === 'TRACE') return;
    const text = format(...values.map((value) => (value && typeof value === 'object' && !Array.isArray(value) && 'name' in value && Object.keys(value).length === 1 ? `[${value.name}]` : value))).replace(/\s+$/, '');
    if (isNoise(text)) return;
    write(level === 'INFO' || level === 'log' || level === 'info' ? `  ${text}` : `  [${level}] ${text}`);
  }
  /** Waits until the messages received so far are printed. */
  return { flush: () => Promise.race([queue, delay(2_000)]) };
}

export { delay, endAll };

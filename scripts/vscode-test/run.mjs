// Runs the extension's test suite (test/vscode/) inside VS Code's real extension host, offline:
// the VS Code server from the code-server package, opened by Debian's Chromium through
// playwright-core (scripts/vscode-test/session.mjs; ../shared/recipes/real-vscode-offline.md).
//
//   node scripts/vscode-test/run.mjs              both runs (trusted, then Restricted Mode) and the UI smoke test
//   node scripts/vscode-test/run.mjs --no-ui      without the UI smoke test
//   node scripts/vscode-test/run.mjs --only trusted|untrusted|ui
//   --timeout <s>  time limit per run (default 180, or VSCODE_TEST_TIMEOUT)
//   --grep <text>  only the tests whose title contains it
//   --extension-path <dir>  another extension under development (to try the harness itself)
//   --suite-entry <file.ts> another suite entry (with --extension-path)
//   --update-screenshots  the UI smoke test writes the README's screenshots (docs/images/)
//                  instead of dist/test-vscode/screenshots/
//   --keep         keep the temp folders (workspace, user data, server data) for a look afterwards
//
// The suite's result is what the workbench reports to the page through window.codeAutomationExit
// (the server log always says 0), cross-checked with the results file the suite writes. Exits
// with 0 only when every run passed. Expects `npm run build` to have built dist/extension.js
// (npm test's pretest does); the suite itself is built here.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT, delay, endAll, forwardConsole, startSession } from './session.mjs';
import { ensureVSCodeServer } from './setup.mjs';
import { SUITE, SUITE_DIR, buildSuite } from './build-suite.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const TIMEOUT_S = Number(option('--timeout') ?? process.env.VSCODE_TEST_TIMEOUT ?? 180);
const ONLY = option('--only');
const GREP = option('--grep');
const KEEP = flag('--keep');
const EXTENSION_PATH = option('--extension-path') ? path.resolve(option('--extension-path')) : undefined;
const EXTENSION_ID = 'inkooplint.inkooplint';

function log(message) {
  console.log(`[vscode-test] ${message}`);
}

/**
 * One run of the suite in one fresh VS Code window. mode: 'trusted' (workspace trust off) or
 * 'untrusted' (Restricted Mode, a workspace without any linted file to begin with).
 */
async function runSuite(mode) {
  const started = performance.now();
  const resultsFile = path.join(SUITE_DIR, `results-${mode}.json`);
  const configFile = path.join(SUITE_DIR, 'run-config.json');
  rmSync(resultsFile, { force: true });
  const config = {
    mode,
    root: ROOT,
    extensionId: EXTENSION_ID,
    resultsFile,
    activationFile: path.join(ROOT, '.bench', 'activation.json'),
    grep: GREP,
  };
  mkdirSync(SUITE_DIR, { recursive: true });
  // The suite reads its run's settings from the environment of the extension host, or else from this file.
  writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
  const workspace = path.join(ROOT, 'test', 'vscode', mode === 'trusted' ? 'workspace' : 'workspace-restricted');
  log(`${mode} run: starting VS Code (time limit ${TIMEOUT_S} s)`);
  const session = await startSession({
    workspace,
    trusted: mode === 'trusted',
    keepTemp: KEEP,
    extensionPath: EXTENSION_PATH,
    env: { INKOOPLINT_VSCODE_TEST_CONFIG: configFile },
  });
  let exitCode = null;
  let failure;
  let consoleForwarder;
  try {
    const { page } = session;
    // Registered before the page loads: the workbench calls it with the suite's exit code.
    await page.exposeFunction('codeAutomationExit', (code) => {
      exitCode = typeof code === 'number' ? code : Number(code);
    });
    consoleForwarder = forwardConsole(page);
    if (KEEP) log(`temp folder: ${session.temp}`);
    await page.goto(session.url({ extensionTestsPath: SUITE }), { timeout: TIMEOUT_S * 1000 });
    const deadline = started + TIMEOUT_S * 1000;
    while (exitCode === null && performance.now() < deadline) {
      if (session.server.exitCode !== null) throw new Error(`the VS Code server stopped with code ${session.server.exitCode}`);
      await delay(200);
    }
    if (exitCode === null) {
      failure = `no result within ${TIMEOUT_S} s`;
      await page.screenshot({ path: path.join(SUITE_DIR, `timeout-${mode}.png`) }).catch(() => {});
      log(`screenshot of the window at the time-out: ${path.relative(ROOT, path.join(SUITE_DIR, `timeout-${mode}.png`))}`);
    }
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  } finally {
    await consoleForwarder?.flush();
    await session.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  let results;
  if (existsSync(resultsFile)) results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  if (!failure && exitCode !== 0) failure = `the workbench reported exit code ${exitCode}`;
  if (!failure && !results) failure = 'the suite wrote no results file';
  if (!failure && results.failures > 0) failure = `${results.failures} failing test(s)`;
  if (!failure && results.passes === 0) failure = 'no test ran';
  const counts = results ? `${results.passes} passing, ${results.failures} failing, ${results.pending} pending` : 'no results';
  if (failure) log(`${mode} run FAILED after ${seconds} s: ${failure} (${counts})`);
  else log(`${mode} run passed in ${seconds} s: ${counts}`);
  return { mode, ok: !failure, seconds, counts };
}

async function main() {
  const started = performance.now();
  ensureVSCodeServer();
  if (!EXTENSION_PATH && !existsSync(path.join(ROOT, 'dist', 'extension.js'))) {
    log('dist/extension.js is missing: run `npm run build` first');
    return 1;
  }
  await buildSuite(option('--suite-entry') ? path.resolve(option('--suite-entry')) : undefined);
  const outcomes = [];
  const wanted = (name) => (ONLY ? ONLY === name : name !== 'ui' || !flag('--no-ui'));
  if (wanted('trusted')) outcomes.push(await runSuite('trusted'));
  if (wanted('untrusted')) outcomes.push(await runSuite('untrusted'));
  if (wanted('ui')) {
    const { runUiSmoke } = await import('./ui-smoke.mjs');
    const { README_IMAGES } = await import('./ui-smoke.mjs');
    const missing = ['vscode-problems.png', 'vscode-hover.png', 'vscode-quickfix.png', 'vscode-checklist-light.png', 'vscode-checklist-dark.png'].some((name) => !existsSync(path.join(README_IMAGES, name)));
    const images = flag('--update-screenshots') || missing ? README_IMAGES : path.join(SUITE_DIR, 'screenshots');
    const ui = await runUiSmoke({ timeoutSeconds: TIMEOUT_S, keep: KEEP, images });
    outcomes.push({ mode: 'ui smoke', ok: ui.ok, seconds: ui.seconds, counts: ui.summary });
  }
  log(`summary (${((performance.now() - started) / 1000).toFixed(1)} s in all):`);
  for (const outcome of outcomes) log(`  ${outcome.ok ? 'ok  ' : 'FAIL'} ${outcome.mode}: ${outcome.counts} (${outcome.seconds} s)`);
  return outcomes.every((outcome) => outcome.ok) ? 0 : 1;
}

main()
  .then(async (code) => {
    await endAll();
    process.exit(code);
  })
  .catch(async (error) => {
    console.error(error);
    await endAll();
    process.exit(1);
  });

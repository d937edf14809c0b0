// UI smoke test: the extension in a real VS Code window, used as a person would use it, with
// screenshots for the README (docs/images/). Opens a flawed declaration, reads the Problems panel,
// shows the hover on a finding, runs the quick fix from the light bulb (Ctrl+.), saves, and checks the file on disk.
//
//   node scripts/vscode-test/ui-smoke.mjs [--timeout <s>] [--keep] [--extension-path <dir> --images <dir>]
//
// Run alone, it writes the README's screenshots into docs/images/. Run by run.mjs (npm test), it
// writes them into dist/test-vscode/screenshots/, so that a test run does not change tracked files;
// `run.mjs --update-screenshots` writes docs/images/ (as does a run where they are missing).
//
// Run by scripts/vscode-test/run.mjs (so by npm test) after the extension-host suites. Every step
// waits through Playwright locators with generous time limits, for slow shared machines.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ROOT, endAll, forwardConsole, startSession } from './session.mjs';

const WORKSPACE = path.join(ROOT, 'test', 'vscode', 'workspace');
const FILE = 'bijstand-signalering.algoritme.yaml';
export const README_IMAGES = path.join(ROOT, 'docs', 'images');
const IMAGES = README_IMAGES;
const WAIT = 60_000;

function log(message) {
  console.log(`[ui-smoke] ${message}`);
}

/** Text of a rendered editor line (VS Code renders spaces as no-break spaces). */
const plain = (text) => (text ?? '').replace(/\u00a0/g, ' ');

async function steps(session, timeoutSeconds, IMAGES) {
  const { page } = session;
  const console_ = forwardConsole(page, (line) => {
    if (/inkooplint|\[ERR\]|\[error\]|page error/i.test(line)) console.log(line);
  });
  await page.goto(session.url(), { timeout: timeoutSeconds * 1000 });
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: WAIT });
  await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ state: 'visible', timeout: WAIT }).catch(() => {});
  await page.locator(`.explorer-folders-view .monaco-list-row[aria-label*="${FILE}"], .explorer-folders-view .label-name:has-text("${FILE}")`).first().waitFor({ timeout: WAIT });
  log('workbench is up');

  // 1. Open the flawed example through Quick Open.
  await page.keyboard.press('Control+P');
  const quickInput = page.locator('.quick-input-widget input');
  await quickInput.waitFor({ state: 'visible', timeout: WAIT });
  await quickInput.fill(FILE);
  await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${FILE}"]`).first().waitFor({ timeout: WAIT });
  await page.keyboard.press('Enter');
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.waitFor({ state: 'visible', timeout: WAIT });
  await page.locator(`.tabs-container .tab[aria-label*="${FILE}"]`).waitFor({ timeout: WAIT });
  // The extension's findings show as squiggles.
  await editor.locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: WAIT });
  log('the example is open and has squiggles');

  // 2. The Problems panel.
  await page.keyboard.press('Control+Shift+M');
  const problems = page.locator('.markers-panel .monaco-list-row');
  await problems.first().waitFor({ state: 'visible', timeout: WAIT });
  await page.locator('.markers-panel .monaco-list-row[aria-label*="NLD"]').first().waitFor({ timeout: WAIT });
  const entries = (await problems.evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? row.textContent ?? ''))).map(plain);
  log(`Problems panel, ${entries.length} visible entries:`);
  for (const entry of entries) console.log(`    ${entry.length > 160 ? `${entry.slice(0, 157)}...` : entry}`);
  const ours = entries.filter((entry) => /inkooplint/i.test(entry));
  if (ours.length < 3) throw new Error(`expected the extension's findings in the Problems panel, found ${ours.length} entries that name inkooplint`);
  if (!entries.some((entry) => /NLD/.test(entry))) throw new Error('the Problems panel does not show the finding on lang: NLD');
  mkdirSync(IMAGES, { recursive: true });
  // Put the editor's cursor on the finding first, so that the screenshot shows the line too.
  await goToLine(page, 22, 7);
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(IMAGES, 'vscode-problems.png') });
  log(`screenshot ${path.relative(ROOT, path.join(IMAGES, 'vscode-problems.png'))}`);

  // 3. A hover on a finding: what the rule checks, why (the source), how to fix it.
  await goToLine(page, 11, 18);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Inkooplint' }).first();
  await hover.waitFor({ state: 'visible', timeout: WAIT });
  const hoverText = plain(await hover.innerText());
  log(`hover: ${hoverText.replace(/\s+/g, ' ').slice(0, 200)}...`);
  if (!/declaration\/schema/.test(hoverText)) throw new Error('the hover does not name the rule');
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(IMAGES, 'vscode-hover.png') });
  log(`screenshot ${path.relative(ROOT, path.join(IMAGES, 'vscode-hover.png'))}`);
  await page.keyboard.press('Escape');
  await hover.waitFor({ state: 'hidden', timeout: WAIT }).catch(() => {});

  // 4. Quick fix from the light bulb: Ctrl+. on the finding, choose the fix that writes nld.
  await goToLine(page, 22, 7);
  await editor.locator('.lightBulbWidget, .codicon-light-bulb, .codicon-lightbulb-autofix').first().waitFor({ state: 'attached', timeout: WAIT }).catch(() => log('no light bulb icon seen; opening the menu with Ctrl+.'));
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  await menu.waitFor({ state: 'visible', timeout: WAIT });
  const fix = menu.locator('.monaco-list-row.action', { hasText: /nld/ }).first();
  await fix.waitFor({ state: 'visible', timeout: WAIT });
  const offered = (await menu.locator('.monaco-list-row.action').allTextContents()).map(plain);
  log(`quick fix menu: ${offered.join(' | ')}`);
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(IMAGES, 'vscode-quickfix.png') });
  log(`screenshot ${path.relative(ROOT, path.join(IMAGES, 'vscode-quickfix.png'))}`);
  // As a person would: Enter when the fix is the highlighted entry (it is the preferred fix), else a click.
  const focused = menu.locator('.monaco-list-row.action.focused');
  if (/nld/.test(plain(await focused.first().textContent({ timeout: 5_000 }).catch(() => '')))) await page.keyboard.press('Enter');
  else await fix.click({ timeout: WAIT });
  await menu.waitFor({ state: 'hidden', timeout: WAIT });
  await editor.locator('.view-line', { hasText: /^lang:\s+nld$/ }).first().waitFor({ timeout: WAIT });
  log('the fix changed the line to "lang: nld"');
  await page.locator('.markers-panel .monaco-list-row[aria-label*="NLD"]').first().waitFor({ state: 'detached', timeout: WAIT });
  log('the finding left the Problems panel');

  // 5. Save, and check the file on disk.
  await page.keyboard.press('Control+S');
  const onDisk = path.join(session.workspace, FILE);
  const deadline = Date.now() + WAIT;
  while (!/^lang: nld$/m.test(readFileSync(onDisk, 'utf8'))) {
    if (Date.now() > deadline) throw new Error('the saved file does not have lang: nld');
    await page.waitForTimeout(200);
  }
  await page.locator(`.tabs-container .tab.dirty[aria-label*="${FILE}"]`).waitFor({ state: 'detached', timeout: WAIT });
  log('saved: the file on disk says lang: nld');
  await console_.flush();
  return { entries: entries.length };
}

async function goToLine(page, line, column) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: WAIT });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: WAIT });
}

/** Runs the smoke test in its own VS Code window; never throws. */
export async function runUiSmoke({ timeoutSeconds = 180, keep = false, extensionPath, images = IMAGES } = {}) {
  const started = performance.now();
  let session;
  let summary;
  let ok = false;
  const failureShot = path.join(ROOT, 'dist', 'test-vscode', 'ui-smoke-failure.png');
  rmSync(failureShot, { force: true });
  try {
    log(`starting VS Code (time limit ${timeoutSeconds} s)`);
    session = await startSession({ workspace: WORKSPACE, trusted: true, keepTemp: keep, extensionPath, viewport: { width: 1400, height: 860 } });
    let timer;
    const timeLimit = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no result within ${timeoutSeconds} s`)), timeoutSeconds * 1000);
    });
    try {
      const result = await Promise.race([steps(session, timeoutSeconds, images), timeLimit]);
      summary = `${result.entries} problems listed, hover read, quick fix applied and saved, 3 screenshots`;
      ok = true;
    } finally {
      clearTimeout(timer);
    }
  } catch (error) {
    summary = `FAILED: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    if (session?.page) {
      const shot = failureShot;
      mkdirSync(path.dirname(shot), { recursive: true });
      await session.page.screenshot({ path: shot }).catch(() => {});
      if (existsSync(shot)) log(`screenshot of the failure: ${path.relative(ROOT, shot)}`);
    }
  } finally {
    await session?.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`${ok ? 'passed' : 'FAILED'} in ${seconds} s: ${summary}`);
  return { ok, seconds, summary };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const timeoutIndex = args.indexOf('--timeout');
  const value = (name) => (args.includes(name) ? path.resolve(args[args.indexOf(name) + 1]) : undefined);
  const result = await runUiSmoke({
    timeoutSeconds: timeoutIndex >= 0 ? Number(args[timeoutIndex + 1]) : Number(process.env.VSCODE_TEST_TIMEOUT ?? 180),
    keep: args.includes('--keep'),
    extensionPath: value('--extension-path'),
    images: value('--images'),
  });
  await endAll();
  process.exit(result.ok ? 0 : 1);
}

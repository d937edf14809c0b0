// UI smoke test: the extension in a real VS Code window, used as a person would use it, with
// screenshots for the README (docs/images/). Opens a flawed declaration, reads the Problems panel,
// shows the hover on a finding, runs the quick fix from the light bulb (Ctrl+.), saves, and checks the file on disk.
// Then the supplier transparency checklist: opens it for a contract from the command palette, sets a
// status and types notes in the webview (one of them hostile markup, which must stay text), saves,
// checks the YAML on disk, and takes the panel in the light and the dark theme.
// Then a Word contract: a .docx (built from the workspace's contract by test/docx/writeDocx.ts) is
// previewed from the explorer's context menu, its findings read from the webview, and imported
// with the preview's button; the .overeenkomst.md must then be on disk.
//
//   node scripts/vscode-test/ui-smoke.mjs [--timeout <s>] [--keep] [--extension-path <dir> --images <dir>]
//
// Run alone, it writes the README's screenshots into docs/images/. Run by run.mjs (npm test), it
// writes them into dist/test-vscode/screenshots/, so that a test run does not change tracked files;
// `run.mjs --update-screenshots` writes docs/images/ (as does a run where they are missing).
//
// Run by scripts/vscode-test/run.mjs (so by npm test) after the extension-host suites. Every step
// waits through Playwright locators with generous time limits, for slow shared machines.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import YAML from 'yaml';
import { ROOT, endAll, forwardConsole, startSession } from './session.mjs';

const WORKSPACE = path.join(ROOT, 'test', 'vscode', 'workspace');
const FILE = 'bijstand-signalering.algoritme.yaml';
const CONTRACT = 'routeplanning.overeenkomst.md';
const CHECKLIST = 'routeplanning.checklist.yaml';
const WORD = 'Routeplanning afval.docx';
const WORD_IMPORTED = 'Routeplanning afval.overeenkomst.md';
const HOSTILE = '<img src=x onerror="document.body.dataset.pwned=1"> <script>document.body.dataset.pwned=1</script>';
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
  // The Word file, in the workspace before the window opens (the test's own writer, bundled for this script).
  writeFileSync(path.join(session.workspace, WORD), await wordFromContract(readFileSync(path.join(WORKSPACE, CONTRACT), 'utf8')));
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

  // 3. A hover on a finding: what the rule checks, why (the source), how to fix it, and that it is no legal advice.
  await goToLine(page, 11, 18);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Inkooplint' }).first();
  await hover.waitFor({ state: 'visible', timeout: WAIT });
  // The problem's own part shows first; the extension's part (rule, source, fix) follows, and
  // ends with one line: the findings are a review aid, not legal advice.
  const DISCLAIMER = /These findings are a review aid, not legal advice\.|Deze meldingen zijn een hulpmiddel bij de beoordeling, geen juridisch advies\./;
  await page.locator('.monaco-hover:not(.hidden)', { hasText: DISCLAIMER }).first().waitFor({ state: 'visible', timeout: WAIT })
    .catch(() => { throw new Error('the hover does not say that the findings are a review aid, not legal advice'); });
  const hoverText = plain(await hover.innerText());
  log(`hover: ${hoverText.replace(/\s+/g, ' ').slice(0, 200)}...`);
  if (!/declaration\/schema/.test(hoverText)) throw new Error('the hover does not name the rule');
  log(`hover disclaimer: ${DISCLAIMER.exec(hoverText)?.[0] ?? '(in another hover part)'}`);
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

  // 6. The supplier transparency checklist of a contract.
  const checklist = await checklistSteps(session, IMAGES);
  // 7. An unsaved edit survives a window reload (the panel comes back through its serializer).
  checklist.reload = await checklistReloadSteps(session, checklist);
  // 8. A Word contract: preview from the explorer, import from the preview.
  const word = await wordSteps(session, IMAGES);
  // 9. The preview comes back after a window reload, for the same file, with the same findings.
  word.reloaded = await wordReloadSteps(session, word);
  await console_.flush();
  return { entries: entries.length, checklist, word };
}

/** A .docx of a contract, made by test/docx/writeDocx.ts (bundled here with esbuild, as the suite is). */
async function wordFromContract(markdown) {
  const out = path.join(ROOT, 'dist', 'test-vscode', 'writeDocx.cjs');
  await build({ entryPoints: [path.join(ROOT, 'test', 'docx', 'writeDocx.ts')], outfile: out, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
  const { markdownToDocx } = createRequire(import.meta.url)(out);
  return markdownToDocx(markdown);
}

async function wordSteps(session, IMAGES) {
  const { page } = session;
  await runCommand(page, 'View: Close All Editors', { optional: true });
  await chooseTheme(page, 'Light Modern');
  await runCommand(page, 'View: Show Explorer');
  // Right-click the Word file in the explorer and choose the preview, as a person would.
  const row = page.locator('.explorer-folders-view .monaco-list-row', { has: page.locator('.label-name', { hasText: WORD }) }).first();
  await row.waitFor({ timeout: WAIT });
  const item = page.locator('.monaco-menu .action-item', { hasText: 'Preview Word contract findings' }).first();
  const frame = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
  // The explorer may re-render as it is shown, and a menu may take a moment to take clicks: up to three tries.
  for (let attempt = 1; ; attempt++) {
    await page.waitForTimeout(500);
    await row.click({ button: 'right' });
    if (await item.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false)) {
      // A menu ignores clicks in its first moments (against a click that opened it going through).
      await page.waitForTimeout(600);
      await item.click({ timeout: 5_000 }).catch(() => {});
    }
    if (await frame.locator('h1').waitFor({ state: 'visible', timeout: 15_000 }).then(() => true, () => false)) break;
    await page.keyboard.press('Escape');
    if (attempt === 3) throw new Error('the Word preview did not open from the explorer\'s context menu');
    log(`the context menu did not open the preview (try ${attempt}); again`);
  }
  await frame.locator('h1').waitFor({ state: 'visible', timeout: WAIT });
  const groups = await frame.locator('section.group h2').evaluateAll((headings) => headings.map((h) => h.textContent?.trim() ?? ''));
  const findings = await frame.locator('li.finding').count();
  const places = await frame.locator('li.finding .place').evaluateAll((spans) => spans.map((span) => span.textContent ?? ''));
  log(`the Word preview lists ${findings} findings in ${groups.length} groups: ${groups.join(' | ')}`);
  if (findings === 0 || !groups.some((heading) => /^Artikel \d+/.test(heading))) throw new Error('the Word preview shows no findings by article');
  if (!places.some((place) => /^(artikel|article) \d/.test(place))) throw new Error('no finding names its Word place');
  await runCommand(page, 'View: Close Primary Side Bar', { optional: true });
  await frame.locator('h1').focus();
  await page.waitForTimeout(1_000);
  await page.screenshot({ path: path.join(IMAGES, 'vscode-word-preview.png') });
  log(`screenshot ${path.relative(ROOT, path.join(IMAGES, 'vscode-word-preview.png'))}`);
  // The preview's own button imports the file; the Markdown contract opens beside nothing else.
  await frame.locator('button[data-action="import"]').click();
  const onDisk = path.join(session.workspace, WORD_IMPORTED);
  await until(page, `${WORD_IMPORTED} on disk`, () => existsSync(onDisk) && /^leverancier: /m.test(readFileSync(onDisk, 'utf8')));
  await page.locator(`.tabs-container .tab.active[aria-label*="${WORD_IMPORTED}"]`).first().waitFor({ timeout: WAIT });
  log(`imported from the preview: ${WORD_IMPORTED} is on disk and open`);
  return { findings, groups: groups.length };
}

/**
 * Reloads the window (Developer: Reload Window) with the Word preview open in a tab behind the
 * imported contract, opens that tab, and checks that the preview shows the same Word file with the
 * same number of findings: VS Code restores the panel, the extension's serializer fills it.
 */
async function wordReloadSteps(session, { findings }) {
  const { page } = session;
  await page.evaluate(() => (window.__inkooplintBeforeReload = true));
  await runCommand(page, 'Developer: Reload Window');
  await page.waitForFunction(() => window.__inkooplintBeforeReload !== true, undefined, { timeout: WAIT, polling: 200 });
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: WAIT });
  log('the window reloaded with the Word preview open');
  const tab = page.locator(`.tabs-container .tab[aria-label*="${WORD}"]`).first();
  await tab.waitFor({ timeout: WAIT });
  await tab.click();
  const frame = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
  await frame.locator('p.file', { hasText: WORD }).waitFor({ state: 'visible', timeout: WAIT });
  const after = await until(page, 'the restored preview to list its findings', async () => {
    const count = await frame.locator('li.finding').count();
    return count > 0 ? count : undefined;
  });
  if (after !== findings) throw new Error(`after the reload the preview lists ${after} findings, before ${findings}`);
  log(`after the window reload the Word preview is back for ${WORD} with its ${after} findings`);
  return true;
}

/** The quick input's row whose label is exactly `label` (a string or a RegExp). */
function quickPickRow(page, label) {
  const exact = label instanceof RegExp ? label : new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
}

/**
 * Runs a command from the command palette (F1): types its title and clicks it. An `optional`
 * command that the palette does not offer (closing a panel that is not open) is left out.
 */
async function runCommand(page, title, { optional = false } = {}) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: WAIT });
  await input.fill(`>${title}`);
  const row = quickPickRow(page, title);
  const offered = await row.waitFor({ timeout: optional ? 3_000 : WAIT }).then(() => true, (error) => {
    if (!optional) throw error;
    return false;
  });
  if (offered) await row.click();
  else await page.keyboard.press('Escape');
  // The palette closes, or (a command that asks something) the same widget shows the next question.
  await until(page, `the palette to run ${title}`, async () => !(await input.isVisible()) || !(await input.inputValue()).startsWith('>'));
}

/** Chooses a colour theme as a person would: Preferences: Color Theme, type its name, click it. */
async function chooseTheme(page, theme) {
  await runCommand(page, 'Preferences: Color Theme');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: WAIT });
  await input.fill(theme);
  const row = quickPickRow(page, new RegExp(`^(Default )?${theme}$`));
  await row.waitFor({ timeout: WAIT });
  await row.click();
  await input.waitFor({ state: 'hidden', timeout: WAIT });
}

/** Waits until `probe()` returns a truthy value (polling), or throws with `what`. */
async function until(page, what, probe, timeout = WAIT) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await page.waitForTimeout(200);
  }
}

async function checklistSteps(session, IMAGES) {
  const { page } = session;
  // Open the contract (Quick Open), then the checklist from the command palette.
  await page.keyboard.press('Control+P');
  const quickInput = page.locator('.quick-input-widget input');
  await quickInput.waitFor({ state: 'visible', timeout: WAIT });
  await quickInput.fill(CONTRACT);
  await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${CONTRACT}"]`).first().waitFor({ timeout: WAIT });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label*="${CONTRACT}"]`).first().waitFor({ timeout: WAIT });
  // The Problems panel and the side bar are not needed any more: more room for the checklist.
  await runCommand(page, 'View: Hide Panel', { optional: true });
  await runCommand(page, 'View: Close Primary Side Bar', { optional: true });
  await runCommand(page, 'Inkooplint: Open supplier transparency checklist');
  const frame = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
  const heading = frame.locator('h1');
  await heading.waitFor({ state: 'visible', timeout: WAIT });
  const title = (await heading.textContent()) ?? '';
  log(`the checklist panel is open: "${title}"`);
  // A suggestion from the contract lint, still to confirm.
  const suggested = frame.locator('section.entry:has(p.suggestion)').first();
  await suggested.waitFor({ state: 'visible', timeout: WAIT });
  const entryKey = await suggested.getAttribute('id');
  const entryTitle = (await frame.locator(`#${entryKey}-title`).textContent())?.trim();
  log(`suggested item: ${entryTitle} (${entryKey})`);

  // Its status: the drop-down (a native select; its pop-up is the browser's, so chosen by value), to "deels".
  const select = frame.locator(`#${entryKey}-status`);
  const deels = ((await select.locator('option[value="deels"]').textContent()) ?? '').trim();
  await select.scrollIntoViewIfNeeded();
  await select.focus();
  await select.selectOption('deels');
  await frame.locator(`#${entryKey} p.current.partly`).waitFor({ timeout: WAIT });
  log(`status of ${entryKey} set to "${deels}"`);

  // A note, typed; Tab leaves the field (and commits it, as the change event does).
  const note = 'Artikel 7 regelt de audit, maar noemt geen termijn.';
  await typeNote(page, frame, entryKey, note);
  // A note with hostile markup, on another item.
  const keys = await frame.locator('section.entry').evaluateAll((sections) => sections.map((section) => section.id));
  const hostileKey = keys.filter((key) => key !== entryKey).at(-1);
  if (!hostileKey) throw new Error(`only one item in the checklist: ${keys.join(', ')}`);
  await typeNote(page, frame, hostileKey, HOSTILE);

  // Save with the panel's button.
  await frame.locator('#save').click();
  const onDisk = path.join(session.workspace, CHECKLIST);
  // The items' ids in the file, from the keys of their sections (`q-` and the id with `/` as `-`).
  const idOf = (items, key) => Object.keys(items).find((id) => `q-${id.replace(/[^a-z0-9-]/g, '-')}` === key);
  const data = await until(page, `${CHECKLIST} with the status and the notes`, () => {
    if (!existsSync(onDisk)) return undefined;
    const items = YAML.parse(readFileSync(onDisk, 'utf8'))?.items ?? {};
    const entryId = idOf(items, entryKey);
    const hostileId = idOf(items, hostileKey);
    return entryId && hostileId && items[entryId].status === 'deels' && items[entryId].notes === note && items[hostileId].notes === HOSTILE ? { entryId, hostileId } : undefined;
  });
  log(`saved: ${CHECKLIST} on disk has ${data.entryId}: deels with the note, and ${data.hostileId} with the hostile note as text`);
  await frame.locator('#save-status').filter({ hasText: /\S/ }).waitFor({ timeout: WAIT });

  // The hostile note is text: no img element among the notes, no script ran, the literal text shows.
  const images = await frame.locator('section.entry img').count();
  if (images !== 0) throw new Error(`${images} img element(s) in the rendered notes`);
  const pwned = await frame.locator('body').evaluate((body) => body.dataset.pwned);
  if (pwned !== undefined) throw new Error(`script from a note ran (data-pwned=${pwned})`);
  const shown = frame.locator(`#${hostileKey}-notes textarea`);
  if (!(await shown.isVisible())) throw new Error('the hostile note is not visible');
  if ((await shown.inputValue()) !== HOSTILE) throw new Error(`the hostile note shows as "${await shown.inputValue()}"`);
  log('the hostile note shows as literal text: no img element, nothing ran');

  // Screenshots of the panel: the top of the checklist, in the light and the dark theme.
  await frame.locator('body').evaluate(() => window.scrollTo(0, 0));
  await frame.locator('h1').focus();
  for (const [theme, name] of [['Light Modern', 'vscode-checklist-light.png'], ['Dark Modern', 'vscode-checklist-dark.png']]) {
    await chooseTheme(page, theme);
    await page.waitForTimeout(1_000);
    await page.screenshot({ path: path.join(IMAGES, name) });
    log(`screenshot ${path.relative(ROOT, path.join(IMAGES, name))} (${theme})`);
  }
  return { item: data.entryId, entryKey, hostileKey };
}

/** The checklist's webview: the last webview of the window, its page inside VS Code's frame. */
const checklistFrame = (page) => page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');

/**
 * "Edits are kept if the panel is closed or the window reloads before saving": types a note
 * without saving, reloads the window (Developer: Reload Window), and checks that the panel comes
 * back by itself with the same contract, the note still in its field, the page still saying
 * "unsaved", and the file on disk without the note.
 */
async function checklistReloadSteps(session, { entryKey, hostileKey }) {
  const { page } = session;
  let frame = checklistFrame(page);
  // An item without a note yet.
  const keys = await frame.locator('section.entry').evaluateAll((sections) => sections.map((section) => section.id));
  const key = keys.find((candidate) => candidate !== entryKey && candidate !== hostileKey);
  if (!key) throw new Error(`no third item in the checklist: ${keys.join(', ')}`);
  const contractBefore = ((await frame.locator('p.contract').textContent()) ?? '').trim();
  const note = 'Nog niet opgeslagen: de leverancier stuurt het auditrapport na.';
  await typeNote(page, frame, key, note);
  const status = frame.locator('#save-status');
  await status.filter({ hasText: /\S/ }).waitFor({ timeout: WAIT });
  const unsaved = ((await status.textContent()) ?? '').trim();
  const onDisk = path.join(session.workspace, CHECKLIST);
  if (readFileSync(onDisk, 'utf8').includes(note)) throw new Error('the unsaved note is already on disk');
  log(`unsaved note typed in ${key} (the page says "${unsaved}"); reloading the window`);

  // A mark in the window's page that only the old page has: gone once the window really reloaded.
  await page.evaluate(() => (window.__inkooplintBeforeReload = true));
  await runCommand(page, 'Developer: Reload Window');
  await page.waitForFunction(() => window.__inkooplintBeforeReload !== true, undefined, { timeout: WAIT, polling: 200 });
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: WAIT });
  log('the window reloaded');
  // The panel comes back without any command: VS Code restores it, the extension's serializer fills it.
  frame = checklistFrame(page);
  const field = frame.locator(`#${key}-notes textarea`);
  await field.waitFor({ state: 'attached', timeout: WAIT });
  const contractAfter = ((await frame.locator('p.contract').textContent()) ?? '').trim();
  if (contractAfter !== contractBefore) throw new Error(`after the reload the panel shows "${contractAfter}", before "${contractBefore}"`);
  const kept = await until(page, 'the unsaved note in the restored panel', async () => ((await field.inputValue()) === note ? true : undefined));
  if (!kept) throw new Error('the unsaved note is gone');
  await until(page, 'the restored panel to say unsaved', async () => (((await status.textContent()) ?? '').trim() === unsaved ? true : undefined));
  if (readFileSync(onDisk, 'utf8').includes(note)) throw new Error('the reload saved the note to disk');
  log(`after the window reload the panel is back for "${contractAfter}" with the unsaved note and "${unsaved}"; the file on disk is unchanged`);
  return { contract: contractAfter, noteKept: true };
}

/** Clicks into an item's notes, types `text` as a person would, and leaves the field with Tab. */
async function typeNote(page, frame, key, text) {
  const area = frame.locator(`#${key}-notes textarea`);
  await area.scrollIntoViewIfNeeded();
  // Mark the item as rendered now: the extension's answer (a new view) renders it afresh.
  await frame.locator(`#${key}`).evaluate((section) => (section.dataset.before = '1'));
  await area.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
  const fresh = frame.locator(`#${key}:not([data-before])`);
  await fresh.waitFor({ state: 'attached', timeout: WAIT });
  const value = await fresh.locator(`#${key}-notes textarea`).inputValue();
  if (value !== text) throw new Error(`the note of ${key} shows as "${value}" after the new view`);
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
      summary = `${result.entries} problems listed, hover read, quick fix applied and saved; checklist item ${result.checklist.item} set, notes typed (hostile one shown as text), saved as YAML; an unsaved note kept across a window reload (${result.checklist.reload.contract}); Word preview with ${result.word.findings} findings in ${result.word.groups} groups, imported from its button, back after a window reload; 6 screenshots`;
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

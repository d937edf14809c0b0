/**
 * The overview page in a real browser: Debian's Chromium, driven by playwright-core (which never
 * downloads a browser). Checks that the page loads nothing but itself and reads without scripts,
 * writes the screenshot in the README (docs/images/overview.png), and runs axe-core's WCAG 2.1 AA
 * rules on it. scripts/ensure-chromium.mjs installs Chromium with apt-get when it is missing.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { ensureBuilt } from './helpers/build';
import { launchChromium, runAxe } from './helpers/chromium';
import { ROOT, runCli } from './helpers/cli';

const SCREENSHOT = path.join(ROOT, 'docs', 'images', 'overview.png');


describe('overview page in Chromium (playwright-core + axe-core)', function () {
  // Installing Chromium on a clean machine takes minutes; a browser run takes seconds.
  this.timeout(15 * 60_000);
  let browser: Browser;
  let dir: string;
  const pages: Record<string, string> = {};

  before(async () => {
    ensureBuilt();
    dir = mkdtempSync(path.join(tmpdir(), 'inkooplint-overview-browser-'));

    // The fixture workspace, hostile text included.
    const fixture = runCli(['overview', path.join(ROOT, 'test', 'fixtures', 'overview'), '--out', path.join(dir, 'fixture', 'overzicht.html')]);
    assert.equal(fixture.status, 0, fixture.stderr);
    pages.fixture = path.join(dir, 'fixture', 'overzicht.html');
    const english = runCli(['overview', path.join(ROOT, 'test', 'fixtures', 'overview'), '--out', path.join(dir, 'english', 'overview.html'), '--lang', 'en']);
    assert.equal(english.status, 0, english.stderr);
    pages.english = path.join(dir, 'english', 'overview.html');

    // The screenshot's workspace: every supplier template of the register, imported, beside the fixture's own declarations and contracts.
    const workspace = path.join(dir, 'gemeente');
    const templates = path.join(ROOT, 'test', 'fixtures', 'corpus', 'templates');
    for (const name of readdirSync(templates)) {
      const run = runCli(['import', path.join(templates, name), '--out', path.join(workspace, 'leveranciers', name.replace(/\.json$/, ''))]);
      assert.equal(run.status, 0, run.stderr);
    }
    cpSync(path.join(ROOT, 'test', 'fixtures', 'overview', 'contracten'), path.join(workspace, 'contracten'), { recursive: true });
    mkdirSync(path.join(workspace, 'algoritmes'));
    for (const name of ['bijstand-risico', 'routeplanning', 'wmo-toewijzing', 'vacaturematching']) {
      cpSync(path.join(ROOT, 'test', 'fixtures', 'overview', 'algoritmes', `${name}.algoritme.yaml`), path.join(workspace, 'algoritmes', `${name}.algoritme.yaml`));
    }
    const overview = runCli(['overview', workspace, '--out', path.join(dir, 'gemeente-overzicht.html')], { cwd: dir });
    assert.equal(overview.status, 0, overview.stderr);
    pages.workspace = path.join(dir, 'gemeente-overzicht.html');

    // The fixture workspace with a deviation that explains the one clause its poor contract lacks:
    // the overview's "explained" style in the page, for the contrast check.
    const explaining = path.join(dir, 'uitgelegd');
    cpSync(path.join(ROOT, 'test', 'fixtures', 'overview'), explaining, { recursive: true });
    const poorFile = path.join(explaining, 'contracten', 'gebreken.overeenkomst.md');
    const poor = readFileSync(poorFile, 'utf8');
    const explained = poor.replace(/afwijkingen:\n(?: {2}.*\n)+/, 'afwijkingen:\n  - onderwerp: exit\n    reden: Eenmalige levering zonder hosting.\n    door: J. Jansen\n    datum: 2025-03-01\n');
    assert.notEqual(explained, poor);
    writeFileSync(poorFile, explained);
    const deviation = runCli(['overview', explaining, '--out', path.join(dir, 'uitgelegd-overzicht.html')]);
    assert.equal(deviation.status, 0, deviation.stderr);
    pages.deviation = path.join(dir, 'uitgelegd-overzicht.html');
    assert.match(readFileSync(pages.deviation, 'utf8'), /Eenmalige levering zonder hosting\./, 'the explained deviation is on the page');

    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads nothing but the page itself and needs no script to be read (JavaScript off)', async () => {
    for (const file of Object.values(pages)) {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      assert.deepEqual(requests, [pathToFileURL(file).href]);
      // The content is there without scripts: the heading, the charts and the table.
      assert.match(await page.locator('h1').innerText(), /Algoritmeoverzicht|Algorithm overview/);
      assert.equal(await page.locator('svg[role="img"]').count(), 5);
      assert.ok((await page.locator('main table tbody tr').count()) > 5);
      await context.close();
    }
  });

  it('shows hostile declaration text as text: no dialog, no extra elements', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto(pathToFileURL(pages.fixture).href, { waitUntil: 'load' });
    assert.equal(await page.locator('script, img, iframe').count(), 0);
    assert.equal(await page.getByText("<script>alert('naam')</script> Vijandige naam | met & teken").count(), 1);
    assert.equal(dialogs, 0);
    await context.close();
  });

  it('writes the screenshot docs/images/overview.png (the README shows it)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 1800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(pathToFileURL(pages.workspace).href, { waitUntil: 'load' });
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    await context.close();
    const png = readFileSync(SCREENSHOT);
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.equal(png.readUInt32BE(16), 1280);
  });

  for (const which of ['fixture', 'english', 'workspace', 'deviation'] as const) {
    it(`passes axe-core's WCAG 2.1 AA rules (${which})`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(pathToFileURL(pages[which]).href, { waitUntil: 'load' });
      const { violations, passed } = await runAxe(page);
      assert.deepEqual(violations, []);
      for (const id of ['html-has-lang', 'document-title', 'color-contrast', 'svg-img-alt', 'th-has-data-cells']) assert.ok(passed.has(id), `${id} ran and passed`);
      await context.close();
    });
  }
});

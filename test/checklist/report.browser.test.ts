/**
 * The checklist's HTML report in a real browser: Debian's Chromium driven by playwright-core
 * (which never downloads a browser; scripts/ensure-chromium.mjs installs Chromium with apt-get
 * when it is missing). Checks that the report loads nothing but itself, that hostile text does not
 * run, axe-core's WCAG 2.1 AA rules in Dutch and English, and writes docs/images/checklist-report.png.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { renderChecklistHtml } from '../../src/core/checklist';
import { launchChromium, runAxe } from '../helpers/chromium';
import { demoChecklist, HOSTILE, ROOT } from './helpers';

const SCREENSHOT = path.join(ROOT, 'docs', 'images', 'checklist-report.png');


describe('checklist HTML report in Chromium (playwright-core + axe-core)', function () {
  this.timeout(15 * 60_000);
  let browser: Browser;
  let dir: string;
  const pages: Record<string, string> = {};

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'inkooplint-checklist-browser-'));
    const options = { date: '2026-11-23', toolVersion: '0.1.0' };
    const write = (name: string, html: string): void => {
      pages[name] = path.join(dir, `${name}.html`);
      writeFileSync(pages[name], html);
    };
    const demo = demoChecklist().model;
    const hostile = demoChecklist({ hostile: true }).model;
    write('nl', renderChecklistHtml(demo, { ...options, language: 'nl' }));
    write('en', renderChecklistHtml(demo, { ...options, language: 'en' }));
    write('hostile', renderChecklistHtml(hostile, { ...options, language: 'nl' }));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads nothing but the page itself, and reads without scripts', async () => {
    for (const file of Object.values(pages)) {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      assert.deepEqual(requests, [pathToFileURL(file).href]);
      assert.equal(await page.locator('main article.item').count(), 24);
      await context.close();
    }
  });

  it('shows hostile text as text: no dialog, no element made by it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto(pathToFileURL(pages.hostile).href, { waitUntil: 'load' });
    assert.equal(await page.locator('script, img, iframe').count(), 0);
    assert.ok((await page.locator('h1').innerText()).includes(HOSTILE));
    assert.equal(await page.locator('dd.notes', { hasText: HOSTILE }).count(), 1);
    assert.equal(dialogs, 0);
    await context.close();
  });

  for (const which of ['nl', 'en', 'hostile'] as const) {
    it(`passes axe-core's WCAG 2.1 AA rules (${which})`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(pathToFileURL(pages[which]).href, { waitUntil: 'load' });
      const { violations, passed } = await runAxe(page);
      assert.deepEqual(violations, []);
      for (const id of ['html-has-lang', 'html-lang-valid', 'document-title', 'color-contrast', 'th-has-data-cells', 'definition-list', 'list']) assert.ok(passed.has(id), `${id} ran and passed`);
      await context.close();
    });
  }

  it('writes docs/images/checklist-report.png (the top of the Dutch report)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1100, height: 1500 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(pathToFileURL(pages.nl).href, { waitUntil: 'load' });
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    await context.close();
    const png = readFileSync(SCREENSHOT);
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.equal(png.readUInt32BE(16), 1100);
  });

  it('prints to PDF (the report is meant to be printed)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pathToFileURL(pages.nl).href, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    await context.close();
  });
});

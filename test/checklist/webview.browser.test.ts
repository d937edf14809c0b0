/**
 * The checklist webview (webview/checklist, bundled by scripts/build-webview.mjs) in Chromium, in a
 * page with the Content-Security-Policy the panel uses (no inline scripts but the nonce'd one that
 * stands in for VS Code's `acquireVsCodeApi`). Checks that hostile text shows as text, that the
 * controls work by keyboard and post checked messages, and axe-core's WCAG 2.1 AA rules.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { checklistView } from '../../src/core/checklist';
import { checklistPage } from '../../src/extension/checklist/html';
import { launchChromium, runAxe } from '../helpers/chromium';
import { demoChecklist, HOSTILE, ROOT } from './helpers';

const NONCE = 'bm9uY2UtZm9yLXRlc3Rz';

/** A few of VS Code's Light+ theme variables, as the webview host sets them. */
const LIGHT_THEME = `--vscode-foreground:#3b3b3b;--vscode-editor-background:#ffffff;--vscode-font-family:system-ui,sans-serif;--vscode-font-size:13px;--vscode-focusBorder:#005fb8;--vscode-textLink-foreground:#005fb8;--vscode-descriptionForeground:#3b3b3b;--vscode-errorForeground:#c72e0f;--vscode-badge-background:#cccccc;--vscode-badge-foreground:#3b3b3b;--vscode-button-background:#005fb8;--vscode-button-foreground:#ffffff;--vscode-button-secondaryBackground:#e5e5e5;--vscode-button-secondaryForeground:#3b3b3b;--vscode-input-background:#ffffff;--vscode-input-foreground:#3b3b3b;--vscode-settings-dropdownBackground:#ffffff;--vscode-settings-dropdownForeground:#3b3b3b;--vscode-settings-textInputBackground:#ffffff;--vscode-settings-textInputForeground:#3b3b3b;--vscode-settings-textInputBorder:#767676;--vscode-settings-dropdownBorder:#767676;--vscode-input-placeholderForeground:#6f6f6f;--vscode-panel-border:#e5e5e5;--vscode-editorWidget-background:#f8f8f8`;

/** A few of VS Code's Dark Modern theme variables. */
const DARK_THEME = `--vscode-foreground:#cccccc;--vscode-editor-background:#1f1f1f;--vscode-font-family:system-ui,sans-serif;--vscode-font-size:13px;--vscode-focusBorder:#0078d4;--vscode-textLink-foreground:#4daafc;--vscode-descriptionForeground:#9d9d9d;--vscode-errorForeground:#f85149;--vscode-badge-background:#616161;--vscode-badge-foreground:#f8f8f8;--vscode-button-background:#0078d4;--vscode-button-foreground:#ffffff;--vscode-button-secondaryBackground:#313131;--vscode-button-secondaryForeground:#cccccc;--vscode-input-background:#313131;--vscode-input-foreground:#cccccc;--vscode-settings-dropdownBackground:#313131;--vscode-settings-dropdownForeground:#cccccc;--vscode-settings-dropdownBorder:#3c3c3c;--vscode-settings-textInputBackground:#313131;--vscode-settings-textInputForeground:#cccccc;--vscode-settings-textInputBorder:#3c3c3c;--vscode-input-placeholderForeground:#989898;--vscode-panel-border:#2b2b2b;--vscode-editorWidget-background:#202020`;


describe('checklist webview in Chromium (bundle, CSP, keyboard, axe-core)', function () {
  this.timeout(15 * 60_000);
  let browser: Browser;
  let dir: string;
  let pageFile: string;

  before(async () => {
    const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-webview.mjs')], { encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
    dir = mkdtempSync(path.join(tmpdir(), 'inkooplint-checklist-webview-'));
    copyFileSync(path.join(ROOT, 'dist', 'webview', 'checklist.js'), path.join(dir, 'checklist.js'));
    copyFileSync(path.join(ROOT, 'dist', 'webview', 'checklist.css'), path.join(dir, 'checklist.css'));
    pageFile = path.join(dir, 'panel.html');
    writeFileSync(pageFile, `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-${NONCE}'; style-src file:; font-src file:;">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Checklist</title>
<link rel="stylesheet" href="checklist.css">
</head>
<body>
<div id="app"></div>
<script nonce="${NONCE}">
  window.__posted = [];
  window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => undefined, setState: () => {} });
</script>
<script nonce="${NONCE}" src="checklist.js"></script>
</body>
</html>
`);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function openPanel(options: { hostile?: boolean; language?: 'nl' | 'en'; dark?: boolean } = {}): Promise<{ page: Page; dialogs: () => number; posted: () => Promise<unknown[]>; cspErrors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1000, height: 1400 } });
    const page = await context.newPage();
    let dialogs = 0;
    const cspErrors: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
    });
    await page.goto(pathToFileURL(pageFile).href, { waitUntil: 'load' });
    // Through the CSSOM, as VS Code's host page does: the policy refuses style attributes (a `style="…"`
    // in the markup or set with setAttribute would leave the page unthemed).
    await page.evaluate((theme) => {
      for (const declaration of theme.split(';')) {
        const colon = declaration.indexOf(':');
        if (colon > 0) document.documentElement.style.setProperty(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
      }
    }, options.dark ? DARK_THEME : LIGHT_THEME);
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--vscode-editor-background').trim()), options.dark ? '#1f1f1f' : '#ffffff', 'the theme applies');
    const view = checklistView(demoChecklist({ hostile: options.hostile }).model, options.language ?? 'nl');
    await page.evaluate((message) => window.postMessage(message, '*'), { type: 'load', view, dirty: false });
    await page.locator('section.entry').first().waitFor();
    return { page, dialogs: () => dialogs, posted: () => page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted), cspErrors };
  }

  it('posts ready, renders every question, and shows hostile text as text', async () => {
    const { page, dialogs, posted, cspErrors } = await openPanel({ hostile: true });
    assert.deepEqual((await posted())[0], { type: 'ready' });
    assert.equal(await page.locator('section.entry').count(), 24);
    assert.equal(await page.locator('#app img, #app script, #app iframe').count(), 0);
    assert.ok((await page.locator('#q-audit').innerText()).includes('<img src=x onerror=alert(1)>'));
    assert.equal(await page.locator('header p.supplier').innerText(), `Leverancier: Datavisie B.V. ${HOSTILE}`, 'the supplier, as text');
    assert.equal(await page.locator('#q-audit vscode-textarea').evaluate((element) => (element as unknown as { value: string }).value), HOSTILE);
    assert.equal(dialogs(), 0);
    assert.deepEqual(cspErrors, []);
    await page.context().close();
  });

  it('works by keyboard: confirm a suggestion, choose a status, write a note', async () => {
    const { page, posted } = await openPanel();
    await page.locator('#q-accuracy-robustness-security-confirm').focus();
    await page.keyboard.press('Enter');
    await page.locator('#q-exit-notes').focus();
    await page.keyboard.type('Exitplan ontvangen.');
    await page.keyboard.press('Tab');
    const select = page.locator('#q-supplier-training-data-status');
    await select.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const messages = await posted();
    assert.ok(messages.some((m) => JSON.stringify(m) === JSON.stringify({ type: 'confirmSuggestion', id: 'accuracy-robustness-security' })), JSON.stringify(messages));
    assert.ok(messages.some((m) => JSON.stringify(m) === JSON.stringify({ type: 'setNotes', id: 'exit', notes: 'Exitplan ontvangen.' })), JSON.stringify(messages));
    assert.ok(messages.some((m) => (m as { type: string; id?: string }).type === 'setStatus' && (m as { id: string }).id === 'supplier/training-data'), JSON.stringify(messages));
    await page.context().close();
  });

  it('checks evidence before posting it: no javascript: URLs, no paths outside the workspace', async () => {
    const { page, posted } = await openPanel();
    const where = page.locator('#q-supplier-performance-evidence-where input');
    const add = page.locator('#q-supplier-performance-evidence-add');
    for (const bad of ['javascript:alert(1)', '/etc/passwd', '../../../../etc/passwd']) {
      await where.fill(bad);
      await add.click();
      assert.match(await page.locator('#q-supplier-performance-evidence-error').innerText(), /https:\/\//);
    }
    await where.fill('https://leverancier.example/prestaties.pdf');
    await page.locator('#q-supplier-performance-evidence-title input').fill('Prestatierapport 2026');
    await add.click();
    const evidence = (await posted()).filter((m) => (m as { type: string }).type === 'addEvidence');
    assert.deepEqual(evidence, [{ type: 'addEvidence', id: 'supplier/performance', evidence: { kind: 'url', url: 'https://leverancier.example/prestaties.pdf', title: 'Prestatierapport 2026' } }]);
    await page.context().close();
  });

  it('shows a conflict with reload and merge, and says so to screen readers', async () => {
    const { page, posted } = await openPanel();
    await page.evaluate(() => window.postMessage({ type: 'conflict', file: 'x.checklist.yaml', conflicts: ['audit'] }, '*'));
    const alert = page.locator('[role="alert"]', { hasText: 'gewijzigd' });
    await alert.waitFor();
    await page.locator('#merge').click();
    assert.ok((await posted()).some((m) => (m as { type: string }).type === 'merge'));
    await page.context().close();
  });

  it('renders the first view embedded in the page as the panel builds it (bundle inlined), hostile text as text, and says ready then rendered', async () => {
    const nonce = 'bm9uY2UtZm9yLWlubGluZS1wYWdl';
    const view = checklistView(demoChecklist({ hostile: true }).model, 'nl');
    // The same hostile text where it would hurt most: able to end a <script> element if unescaped.
    const hostileView = { ...view, intro: `</script><script>document.body.dataset.pwned = "intro"</script>${HOSTILE}` };
    const html = checklistPage({
      cspSource: 'file:',
      inlineScript: readFileSync(path.join(ROOT, 'dist', 'webview', 'checklist.js'), 'utf8'),
      inlineStyle: readFileSync(path.join(ROOT, 'dist', 'webview', 'checklist.css'), 'utf8'),
      initial: { type: 'load', view: hostileView, dirty: false },
      nonce,
      language: 'nl',
      title: 'Checklist',
      loadingText: 'Laden…',
    }).replace('<body>', `<body>\n<script nonce="${nonce}">
  window.__posted = [];
  window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => undefined, setState: () => {} });
</script>`);
    const inlineFile = path.join(dir, 'inline.html');
    writeFileSync(inlineFile, html);
    const context = await browser.newContext({ viewport: { width: 1000, height: 1400 } });
    const page = await context.newPage();
    const cspErrors: string[] = [];
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
    });
    await page.goto(pathToFileURL(inlineFile).href, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.some((m) => m.type === 'rendered'));
    const posted = await page.evaluate(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.map((m) => m.type));
    assert.deepEqual(posted.slice(0, 2), ['ready', 'rendered'], 'rendered without any message from the extension');
    assert.equal(await page.locator('section.entry').count(), 24);
    assert.ok((await page.locator('p.intro').innerText()).startsWith('</script><script>document.body.dataset.pwned = "intro"</script><img src=x'));
    assert.equal(await page.locator('#app img, #app script, #app iframe').count(), 0);
    assert.equal(await page.locator('body').evaluate((body) => body.dataset.pwned), undefined);
    assert.equal(await page.locator('#q-audit vscode-textarea').evaluate((element) => (element as unknown as { value: string }).value), HOSTILE);
    // The fields to add evidence, left out of the first paint, are there right after it.
    await page.locator('#q-audit-evidence-add').waitFor({ state: 'attached' });
    assert.equal(await page.locator('.add-evidence vscode-textfield').count(), 2 * 24);
    assert.equal(dialogs, 0);
    assert.deepEqual(cspErrors, []);
    await context.close();
  });

  for (const [language, dark] of [['nl', false], ['en', false], ['nl', true]] as const) {
    it(`passes axe-core's WCAG 2.1 AA rules (${language}, ${dark ? 'dark' : 'light'} theme)`, async () => {
      const { page } = await openPanel({ language, hostile: language === 'nl', dark });
      const { violations, passed } = await runAxe(page);
      assert.deepEqual(violations, []);
      for (const id of ['html-has-lang', 'color-contrast', 'label', 'aria-command-name', 'select-name', 'nested-interactive', 'list']) assert.ok(passed.has(id), `${id} ran and passed`);
      // The controls inside the components' shadow roots were checked too.
      if (language === 'en') {
        const contrast = await page.evaluate(async () => {
          const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ passes: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
          const run = await axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['passes'] });
          return run.passes.flatMap((rule) => rule.nodes.map((node) => node.target)).filter((target) => Array.isArray(target[0])).length;
        });
        assert.ok(contrast > 0, 'axe looked inside shadow roots');
      }
      await page.context().close();
    });
  }
});

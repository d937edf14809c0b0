import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeNonce } from '../../src/extension/checklist/html';
import { overviewCsp, overviewFileName, overviewWebviewPage, parseOverviewMessage, relativeHref } from '../../src/extension/overview/page';
import { isPlainFileName, planImport } from '../../src/extension/register/plan';
import { buildOverview, renderOverviewHtml } from '../../src/core/overview';
import { importRegister } from '../../src/core/register';
import { localizeIn } from '../../src/core/l10n/messages';
import { lintDeclaration } from '../../src/core/engine';

const ROOT = path.join(__dirname, '..', '..');
const LABELS = { toolbar: 'Opslaan', saveHtml: 'Opslaan als HTML', saveMarkdown: 'Opslaan als Markdown' };

describe('overview webview: messages (src/extension/overview/page.ts)', () => {
  const known = new Set(['algoritmes/bijstand.algoritme.yaml', 'contracten/route%20planning.overeenkomst.md']);

  it('accepts an open of a link the page was given, and the two save formats', () => {
    assert.deepEqual(parseOverviewMessage({ type: 'open', path: 'algoritmes/bijstand.algoritme.yaml' }, known), { ok: true, message: { type: 'open', path: 'algoritmes/bijstand.algoritme.yaml' } });
    assert.deepEqual(parseOverviewMessage({ type: 'ready' }, known), { ok: true, message: { type: 'ready' } });
    assert.deepEqual(parseOverviewMessage({ type: 'save', format: 'html' }, known), { ok: true, message: { type: 'save', format: 'html' } });
    assert.deepEqual(parseOverviewMessage({ type: 'save', format: 'markdown' }, known), { ok: true, message: { type: 'save', format: 'markdown' } });
  });

  it('refuses paths that are not links of this overview: other files, traversal, absolute, schemes, control characters', () => {
    for (const bad of ['../../etc/passwd', '/etc/passwd', 'file:///etc/passwd', 'command:workbench.action.terminal.new', 'algoritmes/../../x', 'algoritmes/bijstand.algoritme.yaml\u0000', 'ALGORITMES/bijstand.algoritme.yaml', 'contracten/route planning.overeenkomst.md', '', 'x'.repeat(5000)]) {
      const parsed = parseOverviewMessage({ type: 'open', path: bad }, known);
      assert.equal(parsed.ok, false, JSON.stringify(bad.slice(0, 40)));
    }
  });

  it('refuses malformed messages', () => {
    for (const bad of [null, undefined, 'open', 42, [], {}, { type: 'open' }, { type: 'open', path: 3 }, { type: 'open', path: 'algoritmes/bijstand.algoritme.yaml', extra: 1 }, { type: 'save' }, { type: 'save', format: 'pdf' }, { type: 'save', format: 'html', target: '/tmp/x' }, { type: 'ready', path: 'x' }, { type: 'run', command: 'x' }]) {
      assert.equal(parseOverviewMessage(bad, known).ok, false, JSON.stringify(bad));
    }
  });

  it('makes relative, percent-encoded links between workspace paths', () => {
    assert.equal(relativeHref('/ws', '/ws/algoritmes/a.algoritme.yaml'), 'algoritmes/a.algoritme.yaml');
    assert.equal(relativeHref('/ws/export', '/ws/algoritmes/a b.algoritme.yaml'), '../algoritmes/a%20b.algoritme.yaml');
    assert.equal(relativeHref('/ws/a/b', '/ws/a/b/c.md'), 'c.md');
    assert.equal(relativeHref('/ws', '/other/x#1.md'), '../other/x%231.md');
    assert.equal(relativeHref('/', '/x.md'), 'x.md');
  });

  it('names the saved files per language', () => {
    assert.equal(overviewFileName('nl', 'html'), 'algoritmeoverzicht.html');
    assert.equal(overviewFileName('en', 'markdown'), 'algorithm-overview.md');
  });
});

describe('overview webview: the page (src/extension/overview/page.ts)', () => {
  function page(): { html: string; nonce: string; core: string } {
    const text = readFileSync(path.join(ROOT, 'test', 'vscode', 'workspace', 'bijstand-signalering.algoritme.yaml'), 'utf8');
    const result = lintDeclaration(text, { fileName: 'bijstand-signalering.algoritme.yaml' });
    const model = buildOverview([{ path: 'bijstand-signalering.algoritme.yaml', href: 'bijstand-signalering.algoritme.yaml', ...(result.document ? { document: result.document } : {}), findings: result.findings }], { date: new Date('2026-11-23T00:00:00Z') });
    const core = renderOverviewHtml(model, { language: 'nl', toolVersion: 'test' });
    const nonce = makeNonce();
    return { html: overviewWebviewPage({ html: core, nonce, labels: LABELS }), nonce, core };
  }

  it("puts a strict policy first in <head>: default-src 'none', styles and scripts only with the nonce", () => {
    const { html, nonce } = page();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    assert.ok(meta, 'no CSP meta');
    const csp = meta[1].replace(/&#39;|&quot;/g, "'");
    assert.ok(html.indexOf(meta[0]) < html.indexOf('<style'), 'the policy comes before any style');
    assert.match(csp, /^default-src 'none'/);
    assert.ok(csp.includes(`script-src 'nonce-${nonce}'`));
    assert.ok(csp.includes(`style-src 'nonce-${nonce}'`));
    assert.ok(!/unsafe-inline|unsafe-eval|https?:|\*/.test(csp), csp);
    assert.equal(overviewCsp(nonce), csp);
  });

  it('every <style> and <script> carries the nonce; no resource is loaded from anywhere', () => {
    const { html, nonce } = page();
    const tags = [...html.matchAll(/<(style|script)\b([^>]*)>/g)];
    assert.equal(tags.filter((tag) => tag[1] === 'script').length, 1);
    for (const tag of tags) assert.equal(tag[2], ` nonce="${nonce}"`, tag[0]);
    assert.ok(!/<(?:link|img|iframe|object|embed|base|form)\b/i.test(html));
    assert.ok(!/\b(?:src|srcset)\s*=\s*["']/i.test(html));
    assert.ok(!/["'(]https?:\/\//i.test(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')), 'no http(s) resource URLs');
    assert.ok(!/\son[a-z]+\s*=/i.test(html), 'no inline event handlers');
    assert.ok(!html.includes('command:'), 'no command URIs');
  });

  it("keeps the core page's content and adds the save toolbar in the header", () => {
    const { html, core } = page();
    const body = (text: string) => text.slice(text.indexOf('<main>'), text.indexOf('</main>'));
    assert.equal(body(html), body(core));
    assert.match(html, /<header>\n<div class="inkooplint-actions" role="toolbar" aria-label="Opslaan"><button type="button" data-save="html">/);
    assert.ok(html.includes('href="bijstand-signalering.algoritme.yaml"'));
  });

  it('refuses a weak nonce', () => {
    assert.throws(() => overviewWebviewPage({ html: '<html><head></head><body></body></html>', nonce: 'short', labels: LABELS }));
  });
});

describe('register import plan (src/extension/register/plan.ts)', () => {
  const texts = { exists: (file: string, number: number, name: string) => `${file} exists (${number}: ${name})` };
  const template = readFileSync(path.join(ROOT, 'test', 'fixtures', 'corpus', 'templates', 'centric.json'), 'utf8');

  it('writes every record of a corpus template, with the changes reported', () => {
    const result = importRegister(template);
    const plan = planImport(result, { language: 'en', sourceName: 'centric.json', existing: new Set(), localizeIn, texts });
    assert.equal(plan.error, undefined);
    assert.equal(plan.writes.length, result.records.length);
    assert.ok(plan.writes.length > 0);
    assert.equal(plan.changes, result.records.reduce((sum, record) => sum + record.changes.length, 0));
    assert.match(plan.writes[0].lines[0], /written \(record 1:/);
    assert.match(plan.writes[0].comment, /centric\.json, record 1/);
    assert.ok(plan.writes.every((write) => isPlainFileName(write.fileName) && write.fileName.endsWith('.algoritme.yaml')));
  });

  it('skips files that existed before the run, and reports them', () => {
    const result = importRegister(template);
    const first = result.records[0].fileName;
    const plan = planImport(result, { language: 'nl', sourceName: 'centric.json', existing: new Set([first]), localizeIn, texts });
    assert.equal(plan.writes.length, result.records.length - 1);
    assert.deepEqual(plan.skips.map((skip) => [skip.fileName, skip.reason]), [[first, 'exists']]);
    assert.ok(!plan.writes.some((write) => write.fileName === first));
  });

  it('reports renames of duplicate names, items that are no record, and input that is no register', () => {
    const record = JSON.parse(template)[0];
    const plan = planImport(importRegister(JSON.stringify([record, 7, record])), { language: 'en', sourceName: 'x.json', existing: new Set(), localizeIn, texts });
    assert.equal(plan.writes.length, 2);
    assert.equal(plan.renamed, 1);
    assert.match(plan.writes[1].fileName, /-2\.algoritme\.yaml$/);
    assert.deepEqual(plan.skips.map((skip) => [skip.number, skip.reason]), [[2, 'not-a-record']]);
    assert.equal(planImport(importRegister('{oops'), { language: 'en', sourceName: 'x.json', existing: new Set(), localizeIn, texts }).error?.kind, 'not-json');
    assert.equal(planImport(importRegister('"text"'), { language: 'en', sourceName: 'x.json', existing: new Set(), localizeIn, texts }).error?.kind, 'not-records');
  });

  it('accepts only plain file names', () => {
    for (const good of ['a.algoritme.yaml', 'algoritme-2.algoritme.yaml']) assert.ok(isPlainFileName(good), good);
    for (const bad of ['', '.', '..', '../a.yaml', 'a/b.yaml', 'a\\b.yaml', 'C:x.yaml', 'a\u0000.yaml']) assert.ok(!isPlainFileName(bad), bad);
  });
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Finding } from '../../src/core';
import { buildWordPreview, frontMatterKeys, importedMarkdown, importTargetName } from '../../src/core/wordImport';
import { makeNonce } from '../../src/extension/checklist/html';
import { parseWordPreviewMessage, wordOfPreviewState, wordPreviewPage, type WordPreviewLabels } from '../../src/extension/word/page';
import { lintDocxBytes } from '../../src/node/docx';
import { markdownToDocx } from '../docx/writeDocx';
import { ensureBuilt } from '../helpers/build';

const ROOT = path.join(__dirname, '..', '..');
const GEBREKEN = readFileSync(path.join(ROOT, 'test', 'fixtures', 'contracts', 'gebreken.overeenkomst.md'), 'utf8');

function frontMatterOf(markdown: string): Record<string, unknown> {
  const block = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  assert.ok(block, 'the text starts with front matter');
  return parseYaml(block[1]) as Record<string, unknown>;
}

const LABELS: WordPreviewLabels = {
  pageTitle: 'Bevindingen',
  readOnlyNote: 'Alleen lezen',
  importButton: 'Importeren',
  summary: '1 fout',
  noFindings: 'Niets',
  problemHeading: 'Onleesbaar',
  trackedGroup: 'Bijgehouden wijzigingen',
  documentGroup: 'Het document als geheel',
  severity: { error: 'Fout', warning: 'Waarschuwing', info: 'Opmerking' },
  ruleDocs: 'Uitleg',
};

function finding(ruleId: string, offset: number, properties: Finding['properties'] = {}): Finding {
  return {
    ruleId,
    severity: 'warning',
    message: { nl: `melding ${ruleId}`, en: `message ${ruleId}` },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    offset: [offset, offset + 1],
    docPath: `docs/rules/${ruleId}.md`,
    properties,
  };
}

describe('Word import in VS Code: the pure parts', () => {
  describe('importTargetName', () => {
    const cases: Array<[string, string]> = [
      ['Inkoop routeplanning.docx', 'Inkoop routeplanning.overeenkomst.md'],
      ['routeplanning.overeenkomst.docx', 'routeplanning.overeenkomst.md'],
      ['Routeplanning.Overeenkomst.DOCX', 'Routeplanning.Overeenkomst.md'],
      ['routing.contract.docx', 'routing.contract.md'],
      ['v2.1 concept.docx', 'v2.1 concept.overeenkomst.md'],
      ['macro.docm', 'macro.overeenkomst.md'],
      ['.docx', 'overeenkomst.overeenkomst.md'],
    ];
    for (const [word, markdown] of cases) it(`${word} -> ${markdown}`, () => assert.equal(importTargetName(word), markdown));
  });

  describe('importedMarkdown', () => {
    it('keeps the front matter the Word properties gave (title, supplier, risk profile) and the articles', () => {
      const converted = lintDocxBytes(markdownToDocx(GEBREKEN), { fileName: 'x.docx', language: 'nl' }).markdown!;
      const text = importedMarkdown(converted, 'x.docx');
      const front = frontMatterOf(text);
      const original = frontMatterOf(GEBREKEN);
      assert.equal(front.type, 'overeenkomst');
      assert.equal(front.titel, original.titel);
      assert.equal(front.leverancier, original.leverancier);
      assert.equal(front.risicoprofiel, original.risicoprofiel);
      assert.match(text, /^## Artikel 1\b/m);
    });

    it('reads supplier and risk profile from a first table of keys', () => {
      const converted = lintDocxBytes(markdownToDocx(GEBREKEN, { frontMatterTable: true }), { fileName: 'x.docx', language: 'nl' }).markdown!;
      const front = frontMatterOf(importedMarkdown(converted, 'x.docx'));
      assert.equal(front.leverancier, frontMatterOf(GEBREKEN).leverancier);
      assert.equal(front.risicoprofiel, frontMatterOf(GEBREKEN).risicoprofiel);
    });

    it('adds a title from the first heading when the Word file has no title property', () => {
      const converted = '---\nleverancier: "Proef B.V."\ntype: "overeenkomst"\n---\n\n# Overeenkomst "Proef" #1\n\n## Artikel 1 Onderwerp\n\nTekst.\n';
      const text = importedMarkdown(converted, 'proef.docx');
      assert.deepEqual(frontMatterKeys(text), ['titel', 'leverancier', 'type']);
      assert.equal(frontMatterOf(text).titel, 'Overeenkomst "Proef" #1');
      assert.ok(text.endsWith('## Artikel 1 Onderwerp\n\nTekst.\n'));
    });

    it('falls back to the file name; English keys get an English title and type', () => {
      assert.equal(frontMatterOf(importedMarkdown('---\ntype: "overeenkomst"\n---\n\nTekst.\n', 'Inkoop 2026.overeenkomst.docx')).titel, 'Inkoop 2026');
      const english = importedMarkdown('---\nsupplier: "Acme Ltd"\n---\n\n# Routing agreement\n', 'r.docx');
      assert.deepEqual(frontMatterOf(english), { type: 'contract', title: 'Routing agreement', supplier: 'Acme Ltd' });
    });

    it('adds front matter to a text without any, and leaves a complete one as it is', () => {
      const text = importedMarkdown('# Overeenkomst X\n', 'x.docx');
      assert.deepEqual(frontMatterOf(text), { type: 'overeenkomst', titel: 'Overeenkomst X' });
      const complete = '---\ntitel: "A"\ntype: "overeenkomst"\n---\n\nTekst.\n';
      assert.equal(importedMarkdown(complete, 'a.docx'), complete);
    });
  });

  describe('buildWordPreview', () => {
    const markdown = '---\ntitel: "T"\ntype: "overeenkomst"\n---\n\n# Overeenkomst T\n\n## Artikel 1 **Begrippen**\n\n1.1 Tekst.\n\n## Artikel 2 Exit\n\n2.1 Tekst.\n';
    const at = (needle: string): number => markdown.indexOf(needle);

    it('groups findings: tracked changes first, then the document as a whole, then article by article in text order', () => {
      const model = buildWordPreview({
        fileName: 'T.docx',
        markdown,
        language: 'nl',
        findings: [
          finding('contract/b', at('2.1'), { wordPlace: "artikel 2.1, alinea 'Tekst.'" }),
          finding('contract/a', at('1.1')),
          finding('contract/front-matter', 0),
          finding('contract/tracked-changes', at('2.1'), { trackedChange: 'insertion' }),
        ],
      });
      assert.deepEqual(model.groups.map((group) => [group.kind, group.heading ?? '', group.findings.map((f) => f.ruleId)]), [
        ['tracked', '', ['contract/tracked-changes']],
        ['document', '', ['contract/front-matter']],
        ['article', 'Artikel 1 Begrippen', ['contract/a']],
        ['article', 'Artikel 2 Exit', ['contract/b']],
      ]);
      assert.equal(model.groups[3].findings[0].place, "artikel 2.1, alinea 'Tekst.'");
      assert.equal(model.groups[3].findings[0].message, 'melding contract/b');
      assert.deepEqual(model.counts, { error: 0, warning: 4, info: 0 });
      assert.deepEqual(model.ruleIds, ['contract/a', 'contract/b', 'contract/front-matter', 'contract/tracked-changes']);
      assert.equal(model.title, 'Overeenkomst T');
    });

    it('a file that cannot be read shows why, and nothing else', () => {
      const result = lintDocxBytes(new TextEncoder().encode('geen zip'), { fileName: 'x.docx', language: 'en' });
      const model = buildWordPreview({ fileName: 'x.docx', findings: result.findings, language: 'en', ...(result.markdown ? { markdown: result.markdown } : {}) });
      assert.match(model.problem ?? '', /not a Word document/);
      assert.deepEqual(model.groups, []);
    });

    it('shows the findings lintDocxBytes gives for a real Word file, each with its Word place', () => {
      const result = lintDocxBytes(markdownToDocx(GEBREKEN), { fileName: 'gebreken.docx', language: 'nl' });
      const model = buildWordPreview({ fileName: 'gebreken.docx', findings: result.findings, markdown: result.markdown!, language: 'nl' });
      const shown = model.groups.flatMap((group) => group.findings);
      assert.equal(shown.length, result.findings.length);
      assert.ok(model.groups.some((group) => group.kind === 'article'));
      assert.ok(shown.some((f) => /^artikel \d/.test(f.place)), 'some findings name their article in Word');
    });
  });

  describe('the preview page', () => {
    const hostile = '<img src=x onerror="document.body.dataset.pwned=1"><script>alert(1)</script>';
    const markdown = `---\ntype: "overeenkomst"\n---\n\n# ${hostile}\n\n## Artikel 1 ${hostile}\n\n1.1 Tekst.\n`;
    const model = buildWordPreview({
      fileName: `${hostile}.docx`,
      markdown,
      language: 'nl',
      findings: [finding('contract/a', markdown.indexOf('1.1 Tekst'), { wordPlace: `artikel 1.1, alinea '${hostile}'` })],
    });
    const nonce = makeNonce();
    const state = { word: `file:///werk/${encodeURIComponent(hostile)}"><script>.docx` };
    const html = wordPreviewPage({ model, cspSource: 'https://webview.example', styleUri: 'https://webview.example/dist/webview/word-preview.css', nonce, language: 'nl', labels: LABELS, state });

    it('has the checklist policy: nothing by default, scripts only with the nonce, styles only from the extension', () => {
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replace(/&#39;/g, "'");
      assert.ok(csp);
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, new RegExp(`script-src 'nonce-${nonce}'`));
      assert.match(csp, /style-src https:\/\/webview\.example(;|$)/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      assert.deepEqual(scripts, [`<script nonce="${nonce}">`]);
      assert.throws(() => wordPreviewPage({ model, cspSource: 'x', styleUri: 'y', nonce: 'short', language: 'nl', labels: LABELS, state }));
    });

    it('shows the document\'s text as text only', () => {
      assert.ok(!html.includes('<img'), 'no img element from the document');
      assert.equal((html.match(/<script/g) ?? []).length, 1);
      assert.ok(html.includes('&lt;img src=x onerror=&quot;document.body.dataset.pwned=1&quot;&gt;'));
      assert.match(html, /<h2 id="group-1">Artikel 1 &lt;img/);
    });

    it('keeps the Word file in the panel\'s state (for a reload), as an attribute its script reads, not as markup', () => {
      const attribute = /<body data-state="([^"]*)">/.exec(html)?.[1];
      assert.ok(attribute, 'the state is on the body');
      const unescaped = attribute.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      assert.deepEqual(JSON.parse(unescaped), state);
      assert.match(html, /vscode\.setState\(JSON\.parse\(state\)\)/);
      assert.equal((html.match(/<script/g) ?? []).length, 1, 'the state adds no markup');
    });

    it('restores a panel only from a state that names a .docx file', () => {
      assert.equal(wordOfPreviewState({ word: 'file:///werk/Contract%20A.docx' }), 'file:///werk/Contract%20A.docx');
      assert.equal(wordOfPreviewState({ word: 'file:///werk/contract.DOCX' }), 'file:///werk/contract.DOCX');
      for (const bad of [undefined, null, 'file:///werk/a.docx', [], {}, { word: 7 }, { word: 'file:///werk/a.overeenkomst.md' }, { word: 'file:///etc/passwd' }, { word: `file:///${'a'.repeat(5000)}.docx` }]) {
        assert.equal(wordOfPreviewState(bad), undefined, JSON.stringify(bad)?.slice(0, 60));
      }
    });

    it('accepts only the messages its script sends, for rules it shows', () => {
      const known = new Set(['contract/a']);
      assert.deepEqual(parseWordPreviewMessage({ type: 'ready' }, known), { ok: true, message: { type: 'ready' } });
      assert.deepEqual(parseWordPreviewMessage({ type: 'import' }, known), { ok: true, message: { type: 'import' } });
      assert.deepEqual(parseWordPreviewMessage({ type: 'docs', ruleId: 'contract/a' }, known), { ok: true, message: { type: 'docs', ruleId: 'contract/a' } });
      for (const bad of [null, 'ready', [], { type: 'ready', extra: 1 }, { type: 'import', path: '/etc/passwd' }, { type: 'docs', ruleId: 'contract/other' }, { type: 'docs', ruleId: 7 }, { type: 'docs', ruleId: 'contract/a', uri: 'command:x' }, { type: 'open', path: 'x' }]) {
        assert.equal(parseWordPreviewMessage(bad, known).ok, false, JSON.stringify(bad));
      }
    });
  });

  describe('bundles', () => {
    before(function () {
      this.timeout(120_000);
      ensureBuilt();
    });

    it('the Word reader is in the desktop core file only; the Word commands load from dist/word.js on first use', () => {
      const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');
      // The converter's marker for password-protected packages, written as a literal in convert.ts.
      assert.ok(read('dist/core.js').includes('EncryptedPackage'));
      assert.ok(!read('dist/web/extension.js').includes('EncryptedPackage'), 'no Node-only Word reader in the web bundle');
      assert.ok(!read('dist/extension.js').includes('EncryptedPackage'));
      assert.match(read('dist/extension.js'), /require\("\.\/word\.js"\)/);
      assert.ok(!read('dist/extension.js').includes('word-preview.css'), 'the preview page is not in the entry bundle');
      assert.match(read('dist/word.js'), /require\("\.\/core\.js"\)/);
      // The web build has the commands (bundled, evaluated on first use) and says there that Word needs the desktop.
      assert.ok(read('dist/web/extension.js').includes('inkooplint.previewWordContract'));
      assert.ok(read('dist/web/extension.js').includes('not in VS Code for the Web'));
    });
  });
});

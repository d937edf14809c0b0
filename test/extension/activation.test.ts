import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBuilt } from '../helpers/build';
import { CodeActionKind, createFakeVscode, withFakeVscode, type Diagnostic, type FakeDocument } from './fakeVscode';

const ROOT = path.join(__dirname, '..', '..');
const EXTENSION = path.join(ROOT, 'dist', 'extension.js');
const CORE = path.join(ROOT, 'dist', 'core.js');

interface Activated {
  fake: ReturnType<typeof createFakeVscode>;
  api: { activationMs: number; linter: { lintDocument(document: unknown): Promise<unknown>; resultFor(uri: unknown): { version: number } | undefined } };
  subscriptions: Array<{ dispose(): unknown }>;
}

const settle = (ms = 20): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('the built extension in a stand-in for VS Code (dist/extension.js)', () => {
  let workspace: string;
  let activated: Activated | undefined;

  before(function () {
    this.timeout(120000);
    ensureBuilt();
  });

  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'inkooplint-ext-'));
    cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
  });

  afterEach(() => {
    activated?.subscriptions.forEach((s) => s.dispose());
    activated = undefined;
    rmSync(workspace, { recursive: true, force: true });
  });

  function activate(settings: Record<string, unknown> = {}): Activated {
    delete require.cache[EXTENSION];
    delete require.cache[CORE];
    const fake = createFakeVscode(workspace, settings);
    const subscriptions: Array<{ dispose(): unknown }> = [];
    const context = { subscriptions, extensionUri: fake.api.Uri.file(ROOT) };
    const api = withFakeVscode(fake.api, () => {
      const extension = require(EXTENSION) as { activate(context: unknown): Activated['api'] };
      return extension.activate(context);
    });
    activated = { fake, api, subscriptions };
    return activated;
  }

  async function openAndLint(run: Activated, file: string, languageId: string): Promise<FakeDocument> {
    const document = run.fake.open(path.join(workspace, file), languageId);
    await run.api.linter.lintDocument(document);
    // The start-up lints (open documents, then the workspace) may run after this one and replace it: wait for the newest.
    for (let waited = 0; run.api.linter.resultFor(document.uri)?.version !== document.version && waited < 10000; waited += 20) await settle();
    return document;
  }

  it('activate() is light: it does not load the core', () => {
    const run = activate();
    assert.equal(require.cache[CORE], undefined, 'dist/core.js must not be loaded by activate()');
    assert.ok(run.api.activationMs < 50, `activate() took ${run.api.activationMs} ms`);
    for (const id of ['lintWorkspace', 'openRuleDocumentation', 'newContract', 'newDeclaration', 'fixAll', 'showProblems']) assert.ok(run.fake.commands.has(`inkooplint.${id}`), id);
  });

  it('publishes diagnostics with source, rule id and a link to the rule page', async () => {
    const run = activate();
    const document = await openAndLint(run, 'routeplanning.overeenkomst.md', 'markdown');
    const diagnostics = run.fake.diagnostics(document.uri) ?? [];
    assert.ok(diagnostics.length > 5, `got ${diagnostics.length}`);
    for (const diagnostic of diagnostics) {
      assert.equal(diagnostic.source, 'inkooplint');
      const code = diagnostic.code as { value: string; target: { path: string } };
      assert.match(code.value, /^contract\//);
      assert.equal(code.target.path, path.posix.join(ROOT.split(path.sep).join('/'), 'docs', 'rules', `${code.value}.md`));
    }
    const placeholder = diagnostics.find((d) => (d.code as { value: string }).value === 'contract/placeholder');
    assert.ok(placeholder);
    assert.equal(placeholder.severity, 1);
    assert.match(placeholder.message, /Hier staat nog iets om in te vullen/);
    assert.equal(document.getText().split('\n')[placeholder.range.start.line].slice(placeholder.range.start.character, placeholder.range.end.character), '[DATUM INGANG]');
  });

  it('hovers on a finding show its catalog topic\'s sources with version, date and applies-from, and end with the disclaimer', async () => {
    writeFileSync(path.join(workspace, 'hoog.overeenkomst.md'), '---\nrisicoprofiel: hoog-risico\n---\n# Overeenkomst\n\n## Artikel 1 Onderwerp\n\n1.1 De leverancier levert de dienst.\n');
    for (const [language, words] of [
      ['nl', { topic: /Uitleg over de werking van het algoritme/, heading: 'Bronnen bij het onderwerp Uitleg over de werking van het algoritme', applies: /: versie 2024\/1689 van 13 juni 2024, geldt vanaf 2 augustus 2026$/m, disclaimer: '_Deze meldingen zijn een hulpmiddel bij de beoordeling, geen juridisch advies._' }],
      ['en', { topic: /Explanation of how the algorithm works/, heading: 'Sources for the topic Explanation of how the algorithm works', applies: /: version 2024\/1689 of 13 June 2024, applies from 2 August 2026$/m, disclaimer: '_These findings are a review aid, not legal advice._' }],
    ] as const) {
      const run = activate({ 'inkooplint.language': language });
      const document = await openAndLint(run, 'hoog.overeenkomst.md', 'markdown');
      const missing = (run.fake.diagnostics(document.uri) ?? []).find((d) => (d.code as { value: string }).value === 'contract/missing-clause' && words.topic.test(d.message));
      assert.ok(missing, language);
      const hover = run.fake.hoverProviders[0].provideHover(document, missing.range.start);
      assert.ok(hover, language);
      const parts = hover.contents.map((content) => content.value.replace(/\\(.)/g, '$1'));
      assert.ok(parts[0].includes(`**${words.heading}:**`), parts[0]);
      assert.match(parts[0], words.applies);
      assert.equal(parts.at(-1), words.disclaimer);
      activated?.subscriptions.forEach((s) => s.dispose());
      activated = undefined;
    }
  });

  it('follows the language setting', async () => {
    const run = activate({ 'inkooplint.language': 'en' });
    const document = await openAndLint(run, 'routeplanning.overeenkomst.md', 'markdown');
    const placeholder = (run.fake.diagnostics(document.uri) ?? []).find((d) => (d.code as { value: string }).value === 'contract/placeholder');
    assert.ok(placeholder);
    assert.doesNotMatch(placeholder.message, /Hier staat/);
  });

  it('offers quick fixes, disable comments and documentation for a finding', async () => {
    const run = activate();
    const document = await openAndLint(run, 'bijstand-signalering.algoritme.yaml', 'yaml');
    const diagnostics = run.fake.diagnostics(document.uri) ?? [];
    assert.ok(diagnostics.length > 0);
    const provider = run.fake.codeActionProviders[0];
    const actions = diagnostics.flatMap((diagnostic: Diagnostic) => provider.provideCodeActions(document, diagnostic.range, { diagnostics: [diagnostic], triggerKind: 1 }));
    const titles = actions.map((action) => action.title);
    assert.ok(titles.some((title) => /uitzetten voor deze regel$/.test(title)), titles.join('\n'));
    assert.ok(titles.some((title) => /uitzetten voor dit bestand$/.test(title)));
    const disableLine = actions.find((action) => /uitzetten voor deze regel$/.test(action.title));
    assert.match(disableLine?.edit?.edits[0].newText ?? '', /^\s*# inkooplint-disable-next-line declaration\//);
    const fixAll = provider.provideCodeActions(document, diagnostics[0].range, { diagnostics: [], only: CodeActionKind.SourceFixAll, triggerKind: 1 });
    assert.ok(Array.isArray(fixAll));
  });

  it('clears the diagnostics of a file when it closes, and re-lints after a change', async () => {
    const run = activate();
    const document = await openAndLint(run, 'vacaturematching.algoritme.yaml', 'yaml');
    assert.ok((run.fake.diagnostics(document.uri) ?? []).length > 0);
    run.fake.change(document, document.getText().replace('name: Vacaturematching voor werkzoekenden', 'name: "Koppeling van werk en werkzoekenden"\nlang: NLD'));
    await settle(400);
    assert.ok((run.fake.diagnostics(document.uri) ?? []).some((d) => (d.code as { value: string }).value === 'declaration/schema'));
    run.fake.close(document);
    assert.equal(run.fake.diagnostics(document.uri), undefined);
  });

  it('applies the workspace .inkooplint.yaml (language, rules) and reports its mistakes on that file', async () => {
    writeFileSync(path.join(workspace, '.inkooplint.yaml'), 'language: en\nrules:\n  no-placeholders: off\n  no-such-rule: error\n');
    const run = activate();
    const document = await openAndLint(run, 'routeplanning.overeenkomst.md', 'markdown');
    const diagnostics = run.fake.diagnostics(document.uri) ?? [];
    assert.ok(diagnostics.length > 0);
    assert.ok(!diagnostics.some((d) => (d.code as { value: string }).value === 'contract/placeholder'), 'the rule is off in the configuration');
    assert.ok(!diagnostics.some((d) => /Het contract/.test(d.message)), 'messages should be English');
    const configProblems = run.fake.collections.find((c) => c.name === 'inkooplint-config')?.get(run.fake.api.Uri.file(path.join(workspace, '.inkooplint.yaml'))) ?? [];
    assert.equal(configProblems.length, 1);
    assert.match(configProblems[0].message, /no-such-rule/);
    assert.equal(configProblems[0].range.start.line, 3);
  });

  it('reads the annexes a contract lists, inside the workspace only', async () => {
    const run = activate();
    writeFileSync(path.join(workspace, 'bijlage-b.md'), '# Bijlage B Verwerkersovereenkomst\n\nDe verwerker verwerkt gegevens.\n');
    writeFileSync(path.join(workspace, 'met-bijlagen.overeenkomst.md'), '---\ntype: overeenkomst\nrisicoprofiel: overig\nbijlagen:\n  - bijlage-b.md\n  - ontbreekt.md\n  - ../../etc/passwd\n---\n\n# Overeenkomst\n\nZie bijlage B.\n');
    const document = await openAndLint(run, 'met-bijlagen.overeenkomst.md', 'markdown');
    const annexProblems = (run.fake.diagnostics(document.uri) ?? []).filter((d) => (d.code as { value: string }).value === 'contract/broken-reference').map((d) => d.message);
    assert.ok(annexProblems.some((message) => message.includes('ontbreekt.md')), annexProblems.join('\n'));
    assert.ok(annexProblems.some((message) => message.includes('../../etc/passwd')), annexProblems.join('\n'));
    assert.ok(!annexProblems.some((message) => message.includes('bijlage-b.md') || /bijlage B\b/.test(message)), annexProblems.join('\n'));
  });

  it('lints the whole workspace on command', async () => {
    const run = activate();
    const summary = (await run.fake.api.commands.executeCommand('inkooplint.lintWorkspace')) as { files: number; problems: number };
    assert.equal(summary.files, 5);
    assert.ok(summary.problems > 10);
  });
});

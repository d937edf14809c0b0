import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBuilt } from '../helpers/build';
import { createFakeVscode, withFakeVscode, type CodeAction, type Diagnostic, type FakeDocument } from './fakeVscode';

const ROOT = path.join(__dirname, '..', '..');
const EXTENSION = path.join(ROOT, 'dist', 'extension.js');
const CORE = path.join(ROOT, 'dist', 'core.js');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'links');

interface Linter {
  lintDocument(document: unknown): Promise<unknown>;
  resultFor(uri: unknown): { version: number } | undefined;
  links: { ensureBuilt(): Promise<{ files: number; ms: number }> };
}

interface Activated {
  fake: ReturnType<typeof createFakeVscode>;
  api: { linter: Linter };
  subscriptions: Array<{ dispose(): unknown }>;
}

const settle = (ms = 20): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` passes (the extension debounces and lints in the background). */
async function eventually(check: () => void, timeout = 8000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() - started > timeout) throw error;
      await settle(25);
    }
  }
}

describe('links between declarations and contracts in the extension (dist/extension.js in a stand-in for VS Code)', () => {
  let workspace: string;
  let activated: Activated | undefined;

  before(function () {
    this.timeout(120000);
    ensureBuilt();
  });

  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'inkooplint-ext-links-'));
    cpSync(FIXTURE, workspace, { recursive: true });
  });

  afterEach(() => {
    activated?.subscriptions.forEach((s) => s.dispose());
    activated = undefined;
    rmSync(workspace, { recursive: true, force: true });
  });

  function activate(settings: Record<string, unknown> = {}): Activated {
    delete require.cache[EXTENSION];
    delete require.cache[CORE];
    const fake = createFakeVscode(workspace, { 'inkooplint.language': 'en', ...settings });
    const subscriptions: Array<{ dispose(): unknown }> = [];
    const context = { subscriptions, extensionUri: fake.api.Uri.file(ROOT) };
    const api = withFakeVscode(fake.api, () => (require(EXTENSION) as { activate(context: unknown): Activated['api'] }).activate(context));
    activated = { fake, api, subscriptions };
    return activated;
  }

  const file = (relative: string): string => path.join(workspace, ...relative.split('/'));

  async function open(run: Activated, relative: string): Promise<FakeDocument> {
    const document = run.fake.open(file(relative), relative.endsWith('.md') ? 'markdown' : 'yaml');
    await run.api.linter.lintDocument(document);
    await eventually(() => assert.equal(run.api.linter.resultFor(document.uri)?.version, document.version));
    return document;
  }

  const code = (diagnostic: Diagnostic): string => (diagnostic.code as { value: string }).value;
  /** `line rule` (1-based) of the link diagnostics of a file. */
  function linkDiagnostics(run: Activated, relative: string): string[] {
    const diagnostics = run.fake.diagnostics(run.fake.api.Uri.file(file(relative))) ?? [];
    return diagnostics.filter((d) => code(d).startsWith('link/')).map((d) => `${d.range.start.line + 1} ${code(d)}`).sort();
  }

  it('reports broken links, the lower profile and the unlinked algorithm as the CLI does', async () => {
    const run = activate();
    const routes = await open(run, 'contracten/routes.overeenkomst.md');
    const parkeren = await open(run, 'algoritmes/parkeren.algoritme.yaml');
    assert.deepEqual(linkDiagnostics(run, 'contracten/routes.overeenkomst.md'), ['5 link/broken', '6 link/broken']);
    const messages = (run.fake.diagnostics(routes.uri) ?? []).filter((d) => code(d) === 'link/broken').map((d) => d.message);
    assert.ok(messages.some((message) => /is not an algorithm declaration/.test(message)), messages.join('\n'));
    assert.deepEqual(linkDiagnostics(run, 'algoritmes/parkeren.algoritme.yaml'), ['15 link/broken']);
    assert.ok(parkeren);
    // routes.algoritme.yaml (hoog-risico) names routes.overeenkomst.md: checked as high-risk, fifteen clauses missing.
    const missing = (run.fake.diagnostics(routes.uri) ?? []).filter((d) => code(d) === 'contract/missing-clause' && d.severity === 1);
    assert.equal(missing.length, 15);

    await run.fake.api.commands.executeCommand('inkooplint.lintWorkspace');
    assert.deepEqual(linkDiagnostics(run, 'algoritmes/vacatures.algoritme.yaml'), ['11 link/contract-missing']);
    assert.deepEqual(linkDiagnostics(run, 'contracten/datavisie.overeenkomst.md'), ['4 link/profile-mismatch']);
    assert.deepEqual(linkDiagnostics(run, 'algoritmes/schuldhulp.algoritme.yaml'), []);
    assert.deepEqual(linkDiagnostics(run, 'algoritmes/bijstand.algoritme.yaml'), []);
  });

  it('re-lints the other side when a declaration\'s category changes while it is edited', async () => {
    const run = activate();
    const datavisie = await open(run, 'contracten/datavisie.overeenkomst.md');
    const bijstand = await open(run, 'algoritmes/bijstand.algoritme.yaml');
    const mismatch = (): string[] => (run.fake.diagnostics(datavisie.uri) ?? []).filter((d) => code(d) === 'link/profile-mismatch').map((d) => `${d.range.start.line + 1} ${d.message}`);
    assert.deepEqual(mismatch().length, 1);
    assert.match(mismatch()[0], /^4 .*algoritmes\/bijstand\.algoritme\.yaml.*high-risk/);
    const before = datavisie.version;
    // bijstand becomes "overig": the highest linked category is now schuldhulp's (impactvol), still above the contract's "overig".
    run.fake.change(bijstand, bijstand.getText().replace('publication_category: Hoog-risico AI-systeem', 'publication_category: Overige algoritmes'));
    await eventually(() => assert.match(mismatch()[0] ?? '', /^4 .*algoritmes\/schuldhulp\.algoritme\.yaml/));
    assert.equal(datavisie.version, before, 'the contract itself was not edited');
    run.fake.change(bijstand, bijstand.getText().replace('publication_category: Overige algoritmes', 'publication_category: Hoog-risico AI-systeem'));
    await eventually(() => assert.match(mismatch()[0] ?? '', /bijstand/));
    // bijstand names another contract: datavisie loses it.
    run.fake.change(bijstand, bijstand.getText().replace('datavisie.overeenkomst.md', 'routes.overeenkomst.md'));
    await eventually(() => assert.match(mismatch()[0] ?? '', /schuldhulp/));
    // The contract's list changes: schuldhulp (the only declaration left) is no longer listed, so no mismatch.
    run.fake.change(datavisie, datavisie.getText().replace('  - ../algoritmes/schuldhulp.algoritme.yaml\n', ''));
    await eventually(() => assert.deepEqual(mismatch(), []));
  });

  it('with `run: onSave`, still indexes an edited file from its text (the other side is re-linted; the edited file waits for its save)', async () => {
    const run = activate({ 'inkooplint.run': 'onSave' });
    const datavisie = await open(run, 'contracten/datavisie.overeenkomst.md');
    const bijstand = await open(run, 'algoritmes/bijstand.algoritme.yaml');
    const mismatch = (): string => (run.fake.diagnostics(datavisie.uri) ?? []).filter((d) => code(d) === 'link/profile-mismatch').map((d) => d.message).join('\n');
    assert.match(mismatch(), /bijstand/);
    const linted = run.api.linter.resultFor(bijstand.uri)?.version;
    run.fake.change(bijstand, bijstand.getText().replace('publication_category: Hoog-risico AI-systeem', 'publication_category: Overige algoritmes'));
    await eventually(() => assert.match(mismatch(), /schuldhulp/));
    assert.equal(run.api.linter.resultFor(bijstand.uri)?.version, linted, 'the edited declaration itself is not linted before its save');
  });

  it('follows a rename: links to the old name break, and a file created under a linked name mends them', async () => {
    const run = activate();
    await open(run, 'algoritmes/bijstand.algoritme.yaml');
    await open(run, 'contracten/routes.overeenkomst.md');
    const parkeren = await open(run, 'algoritmes/parkeren.algoritme.yaml');
    assert.deepEqual(linkDiagnostics(run, 'algoritmes/bijstand.algoritme.yaml'), []);
    run.fake.rename(file('contracten/datavisie.overeenkomst.md'), file('contracten/datavisie-2026.overeenkomst.md'));
    await eventually(() => assert.deepEqual(linkDiagnostics(run, 'algoritmes/bijstand.algoritme.yaml'), ['15 link/broken']));
    await eventually(() => assert.deepEqual(linkDiagnostics(run, 'contracten/routes.overeenkomst.md'), ['5 link/broken', '6 link/broken']));

    writeFileSync(file('contracten/parkeren.overeenkomst.md'), '---\ntype: overeenkomst\nrisicoprofiel: overig\n---\n# Overeenkomst\n');
    run.fake.fileEvent('create', file('contracten/parkeren.overeenkomst.md'));
    await eventually(() => assert.deepEqual(linkDiagnostics(run, 'algoritmes/parkeren.algoritme.yaml'), []));
    assert.ok(parkeren);
  });

  it('re-lints a closed file on the other side from disk, and follows a delete', async () => {
    const run = activate();
    await run.fake.api.commands.executeCommand('inkooplint.lintWorkspace');
    const datavisie = run.fake.api.Uri.file(file('contracten/datavisie.overeenkomst.md'));
    const mismatch = (): string => (run.fake.diagnostics(datavisie) ?? []).filter((d) => code(d) === 'link/profile-mismatch').map((d) => d.message).join('\n');
    assert.match(mismatch(), /bijstand/);
    const bijstand = await open(run, 'algoritmes/bijstand.algoritme.yaml');
    run.fake.change(bijstand, bijstand.getText().replace('publication_category: Hoog-risico AI-systeem', 'publication_category: Overige algoritmes'));
    await eventually(() => assert.match(mismatch(), /schuldhulp/));

    const routesDeclaration = await open(run, 'algoritmes/routes.algoritme.yaml');
    assert.deepEqual(linkDiagnostics(run, 'algoritmes/routes.algoritme.yaml'), []);
    rmSync(file('contracten/routes.overeenkomst.md'));
    run.fake.deleteFiles([file('contracten/routes.overeenkomst.md')]);
    await eventually(() => assert.deepEqual(linkDiagnostics(run, 'algoritmes/routes.algoritme.yaml'), ['15 link/broken']));
    assert.ok(routesDeclaration);
  });

  it('offers "Choose the file…" on a broken link and writes the picked file\'s relative path', async () => {
    const run = activate({ 'inkooplint.language': 'nl' });
    const parkeren = await open(run, 'algoritmes/parkeren.algoritme.yaml');
    const broken = (run.fake.diagnostics(parkeren.uri) ?? []).find((d) => code(d) === 'link/broken');
    assert.ok(broken);
    const actions: CodeAction[] = run.fake.codeActionProviders[0].provideCodeActions(parkeren, broken.range, { diagnostics: [broken], triggerKind: 1 });
    const pick = actions.find((action) => action.title === 'Bestand kiezen…');
    assert.ok(pick, actions.map((action) => action.title).join('\n'));
    assert.equal(pick.command?.command, 'inkooplint.pickLinkTarget');
    run.fake.answerQuickPick((items) => items.find((item) => item.label === 'routes.overeenkomst.md'));
    const written = await run.fake.api.commands.executeCommand(pick.command.command, ...(pick.command.arguments ?? []));
    assert.equal(written, '../contracten/routes.overeenkomst.md');
    assert.deepEqual(run.fake.quickPicks[0].items.map((item) => item.description), ['../contracten/datavisie.overeenkomst.md', '../contracten/routes.overeenkomst.md']);
    assert.match(parkeren.getText(), /^ {2}contract: \.\.\/contracten\/routes\.overeenkomst\.md$/m);
    await eventually(() => assert.deepEqual(linkDiagnostics(run, 'algoritmes/parkeren.algoritme.yaml'), []));

    // In a contract: a declaration is offered.
    const routes = await open(run, 'contracten/routes.overeenkomst.md');
    const missing = (run.fake.diagnostics(routes.uri) ?? []).find((d) => code(d) === 'link/broken' && d.range.start.line === 4);
    assert.ok(missing);
    run.fake.answerQuickPick((items) => items.find((item) => item.label === 'vacatures.algoritme.yaml'));
    const [action] = run.fake.codeActionProviders[0].provideCodeActions(routes, missing.range, { diagnostics: [missing], triggerKind: 1 }).filter((a: CodeAction) => a.command?.command === 'inkooplint.pickLinkTarget');
    assert.equal(await run.fake.api.commands.executeCommand(action.command!.command, ...(action.command!.arguments ?? [])), '../algoritmes/vacatures.algoritme.yaml');
    assert.match(routes.getText(), /^ {2}- \.\.\/algoritmes\/vacatures\.algoritme\.yaml$/m);
    assert.equal(run.fake.quickPicks[1].items.length, 5);
  });
});

import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { ensureBuilt } from '../helpers/build';
import { createFakeVscode } from './fakeVscode';

const ROOT = path.join(__dirname, '..', '..');

/**
 * The web build (dist/web/extension.js) run in a sandbox that has what a web worker has and no
 * Node: no `require` but for `vscode`, no `process`, no `Buffer`. A dependency that reaches for a
 * Node built-in at load or while linting fails here, before it fails in vscode.dev.
 */
describe('the web bundle without Node (dist/web/extension.js)', () => {
  let workspace: string;

  before(function () {
    this.timeout(120000);
    ensureBuilt();
  });
  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'inkooplint-web-'));
    cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it('loads, activates and lints contracts and declarations (YAML and JSON), with a configuration file', async () => {
    writeFileSync(path.join(workspace, '.inkooplint.yaml'), 'language: en\nrules:\n  no-placeholders: off\n');
    const fake = createFakeVscode(workspace);
    const asked: string[] = [];
    const module = { exports: {} as { activate(context: unknown): { linter: { lintDocument(document: unknown): Promise<unknown> } } } };
    const sandbox: Record<string, unknown> = {
      module,
      exports: module.exports,
      require: (name: string) => {
        if (name === 'vscode') return fake.api;
        asked.push(name);
        throw new Error(`the web bundle asked for '${name}'`);
      },
      console, setTimeout, clearTimeout, TextDecoder, TextEncoder, URL, performance, queueMicrotask,
    };
    sandbox.self = sandbox;
    vm.createContext(sandbox);
    const code = readFileSync(path.join(ROOT, 'dist', 'web', 'extension.js'), 'utf8');
    vm.runInContext(`(function (module, exports, require) {${code}\n})(module, exports, require)`, sandbox, { filename: 'dist/web/extension.js' });
    const api = module.exports.activate({ subscriptions: [], extensionUri: fake.api.Uri.file(ROOT) });
    const counts: Record<string, number> = {};
    for (const [file, languageId] of [['routeplanning.overeenkomst.md', 'markdown'], ['bijstand-signalering.algoritme.yaml', 'yaml'], ['parkeervergunningen.algorithm.json', 'json']]) {
      const document = fake.open(path.join(workspace, file), languageId);
      await api.linter.lintDocument(document);
      const diagnostics = fake.diagnostics(document.uri) ?? [];
      counts[file] = diagnostics.length;
      assert.ok(!diagnostics.some((d) => (d.code as { value: string }).value === 'contract/placeholder'), 'the configuration switched placeholders off');
    }
    assert.deepEqual(asked, []);
    for (const [file, count] of Object.entries(counts)) assert.ok(count > 0, `${file}: no diagnostics`);
  });
});

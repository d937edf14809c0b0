import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ensureBuilt } from '../helpers/build';

const ROOT = path.join(__dirname, '..', '..');
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('extension manifest (package.json contributions)', () => {
  it('declares the commands, settings and entry points the tests and users rely on', () => {
    assert.equal(`${pkg.publisher}.${pkg.name}`, 'inkooplint.inkooplint');
    assert.equal(pkg.main, './dist/extension.js');
    assert.equal(pkg.browser, './dist/web/extension.js');
    assert.equal(pkg.engines.vscode, '^1.100.0');
    assert.equal(pkg.devDependencies['@types/vscode'], '~1.100.0');
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces, { supported: true });
    const commands = pkg.contributes.commands.map((c: { command: string }) => c.command);
    for (const id of ['lintWorkspace', 'openRuleDocumentation', 'newContract', 'newDeclaration', 'fixAll', 'showProblems']) assert.ok(commands.includes(`inkooplint.${id}`), id);
    const settings = pkg.contributes.configuration.properties;
    assert.equal(settings['inkooplint.enable'].default, true);
    assert.deepEqual(settings['inkooplint.language'].enum, ['auto', 'nl', 'en']);
    assert.equal(settings['inkooplint.language'].default, 'auto');
    assert.deepEqual(settings['inkooplint.run'].enum, ['onType', 'onSave']);
    assert.equal(settings['inkooplint.run'].default, 'onType');
    assert.equal(settings['inkooplint.extraFiles'].type, 'array');
    assert.equal(settings['inkooplint.configFile'].default, '');
  });

  it('activates lazily: on our files, languages that may hold them, and commands; never on start-up', () => {
    assert.ok(!pkg.activationEvents.includes('*'));
    assert.ok(!pkg.activationEvents.includes('onStartupFinished'));
    assert.ok(pkg.activationEvents.includes('workspaceContains:**/*.overeenkomst.md'));
    assert.ok(pkg.activationEvents.includes('workspaceContains:**/*.algoritme.yaml'));
  });

  it('every %placeholder% has a Dutch and an English text', () => {
    const en = JSON.parse(read('package.nls.json'));
    const nl = JSON.parse(read('package.nls.nl.json'));
    const keys = [...JSON.stringify(pkg).matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 20);
    for (const key of keys) {
      assert.ok(en[key], `package.nls.json lacks ${key}`);
      assert.ok(nl[key], `package.nls.nl.json lacks ${key}`);
    }
    assert.deepEqual(Object.keys(nl).sort(), Object.keys(en).sort());
  });

  it('every runtime string has a Dutch translation in l10n/bundle.l10n.nl.json', () => {
    const bundle = JSON.parse(read('l10n/bundle.l10n.nl.json'));
    assert.equal(pkg.l10n, './l10n');
    const used = new Set<string>();
    for (const file of sourceFiles(path.join(ROOT, 'src', 'extension'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(match[1]);
    }
    assert.ok(used.size > 10);
    for (const text of used) assert.ok(bundle[text], `no Dutch for '${text}'`);
    for (const key of Object.keys(bundle)) assert.ok(used.has(key), `unused translation '${key}'`);
  });

  it('snippets, schemas and walkthrough media point at files that exist', () => {
    for (const snippet of pkg.contributes.snippets) assert.ok(existsSync(path.join(ROOT, snippet.path)), snippet.path);
    for (const step of pkg.contributes.walkthroughs[0].steps) assert.ok(existsSync(path.join(ROOT, step.media.markdown)), step.media.markdown);
    for (const entry of [...pkg.contributes.yamlValidation, ...pkg.contributes.jsonValidation]) {
      // Declarations get the constraint-free editor schema (no double reports); checklists their own schema.
      const expected = entry.fileMatch.every((match: string) => match.endsWith('.checklist.yaml'))
        ? './schemas/checklist.schema.json'
        : './dist/schemas/declaration.editor.schema.json';
      assert.equal(entry.url, expected);
      assert.ok(entry.fileMatch.length > 0);
      assert.ok(existsSync(path.join(ROOT, entry.url)) || entry.url.startsWith('./dist/'), entry.url);
    }
  });
});

describe('extension bundles (npm run build)', () => {
  before(function () {
    this.timeout(120000);
    ensureBuilt();
  });

  it('the desktop entry is small and loads the core from its own file', () => {
    const extension = read('dist/extension.js');
    assert.ok(statSync(path.join(ROOT, 'dist/extension.js')).size < 100 * 1024, 'dist/extension.js should stay under 100 KB');
    assert.match(extension, /require\("\.\/core\.js"\)/);
    assert.doesNotMatch(extension, /markdown-it|required-clauses|Automatische Verkeersregeling/);
    const total = ['dist/extension.js', 'dist/core.js', 'dist/word.js'].reduce((sum, file) => sum + statSync(path.join(ROOT, file)).size, 0);
    assert.ok(total < 1.5 * 1024 * 1024, `desktop bundle ${total} bytes, target under 1.5 MB`);
  });

  it('the web entry is one file that needs nothing but vscode', () => {
    const web = read('dist/web/extension.js');
    const required = new Set([...web.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]).filter((name) => !name.startsWith('ajv/dist/runtime/')));
    assert.deepEqual([...required], ['vscode']);
    assert.ok(statSync(path.join(ROOT, 'dist/web/extension.js')).size < 1.5 * 1024 * 1024);
  });

  it('the editor schema keeps keys and help texts but no constraints (no double reports)', () => {
    const schema = JSON.parse(read('dist/schemas/declaration.editor.schema.json'));
    const text = JSON.stringify(schema);
    for (const keyword of ['"required"', '"enum"', '"pattern"', '"maxLength"', '"additionalProperties"', '"oneOf"']) assert.ok(!text.includes(keyword), keyword);
    const status = schema.definitions.record.properties.status;
    assert.equal(status.title, 'Status');
    assert.deepEqual(status.examples, ['In ontwikkeling', 'In gebruik', 'Buiten gebruik']);
    assert.ok(schema.definitions.record.properties.inkooplint.properties.role.description);
  });
});

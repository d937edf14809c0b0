import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { lintDeclaration } from '../src/core/engine';
import { declarationYaml, importRegister, normaliseRecord, slugify } from '../src/core/register';
import { ensureBuilt } from './helpers/build';
import { ROOT, runCli } from './helpers/cli';
import { VALID_RECORD } from './helpers/declarations';

const TEMPLATES = path.join(ROOT, 'test', 'fixtures', 'corpus', 'templates');
const templateFiles = readdirSync(TEMPLATES).filter((name) => name.endsWith('.json')).sort();

describe('register import (core)', () => {
  it('makes file names from record names', () => {
    assert.equal(slugify('Sociaal Domein: eDiensten voor aanvragen'), 'sociaal-domein-ediensten-voor-aanvragen');
    assert.equal(slugify('Gezichtsvergelijking – hulpmiddel voor identiteitsvaststelling bij gemeentelijke balie'), 'gezichtsvergelijking-hulpmiddel-voor', 'at most 60 characters, cut at a hyphen');
    assert.equal(slugify('Overheidsfinanciën'), 'overheidsfinancien');
  });

  for (const name of templateFiles) {
    it(`imports every record of the corpus template ${name}, keeping every value in YAML that reads back the same`, () => {
      const text = readFileSync(path.join(TEMPLATES, name), 'utf8');
      const original = JSON.parse(text) as Array<Record<string, unknown>>;
      const result = importRegister(text);
      assert.deepEqual(result.problems, []);
      assert.equal(result.records.length, original.length);
      for (const imported of result.records) {
        const source = original[imported.index];
        assert.match(imported.fileName, /^[a-z0-9-]+\.algoritme\.yaml$/);
        // Every value is kept: a key that is gone was empty or moved, and the change says so.
        for (const [key, value] of Object.entries(source)) {
          if (key in imported.record) continue;
          assert.ok(imported.changes.some((change) => change.field === key), `${key} removed without a report`);
          if (key === 'type' && value) assert.ok((imported.record.inkooplint as { technique?: string })?.technique, 'type became inkooplint.technique');
          else if (typeof value === 'string' && value.trim() !== '') assert.ok(JSON.stringify(imported.record).includes(JSON.stringify(value.trim()).slice(1, -1)), `${key}'s value kept`);
        }
        // lang: NLD is in every template; the certain fix is made and reported.
        if (source.lang === 'NLD') {
          assert.equal(imported.record.lang, 'nld');
          assert.ok(imported.changes.some((change) => change.kind === 'lang'));
        }
        const yaml = declarationYaml(imported.record, 'Overgenomen uit de test.');
        assert.deepEqual(parse(yaml), imported.record);
        // What is written is a declaration the linter reads without syntax errors.
        const findings = lintDeclaration(yaml, { fileName: imported.fileName }).findings;
        assert.deepEqual(findings.filter((f) => f.ruleId === 'declaration/syntax'), []);
        assert.ok(!findings.some((f) => f.ruleId === 'declaration/schema' && /lang/.test(f.pointer ?? '')), 'lang is valid after import');
      }
    });
  }

  it('maps a record of standard 1.0.0 with older field names to 1.0, reporting every change', () => {
    const old = {
      id: 'leverancier-123',
      name: 'Oud record',
      type: 'Op regels gebaseerd',
      iama_description: '<p>Er is geen IAMA gedaan, omdat het algoritme niets beslist.</p>',
      source_data_link: 'https://example.org/bron',
      source_data_grouping: [{ title: 'Bron', link: 'https://example.org/bron' }],
      uuid: null,
      website: ' https://example.org/ ',
      lang: 'NLD',
      standard_version: '1.0.0',
      source_id: null,
      impacttoetsen: null,
    };
    const { record, changes } = normaliseRecord(old);
    assert.deepEqual(record, {
      source_id: 'leverancier-123',
      name: 'Oud record',
      impacttoetsen: '<p>Er is geen IAMA gedaan, omdat het algoritme niets beslist.</p>',
      source_data_grouping: [{ title: 'Bron', link: 'https://example.org/bron' }],
      website: 'https://example.org/',
      lang: 'nld',
      standard_version: '1.0',
      inkooplint: { technique: 'regelgebaseerd' },
    });
    assert.deepEqual(changes.map((c) => `${c.kind} ${c.field}`).sort(), [
      'lang lang', 'legacy-duplicate source_data_link', 'legacy-empty uuid', 'legacy-moved iama_description', 'legacy-moved id',
      'standard-version standard_version', 'technique type', 'trimmed website',
    ]);
    assert.ok(changes.every((c) => c.message.nl && c.message.en));
    assert.equal(old.lang, 'NLD', 'the input is not changed');
  });

  it('keeps what it cannot map with certainty, and says so', () => {
    const { record, changes } = normaliseRecord({ name: 'x', type: 'Nee', source_data_link: 'BRP: https://a.example\nBAG: https://b.example', id: 'a', source_id: 'b', extra: 1 });
    assert.deepEqual(record, { name: 'x', type: 'Nee', source_data_link: 'BRP: https://a.example\nBAG: https://b.example', id: 'a', source_id: 'b', extra: 1 });
    assert.deepEqual(changes.map((c) => `${c.kind} ${c.field}`), ['legacy-kept source_data_link', 'legacy-kept-alone type', 'legacy-kept id', 'unknown-kept extra']);
  });

  it('numbers records with the same name (-2, -3) and reports items that are no record', () => {
    const result = importRegister(JSON.stringify([{ name: 'Zelfde naam' }, { name: 'Zelfde naam' }, 'geen record', { name: 'Zelfde  naam!' }, {}]));
    assert.deepEqual(result.records.map((r) => r.fileName), ['zelfde-naam.algoritme.yaml', 'zelfde-naam-2.algoritme.yaml', 'zelfde-naam-3.algoritme.yaml', 'algoritme.algoritme.yaml']);
    assert.equal(result.records[1].renamedFrom, 'zelfde-naam.algoritme.yaml');
    assert.deepEqual(result.problems, [{ kind: 'not-a-record', index: 2 }]);
    assert.equal(importRegister('{ kapot').problems[0].kind, 'not-json');
    assert.deepEqual(importRegister('42').problems, [{ kind: 'not-records' }]);
  });

  it('writes texts that a block scalar would change (a line of only spaces) double-quoted, so they read back exactly', () => {
    for (const value of [' \n', 'a\n  \nb', '\n\n', '  leading\nline']) {
      const yaml = declarationYaml({ name: value, goal: 'x'.repeat(100) });
      assert.equal((parse(yaml) as { name: string }).name, value, yaml);
    }
    assert.match(declarationYaml({ goal: 'een\ntwee' }), /goal: \|/, 'ordinary multi-line texts stay block literals');
  });

  it('writes YAML that reads back exactly, whatever the texts hold (spaces, line breaks, quotes, HTML, unicode)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '  ', '\n', '\t', '#', ':', '-', '"', "'", '<p>', '</p>', '&', '|', '>', 'é', '€', '\u2028', '0', '.', '*', '!', '%', '@', '`'), maxLength: 300 });
    fc.assert(
      fc.property(text, text, fc.array(text, { maxLength: 3 }), (goal, name, tags) => {
        const record = { ...VALID_RECORD, name, goal, category: tags, lang: 'nld' };
        assert.deepEqual(parse(declarationYaml(record, 'commentaar')), record);
      }),
      { numRuns: 300 },
    );
  });

  it('writes long texts as block scalars and short ones plain', () => {
    const yaml = declarationYaml({ ...VALID_RECORD, goal: 'Een lange tekst. '.repeat(20).trim(), risks: 'regel 1\nregel 2' });
    assert.match(yaml, /^goal: >-$/m);
    assert.match(yaml, /^risks: \|-$/m);
    assert.match(yaml, /^lang: nld$/m);
    assert.match(yaml, /^standard_version: "1\.0"$/m);
  });
});

describe('inkooplint import (CLI)', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => ensureBuilt());
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'inkooplint-import-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('imports every corpus template, one YAML file per record, and lists each change', () => {
    for (const name of templateFiles) {
      const out = path.join(dir, name.replace(/\.json$/, ''));
      const run = runCli(['import', path.join(TEMPLATES, name), '--out', out]);
      assert.equal(run.status, 0, `${name}: ${run.stderr}`);
      const records = JSON.parse(readFileSync(path.join(TEMPLATES, name), 'utf8')) as unknown[];
      assert.equal(readdirSync(out).filter((f) => f.endsWith('.algoritme.yaml')).length, records.length, name);
      assert.match(run.stdout, /lang: 'NLD' is nu 'nld'\./);
      assert.match(run.stdout, new RegExp(`${records.length} bestanden geschreven, 0 overgeslagen`));
    }
  });

  it('never overwrites a file that existed before the run, unless --force', () => {
    const input = path.join(dir, 'register.json');
    writeFileSync(input, JSON.stringify([{ name: 'Parkeren', lang: 'nld' }, { name: 'Parkeren', lang: 'NLD' }, { name: 'Afval' }]));
    const out = path.join(dir, 'algoritmes');
    const first = runCli(['import', input, '--out', out, '--lang', 'en']);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /The name Parkeren occurs more than once in this file, so this record is called parkeren-2\.algoritme\.yaml\./);
    assert.deepEqual(readdirSync(out).sort(), ['afval.algoritme.yaml', 'parkeren-2.algoritme.yaml', 'parkeren.algoritme.yaml']);
    writeFileSync(path.join(out, 'afval.algoritme.yaml'), '# eigen werk\nname: Afval\n');
    const second = runCli(['import', input, '--out', out]);
    assert.equal(second.status, 1);
    assert.match(second.stderr, /afval\.algoritme\.yaml bestond al en is niet overschreven \(record 3: Afval\)\. Gebruik --force/);
    assert.equal(readFileSync(path.join(out, 'afval.algoritme.yaml'), 'utf8'), '# eigen werk\nname: Afval\n');
    const forced = runCli(['import', input, '--out', out, '--force']);
    assert.equal(forced.status, 0, forced.stderr);
    assert.match(readFileSync(path.join(out, 'afval.algoritme.yaml'), 'utf8'), /^# Overgenomen uit register\.json, record 3\./);
  });

  it('exits 2 on a missing input, bad JSON or no records', () => {
    assert.equal(runCli(['import', path.join(dir, 'nergens.json'), '--out', dir]).status, 2);
    writeFileSync(path.join(dir, 'kapot.json'), '[{');
    const bad = runCli(['import', path.join(dir, 'kapot.json'), '--out', path.join(dir, 'x')]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /is geen geldige JSON/);
    assert.ok(!existsSync(path.join(dir, 'x')));
    assert.equal(runCli(['import', path.join(TEMPLATES, 'zivver.json')]).status, 2, 'no --out');
  });
});

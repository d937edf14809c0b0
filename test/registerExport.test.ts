import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import registerConfig from '../src/core/declaration/register/publicatiestandaard-v1.0-config.json';
import { exportRegister, parseCategory, toRegisterRecord } from '../src/core/register';
import { validateRecord } from '../src/core/schema/declarationValidator.generated';
import { ensureBuilt } from './helpers/build';
import { ROOT, runCli } from './helpers/cli';
import { recordYaml, VALID_RECORD } from './helpers/declarations';

interface ConfigField {
  type: string;
  max_length?: number;
  required?: boolean | string;
  permitted_values?: string[];
  items?: Record<string, ConfigField>;
}
const FIELDS = (registerConfig as { properties: Record<string, ConfigField> }).properties;

/**
 * Checks a record against the register's own configuration, read directly (not through our
 * schema): known field names, required fields, permitted values, maximum lengths, value types.
 */
function configProblems(record: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const required = (field: ConfigField): boolean => field.required === true || field.required === 'true';
  for (const [name, field] of Object.entries(FIELDS)) {
    if (required(field) && (typeof record[name] !== 'string' || !(record[name] as string).trim())) problems.push(`${name} is required`);
  }
  for (const [name, value] of Object.entries(record)) {
    const field = FIELDS[name];
    if (!field) {
      problems.push(`${name} is no field of the standard`);
      continue;
    }
    if (value === null) continue;
    if (field.type === 'array') {
      if (!Array.isArray(value)) problems.push(`${name} is not a list`);
      for (const item of Array.isArray(value) ? value : []) {
        if (field.permitted_values && !field.permitted_values.includes(item as string)) problems.push(`${name}: ${String(item)} not permitted`);
        if (field.items) {
          for (const [key, sub] of Object.entries(item as Record<string, unknown>)) {
            const subField = field.items[key];
            if (!subField) problems.push(`${name}.${key} unknown`);
            else if (subField.max_length !== undefined && String(sub).length > subField.max_length) problems.push(`${name}.${key} too long`);
          }
        }
      }
      continue;
    }
    if (typeof value !== 'string') problems.push(`${name} is not text`);
    else {
      if (field.permitted_values && !field.permitted_values.includes(value)) problems.push(`${name}: ${value} not permitted`);
      if (field.max_length !== undefined && value.length > field.max_length) problems.push(`${name} longer than ${field.max_length}`);
    }
  }
  if (record.standard_version !== undefined && record.standard_version !== null) assert.equal(record.standard_version, '1.0');
  return problems;
}

const TEMPLATES = path.join(ROOT, 'test', 'fixtures', 'corpus', 'templates');

/**
 * The corpus templates as a municipality completes them before publication: its own name and
 * contact address, the language code the standard asks, and without the keys of older editions.
 * As published none of them is valid (organization is null in all); completed, those without
 * other defects are. Those are the round trip's input.
 */
function completedTemplates(): Array<Record<string, unknown>> {
  const records: Array<Record<string, unknown>> = [];
  for (const name of readdirSync(TEMPLATES).filter((f) => f.endsWith('.json')).sort()) {
    for (const template of JSON.parse(readFileSync(path.join(TEMPLATES, name), 'utf8')) as Array<Record<string, unknown>>) {
      const record: Record<string, unknown> = { ...template, organization: 'Gemeente Lindewaard', lang: 'nld' };
      if (!record.contact_email) record.contact_email = 'algoritmes@lindewaard.nl';
      for (const legacy of ['id', 'type', 'uuid', 'iama_description', 'source_data_link']) delete record[legacy];
      records.push(record);
    }
  }
  return records;
}

describe('register export (core)', () => {
  it('knows the categories by letter, profile word and name', () => {
    assert.equal(parseCategory('A'), 'Hoog-risico AI-systeem');
    assert.equal(parseCategory(' b '), 'Impactvolle algoritmes');
    assert.equal(parseCategory('overig'), 'Overige algoritmes');
    assert.equal(parseCategory('Impactvolle algoritmes'), 'Impactvolle algoritmes');
    assert.equal(parseCategory('D'), undefined);
  });

  it('leaves out the inkooplint block and keys the standard does not have, in the standard’s field order', () => {
    const { record, dropped } = toRegisterRecord({ lang: 'nld', inkooplint: { role: 'beslissend' }, name: 'x', type: 'oud' });
    assert.deepEqual(Object.keys(record), ['name', 'lang']);
    assert.deepEqual(dropped, ['inkooplint', 'type']);
  });

  it('exports categories A and B by default, holds back records with schema errors, and splits a register export by record', () => {
    const files = [
      { path: 'a.algoritme.yaml', text: recordYaml({ publication_category: 'Hoog-risico AI-systeem', inkooplint: { role: 'beslissend' } }), findings: [] },
      { path: 'c.algoritme.yaml', text: recordYaml(), findings: [] },
      { path: 'fout.algoritme.yaml', text: recordYaml({ publication_category: 'Impactvolle algoritmes', lang: 'NLD' }), findings: [] },
      {
        path: 'export.algoritme.json',
        text: JSON.stringify([{ ...VALID_RECORD, name: 'goed', publication_category: 'Impactvolle algoritmes' }, { ...VALID_RECORD, name: 'kapot', publication_category: 'Impactvolle algoritmes', status: 'Misschien' }]),
        findings: [],
      },
    ];
    const result = exportRegister(files);
    assert.deepEqual(result.records.map((r) => r.name), [VALID_RECORD.name, 'goed']);
    assert.equal(result.notSelected, 1);
    assert.deepEqual(result.blocked.map((b) => `${b.file} ${b.index ?? ''}`), ['fout.algoritme.yaml ', 'export.algoritme.json 1']);
    assert.ok(result.blocked[0].findings.every((f) => f.ruleId === 'declaration/schema' && f.severity === 'error'));
    for (const record of result.records) {
      assert.ok(!('inkooplint' in record));
      assert.deepEqual(configProblems(record), []);
    }
  });
});

describe('inkooplint export (CLI)', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => ensureBuilt());
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'inkooplint-export-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the records to publish from the fixture workspace, lists the others’ findings, and names the blocked ones on stderr (exit 1)', () => {
    const out = path.join(dir, 'register.json');
    const run = runCli(['export', path.join(ROOT, 'test', 'fixtures', 'overview'), '--out', out]);
    assert.equal(run.status, 1, run.stderr);
    const records = JSON.parse(readFileSync(out, 'utf8')) as Array<Record<string, unknown>>;
    // A and B: bijstand (A, valid), wmo-toewijzing (B, valid), vacaturematching (B, valid); the
    // two records of the register export (B) have lang NLD, so they are held back, and so is the unreadable file.
    assert.deepEqual(records.map((r) => r.name).sort(), ['Risicosignalering bijstand', 'Slimme toewijzing Wmo-voorzieningen', 'Vacaturematching voor werkzoekenden']);
    for (const record of records) {
      assert.ok(validateRecord(record), JSON.stringify(validateRecord.errors));
      assert.deepEqual(configProblems(record), []);
      assert.ok(!('inkooplint' in record));
    }
    assert.match(run.stderr, /register-export\.algoritme\.json: Kentekencamerahandhaving Zero Emissie Zone \(record 1\) is niet geëxporteerd/);
    assert.match(run.stderr, /register-export\.algoritme\.json:\d+:\d+ {2}.*'NLD'.*declaration\/schema/);
    assert.match(run.stderr, /kapot\.algoritme\.yaml: \(zonder naam\) is niet geëxporteerd/);
    assert.match(run.stderr, /3 algoritmes zijn niet geëxporteerd door fouten/);
    assert.match(run.stdout, /Andere meldingen bij de geëxporteerde algoritmes/);
    assert.match(run.stdout, /vacaturematching\.algoritme\.yaml:2:7 .*declaration\/ai-act-high-risk-area/);
    assert.match(run.stdout, /3 algoritmes geëxporteerd naar .*register\.json \(Hoog-risico AI-systeem, Impactvolle algoritmes\)/);
  });

  it('exports the chosen categories only (--categories), and exits 0 when nothing is held back', () => {
    const out = path.join(dir, 'c.json');
    const run = runCli(['export', path.join(ROOT, 'test', 'fixtures', 'overview', 'algoritmes', 'routeplanning.algoritme.yaml'), '--out', out, '--categories', 'C']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual((JSON.parse(readFileSync(out, 'utf8')) as Array<{ name: string }>).map((r) => r.name), ['Route voor het legen van afvalcontainers']);
    assert.equal(runCli(['export', dir, '--out', out, '--categories', 'A,Q']).status, 2);
  });

  it('overwrites its own earlier export, but another file only with --force', () => {
    const source = path.join(ROOT, 'test', 'fixtures', 'overview', 'algoritmes', 'bijstand-risico.algoritme.yaml');
    const out = path.join(dir, 'register.json');
    writeFileSync(out, '[]\n');
    assert.equal(runCli(['export', source, '--out', out]).status, 0);
    assert.equal(runCli(['export', source, '--out', out]).status, 0, 'its own output');
    const notes = path.join(dir, 'notities.json');
    writeFileSync(notes, '{"belangrijk": true}');
    const refused = runCli(['export', source, '--out', notes]);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /bestaat al en is geen eerdere export\. Gebruik --force/);
    assert.equal(readFileSync(notes, 'utf8'), '{"belangrijk": true}');
    assert.equal(runCli(['export', source, '--out', notes, '--force']).status, 0);
  });

  it('round trip: import then export of every valid (completed) corpus template gives back the same record', () => {
    const valid = completedTemplates().filter((record) => validateRecord(record));
    assert.ok(valid.length >= 10, `${valid.length} completed templates are valid`);
    const input = path.join(dir, 'register.json');
    writeFileSync(input, JSON.stringify(valid, null, 2));
    const imported = runCli(['import', input, '--out', path.join(dir, 'algoritmes')]);
    assert.equal(imported.status, 0, imported.stderr);
    assert.match(imported.stdout, /0 aanpassingen gemeld/);
    const out = path.join(dir, 'terug.json');
    const exported = runCli(['export', path.join(dir, 'algoritmes'), '--out', out, '--categories', 'A,B,C']);
    assert.equal(exported.status, 0, exported.stderr);
    const back = JSON.parse(readFileSync(out, 'utf8')) as Array<Record<string, unknown>>;
    const byName = (records: Array<Record<string, unknown>>): Array<Record<string, unknown>> => [...records].sort((a, b) => String(a.name).localeCompare(String(b.name)) || String(a.source_id).localeCompare(String(b.source_id)));
    assert.deepEqual(byName(back), byName(valid));
  });

  it('round trip on the fixture workspace: export, import the export, export again gives the same JSON', () => {
    const workspace = path.join(dir, 'w');
    cpSync(path.join(ROOT, 'test', 'fixtures', 'overview', 'algoritmes'), workspace, { recursive: true });
    rmSync(path.join(workspace, 'kapot.algoritme.yaml'));
    const first = path.join(dir, 'eerste.json');
    assert.equal(runCli(['export', workspace, '--out', first, '--categories', 'A,B,C']).status, 0);
    assert.equal(runCli(['import', first, '--out', path.join(dir, 'terug')]).status, 0);
    const second = path.join(dir, 'tweede.json');
    assert.equal(runCli(['export', path.join(dir, 'terug'), '--out', second, '--categories', 'A,B,C']).status, 0);
    const sorted = (file: string): unknown[] => (JSON.parse(readFileSync(file, 'utf8')) as Array<{ name: string }>).sort((a, b) => a.name.localeCompare(b.name));
    assert.deepEqual(sorted(second), sorted(first));
    assert.ok(existsSync(second));
  });
});

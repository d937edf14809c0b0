import assert from 'node:assert/strict';
import Ajv from 'ajv';
import YAML from 'yaml';
import schema from '../../schemas/checklist.schema.json';
import { applyChange, checklistFileName, openChecklist, parseChecklistFile, serializeChecklistFile } from '../../src/core/checklist';
import { DEVIATING_CONTRACT } from './helpers';

/** A file as a newer version might write it: keys this version does not know at every level, and a question it does not know. */
const FROM_A_NEWER_VERSION = `version: 2
contract: acme.overeenkomst.md
profile: hoog-risico
reviewTeam:
  - A. Jansen
  - B. de Boer
items:
  explainability:
    status: voldaan
    evidence:
      - contract: acme.overeenkomst.md
        article: "3"
        title: Artikel 3 Uitlegbaarheid
        line: 35
        offset: [1281, 1602]
        checksum: 9f2c
      - url: https://leverancier.example/uitleg.pdf
        title: Uitleg voor gebruikers
        retrieved: 2026-11-01
    notes: |-
      Uitleg op B1-niveau ontvangen.
      Tweede regel.
    answeredBy: A. Jansen
    answeredAt: 2026-11-20T10:00:00Z
    confidence: high
  audit:
    status: in-afwachting
    notes: Wacht op het rapport.
  supplier/energy-use:
    status: open
    notes: Een vraag die deze versie niet kent.
  exit:
    status: niet-voldaan
signedOff: false
`;

describe('checklist file (<name>.checklist.yaml)', () => {
  it('is named after the contract without .overeenkomst.md, .contract.md or .md', () => {
    assert.equal(checklistFileName('acme.overeenkomst.md'), 'acme.checklist.yaml');
    assert.equal(checklistFileName('acme.contract.md'), 'acme.checklist.yaml');
    assert.equal(checklistFileName('acme.md'), 'acme.checklist.yaml');
    assert.equal(checklistFileName('contracten/2026/Acme.Overeenkomst.md'), 'contracten/2026/Acme.checklist.yaml');
    assert.equal(checklistFileName('C:\\werk\\acme.contract.md'), 'C:\\werk\\acme.checklist.yaml');
    assert.equal(checklistFileName('leverancier.v2.overeenkomst.md'), 'leverancier.v2.checklist.yaml');
  });

  it('round-trips a file from a newer version without losing anything, unknown keys included', () => {
    const parsed = parseChecklistFile(FROM_A_NEWER_VERSION);
    assert.ok(parsed.problems.some((p) => p.message.en.includes('newer version')));
    const written = serializeChecklistFile(parsed.data);
    assert.deepEqual(YAML.parse(written), YAML.parse(FROM_A_NEWER_VERSION));
    // And again: writing what was read gives the same text.
    assert.equal(serializeChecklistFile(parseChecklistFile(written).data), written);
  });

  it('keeps the unknown keys when an edit changes a known one', () => {
    const parsed = parseChecklistFile(FROM_A_NEWER_VERSION);
    const { model } = openChecklist({ contractText: DEVIATING_CONTRACT, contractFile: 'acme.overeenkomst.md', checklistText: FROM_A_NEWER_VERSION });
    const edited = applyChange(parsed.data, { type: 'setNotes', id: 'explainability', notes: 'Nieuwe toelichting.' }, { model, now: '2026-11-23T00:00:00Z' });
    const value = YAML.parse(serializeChecklistFile(edited));
    assert.equal(value.items.explainability.notes, 'Nieuwe toelichting.');
    assert.equal(value.items.explainability.confidence, 'high');
    assert.equal(value.items.explainability.evidence[0].checksum, '9f2c');
    assert.equal(value.items.explainability.evidence[1].retrieved, '2026-11-01');
    assert.equal(value.items['supplier/energy-use'].notes, 'Een vraag die deze versie niet kent.');
    assert.deepEqual(value.reviewTeam, ['A. Jansen', 'B. de Boer']);
    assert.equal(value.signedOff, false);
    // A status this version does not know stays as written until the reviewer chooses one.
    assert.equal(value.items.audit.status, 'in-afwachting');
    const chosen = applyChange(edited, { type: 'setStatus', id: 'audit', status: 'deels' }, { model, now: '2026-11-23T00:00:00Z' });
    assert.equal(YAML.parse(serializeChecklistFile(chosen)).items.audit.status, 'deels');
  });

  it('is diff-friendly: items in checklist order, keys in a fixed order, offsets on one line, notes as literal blocks', () => {
    const written = serializeChecklistFile(parseChecklistFile(FROM_A_NEWER_VERSION).data);
    const itemOrder = [...written.matchAll(/^ {2}([a-z/-]+):$/gm)].map((m) => m[1]);
    assert.deepEqual(itemOrder, ['explainability', 'audit', 'exit', 'supplier/energy-use']);
    assert.match(written, /offset: \[ 1281, 1602 \]|offset: \[1281, 1602\]/);
    assert.match(written, /notes: \|-\n {6}Uitleg op B1-niveau ontvangen\.\n {6}Tweede regel\./);
    const keys = [...written.matchAll(/^ {4}([a-zA-Z]+):/gm)].map((m) => m[1]);
    assert.deepEqual(keys.slice(0, 6), ['status', 'evidence', 'notes', 'answeredBy', 'answeredAt', 'confidence']);
    assert.match(written, /^# Inkooplint/);
  });

  it('writes files the JSON Schema accepts, and the schema refuses what is wrong', () => {
    const validate = new Ajv({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true }).compile(schema);
    const { model, file } = openChecklist({ contractText: DEVIATING_CONTRACT, contractFile: 'acme.overeenkomst.md' });
    let data = file.data;
    data = applyChange(data, { type: 'confirmSuggestion', id: 'explainability' }, { model, now: '2026-11-23T08:00:00Z', reviewer: 'A. Jansen' });
    data = applyChange(data, { type: 'addEvidence', id: 'supplier/certifications', evidence: { kind: 'url', url: 'https://example.org/cert.pdf' } }, { model, now: '2026-11-23T08:00:00Z' });
    const value = YAML.parse(serializeChecklistFile(data));
    assert.ok(validate(value), JSON.stringify(validate.errors));
    assert.equal(validate({ version: 1, items: { audit: { status: 'goed' } } }), false);
    assert.equal(validate({ version: 1, items: { audit: { evidence: [{ url: 'javascript:alert(1)' }] } } }), false);
    assert.equal(validate({ version: 1, items: { audit: { evidence: [{ url: 'https://a.example', contract: 'x.md' }] } } }), false);
  });

  it('reports YAML errors and schema problems with their line, and still reads what it can', () => {
    const broken = parseChecklistFile('version: 1\nitems:\n  audit: [unclosed\n');
    assert.equal(broken.problems[0].severity, 'error');
    assert.ok(broken.problems[0].line);
    const invalid = parseChecklistFile('version: 1\nitems:\n  audit:\n    status: voldaan\n    notes: 12\n  exit:\n    evidence: veel\n');
    assert.ok(invalid.problems.some((p) => p.line === 7), JSON.stringify(invalid.problems));
    assert.equal(invalid.data.items.audit.status, 'voldaan');
    assert.equal(invalid.data.items.audit.notes, '12');
    assert.equal(YAML.parse(serializeChecklistFile(invalid.data)).items.exit.evidence, 'veel');
  });

  it('updates the text it was read from in place: comments kept, only the changed lines differ', () => {
    const original = `# Beoordeling door team inkoop, zie ook het verslag van 12 november.
version: 1
contract: acme.overeenkomst.md
profile: hoog-risico
items:
  # Eerst de onderwerpen uit het contract.
  explainability:
    status: voldaan # bevestigd in overleg
    notes: 'Uitleg ontvangen.'
  exit:
    status: open
`;
    const parsed = parseChecklistFile(original);
    const { model } = openChecklist({ contractText: DEVIATING_CONTRACT, contractFile: 'acme.overeenkomst.md', checklistText: original });
    let data = applyChange(parsed.data, { type: 'setStatus', id: 'exit', status: 'niet-voldaan' }, { model, now: '2026-11-23T10:00:00Z', reviewer: 'A. Jansen' });
    data = applyChange(data, { type: 'setNotes', id: 'audit', notes: 'Nieuw item.' }, { model, now: '2026-11-23T10:00:00Z' });
    const written = serializeChecklistFile(data, undefined, original);
    assert.equal(written, `# Beoordeling door team inkoop, zie ook het verslag van 12 november.
version: 1
contract: acme.overeenkomst.md
profile: hoog-risico
items:
  # Eerst de onderwerpen uit het contract.
  explainability:
    status: voldaan # bevestigd in overleg
    notes: 'Uitleg ontvangen.'
  audit:
    status: open
    notes: Nieuw item.
  exit:
    status: niet-voldaan
    answeredBy: A. Jansen
    answeredAt: 2026-11-23T10:00:00Z
`);
    // Unchanged data gives the same text back, byte for byte.
    assert.equal(serializeChecklistFile(parsed.data, undefined, original), original);
    assert.equal(serializeChecklistFile(parseChecklistFile(FROM_A_NEWER_VERSION).data, undefined, FROM_A_NEWER_VERSION), FROM_A_NEWER_VERSION);
  });

  it('writes an empty checklist as version, contract and profile only', () => {
    const { file } = openChecklist({ contractText: DEVIATING_CONTRACT, contractFile: 'acme.overeenkomst.md' });
    assert.equal(serializeChecklistFile(file.data).split('\n').slice(1).join('\n'), 'version: 1\ncontract: acme.overeenkomst.md\nprofile: impactvol\nitems: {}\n');
  });
});

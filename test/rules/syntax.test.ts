import assert from 'node:assert/strict';
import { lintDeclarationBytes } from '../../src/core/engine';
import { syntaxRule } from '../../src/core/rules/declaration/syntax';
import { lintJson, lintYaml, recordYaml, textAt } from '../helpers/declarations';

const only = [syntaxRule];

describe('declaration/syntax', () => {
  const valid: Array<[string, string, 'yaml' | 'json']> = [
    ['a YAML record', recordYaml(), 'yaml'],
    ['a YAML record with CRLF line endings', recordYaml().replace(/\n/g, '\r\n'), 'yaml'],
    ['a YAML record with a byte order mark', `\uFEFF${recordYaml()}`, 'yaml'],
    ['a JSON record', JSON.stringify({ name: 'A', lang: 'nld' }, null, 2), 'json'],
    ['a JSON register export', JSON.stringify([{ name: 'A' }, { name: 'B' }]), 'json'],
    ['YAML anchors and aliases used sparingly', 'name: &n Naam\nsource_id: *n\n', 'yaml'],
  ];
  for (const [name, text, format] of valid) {
    it(`valid: ${name}`, () => assert.deepEqual((format === 'json' ? lintJson : lintYaml)(text, only), []));
  }

  const invalid: Array<{ name: string; text: string; format: 'yaml' | 'json'; message: RegExp; at: string | RegExp; line?: number }> = [
    { name: 'an unclosed quote', text: 'name: "Half geschreven\nlang: nld\n', format: 'yaml', message: /ontbreekt een teken/, at: /^$|.*/ },
    { name: 'a tab as indentation', text: 'category:\n\t- Verkeer\n', format: 'yaml', message: /tab als inspringing/, at: '\t', line: 1 },
    { name: 'a duplicate key', text: 'name: Een\nlang: nld\nname: Twee\n', format: 'yaml', message: /'name' staat twee keer/, at: 'name', line: 2 },
    { name: 'an unclosed flow list', text: 'category: [Verkeer\nlang: nld\n', format: 'yaml', message: /niet goed afgesloten/, at: /.*/ },
    { name: 'two documents', text: 'name: A\n---\nname: B\n', format: 'yaml', message: /meer dan één YAML-document/, at: /.*/ },
    { name: 'an empty file', text: '', format: 'yaml', message: /leeg/, at: '' },
    { name: 'a JSON trailing comma', text: '{\n  "name": "A",\n}\n', format: 'json', message: /veldnaam tussen dubbele aanhalingstekens|waarde/, at: /.*/, line: 2 },
    { name: 'a JSON comment', text: '{\n  // opmerking\n  "name": "A"\n}\n', format: 'json', message: /geen commentaar/, at: /.*/, line: 1 },
    { name: 'a JSON duplicate key', text: '{ "name": "A", "name": "B" }', format: 'json', message: /'name' staat twee keer/, at: '"name"' },
    { name: 'nesting past the limit', text: `a: ${'['.repeat(300)}${']'.repeat(300)}\n`, format: 'yaml', message: /dieper genest dan 200 niveaus/, at: '[' },
    { name: 'an alias referring to itself', text: 'a: &x\n  b: *x\n', format: 'yaml', message: /\*x verwijst naar zichzelf/, at: '*x' },
    { name: 'an alias bomb', text: ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)].join('\n'), format: 'yaml', message: /meer dan 10000 onderdelen/, at: /^\*/ },
  ];
  for (const c of invalid) {
    it(`invalid: ${c.name}`, () => {
      const findings = (c.format === 'json' ? lintJson : lintYaml)(c.text, only);
      const finding = findings.find((f) => c.message.test(f.message.nl));
      assert.ok(finding, findings.map((f) => f.message.nl).join('\n') || 'no findings');
      assert.equal(finding.severity, 'error');
      const at = textAt(c.text, finding);
      if (typeof c.at === 'string') assert.equal(at, c.at);
      else assert.match(at, c.at);
      if (c.line !== undefined) assert.equal(finding.range.start.line, c.line);
    });
  }

  it('keeps positions right when the text starts with a byte order mark', () => {
    const text = '\uFEFFname: A\nlang: NLD\n';
    const [finding] = lintYaml(text).filter((f) => f.pointer === '/lang');
    assert.equal(textAt(text, finding), 'NLD');
    assert.deepEqual(finding.range.start, { line: 1, character: 6 });
  });

  it('keeps positions right with CRLF line endings', () => {
    const text = 'name: A\r\norganization: B\r\nlang: NLD\r\n';
    const [finding] = lintYaml(text).filter((f) => f.pointer === '/lang');
    assert.deepEqual(finding.range.start, { line: 2, character: 6 });
    assert.equal(textAt(text, finding), 'NLD');
  });

  const bytesCases: Array<[string, Uint8Array, RegExp]> = [
    ['binary bytes', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /binair bestand/],
    ['latin-1 text', Uint8Array.from([...Buffer.from('name: caf'), 0xe9, 0x0a]), /geen UTF-8-tekst \(ongeldige byte op positie 9\)/],
    ['UTF-16 with a byte order mark', Uint8Array.from([0xff, 0xfe, ...Buffer.from('n\0a\0')]), /UTF-16/],
  ];
  for (const [name, bytes, message] of bytesCases) {
    it(`invalid bytes: ${name}`, () => {
      const { findings } = lintDeclarationBytes(bytes, { fileName: 'x.algoritme.yaml' });
      assert.equal(findings.length, 1);
      assert.equal(findings[0].ruleId, 'declaration/syntax');
      assert.match(findings[0].message.nl, message);
    });
  }

  it('refuses a file over the size limit without reading it', () => {
    const { findings } = lintDeclarationBytes(new Uint8Array(10), { fileName: 'x.algoritme.yaml', fileSize: 20 * 1024 * 1024 });
    assert.match(findings[0].message.nl, /20\.0 MB\. Dat is groter dan de grens van 4\.0 MB/);
  });

  it('lets the other rules run on what could be read', () => {
    const text = 'name: Een\nlang: NLD\nname: Twee\n';
    const rules = new Set(lintYaml(text).map((f) => f.ruleId));
    assert.ok(rules.has('declaration/syntax') && rules.has('declaration/schema'));
  });
});

import assert from 'node:assert/strict';
import { schemaRule } from '../../src/core/rules/declaration/schema';
import { applyFix, lintJson, lintYaml, recordYaml, textAt } from '../helpers/declarations';

const only = [schemaRule];

describe('declaration/schema', () => {
  describe('valid', () => {
    const cases: Array<[string, string]> = [
      ['the complete base record', recordYaml()],
      ['optional fields left null', recordYaml({ website: null, end_date: null, url: null })],
      ['contact given as an https contact page', recordYaml({ contact_email: 'https://www.noorderhaaks.nl/contact' })],
      ['three themes', recordYaml({ category: ['Verkeer', 'Wonen', 'Economie'] })],
      ['allowed HTML in goal', recordYaml({ goal: '<div><p>Doel</p><ul><li>een</li></ul><br></div>' })],
      ['the inkooplint block', recordYaml({ inkooplint: { role: 'informerend', technique: 'rule-based', contract: 'c.overeenkomst.md' } })],
      ['grouping entries with https links', recordYaml({ lawful_basis_grouping: [{ title: 'Wegenverkeerswet 1994', link: 'https://wetten.overheid.nl/BWBR0006622' }] })],
    ];
    for (const [name, text] of cases) {
      it(name, () => assert.deepEqual(lintYaml(text, only), []));
    }
  });

  describe('invalid', () => {
    interface Case { name: string; text: string; message: RegExp; at: string; severity?: string; fixed?: RegExp }
    const cases: Case[] = [
      { name: 'lang in capitals, with a certain fix', text: recordYaml({ lang: 'NLD' }), message: /'NLD' is geen toegestane waarde voor lang; bedoelt u 'nld'\?/, at: 'NLD', fixed: /^lang: nld$/m },
      { name: 'a required field missing', text: recordYaml({ organization: undefined }), message: /verplichte veld organization \(Organisatienaam\) ontbreekt/, at: 'name' },
      { name: 'a required field null', text: recordYaml({ organization: null }), message: /verplichte veld organization .* is leeg/, at: 'null' },
      { name: 'a required field blank', text: recordYaml({ name: '   ' }), message: /verplichte veld name .* is leeg/, at: '"   "' },
      { name: 'too long', text: recordYaml({ name: 'x'.repeat(101) }), message: /name is 101 tekens lang\. Het register staat hoogstens 100 tekens toe/, at: 'x'.repeat(101) },
      { name: 'a status near miss', text: recordYaml({ status: 'in gebruik' }), message: /bedoelt u 'In gebruik'/, at: 'in gebruik', fixed: /^status: In gebruik$/m },
      { name: 'a status with a typo gets a suggestion but no fix', text: recordYaml({ status: 'In gebruk' }), message: /bedoelt u 'In gebruik'/, at: 'In gebruk' },
      { name: 'an unknown status lists the permitted values', text: recordYaml({ status: 'Actief' }), message: /Toegestaan: 'In ontwikkeling', 'In gebruik', 'Buiten gebruik'/, at: 'Actief' },
      { name: 'a month without leading zero', text: recordYaml({ begin_date: '2023-1' }), message: /'2023-1' is geen maand in de vorm JJJJ-MM/, at: '2023-1', fixed: /^begin_date: 2023-01$/m },
      { name: 'a full date', text: recordYaml({ begin_date: '2023-04-15' }), message: /geen maand/, at: '2023-04-15', fixed: /^begin_date: 2023-04$/m },
      { name: 'http instead of https', text: recordYaml({ website: 'http://www.noorderhaaks.nl' }), message: /begint met http:\/\//, at: 'http://www.noorderhaaks.nl' },
      { name: 'not a web address', text: recordYaml({ url: 'www noorderhaaks' }), message: /geen webadres/, at: 'www noorderhaaks' },
      { name: 'contact neither e-mail nor https', text: recordYaml({ contact_email: 'bel 14 0123' }), message: /geen e-mailadres en geen webadres/, at: 'bel 14 0123' },
      { name: 'an unknown field with a suggestion', text: recordYaml({ descripton_short: 'x' }), message: /descripton_short is geen veld van de publicatiestandaard\. Bedoelt u description_short\?/, at: 'descripton_short', severity: 'warning' },
      { name: 'a legacy field', text: recordYaml({ iama_description: 'x' }), message: /iama_description komt uit een oudere versie.*impacttoetsen/, at: 'iama_description', severity: 'warning' },
      { name: 'an old standard version', text: recordYaml({ standard_version: '1.0.0' }), message: /'1\.0\.0' is de schrijfwijze van een oudere editie/, at: '1.0.0', fixed: /^standard_version: "1\.0"$/m },
      { name: 'a theme that is not on the list', text: recordYaml({ category: ['Verkeer', 'Werk en inkomen'] }), message: /'Werk en inkomen' is geen toegestane waarde voor category › 2/, at: 'Werk en inkomen' },
      { name: 'a theme given as text instead of a list', text: recordYaml({ category: 'Verkeer' }), message: /category moet een lijst zijn/, at: 'Verkeer', fixed: /^category: \[Verkeer\]$/m },
      { name: 'a disallowed HTML tag', text: recordYaml({ goal: 'Zie <a href="https://x.nl">hier</a>.' }), message: /De HTML-tag <a> mag niet in goal/, at: '<a href="https://x.nl">', severity: 'warning' },
      { name: 'a role that does not exist', text: recordYaml({ inkooplint: { role: 'besluitend' } }), message: /'besluitend' is geen toegestane waarde voor inkooplint › role/, at: 'besluitend' },
      { name: 'an unknown key in the inkooplint block', text: recordYaml({ inkooplint: { rol: 'informerend' } }), message: /rol is geen veld van het blok inkooplint\. Bedoelt u role\?/, at: 'rol' },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const findings = lintYaml(c.text, only);
        const finding = findings.find((f) => c.message.test(f.message.nl));
        assert.ok(finding, `expected a finding matching ${c.message}; got:\n${findings.map((f) => f.message.nl).join('\n')}`);
        assert.equal(finding.ruleId, 'declaration/schema');
        assert.equal(finding.severity, c.severity ?? 'error');
        assert.equal(textAt(c.text, finding), c.at);
        assert.ok(finding.message.en.length > 0 && finding.message.en !== finding.message.nl);
        if (c.fixed) {
          const fixedText = applyFix(c.text, finding);
          assert.match(fixedText, c.fixed);
          assert.deepEqual(lintYaml(fixedText, only).filter((f) => f.pointer === finding.pointer), [], 'the fix removes the finding');
        }
      });
    }
  });

  it('quotes a version number that YAML reads as a number', () => {
    const text = recordYaml().replace('standard_version: "1.0"', 'standard_version: 1.0');
    const [finding] = lintYaml(text, only);
    assert.match(finding.message.nl, /standard_version moet tekst zijn, maar 1\.0 wordt gelezen als getal/);
    assert.equal(textAt(text, finding), '1.0');
    assert.match(applyFix(text, finding), /^standard_version: "1\.0"$/m);
  });

  it('points into each record of a register export array', () => {
    const text = JSON.stringify([JSON.parse(JSON.stringify({ ...recordObject(), lang: 'nld' })), { ...recordObject(), lang: 'NLD' }], null, 2);
    const findings = lintJson(text, only);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].pointer, '/1/lang');
    assert.equal(textAt(text, findings[0]), '"NLD"');
    assert.equal(applyFix(text, findings[0]).match(/"lang": "nld"/g)?.length, 2);
  });

  it('says when a file holds no declaration', () => {
    const findings = lintYaml('- een\n- twee\n', only);
    assert.equal(findings.length, 1);
    assert.match(findings[0].message.nl, /geen algoritmebeschrijving/);
  });

  it('does not repeat a syntax error as a schema error on the half-read value', () => {
    const text = recordYaml().replace(/^description_short: .*$/m, 'description_short: Dit algoritme doet één ding: het kijkt of het licht rood is.');
    const findings = lintYaml(text);
    assert.ok(findings.some((f) => f.ruleId === 'declaration/syntax'));
    assert.deepEqual(findings.filter((f) => f.ruleId === 'declaration/schema').map((f) => f.message.nl), []);
  });

  it('leaves an empty link in a grouping entry to the empty-link rule', () => {
    const text = `${recordYaml()}source_data_grouping:\n  - title: BRP\n    link:\n`;
    assert.deepEqual(lintYaml(text, only).map((f) => f.message.nl), []);
  });

  it('reports HTML in an alias (provider: *org) at the alias, not at a place computed from the anchor\'s text', () => {
    const text = recordYaml()
      .replace(/^organization: .*$/m, 'organization: &org Gemeente <p>Noorderhaaks')
      .replace(/^provider: .*$/m, 'provider: *org')
      .replace(/\n/g, '\r\n');
    const html = lintYaml(text, only).filter((f) => /HTML/.test(f.message.en));
    assert.deepEqual(html.map((f) => text.slice(f.offset[0], f.offset[1])), ['<p>', '*org']);
  });

  it('does not report missing fields when the text has syntax errors', () => {
    const text = 'name: "Half geschreven\norganization: x\n';
    assert.ok(lintYaml(text, only).every((f) => !/ontbreekt/.test(f.message.nl)));
  });
});

function recordObject(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(require('yaml').parse(recordYaml())));
}

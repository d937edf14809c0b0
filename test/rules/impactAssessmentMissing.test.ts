import assert from 'node:assert/strict';
import { recognizeAssessments } from '../../src/core/declaration/impactAssessments';
import { impactAssessmentMissingRule } from '../../src/core/rules/declaration/impactAssessmentMissing';
import { lintYaml, recordYaml, textAt } from '../helpers/declarations';

const only = [impactAssessmentMissingRule];
const impactful = 'Impactvolle algoritmes';
const highRisk = 'Hoog-risico AI-systeem';

describe('declaration/impact-assessment-missing', () => {
  describe('recognises the assessments the register recommends', () => {
    const table: Array<[string, string]> = [
      ['Data Protection Impact Assessment (DPIA)', 'dpia'],
      ['Pre-scan DPIA', 'dpia'],
      ['Gegevensbeschermingseffectbeoordeling', 'dpia'],
      ['Impact Assessment Mensenrechten en Algoritmes (IAMA)', 'iama'],
      ['Fundamentele Rechten en Algoritme Impact Assessment (FRAIA)', 'fraia'],
      ['Fundamental Rights Impact Assessment', 'fria'],
      ['AI Impact Assesment (AIIA)', 'aiia'],
      ['De Ethische Data Assistant (DEDA)', 'deda'],
      ['Z-Inspection', 'other'],
      ['Privacy Quickscan', 'other'],
    ];
    for (const [title, id] of table) it(`${title} → ${id}`, () => assert.ok(recognizeAssessments(title).some((k) => k.id === id)));
    it('a risk analysis is not an impact assessment', () => assert.deepEqual(recognizeAssessments('Risicoanalyse leverancier'), []));
  });

  const valid: Array<[string, Record<string, unknown>]> = [
    ['other algorithms need nothing', { publication_category: 'Overige algoritmes' }],
    ['impactful with a DPIA', { publication_category: impactful, impacttoetsen_grouping: [{ title: 'DPIA', link: '' }] }],
    ['impactful with an explanation', { publication_category: impactful, impacttoetsen: 'Er is geen DPIA gedaan, want het algoritme verwerkt geen persoonsgegevens.' }],
    ['high-risk with a FRAIA and a DPIA', { publication_category: highRisk, impacttoetsen_grouping: [{ title: 'DPIA' }, { title: 'FRAIA' }] }],
    ['high-risk critical infrastructure needs no fundamental rights assessment (Art. 27(1))', { publication_category: highRisk, name: 'Aansturing drinkwaterpompen', description_short: 'Het AI-systeem stuurt de pompen van het drinkwaternet aan en schakelt bij storingen automatisch over als veiligheidscomponent.', impacttoetsen_grouping: [{ title: 'DPIA' }] }],
    ['high-risk with an IAMA', { publication_category: highRisk, impacttoetsen_grouping: [{ title: 'IAMA', link: 'https://x.nl/iama' }] }],
  ];
  for (const [name, changes] of valid) it(`valid: ${name}`, () => assert.deepEqual(lintYaml(recordYaml(changes), only), []));

  const invalid: Array<{ name: string; changes: Record<string, unknown>; message: RegExp; at: string; severity?: string }> = [
    { name: 'impactful without any assessment', changes: { publication_category: impactful }, message: /noemt geen impacttoets/, at: impactful },
    { name: 'high-risk without any assessment', changes: { publication_category: highRisk }, message: /noemt geen impacttoets/, at: highRisk },
    { name: 'an explanation that says nothing', changes: { publication_category: impactful, impacttoetsen: 'n.v.t.' }, message: /noemt geen impacttoets/, at: impactful },
    { name: 'only unknown titles', changes: { publication_category: impactful, impacttoetsen_grouping: [{ title: 'Risicoanalyse' }] }, message: /geen bekende impacttoets \(Risicoanalyse\)/, at: 'impacttoetsen_grouping' },
    { name: 'high-risk with a DPIA only', changes: { publication_category: highRisk, impacttoetsen_grouping: [{ title: 'DPIA' }] }, message: /een DPIA alleen niet genoeg.*artikel 27/, at: 'impacttoetsen_grouping' },
    { name: 'high-risk with an AIIA but no fundamental rights assessment', changes: { publication_category: highRisk, impacttoetsen_grouping: [{ title: 'AIIA' }] }, message: /gevolgen voor grondrechten beoordelen/, at: 'impacttoetsen_grouping' },
    { name: 'a planned FRIA lowers the finding to a note', changes: { publication_category: highRisk, impacttoetsen_grouping: [{ title: 'DPIA' }], impacttoetsen: 'De FRAIA wordt in het eerste kwartaal uitgevoerd door de privacy officer.' }, message: /DPIA alleen niet genoeg/, at: 'impacttoetsen_grouping', severity: 'info' },
  ];
  for (const c of invalid) {
    it(`invalid: ${c.name}`, () => {
      const text = recordYaml(c.changes);
      const findings = lintYaml(text, only);
      assert.equal(findings.length, 1, findings.map((f) => f.message.nl).join('\n'));
      assert.match(findings[0].message.nl, c.message);
      assert.equal(findings[0].severity, c.severity ?? 'warning');
      assert.equal(textAt(text, findings[0]), c.at);
    });
  }
});

import assert from 'node:assert/strict';
import { humanInterventionMissingRule } from '../../src/core/rules/declaration/humanInterventionMissing';
import { lintYaml, recordYaml, textAt } from '../helpers/declarations';

const only = [humanInterventionMissingRule];
const thorough = 'Een medewerker van Werk en Inkomen bekijkt elk besluit binnen twee werkdagen. Inwoners kunnen bezwaar maken via het bezwaarformulier.';

describe('declaration/human-intervention-missing', () => {
  const valid: Array<[string, Record<string, unknown>]> = [
    ['informing algorithm without human_intervention', { human_intervention: undefined, inkooplint: { role: 'informerend' } }],
    ['deciding algorithm with a thorough description', { human_intervention: thorough, inkooplint: { role: 'beslissend' } }],
    ['automatic decisions described thoroughly', { description_short: 'Het algoritme neemt een automatisch besluit over de parkeervergunning.', human_intervention: thorough }],
    ['a text that denies automatic decisions', { description_short: 'Dit algoritme neemt geen geautomatiseerd besluit. Een medewerker beslist altijd zelf.', human_intervention: undefined }],
    ['English denial', { description_short: 'The system does not make automated decisions.', human_intervention: undefined }],
    ['a text that mentions decisions without automation', { description_short: 'Het algoritme helpt de medewerker bij het besluit over een vergunning.', human_intervention: undefined }],
  ];
  for (const [name, changes] of valid) it(`valid: ${name}`, () => assert.deepEqual(lintYaml(recordYaml(changes), only), []));

  const invalid: Array<{ name: string; changes: Record<string, unknown>; message: RegExp; at: string }> = [
    { name: 'deciding without human_intervention', changes: { human_intervention: undefined, inkooplint: { role: 'beslissend' } }, message: /is 'beslissend'.*Beschrijf in human_intervention/, at: 'beslissend' },
    { name: 'deciding with n.v.t.', changes: { human_intervention: 'n.v.t.', inkooplint: { role: 'beslissend' } }, message: /zegt weinig \(6 tekens\)/, at: 'n.v.t.' },
    { name: 'text says decisions are automatic', changes: { goal: 'De aanvraag wordt zonder menselijke tussenkomst afgehandeld.', human_intervention: undefined }, message: /Volgens goal beslist dit algoritme automatisch/, at: 'goal' },
    { name: 'English wording of automated decisions', changes: { description_short: 'Automated decisions on parking permits.', human_intervention: 'None.' }, message: /Volgens description_short/, at: 'None.' },
    { name: 'volledig geautomatiseerde besluitvorming', changes: { methods_and_models: 'Volledig geautomatiseerde besluitvorming op basis van vaste regels.', human_intervention: undefined }, message: /Volgens methods_and_models/, at: 'methods_and_models' },
  ];
  for (const c of invalid) {
    it(`invalid: ${c.name}`, () => {
      const text = recordYaml(c.changes);
      const findings = lintYaml(text, only);
      assert.equal(findings.length, 1, findings.map((f) => f.message.nl).join('\n'));
      assert.match(findings[0].message.nl, c.message);
      assert.equal(textAt(text, findings[0]), c.at);
    });
  }
});

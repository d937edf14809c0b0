import assert from 'node:assert/strict';
import { emptyLinkRule } from '../../src/core/rules/declaration/emptyLink';
import { lintJson, lintYaml, recordYaml, textAt } from '../helpers/declarations';

const only = [emptyLinkRule];

describe('declaration/empty-link', () => {
  it('valid: complete entries in every grouping', () => {
    const text = recordYaml({
      lawful_basis_grouping: [{ title: 'Wegenverkeerswet 1994', link: 'https://wetten.overheid.nl/BWBR0006622' }],
      impacttoetsen_grouping: [{ title: 'DPIA', link: 'https://www.noorderhaaks.nl/dpia' }],
      source_data_grouping: [{ title: 'Basisregistratie Personen', link: 'https://www.rvig.nl/brp' }],
    });
    assert.deepEqual(lintYaml(text, only), []);
  });

  const cases: Array<{ name: string; groupings: Record<string, unknown>; message: RegExp; severity: string; at: string }> = [
    { name: 'a law without a link is a warning (the register requires it)', groupings: { lawful_basis_grouping: [{ title: 'Participatiewet', link: '' }] }, message: /heeft geen link\. Het register vraagt een link/, severity: 'warning', at: '""' },
    { name: 'an unpublished impact assessment is only a note', groupings: { impacttoetsen_grouping: [{ title: 'DPIA', link: '' }] }, message: /Dat mag als de toets niet openbaar is/, severity: 'info', at: '""' },
    { name: 'an impact assessment without a link key', groupings: { impacttoetsen_grouping: [{ title: 'DPIA' }] }, message: /Dat mag als de toets niet openbaar is/, severity: 'info', at: 'title: DPIA' },
    { name: 'a data source without a title', groupings: { source_data_grouping: [{ title: null, link: 'https://www.rvig.nl/brp' }] }, message: /heeft geen titel/, severity: 'warning', at: 'null' },
    { name: 'an entirely empty entry', groupings: { lawful_basis_grouping: [{ title: '', link: '' }] }, message: /geen titel en geen link/, severity: 'warning', at: 'title: ""\n    link: ""' },
  ];
  for (const c of cases) {
    it(`invalid: ${c.name}`, () => {
      const text = recordYaml(c.groupings);
      const findings = lintYaml(text, only);
      assert.equal(findings.length, 1, findings.map((f) => f.message.nl).join('\n'));
      assert.match(findings[0].message.nl, c.message);
      assert.equal(findings[0].severity, c.severity);
      assert.equal(textAt(text, findings[0]), c.at);
    });
  }

  it('points at the empty link in a JSON register export', () => {
    const text = JSON.stringify([{ name: 'A', lawful_basis_grouping: [{ title: 'Wet', link: '' }] }], null, 2);
    const [finding] = lintJson(text, only);
    assert.equal(finding.pointer, '/0/lawful_basis_grouping/0/link');
    assert.equal(textAt(text, finding), '""');
  });
});

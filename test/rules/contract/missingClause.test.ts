import { strict as assert } from 'node:assert';
import { lintContract } from '../../../src/core/contractEngine';
import { missingClauseRule } from '../../../src/core/rules/contract/missingClause';
import { lintWith, runContractRuleTests } from './contractRuleTester';

const FRONT = (extra = ''): string => `---\ntype: overeenkomst\nleverancier: Algoritmica B.V.\nrisicoprofiel: overig\n${extra}---\n`;

const DATA = `## Artikel 2 Eigendom van gegevens

2.1 De gegevens van de gemeente blijven eigendom van de gemeente. De leverancier gebruikt ze niet voor eigen doeleinden.
`;
const EXIT = `## Artikel 3 Exit

3.1 Aan het einde van de overeenkomst geeft de leverancier alle gegevens binnen dertig dagen terug in een open formaat en werkt hij mee aan de overdracht.
`;
const PROCESSING = `## Artikel 4 Verwerkersovereenkomst

4.1 Partijen sluiten een verwerkersovereenkomst als bedoeld in artikel 28 AVG.
`;
const ANNEX = `## Bijlage A Beschrijving

Tekst.
`;

const contract = (front: string, ...articles: string[]): string => `${front}# Overeenkomst Slimme Planning\n\n## Artikel 1 Onderwerp\n\n1.1 De leverancier levert de dienst.\n\n${articles.join('\n')}`;

describe('contract/missing-clause', () => {
  runContractRuleTests(
    missingClauseRule,
    [
      { title: 'profile overig, all three topics covered', text: contract(FRONT(), DATA, EXIT, PROCESSING) },
      { title: 'the processing agreement as an annex', text: contract(FRONT(), DATA, EXIT, `## Bijlage B Verwerkersovereenkomst\n\nDeze verwerkersovereenkomst regelt de verwerking van persoonsgegevens door de leverancier als verwerker.\n`) },
      {
        title: 'a recorded deviation with a reason for a topic that is not required',
        text: contract(FRONT('afwijkingen:\n  - onderwerp: audit\n    reden: Geen persoonsgegevens.\n'), DATA, EXIT, PROCESSING),
      },
      {
        title: 'deviations may name a topic by its Dutch or English title or its snippet word',
        text: contract(FRONT('afwijkingen:\n  - onderwerp: Auditrecht\n    reden: Geen persoonsgegevens.\n  - onderwerp: uitlegbaarheid\n    reden: Geen besluiten over personen.\n'), DATA, EXIT, PROCESSING),
      },
      {
        title: 'a profile from the configuration',
        text: contract(FRONT(), DATA),
        config: { rules: {}, tags: {}, riskProfiles: { overig: ['data-ownership'] }, conditions: {} },
      },
    ],
    [
      {
        title: 'a missing topic, reported at the title with its source',
        text: contract(FRONT(), DATA, EXIT),
        findings: [{ covers: 'Overeenkomst Slimme Planning', includes: 'Verwerkersovereenkomst', properties: { topic: 'processing-agreement', coverage: 'missing' } }],
      },
      {
        title: 'no profile: checked as impactvol, with a note',
        text: `# Overeenkomst\n\n${DATA}\n${EXIT}\n${PROCESSING}`,
        findings: [
          { covers: 'Overeenkomst', severity: 'info', includes: 'impactvol' },
          ...['explainability', 'audit', 'technical-documentation', 'human-oversight', 'bias-monitoring', 'impact-assessment-cooperation', 'incidents-corrective-actions', 'change-management']
            .map((topic) => ({ covers: 'Overeenkomst', properties: { topic, coverage: 'missing' } })),
        ],
      },
      {
        title: 'a recorded deviation for a required topic: information instead of a warning',
        text: contract(FRONT('afwijkingen:\n  - onderwerp: exit\n    reden: Eenmalige levering zonder hosting.\n    door: J. Jansen\n    datum: 2025-03-01\n'), DATA, PROCESSING),
        findings: [{ covers: 'exit', severity: 'info', includes: 'J. Jansen', properties: { topic: 'exit', coverage: 'explained', deviation: { reason: 'Eenmalige levering zonder hosting.', by: 'J. Jansen', date: '2025-03-01' } } }],
      },
      {
        title: 'deviations without a reason, with an unknown topic or without a topic',
        text: contract(FRONT('afwijkingen:\n  - onderwerp: exit\n  - topic: koffie\n    reason: x\n  - reden: x\n'), DATA, PROCESSING),
        findings: [
          { covers: 'exit', includes: 'reden', properties: { topic: 'exit' } },
          { covers: 'koffie', includes: 'explainability' },
          { covers: 'reden: x' },
          { covers: 'Overeenkomst Slimme Planning', properties: { topic: 'exit', coverage: 'missing' } },
        ],
      },
    ],
  );

  it('takes the profile option when the front matter has none, without a note', () => {
    const text = `# Overeenkomst\n\n${DATA}\n${EXIT}\n${PROCESSING}`;
    assert.deepEqual(lintWith(missingClauseRule, { title: '', text, profile: 'overig' }), []);
  });

  it('offers a fix that inserts the model clause as the next article, before the annexes', () => {
    const text = contract(FRONT(), DATA, EXIT, ANNEX);
    const [finding] = lintWith(missingClauseRule, { title: '', text });
    const fix = finding.fixes?.[0];
    assert.ok(fix);
    assert.match(fix.title.nl, /artikel 4/);
    const [edit] = fix.edits;
    const fixed = text.slice(0, edit.offset[0]) + edit.newText + text.slice(edit.offset[1]);
    assert.match(fixed, /## Artikel 4 Verwerking van persoonsgegevens\n\n4\.1 .*\n\n4\.2 /);
    assert.ok(fixed.indexOf('## Artikel 4') < fixed.indexOf('## Bijlage A'), 'before the annex');
    assert.doesNotMatch(edit.newText, /\$\{?\d/, 'no snippet syntax');
    assert.deepEqual(lintWith(missingClauseRule, { title: '', text: fixed }), [], 'the fixed contract covers the topic');
  });

  it('inserts at the end when there are no annexes, in the contract language', () => {
    const text = `---\nriskProfile: other\n---\n# Agreement\n\n## 1. Scope\n\nThe Supplier provides the Service.`;
    const findings = lintContract(text, { fileName: 'a.contract.md', rules: [missingClauseRule] }).findings;
    assert.equal(findings.length, 3);
    for (const finding of findings) {
      const [edit] = finding.fixes?.[0]?.edits ?? [];
      assert.equal(edit.offset[0], text.length);
      assert.match(edit.newText, /^\n\n## 2\. \S/, 'headed as the contract heads its articles');
    }
  });

  it('heads the inserted article as the contract heads its own, and the fixed contract lints clean of it', () => {
    const styles: Array<[string, RegExp]> = [
      ['## 1. Scope', /^## 3\. \S/m],
      ['### Art. 1 – Onderwerp', /^### Art\. 3 – \S/m],
      ['## Artikel 1: Onderwerp', /^## Artikel 3: \S/m],
      ['## ARTIKEL 1 ONDERWERP', /^## ARTIKEL 3 \S/m],
    ];
    for (const [heading, expected] of styles) {
      const second = heading.replace('1', '2').replace(/Scope|Onderwerp|ONDERWERP/, 'Looptijd');
      const text = `---\nrisicoprofiel: overig\n---\n# Overeenkomst\n\n${heading}\n\nDe Leverancier levert de Dienst.\n\n${second}\n\nDeze overeenkomst loopt twee jaar.\n`;
      const findings = lintContract(text, { fileName: 'a.overeenkomst.md', rules: [missingClauseRule] }).findings;
      assert.equal(findings.length, 3, heading);
      const [edit] = findings[0].fixes?.[0]?.edits ?? [];
      const fixed = text.slice(0, edit.offset[0]) + edit.newText + text.slice(edit.offset[1]);
      assert.match(edit.newText, expected, heading);
      const after = lintContract(fixed, { fileName: 'a.overeenkomst.md' }).findings;
      assert.equal(after.filter((f) => f.ruleId === 'contract/missing-clause').length, 2, `${heading}: the inserted article counts as one`);
      assert.deepEqual(after.filter((f) => f.ruleId === 'contract/numbering'), [], `${heading}: numbered in sequence`);
    }
  });

  it('falls back to "Artikel N" when the heading style is not plain words and marks', () => {
    const text = `---\nrisicoprofiel: overig\n---\n# Overeenkomst\n\n## Artikel 1 **Onderwerp**\n\nDe Leverancier levert de Dienst.\n`;
    const [finding] = lintContract(text, { fileName: 'a.overeenkomst.md', rules: [missingClauseRule] }).findings;
    const newText = finding.fixes?.[0]?.edits[0].newText ?? '';
    assert.match(newText, /^\n## Artikel 2 \p{Lu}/mu);
    assert.doesNotMatch(newText, /\*\*/, 'no half of the bold markers');
  });
});

import { numberingRule } from '../../../src/core/rules/contract/numbering';
import { runContractRuleTests } from './contractRuleTester';

const article = (n: string, ...clauses: string[]): string => `## Artikel ${n} Titel\n\n${clauses.map((c) => `${c} Tekst.`).join('\n')}\n\n`;

describe('contract/numbering', () => {
  runContractRuleTests(
    numberingRule,
    [
      { title: 'articles and sub-clauses in sequence', text: `# O\n\n${article('1', '1.1', '1.2', '1.2.1', '1.2.2', '1.3')}${article('2', '2.1')}${article('3')}` },
      { title: 'an inserted article "2a"', text: `# O\n\n${article('1')}${article('2')}${article('2a')}${article('3')}` },
      { title: 'an ordered Markdown list as sub-clauses', text: `# O\n\n## Artikel 1 Titel\n\n1. Een.\n1. Twee.\n1. Drie.\n` },
      { title: 'a contract without articles', text: '# Notitie\n\nGeen artikelen.\n' },
    ],
    [
      {
        title: 'a gap, a duplicate and an article out of order',
        text: `# O\n\n${article('1')}${article('3')}${article('3')}${article('2')}`,
        findings: [
          { covers: '3', includes: 'artikel 2' },
          { covers: '3', includes: 'al een artikel 3' },
          { covers: '2', includes: 'na artikel 3' },
        ],
      },
      {
        title: 'an article list that does not start at 1',
        text: `# O\n\n${article('2')}`,
        findings: [{ covers: '2', includes: 'artikel 1' }],
      },
      {
        title: 'sub-clause gaps, duplicates, disorder and a wrong article number',
        text: `# O\n\n${article('1', '1.2', '1.2', '1.1', '2.3', '1.2.2')}`,
        findings: [
          { covers: '1.2', includes: 'lid 1.1' },
          { covers: '1.2', includes: 'al een lid 1.2' },
          { covers: '1.1', includes: 'na lid 1.2' },
          { covers: '2.3', includes: 'artikel 1' },
          { covers: '1.2.2', includes: 'lid 1.2.1' },
        ],
      },
    ],
  );
});

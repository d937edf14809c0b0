import { frontMatterRule } from '../../../src/core/rules/contract/frontMatter';
import { runContractRuleTests } from './contractRuleTester';

describe('contract/front-matter', () => {
  runContractRuleTests(
    frontMatterRule,
    [
      { title: 'no front matter', text: '# Overeenkomst\n' },
      { title: 'a Dutch profile', text: '---\ntype: overeenkomst\nrisicoprofiel: hoog-risico\n---\n# Overeenkomst\n' },
      { title: 'an English profile', text: '---\ntype: contract\nriskProfile: impactful\n---\n# Agreement\n' },
      { title: 'an empty front matter', text: '---\n---\n# Overeenkomst\n' },
    ],
    [
      {
        title: 'an unknown profile',
        text: '---\ntype: overeenkomst\nrisicoprofiel: hoog\n---\n# Overeenkomst\n',
        findings: [{ covers: 'hoog', includes: "'hoog'" }],
      },
      {
        title: 'an empty profile',
        text: '---\ntype: overeenkomst\nrisicoprofiel:\n---\n# Overeenkomst\n',
        findings: [{ covers: 'risicoprofiel' }],
      },
      {
        title: 'front matter that is not closed',
        text: '---\ntype: overeenkomst\n# Overeenkomst\n',
        findings: [{ covers: '---' }],
      },
      {
        title: 'a YAML error',
        text: '---\ntype: overeenkomst\nleverancier: "Algoritmica\n---\n# Overeenkomst\n',
        findings: [{ covers: '-', includes: 'closing quote' }],
      },
      {
        title: 'front matter that is a list',
        text: '---\n- overeenkomst\n---\n# Overeenkomst\n',
        findings: [{ covers: '- overeenkomst' }],
      },
    ],
  );
});

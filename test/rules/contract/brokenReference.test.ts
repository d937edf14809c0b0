import { brokenReferenceRule } from '../../../src/core/rules/contract/brokenReference';
import { runContractRuleTests } from './contractRuleTester';

const CONTRACT = (extra: string): string => `# Overeenkomst

## Artikel 1 Onderwerp

1.1 Leverancier levert de dienst uit Bijlage A.
1.2 ${extra}

## Artikel 2 Audit

De gemeente mag een audit laten doen, zoals bedoeld in artikel 1.

## Bijlage A Beschrijving

Tekst.
`;

const ENGLISH = (extra: string): string => `# Agreement

## 1. Scope

1.1 The Supplier provides the Service described in Schedule 1.
1.2 ${extra}

## Schedule 1 Description

Text.
`;

describe('contract/broken-reference', () => {
  runContractRuleTests(
    brokenReferenceRule,
    [
      { title: 'references to existing articles, sub-clauses and annexes', text: CONTRACT('Zie artikel 2, artikel 1.1, art. 1 lid 2 en Bijlage A.') },
      { title: 'references to other instruments', text: CONTRACT('Zie artikel 28 AVG, artikel 6:248 BW, Bijlage III bij de AI-verordening en GIBIT 2023 artikel 12.') },
      { title: 'a paragraph of an article without sub-clause numbers', text: CONTRACT('Zie artikel 2, tweede lid.') },
      { title: 'references in code and comments', text: CONTRACT('Zie `artikel 9` en <!-- artikel 8 -->.') },
      { title: 'English references', text: ENGLISH('See clause 1.1, Schedule 1 and Article 86 of the AI Act.') },
    ],
    [
      {
        title: 'a missing article, sub-clause and annex',
        text: CONTRACT('Zie artikel 7, artikel 1.5 en Bijlage C.'),
        findings: [
          { covers: 'artikel 7', includes: 'artikel 7', properties: { target: '7' } },
          { covers: 'artikel 1.5', includes: 'lid 1.5', properties: { target: '1.5' } },
          { covers: 'Bijlage C', includes: 'bijlage C', properties: { target: 'C' } },
        ],
      },
      {
        title: 'a paragraph written as "lid"',
        text: CONTRACT('Zie art. 1 lid 4.'),
        findings: [{ covers: 'art. 1 lid 4', properties: { target: '1.4' } }],
      },
      {
        title: 'English references',
        text: ENGLISH('See clause 4.2 and Schedule 2.'),
        findings: [{ covers: 'clause 4.2' }, { covers: 'Schedule 2' }],
      },
    ],
  );
});

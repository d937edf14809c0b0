import { vagueObligationRule } from '../../../src/core/rules/contract/vagueObligation';
import { runContractRuleTests } from './contractRuleTester';

const AUDIT = (sentence: string): string => `# Overeenkomst

## Artikel 8 Audit

8.1 Opdrachtgever mag een audit laten uitvoeren door een onafhankelijke auditor.
8.2 ${sentence}
`;

describe('contract/vague-obligation', () => {
  runContractRuleTests(
    vagueObligationRule,
    [
      { title: 'a fixed term in an article on a catalog topic', text: AUDIT('Leverancier herstelt gebreken binnen dertig dagen.') },
      { title: 'effort wording in an article on no catalog topic', text: '# Overeenkomst\n\n## Artikel 4 Facturen\n\n4.1 Leverancier stuurt de factuur zo spoedig mogelijk.\n' },
      { title: 'effort wording in an HTML comment', text: AUDIT('Leverancier herstelt gebreken binnen dertig dagen. <!-- niet: zo spoedig mogelijk -->') },
    ],
    [
      {
        title: 'Dutch effort wording in an audit article',
        text: AUDIT('Leverancier herstelt gebreken zo spoedig mogelijk en werkt naar beste vermogen mee.'),
        findings: [
          { covers: 'zo spoedig mogelijk', includes: 'Auditrecht', properties: { topic: 'audit' } },
          { covers: 'naar beste vermogen', properties: { topic: 'audit' } },
        ],
      },
      {
        title: 'English effort wording in a logging clause',
        text: '# Agreement\n\n## 6. Logging\n\n6.1 The Service shall record logs of every outcome of the Algorithm.\n6.2 The Supplier shall use reasonable efforts to keep logs for six years and deliver them as soon as possible.\n',
        findings: [
          { covers: 'reasonable efforts', properties: { topic: 'logging' } },
          { covers: 'as soon as possible', properties: { topic: 'logging' } },
        ],
      },
    ],
  );
});

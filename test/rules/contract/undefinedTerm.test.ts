import { undefinedTermRule } from '../../../src/core/rules/contract/undefinedTerm';
import { runContractRuleTests } from './contractRuleTester';

const DEFINITIONS = `## Artikel 1 Begrippen

1.1 **Algoritme**: het rekenmodel dat Leverancier levert.
1.2 **Gegevens**: de gegevens van Opdrachtgever.
`;

const contract = (body: string, definitions = DEFINITIONS): string => `---
type: overeenkomst
leverancier: Algoritmica B.V.
---
# Overeenkomst

De gemeente Noorderhaaks, hierna: Opdrachtgever, en Algoritmica B.V., hierna: Leverancier, komen het volgende overeen.

${definitions}
## Artikel 2 Werking

${body}
`;

describe('contract/undefined-term', () => {
  runContractRuleTests(
    undefinedTermRule,
    [
      { title: 'defined terms, inline-defined parties and sentence starts', text: contract('2.1 Leverancier levert het Algoritme. De Gegevens blijven van Opdrachtgever. Algoritmes van Leverancier zijn getest.') },
      { title: 'names of authorities, laws, places and acronyms', text: contract('2.1 Het Algoritme en de Gegevens vallen onder de AVG. De Autoriteit Persoonsgegevens in Den Haag houdt toezicht in Nederland. Zie de Algemene wet bestuursrecht.') },
      { title: 'a proper name used twice that never occurs in lower case', text: contract('2.1 Het Algoritme draait in Azure. Gegevens blijven in Azure, bij Algoritmica.') },
      { title: 'part words followed by a number', text: contract('2.1 Het Algoritme volgt Artikel 1 en Bijlage A. De Gegevens ook.') },
      { title: 'a contract without a definitions article', text: contract('2.1 De Documentatie en het Platform zijn van het Platform.', '') },
      { title: 'English: defined terms with quotes and parties in brackets', text: `# Agreement\n\nThe Municipality (the "Customer") and Acme Ltd (the "Supplier") agree as follows.\n\n## 1. Definitions\n\n- “Algorithm” means the model.\n- “Customer Data” means the data of the Customer.\n\n## 2. Scope\n\n2.1 The Supplier provides the Algorithm. Customer Data remains with the Customer.\n` },
    ],
    [
      {
        title: 'a known contract term used but not defined',
        text: contract('2.1 Leverancier levert het Algoritme met de Documentatie, op basis van de Gegevens.'),
        findings: [{ covers: 'Documentatie', includes: "'Documentatie'", properties: { term: 'Documentatie' } }],
      },
      {
        title: 'a common noun capitalised twice, after an article',
        text: contract('2.1 Het Platform bevat het Algoritme. De Gegevens staan op het Platform, een platform van Leverancier.'),
        findings: [{ covers: 'Platform', includes: '2' }],
      },
      {
        title: 'a defined term that is never used (information)',
        text: contract('2.1 Leverancier levert het Algoritme.', `## Artikel 1 Begrippen\n\n1.1 **Algoritme**: het rekenmodel.\n1.2 **Broncode**: de code van het Algoritme.\n`),
        findings: [{ covers: 'Broncode', severity: 'info', includes: "'Broncode'" }],
      },
    ],
  );
});

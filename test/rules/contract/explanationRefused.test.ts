import { explanationRefusedRule } from '../../../src/core/rules/contract/explanationRefused';
import { runContractRuleTests } from './contractRuleTester';

const doc = (sentence: string, profile = 'impactvol'): string =>
  `---\ntype: overeenkomst\nrisicoprofiel: ${profile}\n---\n# Overeenkomst\n\n## Artikel 3 Uitleg\n\n3.1 Leverancier levert de dienst.\n3.2 ${sentence}\n`;

describe('contract/explanation-refused', () => {
  runContractRuleTests(
    explanationRefusedRule,
    [
      { title: 'a duty to explain', text: doc('Leverancier legt in begrijpelijke taal uit hoe het Algoritme werkt.') },
      { title: 'trade secrets set aside', text: doc('Leverancier kan zich niet op bedrijfsgeheimen beroepen om uitleg over de werking van het Algoritme te weigeren.') },
      { title: 'confidentiality without refusal', text: doc('De broncode van het Algoritme is een bedrijfsgeheim van Leverancier; Opdrachtgever houdt haar vertrouwelijk.') },
      { title: 'English: trade secrets do not limit the duty', text: doc('Trade secrets do not limit the duty of the Supplier to explain how the Algorithm works.') },
      { title: 'English: a trade secret that is not published, but is explained', text: doc('Information about how the Algorithm works that the Supplier marks as a trade secret is not published by the Customer, but is explained to the Customer in full.') },
      { title: 'een bedrijfsgeheim dat niet openbaar wordt gemaakt maar wel wordt uitgelegd', text: doc('De gewichten van het Algoritme zijn een bedrijfsgeheim dat Opdrachtgever niet publiceert, maar Leverancier licht ze volledig toe aan Opdrachtgever.') },
      { title: 'a refusal where the profile does not require explainability', text: doc('Leverancier is niet verplicht inzicht te geven in de werking van het Algoritme.', 'overig') },
    ],
    [
      {
        title: 'niet verplicht inzicht te geven',
        text: doc('Leverancier is niet verplicht inzicht te geven in de werking van het Algoritme.'),
        findings: [{ covers: 'Leverancier is niet verplicht inzicht te geven in de werking van het Algoritme.', properties: { topic: 'explainability' } }],
      },
      {
        title: 'a paraphrase: the model is a trade secret and is not explained',
        text: doc('Het model is een bedrijfsgeheim van Leverancier en wordt niet toegelicht.'),
        findings: [{ covers: 'Het model is een bedrijfsgeheim van Leverancier en wordt niet toegelicht.' }],
      },
      {
        title: 'English: not obliged to disclose the logic',
        text: doc('The Supplier is not obliged to disclose the logic of the Algorithm, which is proprietary.'),
        findings: [{ covers: 'The Supplier is not obliged to disclose the logic of the Algorithm, which is proprietary.' }],
      },
      {
        title: 'English: a trade secret that shall not be disclosed',
        text: doc('The weights of the Algorithm are a trade secret and shall not be disclosed to anyone.'),
        findings: [{ covers: 'The weights of the Algorithm are a trade secret and shall not be disclosed to anyone.' }],
      },
      {
        title: 'inzage uitgesloten wegens bedrijfsgeheim',
        text: doc('Inzage in de broncode van het Algoritme is uitgesloten, omdat deze een bedrijfsgeheim is.'),
        findings: [{ covers: 'Inzage in de broncode van het Algoritme is uitgesloten, omdat deze een bedrijfsgeheim is.' }],
      },
      {
        title: 'English: may refuse to explain on grounds of trade secrets',
        text: doc('The Supplier may refuse to explain individual outcomes of the model where trade secrets are concerned.'),
        findings: [{ covers: 'The Supplier may refuse to explain individual outcomes of the model where trade secrets are concerned.' }],
      },
    ],
  );
});

import { supplierDataUseRule } from '../../../src/core/rules/contract/supplierDataUse';
import { runContractRuleTests } from './contractRuleTester';

const doc = (sentence: string): string => `# Overeenkomst\n\n## Artikel 4 Gegevens\n\n4.1 De gegevens blijven eigendom van Opdrachtgever.\n4.2 ${sentence}\n`;

describe('contract/supplier-data-use', () => {
  runContractRuleTests(
    supplierDataUseRule,
    [
      { title: 'a prohibition of own use', text: doc('Leverancier gebruikt de gegevens niet voor eigen doeleinden of voor andere klanten.') },
      { title: 'use limited to performing the contract', text: doc('Leverancier mag de gegevens uitsluitend gebruiken voor de uitvoering van de Overeenkomst.') },
      { title: 'fully anonymised data to improve the algorithm (allowed by GIBIT)', text: doc('Leverancier mag volledig geanonimiseerde gegevens gebruiken om zijn producten te verbeteren.') },
      { title: 'English: a prohibition', text: doc('The Supplier shall not use Customer Data for its own purposes or for other customers.') },
      { title: 'English: anonymised data', text: doc('The Supplier may use fully anonymised data to improve its services.') },
      { title: 'the buyer may use its own data', text: doc('Opdrachtgever mag de gegevens gebruiken voor eigen doeleinden.') },
      { title: 'third parties as sub-processors, with consent', text: doc('Leverancier mag Gegevens door derden laten verwerken als subverwerker, na voorafgaande schriftelijke toestemming van Opdrachtgever.') },
      { title: 'English: third parties as sub-processors', text: doc("The Supplier may engage third parties as sub-processors to process Customer Data, with the Customer's prior written consent.") },
      { title: 'sharing with third parties that the law requires', text: doc('Leverancier is gerechtigd de gegevens met derden te delen voor zover een wettelijke verplichting dat vereist.') },
      { title: 'English: sharing with third parties required by law', text: doc('The Supplier is entitled to share Customer Data with third parties where required by applicable law.') },
      { title: 'a sentence in an HTML comment', text: doc('Tekst. <!-- Leverancier mag de gegevens gebruiken voor eigen doeleinden. -->') },
    ],
    [
      {
        title: 'a right to use data for own purposes',
        text: doc('Leverancier mag de gegevens gebruiken voor eigen doeleinden.'),
        findings: [{ covers: 'Leverancier mag de gegevens gebruiken voor eigen doeleinden.', properties: { topic: 'data-ownership' } }],
      },
      {
        title: 'a paraphrase: a licence to analyse data to improve its products',
        text: doc('Opdrachtgever verleent Leverancier het recht om de klantgegevens te analyseren ter verbetering van zijn producten en diensten.'),
        findings: [{ covers: 'Opdrachtgever verleent Leverancier het recht om de klantgegevens te analyseren ter verbetering van zijn producten en diensten.' }],
      },
      {
        title: 'pseudonymised data for other customers',
        text: doc('De leverancier is gerechtigd gepseudonimiseerde data te gebruiken voor andere klanten.'),
        findings: [{ covers: 'De leverancier is gerechtigd gepseudonimiseerde data te gebruiken voor andere klanten.' }],
      },
      {
        title: 'third parties without sub-processing or a legal duty',
        text: doc('The Supplier may share Customer Data with third parties.'),
        findings: [{ covers: 'The Supplier may share Customer Data with third parties.' }],
      },
      {
        title: 'sub-processors named, but the use is for the supplier\'s own products',
        text: doc('Leverancier en zijn subverwerkers mogen de gegevens gebruiken voor eigen producten en voor derden.'),
        findings: [{ covers: 'Leverancier en zijn subverwerkers mogen de gegevens gebruiken voor eigen producten en voor derden.' }],
      },
      {
        title: 'English: product improvement and training models',
        text: doc('The Supplier may use Customer Data to train its models and for product improvement.'),
        findings: [{ covers: 'The Supplier may use Customer Data to train its models and for product improvement.' }],
      },
    ],
  );
});

import { terms } from '../patterns';
import { gdpr, gibit } from '../sources';
import type { ClauseTopic } from '../types';

const PROCESSING_AGREEMENT = terms(
  'verwerkersovereenkomst*', '*verwerkersovereenkomst', 'verwerkers~overeenkomst*',
  '(?:data )?processing agreements?', 'data processing addendum', 'data processing terms',
);
/**
 * That the agreement exists or is concluded; a passing mention ("met inachtneming van de
 * Verwerkersovereenkomst") is not enough.
 */
const CONCLUDED = terms(
  'sluiten', 'sluit', 'gesloten', 'aangaan', 'aangegaan', 'gaan (?:\\S+ ){0,3}aan', 'bijlage', 'onderdeel', 'deel uit',
  'van toepassing', 'artikel 28', 'art\\. 28', 'ondertekenen', 'ondertekend',
  'enter* into', 'conclude*', 'sign', 'signs', 'signed', 'signing', 'annex', 'schedule', 'forms? (?:an integral )?part', 'appl(?:y|ies)', 'article 28',
);

const PROCESSOR = terms('verwerker', 'verwerkers', 'sub~verwerker*', 'processor', 'processors', 'sub~processor*');
const GDPR_CONTEXT = terms(
  'AVG', 'GDPR', 'Algemene verordening gegevensbescherming', 'General Data Protection Regulation', 'artikel 28', 'article 28', 'art\\. 28',
  'verwerkingsverantwoordelijke', 'controller', 'persoonsgegevens', 'personal data',
);

const PERSONAL_DATA = terms('persoonsgegevens', 'personal data');
const PROCESS = terms('verwerk*', 'process*');
const ON_INSTRUCTION = terms('instructie*', 'instructions?', 'in opdracht van', 'namens', 'on behalf of');

export const processingAgreement: ClauseTopic = {
  id: 'processing-agreement',
  title: {
    nl: 'Verwerkersovereenkomst (AVG)',
    en: 'Data processing agreement (GDPR)',
  },
  explanation: {
    nl: 'Verwerkt de leverancier persoonsgegevens voor de gemeente? Dan is hij verwerker en sluiten partijen een verwerkersovereenkomst, zoals artikel 28 van de AVG eist. Daarin staat onder meer dat de leverancier alleen volgens instructies van de gemeente werkt. Ook staat erin welke subverwerkers hij mag inschakelen.',
    en: 'Does the supplier process personal data for the municipality? Then it is a processor and the parties conclude a data processing agreement, as Article 28 GDPR requires. It states, among other things, that the supplier only acts on the municipality’s instructions. It also states which sub-processors the supplier may engage.',
  },
  sources: [
    gdpr('art. 28 (processor)'),
    gibit('verwerkersovereenkomst'),
  ],
  profiles: ['hoog-risico', 'impactvol', 'overig'],
  recognition: {
    headings: [
      terms(
        'verwerkersovereenkomst*', '*verwerkersovereenkomst', 'verwerkers~overeenkomst*', 'verwerking van persoonsgegevens', 'persoonsgegevens',
        'privacy', 'gegevensbescherming', 'AVG', 'GDPR', 'data processing', 'processing of personal data', 'personal data', 'data protection',
      ),
    ],
    body: [
      [PROCESSING_AGREEMENT, CONCLUDED],
      [PROCESSOR, GDPR_CONTEXT],
      [PERSONAL_DATA, PROCESS, ON_INSTRUCTION],
    ],
  },
  coveredByConditions: [],
  snippetPrefix: { nl: 'artikel-verwerker', en: 'clause-processor' },
  modelClause: {
    heading: {
      nl: 'Verwerking van persoonsgegevens',
      en: 'Processing of personal data',
    },
    body: {
      nl: [
        'Voor zover Leverancier bij de uitvoering van de Overeenkomst persoonsgegevens verwerkt voor Opdrachtgever, is Leverancier verwerker en Opdrachtgever verwerkingsverantwoordelijke in de zin van de Algemene verordening gegevensbescherming (AVG).',
        'Partijen sluiten uiterlijk op de ingangsdatum van de Overeenkomst een verwerkersovereenkomst die voldoet aan artikel 28 van de AVG. De verwerkersovereenkomst is opgenomen in Bijlage ${1:E} en maakt deel uit van de Overeenkomst.',
        'Leverancier verwerkt de persoonsgegevens uitsluitend op basis van schriftelijke instructies van Opdrachtgever. Leverancier schakelt alleen een subverwerker in na voorafgaande schriftelijke toestemming van Opdrachtgever.',
        'Leverancier verwerkt de persoonsgegevens alleen binnen de Europese Economische Ruimte, tenzij Opdrachtgever vooraf schriftelijk toestemming geeft voor doorgifte naar een land daarbuiten.',
      ].join('\n\n'),
      en: [
        'Where the Supplier processes personal data on behalf of the Public Organisation in performing the Agreement, the Supplier is the processor and the Public Organisation the controller within the meaning of the General Data Protection Regulation (GDPR).',
        'No later than the effective date of the Agreement, the parties shall enter into a data processing agreement that meets the requirements of Article 28 GDPR. The data processing agreement is set out in Annex ${1:E} and forms part of the Agreement.',
        'The Supplier shall process the personal data only on documented instructions from the Public Organisation. The Supplier shall engage a sub-processor only with the prior written consent of the Public Organisation.',
        'The Supplier shall process the personal data only within the European Economic Area, unless the Public Organisation gives prior written consent to a transfer to a country outside it.',
      ].join('\n\n'),
    },
  },
};

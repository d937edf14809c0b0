import { anyOf, terms } from '../patterns';
import { aiAct, AI_ACT_APPLIES, mccAiHighRisk, mccAiLight } from '../sources';
import type { ClauseTopic } from '../types';
import { ALGORITHM } from '../vocabulary';

/**
 * Documentation alone is common ("documentatie van de bestede uren" with an invoice), so plain
 * "documentatie" only counts about the algorithm and with a duty to provide or maintain it.
 * Handing documentation over at exit ("draagt over") is not that duty.
 */
const TECHNICAL_DOCUMENTATION = terms(
  'technische documentatie', 'technical documentation', 'technisch dossier', 'technical file',
  'bijlage iv (?:bij|van) de AI~verordening', 'annex iv (?:to|of) the AI Act',
  'model~kaart*', 'model cards?', 'systeem~kaart*', 'system cards?',
);
const INSTRUCTIONS = terms(
  'gebruiksinstructie*', 'gebruiksaanwijzing*', 'gebruikershandleiding*', 'handleiding*',
  'instructions for use', 'user manuals?', 'user guides?',
);
const DOCUMENTATION = terms('*documentatie', 'documentation');

const PROVIDE_OR_MAINTAIN = terms(
  'lever', 'levert', 'leveren', 'geleverd', 'verstrek*', 'ter beschikking', 'stel(?:t|len) (?:\\S+ ){0,6}op', 'opstel*', 'actueel', 'bijwerk*', 'bijgewerkt*',
  'bij te werken', 'werkt (?:\\S+ ){0,6}bij', 'houdt (?:\\S+ ){0,6}bij', 'bewaart',
  'deliver*', 'provide*', 'make available', 'draw up', 'drawn up', 'up to date', 'up-to-date', 'updated', 'maintain*',
  'keeps?', 'kept',
);

/** What documentation says; only together with the specific terms, not with plain "documentatie". */
const DESCRIBES = terms('beschrijft', 'beschrijven', 'beschrijving', 'bevat', 'bevatten', 'overhandig*', 'describes?', 'description', 'contains?', 'hands? over');

export const technicalDocumentation: ClauseTopic = {
  id: 'technical-documentation',
  title: {
    nl: 'Technische documentatie en gebruiksinstructies',
    en: 'Technical documentation and instructions for use',
  },
  explanation: {
    nl: 'De leverancier levert technische documentatie en gebruiksinstructies bij het algoritme. Daarin staan onder meer het doel, de opbouw, de gebruikte gegevens, de prestaties en de beperkingen. De leverancier houdt de documentatie actueel bij elke nieuwe versie. De gemeente heeft deze informatie nodig voor toezicht en verantwoording.',
    en: 'The supplier provides technical documentation and instructions for use with the algorithm. They describe, among other things, its purpose, design, the data used, its performance and its limitations. The supplier keeps the documentation up to date with each new version. The municipality needs this information for oversight and accountability.',
  },
  sources: [
    mccAiHighRisk('Section B, Article 4: technical documentation and instructions for use'),
    mccAiLight('technical documentation'),
    aiAct('art. 11 and Annex IV (technical documentation)', AI_ACT_APPLIES.highRisk),
    aiAct('art. 13(2)–(3) (instructions for use)', AI_ACT_APPLIES.highRisk),
    aiAct('art. 18 (keeping documentation for ten years)', AI_ACT_APPLIES.highRisk),
  ],
  profiles: ['hoog-risico', 'impactvol'],
  recognition: {
    headings: [
      terms(
        '*documentatie', 'documentation', 'gebruiksinstructie*', 'gebruiksaanwijzing*', 'gebruikershandleiding*', 'handleiding*',
        'instructions for use', 'user manuals?', 'technisch dossier', 'technical file',
      ),
    ],
    body: [
      [TECHNICAL_DOCUMENTATION, anyOf(PROVIDE_OR_MAINTAIN, DESCRIBES)],
      [INSTRUCTIONS, anyOf(PROVIDE_OR_MAINTAIN, DESCRIBES)],
      [DOCUMENTATION, ALGORITHM, PROVIDE_OR_MAINTAIN],
    ],
  },
  coveredByConditions: [],
  snippetPrefix: { nl: 'artikel-documentatie', en: 'clause-documentation' },
  modelClause: {
    heading: {
      nl: 'Technische documentatie en gebruiksinstructies',
      en: 'Technical documentation and instructions for use',
    },
    body: {
      nl: [
        'Leverancier levert Opdrachtgever uiterlijk op de datum van oplevering de technische documentatie en de gebruiksinstructies van het Algoritme. De documentatie is opgesteld in het ${1:Nederlands}.',
        'De technische documentatie beschrijft in ieder geval:\na. het beoogde doel en de beoogde gebruikers;\nb. de opbouw van het Algoritme en de gebruikte methoden;\nc. de gegevens waarmee het Algoritme is ontwikkeld, getraind en getest;\nd. de prestaties en de bekende beperkingen van het Algoritme.',
        'De gebruiksinstructies beschrijven hoe medewerkers van Opdrachtgever het Algoritme juist gebruiken, welke invoer het Algoritme nodig heeft en hoe zij de uitkomsten moeten lezen.',
        'Leverancier houdt de documentatie en de gebruiksinstructies actueel. Bij elke nieuwe versie van het Algoritme levert Leverancier de bijgewerkte documentatie uiterlijk op de dag waarop de nieuwe versie in gebruik gaat.',
        'Leverancier bewaart de technische documentatie tot ${2:10} jaar na het einde van de Overeenkomst en stelt haar op verzoek binnen ${3:5} werkdagen ter beschikking aan Opdrachtgever.',
      ].join('\n\n'),
      en: [
        'The Supplier shall deliver the technical documentation and the instructions for use of the Algorithm to the Public Organisation no later than the date of delivery. The documentation shall be written in ${1:Dutch}.',
        'The technical documentation shall at least describe:\na. the intended purpose and the intended users;\nb. the design of the Algorithm and the methods used;\nc. the data with which the Algorithm was developed, trained and tested;\nd. the performance and the known limitations of the Algorithm.',
        'The instructions for use shall describe how staff of the Public Organisation use the Algorithm correctly, which input the Algorithm needs and how to read its outputs.',
        'The Supplier shall keep the documentation and the instructions for use up to date. For each new version of the Algorithm, the Supplier shall deliver the updated documentation no later than the day on which the new version is put into use.',
        'The Supplier shall keep the technical documentation until ${2:10} years after the end of the Agreement and shall make it available to the Public Organisation on request within ${3:5} working days.',
      ].join('\n\n'),
    },
  },
};

import { terms } from '../patterns';
import { gdpr, gibit, mccAiHighRisk } from '../sources';
import type { ClauseTopic } from '../types';
import { DATA } from '../vocabulary';

const EXIT_PLAN = terms(
  'exit~plan*', 'exit~regeling*', 'exit~strateg*', 'exit~management', 'exit~ondersteuning', 'exit~assist*', 'exit~procedure*',
  'exit~scenario*', 'exit~fase',
);

const END = terms(
  'einde', 'beëindig*', 'beeindig*', 'afloop', 'ontbinding', 'opzegging', 'eindigt', 'eindigen',
  'expir*', 'terminat*', 'end of (?:the|this) agreement', 'ends?',
);

/** Giving data back or moving it on; deleting alone is not an exit (see processing-agreement). */
const RETURN_OR_TRANSFER = terms(
  'terug*', 'teruggave', 'retour*', 'overdr*', 'overgedragen', 'over te dragen', 'draagt (?:\\S+ ){0,6}over', 'dragen (?:\\S+ ){0,6}over',
  'overzet*', 'zet(?:ten)? (?:\\S+ ){0,6}over', 'migr*', 'export*', 'overdracht',
  'return*', 'transfer*', 'hand(?:s|ed)? over', 'handover', 'hand-over',
);

const HANDOVER = terms('overdracht', 'overgang', 'overstap*', 'migratie', 'transfer', 'transition', 'migration', 'handover', 'hand-over');
const NEXT_SUPPLIER = terms(
  '(?:nieuwe|andere|opvolgend*) (?:leverancier|dienstverlener|partij)', 'opvolger', 'derde die opdrachtgever aanwijst',
  'new supplier', 'successor supplier', 'another supplier', 'replacement supplier', 'successor',
);

export const exit: ClauseTopic = {
  id: 'exit',
  title: {
    nl: 'Exit en teruglevering van gegevens',
    en: 'Exit and return of data',
  },
  explanation: {
    nl: 'Aan het einde van het contract moet de gemeente verder kunnen, met een andere leverancier of zelf. Daarvoor is er een exitplan. De leverancier geeft alle gegevens terug in een open formaat, helpt bij de overdracht en vernietigt daarna zijn kopieën. Alles gebeurt binnen vaste termijnen. GIBIT 2023 vraagt om zo’n exitplan.',
    en: 'At the end of the contract, the municipality must be able to carry on, with another supplier or by itself. That is what the exit plan is for. The supplier returns all data in an open format, helps with the transfer and then destroys its copies. Everything happens within fixed terms. GIBIT 2023 asks for such an exit plan.',
  },
  sources: [
    gibit('exit en exitplan'),
    mccAiHighRisk('Section D: rights to data sets (return, handover and destruction)'),
    gdpr('art. 28(3)(g) (deletion or return of personal data at the end of the services)'),
  ],
  profiles: ['hoog-risico', 'impactvol', 'overig'],
  recognition: {
    headings: [
      terms(
        'exit*', 'terug~levering*', 'teruggave (?:\\S+ ){0,3}(?:gegevens|data)', 'overdracht (?:\\S+ ){0,3}(?:gegevens|data|dienstverlening)',
        'return of (?:\\S+ ){0,3}data', 'data return', 'termination assistance', 'transition assistance', 'beëindigingsondersteuning',
      ),
    ],
    body: [
      [EXIT_PLAN],
      [END, DATA, RETURN_OR_TRANSFER],
      [HANDOVER, NEXT_SUPPLIER],
    ],
  },
  coveredByConditions: [],
  snippetPrefix: { nl: 'artikel-exit', en: 'clause-exit' },
  modelClause: {
    heading: {
      nl: 'Exit',
      en: 'Exit',
    },
    body: {
      nl: [
        'Leverancier legt uiterlijk ${1:3} maanden na de ingangsdatum van de Overeenkomst een exitplan ter goedkeuring voor aan Opdrachtgever. Leverancier actualiseert het exitplan elk jaar en na elke belangrijke wijziging van de dienstverlening.',
        'Bij het einde van de Overeenkomst, om welke reden ook, geeft Leverancier binnen ${2:30} dagen alle gegevens van Opdrachtgever terug. Leverancier levert de gegevens, de bijbehorende metadata en de logbestanden in een open, gangbaar formaat, zoals ${3:CSV of JSON}.',
        'Leverancier werkt gedurende ${4:6} maanden na het einde van de Overeenkomst mee aan de overdracht naar Opdrachtgever of naar een nieuwe leverancier. Voor deze medewerking rekent Leverancier het uurtarief uit Bijlage ${5:A}.',
        'Nadat Opdrachtgever schriftelijk heeft bevestigd dat de overdracht is geslaagd, vernietigt Leverancier binnen ${6:30} dagen alle kopieën van de gegevens. Leverancier bevestigt de vernietiging schriftelijk.',
      ].join('\n\n'),
      en: [
        'No later than ${1:3} months after the effective date of the Agreement, the Supplier shall submit an exit plan to the Public Organisation for approval. The Supplier shall update the exit plan every year and after each significant change to the services.',
        'At the end of the Agreement, for whatever reason, the Supplier shall return all data of the Public Organisation within ${2:30} days. The Supplier shall deliver the data, the related metadata and the logs in an open, common format, such as ${3:CSV or JSON}.',
        'For ${4:6} months after the end of the Agreement, the Supplier shall cooperate in the transfer to the Public Organisation or to a new supplier. For this cooperation, the Supplier shall charge the hourly rate set out in Annex ${5:A}.',
        'After the Public Organisation has confirmed in writing that the transfer has succeeded, the Supplier shall destroy all copies of the data within ${6:30} days. The Supplier shall confirm the destruction in writing.',
      ].join('\n\n'),
    },
  },
};

import { allOf, terms } from '../patterns';
import { gdpr, gibit, mccAiHighRisk, mccAiLight } from '../sources';
import type { ClauseTopic } from '../types';
import { ALGORITHM, BUYER, DATA } from '../vocabulary';

/**
 * Ownership or control of data. "Intellectuele eigendom" (intellectual property) is about the
 * software, not about the municipality's data, so it does not count.
 */
const OWNERSHIP = terms(
  '(?<!intellectuele )(?<!intellectueel )eigendom*', 'eigenaar', 'blijf(?:t|en) van', 'blijf(?:t|en) bij',
  'berust(?:en)? bij', 'kom(?:t|en) toe aan', 'zeggenschap', 'rechthebbende',
  '(?<!intellectual )property of', 'owner*', 'remains? with', 'belongs? to', 'vests? in', 'vested in',
);

/** Use of the data for other ends than the agreement. */
const OWN_PURPOSES = terms(
  'eigen (?:\\S+ ){0,2}(?:doel*|producten|diensten|modellen|algoritm*)', 'eigen gebruik', 'andere doel*', 'ander doel', 'doeleinden van derden', 'commercieel', 'commerciële',
  '(?:te )?trainen(?: \\S+){0,4} (?:andere|eigen) (?:modellen|algoritm*|producten|diensten)',
  'own purposes?', 'its own (?:benefit|use|products|services|models)', 'any other purposes?', 'other purposes', 'purposes of (?:any )?third parties', 'commercial',
  'train (?:\\S+ ){0,4}(?:other|its own) (?:models|algorithms|products)',
  'train[,;]? (?:\\S+ ){0,6}(?:models?|algorithms?|AI)', 'training (?:of )?(?:\\S+ ){0,4}(?:models?|algorithms?|AI)',
  'trainen (?:van )?(?:\\S+ ){0,4}(?:modellen|model|algoritm*|AI)', '(?:modellen|model|algoritm*|AI) (?:\\S+ ){0,4}(?:te )?trainen',
);

const RESTRICTION = terms('niet', 'geen', 'uitsluitend', 'alleen', 'nooit', 'not', 'no', 'only', 'solely', 'exclusively', 'never');

const PERFORMING_THE_AGREEMENT = terms(
  'uitvoering van de overeenkomst', 'uitvoeren van de overeenkomst', 'uitvoering van deze overeenkomst',
  'perform(?:ing|ance of)? (?:the|this) agreement', 'purposes? of (?:the|this) agreement',
);

export const dataOwnership: ClauseTopic = {
  id: 'data-ownership',
  title: {
    nl: 'Gegevens van de gemeente',
    en: "The municipality's data",
  },
  explanation: {
    nl: 'De gegevens die het algoritme verwerkt, blijven van de gemeente. De leverancier gebruikt ze niet voor eigen doelen, zoals het trainen van andere modellen. GIBIT 2023 staat hoogstens gebruik van volledig geanonimiseerde gegevens toe. Ook dan mag dat alleen om het algoritme te verbeteren.',
    en: "The data that the algorithm processes remain the municipality's. The supplier does not use them for its own purposes, such as training other models. GIBIT 2023 allows at most the use of fully anonymised data. Even then, only to improve the algorithm.",
  },
  sources: [
    gibit('thema Algoritmes: gegevens van de gemeente'),
    mccAiHighRisk('Section D: rights to data sets'),
    mccAiLight('rights to data sets'),
    gdpr('art. 28(3)(a) and art. 28(10) (processing only on instructions; a processor that decides on purposes becomes controller)'),
  ],
  profiles: ['hoog-risico', 'impactvol', 'overig'],
  recognition: {
    headings: [
      allOf(DATA, terms(
        'eigendom*', 'eigenaar*', 'rechten op', 'recht op', 'gebruik', 'zeggenschap', 'van (?:de )?opdrachtgever', 'van de gemeente',
        'ownership', 'owner*', 'rights? (?:to|in|of)', 'use of', 'of the (?:public organi[sz]ation|customer|municipality|buyer)',
      )),
      terms('customer data', 'klantgegevens', 'klantdata', 'data~eigendom*', 'gegevens~eigendom*'),
    ],
    body: [
      [DATA, OWNERSHIP, BUYER],
      [DATA, OWN_PURPOSES, RESTRICTION],
      [DATA, RESTRICTION, PERFORMING_THE_AGREEMENT],
      [terms('geanonimiseerd*', 'anonimis*', 'anonymi[sz]*'), DATA, terms('verbeter*', 'improv*'), ALGORITHM],
    ],
  },
  coveredByConditions: [],
  snippetPrefix: { nl: 'artikel-gegevens', en: 'clause-data' },
  modelClause: {
    heading: {
      nl: 'Gegevens van Opdrachtgever',
      en: 'Data of the Public Organisation',
    },
    body: {
      nl: [
        'Alle gegevens die Opdrachtgever aan Leverancier verstrekt of die bij de uitvoering van de Overeenkomst ontstaan, blijven van Opdrachtgever. Dit geldt ook voor bewerkte, verrijkte en gelabelde versies en voor de uitkomsten van het Algoritme. Leverancier verkrijgt op deze gegevens geen rechten, behalve het recht om ze te gebruiken voor de uitvoering van de Overeenkomst.',
        'Leverancier gebruikt de gegevens uitsluitend voor de uitvoering van de Overeenkomst. Leverancier gebruikt de gegevens niet voor eigen doeleinden of voor doeleinden van derden, en in het bijzonder niet om andere algoritmes of modellen te trainen, te testen of te verbeteren.',
        'Alleen met voorafgaande schriftelijke toestemming van Opdrachtgever mag Leverancier gegevens gebruiken die volledig en onomkeerbaar zijn geanonimiseerd. Leverancier gebruikt die gegevens dan uitsluitend om het Algoritme te verbeteren dat Opdrachtgever afneemt.',
        'Leverancier stelt de gegevens op eerste verzoek van Opdrachtgever binnen ${1:10} werkdagen ter beschikking in een gangbaar, open formaat, zoals ${2:CSV of JSON}.',
      ].join('\n\n'),
      en: [
        'All data that the Public Organisation provides to the Supplier, or that arise in performing the Agreement, remain with the Public Organisation. This includes processed, enriched and labelled versions and the outputs of the Algorithm. The Supplier acquires no rights to these data, except the right to use them to perform the Agreement.',
        'The Supplier shall use the data only to perform the Agreement. The Supplier shall not use the data for its own purposes or for the purposes of third parties, and in particular not to train, test or improve other algorithms or models.',
        'Only with the prior written consent of the Public Organisation may the Supplier use data that have been fully and irreversibly anonymised. The Supplier shall then use those data only to improve the Algorithm that the Public Organisation uses.',
        'At the first request of the Public Organisation, the Supplier shall make the data available within ${1:10} working days in a common, open format, such as ${2:CSV or JSON}.',
      ].join('\n\n'),
    },
  },
};

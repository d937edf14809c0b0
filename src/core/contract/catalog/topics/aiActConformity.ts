import { allOf, terms } from '../patterns';
import { aiAct, AI_ACT_APPLIES, mccAiHighRisk } from '../sources';
import type { ClauseTopic } from '../types';

const AI_ACT = terms(
  'AI~verordening', 'AI~Act', 'Artificial Intelligence Act', 'verordening \\(EU\\) 2024/1689', 'regulation \\(EU\\) 2024/1689',
  'verordening 2024/1689', 'regulation 2024/1689',
);

const CONFORMITY = terms(
  'conformiteitsbeoordeling*', 'conformiteits~beoordeling*', 'conformity assessments?', 'EU~conformiteitsverklaring*',
  'conformiteitsverklaring*', 'declaration of conformity', 'CE~markering*', 'CE~marking', 'CE~mark', 'CE~keurmerk',
);

const EU_DATABASE = terms('EU~databank*', 'EU~database*', 'EU~gegevensbank*');
const REGISTERED = terms('registr*', 'registreert', 'geregistreerd', 'ingeschreven', 'inschrijv*', 'register*');

const QUALITY_MANAGEMENT = terms('kwaliteitsmanagementsysteem*', 'kwaliteitsbeheersysteem*', 'quality management systems?');
const AI_ACT_CONTEXT = terms(
  'AI~verordening', 'AI~Act', 'artikel 17', 'article 17', 'art\\. 17', 'AI~systeem*', 'AI~system*',
  'hoog risico', 'hoog~risico*', 'high~risk',
);

const HIGH_RISK = terms('hoog risico', 'hoog~risico*', 'hoge risico', 'high~risk');
const OBLIGATIONS = terms(
  'voldoe*', 'voldoet', 'eisen', 'verplichtingen', 'naleef*', 'naleving', 'nakom*', 'komt (?:\\S+ ){0,6}na',
  'comply', 'complies', 'compliance', 'requirements', 'obligations', 'conform*',
);

export const aiActConformity: ClauseTopic = {
  id: 'ai-act-conformity',
  title: {
    nl: 'Conformiteit met de AI-verordening',
    en: 'Conformity with the AI Act',
  },
  explanation: {
    nl: 'Bij een hoog-risico AI-systeem moet de leverancier als aanbieder voldoen aan de AI-verordening. Hij voert de conformiteitsbeoordeling uit, stelt een EU-conformiteitsverklaring op en brengt de CE-markering aan. Hij registreert het systeem in de EU-databank en heeft een kwaliteitsmanagementsysteem. Deze plichten gelden vanaf 2 augustus 2026. Voor AI in producten uit bijlage I is dat 2 augustus 2027.',
    en: 'For a high-risk AI system, the supplier as provider must comply with the AI Act. It carries out the conformity assessment, draws up an EU declaration of conformity and affixes the CE marking. It registers the system in the EU database and has a quality management system. These duties apply from 2 August 2026. For AI in products covered by Annex I, the date is 2 August 2027.',
  },
  sources: [
    mccAiHighRisk('Section C: quality management system and conformity assessment'),
    aiAct('art. 16 (obligations of providers of high-risk AI systems)', AI_ACT_APPLIES.highRisk),
    aiAct('art. 17 (quality management system)', AI_ACT_APPLIES.highRisk),
    aiAct('art. 43 (conformity assessment), art. 47 (EU declaration of conformity), art. 48 (CE marking)', AI_ACT_APPLIES.highRisk),
    aiAct('art. 49 and art. 71 (registration in the EU database; art. 49(3) for deployers that are public authorities)', AI_ACT_APPLIES.highRisk),
    aiAct('art. 6(1) and Annex I (high-risk AI in products under Union harmonisation legislation)', AI_ACT_APPLIES.annexIProducts),
  ],
  profiles: ['hoog-risico'],
  recognition: {
    headings: [
      CONFORMITY,
      EU_DATABASE,
      QUALITY_MANAGEMENT,
      // A bare "(artikel 14 AI-verordening)" after another title is a reference, not this topic.
      allOf(AI_ACT, terms('naleving', 'nakoming', 'voldoen', 'conformiteit', 'verplichtingen', 'eisen', 'compliance', 'complying', 'conformity', 'obligations', 'requirements')),
      allOf(terms('conformiteit', 'conformity'), terms('AI', 'AI~systeem*', 'AI~system*', 'hoog~risico*', 'high~risk')),
    ],
    body: [
      [CONFORMITY],
      [EU_DATABASE, REGISTERED],
      [QUALITY_MANAGEMENT, AI_ACT_CONTEXT],
      [AI_ACT, HIGH_RISK, OBLIGATIONS],
    ],
  },
  coveredByConditions: [],
  snippetPrefix: { nl: 'artikel-ai-verordening', en: 'clause-ai-act' },
  modelClause: {
    heading: {
      nl: 'Conformiteit met de AI-verordening',
      en: 'Conformity with the AI Act',
    },
    body: {
      nl: [
        'Leverancier zorgt ervoor dat het Algoritme voldoet aan de eisen die de AI-verordening (Verordening (EU) 2024/1689) stelt aan AI-systemen met een hoog risico. Leverancier heeft daarvoor een kwaliteitsmanagementsysteem als bedoeld in artikel 17 van de AI-verordening.',
        'Voordat het Algoritme in gebruik wordt genomen, voert Leverancier de conformiteitsbeoordeling uit, stelt hij de EU-conformiteitsverklaring op, brengt hij de CE-markering aan en registreert hij het Algoritme in de EU-databank. Leverancier stuurt Opdrachtgever uiterlijk ${1:10} werkdagen vóór de ingebruikname een kopie van de conformiteitsverklaring en het registratienummer.',
        'Leverancier levert Opdrachtgever binnen ${2:10} werkdagen na een verzoek de informatie die Opdrachtgever nodig heeft om zijn eigen plichten als gebruiksverantwoordelijke na te komen, waaronder de registratie van het gebruik in de EU-databank.',
        'Bij een substantiële wijziging van het Algoritme voert Leverancier een nieuwe conformiteitsbeoordeling uit voordat de gewijzigde versie in gebruik wordt genomen.',
      ].join('\n\n'),
      en: [
        'The Supplier shall ensure that the Algorithm meets the requirements that the AI Act (Regulation (EU) 2024/1689) sets for high-risk AI systems. For this purpose, the Supplier shall have a quality management system as referred to in Article 17 of the AI Act.',
        'Before the Algorithm is put into use, the Supplier shall carry out the conformity assessment, draw up the EU declaration of conformity, affix the CE marking and register the Algorithm in the EU database. No later than ${1:10} working days before the Algorithm is put into use, the Supplier shall send the Public Organisation a copy of the declaration of conformity and the registration number.',
        'Within ${2:10} working days after a request, the Supplier shall provide the Public Organisation with the information it needs to meet its own obligations as a deployer, including the registration of its use in the EU database.',
        'In the event of a substantial modification of the Algorithm, the Supplier shall carry out a new conformity assessment before the modified version is put into use.',
      ].join('\n\n'),
    },
  },
};

import { terms } from '../patterns';
import { aiAct, AI_ACT_APPLIES, BIO, gdpr, gibit, mccAiHighRisk } from '../sources';
import type { ClauseTopic } from '../types';

/** Accuracy; not "prestaties", which in Dutch contracts are also the services delivered. */
const ACCURACY = terms(
  'nauwkeurigheid', 'nauwkeurig', 'accuratesse', 'foutmarge*', 'foutpercentage*', 'precisie', 'fout~positie*', 'vals~positie*',
  'accuracy', 'accurate', 'precision', 'error rates?', 'false positives?', 'false negatives?',
);
const MEASURED = terms(
  'ten minste', 'minimaal', 'niveau', 'gemeten', 'meet*', 'maatsta*', 'test*', 'getest', 'procent', 'drempel*',
  'at least', 'minimum', 'levels?', 'measured', 'measur*', 'metrics?', 'tested', 'tests?', 'testing', 'percent', 'thresholds?',
);

const ROBUST = terms('robuust*', 'robust', 'robustness', 'bestand tegen', 'resilien*', 'weerbaar*');
const DISTURBANCE = terms(
  'fout*', 'afwijk*', 'manipul*', 'aanval*', 'vergiftig*', 'storing*', 'onvolledig*', 'invoer',
  'errors?', 'faults?', 'failures?', 'attacks?', 'adversarial', 'poisoning', 'inconsisten*', 'input', 'unusual',
);

const PENTEST = terms(
  'pentest*', 'penetratietest*', 'penetration tests?', 'penetration testing', 'kwetsbaarheidsscan*', 'vulnerability scans?',
  'vulnerability assessments?',
);

const BIO_BASELINE = terms('BIO', 'Baseline Informatiebeveiliging Overheid', 'baseline informatiebeveiliging');
const COMPLY = terms(
  'voldoe*', 'voldoet', 'conform*', 'naleef*', 'naleving', 'overeenkomstig', 'volgens',
  'comply', 'complies', 'compliance', 'in accordance', 'meets?',
);

const SECURITY = terms(
  'cyberbeveiliging', 'informatiebeveiliging', 'beveiligingsmaatregel*', 'cybersecurity', 'cyber security',
  'information security', 'security measures?',
);
const SECURITY_DUTY = terms(
  'passend*', 'treft', 'neemt', 'nemen', 'maatregel*', 'niveau', 'appropriate', 'take*', 'implement*', 'measures?', 'levels?',
);

export const accuracyRobustnessSecurity: ClauseTopic = {
  id: 'accuracy-robustness-security',
  title: {
    nl: 'Nauwkeurigheid, robuustheid en beveiliging',
    en: 'Accuracy, robustness and security',
  },
  explanation: {
    nl: 'De leverancier noemt hoe nauwkeurig het algoritme is en toont dat aan met testresultaten. Het algoritme blijft goed werken bij fouten, afwijkende invoer en aanvallen. De beveiliging voldoet aan de BIO. De leverancier laat regelmatig pentests doen en herstelt zwakke plekken binnen vaste termijnen.',
    en: 'The supplier states how accurate the algorithm is and proves it with test results. The algorithm keeps working properly despite errors, unusual input and attacks. Security meets the BIO, the Dutch government security baseline. The supplier has regular penetration tests done and fixes weaknesses within fixed terms.',
  },
  sources: [
    gibit('thema Algoritmes: kwaliteit van het algoritme'),
    gibit('informatiebeveiliging (BIO)'),
    mccAiHighRisk('Section B, Article 8: accuracy, robustness and cybersecurity'),
    aiAct('art. 15 (accuracy, robustness and cybersecurity)', AI_ACT_APPLIES.highRisk),
    BIO,
    gdpr('art. 32 (security of processing)'),
  ],
  profiles: ['hoog-risico'],
  recognition: {
    headings: [
      terms(
        'nauwkeurigheid', 'accuratesse', 'robuust*', 'robustness', '*beveiliging', 'informatieveiligheid', 'weerbaarheid',
        'security', 'cybersecurity', 'cyber~security', 'accuracy', 'resilience', 'pentest*', 'penetratietest*', 'penetration test*', 'BIO',
      ),
    ],
    body: [
      [ACCURACY, MEASURED],
      [ROBUST, DISTURBANCE],
      [PENTEST],
      [BIO_BASELINE, COMPLY],
      [SECURITY, SECURITY_DUTY],
    ],
  },
  coveredByConditions: [],
  snippetPrefix: { nl: 'artikel-beveiliging', en: 'clause-security' },
  modelClause: {
    heading: {
      nl: 'Nauwkeurigheid, robuustheid en beveiliging',
      en: 'Accuracy, robustness and security',
    },
    body: {
      nl: [
        'Het Algoritme haalt ten minste de nauwkeurigheid die in Bijlage ${1:C} is beschreven, gemeten met de maatstaven die daar staan. Leverancier toont dit aan met een testrapport vóór de ingebruikname en daarna elke ${2:6} maanden.',
        'Het Algoritme is bestand tegen fouten, onvolledige of afwijkende invoer en pogingen om het te manipuleren. Leverancier test dit vóór de ingebruikname van elke nieuwe versie.',
        'Leverancier voldoet aan de Baseline Informatiebeveiliging Overheid (BIO) op het niveau ${3:BBN2}.',
        'Leverancier laat ten minste ${4:één} keer per jaar en na elke grote wijziging een penetratietest uitvoeren door een onafhankelijke partij. Leverancier stuurt Opdrachtgever het rapport binnen ${5:10} werkdagen en herstelt kwetsbaarheden met een hoog risico binnen ${6:14} dagen.',
      ].join('\n\n'),
      en: [
        'The Algorithm shall achieve at least the accuracy described in Annex ${1:C}, measured with the metrics stated there. The Supplier shall demonstrate this with a test report before the Algorithm is put into use and every ${2:6} months thereafter.',
        'The Algorithm shall be resilient to errors, incomplete or unusual input and attempts to manipulate it. The Supplier shall test this before each new version is put into use.',
        'The Supplier shall comply with the Dutch government information security baseline (Baseline Informatiebeveiliging Overheid, BIO) at level ${3:BBN2}.',
        'The Supplier shall have an independent party carry out a penetration test at least ${4:once} a year and after each major change. The Supplier shall send the report to the Public Organisation within ${5:10} working days and shall fix high-risk vulnerabilities within ${6:14} days.',
      ].join('\n\n'),
    },
  },
};

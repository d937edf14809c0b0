import { anyOf, terms } from '../patterns';
import { aiAct, AI_ACT_APPLIES, mccAiHighRisk } from '../sources';
import type { ClauseTopic } from '../types';
import { ALGORITHM, DATA, DECISION } from '../vocabulary';

const BIAS = terms(
  'bias', 'biases', 'vooringenomen*', 'discrimin*', 'ongelijk* behandel*', 'ongelijke uitkomsten', 'gelijke behandeling',
  'onderscheid (?:\\S+ ){0,3}(?:naar|op grond van)', 'eerlijkheid', 'fairness', 'unequal*', 'equal treatment', 'disparate',
);

const CHECK = terms(
  'toets*', 'getoetst', 'test*', 'getest', 'monitor*', 'controle*', 'controleer*', 'gecontroleerd', 'meet*', 'gemeten',
  'onderzo*', 'analyse*', 'analys*', 'rapport*', 'evalu*',
  'tests?', 'tested', 'testing', 'report*', 'examin*', 'assess*', 'detect*', 'evaluat*', 'checks?', 'checked', 'measur*',
);

export const biasMonitoring: ClauseTopic = {
  id: 'bias-monitoring',
  title: {
    nl: 'Toetsen op bias en discriminatie',
    en: 'Testing for bias and discrimination',
  },
  explanation: {
    nl: 'De leverancier toetst het algoritme vóór het gebruik en daarna regelmatig op bias en discriminatie. Hij kijkt of groepen inwoners ongelijk worden behandeld, bijvoorbeeld naar leeftijd, geslacht of herkomst. De leverancier rapporteert de resultaten aan de gemeente. Gevonden bias lost hij op binnen een vaste termijn.',
    en: 'The supplier tests the algorithm for bias and discrimination before use and regularly after that. It checks whether groups of residents are treated unequally, for example by age, sex or origin. The supplier reports the results to the municipality. It resolves any bias found within a fixed term.',
  },
  sources: [
    mccAiHighRisk('Section B, Article 3: data and data governance'),
    aiAct('art. 10(2)(f)–(g) and 10(5) (examining and correcting possible biases)', AI_ACT_APPLIES.highRisk),
    aiAct('art. 15(4) (biased feedback loops in systems that keep learning)', AI_ACT_APPLIES.highRisk),
    aiAct('art. 72 (post-market monitoring)', AI_ACT_APPLIES.highRisk),
  ],
  profiles: ['hoog-risico', 'impactvol'],
  recognition: {
    headings: [
      terms(
        'bias', 'biases', 'vooringenomenheid', 'discriminatie*', 'non~discriminatie', 'discrimination', 'non~discrimination',
        'gelijke behandeling', 'ongelijke behandeling', 'equal treatment', 'fairness', 'eerlijkheid',
      ),
    ],
    body: [
      [BIAS, CHECK, anyOf(ALGORITHM, DECISION, DATA)],
    ],
  },
  coveredByConditions: [],
  snippetPrefix: { nl: 'artikel-bias', en: 'clause-bias' },
  modelClause: {
    heading: {
      nl: 'Bias en discriminatie',
      en: 'Bias and discrimination',
    },
    body: {
      nl: [
        'Leverancier toetst het Algoritme vóór de ingebruikname en daarna elke ${1:6} maanden op bias en discriminatie. Leverancier onderzoekt daarbij of de uitkomsten verschillen tussen groepen, in ieder geval naar ${2:leeftijd, geslacht en herkomst}.',
        'Leverancier gebruikt voor deze toetsen de methode en de drempelwaarden die in Bijlage ${3:D} staan. Leverancier gaat ook na of de gegevens waarmee het Algoritme is getraind representatief zijn voor de inwoners van Opdrachtgever.',
        'Leverancier stuurt Opdrachtgever binnen ${4:10} werkdagen na elke toets een rapport met de resultaten en de genomen maatregelen.',
        'Blijkt uit een toets dat het Algoritme groepen ongelijk behandelt, dan meldt Leverancier dit binnen ${5:2} werkdagen aan Opdrachtgever. Leverancier lost het probleem binnen ${6:30} dagen op, in overleg met Opdrachtgever.',
      ].join('\n\n'),
      en: [
        'The Supplier shall test the Algorithm for bias and discrimination before it is put into use and every ${1:6} months thereafter. The Supplier shall examine whether the outputs differ between groups, at least by ${2:age, sex and origin}.',
        'For these tests, the Supplier shall use the method and the thresholds set out in Annex ${3:D}. The Supplier shall also check whether the data used to train the Algorithm are representative of the residents of the Public Organisation.',
        'Within ${4:10} working days after each test, the Supplier shall send the Public Organisation a report with the results and the measures taken.',
        'If a test shows that the Algorithm treats groups unequally, the Supplier shall notify the Public Organisation within ${5:2} working days. The Supplier shall resolve the problem within ${6:30} days, in consultation with the Public Organisation.',
      ].join('\n\n'),
    },
  },
};

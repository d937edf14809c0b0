import { terms } from '../patterns';
import { aiAct, AI_ACT_APPLIES, mccAiHighRisk } from '../sources';
import type { ClauseTopic } from '../types';
import { ALGORITHM } from '../vocabulary';

const RISK_MANAGEMENT = terms(
  'risicomanagement*', 'risico~management*', 'risicobeheer*', 'risico~beheer*', 'risicobeheersing*',
  'risk management', 'risk~management~system*',
);
const ONGOING = terms(
  'systeem', 'system', 'proces', 'process', 'levenscyclus', 'levensduur', 'life~cycle', 'lifecycle', 'doorlopend', 'continu*',
  'actualis*', 'bijwerk*', 'in stand', 'maintain*', 'update*', 'review*', 'ongoing',
);

/** Risks, but not the passing of risk ("risico-overgang") or insurance against liability. */
const RISKS = terms("risico['’]s", 'risicos', 'risico', 'risks?');
const MANAGE = terms(
  'vaststel*', 'stel(?:t|len) (?:\\S+ ){0,6}vast', 'identific*', 'inventaris*', 'analyse*', 'analys*', 'beoordel*', 'beoordeelt',
  'beheers*', 'mitig*', 'beperk*', 'verminder*', 'wegnemen', 'weg te nemen', 'neem(?:t|en) (?:\\S+ ){0,6}weg',
  'identify*', 'identified', 'assess*', 'evaluat*', 'eliminat*', 'reduc*', 'manag*',
);
/** What the AI Act's risk management is about, or that it runs over the whole life cycle. */
const SCOPE = terms(
  'levenscyclus', 'levensduur', 'life~cycle', 'lifecycle', 'grondrechten', 'fundamental rights', 'gezondheid', 'health',
  'veiligheid', 'safety', 'misbruik', 'misuse', 'verkeerd gebruik', 'risicoregister', 'risk register',
);

const RISK_ASSESSMENT = terms(
  'risicoanalyse*', 'risico~analyse*', 'risicobeoordeling*', 'risico~beoordeling*', 'risico~inventarisatie*', 'risk assessments?', 'risk analys[ie]s',
);
const RECURRING = terms(
  'periodiek*', 'jaarlijks*', 'elk jaar', 'regelmatig*', 'doorlopend*', 'continu*', 'actualis*', 'bijwerk*', 'herhal*', '*maatregel*',
  'periodic*', 'annual*', 'every year', 'regular*', 'ongoing', 'measures?', 'updated?', 'reviewed?',
);

export const riskManagement: ClauseTopic = {
  id: 'risk-management',
  title: {
    nl: 'Risicobeheer',
    en: 'Risk management',
  },
  explanation: {
    nl: "De leverancier heeft een systeem om de risico's van het algoritme te beheersen. Hij zoekt risico's voor gezondheid, veiligheid en grondrechten, beoordeelt ze en neemt maatregelen. Dat doet hij niet één keer, maar gedurende de hele levensduur van het algoritme. De gemeente krijgt de uitkomsten te zien.",
    en: 'The supplier has a system to manage the risks of the algorithm. It identifies risks to health, safety and fundamental rights, assesses them and takes measures. It does so not once but throughout the life of the algorithm. The municipality gets to see the results.',
  },
  sources: [
    mccAiHighRisk('Section B, Article 2: risk management system'),
    aiAct('art. 9 (risk management system)', AI_ACT_APPLIES.highRisk),
    aiAct('art. 72 (post-market monitoring)', AI_ACT_APPLIES.highRisk),
  ],
  profiles: ['hoog-risico'],
  recognition: {
    headings: [
      terms(
        'risicomanagement*', 'risico~management*', 'risicobeheer*', 'risico~beheer*', 'risicobeheersing*', 'risk management',
        'risicoanalyse*', 'risico~analyse*', 'risicobeoordeling*', 'risico~beoordeling*', 'risk assessments?', 'risicoregister',
      ),
    ],
    body: [
      [RISK_MANAGEMENT, ONGOING],
      [RISKS, MANAGE, SCOPE],
      [RISK_ASSESSMENT, ALGORITHM, RECURRING],
    ],
  },
  coveredByConditions: [],
  snippetPrefix: { nl: 'artikel-risicobeheer', en: 'clause-risk' },
  modelClause: {
    heading: {
      nl: 'Risicobeheer',
      en: 'Risk management',
    },
    body: {
      nl: [
        'Leverancier richt voor het Algoritme een systeem voor risicobeheer in. Leverancier houdt dit systeem in stand gedurende de hele levenscyclus van het Algoritme.',
        "Met dit systeem stelt Leverancier de risico's van het Algoritme voor gezondheid, veiligheid en grondrechten vast en beoordeelt hij die. Dit omvat ook risico's door voorzienbaar verkeerd gebruik.",
        "Leverancier neemt maatregelen om deze risico's weg te nemen of te beperken en test of die maatregelen werken. Leverancier legt de risico's, de maatregelen en de testresultaten vast in een risicoregister.",
        'Leverancier actualiseert de risicobeoordeling ten minste ${1:één} keer per jaar en binnen ${2:10} werkdagen na elke wijziging van het Algoritme. Leverancier stuurt Opdrachtgever binnen ${3:5} werkdagen na elke actualisering het bijgewerkte risicoregister.',
      ].join('\n\n'),
      en: [
        'The Supplier shall establish a risk management system for the Algorithm. The Supplier shall maintain this system throughout the life cycle of the Algorithm.',
        'With this system, the Supplier shall identify and assess the risks of the Algorithm to health, safety and fundamental rights. This includes risks from foreseeable misuse.',
        'The Supplier shall take measures to eliminate or reduce these risks and shall test whether those measures work. The Supplier shall record the risks, the measures and the test results in a risk register.',
        'The Supplier shall update the risk assessment at least ${1:once} a year and within ${2:10} working days after each change to the Algorithm. Within ${3:5} working days after each update, the Supplier shall send the updated risk register to the Public Organisation.',
      ].join('\n\n'),
    },
  },
};

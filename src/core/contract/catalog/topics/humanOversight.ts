import { anyOf, terms } from '../patterns';
import { aiAct, AI_ACT_APPLIES, gdpr, mccAiHighRisk } from '../sources';
import type { ClauseTopic } from '../types';
import { ALGORITHM_OR_DECISION, BUYER } from '../vocabulary';

const HUMAN_OVERSIGHT = terms(
  'menselijk* (?:toezicht|tussenkomst|beoordeling|controle|interventie|ingrijpen)', 'toezicht door (?:een )?mens*',
  'human (?:oversight|intervention|review|control)', 'human~in~the~loop', 'mens in de lus',
);

/** A duty to make oversight possible; a list item that only names "menselijk toezicht" is not one. */
const ENABLE = terms(
  'waarborg*', 'garandeer*', 'zorg(?:t|en) (?:\\S+ ){0,6}(?:voor|dat)', 'ontwerp*', 'ontworpen', 'ingericht', 'inricht*', 'richt (?:\\S+ ){0,6}in',
  'mogelijk', 'altijd', 'ensure*', 'guarantee*', 'enable*', 'design*', 'built', 'allow*', 'possible', 'always',
);

const PERSON = terms(
  'medewerker*', 'gebruiker*', 'mens', 'mensen', 'natuurlijke personen?', 'ambtena*', 'behandelaar*', 'beoordelaar*', 'consulent*',
  'humans?', 'staff', 'employees?', 'users?', 'persons?', 'officials?', 'officers?', 'caseworkers?', 'natural persons?',
);

/** Overruling or stopping an output; "wijzigen" and "aanpassen" are left out, they are the supplier's changes. */
const OVERRIDE = terms(
  'negeren', 'negeert', 'buiten beschouwing', 'terzijde (?:leggen|schuiven)', 'overrul*', 'overschrijv*', 'overschrijft',
  'terugdraai*', 'terug te draaien', 'draai(?:t|en) (?:\\S+ ){0,4}terug', 'stilzet*', 'stil te zetten', 'zet(?:ten)? (?:\\S+ ){0,4}stil',
  'stoppen', 'stopt', 'stopfunctie', 'stopknop', 'onderbre*', 'ingrijp*', 'ingrijpen', 'afwijken', 'wijk(?:t|en) (?:\\S+ ){0,6}af', 'corrigeren', 'corrigeert',
  'naast zich neer(?:leggen|legt|gelegd)', 'legt (?:\\S+ ){0,6}naast zich neer',
  'disregard*', 'ignore*', 'override*', 'overrid*', 'overrule*', 'reverse*', 'interrupt*', 'stop', 'stops', 'halt*',
  'intervene*', 'deviate*', 'correct', 'corrects', 'set(?:s|ting)? (?:\\S+ ){0,4}aside',
  'suspend(?:s|ing)? (?:\\S+ ){0,2}(?:use|operation|functioning) of (?:the |its |an? )?(?:\\S+ )?(?:system|model|algorithm|tool)s?',
);

const NO_AUTOMATED_DECISION = terms(
  'geen (?:\\S+ ){0,6}(?:besluit|besluiten|beslissing|beslissingen)', 'nooit (?:\\S+ ){0,6}(?:besluit|beslissing)',
  'not? (?:\\S+ ){0,6}decisions?', 'never (?:\\S+ ){0,6}decisions?',
);
const WITHOUT_A_HUMAN = terms(
  'zonder (?:\\S+ ){0,10}(?:tussenkomst|beoordel*|beoordee*|menselijk*)', 'unless (?:\\S+ ){0,10}(?:assessed|reviewed|human)',
  'without (?:\\S+ ){0,10}(?:human|review|assessment|assessed|reviewed)', 'uitsluitend (?:\\S+ ){0,2}geautomatiseerd*',
  'volledig geautomatiseerd*', 'solely on automated', 'fully automated',
);

/** A duty to review, in the present tense: "the staff member who assessed the output" in a log line is no duty. */
const REVIEW = terms(
  'beoordeelt', 'beoordelen', 'toetst', 'toetsen', 'controleert', 'controleren',
  'reviews?', 'assess', 'assesses', 'checks?',
);
const EACH_OUTPUT_OR_BEFORE_DECIDING = terms(
  '(?:elke|iedere) (?:uitkomst|beslissing|selectie|score)', '(?:elk|ieder) (?:advies|besluit|resultaat|voorstel|signaal)',
  'voordat (?:\\S+ ){0,8}(?:besluit|beslissing|beslist)', '(?:each|every) (?:output|outcome|recommendation|decision|score|proposal|ranking)',
  'before (?:\\S+ ){0,8}(?:decision|decides)',
);

export const humanOversight: ClauseTopic = {
  id: 'human-oversight',
  title: {
    nl: 'Menselijk toezicht',
    en: 'Human oversight',
  },
  explanation: {
    nl: 'Medewerkers van de gemeente moeten de uitkomsten van het algoritme kunnen begrijpen en controleren. Zij moeten een uitkomst kunnen negeren of terugdraaien en het algoritme kunnen stopzetten. De leverancier bouwt het systeem zo dat dit kan en traint de medewerkers. Zo blijft een mens verantwoordelijk voor het besluit.',
    en: 'Municipal staff must be able to understand and check the outputs of the algorithm. They must be able to disregard or reverse an output and to stop the algorithm. The supplier builds the system so that this is possible and trains the staff. This keeps a person responsible for the decision.',
  },
  sources: [
    mccAiHighRisk('Section B, Article 7: human oversight'),
    aiAct('art. 14 (human oversight)', AI_ACT_APPLIES.highRisk),
    aiAct('art. 26(2) (deployer assigns oversight to competent, trained persons)', AI_ACT_APPLIES.highRisk),
    aiAct('art. 4 (AI literacy)', AI_ACT_APPLIES.prohibitedPractices),
    gdpr('art. 22 (automated individual decision-making)'),
  ],
  profiles: ['hoog-risico', 'impactvol'],
  recognition: {
    headings: [HUMAN_OVERSIGHT],
    body: [
      [HUMAN_OVERSIGHT, ENABLE],
      [anyOf(PERSON, BUYER), OVERRIDE, ALGORITHM_OR_DECISION],
      [NO_AUTOMATED_DECISION, WITHOUT_A_HUMAN],
      [PERSON, REVIEW, EACH_OUTPUT_OR_BEFORE_DECIDING],
    ],
  },
  coveredByConditions: [],
  snippetPrefix: { nl: 'artikel-toezicht', en: 'clause-oversight' },
  modelClause: {
    heading: {
      nl: 'Menselijk toezicht',
      en: 'Human oversight',
    },
    body: {
      nl: [
        'Leverancier ontwerpt het Algoritme zo dat medewerkers van Opdrachtgever de uitkomsten kunnen begrijpen en beoordelen voordat Opdrachtgever een besluit neemt. Het Algoritme toont bij elke uitkomst de belangrijkste factoren die tot die uitkomst hebben geleid.',
        'Medewerkers van Opdrachtgever kunnen een uitkomst van het Algoritme altijd negeren of terugdraaien. Zij kunnen het Algoritme op elk moment stilzetten met een stopfunctie, zonder dat de dienstverlening aan inwoners daardoor stilvalt.',
        'Leverancier geeft de medewerkers die Opdrachtgever aanwijst vóór de ingebruikname een training van ten minste ${1:4} uur. De training gaat over de werking en de beperkingen van het Algoritme en over het risico van te veel vertrouwen in de uitkomsten.',
        'Het Algoritme neemt geen besluit met rechtsgevolgen voor een inwoner zonder dat een medewerker van Opdrachtgever de uitkomst heeft beoordeeld.',
      ].join('\n\n'),
      en: [
        'The Supplier shall design the Algorithm so that staff of the Public Organisation can understand and assess its outputs before the Public Organisation takes a decision. For each output, the Algorithm shall show the main factors that led to it.',
        'Staff of the Public Organisation can always disregard or reverse an output of the Algorithm. They can stop the Algorithm at any time with a stop function, without services to residents coming to a halt.',
        'Before the Algorithm is put into use, the Supplier shall give the staff designated by the Public Organisation at least ${1:4} hours of training. The training covers how the Algorithm works, its limitations and the risk of relying too much on its outputs.',
        'The Algorithm shall not take a decision with legal effects for a resident unless a staff member of the Public Organisation has assessed the output.',
      ].join('\n\n'),
    },
  },
};

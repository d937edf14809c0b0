import { allOf, terms } from '../patterns';
import { aiAct, AI_ACT_APPLIES, mccAiHighRisk } from '../sources';
import type { ClauseTopic } from '../types';
import { ALGORITHM } from '../vocabulary';

const CHANGE = terms(
  'nieuwe versie*', 'versie', 'versies', '*versie', '*versies', 'new versions?', 'versions?', 'releases?', 'update*', 'upgrade*', 'hertrain*', 'opnieuw (?:ge)?train*', 'train(?:t|en)(?: \\S+){0,6} opnieuw', 'retrain*',
  'wijziging*', 'wijzigen', 'wijzigt', 'gewijzigd*', 'aanpassing*', 'aanpassen', 'aangepast', 'pas(?:t|sen) (?:\\S+ ){0,6}aan',
  'verander*', 'changes?', 'changing', 'changed', 'modif*', 'alter', 'alters', 'altered', 'altering', 'alteration*',
);

/**
 * Notice or approval before the change. Not "voordat" or "before": "a new conformity assessment
 * before the modified version is used" is about conformity, not about the buyer's say.
 */
const BEFOREHAND = terms(
  'vooraf', 'voorafgaand*', 'van tevoren', 'goedkeuring', 'goedgekeurd', 'goedkeuren', 'toestemming', 'instemming', 'ingestemd', 'akkoord',
  'aankondig*', 'kondig(?:t|en) (?:\\S+ ){0,8}aan', 'informeer*', 'informeert',
  'prior', 'in advance', 'approv*', 'consent', 'notice', 'notif*', 'inform', 'informs', 'informed', 'informing',
);

export const changeManagement: ClauseTopic = {
  id: 'change-management',
  title: {
    nl: 'Wijzigingen in het algoritme',
    en: 'Changes to the algorithm',
  },
  explanation: {
    nl: 'Een nieuwe versie, hertraining of andere wijziging kan de uitkomsten van het algoritme veranderen. Daarom kondigt de leverancier elke wijziging vooraf aan. Voor een grote wijziging vraagt hij eerst toestemming aan de gemeente. Zo kan de gemeente de gevolgen beoordelen en haar DPIA, uitleg en registerinformatie bijwerken.',
    en: 'A new version, retraining or other change can alter the outputs of the algorithm. That is why the supplier announces every change in advance. For a major change, it first asks the municipality for approval. This lets the municipality assess the effects and update its DPIA, explanation and register information.',
  },
  sources: [
    mccAiHighRisk('Section A, Article 1: definitions (substantial modification)'),
    aiAct('art. 43(4) (new conformity assessment after a substantial modification)', AI_ACT_APPLIES.highRisk),
    aiAct('art. 25(1)(b) (a deployer who makes a substantial modification becomes a provider)', AI_ACT_APPLIES.highRisk),
    aiAct('art. 3(23) (definition of substantial modification)', AI_ACT_APPLIES.prohibitedPractices),
  ],
  profiles: ['hoog-risico', 'impactvol'],
  recognition: {
    headings: [
      terms(
        'wijzigingsbeheer', 'change~management', 'versiebeheer', 'version management', 'release~management', 'releasebeleid',
        'nieuwe versies?', 'new versions?', 'updates?', 'upgrades?', 'releases?', 'hertraining', 'retraining',
        'substantiële wijziging*', 'substantial modifications?',
      ),
      allOf(terms('wijziging*', 'wijzigen', 'aanpassing*', 'changes?', 'modificat*', 'modifying'), ALGORITHM),
    ],
    body: [
      [CHANGE, ALGORITHM, BEFOREHAND],
    ],
  },
  coveredByConditions: [],
  snippetPrefix: { nl: 'artikel-wijzigingen', en: 'clause-changes' },
  modelClause: {
    heading: {
      nl: 'Wijzigingen in het algoritme',
      en: 'Changes to the algorithm',
    },
    body: {
      nl: [
        'Leverancier kondigt elke nieuwe versie, hertraining of andere wijziging van het Algoritme ten minste ${1:30} dagen vooraf schriftelijk aan bij Opdrachtgever. De aankondiging beschrijft de wijziging, de reden en de verwachte gevolgen voor de uitkomsten.',
        'Een wijziging die de werking, de uitkomsten of het beoogde doel van het Algoritme wezenlijk verandert, voert Leverancier alleen door na voorafgaande schriftelijke goedkeuring van Opdrachtgever. Hieronder valt in ieder geval een substantiële wijziging als bedoeld in de AI-verordening.',
        'Leverancier test elke nieuwe versie volgens de afspraken in de Overeenkomst en stuurt Opdrachtgever de testresultaten uiterlijk ${2:10} werkdagen voor de ingebruikname.',
        'Op verzoek van Opdrachtgever zet Leverancier binnen ${3:2} werkdagen de vorige versie terug.',
      ].join('\n\n'),
      en: [
        'The Supplier shall give the Public Organisation at least ${1:30} days\' prior written notice of each new version, retraining or other change to the Algorithm. The notice shall describe the change, the reason for it and the expected effects on the outputs.',
        'The Supplier shall make a change that materially alters the functioning, the outputs or the intended purpose of the Algorithm only after prior written approval from the Public Organisation. This includes in any case a substantial modification within the meaning of the AI Act.',
        'The Supplier shall test each new version as agreed in the Agreement and shall send the test results to the Public Organisation no later than ${2:10} working days before it is put into use.',
        'At the request of the Public Organisation, the Supplier shall restore the previous version within ${3:2} working days.',
      ].join('\n\n'),
    },
  },
};

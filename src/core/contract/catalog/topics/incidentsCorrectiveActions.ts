import { allOf, anyOf, terms } from '../patterns';
import { aiAct, AI_ACT_APPLIES, mccAiHighRisk } from '../sources';
import type { ClauseTopic } from '../types';
import { ALGORITHM, PERIOD, REPORT } from '../vocabulary';

const SERIOUS_INCIDENT = terms('ernstig* incident*', 'serious incidents?');

/**
 * Non-conformity that arises during use ("voldoet niet meer", "no longer complies"). A plain
 * "voldoet niet" is the language of acceptance tests, which are not this topic.
 */
const NON_CONFORMITY = terms(
  'non~conformiteit*', 'non~conformit*', 'nonconformit*', 'niet (?:langer|meer) (?:\\S+ ){0,4}(?:voldoe*|in overeenstemming|conform)',
  'no longer (?:\\S+ ){0,3}(?:compl*|conform*|meets?)', 'not in conformity',
);
const AI_CONTEXT = anyOf(ALGORITHM, terms('AI~verordening', 'AI~Act'));

const CORRECTIVE_ACTION = terms(
  'corrigerende maatregel*', 'corrigerende actie*', 'herstelmaatregel*', 'corrective (?:actions?|measures?)', 'remedial (?:actions?|measures?)',
);
const TAKE = terms(
  'neem*', 'neemt', 'nemen', 'treft', 'treffen', 'genomen', 'getroffen', 'uitvoer*', 'voert (?:\\S+ ){0,4}uit', 'voer(?:t|en) (?:\\S+ ){0,4}door',
  'take*', 'took', 'taken', 'implement*', 'carr(?:y|ies) out',
);

const INCIDENT = terms('incident*', '*incident', '*incidenten', 'storing*', 'fout', 'fouten', 'malfunction*', 'failures?', 'errors?');

export const incidentsCorrectiveActions: ClauseTopic = {
  id: 'incidents-corrective-actions',
  title: {
    nl: 'Incidenten en corrigerende maatregelen',
    en: 'Incidents and corrective actions',
  },
  explanation: {
    nl: 'De leverancier meldt ernstige incidenten en afwijkingen van het algoritme binnen een vaste termijn aan de gemeente. Denk aan een fout die tot een verkeerd besluit leidt, of een systeem dat niet meer aan de AI-verordening voldoet. De leverancier neemt dan corrigerende maatregelen. Hij kan het algoritme zo nodig aanpassen, uitschakelen of terugnemen.',
    en: 'The supplier reports serious incidents and non-conformities of the algorithm to the municipality within a fixed term. Think of an error that leads to a wrong decision, or a system that no longer complies with the AI Act. The supplier then takes corrective actions. If needed, it changes, disables or withdraws the algorithm.',
  },
  sources: [
    mccAiHighRisk('Section C: corrective actions'),
    aiAct('art. 73 (reporting of serious incidents)', AI_ACT_APPLIES.highRisk),
    aiAct('art. 20 (corrective actions and duty of information)', AI_ACT_APPLIES.highRisk),
    aiAct('art. 26(5) (deployer monitors and informs the provider)', AI_ACT_APPLIES.highRisk),
  ],
  profiles: ['hoog-risico', 'impactvol'],
  recognition: {
    headings: [
      terms(
        'ernstig* incident*', 'serious incidents?', 'corrigerende maatregel*', 'corrective (?:actions?|measures?)',
        'non~conformiteit*', 'non~conformit*', 'nonconformit*', 'incidentmelding*', 'incidentenmelding*', 'melding van incidenten',
        'incident reporting', 'reporting (?:of )?incidents',
      ),
      allOf(terms('incident*'), anyOf(REPORT, AI_CONTEXT, terms('corrigerend*', 'corrective', 'herstel*', 'remed*'))),
    ],
    body: [
      [SERIOUS_INCIDENT, REPORT],
      [NON_CONFORMITY, REPORT, AI_CONTEXT],
      [CORRECTIVE_ACTION, TAKE],
      [INCIDENT, ALGORITHM, REPORT, PERIOD],
    ],
  },
  coveredByConditions: [],
  snippetPrefix: { nl: 'artikel-incidenten', en: 'clause-incidents' },
  modelClause: {
    heading: {
      nl: 'Incidenten en corrigerende maatregelen',
      en: 'Incidents and corrective actions',
    },
    body: {
      nl: [
        'Leverancier meldt een ernstig incident met het Algoritme aan Opdrachtgever binnen ${1:24} uur nadat hij het incident heeft ontdekt. Een ernstig incident is in ieder geval een fout of storing die leidt tot een onjuist besluit over een persoon, tot schade aan de gezondheid of tot een inbreuk op grondrechten.',
        'Leverancier meldt het binnen ${2:2} werkdagen aan Opdrachtgever als hij vaststelt dat het Algoritme niet meer voldoet aan de Overeenkomst of aan de AI-verordening.',
        'Leverancier neemt binnen ${3:10} werkdagen na de melding corrigerende maatregelen. Zolang de oorzaak niet is hersteld, stelt Leverancier het Algoritme op verzoek van Opdrachtgever buiten gebruik.',
        'Leverancier stuurt Opdrachtgever binnen ${4:10} werkdagen na het herstel een rapport over de oorzaak, de gevolgen en de genomen maatregelen. Leverancier meldt het incident ook aan de markttoezichtautoriteit als de AI-verordening dat voorschrijft.',
      ].join('\n\n'),
      en: [
        'The Supplier shall report a serious incident involving the Algorithm to the Public Organisation within ${1:24} hours after discovering it. A serious incident includes at least an error or malfunction that leads to an incorrect decision about a person, to harm to health or to an infringement of fundamental rights.',
        'The Supplier shall notify the Public Organisation within ${2:2} working days if it finds that the Algorithm no longer complies with the Agreement or with the AI Act.',
        'The Supplier shall take corrective actions within ${3:10} working days after the notification. Until the cause has been remedied, the Supplier shall take the Algorithm out of use at the request of the Public Organisation.',
        'Within ${4:10} working days after the remedy, the Supplier shall send the Public Organisation a report on the cause, the consequences and the measures taken. The Supplier shall also report the incident to the market surveillance authority where the AI Act requires this.',
      ].join('\n\n'),
    },
  },
};

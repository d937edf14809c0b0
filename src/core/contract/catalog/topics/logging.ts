import { terms } from '../patterns';
import { aiAct, AI_ACT_APPLIES, mccAiHighRisk } from '../sources';
import type { ClauseTopic } from '../types';

/** Logs, not "logica", "logistiek" or "logo". */
const LOGS = terms(
  'log', 'logs', 'logging', '*logging', 'log~bestand*', 'log~boek*', 'log~gegevens', 'log~files?', 'logfile*', 'log~data',
  'audit~trails?', 'audit~logs?', 'event~logs?', 'gebeurtenissen~log*',
);

const RETENTION = terms(
  'bewaar*', 'bewaart', 'bewaren', 'bewaard', 'bewaartermijn*', 'opslag~termijn*', 'houdt (?:\\S+ ){0,6}beschikbaar',
  'retention', 'retain*', 'kept', 'keep', 'keeps', 'stored? for', 'maanden', 'months?', 'jaar', 'jaren', 'years?',
);

const AUTOMATIC = terms('automatisch*', 'automatic*');
const RECORD = terms(
  'vastleg*', 'vastgelegd', 'leg(?:t|gen)(?: \\S+){0,6} vast', 'registre*', 'geregistreerd', 'record*', 'logs', 'logged', 'log',
);
const EVENTS = terms(
  'gebeurtenis*', 'events?', 'beslissing*', 'decisions?', 'uitkomst*', 'outputs?', 'invoer*', 'inputs?', 'handeling*', 'actions?',
);

export const logging: ClauseTopic = {
  id: 'logging',
  title: {
    nl: 'Logging en bewaartermijn',
    en: 'Logging and retention',
  },
  explanation: {
    nl: 'Het algoritme legt gebeurtenissen en uitkomsten automatisch vast in logbestanden. Het contract regelt wat wordt vastgelegd, hoe lang de logs worden bewaard en hoe de gemeente erbij kan. Met logs kan de gemeente een besluit achteraf nagaan. De AI-verordening vraagt voor hoog-risico AI een bewaartermijn van ten minste zes maanden.',
    en: 'The algorithm automatically records events and outputs in logs. The contract states what is recorded, how long the logs are kept and how the municipality can access them. With logs, the municipality can trace a decision afterwards. For high-risk AI, the AI Act requires the logs to be kept for at least six months.',
  },
  sources: [
    mccAiHighRisk('Section B, Article 5: record-keeping'),
    aiAct('art. 12 (record-keeping)', AI_ACT_APPLIES.highRisk),
    aiAct('art. 19 (automatically generated logs, kept by the provider for at least six months)', AI_ACT_APPLIES.highRisk),
    aiAct('art. 26(6) (logs kept by the deployer for at least six months)', AI_ACT_APPLIES.highRisk),
  ],
  profiles: ['hoog-risico'],
  recognition: {
    headings: [
      LOGS,
      terms(
        'registratie van gebeurtenissen', 'record~keeping', 'bijhouden van registers', 'traceerbaarheid', 'traceability',
        'vastlegging van (?:gebeurtenissen|beslissingen|uitkomsten)',
      ),
    ],
    body: [
      [LOGS, RETENTION],
      [AUTOMATIC, RECORD, EVENTS],
    ],
  },
  coveredByConditions: [],
  snippetPrefix: { nl: 'artikel-logging', en: 'clause-logging' },
  modelClause: {
    heading: {
      nl: 'Logging',
      en: 'Logging',
    },
    body: {
      nl: [
        'Het Algoritme legt tijdens het gebruik automatisch vast welke gebeurtenissen zich voordoen. De logbestanden bevatten per uitkomst in ieder geval het tijdstip, de gebruikte invoergegevens, de versie van het Algoritme, de uitkomst en de medewerker die de uitkomst heeft beoordeeld.',
        'Leverancier bewaart de logbestanden ten minste ${1:12} maanden, tenzij een wettelijke regel een langere termijn voorschrijft. Leverancier beschermt de logbestanden tegen wijziging en verwijdering.',
        'Opdrachtgever heeft op elk moment toegang tot de logbestanden. Op verzoek levert Leverancier binnen ${2:5} werkdagen een export van de logbestanden in ${3:CSV}-formaat.',
        'Leverancier verwijdert de logbestanden binnen ${4:30} dagen na afloop van de bewaartermijn, tenzij Opdrachtgever schriftelijk vraagt ze langer te bewaren.',
      ].join('\n\n'),
      en: [
        'During use, the Algorithm shall automatically record the events that occur. For each output, the logs shall at least contain the time, the input data used, the version of the Algorithm, the output and the staff member who assessed the output.',
        'The Supplier shall keep the logs for at least ${1:12} months, unless a statutory rule requires a longer period. The Supplier shall protect the logs against alteration and deletion.',
        'The Public Organisation shall have access to the logs at all times. On request, the Supplier shall deliver, within ${2:5} working days, an export of the logs in ${3:CSV} format.',
        'The Supplier shall delete the logs within ${4:30} days after the retention period has ended, unless the Public Organisation asks in writing to keep them longer.',
      ].join('\n\n'),
    },
  },
};

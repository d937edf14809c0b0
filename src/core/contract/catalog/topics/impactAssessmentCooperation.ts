import { anyOf, terms } from '../patterns';
import { aiAct, AI_ACT_APPLIES, ALGORITHM_REGISTER_STANDARD, gdpr, mccAiHighRisk } from '../sources';
import type { ClauseTopic } from '../types';
import { PROVIDE } from '../vocabulary';

const ASSESSMENT = terms(
  'DPIA', 'DPIAs', "DPIA['’]s", 'IAMA', 'FRIA', "FRIA['’]s", '*effectbeoordeling*', 'impact~assessments?', 'impact~toets*',
  'mensenrechtentoets*', 'grondrechtentoets*', 'toets op (?:de )?(?:grondrechten|mensenrechten)',
  'fundamental rights impact assessments?', 'data protection impact assessments?',
);
const COOPERATE = anyOf(PROVIDE, terms(
  'medewerking', 'samenwerking', 'samen met', 'in overleg met', 'werkt (?:\\S+ ){0,4}mee', 'werken (?:\\S+ ){0,4}mee', 'meewerk*', 'mee te werken', 'ondersteun*', 'bijstand', 'informatie',
  'assist*', 'assistance', 'cooperat*', 'support*', 'information', 'jointly', 'together with', 'in consultation with',
));

const REGISTER = terms(
  'algoritme~register*', 'algoritmeregister*', 'algorithm~register*', 'register van algoritmes',
  'publicatiestandaard', 'publication standard',
);
const REGISTER_INFORMATION = anyOf(PROVIDE, terms(
  'informatie', 'gegevens', 'beschrijving*', 'aanlever*', 'publicatie', 'publiceren', 'information', 'descriptions?', 'publication', 'publish*',
));

export const impactAssessmentCooperation: ClauseTopic = {
  id: 'impact-assessment-cooperation',
  title: {
    nl: 'Medewerking aan DPIA, IAMA en Algoritmeregister',
    en: 'Cooperation with DPIA, FRIA and the Algorithm Register',
  },
  explanation: {
    nl: 'De gemeente moet vaak een DPIA doen. Bij de meeste hoog-risico AI moet zij ook de gevolgen voor grondrechten beoordelen: de FRIA, bijvoorbeeld met het IAMA. De leverancier levert daarvoor binnen een vaste termijn de informatie die de gemeente nodig heeft. Hij levert ook de informatie voor publicatie in het Algoritmeregister.',
    en: 'The municipality often has to carry out a DPIA. For most high-risk AI it must also assess the impact on fundamental rights: the FRIA, for example with the IAMA. The supplier provides the information the municipality needs for this within a fixed term. It also provides the information for publication in the Algorithm Register.',
  },
  sources: [
    gdpr('art. 35 (data protection impact assessment)'),
    gdpr('art. 28(3)(f) (processor assists with art. 32–36)'),
    aiAct('art. 27 (fundamental rights impact assessment by public bodies; not for Annex III point 2, critical infrastructure)', AI_ACT_APPLIES.highRisk),
    aiAct('art. 26(9) (deployer uses the information of art. 13 for its DPIA)', AI_ACT_APPLIES.highRisk),
    mccAiHighRisk('Section C: cooperation with the fundamental rights impact assessment'),
    ALGORITHM_REGISTER_STANDARD,
  ],
  profiles: ['hoog-risico', 'impactvol'],
  recognition: {
    headings: [
      ASSESSMENT,
      REGISTER,
    ],
    body: [
      [ASSESSMENT, COOPERATE],
      [REGISTER, REGISTER_INFORMATION],
    ],
  },
  coveredByConditions: [],
  snippetPrefix: { nl: 'artikel-impacttoets', en: 'clause-impact-assessment' },
  modelClause: {
    heading: {
      nl: 'Medewerking aan impacttoetsen en het Algoritmeregister',
      en: 'Cooperation with impact assessments and the Algorithm Register',
    },
    body: {
      nl: [
        'Leverancier werkt mee aan de gegevensbeschermingseffectbeoordeling (DPIA) en aan de beoordeling van de gevolgen voor grondrechten (FRIA of IAMA) die Opdrachtgever uitvoert. Leverancier levert de informatie die Opdrachtgever daarvoor vraagt binnen ${1:10} werkdagen na het verzoek.',
        "Leverancier levert voor deze beoordelingen in ieder geval een beschrijving van het doel, de werking, de gebruikte gegevens, de risico's en de maatregelen die Leverancier heeft genomen. Leverancier neemt op verzoek deel aan ten hoogste ${2:3} werksessies.",
        'Leverancier levert uiterlijk ${3:20} werkdagen na de ingangsdatum van de Overeenkomst de informatie die nodig is om het Algoritme te publiceren in het Algoritmeregister, volgens de publicatiestandaard van het Algoritmeregister. Leverancier actualiseert deze informatie binnen ${4:10} werkdagen na elke wijziging van het Algoritme.',
      ].join('\n\n'),
      en: [
        'The Supplier shall cooperate with the data protection impact assessment (DPIA) and with the fundamental rights impact assessment (FRIA or IAMA) that the Public Organisation carries out. The Supplier shall provide the information that the Public Organisation requests for this within ${1:10} working days after the request.',
        'For these assessments, the Supplier shall at least provide a description of the purpose, the functioning, the data used, the risks and the measures the Supplier has taken. On request, the Supplier shall take part in no more than ${2:3} working sessions.',
        'No later than ${3:20} working days after the effective date of the Agreement, the Supplier shall provide the information needed to publish the Algorithm in the Algorithm Register, in line with the publication standard of the Algorithm Register. The Supplier shall update this information within ${4:10} working days after each change to the Algorithm.',
      ].join('\n\n'),
    },
  },
};

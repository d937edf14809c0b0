import { anyOf, terms } from '../patterns';
import { gdpr, mccAiHighRisk } from '../sources';
import type { ClauseTopic } from '../types';
import { BUYER } from '../vocabulary';

/**
 * An audit, but not an audit trail or audit log (logging) and not the audit report of a
 * certification body (certification). "Controle" alone is too common ("kwaliteitscontrole",
 * acceptance checks), so it only counts together with a right of the buyer, like "audit" does.
 */
const AUDIT = terms(
  'audit(?!\\s{0,3}-?\\s{0,3}(?:trail|log|rapport|report|verklaring|statement))', 'audits', 'auditen', 'auditeren', 'geaudit',
  'auditrecht*', 'audit~recht*', 'audited', 'auditing',
  'controle', 'controles', 'controleren', 'te controleren', 'inspectie*', 'inspect', 'inspection', 'inspections',
  'compliance checks?', 'nalevingscontrole*',
);

const AUDITOR = terms(
  'auditor*', 'onafhankelijk* (?:deskundige|derde|partij|auditor|accountant)', 'accountant', 'toezichthouder*',
  'independent (?:auditor|expert|third party)', 'regulators?', 'supervisory authorit*',
);

const RIGHT = terms(
  'heeft het recht', 'hebben het recht', 'recht om', 'recht op', 'is gerechtigd', 'zijn gerechtigd', 'is bevoegd', 'zijn bevoegd',
  'mag', 'mogen', 'kan (?:\\S+ ){0,6}laten', 'laten (?:uitvoeren|verrichten|controleren|doen)', 'verleent (?:\\S+ ){0,4}toegang',
  'werkt (?:\\S+ ){0,4}mee', 'medewerking',
  'has the right', 'have the right', 'right to', 'is entitled', 'are entitled', 'may', 'permit*', 'allow*',
  'cooperat*', 'submit to', 'grant (?:\\S+ ){0,4}access',
);

/**
 * Examining or verifying, words that are too common to mean an audit on their own ("onderzoek naar
 * een storing", "verify the invoice"): they count only when an independent examiner does it on the
 * buyer's behalf, as in "Opdrachtgever mag door een onafhankelijke deskundige laten onderzoeken of
 * ..." or "the Customer may have the System examined by an independent auditor".
 */
const EXAMINE = terms(
  'onderzoek', 'onderzoeken', 'onderzoekt', 'onderzocht', 'doorlicht*',
  'examine', 'examines', 'examined', 'examining', 'examination', 'verify', 'verifies', 'verified', 'verification',
);
const INDEPENDENT_EXAMINER = terms(
  'auditor*', 'onafhankelijk* (?:deskundige|derde|partij|auditor|accountant)', 'externe (?:deskundige|auditor)',
  'independent (?:auditor|expert|third party|assessor)', 'external (?:auditor|expert|assessor)',
);

export const audit: ClauseTopic = {
  id: 'audit',
  title: {
    nl: 'Auditrecht',
    en: 'Right to audit',
  },
  explanation: {
    nl: 'De gemeente mag het algoritme, de gebruikte gegevens en de werkwijze van de leverancier laten controleren. Dat doet zij zelf of via een onafhankelijke auditor. Zo toetst de gemeente of de leverancier zich aan de afspraken en de wet houdt. De leverancier geeft daarvoor toegang tot informatie, systemen en medewerkers.',
    en: "The municipality may have the algorithm, the data used and the supplier's working methods checked. It does so itself or through an independent auditor. This lets the municipality test whether the supplier keeps to the agreement and the law. The supplier gives access to information, systems and staff for this.",
  },
  sources: [
    mccAiHighRisk('audits and compliance checks'),
    gdpr('art. 28(3)(h) (processor allows for and contributes to audits and inspections)'),
  ],
  profiles: ['hoog-risico', 'impactvol'],
  recognition: {
    headings: [
      terms(
        'audit(?!\\s{0,3}-?\\s{0,3}(?:trail|log))', 'audits', 'auditrecht*', 'audit~recht*', 'right to audit', 'audit rights?',
        'controle~recht*', 'recht (?:op|tot) controle', 'inspectie~recht*', 'compliance checks?', 'nalevingscontrole*',
        'toetsing door (?:een )?(?:onafhankelijke|externe) (?:deskundige|partij|auditor)',
      ),
    ],
    body: [
      [AUDIT, anyOf(BUYER, AUDITOR), RIGHT],
      [EXAMINE, INDEPENDENT_EXAMINER, BUYER, RIGHT],
    ],
  },
  coveredByConditions: [],
  snippetPrefix: { nl: 'artikel-audit', en: 'clause-audit' },
  modelClause: {
    heading: {
      nl: 'Audit',
      en: 'Audit',
    },
    body: {
      nl: [
        'Opdrachtgever heeft het recht om het Algoritme, de gebruikte gegevens en de processen van Leverancier te laten controleren door middel van een audit. Opdrachtgever voert de audit zelf uit of laat deze uitvoeren door een onafhankelijke auditor.',
        'Opdrachtgever kondigt een audit ten minste ${1:10} werkdagen vooraf schriftelijk aan. Opdrachtgever laat ten hoogste ${2:één} keer per kalenderjaar een audit uitvoeren, en daarnaast wanneer er een gegronde aanleiding is om te vermoeden dat Leverancier tekortschiet.',
        'Leverancier geeft de auditor binnen ${3:10} werkdagen na de aankondiging toegang tot de benodigde informatie, documentatie, systemen en medewerkers. Dit geldt ook voor onderaannemers van Leverancier.',
        'Leverancier draagt de kosten van zijn eigen medewerking. Blijkt uit de audit dat Leverancier tekortschiet, dan draagt Leverancier ook de kosten van de audit en herstelt hij de tekortkomingen binnen ${4:30} dagen na ontvangst van het auditrapport.',
      ].join('\n\n'),
      en: [
        "The Public Organisation has the right to have the Algorithm, the data used and the Supplier's processes audited. The Public Organisation carries out the audit itself or has it carried out by an independent auditor.",
        'The Public Organisation shall give at least ${1:10} working days\' written notice of an audit. It may have an audit carried out no more than ${2:once} per calendar year, and in addition whenever there is a well-founded reason to suspect that the Supplier is in breach.',
        "Within ${3:10} working days after the notice, the Supplier shall give the auditor access to the necessary information, documentation, systems and staff. This also applies to the Supplier's subcontractors.",
        'The Supplier shall bear the costs of its own cooperation. If the audit shows that the Supplier is in breach, the Supplier shall also bear the costs of the audit and shall remedy the shortcomings within ${4:30} days after receiving the audit report.',
      ].join('\n\n'),
    },
  },
};

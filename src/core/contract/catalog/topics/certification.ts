import { terms } from '../patterns';
import { BIO, gibit, ISO_27001, ISO_42001 } from '../sources';
import type { ClauseTopic } from '../types';

/** Standards and assurance reports that suppliers hold certificates or statements for. */
const STANDARD = terms(
  'ISO(?:/IEC)?\\s{0,2}-?\\d{4,5}(?:-\\d{1,2})?', 'NEN~7510', 'NEN~\\d{4,5}', 'ISAE\\s{0,2}\\d{4}', 'SOC\\s{0,2}2', 'BIO~verklaring*',
  'third party mededeling*', 'TPM',
);
const CERTIFIED = terms(
  'certific*', 'gecertificeerd', 'certificaat', 'certificaten', 'verklaring*', 'assurance', 'keurmerk*', 'attest*',
  'certified', 'certificates?', 'statements?', 'reports?',
);
const ACCREDITED = terms(
  'geaccrediteerd*', 'accreditatie', 'certificerende instelling*', 'certificatie~instelling*',
  'accredited', 'accreditation', 'certification bod(?:y|ies)',
);

export const certification: ClauseTopic = {
  id: 'certification',
  title: {
    nl: 'Certificering',
    en: 'Certification',
  },
  explanation: {
    nl: 'De leverancier toont met certificaten aan dat hij zijn processen op orde heeft. Denk aan ISO 27001 voor informatiebeveiliging en ISO/IEC 42001 voor het beheer van AI. Een geaccrediteerde instelling geeft het certificaat af. De leverancier houdt de certificaten geldig en meldt het aan de gemeente als een certificaat vervalt.',
    en: 'The supplier shows with certificates that its processes are in order. Examples are ISO 27001 for information security and ISO/IEC 42001 for managing AI. An accredited body issues the certificate. The supplier keeps its certificates valid and tells the municipality when a certificate lapses.',
  },
  sources: [
    gibit('Gemeentelijke ICT-kwaliteitsnormen'),
    ISO_27001,
    ISO_42001,
    BIO,
  ],
  profiles: ['hoog-risico'],
  recognition: {
    headings: [
      terms('certific*', 'certificering*', 'certificaat', 'certificaten', 'certification*', 'certificates?', 'keurmerk*', 'ISO~certific*'),
    ],
    body: [
      [STANDARD, CERTIFIED],
      [terms('gecertificeerd', 'certificaat', 'certificaten', 'certificering', 'certified', 'certification', 'certificates?'), ACCREDITED],
    ],
  },
  coveredByConditions: [],
  snippetPrefix: { nl: 'artikel-certificering', en: 'clause-certification' },
  modelClause: {
    heading: {
      nl: 'Certificering',
      en: 'Certification',
    },
    body: {
      nl: [
        'Leverancier beschikt gedurende de looptijd van de Overeenkomst over een geldig certificaat voor ${1:ISO/IEC 27001} en voor ${2:ISO/IEC 42001}. Een geaccrediteerde certificerende instelling heeft de certificaten afgegeven. De certificaten gelden voor de diensten die Leverancier onder de Overeenkomst levert.',
        'Leverancier stuurt Opdrachtgever uiterlijk op de ingangsdatum van de Overeenkomst een kopie van de certificaten en de verklaring van toepasselijkheid. Daarna stuurt Leverancier het nieuwe certificaat binnen ${3:10} werkdagen na elke hercertificering.',
        'Leverancier meldt het binnen ${4:5} werkdagen aan Opdrachtgever als een certificaat wordt ingetrokken, geschorst of niet wordt verlengd. Leverancier stelt dan binnen ${5:30} dagen een herstelplan op en voert dat uit.',
      ].join('\n\n'),
      en: [
        'Throughout the term of the Agreement, the Supplier shall hold a valid certificate for ${1:ISO/IEC 27001} and for ${2:ISO/IEC 42001}. The certificates shall be issued by an accredited certification body. They shall cover the services that the Supplier provides under the Agreement.',
        'No later than the effective date of the Agreement, the Supplier shall send the Public Organisation a copy of the certificates and the statement of applicability. After that, the Supplier shall send the new certificate within ${3:10} working days after each recertification.',
        'The Supplier shall notify the Public Organisation within ${4:5} working days if a certificate is withdrawn, suspended or not renewed. The Supplier shall then draw up and carry out a recovery plan within ${5:30} days.',
      ].join('\n\n'),
    },
  },
};

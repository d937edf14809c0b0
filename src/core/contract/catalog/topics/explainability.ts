import { allOf, anyOf, terms } from '../patterns';
import { aiAct, AI_ACT_APPLIES, gdpr, gibit, mccAiHighRisk, mccAiLight } from '../sources';
import type { ClauseTopic } from '../types';
import { ALGORITHM_OR_DECISION } from '../vocabulary';

/**
 * Explaining, in Dutch and English. Not "verklaart": in contracts that means "declares"
 * ("Leverancier verklaart dat het Algoritme voldoet"). Not a bare "uitleg" heading either: in
 * Dutch contract language "Uitleg" is the interpretation of the agreement ("Uitleg en rangorde").
 */
const EXPLAIN = terms(
  'uitleg', 'uitleggen', 'uitgelegd', 'leg(?:t|gen)(?: \\S+){0,8} uit', 'licht(?:en)?(?: \\S+){0,8} toe',
  'uit te leggen', 'toe te lichten', 'toelicht*', 'toegelicht', 'inzicht (?:\\S+ ){0,4}(?:geven|geeft|verschaft|verschaffen|biedt|bieden)',
  '(?:geeft|geven|verschaft|verschaffen|biedt|bieden)(?: \\S+){0,4} inzicht', 'inzichtelijk*',
  'verklaring van (?:de |het |een )?(?:uitkomst|beslissing|besluit|advies|score)*',
  'explain*', 'explanation*', 'begrijpelijk*', 'understandable', 'intelligible', 'comprehensible',
  // "beschrijft in gewone taal welke beslisregels ...": plain language is written for a reader to understand.
  'in (?:gewone|eenvoudige|heldere|duidelijke) (?:taal|woorden|bewoordingen)', 'in (?:plain|simple|clear|everyday) (?:language|words|terms)',
);

/**
 * A heading that asks how the system reaches an outcome: "Hoe de Module tot een voorstel komt",
 * "How the Model arrives at a score". Only as a heading, and not about the parties: "hoe ... tot
 * een besluit komt" can be about the parties' own decisions ("Hoe partijen tot een besluit komen").
 */
const HOW_IT_REACHES_AN_OUTCOME = terms(
  'hoe (?!partijen |opdrachtgever |leverancier |de gemeente |het college )(?:\\S+ ){0,3}tot (?:een |de |het |zijn |haar )?(?:uitkomst|voorstel|advies|besluit|beslissing|score|signaal|selectie|resultaat)\\S{0,2} (?:komt|komen|kwam)',
  'how (?!the parties |the customer |the supplier |the municipality )(?:\\S+ ){0,3}(?:arrives? at|reach(?:es)?|comes? to) (?:an? |the |its )?(?:outcomes?|decisions?|scores?|recommendations?|results?|proposals?|rankings?)',
);

/** Words that are about explainability on their own. */
const EXPLAINABILITY = terms(
  'uitlegbaar*', 'verklaarbaar*', 'explainab*', 'explainable', 'interpretab*',
  'onderliggende logica', 'logica die (?:\\S+ ){0,4}ten grondslag', 'logic involved', 'underlying logic',
);

const HOW_IT_WORKS = anyOf(ALGORITHM_OR_DECISION, terms('werking', 'werkt', 'functioneert', 'works', 'functioning', 'reasoning', 'factoren', 'factors'));

export const explainability: ClauseTopic = {
  id: 'explainability',
  title: {
    nl: 'Uitleg over de werking van het algoritme',
    en: 'Explanation of how the algorithm works',
  },
  explanation: {
    nl: 'De leverancier legt uit hoe het algoritme werkt en hoe het tot een uitkomst komt. Dat geldt ook voor een besluit over één inwoner. De uitleg is in gewone taal. Zo kan de gemeente haar besluiten verantwoorden en bezwaren behandelen. GIBIT 2023 vraagt dit van leveranciers van algoritmes.',
    en: 'The supplier explains how the algorithm works and how it reaches an outcome. This also applies to a decision about a single resident. The explanation is in plain language. This lets the municipality account for its decisions and handle objections. GIBIT 2023 asks this of suppliers of algorithms.',
  },
  sources: [
    gibit('thema Algoritmes: uitlegbaarheid'),
    mccAiHighRisk('Section B, Article 6: transparency of the AI system; explanation of individual decisions'),
    mccAiLight(),
    aiAct('art. 13 (transparency and provision of information to deployers)', AI_ACT_APPLIES.highRisk),
    aiAct('art. 86 (right to explanation of individual decision-making)', AI_ACT_APPLIES.highRisk),
    gdpr('art. 22 and art. 15(1)(h) (automated decisions; meaningful information about the logic involved)'),
  ],
  profiles: ['hoog-risico', 'impactvol'],
  recognition: {
    headings: [
      EXPLAINABILITY,
      allOf(terms('uitleg*', 'toelicht*', 'explanation*', 'explain*', 'inzicht', 'transparan*'), HOW_IT_WORKS),
      HOW_IT_REACHES_AN_OUTCOME,
    ],
    body: [
      [EXPLAINABILITY],
      [EXPLAIN, HOW_IT_WORKS],
    ],
  },
  coveredByConditions: [],
  snippetPrefix: { nl: 'artikel-uitleg', en: 'clause-explanation' },
  modelClause: {
    heading: {
      nl: 'Uitleg over de werking van het algoritme',
      en: 'Explanation of the algorithm',
    },
    body: {
      nl: [
        'Leverancier legt Opdrachtgever uit hoe het Algoritme werkt en hoe het tot een uitkomst komt. De uitleg beschrijft in ieder geval de gebruikte gegevens, de belangrijkste factoren en hun gewicht, en de bekende beperkingen.',
        'Leverancier levert deze uitleg schriftelijk en in begrijpelijke taal op taalniveau ${1:B1}, uiterlijk ${2:30} dagen na de ingangsdatum van de Overeenkomst. Leverancier werkt de uitleg bij binnen ${3:10} werkdagen na elke wijziging van het Algoritme.',
        'Op verzoek van Opdrachtgever legt Leverancier binnen ${4:5} werkdagen uit hoe het Algoritme tot een uitkomst over een individuele persoon is gekomen. Opdrachtgever mag deze uitleg gebruiken om een besluit te motiveren en om een bezwaar, klacht of verzoek van een betrokkene te behandelen.',
        'Leverancier weigert geen uitleg met een beroep op bedrijfsgeheimen of intellectuele eigendom. Vertrouwelijke informatie verstrekt Leverancier onder geheimhouding aan Opdrachtgever of aan een deskundige die Opdrachtgever aanwijst.',
      ].join('\n\n'),
      en: [
        'The Supplier shall explain to the Public Organisation how the Algorithm works and how it reaches an outcome. The explanation shall at least describe the data used, the main factors and their weight, and the known limitations.',
        'The Supplier shall provide this explanation in writing and in plain language at language level ${1:B1}, no later than ${2:30} days after the effective date of the Agreement. The Supplier shall update the explanation within ${3:10} working days after each change to the Algorithm.',
        'At the request of the Public Organisation, the Supplier shall explain within ${4:5} working days how the Algorithm reached an outcome about an individual person. The Public Organisation may use this explanation to state the reasons for a decision and to handle an objection, complaint or request from a data subject.',
        'The Supplier shall not refuse an explanation on the grounds of trade secrets or intellectual property. The Supplier shall disclose confidential information under a duty of confidentiality to the Public Organisation or to an expert it appoints.',
      ].join('\n\n'),
    },
  },
};

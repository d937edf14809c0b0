/**
 * The clause catalog: its shape (validateCatalog), the default requirements per risk profile,
 * and recognition. Recognition is tested with a table per topic, ESLint RuleTester style:
 * articles that must count as covering the topic (the catalog's own wording and paraphrases,
 * Dutch and English) and near misses that must not (stray words, other senses of a word).
 * Articles are Markdown as contracts write them: "## Artikel 9 <heading>", then "9.1 ...".
 */
import { strict as assert } from 'node:assert';
import {
  CLAUSE_CATALOG,
  DEFAULT_PROFILE_REQUIREMENTS,
  TOPIC_IDS,
  modelClauseArticle,
  profileRequirements,
  topicById,
  validateCatalog,
  type ClauseTopic,
  type TopicId,
} from '../../src/core/contract/catalog';
import { modelClauseParagraphs } from '../../src/core/contract/catalog/modelClause';
import { articleCoversTopic, bodyScopes, findTopicEvidence, headingTitle } from '../../src/core/contract/catalog/recognise';
import { parseSnippet, snippetText } from '../../src/core/contract/catalog/snippet';
import { EFFORT_WORDING } from '../../src/core/contract/catalog/validateCatalog';
import { LANGUAGES } from '../../src/core/finding';

/** Splits a Markdown article into its heading line and its body. */
function splitArticle(markdown: string): { heading: string; body: string } {
  const text = markdown.replace(/^\s*\n/, '');
  const newline = text.indexOf('\n');
  return newline === -1 ? { heading: text, body: '' } : { heading: text.slice(0, newline), body: text.slice(newline + 1) };
}

function covers(markdown: string, topic: ClauseTopic): boolean {
  const { heading, body } = splitArticle(markdown);
  return articleCoversTopic(heading, body, topic);
}

function coveredTopics(markdown: string): TopicId[] {
  return CLAUSE_CATALOG.filter((topic) => covers(markdown, topic)).map((topic) => topic.id);
}

interface RecognitionCases {
  covers: string[];
  doesNotCover: string[];
}

/** Per topic: articles that cover it, and near misses that do not. */
const RECOGNITION: Record<TopicId, RecognitionCases> = {
  explainability: {
    covers: [
      '## Artikel 9 Uitlegbaarheid\n\n9.1 Leverancier zorgt dat Opdrachtgever de werking kan verantwoorden.',
      '## Artikel 12 Algoritme\n\n12.1 Leverancier licht op verzoek van de gemeente schriftelijk toe hoe het algoritme tot een advies komt.',
      '## Artikel 7 Transparantie van het algoritme\n\n7.1 De gemeente kan altijd vragen stellen.',
      '## Artikel 8 Informatieplicht\n\n8.1 Leverancier verschaft de gemeente inzicht in de werking van het rekenmodel en in de factoren die een score bepalen.',
      '## Artikel 5 Werking\n\nLeverancier legt in eenvoudige woorden uit waarom het algoritme een aanvraag als risicovol aanmerkt.',
      '## Article 9 Explanation of individual decisions\n\n9.1 Upon request the Supplier shall set out the main parameters that led to a decision about a resident.',
      '## Article 4 Transparency\n\n4.1 The Supplier shall provide meaningful information about the logic involved in the scoring.',
      '## Article 11 The system\n\n11.1 The Supplier shall explain in plain language how the algorithm arrives at its outcomes.',
      '## Artikel 13 Informatie\n\n13.1 Leverancier is verplicht om op verzoek uit te leggen hoe het algoritme werkt.',
      '## Article 12 Caseworkers\n\n12.1 The Supplier shall make the reasoning behind each recommendation understandable to caseworkers.',
      '## Artikel 3 Beschrijving\n\n3.1 Leverancier beschrijft in gewone taal welke beslisregels de Module toepast en welke drempelbedragen gelden.',
      '## Article 6 The model\n\n6.1 The Supplier shall describe in plain language which factors the model weighs when it ranks a household.',
      '## Artikel 3 Hoe de Module tot een voorstel komt\n\n3.1 Zie Bijlage A.',
      '## Article 7 How the Model arrives at a score\n\n7.1 See Annex A.',
    ],
    doesNotCover: [
      // "Uitleg" in Dutch contract language: interpretation of the agreement.
      '## Artikel 30 Uitleg en rangorde\n\n30.1 Bij strijd tussen de Overeenkomst en een bijlage gaat de Overeenkomst voor.\n\n30.2 De uitleg van de Overeenkomst geschiedt naar Nederlands recht.',
      // "verklaart" is "declares".
      '## Artikel 6 Garanties\n\n6.1 Leverancier verklaart dat het Algoritme voldoet aan de AI-verordening.',
      // "licht toe" and "Algoritme" in different sub-clauses.
      '## Artikel 14 Beveiliging\n\n14.1 Leverancier licht de genomen beveiligingsmaatregelen jaarlijks toe.\n\n14.2 Leverancier houdt het Algoritme beschikbaar.',
      '## Article 3 Interpretation\n\n3.1 Headings are for convenience only and do not affect the interpretation of this Agreement.',
      '## Article 20 Invoicing\n\n20.1 The Supplier shall explain each invoice item on request.',
      '## Artikel 31 Facturen\n\n31.1 Leverancier stuurt begrijpelijke facturen.',
    ],
  },
  'data-ownership': {
    covers: [
      '## Artikel 10 Eigendom van gegevens\n\n10.1 Zie Bijlage B.',
      '## Artikel 11 Algoritme en data\n\n11.1 Leverancier mag de data van Opdrachtgever niet gebruiken om zijn eigen producten te verbeteren.',
      '## Artikel 12 Gebruik door Leverancier\n\n12.1 Leverancier mag gegevens alleen volledig geanonimiseerd gebruiken, en uitsluitend om het algoritme te verbeteren.',
      '## Artikel 13 Zeggenschap\n\n13.1 De zeggenschap over de persoonsgegevens en andere gegevens berust bij Opdrachtgever.',
      '## Article 8 Customer Data\n\n8.1 All Customer Data shall remain the property of the Customer.',
      '## Article 9 Use of the system\n\n9.1 The Supplier shall not use any data of the Municipality for its own purposes, including training other models.',
      '## Article 6 General\n\n6.1 The data sets provided by the Public Organisation remain with the Public Organisation.',
      '## Article 7 Training\n\n7.1 The Supplier shall not use Customer Data to train, retrain or improve any machine learning models.',
    ],
    doesNotCover: [
      // Intellectual property of the software, owned by the supplier.
      '## Artikel 15 Intellectuele eigendom\n\n15.1 Alle intellectuele eigendomsrechten op de programmatuur en de bijbehorende gegevensbestanden berusten bij Leverancier.',
      '## Artikel 16 Persoonsgegevens\n\n16.1 Partijen sluiten een verwerkersovereenkomst.',
      '## Artikel 17 Betaling\n\n17.1 Opdrachtgever betaalt binnen 30 dagen. De factuurgegevens blijven 7 jaar bewaard.',
      '## Article 12 Data protection\n\n12.1 The Supplier shall comply with the GDPR.',
      // A right to reuse the data is the opposite of the topic; another rule flags it.
      '## Article 19 Reuse\n\n19.1 The Supplier may use the data for its own purposes.',
    ],
  },
  audit: {
    covers: [
      '## Artikel 18 Auditrecht\n\n18.1 De gemeente kan eens per jaar een onderzoek laten doen.',
      '## Artikel 19 Toezicht\n\n19.1 Opdrachtgever is gerechtigd om door een onafhankelijke deskundige te laten controleren of het algoritme aan de afspraken voldoet.',
      '## Artikel 20 Samenwerking\n\n20.1 Leverancier werkt mee aan audits die de gemeente of een door haar aangewezen auditor uitvoert.',
      '## Article 14 Audits and compliance checks\n\n14.1 The Public Organisation may verify compliance at any time.',
      '## Article 15 Cooperation\n\n15.1 The Supplier shall allow the Customer, or an independent auditor appointed by the Customer, to inspect the algorithm, the data and the related processes.',
      '## Article 16 Verification\n\n16.1 The Municipality has the right to audit the AI system once a year.',
      '## Artikel 5 Onderzoek door of namens Opdrachtgever\n\n5.1 Opdrachtgever mag eenmaal per jaar door een onafhankelijke deskundige laten onderzoeken of de Module en de werkwijze van Leverancier aan de Overeenkomst voldoen.',
      '## Article 5 Inspection and verification\n\n5.1 The Customer may have the System and the Supplier\'s working methods examined once a year by an independent auditor of its choice.',
    ],
    doesNotCover: [
      // An audit trail is logging.
      '## Artikel 21 Exit\n\n21.1 Bij het einde van de Overeenkomst draagt Leverancier de audit trail over aan Opdrachtgever.',
      // The certification body's audit is no right of the buyer.
      '## Artikel 22 Certificering\n\n22.1 Leverancier laat jaarlijks een audit uitvoeren door een certificerende instelling en stuurt het auditrapport naar Opdrachtgever.',
      '## Artikel 23 Acceptatie\n\n23.1 Opdrachtgever voert een acceptatietest uit en mag de Programmatuur afkeuren.',
      '## Artikel 24 Kwaliteit\n\n24.1 Leverancier voert een interne kwaliteitscontrole uit voordat hij oplevert aan de gemeente.',
      '## Article 13 Logging\n\n13.1 The system keeps an audit log of all user actions. The Customer may export the audit log.',
      // Examining without an independent examiner for the buyer is no audit.
      '## Artikel 25 Storingen\n\n25.1 Leverancier onderzoekt elke storing en meldt de uitkomst binnen twee werkdagen aan Opdrachtgever.',
      '## Article 14 Invoices\n\n14.1 The Customer may verify each invoice before it pays.',
      '## Artikel 26 Jaarrekening\n\n26.1 Leverancier mag zijn jaarrekening laten onderzoeken door een onafhankelijke accountant.',
    ],
  },
  'technical-documentation': {
    covers: [
      '## Artikel 25 Documentatie\n\n25.1 Leverancier zorgt voor volledige documentatie.',
      '## Artikel 26 Informatie over het algoritme\n\n26.1 Leverancier stelt een technisch dossier op zoals bedoeld in bijlage IV bij de AI-verordening en houdt dit actueel.',
      '## Artikel 27 Gebruik\n\n27.1 Leverancier levert een handleiding voor medewerkers die met het algoritme werken.',
      '## Article 17 Instructions for use\n\n17.1 The Supplier shall deliver them in Dutch.',
      '## Article 18 Information\n\n18.1 The Supplier shall keep the documentation of the AI system up to date for every release.',
      '## Article 19 Deliverables\n\n19.1 The Supplier shall provide technical documentation describing the model architecture, training data and known limitations.',
      '## Artikel 27a Transparantie\n\nLeverancier overhandigt een modelkaart (model card) met de beschrijving van het model.',
    ],
    doesNotCover: [
      '## Artikel 28 Facturering\n\n28.1 Leverancier stuurt bij elke factuur de documentatie van de bestede uren mee.',
      // Handing documentation over at exit is exit, not a duty to document.
      '## Artikel 29 Exit\n\n29.1 Bij het einde van de Overeenkomst draagt Leverancier alle documentatie over het algoritme over aan Opdrachtgever.',
      '## Artikel 30 Archivering\n\n30.1 Leverancier bewaart de projectdocumentatie volgens de Archiefwet.',
      '## Article 21 Payment\n\n21.1 The Customer shall pay within 30 days after receipt of the invoice and supporting documentation.',
    ],
  },
  logging: {
    covers: [
      '## Artikel 31 Logging\n\n31.1 Leverancier richt dit in volgens Bijlage F.',
      '## Artikel 32 Vastlegging\n\n32.1 Het systeem registreert automatisch elke beslissing en de invoer waarop die is gebaseerd.',
      '## Artikel 33 Bewaren\n\n33.1 Leverancier bewaart de loggegevens ten minste twee jaar.',
      '## Article 22 Record-keeping\n\n22.1 As set out in Annex F.',
      '## Article 23 Operation\n\n23.1 The AI system shall automatically log every output together with the input data used.',
      '## Article 24 Operation\n\n24.1 Log files shall be retained for at least six months.',
    ],
    doesNotCover: [
      '## Artikel 34 Exit\n\n34.1 Bij beëindiging draagt Leverancier de logbestanden en overige gegevens over aan Opdrachtgever.',
      '## Artikel 35 Logistiek\n\n35.1 Leverancier levert de apparatuur op de locatie die Opdrachtgever aanwijst.',
      '## Artikel 36 Werking\n\n36.1 Leverancier beschrijft de logica van het algoritme.',
      "## Article 25 Branding\n\n25.1 The Supplier may not use the Customer's logo.",
      '## Article 26 Records\n\n26.1 Invoices are kept for seven years.',
      // Plain language about something other than the algorithm's workings.
      '## Artikel 37 Facturen\n\n37.1 Leverancier stelt zijn facturen op in gewone taal.',
      // How the parties, not the system, reach a decision.
      '## Artikel 38 Hoe partijen tot een besluit komen\n\n38.1 Partijen overleggen elk kwartaal over de voortgang.',
      '## Article 27 How the parties reach a decision\n\n27.1 The contract managers meet every quarter.',
    ],
  },
  'human-oversight': {
    covers: [
      '## Artikel 37 Menselijke tussenkomst\n\n37.1 Zie Bijlage G.',
      '## Artikel 38 Gebruik van het algoritme\n\n38.1 Een behandelaar kan het advies van het algoritme altijd terzijde leggen.',
      '## Artikel 39 Besluitvorming\n\n39.1 Een ambtenaar beoordeelt elke uitkomst van het algoritme.',
      '## Artikel 40 Stopfunctie\n\n40.1 Gebruikers kunnen het AI-systeem met één handeling stilzetten.',
      '## Article 27 Human oversight\n\n27.1 See Annex G.',
      '## Article 28 Use\n\n28.1 Caseworkers must be able to override or disregard any recommendation of the AI system.',
      '## Article 29 Decisions\n\n29.1 No decision with legal effect shall be based solely on automated processing by the Algorithm.',
      '## Artikel 41 Beslissingen\n\n41.1 De gemeente kan een uitkomst van het algoritme altijd terzijde leggen.',
      '## Artikel 7 De Consulent beslist\n\n7.1 De Module doet alleen voorstellen. Een Consulent beoordeelt elk voorstel voordat Opdrachtgever op de aanvraag beslist.',
      '## Artikel 8 Rol van de consulent\n\n8.1 De consulent kan een voorstel van het rekenmodel altijd naast zich neerleggen.',
      '## Article 8 The role of the officer\n\n8.1 An Officer assesses every referral and takes every decision on it.',
      '## Article 9 Control\n\n9.1 The System shall allow the Officer to set aside a score of the Model.',
      '## Article 10 Control\n\n10.1 The Customer may suspend the use of the Model at any time.',
      '## Article 11 Ranking\n\n11.1 A caseworker reviews every ranking and every proposal of the system.',
      '## Artikel 9 Signalen\n\n9.1 Een medewerker van de gemeente beoordeelt elk signaal van het rekenmodel.',
    ],
    doesNotCover: [
      // Only names the measures in a list.
      '## Artikel 41 Documentatie\n\n41.1 De documentatie noemt onder meer de maatregelen voor menselijk toezicht.',
      '## Artikel 42 Wijzigingen\n\n42.1 Leverancier mag het algoritme alleen aanpassen nadat gebruikers vooraf zijn geïnformeerd.',
      '## Artikel 43 Beëindiging\n\n43.1 Opdrachtgever kan de dienstverlening stoppen met een opzegtermijn van drie maanden.',
      '## Article 30 Support\n\n30.1 Users can report incidents to the service desk 24 hours a day.',
      "## Article 31 Staff\n\n31.1 The Supplier shall not replace key staff without the Customer's consent.",
      '## Article 32 Payment\n\n32.1 The Customer may suspend payment of any invoice for results that the Supplier has not delivered.',
      '## Article 33 Contract management\n\n33.1 The contract officer of the Customer reviews every invoice.',
      '## Artikel 44 Klachten\n\n44.1 Leverancier mag een klacht over de factuur naast zich neerleggen als die te laat is ingediend.',
    ],
  },
  'accuracy-robustness-security': {
    covers: [
      '## Artikel 44 Informatiebeveiliging\n\n44.1 Zie Bijlage H.',
      '## Artikel 45 Kwaliteit van het algoritme\n\n45.1 Het foutpercentage van het model is niet hoger dan 5 procent, gemeten op de testset in Bijlage C.',
      '## Artikel 46 Testen\n\n46.1 Leverancier laat elk jaar een pentest uitvoeren.',
      '## Artikel 47 Normen\n\n47.1 De dienstverlening voldoet aan de BIO.',
      '## Article 32 Accuracy and robustness\n\n32.1 As stated in Annex C.',
      '## Article 33 Quality\n\n33.1 The model shall be robust against adversarial inputs and data poisoning.',
      '## Article 34 Performance\n\n34.1 The AI system shall reach a precision of at least 90 percent on the validation set.',
    ],
    doesNotCover: [
      '## Artikel 48 Certificering\n\n48.1 Leverancier beschikt over een ISO 27001-certificaat.',
      // "nauwkeurig" about planning, "Prestaties" as the services.
      '## Artikel 49 Prestaties\n\n49.1 Leverancier levert de Prestaties nauwkeurig volgens de planning.',
      '## Artikel 50 Geheimhouding\n\n50.1 Partijen houden vertrouwelijke informatie geheim.',
      '## Article 35 Warranty\n\n35.1 The Supplier warrants that the invoices are accurate.',
      '## Article 36 Service levels\n\n36.1 The service shall be available 99.5 percent of the time, measured per month.',
    ],
  },
  'bias-monitoring': {
    covers: [
      '## Artikel 51 Non-discriminatie\n\n51.1 Zie Bijlage D.',
      '## Artikel 52 Kwaliteit\n\n52.1 Leverancier onderzoekt elk kwartaal of het risicomodel inwoners met een migratieachtergrond vaker selecteert, en rapporteert over mogelijke vooringenomenheid.',
      '## Artikel 53 Monitoring\n\n53.1 Leverancier monitort de uitkomsten doorlopend op ongelijke behandeling van groepen.',
      '## Article 37 Fairness\n\n37.1 See Annex D.',
      '## Article 38 Testing\n\n38.1 Before go-live the Supplier shall assess the model for discriminatory effects on protected groups.',
      '## Article 39 Data quality\n\n39.1 The Supplier shall examine the training data for possible biases and report the results.',
    ],
    doesNotCover: [
      '## Artikel 54 Social return\n\n54.1 Leverancier discrimineert niet bij de werving van personeel en rapporteert jaarlijks over de inzet van mensen met een afstand tot de arbeidsmarkt.',
      '## Artikel 55 Gelijkwaardigheid\n\n55.1 Leverancier behandelt alle verzoeken van Opdrachtgever gelijk.',
      "## Article 40 Code of conduct\n\n40.1 The Supplier's staff shall not discriminate against residents.",
      '## Article 41 Testing\n\n41.1 The Supplier shall test each release of the software before delivery.',
    ],
  },
  'risk-management': {
    covers: [
      '## Artikel 56 Risicobeheer\n\n56.1 Zie Bijlage I.',
      '## Artikel 57 Zorgplicht\n\n57.1 Leverancier houdt een risicomanagementsysteem bij dat de hele levenscyclus van het algoritme bestrijkt.',
      "## Artikel 58 Veiligheid en grondrechten\n\n58.1 Leverancier brengt de risico's voor grondrechten in kaart en neemt maatregelen om ze te beperken, zolang het algoritme in gebruik is.",
      '## Article 42 Risk management system\n\n42.1 See Annex I.',
      '## Article 43 Obligations\n\n43.1 The Supplier shall identify, evaluate and mitigate risks to health, safety and fundamental rights throughout the lifecycle of the AI system.',
      '## Article 44 Continuous review\n\n44.1 The Supplier shall operate a risk management process and review it every six months.',
      '## Artikel 59 Periodieke toets\n\n59.1 Leverancier voert periodiek een risicoanalyse uit op het algoritme en stelt passende beheersmaatregelen vast.',
    ],
    doesNotCover: [
      // The passing of risk at delivery.
      '## Artikel 59 Risico-overgang\n\n59.1 Het risico van verlies of beschadiging gaat over op Opdrachtgever bij aflevering.',
      "## Artikel 60 Verzekering\n\n60.1 Leverancier verzekert zich tegen de risico's van aansprakelijkheid voor schade aan gezondheid en veiligheid.",
      "## Artikel 61 DPIA\n\n61.1 De DPIA beschrijft de risico's voor de rechten en vrijheden van betrokkenen en de maatregelen om die te beperken.",
      '## Article 45 Liability\n\n45.1 Each party bears the risk of loss of its own equipment.',
      '## Article 46 Security\n\n46.1 The Supplier shall assess information security risks every year.',
      '## Artikel 62 Informatiebeveiliging\n\n62.1 Leverancier voert jaarlijks een risicoanalyse informatiebeveiliging uit.',
    ],
  },
  'impact-assessment-cooperation': {
    covers: [
      '## Artikel 62 DPIA\n\n62.1 Opdrachtgever voert een DPIA uit.',
      '## Artikel 63 Ondersteuning\n\n63.1 Leverancier ondersteunt de gemeente bij het invullen van het IAMA en beantwoordt vragen binnen tien werkdagen.',
      '## Artikel 64 Openbaarheid\n\n64.1 Leverancier levert de teksten aan die de gemeente nodig heeft voor het algoritmeregister.',
      '## Article 47 Fundamental rights impact assessment\n\n47.1 The Customer will carry out the assessment.',
      '## Article 48 Assistance\n\n48.1 The Supplier shall assist the Municipality with its data protection impact assessment.',
      '## Article 49 Publication\n\n49.1 The Supplier shall provide a description of the algorithm for publication in the national algorithm register.',
      '## Artikel 64a Samenwerking\n\nLeverancier voert de DPIA uit in samenwerking met Opdrachtgever.',
    ],
    doesNotCover: [
      // A DPIA that has been done, mentioned in passing.
      '## Artikel 65 Persoonsgegevens\n\n65.1 Opdrachtgever heeft een DPIA uitgevoerd. Partijen sluiten een verwerkersovereenkomst.',
      '## Artikel 66 Inschrijving\n\n66.1 Leverancier is ingeschreven in het Handelsregister en levert een uittreksel.',
      '## Article 50 Annexes\n\n50.1 Annex E contains the DPIA carried out by the Customer.',
      '## Article 51 Company details\n\n51.1 The Supplier is registered in the trade register.',
    ],
  },
  'ai-act-conformity': {
    covers: [
      '## Artikel 67 Naleving AI-verordening\n\n67.1 Leverancier houdt zich aan de regels.',
      '## Artikel 68 Voorwaarden voor ingebruikname\n\n68.1 Het AI-systeem draagt een CE-markering.',
      '## Artikel 69 Wettelijke eisen\n\n69.1 Leverancier voldoet als aanbieder aan alle verplichtingen van de AI-verordening voor AI-systemen met een hoog risico.',
      '## Article 52 Conformity assessment\n\n52.1 Before delivery.',
      '## Article 53 Legal compliance\n\n53.1 The Supplier shall register the high-risk AI system in the EU database before it is placed on the market.',
      '## Article 54 Quality\n\n54.1 The Supplier maintains a quality management system that meets Article 17 of the AI Act.',
    ],
    doesNotCover: [
      // A reference to the AI Act after another title is not this topic.
      '## Artikel 70 Menselijk toezicht (artikel 14 AI-verordening)\n\n70.1 Medewerkers kunnen uitkomsten negeren.',
      '## Artikel 71 Conformiteit en garantie\n\n71.1 Leverancier garandeert dat de Programmatuur voldoet aan de specificaties.',
      '## Artikel 72 Kwaliteitszorg\n\n72.1 Leverancier heeft een kwaliteitsmanagementsysteem dat is gecertificeerd volgens ISO 9001.',
      '## Article 55 Compliance with laws\n\n55.1 The Supplier shall comply with all applicable laws and regulations.',
      '## Article 56 Warranty\n\n56.1 The Supplier warrants that the software is in conformity with the specifications.',
    ],
  },
  'incidents-corrective-actions': {
    covers: [
      '## Artikel 73 Ernstige incidenten\n\n73.1 Zie Bijlage J.',
      '## Artikel 74 Storingen\n\n74.1 Leverancier meldt een storing in het algoritme die tot een verkeerde uitkomst leidt binnen 4 uur aan de gemeente.',
      '## Artikel 75 Herstel\n\n75.1 Leverancier treft corrigerende maatregelen als het systeem niet meer voldoet aan de eisen.',
      '## Artikel 76 Afwijkingen\n\n76.1 Stelt Leverancier vast dat het AI-systeem niet langer in overeenstemming is met de AI-verordening, dan informeert hij Opdrachtgever binnen twee werkdagen.',
      '## Article 57 Serious incidents\n\n57.1 See Annex J.',
      '## Article 58 Remedies\n\n58.1 The Supplier shall take corrective actions within five working days.',
      '## Article 59 Notification\n\n59.1 The Supplier shall notify the Customer within 24 hours of any malfunction of the AI system.',
      '## Artikel 76a Beveiliging\n\nLeverancier meldt een beveiligingsincident met het Algoritme binnen 24 uur aan Opdrachtgever.',
    ],
    doesNotCover: [
      // Service desk incident management is support, not serious incidents.
      '## Artikel 77 Incidentbeheer\n\n77.1 Opdrachtgever kan incidenten melden bij de servicedesk van Leverancier, op werkdagen van 8.00 tot 17.00 uur.',
      // Acceptance: "voldoet niet" at delivery, not a non-conformity arising in use.
      '## Artikel 78 Acceptatie\n\n78.1 Als het algoritme niet voldoet aan de acceptatiecriteria, meldt Opdrachtgever dit binnen tien werkdagen aan Leverancier.',
      '## Artikel 79 Datalekken\n\n79.1 Leverancier meldt een datalek binnen 24 uur aan Opdrachtgever.',
      '## Artikel 79a Beveiligingsincidenten\n\nLeverancier meldt beveiligingsincidenten binnen 24 uur aan Opdrachtgever.',
      '## Article 60 Support\n\n60.1 The Customer may report incidents to the service desk on working days.',
      '## Article 61 Defects\n\n61.1 If the software does not comply with the specifications, the Customer shall notify the Supplier within 10 days.',
    ],
  },
  certification: {
    covers: [
      '## Artikel 80 Certificaten\n\n80.1 Zie Bijlage K.',
      '## Artikel 81 Kwaliteitseisen\n\n81.1 Leverancier is gecertificeerd volgens ISO/IEC 42001 en houdt die certificering in stand.',
      '## Artikel 82 Zekerheid\n\n82.1 Leverancier overlegt elk jaar een ISAE 3402-verklaring over de dienstverlening.',
      '## Article 62 Certification\n\n62.1 See Annex K.',
      '## Article 63 Standards\n\n63.1 The Supplier holds an ISO 27001 certificate issued by an accredited body.',
      "## Article 64 Assurance\n\n64.1 The Supplier's certification must be issued by an accredited certification body.",
    ],
    doesNotCover: [
      '## Artikel 83 Beveiliging\n\n83.1 Leverancier voldoet aan de BIO en laat jaarlijks een pentest uitvoeren.',
      '## Artikel 84 Verklaringen\n\n84.1 Leverancier verklaart dat hij de Overeenkomst naar waarheid heeft ondertekend.',
      '## Artikel 85 Toegankelijkheid\n\n85.1 Leverancier werkt volgens NEN-EN 301 549.',
      '## Article 65 Financial position\n\n65.1 The Supplier shall provide a statement of its financial position.',
    ],
  },
  exit: {
    covers: [
      '## Artikel 86 Exitregeling\n\n86.1 Zie Bijlage L.',
      '## Artikel 87 Gevolgen van beëindiging\n\n87.1 Na afloop van de Overeenkomst zet Leverancier alle gegevens over naar een door Opdrachtgever aangewezen omgeving.',
      '## Artikel 88 Overstap\n\n88.1 Leverancier werkt mee aan de overgang naar een nieuwe leverancier.',
      '## Article 66 Exit management\n\n66.1 See Annex L.',
      '## Article 67 Termination\n\n67.1 Upon termination the Supplier shall return all Customer data in a machine-readable format.',
      '## Article 68 Transition\n\n68.1 The Supplier shall assist the transition to a successor supplier for six months.',
      '## Artikel 88a Medewerking\n\nLeverancier verleent medewerking aan de overdracht aan een opvolgende dienstverlener.',
    ],
    doesNotCover: [
      '## Artikel 89 Ontbinding\n\n89.1 Opdrachtgever kan de Overeenkomst ontbinden als Leverancier tekortschiet.',
      // Deleting personal data at the end is the processing agreement's business.
      '## Artikel 90 Verwerking\n\n90.1 Na afloop van de Overeenkomst verwijdert Leverancier alle persoonsgegevens.',
      '## Article 69 Term\n\n69.1 This Agreement ends on 31 December 2028 unless extended.',
      '## Article 70 Data transfer outside the EU\n\n70.1 The Supplier shall not transfer personal data outside the EEA.',
    ],
  },
  'processing-agreement': {
    covers: [
      '## Artikel 91 Verwerkersovereenkomst\n\n91.1 Zie Bijlage E.',
      '## Artikel 92 Rangorde en bijlagen\n\n92.1 De verwerkersovereenkomst in Bijlage E maakt deel uit van deze Overeenkomst.',
      '## Artikel 93 Rollen\n\n93.1 Leverancier is verwerker in de zin van artikel 28 AVG.',
      '## Artikel 94 Instructies\n\n94.1 Leverancier verwerkt persoonsgegevens alleen in opdracht van de gemeente.',
      '## Article 71 Data protection\n\n71.1 See Annex E.',
      '## Article 72 Roles\n\n72.1 The Supplier acts as a processor for the Customer, which is the controller.',
      '## Article 73 Schedules\n\n73.1 The parties shall sign the data processing agreement attached as Schedule 3.',
    ],
    doesNotCover: [
      // A passing reference, not the agreement itself.
      '## Artikel 95 Exit\n\n95.1 Leverancier vernietigt de gegevens met inachtneming van de Verwerkersovereenkomst.',
      '## Artikel 96 Verwerking van aanvragen\n\n96.1 Leverancier verwerkt de aanvragen van inwoners binnen vijf werkdagen.',
      '## Article 74 Order processing\n\n74.1 The Supplier shall process purchase orders within two days.',
      '## Article 75 Exit\n\n75.1 The Supplier shall delete the data in accordance with the data processing agreement.',
    ],
  },
  'change-management': {
    covers: [
      '## Artikel 97 Versiebeheer\n\n97.1 Zie Bijlage M.',
      '## Artikel 98 Onderhoud\n\n98.1 Leverancier traint het model alleen opnieuw na schriftelijke instemming van Opdrachtgever.',
      '## Artikel 99 Aanpassingen aan het algoritme\n\n99.1 Opdrachtgever moet hiermee vooraf akkoord gaan.',
      '## Artikel 100 Onderhoud\n\n100.1 Leverancier informeert de gemeente twee maanden voordat een nieuwe versie van het algoritme live gaat.',
      '## Article 76 Change management\n\n76.1 See Annex M.',
      "## Article 77 Maintenance\n\n77.1 The Supplier shall not retrain or otherwise modify the model without the Customer's prior written approval.",
      '## Article 78 Versions\n\n78.1 The Supplier shall notify the Customer 60 days before any update to the AI system.',
      '## Artikel 100a Productie\n\nLeverancier zal nieuwe modelversies niet zonder goedkeuring van Opdrachtgever in productie nemen.',
    ],
    doesNotCover: [
      // Amending the agreement is not changing the algorithm.
      '## Artikel 101 Wijziging van de Overeenkomst\n\n101.1 Wijzigingen van de Overeenkomst gelden alleen als Partijen die vooraf schriftelijk zijn overeengekomen.',
      '## Artikel 102 Documentatie\n\n102.1 Bij elke nieuwe versie van het algoritme werkt Leverancier de documentatie bij.',
      '## Artikel 103 Logregels\n\n103.1 Elke logregel vermeldt de versie van het algoritme en het tijdstip.',
      "## Article 79 Price changes\n\n79.1 The Supplier shall give three months' prior notice of any price change.",
      '## Article 80 Amendments\n\n80.1 Any amendment to this Agreement requires the prior written consent of both parties.',
    ],
  },
};

/** Boilerplate articles every contract has: they cover no topic. */
const BOILERPLATE = [
  '## Artikel 1 Begrippen\n\n1.1 Verwerkersovereenkomst: de overeenkomst als bedoeld in artikel 28 AVG.\n\n1.2 Exitplan: het plan waarin Leverancier beschrijft hoe hij de gegevens teruggeeft bij het einde van de Overeenkomst.\n\n1.3 Auditrecht: het recht van Opdrachtgever om het Algoritme te laten controleren.',
  '## Artikel 2 Toepasselijkheid\n\n2.1 Op deze Overeenkomst zijn de GIBIT 2023 van toepassing.\n\n2.2 Algemene voorwaarden van Leverancier zijn niet van toepassing.',
  '## Artikel 3 Prijzen en betaling\n\n3.1 Opdrachtgever betaalt de facturen binnen 30 dagen na ontvangst.\n\n3.2 Leverancier mag de prijzen één keer per jaar aanpassen aan de CBS-index.',
  '## Artikel 4 Aansprakelijkheid\n\n4.1 De aansprakelijkheid van Leverancier is per gebeurtenis beperkt tot € 1.000.000.\n\n4.2 Leverancier verzekert zich voldoende tegen dit risico.',
  '## Artikel 5 Geheimhouding\n\n5.1 Partijen houden vertrouwelijke informatie geheim, ook na het einde van de Overeenkomst.',
  '## Artikel 6 Looptijd\n\n6.1 De Overeenkomst gaat in op 1 januari 2026 en eindigt op 31 december 2029.',
  '## Artikel 7 Toepasselijk recht en geschillen\n\n7.1 Op de Overeenkomst is Nederlands recht van toepassing. Geschillen worden voorgelegd aan de rechtbank Den Haag.',
  '## Article 8 Governing law\n\n8.1 This Agreement is governed by Dutch law.',
  '## Article 9 Confidentiality\n\n9.1 Each party shall keep the other party\'s confidential information secret.',
  '## Article 10 Liability\n\n10.1 The Supplier\'s liability is limited to the contract value.',
];

describe('clause catalog', () => {
  describe('validateCatalog', () => {
    it('finds no problems in the built-in catalog', () => {
      assert.deepEqual(validateCatalog(CLAUSE_CATALOG), []);
    });

    it('has every topic once, in the order of TOPIC_IDS, and finds each by id', () => {
      assert.deepEqual(CLAUSE_CATALOG.map((topic) => topic.id), [...TOPIC_IDS]);
      for (const id of TOPIC_IDS) assert.equal(topicById(id).id, id);
      assert.equal(topicById('no-such-topic'), undefined);
    });

    // Each case breaks one thing in a copy of the catalog and names what the problem says.
    const broken: Array<{ title: string; change: (catalog: ClauseTopic[]) => void; expect: RegExp }> = [
      { title: 'a duplicated id', change: (c) => { c[1] = { ...c[1], id: 'explainability' }; }, expect: /occurs 2 times|is missing/ },
      { title: 'a missing topic', change: (c) => { c.splice(3, 1); }, expect: /technical-documentation.*missing|missing/ },
      { title: 'topics out of order', change: (c) => { [c[0], c[1]] = [c[1], c[0]]; }, expect: /order of TOPIC_IDS/ },
      { title: 'an empty English title', change: (c) => { c[0] = { ...c[0], title: { nl: 'Uitleg', en: ' ' } }; }, expect: /title\.en.*empty|is empty/ },
      {
        title: 'a sentence of more than 25 words in an explanation',
        change: (c) => { c[0] = { ...c[0], explanation: { ...c[0].explanation, nl: `${'woord '.repeat(30).trim()}.` } }; },
        expect: /sentence of 30 words/,
      },
      {
        title: 'a source without an ISO date',
        change: (c) => { c[0] = { ...c[0], sources: [{ ...c[0].sources[0], date: '5 december 2023' }] }; },
        expect: /not an ISO date/,
      },
      {
        title: 'an impossible date',
        change: (c) => { c[0] = { ...c[0], sources: [{ ...c[0].sources[0], date: '2023-02-30' }] }; },
        expect: /not an ISO date/,
      },
      {
        title: 'an AI Act source without appliesFrom',
        change: (c) => {
          const source = c[4].sources.find((s) => s.kind === 'ai-act')!;
          const { appliesFrom: _dropped, ...rest } = source;
          c[4] = { ...c[4], sources: [rest] };
        },
        expect: /says from when the article applies/,
      },
      {
        title: 'an AI Act appliesFrom that is no application date',
        change: (c) => { c[4] = { ...c[4], sources: [{ ...c[4].sources.find((s) => s.kind === 'ai-act')!, appliesFrom: '2026-08-01' }] }; },
        expect: /not one of the AI Act's application dates/,
      },
      {
        title: 'a GIBIT article number',
        change: (c) => { c[0] = { ...c[0], sources: [{ ...c[0].sources[0], article: 'artikel 23.4' }] }; },
        expect: /cite GIBIT by theme/,
      },
      {
        title: 'a stateful (global) pattern',
        change: (c) => { c[0] = { ...c[0], recognition: { ...c[0].recognition, headings: [/uitleg/giu] } }; },
        expect: /stateful flag/,
      },
      {
        title: 'a pattern that matches every text',
        change: (c) => { c[0] = { ...c[0], recognition: { ...c[0].recognition, body: [[/x*/iu]] } }; },
        expect: /matches an empty text/,
      },
      {
        title: 'a duplicated snippet prefix',
        change: (c) => { c[2] = { ...c[2], snippetPrefix: { ...c[2].snippetPrefix, nl: c[0].snippetPrefix.nl } }; },
        expect: /also the prefix of explainability/,
      },
      {
        title: 'a snippet prefix of the wrong form',
        change: (c) => { c[2] = { ...c[2], snippetPrefix: { ...c[2].snippetPrefix, en: 'Audit Clause' } }; },
        expect: /does not have the form/,
      },
      {
        title: 'effort wording in a model clause',
        change: (c) => {
          c[0] = { ...c[0], modelClause: { ...c[0].modelClause, body: { ...c[0].modelClause.body, nl: 'Leverancier legt zo spoedig mogelijk uit hoe het werkt.\n\nLeverancier doet dat naar beste vermogen.' } } };
        },
        expect: /effort wording "zo spoedig mogelijk"/,
      },
      {
        title: 'tab stops with a gap',
        change: (c) => {
          c[0] = { ...c[0], modelClause: { ...c[0].modelClause, body: { ...c[0].modelClause.body, en: 'Within ${1:5} days.\n\nWithin ${3:10} days.' } } };
        },
        expect: /not numbered 1 to 2 without gaps: 1, 3/,
      },
      {
        title: 'tab stops that go backwards',
        change: (c) => {
          c[0] = { ...c[0], modelClause: { ...c[0].modelClause, body: { ...c[0].modelClause.body, en: 'Within ${2:5} days.\n\nWithin ${1:10} days.' } } };
        },
        expect: /not in ascending order/,
      },
      {
        title: 'an unescaped dollar sign',
        change: (c) => {
          c[0] = { ...c[0], modelClause: { ...c[0].modelClause, body: { ...c[0].modelClause.body, en: 'It costs $ 100.\n\nIt is paid within ${1:30} days.' } } };
        },
        expect: /unescaped "\$"/,
      },
      {
        title: 'a single sub-clause',
        change: (c) => { c[0] = { ...c[0], modelClause: { ...c[0].modelClause, body: { ...c[0].modelClause.body, en: 'Only one.' } } }; },
        expect: /has 1 sub-clauses/,
      },
      {
        title: 'numbered sub-clauses',
        change: (c) => { c[0] = { ...c[0], modelClause: { ...c[0].modelClause, body: { ...c[0].modelClause.body, en: '1.1 One.\n\n1.2 Two.' } } }; },
        expect: /numbers its sub-clauses/,
      },
      { title: 'no profile', change: (c) => { c[0] = { ...c[0], profiles: [] }; }, expect: /names no risk profile/ },
    ];
    for (const { title, change, expect } of broken) {
      it(`reports ${title}`, () => {
        const copy = [...CLAUSE_CATALOG];
        change(copy);
        const problems = validateCatalog(copy);
        assert.ok(problems.some((problem) => expect.test(`${problem.topic ?? ''} ${problem.path} ${problem.message}`)), JSON.stringify(problems, null, 2));
      });
    }
  });

  describe('DEFAULT_PROFILE_REQUIREMENTS', () => {
    it('equals the table of the issue', () => {
      assert.deepEqual(DEFAULT_PROFILE_REQUIREMENTS, {
        'hoog-risico': [...TOPIC_IDS],
        impactvol: [
          'explainability', 'data-ownership', 'audit', 'technical-documentation', 'human-oversight', 'bias-monitoring',
          'impact-assessment-cooperation', 'incidents-corrective-actions', 'exit', 'processing-agreement', 'change-management',
        ],
        overig: ['data-ownership', 'exit', 'processing-agreement'],
      });
    });

    it('is derived from the entries', () => {
      assert.deepEqual(profileRequirements(CLAUSE_CATALOG), DEFAULT_PROFILE_REQUIREMENTS);
      const withoutExit = CLAUSE_CATALOG.map((topic) => (topic.id === 'exit' ? { ...topic, profiles: ['hoog-risico' as const] } : topic));
      assert.deepEqual(profileRequirements(withoutExit).overig, ['data-ownership', 'processing-agreement']);
    });
  });

  describe('sources', () => {
    it('cite the AI Act with the date from which the article applies', () => {
      const expected: Record<string, string> = {
        'art. 4 ': '2025-02-02',
        'art. 3(23)': '2025-02-02',
        'art. 6(1)': '2027-08-02',
        'art. 9 ': '2026-08-02',
        'art. 14 ': '2026-08-02',
        'art. 27 ': '2026-08-02',
        'art. 73 ': '2026-08-02',
        'art. 86 ': '2026-08-02',
      };
      const aiActSources = CLAUSE_CATALOG.flatMap((topic) => topic.sources).filter((source) => source.kind === 'ai-act');
      for (const [article, date] of Object.entries(expected)) {
        const source = aiActSources.find((s) => s.article?.startsWith(article));
        assert.ok(source, `a source cites ${article.trim()}`);
        assert.equal(source.appliesFrom, date, article);
      }
    });

    it('leave coveredByConditions empty: no GIBIT article was checked against the conditions\' own text', () => {
      for (const topic of CLAUSE_CATALOG) assert.deepEqual(topic.coveredByConditions, [], topic.id);
    });
  });

  describe('recognition', () => {
    for (const topic of CLAUSE_CATALOG) {
      describe(topic.id, () => {
        const cases = RECOGNITION[topic.id];
        it('has at least three articles that cover it and one that does not, in Dutch and in English', () => {
          for (const language of [/## Artikel/, /## Article/]) {
            assert.ok(cases.covers.filter((c) => language.test(c)).length >= 3, `${language} covers`);
            assert.ok(cases.doesNotCover.some((c) => language.test(c)), `${language} does not cover`);
          }
        });
        for (const article of cases.covers) {
          it(`covers: ${article.split('\n').filter(Boolean).join(' | ')}`, () => {
            assert.ok(covers(article, topic), 'not recognised');
          });
        }
        for (const article of cases.doesNotCover) {
          it(`does not cover: ${article.split('\n').filter(Boolean).join(' | ')}`, () => {
            assert.ok(!covers(article, topic), `recognised by ${JSON.stringify(findTopicEvidence(splitArticle(article).heading, splitArticle(article).body, topic))}`);
          });
        }
      });
    }

    it('finds no topic in boilerplate articles', () => {
      for (const article of BOILERPLATE) assert.deepEqual(coveredTopics(article), [], article);
    });

    it('never counts the definitions article, whatever it defines', () => {
      const definitions = '## Artikel 1 Begrippen\n\n1.1 Leverancier legt uit hoe het Algoritme werkt. Opdrachtgever heeft het recht het Algoritme te laten auditen.';
      assert.deepEqual(coveredTopics(definitions), []);
      assert.deepEqual(coveredTopics(definitions.replace('Begrippen', 'Uitvoering')).sort(), ['audit', 'explainability']);
    });

    it('requires a group within one sub-clause when the article has numbered sub-clauses', () => {
      const apart = '## Artikel 9 Diversen\n\n9.1 Leverancier licht de planning toe.\n\n9.2 Het Algoritme draait in de cloud.';
      const together = '## Artikel 9 Diversen\n\nLeverancier licht de planning toe. Het Algoritme draait in de cloud.';
      const explainability = topicById('explainability');
      assert.equal(covers(apart, explainability), false);
      assert.equal(covers(together, explainability), true);
    });

    it('says where it found the topic', () => {
      const article = '## Artikel 9 Diversen\n\n9.1 Partijen overleggen elk kwartaal.\n\n9.2 Leverancier legt uit hoe het Algoritme werkt.';
      const { heading, body } = splitArticle(article);
      const evidence = findTopicEvidence(heading, body, topicById('explainability'));
      assert.ok(evidence && evidence.scope === 'body');
      assert.equal(evidence.clause, '9.2');
      assert.match(body.slice(evidence.offset[0], evidence.offset[1]), /^9\.2 Leverancier legt uit/);
      assert.deepEqual(findTopicEvidence('## Artikel 9 Uitlegbaarheid', '', topicById('explainability')), { scope: 'heading' });
    });

    it('reads through Markdown emphasis', () => {
      assert.ok(covers('## Artikel 9 Meldingen\n\n9.1 Leverancier meldt elk **ernstig** incident aan Opdrachtgever.', topicById('incidents-corrective-actions')));
    });
  });

  describe('bodyScopes and headingTitle', () => {
    it('splits at sub-clause numbers; a sub-clause includes its own sub-clauses and lettered lists', () => {
      const body = 'Inleiding.\n\n9.1 Eerste:\na. een;\nb. twee.\n\n9.1.1 Onderdeel.\n\n9.2 Tweede.\n\n**9.3** Derde.';
      const scopes = bodyScopes(body).map((scope) => ({ number: scope.number, text: body.slice(scope.offset[0], scope.offset[1]).trim() }));
      assert.deepEqual(scopes, [
        { number: undefined, text: 'Inleiding.' },
        { number: '9.1', text: '9.1 Eerste:\na. een;\nb. twee.\n\n9.1.1 Onderdeel.' },
        { number: '9.1.1', text: '9.1.1 Onderdeel.' },
        { number: '9.2', text: '9.2 Tweede.' },
        { number: '9.3', text: '**9.3** Derde.' },
      ]);
    });

    it('takes "1." as sub-clause numbers only when there are no dotted numbers', () => {
      assert.deepEqual(bodyScopes('1. Een.\n2. Twee.').map((scope) => scope.number), ['1', '2']);
      assert.deepEqual(bodyScopes('9.1 Leverancier levert:\n1. uitleg;\n2. documentatie.').map((scope) => scope.number), ['9.1']);
      const plain = 'Geen nummers.\n\nTwee alinea\'s.';
      assert.deepEqual(bodyScopes(plain), [{ offset: [0, plain.length] }]);
    });

    it('strips heading marks and the article number', () => {
      assert.equal(headingTitle('## Artikel 9 Uitleg over het algoritme'), 'Uitleg over het algoritme');
      assert.equal(headingTitle('### Article 12a: Exit'), 'Exit');
      assert.equal(headingTitle('Menselijk toezicht'), 'Menselijk toezicht');
    });
  });

  describe('model clauses', () => {
    for (const language of LANGUAGES) {
      for (const topic of CLAUSE_CATALOG) {
        it(`${topic.id} (${language}) as an article covers its own topic and no other`, () => {
          const article = modelClauseArticle(topic, language, { articleNumber: '9', form: 'text' });
          assert.deepEqual(coveredTopics(article), [topic.id]);
        });

        it(`${topic.id} (${language}) covers its topic by its body alone`, () => {
          const { body } = splitArticle(modelClauseArticle(topic, language, { articleNumber: '9', form: 'text' }));
          const neutral = language === 'nl' ? '## Artikel 9 Overige afspraken' : '## Article 9 Other arrangements';
          assert.deepEqual(CLAUSE_CATALOG.filter((t) => articleCoversTopic(neutral, body, t)).map((t) => t.id), [topic.id]);
        });
      }
    }

    it('render as GIBIT-style articles with numbered sub-clauses and the tab stops kept in snippet form', () => {
      const audit = topicById('audit');
      const snippet = modelClauseArticle(audit, 'nl', { articleNumber: '12', form: 'snippet' });
      assert.match(snippet, /^## Artikel 12 Audit\n\n12\.1 Opdrachtgever heeft het recht/);
      assert.match(snippet, /\n\n12\.2 .*\$\{1:10\} werkdagen/);
      assert.equal(modelClauseParagraphs(audit.modelClause.body.nl).length, (snippet.match(/^12\.\d /gm) ?? []).length);
      const text = modelClauseArticle(audit, 'en', { articleNumber: '12', form: 'text', headingLevel: 3 });
      assert.match(text, /^### Article 12 Audit\n/);
      assert.doesNotMatch(text, /\$/);
      assert.match(text, /at least 10 working days' written notice/);
    });

    it('contain no effort wording, also after filling in the defaults', () => {
      for (const topic of CLAUSE_CATALOG) {
        for (const language of LANGUAGES) {
          const text = snippetText(topic.modelClause.body[language]);
          for (const pattern of EFFORT_WORDING) assert.doesNotMatch(text, pattern, `${topic.id} (${language})`);
        }
      }
    });

    it('use the same tab stops in Dutch and English', () => {
      for (const topic of CLAUSE_CATALOG) {
        const indexes = (language: 'nl' | 'en'): number[] => [...new Set(parseSnippet(topic.modelClause.body[language]).tabStops.map((s) => s.index))].sort();
        assert.deepEqual(indexes('nl'), indexes('en'), topic.id);
      }
    });
  });

  describe('a whole contract', () => {
    const contract = (language: 'nl' | 'en', leaveOut?: TopicId): string[] => [
      ...BOILERPLATE,
      ...CLAUSE_CATALOG.filter((topic) => topic.id !== leaveOut).map((topic, i) => modelClauseArticle(topic, language, { articleNumber: String(20 + i), form: 'text' })),
    ];
    const covered = (articles: string[]): Set<TopicId> => new Set(articles.flatMap(coveredTopics));

    for (const language of LANGUAGES) {
      it(`built from every model clause (${language}) covers every topic`, () => {
        assert.deepEqual([...covered(contract(language))].sort(), [...TOPIC_IDS].sort());
      });

      it(`missing one topic (${language}) is not counted as covering it`, () => {
        for (const id of TOPIC_IDS) {
          const found = covered(contract(language, id));
          assert.ok(!found.has(id), `${id} counted as covered without its article`);
          assert.equal(found.size, TOPIC_IDS.length - 1, id);
        }
      });
    }
  });

  describe('snippet syntax', () => {
    it('fills in defaults and first choices, and resolves escapes', () => {
      const parsed = parseSnippet('Binnen ${1:30} dagen, ${2|ja,nee|}, $3 en \\$ 100 \\} ${4}.');
      assert.equal(parsed.text, 'Binnen 30 dagen, ja,  en $ 100 } .');
      assert.deepEqual(parsed.tabStops.map((stop) => [stop.index, stop.defaultText]), [[1, '30'], [2, 'ja'], [3, ''], [4, '']]);
      assert.deepEqual(parsed.problems, []);
    });

    it('reports an unescaped dollar sign or brace', () => {
      assert.equal(parseSnippet('$ 5 and }').problems.length, 2);
    });
  });
});

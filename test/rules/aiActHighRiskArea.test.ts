import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ANNEX_III_AREAS } from '../../src/core/declaration/aiActVocabulary';
import { lintDeclaration } from '../../src/core/engine';
import { hasMessage, messageBundle } from '../../src/core/l10n/messages';
import { aiActHighRiskAreaRule } from '../../src/core/rules/declaration/aiActHighRiskArea';
import { runRuleTests, type InvalidCase, type ValidCase } from './declarationRuleTester';

const rule = aiActHighRiskAreaRule;

/** Negatives: wording a municipality uses for algorithms that are in no Annex III area. */
const valid: ValidCase[] = [
  {
    title: 'the record documents the outcome of the Art. 6(3) assessment',
    fields: {
      name: 'Vacaturematching voor werkzoekenden',
      description_short: 'Het algoritme zoekt passende vacatures bij het profiel van een werkzoekende.',
      risks: 'Wij hebben beoordeeld of artikel 6, lid 3 van de AI-verordening van toepassing is: het systeem doet alleen een voorbereidende taak en maakt geen profielen. Zie het verslag van de juridische toets.',
    },
  },
  {
    title: 'the record says it is no AI system',
    fields: {
      name: 'Toekenning kwijtschelding',
      description_short: 'Het algoritme berekent met vaste regels uit de verordening of iemand recht heeft op kwijtschelding van bijstand.',
      impacttoetsen: 'Dit is geen AI-systeem in de zin van de AI-verordening: het past alleen vaste rekenregels toe.',
    },
  },
  {
    title: 'sewer-pipe calculation',
    fields: {
      name: 'Rioleringsberekening',
      description_short: 'Het model berekent de afvoercapaciteit van rioolbuizen bij hevige regen.',
      goal: 'De uitkomst helpt bij het plannen van de vervanging van riolering en gemalen.',
      methods_and_models: 'Hydraulische berekening volgens de Leidraad Riolering.',
    },
  },
  {
    title: 'traffic model that advises where traffic lights are needed (no control)',
    fields: {
      name: 'Verkeersmodel 2030',
      description_short: 'Het verkeersmodel berekent de verkeersstromen en de drukte op kruispunten in 2030.',
      goal: 'De uitkomsten helpen bij de keuze waar nieuwe verkeerslichten nodig zijn.',
      category: ['Verkeer'],
    },
  },
  {
    title: 'simulation of how a new traffic light installation controls traffic',
    fields: {
      name: 'Simulatie kruispunt Stationsweg',
      description_short: 'Met de simulatie testen we hoe de nieuwe verkeersregelinstallatie het verkeer regelt.',
    },
  },
  {
    title: 'heat stress modelling',
    fields: {
      name: 'Hittestresskaart',
      description_short: 'Het model berekent de gevoelstemperatuur in de stad op een hete dag.',
      goal: 'Inzicht in plekken waar het te heet wordt, voor klimaatadaptatie.',
      methods_and_models: 'Een fysisch model; de aanpak berust niet op kunstmatige intelligentie.',
      category: ['Ruimte en infrastructuur', 'Zorg en gezondheid'],
    },
  },
  {
    title: 'water calculations that mention pumping stations and locks',
    fields: {
      name: 'Water berekeningen',
      description_short: 'Het model simuleert hoe water door de riolering en over straat stroomt.',
      goal: 'De berekening neemt de werking van gemalen en sluizen mee, en laat zien hoe ingrepen het water beter kunnen sturen.',
      tags: 'water, riolering, wateroverlast',
    },
  },
  {
    title: 'anonymisation of Woo documents about benefits and job applications',
    fields: {
      name: 'Anonimiseren',
      description_short: 'Het algoritme lakt persoonsgegevens in Woo-documenten, zoals besluiten over bijstand en sollicitatiebrieven.',
      goal: 'Documenten sneller en beter anonimiseren voordat we ze publiceren.',
      source_data: 'Alle documenten, ook met bijzondere persoonsgegevens zoals biometrische gegevens.',
    },
  },
  {
    title: 'e-mail classification that routes messages about benefits',
    fields: {
      name: 'E-mailclassificatie',
      description_short: 'Het algoritme sorteert binnenkomende e-mails van inwoners op onderwerp, zoals afval, parkeren of bijstand, en stuurt ze naar de juiste afdeling.',
    },
  },
  {
    title: 'fee (leges) calculation with a surcharge, for passport applications',
    fields: {
      name: 'Legesberekening',
      description_short: 'Berekent de leges bij de aanvraag van een paspoort, rijbewijs of omgevingsvergunning.',
      methods_and_models: 'Dit percentage kan positief (toeslag) of negatief (korting) zijn. Toeslagen en kortingen staan in de legesverordening.',
      inkooplint: { technique: 'regelgebaseerd' },
    },
  },
  {
    title: 'municipal tax calculation and WOZ valuation',
    fields: {
      name: 'WOZ-taxatiemodel',
      description_short: 'Taxatiemodellen berekenen de WOZ-waarde van woningen. De heffingsambtenaar stelt de aanslag onroerendezaakbelasting vast.',
      goal: 'Efficiënt en uniform belastingbedragen voor burgers en bedrijven berekenen.',
    },
  },
  {
    title: 'reports about public space (meldingen openbare ruimte)',
    fields: {
      name: 'Meldingen openbare ruimte',
      description_short: 'Inwoners melden overlast van personen, afval of een kapotte lantaarnpaal. Het algoritme bepaalt de categorie en de afdeling die de melding afhandelt.',
      category: ['Openbare orde en veiligheid'],
      methods_and_models: 'Logistische regressie op de woorden van de melding.',
    },
  },
  {
    title: 'chatbot that answers questions about benefits, passports and vacancies (Art. 50, not Annex III)',
    fields: {
      name: 'Virtuele assistent Sam',
      description_short: 'De chatbot beantwoordt vragen over de aanvraag van bijstand, een paspoort en vacatures bij de gemeente.',
      methods_and_models: 'Supervised machine learning kiest het beste antwoord uit een bibliotheek.',
    },
  },
  {
    title: 'chatbot that reads emotions in the text of a question',
    fields: {
      name: 'Chatbot Gem',
      description_short: 'De chatbot herkent emoties in de tekst van de vraag en past zijn toon aan.',
    },
  },
  {
    title: 'parking enforcement with licence plate cameras',
    fields: {
      name: 'Scanauto parkeerhandhaving',
      description_short: 'Scanauto\'s lezen kentekens en controleren of er parkeergeld is betaald.',
      goal: 'Een BOA (buitengewoon opsporingsambtenaar) beoordeelt de overtreding en legt een boete op. De gemeente is opsporingsinstantie.',
      category: ['Verkeer'],
    },
  },
  {
    title: 'zone enforcement by ANPR cameras that blur faces',
    fields: {
      name: 'Kentekencamerahandhaving milieuzone',
      description_short: 'ANPR-camera\'s controleren of voertuigen de milieuzone in mogen.',
      methods_and_models: 'Een algoritme voor objectherkenning herkent voertuigen. Een ander algoritme maakt gezichten op de foto wazig.',
      risks: 'Vermeende overtreders worden door een BOA gecontroleerd om te bepalen of er sprake is van een strafbare gedraging.',
    },
  },
  {
    title: '"selectie" alone is not recruitment',
    fields: { name: 'Selectie wegvakken', description_short: 'Het algoritme maakt een selectie van wegvakken met de meeste schade voor groot onderhoud.' },
  },
  {
    title: '"risico" alone is nothing',
    fields: { name: 'Risicokaart overstromingen', description_short: 'De kaart toont het risico op overstromingen per wijk.' },
  },
  {
    title: '"handhaving" alone is not law enforcement',
    fields: { name: 'Prioritering handhaving APV', description_short: 'Het algoritme rangschikt handhavingsverzoeken over illegale bouwwerken op urgentie.' },
  },
  {
    title: 'data migration is not migration',
    fields: { name: 'Migratie zaakgegevens', description_short: 'Migratie van zaakgegevens naar het nieuwe zaaksysteem, met controle op volledigheid.' },
  },
  {
    title: 'negated: no face recognition, only counting',
    fields: { name: 'Bezoekerstelling', description_short: 'Er wordt geen gezichtsherkenning gebruikt; camera\'s tellen alleen het aantal bezoekers.' },
  },
  {
    title: 'negated after the term',
    fields: { name: 'Drukte in het centrum', description_short: 'Camera\'s meten de drukte. Gezichtsherkenning wordt niet gebruikt.' },
  },
  {
    title: 'biometric data named as a special category of personal data',
    fields: { name: 'Zaaksysteem', description_short: 'Het systeem verwerkt geen bijzondere persoonsgegevens zoals biometrische gegevens of gegevens over gezondheid.' },
  },
  {
    title: 'already classified as a high-risk AI system',
    fields: {
      name: 'Cv-screening',
      publication_category: 'Hoog-risico AI-systeem',
      description_short: 'Het systeem rangschikt sollicitanten op basis van hun cv.',
    },
  },
  {
    title: 'creditworthiness of suppliers is not of natural persons',
    fields: { name: 'Leverancierscheck', description_short: 'De inkoopafdeling controleert de kredietwaardigheid van leveranciers voor een aanbesteding.' },
  },
  {
    title: 'room allocation to students is not admission to education',
    fields: { name: 'Kamertoewijzing', description_short: 'Toewijzing van kamers aan studenten op basis van inschrijfduur.' },
  },
  {
    title: 'school transport',
    fields: { name: 'Leerlingenvervoer', description_short: 'Toewijzing van leerlingenvervoer: beoordeling van aanvragen voor vervoer naar school.' },
  },
  {
    title: 'performance of the algorithm, not of workers',
    fields: { name: 'Routeplanning afval', description_short: 'De prestaties van het algoritme worden maandelijks gemeten. Medewerkers controleren de uitkomsten.' },
  },
  {
    title: 'productivity of workers as a benefit, not measured',
    fields: { name: 'Planning afvalinzameling', description_short: 'De software verhoogt de productiviteit van medewerkers van de reinigingsdienst.' },
  },
  {
    title: 'housing asylum seekers is not examining asylum applications',
    fields: { name: 'Huisvesting statushouders', description_short: 'Het algoritme verdeelt woningen voor statushouders en de opvang van asielzoekers over de wijken.' },
  },
  {
    title: 'English: traffic model for road planning',
    fields: { name: 'Traffic model', description_short: 'Calculates traffic flows for road planning and reports congestion.', lang: 'eng' },
  },
  {
    title: 'polling-station logistics',
    fields: { name: 'Drukte bij stembureaus', description_short: 'Voorspelt de drukte bij stembureaus, zodat er genoeg stembiljetten en medewerkers zijn.' },
  },
  {
    title: 'microsimulation of crossings with traffic lights (the purpose is simulation)',
    fields: {
      name: 'Microsimulatiemodellen geregelde kruispunten',
      source_data: 'Data over verkeersintensiteiten, en over hoe een met verkeerslichten geregeld kruispunt het beste kan worden ingericht.',
    },
  },
  {
    title: 'benefit data named only as a data source',
    fields: {
      name: 'Dashboard wijkteams',
      description_short: 'Toont per wijk het aantal meldingen en de wachttijd.',
      source_data: 'Bijstandsgegevens, gegevens over schuldhulpverlening en Wmo-voorzieningen: aanvragen en besluiten.',
    },
  },
  {
    title: 'aggregate forecast of Wmo use per neighbourhood',
    fields: {
      name: 'Wmo-voorspelmodel',
      description_short: 'Het model voorspelt het aantal gebruikers en de kosten van de Wmo per wijk, zes jaar vooruit.',
      risks: 'Het model doet geen uitspraken over individuele personen.',
    },
  },
  {
    title: 'subsidies for sports clubs',
    fields: { name: 'Subsidieaanvragen sport', description_short: 'Het algoritme controleert of een aanvraag van een sportvereniging compleet is.' },
  },
  {
    title: 'security of e-mail is not critical infrastructure',
    fields: { name: 'Veilig mailen', description_short: 'Het algoritme regelt de beveiliging van e-mails met gevoelige informatie.' },
  },
];

/** Positives for every area, with where each finding must point. */
const invalid: InvalidCase[] = [
  // Area 1: biometrics
  {
    title: '1: face recognition software at the counter (also a passport: area 5 prompt)',
    fields: {
      name: 'Gezichtsherkenningssoftware voor identiteitscontrole',
      description_short: 'De software vergelijkt het gezicht van de aanvrager met de foto in het paspoort.',
      methods_and_models: 'Deep learning.',
    },
    findings: [
      { key: 1, covers: 'Gezichtsherkenningssoftware', field: 'name', nlIncludes: '1-op-1-verificatie', enIncludes: '1:1 verification' },
      { key: 5, covers: 'paspoort', field: 'description_short', nlIncludes: 'paspoort, identiteitskaart of rijbewijs' },
    ],
  },
  {
    title: '1: cameras recognising people with an area ban',
    fields: { name: 'Slimme camera\'s uitgaansgebied', description_short: 'De camera\'s zorgen voor het herkennen van personen met een gebiedsverbod.' },
    findings: [{ key: 1, covers: 'herkennen van personen', field: 'description_short' }],
  },
  {
    title: '1: fingerprint scan for the town hall door (verification still prompts a check)',
    fields: { name: 'Toegang stadhuis', description_short: 'Medewerkers openen de deur van het stadhuis met een vingerafdrukscan.' },
    findings: [{ key: 1, covers: 'vingerafdrukscan', field: 'description_short' }],
  },
  {
    title: '1: English emotion recognition at the desk',
    fields: { name: 'Desk safety', description_short: 'Emotion recognition at the customer desk: the camera warns staff of aggression.', lang: 'eng' },
    findings: [{ key: 1, covers: 'Emotion recognition', field: 'description_short' }],
  },
  {
    title: '1: biometrics in a tag list',
    fields: { name: 'Toegangspoortjes', description_short: 'Poortjes bij het zwembad.', tags: 'toegang, biometrie, abonnement' },
    findings: [{ key: 1, covers: 'biometrie', field: 'tags' }],
  },
  {
    title: '1: fingerprints compared to verify an identity',
    fields: { name: 'Identiteitsverificatie', goal: 'Een algoritme vergelijkt twee vingerafdrukken om de identiteit van de houder te verifiëren.' },
    findings: [{ key: 1, covers: 'vingerafdrukken', field: 'goal' }],
  },
  {
    title: '1: face comparison written as separate words',
    fields: { name: 'Balie', proportionality: 'Het inzetten van gezicht vergelijking aan de balie helpt look-alike-fraude te voorkomen.' },
    findings: [{ key: 1, covers: 'gezicht vergelijking', field: 'proportionality' }],
  },
  {
    title: '5 (not 1): fingerprints taken for a passport; the application prompts a check',
    fields: { name: 'Paspoortaanvraag', description_short: 'Bij de aanvraag van een paspoort neemt de medewerker vingerafdrukken af.' },
    findings: [{ key: 5, covers: 'Paspoortaanvraag', field: 'name' }],
  },
  // Area 2: critical infrastructure
  {
    title: '2: algorithm steers the traffic lights (reported in the field with the control wording)',
    fields: { name: 'Slimme verkeerslichten', description_short: 'Het algoritme stuurt de verkeerslichten op de kruising aan op basis van de drukte.' },
    findings: [{ key: 2, covers: 'verkeerslichten', field: 'description_short', nlIncludes: 'Bijlage III, punt 2 (kritieke infrastructuur)' }],
  },
  {
    title: '2: English water supply control',
    fields: { name: 'Leak response', description_short: 'The system controls the pumps of the water supply and shuts them off when a leak is detected.', lang: 'eng' },
    findings: [{ key: 2, covers: 'water supply', field: 'description_short', enIncludes: 'Annex III, point 2 (critical infrastructure)' }],
  },
  {
    title: '2: switching off parts of the heating network',
    fields: { name: 'Storingsdetectie warmte', description_short: 'Het algoritme schakelt bij een storing automatisch delen van het warmtenet af.' },
    findings: [{ key: 2, covers: 'warmtenet', field: 'description_short' }],
  },
  {
    title: '2: an intelligent traffic light installation (iVRI) regulates traffic',
    fields: { name: 'Kruispunt Ringweg', description_short: 'Het algoritme in de iVRI regelt de verkeersstromen op het kruispunt.', type: 'Rule based' },
    findings: [{ key: 2, covers: 'iVRI', field: 'description_short', severity: 'info' }],
  },
  // Area 3: education
  {
    title: '3: school lottery and matching',
    fields: { name: 'Loting en matching middelbare scholen', description_short: 'Het algoritme verdeelt leerlingen over scholen op basis van voorkeuren en een loting.' },
    findings: [{ key: 3, covers: 'Loting', field: 'name', nlIncludes: 'Bijlage III, punt 3 (onderwijs en beroepsopleiding)' }],
  },
  {
    title: '3: automatic marking of tests',
    fields: { name: 'Automatisch nakijken van toetsen', description_short: 'De software beoordeelt de antwoorden van leerlingen op digitale toetsen.' },
    findings: [{ key: 3, covers: 'Automatisch nakijken', field: 'name' }],
  },
  {
    title: '3: online proctoring during exams',
    fields: { name: 'Examens inburgering', description_short: 'Online proctoring houdt toezicht tijdens de examens.' },
    findings: [{ key: 3, covers: 'proctoring', field: 'description_short' }],
  },
  {
    title: '3: English admission to vocational training',
    fields: { name: 'Student admission', description_short: 'The model ranks applicants for admission to the vocational training programme.', lang: 'eng' },
    findings: [{ key: 3, covers: 'admission', field: 'description_short' }],
  },
  // Area 4: employment
  {
    title: '4: CV screening in recruitment',
    fields: { name: 'Cv-screening bij werving en selectie', description_short: 'Het systeem rangschikt sollicitanten op basis van hun cv.' },
    findings: [{ key: 4, covers: 'Cv-screening', field: 'name', nlIncludes: 'Bijlage III, punt 4 (werkgelegenheid)', enIncludes: 'Annex III, point 4 (employment)' }],
  },
  {
    title: '4: vacancy matching for job seekers (the benefit alone is no decision)',
    fields: { name: 'Vacaturematching', description_short: 'Het algoritme koppelt werkzoekenden in de bijstand aan passende vacatures.' },
    findings: [{ key: 4, covers: 'Vacaturematching', field: 'name' }],
  },
  {
    title: '4: a compound: sollicitatiegesprek',
    fields: { name: 'Samenvatten van gesprekken', description_short: 'De software maakt een samenvatting van elk sollicitatiegesprek.' },
    findings: [{ key: 4, covers: 'sollicitatiegesprek', field: 'description_short' }],
  },
  {
    title: '4: measuring the productivity of workers',
    fields: { name: 'Dashboard klantcontact', description_short: 'Het systeem meet de productiviteit van medewerkers van het klantcontactcentrum per uur.' },
    findings: [{ key: 4, covers: 'productiviteit van medewerkers', field: 'description_short' }],
  },
  {
    title: '4: English recruitment assistant',
    fields: { name: 'Recruitment assistant', description_short: 'Screens job applications and ranks candidates for interviews.', lang: 'eng' },
    findings: [{ key: 4, covers: 'Recruitment', field: 'name' }],
  },
  {
    title: '4: rule-based selection of candidates is info',
    fields: { name: 'Interne vacatures', description_short: 'Het systeem selecteert kandidaten met beslisregels; er is geen zelflerend model.' },
    findings: [{ key: 4, covers: 'kandidaten', field: 'description_short', severity: 'info', nlIncludes: 'vaste regels', enIncludes: 'fixed rules' }],
  },
  {
    title: '4: a phrase split by HTML tags is found in the value as written',
    fields: { name: 'Planning', goal: '<p>Ondersteunt <em>werving</em> en selectie van nieuwe medewerkers.</p>' },
    findings: [{ key: 4, covers: 'werving</em> en selectie', field: 'goal' }],
  },
  // Area 5: essential services and benefits
  {
    title: '5: social assistance eligibility, and not area 4 for the duty to apply for jobs',
    fields: { name: 'Rechtmatigheidscontrole bijstand', description_short: 'Het algoritme controleert of bijstandsgerechtigden voldoen aan hun sollicitatieplicht.' },
    findings: [{ key: 5, covers: 'bijstand', field: 'name', nlIncludes: 'Bijlage III, punt 5 (essentiële diensten en uitkeringen)' }],
  },
  {
    title: '5: compound benefit decision (Wmo-aanvragen)',
    fields: { name: 'Wmo-aanvragen', description_short: 'Het systeem doet een voorstel voor een maatwerkvoorziening.' },
    findings: [{ key: 5, covers: 'Wmo-aanvragen', field: 'name' }],
  },
  {
    title: '5: debt assistance',
    fields: { name: 'Intake', description_short: 'Het algoritme toetst of een inwoner in aanmerking komt voor schuldhulpverlening.' },
    findings: [{ key: 5, covers: 'schuldhulpverlening', field: 'description_short' }],
  },
  {
    title: '5: creditworthiness of residents',
    fields: { name: 'Gemeentelijke kredietbank', description_short: 'Beoordeling van de kredietwaardigheid van inwoners die een lening aanvragen.' },
    findings: [{ key: 5, covers: 'kredietwaardigheid', field: 'description_short' }],
  },
  {
    title: '5: emergency call triage (112)',
    fields: { name: 'Triage van 112-meldingen', description_short: 'Het model bepaalt de urgentie van binnenkomende meldingen.' },
    findings: [{ key: 5, covers: '112', field: 'name' }],
  },
  {
    title: '5: driving licence application prompts a check (public services)',
    fields: { name: 'Online aanvraag rijbewijs', description_short: 'Het systeem controleert de gegevens en verwerkt eenvoudige aanvragen automatisch.' },
    findings: [{ key: 5, covers: 'rijbewijs', field: 'name', nlIncludes: 'publieke dienst', enIncludes: 'municipal public service' }],
  },
  {
    title: '5: burgerzaken inside a product name',
    fields: { name: 'iBurgerzaken e-diensten', description_short: 'Inwoners vragen burgerzakenproducten digitaal aan.' },
    findings: [{ key: 5, covers: 'iBurgerzaken', field: 'name' }],
  },
  {
    title: '5: technique regelgebaseerd lowers to info',
    fields: {
      name: 'Berekening bijzondere bijstand',
      description_short: 'Het systeem berekent de hoogte van de bijzondere bijstand.',
      inkooplint: { technique: 'regelgebaseerd' },
    },
    findings: [{ key: 5, covers: 'bijstand', field: 'name', severity: 'info' }],
  },
  {
    title: '5: technique zelflerend keeps the warning although the text says beslisregels',
    fields: {
      name: 'Advies bijzondere bijstand',
      description_short: 'Het systeem geeft een advies over de aanvraag voor bijzondere bijstand met beslisregels.',
      inkooplint: { technique: 'zelflerend' },
    },
    findings: [{ key: 5, covers: 'bijstand', field: 'description_short' }],
  },
  {
    title: '5: decision tree trained on data is machine learning, not rule-based',
    fields: {
      name: 'Advies bijzondere bijstand',
      description_short: 'Een beslisboom, getraind op historische aanvragen voor bijzondere bijstand, geeft een advies.',
    },
    findings: [{ key: 5, covers: 'bijstand', field: 'description_short' }],
  },
  {
    title: '5: the register\'s legacy type "Op regels gebaseerd" lowers to info',
    fields: { name: 'Eenmalige energietoeslag', type: 'Op regels gebaseerd', description_short: 'Bepaalt of een aanvrager recht heeft op een uitkering.' },
    findings: [{ key: 5, covers: 'uitkering', field: 'description_short', severity: 'info' }],
  },
  {
    title: '5: the first occurrence is negated, the second counts',
    fields: { name: 'Aanvragen', goal: 'Geen bijstand. Het algoritme beoordeelt aanvragen voor bijstand van jongeren.' },
    findings: [{ key: 5, covers: 'bijstand', field: 'goal', occurrence: 2 }],
  },
  {
    title: '5: HTML with an entity around the term',
    fields: { name: 'Advies', goal: '<p>De consulent ziet een advies over de <strong>aanvraag</strong> voor <em>bijzondere&nbsp;bijstand</em>.</p>' },
    findings: [{ key: 5, covers: 'bijstand', field: 'goal' }],
  },
  {
    title: '5: records are checked whatever their status',
    fields: { name: 'Heronderzoek bijstand', status: 'Buiten gebruik', description_short: 'Selecteert dossiers voor heronderzoek.' },
    findings: [{ key: 5, covers: 'bijstand', field: 'name' }],
  },
  // Area 6: law enforcement
  {
    title: '6: recidivism risk of young people',
    fields: { name: 'Risicotaxatie recidive jongeren', description_short: 'Het model schat in hoe groot de kans is dat jongeren opnieuw in de fout gaan.' },
    findings: [{ key: 6, covers: 'recidive', field: 'name', nlIncludes: 'Bijlage III, punt 6 (rechtshandhaving)' }],
  },
  {
    title: '6: signals about subversive crime',
    fields: { name: 'Signalen ondermijning', description_short: 'Het algoritme combineert signalen over ondermijning op adressen en geeft een risicoscore.' },
    findings: [{ key: 6, covers: 'ondermijning', field: 'name' }],
  },
  {
    title: '6: English predictive policing',
    fields: { name: 'Predictive policing pilot', description_short: 'Predicts where burglaries are likely.', lang: 'eng' },
    findings: [{ key: 6, covers: 'Predictive policing', field: 'name' }],
  },
  // Area 7: migration
  {
    title: '7: age assessment of asylum seekers',
    fields: { name: 'Leeftijdsschatting', description_short: 'Het model helpt bij de beoordeling van de leeftijd van asielzoekers.' },
    findings: [{ key: 7, covers: 'asielzoekers', field: 'description_short', nlIncludes: 'Bijlage III, punt 7 (migratie, asiel en grenstoezicht)' }],
  },
  {
    title: '7: English triage of visa applications',
    fields: { name: 'Triage of visa applications', description_short: 'Sorts applications by risk.', lang: 'eng' },
    findings: [{ key: 7, covers: 'visa applications', field: 'name' }],
  },
  // Area 8: justice and democratic processes
  {
    title: '8: voting advice for municipal elections',
    fields: { name: 'Stemhulp gemeenteraadsverkiezingen', description_short: 'Inwoners vullen stellingen in en zien welke partij het best past.' },
    findings: [{ key: 8, covers: 'gemeenteraadsverkiezingen', field: 'name', nlIncludes: 'Bijlage III, punt 8 (rechtsbedeling en democratische processen)' }],
  },
  {
    title: '8: election results: candidates are not job candidates',
    fields: { name: 'Uitslagberekening verkiezingen', description_short: 'De software berekent de zetelverdeling en rangschikt de kandidaten per lijst op voorkeurstemmen.' },
    findings: [{ key: 8, covers: 'Uitslagberekening', field: 'name' }],
  },
  {
    title: '8: English voter targeting',
    fields: { name: 'Voter outreach', description_short: 'Targets voters with tailored messages before the municipal elections.', lang: 'eng' },
    findings: [{ key: 8, covers: 'Voter', field: 'name' }],
  },
  // Offsets in other shapes of file
  {
    title: 'JSON with escapes before the term',
    fileName: 'x.algoritme.json',
    text: `${JSON.stringify({ name: 'Selectie', publication_category: 'Overige algoritmes', goal: 'Regel 1\nDe "cv-screening" rangschikt\tsollicitanten.' }, null, 2)}\n`,
    findings: [{ key: 4, covers: 'cv-screening', field: 'goal' }],
  },
  {
    title: 'YAML block scalar',
    text: 'name: Planning\npublication_category: Overige algoritmes\ngoal: |\n  Eerste regel.\n  Het systeem rangschikt sollicitanten.\n',
    findings: [{ key: 4, covers: 'sollicitanten', field: 'goal' }],
  },
  {
    title: 'a register export: the pointer names the record',
    fileName: 'x.algoritme.json',
    text: JSON.stringify([
      { name: 'Zivver', publication_category: 'Overige algoritmes', description_short: 'Helpt e-mails veilig te versturen.' },
      { name: 'Werving en selectie', publication_category: 'Overige algoritmes', description_short: 'Rangschikt sollicitanten.' },
    ], null, 2),
    findings: [{ key: 4, covers: 'Werving en selectie', field: 'name' }],
  },
  {
    title: 'a record without publication_category is checked too',
    fields: { name: 'Matching', publication_category: undefined, description_short: 'Vacature-matching voor werkzoekenden.' },
    findings: [{ key: 4, covers: 'Vacature-matching', field: 'description_short' }],
  },
];

describe('declaration/ai-act-high-risk-area', () => {
  runRuleTests(
    {
      rule,
      property: 'annexIIIPoint',
      nlMention: (point) => `Bijlage III, punt ${point}`,
      enMention: (point) => `Annex III, point ${point}`,
    },
    valid,
    invalid,
  );

  it('has tested positives for every Annex III area', () => {
    const covered = new Set(invalid.flatMap((testCase) => testCase.findings.map((finding) => finding.key)));
    for (const area of ANNEX_III_AREAS) assert.ok(covered.has(area.point), `area ${area.point}`);
  });

  it('reports one finding per record and area', () => {
    const text = 'name: Werving en selectie\ngoal: Sollicitanten en vacatures. Cv-screening van sollicitanten.\n';
    const findings = lintDeclaration(text, { fileName: 'x.algoritme.yaml', rules: [rule] }).findings;
    assert.equal(findings.length, 1);
  });

  it('has every message it can report, in Dutch and English', () => {
    const ids = new Set<string>();
    for (const area of ANNEX_III_AREAS) {
      ids.add(`area-${area.point}`);
      for (const term of area.terms) if (term.messageId) ids.add(term.messageId);
    }
    for (const id of ids) {
      assert.ok(hasMessage(`${rule.meta.id}.${id}`), id);
      assert.ok(hasMessage(`${rule.meta.id}.${id}-rule-based`), `${id}-rule-based`);
    }
  });

  it('writes its Dutch messages in short sentences', () => {
    for (const [id, text] of Object.entries(messageBundle('nl'))) {
      if (!id.startsWith(rule.meta.id)) continue;
      for (const sentence of text.split(/(?<=[.?!])\s+/)) assert.ok(sentence.split(/\s+/).length <= 25, `${id}: ${sentence}`);
    }
  });

  describe('real supplier templates (test/fixtures/corpus/templates)', () => {
    /**
     * Decided per record, from its text:
     * - Centric Burgerzaken (0, 1): burgerzaken products; the prompt to check public services; rule-based (type, "Beslisbomen").
     * - Centric Sociaal Domein (2, 3): decisions on social assistance (bijstand, uitkeringen); rule-based.
     * - Oribi: face comparison at the counter: biometrics (1:1 verification, so the message's note applies); deep learning.
     * - PinkRoccade iBurgerzaken: burgerzaken e-services; no statement that it is rule-based.
     * - PinkRoccade CiVision: calculates and grants income support (inkomensregelingen, Wmo, youth care); "businesslogica".
     * Not flagged: anonymisation tools, secure e-mail (Zivver, Contec), heat stress (Tygron), water calculations
     * (Nelen & Schuurmans), ANPR zone enforcement (Brickyard), leges, local taxes and WOZ (Centric 4-6), reports about public
     * space (Amsterdam), the chatbot Gem (Tilburg), and vrijBRP's risk analysis of address changes (Procura), which only
     * lists travel-document and driving-licence data among its sources.
     */
    const expected: Record<string, { point: number; severity: string; covers: string }> = {
      'centric.json#0': { point: 5, severity: 'info', covers: 'Burgerzaken' },
      'centric.json#1': { point: 5, severity: 'info', covers: 'Burgerzaken' },
      'centric.json#2': { point: 5, severity: 'info', covers: 'uitkeringen' },
      'centric.json#3': { point: 5, severity: 'info', covers: 'uitkeringsaanvragen' },
      'oribi.json#0': { point: 1, severity: 'warning', covers: 'Gezichtsvergelijking' },
      'pinkroccade.json#0': { point: 5, severity: 'warning', covers: 'iBurgerzaken' },
      'pinkroccade.json#1': { point: 5, severity: 'info', covers: 'inkomensregelingen' },
    };
    const dir = join(__dirname, '..', 'fixtures', 'corpus', 'templates');
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
      const text = readFileSync(join(dir, file), 'utf8');
      const records = JSON.parse(text) as Array<{ name: string }>;
      const findings = lintDeclaration(text, { fileName: file, rules: [rule] }).findings;
      records.forEach((record, index) => {
        const want = expected[`${file}#${index}`];
        it(`${file} #${index} ${record.name}: ${want ? `area ${want.point}` : 'not flagged'}`, () => {
          const mine = findings.filter((finding) => finding.pointer?.startsWith(`/${index}/`));
          const got = mine.map((finding) => ({ point: finding.properties?.annexIIIPoint, severity: finding.severity, covers: text.slice(finding.offset[0], finding.offset[1]) }));
          assert.deepEqual(got, want ? [want] : []);
        });
      });
    }
  });
});

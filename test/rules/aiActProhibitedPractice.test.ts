import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROHIBITED_PRACTICES } from '../../src/core/declaration/aiActVocabulary';
import { lintDeclaration } from '../../src/core/engine';
import { hasMessage, messageBundle } from '../../src/core/l10n/messages';
import { aiActProhibitedPracticeRule } from '../../src/core/rules/declaration/aiActProhibitedPractice';
import { runRuleTests, type InvalidCase, type ValidCase } from './declarationRuleTester';

const rule = aiActProhibitedPracticeRule;

const valid: ValidCase[] = [
  {
    title: 'face comparison at the counter (1:1 verification, not real-time identification in public)',
    fields: {
      name: 'Gezichtsvergelijking aan de balie',
      description_short: 'Het algoritme vergelijkt een live vastgelegde gezichtsopname met de foto op een identiteitsdocument.',
      goal: 'Identiteitsfraude voorkomen bij de aanvraag van een paspoort.',
    },
  },
  {
    title: 'a chatbot that reads emotions in messages and adjusts its tone',
    fields: { name: 'Chatbot', description_short: 'De chatbot herkent emoties in berichten van inwoners en medewerkers en past de toon aan.' },
  },
  {
    title: '"score" alone is nothing',
    fields: { name: 'Prioritering meldingen', description_short: 'Het algoritme geeft elke melding een prioriteitsscore. Inwoners krijgen sneller antwoord.' },
  },
  {
    title: 'a risk score on address changes is not social scoring',
    fields: { name: 'Risicoanalyse verhuizingen', description_short: 'Leveren de controles een score op boven een drempelwaarde? Dan beoordeelt een ambtenaar de aangifte.' },
  },
  {
    title: 'manipulation of data is a security risk, not manipulation of people',
    fields: { name: 'Logging', description_short: 'Logging voorkomt manipulatie van gegevens door medewerkers of gebruikers.' },
  },
  {
    title: 'detecting exploitation of vulnerable workers is countering it',
    fields: { name: 'Signalen arbeidsuitbuiting', description_short: 'Het algoritme signaleert misbruik van de kwetsbare positie van arbeidsmigranten, zodat de inspectie kan ingrijpen.' },
  },
  {
    title: 'software vulnerabilities',
    fields: { name: 'Pentest', description_short: 'De pentest onderzoekt of aanvallers kwetsbaarheden in de software kunnen misbruiken.' },
  },
  {
    title: 'harms named in risks are not what the algorithm does',
    fields: { name: 'Klantcontact', description_short: 'Routeert vragen naar de juiste afdeling.', risks: 'Het systeem mag nooit gebruikt worden voor sociale scoring of emotieherkenning bij medewerkers.' },
  },
  {
    title: 'negated emotion recognition',
    fields: { name: 'Teamdashboard', description_short: 'Er is geen sprake van emotieherkenning bij medewerkers.' },
  },
  {
    title: 'scraping job ads is not scraping faces',
    fields: { name: 'Arbeidsmarktmonitor', description_short: 'We scrapen vacatures van websites van werkgevers.' },
  },
  {
    title: 'anonymisation that recognises special categories of data',
    fields: { name: 'Anonimiseren', description_short: 'Het anonimiseringsalgoritme herkent bijzondere persoonsgegevens, zoals ras, religie, gezondheid en biometrische gegevens in foto\'s en teksten.' },
  },
  {
    title: 'counting people in public space without face recognition',
    fields: { name: 'Drukte centrum', description_short: 'Camera\'s tellen live het aantal bezoekers op straat, zonder gezichtsherkenning. De politie krijgt een melding bij grote drukte.' },
  },
  {
    title: 'recidivism risk on criminal record and interviews (high-risk, not solely profiling)',
    fields: { name: 'Risicotaxatie', description_short: 'Het model schat het risico op recidive in op basis van het strafblad en gesprekken met de reclassering.' },
  },
  {
    title: 'live face recognition without a law-enforcement purpose is not point h',
    fields: { name: 'Fotoservice festival', description_short: 'Bezoekers vinden hun eigen foto\'s via live gezichtsherkenning op het festivalterrein.' },
  },
];

const invalid: InvalidCase[] = [
  {
    title: 'a: subliminal messages',
    fields: { name: 'Betaalapp', description_short: 'De app gebruikt subliminale boodschappen om inwoners sneller te laten betalen.' },
    findings: [{ key: 'a', covers: 'subliminale', field: 'description_short', nlIncludes: 'artikel 5, lid 1, onder a', enIncludes: 'Article 5(1)(a)' }],
  },
  {
    title: 'a: manipulating behaviour of users',
    fields: { name: 'Nudging-module', description_short: 'Het ontwerp manipuleert het gedrag van gebruikers zodat zij minder bezwaar maken.' },
    findings: [{ key: 'a', covers: 'manipuleert', field: 'description_short' }],
  },
  {
    title: 'b: playing on the vulnerability of people in debt',
    fields: { name: 'Leningen', description_short: 'De app speelt in op de kwetsbaarheid van mensen met schulden om hen een dure lening te laten afsluiten.' },
    findings: [{ key: 'b', covers: 'speelt in op de kwetsbaarheid', field: 'description_short', nlIncludes: 'onder b' }],
  },
  {
    title: 'c: a social score for tenants',
    fields: { name: 'Sociale score voor huurders', description_short: 'Met een lage score komen bewoners later in aanmerking voor een woning.' },
    findings: [{ key: 'c', covers: 'Sociale score', field: 'name', nlIncludes: 'sociale scoring' }],
  },
  {
    title: 'c: points for behaviour with less help as a consequence',
    fields: { name: 'Wijkpunten', description_short: 'Inwoners krijgen punten voor hun gedrag in de wijk. Wie weinig punten heeft, krijgt minder hulp van de gemeente.' },
    findings: [{ key: 'c', covers: 'punten', field: 'description_short', occurrence: 2 }],
  },
  {
    title: 'd: predicting offences solely from personality traits',
    fields: { name: 'Jeugdpreventie', description_short: 'Het model voorspelt of jongeren een strafbaar feit zullen plegen, uitsluitend op basis van hun persoonlijkheidskenmerken.' },
    findings: [{ key: 'd', covers: 'strafbaar feit', field: 'description_short', nlIncludes: 'onder d' }],
  },
  {
    title: 'e: scraping facial images from social media',
    fields: { name: 'Beeldbank', description_short: 'We scrapen gezichtsfoto\'s van sociale media om onze databank voor gezichtsherkenning uit te breiden.' },
    findings: [{ key: 'e', covers: 'scrapen', field: 'description_short', nlIncludes: 'onder e' }],
  },
  {
    title: 'f: emotion recognition in job interviews',
    fields: { name: 'Emotieherkenning tijdens sollicitatiegesprekken', description_short: 'De software analyseert video van kandidaten.' },
    findings: [{ key: 'f', covers: 'Emotieherkenning', field: 'name', nlIncludes: 'behalve om medische redenen', enIncludes: 'except for medical or safety reasons' }],
  },
  {
    title: 'f: English emotions of pupils in the classroom',
    fields: { name: 'Attention monitor', description_short: 'The camera detects emotions of pupils in the classroom to measure attention.', lang: 'eng' },
    findings: [{ key: 'f', covers: 'detects emotions', field: 'description_short' }],
  },
  {
    title: 'g: inferring ethnic origin and religion from faces',
    fields: { name: 'Bezoekersanalyse', description_short: 'De camera deelt bezoekers in op basis van hun gezicht en leidt hun etnische afkomst en religie af.' },
    findings: [{ key: 'g', covers: 'etnische afkomst', field: 'description_short', nlIncludes: 'onder g' }],
  },
  {
    title: 'h: live face recognition in public space for the police (also in tags)',
    fields: {
      name: 'Cameratoezicht station',
      description_short: 'Camera\'s vergelijken voorbijgangers in de openbare ruimte rond het station realtime met gezichtsherkenning met een lijst van gezochte personen van de politie.',
      tags: 'camera, veiligheid',
    },
    findings: [{ key: 'h', covers: 'gezichtsherkenning', field: 'description_short', nlIncludes: 'onder h' }],
  },
  {
    title: 'several practices in one record give one finding each',
    fields: {
      name: 'Burgerscore',
      description_short: 'Het systeem leidt uit camerabeelden de seksuele geaardheid van bezoekers af.',
    },
    findings: [
      { key: 'c', covers: 'Burgerscore', field: 'name' },
      { key: 'g', covers: 'seksuele geaardheid', field: 'description_short' },
    ],
  },
  {
    title: 'the category does not matter: a high-risk classification is no excuse',
    fields: { name: 'Sociale score', publication_category: 'Hoog-risico AI-systeem', description_short: 'Scoort inwoners.' },
    findings: [{ key: 'c', covers: 'Sociale score', field: 'name' }],
  },
];

describe('declaration/ai-act-prohibited-practice', () => {
  runRuleTests(
    {
      rule,
      property: 'article5Point',
      nlMention: (point) => `artikel 5, lid 1, onder ${point}`,
      enMention: (point) => `Article 5(1)(${point})`,
    },
    valid,
    invalid,
  );

  it('has tested positives for every point of Article 5(1)', () => {
    const covered = new Set(invalid.flatMap((testCase) => testCase.findings.map((finding) => finding.key)));
    for (const practice of PROHIBITED_PRACTICES) assert.ok(covered.has(practice.point), `point ${practice.point}`);
  });

  it('has a message for every point, in Dutch and English, that names the date of the ban', () => {
    for (const practice of PROHIBITED_PRACTICES) {
      const id = `${rule.meta.id}.point-${practice.point}`;
      assert.ok(hasMessage(id), id);
      assert.ok(messageBundle('nl')[id].includes('2 februari 2025'), id);
      assert.ok(messageBundle('en')[id].includes('2 February 2025'), id);
    }
  });

  it('writes its Dutch messages in short sentences', () => {
    for (const [id, text] of Object.entries(messageBundle('nl'))) {
      if (!id.startsWith(rule.meta.id)) continue;
      for (const sentence of text.split(/(?<=[.?!])\s+/)) assert.ok(sentence.split(/\s+/).length <= 25, `${id}: ${sentence}`);
    }
  });

  it('finds no prohibited practice in the real supplier templates', () => {
    const dir = join(__dirname, '..', 'fixtures', 'corpus', 'templates');
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      const findings = lintDeclaration(text, { fileName: file, rules: [rule] }).findings;
      assert.deepEqual(findings.map((finding) => `${finding.pointer} ${finding.message.en}`), [], file);
    }
  });
});

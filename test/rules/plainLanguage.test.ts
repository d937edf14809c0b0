import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lintDeclaration } from '../../src/core/engine';
import type { Finding } from '../../src/core/finding';
import { messageBundle } from '../../src/core/l10n/messages';
import {
  locateSentence,
  MAX_SENTENCE_WORDS,
  MIN_SCORE,
  plainLanguageFields,
  plainLanguageProblems,
  plainLanguageRule,
  readableText,
} from '../../src/core/rules/declaration/plainLanguage';
import { countSyllables, countWords, fleschDouma, splitSentences, textStatistics, words } from '../../src/core/text/readability';
import { recordYaml, textAt } from '../helpers/declarations';

const RULE_ID = 'declaration/plain-language';

function lint(text: string, fileName = 'x.algoritme.yaml'): Finding[] {
  return lintDeclaration(text, { fileName, rules: [plainLanguageRule] }).findings;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** 60 words, one sentence. */
const LONG_SENTENCE =
  'Als de aanvrager in de afgelopen drie jaar al eerder een aanvraag heeft gedaan en daarbij gegevens heeft opgegeven die niet overeenkomen met de gegevens in de Basisregistratie Personen, dan zet het systeem de aanvraag in een aparte werklijst zodat een medewerker van het team Inkomen de financiële gegevens met de hand kan controleren voordat er een besluit wordt genomen.';
/** 40 words, one sentence: just over the limit. */
const LONG_SENTENCE_2 =
  'De medewerker bekijkt daarna de hele aanvraag nog een keer en belt de aanvrager op als er iets niet klopt of als er een bewijsstuk ontbreekt, zodat de aanvrager de kans krijgt om dat binnen twee weken aan te vullen.';
/** Exactly MAX_SENTENCE_WORDS (35) words. */
const AT_LIMIT =
  'Het algoritme kijkt bij elke melding naar de woorden die de melder gebruikt, zoals afval, stoep of lantaarnpaal, en kiest dan de afdeling van de gemeente die daar volgens de woorden het beste bij past.';
/** Plain B1 text: Flesch-Douma about 63. */
const B1_TEXT =
  'De gemeente gebruikt een computerprogramma om meldingen over de buitenruimte te sorteren. U meldt bijvoorbeeld een kapotte lantaarnpaal of afval op straat. Het programma leest uw tekst en kiest de afdeling die de melding oppakt. Een medewerker kijkt altijd mee. Klopt de keuze niet? Dan zet de medewerker de melding bij de goede afdeling.';
/** Very easy text, as for children. */
const EASY_TEXT = 'Je kunt bij ons een pas aanvragen. Dat doe je op het gemeentehuis. Neem een foto mee. Je betaalt met je bankpas. Na een week is je pas klaar. Je krijgt dan een brief. Kom de pas zelf halen.';
/** Short sentences, but long official words only: Flesch-Douma far below zero. */
const HARD_TEXT =
  'De verwerkingsverantwoordelijke implementeert passende technische en organisatorische beveiligingsmaatregelen. De verwerkersovereenkomst specificeert de categorieën van betrokkenen en de geregistreerde persoonsgegevens. Tevens worden de bewaartermijnen geëxpliciteerd conform de toepasselijke archiefwetgeving. Periodieke evaluaties waarborgen de effectiviteit van de geïmplementeerde beheersmaatregelen. Functionarissen rapporteren incidenten onmiddellijk aan de coördinerende informatiebeveiligingsfunctionaris.';

describe('text/readability', () => {
  describe('splitSentences', () => {
    const cases: Array<[string, string, string[]]> = [
      ['abbreviations inside a sentence', 'Dit geldt o.a. voor de Wmo, bijv. bij een aanvraag. Zie art. 5 en nr. 12 m.b.t. het besluit.', ['Dit geldt o.a. voor de Wmo, bijv. bij een aanvraag.', 'Zie art. 5 en nr. 12 m.b.t. het besluit.']],
      ['abbreviations before a capital or a number', 'Dit is o.a. BRP-informatie t.b.v. Werk en Inkomen i.v.m. Wmo-taken. Het kost ca. 50 uur.', ['Dit is o.a. BRP-informatie t.b.v. Werk en Inkomen i.v.m. Wmo-taken.', 'Het kost ca. 50 uur.']],
      ['abbreviations that can end a sentence', 'We zoeken namen, adressen e.d. Daarna volgt de rest. Dat gebeurt z.s.m. De rest volgt etc.', ['We zoeken namen, adressen e.d.', 'Daarna volgt de rest.', 'Dat gebeurt z.s.m.', 'De rest volgt etc.']],
      ['an unknown abbreviation before a lowercase word', 'De waarde wordt ex. artikel 17 bepaald. Klaar.', ['De waarde wordt ex. artikel 17 bepaald.', 'Klaar.']],
      ['numbers with dots', 'Het budget is 2.5 miljoen en 1.000 euro per jaar, zie artikel 7.2. Daarna volgt 3.1.2.', ['Het budget is 2.5 miljoen en 1.000 euro per jaar, zie artikel 7.2.', 'Daarna volgt 3.1.2.']],
      ['web and e-mail addresses', 'Kijk op https://www.overheid.nl/a.b?x=1. Mail naar info@gemeente.nl. Of ga naar algoritmes.overheid.nl voor meer.', ['Kijk op https://www.overheid.nl/a.b?x=1.', 'Mail naar info@gemeente.nl.', 'Of ga naar algoritmes.overheid.nl voor meer.']],
      ['question and exclamation marks', 'Zijn er geen bijzonderheden? Dan gaat het vanzelf! Klaar.', ['Zijn er geen bijzonderheden?', 'Dan gaat het vanzelf!', 'Klaar.']],
      ['line breaks (list items) end sentences', 'Het algoritme:\ncontroleert de aanvraag\nberekent het bedrag', ['Het algoritme:', 'controleert de aanvraag', 'berekent het bedrag']],
      ['numbered list items', '1. Eerste punt\n2. Tweede punt. Met meer.', ['1. Eerste punt', '2. Tweede punt.', 'Met meer.']],
      ['a closing bracket or quote after the full stop', 'Hij zei: "Dit klopt." Daarna (zie boven.) Einde.', ['Hij zei: "Dit klopt."', 'Daarna (zie boven.)', 'Einde.']],
      ['a company name', 'Dit levert Centric B.V. aan de gemeente. Zo werkt het.', ['Dit levert Centric B.V. aan de gemeente.', 'Zo werkt het.']],
      ['empty lines and punctuation only', '\n\n – \nTekst.\n', ['Tekst.']],
    ];
    for (const [name, text, expected] of cases) {
      it(name, () => assert.deepEqual(splitSentences(text).map((s) => s.text), expected));
    }

    it('gives offsets into the text', () => {
      const text = '  Eerste zin. Tweede zin?\nDerde';
      for (const sentence of splitSentences(text)) assert.equal(text.slice(sentence.start, sentence.end), sentence.text);
    });
  });

  describe('countWords', () => {
    const cases: Array<[string, number]> = [
      ['De camera leest het kenteken.', 5],
      ['ANPR-camera’s en e-mails', 3],
      ['de aanvraag/aangifte en/of het besluit', 7],
      ['binnen 72 uur – of 40% sneller', 6],
      ['Kijk op https://www.overheid.nl/a/b of mail info@gemeente.nl.', 6],
      ['(BOA) controleert “alles”.', 3],
      ['', 0],
    ];
    for (const [text, expected] of cases) it(`${JSON.stringify(text)} has ${expected} words`, () => assert.equal(countWords(text), expected));

    it('keeps web addresses whole', () => assert.deepEqual(words('Zie https://x.nl/a.b?c=d.'), ['Zie', 'https://x.nl/a.b?c=d']));
  });

  describe('countSyllables', () => {
    const table: Array<[string, number]> = [
      ['de', 1], ['het', 1], ['een', 1], ['grote', 2], ['regels', 2], ['burger', 2], ['gegevens', 3],
      ['algoritme', 4], ['controleert', 3], ['verschillende', 4], ['bijvoorbeeld', 3], ['informatie', 4], ['actie', 2],
      ['nieuw', 1], ['nieuwe', 2], ['leeuw', 1], ['draai', 1], ['mooi', 1], ['groei', 1], ['vrouw', 1], ['blauw', 1],
      ['uitvoeren', 3], ['blijven', 2], ['ijs', 1], ['Bijenkorf', 3],
      ['materiaal', 4], ['video', 3], ['theorie', 3], ['reageren', 4], ['januari', 4], ['medium', 3],
      ['ideeën', 3], ['zeeën', 2], ['efficiënt', 4], ['beïnvloedt', 3], ['coöperatie', 5], ['geïnformeerd', 4], ['financiële', 5], ['ruïne', 3],
      ['geautomatiseerd', 6], ['frequentie', 3], ["camera's", 3], ['e-mail', 2], ['detail', 2], ['exploitatie', 4], ['systeem', 2],
      ['gevoelstemperatuur', 6], ['toegankelijk', 4],
      ['BRP', 1], ['72', 1], ['https://algoritmes.overheid.nl', 1], ['info@gemeente.nl', 1],
    ];
    for (const [word, expected] of table) it(`${word}: ${expected}`, () => assert.equal(countSyllables(word), expected));
  });

  describe('fleschDouma', () => {
    it('follows the formula 206.835 − 0.93 × words per sentence − 77 × syllables per word', () => {
      assert.ok(Math.abs(fleschDouma({ sentences: 1, words: 10, syllables: 15 }) - 82.035) < 1e-9);
      assert.ok(Number.isNaN(fleschDouma('')));
    });
    it('scores a very easy text above 90', () => assert.ok(fleschDouma(EASY_TEXT) > 90, String(fleschDouma(EASY_TEXT))));
    it('scores a plain B1 text around 60', () => {
      const score = fleschDouma(B1_TEXT);
      assert.ok(score >= 55 && score <= 75, String(score));
    });
    it('scores official jargon far below the rule threshold', () => assert.ok(fleschDouma(HARD_TEXT) < MIN_SCORE - 50, String(fleschDouma(HARD_TEXT))));
    it('counts sentences, words and syllables together', () => assert.deepEqual(textStatistics('De kat. De hond!'), { sentences: 2, words: 4, syllables: 4 }));
  });
});

describe('declaration/plain-language', () => {
  it('checks the fields whose register instructions ask for B1, read from the register configuration', () => {
    const fields = plainLanguageFields();
    for (const field of ['description_short', 'goal', 'proportionality', 'human_intervention']) assert.ok(fields.includes(field), field);
    for (const field of ['methods_and_models', 'name', 'risks', 'source_data']) assert.ok(!fields.includes(field), field);
    assert.deepEqual(
      plainLanguageFields([
        { name: 'a', type: 'string', instructions: 'Vul dit veld in op B1-taalniveau.' },
        { name: 'b', type: 'string', instructions: 'Technisch veld.' },
        { name: 'methods_and_models', type: 'string', instructions: 'Mag technisch, maar ook B1.' },
      ]),
      ['a'],
    );
  });

  it('reports a sentence only past the limit', () => {
    assert.equal(countWords(AT_LIMIT), MAX_SENTENCE_WORDS);
    assert.deepEqual(plainLanguageProblems(AT_LIMIT), []);
    const over = plainLanguageProblems(AT_LIMIT.replace('kijkt', 'kijkt altijd'));
    assert.deepEqual(over.map((p) => p.kind === 'long-sentence' && p.words), [MAX_SENTENCE_WORDS + 1]);
  });

  it('has default severity info', () => {
    assert.equal(plainLanguageRule.meta.id, RULE_ID);
    assert.equal(plainLanguageRule.meta.defaultSeverity, 'info');
    assert.deepEqual(plainLanguageRule.meta.tags, ['declaration', 'language']);
  });

  describe('readableText', () => {
    it('keeps HTML block tags as line breaks and treats source line breaks in HTML as spaces', () => {
      assert.equal(readableText('<p>Het algoritme\n  controleert:</p><ul><li>de aanvraag</li><li>het adres</li></ul>'), 'Het algoritme controleert:\nde aanvraag\nhet adres');
    });
    it('joins wrapped plain-text lines and keeps list lines apart', () => {
      assert.equal(readableText('Het algoritme controleert de\naanvraag.\n- Eerste punt\n- Tweede punt'), 'Het algoritme controleert de aanvraag.\n- Eerste punt\n- Tweede punt');
    });
  });

  const valid: Array<[string, string, string?]> = [
    ['the valid base record', recordYaml()],
    ['a plain B1 goal', recordYaml({ goal: B1_TEXT })],
    ['a sentence of exactly the limit (35 words)', recordYaml({ goal: `${B1_TEXT} ${AT_LIMIT}` })],
    ['a long sentence in methods_and_models (for technical readers)', recordYaml({ methods_and_models: LONG_SENTENCE })],
    ['a long sentence in a field without B1 instructions (risks)', recordYaml({ risks: LONG_SENTENCE })],
    ['hard words in a text too short to measure', recordYaml({ goal: 'De verwerkingsverantwoordelijke implementeert beveiligingsmaatregelen. Periodieke evaluaties waarborgen effectiviteit.' })],
    ['hard language in a record that is not in Dutch', recordYaml({ lang: 'eng', goal: HARD_TEXT })],
    ['a goal that is not text', recordYaml({ goal: 42 })],
    ['an empty goal', recordYaml({ goal: '' })],
    ['a list in HTML with many short items', recordYaml({ goal: `<p>Het algoritme controleert:</p><ul>${'<li>de gegevens van de aanvrager en het adres</li>'.repeat(12)}</ul>` })],
    ['abbreviations and addresses do not merge sentences', recordYaml({ goal: 'Zie o.a. art. 5 en nr. 12. Kijk op https://www.noorderhaaks.nl/a.b?c=d. Mail info@noorderhaaks.nl. Wij reageren z.s.m. Dat is i.v.m. de wet.' })],
    ['a JSON register export with plain text', JSON.stringify([{ name: 'Meldingen sorteren', goal: `<p>${B1_TEXT}</p>`, lang: 'nld' }]), 'x.algoritme.json'],
  ];
  for (const [name, text, fileName] of valid) it(`valid: ${name}`, () => assert.deepEqual(lint(text, fileName), []));

  interface InvalidCase {
    name: string;
    text: string;
    fileName?: string;
    /** Per finding: the message id part of the Dutch message, and the sentence the range must cover (or the key). */
    expect: Array<{ message: RegExp; covers: string }>;
  }

  const jsonWithEscapes = JSON.stringify([{ name: 'Bijstand', goal: `<p>Kort en goed.</p><p>${LONG_SENTENCE}</p><p>Einde.</p>`, lang: 'nld' }], null, 2)
    .replace('financiële', 'financi\\u00eble');

  const invalid: InvalidCase[] = [
    {
      name: 'a long sentence in goal (YAML plain scalar)',
      text: recordYaml({ goal: `Het algoritme helpt bij de aanvraag. ${LONG_SENTENCE} Daarna volgt een brief.` }),
      expect: [{ message: /^Deze zin telt 60 woorden\. Het register vraagt om B1-taal: houd zinnen onder de 20 woorden/, covers: LONG_SENTENCE }],
    },
    {
      name: 'a long sentence just over the limit in human_intervention',
      text: recordYaml({ human_intervention: LONG_SENTENCE_2 }),
      expect: [{ message: /^Deze zin telt 40 woorden\./, covers: LONG_SENTENCE_2 }],
    },
    {
      name: 'a long sentence in a folded YAML block, wrapped over lines',
      text: `name: Bijstand\ndescription_short: >\n  Het algoritme helpt bij de aanvraag.\n${wrap(LONG_SENTENCE, 60, '  ')}\n  Daarna volgt een brief.\nlang: nld\n`,
      expect: [{ message: /telt 60 woorden/, covers: LONG_SENTENCE }],
    },
    {
      name: 'a long sentence in a literal YAML block, wrapped over lines',
      text: `name: Bijstand\nproportionality: |\n  Het algoritme helpt bij de aanvraag.\n${wrap(LONG_SENTENCE, 70, '  ')}\nlang: nld\n`,
      expect: [{ message: /telt 60 woorden/, covers: LONG_SENTENCE }],
    },
    {
      name: 'a long sentence in HTML in JSON, with an escaped letter',
      text: jsonWithEscapes,
      fileName: 'x.algoritme.json',
      expect: [{ message: /telt 60 woorden/, covers: LONG_SENTENCE }],
    },
    {
      name: 'an inline tag inside a word: the range still runs from the first to the last words',
      text: recordYaml({ goal: `<p>Kort.</p><p>${LONG_SENTENCE.replace('Basisregistratie', '<b>Basis</b>registratie')}</p>` }),
      expect: [{ message: /telt 60 woorden/, covers: LONG_SENTENCE.replace('Basisregistratie', '<b>Basis</b>registratie') }],
    },
    {
      name: 'two long sentences, and the same sentence twice',
      text: recordYaml({ goal: `${LONG_SENTENCE_2} Kort. ${LONG_SENTENCE} ${LONG_SENTENCE}` }),
      expect: [
        { message: /telt 40 woorden/, covers: LONG_SENTENCE_2 },
        { message: /telt 60 woorden/, covers: LONG_SENTENCE },
        { message: /telt 60 woorden/, covers: LONG_SENTENCE },
      ],
    },
    {
      name: 'a text far above B1 (Flesch-Douma), reported at the field name',
      text: recordYaml({ goal: HARD_TEXT }),
      expect: [{ message: /^De tekst in goal is moeilijk te lezen\. De leesbaarheid volgens Flesch-Douma is 0\. Die score loopt van 0 \(heel moeilijk\) tot 100 \(heel makkelijk\)\./, covers: 'goal' }],
    },
  ];

  for (const c of invalid) {
    it(`invalid: ${c.name}`, () => {
      const findings = lint(c.text, c.fileName);
      assert.equal(findings.length, c.expect.length, findings.map((f) => f.message.nl).join('\n'));
      findings.forEach((finding, i) => {
        assert.equal(finding.ruleId, RULE_ID);
        assert.equal(finding.severity, 'info');
        assert.match(finding.message.nl, c.expect[i].message);
        const at = textAt(c.text, finding);
        if (c.expect[i].covers === 'goal') {
          assert.equal(at, 'goal');
        } else {
          // The range starts at the sentence's first word and ends after its full stop.
          const expected = c.expect[i].covers;
          const firstWord = expected.split(' ')[0];
          assert.ok(at.startsWith(firstWord), `range starts with ${JSON.stringify(at.slice(0, 30))}`);
          assert.ok(at.endsWith('genomen.') || at.endsWith('vullen.'), `range ends with ${JSON.stringify(at.slice(-30))}`);
          if (!c.fileName && !expected.includes('<')) assert.equal(collapse(at), expected);
        }
      });
      if (findings.length > 1) assert.ok(findings[1].offset[0] >= findings[0].offset[1], 'a repeated sentence gets its own range');
    });
  }

  it('gives English messages with the same numbers', () => {
    const [finding] = lint(recordYaml({ goal: LONG_SENTENCE }));
    assert.match(finding.message.en, /^This sentence has 60 words\. .* under 20 words/);
    const [hard] = lint(recordYaml({ goal: HARD_TEXT }));
    assert.match(hard.message.en, /Flesch-Douma reading ease is 0, on a scale from 0 \(very hard\) to 100 \(very easy\)/);
    assert.match(hard.message.nl, /Hier telt een zin gemiddeld 9 woorden\. En 25 van de 45 woorden hebben vier of meer lettergrepen\./);
    assert.equal(hard.pointer, '/goal');
    assert.equal(hard.properties?.fleschDouma, -94);
  });

  it('locates a sentence in a JSON source with escapes and tags', () => {
    const source = '"<p>Eerste.</p>\\n<p>De camera\\u2019s lezen het kenteken van elke auto.</p>"';
    const found = locateSentence(source, 'De camera’s lezen het kenteken van elke auto.');
    assert.ok(found);
    assert.equal(source.slice(found[0], found[1]), 'De camera\\u2019s lezen het kenteken van elke auto.');
    assert.equal(locateSentence(source, 'Niet aanwezig hier.'), undefined);
  });

  it('falls back to the field value when a long sentence cannot be found in the source', () => {
    // An entity inside a word cannot be matched word for word, at either end of the sentence.
    const goal = `Kort. ${LONG_SENTENCE.replace(/^Als/, 'Al&#115;').replace(/genomen\.$/, 'genome&#110;.')}`;
    const text = recordYaml({ goal });
    const [finding] = lint(text);
    assert.equal(textAt(text, finding), goal);
  });

  /*
   * The real supplier records (test/fixtures/corpus/templates, 26 records). The rule gives 10
   * findings there, all in texts that are really long or hard:
   * - long sentences (more than 35 words): pinkroccade goal (40 and 42 words), procura
   *   description_short (44), zivver proportionality (40);
   * - Flesch-Douma below 20: contec goal and human_intervention, centric goal (record 3) and
   *   human_intervention (record 4), pinkroccade description_short and goal (record 1).
   * Sentences of 25 to 35 words and texts scoring 20 to 50 (most supplier prose) are not reported.
   */
  const CORPUS_MAX_FINDINGS = 10;

  it(`gives at most ${CORPUS_MAX_FINDINGS} findings on the real supplier records`, () => {
    const dir = path.join(__dirname, '..', 'fixtures', 'corpus', 'templates');
    const all: string[] = [];
    let records = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      records += (JSON.parse(text) as unknown[]).length;
      for (const finding of lint(text, file)) {
        assert.equal(finding.severity, 'info');
        all.push(`${file}${finding.pointer}: ${finding.message.en.split('.')[0]}`);
      }
    }
    assert.ok(records >= 26, `corpus has ${records} records`);
    assert.ok(all.length <= CORPUS_MAX_FINDINGS, `${all.length} findings:\n${all.join('\n')}`);
  });
});

/*
 * The tool's own Dutch messages must pass this rule: no sentence longer than MAX_SENTENCE_WORDS,
 * no measurable text below MIN_SCORE. Placeholders are filled with plausible values.
 * Excluded: help screens (`cli.help` and any key ending in `.help` or `.usage`). They are lists of
 * options and file names, not prose.
 */
describe('the Dutch message bundle in plain language', () => {
  const HELP_SCREEN = /(?:^|\.)(?:help|usage)$/;
  const SAMPLE_VALUES: Record<string, string | number> = {
    field: 'human_intervention', title: 'Menselijke tussenkomst', fieldTitle: 'Wettelijke basis', value: '2023-13', key: 'status',
    code: 'BAD_INDENT', limit: 100, anchor: 'basis', size: '5.2', byte: 12, detail: 'onverwacht einde van het bestand',
    suggestion: 'description_short', replacement: 'source_id', from: 'iama_description', to: 'impacttoetsen', length: 450, max: 400,
    allowed: 'In ontwikkeling, In gebruik, Buiten gebruik', tag: 'script', name: 'plain-language', rule: 'declaration/schema',
    count: 3, files: '2 bestanden', total: 5, errors: 1, warnings: 2, infos: 2, path: 'algoritmes/bijstand.algoritme.yaml',
    paths: 'algoritmes', where: '.inkooplint.yaml:3', message: 'onbekende instelling', begin: '2023-01', end: '2024-05',
    category: 'Hoog-risico AI-systeem', titles: 'Toets 1', expected: '1.0', words: 48, advised: 20, maximum: 35, minimum: 20,
    score: 12, b1: 60, wordsPerSentence: 24, longWords: 18, area: 'werving en selectie', article: 'artikel 6', term: 'profilering',
  };
  const fill = (template: string): string =>
    template.replace(/\{(\w+)\}/g, (_whole, name: string) => String(SAMPLE_VALUES[name] ?? 'de aanvraag'));

  const nl = messageBundle('nl');
  const keys = Object.keys(nl).filter((key) => !HELP_SCREEN.test(key));

  it('has messages to check, including this rule’s own', () => {
    assert.ok(keys.length > 50);
    assert.ok(keys.includes('declaration/plain-language.hard-text'));
  });

  it('has no sentence that is too long and no text clearly above B1', () => {
    const failures: string[] = [];
    for (const key of keys) {
      const text = fill(nl[key]);
      for (const problem of plainLanguageProblems(text)) {
        failures.push(problem.kind === 'long-sentence'
          ? `${key}: sentence of ${problem.words} words (max ${MAX_SENTENCE_WORDS}): ${problem.sentence.text}`
          : `${key}: Flesch-Douma ${Math.round(problem.score)} (min ${MIN_SCORE}): ${text}`);
      }
    }
    assert.deepEqual(failures, []);
  });
});

/** Wraps text at about `width` characters, each line indented. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

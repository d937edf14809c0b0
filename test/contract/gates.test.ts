/**
 * The gates of the catalog's patterns (`WordPresence` in catalog/patterns.ts) only decide what the
 * patterns themselves would: for every pattern and text, `occurs` answers as `occursIn` does. Checked
 * on every line and sentence of the contract fixtures, in other cases, glued to letters and with
 * random edits; and the cached, all-topic recognition answers as the single-topic one does.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { CLAUSE_CATALOG } from '../../src/core/contract/catalog';
import { gateOf, occursIn, WordIndex, WordPresence } from '../../src/core/contract/catalog/patterns';
import { bodyScopes, clearRecognitionCache, findTopicEvidence, hasOnlyNewlines, headingTitle, isDefinitionsHeading, recogniseTopics } from '../../src/core/contract/catalog/recognise';
import * as vocabulary from '../../src/core/contract/catalog/vocabulary';
import { EFFORT_WORDING } from '../../src/core/contract/catalog/validateCatalog';
import { CANDIDATE_SIGN, CANDIDATES, candidateMatches, segmentsWithSigns } from '../../src/core/rules/contract/placeholder';
import { EFFORT_WORD, effortSigns, PATTERN_SIGNS, segmentsWithEffortWords } from '../../src/core/rules/contract/vagueObligation';
import { parseContract } from '../../src/core/contract/parseContract';
import { proseSegments } from '../../src/core/contract/proseText';
import { capitalisedRuns, LOWER_CASE_WORD, lowerCaseWordsAmong } from '../../src/core/rules/contract/undefinedTerm';
import { contractFixtureTexts } from '../helpers/contractFixtures';

function catalogPatterns(): RegExp[] {
  const patterns = new Set<RegExp>();
  for (const topic of CLAUSE_CATALOG) {
    for (const pattern of topic.recognition.headings) patterns.add(pattern);
    for (const group of topic.recognition.body) for (const pattern of group) patterns.add(pattern);
  }
  for (const value of Object.values(vocabulary)) if (value instanceof RegExp) patterns.add(value);
  return [...patterns];
}

const PATTERNS = catalogPatterns();
const TEXTS = contractFixtureTexts();
const PIECES = TEXTS.flatMap((text) => [...text.split(/\n/), ...text.split(/(?<=[.;:!?])\s+/)]).filter((piece) => piece.trim() !== '');

/** Recognition as the module comment of recognise.ts states it, with no gates, plan or cache: every pattern runs. */
function referenceEvidence(heading: string, body: string, topic: (typeof CLAUSE_CATALOG)[number]): unknown {
  const unmarked = (text: string): string => text.replace(/\*\*|__|`|\u00ad/g, '');
  const title = headingTitle(heading);
  if (isDefinitionsHeading(heading)) return undefined;
  if (topic.recognition.headings.some((pattern) => occursIn(pattern, unmarked(title)))) return { scope: 'heading' };
  for (const scope of bodyScopes(body)) {
    const text = unmarked(body.slice(scope.offset[0], scope.offset[1]));
    const group = topic.recognition.body.findIndex((patterns) => patterns.length > 0 && patterns.every((pattern) => occursIn(pattern, text)));
    if (group !== -1) return { scope: 'body', ...(scope.number ? { clause: scope.number } : {}), offset: scope.offset, group };
  }
  return undefined;
}

/** The literals a presence found, sorted. */
function literalsOf(words: WordPresence): number[] {
  return [...words.present.subarray(0, words.presentCount)].sort((a, b) => a - b);
}

function assertSameAnswers(text: string): void {
  const presence = new WordPresence().of(text);
  for (const pattern of PATTERNS) {
    const expected = occursIn(pattern, text);
    if (presence.occurs(pattern, text) !== expected) assert.fail(`gate of /${pattern.source.slice(0, 80)}.../ says ${!expected} on ${JSON.stringify(text.slice(0, 200))}`);
    if (expected) assert.ok(presence.admits(pattern));
  }
}

describe('pattern gates', () => {
  it('gate most catalog patterns', () => {
    const gated = PATTERNS.filter((pattern) => gateOf(pattern) !== undefined).length;
    assert.ok(gated / PATTERNS.length > 0.9, `${gated} of ${PATTERNS.length}`);
  });

  it('answer as the patterns do on every line and sentence of the fixtures', () => {
    for (const piece of PIECES) assertSameAnswers(piece);
  });

  it('answer as the patterns do in upper case, lower case and glued to letters and marks', () => {
    for (const piece of PIECES.slice(0, 400)) {
      assertSameAnswers(piece.toUpperCase());
      assertSameAnswers(piece.toLowerCase());
      assertSameAnswers(`x${piece.replace(/ /g, 'é')}ë`);
      assertSameAnswers(piece.replace(/([aeiou])/g, 'İ$1').replace(/s/g, 'ſ').replace(/k/g, '\u212a'));
      assertSameAnswers(piece.replace(/ /g, '\u00ad').replace(/e/g, 'ɓ'));
    }
  });

  it('answer as the patterns do on randomly edited text', () => {
    const alphabet = 'aeiosntrlkAEIOSNTRLK- .,:;/()\'"*_`ëéİſ\u212aɓ\n0123456789';
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: PIECES.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(...alphabet.split(''))), { maxLength: 6 }),
        (index, edits) => {
          let text = PIECES[index];
          for (const [at, remove, insert] of edits) {
            const position = text.length === 0 ? 0 : at % text.length;
            text = text.slice(0, position) + insert + text.slice(position + remove);
          }
          assertSameAnswers(text);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('read a range of indexed words as they read the range itself, also where the range cuts a word', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: TEXTS.length - 1 }), fc.nat(), fc.nat(400), (index, from, length) => {
        const text = TEXTS[index];
        const start = from % (text.length + 1);
        const end = Math.min(text.length, start + length);
        const indexed = new WordPresence().ofIndexed(new WordIndex(text), start, end);
        const read = new WordPresence().of(text, start, end);
        for (const pattern of PATTERNS) assert.equal(indexed.decide(pattern), read.decide(pattern), pattern.source.slice(0, 80));
      }),
      { numRuns: 300 },
    );
  });

  it('read ranges of one index one after another, in text order and out of it, as they read the ranges themselves', () => {
    const text = TEXTS.join('\n');
    const index = new WordIndex(text);
    // Another text, whose words stand elsewhere.
    const other = new WordIndex(`Een twee drie vier vijf zes zeven.\n${TEXTS[TEXTS.length - 1]}`);
    const reader = new WordPresence();
    fc.assert(
      fc.property(
        fc.nat(),
        // Each range starts some way after the last one, a little before it, or anywhere.
        fc.array(
          fc.tuple(fc.oneof(fc.integer({ min: -40, max: 60 }), fc.integer({ min: -40, max: 400 }), fc.constant(Number.NaN)), fc.oneof(fc.nat(20), fc.nat(300)), fc.boolean()),
          { minLength: 1, maxLength: 30 },
        ),
        (first, ranges) => {
          let start = first % (text.length + 1);
          for (const [step, length, elsewhere] of ranges) {
            start = Number.isNaN(step) ? (start * 7919 + length) % (text.length + 1) : Math.max(0, Math.min(text.length, start + step));
            // Now and then a range of another index in between.
            if (elsewhere) reader.ofIndexed(other, (start * 31) % other.text.length, other.text.length);
            const end = Math.min(text.length, start + length);
            reader.ofIndexed(index, start, end);
            const read = new WordPresence().of(text, start, end);
            assert.deepEqual(literalsOf(reader), literalsOf(read), `${start}-${end}`);
            assert.equal(reader.anyInexact, read.anyInexact);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('read an index right when its text has more distinct words than the word table keeps, and after the table starts afresh', () => {
    // 60,000 distinct made-up words, with catalog words among them, more than the 50,000 the table keeps.
    const made = Array.from({ length: 60_000 }, (_, i) => `w${i.toString(36)}q`);
    const sample = TEXTS[0].slice(0, 4000);
    const text = `${sample}\n${made.join(' ')}\n${sample}`;
    const index = new WordIndex(text);
    const ranges: Array<[number, number]> = [[0, 4000], [text.length - 4000, text.length], [3990, 4100], [0, text.length]];
    const check = (): void => {
      for (const [start, end] of ranges) {
        const indexed = new WordPresence().ofIndexed(index, start, end);
        const read = new WordPresence().of(text, start, end);
        for (const pattern of PATTERNS) assert.equal(indexed.decide(pattern), read.decide(pattern), `${start}-${end} ${pattern.source.slice(0, 60)}`);
      }
    };
    check();
    // A text read on its own now finds the table full: it starts afresh, and the index's entries are stale.
    new WordPresence().of(made.map((word) => `${word}z`).join(' '));
    check();
  });

  it('let recognition find what running every pattern of every group on each scope finds, also in edited articles', () => {
    const articles = TEXTS.flatMap((text) => text.split(/\n(?=#{1,6} )/)).map((article) => {
      const newline = article.indexOf('\n');
      return newline === -1 ? { heading: article, body: '' } : { heading: article.slice(0, newline), body: article.slice(newline + 1) };
    });
    const alphabet = 'ab .\n9*_`\u00ad\r\u2028';
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: articles.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(...alphabet.split(''))), { maxLength: 4 }),
        fc.boolean(),
        (index, edits, useIndex) => {
          let { heading, body } = articles[index];
          for (const [at, remove, insert] of edits) {
            // Most edits go to the body; some to the heading (markup in a title, a definitions title cut).
            if (at % 5 === 0 && insert !== '\n' && insert !== '\r' && insert !== '\u2028') {
              const position = at % (heading.length + 1);
              heading = heading.slice(0, position) + insert + heading.slice(position + remove);
              continue;
            }
            const position = at % (body.length + 1);
            body = body.slice(0, position) + insert + body.slice(position + remove);
          }
          clearRecognitionCache();
          const whole = `${heading}\n${body}`;
          const indexed = useIndex ? { words: new WordIndex(whole), bodyStart: heading.length + 1, onlyNewlines: hasOnlyNewlines(whole) } : undefined;
          const found = recogniseTopics(heading, body, CLAUSE_CATALOG, indexed);
          CLAUSE_CATALOG.forEach((topic, i) => assert.deepEqual(found[i], referenceEvidence(heading, body, topic), `${topic.id} in ${heading}`));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('let recognition treat titles with markup as the definitions heading test does', () => {
    const body = '1.1 Leverancier legt het Algoritme uit en geeft uitleg over elke beslissing.\n1.2 Leverancier levert technische documentatie.';
    for (const heading of ['## Artikel 1 Begrip**pen**', '## Artikel 1 **Begrippen**', '## Artikel 1 `Definities`', '## Artikel 1 Defini\u00adties', '## Artikel 1 Uitleg']) {
      for (const useIndex of [false, true]) {
        clearRecognitionCache();
        const whole = `${heading}\n${body}`;
        const indexed = useIndex ? { words: new WordIndex(whole), bodyStart: heading.length + 1, onlyNewlines: true } : undefined;
        const found = recogniseTopics(heading, body, CLAUSE_CATALOG, indexed);
        CLAUSE_CATALOG.forEach((topic, i) => assert.deepEqual(found[i], referenceEvidence(heading, body, topic), `${topic.id} in ${heading}`));
      }
    }
  });

  it('let the cached recognition of all topics answer as recognition of one topic', () => {
    clearRecognitionCache();
    for (const text of TEXTS) {
      const articles = text.split(/\n(?=#{1,6} )/);
      for (const article of articles) {
        const newline = article.indexOf('\n');
        const heading = newline === -1 ? article : article.slice(0, newline);
        const body = newline === -1 ? '' : article.slice(newline + 1);
        for (let round = 0; round < 3; round++) {
          // Round 0 reads the words from an index of the whole text, round 1 reads them itself, round 2 remembers.
          if (round < 2) clearRecognitionCache();
          const whole = `${heading}\n${body}`;
          const indexed = round === 0 ? { words: new WordIndex(whole), bodyStart: heading.length + 1 } : undefined;
          const all = recogniseTopics(heading, body, CLAUSE_CATALOG, indexed);
          CLAUSE_CATALOG.forEach((topic, i) => assert.deepEqual(all[i], findTopicEvidence(heading, body, topic), `${topic.id} in ${heading}`));
        }
      }
    }
  });
});

describe('effort wording sign', () => {
  it('is in every match of every effort pattern', () => {
    const samples = [
      'zo spoedig mogelijk', 'zo snel mogelijk', 'zoveel mogelijk', 'naar beste vermogen', 'naar zijn beste vermogen', 'binnen een redelijke termijn',
      'binnen redelijke tijd', 'in redelijkheid', 'redelijke inspanningen', 'inspanningsverplichting', 'spant zich in', 'zich inspannen',
      'indien mogelijk', 'voor zover mogelijk', 'zonder onredelijke vertraging', 'as soon as possible', 'as soon as reasonably practicable', 'asap',
      'best efforts', 'commercially reasonable endeavours', 'endeavor to', 'within a reasonable time', 'without undue delay', 'to the extent reasonably possible',
    ];
    const seen = new Set<RegExp>();
    for (const sample of samples) {
      for (const variant of [sample, sample.toUpperCase()]) {
        EFFORT_WORDING.forEach((pattern, p) => {
          const match = new RegExp(pattern.source, 'iu').exec(`Leverancier ${variant}.`);
          if (!match) return;
          seen.add(pattern);
          assert.ok(EFFORT_WORD.test(match[0]), `"${match[0]}" has no sign`);
          assert.notEqual(effortSigns(match[0]) & PATTERN_SIGNS[p], 0, `"${match[0]}" has none of its pattern's signs`);
        });
      }
    }
    assert.equal(seen.size, EFFORT_WORDING.length, 'every effort pattern has a sample');
    assert.equal(PATTERN_SIGNS.length, EFFORT_WORDING.length);
    assert.equal(effortSigns('inspant'), effortSigns('inspan') | effortSigns('spant'), 'overlapping signs are both found');
  });
});

/** Pieces of contract text around signs: words cut by code spans and comments, case folds (Kelvin sign, long s), blocks and lists. */
const SIGN_PIECES = ['mogelijk', 'MOGELIJ', 'mogelij\u212a', 'k', 'po', 'ſ', 'ſible', 'possible', 'inspan', 'ning', 'spant', 'asap', 'effort', 'redelijk', 'undue',
  'in te vullen', 'n', '.t.b.', 'nog te bepalen', 'TBD', 'tbc', 'TODO', 'to', ' be ', 'xx', 'x', 'PM', 'p', 'm', '[', ']', '€', '_', '{', '<', '>',
  'in', ' te ', ' TE ', 'N', '.T.b.', 'TO', ' BE ', 'vullen', ' ', '.', '\n', '\n\n', '\n\n# Artikel 1\n\n', '\n1. ', '`', '<!-- ', ' -->', 'é', '1', 'Leverancier'];

const UNMARKED_PIECES = SIGN_PIECES.filter((piece) => !/[€{[<_]/.test(piece));

describe('segments the contract\'s words pass', () => {
  it('include every segment with an effort word', () => {
    let decided = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SIGN_PIECES), { maxLength: 60 }), (parts) => {
        const contract = parseContract(parts.join(''));
        const toRead = segmentsWithEffortWords(contract);
        if (!toRead) return assert.ok(contract.text.includes('\u212a'));
        decided++;
        proseSegments(contract).forEach(([start, end], i) => {
          if (EFFORT_WORD.test(contract.text.slice(start, end))) assert.equal(toRead[i], 1, JSON.stringify(contract.text.slice(start, end)));
        });
      }),
      { numRuns: 3000 },
    );
    assert.ok(decided > 1000);
  });

  it('include every segment with a sign of a placeholder', () => {
    fc.assert(
      // Marks are rare in most runs: their segments are read anyway, and the words are what is tested.
      fc.property(fc.array(fc.oneof({ arbitrary: fc.constantFrom(...SIGN_PIECES), weight: 1 }, { arbitrary: fc.constantFrom(...UNMARKED_PIECES), weight: 6 }), { maxLength: 60 }), (parts) => {
        const contract = parseContract(parts.join(''));
        const toRead = segmentsWithSigns(contract);
        proseSegments(contract).forEach(([start, end], i) => {
          if (CANDIDATE_SIGN.test(contract.text.slice(start, end))) assert.equal(toRead[i], 1, JSON.stringify(contract.text.slice(start, end)));
        });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('placeholder candidates', () => {
  it('are those that searching the whole segment finds', () => {
    const pieces = ['€', ' ', '[', ']', '(', '{', '}', '<', '>', '_', '.', '?', '…', '-', ',', '\n', '1', 'x', 'X', 'xx', 'PM', 'pm', 'a', 'É', 'ſ', 'K',
      'nog ', 'nader ', 'in te vullen', 'n.t.b.', 'nog te bepalen', 'TBD', 'tbc', 'TODO', 'to be ', 'determined', 'NAAM', '𝑎'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const segment = parts.join('');
        const expected = [...segment.matchAll(CANDIDATES)].map((match) => [match.index, match[0]]);
        assert.deepEqual(candidateMatches(segment), expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('lower-case words of the undefined-term rule', () => {
  it('are found as the global expression finds them', () => {
    const alphabet = ['a', 'b', 'e', 'ë', 'D', 'É', '-', ' ', '.', '\n', '1', 'İ', 'ß', '𝑎', '\ud835', 'ǅ'];
    const wordArbitrary = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 5 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), fc.array(wordArbitrary, { maxLength: 6 }), (chars, words) => {
        const text = chars.join('');
        const asked = new Set([...words, ...(text.match(LOWER_CASE_WORD) ?? []).slice(0, 3), 'ab', 'a-b', 'be']);
        const all = new Set(text.match(LOWER_CASE_WORD) ?? []);
        const expected = [...asked].filter((word) => all.has(word)).sort();
        assert.deepEqual([...lowerCaseWordsAmong(text, asked)].sort(), expected, JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
    for (const text of TEXTS) {
      const all = new Set(text.match(LOWER_CASE_WORD) ?? []);
      const asked = new Set([...all].slice(0, 50).concat(['algoritme', 'leverancier', 'gegevens', 'data', 'audit', 'exit']));
      assert.deepEqual([...lowerCaseWordsAmong(text, asked)].sort(), [...asked].filter((word) => all.has(word)).sort());
    }
  });
});

describe('capitalised runs of the undefined-term rule', () => {
  const RUN = /\p{Lu}[\p{Ll}\p{Lu}’'-]*(?:[ \t]+\p{Lu}[\p{Ll}\p{Lu}’'-]*)*/gu;
  const same = (text: string): void => {
    const expected = [...text.matchAll(RUN)].map((match) => [match.index, match[0]]);
    assert.deepEqual([...capitalisedRuns(text)].map((run) => [run.index, run.text]), expected, JSON.stringify(text));
  };

  it('are found as the global expression finds them', () => {
    const alphabet = ['A', 'b', 'Ë', 'é', ' ', '\t', '-', "'", '’', '.', '\n', '𝐀', '𝑎', '\ud835', '\udc00', 'ǅ', 'İ', '1'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => same(chars.join(''))),
      { numRuns: 3000 },
    );
    for (const text of TEXTS) same(text);
  });
});

describe('body scopes', () => {
  // The scopes as the expressions find them when they scan the whole body (`^` with the `m` flag).
  const DOTTED = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(\d+(?:\.\d+)+)\.?(?:\*\*|__)?(?=[ \t]+\S)/gm;
  const SIMPLE = /^[ \t]*(?:\*\*|__)?(\d{1,3})[.)](?:\*\*|__)?(?=[ \t]+\S)/gm;
  function reference(body: string): Array<{ number?: string; offset: [number, number] }> {
    const find = (pattern: RegExp) => [...body.matchAll(pattern)].map((m) => ({ number: m[1], level: m[1].split('.').length, at: m.index ?? 0 }));
    let starts = find(DOTTED);
    if (starts.length === 0) starts = find(SIMPLE);
    if (starts.length === 0) return [{ offset: [0, body.length] }];
    const scopes: Array<{ number?: string; offset: [number, number] }> = [];
    if (body.slice(0, starts[0].at).trim() !== '') scopes.push({ offset: [0, starts[0].at] });
    starts.forEach((start, i) => {
      const next = starts.slice(i + 1).find((later) => later.level <= start.level);
      scopes.push({ number: start.number, offset: [start.at, next ? next.at : body.length] });
    });
    return scopes;
  }

  it('are those of scanning the whole body', () => {
    const pieces = [
      '1.1 ', '2.3.1 ', '1. ', '2) ', '**3.1** ', '- 4.2 ', 'tekst ', '\n', '\r\n', '\r', '\u2028', ' ', '\t', 'x', '12.', '7',
      '__', '**', '*', '+ ', '- ', '1234. ', '7.1.a ', '7.1. ', '.', ')', '\u00a0', '\ud800', '0', '9.', '__5)__ ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const body = parts.join('');
        assert.deepEqual(bodyScopes(body), reference(body), JSON.stringify(body));
      }),
      { numRuns: 6000 },
    );
    for (const text of TEXTS) assert.deepEqual(bodyScopes(text), reference(text));
  });
});

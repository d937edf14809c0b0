/**
 * What the contract parse and the rules do to be fast must not change what they find:
 * - the block parse (markdown-it without its `normalize` rule, which `markdownBlockTokens` does
 *   itself, and with a paragraph rule that does not collect the paragraph's text) gives the tokens
 *   markdown-it's own block parse gives, apart from the paragraphs' inline text;
 * - the language is judged without reading the sample only when its words cannot change the verdict;
 * - `SourceLines` puts lines where `LineIndex` does, and its line starts make the same `LineIndex`;
 * - a re-lint after edits, with what earlier lints remembered, finds what a cold lint finds.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { clearContractCaches } from '../../src/core/contract/coverage';
import { detectLanguage } from '../../src/core/contract/contractLanguage';
import { markdownBlockTokens } from '../../src/core/contract/markdownOutline';
import { SourceLines } from '../../src/core/contract/sourceLines';
import { lintContract } from '../../src/core/contractEngine';
import { LineIndex } from '../../src/core/text/lineIndex';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'contracts');
const SEEDS = readdirSync(FIXTURES).filter((file) => file.endsWith('.md')).sort().map((file) => readFileSync(path.join(FIXTURES, file), 'utf8'));

const FRAGMENTS = ['\n', '\n\n', '\t', '#', '###### ', ' ##', '\r\n', '\r', '\0', '## Artikel 3 ', '1.1 ', '1. ', '- ', '> ', '    ', '```\n', '~~~', '<div>\n', '<!-- x -->', '| a | b |\n|---|---|\n', '===\n', '---\n', '***\n', '[x]: http://e.nl\n', '**', '`', 'Leverancier ', 'De Algoritme ', 'tekst '];
const markdownText = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join(''));

/** markdown-it's own block parse, as the outline used it before. */
const reference = new MarkdownIt({ html: true });
reference.core.ruler.enableOnly(['normalize', 'block']);

const shape = (tokens: MarkdownIt.Token[]): unknown[] =>
  tokens.map((token) => [token.type, token.tag, token.nesting, token.level, token.map, token.markup, token.info, token.block, token.hidden, token.type === 'inline' ? '' : token.content]);

describe('fast contract parsing', () => {
  it('gives the block tokens of markdown-it itself', () => {
    fc.assert(
      fc.property(markdownText, (text) => {
        assert.deepEqual(shape(markdownBlockTokens(text)), shape(reference.parse(text, {})), JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
    for (const text of SEEDS) assert.deepEqual(shape(markdownBlockTokens(text)), shape(reference.parse(text, {})));
  });

  it('judges the language as counting every common word does', () => {
    // As contractLanguage.ts counts: heading keywords weigh ten words, then the words of the sample.
    const dutch = /(?<![\p{L}])(?:de|het|een|van|en|zijn|wordt|worden|niet|Opdrachtgever|Leverancier|Overeenkomst|Partijen)(?![\p{L}])/gu;
    const english = /(?<![\p{L}])(?:the|of|and|shall|will|not|Customer|Supplier|Agreement|Parties)(?![\p{L}])/gu;
    const counted = (text: string, contentStart: number, keywords: string[]): string => {
      let score = 0;
      for (const keyword of keywords) if (keyword !== '') score += /^(?:artikel|art\.|bijlage)$/i.test(keyword) ? 10 : -10;
      const sample = text.slice(contentStart, contentStart + 20_000);
      score += (sample.match(dutch)?.length ?? 0) - (sample.match(english)?.length ?? 0);
      return score >= 0 ? 'nl' : 'en';
    };
    // Words packed as tightly as they can be, so that the sample's count comes near its bound.
    const words = fc.array(fc.constantFrom('de', 'en', 'of', 'het', 'the', 'not', 'x', 'é', ' ', ',', '\n'), { maxLength: 400 }).map((parts) => parts.join(' '));
    const keywords = fc.array(fc.constantFrom('Artikel', 'art.', 'Bijlage', 'Article', 'Annex', 'Schedule', ''), { maxLength: 30 });
    fc.assert(
      fc.property(words, fc.nat(), keywords, (text, at, headingKeywords) => {
        clearContractCaches();
        const contentStart = at % (text.length + 1);
        assert.equal(detectLanguage(text, contentStart, undefined, headingKeywords), counted(text, contentStart, headingKeywords));
      }),
      { numRuns: 3000 },
    );
  });

  it('puts lines where LineIndex does', () => {
    fc.assert(
      fc.property(markdownText, fc.nat(), fc.integer({ min: -2, max: 40 }), (text, at, line) => {
        const contentStart = text.length === 0 ? 0 : at % (text.length + 1);
        const lines = new SourceLines(text, contentStart);
        const index = new LineIndex(text);
        const firstLine = index.positionAt(contentStart).line;
        const start = Math.max(contentStart, index.offsetAt({ line: firstLine + line, character: 0 }));
        const next = firstLine + line + 1;
        let end = next < index.lineCount ? index.offsetAt({ line: next, character: 0 }) : text.length;
        while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
        assert.equal(lines.start(line), start);
        assert.equal(lines.end(line), end);
        // A LineIndex made from SourceLines' line starts (as lints do) is the one LineIndex makes itself.
        const shared = new LineIndex(text, lines.lineStarts);
        assert.equal(shared.lineCount, index.lineCount);
        for (let offset = 0; offset <= text.length; offset++) assert.deepEqual(shared.positionAt(offset), index.positionAt(offset));
      }),
      { numRuns: 3000 },
    );
  });

  it('re-lints after edits as a cold lint does', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.oneof(fc.constantFrom(...FRAGMENTS, 'Gegevens', 'gegevens', 'Applicatie', 'applicatie', '(hierna: Dienst)'), fc.string({ maxLength: 4 })) });
    fc.assert(
      fc.property(fc.nat({ max: SEEDS.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (seed, edits) => {
        let text = SEEDS[seed];
        clearContractCaches();
        lintContract(text, { fileName: 'x.overeenkomst.md' });
        for (const { at, remove, insert } of edits) {
          const place = at % (text.length + 1);
          text = text.slice(0, place) + insert + text.slice(place + remove);
          const warm = JSON.stringify(lintContract(text, { fileName: 'x.overeenkomst.md' }).findings);
          clearContractCaches();
          const cold = JSON.stringify(lintContract(text, { fileName: 'x.overeenkomst.md' }).findings);
          assert.equal(warm, cold);
          lintContract(text, { fileName: 'x.overeenkomst.md' });
        }
      }),
      { numRuns: 60 },
    );
  });
});

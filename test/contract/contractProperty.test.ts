/**
 * Property-based: whatever editing does to a contract (random edits, deleted lines, broken
 * Markdown, front matter cut in half), linting it never throws, no rule crashes, and every finding
 * and every fix points into the text.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { lintContract } from '../../src/core/contractEngine';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'contracts');
const SEEDS = readdirSync(FIXTURES).filter((file) => file.endsWith('.md')).sort().map((file) => readFileSync(path.join(FIXTURES, file), 'utf8'));

const FRAGMENTS = ['---', '\n', '## Artikel ', '1.1 ', 'Bijlage ', 'artikel 9.9', '**', '`', '<!--', '-->', '[NAAM]', '“', ':', '# ', '|', '```', '\r\n', 'afwijkingen:\n  - onderwerp: x', '\t', 'zo spoedig mogelijk'];

type Edit = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'drop-line'; line: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('drop-line' as const), line: fc.nat() }),
);

function apply(text: string, edits: Edit[]): string {
  let result = text;
  for (const e of edits) {
    if (e.kind === 'insert') {
      const at = e.at % (result.length + 1);
      result = result.slice(0, at) + e.text + result.slice(at);
    } else if (e.kind === 'delete') {
      const at = e.at % (result.length + 1);
      result = result.slice(0, at) + result.slice(at + e.length);
    } else {
      const lines = result.split('\n');
      lines.splice(e.line % Math.max(1, lines.length), 1);
      result = lines.join('\n');
    }
  }
  return result;
}

describe('contract linting on mutated contracts (property-based)', () => {
  it('never throws, no rule crashes, and ranges and fixes stay inside the text', () => {
    fc.assert(
      fc.property(fc.nat({ max: SEEDS.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 12 }), (seed, edits) => {
        const text = apply(SEEDS[seed], edits);
        const { findings } = lintContract(text, { fileName: 'x.overeenkomst.md' });
        for (const finding of findings) {
          assert.ok(!finding.message.en.includes('failed on this file'), `${finding.ruleId}: ${finding.message.en}`);
          assert.ok(finding.offset[0] >= 0 && finding.offset[0] <= finding.offset[1] && finding.offset[1] <= text.length, finding.ruleId);
          for (const fix of finding.fixes ?? []) {
            for (const e of fix.edits) assert.ok(e.offset[0] >= 0 && e.offset[0] <= e.offset[1] && e.offset[1] <= text.length);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});

/**
 * Property-based: whatever editing does to a contract and to its annex files (random edits, deleted
 * lines, broken Markdown, front matter cut in half), linting it never throws, no rule crashes, and
 * every finding and every fix points into its own text, with the line and column of its offsets.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { lintContract, type AnnexFileInput } from '../../src/core/contractEngine';
import type { Finding, Position } from '../../src/core/finding';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'contracts');
const SEEDS = readdirSync(FIXTURES).filter((file) => file.endsWith('.md')).sort().map((file) => readFileSync(path.join(FIXTURES, file), 'utf8'));
/** A contract with annexes in files of their own, and those files. */
const WITH_ANNEXES = path.join(FIXTURES, 'met-bijlagen');
const ANNEX_SEED = readFileSync(path.join(WITH_ANNEXES, 'dienstverlening.overeenkomst.md'), 'utf8');
const ANNEX_FILES = readdirSync(WITH_ANNEXES).filter((file) => file.startsWith('bijlage-')).sort().map((file) => ({ path: file, text: readFileSync(path.join(WITH_ANNEXES, file), 'utf8') }));

const FRAGMENTS = ['---', '\n', '## Artikel ', '1.1 ', 'Bijlage ', 'artikel 9.9', '**', '`', '<!--', '-->', '[NAAM]', '“', ':', '# ', '|', '```', '\r\n', '\r', '\u2028', 'afwijkingen:\n  - onderwerp: x', '\t', 'zo spoedig mogelijk'];

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

/** The line and column of an offset, lines ending at "\n", "\r\n" or "\r" (as editors and SARIF count them). */
function positionOf(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** No rule crashed, and each finding and fix edit lies inside `text`, its range at its offsets. */
function checkFindings(text: string, findings: Finding[], where: string): void {
  for (const finding of findings) {
    assert.ok(!finding.message.en.includes('failed on this file'), `${where} ${finding.ruleId}: ${finding.message.en}`);
    assert.ok(finding.offset[0] >= 0 && finding.offset[0] <= finding.offset[1] && finding.offset[1] <= text.length, `${where} ${finding.ruleId}`);
    assert.deepEqual(finding.range, { start: positionOf(text, finding.offset[0]), end: positionOf(text, finding.offset[1]) }, `${where} ${finding.ruleId}: range at the offsets`);
    for (const fix of finding.fixes ?? []) {
      for (const e of fix.edits) assert.ok(e.offset[0] >= 0 && e.offset[0] <= e.offset[1] && e.offset[1] <= text.length, `${where} ${finding.ruleId}: fix edit`);
    }
  }
}

describe('contract linting on mutated contracts (property-based)', () => {
  it('never throws, no rule crashes, and ranges and fixes stay inside the text', () => {
    fc.assert(
      fc.property(fc.nat({ max: SEEDS.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 12 }), (seed, edits) => {
        const text = apply(SEEDS[seed], edits);
        checkFindings(text, lintContract(text, { fileName: 'x.overeenkomst.md' }).findings, 'contract');
      }),
      { numRuns: 2000 },
    );
  });

  it('does the same for a contract and its annex files, each edited or missing', () => {
    fc.assert(
      fc.property(
        fc.array(edit, { maxLength: 8 }),
        fc.array(fc.oneof(fc.array(edit, { minLength: 1, maxLength: 8 }), fc.constant(null)), { minLength: ANNEX_FILES.length, maxLength: ANNEX_FILES.length }),
        (contractEdits, annexEdits) => {
          const text = apply(ANNEX_SEED, contractEdits);
          const annexFiles: AnnexFileInput[] = ANNEX_FILES.map((file, i) => (annexEdits[i] === null ? { path: file.path, problem: 'not-found' as const } : { path: file.path, text: apply(file.text, annexEdits[i]) }));
          const result = lintContract(text, { fileName: 'dienstverlening.overeenkomst.md', annexFiles });
          checkFindings(text, result.findings, 'contract');
          for (const annex of result.annexFiles) checkFindings(annex.contract.text, annex.findings, annex.path);
        },
      ),
      { numRuns: 500 },
    );
  });
});

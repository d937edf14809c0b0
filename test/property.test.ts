/**
 * Property-based: whatever an author's keyboard, an editor's save or a broken download does to a
 * declaration, linting it never throws, and every finding and every fix points into the text.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { lintDeclaration, lintDeclarationBytes } from '../src/core/engine';
import type { Finding, Position, Range } from '../src/core/finding';
import { ROOT } from './helpers/cli';
import { recordYaml, TODAY, VALID_RECORD } from './helpers/declarations';

interface Seed {
  fileName: string;
  text: string;
}

function template(name: string, index = 0): Record<string, unknown> {
  const records = JSON.parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'corpus', 'templates', `${name}.json`), 'utf8')) as Array<Record<string, unknown>>;
  return records[index];
}

/** YAML that uses what authors use: comments, folded text, flow lists, quotes, an anchor and an alias, a nested block. */
const HANDWRITTEN_YAML = `# Verkeerslichten op de Ringweg
name: "Verkeerslichten regelen op de Ringweg"
description_short: >
  Dit algoritme regelt de verkeerslichten
  op de Ringweg met sensoren in het wegdek.
organization: &org Gemeente Noorderhaaks
category: [Verkeer, 'Mobiliteit en vervoer']
status: In gebruik
begin_date: 2021-03
contact_email: algoritmes@noorderhaaks.nl
publication_category: Overige algoritmes
provider: *org
goal: |
  De doorstroming verbeteren. <p>Minder wachttijd</p> &amp; minder uitstoot.
lawful_basis_grouping:
  - title: Wegenverkeerswet 1994
    link: https://wetten.overheid.nl/BWBR0006622
human_intervention: Een verkeerskundige kijkt elke week naar de wachttijden.
lang: NLD # fout: moet nld zijn
standard_version: '1.0'
inkooplint:
  role: adviserend
  technique: regelgebaseerd
`;

const SEEDS: Seed[] = [
  { fileName: 'a.algoritme.yaml', text: recordYaml() },
  { fileName: 'b.algoritme.yaml', text: HANDWRITTEN_YAML },
  { fileName: 'c.algoritme.yaml', text: HANDWRITTEN_YAML.replace(/\n/g, '\r\n') },
  { fileName: 'd.algoritme.yaml', text: `\uFEFF${stringify(template('edata-especialisten'), { lineWidth: 0 })}` },
  { fileName: 'e.algoritme.yaml', text: stringify(template('zylab')) },
  { fileName: 'f.algoritme.json', text: JSON.stringify(VALID_RECORD, null, 2) },
  { fileName: 'g.algoritme.json', text: JSON.stringify([template('bmconsultants'), template('centric', 1)], null, 2) },
  { fileName: 'h.algoritme.json', text: JSON.stringify(template('oribi')) },
  { fileName: 'i.algoritme.json', text: `\uFEFF${JSON.stringify(template('zylab'), null, 4).replace(/\n/g, '\r\n')}` },
];

/** Characters that mean something to YAML or JSON, whitespace of all kinds, and text that is hard on decoders and line counters. */
const SPECIAL = [
  '"', "'", ':', ': ', ',', '[', ']', '{', '}', '-', '- ', '?', '#', ' #', '&a ', '*a', '!', '!!str ', '|', '>', '%', '@', '`', '\\', '/', '//', '/*', '*/',
  '\t', ' ', '  ', '\n', '\r', '\r\n', '\n\n', '---\n', '...\n', '\0', '\u0007', '\u001b', '\u00a0', '\u2028', '\u2029', '\uFEFF',
  'é', 'ë', '€', '😀', '\uD83D', '\uDE00', '\u0301', 'null', 'true', '~', '0x1F', '1e400', '-.inf', '&#x1F600;', '&amp;', '<p>', '</a>', '<',
  'https://', 'http://x', 'a@b.nl', '2024-13', 'name', 'lang', 'nld', 'NLD', 'status', 'In gebruik',
];

const insertText = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SPECIAL) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) }), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));

type Mutation =
  | { kind: 'delete-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'insert-line'; at: number; text: string }
  | { kind: 'swap-lines'; at: number; other: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; length: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'indent'; at: number; indent: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert-line' as const), at: fc.nat(), text: insertText }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: insertText }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }), text: insertText }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), indent: fc.constantFrom('', ' ', '   ', '      ', '\t', ' \t', '- ', '  - ') }),
);

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const line = m.at % lines.length;
  const at = m.at % (text.length + 1);
  switch (m.kind) {
    case 'delete-line':
      return [...lines.slice(0, line), ...lines.slice(line + 1)].join('\n');
    case 'duplicate-line':
      return [...lines.slice(0, line + 1), ...lines.slice(line)].join('\n');
    case 'insert-line':
      return [...lines.slice(0, line), m.text, ...lines.slice(line)].join('\n');
    case 'swap-lines': {
      const other = m.other % lines.length;
      const swapped = [...lines];
      [swapped[line], swapped[other]] = [swapped[other], swapped[line]];
      return swapped.join('\n');
    }
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'replace':
      return text.slice(0, at) + m.text + text.slice(at + m.length);
    case 'truncate':
      return text.slice(0, at);
    case 'indent': {
      const changed = [...lines];
      changed[line] = m.indent + changed[line].replace(/^[ \t]*/, '');
      return changed.join('\n');
    }
  }
}

/** Line starts as an editor counts them: after \r\n, \r or \n. Written apart from the engine's LineIndex, to check it. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return starts;
}

function expectedPosition(starts: number[], offset: number): Position {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}

/** Length of a line without its line break (every line but the last ends in \r\n, \r or \n). */
function lineLength(text: string, starts: number[], line: number): number {
  if (line + 1 >= starts.length) return text.length - starts[line];
  const next = starts[line + 1];
  const crlf = text[next - 1] === '\n' && text[next - 2] === '\r' && next - 2 >= starts[line];
  return next - starts[line] - (crlf ? 2 : 1);
}

const MESSAGE_ID = /^(?:declaration|engine)\/?[\w-]*\.[\w.-]+$/;

function checkRange(text: string, starts: number[], offset: [number, number], range: Range, what: string): void {
  assert.ok(Number.isInteger(offset[0]) && Number.isInteger(offset[1]), `${what}: offsets ${offset} are not integers`);
  assert.ok(offset[0] >= 0 && offset[1] <= text.length, `${what}: offsets ${offset} outside [0, ${text.length}]`);
  assert.ok(offset[0] <= offset[1], `${what}: offsets ${offset} end before they start`);
  assert.deepEqual(range.start, expectedPosition(starts, offset[0]), `${what}: start does not match offset ${offset[0]}`);
  assert.deepEqual(range.end, expectedPosition(starts, offset[1]), `${what}: end does not match offset ${offset[1]}`);
  for (const position of [range.start, range.end]) {
    assert.ok(position.line >= 0 && position.line < starts.length, `${what}: line ${position.line} outside the text's ${starts.length} lines`);
    const length = lineLength(text, starts, position.line);
    assert.ok(position.character >= 0 && position.character <= length, `${what}: character ${position.character} past the end of line ${position.line} (${length} characters): it splits a line break`);
  }
}

function checkFindings(text: string, findings: Finding[]): void {
  const starts = lineStarts(text);
  for (const finding of findings) {
    const what = `${finding.ruleId} "${finding.message.en}"`;
    assert.ok(['error', 'warning', 'info'].includes(finding.severity), `${what}: severity ${finding.severity}`);
    // A rule that crashed is caught by the engine, but it is still a bug in the rule.
    assert.doesNotMatch(finding.message.en, /failed on this file/, what);
    for (const language of ['nl', 'en'] as const) {
      const message = finding.message[language];
      assert.ok(typeof message === 'string' && message.length > 0, `${what}: no ${language} message`);
      assert.doesNotMatch(message, MESSAGE_ID, `${what}: the ${language} message is missing from the bundle`);
      assert.doesNotMatch(message, /\{\w+\}/, `${what}: a placeholder is left in the ${language} message`);
    }
    checkRange(text, starts, finding.offset, finding.range, what);
    for (const fix of finding.fixes ?? []) {
      assert.ok(fix.title.en.length > 0 && !MESSAGE_ID.test(fix.title.en), `${what}: fix without a title`);
      for (const edit of fix.edits) {
        assert.equal(typeof edit.newText, 'string');
        checkRange(text, starts, edit.offset, edit.range, `${what} fix "${fix.title.en}"`);
      }
      const edits = [...fix.edits].sort((a, b) => a.offset[0] - b.offset[0]);
      for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1].offset[1] <= edits[i].offset[0], `${what}: fix edits overlap`);
    }
  }
}

function describeText(text: string): string {
  return JSON.stringify(text.length > 3000 ? `${text.slice(0, 3000)}…` : text);
}

describe('property: mutated declarations', function () {
  this.timeout(120_000);

  it('the seeds themselves lint, with findings that point into the text', () => {
    for (const seed of SEEDS) {
      const { findings, document } = lintDeclaration(seed.text, { fileName: seed.fileName, today: TODAY });
      assert.ok(document?.root, `${seed.fileName} did not parse`);
      checkFindings(seed.text, findings);
    }
  });

  it('never throw, and every finding and fix edit points into the text (random edits of YAML and JSON)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 8 }), (seed, mutations) => {
        const text = mutations.reduce(mutate, seed.text);
        let result;
        try {
          result = lintDeclaration(text, { fileName: seed.fileName, today: TODAY });
        } catch (error) {
          assert.fail(`lintDeclaration threw ${(error as Error)?.stack ?? error} on ${describeText(text)}`);
        }
        checkFindings(text, result.findings);
        // The same text read as the other format: a YAML file named .json and the other way round.
        const other = seed.fileName.endsWith('.json') ? 'x.algoritme.yaml' : 'x.algoritme.json';
        checkFindings(text, lintDeclaration(text, { fileName: other, today: TODAY }).findings);
      }),
      { numRuns: 2000 },
    );
  });

  it('applying a fix gives text that still lints without throwing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 0, maxLength: 4 }), (seed, mutations) => {
        const text = mutations.reduce(mutate, seed.text);
        for (const finding of lintDeclaration(text, { fileName: seed.fileName, today: TODAY }).findings) {
          for (const fix of finding.fixes ?? []) {
            let fixed = text;
            for (const edit of [...fix.edits].sort((a, b) => b.offset[0] - a.offset[0])) fixed = fixed.slice(0, edit.offset[0]) + edit.newText + fixed.slice(edit.offset[1]);
            checkFindings(fixed, lintDeclaration(fixed, { fileName: seed.fileName, today: TODAY }).findings);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on damaged bytes (invalid UTF-8, zero bytes, byte order marks), and point into what was read', () => {
    const byteEdit = fc.record({
      at: fc.nat(),
      bytes: fc.oneof(
        fc.uint8Array({ minLength: 1, maxLength: 4 }),
        fc.constantFrom(Uint8Array.of(0xef, 0xbb, 0xbf), Uint8Array.of(0xff, 0xfe), Uint8Array.of(0xc3), Uint8Array.of(0xe9), Uint8Array.of(0xed, 0xa0, 0x80), Uint8Array.of(0xf4, 0x90, 0x80, 0x80), Uint8Array.of(0)),
      ),
    });
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS), fc.array(byteEdit, { minLength: 1, maxLength: 3 }), (seed, edits) => {
        let bytes: Uint8Array = Buffer.from(seed.text, 'utf8');
        for (const edit of edits) {
          const at = edit.at % (bytes.length + 1);
          bytes = Buffer.concat([bytes.subarray(0, at), edit.bytes, bytes.subarray(at)]);
        }
        const { findings } = lintDeclarationBytes(bytes, { fileName: seed.fileName, today: TODAY });
        let decodable = !bytes.includes(0);
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          decodable = false;
        }
        if (!decodable) assert.ok(findings.some((f) => f.ruleId === 'declaration/syntax'), 'undecodable bytes without a syntax finding');
        // Positions count in the text as far as it could be read (an undecodable byte ends it).
        const readable = new TextDecoder('utf-8').decode(bytes);
        const starts = lineStarts(readable);
        for (const finding of findings) {
          assert.ok(finding.range.start.line < starts.length, `${finding.message.en}: line ${finding.range.start.line} past the text`);
          assert.ok(finding.offset[0] >= 0 && finding.offset[0] <= finding.offset[1] && finding.offset[1] <= readable.length, `${finding.message.en}: offsets ${finding.offset}`);
        }
      }),
      { numRuns: 500 },
    );
  });
});

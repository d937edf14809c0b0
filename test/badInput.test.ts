/**
 * Bad input never crashes the linter, never hangs it, and always yields a finding: in the report, in
 * every format, with an exit code of 1, so that a CI pipeline reading SARIF sees it. Linting never
 * writes a file.
 *
 * Most of these tests run the built CLI as a child process: a V8 abort (the `yaml` library on deeply
 * nested input, exit 134) or an endless regular expression must fail a test, not take mocha down.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { MAX_JSON_BYTES, MAX_YAML_BYTES, lintDeclaration, lintDeclarationBytes } from '../src/core/engine';
import { MAX_NESTING_DEPTH } from '../src/core/document/nestingDepth';
import { ensureBuilt } from './helpers/build';
import { CLI, ROOT } from './helpers/cli';
import { recordYaml, textAt, VALID_RECORD } from './helpers/declarations';

// The SARIF 2.1.0 schema as Microsoft's SARIF tooling ships it on the npm registry.
import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';

const sarifAjv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(sarifAjv);
const validateSarif = sarifAjv.compile(sarifSchema);

const SYNTAX = 'declaration/syntax';
const TOO_DEEP = new RegExp(`nests deeper than ${MAX_NESTING_DEPTH} levels`);
const MB = 1024 * 1024;

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a Node process; a crash shows as a signal or an exit code other than the CLI's own 0, 1 and 2. */
function runNode(args: string[], cwd: string, timeoutMs = 60_000): Run {
  const env: Record<string, string | undefined> = { ...process.env, LC_ALL: undefined, LC_MESSAGES: undefined, LANG: undefined, NO_COLOR: '1' };
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd, env: env as NodeJS.ProcessEnv, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 512 * MB });
  return { status: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '', ms: Date.now() - started };
}

function runCli(args: string[], cwd: string, timeoutMs?: number): Run {
  return runNode([CLI, ...args], cwd, timeoutMs);
}

function describeRun(run: Run): string {
  return `exit ${run.status}, signal ${run.signal}, ${run.ms} ms\nstderr: ${run.stderr.slice(0, 2000)}\nstdout: ${run.stdout.slice(0, 2000)}`;
}

/** What the CLI's json format prints per finding. */
interface JsonFinding {
  file: string;
  ruleId: string;
  severity: string;
  message: string;
  messages: { nl: string; en: string };
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  pointer?: string;
}

/** The file's lines as an editor shows them: UTF-8 with a BOM dropped, undecodable bytes as one character each. */
function editorLines(bytes: Uint8Array): string[] {
  return new TextDecoder('utf-8').decode(bytes).split(/\r\n|\r|\n/);
}

/** Asserts that a 1-based line/column pair lies in the file (a column may sit just past a line's last character). */
function assertInside(lines: string[], line: number, column: number, what: string): void {
  assert.ok(Number.isInteger(line) && line >= 1 && line <= lines.length, `${what}: line ${line} is outside the file (${lines.length} lines)`);
  const length = lines[line - 1].length;
  assert.ok(Number.isInteger(column) && column >= 1 && column <= length + 1, `${what}: column ${column} is outside line ${line} (${length} characters)`);
}

interface BadFile {
  name: string;
  content: string | Uint8Array;
  /** The English message of the declaration/syntax finding that says what is wrong. */
  message: RegExp;
  /** Where that finding starts (1-based), when it is certain. */
  at?: { line: number; column: number };
}

function flowNesting(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

/** The "billion laughs": nine anchors, each a list of nine aliases to the one before. */
function billionLaughs(): string {
  const lines = ['lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 9; i++) lines.push(`lol${i}: &lol${i} [${Array(9).fill(`*lol${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const body = bigEndian ? Buffer.from(le).swap16() : le;
  return bom ? Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), body]) : body;
}

/** A text of at least `size` characters made of `unit` repeated. */
function filled(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length));
}

const PNG_HEADER = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00]);

const BAD_FILES: BadFile[] = [
  // Nesting bombs: refused by the scan before any parser runs. Several in one folder, YAML and JSON,
  // some identical, so that one process would parse such text more than once (the V8 abort's trigger).
  { name: 'flow-5000.algoritme.yaml', content: flowNesting(5000), message: TOO_DEEP },
  { name: 'flow-5000-again.algoritme.yaml', content: flowNesting(5000), message: TOO_DEEP },
  { name: 'flow-5000-unclosed.algoritme.yaml', content: `name: A\ncategory: ${'['.repeat(5000)}\n`, message: TOO_DEEP },
  { name: 'flow-maps-5000.algoritme.yaml', content: `${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n`, message: TOO_DEEP },
  { name: 'flow-5000.algoritme.json', content: flowNesting(5000), message: TOO_DEEP },
  { name: 'flow-5000-again.algoritme.json', content: flowNesting(5000), message: TOO_DEEP },
  { name: 'flow-maps-5000.algoritme.json', content: `${'{"a": '.repeat(5000)}1${'}'.repeat(5000)}`, message: TOO_DEEP },
  { name: 'export-deep.algoritme.json', content: `[{"name": "A", "category": ${flowNesting(5000)}}]`, message: TOO_DEEP, at: { line: 1, column: '[{"name": "A", "category": '.length + MAX_NESTING_DEPTH - 1 } },
  {
    name: 'block-maps-300.algoritme.yaml',
    content: Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + '\n',
    message: TOO_DEEP,
  },
  { name: 'block-seq-5000.algoritme.yaml', content: `category:\n  ${'- '.repeat(5000)}x\n`, message: TOO_DEEP },
  // Aliases.
  { name: 'billion-laughs.algoritme.yaml', content: billionLaughs(), message: /Aliases \(\*name\) expand this file to more than 10000 nodes/ },
  { name: 'self-alias.algoritme.yaml', content: 'name: &x\n  b: *x\n', message: /The alias \*x refers to itself/, at: { line: 2, column: 6 } },
  { name: 'self-alias-flow.algoritme.yaml', content: 'category: &c [a, *c]\n', message: /The alias \*c refers to itself/, at: { line: 1, column: 'category: &c [a, '.length + 1 } },
  {
    // 40,000 aliases: resolving each one by walking the whole document took minutes.
    name: 'many-aliases.algoritme.yaml',
    content: `a: &a x\nlist:\n${'  - y\n'.repeat(20_000)}${'  - *a\n'.repeat(20_000)}`,
    message: /Aliases \(\*name\) expand this file to more than 10000 nodes/,
  },
  // Size: YAML over its limit is refused unread; only the first bytes are read.
  { name: 'huge-20mb.algoritme.yaml', content: filled(recordYaml().replace(/^/gm, '  ').replace(/^ {2}/, '- '), 20 * MB), message: /This file is 20\.0 MB, more than the limit of 4\.0 MB/, at: { line: 1, column: 1 } },
  // Not text.
  { name: 'image.algoritme.yaml', content: PNG_HEADER, message: /not a text file but a binary one \(a zero byte at position 8\)/, at: { line: 3, column: 1 } },
  { name: 'image.algoritme.json', content: PNG_HEADER, message: /binary one/ },
  {
    name: 'zero-byte-late.algoritme.yaml',
    content: `# ${'x'.repeat(9000)}\nname: Te\0st\n`,
    message: /binary one \(a zero byte at position 9011\)/,
    at: { line: 2, column: 9 },
  },
  // Empty.
  { name: 'empty.algoritme.yaml', content: '', message: /This file is empty/, at: { line: 1, column: 1 } },
  { name: 'empty.algoritme.json', content: '', message: /This file is empty/, at: { line: 1, column: 1 } },
  { name: 'whitespace.algoritme.yaml', content: '  \n\n\t\n   ', message: /This file is empty/ },
  { name: 'whitespace.algoritme.json', content: ' \r\n \n\t', message: /This file is empty/ },
  { name: 'bom-only.algoritme.yaml', content: '\uFEFF', message: /This file is empty/, at: { line: 1, column: 1 } },
  // Wrong encodings.
  { name: 'latin1.algoritme.yaml', content: Buffer.from('name: Café\nlang: nld\n', 'latin1'), message: /not UTF-8 text \(invalid byte at position 9\)/, at: { line: 1, column: 10 } },
  { name: 'latin1.algoritme.json', content: Buffer.from('{\n  "name": "Café"\n}\n', 'latin1'), message: /not UTF-8 text \(invalid byte at position 16\)/, at: { line: 2, column: 15 } },
  { name: 'utf16le-bom.algoritme.yaml', content: utf16('name: Test\nlang: nld\n', false, true), message: /saved as UTF-16/, at: { line: 1, column: 1 } },
  { name: 'utf16be-bom.algoritme.json', content: utf16('{"name": "Test"}', true, true), message: /saved as UTF-16/, at: { line: 1, column: 1 } },
  { name: 'utf16le-no-bom.algoritme.yaml', content: utf16('name: Test\n', false, false), message: /binary one \(a zero byte at position 1\)|UTF-16/ },
  // Malformed YAML.
  { name: 'truncated.algoritme.yaml', content: `${recordYaml({ category: undefined })}category: [Verkeer, Ver`, message: /not closed properly|missing here/ },
  { name: 'unclosed-quote.algoritme.yaml', content: 'name: "Half geschreven\nlang: nld\n', message: /A character is missing here, such as a colon, a closing quote/ },
  { name: 'tabs.algoritme.yaml', content: 'name: A\ncategory:\n\t- Verkeer\n', message: /A tab is used for indentation here/, at: { line: 3, column: 1 } },
  { name: 'duplicate.algoritme.yaml', content: 'name: Een\nlang: nld\nname: Twee\n', message: /The key 'name' appears twice/, at: { line: 3, column: 1 } },
  { name: 'crlf-duplicate.algoritme.yaml', content: 'name: Een\r\nlang: nld\r\nname: Twee\r\n', message: /The key 'name' appears twice/, at: { line: 3, column: 1 } },
  { name: 'bom-duplicate.algoritme.yaml', content: '\uFEFFname: Een\nname: Twee\n', message: /The key 'name' appears twice/, at: { line: 2, column: 1 } },
  { name: 'garbage.algoritme.yaml', content: ':\n- ]\n{ x\n', message: /./ },
  // Malformed JSON.
  { name: 'trailing-comma-and-comment.algoritme.json', content: '{\n  // opmerking\n  "name": "A",\n}\n', message: /JSON does not allow comments/, at: { line: 2, column: 3 } },
  { name: 'trailing-comma.algoritme.json', content: '{\n  "name": "A",\n  "lang": "nld",\n}\n', message: /A key in double quotes is expected here|A value is expected here/ },
  { name: 'unclosed-string.algoritme.json', content: '{\n  "name": "Half geschreven\n}\n', message: /This string is not closed with a double quote/, at: { line: 2, column: 11 } },
  { name: 'truncated.algoritme.json', content: '{"name": "A", "lang": "nl', message: /This string is not closed with a double quote/, at: { line: 1, column: 23 } },
  { name: 'duplicate.algoritme.json', content: '{"name": "Een", "name": "Twee"}', message: /The key 'name' appears twice/, at: { line: 1, column: 17 } },
  { name: 'crlf-duplicate.algoritme.json', content: '{\r\n  "name": "Een",\r\n  "name": "Twee"\r\n}\r\n', message: /The key 'name' appears twice/, at: { line: 3, column: 3 } },
  // The BOM is no character in the editor, nor in SARIF (SARIF 2.1.0, 3.30.2): column 15, as without it.
  { name: 'bom-duplicate.algoritme.json', content: '\uFEFF{"name": "A", "name": "B"}', message: /The key 'name' appears twice/, at: { line: 1, column: 15 } },
  { name: 'yaml-in-json.algoritme.json', content: 'name: A\nlang: nld\n', message: /./, at: { line: 1, column: 1 } },
];

describe('bad input: a folder of bad files, linted by the built CLI in one process', function () {
  this.timeout(180_000);
  let dir: string;
  const runs: Partial<Record<'stylish' | 'json' | 'sarif', Run>> = {};
  const original = new Map<string, { hash: string; mtimeMs: number }>();
  const OLD = new Date('2001-02-03T04:05:06Z');

  before(() => {
    ensureBuilt();
    dir = mkdtempSync(path.join(tmpdir(), 'inkooplint-bad-'));
    for (const file of BAD_FILES) {
      const target = path.join(dir, file.name);
      writeFileSync(target, file.content);
      utimesSync(target, OLD, OLD);
      original.set(file.name, { hash: createHash('sha256').update(readFileSync(target)).digest('hex'), mtimeMs: statSync(target).mtimeMs });
    }
    for (const format of ['stylish', 'json', 'sarif'] as const) runs[format] = runCli(['.', '--format', format, '--lang', 'en'], dir);
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has no two cases with one name', () => {
    assert.equal(new Set(BAD_FILES.map((f) => f.name)).size, BAD_FILES.length);
  });

  for (const format of ['stylish', 'json', 'sarif'] as const) {
    it(`${format}: exits 1, without a crash, in reasonable time`, () => {
      const run = runs[format]!;
      assert.equal(run.signal, null, describeRun(run));
      assert.equal(run.status, 1, describeRun(run));
      assert.ok(run.ms < 30_000, `took ${run.ms} ms`);
      assert.doesNotMatch(run.stderr, /inkooplint:|Error|at .*\.js:\d+/, run.stderr);
    });
  }

  it('json: stdout is the report alone, with a declaration/syntax finding per bad file that says what is wrong, inside the file', () => {
    const run = runs.json!;
    assert.equal(run.stderr, '');
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    assert.ok(Array.isArray(findings));
    for (const file of BAD_FILES) {
      const own = findings.filter((f) => f.file === file.name);
      const syntax = own.filter((f) => f.ruleId === SYNTAX);
      assert.ok(syntax.length > 0, `${file.name}: no ${SYNTAX} finding; got ${JSON.stringify(own.map((f) => `${f.ruleId}: ${f.message}`))}`);
      const finding = syntax.find((f) => file.message.test(f.messages.en));
      assert.ok(finding, `${file.name}: no ${SYNTAX} finding says ${file.message}; got ${JSON.stringify(syntax.map((f) => f.messages.en))}`);
      assert.equal(finding.severity, 'error', file.name);
      assert.equal(finding.message, finding.messages.en, file.name);
      assert.ok(finding.messages.nl.length > 0 && finding.messages.nl !== finding.messages.en, `${file.name}: no Dutch message`);
      const lines = editorLines(typeof file.content === 'string' ? Buffer.from(file.content) : file.content);
      for (const f of own) {
        assertInside(lines, f.line, f.column, `${file.name} ${f.ruleId} start`);
        assertInside(lines, f.endLine, f.endColumn, `${file.name} ${f.ruleId} end`);
        assert.ok(f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column), `${file.name}: range ends before it starts`);
      }
      if (file.at) assert.deepEqual({ line: finding.line, column: finding.column }, file.at, `${file.name}: ${finding.messages.en}`);
    }
    const named = new Set(BAD_FILES.map((f) => f.name));
    assert.deepEqual([...new Set(findings.map((f) => f.file))].filter((f) => !named.has(f)), []);
  });

  it('sarif: stdout is valid SARIF 2.1.0 with an error result per bad file, in the file', () => {
    const run = runs.sarif!;
    assert.equal(run.stderr, '');
    assert.ok(validateSarif(JSON.parse(run.stdout)), JSON.stringify(validateSarif.errors?.slice(0, 5), null, 2));
    const log = JSON.parse(run.stdout);
    const [theRun] = log.runs;
    const rules = theRun.tool.driver.rules as Array<{ id: string }>;
    const artifacts = (theRun.artifacts as Array<{ location: { uri: string } }>).map((a) => a.location.uri);
    for (const file of BAD_FILES) {
      assert.ok(artifacts.includes(encodeURIComponent(file.name)), `${file.name} is not among the artifacts`);
      const results = (theRun.results as Array<Record<string, any>>).filter((r) => r.locations[0].physicalLocation.artifactLocation.uri === encodeURIComponent(file.name));
      const result = results.find((r) => r.ruleId === SYNTAX && file.message.test(r.message.text));
      assert.ok(result, `${file.name}: no ${SYNTAX} result says ${file.message}`);
      assert.equal(result.level, 'error');
      assert.equal(rules[result.ruleIndex].id, SYNTAX);
      assert.equal(artifacts[result.locations[0].physicalLocation.artifactLocation.index], encodeURIComponent(file.name));
      const region = result.locations[0].physicalLocation.region;
      const lines = editorLines(typeof file.content === 'string' ? Buffer.from(file.content) : file.content);
      assertInside(lines, region.startLine, region.startColumn, `${file.name} SARIF start`);
      assertInside(lines, region.endLine, region.endColumn, `${file.name} SARIF end`);
      if (file.at) assert.deepEqual({ line: region.startLine, column: region.startColumn }, file.at, file.name);
    }
  });

  it('stylish: a file:line:column line with the message per bad file, and a summary', () => {
    const run = runs.stylish!;
    const lines = run.stdout.split('\n');
    for (const file of BAD_FILES) {
      const line = lines.find((l) => l.startsWith(`${file.name}:`) && l.endsWith(SYNTAX) && file.message.test(l));
      assert.ok(line, `${file.name}: no stylish line for ${file.message}`);
      assert.match(line, new RegExp(`^${file.name.replace(/\./g, '\\.')}:\\d+:\\d+ +error +`));
      if (file.at) assert.ok(line.startsWith(`${file.name}:${file.at.line}:${file.at.column} `), line);
    }
    assert.match(run.stdout, new RegExp(`in ${BAD_FILES.length} files`));
  });

  it('writes nothing: every file keeps its bytes and its modification time, and no file appears', () => {
    assert.deepEqual(readdirSync(dir).sort(), BAD_FILES.map((f) => f.name).sort());
    for (const file of BAD_FILES) {
      const target = path.join(dir, file.name);
      const now = { hash: createHash('sha256').update(readFileSync(target)).digest('hex'), mtimeMs: statSync(target).mtimeMs };
      assert.deepEqual(now, original.get(file.name), file.name);
    }
  });
});

describe('bad input: large files', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    ensureBuilt();
    dir = mkdtempSync(path.join(tmpdir(), 'inkooplint-large-'));
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has limits that make a 20 MB YAML file too large and a 20 MB JSON export not', () => {
    assert.ok(MAX_YAML_BYTES < 20 * MB);
    assert.ok(MAX_JSON_BYTES > 20 * MB);
  });

  it('lints a 20 MB JSON register export, every record of it, in reasonable time', () => {
    const templates = path.join(ROOT, 'test', 'fixtures', 'corpus', 'templates');
    const records: unknown[] = readdirSync(templates).flatMap((name) => JSON.parse(readFileSync(path.join(templates, name), 'utf8')) as unknown[]);
    const parts: string[] = [];
    let size = 2;
    for (let i = 0; size < 20 * MB; i++) {
      const part = JSON.stringify({ ...(records[i % records.length] as object), name: `Algoritme ${i}` }, null, 2);
      parts.push(part);
      size += part.length + 2;
    }
    writeFileSync(path.join(dir, 'register-export.algoritme.json'), `[${parts.join(',\n')}]\n`);
    const run = runCli(['.', '--format', 'json', '--lang', 'en'], dir);
    assert.equal(run.signal, null, describeRun(run));
    assert.equal(run.status, 1, describeRun(run)); // the templates hold real defects
    assert.ok(run.ms < 30_000, `took ${run.ms} ms`);
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    assert.deepEqual(findings.filter((f) => f.ruleId === SYNTAX), []);
    const last = parts.length - 1;
    assert.ok(findings.some((f) => f.pointer?.startsWith(`/${last}/`)), `no finding in the last record (/${last})`);
    assert.ok(findings.some((f) => f.pointer?.startsWith('/0/')), 'no finding in the first record');
  });
});

describe('bad input: positions with a byte order mark and CRLF line endings (built CLI)', function () {
  this.timeout(60_000);
  let dir: string;
  // A record with an unknown key on line 1 and a wrong value further down.
  const yaml = `naam: X\n${recordYaml({ lang: 'NLD' })}`;
  const json = JSON.stringify({ naam: 'X', ...VALID_RECORD, lang: 'NLD' }, null, 2);
  const variants: Array<[string, string]> = [
    ['lf.algoritme.yaml', yaml],
    ['bom.algoritme.yaml', `\uFEFF${yaml}`],
    ['crlf.algoritme.yaml', yaml.replace(/\n/g, '\r\n')],
    ['bom-crlf.algoritme.yaml', `\uFEFF${yaml.replace(/\n/g, '\r\n')}`],
    ['lf.algoritme.json', json],
    ['bom.algoritme.json', `\uFEFF${json}`],
    ['crlf.algoritme.json', json.replace(/\n/g, '\r\n')],
    ['bom-crlf.algoritme.json', `\uFEFF${json.replace(/\n/g, '\r\n')}`],
  ];
  const langLine = yaml.split('\n').findIndex((l) => l.startsWith('lang:')) + 1;
  const jsonLangLine = json.split('\n').findIndex((l) => l.startsWith('  "lang":')) + 1;

  before(() => {
    ensureBuilt();
    dir = mkdtempSync(path.join(tmpdir(), 'inkooplint-positions-'));
    for (const [name, text] of variants) writeFileSync(path.join(dir, name), text);
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const positions = (findings: Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number; pointer?: string }>): string[] =>
    findings.map((f) => `${f.ruleId} ${f.pointer} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`).sort();

  it('json: every variant reports the same lines and columns as the plain LF file, which are right', () => {
    const run = runCli(['.', '--format', 'json', '--lang', 'en'], dir);
    assert.equal(run.status, 1, describeRun(run));
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    const of = (name: string): JsonFinding[] => findings.filter((f) => f.file === name);
    const unknown = of('lf.algoritme.yaml').find((f) => f.pointer === '/naam');
    assert.deepEqual(unknown && [unknown.line, unknown.column, unknown.endLine, unknown.endColumn], [1, 1, 1, 5]);
    const lang = of('lf.algoritme.yaml').find((f) => f.pointer === '/lang');
    assert.deepEqual(lang && [lang.line, lang.column, lang.endLine, lang.endColumn], [langLine, 7, langLine, 10]);
    const jsonUnknown = of('lf.algoritme.json').find((f) => f.pointer === '/naam');
    assert.deepEqual(jsonUnknown && [jsonUnknown.line, jsonUnknown.column], [2, 3]);
    const jsonLang = of('lf.algoritme.json').find((f) => f.pointer === '/lang');
    assert.deepEqual(jsonLang && [jsonLang.line, jsonLang.column, jsonLang.endColumn], [jsonLangLine, 11, 16]);
    for (const [name] of variants) {
      const base = name.endsWith('.json') ? 'lf.algoritme.json' : 'lf.algoritme.yaml';
      assert.deepEqual(positions(of(name)), positions(of(base)), name);
    }
  });

  it('sarif: regions do not depend on a byte order mark or on CRLF (SARIF 2.1.0, 3.30.2)', () => {
    const run = runCli(['.', '--format', 'sarif', '--lang', 'en'], dir);
    assert.ok(validateSarif(JSON.parse(run.stdout)), JSON.stringify(validateSarif.errors?.slice(0, 5), null, 2));
    const log = JSON.parse(run.stdout);
    const regions = (name: string): string[] =>
      (log.runs[0].results as Array<Record<string, any>>)
        .filter((r) => r.locations[0].physicalLocation.artifactLocation.uri === name)
        .map((r) => {
          const g = r.locations[0].physicalLocation.region;
          return `${r.ruleId} ${r.properties.pointer} ${g.startLine}:${g.startColumn}-${g.endLine}:${g.endColumn}`;
        })
        .sort();
    assert.ok(regions('lf.algoritme.yaml').includes('declaration/schema /naam 1:1-1:5'), regions('lf.algoritme.yaml').join('\n'));
    for (const [name] of variants) assert.deepEqual(regions(name), regions(name.endsWith('.json') ? 'lf.algoritme.json' : 'lf.algoritme.yaml'), name);
  });

  it('in process: offsets into text that holds a BOM count it, so they slice the text right', () => {
    const text = `\uFEFF${yaml}`;
    const findings = lintDeclaration(text, { fileName: 'x.algoritme.yaml' }).findings;
    const unknown = findings.find((f) => f.pointer === '/naam')!;
    assert.equal(textAt(text, unknown), 'naam');
    assert.deepEqual(unknown.range.start, { line: 0, character: 1 });
    assert.equal(textAt(text, findings.find((f) => f.pointer === '/lang')!), 'NLD');
  });

  it('in process: from bytes, a BOM changes no position', () => {
    const plain = lintDeclarationBytes(Buffer.from(yaml), { fileName: 'x.algoritme.yaml' }).findings;
    const withBom = lintDeclarationBytes(Buffer.from(`\uFEFF${yaml}`), { fileName: 'x.algoritme.yaml' }).findings;
    assert.deepEqual(withBom.map((f) => [f.pointer, f.range]), plain.map((f) => [f.pointer, f.range]));
  });
});

describe('bad input: the nesting bomb in this process (the V8 abort trap)', () => {
  const bombs: Array<[string, string, string]> = [
    ['a YAML flow nesting', flowNesting(5000), 'x.algoritme.yaml'],
    ['a YAML block sequence nesting', `${'- '.repeat(5000)}x\n`, 'x.algoritme.yaml'],
    ['a JSON nesting', flowNesting(5000), 'x.algoritme.json'],
  ];
  for (const [name, text, fileName] of bombs) {
    it(`refuses ${name} with a finding, twice in a row`, () => {
      for (let round = 0; round < 2; round++) {
        const { findings } = lintDeclaration(text, { fileName });
        const finding = findings.find((f) => f.ruleId === SYNTAX && TOO_DEEP.test(f.message.en));
        assert.ok(finding, `round ${round}: ${findings.map((f) => f.message.en).join('; ')}`);
        assert.ok(finding.offset[0] >= 0 && finding.offset[1] <= text.length);
      }
    });
  }
});

describe('bad input: MAX_NESTING_DEPTH leaves the yaml library room (in a child process)', function () {
  this.timeout(60_000);

  it(`is low enough that text nested right up to the limit (${MAX_NESTING_DEPTH}) parses, twice, in one process`, () => {
    // In a child process: should the library abort V8 after all, this test fails instead of mocha dying.
    const script = `
      const { parseDocument } = require('yaml');
      const { MAX_NESTING_DEPTH, scanNestingDepth } = require(${JSON.stringify(path.join(ROOT, 'src/core/document/nestingDepth.ts'))});
      const { lintDeclaration } = require(${JSON.stringify(path.join(ROOT, 'src/core/engine.ts'))});
      // The deepest text of each kind that the scan still lets through.
      const deepest = (make, format) => {
        let depth = MAX_NESTING_DEPTH + 10;
        while (scanNestingDepth(make(depth), format).offendingOffset !== undefined) depth--;
        return make(depth);
      };
      const texts = [
        ['flow lists', deepest((d) => '['.repeat(d) + ']'.repeat(d), 'yaml'), 'yaml'],
        ['flow maps', deepest((d) => '{a: '.repeat(d) + '1' + '}'.repeat(d), 'yaml'), 'yaml'],
        ['block sequences', deepest((d) => '- '.repeat(d) + 'x\\n', 'yaml'), 'yaml'],
        ['block maps', deepest((d) => Array.from({ length: d }, (_, i) => ' '.repeat(i) + 'k:').join('\\n') + ' x\\n', 'yaml'), 'yaml'],
        ['JSON', deepest((d) => '['.repeat(d) + ']'.repeat(d), 'json'), 'json'],
      ];
      const report = [];
      for (const [name, text, format] of texts) {
        const depth = scanNestingDepth(text, format).depth;
        for (let round = 0; round < 3; round++) {
          if (format === 'yaml') {
            const doc = parseDocument(text);
            if (doc.errors.some((e) => e.code === 'RESOURCE_EXHAUSTION')) throw new Error(name + ': resource exhaustion');
          }
          const { findings } = lintDeclaration(text, { fileName: 'x.algoritme.' + format });
          const bad = findings.find((f) => /nests deeper|could not be read|RESOURCE_EXHAUSTION/.test(f.message.en));
          if (bad) throw new Error(name + ': ' + bad.message.en);
        }
        report.push({ name, depth });
      }
      process.stdout.write(JSON.stringify(report));
    `;
    const run = runNode(['--require', 'tsx/cjs', '-e', script], ROOT);
    assert.equal(run.signal, null, describeRun(run));
    assert.equal(run.status, 0, describeRun(run));
    const report = JSON.parse(run.stdout) as Array<{ name: string; depth: number }>;
    for (const { name, depth } of report) assert.ok(depth >= MAX_NESTING_DEPTH - 2 && depth <= MAX_NESTING_DEPTH, `${name}: reached only ${depth}`);
  });
});

describe('bad input: the nesting scan cannot be dodged (built CLI, two copies per folder)', function () {
  this.timeout(120_000);
  const dodges: Array<[string, string, string]> = [
    // YAML: " #" inside a quoted scalar was taken for a comment, hiding the brackets after it.
    ['YAML: a quoted " #" before the brackets', `category: [" #", ${flowNesting(5000)}]\n`, 'yaml'],
    // YAML: closing brackets inside quoted scalars were subtracted.
    ['YAML: closing brackets inside quoted scalars', `category: ["]", ${'["]", '.repeat(5000)}${']'.repeat(5001)}\n`, 'yaml'],
    // YAML: an opening bracket inside a quoted scalar switched off the count of block nesting.
    ['YAML: a bracket in a quoted scalar, then deep block nesting', `name: "["\ncategory:\n  ${'- '.repeat(5000)}x\n`, 'yaml'],
    // JSON: jsonc-parser skips comments even when it reports them, so brackets in comments are no structure.
    ['JSON: closing brackets inside comments', `${'[/*]*/'.repeat(5000)}${']'.repeat(5000)}`, 'json'],
    // JSON: jsonc-parser ends a string at a line break.
    ['JSON: strings ended by a line break', `["\n${'["\n"\n'.repeat(5000)}${']'.repeat(5001)}`, 'json'],
  ];
  let dir: string;
  before(() => ensureBuilt());
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'inkooplint-dodge-'));
  });
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const [name, text, format] of dodges) {
    it(`refuses ${name} as too deep, without a crash`, () => {
      writeFileSync(path.join(dir, `a.algoritme.${format}`), text);
      writeFileSync(path.join(dir, `b.algoritme.${format}`), text);
      const run = runCli(['.', '--format', 'json', '--lang', 'en'], dir, 30_000);
      assert.equal(run.signal, null, describeRun(run));
      assert.equal(run.status, 1, describeRun(run));
      const findings = JSON.parse(run.stdout) as JsonFinding[];
      for (const file of [`a.algoritme.${format}`, `b.algoritme.${format}`]) {
        const own = findings.filter((f) => f.file === file && f.ruleId === SYNTAX);
        assert.ok(own.some((f) => TOO_DEEP.test(f.messages.en)), `${file}: ${JSON.stringify(own.map((f) => f.messages.en))}`);
      }
    });
  }
});

describe('bad input: no hang on long values (built CLI)', function () {
  this.timeout(120_000);
  // Each value is a few hundred kB, well inside the 4 MB limit; a linear pass takes milliseconds,
  // a regular expression that backtracks quadratically takes minutes.
  const slow: Array<[string, Record<string, unknown>]> = [
    // EMAIL_OR_HTTPS_PATTERN: [^\s@<>()]+\.[^\s@<>()]+$ tries every dot when the value ends in a space.
    ['contact_email: "a@a.a.a.…a. x"', { contact_email: `a@${'a.'.repeat(150_000)} x` }],
    // htmlToText: <\/?[a-zA-Z][^>]*> scans to the end of the text from every "<" when no ">" follows.
    ['human_intervention: "<a<a<a…"', { human_intervention: '<a'.repeat(150_000) }],
    ['goal: "<p<p<p…"', { goal: '<p'.repeat(150_000) }],
  ];
  let dir: string;
  before(() => ensureBuilt());
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'inkooplint-slow-'));
  });
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const [name, changes] of slow) {
    it(`lints ${name} within seconds`, () => {
      writeFileSync(path.join(dir, 'lang.algoritme.yaml'), recordYaml(changes));
      const run = runCli(['.', '--format', 'json'], dir, 20_000);
      assert.equal(run.signal, null, `killed after ${run.ms} ms: ${describeRun(run)}`);
      assert.ok(run.status === 0 || run.status === 1, describeRun(run));
      assert.ok(run.ms < 10_000, `took ${run.ms} ms`);
    });
  }
});

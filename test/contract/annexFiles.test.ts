import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_CONFIG, parseConfig } from '../../src/core/config/config';
import { annexFilePaths, lintContract, type AnnexFileInput } from '../../src/core/contractEngine';
import { allRuleMetas } from '../../src/core/engine';
import type { Finding } from '../../src/core/finding';
import { ensureBuilt } from '../helpers/build';
import { runCli } from '../helpers/cli';
import { expectationsIn } from '../rules/contract/fixtures.test';

const FOLDER = path.resolve(__dirname, '..', 'fixtures', 'contracts', 'met-bijlagen');
const MAIN = 'dienstverlening.overeenkomst.md';

function read(file: string): string {
  return readFileSync(path.join(FOLDER, file), 'utf8');
}

/** The annex files as a front door reads them: text when the file exists, else `not-found`. */
function annexInputs(text: string): AnnexFileInput[] {
  return annexFilePaths(text).map((written) => {
    const file = path.join(FOLDER, written);
    return existsSync(file) ? { path: written, text: readFileSync(file, 'utf8') } : { path: written, problem: 'not-found' as const };
  });
}

function describe1(finding: Finding): string {
  const topic = finding.properties?.topic;
  return `${finding.range.start.line + 1} ${finding.ruleId}${topic ? ` ${String(topic)}` : ''}: ${finding.message.en}`;
}

function compare(text: string, findings: Finding[]): { unexpected: string[]; unmet: string[] } {
  const unmet = [...expectationsIn(text)];
  const unexpected: string[] = [];
  for (const finding of findings) {
    const line = finding.range.start.line + 1;
    const index = unmet.findIndex((e) => e.line === line && e.rule === finding.ruleId && (e.topic === undefined || e.topic === finding.properties?.topic));
    if (index === -1) unexpected.push(describe1(finding));
    else unmet.splice(index, 1);
  }
  return { unexpected, unmet: unmet.map((e) => `${e.line} ${e.rule}${e.topic ? ` ${e.topic}` : ''}`) };
}

describe('annexes kept in separate files (bijlagen: / annexes:)', () => {
  const text = read(MAIN);

  it('lists the annex files of the front matter, in Dutch and English, as strings or with a path key', () => {
    assert.deepEqual(annexFilePaths(text), ['bijlage-b-verwerkersovereenkomst.md', 'bijlage-c-exitplan.md', 'bijlage-d-dienstniveaus.md']);
    assert.deepEqual(annexFilePaths('---\nannexes:\n  - path: annex-b.md\n  - annex-c.md\n---\n# X\n'), ['annex-b.md', 'annex-c.md']);
    assert.deepEqual(annexFilePaths('---\nbijlagen: bijlage-a.md\n---\n'), ['bijlage-a.md']);
    assert.deepEqual(annexFilePaths('# Geen front matter\n'), []);
  });

  it('gives exactly the findings written in the contract and in each annex file', () => {
    const result = lintContract(text, { fileName: MAIN, annexFiles: annexInputs(text) });
    assert.deepEqual(compare(text, result.findings), { unexpected: [], unmet: [] });
    assert.deepEqual(result.annexFiles.map((annex) => annex.path), ['bijlage-b-verwerkersovereenkomst.md', 'bijlage-c-exitplan.md']);
    for (const annex of result.annexFiles) {
      assert.deepEqual(compare(read(annex.path), annex.findings), { unexpected: [], unmet: [] }, annex.path);
    }
  });

  it('counts the annex files for coverage: without them the processing agreement and the exit are missing', () => {
    const alone = lintContract(text, { fileName: MAIN });
    const missing = alone.findings.filter((f) => f.ruleId === 'contract/missing-clause' && f.severity === 'warning').map((f) => f.properties?.topic).sort();
    assert.deepEqual(missing, ['exit', 'processing-agreement']);
    const withAnnexes = lintContract(text, { fileName: MAIN, annexFiles: annexInputs(text) });
    assert.deepEqual(withAnnexes.findings.filter((f) => f.ruleId === 'contract/missing-clause' && f.severity === 'warning'), []);
  });

  it('resolves "Bijlage B" and "Bijlage C" to the annex files (by heading and by file name), and not "Bijlage E"', () => {
    const alone = lintContract(text, { fileName: MAIN });
    const broken = (findings: Finding[]): string[] => findings.filter((f) => f.ruleId === 'contract/broken-reference').map((f) => String(f.properties?.target));
    assert.ok(broken(alone.findings).includes('B'), 'without the annex files, Bijlage B is missing');
    assert.ok(broken(alone.findings).includes('C'));
    const withAnnexes = lintContract(text, { fileName: MAIN, annexFiles: annexInputs(text) });
    assert.deepEqual(broken(withAnnexes.findings), ['bijlage-d-dienstniveaus.md', 'E']);
  });

  it('says which annex file is missing, at its entry in the front matter, in both languages', () => {
    const finding = lintContract(text, { fileName: MAIN, annexFiles: annexInputs(text) }).findings.find((f) => f.properties?.target === 'bijlage-d-dienstniveaus.md');
    assert.ok(finding);
    assert.equal(text.slice(finding.offset[0], finding.offset[1]), 'bijlage-d-dienstniveaus.md');
    assert.match(finding.message.nl, /Het bijlagebestand bijlage-d-dienstniveaus\.md bestaat niet/);
    assert.match(finding.message.en, /The annex file bijlage-d-dienstniveaus\.md does not exist/);
  });

  it('reports annex files that lie outside, are too large or are no text', () => {
    const front = '---\ntype: overeenkomst\nbijlagen: [a.md, b.md, c.md]\n---\n# Overeenkomst\n';
    const result = lintContract(front, {
      fileName: 'x.overeenkomst.md',
      annexFiles: [{ path: 'a.md', problem: 'outside' }, { path: 'b.md', problem: 'too-large' }, { path: 'c.md', problem: 'not-text' }],
    });
    const messages = result.findings.filter((f) => f.ruleId === 'contract/broken-reference').map((f) => f.message.en);
    assert.equal(messages.length, 3);
    assert.match(messages[0], /outside the folder/);
    assert.match(messages[1], /too large/);
    assert.match(messages[2], /not readable text/);
  });

  it('uses the contract\'s defined terms in an annex file, and counts their use there', () => {
    const result = lintContract(text, { fileName: MAIN, annexFiles: annexInputs(text) });
    const annexB = result.annexFiles.find((annex) => annex.path.startsWith('bijlage-b'));
    assert.ok(annexB);
    assert.equal(annexB.findings.filter((f) => f.ruleId === 'contract/undefined-term').length, 0);
    // "Exitplan" is defined in the contract and used only in Bijlage C's file.
    const unused = result.findings.filter((f) => f.ruleId === 'contract/undefined-term').map((f) => f.properties?.term);
    assert.deepEqual(unused, []);
    const alone = lintContract(text.replace('in Bijlage C.', 'elders.'), { fileName: MAIN });
    assert.ok(alone.findings.some((f) => f.ruleId === 'contract/undefined-term' && f.properties?.term === 'Exitplan'));
  });
});

describe('topics covered by the general conditions the contract declares (voorwaarden: / conditions:)', () => {
  const text = read(MAIN).replace(/## Artikel 11 Wijzigingen in het Algoritme[\s\S]*?(?=## Ondertekening)/, '');
  const annexFiles = annexInputs(text);
  const configText = 'conditions:\n  GIBIT 2023:\n    change-management: artikel 20\n';

  it('reports a topic as missing when no conditions map covers it (the built-in map records only what the conditions\' text confirms)', () => {
    const findings = lintContract(text, { fileName: MAIN, annexFiles, config: DEFAULT_CONFIG }).findings;
    assert.ok(findings.some((f) => f.ruleId === 'contract/missing-clause' && f.properties?.topic === 'change-management' && f.severity === 'warning'));
  });

  it('counts a topic covered by the declared conditions as covered, with an informational finding naming the article', () => {
    const { config, problems } = parseConfig(configText, allRuleMetas());
    assert.deepEqual(problems, []);
    const findings = lintContract(text, { fileName: MAIN, annexFiles, config }).findings.filter((f) => f.properties?.topic === 'change-management');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].severity, 'info');
    assert.equal(text.slice(findings[0].offset[0], findings[0].offset[1]), 'GIBIT 2023');
    assert.match(findings[0].message.nl, /De algemene voorwaarden GIBIT 2023 regelen dit onderwerp \(artikel 20\)/);
    assert.match(findings[0].message.en, /Check that the contract does not set this article aside/);
  });

  it('matches the conditions by name whatever the case or punctuation, and only the declared ones', () => {
    const { config } = parseConfig('conditions:\n  gibit-2023:\n    change-management: art. 20\n', allRuleMetas());
    assert.ok(lintContract(text, { fileName: MAIN, annexFiles, config }).findings.some((f) => f.properties?.topic === 'change-management' && f.severity === 'info'));
    const other = text.replace('  - GIBIT 2023', '  - ARBIT 2018');
    assert.ok(lintContract(other, { fileName: MAIN, annexFiles, config }).findings.some((f) => f.properties?.topic === 'change-management' && f.severity === 'warning'));
  });

  it('lets the configuration take a topic away with false, and reports unknown topics in the map', () => {
    const { config, problems } = parseConfig('conditions:\n  GIBIT 2023:\n    change-management: false\n    wijzigingen: artikel 20\n', allRuleMetas());
    assert.equal(problems.length, 1);
    assert.match(problems[0].message.en, /'wijzigingen' is not a topic/);
    assert.deepEqual(config.conditions, { 'GIBIT 2023': { 'change-management': false } });
    assert.ok(lintContract(text, { fileName: MAIN, annexFiles, config }).findings.some((f) => f.properties?.topic === 'change-management' && f.severity === 'warning'));
  });

  it('rejects a map of the wrong shape with a clear problem', () => {
    const { problems } = parseConfig('conditions:\n  GIBIT 2023: [exit]\n', allRuleMetas());
    assert.equal(problems.length, 1);
  });
});

describe('CLI: annex files are read relative to the contract and reported as files of their own', () => {
  before(ensureBuilt);

  it('reports findings in the annex files under their own paths', () => {
    const run = runCli(['--format', 'json', path.join(FOLDER, MAIN)], { cwd: FOLDER });
    assert.equal(run.status, 0, run.stderr);
    const findings = JSON.parse(run.stdout) as Array<{ file: string; ruleId: string; line: number }>;
    const inFile = (name: string): string[] => findings.filter((f) => path.basename(f.file) === name).map((f) => `${f.line} ${f.ruleId}`);
    assert.deepEqual(inFile('bijlage-b-verwerkersovereenkomst.md'), ['12 contract/broken-reference', '13 contract/placeholder']);
    assert.deepEqual(inFile('bijlage-c-exitplan.md'), []);
    assert.deepEqual(inFile(MAIN), ['12 contract/broken-reference', '41 contract/broken-reference']);
  });

  it('never reads an annex outside the contract\'s folder and the current folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'inkooplint-annex-'));
    const contract = path.join(dir, 'a.overeenkomst.md');
    writeFileSync(contract, '---\ntype: overeenkomst\nrisicoprofiel: overig\nbijlagen: [../../../etc/passwd]\n---\n# Overeenkomst\n');
    const run = runCli(['--format', 'json', '--lang', 'en', contract], { cwd: dir });
    const findings = JSON.parse(run.stdout) as Array<{ file: string; ruleId: string; message: string }>;
    assert.deepEqual([...new Set(findings.map((f) => path.basename(f.file)))], ['a.overeenkomst.md']);
    assert.ok(findings.some((f) => f.ruleId === 'contract/broken-reference' && /outside the folder/.test(f.message)), run.stdout);
  });
});

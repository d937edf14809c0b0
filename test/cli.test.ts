import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ROOT, runCli } from './helpers/cli';
import { recordYaml } from './helpers/declarations';

// The SARIF 2.1.0 schema as Microsoft's SARIF tooling ships it on the npm registry.
import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';

const sarifAjv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(sarifAjv);
const validateSarif = sarifAjv.compile(sarifSchema);

describe('CLI (built bundle, run as a process)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'inkooplint-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string): string => {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };

  it('exits 0 on a clean declaration and says so', () => {
    write('goed.algoritme.yaml', recordYaml());
    const run = runCli(['.'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Geen problemen gevonden in 1 bestand\./);
    assert.doesNotMatch(run.stdout, /juridisch advies/, 'no findings, nothing to weigh');
  });

  it('exits 1 on errors and prints file:line:column', () => {
    write('fout.algoritme.yaml', recordYaml({ lang: 'NLD' }));
    const run = runCli(['.'], { cwd: dir });
    assert.equal(run.status, 1);
    const line = recordYaml({ lang: 'NLD' }).split('\n').findIndex((l) => l.startsWith('lang:')) + 1;
    assert.match(run.stdout, new RegExp(`^fout\\.algoritme\\.yaml:${line}:7 +fout +'NLD' is geen toegestane waarde voor lang; bedoelt u 'nld'\\?`, 'm'));
    assert.match(run.stdout, /declaration\/schema/);
    assert.match(run.stdout, /bevindingen in 1 bestand .*\.\nDe bevindingen zijn een hulpmiddel bij de beoordeling, geen juridisch advies\.\n$/);
    assert.match(runCli(['.', '--lang', 'en'], { cwd: dir }).stdout, /\nThe findings are a review aid, not legal advice\.\n$/);
  });

  it('exits 0 with only warnings, and 1 when --max-warnings is exceeded', () => {
    write('w.algoritme.yaml', recordYaml({ status: 'Buiten gebruik', end_date: undefined }));
    assert.equal(runCli(['.'], { cwd: dir }).status, 0);
    assert.equal(runCli(['.', '--max-warnings', '1'], { cwd: dir }).status, 0);
    const run = runCli(['.', '--max-warnings', '0'], { cwd: dir });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /Er zijn 1 waarschuwingen|waarschuwingen/);
  });

  it('exits 2 with a clear message for usage errors', () => {
    const cases: Array<[string[], RegExp]> = [
      [['--format', 'xml', '.'], /'xml' is geen uitvoervorm/],
      [['--lang', 'de', '.'], /'de' is geen taal/],
      [['--max-warnings', 'veel', '.'], /geen geldig aantal/],
      [['--config', 'bestaat-niet.yaml', '.'], /bestaat-niet\.yaml bestaat niet/],
      [['bestaat-niet'], /bestaat-niet bestaat niet/],
      [['--onbekend'], /De opdracht klopt niet/],
      [['.'], /Geen algoritmebeschrijvingen gevonden/],
    ];
    for (const [args, message] of cases) {
      const run = runCli(args, { cwd: dir });
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stdout}${run.stderr}`);
      assert.match(run.stderr, message);
      assert.equal(run.stdout, '');
    }
  });

  it('prints help and version', () => {
    assert.match(runCli(['--help']).stdout, /Gebruik: inkooplint/);
    assert.match(runCli(['--help', '--lang', 'en']).stdout, /Usage: inkooplint/);
    assert.match(runCli(['--version']).stdout, /^\d+\.\d+\.\d+/);
  });

  it('searches folders by file pattern only, but lints a named file whatever its name', () => {
    write('a/decl.algoritme.yml', recordYaml({ lang: 'NLD' }));
    write('a/decl.algorithm.json', JSON.stringify({ ...JSON.parse(JSON.stringify(require('yaml').parse(recordYaml()))) }));
    write('a/notities.yaml', recordYaml({ lang: 'NLD' }));
    write('a/node_modules/x.algoritme.yaml', 'kapot: [');
    const run = runCli(['a', '--format', 'json'], { cwd: dir });
    const files = [...new Set((JSON.parse(run.stdout) as Array<{ file: string }>).map((f) => f.file))];
    assert.deepEqual(files, ['a/decl.algoritme.yml']);
    const named = runCli(['a/notities.yaml', '--format', 'json'], { cwd: dir });
    assert.equal(named.status, 1);
    assert.deepEqual([...new Set(JSON.parse(named.stdout).map((f: { file: string }) => f.file))], ['a/notities.yaml']);
  });

  it('lints what a glob matches when it is recognisably a declaration', () => {
    write('export/register.json', JSON.stringify([require('yaml').parse(recordYaml({ lang: 'NLD' }))], null, 2));
    write('export/package.json', JSON.stringify({ name: 'iets anders' }));
    const run = runCli(['export/*.json', '--format', 'json'], { cwd: dir });
    const findings = JSON.parse(run.stdout) as Array<{ file: string; pointer: string }>;
    assert.deepEqual([...new Set(findings.map((f) => f.file))], ['export/register.json']);
    assert.ok(findings.some((f) => f.pointer === '/0/lang'));
  });

  it('writes a documented JSON report, and nothing else, to stdout', () => {
    write('fout.algoritme.yaml', recordYaml({ lang: 'NLD' }));
    const run = runCli(['.', '--format', 'json'], { cwd: dir });
    const [finding] = JSON.parse(run.stdout);
    assert.deepEqual(Object.keys(finding).sort(), ['column', 'docUrl', 'endColumn', 'endLine', 'file', 'fixes', 'line', 'message', 'messages', 'pointer', 'ruleId', 'severity'].sort());
    assert.equal(finding.ruleId, 'declaration/schema');
    assert.equal(finding.pointer, '/lang');
    assert.equal(finding.fixes[0].edits[0].newText, 'nld');
    assert.match(finding.docUrl, /^file:\/\/.*\/docs\/rules\/declaration\/schema\.md$/);
    assert.equal(finding.messages.en, "'NLD' is not a permitted value for lang; did you mean 'nld'?");
  });

  it('writes valid SARIF 2.1.0 with rule ids, levels and 1-based regions', () => {
    write('sub/fout.algoritme.yaml', recordYaml({ lang: 'NLD', status: 'Buiten gebruik' }));
    const run = runCli(['.', '--format', 'sarif'], { cwd: dir });
    assert.equal(run.status, 1);
    assert.ok(validateSarif(JSON.parse(run.stdout)), JSON.stringify(validateSarif.errors, null, 2));
    const log = JSON.parse(run.stdout);
    assert.equal(log.version, '2.1.0');
    const results = log.runs[0].results as Array<Record<string, any>>;
    const lang = results.find((r) => r.ruleId === 'declaration/schema');
    assert.ok(lang);
    assert.equal(lang.level, 'error');
    assert.equal(lang.message.text, "'NLD' is geen toegestane waarde voor lang; bedoelt u 'nld'?");
    const location = lang.locations[0].physicalLocation;
    assert.equal(location.artifactLocation.uri, 'sub/fout.algoritme.yaml');
    const lines = recordYaml({ lang: 'NLD', status: 'Buiten gebruik' }).split('\n');
    assert.equal(location.region.startLine, lines.findIndex((l) => l.startsWith('lang:')) + 1);
    assert.equal(location.region.startColumn, 7);
    assert.equal(location.region.endColumn, 10);
    const warning = results.find((r) => r.ruleId === 'declaration/date-consistency');
    assert.equal(warning?.level, 'warning');
    const ruleIds = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    assert.ok(ruleIds.includes('declaration/schema'));
    assert.equal(ruleIds[lang.ruleIndex], 'declaration/schema');
  });

  it('chooses the language: --lang, then the config, then LC_ALL/LANG, then Dutch', () => {
    write('fout.algoritme.yaml', recordYaml({ lang: 'NLD' }));
    const message = (run: { stdout: string }) => (JSON.parse(run.stdout)[0] as { message: string }).message;
    assert.match(message(runCli(['.', '-f', 'json'], { cwd: dir })), /geen toegestane waarde/);
    assert.match(message(runCli(['.', '-f', 'json'], { cwd: dir, env: { LANG: 'en_GB.UTF-8' } })), /not a permitted value/);
    assert.match(message(runCli(['.', '-f', 'json'], { cwd: dir, env: { LC_ALL: 'nl_NL.UTF-8', LANG: 'en_US.UTF-8' } })), /geen toegestane waarde/);
    write('.inkooplint.yaml', 'language: en\n');
    assert.match(message(runCli(['.', '-f', 'json'], { cwd: dir, env: { LANG: 'nl_NL.UTF-8' } })), /not a permitted value/);
    assert.match(message(runCli(['.', '-f', 'json', '--lang', 'nl'], { cwd: dir })), /geen toegestane waarde/);
    assert.match(runCli(['.'], { cwd: dir }).stdout, /1 findings in 1 file/);
  });

  it('uses the nearest .inkooplint.yaml above each file, never one that is not an ancestor', () => {
    write('team-a/.inkooplint.yaml', 'rules:\n  declaration/schema: off\n');
    write('team-a/x.algoritme.yaml', recordYaml({ lang: 'NLD' }));
    write('team-b/deep/y.algoritme.yaml', recordYaml({ lang: 'NLD' }));
    const findings = JSON.parse(runCli(['team-a', 'team-b', '-f', 'json'], { cwd: dir }).stdout) as Array<{ file: string }>;
    assert.deepEqual([...new Set(findings.map((f) => f.file))], ['team-b/deep/y.algoritme.yaml']);
    // Run from inside team-a: its config must not apply to team-b's files.
    const fromA = JSON.parse(runCli(['../team-b', '-f', 'json'], { cwd: path.join(dir, 'team-a') }).stdout) as unknown[];
    assert.equal(fromA.length, 1);
  });

  it('uses --config instead of the nearest config file', () => {
    write('.inkooplint.yaml', 'rules:\n  register-fields: off\n');
    write('strict.yaml', 'rules:\n  consistent-dates: error\n');
    write('x.algoritme.yaml', recordYaml({ lang: 'NLD', status: 'Buiten gebruik' }));
    const nearest = JSON.parse(runCli(['.', '-f', 'json'], { cwd: dir }).stdout) as Array<{ ruleId: string; severity: string }>;
    assert.deepEqual(nearest.map((f) => `${f.ruleId}:${f.severity}`), ['declaration/date-consistency:warning']);
    const explicit = JSON.parse(runCli(['.', '-f', 'json', '--config', 'strict.yaml'], { cwd: dir }).stdout) as Array<{ ruleId: string; severity: string }>;
    assert.deepEqual(explicit.map((f) => `${f.ruleId}:${f.severity}`).sort(), ['declaration/date-consistency:error', 'declaration/schema:error']);
  });

  it('reports configuration errors with their place and exits 2', () => {
    write('.inkooplint.yaml', 'language: de\nrules:\n  declaration/shema: off\nonbekend: 1\n');
    write('x.algoritme.yaml', recordYaml());
    const run = runCli(['.'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\.inkooplint\.yaml:1:11: fout in de instellingen: 'de' is geen toegestane waarde voor language/);
    assert.match(run.stderr, /\.inkooplint\.yaml:4:1: .*'onbekend' is geen instelling/);
    assert.equal(run.stdout, '');
  });

  it('never writes to the linted files', () => {
    const file = write('fout.algoritme.yaml', recordYaml({ lang: 'NLD', begin_date: '2023-1' }));
    const before = { text: readFileSync(file, 'utf8'), mtime: statSync(file).mtimeMs };
    for (const format of ['stylish', 'json', 'sarif']) runCli(['.', '-f', format], { cwd: dir });
    assert.equal(readFileSync(file, 'utf8'), before.text);
    assert.equal(statSync(file).mtimeMs, before.mtime);
  });

  describe('contracts', () => {
    const CONTRACT = '---\ntype: overeenkomst\nrisicoprofiel: overig\n---\n# Overeenkomst met [NAAM LEVERANCIER]\n\n## Artikel 1 Onderwerp\n\n1.1 Leverancier levert de dienst.\n';

    it('searches folders for *.overeenkomst.md and *.contract.md, and lints a named .md file as a contract', () => {
      write('c/levering.overeenkomst.md', CONTRACT);
      write('c/supply.contract.md', CONTRACT);
      write('c/notities.md', CONTRACT);
      write('c/README.md', '# Leesmij\n');
      const run = runCli(['c', '--format', 'json'], { cwd: dir });
      const findings = JSON.parse(run.stdout) as Array<{ file: string; ruleId: string }>;
      assert.deepEqual([...new Set(findings.map((f) => f.file))], ['c/levering.overeenkomst.md', 'c/supply.contract.md']);
      assert.ok(findings.some((f) => f.ruleId === 'contract/placeholder'));
      const named = runCli(['c/notities.md', '--format', 'json'], { cwd: dir });
      assert.deepEqual([...new Set(JSON.parse(named.stdout).map((f: { file: string }) => f.file))], ['c/notities.md']);
    });

    it('lints Markdown that a glob matches only when its front matter says it is a contract', () => {
      write('g/concept.md', CONTRACT);
      write('g/README.md', '# Leesmij\n');
      const run = runCli(['g/*.md', '--format', 'json'], { cwd: dir });
      assert.deepEqual([...new Set(JSON.parse(run.stdout).map((f: { file: string }) => f.file))], ['g/concept.md']);
    });

    it('takes --profile for contracts that state none, and refuses unknown profiles with exit 2', () => {
      write('p.overeenkomst.md', '# Overeenkomst\n\n## Artikel 1 Onderwerp\n\n1.1 Leverancier levert de dienst.\n');
      const topics = (args: string[]): string[] => {
        const run = runCli(['p.overeenkomst.md', '--format', 'json', ...args], { cwd: dir });
        return (JSON.parse(run.stdout) as Array<{ ruleId: string; message: string }>).filter((f) => f.ruleId === 'contract/missing-clause').map((f) => f.message);
      };
      assert.equal(topics(['--profile', 'other']).length, 3);
      assert.equal(topics(['--profile', 'overig']).length, 3);
      assert.equal(topics(['--profile', 'hoog-risico']).length, 16);
      assert.equal(topics([]).length, 12, 'impactvol (11 topics) and a note that the profile was assumed');
      const bad = runCli(['p.overeenkomst.md', '--profile', 'hoog'], { cwd: dir });
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /'hoog' is geen risicoprofiel/);
      assert.equal(bad.stdout, '');
    });

    it('takes the English profile names with --profile: high-risk requires 16 topics, impactful 11, with no note that a profile was assumed', () => {
      write('none.contract.md', '---\ntype: contract\nsupplier: Acme Ltd\n---\n# Agreement\n\n## 1. Scope\n\n1.1 The Supplier provides the service.\n');
      const missing = (args: string[]): Array<{ severity: string; properties?: { topic?: string } }> => {
        const run = runCli(['none.contract.md', '--format', 'json', ...args], { cwd: dir });
        assert.equal(run.stderr, '');
        return (JSON.parse(run.stdout) as Array<{ ruleId: string; severity: string; properties?: { topic?: string } }>).filter((f) => f.ruleId === 'contract/missing-clause');
      };
      const highRisk = missing(['--profile', 'high-risk']);
      assert.equal(highRisk.length, 16);
      assert.deepEqual(new Set(highRisk.map((f) => f.properties?.topic)).size, 16);
      assert.ok(highRisk.every((f) => f.severity === 'warning'));
      const impactful = missing(['--profile', 'impactful']);
      assert.deepEqual(impactful.map((f) => f.properties?.topic).sort(), [
        'audit', 'bias-monitoring', 'change-management', 'data-ownership', 'exit', 'explainability', 'human-oversight',
        'impact-assessment-cooperation', 'incidents-corrective-actions', 'processing-agreement', 'technical-documentation',
      ]);
      assert.ok(impactful.every((f) => f.severity === 'warning'));
    });

    it('reads English deviations (topic, reason, by, date): a note naming them, and no missing clause for that topic', () => {
      write('dev.contract.md', [
        '---', 'type: contract', 'supplier: Acme Ltd', 'riskProfile: other', 'deviations:', '  - topic: exit',
        '    reason: The service runs on the Customer\'s own servers.', '    by: J. Jansen, procurement', '    date: 2026-03-01', '---',
        '# Agreement', '', '## 1. Scope', '', '1.1 The Supplier provides the service.', '',
      ].join('\n'));
      const run = runCli(['dev.contract.md', '--format', 'json', '--lang', 'en'], { cwd: dir });
      const findings = (JSON.parse(run.stdout) as Array<{ ruleId: string; severity: string; message: string; line: number; properties?: { topic?: string } }>)
        .filter((f) => f.ruleId === 'contract/missing-clause');
      const exit = findings.filter((f) => f.properties?.topic === 'exit');
      assert.equal(exit.length, 1, JSON.stringify(findings));
      assert.equal(exit[0].severity, 'info');
      assert.equal(exit[0].line, 6);
      for (const part of ['Exit', "The service runs on the Customer's own servers.", 'J. Jansen, procurement', '2026-03-01']) assert.ok(exit[0].message.includes(part), `${part}: ${exit[0].message}`);
      assert.deepEqual(findings.filter((f) => f.severity !== 'info').map((f) => f.properties?.topic).sort(), ['data-ownership', 'processing-agreement']);
      const stylish = runCli(['dev.contract.md', '--lang', 'en'], { cwd: dir });
      assert.match(stylish.stdout, /dev\.contract\.md:6:12 +info +You deliberately deviate on this topic: Exit .*\(J\. Jansen, procurement, 2026-03-01\)\. The reason: The service runs on the Customer's own servers\./);
    });

    it('puts the topic of a missing clause in SARIF properties, with the contract rules in the rule list', () => {
      write('s.overeenkomst.md', CONTRACT);
      const run = runCli(['s.overeenkomst.md', '--format', 'sarif'], { cwd: dir });
      assert.ok(validateSarif(JSON.parse(run.stdout)), JSON.stringify(validateSarif.errors, null, 2));
      const log = JSON.parse(run.stdout);
      const ruleIds = (log.runs[0].tool.driver.rules as Array<{ id: string }>).map((r) => r.id);
      for (const id of ['contract/missing-clause', 'contract/placeholder', 'contract/broken-reference']) assert.ok(ruleIds.includes(id), id);
      const results = log.runs[0].results as Array<Record<string, any>>;
      const topics = results.filter((r) => r.ruleId === 'contract/missing-clause').map((r) => r.properties.topic).sort();
      assert.deepEqual(topics, ['data-ownership', 'exit', 'processing-agreement']);
    });

    it('accepts contract rules in .inkooplint.yaml', () => {
      write('.inkooplint.yaml', 'rules:\n  no-placeholders: error\n');
      write('x.overeenkomst.md', CONTRACT);
      const run = runCli(['x.overeenkomst.md'], { cwd: dir });
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /contract\/placeholder/);
    });
  });

  it('lints the bundled examples with real findings (the README\'s main job)', () => {
    const run = runCli(['examples']);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /examples\/bijstand-signalering\.algoritme\.yaml:\d+:\d+ +fout +'NLD'/);
    assert.doesNotMatch(run.stdout, /verkeersregeling-ringweg/);
    assert.ok(readFileSync(path.join(ROOT, 'README.md'), 'utf8').includes('npm test'));
  });
});

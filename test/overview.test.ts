import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { lintDeclaration } from '../src/core/engine';
import { buildOverview, contractCoverage, contractTopicCoverage, escapeMarkdown, NOT_SET, OTHER, profileForCategory, renderOverviewHtml, renderOverviewMarkdown, type OverviewFileInput } from '../src/core/overview';
import { ensureBuilt } from './helpers/build';
import { ROOT, runCli } from './helpers/cli';
import { recordYaml, TODAY } from './helpers/declarations';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const WORKSPACE = path.join(ROOT, 'test', 'fixtures', 'overview');

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node as Element);
  const children = (node as { childNodes?: Node[] }).childNodes ?? [];
  // <template> content is not rendered; the page has none, but do not skip it silently.
  for (const child of children) elements(child, out);
  return out;
}

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return ((node as { childNodes?: Node[] }).childNodes ?? []).map(textOf).join('');
}

/** Parses with parse5 and fails on any parse error: the page must be well-formed HTML. */
function parseStrict(html: string): DefaultTreeAdapterMap['document'] {
  const errors: string[] = [];
  const document = parse(html, { onParseError: (error) => errors.push(`${error.code} at ${error.startLine}:${error.startCol}`) });
  assert.deepEqual(errors, [], 'HTML parse errors');
  return document;
}

describe('algorithm overview (core)', () => {
  it('maps publication categories to contract profiles', () => {
    assert.equal(profileForCategory('Hoog-risico AI-systeem'), 'hoog-risico');
    assert.equal(profileForCategory('Impactvolle algoritmes'), 'impactvol');
    assert.equal(profileForCategory('Overige algoritmes'), 'overig');
    assert.equal(profileForCategory('iets anders'), undefined);
  });

  it('counts categories, statuses, themes, roles and suppliers, with "not set" last', () => {
    const file = (name: string, changes: Record<string, unknown>): OverviewFileInput => {
      const text = recordYaml({ name, ...changes });
      const result = lintDeclaration(text, { fileName: `${name}.algoritme.yaml`, today: TODAY });
      return { path: `${name}.algoritme.yaml`, document: result.document!, findings: result.findings };
    };
    const model = buildOverview([
      file('a', { publication_category: 'Hoog-risico AI-systeem', category: ['Werk', 'Sociale zekerheid'], provider: 'X', inkooplint: { role: 'beslissend' } }),
      file('b', { publication_category: 'Impactvolle algoritmes', status: 'In ontwikkeling', category: ['Werk'], provider: 'Y' }),
      file('c', { category: undefined, provider: undefined, inkooplint: { role: 'informerend' } }),
    ], { date: TODAY });
    assert.equal(model.date, '2026-11-15');
    assert.deepEqual(model.charts.publicationCategory, [
      { value: 'Hoog-risico AI-systeem', count: 1 },
      { value: 'Impactvolle algoritmes', count: 1 },
      { value: 'Overige algoritmes', count: 1 },
    ]);
    assert.deepEqual(model.charts.status, [{ value: 'In ontwikkeling', count: 1 }, { value: 'In gebruik', count: 2 }]);
    assert.deepEqual(model.charts.theme, [{ value: 'Werk', count: 2 }, { value: 'Sociale zekerheid', count: 1 }, { value: NOT_SET, count: 1 }]);
    assert.deepEqual(model.charts.role, [{ value: 'informerend', count: 1 }, { value: 'beslissend', count: 1 }, { value: NOT_SET, count: 1 }]);
    assert.deepEqual(model.charts.supplier, [{ value: 'X', count: 1 }, { value: 'Y', count: 1 }, { value: NOT_SET, count: 1 }]);
    assert.deepEqual(model.algorithms.map((row) => row.publication), ['required', 'voluntary', 'not-required']);
  });

  it('adds up the smallest suppliers as one bar when there are many, and the table keeps them all', () => {
    const files: OverviewFileInput[] = Array.from({ length: 20 }, (_, i) => {
      const text = recordYaml({ name: `alg ${i}`, provider: `Leverancier ${String(i).padStart(2, '0')}` });
      return { path: `${i}.algoritme.yaml`, document: lintDeclaration(text, { fileName: 'x.algoritme.yaml' }).document!, findings: [] };
    });
    const model = buildOverview(files, { maxSupplierBars: 5 });
    assert.equal(model.charts.supplier.length, 5);
    assert.deepEqual(model.charts.supplier[4], { value: OTHER, count: 16 });
    assert.equal(new Set(model.algorithms.map((row) => row.supplier)).size, 20);
  });

  it('splits the findings of a register export between its records', () => {
    const text = readFileSync(path.join(WORKSPACE, 'export', 'register-export.algoritme.json'), 'utf8');
    const result = lintDeclaration(text, { fileName: 'register-export.algoritme.json', today: TODAY });
    const model = buildOverview([{ path: 'export.json', document: result.document!, findings: result.findings }]);
    assert.equal(model.algorithms.length, 2);
    const total = (severity: 'error' | 'warning' | 'info'): number => model.algorithms.reduce((sum, row) => sum + row.findings[severity], 0);
    for (const severity of ['error', 'warning', 'info'] as const) {
      assert.equal(total(severity), result.findings.filter((f) => f.severity === severity).length, severity);
    }
    const first = result.findings.filter((f) => f.pointer?.startsWith('/0/') || f.pointer === '/0').length;
    assert.equal(model.algorithms[0].findings.error + model.algorithms[0].findings.warning + model.algorithms[0].findings.info, first);
  });

  it('checks a linked contract against the profile of the declaration’s category, even when its front matter says less', () => {
    const contracts = path.join(WORKSPACE, 'contracten');
    const complete = readFileSync(path.join(contracts, 'compleet-hoog-risico.overeenkomst.md'), 'utf8');
    const covered = contractCoverage(complete, { path: 'c.md', categoryProfile: 'hoog-risico' });
    assert.equal(covered.profile, 'hoog-risico');
    assert.equal(covered.missingClauses, 0);
    const poor = readFileSync(path.join(contracts, 'gebreken.overeenkomst.md'), 'utf8');
    const asOther = contractCoverage(poor, { path: 'g.md', categoryProfile: 'overig' });
    const asHighRisk = contractCoverage(poor, { path: 'g.md', categoryProfile: 'hoog-risico' });
    assert.equal(asOther.profile, 'overig');
    assert.ok(asOther.missingClauses > 0);
    // The front matter says "overig"; a high-risk declaration still needs the high-risk clauses.
    assert.equal(asHighRisk.profile, 'hoog-risico');
    assert.ok(asHighRisk.missingClauses > asOther.missingClauses, `${asHighRisk.missingClauses} > ${asOther.missingClauses}`);
  });

  describe('recorded deviations (comply or explain)', () => {
    const complete = readFileSync(path.join(ROOT, 'test', 'fixtures', 'contracts', 'compleet-hoog-risico.overeenkomst.md'), 'utf8');
    /** The complete contract with these lines added to its front matter. */
    const withFrontMatter = (lines: string): string => complete.replace('voorwaarden: GIBIT 2023\n', `voorwaarden: GIBIT 2023\n${lines}\n`);

    it('does not count a covered topic as missing when its deviation gives no reason', () => {
      const text = withFrontMatter('afwijkingen:\n  - onderwerp: audit');
      assert.notEqual(text, complete);
      assert.deepEqual([...contractTopicCoverage(text, { fileName: 'c.md' }).missingTopics], []);
      const status = contractCoverage(text, { path: 'c.md', categoryProfile: 'hoog-risico' });
      assert.equal(status.missingClauses, 0);
      assert.deepEqual(status.explainedTopics, [], 'a deviation without a reason explains nothing');
    });

    it('does not count a deviation that names an unknown topic, or none, as a missing clause', () => {
      const text = withFrontMatter('afwijkingen:\n  - onderwerp: onderhoudscontract\n    reden: Niet van toepassing.\n  - reden: Zonder onderwerp.');
      const status = contractCoverage(text, { path: 'c.md', categoryProfile: 'hoog-risico' });
      assert.equal(status.missingClauses, 0);
      assert.deepEqual(status.missingTopics, []);
    });
  });

  describe('shows recorded deviations as explained', () => {
    const poor = readFileSync(path.join(WORKSPACE, 'contracten', 'gebreken.overeenkomst.md'), 'utf8');
    /** The contract with missing clauses (profile overig: it misses exit only), with one deviation for exit. */
    const explaining = (deviation: string): string => {
      const text = poor.replace(/afwijkingen:\n(?: {2}.*\n)+/, `afwijkingen:\n  - onderwerp: exit\n${deviation}`);
      assert.notEqual(text, poor);
      return text;
    };
    const EXIT = explaining('    reden: Eenmalige levering zonder hosting.\n    door: J. Jansen\n    datum: 2025-03-01\n');
    const overviewWith = (contractText: string, category: 'Overige algoritmes' | 'Hoog-risico AI-systeem' = 'Overige algoritmes'): ReturnType<typeof buildOverview> => {
      const declaration = recordYaml({ name: 'Routeplanning', publication_category: category });
      const result = lintDeclaration(declaration, { fileName: 'r.algoritme.yaml', today: TODAY });
      const contract = contractCoverage(contractText, { path: 'contracten/route.overeenkomst.md', href: 'contracten/route.overeenkomst.md', categoryProfile: profileForCategory(category) });
      return buildOverview([{ path: 'r.algoritme.yaml', document: result.document!, findings: result.findings, contracts: [contract] }], { date: TODAY });
    };

    it('lists the topic with its reason, by whom and when, and does not count it as missing', () => {
      const before = contractCoverage(poor, { path: 'g.md', categoryProfile: 'overig' });
      assert.deepEqual(before.missingTopics, ['exit']);
      const status = contractCoverage(EXIT, { path: 'g.md', categoryProfile: 'overig' });
      assert.equal(status.missingClauses, 0);
      assert.deepEqual(status.missingTopics, []);
      assert.deepEqual(status.explainedTopics.map(({ topic, reason, by, date }) => ({ topic, reason, by, date })), [
        { topic: 'exit', reason: 'Eenmalige levering zonder hosting.', by: 'J. Jansen', date: '2025-03-01' },
      ]);
      // A higher profile still misses its other clauses; exit stays explained.
      const highRisk = contractCoverage(EXIT, { path: 'g.md', categoryProfile: 'hoog-risico' });
      assert.ok(highRisk.missingClauses > 0 && !highRisk.missingTopics.includes('exit'));
      assert.deepEqual(highRisk.explainedTopics.map((explained) => explained.topic), ['exit']);
    });

    it('counts a contract that explains its only gap apart from covering and missing ones', () => {
      const totals = overviewWith(EXIT).totals;
      assert.deepEqual([totals.contractsCovering, totals.contractsExplaining, totals.contractsMissingClauses], [0, 1, 0]);
      assert.deepEqual([overviewWith(poor).totals.contractsExplaining, overviewWith(poor).totals.contractsMissingClauses], [0, 1]);
      // As high-risk it still misses other clauses: it counts as missing clauses, not as explaining.
      const highRisk = overviewWith(EXIT, 'Hoog-risico AI-systeem');
      assert.deepEqual([highRisk.totals.contractsExplaining, highRisk.totals.contractsMissingClauses], [0, 1]);
      const cell = renderOverviewMarkdown(highRisk, { language: 'nl' }).split('\n').find((line) => line.startsWith('| Routeplanning | r.algoritme.yaml'));
      assert.match(cell ?? '', /\[Mist \d+ verplichte afspraken \(profiel hoog-risico\)\]\(<contracten\/route\.overeenkomst\.md>\) \u2014 \*Afwijking uitgelegd: Exit en teruglevering van gegevens\* \|$/);
    });

    it('shows the explained topic in the HTML and the Markdown, in Dutch and in English', () => {
      const model = overviewWith(EXIT);
      const html = renderOverviewHtml(model, { language: 'nl' });
      const document = parseStrict(html);
      const cells = elements(document).filter((e) => e.tagName === 'td' || e.tagName === 'th');
      const contractCell = cells.find((cell) => attr(cell, 'class')?.split(' ').includes('contract') && textOf(cell).includes('profiel overig'));
      assert.ok(contractCell, 'the contract cell');
      assert.equal(attr(contractCell, 'class'), 'contract explained', 'neither good nor a problem');
      assert.equal(textOf(contractCell), 'Bevat de verplichte afspraken; legt 1 afwijking uit (profiel overig)Afwijking uitgelegd: Exit en teruglevering van gegevens');
      const section = elements(document).find((e) => e.tagName === 'section' && attr(e, 'aria-labelledby') === 'explained')!;
      assert.match(textOf(section), /Uitgelegde afwijkingen in contracten/);
      const row = elements(section).filter((e) => e.tagName === 'tr').map((tr) => elements(tr).filter((e) => e.tagName === 'td' || e.tagName === 'th').map(textOf));
      assert.deepEqual(row[1], ['Routeplanning', 'contracten/route.overeenkomst.md', 'Exit en teruglevering van gegevens', 'Eenmalige levering zonder hosting.', 'J. Jansen', '1 maart 2025']);
      assert.match(html, /<dt>Contract bevat de verplichte afspraken of legt uit waarom niet<\/dt><dd>1<\/dd>/);
      assert.match(html, /<dt>Contract mist verplichte afspraken<\/dt><dd>0<\/dd>/);

      const markdown = renderOverviewMarkdown(model, { language: 'en' });
      assert.match(markdown, /^- Contract covers the required clauses or explains why not: \*\*1\*\*$/m);
      assert.match(markdown, /^- Contract misses required clauses: \*\*0\*\*$/m);
      assert.match(markdown, /\| \[Covers the required clauses; explains 1 deviation \(profile other\)\]\(<contracten\/route\.overeenkomst\.md>\) \u2014 \*Deviation explained: Exit and return of data\* \|$/m);
      assert.match(markdown, /^\| Routeplanning \| \[contracten\/route\.overeenkomst\.md\]\(<contracten\/route\.overeenkomst\.md>\) \| Exit and return of data \| Eenmalige levering zonder hosting\. \| J\. Jansen \| 1 March 2025 \|$/m);
    });

    it('says "not filled in" for who and when when the deviation does not record them, and that no contract deviates', () => {
      const markdown = renderOverviewMarkdown(overviewWith(explaining('    reden: Geen hosting.\n')), { language: 'nl' });
      assert.match(markdown, /\| Exit en teruglevering van gegevens \| Geen hosting\. \| Niet ingevuld \| Niet ingevuld \|$/m);
      const none = renderOverviewHtml(overviewWith(poor), { language: 'nl' });
      assert.match(none, /<h2 id="explained">Uitgelegde afwijkingen in contracten<\/h2>\n<p>Geen gekoppeld contract legt een afwijking van een verplichte afspraak vast\.<\/p>/);
    });

    it('escapes a hostile reason and name in the HTML and the Markdown', () => {
      const hostile = overviewWith(explaining("    reden: \"<script>alert(1)</script>\"\n    door: \"<img src=x onerror=alert(2)>\"\n"));
      const status = hostile.algorithms[0].contract;
      assert.ok(status.state === 'checked' && status.explainedTopics[0]?.reason === '<script>alert(1)</script>');
      const html = renderOverviewHtml(hostile, { language: 'nl' });
      parseStrict(html);
      assert.ok(!/<script|<img/i.test(html));
      assert.ok(html.includes('<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>'));
      assert.ok(html.includes('<td>&lt;img src=x onerror=alert(2)&gt;</td>'));
      const markdown = renderOverviewMarkdown(hostile, { language: 'nl' });
      assert.doesNotMatch(markdown, /(?<!\\)<(script|img)/);
      assert.ok(markdown.includes('\\<script\\>alert(1)\\</script\\>'));
    });
  });

  it('escapes hostile text in both renderers', () => {
    const text = recordYaml({ name: '<script>alert(1)</script>', provider: '<img src=x onerror=alert(1)>', publication_category: 'Impactvolle algoritmes' });
    const result = lintDeclaration(text, { fileName: 'x.algoritme.yaml' });
    const model = buildOverview([{ path: 'x<y>.algoritme.yaml', href: 'javascript:alert(1)', document: result.document!, findings: result.findings }]);
    const html = renderOverviewHtml(model, { language: 'nl' });
    assert.ok(!/<script|<img/i.test(html));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!html.includes('javascript:'), 'unsafe link targets are dropped');
    const markdown = renderOverviewMarkdown(model, { language: 'nl' });
    assert.ok(!/(?<!\\)<(script|img)/i.test(markdown));
    assert.equal(escapeMarkdown('a|b <c> [d](e) *f* `g` &amp;\nh'), 'a\\|b \\<c\\> \\[d\\](e) \\*f\\* \\`g\\` \\&amp; h');
  });
});

describe('inkooplint overview (CLI, fixture workspace test/fixtures/overview)', function () {
  this.timeout(60_000);
  let dir: string;
  let html: string;
  let markdown: string;
  let stdout: string;
  before(() => {
    ensureBuilt();
    dir = mkdtempSync(path.join(tmpdir(), 'inkooplint-overview-'));
    const run = runCli(['overview', WORKSPACE, '--out', path.join(dir, 'rapport', 'overzicht.html')]);
    assert.equal(run.status, 0, run.stderr);
    stdout = run.stdout;
    html = readFileSync(path.join(dir, 'rapport', 'overzicht.html'), 'utf8');
    markdown = readFileSync(path.join(dir, 'rapport', 'overzicht.md'), 'utf8');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the HTML and the Markdown beside it, and says so', () => {
    assert.match(stdout, /Overzicht geschreven: .*overzicht\.html en .*overzicht\.md \(7 algoritmes\)/);
  });

  it('writes the HTML beside the Markdown for --out x.md, in English with --lang en', () => {
    const run = runCli(['overview', WORKSPACE, '--out', path.join(dir, 'en', 'overview.md'), '--lang', 'en']);
    assert.equal(run.status, 0, run.stderr);
    const english = readFileSync(path.join(dir, 'en', 'overview.html'), 'utf8');
    assert.match(english, /<html lang="en">/);
    assert.match(english, /This overview is a review aid, not legal advice\./);
    assert.match(readFileSync(path.join(dir, 'en', 'overview.md'), 'utf8'), /^# Algorithm overview/);
  });

  it('refuses an --out that is neither .html nor .md, and a missing --out (exit 2)', () => {
    assert.equal(runCli(['overview', WORKSPACE, '--out', path.join(dir, 'x.pdf')]).status, 2);
    const run = runCli(['overview', WORKSPACE]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--out/);
  });

  it('counts what the fixtures hold (see test/fixtures/overview/README.md)', () => {
    const table = (heading: string): Record<string, number> => {
      const section = markdown.split(`### ${heading}`)[1].split('\n### ')[0].split('\n## ')[0];
      const rows = [...section.matchAll(/^\| (.+?) \| (\d+) \|$/gm)];
      return Object.fromEntries(rows.map((m) => [m[1].replace(/\\(.)/g, '$1'), Number(m[2])]));
    };
    assert.deepEqual(table('Per publicatiecategorie'), { 'Hoog-risico AI-systeem (A)': 1, 'Impactvolle algoritmes (B)': 4, 'Overige algoritmes (C)': 2 });
    assert.deepEqual(table('Per status'), { 'In ontwikkeling': 1, 'In gebruik': 5, 'Buiten gebruik': 1 });
    assert.deepEqual(table('Per thema'), {
      'Sociale zekerheid': 2, Werk: 2, 'Natuur en milieu': 1, 'Openbare orde en veiligheid': 1, Verkeer: 1, 'Zorg en gezondheid': 1, 'Niet ingevuld': 1,
    });
    assert.deepEqual(table('Per rol van het algoritme'), { informerend: 1, adviserend: 2, beslissend: 1, 'Niet ingevuld': 3 });
    assert.deepEqual(table('Per leverancier'), {
      "<img src=x onerror=alert('leverancier')>": 1, 'Algoritmica B.V.': 1, 'Brickyard B.V.': 1, 'Datavisie B.V.': 1, 'Match & Co': 1, 'Routewijs B.V.': 1, 'Niet ingevuld': 1,
    });
    const summary = (label: string): number => Number(new RegExp(`^- ${label.replace(/[()]/g, '\\$&')}: \\*\\*(\\d+)\\*\\*$`, 'm').exec(markdown)?.[1]);
    assert.equal(summary('Algoritmes'), 7);
    assert.equal(summary('Gepubliceerd in het Algoritmeregister'), 1);
    assert.equal(summary('Moeten nog gepubliceerd worden (categorie A of B, in gebruik)'), 3);
    assert.equal(summary('Contract bevat alle verplichte afspraken'), 1);
    assert.equal(summary('Contract mist verplichte afspraken'), 1);
    assert.equal(summary('Gekoppeld contract niet gevonden'), 1);
    assert.equal(summary('Geen contract gekoppeld'), 4);
    assert.equal(summary('Bestanden die niet te lezen zijn'), 1);
  });

  it('lists each algorithm with publication state, findings by severity and contract coverage', () => {
    const row = (name: string): string[] => {
      const line = markdown.split('\n').find((l) => l.startsWith(`| ${name} |`));
      assert.ok(line, name);
      return line.slice(2, -2).split(/ (?<!\\)\| /);
    };
    const bijstand = row('Risicosignalering bijstand');
    assert.equal(bijstand[5], 'Ja, op 1 juni 2025');
    assert.match(bijstand[9], /^\[Bevat alle verplichte afspraken \(profiel hoog-risico\)\]\(<.*compleet-hoog-risico\.overeenkomst\.md>\)$/);
    // Its front matter records a deviation without a reason and one of an unknown topic: findings, but no missing clauses.
    assert.match(row('Route voor het legen van afvalcontainers')[9], /^\[Mist 1 verplichte afspraak \(profiel overig\)\]/);
    assert.equal(row('Slimme toewijzing Wmo-voorzieningen')[9], 'Contract niet gevonden: test/fixtures/overview/contracten/ontbreekt.overeenkomst.md');
    assert.equal(row('Slimme toewijzing Wmo-voorzieningen')[5], 'Nee, maar dit moet wel');
    assert.equal(row('Vacaturematching voor werkzoekenden')[5], 'Nee (dit mag wel)');
    assert.equal(row('Vacaturematching voor werkzoekenden')[9], 'Geen contract gekoppeld');
    // Findings per severity equal what the linter reports for that file.
    const vacature = row('Vacaturematching voor werkzoekenden');
    const lint = JSON.parse(runCli([path.join(WORKSPACE, 'algoritmes', 'vacaturematching.algoritme.yaml'), '--format', 'json']).stdout) as Array<{ severity: string }>;
    assert.deepEqual(vacature.slice(6, 9).map(Number), ['error', 'warning', 'info'].map((s) => lint.filter((f) => f.severity === s).length));
  });

  it('lists the algorithm whose text suggests an AI Act high-risk area, not the one classified so', () => {
    const section = markdown.split('## Mogelijk hoog-risico volgens de AI-verordening')[1].split('\n## ')[0];
    assert.match(section, /### Vacaturematching voor werkzoekenden/);
    assert.doesNotMatch(section, /Risicosignalering bijstand/);
  });

  it('is well-formed HTML with a language, headings in order, header cells with scope, and accessible charts', () => {
    const document = parseStrict(html);
    const all = elements(document);
    const root = all.find((e) => e.tagName === 'html')!;
    assert.equal(attr(root, 'lang'), 'nl');
    assert.ok(all.some((e) => e.tagName === 'title' && textOf(e).includes('Algoritmeoverzicht')));
    const levels = all.filter((e) => /^h[1-6]$/.test(e.tagName)).map((e) => Number(e.tagName[1]));
    assert.equal(levels[0], 1);
    assert.equal(levels.filter((l) => l === 1).length, 1);
    for (let i = 1; i < levels.length; i++) assert.ok(levels[i] <= levels[i - 1] + 1, `heading h${levels[i]} follows h${levels[i - 1]}`);
    for (const th of all.filter((e) => e.tagName === 'th')) assert.match(attr(th, 'scope') ?? '', /^(col|row)$/);
    const svgs = all.filter((e) => e.tagName === 'svg');
    assert.equal(svgs.length, 5);
    for (const svg of svgs) {
      assert.equal(attr(svg, 'role'), 'img');
      const ids = (attr(svg, 'aria-labelledby') ?? '').split(' ');
      const title = elements(svg).find((e) => e.tagName === 'title');
      assert.ok(title && ids.includes(attr(title, 'id')!) && textOf(title).trim());
      // Every chart is also a table with header cells, in the same figure.
      const figure = all.find((e) => e.tagName === 'figure' && elements(e).includes(svg))!;
      const table = elements(figure).find((e) => e.tagName === 'table');
      assert.ok(table && elements(table).some((e) => e.tagName === 'th' && attr(e, 'scope') === 'col'));
    }
    const footer = all.find((e) => e.tagName === 'footer')!;
    assert.match(textOf(footer), /hulpmiddel bij de beoordeling, geen juridisch advies/);
    assert.ok(elements(footer).some((e) => e.tagName === 'time' && /^\d{4}-\d{2}-\d{2}$/.test(attr(e, 'datetime') ?? '')));
    assert.match(html, /@media print/);
  });

  it('has no script, no event handlers and no external resources', () => {
    const all = elements(parseStrict(html));
    assert.ok(!all.some((e) => e.tagName === 'script' || e.tagName === 'iframe' || e.tagName === 'object' || e.tagName === 'embed' || e.tagName === 'img' || e.tagName === 'link'));
    for (const element of all) {
      for (const { name, value } of element.attrs) {
        assert.ok(!/^on/i.test(name), `${element.tagName} has ${name}`);
        if (name === 'src' || name === 'srcset' || name === 'xlink:href' || (name === 'href' && element.tagName !== 'a')) assert.fail(`${element.tagName} loads ${value}`);
        if (name === 'href') assert.doesNotMatch(value, /^\s*javascript:/i);
      }
    }
    const styles = all.filter((e) => e.tagName === 'style').map(textOf).join('\n');
    assert.doesNotMatch(styles, /url\(|@import/);
  });

  it('shows hostile text from a declaration as text', () => {
    const all = elements(parseStrict(html));
    const cells = all.filter((e) => e.tagName === 'th' || e.tagName === 'td').map(textOf);
    // The row header holds the name, then the file.
    assert.ok(cells.some((cell) => cell.startsWith("<script>alert('naam')</script> Vijandige naam | met & teken")));
    assert.ok(cells.includes("<img src=x onerror=alert('leverancier')>"));
    assert.doesNotMatch(markdown, /(?<!\\)<(script|img)/);
    assert.ok(markdown.includes("\\<script\\>alert('naam')\\</script\\> Vijandige naam \\| met \\& teken"));
  });
});

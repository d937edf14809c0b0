import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyChange, buildChecklist, contractFacts, emptyChecklistFile, serializeChecklistFile, type ChecklistModel } from '../../src/core/checklist';
import { lintContract } from '../../src/core/contractEngine';
import { lintDeclaration } from '../../src/core/engine';
import { buildOverview, contractCoverage } from '../../src/core/overview';
import { renderChecklistDocx, renderOverviewDocx } from '../../src/reportDocx';
import { cleanText } from '../../src/reportDocx/word';
import { CONTRACTS, demoChecklist, fixture, HOSTILE } from '../checklist/helpers';
import { ensureBuilt } from '../helpers/build';
import { ROOT, runCli } from '../helpers/cli';
import { recordYaml, TODAY } from '../helpers/declarations';
import { readDocx, type DocxParts } from './readDocx';

const OPTIONS = { date: '2026-11-23', toolVersion: '0.1.0' };
const WORKSPACE = path.join(ROOT, 'test', 'fixtures', 'overview');

/** Every table's first row is a header row; and the headings go 1 > 2 > 3 > 4 without skipping a level. */
function assertWordStructure(parts: DocxParts): void {
  assert.ok(parts.tables.length > 0, 'has tables');
  for (const table of parts.tables) assert.ok(table.headerRow, `the first row of the table "${table.header}" is a header row`);
  const levels = parts.headings.map((heading) => Number(/^Heading(\d)/.exec(heading)![1]));
  assert.equal(levels[0], 1, 'starts with Heading 1');
  assert.equal(levels.filter((level) => level === 1).length, 1, 'one Heading 1: the title');
  for (let i = 1; i < levels.length; i++) assert.ok(levels[i] <= levels[i - 1] + 1, `${parts.headings[i - 1]} then ${parts.headings[i]}`);
  assert.ok(parts.footers.some((footer) => /PAGE/.test(footer) && /NUMPAGES/.test(footer)), 'page numbers in the footer');
}

describe('Word reports (src/reportDocx): the checklist', () => {
  const { model } = demoChecklist({ hostile: true });
  const read: Partial<Record<'nl' | 'en', DocxParts>> = {};
  before(async function () {
    this.timeout(30_000);
    for (const language of ['nl', 'en'] as const) read[language] = readDocx(await renderChecklistDocx(model, { ...OPTIONS, language }));
  });

  it('has real Word structure: Heading 1–4 styles in order, header rows, page numbers, language and core properties (nl)', () => {
    const parts = read.nl!;
    assertWordStructure(parts);
    assert.match(parts.styles, /<w:lang w:val="nl-NL"\/>/);
    assert.match(parts.core, /<dc:title>Transparantiechecklist leverancier: /);
    assert.match(parts.core, /<dc:creator>Inkooplint<\/dc:creator>/);
    assert.deepEqual(parts.headings.filter((h) => h.startsWith('Heading2')), [
      'Heading2: Samenvatting',
      'Heading2: Antwoorden per vraag',
      'Heading2: Openstaande meldingen in de overeenkomst',
      'Heading2: Bronnen',
    ]);
    assert.ok(parts.headings.includes('Heading3: Transparantie en uitleg'));
    assert.ok(parts.headings.includes('Heading4: Uitleg over de werking van het algoritme'));
    assert.ok(parts.footers.some((footer) => footer.includes('geen juridisch advies') && footer.includes('Pagina')));
  });

  it('holds the summary table, the answers with evidence and notes, the sources and the disclaimer (nl)', () => {
    const parts = read.nl!;
    const summary = parts.tables.find((table) => table.header === 'Status | Aantal');
    assert.ok(summary, 'the summary table');
    assert.equal(summary.rows, 1 + 6 + 1, 'a header, six statuses and the total');
    assert.ok(parts.tables.some((table) => table.header.startsWith('Groep | Voldaan | Deels | Niet voldaan')));
    assert.ok(parts.tables.some((table) => table.header === 'Bron | Versie | Datum | Geldt vanaf'));
    const text = parts.paragraphs.join('\n');
    assert.match(text, /Nog \d+ punten staan een positief advies in de weg\./);
    assert.match(text, /Antwoord: Deels/);
    assert.match(text, /Artikel 10 regelt de toets, maar niet hoe vaak\.\nVraag de leverancier om een jaarlijkse toets\./, 'a note keeps its line break');
    assert.match(text, /ISO 27001-certificaat, geldig tot 1 maart 2028 \(https:\/\/leverancier\.example\/certificaten\/iso-27001\.pdf\)/);
    assert.match(text, /Beantwoord door: B\. de Boer \(CIO-office\) op 21 november 2026/);
    assert.match(text, /2024\/1689/);
    assert.match(text, /Deze checklist is een hulpmiddel bij de beoordeling en geen juridisch advies\. Gemaakt met Inkooplint 0\.1\.0 op 23 november 2026\./);
    assert.match(text, /\(Voorstel, nog niet bevestigd\)/, 'a suggestion is said in words, not only by colour');
    assert.ok(text.includes(`Leverancier: Datavisie B.V. ${HOSTILE}`), 'the supplier from the front matter, as written');
  });

  it('is in English with --lang en: en-GB, English headings and words', () => {
    const parts = read.en!;
    assertWordStructure(parts);
    assert.match(parts.styles, /<w:lang w:val="en-GB"\/>/);
    assert.ok(parts.headings.includes('Heading2: Summary'));
    assert.ok(parts.tables.some((table) => table.header === 'Status | Number'));
    const text = parts.paragraphs.join('\n');
    assert.match(text, /This checklist is an aid for the review and no legal advice\./);
    assert.match(text, /Answered by: B\. de Boer \(CIO-office\) on 21 November 2026/);
    assert.ok(parts.footers.some((footer) => footer.includes('Page')));
    assert.doesNotMatch(text, /Samenvatting|Toelichting/);
  });

  it('keeps hostile text as text: XML-escaped, never markup, never a javascript: link', () => {
    for (const parts of [read.nl!, read.en!]) {
      assert.ok(!/<script|<img/i.test(parts.document), 'no raw tags from the contract or a note');
      assert.ok(parts.document.includes('&lt;script&gt;alert(2)&lt;/script&gt;'));
      assert.ok(parts.paragraphs.some((paragraph) => paragraph.includes(HOSTILE)), 'the note reads as the reviewer typed it');
      assert.ok(parts.headings[0].includes(HOSTILE), 'the contract title reads as written');
      assert.match(parts.core, /&lt;img src=x onerror=alert\(1\)&gt;/);
      assert.ok(parts.links.length > 0);
      for (const link of parts.links) assert.match(link, /^https?:\/\//, `only web links: ${link}`);
    }
  });

  it('drops characters XML cannot hold, so that a note with control characters still makes a valid file', async () => {
    assert.equal(cleanText('a\u0000b\u0001c\u000bd\ud800e\tf\ng'), 'abcde\tf\ng');
    const contractFile = 'compleet-hoog-risico.overeenkomst.md';
    const facts = contractFacts(lintContract(fixture(contractFile), { fileName: contractFile }), { file: contractFile });
    let data = emptyChecklistFile(contractFile, facts.profile);
    const model: ChecklistModel = buildChecklist({ facts, file: data, checklistFile: 'x.checklist.yaml' });
    data = applyChange(data, { type: 'setNotes', id: 'audit', notes: 'bel\u0007 en \u001b[31m rood \uffff' }, { model, now: '2026-11-20T10:00:00Z' });
    const parts = readDocx(await renderChecklistDocx(buildChecklist({ facts, file: data, checklistFile: 'x.checklist.yaml' }), { ...OPTIONS, language: 'nl' }));
    assert.ok(parts.paragraphs.some((paragraph) => paragraph.includes('bel en [31m rood ')));
  });
});

describe('Word reports (src/reportDocx): the overview with a recorded deviation', () => {
  /** An overview of one algorithm whose contract (profile overig) explains why it has no exit clause. */
  async function overviewDocx(deviation: string, language: 'nl' | 'en'): Promise<DocxParts> {
    const poor = readFileSync(path.join(WORKSPACE, 'contracten', 'gebreken.overeenkomst.md'), 'utf8');
    const contractText = poor.replace(/afwijkingen:\n(?: {2}.*\n)+/, `afwijkingen:\n  - onderwerp: exit\n${deviation}`);
    assert.notEqual(contractText, poor);
    const declaration = lintDeclaration(recordYaml({ name: 'Routeplanning', publication_category: 'Overige algoritmes' }), { fileName: 'r.algoritme.yaml', today: TODAY });
    const contract = contractCoverage(contractText, { path: 'contracten/route.overeenkomst.md', categoryProfile: 'overig' });
    const model = buildOverview([{ path: 'r.algoritme.yaml', document: declaration.document!, findings: declaration.findings, contracts: [contract] }], { date: TODAY });
    const parts = readDocx(await renderOverviewDocx(model, { language, toolVersion: '0.1.0' }));
    assertWordStructure(parts);
    return parts;
  }

  it('shows the clause as explained, with its reason, by whom and when, and counts it apart from missing clauses (nl and en)', async () => {
    const nl = await overviewDocx('    reden: Eenmalige levering zonder hosting.\n    door: J. Jansen\n    datum: 2025-03-01\n', 'nl');
    assert.ok(nl.headings.includes('Heading2: Uitgelegde afwijkingen in contracten'));
    assert.ok(nl.tables.some((table) => table.header === 'Algoritme | Contract | Niet geregelde afspraak | Reden | Vastgelegd door | Datum' && table.rows === 2));
    const text = nl.paragraphs.join('\n');
    assert.match(text, /Bevat de verplichte afspraken; legt 1 afwijking uit \(profiel overig\)/);
    assert.match(text, /Afwijking uitgelegd: Exit en teruglevering van gegevens/);
    for (const cell of ['Eenmalige levering zonder hosting.', 'J. Jansen', '1 maart 2025']) assert.ok(nl.paragraphs.includes(cell), cell);
    const summary = (label: string): string | undefined => nl.paragraphs[nl.paragraphs.indexOf(label) + 1];
    assert.equal(summary('Contract bevat de verplichte afspraken of legt uit waarom niet'), '1');
    assert.equal(summary('Contract mist verplichte afspraken'), '0');
    const en = await overviewDocx('    reden: One-off delivery.\n', 'en');
    assert.ok(en.headings.includes('Heading2: Deviations explained in contracts'));
    assert.match(en.paragraphs.join('\n'), /Deviation explained: Exit and return of data/);
  });

  it('keeps a hostile reason as text', async () => {
    const parts = await overviewDocx('    reden: "<script>alert(1)</script>"\n', 'nl');
    assert.ok(!/<script/i.test(parts.document));
    assert.ok(parts.paragraphs.includes('<script>alert(1)</script>'));
  });
});

describe('Word reports: inkooplint overview --out x.docx (CLI, fixture workspace test/fixtures/overview)', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    ensureBuilt();
    dir = mkdtempSync(path.join(tmpdir(), 'inkooplint-overview-docx-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const language of ['nl', 'en'] as const) {
    it(`writes only the Word document, in ${language === 'nl' ? 'Dutch' : 'English'}, with the overview's sections and tables`, () => {
      const out = path.join(dir, language, language === 'nl' ? 'overzicht.docx' : 'overview.docx');
      const run = runCli(['overview', WORKSPACE, '--out', out, '--lang', language]);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, language === 'nl' ? /Overzicht geschreven als Word-document: .*overzicht\.docx \(7 algoritmes\)/ : /Overview written as a Word document: .*overview\.docx \(7 algorithms\)/);
      assert.ok(!existsSync(out.replace(/\.docx$/, '.html')) && !existsSync(out.replace(/\.docx$/, '.md')), 'no HTML or Markdown beside it');
      const parts = readDocx(readFileSync(out));
      assertWordStructure(parts);
      assert.match(parts.styles, new RegExp(`<w:lang w:val="${language === 'nl' ? 'nl-NL' : 'en-GB'}"/>`));
      const text = parts.paragraphs.join('\n');
      if (language === 'nl') {
        assert.deepEqual(parts.headings.filter((h) => h.startsWith('Heading1')), ['Heading1: Algoritmeoverzicht']);
        assert.ok(parts.headings.includes('Heading2: Alle algoritmes'));
        assert.ok(parts.tables.some((table) => table.header.startsWith('Naam en bestand | Publicatiecategorie | Status')));
        assert.match(text, /Slimme toewijzing Wmo-voorzieningen/);
        assert.match(text, /Nee, maar dit moet wel/);
        assert.match(text, /Dit overzicht is een hulpmiddel bij de beoordeling, geen juridisch advies\./);
        assert.match(parts.core, /<dc:title>Algoritmeoverzicht van \d+ \w+ \d{4}<\/dc:title>/);
      } else {
        assert.ok(parts.headings.includes('Heading2: All algorithms'));
        assert.match(text, /This overview is a review aid, not legal advice\./);
      }
      // The fixture's hostile declaration: its name and supplier stay text.
      assert.ok(!/<script|<img/i.test(parts.document));
      assert.ok(parts.paragraphs.some((paragraph) => paragraph.includes("<script>alert('naam')</script>")));
    });
  }

  it('says .docx is allowed when --out has another extension', () => {
    const run = runCli(['overview', WORKSPACE, '--out', path.join(dir, 'x.pdf')]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\.html, \.md of \.docx/);
  });

  it('keeps docx out of the plain lint: dist/cli-main.js loads dist/report-docx.js only for a .docx, and neither extension bundle holds it', () => {
    const cli = readFileSync(path.join(ROOT, 'dist', 'cli-main.js'), 'utf8');
    assert.match(cli, /require\("\.\/report-docx\.js"\)/);
    const marker = 'w:tblHeader';
    assert.ok(readFileSync(path.join(ROOT, 'dist', 'report-docx.js'), 'utf8').includes('tblHeader'), 'the Word bundle has docx');
    for (const bundle of ['cli.js', 'cli-main.js', 'core.js', 'extension.js', path.join('web', 'extension.js')]) {
      assert.ok(!readFileSync(path.join(ROOT, 'dist', bundle), 'utf8').includes('tblHeader'), `${bundle} does not contain docx (${marker})`);
    }
  });
});

describe('Word reports: inkooplint checklist <contract> --out report.docx (CLI)', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    ensureBuilt();
    dir = mkdtempSync(path.join(tmpdir(), 'inkooplint-checklist-cli-'));
    copyFileSync(path.join(CONTRACTS, 'compleet-hoog-risico.overeenkomst.md'), path.join(dir, 'compleet-hoog-risico.overeenkomst.md'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('without a checklist file: the suggestions from the contract, and says so', () => {
    const run = runCli(['checklist', 'compleet-hoog-risico.overeenkomst.md', '--out', 'leeg.docx'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Checklistrapport geschreven: leeg\.docx \(0 van 24 vragen beantwoord\)\.\nEr is nog geen compleet-hoog-risico\.checklist\.yaml/);
    const parts = readDocx(readFileSync(path.join(dir, 'leeg.docx')));
    assertWordStructure(parts);
    assert.match(parts.paragraphs.join('\n'), /Antwoord: Voldaan \(Voorstel, nog niet bevestigd\)/);
  });

  it('with the checklist file beside the contract: the reviewer\'s answers, in Word, HTML and Markdown, in English with --lang en', () => {
    const { data } = demoChecklist();
    writeFileSync(path.join(dir, 'compleet-hoog-risico.checklist.yaml'), serializeChecklistFile(data));
    const run = runCli(['checklist', 'compleet-hoog-risico.overeenkomst.md', '--out', path.join('rapport', 'report.docx'), '--lang', 'en'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Checklist report written: rapport\/report\.docx \(\d+ of 24 questions answered\)\.\n$/);
    const text = readDocx(readFileSync(path.join(dir, 'rapport', 'report.docx'))).paragraphs.join('\n');
    assert.match(text, /Answered by: B\. de Boer \(CIO-office\) on 21 November 2026/);
    assert.match(text, /Zelflerend model \(gradient boosting\) op historische dossiers\./);
    for (const [out, pattern] of [['r.html', /^<!DOCTYPE html>/], ['r.md', /^# Supplier transparency checklist: /]] as const) {
      assert.equal(runCli(['checklist', 'compleet-hoog-risico.overeenkomst.md', '--out', out, '--lang', 'en'], { cwd: dir }).status, 0);
      assert.match(readFileSync(path.join(dir, out), 'utf8'), pattern);
    }
  });

  it('refuses a wrong --out, a missing one, no contract or a missing contract (exit 2)', () => {
    const pdf = runCli(['checklist', 'compleet-hoog-risico.overeenkomst.md', '--out', 'x.pdf'], { cwd: dir });
    assert.equal(pdf.status, 2);
    assert.match(pdf.stderr, /\.docx, \.html of \.md/);
    assert.equal(runCli(['checklist', 'compleet-hoog-risico.overeenkomst.md'], { cwd: dir }).status, 2);
    assert.equal(runCli(['checklist', '--out', 'x.docx'], { cwd: dir }).status, 2);
    const missing = runCli(['checklist', 'weg.overeenkomst.md', '--out', 'x.docx'], { cwd: dir });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /weg\.overeenkomst\.md bestaat niet/);
    assert.match(runCli(['checklist', '--help', '--lang', 'en']).stdout, /^Usage: inkooplint checklist <contract>/);
  });
});

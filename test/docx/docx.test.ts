import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { lintContract, type Finding } from '../../src/core';
import { parseContract } from '../../src/core/contract/parseContract';
import { convertDocx, lintDocxBytes } from '../../src/node/docx';
import { runCli } from '../helpers/cli';
import { markdownToDocx, wordEquivalent } from './writeDocx';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'contracts');

/** Rule, topic and the article (and sub-clause) a finding is in: what must be the same on both paths. */
function summary(findings: Finding[], text: string): string[] {
  const contract = parseContract(text);
  return findings.map((finding) => {
    const article = contract.articles.find((a) => finding.offset[0] >= a.offset[0] && finding.offset[0] < a.offset[1]);
    const clause = article?.clauses.filter((c) => finding.offset[0] >= c.offset[0] && finding.offset[0] < c.offset[1]).pop();
    return `${finding.ruleId} ${finding.properties?.topic ?? ''} art=${article?.number ?? '-'} clause=${clause?.number ?? '-'}`;
  }).sort();
}

function bothPaths(markdown: string, options: { frontMatterTable?: boolean } = {}): { markdown: string[]; word: string[]; findings: Finding[]; converted: string } {
  const reference = lintContract(markdown, { fileName: 'x.overeenkomst.md' });
  const word = lintDocxBytes(markdownToDocx(markdown, options), { fileName: 'x.overeenkomst.docx', language: 'nl' });
  assert.ok(word.markdown, 'the document converts');
  return { markdown: summary(reference.findings, markdown), word: summary(word.findings, word.markdown!), findings: word.findings, converted: word.markdown! };
}

const EXTRA = `---
titel: Overeenkomst Testdocument
type: overeenkomst
leverancier: Proefbedrijf B.V.
risicoprofiel: overig
---

# Overeenkomst Testdocument

## Artikel 1 Begrippen

| Begrip | Betekenis |
| --- | --- |
| **Algoritme** | het rekenmodel van Leverancier. |
| **Gegevens** | de gegevens van Opdrachtgever. |

## Artikel 2 Onderwerp

2.1 Leverancier levert het Algoritme vanaf [DATUM] als dienst.[^1] <!-- opmerking: Datum nog invullen -- graag voor 1 mei. -->
2.2 De Gegevens blijven eigendom van Opdrachtgever. Leverancier gebruikt ze niet voor eigen doeleinden.
2.3 Leverancier levert de Broncode.

## Artikel 4 Exit

4.1 Leverancier geeft de Gegevens zo spoedig mogelijk terug.

[^1]: De ingangsdatum volgt uit artikel 9.
`;

describe('Word contracts (.docx)', () => {
  for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.md'))) {
    it(`gives the same findings as Markdown at the same articles: ${name}`, () => {
      const result = bothPaths(wordEquivalent(readFileSync(path.join(FIXTURES, name), 'utf8')));
      assert.deepEqual(result.word, result.markdown);
    });
  }

  it('keeps Word numbering, a definitions table, a footnote and a comment', () => {
    const result = bothPaths(EXTRA);
    assert.deepEqual(result.word, result.markdown);
    assert.match(result.converted, /^## Artikel 1 Begrippen$/m);
    assert.match(result.converted, /^## Artikel 4 Exit$/m, 'a restarted list (startOverride) gives the number a reader sees');
    assert.match(result.converted, /^2\.3 Leverancier levert de Broncode\.$/m);
    assert.match(result.converted, /^\| \*\*Algoritme\*\* \| het rekenmodel van Leverancier\. \|$/m);
    assert.match(result.converted, /dienst\.\[\^1\]/);
    assert.match(result.converted, /^\[\^1\]: De ingangsdatum volgt uit artikel 9\.$/m);
    assert.match(result.converted, /^<!-- opmerking \(Jurist\): Datum nog invullen - graag voor 1 mei\. -->$/m);
    const contract = parseContract(result.converted);
    assert.deepEqual(contract.definitions?.terms.map((t) => t.term), ['Algoritme', 'Gegevens']);
    // The footnote's reference to article 9 is contract text; the comment is not.
    const rules = result.findings.map((f) => f.ruleId);
    assert.ok(rules.includes('contract/broken-reference'));
    assert.ok(rules.includes('contract/numbering'));
    const placeholder = result.findings.find((f) => f.ruleId === 'contract/placeholder');
    assert.equal(placeholder?.properties?.wordPlace, "artikel 2.1, alinea 'Leverancier levert het Algoritme ...'");
    const vague = result.findings.find((f) => f.ruleId === 'contract/vague-obligation');
    assert.match(String(vague?.properties?.wordPlace), /^artikel 4\.1, alinea 'Leverancier geeft de Gegevens \.\.\.'$/);
  });

  it('reads the front matter from a first table when the properties have none', () => {
    const result = bothPaths(EXTRA, { frontMatterTable: true });
    assert.deepEqual(result.word, result.markdown);
    assert.match(result.converted, /^leverancier: "Proefbedrijf B\.V\."$/m);
    assert.match(result.converted, /^risicoprofiel: "overig"$/m);
    assert.doesNotMatch(result.converted, /\| leverancier \|/);
  });

  it('reads tracked changes as accepted and skips deleted text', () => {
    const docx = markdownToDocx(EXTRA);
    const converted = convertDocx(docx);
    assert.ok(converted.ok);
    const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t xml:space="preserve">Leverancier </w:t></w:r><w:del w:id="1" w:author="L"><w:r><w:delText>nooit </w:delText></w:r></w:del><w:ins w:id="2" w:author="L"><w:r><w:t xml:space="preserve">altijd </w:t></w:r></w:ins><w:r><w:t>meldt.</w:t></w:r></w:p></w:body></w:document>`;
    const edited = markdownToDocx(EXTRA, { parts: { 'word/document.xml': xml } });
    const result = convertDocx(edited);
    assert.ok(result.ok);
    assert.match(result.markdown, /^Leverancier altijd meldt\.$/m);
  });

  describe('bad input: a clear finding, never a crash', () => {
    const problem = (bytes: Uint8Array, fileName = 'x.overeenkomst.docx'): string => {
      const findings = lintDocxBytes(bytes, { fileName, language: 'nl' }).findings;
      assert.equal(findings.length, 1);
      assert.equal(findings[0].ruleId, 'contract/front-matter');
      return String(findings[0].properties?.wordProblem);
    };
    it('password-protected (an encrypted OLE package)', () => {
      const ole = Buffer.alloc(4096);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
      Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1024);
      assert.equal(problem(ole), 'encrypted');
      const legacy = Buffer.alloc(1024);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(legacy);
      assert.equal(problem(legacy), 'legacy-doc');
    });
    it('not a Word file, an empty file, a ZIP without a document, a cut-off file', () => {
      assert.equal(problem(strToU8('# Just Markdown')), 'not-word');
      assert.equal(problem(new Uint8Array(0)), 'not-word');
      assert.equal(problem(zipSync({ 'a.txt': strToU8('hello') })), 'not-word');
      const good = markdownToDocx(EXTRA);
      assert.equal(problem(good.subarray(0, good.length - 100)), 'corrupt');
      const broken = markdownToDocx(EXTRA, { parts: { 'word/document.xml': '<w:document><w:body><w:p></w:body>' } });
      assert.equal(problem(broken), 'corrupt');
      const doctype = markdownToDocx(EXTRA, { parts: { 'word/document.xml': '<!DOCTYPE x [<!ENTITY a "aaaa">]><w:document><w:body/></w:document>' } });
      assert.equal(problem(doctype), 'corrupt');
    });
    it('macros: a .docm name or a macro-enabled package is refused unread', () => {
      assert.equal(problem(markdownToDocx(EXTRA), 'x.overeenkomst.docm'), 'macros');
      assert.equal(problem(markdownToDocx(EXTRA, { parts: { 'word/vbaProject.bin': new Uint8Array(10) } })), 'macros');
    });
    it('a file over the size limit is refused from its size alone, with the size in the message', () => {
      const findings = lintDocxBytes(markdownToDocx(EXTRA), { fileName: 'x.overeenkomst.docx', language: 'nl', fileSize: 70 * 1024 * 1024 }).findings;
      assert.equal(findings.length, 1);
      assert.equal(findings[0].properties?.wordProblem, 'too-large');
      assert.match(findings[0].message.nl, /te groot om te lezen \(70\.0 MB\)/);
      assert.match(findings[0].message.en, /too large to read \(70\.0 MB\)/);
    });
    it('a document whose text is larger than any contract (over 16 M characters) is refused with the count', function () {
      this.timeout(60_000);
      const text = 'Leverancier levert. '.repeat(850_000);
      const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;
      const findings = lintDocxBytes(markdownToDocx(EXTRA, { parts: { 'word/document.xml': xml } }), { fileName: 'x.overeenkomst.docx', language: 'en' }).findings;
      assert.equal(findings.length, 1);
      assert.equal(findings[0].properties?.wordProblem, 'too-large');
      assert.match(findings[0].message.en, /too large to read \(\d{8} characters of text\)/);
    });
    it('a part that inflates past the limit (a zip bomb) stops at the limit', () => {
      const bomb = markdownToDocx(EXTRA, { parts: { 'word/document.xml': new Uint8Array(100 * 1024 * 1024) } });
      assert.ok(bomb.length < 1024 * 1024);
      assert.equal(problem(bomb), 'too-large');
    });
  });

  describe('the CLI', function () {
    this.timeout(60_000);
    let dir: string;
    before(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'inkooplint-docx-'));
      writeFileSync(path.join(dir, 'levering.overeenkomst.docx'), markdownToDocx(EXTRA));
      writeFileSync(path.join(dir, 'Concept van leverancier.docx'), markdownToDocx(EXTRA.replace('Overeenkomst Testdocument', 'Overeenkomst Concept')));
      writeFileSync(path.join(dir, 'brief.docx'), markdownToDocx('---\ntitel: Begeleidende brief\n---\n\nGeachte heer,\n'));
      writeFileSync(path.join(dir, 'kapot.contract.docx'), 'geen zip');
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('lints a .docx named on the command line, with the Word place', () => {
      const run = runCli(['levering.overeenkomst.docx', '--lang', 'nl'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr + run.stdout);
      assert.match(run.stdout, /levering\.overeenkomst\.docx:\d+:\d+ .*\[artikel 2\.1, alinea 'Leverancier levert het Algoritme \.\.\.'\].*contract\/placeholder/);
      const json = runCli(['levering.overeenkomst.docx', '--format', 'json'], { cwd: dir });
      const findings = JSON.parse(json.stdout) as Array<{ ruleId: string; properties?: { wordPlace?: string } }>;
      assert.ok(findings.some((f) => f.ruleId === 'contract/placeholder' && f.properties?.wordPlace?.startsWith('artikel 2.1')));
    });

    it('finds Word contracts in a folder by name or by title, and reports a broken one', () => {
      const run = runCli(['.', '--format', 'json'], { cwd: dir });
      const files = new Set((JSON.parse(run.stdout) as Array<{ file: string }>).map((f) => f.file));
      assert.deepEqual([...files].sort(), ['Concept van leverancier.docx', 'kapot.contract.docx', 'levering.overeenkomst.docx']);
      assert.equal(run.status, 1);
    });

    it('refuses a .docm and a non-Word file with a clear message, exit code 1, nothing written', () => {
      writeFileSync(path.join(dir, 'macro.overeenkomst.docm'), markdownToDocx(EXTRA));
      const before = readdirSync(dir).sort();
      const run = runCli(['macro.overeenkomst.docm', 'kapot.contract.docx', '--lang', 'en'], { cwd: dir });
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /macro\.overeenkomst\.docm:1:1 .*contains macros/);
      assert.match(run.stdout, /kapot\.contract\.docx:1:1 .*not a Word document/);
      assert.equal(run.stderr, '');
      assert.deepEqual(readdirSync(dir).sort(), before);
    });

    it('refuses a huge .docx from its size, without reading it', () => {
      // A sparse file: 65 MB on paper, nothing on disk.
      const huge = path.join(dir, 'groot.overeenkomst.docx');
      writeFileSync(huge, markdownToDocx(EXTRA));
      truncateSync(huge, 65 * 1024 * 1024);
      const run = runCli(['groot.overeenkomst.docx', '--lang', 'nl'], { cwd: dir });
      rmSync(huge);
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /groot\.overeenkomst\.docx:1:1 .*te groot om te lezen \(65\.0 MB\)/);
    });

    it('applies --profile when the document gives none', () => {
      writeFileSync(path.join(dir, 'zonder.overeenkomst.docx'), markdownToDocx(EXTRA.replace('risicoprofiel: overig\n', '')));
      const low = JSON.parse(runCli(['zonder.overeenkomst.docx', '--format', 'json', '--profile', 'overig'], { cwd: dir }).stdout) as Array<{ ruleId: string }>;
      const high = JSON.parse(runCli(['zonder.overeenkomst.docx', '--format', 'json', '--profile', 'hoog-risico'], { cwd: dir }).stdout) as Array<{ ruleId: string }>;
      const missing = (list: Array<{ ruleId: string }>): number => list.filter((f) => f.ruleId === 'contract/missing-clause').length;
      assert.ok(missing(high) > missing(low));
    });
  });
});

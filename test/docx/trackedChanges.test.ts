import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lintContract, parseConfig, type Finding } from '../../src/core';
import { allRuleMetas } from '../../src/core/engine';
import { hasMessage } from '../../src/core/l10n/messages';
import { topicById } from '../../src/core/contract/catalog';
import { reviewTrackedChanges } from '../../src/core/contract/changeReview';
import { convertDocx, lintDocxBytes, type TrackedChange } from '../../src/node/docx';
import Ajv from 'ajv-draft-04';
import { DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, TextRun } from 'docx';
import addFormats from 'ajv-formats';
import { runCli } from '../helpers/cli';
// The SARIF 2.1.0 schema as Microsoft's SARIF tooling ships it on the npm registry.
import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
import { markdownToDocx, wordEquivalent, type WriteOptions } from './writeDocx';

/**
 * Tracked changes in Word contracts: the two readings the converter makes, and the changes that
 * `contract/weakening-change` reports. The base is the complete high-risk fixture, which gives no
 * finding at all: every finding in a case comes from its tracked changes.
 */
const BASE = wordEquivalent(readFileSync(path.join(__dirname, '..', 'fixtures', 'contracts', 'compleet-hoog-risico.overeenkomst.md'), 'utf8'));
const RULE = 'contract/weakening-change';

/** The base with one piece of text replaced; fails loudly when the piece is not there. */
function edited(...replacements: Array<[string, string]>): string {
  let text = BASE;
  for (const [from, to] of replacements) {
    assert.ok(text.includes(from), `the base contract has '${from}'`);
    text = text.replace(from, to);
  }
  return text;
}

function lintWord(markdown: string, options: WriteOptions = {}, language: 'nl' | 'en' = 'nl'): ReturnType<typeof lintDocxBytes> {
  return lintDocxBytes(markdownToDocx(markdown, options), { fileName: 'concept.overeenkomst.docx', language });
}

const weakenings = (findings: Finding[]): Finding[] => findings.filter((finding) => finding.ruleId === RULE);
const textAt = (markdown: string, offset: readonly [number, number]): string => markdown.slice(offset[0], offset[1]);

/** The Markdown as it reads with every change in the notation accepted. */
function acceptAll(markdown: string): string {
  return markdown
    .replace(/^\{(?:--|<-)\}.*\n/gm, '')
    .replace(/^\{(?:\+\+|->)\}/gm, '')
    .replace(/\{~~[\s\S]*?~>([\s\S]*?)~~\}/g, '$1')
    .replace(/\{(?:\+\+|->)([\s\S]*?)(?:\+\+|->)\}/g, '$1')
    .replace(/\{(?:--|<-)[\s\S]*?(?:--|<-)\}/g, '');
}

const SMALL = `---
titel: Overeenkomst Proef
leverancier: Proef B.V.
risicoprofiel: overig
---

# Overeenkomst Proef

## Artikel 1 Onderwerp

1.1 Leverancier levert {--het oude--}{++het nieuwe++} algoritme als dienst.

{--}## Artikel 2 Vervallen
{--}2.1 Dit artikel vervalt in de nieuwe versie.

## Artikel 3 Termijnen

3.1 Leverancier meldt fouten {~~binnen 5 werkdagen~>zo spoedig mogelijk~~}.
{++}3.2 Leverancier houdt een logboek bij.
`;

describe('Word tracked changes', () => {
  describe('the converter reads both readings', () => {
    it('a document without tracked changes has one reading and no changes', () => {
      const converted = convertDocx(markdownToDocx(BASE));
      assert.ok(converted.ok);
      assert.equal(converted.original, undefined);
      assert.equal(converted.changes, undefined);
    });

    it('accepted: insertions in, deletions out; original: the other way round, with the numbers Word shows in each', () => {
      const converted = convertDocx(markdownToDocx(SMALL, { author: 'Jansen (Proef B.V.)', date: '2025-04-02T09:30:00Z' }));
      assert.ok(converted.ok && converted.original);
      const accepted = converted.markdown;
      const original = converted.original.markdown;
      assert.match(accepted, /^1\.1 Leverancier levert het nieuwe algoritme als dienst\.$/m);
      assert.match(original, /^1\.1 Leverancier levert het oude algoritme als dienst\.$/m);
      assert.doesNotMatch(accepted, /Vervallen|vervalt/);
      assert.match(original, /^## Artikel 2 Vervallen$/m);
      // Word renumbers automatically: with article 2 gone, "Termijnen" is article 2.
      assert.match(accepted, /^## Artikel 2 Termijnen$/m);
      assert.match(original, /^## Artikel 3 Termijnen$/m);
      assert.match(accepted, /^2\.1 Leverancier meldt fouten zo spoedig mogelijk\.$/m);
      assert.match(accepted, /^2\.2 Leverancier houdt een logboek bij\.$/m);
      assert.match(original, /^3\.1 Leverancier meldt fouten binnen 5 werkdagen\.$/m);
      assert.doesNotMatch(original, /logboek/);
    });

    it('lists each change with author, date, kind, its Word place and where its text is', () => {
      const converted = convertDocx(markdownToDocx(SMALL, { author: 'Jansen (Proef B.V.)', date: '2025-04-02T09:30:00Z' }));
      assert.ok(converted.ok && converted.original && converted.changes);
      const changes = converted.changes;
      assert.ok(changes.every((change) => change.author === 'Jansen (Proef B.V.)' && change.date === '2025-04-02T09:30:00Z'));
      const summary = changes.map((change) => `${change.kind}: ${change.text}`);
      assert.deepEqual(summary.sort(), [
        'deletion: Dit artikel vervalt in de nieuwe versie.',
        'deletion: Vervallen',
        'deletion: binnen 5 werkdagen',
        'deletion: het oude',
        'insertion: Leverancier houdt een logboek bij.',
        'insertion: het nieuwe',
        'insertion: zo spoedig mogelijk',
      ]);
      for (const change of changes) {
        if (change.kind === 'insertion') {
          assert.ok(change.acceptedOffset && !change.originalOffset);
          assert.equal(textAt(converted.markdown, change.acceptedOffset), change.text);
        } else {
          assert.ok(change.originalOffset && !change.acceptedOffset);
          assert.equal(textAt(converted.original.markdown, change.originalOffset), change.text);
        }
      }
      // A substitution is one Word paragraph in both readings: the same paragraph number, its own sub-clause number in each.
      const deleted = changes.find((change) => change.text === 'binnen 5 werkdagen')!;
      const inserted = changes.find((change) => change.text === 'zo spoedig mogelijk')!;
      assert.equal(deleted.place.paragraph, inserted.place.paragraph);
      assert.equal(deleted.place.number, '3.1');
      assert.equal(inserted.place.number, '2.1');
    });

    it('moves: moved-away text is in the original only, moved-here text in the accepted only', () => {
      const moved = SMALL.replace('{++}3.2 Leverancier houdt een logboek bij.', '3.2 Leverancier houdt een {<-uitgebreid <-}logboek {->uitgebreid ->}bij.');
      const converted = convertDocx(markdownToDocx(moved));
      assert.ok(converted.ok && converted.original && converted.changes);
      assert.match(converted.markdown, /^2\.2 Leverancier houdt een logboek uitgebreid bij\.$/m);
      assert.match(converted.original.markdown, /^3\.2 Leverancier houdt een uitgebreid logboek bij\.$/m);
      const kinds = converted.changes.filter((change) => change.text === 'uitgebreid').map((change) => change.kind).sort();
      assert.deepEqual(kinds, ['move-from', 'move-to']);
    });

    it('formatting-only changes (w:rPrChange, w:pPrChange) change no text and make no second reading', () => {
      const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
      const xml = `<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:pPr><w:jc w:val="both"/><w:pPrChange w:id="1" w:author="Leverancier" w:date="2025-03-14T10:00:00Z"><w:pPr/></w:pPrChange></w:pPr><w:r><w:rPr><w:b/><w:rPrChange w:id="2" w:author="Leverancier" w:date="2025-03-14T10:00:00Z"><w:rPr/></w:rPrChange></w:rPr><w:t>Leverancier</w:t></w:r><w:r><w:t xml:space="preserve"> meldt elk incident binnen 24 uur.</w:t></w:r></w:p></w:body></w:document>`;
      const converted = convertDocx(markdownToDocx(SMALL, { parts: { 'word/document.xml': xml } }));
      assert.ok(converted.ok);
      assert.match(converted.markdown, /^\*\*Leverancier\*\* meldt elk incident binnen 24 uur\.$/m);
      assert.equal(converted.original, undefined);
      assert.equal(converted.changes, undefined);
    });

    it('table rows inserted or deleted as a whole (w:trPr), and paragraph numbers that stay the same after them', () => {
      const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
      const cell = (text: string, change?: 'ins' | 'del'): string => {
        const run = change === 'del' ? `<w:r><w:delText>${text}</w:delText></w:r>` : `<w:r><w:t>${text}</w:t></w:r>`;
        return `<w:tc><w:p>${change ? `<w:${change} w:id="9" w:author="L">${run}</w:${change}>` : run}</w:p></w:tc>`;
      };
      const row = (a: string, b: string, change?: 'ins' | 'del'): string => `<w:tr>${change ? `<w:trPr><w:${change} w:id="8" w:author="L"/></w:trPr>` : ''}${cell(a, change)}${cell(b, change)}</w:tr>`;
      const xml = `<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>Eerste alinea.</w:t></w:r></w:p><w:tbl>${row('Begrip', 'Betekenis')}${row('Oud', 'geschrapt', 'del')}${row('Nieuw', 'ingevoegd', 'ins')}</w:tbl><w:p><w:r><w:t>Laatste alinea.</w:t></w:r></w:p></w:body></w:document>`;
      const converted = convertDocx(markdownToDocx(SMALL, { parts: { 'word/document.xml': xml } }));
      assert.ok(converted.ok && converted.original);
      assert.match(converted.markdown, /^\| Nieuw \| ingevoegd \|$/m);
      assert.doesNotMatch(converted.markdown, /geschrapt/);
      assert.match(converted.original.markdown, /^\| Oud \| geschrapt \|$/m);
      assert.doesNotMatch(converted.original.markdown, /ingevoegd/);
      const last = (markdown: string, places: typeof converted.places): number | undefined => places[markdown.split('\n').findIndex((line) => line === 'Laatste alinea.')]?.paragraph;
      assert.equal(last(converted.markdown, converted.places), 8);
      assert.equal(last(converted.original.markdown, converted.original.places), 8);
    });
  });

  describe('a document made by another producer (the `docx` package) with tracked changes', () => {
    /** The base contract as paragraphs of the `docx` package, with clause 14.1 changed by "Jane Smith". */
    async function viaDocxPackage(): Promise<Uint8Array> {
      const front = /^---\n([\s\S]*?)\n---\n/.exec(BASE)!;
      const properties = front[1].split('\n').map((line) => /^(\w+): (.*)$/.exec(line)!).map((m) => ({ name: m[1], value: m[2] }));
      const changed = '14.1 Leverancier meldt een ernstig incident binnen 24 uur aan Opdrachtgever.';
      const revision = { author: 'Jane Smith', date: '2025-06-01T08:00:00Z' };
      const children = BASE.slice(front[0].length).replace(/<!--[\s\S]*?-->/g, '').split('\n').filter((line) => line.trim() !== '').map((line) => {
        if (line.startsWith('# ')) return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(line.slice(2))] });
        if (line.startsWith('## ')) return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(line.slice(3))] });
        if (line !== changed) return new Paragraph({ children: [new TextRun(line)] });
        return new Paragraph({
          children: [
            new TextRun('14.1 Leverancier meldt een ernstig incident '),
            new DeletedTextRun({ id: 1, ...revision, text: 'binnen 5 werkdagen' }),
            new InsertedTextRun({ id: 2, ...revision, text: 'zo spoedig mogelijk' }),
            new TextRun(' aan Opdrachtgever.'),
          ],
        });
      });
      const document = new Document({ title: properties.find((p) => p.name === 'titel')!.value, customProperties: properties.filter((p) => p.name !== 'titel'), sections: [{ children }] });
      return new Uint8Array(await Packer.toBuffer(document));
    }

    it('reads both readings and the change, and reports the weakened incident clause', async () => {
      const bytes = await viaDocxPackage();
      const converted = convertDocx(bytes);
      assert.ok(converted.ok && converted.original && converted.changes);
      assert.match(converted.markdown, /^14\.1 Leverancier meldt een ernstig incident zo spoedig mogelijk aan Opdrachtgever\.$/m);
      assert.match(converted.original.markdown, /^14\.1 Leverancier meldt een ernstig incident binnen 5 werkdagen aan Opdrachtgever\.$/m);
      assert.deepEqual(converted.changes.map((change) => [change.kind, change.author, change.text, change.place.number]), [
        ['deletion', 'Jane Smith', 'binnen 5 werkdagen', '14.1'],
        ['insertion', 'Jane Smith', 'zo spoedig mogelijk', '14.1'],
      ]);
      const found = weakenings(lintDocxBytes(bytes, { fileName: 'concept.overeenkomst.docx', language: 'nl' }).findings);
      assert.deepEqual(found.map((f) => [f.properties?.weakenedBy, f.properties?.trackedChange]), [
        ['contract/vague-obligation', { kind: 'insertion', author: 'Jane Smith', date: '2025-06-01T08:00:00Z' }],
      ]);
    });
  });

  describe('contract/weakening-change', () => {
    it('the supplier deletes the audit article: the topic is reported with the author, at the title', () => {
      const markdown = edited(
        ['## Artikel 5 Audit', '{--}## Artikel 5 Audit'],
        ['5.1 Opdrachtgever heeft het recht', '{--}5.1 Opdrachtgever heeft het recht'],
        ['5.2 Leverancier verleent', '{--}5.2 Leverancier verleent'],
      );
      const result = lintWord(markdown, { author: 'Datavisie B.V.', date: '2025-05-06T11:00:00Z' });
      const found = weakenings(result.findings);
      assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message.en)));
      const [finding] = found;
      assert.equal(finding.properties?.topic, 'audit');
      assert.equal(finding.properties?.originalPart, '5');
      assert.deepEqual(finding.properties?.trackedChange, { kind: 'deletion', author: 'Datavisie B.V.', date: '2025-05-06T11:00:00Z' });
      assert.ok(finding.message.nl.includes(topicById('audit').title.nl), finding.message.nl);
      assert.match(finding.message.nl, /Datavisie B\.V\. \(2025-05-06\).*artikel 5\./);
      assert.match(finding.message.en, /by Datavisie B\.V\. \(2025-05-06\).*article 5 covered it/);
      // The whole article is gone: the finding sits at the contract's title.
      assert.equal(textAt(result.markdown!, finding.offset), 'Overeenkomst Risicosignalering Bijstand');
      // The accepted text is linted as usual: the audit topic is missing there.
      assert.ok(result.findings.some((f) => f.ruleId === 'contract/missing-clause' && f.properties?.topic === 'audit'));
    });

    it('a deleted article whose heading stays: the finding sits at that article in the accepted text', () => {
      const markdown = edited(
        ['5.1 Opdrachtgever heeft het recht het Algoritme, de Gegevens en de werkwijze van Leverancier eenmaal per jaar te laten controleren door een onafhankelijke auditor.', '5.1 {--Opdrachtgever heeft het recht het Algoritme, de Gegevens en de werkwijze van Leverancier eenmaal per jaar te laten controleren door een onafhankelijke auditor.--}{++Partijen overleggen jaarlijks.++}'],
        ['5.2 Leverancier verleent', '{--}5.2 Leverancier verleent'],
        ['## Artikel 5 Audit', '## Artikel 5 {--Audit--}{++Overleg++}'],
      );
      const result = lintWord(markdown);
      const found = weakenings(result.findings).filter((f) => f.properties?.topic === 'audit');
      assert.equal(found.length, 1);
      assert.equal(textAt(result.markdown!, found[0].offset), '## Artikel 5 Overleg');
      assert.match(String(found[0].properties?.wordPlace), /^artikel 5, alinea 'Overleg'$/);
    });

    it('the supplier inserts use of the data for product improvement: reported at the inserted sentence', () => {
      const sentence = 'Leverancier mag de Gegevens daarnaast gebruiken voor productverbetering en voor andere klanten.';
      const markdown = edited(['4.1 De Gegevens blijven eigendom van Opdrachtgever.', `4.1 De Gegevens blijven eigendom van Opdrachtgever.{++ ${sentence}++}`]);
      const result = lintWord(markdown, {}, 'en');
      const found = weakenings(result.findings);
      assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message.en)));
      assert.equal(found[0].properties?.weakenedBy, 'contract/supplier-data-use');
      assert.equal(textAt(result.markdown!, found[0].offset), sentence);
      assert.match(found[0].message.en, /^A tracked change by Leverancier B\.V\. \(2025-03-14\) inserts this text, which favours the supplier: /);
      assert.match(String(found[0].properties?.wordPlace), /^article 4\.1, paragraph 'De Gegevens blijven eigendom \.\.\.'$/);
      assert.deepEqual(found[0].properties?.trackedChange, { kind: 'insertion', author: 'Leverancier B.V.', date: '2025-03-14T10:00:00Z' });
    });

    it('the supplier replaces "binnen 5 werkdagen" by "zo spoedig mogelijk" in the incident clause', () => {
      const markdown = edited(['14.1 Leverancier meldt een ernstig incident binnen 24 uur aan Opdrachtgever.', '14.1 Leverancier meldt een ernstig incident {~~binnen 5 werkdagen~>zo spoedig mogelijk~~} aan Opdrachtgever.']);
      const result = lintWord(markdown);
      const found = weakenings(result.findings);
      assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message.nl)));
      assert.equal(found[0].properties?.weakenedBy, 'contract/vague-obligation');
      assert.equal(found[0].properties?.topic, 'incidents-corrective-actions');
      assert.equal(textAt(result.markdown!, found[0].offset), 'zo spoedig mogelijk');
      assert.match(found[0].message.nl, /vervangt 'binnen 5 werkdagen' door 'zo spoedig mogelijk'/);
      assert.match(String(found[0].properties?.wordPlace), /^artikel 14\.1, /);
    });

    it('effort wording a change adds without replacing a firm term is the ordinary vague-obligation finding only', () => {
      const markdown = edited(['14.2 Leverancier neemt binnen vijf werkdagen corrigerende maatregelen en meldt welke.', '14.2 Leverancier neemt binnen vijf werkdagen corrigerende maatregelen en meldt welke{++ zo spoedig mogelijk++}.']);
      const result = lintWord(markdown);
      assert.deepEqual(weakenings(result.findings), []);
      assert.ok(result.findings.some((f) => f.ruleId === 'contract/vague-obligation'));
    });

    it('striking out "niet" turns a clause round: reported, naming the words struck out', () => {
      const markdown = edited(['4.2 Leverancier gebruikt de Gegevens uitsluitend voor de uitvoering van de Overeenkomst en niet voor eigen doeleinden of voor andere klanten.', '4.2 Leverancier mag de Gegevens gebruiken voor de uitvoering van de Overeenkomst en {--niet --}voor eigen doeleinden of voor andere klanten.']);
      const result = lintWord(markdown);
      const found = weakenings(result.findings);
      assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message.nl)));
      assert.equal(found[0].properties?.weakenedBy, 'contract/supplier-data-use');
      assert.match(found[0].message.nl, /^Een bijgehouden wijziging van Leverancier B\.V\. \(2025-03-14\) schrapt 'niet' uit deze tekst\. /);
      assert.deepEqual(found[0].properties?.trackedChange, { kind: 'deletion', author: 'Leverancier B.V.', date: '2025-03-14T10:00:00Z' });
    });

    it('editing a clause that favoured the supplier already (a typo fixed in it) gives nothing new', () => {
      const before = edited(['4.1 De Gegevens blijven eigendom van Opdrachtgever.', '4.1 De Gegevens blijven eigendom van Opdrachtgever. Leverancier mag de Gegevens ok gebruiken voor productverbetering.']);
      assert.ok(lintWord(before).findings.some((f) => f.ruleId === 'contract/supplier-data-use'), 'the clause favours the supplier before the change');
      const markdown = before.replace('Gegevens ok gebruiken', 'Gegevens {~~ok~>ook~~} gebruiken');
      const result = lintWord(markdown);
      assert.ok(result.findings.some((f) => f.ruleId === 'contract/supplier-data-use'));
      assert.deepEqual(weakenings(result.findings), []);
    });

    it('a harmless change (a typo fixed) gives nothing, and neither does anything else', () => {
      const markdown = edited(['4.1 De Gegevens blijven', '4.1 De {~~Gegevns~>Gegevens~~} blijven']);
      const result = lintWord(markdown);
      assert.equal(result.trackedChanges?.length, 2);
      assert.deepEqual(result.findings, []);
    });

    it('a deletion that leaves the topic covered elsewhere gives nothing', () => {
      // Sub-clause 5.1 still gives the audit right; annex B is still the processing agreement.
      const clause = edited(['5.2 Leverancier verleent', '{--}5.2 Leverancier verleent']);
      assert.deepEqual(weakenings(lintWord(clause).findings), []);
      const article = edited(['## Artikel 17 Verwerking', '{--}## Artikel 17 Verwerking'], ['17.1 Partijen', '{--}17.1 Partijen']);
      const result = lintWord(article);
      assert.ok(result.originalMarkdown?.includes('Artikel 17 Verwerking'));
      assert.deepEqual(weakenings(result.findings), []);
    });

    it('moving the audit article, or a clause that favoured the supplier already, gives nothing', () => {
      const audit = ['## Artikel 5 Audit', '5.1 Opdrachtgever heeft het recht het Algoritme, de Gegevens en de werkwijze van Leverancier eenmaal per jaar te laten controleren door een onafhankelijke auditor.', '5.2 Leverancier verleent daarvoor binnen tien werkdagen na een verzoek toegang tot informatie, systemen en medewerkers.'];
      const movedArticle = edited(
        ...audit.map((line): [string, string] => [line, `{<-}${line}`]),
        ['## Ondertekening', `${audit.map((line) => `{->}${line.replace(/^## Artikel 5/, '## Artikel 19').replace(/^5\./, '19.')}`).join('\n')}\n\n## Ondertekening`],
      );
      const article = lintWord(movedArticle);
      assert.match(article.markdown!, /^## Artikel 18 Audit$/m, 'after the move the audit article is the last one');
      assert.ok(article.trackedChanges?.some((change) => change.kind === 'move-to'));
      assert.deepEqual(weakenings(article.findings), []);

      const clause = '2.3 Leverancier mag de Gegevens gebruiken voor productverbetering.';
      const withClause = edited(['2.2 De Overeenkomst geldt voor vier jaar vanaf 1 juni 2025.', `2.2 De Overeenkomst geldt voor vier jaar vanaf 1 juni 2025.\n{<-}${clause}`]);
      const movedClause = withClause.replace('4.2 Leverancier gebruikt', `{->}${clause.replace('2.3', '4.2')}\n4.3 Leverancier gebruikt`);
      const result = lintWord(movedClause);
      assert.ok(result.findings.some((f) => f.ruleId === 'contract/supplier-data-use'), 'the clause itself is still reported');
      assert.deepEqual(weakenings(result.findings), []);
    });

    it('gives the same other findings as the Markdown path on the accepted text, at the same article numbers', () => {
      const markdown = edited(
        ['## Artikel 5 Audit', '{--}## Artikel 5 Audit'],
        ['5.1 Opdrachtgever heeft het recht', '{--}5.1 Opdrachtgever heeft het recht'],
        ['5.2 Leverancier verleent', '{--}5.2 Leverancier verleent'],
        ['14.1 Leverancier meldt een ernstig incident binnen 24 uur aan Opdrachtgever.', '14.1 Leverancier meldt een ernstig incident {~~binnen 5 werkdagen~>zo spoedig mogelijk~~} aan Opdrachtgever.'],
        ['2.2 De Overeenkomst', '2.2 De {++[DATUM]++} Overeenkomst'],
      );
      const word = lintWord(markdown);
      // In Markdown the numbers are typed: renumber as Word does once article 5 is gone.
      const renumber = (n: string): string => String(Number(n) > 5 ? Number(n) - 1 : Number(n));
      const reference = acceptAll(markdown).replace(/^## Artikel (\d+)/gm, (_, n: string) => `## Artikel ${renumber(n)}`).replace(/^(\d+)\.(\d+) /gm, (_, a: string, b: string) => `${renumber(a)}.${b} `);
      const describe = (findings: Finding[], text: string): string[] => findings.filter((f) => f.ruleId !== RULE).map((f) => `${f.ruleId} ${f.properties?.topic ?? ''} ${text.split('\n')[f.range.start.line].slice(0, 12)}`).sort();
      assert.deepEqual(describe(word.findings, word.markdown!), describe(lintContract(reference, { fileName: 'x.overeenkomst.md' }).findings, reference));
      assert.ok(word.findings.some((f) => f.ruleId === 'contract/placeholder'));
      assert.ok(word.findings.some((f) => f.ruleId === 'contract/vague-obligation' && /^artikel 13\.1, /.test(String(f.properties?.wordPlace))));
    });

    it('can be switched off by its alias, and names an unknown author when Word recorded none', () => {
      const markdown = edited(['4.1 De Gegevens blijven eigendom van Opdrachtgever.', '4.1 De Gegevens blijven eigendom van Opdrachtgever.{++ Leverancier mag de Gegevens gebruiken voor productverbetering.++}']);
      const { config } = parseConfig('rules:\n  no-weakening-changes: off\n', allRuleMetas());
      const off = lintDocxBytes(markdownToDocx(markdown), { fileName: 'x.overeenkomst.docx', language: 'nl', config });
      assert.deepEqual(weakenings(off.findings), []);
      assert.ok(off.findings.some((f) => f.ruleId === 'contract/supplier-data-use'));
      const anonymous = markdownToDocx(markdown, { author: '' });
      const found = weakenings(lintDocxBytes(anonymous, { fileName: 'x.overeenkomst.docx', language: 'nl' }).findings);
      assert.equal(found.length, 1);
      assert.match(found[0].message.nl, /van een onbekende auteur \(2025-03-14\)/);
      assert.deepEqual(found[0].properties?.trackedChange, { kind: 'insertion', date: '2025-03-14T10:00:00Z' });
    });

    it('never fires on Markdown, which has no tracked changes', () => {
      const markdown = edited(['## Artikel 5 Audit', '## Artikel 5 {--Audit--}'], ['4.1 De Gegevens blijven eigendom van Opdrachtgever.', '4.1 Leverancier mag de Gegevens gebruiken voor productverbetering.']);
      assert.deepEqual(weakenings(lintContract(markdown, { fileName: 'x.overeenkomst.md' }).findings), []);
    });

    it('has every message it reports in Dutch and English', () => {
      const source = readFileSync(path.join(__dirname, '..', '..', 'src', 'core', 'contract', 'changeReview.ts'), 'utf8');
      const ids = [...source.matchAll(/messageId: '([a-z-]+)'/g)].map((match) => `${RULE}.${match[1]}`);
      assert.deepEqual([...new Set(ids)].sort(), [`${RULE}.supplier-clause`, `${RULE}.supplier-clause-deleted`, `${RULE}.term-replaced`, `${RULE}.topic-removed`]);
      for (const id of ids) assert.ok(hasMessage(id), id);
    });

    it('the comparison in the core: the same reading twice, or no changes, gives nothing', () => {
      const text = edited(['4.1 De Gegevens blijven eigendom van Opdrachtgever.', '4.1 Leverancier mag de Gegevens gebruiken voor productverbetering.']);
      const result = lintContract(text, { fileName: 'x.overeenkomst.md' });
      const blocks = text.split('\n').reduce<{ at: number; blocks: Array<{ key: number; offset: [number, number] }> }>((acc, line, i) => ({ at: acc.at + line.length + 1, blocks: [...acc.blocks, { key: i, offset: [acc.at, acc.at + line.length] }] }), { at: 0, blocks: [] }).blocks;
      const reading = { contract: result.contract, findings: result.findings, blocks };
      assert.deepEqual(reviewTrackedChanges({ original: reading, accepted: reading, changes: [], requiredTopics: ['audit', 'data-ownership'] }), []);
      // The clause as an insertion that the original did not have: reported.
      const at = text.indexOf('Leverancier mag de Gegevens');
      const insertion: TrackedChange = { id: '1', kind: 'insertion', author: 'L', text: 'mag', place: { paragraph: 1, firstWords: '', kind: 'paragraph' }, acceptedOffset: [at + 12, at + 15] };
      const withoutClause = lintContract(BASE, { fileName: 'x.overeenkomst.md' });
      const original = { contract: withoutClause.contract, findings: withoutClause.findings, blocks: [] };
      const found = reviewTrackedChanges({ original, accepted: reading, changes: [insertion], requiredTopics: [] });
      assert.deepEqual(found.map((f) => [f.ruleId, f.properties?.weakenedBy]), [[RULE, 'contract/supplier-data-use']]);
    });
  });

  describe('the CLI lists weakening changes apart', function () {
    this.timeout(60_000);
    let dir: string;
    before(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'inkooplint-tracked-'));
      const markdown = edited(
        ['## Artikel 5 Audit', '{--}## Artikel 5 Audit'],
        ['5.1 Opdrachtgever heeft het recht', '{--}5.1 Opdrachtgever heeft het recht'],
        ['5.2 Leverancier verleent', '{--}5.2 Leverancier verleent'],
        ['2.2 De Overeenkomst geldt voor vier jaar', '2.2 De Overeenkomst geldt voor {~~vier~>vijf~~} jaar'],
      );
      writeFileSync(path.join(dir, 'concept.overeenkomst.docx'), markdownToDocx(markdown, { author: 'Datavisie B.V.' }));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('stylish: a section of its own after the other findings, in Dutch and in English', () => {
      const nl = runCli(['concept.overeenkomst.docx', '--lang', 'nl'], { cwd: dir });
      const nlLines = nl.stdout.split('\n');
      const heading = nlLines.indexOf('Wijzigingen die de overeenkomst verzwakken (bijgehouden wijzigingen in Word):');
      assert.ok(heading > 0, nl.stdout);
      const missing = nlLines.findIndex((line) => /contract\/missing-clause$/.test(line));
      const weakening = nlLines.findIndex((line) => /contract\/weakening-change$/.test(line));
      assert.ok(missing >= 0 && missing < heading && heading < weakening, nl.stdout);
      assert.match(nlLines[weakening], /^concept\.overeenkomst\.docx:\d+:\d+ +waarschuwing +Na de bijgehouden wijzigingen van Datavisie B\.V\. \(2025-03-14\) regelt het contract dit onderwerp niet meer: Auditrecht\. .*artikel 5\. \[alinea 'Overeenkomst Risicosignalering Bijstand'\]/);
      assert.match(nl.stdout, /1 bestand/);
      const en = runCli(['concept.overeenkomst.docx', '--lang', 'en'], { cwd: dir });
      assert.match(en.stdout, /\nChanges that weaken the contract \(tracked changes in Word\):\n\nconcept\.overeenkomst\.docx:\d+:\d+ +warning +After the tracked changes by Datavisie B\.V\. \(2025-03-14\), the contract no longer covers this topic: Right to audit\. Before the changes, article 5 covered it\./);
    });

    it('json and sarif: findings with the rule id and properties.trackedChange', () => {
      const json = JSON.parse(runCli(['concept.overeenkomst.docx', '--format', 'json'], { cwd: dir }).stdout) as Array<{ ruleId: string; properties?: Record<string, unknown> }>;
      const found = json.filter((f) => f.ruleId === RULE);
      assert.equal(found.length, 1);
      assert.deepEqual(found[0].properties?.trackedChange, { kind: 'deletion', author: 'Datavisie B.V.', date: '2025-03-14T10:00:00Z' });
      assert.equal(found[0].properties?.topic, 'audit');
      const sarifText = runCli(['concept.overeenkomst.docx', '--format', 'sarif'], { cwd: dir }).stdout;
      const sarifAjv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
      addFormats(sarifAjv);
      const validate = sarifAjv.compile(sarifSchema);
      assert.ok(validate(JSON.parse(sarifText)), JSON.stringify(validate.errors));
      const sarif = JSON.parse(sarifText) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<{ ruleId: string; ruleIndex: number; properties: Record<string, unknown> }> }> };
      const run = sarif.runs[0];
      const result = run.results.find((r) => r.ruleId === RULE);
      assert.ok(result);
      assert.equal(run.tool.driver.rules[result.ruleIndex].id, RULE);
      assert.deepEqual(result.properties.trackedChange, { kind: 'deletion', author: 'Datavisie B.V.', date: '2025-03-14T10:00:00Z' });
    });
  });
});

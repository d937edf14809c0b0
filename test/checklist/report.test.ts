import assert from 'node:assert/strict';
import { parse } from 'parse5';
import { renderChecklistHtml, renderChecklistMarkdown } from '../../src/core/checklist';
import { demoChecklist, HOSTILE } from './helpers';

interface Node { nodeName: string; tagName?: string; attrs?: Array<{ name: string; value: string }>; childNodes?: Node[]; content?: Node; value?: string }

function elements(node: Node, out: Node[] = []): Node[] {
  if (node.tagName) out.push(node);
  for (const child of node.childNodes ?? []) elements(child, out);
  if (node.content) elements(node.content, out);
  return out;
}

const textOf = (node: Node): string => (node.nodeName === '#text' ? node.value ?? '' : (node.childNodes ?? []).map(textOf).join(''));

describe('checklist reports (Markdown and HTML)', () => {
  const { model } = demoChecklist({ hostile: true });
  const options = { date: '2026-11-23', toolVersion: '0.1.0' };

  for (const language of ['nl', 'en'] as const) {
    it(`HTML (${language}): self-contained, no scripts, no external resources, hostile text stays text`, () => {
      const html = renderChecklistHtml(model, { ...options, language });
      const all = elements(parse(html) as unknown as Node);
      const tags = new Set(all.map((e) => e.tagName));
      for (const tag of ['script', 'img', 'iframe', 'object', 'embed', 'link', 'base', 'form']) assert.ok(!tags.has(tag), tag);
      for (const element of all) {
        for (const attr of element.attrs ?? []) {
          assert.ok(!/^on/i.test(attr.name), `event handler ${attr.name}`);
          if (attr.name === 'href') assert.match(attr.value, /^https?:\/\//);
          assert.ok(attr.name !== 'src', 'nothing is loaded');
        }
      }
      assert.ok(!/url\(|@import/.test(html), 'styles load nothing');
      // The hostile note is in the page as the text the reviewer typed.
      const notes = all.filter((e) => e.attrs?.some((a) => a.name === 'class' && a.value === 'notes')).map(textOf);
      assert.ok(notes.includes(HOSTILE), 'the note shows as written');
      assert.ok(textOf(all.find((e) => e.tagName === 'h1')!).includes(HOSTILE), 'the contract title shows as written');
      const terms = all.filter((e) => e.tagName === 'dt' || e.tagName === 'dd').map(textOf);
      assert.equal(terms[terms.indexOf(language === 'nl' ? 'Leverancier' : 'Supplier') + 1], `Datavisie B.V. ${HOSTILE}`, 'the supplier from the front matter, as written');
      assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    });

    it(`HTML (${language}): language, headings in order, header cells with scope, sources with version and date, the disclaimer`, () => {
      const html = renderChecklistHtml(model, { ...options, language });
      const all = elements(parse(html) as unknown as Node);
      assert.equal(all.find((e) => e.tagName === 'html')!.attrs!.find((a) => a.name === 'lang')!.value, language);
      const levels = all.filter((e) => /^h[1-6]$/.test(e.tagName!)).map((e) => Number(e.tagName![1]));
      assert.equal(levels[0], 1);
      for (let i = 1; i < levels.length; i++) assert.ok(levels[i] <= levels[i - 1] + 1, `h${levels[i - 1]} then h${levels[i]}`);
      const th = all.filter((e) => e.tagName === 'th');
      assert.ok(th.length > 10);
      for (const cell of th) assert.ok(cell.attrs?.some((a) => a.name === 'scope' && (a.value === 'col' || a.value === 'row')));
      assert.match(html, /2024\/1689/);
      assert.match(html, /datetime="2023-12-05"/);
      assert.match(html, language === 'nl' ? /geen juridisch advies/ : /no legal advice/);
      assert.match(html, language === 'nl' ? /Voorstel, nog niet bevestigd/ : /Suggested, not yet confirmed/);
    });

    it(`Markdown (${language}): the same sections, hostile text escaped`, () => {
      const markdown = renderChecklistMarkdown(model, { ...options, language });
      assert.ok(!/(?<!\\)<(?:img|script)/.test(markdown), 'no raw HTML');
      assert.ok(!markdown.includes('](javascript:'), 'no links made by text');
      assert.match(markdown, /\\<img src=x onerror=alert\\\(1\\\)\\>/);
      assert.match(markdown, language === 'nl' ? /\n- Leverancier: Datavisie B\.V\. \\<img/ : /\n- Supplier: Datavisie B\.V\. \\<img/, 'the supplier, escaped');
      for (const heading of language === 'nl'
        ? ['## Samenvatting', '## Antwoorden per vraag', '## Openstaande meldingen in de overeenkomst', '## Bronnen', '### Wat nog een positief advies in de weg staat']
        : ['## Summary', '## Answers per question', '## Open findings in the contract', '## Sources', '### What still stands in the way of a positive advice']) {
        assert.ok(markdown.includes(`\n${heading}\n`), heading);
      }
      assert.match(markdown, language === 'nl' ? /geen juridisch advies/ : /no legal advice/);
      // Every table row has as many cells as its header: no cell was split by a "|" in the text.
      const tables = markdown.split('\n\n').filter((block) => block.startsWith('| '));
      for (const table of tables) {
        const rows = table.split('\n');
        const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length;
        for (const row of rows) assert.equal(cells(row), cells(rows[0]), row);
      }
    });
  }

  it('says how far the review is and what blocks a positive advice', () => {
    const html = renderChecklistHtml(model, { ...options, language: 'nl' });
    assert.match(html, new RegExp(`Nog ${model.blockers.length} punten staan een positief advies in de weg`));
    assert.match(html, /Toetsen op bias en discriminatie: Slechts deels voldaan/);
    assert.match(html, /Uitkomsten van tests op vooroordelen: Niet voldaan/);
  });
});

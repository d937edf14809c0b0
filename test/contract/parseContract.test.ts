/**
 * parseContract: articles, sub-clauses, definitions, annexes, cross-references, front matter, language
 * and title of Markdown contracts, Dutch and English. Each table case states what the model must hold
 * and checks that every offset slices exactly the text it claims to.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { getProperty } from '../../src/core/document/model';
import type { ContractModel, CrossReference, Offsets } from '../../src/core/contract/model';
import { parseContract } from '../../src/core/contract/parseContract';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'contracts');

function slice(text: string, offset: Offsets): string {
  return text.slice(offset[0], offset[1]);
}

/** Every range of the model lies inside the text, start before end. */
function assertRangesInside(model: ContractModel): void {
  const length = model.text.length;
  const check = (offset: Offsets, what: string): void => {
    assert.ok(Number.isInteger(offset[0]) && Number.isInteger(offset[1]), `${what}: integer offsets ${offset}`);
    assert.ok(offset[0] >= 0 && offset[0] <= offset[1] && offset[1] <= length, `${what}: ${offset} inside 0..${length}`);
  };
  if (model.title) check(model.title.offset, 'title');
  if (model.frontMatter) {
    check(model.frontMatter.offset, 'front matter');
    for (const problem of model.frontMatter.problems) check(problem.offset, 'front matter problem');
  }
  for (const article of model.articles) {
    for (const key of ['offset', 'bodyOffset', 'headingOffset', 'numberOffset', 'titleOffset'] as const) check(article[key], `article ${article.number} ${key}`);
    assert.ok(article.bodyOffset[0] >= article.headingOffset[1] && article.bodyOffset[1] === article.offset[1], `article ${article.number} body inside`);
    for (const clause of article.clauses) {
      check(clause.offset, `clause ${clause.number}`);
      check(clause.numberOffset, `clause ${clause.number} number`);
      assert.ok(clause.offset[0] >= article.bodyOffset[0] && clause.offset[1] <= article.offset[1], `clause ${clause.number} inside its article`);
    }
  }
  for (const term of model.definitions?.terms ?? []) check(term.offset, `term ${term.term}`);
  for (const annex of model.annexes) for (const key of ['offset', 'headingOffset', 'idOffset', 'titleOffset'] as const) check(annex[key], `annex ${annex.id} ${key}`);
  for (const reference of model.references) check(reference.offset, `reference ${reference.target}`);
}

function parsed(text: string): ContractModel {
  const model = parseContract(text);
  assertRangesInside(model);
  return model;
}

/** References as [kind, target, the text at the reference's offsets]. */
function referencesOf(text: string): Array<[CrossReference['kind'], string, string]> {
  return parsed(text).references.map((r) => [r.kind, r.target, slice(text, r.offset)]);
}

describe('parseContract', () => {
  describe('article headings', () => {
    const cases: Array<{ heading: string; number: string; title: string; level: number; name?: string }> = [
      { heading: '## Artikel 7', number: '7', title: '', level: 2 },
      { heading: '## Artikel 7 Uitleg over het algoritme', number: '7', title: 'Uitleg over het algoritme', level: 2 },
      { heading: '### Artikel 7. Titel', number: '7', title: 'Titel', level: 3 },
      { heading: '## Artikel 7 – Titel', number: '7', title: 'Titel', level: 2 },
      { heading: '## Artikel 7 - Titel', number: '7', title: 'Titel', level: 2 },
      { heading: '## Artikel 7: Titel', number: '7', title: 'Titel', level: 2 },
      { heading: '# ARTIKEL 12a Slotbepalingen', number: '12a', title: 'Slotbepalingen', level: 1 },
      { heading: '## Art. 7 Audit', number: '7', title: 'Audit', level: 2 },
      { heading: '## Art.7 Audit', number: '7', title: 'Audit', level: 2 },
      { heading: '## Article 7: Title', number: '7', title: 'Title', level: 2 },
      { heading: '## Clause 7 – Audit rights', number: '7', title: 'Audit rights', level: 2 },
      { heading: '## 7. Titel', number: '7', title: 'Titel', level: 2 },
      { heading: '## 7 Titel', number: '7', title: 'Titel', level: 2 },
      { heading: '#### 12. Exit', number: '12', title: 'Exit', level: 4 },
      { heading: '## Artikel 7 *Uitleg*', number: '7', title: 'Uitleg', level: 2 },
      { heading: '## **Artikel 7** Uitleg', number: '7', title: 'Uitleg', level: 2 },
      { heading: '## <a id="art7"></a>Artikel 7 Audit', number: '7', title: 'Audit', level: 2 },
      { heading: '## Artikel 7 Audit ##', number: '7', title: 'Audit', level: 2, name: 'closing hashes' },
      { heading: 'Artikel 7 Audit\n---------------', number: '7', title: 'Audit', level: 2, name: 'setext' },
      { heading: '**Artikel 7 Audit**', number: '7', title: 'Audit', level: 7, name: 'bold paragraph' },
      { heading: '**Artikel 7** **Audit**', number: '7', title: 'Audit', level: 7, name: 'bold paragraph in two parts' },
      { heading: '__Artikel 7 – Audit__', number: '7', title: 'Audit', level: 7, name: 'bold paragraph with underscores' },
      { heading: '**7. Audit**', number: '7', title: 'Audit', level: 7, name: 'bold bare number' },
    ];
    for (const c of cases) {
      it(`${c.name ?? c.heading}`, () => {
        const text = `${c.heading}\n\nDe Leverancier doet iets.\n`;
        const model = parsed(text);
        assert.equal(model.articles.length, 1);
        const [article] = model.articles;
        assert.equal(article.number, c.number);
        assert.equal(article.title, c.title);
        assert.equal(article.headingLevel, c.level);
        assert.equal(slice(text, article.numberOffset), c.number);
        if (c.title) assert.equal(slice(text, article.titleOffset), c.title);
        assert.equal(slice(text, article.headingOffset), c.heading);
        assert.equal(slice(text, article.bodyOffset), 'De Leverancier doet iets.');
        assert.equal(slice(text, article.offset), `${c.heading}\n\nDe Leverancier doet iets.`);
      });
    }

    const notArticles = [
      '## Ondertekening',
      '# Overeenkomst inzake algoritmen',
      '## 7.1 Een sub-clause heading',
      '## 2024 in cijfers',
      '## Artikelen',
      '## Artikel',
      '**Let op**',
      '**Artikel 7** De Leverancier legt uit.',
      'Artikel 7 Audit',
      '    ## Artikel 7 in code',
      '```\n## Artikel 7\n```',
      '<!--\n## Artikel 7\n-->',
      '> ## Artikel 7 in a quote',
      '- **Artikel 7 Audit**',
    ];
    for (const heading of notArticles) {
      it(`not an article: ${JSON.stringify(heading)}`, () => {
        assert.deepEqual(parsed(`${heading}\n\nTekst.\n`).articles, []);
      });
    }
  });

  describe('article spans', () => {
    it('ends at a heading of the same or a higher level, not at a deeper one', () => {
      const text = '# Overeenkomst\n\n## Artikel 1 Doel\n\nTekst.\n\n### Toelichting\n\nMeer.\n\n## Ondertekening\n\nHandtekening.\n';
      const [article] = parsed(text).articles;
      assert.equal(slice(text, article.offset), '## Artikel 1 Doel\n\nTekst.\n\n### Toelichting\n\nMeer.');
    });

    it('ends at a higher non-article heading', () => {
      const text = '## Artikel 1 A\n\nTekst.\n\n# Deel 2\n\n## Artikel 2 B\n\nTekst twee.';
      const articles = parsed(text).articles;
      assert.deepEqual(articles.map((a) => slice(text, a.offset)), ['## Artikel 1 A\n\nTekst.', '## Artikel 2 B\n\nTekst twee.']);
    });

    it('keeps a deeper bare-number heading inside the article', () => {
      const text = '## Artikel 1 Doel\n\n### 1. Achtergrond\n\nTekst.\n\n## Artikel 2 Looptijd\n';
      assert.deepEqual(parsed(text).articles.map((a) => a.number), ['1', '2']);
    });

    it('lets a deeper explicit article heading start a new article (articles do not nest)', () => {
      const text = '## Artikel 1 Doel\n\nTekst.\n\n### Artikel 2 Looptijd\n\nMeer.\n';
      const articles = parsed(text).articles;
      assert.deepEqual(articles.map((a) => [a.number, a.headingLevel]), [['1', 2], ['2', 3]]);
      assert.equal(slice(text, articles[0].offset), '## Artikel 1 Doel\n\nTekst.');
    });

    it('keeps the articles of an agreement in an annex inside the annex', () => {
      const text = '## Artikel 1 Doel\n\nTekst.\n\n## Bijlage B Verwerkersovereenkomst\n\n### Artikel 1 Onderwerp\n\nVerwerking.\n\n### Artikel 2 Beveiliging\n';
      const model = parsed(text);
      assert.deepEqual(model.articles.map((a) => a.number), ['1']);
      assert.equal(model.annexes.length, 1);
      assert.ok(slice(text, model.annexes[0].offset).endsWith('### Artikel 2 Beveiliging'));
      assert.deepEqual(model.references, [], 'the annex articles\' headings are no references');
    });

    it('reads bold-paragraph articles in sequence, with the rest of the paragraph as body', () => {
      const text = '**Artikel 1 Doel**\nDe Leverancier levert.\n\n**Artikel 2 Looptijd**\nVier jaar.\n\n## Ondertekening\n';
      const articles = parsed(text).articles;
      assert.deepEqual(articles.map((a) => [a.number, a.title, slice(text, a.bodyOffset)]), [
        ['1', 'Doel', 'De Leverancier levert.'],
        ['2', 'Looptijd', 'Vier jaar.'],
      ]);
    });

    it('gives an article without body an empty body at its heading end', () => {
      const text = '## Artikel 1 Doel\n## Artikel 2 Looptijd';
      const articles = parsed(text).articles;
      assert.deepEqual(articles.map((a) => a.bodyOffset), [[17, 17], [text.length, text.length]]);
    });
  });

  describe('sub-clauses', () => {
    it('finds numbered sub-clauses on consecutive lines, in forms "7.1", "7.1.", "**7.3**"', () => {
      const text = '## Artikel 7 Uitleg\n\n7.1 Eerste lid.\n7.2. Tweede lid.\n**7.3** Derde lid.\n';
      const [article] = parsed(text).articles;
      assert.deepEqual(
        article.clauses.map((c) => [c.number, c.style, slice(text, c.numberOffset), slice(text, c.offset)]),
        [
          ['7.1', 'numbered', '7.1', '7.1 Eerste lid.'],
          ['7.2', 'numbered', '7.2', '7.2. Tweede lid.'],
          ['7.3', 'numbered', '7.3', '**7.3** Derde lid.'],
        ],
      );
    });

    it('lets a sub-clause include its own sub-clauses ("7.1" runs to "7.2")', () => {
      const text = '## Artikel 7 Logging\n\n7.1 Logs.\n\n7.1.1 Inhoud.\n\n7.1.2 Bewaartermijn.\n\n7.2 Audit.\n\n## Artikel 8 Audit\n';
      const [article] = parsed(text).articles;
      assert.deepEqual(
        article.clauses.map((c) => [c.number, slice(text, c.offset)]),
        [
          ['7.1', '7.1 Logs.\n\n7.1.1 Inhoud.\n\n7.1.2 Bewaartermijn.'],
          ['7.1.1', '7.1.1 Inhoud.'],
          ['7.1.2', '7.1.2 Bewaartermijn.'],
          ['7.2', '7.2 Audit.'],
        ],
      );
    });

    it('finds sub-clauses in bullet lists, quotes and deeper headings', () => {
      const text = '## Artikel 7 Uitleg\n\n- 7.1 In een lijst.\n\n> 7.2 In een citaat.\n\n### 7.3 Als kopje\n\nTekst.\n';
      const [article] = parsed(text).articles;
      assert.deepEqual(article.clauses.map((c) => [c.number, slice(text, c.numberOffset)]), [['7.1', '7.1'], ['7.2', '7.2'], ['7.3', '7.3']]);
      assert.equal(slice(text, article.clauses[2].offset), '7.3 Als kopje\n\nTekst.');
    });

    it('reads an ordered list as sub-clauses when the article has no written numbers', () => {
      const text = '## Artikel 7 Uitleg\n\n1. Eerste lid.\n2. Tweede lid,\n   over twee regels.\n3. Derde lid.\n\n## Artikel 8 Audit\n\n1. Alleen.\n';
      const [seven, eight] = parsed(text).articles;
      assert.deepEqual(
        seven.clauses.map((c) => [c.number, c.style, slice(text, c.numberOffset), slice(text, c.offset)]),
        [
          ['7.1', 'list', '1', '1. Eerste lid.'],
          ['7.2', 'list', '2', '2. Tweede lid,\n   over twee regels.'],
          ['7.3', 'list', '3', '3. Derde lid.'],
        ],
      );
      assert.deepEqual(eight.clauses.map((c) => c.number), ['8.1']);
    });

    it('prefers written numbers over an ordered list, and ignores nested lists', () => {
      const text = '## Artikel 7 Uitleg\n\n7.1 De Leverancier levert:\n\n1. documentatie;\n2. uitleg.\n\n7.2 Verder.\n\n## Artikel 8 Audit\n\n- punt\n  1. genest\n';
      const [seven, eight] = parsed(text).articles;
      assert.deepEqual(seven.clauses.map((c) => c.number), ['7.1', '7.2']);
      assert.deepEqual(eight.clauses, []);
    });

    const notClauses: Array<[string, string]> = [
      ['a wrapped reference', '## Artikel 7 Uitleg\n\nDe Leverancier doet wat is bepaald in artikel\n7.2 van deze Overeenkomst.\n'],
      ['an amount', '## Artikel 7 Prijs\n\n1.000 euro per jaar.\n'],
      ['a number in a code block', '## Artikel 7 Uitleg\n\n```\n7.1 code\n```\n'],
      ['a number in a table', '## Artikel 7 Uitleg\n\n| a | b |\n|---|---|\n| 7.1 | x |\n'],
      ['a number outside any article', '# Overeenkomst\n\n7.1 Zwevend.\n'],
      ['a number in the heading', '## Artikel 7.1 Vreemd\n\nTekst.\n'],
    ];
    for (const [name, text] of notClauses) {
      it(`no sub-clause: ${name}`, () => {
        assert.deepEqual(parsed(text).articles.flatMap((a) => a.clauses.map((c) => c.number)), []);
      });
    }
  });

  describe('definitions', () => {
    const titles = ['Begrippen', 'Definities', 'Begripsbepalingen', 'Definitions', 'Interpretation', 'Definitions and interpretation', 'Begrippen en definities'];
    for (const title of titles) {
      it(`finds the definitions article "${title}"`, () => {
        const text = `## Artikel 1 ${title}\n\n**Algoritme**: een reeks regels.\n\n## Artikel 2 Looptijd\n\n**Niet**: geen begrip.\n`;
        const model = parsed(text);
        assert.equal(model.definitions?.article.number, '1');
        assert.deepEqual(model.definitions?.terms.map((t) => t.term), ['Algoritme']);
      });
    }

    it('has no definitions without such an article', () => {
      assert.equal(parsed('## Artikel 1 Doel\n\n**Algoritme**: een reeks regels.\n').definitions, undefined);
    });

    const forms: Array<[string, string]> = [
      ['**Algoritme**: een reeks regels.', 'Algoritme'],
      ['**Algoritme:** een reeks regels.', 'Algoritme'],
      ['**Algoritme** – een reeks regels.', 'Algoritme'],
      ['Algoritme: een reeks regels.', 'Algoritme'],
      ['- **Opdrachtgever**: de gemeente.', 'Opdrachtgever'],
      ['* **Opdrachtgever**: de gemeente.', 'Opdrachtgever'],
      ['1. **Opdrachtgever**: de gemeente.', 'Opdrachtgever'],
      ['1.1 **Gegevens**: alle gegevens.', 'Gegevens'],
      ['1.1. **Gegevens van Opdrachtgever**: alle gegevens.', 'Gegevens van Opdrachtgever'],
      ['a. **Gegevens**: alle gegevens.', 'Gegevens'],
      ['(b) Gegevens: alle gegevens.', 'Gegevens'],
      ["'Gegevens': alle gegevens.", 'Gegevens'],
      ['‘Gegevens’: alle gegevens.', 'Gegevens'],
      ['„Gegevens”: alle gegevens.', 'Gegevens'],
      ['"Data" means all data.', 'Data'],
      ['“Data” means all data.', 'Data'],
      ['“Customer Data” shall mean all data.', 'Customer Data'],
      ['**“Data”** means all data.', 'Data'],
      ['*Data*: all data.', 'Data'],
      ['Data: all data.', 'Data'],
      ['Gegevens van Opdrachtgever: alle gegevens.', 'Gegevens van Opdrachtgever'],
    ];
    for (const [line, term] of forms) {
      it(`defines "${term}" in ${JSON.stringify(line)}`, () => {
        const text = `## Artikel 1 Begrippen\n\n${line}\n`;
        const terms = parsed(text).definitions?.terms ?? [];
        assert.deepEqual(terms.map((t) => [t.term, slice(text, t.offset)]), [[term, term]]);
      });
    }

    const notTerms = [
      'In deze Overeenkomst wordt verstaan onder:',
      'In this Agreement the following terms have the following meaning:',
      'De begrippen hieronder: worden met een hoofdletter geschreven en hebben een eigen betekenis.',
      'algoritme: met een kleine letter.',
      '**Let op** dit is geen definitie.',
      'Data',
    ];
    for (const line of notTerms) {
      it(`no term in ${JSON.stringify(line)}`, () => {
        assert.deepEqual(parsed(`## Artikel 1 Begrippen\n\n${line}\n`).definitions?.terms, []);
      });
    }

    it('reads terms on consecutive lines of one paragraph', () => {
      const text = '## Artikel 1 Begrippen\n\n1.1 **Algoritme**: regels.\n1.2 **Gegevens**: data.\n1.3 **Leverancier**: de partij.\n';
      assert.deepEqual(parsed(text).definitions?.terms.map((t) => t.term), ['Algoritme', 'Gegevens', 'Leverancier']);
    });

    it('reads the first column of a table, without its header', () => {
      const text = '## Artikel 1 Begrippen\n\n| Begrip | Betekenis |\n|---|---|\n| **Algoritme** | regels |\n| Gegevens van Opdrachtgever | data |\n|“Logs”|logbestanden|\n';
      const terms = parsed(text).definitions?.terms ?? [];
      assert.deepEqual(terms.map((t) => [t.term, slice(text, t.offset)]), [
        ['Algoritme', 'Algoritme'],
        ['Gegevens van Opdrachtgever', 'Gegevens van Opdrachtgever'],
        ['Logs', 'Logs'],
      ]);
    });

    it('reads only the definitions article', () => {
      const text = '**Voorwoord**: geen begrip.\n\n## Artikel 1 Begrippen\n\n**Algoritme**: regels.\n\n## Artikel 2 Doel\n\n**Doel**: geen begrip.\n';
      assert.deepEqual(parsed(text).definitions?.terms.map((t) => t.term), ['Algoritme']);
    });
  });

  describe('annexes', () => {
    const cases: Array<[string, string, string]> = [
      ['## Bijlage A', 'A', ''],
      ['## Bijlage A Beschrijving', 'A', 'Beschrijving'],
      ['# Bijlage 1: Programma van Eisen', '1', 'Programma van Eisen'],
      ['## BIJLAGE C – Exitplan', 'C', 'Exitplan'],
      ['## Bijlage III. Lijst', 'III', 'Lijst'],
      ['## Annex A', 'A', ''],
      ['## Appendix B: Service levels', 'B', 'Service levels'],
      ['## Schedule 1 – Description of the Algorithm', '1', 'Description of the Algorithm'],
      ['**Bijlage A Beschrijving**', 'A', 'Beschrijving'],
    ];
    for (const [heading, id, title] of cases) {
      it(heading, () => {
        const text = `${heading}\n\nInhoud.\n`;
        const model = parsed(text);
        assert.equal(model.annexes.length, 1);
        const [annex] = model.annexes;
        assert.equal(annex.id, id);
        assert.equal(annex.title, title);
        assert.equal(slice(text, annex.idOffset), id);
        if (title) assert.equal(slice(text, annex.titleOffset), title);
        assert.equal(slice(text, annex.headingOffset), heading);
        assert.equal(slice(text, annex.offset), `${heading}\n\nInhoud.`);
        assert.deepEqual(model.articles, []);
      });
    }

    for (const heading of ['## Bijlagen', '## Bijlage bij artikel 7', '## bijlage a', '## Schedules']) {
      it(`not an annex: ${heading}`, () => {
        assert.deepEqual(parsed(`${heading}\n\nInhoud.\n`).annexes, []);
      });
    }

    it('ends an article and is ended by the next annex or a higher heading', () => {
      const text = '## Artikel 1 Doel\n\nTekst.\n\n## Bijlage A Een\n\n### 1. Deel\n\nInhoud.\n\n## Bijlage B Twee\n\nMeer.\n\n# Slot\n';
      const model = parsed(text);
      assert.equal(slice(text, model.articles[0].offset), '## Artikel 1 Doel\n\nTekst.');
      assert.deepEqual(model.annexes.map((a) => slice(text, a.offset)), ['## Bijlage A Een\n\n### 1. Deel\n\nInhoud.', '## Bijlage B Twee\n\nMeer.']);
    });
  });

  describe('cross-references into the contract', () => {
    const cases: Array<[string, Array<[CrossReference['kind'], string, string]>]> = [
      ['als bedoeld in artikel 7', [['article', '7', 'artikel 7']]],
      ['als bedoeld in artikel 7.2.', [['clause', '7.2', 'artikel 7.2']]],
      ['als bedoeld in artikel 7.2.1', [['clause', '7.2.1', 'artikel 7.2.1']]],
      ['zie Artikel 7a', [['article', '7a', 'Artikel 7a']]],
      ['zie art. 7.2', [['clause', '7.2', 'art. 7.2']]],
      ['zie art.7', [['article', '7', 'art.7']]],
      ['op grond van art. 7 lid 2', [['clause', '7.2', 'art. 7 lid 2']]],
      ['op grond van artikel 7, lid 2', [['clause', '7.2', 'artikel 7, lid 2']]],
      ['op grond van artikel 7, tweede lid', [['clause', '7.2', 'artikel 7, tweede lid']]],
      ['op grond van artikel 7 tiende lid', [['clause', '7.10', 'artikel 7 tiende lid']]],
      ['op grond van het tweede lid van artikel 7', [['clause', '7.2', 'tweede lid van artikel 7']]],
      ['op grond van het eerste lid van art. 12', [['clause', '12.1', 'eerste lid van art. 12']]],
      ['op grond van lid 3 van artikel 7', [['clause', '7.3', 'lid 3 van artikel 7']]],
      ['de artikelen 7 en 8', [['article', '7', 'artikelen 7'], ['article', '8', '8']]],
      ['de artikelen 7, 8 en 9.1', [['article', '7', 'artikelen 7'], ['article', '8', '8'], ['clause', '9.1', '9.1']]],
      ['de artikelen 1 tot en met 10', [['article', '1', 'artikelen 1'], ['article', '10', '10']]],
      ['artikel 7 van deze Overeenkomst', [['article', '7', 'artikel 7']]],
      ['artikel 7 van de Overeenkomst', [['article', '7', 'artikel 7']]],
      ['artikel 7 van de Leverancier', [['article', '7', 'artikel 7']]],
      ['artikel 7 bij de Leverancier melden', [['article', '7', 'artikel 7']]],
      ['artikel 7 van de overeenkomst', [['article', '7', 'artikel 7']]],
      ['conform Bijlage B', [['annex', 'B', 'Bijlage B']]],
      ['conform bijlage 2', [['annex', '2', 'bijlage 2']]],
      ['conform Bijlage A bij deze Overeenkomst', [['annex', 'A', 'Bijlage A']]],
      ['in de Bijlagen A en B', [['annex', 'A', 'Bijlagen A'], ['annex', 'B', 'B']]],
      ['under Article 7.2', [['clause', '7.2', 'Article 7.2']]],
      ['under Clause 7.2', [['clause', '7.2', 'Clause 7.2']]],
      ['under clause 7(2)', [['clause', '7.2', 'clause 7(2)']]],
      ['under clause 7(2)(a)', [['clause', '7.2', 'clause 7(2)(a)']]],
      ['under Article 7 of this Agreement', [['article', '7', 'Article 7']]],
      ['under clause 7.2 of the Agreement', [['clause', '7.2', 'clause 7.2']]],
      ['under paragraph 2 of Article 4', [['clause', '4.2', 'paragraph 2 of Article 4']]],
      ['Articles 3 and 6 apply', [['article', '3', 'Articles 3'], ['article', '6', '6']]],
      ['as set out in Annex A', [['annex', 'A', 'Annex A']]],
      ['as set out in Appendix B', [['annex', 'B', 'Appendix B']]],
      ['as set out in Schedule 1', [['annex', '1', 'Schedule 1']]],
      ['the notice under clause 7 to the Customer', [['article', '7', 'clause 7']]],
      ['zoals bedoeld in artikel\n7.2 van deze Overeenkomst', [['clause', '7.2', 'artikel\n7.2']]],
      ['artikel 7 en artikel 8', [['article', '7', 'artikel 7'], ['article', '8', 'artikel 8']]],
      ['artikel 7 onder a', [['article', '7', 'artikel 7']]],
      ['de AVG en artikel 7', [['article', '7', 'artikel 7']]],
      ['conform de AVG. Artikel 7 regelt', [['article', '7', 'Artikel 7']]],
      ['Opdrachtgever artikel 7', [['article', '7', 'artikel 7']]],
      ['conform ARTIKEL 7 en BIJLAGE A', [['article', '7', 'ARTIKEL 7'], ['annex', 'A', 'BIJLAGE A']]],
    ];
    for (const [sentence, expected] of cases) {
      it(JSON.stringify(sentence), () => {
        assert.deepEqual(referencesOf(`## Artikel 20 Test\n\n${sentence}.\n`), expected);
      });
    }

    const external = [
      'artikel 28 AVG',
      'artikel 28, derde lid, AVG',
      'artikel 28 lid 3 AVG',
      'artikel 6, eerste lid, onder e, AVG',
      'artikel 28 van de AVG',
      'artikelen 28 en 32 AVG',
      'art. 6:248 BW',
      'artikel 7:401 BW',
      'artikel 7:401 van het Burgerlijk Wetboek',
      'Article 86 of the AI Act',
      'Article 86 AI Act',
      'Article 28 GDPR',
      'Article 28(3) GDPR',
      'Article 33 of the GDPR',
      'Article 6 of Regulation (EU) 2024/1689',
      'artikel 5 van de AI-verordening',
      'Bijlage III bij de AI-verordening',
      'Annex III to the AI Act',
      'Annex III to the\nAI Act',
      'GIBIT 2023 artikel 12',
      'GIBIT artikel 12',
      'artikel 12 van de GIBIT',
      'artikel 12 GIBIT 2023',
      'artikel 35 van de Algemene verordening gegevensbescherming',
      'artikel 2.67 Wet BRP',
      'artikel 2 van de Wet open overheid',
      'artikel 3 van de Archiefwet',
      'artikel 3 Archiefwet',
      'artikel 4:8 Awb',
      'art. 29 UAVG',
      'artikel 3 van de Verwerkersovereenkomst',
      'artikel 3 van de verwerkersovereenkomst',
      'clause 3 of the Processing Agreement',
      'clause 3 of the Processing\nAgreement',
      'artikel 4 van de Algemene Voorwaarden',
      'artikel 4 van de Offerte',
      'Bijlage 2 bij de Offerte',
      'artikel 3 van Bijlage A',
      'artikel 5 van de wet',
      'ISO 27001 clause 9',
      'ISO/IEC 42001:2023 clause 9',
      'AI Act Article 5',
      'EU AI Act Article 5',
      'Article 5 of the Data Protection Act 2018',
      'MCC-AI artikel 4',
    ];
    for (const sentence of external) {
      it(`external, no reference: ${JSON.stringify(sentence)}`, () => {
        // "artikel 3 van Bijlage A" refers to an article of annex A: the annex is referenced, the article is not ours.
        const expected = sentence === 'artikel 3 van Bijlage A' ? [['annex', 'A', 'Bijlage A']] : [];
        assert.deepEqual(referencesOf(`## Artikel 20 Test\n\nZie ${sentence}.\n`), expected);
      });
    }

    const notReferences: Array<[string, string]> = [
      ['inline code', 'Zie `artikel 7` in de code.'],
      ['a double-backtick code span', 'Zie ``artikel `7` `` in de code.'],
      ['an inline HTML comment', 'Zie <!-- artikel 7 --> niets.'],
      ['a fenced code block', '```\nartikel 7 en Bijlage A\n```'],
      ['an unclosed fence', '```\nartikel 7\n\nBijlage A'],
      ['an indented code block', '    artikel 7 en Bijlage A'],
      ['an HTML comment block', '<!--\nartikel 7\n\nBijlage A\n-->'],
      ['an unclosed HTML comment block', '<!--\nartikel 7\n\nBijlage A'],
      ['a word without number', 'Dit artikel en deze bijlage, the Article and the annex.'],
      ['a lower-case annex letter', 'de bijlage a'],
      ['a verb', 'The Supplier shall schedule 2 meetings.'],
      ['a word ending in "art"', 'Zie smart. 7 dagen.'],
      ['an article keyword inside a word', 'het Bijlagenoverzicht 3 en deelartikel 4'],
      ['a URL', 'Zie https://example.org/artikel-7 en #bijlage-a'],
    ];
    for (const [name, body] of notReferences) {
      it(`no reference in ${name}`, () => {
        assert.deepEqual(referencesOf(`## Artikel 20 Test\n\n${body}\n`), []);
      });
    }

    it('finds references in tables, list items, quotes, non-article headings and HTML blocks', () => {
      const text = '## Artikel 20 Test\n\n| a | zie artikel 1 |\n|---|---|\n| x | artikel 2 |\n\n- artikel 3\n\n> artikel 4\n\n### Over artikel 5\n\n<div>artikel 6</div>\n';
      assert.deepEqual(parsed(text).references.map((r) => r.target), ['1', '2', '3', '4', '5', '6']);
    });

    it('does not count the labels of article and annex headings', () => {
      const text = '## Artikel 1 Doel\n\nZie artikel 2.\n\n**Artikel 2 Looptijd**\n\nTekst.\n\n## Bijlage A Beschrijving\n\n### Artikel 1 Onderwerp\n';
      assert.deepEqual(referencesOf(text), [['article', '2', 'artikel 2']]);
    });

    it('finds references outside articles too (preamble, annexes)', () => {
      const text = 'Partijen verwijzen naar artikel 3.\n\n## Bijlage A Beschrijving\n\nZie artikel 4 en Bijlage B.\n';
      assert.deepEqual(parsed(text).references.map((r) => r.target), ['3', '4', 'B']);
    });

    it('skips references in the front matter', () => {
      const text = '---\nonderwerp: zie artikel 7\n---\n## Artikel 1 Doel\n';
      assert.deepEqual(parsed(text).references, []);
    });
  });

  describe('front matter', () => {
    const yaml = 'type: overeenkomst\nleverancier: "Algoritmica B.V."\nrisicoprofiel: impactvol\n';
    const variants: Array<[string, string]> = [
      ['LF', `---\n${yaml}---\n# Overeenkomst\n\n## Artikel 1 Doel\n`],
      ['CRLF', `---\r\n${yaml.replace(/\n/g, '\r\n')}---\r\n# Overeenkomst\r\n\r\n## Artikel 1 Doel\r\n`],
      ['BOM', `\uFEFF---\n${yaml}---\n# Overeenkomst\n\n## Artikel 1 Doel\n`],
      ['BOM and CRLF', `\uFEFF---\r\n${yaml.replace(/\n/g, '\r\n')}---\r\n# Overeenkomst\r\n\r\n## Artikel 1 Doel\r\n`],
      ['closing with "..."', `---\n${yaml}...\n# Overeenkomst\n\n## Artikel 1 Doel\n`],
      ['trailing spaces after the fences', `--- \n${yaml}---  \n# Overeenkomst\n\n## Artikel 1 Doel\n`],
    ];
    for (const [name, text] of variants) {
      it(`reads the front matter with ${name}, with offsets into the contract`, () => {
        const model = parsed(text);
        const frontMatter = model.frontMatter!;
        assert.deepEqual(frontMatter.problems, []);
        const bom = text.startsWith('\uFEFF') ? 1 : 0;
        assert.equal(frontMatter.offset[0], bom);
        assert.match(slice(text, frontMatter.offset), /^---[ ]?\r?\ntype: overeenkomst\r?\n[\s\S]*\r?\n(---|\.\.\.)$/);
        const supplier = getProperty(frontMatter.root, 'leverancier')!;
        assert.equal(slice(text, supplier.keyOffset), 'leverancier');
        assert.equal(slice(text, supplier.value.offset), '"Algoritmica B.V."');
        const profile = getProperty(frontMatter.root, 'risicoprofiel')!;
        assert.equal(slice(text, profile.value.offset), 'impactvol');
        assert.equal(model.title?.text, 'Overeenkomst');
        assert.equal(slice(text, model.title!.offset), 'Overeenkomst');
        assert.deepEqual(model.articles.map((a) => [a.number, slice(text, a.headingOffset)]), [['1', '## Artikel 1 Doel']]);
      });
    }

    it('reports broken YAML as problems inside the front matter, and still reads the contract', () => {
      const text = '---\ntype: overeenkomst\nleverancier: [niet gesloten\nrisicoprofiel: : impactvol\n---\n## Artikel 1 Doel\n\nZie artikel 2.\n';
      const model = parsed(text);
      const frontMatter = model.frontMatter!;
      assert.ok(frontMatter.problems.length > 0);
      for (const problem of frontMatter.problems) {
        assert.ok(problem.offset[0] >= 4 && problem.offset[1] <= frontMatter.offset[1], `problem ${JSON.stringify(problem)} inside the front matter`);
      }
      assert.deepEqual(model.articles.map((a) => a.number), ['1']);
      assert.deepEqual(model.references.map((r) => r.target), ['2']);
    });

    it('reports an unclosed front matter and reads the rest as Markdown', () => {
      const text = '---\ntype: overeenkomst\n\n## Artikel 1 Doel\n';
      const model = parsed(text);
      assert.deepEqual(model.frontMatter?.problems.map((p) => [p.messageId, slice(text, p.offset)]), [['front-matter-unclosed', '---']]);
      assert.deepEqual(model.articles.map((a) => a.number), ['1']);
    });

    it('reports a front matter that is not a mapping', () => {
      const text = '---\n- een\n- lijst\n---\n## Artikel 1 Doel\n';
      assert.deepEqual(parsed(text).frontMatter?.problems.map((p) => [p.messageId, slice(text, p.offset)]), [['front-matter-not-a-mapping', '- een\n- lijst']]);
    });

    it('accepts an empty front matter without problems', () => {
      const model = parsed('---\n---\n## Artikel 1 Doel\n');
      assert.deepEqual(model.frontMatter, { offset: [0, 7], root: undefined, problems: [] });
      assert.equal(model.articles.length, 1);
    });

    it('keeps offsets right after a BOM without front matter', () => {
      const text = '\uFEFF## Artikel 1 Doel\n\nZie artikel 2.\n';
      const model = parsed(text);
      assert.equal(model.frontMatter, undefined);
      assert.equal(slice(text, model.articles[0].headingOffset), '## Artikel 1 Doel');
      assert.deepEqual(model.references.map((r) => slice(text, r.offset)), ['artikel 2']);
    });

    it('reads no front matter when the text does not start with ---', () => {
      for (const text of ['# Titel\n\n---\na: 1\n---\n', '\n---\na: 1\n---\n', '----\na: 1\n----\n', '---']) {
        assert.equal(parsed(text).frontMatter, undefined, JSON.stringify(text));
      }
    });

    it('does not read "key: value" then "---" as a setext heading', () => {
      const model = parsed('---\ntitel: Overeenkomst\n---\n## Artikel 1 Doel\n');
      assert.equal(model.title?.text, 'Overeenkomst');
      assert.deepEqual(model.articles.map((a) => a.number), ['1']);
    });
  });

  describe('title and language', () => {
    it('takes the first level-1 heading as the title', () => {
      const text = '---\ntitel: Uit de front matter\n---\n## Artikel 1 Doel\n\n# Overeenkomst *Wmo*\n\n# Tweede\n';
      const model = parsed(text);
      assert.equal(model.title?.text, 'Overeenkomst Wmo');
      assert.equal(slice(text, model.title!.offset), 'Overeenkomst *Wmo*');
    });

    it('takes a setext level-1 heading as the title', () => {
      const text = 'Overeenkomst\n============\n\n## Artikel 1 Doel\n';
      assert.equal(slice(text, parsed(text).title!.offset), 'Overeenkomst');
    });

    it('falls back on the front matter titel or title', () => {
      for (const [text, title] of [
        ['---\ntitel: "Overeenkomst X"\n---\n## Artikel 1\n', 'Overeenkomst X'],
        ['---\ntitle: Agreement Y\n---\n## Article 1\n', 'Agreement Y'],
      ]) {
        const model = parsed(text);
        assert.equal(model.title?.text, title);
        assert.equal(slice(text, model.title!.offset), title);
      }
      assert.equal(parsed('## Artikel 1 Doel\n').title, undefined);
    });

    const languages: Array<[string, 'nl' | 'en']> = [
      ['## Artikel 1 Doel\n\nDe Leverancier levert het Algoritme aan Opdrachtgever.\n\n## Bijlage A\n', 'nl'],
      ['## Article 1 Purpose\n\nThe Supplier shall provide the Algorithm to the Customer.\n\n## Annex A\n', 'en'],
      ['## 1. Purpose\n\nThe Supplier shall provide the Algorithm to the Customer and the Customer shall pay.\n', 'en'],
      ['## 1. Doel\n\nDe Leverancier levert het Algoritme aan de Opdrachtgever en Opdrachtgever betaalt.\n', 'nl'],
      ['---\ntaal: en\n---\n## Artikel 1 Doel\n', 'en'],
      ['---\nlanguage: nl\n---\n## Article 1 Purpose\n', 'nl'],
      ['', 'nl'],
    ];
    for (const [text, language] of languages) {
      it(`language ${language}: ${JSON.stringify(text.slice(0, 40))}`, () => {
        assert.equal(parsed(text).language, language);
      });
    }
  });

  describe('fixtures', () => {
    it('voorbeeld.overeenkomst.md (Dutch)', () => {
      const text = readFileSync(path.join(FIXTURES, 'voorbeeld.overeenkomst.md'), 'utf8');
      const model = parsed(text);
      assert.equal(model.language, 'nl');
      assert.equal(model.title?.text, 'Overeenkomst Slimme Toewijzing Wmo-voorzieningen');
      assert.deepEqual(model.frontMatter?.problems, []);
      assert.equal(getProperty(model.frontMatter?.root, 'type')?.value.kind === 'scalar' && slice(text, getProperty(model.frontMatter?.root, 'type')!.value.offset), 'overeenkomst');
      assert.equal(slice(text, getProperty(model.frontMatter?.root, 'risicoprofiel')!.value.offset), 'impactvol');

      assert.deepEqual(
        model.articles.map((a) => [a.number, a.title]),
        [
          ['1', 'Begrippen'],
          ['2', 'Onderwerp en looptijd'],
          ['3', 'Uitleg over de werking van het Algoritme'],
          ['4', 'Eigendom en gebruik van Gegevens'],
          ['5', 'Kwaliteit en non-discriminatie'],
          ['6', 'Logging'],
          ['7', 'Menselijke tussenkomst'],
          ['8', 'Audit'],
          ['9', 'Verwerking van persoonsgegevens'],
          ['10', 'Exit'],
          ['11', 'Slotbepalingen'],
        ],
      );
      const clauses = Object.fromEntries(model.articles.map((a) => [a.number, a.clauses.map((c) => c.number).join(' ')]));
      assert.deepEqual(clauses, {
        1: '1.1 1.2 1.3 1.4 1.5 1.6 1.7 1.8',
        2: '2.1 2.2',
        3: '3.1 3.2 3.3',
        4: '4.1 4.2 4.3',
        5: '5.1 5.2',
        6: '6.1 6.1.1 6.1.2 6.2',
        7: '7.1 7.2',
        8: '8.1 8.2 8.3',
        9: '9.1 9.2',
        10: '10.1 10.2',
        11: '11.1 11.2',
      });
      assert.ok(model.articles[3].clauses.every((c) => c.style === 'list'));
      const logging = model.articles[5];
      assert.ok(slice(text, logging.clauses[0].offset).startsWith('6.1 De Oplossing') && slice(text, logging.clauses[0].offset).endsWith('een langere termijn voorschrijft.'));
      assert.ok(slice(text, model.articles[10].offset).endsWith('```'), 'article 11 ends before "## Ondertekening"');

      assert.equal(model.definitions?.article.number, '1');
      assert.deepEqual(model.definitions?.terms.map((t) => t.term), ['Algoritme', 'Gegevens', 'Oplossing', 'Logbestanden', 'Menselijke Tussenkomst', 'Verwerkersovereenkomst', 'Exitplan']);
      for (const term of model.definitions!.terms) assert.equal(slice(text, term.offset), term.term);

      assert.deepEqual(model.annexes.map((a) => [a.id, a.title]), [['A', 'Beschrijving van het Algoritme'], ['B', 'Verwerkersovereenkomst']]);
      assert.ok(slice(text, model.annexes[1].offset).endsWith('als bedoeld in artikel 32 AVG.'));

      assert.deepEqual(
        model.references.map((r) => [r.kind, r.target, slice(text, r.offset)]),
        [
          ['annex', 'A', 'Bijlage A'],
          ['article', '6', 'artikel 6'],
          ['annex', 'B', 'Bijlage B'],
          ['clause', '10.2', 'artikel 10.2'],
          ['annex', 'A', 'Bijlage A'],
          ['article', '10', 'artikel 10'],
          ['annex', 'A', 'Bijlage A'],
          ['clause', '3.2', 'artikel 3.2'],
          ['clause', '4.3', 'art. 4 lid 3'],
          ['clause', '4.2', 'tweede lid van artikel 4'],
          ['annex', 'A', 'Bijlage A'],
          ['clause', '5.1', 'artikel 5, eerste lid'],
          ['clause', '8.3', 'artikel 8.3'],
          ['article', '8', 'artikel 8'],
          ['article', '3', 'artikelen 3'],
          ['article', '6', '6'],
          ['annex', 'B', 'bijlage B'],
          ['annex', 'A', 'Bijlagen A'],
          ['annex', 'B', 'B'],
          ['article', '1', 'artikelen 1'],
          ['article', '10', '10'],
        ],
      );
      // Every reference resolves in this contract.
      const targets = new Set([...model.articles.map((a) => a.number), ...model.articles.flatMap((a) => a.clauses.map((c) => c.number)), ...model.annexes.map((a) => a.id)]);
      assert.deepEqual(model.references.filter((r) => !targets.has(r.target)), []);
    });

    it('reads the same model from the fixtures with CRLF line breaks and a BOM', () => {
      for (const name of ['voorbeeld.overeenkomst.md', 'example.contract.md']) {
        const lf = readFileSync(path.join(FIXTURES, name), 'utf8');
        const crlf = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
        const summary = (text: string): unknown => {
          const model = parsed(text);
          const show = (offset: Offsets): string => slice(text, offset).replace(/\r/g, '');
          return {
            language: model.language,
            title: model.title && [model.title.text, show(model.title.offset)],
            frontMatter: model.frontMatter && [show(model.frontMatter.offset), model.frontMatter.problems.length],
            articles: model.articles.map((a) => [a.number, a.title, show(a.offset), show(a.bodyOffset), a.clauses.map((c) => [c.number, show(c.offset)])]),
            terms: model.definitions?.terms.map((t) => show(t.offset)),
            annexes: model.annexes.map((a) => [a.id, show(a.offset)]),
            references: model.references.map((r) => [r.kind, r.target, show(r.offset)]),
          };
        };
        assert.deepEqual(summary(crlf), summary(lf), name);
      }
    });

    it('example.contract.md (English)', () => {
      const text = readFileSync(path.join(FIXTURES, 'example.contract.md'), 'utf8');
      const model = parsed(text);
      assert.equal(model.language, 'en');
      assert.equal(model.title?.text, 'Agreement for an Algorithmic Case Prioritisation Service');
      assert.deepEqual(model.frontMatter?.problems, []);
      assert.equal(slice(text, getProperty(model.frontMatter?.root, 'leverancier')!.value.offset), 'Predictive Public Services Ltd');

      assert.deepEqual(
        model.articles.map((a) => [a.number, a.title, a.clauses.map((c) => c.number).join(' ')]),
        [
          ['1', 'Definitions and interpretation', '1.1 1.2'],
          ['2', 'Scope', '2.1'],
          ['3', 'Explainability', '3.1 3.2 3.3'],
          ['4', 'Ownership and use of Customer Data', '4.1 4.2 4.3'],
          ['5', 'Quality and bias monitoring', '5.1 5.2'],
          ['6', 'Logging', '6.1 6.2'],
          ['7', 'Human oversight', '7.1 7.2'],
          ['8', 'Audit', '8.1 8.2 8.3'],
          ['9', 'Data protection', '9.1 9.2'],
          ['10', 'Exit', '10.1 10.2'],
        ],
      );
      assert.ok(slice(text, model.articles[9].offset).endsWith('clauses 6 and 9 survive termination.'), 'article 10 ends before "## Signatures"');
      assert.deepEqual(model.definitions?.terms.map((t) => t.term), ['Algorithm', 'Customer Data', 'Logs', 'Human Oversight', 'Processing Agreement', 'Service']);
      for (const term of model.definitions!.terms) assert.equal(slice(text, term.offset), term.term);
      assert.deepEqual(model.annexes.map((a) => [a.id, a.title]), [['1', 'Description of the Algorithm'], ['2', 'Processing Agreement']]);

      assert.deepEqual(
        model.references.map((r) => [r.kind, r.target, slice(text, r.offset)]),
        [
          ['annex', '1', 'Schedule 1'],
          ['article', '6', 'clause 6'],
          ['annex', '2', 'Schedule 2'],
          ['annex', '1', 'Schedule 1'],
          ['article', '10', 'Clause 10'],
          ['clause', '3.2', 'clause 3.2'],
          ['clause', '4.2', 'paragraph 2 of Article 4'],
          ['clause', '5.1', 'clause 5(1)'],
          ['clause', '8.3', 'clause 8.3'],
          ['article', '8', 'Clause 8'],
          ['article', '3', 'Articles 3'],
          ['article', '6', '6'],
          ['annex', '2', 'Schedule 2'],
          ['annex', '1', 'Schedule 1'],
          ['article', '6', 'clauses 6'],
          ['article', '9', '9'],
        ],
      );
    });
  });

  describe('robustness', () => {
    const awkward: Array<[string, string]> = [
      ['empty', ''],
      ['only a BOM', '\uFEFF'],
      ['only white space', '  \n\r\n\t'],
      ['CR line breaks', '## Artikel 1 Doel\r\r1.1 Eerste.\r1.2 Zie artikel 2.\r\r## Artikel 2 Slot\r'],
      ['half-written heading', '## Artikel'],
      ['half-written reference', '## Artikel 1 Doel\n\nZie artikel'],
      ['half-written bold heading', '**Artikel 7'],
      ['unclosed fence at the end', '## Artikel 1\n\n```'],
      ['unclosed comment at the end', '## Artikel 1\n\nTekst <!-- open'],
      ['HTML', '<table><tr><td>Artikel 1</td></tr></table>\n\n<p>zie artikel 2</p>'],
      ['NUL characters', '## Artikel 1\u0000 Doel\n\n1.1\u0000 tekst artikel\u0000 2'],
      ['lone surrogates', '## Artikel 1 \ud800\n\n\udc00 zie artikel 1'],
      ['deep nesting', `${'> '.repeat(500)}artikel 1\n${'- '.repeat(500)}artikel 2`],
      ['a front matter only', '---\na: 1\n---'],
      ['a broken front matter only', '---\n: : :\n---'],
      ['a very long line', `## Artikel 1 ${'x'.repeat(100_000)}\n\nartikel ${'1'.repeat(50_000)}`],
      ['many backticks and comment openers', `## Artikel 1\n\n${'` <!-- `` artikel 1 '.repeat(2000)}`],
    ];
    for (const [name, text] of awkward) {
      it(`never throws: ${name}`, () => {
        parsed(text);
      });
    }

    const pathological: Array<[string, string]> = [
      ['spaces inside a heading', `## Artikel 1 a${' '.repeat(200_000)}b\n`],
      ['spaces at the end of a heading', `## Artikel 1 a${' '.repeat(200_000)}#\n`],
      ['spaces inside a bold line', `**Artikel 1 a${' '.repeat(200_000)}b**\n`],
      ['spaces after reference words', `## Artikel 1\n\n${'artikel '.repeat(20_000)}${' '.repeat(100_000)}x`],
      ['a word after "van de"', `## Artikel 1\n\nartikel 7 van de ${'a'.repeat(200_000)}`],
      ['many unclosed tags in headings', `${'## Artikel 1 <a\n'.repeat(20_000)}`],
      ['many emphasis markers in a definition line', `## Artikel 1 Begrippen\n\n**${'*_'.repeat(100_000)}`],
      ['many lines of sub-clause numbers', `## Artikel 1\n\n${'1.1.1.1.1.1.1.1 \n'.repeat(20_000)}`],
      ['deeply nested lists of numbers', `## Artikel 1\n\n${Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i % 50)}1. x`).join('\n')}`],
    ];
    for (const [name, text] of pathological) {
      it(`stays fast on ${name}`, () => {
        const started = performance.now();
        parsed(text);
        const elapsed = performance.now() - started;
        assert.ok(elapsed < 2000, `${elapsed.toFixed(0)} ms`);
      });
    }

    it('never throws and keeps every range inside the text, for any mix of contract fragments', () => {
      const fragments = [
        '---\n', '---\r\n', '\uFEFF', '# ', '## ', '### ', '**', '__', '*', '`', '```', '~~~', '<!--', '-->', '<div>', '</div>',
        'Artikel 7', 'Art. 7', 'Article 7', '7.', '7.1', '7.1.2', '1. ', '- ', '> ', '| ', ' |', '|---|', 'Bijlage A', 'Schedule 1',
        'artikel 7.2', 'art. 7 lid 2', 'het tweede lid van artikel 7', 'artikelen 7 en 8', 'clause 7(2)', ' AVG', ' van de ',
        'Begrippen', '**Algoritme**: ', '“Data” means ', ': ', 'titel: x', '\n', '\r\n', '\r', '\n\n', ' ', '\t', 'tekst', 'é',
      ];
      const contract = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 8 })), { maxLength: 80 }).map((parts) => parts.join(''));
      fc.assert(
        fc.property(contract, (text) => {
          const model = parsed(text);
          for (const reference of model.references) assert.ok(/^[0-9a-zA-Z]/.test(slice(text, reference.offset)) || /^(?:art|clause|bijl|annex|appen|sched|lid|para|eerste|tweede)/i.test(slice(text, reference.offset)));
        }),
        { numRuns: 1500 },
      );
    });

    it('parses a 1 MB contract in well under a second', function () {
      this.timeout(30_000);
      const text = largeContract(1024 * 1024);
      parseContract(text); // warm-up
      const times: number[] = [];
      let model: ContractModel | undefined;
      for (let round = 0; round < 5; round++) {
        const started = performance.now();
        model = parseContract(text);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const markdownIt = new MarkdownIt();
      const mdTimes: number[] = [];
      for (let round = 0; round < 5; round++) {
        const started = performance.now();
        markdownIt.parse(text, {});
        mdTimes.push(performance.now() - started);
      }
      mdTimes.sort((a, b) => a - b);
      const median = times[2];
      // Shown in the test output, for the record: the model against a plain markdown-it parse.
      this.test!.title += ` (${(text.length / 1024 / 1024).toFixed(2)} MB: ${median.toFixed(0)} ms; markdown-it alone ${mdTimes[2].toFixed(0)} ms)`;
      assert.ok(median < 1000, `${median} ms`);
      assert.ok(model!.articles.length > 1000 && model!.references.length > 2000);
      assertRangesInside(model!);
    });
  });
});

/** A contract of about `size` characters: the Dutch fixture's articles, renumbered, over and over. */
function largeContract(size: number): string {
  const fixture = readFileSync(path.join(FIXTURES, 'voorbeeld.overeenkomst.md'), 'utf8');
  const start = fixture.indexOf('## Artikel 2 ');
  const end = fixture.indexOf('## Ondertekening');
  const articles = fixture.slice(start, end).split(/(?=^## Artikel )/m);
  const parts = [fixture.slice(0, start)];
  let length = parts[0].length;
  for (let number = 2; length < size; number++) {
    const template = articles[number % articles.length];
    const original = /^## Artikel (\d+)/.exec(template)![1];
    const renumbered = template
      .replace(/^## Artikel \d+/, `## Artikel ${number}`)
      .replace(new RegExp(`^${original}\\.`, 'gm'), `${number}.`);
    parts.push(renumbered);
    length += renumbered.length;
  }
  parts.push(fixture.slice(end));
  return parts.join('');
}

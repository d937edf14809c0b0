import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CLAUSE_CATALOG } from '../src/core/contract/catalog';
import { parseSnippet } from '../src/core/contract/catalog/snippet';
import { effectiveProfile, lintContract } from '../src/core/contractEngine';
import { registerFields } from '../src/core/declaration/registerStandard';
import { lintDeclaration } from '../src/core/engine';
import type { Language } from '../src/core/finding';
import {
  ARTICLE_NUMBER_TAB_STOP,
  buildMarkdownSnippets,
  buildYamlSnippets,
  shiftTabStops,
  snippetOutputs,
  type SnippetFile,
  type VsCodeSnippet,
} from '../src/core/snippets/buildSnippets';

const root = path.join(__dirname, '..');
const markdown = buildMarkdownSnippets();
const yaml = buildYamlSnippets();
const LANGUAGES: Language[] = ['nl', 'en'];

function byPrefix(file: SnippetFile, prefix: string): VsCodeSnippet {
  const found = Object.values(file).filter((snippet) => snippet.prefix === prefix);
  assert.equal(found.length, 1, `one snippet with prefix ${prefix}`);
  return found[0];
}

/** Problems with a snippet body as VS Code snippet syntax: escapes, balanced `${`, choices, tab stops 1..n without gaps. */
function syntaxProblems(body: string): string[] {
  const parsed = parseSnippet(body);
  const problems = [...parsed.problems];
  const opened = (body.replace(/\\[\\$}]/g, '').match(/\$\{/g) ?? []).length;
  const stops = parsed.tabStops.filter((stop) => body.startsWith('${', stop.offset[0])).length;
  if (opened !== stops) problems.push(`${opened} "\${" but ${stops} well-formed tab stops`);
  for (const stop of parsed.tabStops) {
    const text = body.slice(...stop.offset);
    if (text.includes('|')) {
      const choices = /^\$\{\d+\|(.*)\|\}$/s.exec(text);
      if (!choices) problems.push(`malformed choice ${text}`);
      else if (choices[1].split(/(?<!\\),/).some((choice) => choice === '')) problems.push(`empty choice in ${text}`);
    }
  }
  const numbered = [...new Set(parsed.tabStops.map((stop) => stop.index).filter((index) => index !== 0))].sort((a, b) => a - b);
  if (numbered.some((index, i) => index !== i + 1)) problems.push(`tab stops not numbered 1..n without gaps: ${numbered.join(', ')}`);
  return problems;
}

/** The snippet as inserted with every placeholder at its default, the article number set to `articleNumber`. */
function filledIn(snippet: VsCodeSnippet, articleNumber = '9'): string {
  return parseSnippet(snippet.body.join('\n').split(ARTICLE_NUMBER_TAB_STOP).join(articleNumber)).text;
}

describe('snippets/', () => {
  for (const [file, text] of snippetOutputs()) {
    it(`${file} is exactly what the catalog and the register configuration generate (run \`npm run generate\` after changing them)`, () => {
      assert.equal(readFileSync(path.join(root, file), 'utf8'), text, `${file} is out of date: run \`npm run generate\``);
    });
  }

  it('are deterministic', () => {
    assert.deepEqual(snippetOutputs(), snippetOutputs());
  });

  it('have every catalog topic as an nl and an en snippet under its prefixes', () => {
    for (const topic of CLAUSE_CATALOG) {
      const nl = byPrefix(markdown, topic.snippetPrefix.nl);
      const en = byPrefix(markdown, topic.snippetPrefix.en);
      assert.match(nl.body[0], new RegExp(`^## Artikel \\$\\{1:N\\} ${topic.modelClause.heading.nl}$`));
      assert.match(en.body[0], new RegExp(`^## Article \\$\\{1:N\\} ${topic.modelClause.heading.en}$`));
      assert.ok(nl.description.startsWith(topic.title.nl), `${topic.id} nl description`);
      assert.ok(nl.description.includes(topic.sources[0].title.nl), `${topic.id} nl description names the source`);
      assert.ok(en.description.startsWith(topic.title.en), `${topic.id} en description`);
      assert.ok(en.description.includes(topic.sources[0].title.en), `${topic.id} en description names the source`);
    }
    assert.equal(Object.keys(markdown).length, CLAUSE_CATALOG.length * 2 + 2);
    byPrefix(markdown, 'overeenkomst');
    byPrefix(markdown, 'contract');
    byPrefix(yaml, 'algoritme');
    byPrefix(yaml, 'algorithm');
  });

  it('have unique prefixes', () => {
    const prefixes = [...Object.values(markdown), ...Object.values(yaml)].map((snippet) => snippet.prefix);
    assert.deepEqual(prefixes.filter((prefix, i) => prefixes.indexOf(prefix) !== i), []);
  });

  it('are valid snippet syntax', () => {
    for (const [name, snippet] of [...Object.entries(markdown), ...Object.entries(yaml)]) {
      assert.deepEqual(syntaxProblems(snippet.body.join('\n')), [], name);
      assert.ok(snippet.description.trim() !== '', `${name} has a description`);
    }
  });

  it('the syntax check catches gaps, unbalanced tab stops and empty choices', () => {
    assert.notDeepEqual(syntaxProblems('a ${1:x} b ${3:y}'), []);
    assert.notDeepEqual(syntaxProblems('a ${1:x b'), []);
    assert.notDeepEqual(syntaxProblems('a ${1|x,,y|}'), []);
    assert.deepEqual(syntaxProblems('a ${1:x} ${2|p,q|} ${1:x} $0'), []);
  });

  it('shift a model clause\'s tab stops past the article number', () => {
    assert.equal(shiftTabStops('a ${1:x} $2 ${3|p,q|} \\$4 $0', 1), 'a ${2:x} $3 ${4|p,q|} \\$4 $0');
    for (const topic of CLAUSE_CATALOG) {
      for (const language of LANGUAGES) {
        const snippet = byPrefix(markdown, topic.snippetPrefix[language]);
        const original = parseSnippet(topic.modelClause.body[language]).tabStops.map((stop) => stop.defaultText);
        const inSnippet = parseSnippet(snippet.body.join('\n')).tabStops.filter((stop) => stop.index !== 1).map((stop) => stop.defaultText);
        assert.deepEqual(inSnippet, original, `${topic.id} ${language} keeps the clause's placeholders`);
      }
    }
  });

  for (const language of LANGUAGES) {
    it(`make a contract cover the topic when the ${language} model clause is inserted with its defaults`, () => {
      const frontMatter = language === 'nl' ? 'type: overeenkomst\nrisicoprofiel: hoog-risico' : 'type: contract\nriskProfile: high-risk';
      const definitions = language === 'nl'
        ? '# Overeenkomst Test\n\n## Artikel 1 Begrippen\n\n1.1 **Algoritme**: het rekenmodel van Leverancier.\n'
        : '# Agreement Test\n\n## Article 1 Definitions\n\n1.1 **Algorithm**: the Supplier\'s model.\n';
      const base = `---\n${frontMatter}\n---\n\n${definitions}`;
      const missingIn = (text: string): Set<unknown> => new Set(
        lintContract(text, { fileName: `test.${language === 'nl' ? 'overeenkomst' : 'contract'}.md` }).findings
          .filter((finding) => finding.ruleId === 'contract/missing-clause')
          .map((finding) => finding.properties?.topic),
      );
      const before = missingIn(base);
      for (const topic of CLAUSE_CATALOG) {
        assert.ok(before.has(topic.id), `${topic.id} is missing from the minimal contract`);
        const article = filledIn(byPrefix(markdown, topic.snippetPrefix[language]));
        assert.match(article, new RegExp(`^## ${language === 'nl' ? 'Artikel' : 'Article'} 9 `));
        assert.ok(!missingIn(`${base}\n${article}`).has(topic.id), `${topic.id} (${language}) is covered by its model clause`);
      }
    });
  }

  it('make a contract skeleton that reads as a contract with its profile', () => {
    for (const [prefix, fileName] of [['overeenkomst', 'x.overeenkomst.md'], ['contract', 'x.contract.md']]) {
      const text = filledIn(byPrefix(markdown, prefix));
      const { findings, contract } = lintContract(text, { fileName });
      assert.deepEqual(findings.filter((finding) => finding.ruleId === 'contract/front-matter' && finding.severity === 'error'), [], prefix);
      assert.ok(contract.articles.length >= 4, `${prefix} has articles`);
      assert.equal(effectiveProfile(contract, undefined).source, 'front-matter', `${prefix} states its profile`);
    }
  });

  for (const prefix of ['algoritme', 'algorithm']) {
    it(`make a declaration (${prefix}) that parses, with exactly the register's fields and inkooplint`, () => {
      const text = filledIn(byPrefix(yaml, prefix));
      const parsed = parseYaml(text) as Record<string, unknown>;
      assert.deepEqual(Object.keys(parsed), [...registerFields().map((field) => field.name), 'inkooplint']);
      const { findings } = lintDeclaration(text, { fileName: 'test.algoritme.yaml' });
      assert.deepEqual(findings.filter((finding) => finding.ruleId === 'declaration/syntax'), []);
      assert.equal(parsed.status, 'In ontwikkeling');
      assert.equal(parsed.begin_date, '2024-01');
      assert.equal(parsed.standard_version, '1.0');
      assert.deepEqual(parsed.lawful_basis_grouping, [{ title: 'Titel van wettelijke basis', link: 'https://www.example.nl' }]);
      assert.deepEqual(Object.keys(parsed.inkooplint as object), ['role', 'technique', 'contract']);
    });
  }

  it('offer the register\'s permitted values as choices', () => {
    const body = byPrefix(yaml, 'algoritme').body.join('\n');
    for (const field of registerFields()) {
      if (!field.permitted_values) continue;
      assert.ok(body.includes(`|${field.permitted_values.join(',')}|}`), `${field.name} choices`);
    }
  });
});

import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfig } from '../src/core/config/config';
import { lintContract } from '../src/core/contractEngine';
import { lintDeclaration } from '../src/core/engine';
import type { Finding } from '../src/core/finding';
import { docPathFor, type RuleMeta } from '../src/core/rule';
import { CONTRACT_RULES } from '../src/core/rules/contract';
import { DECLARATION_RULES } from '../src/core/rules/declaration';
import { CONTRACT_LINK_RULES } from '../src/core/rules/link/contractLinks';
import { DECLARATION_LINK_RULES } from '../src/core/rules/link/declarationLinks';
import type { LinkResolution } from '../src/core/links/links';
import { weakeningChangeRule } from '../src/core/rules/contract/weakeningChange';
import { lintDocxBytes } from '../src/node/docx';
import { markdownToDocx } from './docx/writeDocx';

/**
 * Every rule page in docs/rules is documentation and a test case at once: its incorrect example
 * must trigger the rule and its "use instead" example must not. So the pages cannot drift away
 * from what the rules really do.
 */

const ROOT = path.resolve(__dirname, '..');
const INDEX_PATH = 'docs/rules/README.md';
const TODAY = new Date('2026-11-01');

/**
 * Declaration pages show YAML examples; contract pages show Markdown contracts. A rule about Word's
 * tracked changes shows a contract with the changes written in CriticMarkup (`{++ ++}`, `{-- --}`),
 * made into a .docx with tracked changes and linted as Word.
 */
type ExampleKind = 'declaration' | 'contract' | 'word-contract' | 'link-declaration' | 'link-contract';
const WORD_ONLY = new Set([weakeningChangeRule.meta.id]);

/** Link rules have one page; `link/broken` checks both kinds of file, and its examples are declarations. */
const RULES: ReadonlyArray<{ meta: RuleMeta; kind: ExampleKind }> = [
  ...DECLARATION_RULES.map((rule) => ({ meta: rule.meta, kind: 'declaration' as const })),
  ...CONTRACT_RULES.map((rule) => ({ meta: rule.meta, kind: WORD_ONLY.has(rule.meta.id) ? ('word-contract' as const) : ('contract' as const) })),
  ...DECLARATION_LINK_RULES.map((rule) => ({ meta: rule.meta, kind: 'link-declaration' as const })),
  ...CONTRACT_LINK_RULES.filter((rule) => !DECLARATION_LINK_RULES.some((other) => other.meta.id === rule.meta.id)).map((rule) => ({ meta: rule.meta, kind: 'link-contract' as const })),
];
const EXAMPLE_LANGUAGE = { declaration: 'yaml', contract: 'markdown', 'word-contract': 'markdown', 'link-declaration': 'yaml', 'link-contract': 'markdown' } as const;

/**
 * For the examples of the link pages: a workspace in which a path leads to a file of the kind its
 * name says (`*.overeenkomst.md` a contract, `*.algoritme.yaml` a high-risk declaration), and
 * every other path to nothing.
 */
function resolveByName(written: string): LinkResolution {
  if (/\.(?:overeenkomst|contract)\.md$/.test(written)) return { status: 'contract', path: written };
  if (/\.(?:algoritme|algorithm)\.(?:ya?ml|json)$/.test(written)) return { status: 'declaration', path: written, category: 'Hoog-risico AI-systeem' };
  return { status: 'not-found', path: written };
}

const HEADINGS = {
  whatItDoes: /^Wat het controleert \/ What it does$/,
  whyItMatters: /^Waarom dit ertoe doet \/ Why it matters$/,
  incorrect: /^Voorbeeld \(onjuist\) \/ Example \(incorrect\)$/,
  useInstead: /^Gebruik in plaats daarvan \/ Use instead$/,
  configuration: /^Instellen \/ Configuration$/,
  references: /^Bronnen \/ References$/,
} as const;

interface Heading {
  level: number;
  text: string;
  line: number;
}

interface MarkdownOutline {
  lines: string[];
  headings: Heading[];
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})\s*([\w-]*)/;

/** ATX headings outside fenced code blocks: a `# comment` inside a YAML example is no heading. */
function outline(markdown: string): MarkdownOutline {
  const lines = markdown.split(/\r?\n/);
  const headings: Heading[] = [];
  let fence: string | undefined;
  lines.forEach((line, index) => {
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length && fenceMatch[2] === '') fence = undefined;
      return;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      return;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) headings.push({ level: heading[1].length, text: heading[2], line: index });
  });
  return { lines, headings };
}

/** The lines under a heading, up to the next heading of the same or a higher level. */
function sectionUnder(doc: MarkdownOutline, pattern: RegExp): string[] | undefined {
  const index = doc.headings.findIndex((heading) => pattern.test(heading.text));
  if (index < 0) return undefined;
  const heading = doc.headings[index];
  const next = doc.headings.slice(index + 1).find((other) => other.level <= heading.level);
  return doc.lines.slice(heading.line + 1, next ? next.line : doc.lines.length);
}

/** The text of the first fenced code block with the given language in some lines. */
function firstCodeBlock(lines: string[], language: string): string | undefined {
  const start = lines.findIndex((line) => {
    const match = FENCE.exec(line);
    return match !== null && match[2] === language;
  });
  if (start < 0) return undefined;
  const opening = (FENCE.exec(lines[start]) as RegExpExecArray)[1];
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const match = FENCE.exec(line);
    if (match && match[1][0] === opening[0] && match[1].length >= opening.length && match[2] === '') return `${body.join('\n')}\n`;
    body.push(line);
  }
  return undefined;
}

function exampleUnder(doc: MarkdownOutline, pattern: RegExp, page: string, language: string): string {
  const section = sectionUnder(doc, pattern);
  assert.ok(section, `${page} has no heading matching ${pattern}`);
  const example = firstCodeBlock(section, language);
  assert.ok(example, `${page} has no \`\`\`${language} block under ${pattern}`);
  return example;
}

function lint(text: string, kind: ExampleKind): { findings: Finding[]; problems: unknown[] } {
  if (kind === 'link-contract') {
    const result = lintContract(text, { fileName: 'example.overeenkomst.md', rules: CONTRACT_LINK_RULES, links: { resolve: resolveByName, namedByDeclarations: [] } });
    return { findings: result.findings, problems: result.contract.frontMatter?.problems ?? [] };
  }
  if (kind === 'link-declaration') {
    const result = lintDeclaration(text, { fileName: 'example.algoritme.yaml', today: TODAY, rules: DECLARATION_LINK_RULES, links: { resolve: resolveByName, listedByContracts: [] } });
    return { findings: result.findings, problems: result.document?.problems ?? [] };
  }
  if (kind === 'word-contract') {
    const result = lintDocxBytes(markdownToDocx(text), { fileName: 'example.overeenkomst.docx', language: 'en', rules: CONTRACT_RULES });
    return { findings: result.findings, problems: [] };
  }
  if (kind === 'contract') {
    const result = lintContract(text, { fileName: 'example.overeenkomst.md', rules: CONTRACT_RULES });
    return { findings: result.findings, problems: result.contract.frontMatter?.problems ?? [] };
  }
  const result = lintDeclaration(text, { fileName: 'example.algoritme.yaml', today: TODAY, rules: DECLARATION_RULES });
  return { findings: result.findings, problems: result.document?.problems ?? [] };
}

function describeFindings(findings: Finding[]): string {
  if (findings.length === 0) return '(no findings)';
  return findings.map((f) => `  ${f.severity} ${f.ruleId} ${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message.en}`).join('\n');
}

function readPage(relativePath: string): string {
  return readFileSync(path.join(ROOT, relativePath), 'utf8');
}

/** Relative Markdown links in a page that point to no file. */
function brokenLinks(relativePath: string): string[] {
  const text = readPage(relativePath).replace(/```[\s\S]*?```/g, '');
  const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]).filter((target) => !/^(?:[a-z]+:|#)/i.test(target));
  return targets.filter((target) => !existsSync(path.join(ROOT, path.dirname(relativePath), target.split('#')[0])));
}

describe('rule documentation (docs/rules)', () => {
  it('has an index that links every rule page', () => {
    assert.ok(existsSync(path.join(ROOT, INDEX_PATH)), `${INDEX_PATH} is missing`);
    const index = readPage(INDEX_PATH);
    for (const rule of RULES) {
      const { id, alias, defaultSeverity, tags } = rule.meta;
      const link = path.posix.relative(path.posix.dirname(INDEX_PATH), docPathFor(id));
      const row = index.split('\n').find((line) => line.startsWith('|') && line.includes(`](${link})`));
      assert.ok(row, `${INDEX_PATH} has no table row linking to ${link}`);
      assert.ok(row.includes(id), `the index row for ${id} does not name the rule id`);
      assert.ok(row.includes(`\`${alias}\``), `the index row for ${id} does not name its alias ${alias}`);
      assert.ok(row.includes(`\`${defaultSeverity}\``), `the index row for ${id} does not give its default severity ${defaultSeverity}`);
      for (const tag of tags) assert.ok(row.includes(`\`${tag}\``), `the index row for ${id} does not list its tag ${tag}`);
    }
    assert.deepEqual(brokenLinks(INDEX_PATH), [], `${INDEX_PATH} has broken links`);
  });

  for (const rule of RULES) {
    const { id, alias, defaultSeverity, tags } = rule.meta;
    const page = docPathFor(id);
    const language = EXAMPLE_LANGUAGE[rule.kind];

    describe(page, () => {
      it('exists, with the rule id and alias in its title and the default severity and tags', () => {
        assert.ok(existsSync(path.join(ROOT, page)), `${page} is missing`);
        const doc = outline(readPage(page));
        const title = doc.headings[0];
        assert.ok(title && title.level === 1, `${page} does not start with a title`);
        assert.ok(title.text.includes(id) && title.text.includes(alias), `the title of ${page} must name ${id} and ${alias}`);
        const text = doc.lines.join('\n');
        assert.match(text, new RegExp(`Default severity:\\*\\*\\s*\`${defaultSeverity}\``), `${page} does not give the default severity ${defaultSeverity}`);
        for (const tag of tags) assert.ok(text.includes(`\`${tag}\``), `${page} does not list the tag ${tag}`);
        assert.deepEqual(brokenLinks(page), [], `${page} has broken links`);
      });

      it('has every section, in Dutch and English', () => {
        const doc = outline(readPage(page));
        for (const [name, pattern] of Object.entries(HEADINGS)) {
          assert.ok(doc.headings.some((heading) => heading.level === 2 && pattern.test(heading.text)), `${page} has no section "${name}" (${pattern})`);
        }
      });

      it('shows an incorrect example that the rule reports', () => {
        const doc = outline(readPage(page));
        const result = lint(exampleUnder(doc, HEADINGS.incorrect, page, language), rule.kind);
        const own = result.findings.filter((finding) => finding.ruleId === id);
        assert.ok(own.length > 0, `the incorrect example in ${page} gives no ${id} finding; it gives:\n${describeFindings(result.findings)}`);
      });

      it('shows a corrected example that the rule accepts', () => {
        const doc = outline(readPage(page));
        const result = lint(exampleUnder(doc, HEADINGS.useInstead, page, language), rule.kind);
        const own = result.findings.filter((finding) => finding.ruleId === id);
        assert.equal(own.length, 0, `the "use instead" example in ${page} still gives ${id} findings:\n${describeFindings(own)}`);
        if (id === 'declaration/syntax' || id === 'contract/front-matter') {
          assert.deepEqual(result.problems, [], `the "use instead" example in ${page} does not parse cleanly`);
        }
      });

      it('shows a configuration that Inkooplint accepts and that concerns this rule', () => {
        const doc = outline(readPage(page));
        const section = sectionUnder(doc, HEADINGS.configuration);
        assert.ok(section, `${page} has no configuration section`);
        const text = firstCodeBlock(section, 'yaml');
        assert.ok(text, `${page} has no \`\`\`yaml block under its configuration section`);
        const { config, problems } = parseConfig(text, RULES.map((r) => r.meta));
        assert.deepEqual(problems.map((p) => p.message.en), [], `the configuration example in ${page} has problems`);
        const concernsRule = id in config.rules || alias in config.rules || tags.some((tag) => tag in config.tags);
        assert.ok(concernsRule, `the configuration example in ${page} does not set ${id}, ${alias} or one of its tags`);
      });
    });
  }
});

import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CLAUSE_CATALOG, DEFAULT_PROFILE_REQUIREMENTS } from '../../../src/core/contract/catalog';
import { coveringParts } from '../../../src/core/contract/coverage';
import { parseContract } from '../../../src/core/contract/parseContract';
import { lintContract } from '../../../src/core/contractEngine';
import type { Finding } from '../../../src/core/finding';

/**
 * The contract fixtures say inline which findings they must give: `<!-- expect: rule [topic]; ... -->`
 * at the end of the line of the finding, or on a line of its own just above it (for a heading, or a
 * line that cannot hold a comment). In the front matter the comment goes after a YAML `#`. Every
 * finding must be expected and every expectation met: clean fixtures expect nothing.
 */

const FIXTURES = path.resolve(__dirname, '..', '..', 'fixtures', 'contracts');
const EXPECT = /<!--\s*expect:\s*(.*?)\s*-->/g;
const ONLY_EXPECTATIONS = /^\s*(?:<!--\s*expect:.*?-->\s*)+$/;

interface Expectation {
  line: number;
  rule: string;
  topic?: string;
}

export function expectationsIn(text: string): Expectation[] {
  const lines = text.split(/\r\n|\r|\n/);
  const expectations: Expectation[] = [];
  lines.forEach((line, index) => {
    let target = index;
    if (ONLY_EXPECTATIONS.test(line)) {
      while (target < lines.length - 1 && ONLY_EXPECTATIONS.test(lines[target])) target++;
    }
    for (const match of line.matchAll(EXPECT)) {
      for (const item of match[1].split(';').map((part) => part.trim()).filter(Boolean)) {
        const [rule, topic] = item.split(/\s+/);
        expectations.push({ line: target + 1, rule, ...(topic ? { topic } : {}) });
      }
    }
  });
  return expectations;
}

function describe1(finding: Finding): string {
  const topic = finding.properties?.topic;
  return `${finding.range.start.line + 1} ${finding.ruleId}${topic ? ` ${String(topic)}` : ''}: ${finding.message.en}`;
}

describe('contract fixtures with inline expectations (test/fixtures/contracts)', () => {
  const files = readdirSync(FIXTURES).filter((file) => file.endsWith('.md')).sort();

  it('has fixtures in Dutch and English, clean ones and ones with defects', () => {
    assert.ok(files.length >= 4, files.join(', '));
    assert.ok(files.some((file) => expectationsIn(readFileSync(path.join(FIXTURES, file), 'utf8')).length === 0), 'a clean fixture');
  });

  for (const file of files) {
    it(file, () => {
      const text = readFileSync(path.join(FIXTURES, file), 'utf8');
      const expected = expectationsIn(text);
      const { findings } = lintContract(text, { fileName: file });
      const unmet = [...expected];
      const unexpected: string[] = [];
      for (const finding of findings) {
        const line = finding.range.start.line + 1;
        const index = unmet.findIndex((e) => e.line === line && e.rule === finding.ruleId && (e.topic === undefined || e.topic === finding.properties?.topic));
        if (index === -1) unexpected.push(describe1(finding));
        else unmet.splice(index, 1);
      }
      assert.deepEqual({ unexpected, unmet: unmet.map((e) => `${e.line} ${e.rule}${e.topic ? ` ${e.topic}` : ''}`) }, { unexpected: [], unmet: [] });
    });
  }

  it('gives no findings on the complete high-risk contracts, whatever profile they are checked with', () => {
    const cases: Array<[string, string, string[]]> = [
      ['compleet-hoog-risico.overeenkomst.md', 'risicoprofiel: hoog-risico', ['risicoprofiel: hoog-risico', 'risicoprofiel: impactvol', 'risicoprofiel: overig']],
      ['complete-high-risk.contract.md', 'riskProfile: high-risk', ['riskProfile: high-risk', 'riskProfile: impactful', 'riskProfile: other']],
    ];
    for (const [file, declared, profiles] of cases) {
      const text = readFileSync(path.join(FIXTURES, file), 'utf8');
      assert.ok(text.includes(declared), file);
      for (const profile of profiles) {
        const withProfile = text.replace(declared, profile);
        assert.deepEqual(lintContract(withProfile, { fileName: file }).findings.map(describe1), [], `${file}: ${profile}`);
      }
    }
  });
});

/**
 * Precision: a complete, well-drafted contract gives no missing-clause, supplier-data-use or
 * explanation-refused finding. The clean fixtures are listed here, independently of their front
 * matter, and each says so itself with the marker `clean-fixture` in its opening comment; the two
 * must agree. Their wording paraphrases the catalog (own headings, own sentences), so this also
 * tests recognition of paraphrases.
 */
const CLEAN_FIXTURES = [
  'compleet-hoog-risico.overeenkomst.md', // Dutch, hoog-risico
  'complete-high-risk.contract.md', // English, high-risk, paraphrased headings
  'schoon-impactvol.overeenkomst.md', // Dutch, impactvol, paraphrased headings
  'schoon-overig.overeenkomst.md', // Dutch, overig
];
const CLEAN_MARKER = /<!--[^]*?\bclean-fixture\b[^]*?-->/;
const PRECISION_RULES = ['contract/missing-clause', 'contract/supplier-data-use', 'contract/explanation-refused'];

/** The value of the first of the front-matter keys (a plain `key: value` line) that the text has. */
function frontMatterValue(text: string, keys: string[]): string | undefined {
  const frontMatter = /^---\r?\n([^]*?)\r?\n---/.exec(text)?.[1] ?? '';
  for (const key of keys) {
    const match = new RegExp(`^${key}:[ \\t]*(.+?)[ \\t]*$`, 'm').exec(frontMatter);
    if (match) return match[1];
  }
  return undefined;
}

describe('precision on clean contract fixtures', () => {
  const files = readdirSync(FIXTURES).filter((file) => file.endsWith('.md')).sort();
  const text = (file: string): string => readFileSync(path.join(FIXTURES, file), 'utf8');

  it('lists exactly the fixtures that carry the clean-fixture marker', () => {
    assert.deepEqual(files.filter((file) => CLEAN_MARKER.test(text(file))), [...CLEAN_FIXTURES].sort());
  });

  for (const file of CLEAN_FIXTURES) {
    it(`${file}: no missing clause, supplier data use or refused explanation, and no expectations`, () => {
      const contract = text(file);
      const { findings } = lintContract(contract, { fileName: file });
      assert.deepEqual(findings.filter((finding) => PRECISION_RULES.includes(finding.ruleId)).map(describe1), []);
      // Any other finding of a clean fixture would have to be written inline; none is.
      assert.deepEqual(expectationsIn(contract), []);
      assert.deepEqual(findings.map(describe1), []);
    });
  }

  // The paraphrased contracts put the topics their profile requires in catalog order from article 3
  // on, one article each: each topic must be recognised in its own article and in no other article,
  // so that no topic counts as covered by a stray word elsewhere.
  const PARAPHRASED: Array<[string, 'hoog-risico' | 'impactvol']> = [
    ['complete-high-risk.contract.md', 'hoog-risico'],
    ['schoon-impactvol.overeenkomst.md', 'impactvol'],
  ];
  for (const [file, profile] of PARAPHRASED) {
    it(`${file}: recognises each paraphrased article as its own topic, and as no other required topic`, () => {
      const contract = parseContract(text(file));
      const required = DEFAULT_PROFILE_REQUIREMENTS[profile];
      const found = required.map((id) => {
        const topic = CLAUSE_CATALOG.find((candidate) => candidate.id === id)!;
        const articles = coveringParts(contract, topic).filter((part) => part.kind === 'article').map((part) => part.label);
        return `${id}: ${articles.join(', ')}`;
      });
      assert.deepEqual(found, required.map((id, index) => `${id}: ${index + 3}`));
    });
  }

  it('cover Dutch and English, every risk profile, clean contracts and each precision rule in both languages', () => {
    const profileOf = (contract: string): string | undefined => {
      const value = frontMatterValue(contract, ['risicoprofiel', 'riskProfile']);
      return value === undefined ? undefined : ({ 'high-risk': 'hoog-risico', impactful: 'impactvol', other: 'overig' } as Record<string, string>)[value] ?? value;
    };
    const languageOf = (file: string): string => (file.endsWith('.overeenkomst.md') ? 'nl' : 'en');
    const seen = new Set<string>();
    for (const file of files) {
      const contract = text(file);
      const profile = profileOf(contract);
      const clean = CLEAN_FIXTURES.includes(file);
      seen.add(`${languageOf(file)} ${profile} ${clean ? 'clean' : 'defects'}`);
      for (const expectation of expectationsIn(contract)) seen.add(`${languageOf(file)} ${expectation.rule}`);
      if (frontMatterValue(contract, ['riskProfile'])) seen.add(`${languageOf(file)} riskProfile key`);
      if (frontMatterValue(contract, ['supplier'])) seen.add(`${languageOf(file)} supplier key`);
    }
    const wanted = [
      'nl hoog-risico clean', 'nl impactvol clean', 'nl overig clean', 'en hoog-risico clean',
      'nl impactvol defects', 'nl overig defects', 'en impactvol defects', 'en overig defects',
      'en riskProfile key', 'en supplier key',
      ...['nl', 'en'].flatMap((language) => PRECISION_RULES.map((rule) => `${language} ${rule}`)),
    ];
    assert.deepEqual(wanted.filter((item) => !seen.has(item)), []);
  });
});

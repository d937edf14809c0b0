import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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

  it('gives no findings on the complete high-risk contract, whatever profile it is checked with', () => {
    const text = readFileSync(path.join(FIXTURES, 'compleet-hoog-risico.overeenkomst.md'), 'utf8');
    for (const profile of ['hoog-risico', 'impactvol', 'overig']) {
      const withProfile = text.replace('risicoprofiel: hoog-risico', `risicoprofiel: ${profile}`);
      assert.deepEqual(lintContract(withProfile, { fileName: 'x.overeenkomst.md' }).findings.map(describe1), [], profile);
    }
  });
});

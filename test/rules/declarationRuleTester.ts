/**
 * A small table-driven tester for declaration rules, in the style of ESLint's RuleTester: build a
 * record from fields, lint it with one rule, and compare the findings with what a case expects.
 */
import { strict as assert } from 'node:assert';
import { lintDeclaration } from '../../src/core/engine';
import type { Finding, Severity } from '../../src/core/finding';
import type { DeclarationRule } from '../../src/core/rule';

export type FieldValue = string | string[] | Record<string, string>;
export type Fields = Record<string, FieldValue | undefined>;

/** Fields every test record has unless a case overrides them (undefined removes a field). */
export const BASE_FIELDS: Fields = {
  organization: 'Gemeente Voorbeeld',
  status: 'In gebruik',
  publication_category: 'Impactvolle algoritmes',
  lang: 'nld',
};

/** A YAML record with double-quoted (JSON-escaped) values, so that offsets are easy to predict. */
export function yamlRecord(fields: Fields): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries({ ...BASE_FIELDS, ...fields })) {
    if (value === undefined) continue;
    if (typeof value === 'string') {
      lines.push(`${key}: ${JSON.stringify(value)}`);
    } else if (Array.isArray(value)) {
      lines.push(`${key}:`);
      for (const item of value) lines.push(`  - ${JSON.stringify(item)}`);
    } else {
      lines.push(`${key}:`);
      for (const [subKey, subValue] of Object.entries(value)) lines.push(`  ${subKey}: ${JSON.stringify(subValue)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export interface ExpectedFinding {
  /** The value of the finding's property that identifies the area or practice (`annexIIIPoint`, `article5Point`). */
  key: number | string;
  /** The exact text of the file that the finding's range covers. */
  covers: string;
  /** The field the finding's pointer names. */
  field?: string;
  severity?: Severity;
  /** Which occurrence of `covers` in the file the range starts at (1-based); default: any. */
  occurrence?: number;
  /** Message id suffix expected in the message (checked by a substring of the Dutch text). */
  nlIncludes?: string;
  enIncludes?: string;
}

export interface ValidCase {
  title: string;
  fields?: Fields;
  /** A whole file instead of fields (JSON or YAML). */
  text?: string;
  fileName?: string;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

export interface RuleTesterOptions {
  rule: DeclarationRule;
  /** The property of a finding that `ExpectedFinding.key` is compared with. */
  property: string;
  /** What every message of the rule says about the key (e.g. "Bijlage III, punt 4"). */
  nlMention: (key: number | string) => string;
  enMention: (key: number | string) => string;
}

export function lintCase(rule: DeclarationRule, testCase: ValidCase): { text: string; findings: Finding[] } {
  const text = testCase.text ?? yamlRecord(testCase.fields ?? {});
  const result = lintDeclaration(text, { fileName: testCase.fileName ?? 'x.algoritme.yaml', rules: [rule] });
  return { text, findings: result.findings.filter((finding) => finding.ruleId === rule.meta.id) };
}

function nthIndex(text: string, part: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(part, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

export function runRuleTests(options: RuleTesterOptions, valid: ValidCase[], invalid: InvalidCase[]): void {
  const { rule, property } = options;
  describe('valid', () => {
    for (const testCase of valid) {
      it(testCase.title, () => {
        const { findings } = lintCase(rule, testCase);
        assert.deepEqual(findings.map((f) => `${String(f.properties?.[property])} ${f.message.nl}`), []);
      });
    }
  });
  describe('invalid', () => {
    for (const testCase of invalid) {
      it(testCase.title, () => {
        const { text, findings } = lintCase(rule, testCase);
        const keys = (list: Array<number | string>) => [...list].map(String).sort();
        assert.deepEqual(keys(findings.map((f) => f.properties?.[property] as number | string)), keys(testCase.findings.map((e) => e.key)), 'areas or practices found');
        for (const expected of testCase.findings) {
          const finding = findings.find((f) => f.properties?.[property] === expected.key);
          assert.ok(finding, `finding for ${expected.key}`);
          assert.equal(finding.ruleId, rule.meta.id);
          assert.equal(finding.severity, expected.severity ?? rule.meta.defaultSeverity, `severity of ${expected.key}`);
          assert.equal(text.slice(finding.offset[0], finding.offset[1]), expected.covers, `range of ${expected.key}`);
          if (expected.occurrence !== undefined) assert.equal(finding.offset[0], nthIndex(text, expected.covers, expected.occurrence), `occurrence of '${expected.covers}'`);
          if (expected.field !== undefined) assert.match(finding.pointer ?? '', new RegExp(`/${expected.field}(?:/\\d+)?$`), 'pointer');
          assert.ok(finding.message.nl.includes(options.nlMention(expected.key)), finding.message.nl);
          assert.ok(finding.message.en.includes(options.enMention(expected.key)), finding.message.en);
          assert.doesNotMatch(finding.message.nl, /\{\w+\}/, 'all placeholders filled');
          assert.doesNotMatch(finding.message.en, /\{\w+\}/, 'all placeholders filled');
          if (expected.nlIncludes) assert.ok(finding.message.nl.includes(expected.nlIncludes), finding.message.nl);
          if (expected.enIncludes) assert.ok(finding.message.en.includes(expected.enIncludes), finding.message.en);
        }
      });
    }
  });
}

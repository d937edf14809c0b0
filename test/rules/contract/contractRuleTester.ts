/**
 * A table-driven tester for contract rules, in the style of ESLint's RuleTester: lint a contract
 * text with one rule and compare its findings with what a case expects.
 */
import { strict as assert } from 'node:assert';
import type { InkooplintConfig, RiskProfile } from '../../../src/core/config/config';
import { lintContract } from '../../../src/core/contractEngine';
import type { Finding, FindingProperty, Severity } from '../../../src/core/finding';
import type { ContractRule } from '../../../src/core/rule';

export interface ContractCase {
  title: string;
  text: string;
  profile?: RiskProfile;
  config?: InkooplintConfig;
}

export interface ExpectedContractFinding {
  /** The exact text the finding's range covers. */
  covers: string;
  severity?: Severity;
  /** Text the Dutch or English message must contain. */
  includes?: string;
  properties?: Record<string, FindingProperty>;
}

export interface InvalidContractCase extends ContractCase {
  findings: ExpectedContractFinding[];
}

export function lintWith(rule: ContractRule, testCase: ContractCase): Finding[] {
  const { findings } = lintContract(testCase.text, {
    fileName: 'test.overeenkomst.md',
    rules: [rule],
    ...(testCase.profile ? { profile: testCase.profile } : {}),
    ...(testCase.config ? { config: testCase.config } : {}),
  });
  return findings.filter((finding) => finding.ruleId === rule.meta.id);
}

function describeFindings(text: string, findings: Finding[]): string[] {
  return findings.map((f) => `${f.severity} "${text.slice(f.offset[0], f.offset[1])}" ${f.message.en}`);
}

export function runContractRuleTests(rule: ContractRule, valid: ContractCase[], invalid: InvalidContractCase[]): void {
  describe('valid', () => {
    for (const testCase of valid) {
      it(testCase.title, () => {
        assert.deepEqual(describeFindings(testCase.text, lintWith(rule, testCase)), []);
      });
    }
  });
  describe('invalid', () => {
    for (const testCase of invalid) {
      it(testCase.title, () => {
        const findings = lintWith(rule, testCase);
        const covered = findings.map((f) => testCase.text.slice(f.offset[0], f.offset[1]));
        assert.deepEqual(covered, testCase.findings.map((e) => e.covers), describeFindings(testCase.text, findings).join('\n'));
        testCase.findings.forEach((expected, i) => {
          const finding = findings[i];
          assert.equal(finding.severity, expected.severity ?? rule.meta.defaultSeverity, `severity of "${expected.covers}"`);
          if (expected.includes) {
            assert.ok(finding.message.nl.includes(expected.includes) || finding.message.en.includes(expected.includes), `${finding.message.en} / ${finding.message.nl}`);
          }
          if (expected.properties) assert.deepEqual(finding.properties, expected.properties);
          const filled = (message: string): string => message.split(expected.covers).join('');
          for (const message of [finding.message.nl, finding.message.en]) assert.doesNotMatch(filled(message), /\{\w+\}/, 'all placeholders filled');
        });
      });
    }
  });
}

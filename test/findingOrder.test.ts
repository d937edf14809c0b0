/**
 * Findings are ordered by place, then by rule id (`compareFindings`). Rule ids compare by code
 * unit rather than with a collator: for every rule id there is, that must be the order a reader
 * expects, the one `localeCompare` gives.
 */
import { strict as assert } from 'node:assert';
import { compareFindings, type Finding } from '../src/core/finding';
import { CONTRACT_RULES } from '../src/core/rules/contract';
import { DECLARATION_RULES } from '../src/core/rules/declaration';
import { CONTRACT_LINK_RULES } from '../src/core/rules/link/contractLinks';
import { DECLARATION_LINK_RULES } from '../src/core/rules/link/declarationLinks';

const RULE_IDS = [...CONTRACT_RULES, ...DECLARATION_RULES, ...CONTRACT_LINK_RULES, ...DECLARATION_LINK_RULES].map((rule) => rule.meta.id);

function finding(ruleId: string, start: number, end: number): Finding {
  return {
    ruleId,
    severity: 'warning',
    message: { nl: '', en: '' },
    range: { start: { line: 0, character: start }, end: { line: 0, character: end } },
    offset: [start, end],
    docPath: `docs/rules/${ruleId}.md`,
  };
}

describe('the order of findings', () => {
  it('puts the rule ids of findings at one place in the order localeCompare gives, for every rule', () => {
    assert.ok(RULE_IDS.length >= 20);
    for (const a of RULE_IDS) {
      for (const b of RULE_IDS) {
        assert.equal(Math.sign(compareFindings(finding(a, 5, 9), finding(b, 5, 9))), Math.sign(a.localeCompare(b)), `${a} against ${b}`);
      }
    }
  });

  it('orders by start, then by end, before the rule id', () => {
    const sorted = [finding('link/broken', 7, 8), finding('contract/placeholder', 3, 9), finding('contract/numbering', 3, 4), finding('contract/front-matter', 3, 4)].sort(compareFindings);
    assert.deepEqual(
      sorted.map((f) => `${f.offset[0]}-${f.offset[1]} ${f.ruleId}`),
      ['3-4 contract/front-matter', '3-4 contract/numbering', '3-9 contract/placeholder', '7-8 link/broken'],
    );
  });
});

/**
 * Coverage recognises a contract's parts as rules ask about them (coverage.ts): whether a topic is
 * covered anywhere reads parts only up to the first that covers it. Checked here: that it stops
 * there, and that any order of questions gets the answers of recognising every part up front.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { CLAUSE_CATALOG } from '../../src/core/contract/catalog';
import { articleKey, findTopicEvidence, rememberedTopics } from '../../src/core/contract/catalog/recognise';
import { clearContractCaches, contractParts, coveringParts, coversTopic, firstCoveredTopic } from '../../src/core/contract/coverage';
import { parseContract } from '../../src/core/contract/parseContract';
import type { ContractModel } from '../../src/core/contract/model';
import { CONTRACT_FIXTURES, contractFixtureTexts } from '../helpers/contractFixtures';

const COMPLETE = readFileSync(path.join(CONTRACT_FIXTURES, 'compleet-hoog-risico.overeenkomst.md'), 'utf8');

/** The complete contract's articles three times over, renumbered: more parts than make the word index worth it. */
function longContract(): string {
  const [head, ...articles] = COMPLETE.split(/\n(?=## Artikel \d+)/);
  const copies: string[] = [head];
  let number = 1;
  for (let copy = 0; copy < 3; copy++) for (const article of articles) copies.push(article.replace(/^## Artikel \d+/, `## Artikel ${number++}`));
  return copies.join('\n');
}

const TEXTS = [...contractFixtureTexts(), longContract()];

/** What each part covers, from recognising every part for every topic on its own (no cache, no order). */
function reference(contract: ContractModel): Array<Array<boolean>> {
  return contractParts(contract).map((part) => CLAUSE_CATALOG.map((topic) => findTopicEvidence(part.heading, part.body, topic) !== undefined));
}

/** Whether the recognition of a part is remembered (that is: it was recognised since the caches were cleared). */
function recognised(contract: ContractModel): boolean[] {
  return contractParts(contract).map((part) => rememberedTopics(part.heading, part.body, CLAUSE_CATALOG, articleKey(part.heading, part.body)) !== undefined);
}

describe('coverage of a contract', () => {
  it('reads parts only up to the first that covers a topic when asked whether it is covered', () => {
    for (const text of [COMPLETE, longContract()]) {
      const expected = reference(parseContract(text));
      for (let topic = 0; topic < CLAUSE_CATALOG.length; topic++) {
        const first = expected.findIndex((covers) => covers[topic]);
        assert.notEqual(first, -1, `the complete contract covers ${CLAUSE_CATALOG[topic].id}`);
        clearContractCaches();
        const contract = parseContract(text);
        assert.equal(coversTopic(contract, CLAUSE_CATALOG[topic]), true);
        const read = recognised(contract);
        assert.deepEqual(
          read.map((_, i) => i).filter((i) => read[i]),
          [...Array(first + 1).keys()],
          `${CLAUSE_CATALOG[topic].id}: the parts up to the first covering one (${first}) and no more`,
        );
      }
    }
  });

  it('answers any order of questions as recognising every part up front does', () => {
    const contracts = TEXTS.map((text) => ({ text, expected: reference(parseContract(text)) }));
    const question = fc.oneof(
      fc.record({ kind: fc.constant('covers' as const), topic: fc.nat(CLAUSE_CATALOG.length - 1) }),
      fc.record({ kind: fc.constant('parts' as const), topic: fc.nat(CLAUSE_CATALOG.length - 1) }),
      fc.record({ kind: fc.constant('first' as const), part: fc.integer({ min: -1, max: 80 }) }),
    );
    fc.assert(
      fc.property(fc.nat(contracts.length - 1), fc.array(question, { minLength: 1, maxLength: 12 }), (which, questions) => {
        const { text, expected } = contracts[which];
        clearContractCaches();
        const contract = parseContract(text);
        for (const q of questions) {
          if (q.kind === 'covers') {
            assert.equal(coversTopic(contract, CLAUSE_CATALOG[q.topic]), expected.some((covers) => covers[q.topic]));
          } else if (q.kind === 'parts') {
            const labels = coveringParts(contract, CLAUSE_CATALOG[q.topic]).map((part) => part.label);
            const parts = contractParts(contract);
            assert.deepEqual(labels, parts.filter((_, i) => expected[i][q.topic]).map((part) => part.label));
          } else {
            const topic = expected[q.part]?.findIndex((covers) => covers) ?? -1;
            assert.equal(firstCoveredTopic(contract, q.part), topic === -1 ? undefined : CLAUSE_CATALOG[topic]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

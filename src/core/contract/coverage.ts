/**
 * Which part of a contract covers a topic of the clause catalog: an article, or an annex (a
 * processing agreement is often annexed). Shared by the rules that judge coverage and those that
 * look only inside covering articles.
 *
 * Each part is recognised once for all catalog topics (`recogniseTopics`, remembered per part's
 * text), and the parts of a contract are made once per contract model: the rules that ask about
 * coverage share that work, and a re-lint after an edit recognises only the changed parts.
 */
import { CLAUSE_CATALOG } from './catalog';
import { clearWordLiteralCache } from './catalog/patterns';
import { articleKey, clearRecognitionCache, findTopicEvidence, hasOnlyNewlines, recogniseTopics, rememberedTopics, type TopicEvidence } from './catalog/recognise';
import type { ClauseTopic } from './catalog/types';
import type { ContractModel, Offsets } from './model';
import { clearTextResultCaches, contractWords, MANY_PIECES } from './proseText';

export interface CoveringPart {
  kind: 'article' | 'annex';
  /** "7" or "B". */
  label: string;
  /** The whole part, heading included. */
  offset: Offsets;
  /** Where its body starts: recognition offsets of body evidence count from here. */
  bodyStart: number;
  evidence: TopicEvidence;
}

export interface ContractPart {
  kind: 'article' | 'annex';
  label: string;
  offset: Offsets;
  heading: string;
  bodyStart: number;
  body: string;
}

const PARTS = new WeakMap<ContractModel, ContractPart[]>();
const RECOGNISED = new WeakMap<ContractModel, Array<ReadonlyArray<TopicEvidence | undefined>>>();

/** The parts of the contract that can cover a topic, with their heading and body text (a new array each call). */
export function contractParts(contract: ContractModel): ContractPart[] {
  return sharedParts(contract).map((part) => ({ ...part }));
}

function sharedParts(contract: ContractModel): ContractPart[] {
  let parts = PARTS.get(contract);
  if (parts) return parts;
  const { text } = contract;
  parts = [];
  for (const article of contract.articles) {
    parts.push({
      kind: 'article',
      label: article.number,
      offset: article.offset,
      heading: text.slice(article.headingOffset[0], article.headingOffset[1]),
      bodyStart: article.bodyOffset[0],
      body: text.slice(article.bodyOffset[0], article.bodyOffset[1]),
    });
  }
  for (const annex of contract.annexes) {
    parts.push({
      kind: 'annex',
      label: annex.id,
      offset: annex.offset,
      heading: annex.title,
      bodyStart: annex.headingOffset[1],
      body: text.slice(annex.headingOffset[1], annex.offset[1]),
    });
  }
  PARTS.set(contract, parts);
  return parts;
}

/** Per part (in `contractParts` order), the evidence for each catalog topic (in `CLAUSE_CATALOG` order). */
function recognisedParts(contract: ContractModel): Array<ReadonlyArray<TopicEvidence | undefined>> {
  let recognised = RECOGNISED.get(contract);
  if (!recognised) {
    const parts = sharedParts(contract);
    const keys = parts.map((part) => articleKey(part.heading, part.body));
    const remembered = parts.map((part, i) => rememberedTopics(part.heading, part.body, CLAUSE_CATALOG, keys[i]));
    // Many parts to recognise (a first lint): look up the contract's words once for all of them.
    const words = remembered.filter((topics) => topics === undefined).length >= MANY_PIECES ? contractWords(contract) : undefined;
    const onlyNewlines = words && hasOnlyNewlines(contract.text);
    recognised = parts.map(
      (part, i) => remembered[i] ?? recogniseTopics(part.heading, part.body, CLAUSE_CATALOG, words && { words, bodyStart: part.bodyStart, onlyNewlines }, keys[i]),
    );
    RECOGNISED.set(contract, recognised);
  }
  return recognised;
}

/** The evidence of each part for a topic; for a topic outside the catalog, recognised on the spot. */
function evidenceFor(contract: ContractModel, topic: ClauseTopic): Array<TopicEvidence | undefined> {
  const index = CLAUSE_CATALOG.indexOf(topic);
  if (index === -1) return sharedParts(contract).map((part) => findTopicEvidence(part.heading, part.body, topic));
  return recognisedParts(contract).map((topics) => topics[index]);
}

/** Every part that covers the topic, articles first. */
export function coveringParts(contract: ContractModel, topic: ClauseTopic): CoveringPart[] {
  const parts = sharedParts(contract);
  const covering: CoveringPart[] = [];
  evidenceFor(contract, topic).forEach((evidence, i) => {
    const part = parts[i];
    if (evidence) covering.push({ kind: part.kind, label: part.label, offset: part.offset, bodyStart: part.bodyStart, evidence });
  });
  return covering;
}

/** Whether any part covers the topic. */
export function coversTopic(contract: ContractModel, topic: ClauseTopic): boolean {
  return evidenceFor(contract, topic).some((evidence) => evidence !== undefined);
}

/** The first catalog topic (in catalog order) that the part at `index` of `contractParts` covers. */
export function firstCoveredTopic(contract: ContractModel, index: number): ClauseTopic | undefined {
  const evidence = recognisedParts(contract)[index];
  const topic = evidence?.findIndex((found) => found !== undefined) ?? -1;
  return topic === -1 ? undefined : CLAUSE_CATALOG[topic];
}

/**
 * Forgets what is remembered across lints (recognitions per article text, words looked up, and
 * every `TextResultCache`: what rules found per segment or sentence text, capitalised words per
 * segment, the language sample's word count), so that the next lint runs cold. For measurements and
 * tests; results never depend on it.
 */
export function clearContractCaches(): void {
  clearRecognitionCache();
  clearWordLiteralCache();
  clearTextResultCaches();
}

/**
 * Which part of a contract covers a topic of the clause catalog: an article, or an annex (a
 * processing agreement is often annexed). Shared by the rules that judge coverage and those that
 * look only inside covering articles.
 *
 * Each part is recognised once for all catalog topics (`recogniseTopics`, remembered per part's
 * text), when a rule first asks about it, and the parts of a contract are made once per contract
 * model: the rules that ask about coverage share that work, a question that the first parts answer
 * (is this topic covered anywhere?) leaves the rest unread, and a re-lint after an edit
 * recognises only the changed parts.
 */
import { CLAUSE_CATALOG } from './catalog';
import { clearWordLiteralCache, type WordIndex } from './catalog/patterns';
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
const RECOGNITION = new WeakMap<ContractModel, PartRecognition>();

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

/**
 * The recognition of a contract's parts, made part by part as rules ask: whether a topic is
 * covered anywhere is known at the first part that covers it, and vague-obligation asks only about
 * the parts with effort wording. Per part (in `contractParts` order), once asked, its evidence for
 * each catalog topic (in `CLAUSE_CATALOG` order).
 */
interface PartRecognition {
  evidence: Array<ReadonlyArray<TopicEvidence | undefined> | undefined>;
  /** How many parts were recognised afresh (not remembered from an earlier lint). */
  recognised: number;
  /** The contract's words, once many parts had to be recognised afresh (a first lint): looked up once for the rest. */
  words: WordIndex | undefined;
  /** Whether the contract ends its lines with "\n" alone (see `IndexedBody`), found with `words`. */
  onlyNewlines: boolean;
}

function recognitionOf(contract: ContractModel): PartRecognition {
  let recognition = RECOGNITION.get(contract);
  if (!recognition) {
    recognition = { evidence: new Array(sharedParts(contract).length).fill(undefined), recognised: 0, words: undefined, onlyNewlines: false };
    RECOGNITION.set(contract, recognition);
  }
  return recognition;
}

/** The evidence of the part at `index` of `contractParts` for each catalog topic. */
function recognisedPart(contract: ContractModel, index: number): ReadonlyArray<TopicEvidence | undefined> {
  const recognition = recognitionOf(contract);
  let evidence = recognition.evidence[index];
  if (!evidence) {
    const part = sharedParts(contract)[index];
    const key = articleKey(part.heading, part.body);
    evidence = rememberedTopics(part.heading, part.body, CLAUSE_CATALOG, key);
    if (!evidence) {
      if (!recognition.words && ++recognition.recognised > MANY_PIECES) {
        recognition.words = contractWords(contract);
        recognition.onlyNewlines = hasOnlyNewlines(contract.text);
      }
      const { words, onlyNewlines } = recognition;
      evidence = recogniseTopics(part.heading, part.body, CLAUSE_CATALOG, words && { words, bodyStart: part.bodyStart, onlyNewlines }, key);
    }
    recognition.evidence[index] = evidence;
  }
  return evidence;
}

/** The evidence of each part for a topic; for a topic outside the catalog, recognised on the spot. */
function evidenceFor(contract: ContractModel, topic: ClauseTopic): Array<TopicEvidence | undefined> {
  const index = CLAUSE_CATALOG.indexOf(topic);
  if (index === -1) return sharedParts(contract).map((part) => findTopicEvidence(part.heading, part.body, topic));
  return sharedParts(contract).map((_, part) => recognisedPart(contract, part)[index]);
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

/** Whether any part covers the topic: parts are recognised in order until one does. */
export function coversTopic(contract: ContractModel, topic: ClauseTopic): boolean {
  const index = CLAUSE_CATALOG.indexOf(topic);
  const parts = sharedParts(contract);
  for (let part = 0; part < parts.length; part++) {
    const evidence = index === -1 ? findTopicEvidence(parts[part].heading, parts[part].body, topic) : recognisedPart(contract, part)[index];
    if (evidence !== undefined) return true;
  }
  return false;
}

/** The first catalog topic (in catalog order) that the part at `index` of `contractParts` covers. */
export function firstCoveredTopic(contract: ContractModel, index: number): ClauseTopic | undefined {
  if (index < 0 || index >= sharedParts(contract).length) return undefined;
  const topic = recognisedPart(contract, index).findIndex((found) => found !== undefined);
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

/**
 * Which part of a contract covers a topic of the clause catalog: an article, or an annex (a
 * processing agreement is often annexed). Shared by the rules that judge coverage and those that
 * look only inside covering articles.
 */
import { findTopicEvidence, type TopicEvidence } from './catalog/recognise';
import type { ClauseTopic } from './catalog/types';
import type { ContractModel, Offsets } from './model';

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

/** The parts of the contract that can cover a topic, with their heading and body text. */
export function contractParts(contract: ContractModel): Array<{ kind: 'article' | 'annex'; label: string; offset: Offsets; heading: string; bodyStart: number; body: string }> {
  const { text } = contract;
  const articles = contract.articles.map((article) => ({
    kind: 'article' as const,
    label: article.number,
    offset: article.offset,
    heading: text.slice(article.headingOffset[0], article.headingOffset[1]),
    bodyStart: article.bodyOffset[0],
    body: text.slice(article.bodyOffset[0], article.bodyOffset[1]),
  }));
  const annexes = contract.annexes.map((annex) => ({
    kind: 'annex' as const,
    label: annex.id,
    offset: annex.offset,
    heading: annex.title,
    bodyStart: annex.headingOffset[1],
    body: text.slice(annex.headingOffset[1], annex.offset[1]),
  }));
  return [...articles, ...annexes];
}

/** Every part that covers the topic, articles first. */
export function coveringParts(contract: ContractModel, topic: ClauseTopic): CoveringPart[] {
  const covering: CoveringPart[] = [];
  for (const part of contractParts(contract)) {
    const evidence = findTopicEvidence(part.heading, part.body, topic);
    if (evidence) covering.push({ kind: part.kind, label: part.label, offset: part.offset, bodyStart: part.bodyStart, evidence });
  }
  return covering;
}

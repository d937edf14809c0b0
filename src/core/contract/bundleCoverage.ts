/**
 * Coverage across a contract and its annexes kept in separate files: an annex file (a processing
 * agreement, an exit plan) covers a topic as an annex inside the contract would.
 */
import { findTopicEvidence } from './catalog/recognise';
import type { ClauseTopic } from './catalog/types';
import { coversTopic } from './coverage';
import type { ContractBundle, ContractModel } from './model';

/** Whether the contract or one of its annex files covers the topic. */
export function coveredInBundle(bundle: ContractBundle, topic: ClauseTopic): boolean {
  if (coversTopic(bundle.main, topic)) return true;
  return bundle.annexFiles.some((annex) => annexFileCovers(annex.contract, topic));
}

const FIRST_HEADING = /^ {0,3}#{1,6}[ \t]+(.*)$/m;

/**
 * An annex file with articles or an annex heading is judged part by part, as a contract is. One
 * without them ("# Exitplan" and a list) is one part: its first heading and all its text.
 */
function annexFileCovers(annex: ContractModel, topic: ClauseTopic): boolean {
  if (annex.articles.length > 0 || annex.annexes.length > 0) return coversTopic(annex, topic);
  const start = annex.frontMatter?.offset[1] ?? 0;
  const body = annex.text.slice(start);
  const heading = FIRST_HEADING.exec(body)?.[1] ?? '';
  return findTopicEvidence(heading, body, topic) !== undefined;
}

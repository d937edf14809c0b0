import type { ContractModel, Offsets } from './model';
import { proseSegments } from './proseText';

export interface Sentence {
  text: string;
  offset: Offsets;
}

/**
 * Sentence ends: ".", "!" or "?" before a capital or an opening quote (not before a digit, so
 * "art. 28" stays whole), and the start of a numbered sub-clause or list item on a new line.
 */
const BOUNDARY = /(?<=[.!?;])\s+(?=[\p{Lu}"“‘(])|\n(?=[ \t]*(?:\d{1,3}(?:\.\d{1,3})*\.?[ \t]|[-*+][ \t]|[a-z][.)][ \t]))/gu;

/** A sub-clause number or list marker at a sentence's start is not part of the sentence. */
const MARKER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[-*+]|[a-z][.)])[ \t]+/;

/** The contract's readable text, cut into sentences, with their offsets (without surrounding whitespace). */
export function contractSentences(contract: ContractModel): Sentence[] {
  const sentences: Sentence[] = [];
  const { text } = contract;
  for (const [start, end] of proseSegments(contract)) {
    const segment = text.slice(start, end);
    let from = 0;
    const push = (to: number): void => {
      const piece = segment.slice(from, to);
      const lead = piece.length - piece.trimStart().replace(MARKER, '').length;
      const trimmed = piece.trimStart().replace(MARKER, '').trimEnd();
      if (trimmed !== '') sentences.push({ text: trimmed, offset: [start + from + lead, start + from + lead + trimmed.length] });
    };
    for (const match of segment.matchAll(BOUNDARY)) {
      push(match.index ?? 0);
      from = (match.index ?? 0) + match[0].length;
    }
    push(segment.length);
  }
  return sentences;
}

import type { ContractModel, Offsets } from './model';
import { literalCount, WordPresence } from './catalog/patterns';
import { contractWords, knownContractWords, MANY_PIECES, proseSegmentKeys, proseSegments, type TextResultCache } from './proseText';

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

const SENTENCES = new WeakMap<ContractModel, Sentence[]>();

/**
 * The contract's readable text, cut into sentences, with their offsets (without surrounding whitespace).
 * Cut once per contract model: the rules that read sentences share the result, so do not change it.
 */
export function contractSentences(contract: ContractModel): Sentence[] {
  let sentences = SENTENCES.get(contract);
  if (!sentences) {
    sentences = cutSentences(contract);
    SENTENCES.set(contract, sentences);
  }
  return sentences;
}

function cutSentences(contract: ContractModel): Sentence[] {
  return sentencesBySegment(contract).flat();
}

const BY_SEGMENT = new WeakMap<ContractModel, Array<Sentence[] | undefined>>();

/** Per segment of `proseSegments`, its sentences: cut once per contract model (shared, do not change). */
function sentencesBySegment(contract: ContractModel): Sentence[][] {
  return proseSegments(contract).map((_, i) => sentencesOfSegment(contract, i));
}

/** The sentences of segment `i` of `proseSegments`, cut when first asked for (shared, do not change). */
function sentencesOfSegment(contract: ContractModel, i: number): Sentence[] {
  let bySegment = BY_SEGMENT.get(contract);
  if (!bySegment) BY_SEGMENT.set(contract, (bySegment = []));
  let sentences = bySegment[i];
  if (!sentences) {
    const [start, end] = proseSegments(contract)[i];
    sentences = bySegment[i] = segmentSentences(contract.text, start, end);
  }
  return sentences;
}

/**
 * Per segment of `proseSegments`, the catalog literals of its words (as a WordPresence reads them),
 * read once per contract model for all rules that judge sentences: segment `i` has
 * `ids[bounds[i]]` to `ids[bounds[i + 1] - 1]`. `literalCount` is the number of literals then.
 */
interface SegmentLiterals {
  literalCount: number;
  ids: Int32Array;
  bounds: Int32Array;
  inexact: Uint8Array;
}

const SEGMENT_LITERALS = new WeakMap<ContractModel, SegmentLiterals>();
const segmentReader = new WordPresence();
const segmentWords = new WordPresence();

function segmentLiterals(contract: ContractModel): SegmentLiterals {
  let literals = SEGMENT_LITERALS.get(contract);
  if (!literals) {
    const index = contractWords(contract);
    const segments = proseSegments(contract);
    let ids = new Int32Array(4096);
    const bounds = new Int32Array(segments.length + 1);
    const inexact = new Uint8Array(segments.length);
    let count = 0;
    for (let i = 0; i < segments.length; i++) {
      const { present, presentCount } = segmentReader.ofIndexed(index, segments[i][0], segments[i][1]);
      if (count + presentCount > ids.length) {
        const grown = new Int32Array(Math.max(ids.length * 2, count + presentCount));
        grown.set(ids);
        ids = grown;
      }
      for (let k = 0; k < presentCount; k++) ids[count++] = present[k];
      bounds[i + 1] = count;
      inexact[i] = segmentReader.anyInexact ? 1 : 0;
    }
    literals = { literalCount: literalCount(), ids, bounds, inexact };
    SEGMENT_LITERALS.set(contract, literals);
  }
  return literals;
}

/** The sentences of one segment of `proseSegments` (from `start` to `end` of `text`): they depend on its text alone. */
export function segmentSentences(text: string, start: number, end: number): Sentence[] {
  const sentences: Sentence[] = [];
  const segment = text.slice(start, end);
  let from = 0;
  const push = (to: number): void => {
    const piece = segment.slice(from, to);
    const rest = piece.trimStart().replace(MARKER, '');
    const lead = piece.length - rest.length;
    const trimmed = rest.trimEnd();
    if (trimmed !== '') sentences.push({ text: trimmed, offset: [start + from + lead, start + from + lead + trimmed.length] });
  };
  for (const match of segment.matchAll(BOUNDARY)) {
    push(match.index ?? 0);
    from = (match.index ?? 0) + match[0].length;
  }
  push(segment.length);
  return sentences;
}

/**
 * Runs `judge` on each sentence of the contract and gives the offsets of those it holds, in text
 * order. What `judge` says must depend on the sentence's text alone: the sentences it holds are
 * remembered per segment text in `cache`, so that a re-lint judges only changed segments.
 */
export function judgedSentences(
  contract: ContractModel,
  cache: TextResultCache<ReadonlyArray<readonly [number, number]>>,
  judge: (sentence: Sentence) => boolean,
  admits?: (words: WordPresence) => boolean,
): Offsets[] {
  const { text } = contract;
  const keys = proseSegmentKeys(contract);
  const held: Offsets[] = [];
  const known = keys.map((key) => cache.get(key));
  // Many segments to judge (a first lint): the contract's words and sentences are made once for all rules.
  const many = known.filter((found) => found === undefined).length >= MANY_PIECES;
  if (many) contractWords(contract);
  // `admits`, true for the words of any sentence `judge` may hold, is asked first of a whole
  // segment's words (read once for all rules): a segment it refuses is neither cut nor judged.
  // Sentences start and end at white space or at their segment's ends, so a segment's literals
  // include those of each of its sentences, and what admits a sentence admits its segment too.
  let literals = many && admits ? segmentLiterals(contract) : undefined;
  if (literals && literals.literalCount !== literalCount()) literals = undefined;
  proseSegments(contract).forEach(([start, end], i) => {
    let found = known[i];
    if (!found && literals && !admits!(segmentWords.ofLiterals(literals.ids, literals.bounds[i], literals.bounds[i + 1], literals.inexact[i] === 1))) {
      found = NONE;
      cache.set(keys[i], found);
    }
    if (!found) {
      const inSegment: Array<readonly [number, number]> = [];
      for (const sentence of many ? sentencesOfSegment(contract, i) : segmentSentences(text, start, end)) if (judge(sentence)) inSegment.push([sentence.offset[0] - start, sentence.offset[1] - start]);
      found = inSegment.length === 0 ? NONE : inSegment;
      cache.set(keys[i], found);
    }
    for (const [from, to] of found) held.push([start + from, start + to]);
  });
  return held;
}

const NONE: ReadonlyArray<readonly [number, number]> = [];

/** Makes `words` hold the words of a sentence of `contract` (from the contract's words when they were looked up). */
export function readSentenceWords(words: WordPresence, contract: ContractModel, sentence: Sentence): WordPresence {
  const index = knownContractWords(contract);
  return index ? words.ofIndexed(index, sentence.offset[0], sentence.offset[1]) : words.of(contract.text, sentence.offset[0], sentence.offset[1]);
}

import type { ContractModel, Offsets } from './model';
import { literalCount, WordPresence } from './catalog/patterns';
import { contractWords, knownContractWords, lacksMany, proseSegmentKeys, proseSegments, type TextResultCache } from './proseText';

export interface Sentence {
  text: string;
  offset: Offsets;
}

/**
 * Sentence ends: ".", "!" or "?" before a capital or an opening quote (not before a digit, so
 * "art. 28" stays whole), and the start of a numbered sub-clause or list item on a new line.
 */
const BOUNDARY = /(?<=[.!?;])\s+(?=[\p{Lu}"“‘(])|\n(?=[ \t]*(?:\d{1,3}(?:\.\d{1,3})*\.?[ \t]|[-*+][ \t]|[a-z][.)][ \t]))/gu;

/**
 * A sub-clause number or list marker at a sentence's start is not part of the sentence:
 * `/^(?:\d{1,3}(?:\.\d{1,3})*\.?|[-*+]|[a-z][.)])[ \t]+/` of the sentence, tried where it stands
 * (sticky) rather than on a copy (see `markerEnd`).
 */
const MARKER_AT = /(?:\d{1,3}(?:\.\d{1,3})*\.?|[-*+]|[a-z][.)])[ \t]+/y;

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
  // The boundaries are looked for in the segment alone (the expression looks around), each
  // sentence is then read where it stands in the text, and only its trimmed text is copied.
  const segment = text.slice(start, end);
  let from = start;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(segment); match !== null; match = BOUNDARY.exec(segment)) {
    pushSentence(sentences, text, from, start + match.index);
    from = start + match.index + match[0].length;
  }
  pushSentence(sentences, text, from, end);
  return sentences;
}

/** Adds the text from `from` to `to` as a sentence: without white space around it or a marker at its start, if anything is left. */
function pushSentence(sentences: Sentence[], text: string, from: number, to: number): void {
  let first = from;
  while (first < to && isWhiteSpaceCode(text.charCodeAt(first))) first++;
  first = markerEnd(text, first, to);
  let last = to;
  while (last > first && isWhiteSpaceCode(text.charCodeAt(last - 1))) last--;
  if (last > first) sentences.push({ text: text.slice(first, last), offset: [first, last] });
}

/**
 * Where a marker at `at` ends, as MARKER would find it in the text up to `to` (`at` when there is
 * none). The marker's number or sign holds no space or tab and ends at the first one, so the
 * sticky match in the whole text is the one in the text up to `to` when that space is before `to`;
 * the spaces after it are then counted up to `to` only.
 */
function markerEnd(text: string, at: number, to: number): number {
  MARKER_AT.lastIndex = at;
  if (at >= to || !MARKER_AT.test(text)) return at;
  let space = at;
  while (text.charCodeAt(space) !== 32 && text.charCodeAt(space) !== 9) space++;
  return space < to ? Math.min(MARKER_AT.lastIndex, to) : at;
}

/** What `/\s/` matches (the white space `trim` removes). */
function isWhiteSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
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
  const segments = proseSegments(contract);
  const held: Offsets[] = [];
  // Many segments to judge (a first lint): the contract's words and sentences are made once for all rules.
  const many = lacksMany(cache, keys);
  if (many) contractWords(contract);
  // `admits`, true for the words of any sentence `judge` may hold, is asked first of a whole
  // segment's words (read once for all rules): a segment it refuses is neither cut nor judged.
  // Sentences start and end at white space or at their segment's ends, so a segment's literals
  // include those of each of its sentences, and what admits a sentence admits its segment too.
  let literals = many && admits ? segmentLiterals(contract) : undefined;
  if (literals && literals.literalCount !== literalCount()) literals = undefined;
  for (let i = 0; i < segments.length; i++) {
    const start = segments[i][0];
    let found = cache.get(keys[i]);
    if (found === undefined && literals && !admits!(segmentWords.ofLiterals(literals.ids, literals.bounds[i], literals.bounds[i + 1], literals.inexact[i] === 1))) {
      found = NONE;
      cache.set(keys[i], found);
    }
    if (found === undefined) {
      let inSegment: Array<readonly [number, number]> | undefined;
      for (const sentence of many ? sentencesOfSegment(contract, i) : segmentSentences(text, start, segments[i][1])) {
        if (judge(sentence)) (inSegment ??= []).push([sentence.offset[0] - start, sentence.offset[1] - start]);
      }
      found = inSegment ?? NONE;
      cache.set(keys[i], found);
    }
    for (const [from, to] of found) held.push([start + from, start + to]);
  }
  return held;
}

const NONE: ReadonlyArray<readonly [number, number]> = [];

/** Makes `words` hold the words of a sentence of `contract` (from the contract's words when they were looked up). */
export function readSentenceWords(words: WordPresence, contract: ContractModel, sentence: Sentence): WordPresence {
  const index = knownContractWords(contract);
  return index ? words.ofIndexed(index, sentence.offset[0], sentence.offset[1]) : words.of(contract.text, sentence.offset[0], sentence.offset[1]);
}

import { WordIndex } from './catalog/patterns';
import type { ContractModel, Offsets } from './model';
import { textKey } from '../text/textKey';

const SEGMENTS = new WeakMap<ContractModel, Offsets[]>();

/**
 * The contract's readable text as segments: its prose blocks with code spans and inline HTML
 * comments cut out. Rules that look for words scan these, so that code and comments never count.
 * Made once per contract model and shared: do not change the result.
 */
export function proseSegments(contract: ContractModel): Offsets[] {
  let segments = SEGMENTS.get(contract);
  if (!segments) {
    segments = cutSegments(contract);
    SEGMENTS.set(contract, segments);
  }
  return segments;
}

function cutSegments(contract: ContractModel): Offsets[] {
  const segments: Offsets[] = [];
  const exclusions = contract.proseExclusions;
  let next = 0;
  for (const [blockStart, blockEnd] of contract.prose) {
    let at = blockStart;
    while (next < exclusions.length && exclusions[next][1] <= at) next++;
    let i = next;
    while (i < exclusions.length && exclusions[i][0] < blockEnd) {
      const [start, end] = exclusions[i];
      if (start > at) segments.push([at, start]);
      at = Math.max(at, end);
      i++;
    }
    if (at < blockEnd) segments.push([at, blockEnd]);
  }
  return segments;
}

const SEGMENT_KEYS = new WeakMap<ContractModel, number[]>();

/**
 * Per segment of `proseSegments`, the key of its text (`textKey`, which reads two code units per
 * step: these keys cover the whole prose of a contract): the key of results that depend on that text alone.
 */
export function proseSegmentKeys(contract: ContractModel): number[] {
  let keys = SEGMENT_KEYS.get(contract);
  if (!keys) {
    keys = proseSegments(contract).map(([start, end]) => textKey(contract.text, start, end));
    SEGMENT_KEYS.set(contract, keys);
  }
  return keys;
}

const RESULT_CACHES = new Set<TextResultCache<unknown>>();

/**
 * Results that depend only on a piece of text (a segment, a sentence), by the hash of that text,
 * kept across lints: after an edit, a re-lint judges only the pieces that changed. Results are
 * shared: do not change them.
 *
 * Kept in two generations (what is asked for moves to the newer one; when the newer one holds
 * `size` results, the older one is dropped): the most recently used `size` results at least, and
 * no bookkeeping per lookup. Each generation is an open-addressing table of hash keys as plain
 * numbers: no Map entry or boxed number per result, and a table keeps its capacity across lints.
 */
export class TextResultCache<T> {
  private current = new ResultTable<T>();
  private previous = new ResultTable<T>();

  constructor(private readonly size: number) {
    RESULT_CACHES.add(this as TextResultCache<unknown>);
  }

  get(key: number): T | undefined {
    const value = this.current.get(key);
    if (value !== undefined || this.previous.count === 0) return value;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: number, value: T): void {
    if (this.current.count >= this.size) {
      const emptied = this.previous;
      emptied.clear();
      this.previous = this.current;
      this.current = emptied;
    }
    this.current.set(key, value);
  }

  clear(): void {
    this.current.clear();
    this.previous.clear();
  }
}

/** Hash keys (integers below 2 ** 53) and their values, by linear probing; at most half full. */
class ResultTable<T> {
  private keys = new Float64Array(64);
  private values = emptyValues<T>(64);
  count = 0;

  get(key: number): T | undefined {
    const { keys, values } = this;
    const mask = keys.length - 1;
    // The key's low 32 bits (a hash's), as `&` reads a number, pick the first slot to look at.
    for (let i = key & mask; ; i = (i + 1) & mask) {
      const value = values[i];
      if (value === undefined || keys[i] === key) return value;
    }
  }

  set(key: number, value: T): void {
    if (2 * (this.count + 1) > this.keys.length) this.grow();
    const { keys, values } = this;
    const mask = keys.length - 1;
    let i = key & mask;
    while (values[i] !== undefined && keys[i] !== key) i = (i + 1) & mask;
    if (values[i] === undefined) this.count++;
    keys[i] = key;
    values[i] = value;
  }

  /** Drops every value (the table keeps its size). */
  clear(): void {
    if (this.count === 0) return;
    this.values.fill(undefined);
    this.count = 0;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.values = emptyValues<T>(keys.length * 2);
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (values[i] !== undefined) this.set(keys[i], values[i] as T);
  }
}

/** An array of `length` undefined values, without holes (those make element access slower). */
function emptyValues<T>(length: number): Array<T | undefined> {
  const values: Array<T | undefined> = [];
  for (let i = 0; i < length; i++) values.push(undefined);
  return values;
}

/**
 * `text.toLowerCase()`, but `text` itself when it has no ASCII capital and nothing beyond ASCII
 * (numbers such as "7.2"): a piece of a document with any character beyond Latin-1 is a two-byte
 * string, whose `toLowerCase` takes V8's slow path and makes a copy even when nothing changes.
 */
export function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || (code >= 65 && code <= 90)) return text.toLowerCase();
  }
  return text;
}

/**
 * Where a global search with the u flag goes on after an empty match at `index` (as `matchAll`
 * does): past the code point there. For loops of `exec`, which unlike `matchAll` make no copy of
 * the expression per call.
 */
export function afterEmptyMatch(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return index + 2;
  }
  return index + 1;
}

/** Whether `cache` lacks the results of at least `MANY_PIECES` of `keys` (as in a first lint). */
export function lacksMany(cache: TextResultCache<unknown>, keys: readonly number[]): boolean {
  let lacking = 0;
  for (let i = 0; i < keys.length; i++) if (cache.get(keys[i]) === undefined && ++lacking >= MANY_PIECES) return true;
  return false;
}

/**
 * Where the leftmost match of `pattern` (global) at or after `from` starts in `text`, or
 * `text.length` when there is none. For a walk over the segments in text order: a segment from
 * `start` to `end` can hold a match of its own (of an expression without look-around) only when
 * `nextMatchStart(pattern, text, start) < end`, and the answer stays good for later segments
 * until `start` passes it, so that one search serves a run of segments without a match.
 */
export function nextMatchStart(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? match.index : text.length;
}

/** Empties every `TextResultCache` and `WordBits` (for measurements of a cold lint, and for tests). */
export function clearTextResultCaches(): void {
  for (const cache of RESULT_CACHES) cache.clear();
  for (const bits of WORD_BITS) bits.clear();
}

const WORD_BITS = new Set<WordBits>();

/**
 * A few bits per distinct word of a `WordIndex`, computed by `bitsOf` from the word's text when
 * first met: a rule can then walk all the words of a contract reading one byte per word, rather
 * than run an expression over every character of it. Distinct words are the index's entries in
 * the word table, which mean the same word for as long as the table keeps its generation; the
 * bits are kept for that long (numbers only, no text).
 */
export class WordBits {
  /** Per entry, its bits with 0x80 set; 0 while not computed. */
  private bits = new Uint8Array(1024);
  private generation = -1;

  constructor(private readonly bitsOf: (word: string) => number) {
    WORD_BITS.add(this);
  }

  clear(): void {
    this.generation = -1;
  }

  /**
   * Per entry of the words of `index` (`index.entries[k]` for word `k`), its bits with 0x80 set
   * (`& 0x7f` gives them): computed for the entries not met before. Valid until the next call.
   */
  ofEntries(index: WordIndex): Uint8Array {
    if (index.tableGeneration !== this.generation) {
      this.bits.fill(0);
      this.generation = index.tableGeneration;
    }
    const { entries, starts, ends, count, text } = index;
    let { bits } = this;
    for (let k = 0; k < count; k++) {
      const entry = entries[k];
      if (entry >= bits.length) {
        const bigger = new Uint8Array(Math.max(2 * bits.length, entry + 1));
        bigger.set(bits);
        this.bits = bits = bigger;
      }
      if (bits[entry] === 0) bits[entry] = 0x80 | this.bitsOf(text.slice(starts[k], ends[k]));
    }
    return bits;
  }
}

const WORDS = new WeakMap<ContractModel, WordIndex>();

/**
 * The contract's words, looked up once (see `WordIndex`). Worth it when many pieces of the text are
 * to be judged, as in a first lint; a re-lint that judges a few changed pieces reads those alone
 * (`knownContractWords` is then undefined).
 */
export function contractWords(contract: ContractModel): WordIndex {
  let words = WORDS.get(contract);
  if (!words) {
    words = new WordIndex(contract.text);
    WORDS.set(contract, words);
  }
  return words;
}

/** The contract's words if they were looked up already. */
export function knownContractWords(contract: ContractModel): WordIndex | undefined {
  return WORDS.get(contract);
}

/** How many pieces to judge make looking up all the contract's words at once worth it. */
export const MANY_PIECES = 16;

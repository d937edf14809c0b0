/**
 * A 53-bit key of a piece of text, for caches that remember results per text without keeping the
 * text itself (so a cache never holds an old version of a document in memory).
 *
 * Two 32-bit multiplicative hashes run side by side (FNV-1a and a Murmur-style mix) over the code
 * units taken two at a time, which reads a long contract in half the steps of one at a time; the
 * length and a seed go in first. 53 bits is what a JavaScript number holds exactly: a chance
 * collision between two texts of one contract is far below one in a billion.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const MURMUR_SEED = 0x9747b28c;
const MURMUR_MULTIPLIER = 0x5bd1e995;

/** The key of `text` from `start` to `end`; a different `seed` gives an unrelated key (for keys of several parts). */
export function textKey(text: string, start = 0, end = text.length, seed = 0): number {
  let a = FNV_OFFSET ^ (end - start);
  let b = MURMUR_SEED ^ seed;
  a = Math.imul(a ^ seed, FNV_PRIME);
  let i = start;
  for (; i + 1 < end; i += 2) {
    const pair = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16);
    a = Math.imul(a ^ pair, FNV_PRIME);
    b = Math.imul(b ^ pair, MURMUR_MULTIPLIER);
    b ^= b >>> 15;
  }
  if (i < end) {
    const last = text.charCodeAt(i);
    a = Math.imul(a ^ last, FNV_PRIME);
    b = Math.imul(b ^ last, MURMUR_MULTIPLIER);
    b ^= b >>> 15;
  }
  b = Math.imul(b ^ a, MURMUR_MULTIPLIER);
  b ^= b >>> 13;
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/**
 * A small notation for the recognition patterns of the clause catalog, so that the wording a
 * lawyer recognises stays readable in the topic modules.
 *
 * `terms(...)` builds one pattern from alternatives:
 * - Every alternative starts and ends at a word boundary that knows all scripts (`\b` and `\w`
 *   in JavaScript only know ASCII, so "beëindiging" would break at the "ë").
 * - `*` stands for any run of letters: `uitleg*` also matches "uitlegbaarheid", `exit*` also
 *   "exitplan". A leading `*` allows the first part of a Dutch compound: `*verwerkersovereenkomst`
 *   also matches "subverwerkersovereenkomst". Because `*` is taken, write other repetitions with
 *   `{m,n}` (for example `(?: \S+){0,8}` for "up to eight words").
 * - A space is any run of whitespace (line breaks included); `~` is an optional space or hyphen,
 *   so `exit~plan` matches "exitplan", "exit-plan" and "exit plan".
 * - Everything else is ordinary regular-expression syntax.
 * All patterns ignore case. None has the `g` or `y` flag, so testing them
 * keeps no state between texts.
 *
 * The notation itself lives in `text/wordNotation.ts`, shared with the AI Act vocabulary
 * (`declaration/aiActVocabulary.ts`, `words`); that one builds global patterns for finding every
 * occurrence, this one builds stateless patterns for answering "does this text contain ...".
 */

import { LETTER, notationBody, notationEnd } from '../../text/wordNotation';

/**
 * How many letters may come before the last part of a compound. Bounded, because an unbounded
 * lazy prefix would take quadratic time on a very long word.
 */
const MAX_COMPOUND_PREFIX = 30;

const FLAGS = 'i';

/** An alternative after the word start that every alternative begins at. */
function alternativeSource(alternative: string): string {
  const start = alternative.startsWith('*') ? `${LETTER}{0,${MAX_COMPOUND_PREFIX}}?` : '';
  return `${start}(?:${notationBody(alternative)})${notationEnd(alternative)}`;
}

/** A pattern that matches any of the alternatives, written in the notation above. */
export function terms(...alternatives: string[]): RegExp {
  if (alternatives.length === 0) throw new Error('terms() needs at least one alternative');
  // The word start is tested once for all alternatives: most positions are inside a word.
  const pattern = new RegExp(`(?<!${LETTER})(?:${alternatives.map(alternativeSource).join('|')})`, FLAGS);
  const gate = gateOfAlternatives(alternatives);
  if (gate) GATES.set(pattern, gate);
  return pattern;
}

/** A pattern that matches where any of the given patterns matches. */
export function anyOf(...patterns: RegExp[]): RegExp {
  const pattern = new RegExp(patterns.map((part) => `(?:${part.source})`).join('|'), FLAGS);
  const gates = patterns.map((part) => GATES.get(part));
  if (gates.every((gate): gate is Gate => gate !== undefined)) {
    const sure = gates.flatMap((gate) => ('all' in gate ? [] : gate.sure));
    const maybe = gates.flatMap((gate) => ('all' in gate ? leadLiterals(gate).map((id) => [id]) : gate.maybe));
    GATES.set(pattern, { sure, maybe });
  }
  return pattern;
}

/**
 * A pattern that matches a text containing every given pattern, in any order. Meant for
 * headings, where one pattern must say "both": `allOf(terms('transparan*'), ALGORITHM)`.
 * Body groups do not need it: a group is already a list of patterns that must all occur.
 */
export function allOf(...patterns: RegExp[]): RegExp {
  const pattern = new RegExp(`^${patterns.map((part) => `(?=[\\s\\S]*?(?:${part.source}))`).join('')}`, FLAGS);
  const gates = patterns.map((part) => GATES.get(part));
  const known = gates.filter((gate): gate is Gate => gate !== undefined);
  if (known.length > 0) GATES.set(pattern, { all: known, complete: known.length === gates.length });
  return pattern;
}

/** Whether a pattern occurs anywhere in a text. Ignores `lastIndex`, so a `g` flag does no harm. */
export function occursIn(pattern: RegExp, text: string): boolean {
  return text.search(pattern) !== -1;
}

// ---------------------------------------------------------------------------------------------
// Gates: a cheap look at a text's words that tells, for most patterns, whether they occur without
// running them.
//
// Every alternative of a `terms()` pattern starts at the start of a word, or (with a leading `*`)
// inside the first 30 letters of one. An alternative that is one word (`gegevens`, `algoritm*`,
// `*algoritme`, `*data*`) is decided by the words alone: it occurs exactly when a word of the
// text is that word, starts with it, ends with it or holds it. For any other alternative the
// letters it starts with (up to the first character that is not a plain letter) are necessary: no
// word with them, no match. So a pattern occurs when a one-word alternative is found, cannot occur
// when no alternative's letters are found, and otherwise the pattern itself is run. Words are runs
// of the characters that `LETTER` matches, with the patterns' `i` flag, as the patterns' own word
// boundaries have them; a word whose lower case changes its length ("İ") is never taken as proof.

/**
 * `sure`: literals that prove the pattern occurs; `maybe`: per other alternative, literals it cannot
 * occur without (all of them). `all`: a pattern that needs each part (`allOf`); `complete` when
 * every part has a gate.
 */
export type Gate = { sure: number[]; maybe: number[][] } | { all: Gate[]; complete: boolean };

const GATES = new WeakMap<RegExp, Gate>();

/** How a literal sits in a word: is the word, starts it, ends it (within 30 letters), or is inside it (within 30, or anywhere). */
type Place = 'word' | 'start' | 'end' | 'inside' | 'anywhere';

const literalIds = new Map<string, number>();
const literalTexts: string[] = [];
const literalPlaces: Place[] = [];

function leadLiterals(gate: Gate): number[] {
  return 'all' in gate ? leadLiterals(gate.all[0]) : [...gate.sure, ...gate.maybe.map((ids) => ids[0])];
}

// Which characters `LETTER` matches with the `i` flag: below U+0250 from a table made once, above
// it (rare in contracts) asked of the expression itself and remembered.
const LETTER_I = new RegExp(LETTER, 'i');
const LETTER_TABLE = new Uint8Array(0x250);
for (let code = 0; code < 0x250; code++) LETTER_TABLE[code] = LETTER_I.test(String.fromCharCode(code)) ? 1 : 0;
const FAR_LETTERS = new Map<number, boolean>();

/** Whether `LETTER`, with the patterns' `i` flag, matches the UTF-16 code unit. */
export function isLetterCode(code: number): boolean {
  if (code < 0x250) return LETTER_TABLE[code] === 1;
  let letter = FAR_LETTERS.get(code);
  if (letter === undefined) FAR_LETTERS.set(code, (letter = LETTER_I.test(String.fromCharCode(code))));
  return letter;
}

function literalId(text: string, place: Place): number {
  const key = `${place}:${text}`;
  let id = literalIds.get(key);
  if (id === undefined) {
    id = literalTexts.length;
    literalIds.set(key, id);
    literalTexts.push(text);
    literalPlaces.push(place);
  }
  return id;
}

/** Splits at `|` outside groups and classes. */
function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

function allLetters(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isLetterCode(text.charCodeAt(i))) return false;
  return text.length > 0;
}

/** Where the group that `source` starts with closes; -1 when it does not. */
function closingParenthesis(source: string): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Letters that start a match; `whole` when a non-letter surely follows them, so they are a whole word. */
interface Literal {
  text: string;
  whole: boolean;
}

/** Characters that, written as themselves or escaped, always stand for one character that is no letter. */
const NON_LETTER_CHARACTERS = new Set([...' ,:;/\'"-.()[]!?&%+']);

/** The letters one of which starts every match of `source` (notation, without a leading `*`); undefined when it cannot tell. */
function leadingLiterals(source: string): Literal[] | undefined {
  const options = splitTopLevel(source);
  if (options.length > 1) {
    const all: Literal[] = [];
    for (const option of options) {
      const literals = leadingLiterals(option);
      if (!literals) return undefined;
      all.push(...literals);
    }
    return all;
  }
  if (/^\(\?<?[=!]/.test(source)) {
    // A look-around takes no characters: what follows it starts the match.
    const close = closingParenthesis(source);
    return close === -1 ? undefined : leadingLiterals(source.slice(close + 1));
  }
  if (source.startsWith('(')) {
    let contentStart = 1;
    if (source.startsWith('(?:')) contentStart = 3;
    else if (source[1] === '?') return undefined; // named groups
    const close = closingParenthesis(source);
    if (close === -1 || source[close + 1] === '{' || source[close + 1] === '*') return undefined;
    const inside = leadingLiterals(source.slice(contentStart, close));
    if (source[close + 1] !== '?') return inside;
    // An optional group: the match starts with it or with what follows it.
    const after = leadingLiterals(source.slice(source[close + 2] === '?' ? close + 3 : close + 2));
    return inside && after ? [...inside, ...after] : undefined;
  }
  let end = 0;
  while (end < source.length && isLetterCode(source.charCodeAt(end))) end++;
  let whole = false;
  // "hours?", "x{3}": the quantified letter may be absent.
  if (source[end] === '?' || source[end] === '{') end--;
  else whole = followedByNonLetter(source, end);
  if (end <= 0) return undefined;
  const literal = source.slice(0, end).toLowerCase();
  return literal.length === end ? [{ text: literal, whole }] : undefined;
}

/** Whether the notation at `at` surely matches a character that is no letter: a space (white space), or punctuation, escaped or not, that is not optional. */
function followedByNonLetter(source: string, at: number): boolean {
  let next = at;
  if (source[next] === ' ') return true;
  if (source[next] === '\\' && (NON_LETTER_CHARACTERS.has(source[next + 1]) || source[next + 1] === 's')) next += 2;
  else if (source[next] !== undefined && NON_LETTER_CHARACTERS.has(source[next]) && !'()[].?+'.includes(source[next])) next += 1;
  else return false;
  const quantifier = source[next];
  return quantifier !== '?' && quantifier !== '{' && quantifier !== '*';
}

function gateOfAlternatives(alternatives: string[]): Gate | undefined {
  const sure: number[] = [];
  const maybe: number[][] = [];
  for (const alternative of alternatives) {
    const compound = alternative.startsWith('*');
    const rest = compound ? alternative.slice(1) : alternative;
    const open = rest.endsWith('*');
    const word = open ? rest.slice(0, -1) : rest;
    if (isPlainWord(word)) {
      const id = literalId(word.toLowerCase(), compound ? (open ? 'inside' : 'end') : open ? 'start' : 'word');
      if (!sure.includes(id)) sure.push(id);
      continue;
    }
    const words = wordsOf(rest, compound);
    if (words) {
      maybe.push(words);
      continue;
    }
    const literals = leadingLiterals(rest);
    if (!literals) return undefined;
    for (const { text, whole } of literals) maybe.push([literalId(text, compound ? (whole ? 'end' : 'anywhere') : whole ? 'word' : 'start')]);
  }
  return { sure, maybe };
}

/** Letters only, and lower case keeps their number. */
function isPlainWord(word: string): boolean {
  const lower = word.toLowerCase();
  return allLetters(word) && lower.length === word.length && allLetters(lower);
}

/**
 * For an alternative of several words ("technische documentatie", "data processing agreement*"):
 * the words before the first part that is not plain letters, each of which a match needs as a word
 * of its own (a space in the notation is white space). Undefined when the first part is not plain.
 */
function wordsOf(alternative: string, compound: boolean): number[] | undefined {
  const parts = alternative.split(' ');
  if (parts.length < 2) return undefined;
  const ids: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const last = i === parts.length - 1;
    const open = last && parts[i].endsWith('*');
    const word = open ? parts[i].slice(0, -1) : parts[i];
    if (!isPlainWord(word)) break;
    const lower = word.toLowerCase();
    // A part ends where white space follows it (or the alternative's own end says how).
    const place: Place = i === 0 && compound ? (last && open ? 'inside' : 'end') : open ? 'start' : 'word';
    ids.push(literalId(lower, place));
  }
  return ids.length === 0 ? undefined : ids;
}

/**
 * The literals one of which a text's words must hold for the pattern to occur (so `decide` says false
 * without any of them); undefined when the pattern has no such list (no gate, or `allOf`).
 */
export function leadLiteralsOf(pattern: RegExp): readonly number[] | undefined {
  const gate = GATES.get(pattern);
  if (gate === undefined || 'all' in gate || gate.maybe.some((ids) => ids.length === 0)) return undefined;
  return [...gate.sure, ...gate.maybe.map((ids) => ids[0])];
}

/** How many literals the gates know (literal ids are below this). */
export function literalCount(): number {
  return literalTexts.length;
}

/** The gate of a pattern made with `terms`, `anyOf` or `allOf`; undefined for other patterns (they always run). */
export function gateOf(pattern: RegExp): Gate | undefined {
  return GATES.get(pattern);
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Literals that end here, with where they must sit in the word. */
  ends: Array<{ id: number; place: Place }>;
}

interface LiteralTries {
  literalCount: number;
  /** Literals at a word's start ('word', 'start'). */
  start: TrieNode;
  /** Literals inside a word ('end', 'inside', 'anywhere'). */
  inside: TrieNode;
}

let tries: LiteralTries | undefined;
/** Letters that may precede a compound's last part. */
const COMPOUND_REACH = MAX_COMPOUND_PREFIX;

function newNode(): TrieNode {
  return { next: new Map(), ends: [] };
}

function currentTries(): LiteralTries {
  if (tries && tries.literalCount === literalTexts.length) return tries;
  const built: LiteralTries = { literalCount: literalTexts.length, start: newNode(), inside: newNode() };
  literalTexts.forEach((text, id) => {
    const place = literalPlaces[id];
    let node = place === 'word' || place === 'start' ? built.start : built.inside;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = newNode()));
      node = child;
    }
    node.ends.push({ id, place });
  });
  tries = built;
  clearWordLiteralCache();
  return built;
}

function walk(root: TrieNode, word: string, from: number, found: number[], reach: number): void {
  let node: TrieNode | undefined = root;
  for (let i = from; i < word.length; i++) {
    node = node.next.get(word.charCodeAt(i));
    if (!node) return;
    for (const { id, place } of node.ends) {
      const fits =
        place === 'start' || place === 'anywhere' ||
        (place === 'word' && i === word.length - 1) ||
        (place === 'end' && i === word.length - 1 && from <= reach) ||
        (place === 'inside' && from <= reach);
      if (fits && !found.includes(id)) found.push(id);
    }
  }
}

/** The literals a word holds (each once), and whether lower case changed its length (its literals are then no proof). */
function literalsOfWord(word: string, current: LiteralTries): { ids: number[]; inexact: boolean } {
  const lower = word.toLowerCase();
  const ids: number[] = [];
  const inexact = lower.length !== word.length;
  // Where lower case shifted the letters, a compound's reach is not counted.
  const reach = inexact ? Infinity : COMPOUND_REACH;
  walk(current.start, lower, 0, ids, reach);
  for (let from = 0; from < lower.length; from++) walk(current.inside, lower, from, ids, reach);
  return { ids, inexact };
}

/** More distinct words than this and the table starts afresh (outside the making of a `WordIndex`). */
const MAX_CACHED_WORDS = 50_000;

/**
 * The words looked up so far, each with the literals it holds: a long contract looks up a word
 * every six or seven characters, and has only a few thousand distinct ones. Everything lives in
 * flat typed arrays rather than objects, strings and a `Map`: the table stays small enough for
 * the processor's caches, each look-up compares characters in place, and a `WordIndex` stores
 * a word as a number (its entry) rather than as a reference the garbage collector has to follow.
 *
 * Entry `e`: its characters are `chars[charStart[e]]` on, `charLength[e]` of them; its literals
 * `ids[idStart[e]]` up to `ids[idStart[e + 1]]`; `inexact[e]` is 1 when lower case changed the
 * word's length. `slots` is an open-addressing hash table of pairs (hash, entry + 1; 0 is empty)
 * kept at most half full. `generation` changes whenever the table is emptied, which makes the
 * entry numbers held by a `WordIndex` invalid.
 */
class WordTable {
  generation = 0;
  count = 0;
  // Room for the vocabulary of a long contract (a few thousand words) from the start: growing
  // replaces these arrays, which also throws away the machine code made for the loops that read them.
  chars = new Uint16Array(1 << 16);
  charsUsed = 0;
  charStart = new Int32Array(1 << 13);
  charLength = new Int32Array(1 << 13);
  idStart = new Int32Array((1 << 13) + 1);
  ids = new Int32Array(1 << 14);
  inexact = new Uint8Array(1 << 13);
  slots = new Int32Array(2 << 14);
  mask = (1 << 14) - 1;
  /** While a `WordIndex` is made or read, the table grows rather than starts afresh (its entries stay valid). */
  holding = false;

  clear(): void {
    this.generation++;
    this.count = 0;
    this.charsUsed = 0;
    this.slots.fill(0);
  }

  /** The entry of the word `text` from `start` to `end` (letters only) whose characters hash to `hash`; looked up once. */
  entryOf(text: string, start: number, end: number, hash: number, current: LiteralTries): number {
    const length = end - start;
    const { slots, mask, chars, charStart, charLength } = this;
    let place = hash & mask;
    for (let entry = slots[2 * place + 1]; entry !== 0; entry = slots[2 * place + 1]) {
      if (slots[2 * place] === hash && charLength[entry - 1] === length) {
        const at = charStart[entry - 1];
        let k = 0;
        while (k < length && chars[at + k] === text.charCodeAt(start + k)) k++;
        if (k === length) return entry - 1;
      }
      place = (place + 1) & mask;
    }
    if (this.count >= MAX_CACHED_WORDS && !this.holding) {
      this.clear();
      place = hash & this.mask;
    }
    return this.add(text, start, end, hash, place, current);
  }

  private add(text: string, start: number, end: number, hash: number, place: number, current: LiteralTries): number {
    const entry = this.count;
    const length = end - start;
    if (entry + 1 >= this.charStart.length) {
      const size = this.charStart.length * 2;
      this.charStart = grown(this.charStart, size);
      this.charLength = grown(this.charLength, size);
      this.idStart = grown(this.idStart, size + 1);
      const inexact = new Uint8Array(size);
      inexact.set(this.inexact);
      this.inexact = inexact;
    }
    if (this.charsUsed + length > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, this.charsUsed + length));
      chars.set(this.chars);
      this.chars = chars;
    }
    const { chars } = this;
    this.charStart[entry] = this.charsUsed;
    this.charLength[entry] = length;
    for (let k = 0; k < length; k++) chars[this.charsUsed++] = text.charCodeAt(start + k);
    const { ids, inexact } = literalsOfWord(text.slice(start, end), current);
    const from = entry === 0 ? 0 : this.idStart[entry];
    if (from + ids.length > this.ids.length) this.ids = grown(this.ids, Math.max(this.ids.length * 2, from + ids.length));
    for (let k = 0; k < ids.length; k++) this.ids[from + k] = ids[k];
    this.idStart[entry] = from;
    this.idStart[entry + 1] = from + ids.length;
    this.inexact[entry] = inexact ? 1 : 0;
    this.slots[2 * place] = hash;
    this.slots[2 * place + 1] = entry + 1;
    this.count++;
    if (2 * this.count > this.mask) this.widen();
    return entry;
  }

  /** Doubles the hash table, placing every entry anew. */
  private widen(): void {
    const old = this.slots;
    this.mask = this.mask * 2 + 1;
    const slots = new Int32Array(2 * (this.mask + 1));
    for (let p = 0; p < old.length; p += 2) {
      if (old[p + 1] === 0) continue;
      let place = old[p] & this.mask;
      while (slots[2 * place + 1] !== 0) place = (place + 1) & this.mask;
      slots[2 * place] = old[p];
      slots[2 * place + 1] = old[p + 1];
    }
    this.slots = slots;
  }
}

function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

const table = new WordTable();

/** Forgets the words looked up so far (for measurements of a cold run). */
export function clearWordLiteralCache(): void {
  table.clear();
}

/** Whether a UTF-16 code unit is one of a word's letters (see `isLetterCode`), fast for the common ones. */
function isWordCode(code: number): boolean {
  return code < 0x250 ? LETTER_TABLE[code] === 1 : isLetterCode(code);
}

/** The FNV-1a hash that word entries are found by. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Calls `visit` with the entry of each word of `text` from `start` to `end`. */
function forEachWord(text: string, start: number, end: number, current: LiteralTries, visit: (entry: number) => void): void {
  let i = start;
  while (i < end) {
    let code = text.charCodeAt(i);
    if (!isWordCode(code)) {
      i++;
      continue;
    }
    const wordStart = i;
    let hash = FNV_OFFSET;
    do {
      hash = Math.imul(hash ^ code, FNV_PRIME);
      code = ++i < end ? text.charCodeAt(i) : -1;
    } while (code !== -1 && isWordCode(code));
    visit(table.entryOf(text, wordStart, i, hash, current));
  }
}

/** How many word indexes were made: the serial number of the last. */
let wordIndexes = 0;

/**
 * The words of a whole text, looked up once: `WordPresence.ofIndexed` then takes any range of it
 * without reading the characters again (the rules that read sentences and the recognition of
 * articles share one pass over a contract).
 */
export class WordIndex {
  /** Tells indexes apart (from 1). */
  readonly serial = ++wordIndexes;
  readonly literalCount: number;
  /** The word table's generation the entries belong to. */
  readonly tableGeneration: number;
  /** Where each word starts and ends, and its entry in the word table: the first `count` places hold them. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly entries: Int32Array;
  readonly count: number;

  constructor(readonly text: string) {
    const current = currentTries();
    if (table.count >= MAX_CACHED_WORDS) table.clear();
    // `forEachWord` over the whole text, written out: the words go straight into typed arrays
    // (valid up to `count`), which grow when a text has more words than guessed.
    // Contract text has a word every six or seven characters.
    let capacity = Math.max(64, Math.ceil(text.length / 5));
    let starts = new Int32Array(capacity);
    let ends = new Int32Array(capacity);
    let entries = new Int32Array(capacity);
    const end = text.length;
    let count = 0;
    let i = 0;
    const holding = table.holding;
    table.holding = true;
    try {
      while (i < end) {
        let code = text.charCodeAt(i);
        if (!isWordCode(code)) {
          i++;
          continue;
        }
        const wordStart = i;
        let hash = FNV_OFFSET;
        do {
          hash = Math.imul(hash ^ code, FNV_PRIME);
          code = ++i < end ? text.charCodeAt(i) : -1;
        } while (code !== -1 && isWordCode(code));
        if (count === capacity) {
          capacity *= 2;
          starts = grown(starts, capacity);
          ends = grown(ends, capacity);
          entries = grown(entries, capacity);
        }
        starts[count] = wordStart;
        ends[count] = i;
        entries[count] = table.entryOf(text, wordStart, i, hash, current);
        count++;
      }
    } finally {
      table.holding = holding;
    }
    this.literalCount = current.literalCount;
    this.tableGeneration = table.generation;
    this.starts = starts;
    this.ends = ends;
    this.entries = entries;
    this.count = count;
  }
}

/**
 * Which literals of the gates a text's words hold. Reusable: `of` forgets the previous text.
 */
export class WordPresence {
  private stamps = new Int32Array(0);
  private generation = 0;
  private inexact = false;
  /** The literals found (each once), in the order found: `presentCount` of them. */
  present = new Int32Array(0);
  presentCount = 0;
  /** The last range `ofIndexed` read: its index's serial number (not the index: that would keep its text), start, and first word. */
  private lastIndex = 0;
  private lastStart = 0;
  private lastLow = 0;

  private begin(current: LiteralTries): number {
    if (this.stamps.length < current.literalCount) {
      this.stamps = new Int32Array(current.literalCount + 64);
      this.present = new Int32Array(current.literalCount + 64);
      this.generation = 0;
    }
    this.inexact = false;
    this.presentCount = 0;
    return ++this.generation;
  }

  /** Adds the literals of the word table's entry `entry`. */
  private mark(entry: number, generation: number): void {
    const { ids, idStart } = table;
    if (table.inexact[entry] === 1) this.inexact = true;
    const { stamps, present } = this;
    for (let k = idStart[entry], last = idStart[entry + 1]; k < last; k++) {
      const id = ids[k];
      if (stamps[id] !== generation) {
        stamps[id] = generation;
        present[this.presentCount++] = id;
      }
    }
  }

  /** Whether a word read had letters whose lower case differs in length (its literals are then not sure). */
  get anyInexact(): boolean {
    return this.inexact;
  }

  /**
   * As after reading a text whose literals were `ids[from]` to `ids[to - 1]` (each once), and
   * `inexact` as `anyInexact` said then: for literals read before and kept (made with the same literals).
   */
  ofLiterals(ids: Int32Array, from: number, to: number, inexact: boolean): this {
    const generation = this.begin(currentTries());
    const { stamps, present } = this;
    for (let k = from; k < to; k++) {
      stamps[ids[k]] = generation;
      present[this.presentCount++] = ids[k];
    }
    this.inexact = inexact;
    return this;
  }

  /** Looks up the words of `text` from `start` to `end`. */
  of(text: string, start = 0, end = text.length): this {
    const current = currentTries();
    const generation = this.begin(current);
    forEachWord(text, start, end, current, (entry) => this.mark(entry, generation));
    return this;
  }

  /**
   * As `of(index.text, start, end)`, from words looked up before: a word cut by the range's
   * ends counts as the part inside it, as `of` would see it.
   */
  ofIndexed(index: WordIndex, start: number, end: number): this {
    const current = currentTries();
    if (index.literalCount !== current.literalCount || index.tableGeneration !== table.generation) return this.of(index.text, start, end);
    const generation = this.begin(current);
    const { starts, ends, entries, text } = index;
    // The first word that ends after `start`. Callers mostly read ranges in text order: from the
    // last range's first word a few steps find it; otherwise, or when it is further, bisection.
    let low = 0;
    let high = index.count;
    if (this.lastIndex === index.serial && this.lastStart <= start) {
      low = this.lastLow;
      for (let steps = 0; steps < 8 && low < high && ends[low] <= start; steps++) low++;
    }
    while (low < high) {
      const mid = (low + high) >> 1;
      if (ends[mid] <= start) low = mid + 1;
      else high = mid;
    }
    this.lastIndex = index.serial;
    this.lastStart = start;
    this.lastLow = low;
    // A word cut by the range's ends is looked up as the part inside it; meanwhile the table may
    // grow but not start afresh, so the index's entries stay valid.
    const holding = table.holding;
    table.holding = true;
    try {
      // `mark` written out for the words inside the range, with the table's arrays read once
      // (a word cut by the range may grow them: they are read again after it).
      let { ids, idStart, inexact } = table;
      const { stamps, present } = this;
      let count = this.presentCount;
      for (let k = low; k < index.count && starts[k] < end; k++) {
        const wordStart = starts[k];
        const wordEnd = ends[k];
        if (wordStart >= start && wordEnd <= end) {
          const entry = entries[k];
          if (inexact[entry] === 1) this.inexact = true;
          for (let at = idStart[entry], last = idStart[entry + 1]; at < last; at++) {
            const id = ids[at];
            if (stamps[id] !== generation) {
              stamps[id] = generation;
              present[count++] = id;
            }
          }
        } else {
          this.presentCount = count;
          forEachWord(text, Math.max(start, wordStart), Math.min(end, wordEnd), current, (entry) => this.mark(entry, generation));
          count = this.presentCount;
          ({ ids, idStart, inexact } = table);
        }
      }
      this.presentCount = count;
    } finally {
      table.holding = holding;
    }
    return this;
  }

  /**
   * True when the pattern surely occurs in the text, false when it cannot, undefined when only
   * running it tells.
   */
  decide(pattern: RegExp): boolean | undefined {
    const gate = GATES.get(pattern);
    return gate === undefined ? undefined : this.decideGate(gate);
  }

  /** False when the pattern cannot occur in the text; true when it may (or surely does). */
  admits(pattern: RegExp): boolean {
    return this.decide(pattern) !== false;
  }

  /** Whether the pattern occurs in `text`, which must be the text this presence was made of. */
  occurs(pattern: RegExp, text: string): boolean {
    return this.decide(pattern) ?? occursIn(pattern, text);
  }

  /** As `decide` for a pattern whose gate (`gateOf`) the caller kept: no look-up of the gate. */
  decideGate(gate: Gate): boolean | undefined {
    if ('all' in gate) {
      let sure = gate.complete;
      for (const part of gate.all) {
        const decided = this.decideGate(part);
        if (decided === false) return false;
        if (decided === undefined) sure = false;
      }
      return sure ? true : undefined;
    }
    const { stamps, generation } = this;
    for (const id of gate.sure) if (stamps[id] === generation) return this.inexact ? undefined : true;
    for (const ids of gate.maybe) {
      let all = true;
      for (let k = 0; k < ids.length && all; k++) all = stamps[ids[k]] === generation;
      if (all) return undefined;
    }
    // A sure literal found in an inexact word was skipped above only when none was found.
    return false;
  }
}

/**
 * Finding AI Act vocabulary (see `declaration/aiActVocabulary.ts`) in a record's text, and mapping
 * what was found back to the place in the file. Shared by the AI Act rules.
 */
import {
  MACHINE_LEARNING_WORDING,
  NEAR_WINDOW,
  RULE_BASED_VALUE,
  RULE_BASED_WORDING,
  SELF_LEARNING_VALUE,
  candidatePositions,
  hasHeads,
  headsIn,
  patternsWithHeadsIn,
  stickyVersion,
  wordStartBefore,
  type HeadPositions,
  type VocabularyTerm,
} from './aiActVocabulary';
import type { DeclarationRecord } from './declarationRecord';
import { htmlToText } from './htmlText';
import { childPointer, type ScalarNode } from '../document/model';
import { substringOffset } from '../document/scalarOffsets';

/** The readable text of one string value of a record: a field, or one item of a list field such as `category`. */
export interface FieldText {
  field: string;
  pointer: string;
  node: ScalarNode;
  /** HTML tags removed, entities decoded, whitespace collapsed (as `record.text()`). */
  text: string;
  /** Where the vocabulary's heads occur in the text, to try patterns only where they can match. */
  heads: HeadPositions | undefined;
  /** The patterns whose heads occur in the text; a pattern with heads that is not here cannot match. */
  patterns: ReadonlySet<RegExp> | undefined;
}

/** The text of the given fields, in that order. List fields give one entry per string item. */
const FIELD_TEXTS = new WeakMap<DeclarationRecord, Map<readonly string[], FieldText[]>>();
/**
 * The texts of each field of a record, made once however many lists of fields ask for it: both AI
 * Act rules read most of the same fields, and finding the heads in a text is the costly part.
 */
const TEXTS_OF_FIELD = new WeakMap<DeclarationRecord, Map<string, FieldText[]>>();

export function fieldTexts(record: DeclarationRecord, fields: readonly string[]): FieldText[] {
  let byFields = FIELD_TEXTS.get(record);
  if (!byFields) FIELD_TEXTS.set(record, (byFields = new Map()));
  let texts = byFields.get(fields);
  if (!texts) byFields.set(fields, (texts = collectFieldTexts(record, fields)));
  return texts;
}

function collectFieldTexts(record: DeclarationRecord, fields: readonly string[]): FieldText[] {
  let byField = TEXTS_OF_FIELD.get(record);
  if (!byField) TEXTS_OF_FIELD.set(record, (byField = new Map()));
  const texts: FieldText[] = [];
  for (const field of fields) {
    let ofField = byField.get(field);
    if (!ofField) byField.set(field, (ofField = textsOfField(record, field)));
    for (const text of ofField) texts.push(text);
  }
  return texts;
}

function textsOfField(record: DeclarationRecord, field: string): FieldText[] {
  const texts: FieldText[] = [];
  const value = record.property(field)?.value;
  if (!value) return texts;
  const pointer = childPointer(record.pointer, field);
  if (value.kind === 'scalar') {
    const text = record.text(field);
    if (text) texts.push(fieldText(field, pointer, value, text));
  } else if (value.kind === 'array') {
    value.items.forEach((item, index) => {
      if (item.kind !== 'scalar' || typeof item.value !== 'string') return;
      const text = htmlToText(item.value);
      if (text) texts.push(fieldText(field, childPointer(pointer, index), item, text));
    });
  }
  return texts;
}

function fieldText(field: string, pointer: string, node: ScalarNode, text: string): FieldText {
  const heads = headsIn(text);
  return { field, pointer, node, text, heads, patterns: patternsWithHeadsIn(heads) };
}

/** A term of the vocabulary, found in a field's text. */
export interface TermMatch extends FieldText {
  /** Index of the match in `text`. */
  index: number;
  /** The matched wording, as written. */
  term: string;
  entry: VocabularyTerm;
}

/**
 * The first term found: fields in the given order, and within a field the earliest match of any
 * term that has its context (`near`), no other sense (`notNear`) and is not negated.
 */
export function findTerm(fields: readonly FieldText[], terms: readonly VocabularyTerm[]): TermMatch | undefined {
  const allGated = allTermsGated(terms);
  for (const field of fields) {
    const patterns = field.patterns;
    // Most fields hold none of the vocabulary's heads: then no gated term can match there.
    if (patterns !== undefined && patterns.size === 0 && allGated) continue;
    let best: TermMatch | undefined;
    for (const entry of terms) {
      const pattern = entry.pattern;
      if (patterns !== undefined && !patterns.has(pattern) && hasHeads(pattern)) continue;
      for (const match of matchesOf(field, pattern)) {
        const end = (match.index ?? 0) + match[0].length;
        const index = wordStartBefore(field.text, match.index ?? 0);
        if (best && index >= best.index) break;
        if (match[0].length === 0 || !accepted(field.text, index, end, entry)) continue;
        best = { ...field, index, term: field.text.slice(index, end), entry };
        break;
      }
    }
    if (best) return best;
  }
  return undefined;
}

/** Whether every term's pattern is gated by heads (then a text without heads matches none). */
const ALL_GATED = new WeakMap<readonly VocabularyTerm[], boolean>();

function allTermsGated(terms: readonly VocabularyTerm[]): boolean {
  let gated = ALL_GATED.get(terms);
  if (gated === undefined) ALL_GATED.set(terms, (gated = terms.every((entry) => hasHeads(entry.pattern))));
  return gated;
}

/** The pattern's matches in a field, in order, tried only where the pattern's heads occur. */
function* matchesOf(field: FieldText, pattern: RegExp): Generator<RegExpMatchArray> {
  const positions = candidatePositions(field.heads, pattern);
  if (!positions) {
    yield* field.text.matchAll(pattern);
    return;
  }
  const sticky = stickyVersion(pattern);
  let after = -1;
  for (const at of positions) {
    if (at < after) continue;
    sticky.lastIndex = at;
    const match = sticky.exec(field.text);
    if (!match) continue;
    after = at + Math.max(1, match[0].length);
    yield match;
  }
}

/** Whether some wording occurs in a text and is not negated there. */
export function saysUnnegated(text: string, pattern: RegExp): boolean {
  for (const match of text.matchAll(pattern)) {
    const index = wordStartBefore(text, match.index ?? 0);
    if (!isNegated(text, index, (match.index ?? 0) + match[0].length)) return true;
  }
  return false;
}

/** Whether a pattern occurs anywhere in a text (String.search ignores the `g` flag's state). */
export function contains(text: string, pattern: RegExp): boolean {
  return text.search(pattern) >= 0;
}

function accepted(text: string, start: number, end: number, entry: VocabularyTerm): boolean {
  if (isNegated(text, start, end)) return false;
  const window = entry.nearWindow ?? NEAR_WINDOW;
  if (entry.near) {
    const around = text.slice(Math.max(0, start - window), Math.min(text.length, end + window));
    if (!entry.near.every((pattern) => contains(around, pattern))) return false;
  }
  if (entry.notNear) {
    const around = text.slice(Math.max(0, start - NEAR_WINDOW), Math.min(text.length, end + NEAR_WINDOW));
    if (contains(around, entry.notNear)) return false;
  }
  return true;
}

/** Sentence ends (. ! ? ; : and a line break): negation does not reach across them. See `lastSentenceEnd`. */

/**
 * A negation at most three words before the term, in the same clause: "geen gezichtsherkenning",
 * "niet gebruikt voor werving en selectie", "no facial recognition". Commas end the reach.
 * "niet alleen" (not only) and "zonder dat" (without that) are no negation.
 */
const NEGATION_BEFORE = /(?<![\p{L}\p{N}])(?:geen|niet|nooit|zonder|no|not|never|without)((?:\s+[\p{L}\p{N}'’-]+){0,3})\s+$/iu;
const NOT_A_NEGATION = /^(?:alleen|enkel|uitsluitend|slechts|dat|only|just|merely|that)$/i;
/** A negation right after the term: "gezichtsherkenning wordt niet gebruikt". */
const NEGATION_AFTER = /^\s*(?:[\p{L}\p{N}'’-]+\s+){0,2}?(?:wordt|worden|is|zijn|are|was|were)\s+(?:er\s+)?(?:niet|nooit|not|never)\s+(?:gebruikt|toegepast|ingezet|gedaan|verwerkt|used|applied|deployed|performed|processed)(?![\p{L}\p{N}])/iu;

export function isNegated(text: string, start: number, end: number): boolean {
  let before = text.slice(Math.max(0, start - 80), start);
  const lastEnd = lastSentenceEnd(before);
  if (lastEnd >= 0) before = before.slice(lastEnd + 1);
  // The negation patterns are slow to run (Unicode classes, no literal to search for); most text
  // near a term holds none of their words, which a search of the lower-cased text rules out first.
  if (mayNegateBefore(before)) {
    const negation = NEGATION_BEFORE.exec(before);
    if (negation) {
      const next = negation[1].trim().split(/\s+/)[0] ?? '';
      if (!NOT_A_NEGATION.test(next)) return true;
    }
  }
  let after = text.slice(end, end + 80);
  const stop = after.search(/[.!?;:\n]/);
  if (stop >= 0) after = after.slice(0, stop);
  return mayNegateAfter(after) && NEGATION_AFTER.test(after);
}

/** Index of the last sentence end in a text, or -1. */
function lastSentenceEnd(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    // . ! ? ; : and the line feed
    if (code === 46 || code === 33 || code === 63 || code === 59 || code === 58 || code === 10) return i;
  }
  return -1;
}

/**
 * Words one of which every match of NEGATION_BEFORE holds ("nooit" and "not" hold "no"), and of
 * NEGATION_AFTER. Under the `iu` flags only ASCII capitals fold onto these letters, so the
 * lower-cased text holds the word whenever the pattern can match.
 */
const NEGATION_WORDS_BEFORE = ['geen', 'niet', 'zonder', 'no', 'never', 'without'];
const NEGATION_WORDS_AFTER = ['niet', 'nooit', 'not', 'never'];

function mayNegateBefore(text: string): boolean {
  const lower = text.toLowerCase();
  return NEGATION_WORDS_BEFORE.some((word) => lower.includes(word));
}

function mayNegateAfter(text: string): boolean {
  const lower = text.toLowerCase();
  return NEGATION_WORDS_AFTER.some((word) => lower.includes(word));
}

/**
 * Whether the record says it works with fixed rules, so that an AI Act area is probably no AI system:
 * 1. the inkooplint `technique` field ('regelgebaseerd' / 'rule-based', or 'zelflerend' / 'self-learning') decides;
 * 2. else the register's legacy `type` field ("Op regels gebaseerd", "Zelflerend") decides;
 * 3. else the text must say so ("regelgebaseerd", "rule-based", "geen zelflerend", "beslisregels",
 *    "beslisbomen", "rekenregels", "businesslogica", "vaste regels") and must not mention machine learning
 *    or AI in a positive sense ("getraind", "machine learning", "AI", "deep learning", "LLM"...).
 *    Negated mentions ("geen LLM's", "niet op kunstmatige intelligentie") do not count either way.
 */
export function saysRuleBased(record: DeclarationRecord, fields: readonly FieldText[]): boolean {
  for (const stated of [record.extension('technique'), record.string('type')]) {
    if (!stated) continue;
    if (RULE_BASED_VALUE.test(stated.trim())) return true;
    if (SELF_LEARNING_VALUE.test(stated.trim())) return false;
  }
  const texts = fields.map((field) => field.text);
  return texts.some((text) => saysUnnegated(text, RULE_BASED_WORDING)) && !texts.some((text) => saysUnnegated(text, MACHINE_LEARNING_WORDING));
}

/** Whitespace in the readable text may be any whitespace, an escape, a tag or a non-breaking space in the file. */
const FLEXIBLE_GAP = '(?:\\s|\\\\[ntr]|&nbsp;|&#160;|<[^>]*>)+';

function flexiblePattern(term: string): RegExp {
  const parts = term.trim().split(/\s+/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join(FLEXIBLE_GAP), 'gu');
}

function occurrencesBefore(text: string, term: string, index: number): number {
  let count = 0;
  let at = text.indexOf(term);
  while (at >= 0 && at < index) {
    count++;
    at = text.indexOf(term, at + term.length);
  }
  return count;
}

/**
 * Offsets in the file of a match in a field's readable text. The readable text has its HTML removed,
 * so the match is looked up again in the value as written: the same occurrence (the n-th) of the
 * same words, with any whitespace, tags or escapes between them. Falls back to `substringOffset` on
 * the value, and then to the whole value.
 */
export function matchOffset(match: TermMatch): [number, number] {
  const { node, text, index, term } = match;
  const occurrence = occurrencesBefore(text, term, index);
  const pattern = flexiblePattern(term);
  const inSource = [...node.source.matchAll(pattern)];
  if (inSource.length > occurrence) {
    const found = inSource[occurrence];
    const start = node.offset[0] + (found.index ?? 0);
    return [start, start + found[0].length];
  }
  const value = typeof node.value === 'string' ? node.value : '';
  const inValue = [...value.matchAll(pattern)];
  const found = inValue[Math.min(occurrence, inValue.length - 1)];
  if (found) return substringOffset(node, found.index ?? 0, found[0].length);
  return node.offset;
}

/** Matched wording for a message: short, on one line. */
export function quotedTerm(term: string): string {
  const flat = term.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}

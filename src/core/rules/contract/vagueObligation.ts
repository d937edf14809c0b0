import { EFFORT_WORDING } from '../../contract/catalog/validateCatalog';
import { contractParts, firstCoveredTopic } from '../../contract/coverage';
import type { ContractModel, Offsets } from '../../contract/model';
import { isLetterCode } from '../../contract/catalog/patterns';
import { afterEmptyMatch, contractWords, lacksMany, proseSegmentKeys, proseSegments, TextResultCache, WordBits } from '../../contract/proseText';
import type { ContractRule } from '../../rule';

const EFFORT_PATTERNS = EFFORT_WORDING.map((pattern) => new RegExp(pattern.source, 'giu'));

/**
 * A word that every effort wording above contains ("mogelijk", "redelijk", "efforts", ...), with
 * the same flags: a segment without any of them is not searched with each pattern. A test checks
 * that each pattern's examples contain one.
 */
export const EFFORT_WORD = /mogelijk|vermogen|redelijk|inspan|spant|possible|practicable|asap|effort|endeavo|reasonabl|undue/iu;

/**
 * Which words of the contract's word index hold an effort word (1) or not (0). Effort words are
 * letters only, so each match of EFFORT_WORD lies inside one run of letters, and so inside one
 * word of the index (a maximal run of word letters)... provided that every character its letters
 * match is a word letter: with the i and u flags, "k" also matches the Kelvin sign and "s" the
 * long s. A text with such a character that is no word letter is searched with the expression.
 */
const EFFORT_IN_WORD = new WordBits((word) => (EFFORT_WORD.test(word) ? 1 : 0));
const FOLDS_OUTSIDE_WORDS = ['\u212a', '\u017f'].filter((character) => !isLetterCode(character.charCodeAt(0)));

/**
 * EFFORT_WORD with a group per sign, to learn which signs a segment has; and, for each of
 * EFFORT_PATTERNS, the signs (bit k for group k + 1) of which each of its matches contains one.
 * A test checks both against the patterns' examples.
 */
const EFFORT_SIGNS = /(mogelijk)|(vermogen)|(redelijk)|(inspan)|(spant)|(possible)|(practicable)|(asap)|(effort)|(endeavo)|(reasonabl)|(undue)/giu;
const [MOGELIJK, VERMOGEN, REDELIJK, INSPAN, SPANT, POSSIBLE, PRACTICABLE, ASAP, EFFORT, ENDEAVO, REASONABL, UNDUE] = Array.from({ length: 12 }, (_, k) => 1 << k);
export const PATTERN_SIGNS: readonly number[] = [
  MOGELIJK, // zo spoedig mogelijk
  MOGELIJK, // zoveel mogelijk
  VERMOGEN, // naar beste vermogen
  REDELIJK, // binnen een redelijke termijn
  REDELIJK, // in redelijkheid
  REDELIJK, // redelijke inspanning
  INSPAN, // inspanningsverplichting
  SPANT | INSPAN, // spant zich in, zich inspannen
  MOGELIJK, // indien mogelijk
  REDELIJK, // zonder onredelijke vertraging
  POSSIBLE | PRACTICABLE, // as soon as possible
  ASAP,
  EFFORT | ENDEAVO, // best efforts, reasonable endeavours
  ENDEAVO, // endeavour to
  REASONABL, // within a reasonable time
  UNDUE, // without undue delay
  POSSIBLE | PRACTICABLE, // where possible
];

/** The signs (bits as in PATTERN_SIGNS) that occur in the segment, overlapping ones included. */
export function effortSigns(segment: string): number {
  let signs = 0;
  EFFORT_SIGNS.lastIndex = 0;
  for (let match = EFFORT_SIGNS.exec(segment); match !== null; match = EFFORT_SIGNS.exec(segment)) {
    for (let k = 1; k < match.length; k++) if (match[k] !== undefined) signs |= 1 << (k - 1);
    // Go on from the next character, not the match's end: one sign may overlap another ("inspant").
    EFFORT_SIGNS.lastIndex = match.index + 1;
  }
  return signs;
}

export const vagueObligationRule: ContractRule = {
  meta: {
    id: 'contract/vague-obligation',
    alias: 'concrete-obligations',
    defaultSeverity: 'warning',
    tags: ['contract', 'drafting'],
    description: {
      nl: 'Afspraken over waarborgen voor het algoritme noemen een termijn of een resultaat, geen inspanning als "zo spoedig mogelijk".',
      en: 'Clauses on safeguards for the algorithm state a term or a result, not an effort such as "as soon as possible".',
    },
    sources: [
      { title: { nl: 'GIBIT 2023: concrete termijnen en resultaatsverplichtingen', en: 'GIBIT 2023: concrete terms and obligations of result' }, url: 'https://www.digitaleoverheid.nl/overzicht-van-alle-onderwerpen/gibit/' },
      { title: { nl: 'Modelcontractbepalingen AI (MCC-AI), 2025', en: 'Model contractual clauses for AI (MCC-AI), 2025' }, url: 'https://living-in.eu/groups/solutions/ai-procurement' },
    ],
    fixable: false,
  },
  check(context) {
    const { contract } = context;
    const { text } = contract;
    const matches: Array<{ offset: Offsets; wording: string }> = [];
    const keys = proseSegmentKeys(contract);
    // Many segments to read (a first lint): the contract's words (looked up once for all rules)
    // pass the segments without an effort word, and only the others are cut out and read.
    const toRead = lacksMany(FOUND, keys) ? segmentsWithEffortWords(contract) : undefined;
    const segments = proseSegments(contract);
    // An indexed loop: destructuring each segment in a callback's parameters allocated an iterator per segment.
    for (let i = 0; i < segments.length; i++) {
      const start = segments[i][0];
      let found = FOUND.get(keys[i]);
      if (!found) {
        found = !toRead || toRead[i] === 1 ? effortWordingIn(text.slice(start, segments[i][1])) : NONE;
        FOUND.set(keys[i], found);
      }
      for (const [index, wording] of found) matches.push({ offset: [start + index, start + index + wording.length], wording });
    }
    if (matches.length === 0) return;
    // Match indexes by start, to find each part's matches by bisection.
    const byStart = matches.map((_, i) => i).sort((a, b) => matches[a].offset[0] - matches[b].offset[0]);
    contractParts(contract).forEach((part, index) => {
      const bodyEnd = part.bodyStart + part.body.length;
      let low = 0;
      let high = byStart.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (matches[byStart[mid]].offset[0] < part.bodyStart) low = mid + 1;
        else high = mid;
      }
      const inPart: number[] = [];
      for (let k = low; k < byStart.length && matches[byStart[k]].offset[0] <= bodyEnd; k++) {
        if (matches[byStart[k]].offset[1] <= bodyEnd) inPart.push(byStart[k]);
      }
      // Recognising topics costs more than finding effort wording: only parts with such wording are judged.
      if (inPart.length === 0) return;
      const topic = firstCoveredTopic(contract, index);
      if (!topic) return;
      inPart.sort((a, b) => a - b);
      for (const i of inPart) {
        const { offset, wording } = matches[i];
        context.report({ messageId: 'vague', data: { wording, topic: topic.title }, offset, properties: { topic: topic.id } });
      }
    });
  },
};

/**
 * Per segment of `proseSegments`, 1 when it may hold an effort word (EFFORT_WORD): 0 only for a
 * segment without. Undefined when the contract's words cannot tell (see FOLDS_OUTSIDE_WORDS).
 */
export function segmentsWithEffortWords(contract: ContractModel): Uint8Array | undefined {
  const { text } = contract;
  if (!FOLDS_OUTSIDE_WORDS.every((character) => !text.includes(character))) return undefined;
  const index = contractWords(contract);
  const segments = proseSegments(contract);
  const toRead = new Uint8Array(segments.length);
  // `signed` is the first word with an effort word that does not end before the segment (segments and words are in text order).
  const bits = EFFORT_IN_WORD.ofEntries(index);
  const { starts, ends, entries, count } = index;
  let signed = 0;
  for (let i = 0; i < segments.length; i++) {
    const [start, end] = segments[i];
    while (signed < count && (ends[signed] <= start || (bits[entries[signed]] & 0x7f) === 0)) signed++;
    if (signed < count && starts[signed] < end) toRead[i] = 1;
  }
  return toRead;
}

/** The effort wording in one segment, in the order the patterns find it: where each starts in it, and the words. */
function effortWordingIn(segment: string): ReadonlyArray<readonly [number, string]> {
  const signs = effortSigns(segment);
  if (signs === 0) return NONE;
  const found: Array<readonly [number, string]> = [];
  for (let p = 0; p < EFFORT_PATTERNS.length; p++) {
    // A pattern none of whose signs the segment has cannot match in it.
    if ((signs & PATTERN_SIGNS[p]) === 0) continue;
    const pattern = EFFORT_PATTERNS[p];
    // What `matchAll` finds, without its copy of the expression per call.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(segment); match !== null; match = pattern.exec(segment)) {
      const start = match.index;
      const end = start + match[0].length;
      // Wording that overlaps wording found before is the same place.
      if (!found.some(([at, words]) => start < at + words.length && end > at)) found.push([start, match[0]]);
      if (end === start) pattern.lastIndex = afterEmptyMatch(segment, end);
    }
  }
  return found.length === 0 ? NONE : found;
}

const NONE: ReadonlyArray<readonly [number, string]> = [];
/** Per segment text, its effort wording: a re-lint looks only at segments that changed. */
const FOUND = new TextResultCache<ReadonlyArray<readonly [number, string]>>(20_000);

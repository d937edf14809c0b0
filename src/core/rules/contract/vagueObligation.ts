import { EFFORT_WORDING } from '../../contract/catalog/validateCatalog';
import { contractParts, firstCoveredTopic } from '../../contract/coverage';
import type { Offsets } from '../../contract/model';
import { proseSegmentKeys, proseSegments, TextResultCache } from '../../contract/proseText';
import type { ContractRule } from '../../rule';

const EFFORT_PATTERNS = EFFORT_WORDING.map((pattern) => new RegExp(pattern.source, 'giu'));

/**
 * A word that every effort wording above contains ("mogelijk", "redelijk", "efforts", ...), with
 * the same flags: a segment without any of them is not searched with each pattern. A test checks
 * that each pattern's examples contain one.
 */
export const EFFORT_WORD = /mogelijk|vermogen|redelijk|inspan|spant|possible|practicable|asap|effort|endeavo|reasonabl|undue/iu;

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
    proseSegments(contract).forEach(([start, end], i) => {
      let found = FOUND.get(keys[i]);
      if (!found) {
        found = effortWordingIn(text.slice(start, end));
        FOUND.set(keys[i], found);
      }
      for (const [index, wording] of found) matches.push({ offset: [start + index, start + index + wording.length], wording });
    });
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

/** The effort wording in one segment, in the order the patterns find it: where each starts in it, and the words. */
function effortWordingIn(segment: string): ReadonlyArray<readonly [number, string]> {
  if (!EFFORT_WORD.test(segment)) return NONE;
  const found: Array<readonly [number, string]> = [];
  for (const pattern of EFFORT_PATTERNS) {
    for (const match of segment.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      // Wording that overlaps wording found before is the same place.
      if (!found.some(([at, words]) => start < at + words.length && end > at)) found.push([start, match[0]]);
    }
  }
  return found.length === 0 ? NONE : found;
}

const NONE: ReadonlyArray<readonly [number, string]> = [];
/** Per segment text, its effort wording: a re-lint looks only at segments that changed. */
const FOUND = new TextResultCache<ReadonlyArray<readonly [number, string]>>(20_000);

/**
 * What a document's tracked changes do to the contract: the same contract linted as it read before
 * the changes (all rejected) and as it reads after them (all accepted) is compared, and the changes
 * that weaken it become findings of `contract/weakening-change`:
 *
 * - a required topic that the original covered and the accepted text no longer covers, at the place
 *   of the article that covered it (or at the contract's title when that article is gone);
 * - a clause that favours the supplier (`contract/supplier-data-use`, `contract/explanation-refused`,
 *   or `contract/vague-obligation` where inserted effort wording replaced a firm term) that the
 *   accepted text has and the original did not, and that a change made: its text was inserted, or
 *   words of its paragraph were struck out ("niet").
 *
 * Pure: the front door (src/node/docx) converts, lints both readings and says which blocks of
 * text are the same place in the source document (a Word paragraph keeps its number in both).
 */
import { DEFAULT_CONFIG, type InkooplintConfig } from '../config/config';
import type { Finding, LocalizedText } from '../finding';
import type { MessageData } from '../l10n/messages';
import { FindingCollector } from '../report';
import { contractAnchor } from '../rules/contract/missingClause';
import { weakeningChangeRule } from '../rules/contract/weakeningChange';
import { topicById, type TopicId } from './catalog';
import { coveringParts, coversTopic, type CoveringPart } from './coverage';
import type { ContractModel, Offsets } from './model';

/** A block of text (a paragraph, a table) and the place in the source document it comes from: the same key is the same place in both readings. */
export interface SourceBlock {
  key: number;
  offset: Offsets;
}

/** One reading of the document, linted. */
export interface ReviewedReading {
  contract: ContractModel;
  findings: readonly Finding[];
  blocks: readonly SourceBlock[];
}

/** A tracked change with text, as the front door read it. */
export interface TrackedTextChange {
  kind: 'insertion' | 'deletion' | 'move-from' | 'move-to';
  author?: string;
  date?: string;
  text: string;
  /** Where its text is in the accepted reading (insertions, moved-to text). */
  acceptedOffset?: Offsets;
  /** Where its text is in the original reading (deletions, moved-from text). */
  originalOffset?: Offsets;
}

export interface ChangeReviewInput {
  original: ReviewedReading;
  accepted: ReviewedReading;
  changes: readonly TrackedTextChange[];
  /** The topics the contract's profile requires (as `lintContract` judged the accepted reading). */
  requiredTopics: readonly TopicId[];
  config?: InkooplintConfig;
}

/** The rules whose findings mark a clause that favours the supplier. */
const SUPPLIER_FAVOURING = new Set(['contract/supplier-data-use', 'contract/explanation-refused', 'contract/vague-obligation']);
const VAGUE_OBLIGATION = 'contract/vague-obligation';
/** Deleted text that set a firm term or result: a number, or words that fix a moment. */
const FIRM_TERM = /\d|\b(?:binnen|uiterlijk|direct|onmiddellijk|terstond|within|no later|immediately|at the latest)\b/iu;

/** A block's own number at its start: "4.3 ", "## Artikel 5 ", "2. ". */
const LEADING_NUMBER = /^\s*(?:#{1,6}\s+)?(?:(?:artikel|article|clause)\s+)?\d{1,3}[a-z]?(?:\.\d{1,3})*\.?\s+/iu;

/** Findings of `contract/weakening-change`, with offsets into the accepted reading's text. */
export function reviewTrackedChanges(input: ChangeReviewInput): Finding[] {
  const collector = new FindingCollector(input.accepted.contract.text, input.config ?? DEFAULT_CONFIG);
  collector.run(weakeningChangeRule.meta, (report) => {
    for (const descriptor of [...removedTopics(input), ...favouringClauses(input)]) report(descriptor);
  });
  return collector.sorted();
}

interface Weakening {
  messageId: string;
  data: MessageData;
  offset: Offsets;
  properties: Record<string, string | { readonly [key: string]: string }>;
}

function removedTopics(input: ChangeReviewInput): Weakening[] {
  const { original, accepted, changes } = input;
  const out: Weakening[] = [];
  for (const id of input.requiredTopics) {
    const topic = topicById(id);
    const before = coveringParts(original.contract, topic);
    if (before.length === 0 || coversTopic(accepted.contract, topic)) continue;
    const counterparts = before.map((part) => counterpart(input, part.offset));
    const responsible = changes.filter((change) =>
      before.some((part, i) => overlaps(change.originalOffset, part.offset) || counterparts[i].some((block) => overlaps(change.acceptedOffset, block))),
    );
    out.push({
      messageId: 'topic-removed',
      data: { topic: topic.title, part: partName(before[0]), by: byline(responsible) },
      offset: placeOfPart(input, before[0].offset, counterparts[0]),
      properties: { topic: id, originalPart: before[0].label, ...changeProperty(responsible[0]) },
    });
  }
  return out;
}

/**
 * Where a part of the original is in the accepted text: the heading of the article its heading is
 * still in; else the first of its blocks that is left; else (all of it deleted) the contract's title.
 */
function placeOfPart(input: ChangeReviewInput, offset: Offsets, left: readonly Offsets[]): Offsets {
  const headingKey = blockAt(input.original, offset[0])?.key;
  const heading = input.accepted.blocks.find((block) => block.key === headingKey);
  if (heading) {
    const article = input.accepted.contract.articles.find((candidate) => heading.offset[0] >= candidate.headingOffset[0] && heading.offset[0] < candidate.headingOffset[1]);
    return article ? article.headingOffset : heading.offset;
  }
  return left[0] ?? contractAnchor(input.accepted.contract);
}

interface Favouring {
  finding: Finding;
  /** The rule, the finding's text and its block's text without its number. */
  signature: string;
  /** The source paragraph it is in. */
  key?: number;
  matched: boolean;
}

function favouringFindings(reading: ReviewedReading): Favouring[] {
  const text = reading.contract.text;
  return reading.findings.filter((finding) => SUPPLIER_FAVOURING.has(finding.ruleId)).map((finding) => {
    const block = blockAt(reading, finding.offset[0]);
    // The block's own number ("4.3", "## Artikel 5") is left out: a clause moved elsewhere is the same clause.
    const blockText = block ? text.slice(block.offset[0], block.offset[1]).replace(LEADING_NUMBER, '') : '';
    const signature = [finding.ruleId, text.slice(finding.offset[0], finding.offset[1]), blockText].map(collapse).join('\u0000');
    return { finding, signature, ...(block ? { key: block.key } : {}), matched: false };
  });
}

/**
 * The supplier-favouring findings of the accepted text that the original did not have. A finding
 * the original had is the same text anywhere (a moved clause), or one of the same rule in the same
 * source paragraph (a clause a change edited, say a typo fixed, without making it new).
 */
function newFavouringFindings(input: ChangeReviewInput): Favouring[] {
  const before = favouringFindings(input.original);
  const after = favouringFindings(input.accepted);
  const match = (same: (a: Favouring, b: Favouring) => boolean, candidates: Favouring[]): void => {
    for (const found of candidates) {
      if (found.matched) continue;
      const earlier = before.find((candidate) => !candidate.matched && candidate.finding.ruleId === found.finding.ruleId && same(candidate, found));
      if (earlier) earlier.matched = found.matched = true;
    }
  };
  match((a, b) => a.signature === b.signature, after);
  // In one paragraph, findings that no insertion touched are the old ones.
  const touched = (found: Favouring): boolean => input.changes.some((change) => overlaps(change.acceptedOffset, found.finding.offset));
  match((a, b) => a.key !== undefined && a.key === b.key, [...after.filter((found) => !touched(found)), ...after.filter(touched)]);
  return after.filter((found) => !found.matched);
}

function favouringClauses(input: ChangeReviewInput): Weakening[] {
  const out: Weakening[] = [];
  const text = input.accepted.contract.text;
  for (const { finding, key } of newFavouringFindings(input)) {
    const insertion = input.changes.find((change) => overlaps(change.acceptedOffset, finding.offset));
    const deletions = key === undefined ? [] : deletionsIn(input, key);
    const topicId = typeof finding.properties?.topic === 'string' ? finding.properties.topic : undefined;
    const about = { weakenedBy: finding.ruleId, ...(topicId ? { topic: topicId } : {}) };
    if (finding.ruleId === VAGUE_OBLIGATION) {
      // Effort wording weakens only where a change puts it in the place of a firm term.
      const firm = deletions.find((change) => FIRM_TERM.test(change.text));
      if (!insertion || !firm) continue;
      const topic = topicId ? topicById(topicId)?.title : undefined;
      const wording = text.slice(finding.offset[0], finding.offset[1]);
      out.push({
        messageId: 'term-replaced',
        data: { by: byline([insertion, firm]), deleted: shortened(firm.text), wording, topic: topic ?? { nl: 'dit onderwerp', en: 'this topic' } },
        offset: finding.offset,
        properties: { ...about, ...changeProperty(insertion) },
      });
    } else if (insertion) {
      out.push({ messageId: 'supplier-clause', data: { by: byline([insertion]), finding: finding.message }, offset: finding.offset, properties: { ...about, ...changeProperty(insertion) } });
    } else if (deletions.length > 0) {
      // Words struck out ("niet", "uitsluitend") can turn a clause round.
      out.push({ messageId: 'supplier-clause-deleted', data: { by: byline(deletions), deleted: shortened(deletions.map((change) => change.text).join(' ... ')), finding: finding.message }, offset: finding.offset, properties: { ...about, ...changeProperty(deletions[0]) } });
    }
  }
  return out;
}

/** The deletions (and moved-away text) in a source paragraph. */
function deletionsIn(input: ChangeReviewInput, key: number): TrackedTextChange[] {
  const blocks = input.original.blocks.filter((block) => block.key === key).map((block) => block.offset);
  return input.changes.filter((change) => change.originalOffset && blocks.some((block) => overlaps(change.originalOffset, block)));
}

function shortened(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 77).trimEnd()}...`;
}

/** The blocks of the accepted reading that come from the same source places as the original's text at `offset`. */
function counterpart(input: ChangeReviewInput, offset: Offsets): Offsets[] {
  const keys = new Set(input.original.blocks.filter((block) => overlaps(block.offset, offset)).map((block) => block.key));
  return input.accepted.blocks.filter((block) => keys.has(block.key)).map((block) => block.offset);
}

function blockAt(reading: ReviewedReading, at: number): SourceBlock | undefined {
  return reading.blocks.find((block) => at >= block.offset[0] && at < block.offset[1]);
}

function overlaps(a: Offsets | undefined, b: Offsets): boolean {
  return a !== undefined && a[0] < b[1] && b[0] < a[1];
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function partName(part: CoveringPart): LocalizedText {
  return part.kind === 'article' ? { nl: `artikel ${part.label}`, en: `article ${part.label}` } : { nl: `bijlage ${part.label}`, en: `annex ${part.label}` };
}

/** "Leverancier B.V. (2025-03-14)", for each distinct author and day; "een onbekende auteur" when Word recorded none. */
function byline(changes: readonly TrackedTextChange[]): LocalizedText {
  const names = changes.length === 0 ? ['\u0000'] : [...new Set(changes.map((change) => `${change.author ?? '\u0000'}${change.date ? ` (${change.date.slice(0, 10)})` : ''}`))];
  const render = (unknown: string): string => names.map((name) => name.replace('\u0000', unknown)).join(', ');
  return { nl: render('een onbekende auteur'), en: render('an unknown author') };
}

function changeProperty(change: TrackedTextChange | undefined): { trackedChange?: { readonly [key: string]: string } } {
  if (!change) return {};
  return { trackedChange: { kind: change.kind, ...(change.author ? { author: change.author } : {}), ...(change.date ? { date: change.date } : {}) } };
}

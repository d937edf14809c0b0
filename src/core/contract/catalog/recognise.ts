/**
 * Does a contract article cover a topic of the clause catalog? Pure functions over the article's
 * heading and body text, so that rules, the checklist and tests share one answer.
 *
 * Scoping (what "within the same article or sub-clause" means):
 * - Heading: the article's title, without Markdown heading marks and without "Artikel 9" /
 *   "Article 9". One of the topic's `headings` patterns matching it is enough: a title states
 *   what the whole article is about.
 * - Body, with numbered sub-clauses ("9.1", "9.1.2"; or "1.", "2)" when the article has no
 *   dotted numbers): every pattern of one `body` group must occur in the same sub-clause. A
 *   sub-clause runs from its number to the next number of the same or a higher level, so "9.1"
 *   includes "9.1.1" and "9.1.2", and a lettered list ("a.", "b.") stays inside its sub-clause.
 *   Text before the first number (a lead-in) is a scope of its own.
 * - Body without numbered sub-clauses: the whole body is one scope.
 * Why not the whole article when it has sub-clauses: in a long article, two words from different
 * sub-clauses ("licht toe" in 9.2 on security measures, "Algoritme" in 9.7) meet by chance. Drafted
 * text repeats its nouns within a sub-clause, so requiring co-occurrence there costs little recall
 * and keeps stray words from counting.
 * - The definitions article ("Begrippen", "Definities", "Definitions") never covers a topic: a
 *   defined term ("Verwerkersovereenkomst: ...") is not an obligation.
 * What recognition does not judge: whether the article is well drafted or favourable. An article
 * in which the supplier refuses to explain still addresses explainability; other rules look at
 * refusals, reuse rights and effort wording at the exact sub-clause.
 *
 * Before matching, Markdown emphasis and code marks (`**`, `__`, `` ` ``) and soft hyphens are
 * removed from a scope, so "**ernstig** incident" reads as "ernstig incident".
 */
import { textKey } from '../../text/textKey';
import { gateOf, leadLiteralsOf, literalCount, occursIn, terms, WordPresence, type Gate, type WordIndex } from './patterns';
import type { ClauseTopic } from './types';

export interface BodyScope {
  /** The sub-clause number ("9.1"); absent for a lead-in or a body without sub-clauses. */
  number?: string;
  /** Offsets into the body text: [start, end). */
  offset: [number, number];
}

export type TopicEvidence =
  | { scope: 'heading' }
  | { scope: 'body'; clause?: string; offset: [number, number]; group: number };

// The sub-clause numbers that start a scope are what these expressions find (`numberAtLineStart`
// matches them without running them):
// DOTTED_NUMBER = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(\d+(?:\.\d+)+)\.?(?:\*\*|__)?(?=[ \t]+\S)/gm
// SIMPLE_NUMBER = /^[ \t]*(?:\*\*|__)?(\d{1,3})[.)](?:\*\*|__)?(?=[ \t]+\S)/gm (used when no line has a dotted number)

const ARTICLE_PREFIX = /^\s*#{0,6}\s*(?:artikel|article|art\.)\s*\d+[a-z]?\s*[.:–—-]?\s*/i;
const HEADING_MARKS = /^\s*#{1,6}\s*/;

const DEFINITIONS_HEADING = terms('begrippen', 'begripsbepaling*', 'definities', 'definitie', 'definitions?');

/** The heading's title without "##" and "Artikel 9". */
export function headingTitle(heading: string): string {
  return heading.replace(ARTICLE_PREFIX, '').replace(HEADING_MARKS, '').trim();
}

export function isDefinitionsHeading(heading: string): boolean {
  return occursIn(DEFINITIONS_HEADING, headingTitle(heading));
}

/** The body's scopes, as described in the module comment. */
export function bodyScopes(body: string, onlyNewlines = !OTHER_LINE_TERMINATOR.test(body)): BodyScope[] {
  let starts = numberedStarts(body, true, onlyNewlines);
  if (starts.length === 0) starts = numberedStarts(body, false, onlyNewlines);
  if (starts.length === 0) return [{ offset: [0, body.length] }];
  const scopes: BodyScope[] = [];
  if (body.slice(0, starts[0].at).trim() !== '') scopes.push({ offset: [0, starts[0].at] });
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i];
    let end = body.length;
    for (let j = i + 1; j < starts.length; j++) {
      if (starts[j].level <= start.level) {
        end = starts[j].at;
        break;
      }
    }
    scopes.push({ number: start.number, offset: [start.at, end] });
  }
  return scopes;
}

/**
 * The matches of DOTTED_NUMBER (`dotted`) or SIMPLE_NUMBER, multi-line patterns that start with `^`:
 * at the text's start and after each line terminator. Each line is tried there alone, by
 * `numberAtLineStart`, rather than scanned for: the same result for less.
 */
function numberedStarts(body: string, dotted: boolean, onlyNewlines: boolean): Array<{ number: string; level: number; at: number }> {
  const starts: Array<{ number: string; level: number; at: number }> = [];
  // Most bodies end their lines with "\n" alone (`onlyNewlines`): then `indexOf` finds each line's end.
  for (let lineStart = 0; lineStart <= body.length; ) {
    // Both patterns need a digit, a bullet or a bold marker after the indentation: other lines are skipped.
    let first = lineStart;
    while (first < body.length && (body.charCodeAt(first) === 32 || body.charCodeAt(first) === 9)) first++;
    const code = body.charCodeAt(first);
    if ((code >= 48 && code <= 57) || code === 45 || code === 42 || code === 43 || code === 95) {
      const end = numberAtLineStart(body, first, dotted);
      if (end !== -1) {
        const number = body.slice(numberStart, end);
        starts.push({ number, level: levelOf(number), at: lineStart });
      }
    }
    let next: number;
    if (onlyNewlines) {
      next = body.indexOf('\n', first);
      if (next === -1) next = body.length;
    } else {
      next = first;
      while (next < body.length && !isLineTerminator(body.charCodeAt(next))) next++;
    }
    lineStart = next + 1;
  }
  return starts;
}

/** Where the number found by the last successful `numberAtLineStart` starts. */
let numberStart = 0;

/**
 * What DOTTED_NUMBER (`dotted`) or SIMPLE_NUMBER finds on a line whose indentation ends at `at`,
 * without running the expression (its match arrays were a good part of recognition's garbage):
 * the end of the number it captures (which starts at `numberStart`), or -1 when it does not match.
 * Each part of the expressions has one way to match at most: a number is followed by a dot, a bold
 * marker or white space, never by what a shorter number would need, so no other path succeeds.
 */
function numberAtLineStart(body: string, at: number, dotted: boolean): number {
  let i = at;
  // `(?:[-*+][ \t]+)?`: a list bullet, for dotted numbers.
  if (dotted && isBullet(body.charCodeAt(i)) && isSpaceOrTab(body.charCodeAt(i + 1))) {
    i += 2;
    while (isSpaceOrTab(body.charCodeAt(i))) i++;
  }
  i = afterBoldMarker(body, i);
  const start = i;
  while (isDigit(body.charCodeAt(i))) i++;
  if (i === start) return -1;
  let end: number;
  if (dotted) {
    // `\d+(?:\.\d+)+\.?`
    let parts = 0;
    while (body.charCodeAt(i) === 46 && isDigit(body.charCodeAt(i + 1))) {
      i += 2;
      while (isDigit(body.charCodeAt(i))) i++;
      parts++;
    }
    if (parts === 0) return -1;
    end = i;
    if (body.charCodeAt(i) === 46) i++;
  } else {
    // `\d{1,3}[.)]`
    if (i - start > 3) return -1;
    end = i;
    const mark = body.charCodeAt(i);
    if (mark !== 46 && mark !== 41) return -1;
    i++;
  }
  i = afterBoldMarker(body, i);
  // `(?=[ \t]+\S)`
  if (!isSpaceOrTab(body.charCodeAt(i))) return -1;
  while (isSpaceOrTab(body.charCodeAt(i))) i++;
  if (i >= body.length || isWhiteSpace(body.charCodeAt(i))) return -1;
  numberStart = start;
  return end;
}

/** `(?:\*\*|__)?` at `at`: where it ends. */
function afterBoldMarker(body: string, at: number): number {
  const code = body.charCodeAt(at);
  return (code === 42 || code === 95) && body.charCodeAt(at + 1) === code ? at + 2 : at;
}

function isBullet(code: number): boolean {
  return code === 45 || code === 42 || code === 43;
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** What `\s` matches (`\S` is everything else, a lone surrogate included). */
function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const OTHER_LINE_TERMINATOR = /[\r\u2028\u2029]/;

/** How many parts a sub-clause number has: "9" 1, "9.1.2" 3. */
function levelOf(number: string): number {
  let level = 1;
  for (let i = 0; i < number.length; i++) if (number.charCodeAt(i) === 46) level++;
  return level;
}

function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

const MARKUP = /\*\*|__|`|\u00ad/g;
const HAS_MARKUP = new RegExp(MARKUP.source);

function normalise(text: string): string {
  return text.replace(MARKUP, '');
}

/** Evidence in a heading: one object for every article (evidence is shared and never changed). */
const HEADING_EVIDENCE: TopicEvidence = Object.freeze({ scope: 'heading' });

// Scratch word lookups, reused call after call (recognition is synchronous).
const headingWords = new WordPresence();
const scopeWords = new WordPresence();

/**
 * Where an article shows that it covers each of `topics` (in their order): its heading, or the first
 * matching body scope. One pass: the heading and each scope are prepared once for all topics, and
 * patterns whose words do not occur are not run (see the gates in `patterns.ts`).
 */
/** The body's place in a longer text whose words were looked up: `body` is `words.text` from `bodyStart`. */
export interface IndexedBody {
  words: WordIndex;
  bodyStart: number;
  /** True when the whole text ends its lines with "\n" alone (no "\r", U+2028 or U+2029); undefined when not known. */
  onlyNewlines?: boolean;
}

/** Whether a text ends its lines with "\n" alone (for `IndexedBody.onlyNewlines`). */
export function hasOnlyNewlines(text: string): boolean {
  return !OTHER_LINE_TERMINATOR.test(text);
}

function recognise(heading: string, body: string, topics: readonly ClauseTopic[], indexed?: IndexedBody): Array<TopicEvidence | undefined> {
  const evidence = new Array<TopicEvidence | undefined>(topics.length).fill(undefined);
  const bareTitle = headingTitle(heading);
  const title = normalise(bareTitle);
  if (title !== '') headingWords.of(title);
  // As `isDefinitionsHeading(heading)`, with the title made once: its words decide when removing
  // markup changed nothing.
  const definitions = title !== '' && title.length === bareTitle.length ? headingWords.occurs(DEFINITIONS_HEADING, title) : occursIn(DEFINITIONS_HEADING, bareTitle);
  if (definitions) return evidence;
  let open = topics.length;
  const plan = recognitionPlan(topics);
  if (title !== '') {
    const generation = markCandidates(plan, headingWords);
    const { candidates } = plan;
    for (let i = 0; i < topics.length; i++) {
      // A pattern that is no candidate cannot occur (`occurs` would say false without running it).
      const indexes = plan.headings[i];
      const patterns = topics[i].recognition.headings;
      for (let p = 0; p < patterns.length; p++) {
        if ((indexes[p] === -1 || candidates[indexes[p]] === generation) && occurs(headingWords, plan.headingGates[i][p], patterns[p], title)) {
          evidence[i] = HEADING_EVIDENCE;
          open--;
          break;
        }
      }
    }
  }
  if (open === 0) return evidence;
  // Without markup to remove, a scope's words are those of the text around it, and its text is
  // cut from the body only when a pattern has to run.
  const plainBody = indexed !== undefined && !HAS_MARKUP.test(body);
  for (const scope of bodyScopes(body, indexed?.onlyNewlines)) {
    let text: string | undefined;
    if (plainBody) scopeWords.ofIndexed(indexed.words, indexed.bodyStart + scope.offset[0], indexed.bodyStart + scope.offset[1]);
    else {
      const raw = body.slice(scope.offset[0], scope.offset[1]);
      text = normalise(raw);
      if (indexed && text.length === raw.length) scopeWords.ofIndexed(indexed.words, indexed.bodyStart + scope.offset[0], indexed.bodyStart + scope.offset[1]);
      else scopeWords.of(text);
    }
    // The patterns that may occur: those with a lead literal among the scope's words (and those without a list of them).
    const generation = markCandidates(plan, scopeWords);
    const { groupNumbers, groupNeeds, groupStamp, groupMet, topicStamp, alwaysPossible, bodyGates } = plan;
    for (let i = 0; i < topics.length; i++) {
      // A pattern that is no candidate cannot occur: a group with one cannot either (as `groupOccurs` would find).
      if (evidence[i] !== undefined || (topicStamp[i] !== generation && alwaysPossible[i] === 0)) continue;
      const groups = topics[i].recognition.body;
      const numbers = groupNumbers[i];
      let group = -1;
      for (let g = 0; g < groups.length; g++) {
        const number = numbers[g];
        const possible = groupNeeds[number] === 0 || (groupStamp[number] === generation && groupMet[number] === groupNeeds[number]);
        if (possible && groupOccurs(groups[g], bodyGates[i][g], text ?? body, text === undefined ? scope.offset : undefined)) {
          group = g;
          break;
        }
      }
      if (group === -1) continue;
      evidence[i] = { scope: 'body', ...(scope.number ? { clause: scope.number } : {}), offset: scope.offset, group };
      if (--open === 0) return evidence;
    }
  }
  return evidence;
}

/**
 * For the heading patterns and body groups of a topic list: each pattern's place among the
 * candidates (-1 for a pattern that is always tried), and per literal the patterns it leads. Made
 * once per topic list (and again should more literals become known).
 */
interface RecognitionPlan {
  literalCount: number;
  /** Per topic, per heading pattern: its index, or -1. */
  headings: number[][];
  /** The gates (`gateOf`) of the heading patterns and of the body groups' patterns, kept with the plan. */
  headingGates: Array<Array<Gate | undefined>>;
  bodyGates: Array<Array<Array<Gate | undefined>>>;
  /** Per literal id, the indexes of the patterns it is a lead literal of. */
  byLiteral: Array<number[] | undefined>;
  /** Per pattern index, the generation in which it was last found a candidate. */
  candidates: Int32Array;
  generation: number;
  /**
   * Body groups, numbered across all topics: per topic, per group, its number. A group is possible
   * in a generation when each of its patterns with an index is a candidate then: `groupMet` counts
   * them (valid when `groupStamp` is the generation) against `groupNeeds`.
   */
  groupNumbers: number[][];
  groupNeeds: Int32Array;
  groupStamp: Int32Array;
  groupMet: Int32Array;
  /** Per pattern index, the groups it is in (each once). */
  groupsOf: number[][];
  /** Per group, its topic's place in the list. */
  groupTopic: Int32Array;
  /** Per topic, the last generation in which one of its groups became possible. */
  topicStamp: Int32Array;
  /** Per topic, 1 when it has a group that is always possible (no pattern with an index). */
  alwaysPossible: Uint8Array;
}

const PLANS = new WeakMap<readonly ClauseTopic[], RecognitionPlan>();

function recognitionPlan(topics: readonly ClauseTopic[]): RecognitionPlan {
  const count = literalCount();
  let plan = PLANS.get(topics);
  if (plan && plan.literalCount === count) return plan;
  const byLiteral: Array<number[] | undefined> = new Array(count).fill(undefined);
  const indexOf = new Map<RegExp, number>();
  const place = (pattern: RegExp): number => {
    const leads = leadLiteralsOf(pattern);
    if (!leads) return -1;
    let index = indexOf.get(pattern);
    if (index === undefined) {
      index = indexOf.size;
      indexOf.set(pattern, index);
      for (const id of new Set(leads)) (byLiteral[id] ??= []).push(index);
    }
    return index;
  };
  const headings = topics.map((topic) => topic.recognition.headings.map(place));
  // Per topic, per group, per pattern: its index, or -1.
  const bodies = topics.map((topic) => topic.recognition.body.map((patterns) => patterns.map(place)));
  const groupsOf: number[][] = Array.from({ length: indexOf.size }, () => []);
  const needs: number[] = [];
  const groupTopic: number[] = [];
  const alwaysPossible = new Uint8Array(topics.length);
  const groupNumbers = bodies.map((groups, topic) =>
    groups.map((indexes) => {
      const group = needs.length;
      const distinct = new Set(indexes.filter((index) => index !== -1));
      for (const index of distinct) groupsOf[index].push(group);
      needs.push(distinct.size);
      groupTopic.push(topic);
      if (distinct.size === 0) alwaysPossible[topic] = 1;
      return group;
    }),
  );
  plan = {
    literalCount: count,
    headings,
    byLiteral,
    headingGates: topics.map((topic) => topic.recognition.headings.map(gateOf)),
    bodyGates: topics.map((topic) => topic.recognition.body.map((patterns) => patterns.map(gateOf))),
    candidates: new Int32Array(indexOf.size),
    generation: 0,
    groupNumbers,
    groupNeeds: Int32Array.from(needs),
    groupStamp: new Int32Array(needs.length),
    groupMet: new Int32Array(needs.length),
    groupsOf,
    groupTopic: Int32Array.from(groupTopic),
    topicStamp: new Int32Array(topics.length),
    alwaysPossible,
  };
  PLANS.set(topics, plan);
  return plan;
}

/**
 * Marks the patterns with a lead literal among the words as candidates, in a new generation
 * (returned), and counts per group how many of its patterns are: a group, and its topic, become
 * possible when all of them are.
 */
function markCandidates(plan: RecognitionPlan, words: WordPresence): number {
  const generation = ++plan.generation;
  const { candidates, byLiteral, groupsOf, groupNeeds, groupStamp, groupMet, groupTopic, topicStamp } = plan;
  const { present, presentCount } = words;
  for (let k = 0; k < presentCount; k++) {
    const patterns = byLiteral[present[k]];
    if (!patterns) continue;
    for (let p = 0; p < patterns.length; p++) {
      const pattern = patterns[p];
      if (candidates[pattern] === generation) continue;
      candidates[pattern] = generation;
      const groups = groupsOf[pattern];
      for (let g = 0; g < groups.length; g++) {
        const group = groups[g];
        if (groupStamp[group] !== generation) {
          groupStamp[group] = generation;
          groupMet[group] = 0;
        }
        if (++groupMet[group] === groupNeeds[group]) topicStamp[groupTopic[group]] = generation;
      }
    }
  }
  return generation;
}

const decisions: Array<boolean | undefined> = [];

/** Whether a pattern occurs in `text`, which `words` were made of: its gate (kept by the caller) decides first. */
function occurs(words: WordPresence, gate: Gate | undefined, pattern: RegExp, text: string): boolean {
  return (gate === undefined ? undefined : words.decideGate(gate)) ?? occursIn(pattern, text);
}

/**
 * Whether every pattern of a body group occurs in the scope text `scopeWords` was made of: the words
 * decide first, the patterns run only where they cannot. The scope is `text`, or the part of it
 * at `range` (cut only when a pattern runs).
 */
function groupOccurs(patterns: RegExp[], gates: ReadonlyArray<Gate | undefined>, text: string, range?: readonly [number, number]): boolean {
  if (patterns.length === 0) return false;
  for (let k = 0; k < patterns.length; k++) {
    const gate = gates[k];
    const decided = gate === undefined ? undefined : scopeWords.decideGate(gate);
    if (decided === false) return false;
    decisions[k] = decided;
  }
  let scope = range ? undefined : text;
  for (let k = 0; k < patterns.length; k++) {
    if (decisions[k] !== undefined) continue;
    scope ??= text.slice(range![0], range![1]);
    if (!occursIn(patterns[k], scope)) return false;
  }
  return true;
}

/** Where an article shows that it covers a topic: its heading, or the first matching body scope. */
export function findTopicEvidence(heading: string, body: string, topic: ClauseTopic): TopicEvidence | undefined {
  return recognise(heading, body, [topic])[0];
}

/** Whether an article (heading text and body text) covers a topic; see the module comment. */
export function articleCoversTopic(headingText: string, bodyText: string, topic: ClauseTopic): boolean {
  return findTopicEvidence(headingText, bodyText, topic) !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Recognition of all topics of a catalog per article, remembered by the article's text: after an
// edit, a re-lint recognises only the articles whose heading or body changed.

/** How many articles' recognitions are kept (per topic list): more than a long contract has. */
const RECOGNITION_CACHE_SIZE = 4096;

let recognitionCaches = new WeakMap<readonly ClauseTopic[], Map<number, ReadonlyArray<TopicEvidence | undefined>>>();

/**
 * A 53-bit key of the heading and the body (see `textKey`): it keeps no reference to the text, so a
 * cache entry never holds an old version of a document in memory.
 */
export function articleKey(heading: string, body: string): number {
  return textKey(body, 0, body.length, textKey(heading) % 0x100000000);
}

/**
 * Where an article covers each topic of `topics` (the same array every time: the catalog), as
 * `findTopicEvidence` would say for each. Remembered per article text in a small LRU cache.
 * The evidence is shared between callers: do not change it.
 */
export function recogniseTopics(
  heading: string,
  body: string,
  topics: readonly ClauseTopic[],
  indexed?: IndexedBody,
  key: number = articleKey(heading, body),
): ReadonlyArray<TopicEvidence | undefined> {
  const cached = remembered(key, topics);
  if (cached) return cached;
  const cache = recognitionCaches.get(topics)!;
  const evidence = recognise(heading, body, topics, indexed);
  cache.set(key, evidence);
  if (cache.size > RECOGNITION_CACHE_SIZE) cache.delete(cache.keys().next().value as number);
  return evidence;
}

/** What `recogniseTopics` remembers for the article, if it does (counting as a use). */
export function rememberedTopics(heading: string, body: string, topics: readonly ClauseTopic[], key: number = articleKey(heading, body)): ReadonlyArray<TopicEvidence | undefined> | undefined {
  return remembered(key, topics);
}

function remembered(key: number, topics: readonly ClauseTopic[]): ReadonlyArray<TopicEvidence | undefined> | undefined {
  let cache = recognitionCaches.get(topics);
  if (!cache) recognitionCaches.set(topics, (cache = new Map()));
  const cached = cache.get(key);
  if (cached) {
    cache.delete(key);
    cache.set(key, cached);
  }
  return cached;
}

/** Forgets remembered recognitions (for measurements of a cold lint, and for tests). */
export function clearRecognitionCache(): void {
  recognitionCaches = new WeakMap();
}

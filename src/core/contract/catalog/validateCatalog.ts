/**
 * A runtime check of a clause catalog (the built-in one, or one a later version lets users
 * extend), so that every front door can rely on its shape: ids, texts in both languages, dated
 * sources, recognition patterns that keep no state, unique snippet prefixes, and model clauses
 * that are valid snippets with concrete terms.
 */
import type { RiskProfile } from '../../config/config';
import { LANGUAGES, type LocalizedText } from '../../finding';
import { countWords, splitSentences } from '../../text/readability';
import { modelClauseParagraphs } from './modelClause';
import { AI_ACT_APPLICATION_DATES } from './sources';
import { parseSnippet } from './snippet';
import { TOPIC_IDS, type CatalogSource, type ClauseTopic } from './types';

export interface CatalogProblem {
  /** The topic the problem is in, when it is in one. */
  topic?: string;
  /** Where in the entry: `sources[2].date`, `modelClause.body.nl`. */
  path: string;
  message: string;
}

/**
 * Effort wording: promises to try rather than to deliver, and terms without a number. Model
 * clauses must not contain them; a contract rule can flag the same list in contracts.
 */
export const EFFORT_WORDING: readonly RegExp[] = [
  /\bzo (?:spoedig|snel|veel|goed) mogelijk\b/iu,
  /\bzoveel mogelijk\b/iu,
  /\bnaar (?:beste|zijn beste|haar beste) vermogen\b/iu,
  /\bbinnen (?:een )?redelijke (?:termijn|tijd)\b/iu,
  /\bin redelijkheid\b/iu,
  /\bredelijke inspanning(?:en)?\b/iu,
  /\binspanningsverplichting\b/iu,
  /\bspant zich in\b|\bzich inspannen\b|\bzal zich inspannen\b/iu,
  /\b(?:indien|waar|voor zover) mogelijk\b/iu,
  /\bzonder onredelijke vertraging\b/iu,
  /\bas soon as (?:reasonably )?(?:possible|practicable)\b/iu,
  /\basap\b/iu,
  /\b(?:best|reasonable|commercially reasonable|all reasonable) (?:efforts|endeavou?rs)\b/iu,
  /\bendeavou?r to\b/iu,
  /\bwithin a reasonable (?:time|period|term)\b/iu,
  /\bwithout undue delay\b/iu,
  /\b(?:where|if|to the extent|as far as) (?:reasonably )?(?:possible|practicable)\b/iu,
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PROFILES: readonly RiskProfile[] = ['hoog-risico', 'impactvol', 'overig'];
const SOURCE_KINDS: readonly CatalogSource['kind'][] = ['gibit', 'mcc-ai', 'ai-act', 'gdpr', 'bio', 'other'];
/** The AI Act entered into force on this day; nothing in it applies earlier. */
const AI_ACT_IN_FORCE = '2024-08-01';
const MAX_WORDS_PER_SENTENCE = 25;
const MIN_SUB_CLAUSES = 2;
const MAX_SUB_CLAUSES = 5;
const SNIPPET_PREFIX = { nl: /^artikel-[a-z0-9]+(?:-[a-z0-9]+)*$/, en: /^clause-[a-z0-9]+(?:-[a-z0-9]+)*$/ };

export function validateCatalog(catalog: readonly ClauseTopic[]): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  checkIds(catalog, problems);
  checkSnippetPrefixes(catalog, problems);
  for (const topic of catalog) {
    const report = (path: string, message: string): void => {
      problems.push({ topic: topic.id, path, message });
    };
    checkText(topic.title, 'title', report, false);
    checkText(topic.explanation, 'explanation', report, true);
    checkSources(topic.sources, report);
    checkProfiles(topic.profiles, report);
    checkRecognition(topic, report);
    checkModelClause(topic, report);
    topic.coveredByConditions.forEach((entry, i) => {
      if (!entry.conditions.trim() || !entry.article.trim()) report(`coveredByConditions[${i}]`, 'names no conditions or no article');
    });
  }
  return problems;
}

type Report = (path: string, message: string) => void;

function checkIds(catalog: readonly ClauseTopic[], problems: CatalogProblem[]): void {
  const seen = new Map<string, number>();
  for (const topic of catalog) seen.set(topic.id, (seen.get(topic.id) ?? 0) + 1);
  for (const [id, count] of seen) {
    if (count > 1) problems.push({ topic: id, path: 'id', message: `id "${id}" occurs ${count} times` });
    if (!(TOPIC_IDS as readonly string[]).includes(id)) problems.push({ topic: id, path: 'id', message: `id "${id}" is not one of TOPIC_IDS` });
  }
  for (const id of TOPIC_IDS) {
    if (!seen.has(id)) problems.push({ topic: id, path: 'id', message: `topic "${id}" is missing` });
  }
  const order = catalog.map((topic) => topic.id).filter((id) => (TOPIC_IDS as readonly string[]).includes(id));
  const expected = TOPIC_IDS.filter((id) => order.includes(id));
  if (order.join() !== expected.join()) problems.push({ path: 'id', message: 'topics are not in the order of TOPIC_IDS' });
}

function checkSnippetPrefixes(catalog: readonly ClauseTopic[], problems: CatalogProblem[]): void {
  const owners = new Map<string, string>();
  for (const topic of catalog) {
    for (const language of LANGUAGES) {
      const prefix = topic.snippetPrefix[language];
      const path = `snippetPrefix.${language}`;
      if (!SNIPPET_PREFIX[language].test(prefix)) {
        problems.push({ topic: topic.id, path, message: `"${prefix}" does not have the form ${SNIPPET_PREFIX[language].source}` });
      }
      const owner = owners.get(prefix);
      if (owner !== undefined) problems.push({ topic: topic.id, path, message: `"${prefix}" is also the prefix of ${owner}` });
      else owners.set(prefix, `${topic.id} (${language})`);
    }
  }
}

function checkText(text: LocalizedText, path: string, report: Report, plainSentences: boolean): void {
  for (const language of LANGUAGES) {
    const value = text?.[language];
    if (typeof value !== 'string' || value.trim() === '') {
      report(`${path}.${language}`, 'is empty');
      continue;
    }
    if (!plainSentences) continue;
    for (const sentence of splitSentences(value)) {
      const words = countWords(sentence.text);
      if (words > MAX_WORDS_PER_SENTENCE) report(`${path}.${language}`, `sentence of ${words} words (at most ${MAX_WORDS_PER_SENTENCE}): "${sentence.text}"`);
    }
  }
}

function isIsoDate(value: string | undefined): boolean {
  const match = ISO_DATE.exec(value ?? '');
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkSources(sources: readonly CatalogSource[], report: Report): void {
  if (sources.length === 0) report('sources', 'cites no source');
  sources.forEach((source, i) => {
    const path = `sources[${i}]`;
    if (!SOURCE_KINDS.includes(source.kind)) report(`${path}.kind`, `unknown kind "${String(source.kind)}"`);
    checkText(source.title, `${path}.title`, report, false);
    if (!source.version?.trim()) report(`${path}.version`, 'is empty');
    if (!isIsoDate(source.date)) report(`${path}.date`, `"${source.date}" is not an ISO date (YYYY-MM-DD)`);
    if (source.appliesFrom !== undefined && !isIsoDate(source.appliesFrom)) {
      report(`${path}.appliesFrom`, `"${source.appliesFrom}" is not an ISO date (YYYY-MM-DD)`);
    }
    if (source.kind === 'ai-act') {
      if (!source.article?.trim()) report(`${path}.article`, 'an AI Act source names its article');
      if (source.appliesFrom === undefined) report(`${path}.appliesFrom`, 'an AI Act source says from when the article applies');
      else if (source.appliesFrom < AI_ACT_IN_FORCE || !AI_ACT_APPLICATION_DATES.includes(source.appliesFrom)) {
        report(`${path}.appliesFrom`, `${source.appliesFrom} is not one of the AI Act's application dates (${AI_ACT_APPLICATION_DATES.join(', ')})`);
      }
    }
    if (source.kind === 'gdpr' && !source.article?.trim()) {
      report(`${path}.article`, 'a GDPR source names its article');
    }
    if (source.kind === 'gibit') {
      // GIBIT is cited by theme: the catalog has no checked copy of the conditions' article numbers.
      if (!source.article?.trim()) report(`${path}.article`, 'a GIBIT source names its theme');
      else if (/^\s*(?:art(?:ikel|\.)?\s*)?\d/i.test(source.article)) report(`${path}.article`, `"${source.article}" looks like an article number; cite GIBIT by theme`);
    }
  });
}

function checkProfiles(profiles: readonly RiskProfile[], report: Report): void {
  if (profiles.length === 0) report('profiles', 'names no risk profile');
  const unique = new Set(profiles);
  if (unique.size !== profiles.length) report('profiles', 'names a profile twice');
  for (const profile of profiles) if (!PROFILES.includes(profile)) report('profiles', `unknown profile "${String(profile)}"`);
}

function checkRecognition(topic: ClauseTopic, report: Report): void {
  const { headings, body } = topic.recognition;
  if (headings.length === 0) report('recognition.headings', 'has no pattern');
  if (body.length === 0) report('recognition.body', 'has no group');
  const checkPattern = (pattern: RegExp, path: string): void => {
    if (!(pattern instanceof RegExp)) {
      report(path, 'is not a regular expression');
      return;
    }
    // A `g` or `y` pattern keeps `lastIndex` between calls of `test`: the same text could then match once and not the next time.
    if (pattern.global || pattern.sticky) report(path, `has the stateful flag "${pattern.flags}"`);
    if (!pattern.ignoreCase) report(path, 'does not ignore case');
    if (new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')).test('')) report(path, 'matches an empty text, so it matches every text');
  };
  headings.forEach((pattern, i) => checkPattern(pattern, `recognition.headings[${i}]`));
  body.forEach((group, i) => {
    if (group.length === 0) report(`recognition.body[${i}]`, 'is an empty group');
    group.forEach((pattern, j) => checkPattern(pattern, `recognition.body[${i}][${j}]`));
  });
}

function checkModelClause(topic: ClauseTopic, report: Report): void {
  const { heading, body } = topic.modelClause;
  checkText(heading, 'modelClause.heading', report, false);
  checkText(body, 'modelClause.body', report, false);
  for (const language of LANGUAGES) {
    const headingText = heading?.[language] ?? '';
    if (/[$]/.test(headingText)) report(`modelClause.heading.${language}`, 'contains a tab stop; the heading is plain text');
    if (/^\s*(?:artikel|article)\s+\d/i.test(headingText)) report(`modelClause.heading.${language}`, 'starts with an article number; the snippet adds it');
    const snippet = body?.[language] ?? '';
    const path = `modelClause.body.${language}`;
    const parsed = parseSnippet(snippet);
    for (const problem of parsed.problems) report(path, problem);
    const count = modelClauseParagraphs(snippet).length;
    if (count < MIN_SUB_CLAUSES || count > MAX_SUB_CLAUSES) report(path, `has ${count} sub-clauses (${MIN_SUB_CLAUSES} to ${MAX_SUB_CLAUSES})`);
    if (/^\s*\d+(?:\.\d+)*[.)]?\s/m.test(snippet)) report(path, 'numbers its sub-clauses; the snippet numbers them');
    for (const pattern of EFFORT_WORDING) {
      const match = pattern.exec(parsed.text);
      if (match) report(path, `contains effort wording "${match[0]}"; name a concrete term`);
    }
    checkTabStops(parsed.tabStops.map((stop) => stop.index), path, report);
  }
}

/** Tab stops 1..n, each number used, none skipped; first uses in ascending order, so Tab moves forward. */
function checkTabStops(indexes: number[], path: string, report: Report): void {
  const numbered = indexes.filter((index) => index !== 0);
  const distinct = [...new Set(numbered)];
  const sorted = [...distinct].sort((a, b) => a - b);
  if (sorted.some((index, i) => index !== i + 1)) {
    report(path, `tab stops are not numbered 1 to ${sorted.length} without gaps: ${sorted.join(', ')}`);
  }
  if (distinct.join() !== sorted.join()) report(path, `tab stops first appear in the order ${distinct.join(', ')}, not in ascending order`);
}

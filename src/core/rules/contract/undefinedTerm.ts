import { getProperty } from '../../document/model';
import type { ContractModel, Offsets } from '../../contract/model';
import { proseSegments } from '../../contract/proseText';
import type { ContractRule } from '../../rule';

/**
 * Terms that GIBIT-style contracts use as defined terms. Used with a capital in the middle of a
 * sentence, one of these is a defined term even when it occurs once.
 */
const KNOWN_CONTRACT_TERMS = new Set([
  'opdrachtgever', 'opdrachtnemer', 'leverancier', 'overeenkomst', 'programmatuur', 'dienst', 'diensten', 'gegevens', 'documentatie',
  'algoritme', 'oplossing', 'gebruiker', 'gebruikers', 'datalek', 'storing', 'acceptatietest', 'exitplan', 'verwerkersovereenkomst',
  'partij', 'partijen', 'werkdag', 'werkdagen', 'broncode', 'beveiligingsincident', 'prestatie', 'prestaties', 'leverdatum',
  'customer', 'supplier', 'agreement', 'service', 'services', 'deliverables', 'documentation', 'software', 'party', 'parties',
  'algorithm', 'incident', 'exit plan', 'business day', 'working day', 'data',
]);

/** Capitalised words that are names of laws, places, languages or calendar words, not defined terms. */
const COMMON_NAMES = new Set([
  'nederland', 'nederlands', 'nederlandse', 'europese', 'europa', 'unie', 'engels', 'engelse', 'english', 'dutch', 'european', 'union',
  'netherlands', 'verordening', 'regulation', 'wet', 'act', 'god', 'staat', 'rijk', 'koninkrijk', 'minister', 'ministerie',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'i',
]);

/** Words that name a part of a document when a number or letter follows: "Artikel 7", "Schedule 1". */
const PART_WORDS = /^(?:artikel|artikelen|article|articles|art|bijlage|bijlagen|annex|annexes|schedule|schedules|clause|clauses|section|sections|lid|paragraph|appendix|hoofdstuk|chapter|deel|part)$/i;

const CAPITALISED_RUN = /\p{Lu}[\p{Ll}\p{Lu}’'-]*(?:[ \t]+\p{Lu}[\p{Ll}\p{Lu}’'-]*)*/gu;
const CAPITALISED_RUN_AT = new RegExp(CAPITALISED_RUN.source, 'uy');
const UPPER_CASE_POINT = /^\p{Lu}$/u;

/**
 * What `text.matchAll(CAPITALISED_RUN)` finds, faster: a run starts at a capital and always matches
 * there, so capitals are found by a loop over the code points (letters A-Z without an expression)
 * and the expression runs only from each of them.
 */
export function* capitalisedRuns(text: string): Generator<{ index: number; text: string }> {
  let i = 0;
  while (i < text.length) {
    const point = text.codePointAt(i)!;
    const upper = point < 128 ? point >= 65 && point <= 90 : UPPER_CASE_POINT.test(String.fromCodePoint(point));
    if (!upper) {
      i += point > 0xffff ? 2 : 1;
      continue;
    }
    CAPITALISED_RUN_AT.lastIndex = i;
    const match = CAPITALISED_RUN_AT.exec(text)!;
    yield { index: i, text: match[0] };
    i = CAPITALISED_RUN_AT.lastIndex;
  }
}
const SENTENCE_END = /[.!?:;|]$/;
const LINE_START_MARKER = /(?:^|\n)[ \t>]*(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[-*+]|[a-zA-Z][.)]|\([a-zA-Z0-9]{1,4}\))?[ \t]*$/;
const INLINE_DEFINITION = [
  /\bhierna(?:[ \t]+te[ \t]+noemen)?[ \t]*[:,]?[ \t]*(?:de[ \t]+|het[ \t]+)?[“"‘'*_]*(\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)*)/gu,
  /\((?:hereinafter[ \t]+(?:referred[ \t]+to[ \t]+as[ \t]+)?|hierna[ \t]*:?[ \t]*)?(?:the[ \t]+|de[ \t]+|het[ \t]+)?[“"‘'*_]*(\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)*)[”"’'*_]*\)/gu,
];

/** A run (which never starts or ends with white space) of more than one word. */
const SPACE_OR_TAB = /[ \t]/;

/** What each of `INLINE_DEFINITION` starts with, as written (the patterns do not ignore case). */
const INLINE_DEFINITION_START = ['hierna', '('];

interface Occurrence {
  text: string;
  offset: Offsets;
}

const TERM_ENDINGS = ['s', 'en', 'n', 'e', 'es'];

/**
 * The defined terms in their usual forms: as written, and with a plural or possessive ending, both
 * ways ("Gegevens" also answers "Gegeven"). Built once per contract, so that each capitalised
 * word in a long contract is one set lookup rather than a comparison with every term.
 */
class DefinedTerms {
  /** Every form of every term (`termForms`): a used word is one lookup. */
  private readonly forms: Set<string>;

  constructor(terms: readonly string[]) {
    this.forms = new Set(terms.flatMap(termForms));
  }

  /** The word, in lower case and without a possessive, is a term, or a term with or without an ending. */
  has(used: string): boolean {
    return this.forms.has(used.toLowerCase().replace(/[’']s$/, ''));
  }
}

const OPENING_CHARACTER = /[\s*_“"‘'([]/u;
const OPENING_MARK = /[*_“"‘'([]/u;

/** Looks back only over what precedes `at` on its line (a long paragraph costs no more per word). */
function isSentenceInitial(text: string, segmentStart: number, at: number): boolean {
  let end = at;
  while (end > segmentStart && OPENING_CHARACTER.test(text[end - 1])) end--;
  if (end === segmentStart || SENTENCE_END.test(text[end - 1])) return true;
  end = at;
  while (end > segmentStart && OPENING_MARK.test(text[end - 1])) end--;
  const lineStart = Math.max(segmentStart, text.lastIndexOf('\n', end - 1) + 1);
  return LINE_START_MARKER.test(text.slice(Math.min(lineStart, end), end));
}

/** Capitalised word runs in the prose, outside headings and the definitions article, that are not at a sentence start. */
function capitalisedUses(contract: ContractModel, isDefinedTerm: (run: string) => boolean): Occurrence[] {
  const { text } = contract;
  // Headings do not overlap: sorted by start, the one that could hold a place is found by bisection.
  const headings: Offsets[] = [...contract.articles.map((article) => article.headingOffset), ...contract.annexes.map((annex) => annex.headingOffset)]
    .sort((a, b) => a[0] - b[0]);
  const definitions = contract.definitions?.article.offset;
  const inHeading = (at: number): boolean => {
    let low = 0;
    let high = headings.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (headings[mid][0] <= at) low = mid + 1;
      else high = mid - 1;
    }
    return high >= 0 && at < headings[high][1];
  };
  const uses: Occurrence[] = [];
  for (const [start, end] of proseSegments(contract)) {
    if (/^[ \t]*#/.test(text.slice(start, Math.min(end, start + 8)))) continue;
    if ((definitions && start >= definitions[0] && start < definitions[1]) || inHeading(start)) continue;
    const segment = text.slice(start, end);
    for (const match of capitalisedRuns(segment)) {
      let at = start + match.index;
      let run = match.text;
      if (isSentenceInitial(text, start, at) && !isDefinedTerm(run)) {
        // "De Opdrachtgever ...": the first word has its capital from the sentence, the rest from the term.
        const rest = /^\S+[ \t]+/.exec(run);
        if (!rest) continue;
        at += rest[0].length;
        run = run.slice(rest[0].length);
      }
      const after = text.slice(at + run.length, at + run.length + 4);
      if (/^[ \t]*[\dIVX]/.test(after) && PART_WORDS.test(run.split(/[ \t]+/).pop() ?? '')) continue;
      uses.push({ text: run, offset: [at, at + run.length] });
    }
  }
  return uses;
}

function partyWords(contract: ContractModel): Set<string> {
  const words = new Set<string>();
  for (const key of ['leverancier', 'supplier', 'opdrachtgever', 'customer', 'buyer', 'koper', 'titel', 'title']) {
    const value = getProperty(contract.frontMatter?.root, key)?.value;
    if (value?.kind === 'scalar' && typeof value.value === 'string') for (const word of value.value.split(/[\s,.()]+/)) words.add(word.toLowerCase());
  }
  return words;
}

function inlineDefinitions(contract: ContractModel): string[] {
  const terms: string[] = [];
  for (const [start, end] of proseSegments(contract)) {
    const segment = contract.text.slice(start, end);
    INLINE_DEFINITION.forEach((pattern, i) => {
      // Without the text each pattern starts with, it cannot match: most segments are not searched.
      if (segment.includes(INLINE_DEFINITION_START[i])) for (const match of segment.matchAll(pattern)) terms.push(match[1]);
    });
  }
  return terms;
}

export const undefinedTermRule: ContractRule = {
  meta: {
    id: 'contract/undefined-term',
    alias: 'defined-terms',
    defaultSeverity: 'warning',
    tags: ['contract', 'drafting'],
    description: {
      nl: 'Begrippen met een hoofdletter staan in het artikel met begrippen, en elk begrip daar wordt ook gebruikt.',
      en: 'Capitalised terms are defined in the definitions article, and every term defined there is used.',
    },
    sources: [
      { title: { nl: 'GIBIT 2023, artikel 1 (begrippen)', en: 'GIBIT 2023, Article 1 (definitions)' }, url: 'https://www.digitaleoverheid.nl/overzicht-van-alle-onderwerpen/gibit/' },
    ],
    fixable: false,
  },
  check(context) {
    const { contract, bundle } = context;
    // An annex kept in a separate file uses the contract's defined terms.
    const main = context.documentRole === 'annex-file' ? bundle.main : undefined;
    // Without a definitions article a contract does not work with defined terms; nothing to hold it to.
    if (!contract.definitions && !main?.definitions) return;
    const defined = [
      ...(contract.definitions?.terms ?? []).map((term) => term.term),
      ...inlineDefinitions(contract),
      ...(main ? [...(main.definitions?.terms ?? []).map((term) => term.term), ...inlineDefinitions(main)] : []),
    ];
    const parties = partyWords(contract);
    if (main) for (const word of partyWords(main)) parties.add(word);
    const terms = new DefinedTerms(defined);
    const isDefinedTerm = (run: string): boolean => terms.has(run);
    const isDefined = (run: string): boolean => terms.has(run) || run.split(/[ \t]+/).some((word) => terms.has(word));
    const uses = capitalisedUses(contract, isDefinedTerm);
    const undefinedUses = new Map<string, Occurrence[]>();
    for (const use of uses) {
      // Runs of several capitalised words are mostly names ("Autoriteit Persoonsgegevens"); only single words are judged.
      if (SPACE_OR_TAB.test(use.text)) continue;
      const word = use.text.replace(/[’']s$/, '');
      const lower = word.toLowerCase();
      if (word === word.toUpperCase() || COMMON_NAMES.has(lower) || parties.has(lower) || isDefined(word)) continue;
      const list = undefinedUses.get(lower) ?? [];
      list.push({ text: word, offset: use.offset });
      undefinedUses.set(lower, list);
    }
    // Only these words' lower-case use decides anything: the text is searched for them alone.
    const askedLowerCase = new Set<string>();
    for (const [lower, occurrences] of undefinedUses) if (occurrences.length >= 2 && !KNOWN_CONTRACT_TERMS.has(lower)) askedLowerCase.add(lower);
    const lowerCaseWords = lowerCaseWordsAmong(contract.text, askedLowerCase);
    for (const [lower, occurrences] of undefinedUses) {
      const known = KNOWN_CONTRACT_TERMS.has(lower);
      const commonNoun = occurrences.length >= 2 && lowerCaseWords.has(lower);
      if (!known && !commonNoun) continue;
      const first = occurrences[0];
      context.report({ messageId: 'undefined', data: { term: first.text, count: occurrences.length }, offset: first.offset, properties: { term: first.text } });
    }

    if (context.documentRole !== 'contract' || !contract.definitions) return;
    const usedRuns = uses.map((use) => use.text);
    // Each run as `DefinedTerms.has` reads it, once: a term's forms are then looked up rather than
    // compared with every run (which took time in the square of a long contract's length).
    const usedWords = new Set(usedRuns.map((run) => run.toLowerCase().replace(/[’']s$/, '')));
    const joinedRuns = usedRuns.join('\n');
    for (const term of contract.definitions.terms) {
      const used = termForms(term.term).some((form) => usedWords.has(form))
        || (term.term.includes('\n') ? usedRuns.some((run) => run.includes(term.term)) : joinedRuns.includes(term.term))
        || usedOutsideDefinitions(contract, term.term)
        || bundle.annexFiles.some((annex) => usedOutsideDefinitions(annex.contract, term.term));
      if (!used) context.report({ messageId: 'unused', data: { term: term.term }, offset: term.offset, severity: 'info', properties: { term: term.term } });
    }
  },
};

/** Lower-case words: what `text.match(LOWER_CASE_WORD)` finds, `lowerCaseWordsAmong` finds faster. */
export const LOWER_CASE_WORD = /(?<![\p{L}])\p{Ll}[\p{Ll}-]+/gu;

const LETTER_CODE_POINT = /^\p{L}$/u;
const LOWER_CASE_CODE_POINT = /^\p{Ll}$/u;

function isLetterPoint(point: number): boolean {
  if (point < 128) return (point >= 97 && point <= 122) || (point >= 65 && point <= 90);
  return LETTER_CODE_POINT.test(String.fromCodePoint(point));
}

function isLowerCasePoint(point: number): boolean {
  if (point < 128) return point >= 97 && point <= 122;
  return LOWER_CASE_CODE_POINT.test(String.fromCodePoint(point));
}

/** The code point that ends just before `index`, or -1 at the start. */
function pointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2)!;
  }
  return low;
}

const inWordRun = (point: number): boolean => point === 45 /* - */ || isLowerCasePoint(point);

/**
 * Which of `asked` are among `text.match(LOWER_CASE_WORD)`, in one pass over the code points that
 * does what that scan does (a lower-case letter after no letter, with more lower-case letters or
 * hyphens after it, starts a word that runs as far as they do) without collecting every word.
 */
export function lowerCaseWordsAmong(text: string, asked: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  if (asked.size === 0) return found;
  const lengths = new Set([...asked].map((word) => word.length));
  let i = 0;
  while (i < text.length) {
    const point = text.codePointAt(i)!;
    const size = point > 0xffff ? 2 : 1;
    if (isLowerCasePoint(point) && (i === 0 || !isLetterPoint(pointBefore(text, i)))) {
      let end = i + size;
      if (end < text.length && inWordRun(text.codePointAt(end)!)) {
        while (end < text.length) {
          const next = text.codePointAt(end)!;
          if (!inWordRun(next)) break;
          end += next > 0xffff ? 2 : 1;
        }
        if (lengths.has(end - i)) {
          const word = text.slice(i, end);
          if (asked.has(word)) found.add(word);
        }
        i = end;
        continue;
      }
    }
    i += size;
  }
  return found;
}

/**
 * The words that stand for a term (after lower case and without a possessive): the term itself,
 * the term with an ending ("Gegeven" + "s"), and the term without one ("Gegevens" - "s").
 */
function termForms(term: string): string[] {
  const lower = term.toLowerCase();
  const forms = [lower];
  for (const ending of TERM_ENDINGS) {
    if (lower.length > 0) forms.push(lower + ending);
    if (lower.endsWith(ending)) forms.push(lower.slice(0, lower.length - ending.length));
  }
  return forms;
}

/** Whether a defined term occurs, with its capital, anywhere outside the definitions article (also at a sentence start). */
function usedOutsideDefinitions(contract: ContractModel, term: string): boolean {
  const definitions = contract.definitions?.article.offset ?? [0, 0];
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}])${escaped}(?:s|en|n|e|es|[’']s)?(?![\\p{L}])`, 'gu');
  for (const [start, end] of proseSegments(contract)) {
    if (start >= definitions[0] && start < definitions[1]) continue;
    pattern.lastIndex = 0;
    if (pattern.test(contract.text.slice(start, end))) return true;
  }
  return false;
}

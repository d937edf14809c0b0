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
const SENTENCE_END = /[.!?:;|]$/;
const LINE_START_MARKER = /(?:^|\n)[ \t>]*(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[-*+]|[a-zA-Z][.)]|\([a-zA-Z0-9]{1,4}\))?[ \t]*$/;
const INLINE_DEFINITION = [
  /\bhierna(?:[ \t]+te[ \t]+noemen)?[ \t]*[:,]?[ \t]*(?:de[ \t]+|het[ \t]+)?[“"‘'*_]*(\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)*)/gu,
  /\((?:hereinafter[ \t]+(?:referred[ \t]+to[ \t]+as[ \t]+)?|hierna[ \t]*:?[ \t]*)?(?:the[ \t]+|de[ \t]+|het[ \t]+)?[“"‘'*_]*(\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)*)[”"’'*_]*\)/gu,
];

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
  private readonly terms: Set<string>;

  constructor(terms: readonly string[]) {
    this.terms = new Set(terms.map((term) => term.toLowerCase()));
  }

  has(used: string): boolean {
    const word = used.toLowerCase().replace(/[’']s$/, '');
    if (this.terms.has(word)) return true;
    for (const ending of TERM_ENDINGS) {
      if (this.terms.has(word + ending)) return true;
      if (word.length > ending.length && word.endsWith(ending) && this.terms.has(word.slice(0, -ending.length))) return true;
    }
    return false;
  }
}

function isSentenceInitial(text: string, segmentStart: number, at: number): boolean {
  const before = text.slice(segmentStart, at).replace(/[\s*_“"‘'([]+$/u, '');
  if (before === '' || SENTENCE_END.test(before)) return true;
  return LINE_START_MARKER.test(text.slice(segmentStart, at).replace(/[*_“"‘'([]+$/u, ''));
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
    for (const match of segment.matchAll(CAPITALISED_RUN)) {
      let at = start + (match.index ?? 0);
      let run = match[0];
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
    for (const pattern of INLINE_DEFINITION) for (const match of segment.matchAll(pattern)) terms.push(match[1]);
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
    const { contract } = context;
    // Without a definitions article a contract does not work with defined terms; nothing to hold it to.
    if (!contract.definitions) return;
    const defined = [...contract.definitions.terms.map((term) => term.term), ...inlineDefinitions(contract)];
    const parties = partyWords(contract);
    const lowerCaseWords = new Set((contract.text.match(/(?<![\p{L}])\p{Ll}[\p{Ll}-]+/gu) ?? []));
    const terms = new DefinedTerms(defined);
    const isDefinedTerm = (run: string): boolean => terms.has(run);
    const isDefined = (run: string): boolean => terms.has(run) || run.split(/[ \t]+/).some((word) => terms.has(word));
    const uses = capitalisedUses(contract, isDefinedTerm);
    const undefinedUses = new Map<string, Occurrence[]>();
    for (const use of uses) {
      const words = use.text.split(/[ \t]+/);
      // Runs of several capitalised words are mostly names ("Autoriteit Persoonsgegevens"); only single words are judged.
      if (words.length !== 1) continue;
      const word = use.text.replace(/[’']s$/, '');
      const lower = word.toLowerCase();
      if (word === word.toUpperCase() || COMMON_NAMES.has(lower) || parties.has(lower) || isDefined(word)) continue;
      const list = undefinedUses.get(lower) ?? [];
      list.push({ text: word, offset: use.offset });
      undefinedUses.set(lower, list);
    }
    for (const [lower, occurrences] of undefinedUses) {
      const known = KNOWN_CONTRACT_TERMS.has(lower);
      const commonNoun = occurrences.length >= 2 && lowerCaseWords.has(lower);
      if (!known && !commonNoun) continue;
      const first = occurrences[0];
      context.report({ messageId: 'undefined', data: { term: first.text, count: occurrences.length }, offset: first.offset, properties: { term: first.text } });
    }

    const usedRuns = uses.map((use) => use.text);
    for (const term of contract.definitions.terms) {
      const forms = new DefinedTerms([term.term]);
      const used = usedRuns.some((run) => forms.has(run) || run.includes(term.term)) || usedOutsideDefinitions(contract, term.term);
      if (!used) context.report({ messageId: 'unused', data: { term: term.term }, offset: term.offset, severity: 'info', properties: { term: term.term } });
    }
  },
};

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

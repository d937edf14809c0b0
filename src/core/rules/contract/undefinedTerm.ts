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

/** A term's usual forms: as written, and with a plural or possessive ending, both ways. */
function sameTerm(used: string, defined: string): boolean {
  const a = used.toLowerCase().replace(/[’']s$/, '');
  const b = defined.toLowerCase();
  if (a === b) return true;
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.startsWith(shorter) && longer.length - shorter.length <= 2 && /^(?:s|en|n|e|es)$/.test(longer.slice(shorter.length));
}

function isSentenceInitial(text: string, segmentStart: number, at: number): boolean {
  const before = text.slice(segmentStart, at).replace(/[\s*_“"‘'([]+$/u, '');
  if (before === '' || SENTENCE_END.test(before)) return true;
  return LINE_START_MARKER.test(text.slice(segmentStart, at).replace(/[*_“"‘'([]+$/u, ''));
}

/** Capitalised word runs in the prose, outside headings and the definitions article, that are not at a sentence start. */
function capitalisedUses(contract: ContractModel, isDefinedTerm: (run: string) => boolean): Occurrence[] {
  const { text } = contract;
  const skip: Offsets[] = contract.articles.map((article) => article.headingOffset);
  for (const annex of contract.annexes) skip.push(annex.headingOffset);
  if (contract.definitions) skip.push(contract.definitions.article.offset);
  const uses: Occurrence[] = [];
  for (const [start, end] of proseSegments(contract)) {
    if (/^[ \t]*#/.test(text.slice(start, Math.min(end, start + 8)))) continue;
    if (skip.some(([from, to]) => start >= from && start < to)) continue;
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
    const isDefinedTerm = (run: string): boolean => defined.some((term) => sameTerm(run, term));
    const isDefined = (run: string): boolean => defined.some((term) => sameTerm(run, term) || run.toLowerCase().split(/[ \t]+/).some((word) => sameTerm(word, term)));
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
      const used = usedRuns.some((run) => sameTerm(run, term.term) || run.includes(term.term)) || usedOutsideDefinitions(contract, term.term);
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

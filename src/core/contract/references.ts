import { CAPITAL_LETTER, INSTRUMENTS, LETTER, type Instrument } from './instruments';
import type { ProseBlock } from './markdownOutline';
import type { CrossReference, Offsets } from './model';

/** Dutch ordinals for "het tweede lid van artikel 7" and "artikel 7, tweede lid". */
const ORDINALS: Readonly<Record<string, number>> = {
  eerste: 1,
  tweede: 2,
  derde: 3,
  vierde: 4,
  vijfde: 5,
  zesde: 6,
  zevende: 7,
  achtste: 8,
  negende: 9,
  tiende: 10,
};
const ORDINAL = Object.keys(ORDINALS).join('|');
// Case-insensitive expressions here run without Unicode mode: V8's Unicode case folding makes them
// several times slower. Latin letters with diacritics stand in for \p{L}, as in the instrument list.
const LETTER_OR_DIGIT = `(?:${LETTER}|[0-9_])`;
const WORD_END = `(?!${LETTER_OR_DIGIT})`;

// Every reference has one of these words; the parsers below read on from there (and back, for "het
// tweede lid van artikel 7"). The word must not continue a word ("deelartikel"): checked by hand, as a
// look-behind here would slow the scan fivefold. Groups: 1 article word, 2 abbreviation, 3 annex word.
const KEYWORD = new RegExp(
  String.raw`(?:` +
    String.raw`(artikelen|artikel|articles|article|clauses|clause)${WORD_END}` +
    String.raw`|(artt?\.)` +
    String.raw`|(bijlagen|bijlage|annexes|annex|appendices|appendix|schedules|schedule)${WORD_END})`,
  'gi',
);
const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

// "7", "7a", "7.2", "7.2.1"; "6:248" is a Civil Code reference (book:article) and always external.
const SUFFIX = `(?:[a-z]${WORD_END})?`;
const NUMBER = String.raw`\d{1,4}${SUFFIX}(?::\d{1,5}${SUFFIX})?(?:\.\d{1,4}${SUFFIX})*(?![0-9])`;
const NUMBER_AFTER_WORD = new RegExp(String.raw`\s+(${NUMBER})`, 'iy');
const NUMBER_AFTER_ABBREVIATION = new RegExp(String.raw`\s*(${NUMBER})`, 'iy');
// "clause 7(2)(a)": numbered parentheses are sub-clauses, lettered ones are read over.
const PARENTHESES = /((?:\(\d{1,3}\))*)(?:\([a-z]{1,4}\))*/iy;
const PARAGRAPH_AFTER = new RegExp(String.raw`(?:\s*,\s*|\s+)(?:lid\s+(\d{1,2})|(${ORDINAL})\s+lid)${WORD_END}`, 'iy');
const LIST_SEPARATOR = /(?:\s*,\s*|\s+(?:en|of|tot\s+en\s+met|t\/m|and|or|to|through)\s+)/iy;
// Annex ids keep their case: "Bijlage B", "bijlage 2", "Annex III"; not "bijlage bij".
const ANNEX_ID = /\s+([IVXLC]{2,6}|[A-Z]|\d{1,3}[a-z]?)(?![\p{L}\p{N}])/uy;
const ANNEX_ID_IN_LIST = /([IVXLC]{2,6}|[A-Z]|\d{1,3}[a-z]?)(?![\p{L}\p{N}])/uy;
// "het tweede lid van artikel 7", "lid 2 van artikel 7", "paragraph 2 of Article 7", read back from "artikel".
const PARAGRAPH_BEFORE = new RegExp(String.raw`(?:(${ORDINAL})\s+lid|lid\s+(\d{1,2})|paragraph\s+\(?(\d{1,2})\)?)\s+(?:van|of)\s+(?:het\s+|de\s+|the\s+)?$`, 'i');
const PARAGRAPH_BEFORE_REACH = 40;
/** The word right before "artikel" in those phrases; anything else spares the expression above. */
const PARAGRAPH_BEFORE_LAST_WORDS = ['van', 'of', 'het', 'de', 'the'];

// What follows a reference and says whose it is.
const FOLLOWING_FILLER = new RegExp(String.raw`[\s,]*(?:(?:onder|sub)\s+[a-z0-9]{1,3}${WORD_END}[\s,]*)?`, 'iy');
const CONNECTOR =
  /(?:(?<possessive>van\s+(?:de|het)|van|of\s+the|of|uit\s+de|uit\s+het|uit)|(?<other>bij\s+de|bij\s+het|bij|to\s+the|to|in\s+de|in\s+het|in\s+the|in|under\s+the|under|onder\s+de|onder\s+het))\s+/iy;
const THIS_CONTRACT = new RegExp(String.raw`(?:deze|dit|this|these|onderhavige|the\s+present)${WORD_END}|(?:overeenkomst|agreement|contract)(?!${LETTER_OR_DIGIT}|-)`, 'iy');
const PARTY = new RegExp(
  `(?:opdrachtgever|opdrachtnemer|leverancier|partij(?:en)?|customer|supplier|contractor|part(?:y|ies)|gemeente|municipality|verwerker|processor|verwerkingsverantwoordelijke|controller)${WORD_END}`,
  'iy',
);
const ANNEX_WORD = new RegExp(`(?:bijlage|annex|appendix|schedule)${WORD_END}`, 'iy');
const CAPITAL = new RegExp(CAPITAL_LETTER, 'y');

// A space in a name also matches a line break: names get wrapped.
const instrumentPattern = (instrument: Instrument): string => instrument.pattern.replace(/ /g, String.raw`\s+`);
const cased = INSTRUMENTS.filter((i) => i.abbreviation).map((i) => `(?:${instrumentPattern(i)})(?!${LETTER}|[0-9])`).join('|');
const named = INSTRUMENTS.filter((i) => !i.abbreviation).map((i) => `(?:${instrumentPattern(i)})`).join('|');
const CASED_INSTRUMENT_AT = new RegExp(cased, 'y');
const NAMED_INSTRUMENT_AT = new RegExp(named, 'iy');
// "GIBIT 2023 artikel 12", "AVG artikel 28", "ISO/IEC 42001:2023 clause 9": from a word's start to the
// reference. A version is a number ("2023", "(2023)", "42001:2023") or a partner after a slash ("/IEC").
const VERSION = String.raw`(?:\s+\(?\d[\d:/.-]{0,15}\)?|\s*/[A-Za-z\d]{2,8}){0,2}`;
const CASED_INSTRUMENT_BEFORE = new RegExp(String.raw`^(?:${cased})${VERSION}\s+$`);
const NAMED_INSTRUMENT_BEFORE = new RegExp(String.raw`^(?:${named})${VERSION}\s+$`, 'i');
/** How many words an instrument's name before a reference may have ("EU AI Act"). */
const NAME_WORDS_BEFORE = 4;

/**
 * Cross-references into this contract: "artikel 7", "artikel 7.2", "art. 7 lid 2", "artikel 7, tweede
 * lid", "het tweede lid van artikel 7", "artikelen 7 en 8", "Article 7.2", "clause 7(2)", "Bijlage B",
 * "Annex A", "Schedule 1". References to other instruments ("artikel 28 AVG", "Article 86 of the AI
 * Act", "art. 6:248 BW", "artikel 3 van de Verwerkersovereenkomst", "GIBIT 2023 artikel 12") are left
 * out. Only text in `prose` counts, minus `exclusions` (code spans, comments, heading labels).
 */
export function findReferences(text: string, prose: ProseBlock[], exclusions: Offsets[]): CrossReference[] {
  const references: CrossReference[] = [];
  let blockIndex = 0;
  let exclusionIndex = 0;
  KEYWORD.lastIndex = 0;
  for (let match = KEYWORD.exec(text); match; match = KEYWORD.exec(text)) {
    const start = match.index;
    if (start > 0 && WORD_CHARACTER.test(text[start - 1])) continue;
    while (blockIndex < prose.length && prose[blockIndex].end <= start) blockIndex++;
    if (blockIndex >= prose.length) break;
    const block = prose[blockIndex];
    if (start < block.start) continue;
    while (exclusionIndex < exclusions.length && exclusions[exclusionIndex][1] <= start) exclusionIndex++;
    if (exclusionIndex < exclusions.length && exclusions[exclusionIndex][0] <= start) continue;

    const parsed = parseReference(text, match);
    if (!parsed || parsed.end > block.end || parsed.start < block.start) continue;
    // Words inside a parsed reference ("artikel" in "tweede lid van artikel 7") are not read again.
    KEYWORD.lastIndex = parsed.end;
    if (isExternal(text, parsed.start, parsed.end, parsed.references[0].kind)) continue;
    for (const reference of parsed.references) {
      if (!reference.target.includes(':')) references.push(reference);
    }
  }
  return references;
}

interface ParsedReference {
  references: CrossReference[];
  start: number;
  end: number;
}

function parseReference(text: string, match: RegExpExecArray): ParsedReference | undefined {
  const [keyword, article, abbreviation] = match;
  const start = match.index;
  const keywordEnd = start + keyword.length;
  // Plurals: artikelen, articles, clauses, artt., bijlagen, annexes, appendices, schedules.
  const last = keyword.charCodeAt(keyword.length - 1) | 0x20;
  const plural = last === 0x6e /* n */ || last === 0x73 /* s */ || (abbreviation !== undefined && keyword.length === 5);
  if (article !== undefined || abbreviation !== undefined) {
    return articleReference(text, start, keywordEnd, article !== undefined ? NUMBER_AFTER_WORD : NUMBER_AFTER_ABBREVIATION, plural);
  }
  // "schedule 2 meetings" is a verb; as a reference "Schedule" is written with a capital.
  if (keyword[0] === 's') return undefined;
  return annexReference(text, start, keywordEnd, plural);
}

function articleReference(text: string, keywordStart: number, keywordEnd: number, numberPattern: RegExp, plural: boolean): ParsedReference | undefined {
  const first = at(numberPattern, text, keywordEnd);
  if (!first) return undefined;
  let { target, end } = withParentheses(text, first[1], endOf(first));
  let start = keywordStart;
  const paragraph = at(PARAGRAPH_AFTER, text, end);
  if (paragraph) {
    target = `${target}.${paragraph[1] ?? ORDINALS[paragraph[2].toLowerCase()]}`;
    end = endOf(paragraph);
  } else if (!plural && wordBeforeIsOneOf(text, keywordStart, PARAGRAPH_BEFORE_LAST_WORDS)) {
    const reach = Math.max(0, keywordStart - PARAGRAPH_BEFORE_REACH);
    const before = PARAGRAPH_BEFORE.exec(text.slice(reach, keywordStart));
    if (before) {
      target = `${target}.${before[2] ?? before[3] ?? ORDINALS[before[1].toLowerCase()]}`;
      start = reach + before.index;
    }
  }
  const references: CrossReference[] = [{ kind: articleKind(target), target, offset: [start, end] }];
  while (plural) {
    const separator = at(LIST_SEPARATOR, text, end);
    const next = separator && at(NUMBER_AFTER_ABBREVIATION, text, endOf(separator));
    if (!next) break;
    const numberStart = endOf(next) - next[1].length;
    const item = withParentheses(text, next[1], endOf(next));
    references.push({ kind: articleKind(item.target), target: item.target, offset: [numberStart, item.end] });
    end = item.end;
  }
  return { references, start, end };
}

/** Whether the word before `position` (over spaces) is one of `words` (lower case, ASCII), in any case. */
function wordBeforeIsOneOf(text: string, position: number, words: string[]): boolean {
  let end = position;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < 8 && isLowerCaseAscii(text.charCodeAt(start - 1) | 0x20)) start--;
  for (const word of words) {
    if (word.length !== end - start) continue;
    let same = true;
    for (let i = 0; i < word.length && same; i++) same = (text.charCodeAt(start + i) | 0x20) === word.charCodeAt(i);
    if (same) return true;
  }
  return false;
}

function annexReference(text: string, start: number, keywordEnd: number, plural: boolean): ParsedReference | undefined {
  const first = at(ANNEX_ID, text, keywordEnd);
  if (!first) return undefined;
  let end = endOf(first);
  const references: CrossReference[] = [{ kind: 'annex', target: first[1], offset: [start, end] }];
  while (plural) {
    const separator = at(LIST_SEPARATOR, text, end);
    const next = separator && at(ANNEX_ID_IN_LIST, text, endOf(separator));
    if (!next) break;
    references.push({ kind: 'annex', target: next[1], offset: [next.index, endOf(next)] });
    end = endOf(next);
  }
  return { references, start, end };
}

function withParentheses(text: string, number: string, end: number): { target: string; end: number } {
  const parentheses = at(PARENTHESES, text, end);
  if (!parentheses || endOf(parentheses) === end) return { target: number, end };
  const subNumbers = parentheses[1].match(/\d+/g) ?? [];
  return { target: [number, ...subNumbers].join('.'), end: endOf(parentheses) };
}

function articleKind(target: string): CrossReference['kind'] {
  return target.includes('.') ? 'clause' : 'article';
}

/**
 * Whether a reference points into another instrument. Decided by what follows it ("AVG", "van de
 * AVG", "of the AI Act", "bij de AI-verordening", "van de Verwerkersovereenkomst", "van Bijlage A" for
 * an article) and by what precedes it ("GIBIT 2023 artikel 12"). "van deze Overeenkomst", "of this
 * Agreement" and the parties keep it internal; so does a lower-case word that names no instrument.
 */
function isExternal(text: string, start: number, end: number, kind: CrossReference['kind']): boolean {
  const after = test(FOLLOWING_FILLER, text, end) ? FOLLOWING_FILLER.lastIndex : end;
  const connector = at(CONNECTOR, text, after);
  if (connector) {
    const name = endOf(connector);
    if (test(THIS_CONTRACT, text, name)) return false;
    if (instrumentAt(text, name)) return true;
    if (test(PARTY, text, name)) return false;
    if (kind !== 'annex' && test(ANNEX_WORD, text, name)) return true;
    // "van de Offerte", "of the Tender": someone else's document. "bij de Leverancier" is no owner,
    // but "Bijlage 2 bij de Offerte" is.
    const possessive = connector.groups?.possessive !== undefined || kind === 'annex';
    if (possessive && test(CAPITAL, text, name)) return true;
  } else if (test(CAPITAL, text, after) && instrumentAt(text, after)) {
    // Without "van de" / "of the", an instrument is named with a capital: "AVG", "Wet BRP", "Archiefwet".
    return true;
  }
  return instrumentBefore(text, start);
}

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
// Digits and : / . ( ) -
const isVersionCharacter = (code: number): boolean => (code >= 48 && code <= 58) || code === 47 || code === 46 || code === 40 || code === 41 || code === 45;
const isLowerCaseAscii = (code: number): boolean => code >= 97 && code <= 122;
const NAME_CHARACTER = /[\p{L}\p{N}/-]/u;
const UPPER_CASE = /\p{Lu}/u;

/**
 * "GIBIT 2023 artikel 12", "AVG artikel 28", "AI Act Article 5". Most references follow a lower-case
 * word ("bedoeld in artikel 7"), so the regular expressions run only after a capitalised word; a name
 * that ends in a lower-case word ("Algemene wet bestuursrecht artikel 3") is therefore not seen here.
 */
function instrumentBefore(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && start - end < 3 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === start) return false;
  let versionStart = end;
  while (versionStart > 0 && end - versionStart < 16 && isVersionCharacter(text.charCodeAt(versionStart - 1))) versionStart--;
  if (versionStart < end) {
    let nameEnd = versionStart;
    while (nameEnd > 0 && versionStart - nameEnd < 3 && isSpace(text.charCodeAt(nameEnd - 1))) nameEnd--;
    end = nameEnd;
  }
  let wordStart = end;
  // A lower-case word ("in", "van", "bedoeld") is no instrument's end: the common case, decided cheaply.
  while (wordStart > 0 && isLowerCaseAscii(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart < end && (wordStart === 0 || !NAME_CHARACTER.test(text[wordStart - 1]))) return false;
  while (wordStart > 0 && end - wordStart < 40 && NAME_CHARACTER.test(text[wordStart - 1])) wordStart--;
  if (wordStart === end || !UPPER_CASE.test(text[wordStart])) return false;
  // Try the name from each of the last few word starts: "AVG", "AI Act", "EU AI Act".
  for (let words = 0; words < NAME_WORDS_BEFORE && wordStart >= 0; words++) {
    const candidate = text.slice(wordStart, start);
    if (CASED_INSTRUMENT_BEFORE.test(candidate) || NAMED_INSTRUMENT_BEFORE.test(candidate)) return true;
    let previous = wordStart;
    if (previous === 0 || text[previous - 1] !== ' ') break;
    previous--;
    while (previous > 0 && wordStart - previous < 40 && NAME_CHARACTER.test(text[previous - 1])) previous--;
    if (previous === wordStart - 1) break;
    wordStart = previous;
  }
  return false;
}

function instrumentAt(text: string, position: number): boolean {
  // Every abbreviation starts with a capital; testing that first spares the long expression.
  if (test(CAPITAL, text, position) && test(CASED_INSTRUMENT_AT, text, position)) return true;
  return test(NAMED_INSTRUMENT_AT, text, position);
}

/** Whether a sticky pattern matches at `position`; `pattern.lastIndex` is then its end. */
function test(pattern: RegExp, text: string, position: number): boolean {
  pattern.lastIndex = position;
  return pattern.test(text);
}

/** A sticky match at `position`. */
function at(pattern: RegExp, text: string, position: number): RegExpExecArray | undefined {
  pattern.lastIndex = position;
  return pattern.exec(text) ?? undefined;
}

function endOf(match: RegExpExecArray): number {
  return match.index + match[0].length;
}

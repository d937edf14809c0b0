import { INSTRUMENTS, LETTER, type Instrument } from './instruments';
import type { ProseBlock } from './markdownOutline';
import type { CrossReference, Offsets } from './model';
import { isWhiteSpaceCode, skipWhiteSpace } from './sourceLines';

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
// look-behind here would slow the scan fivefold. Written as a tree of shared beginnings, which V8 scans
// faster than a list of words; at any position at most one word can match, so the order does not matter:
// artikel(en), article(s), clause(s), art., artt.; bijlage(n), annex(es), appendix, appendices, schedule(s).
// Only tested: which word it was follows from its end (`keywordBefore`).
const KEYWORD = new RegExp(
  String.raw`(?:a(?:rt(?:ikel(?:en)?|icles?)${WORD_END}|rtt?\.|nnex(?:es)?${WORD_END}|ppendi(?:x|ces)${WORD_END})|(?:clauses?|bijlagen?|schedules?)${WORD_END})`,
  'gi',
);
interface Keyword {
  kind: 'article' | 'abbreviation' | 'annex';
  length: number;
  /** The word in lower case, as char codes. */
  codes?: number[];
}
const keywordOf = (word: string, kind: Keyword['kind']): Keyword => ({ kind, length: word.length, codes: [...word].map((c) => c.charCodeAt(0)) });
/** The words `KEYWORD` matches, the common ones first. None ends another, so a match's end tells which it was. */
const KEYWORD_WORDS: readonly Keyword[] = [
  ...['artikel', 'bijlage', 'artikelen', 'bijlagen', 'article', 'articles', 'clause', 'clauses'].map((word) => keywordOf(word, word.startsWith('b') ? 'annex' : 'article')),
  ...['annex', 'annexes', 'appendix', 'appendices', 'schedule', 'schedules'].map((word) => keywordOf(word, 'annex')),
];
const ART: Keyword = { kind: 'abbreviation', length: 4 };
const ARTT: Keyword = { kind: 'abbreviation', length: 5 };
const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

// "7", "7a", "7.2", "7.2.1"; "6:248" is a Civil Code reference (book:article) and always external.
const SUFFIX = `(?:[a-z]${WORD_END})?`;
const NUMBER = String.raw`\d{1,4}${SUFFIX}(?::\d{1,5}${SUFFIX})?(?:\.\d{1,4}${SUFFIX})*(?![0-9])`;
// Group 1 is the number: it starts where the white space ends (numbers start with a digit).
const NUMBER_AFTER_WORD = new RegExp(String.raw`\s+(${NUMBER})`, 'iy');
const NUMBER_AFTER_ABBREVIATION = new RegExp(String.raw`\s*(${NUMBER})`, 'iy');
// "clause 7(2)(a)": numbered parentheses are sub-clauses, lettered ones are read over.
const PARENTHESES = /((?:\(\d{1,3}\))*)(?:\([a-z]{1,4}\))*/iy;
const PARAGRAPH_AFTER = new RegExp(String.raw`(?:\s*,\s*|\s+)(?:lid\s+(\d{1,2})|(${ORDINAL})\s+lid)${WORD_END}`, 'iy');
const LIST_SEPARATOR = /(?:\s*,\s*|\s+(?:en|of|tot\s+en\s+met|t\/m|and|or|to|through)\s+)/iy;
// Annex ids keep their case: "Bijlage B", "bijlage 2", "Annex III"; not "bijlage bij". The id starts where the white space ends.
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
/** What `CAPITAL_LETTER` matches: A-Z, À-Ö, Ø-Þ. */
const isCapital = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xd6) || (code >= 0xd8 && code <= 0xde);

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
  while (KEYWORD.test(text)) {
    const keywordEnd = KEYWORD.lastIndex;
    const keyword = keywordBefore(text, keywordEnd);
    const start = keywordEnd - keyword.length;
    if (start > 0 && isWordCharacter(text, start - 1)) continue;
    while (blockIndex < prose.length && prose[blockIndex].end <= start) blockIndex++;
    if (blockIndex >= prose.length) break;
    const block = prose[blockIndex];
    if (start < block.start) continue;
    while (exclusionIndex < exclusions.length && exclusions[exclusionIndex][1] <= start) exclusionIndex++;
    if (exclusionIndex < exclusions.length && exclusions[exclusionIndex][0] <= start) continue;

    const parsed = parseReference(text, start, keywordEnd, keyword);
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

/** Which keyword `KEYWORD` matched, from where the match ends. */
function keywordBefore(text: string, end: number): Keyword {
  // "art." or "artt.": the only ones that end with a full stop.
  if (text.charCodeAt(end - 1) === 46) return (text.charCodeAt(end - 3) | 0x20) === 0x74 /* t */ ? ARTT : ART;
  for (const keyword of KEYWORD_WORDS) {
    const codes = keyword.codes!;
    const start = end - codes.length;
    if (start < 0) continue;
    let same = true;
    // KEYWORD ignores ASCII case only (no Unicode mode): setting bit 0x20 lower-cases A-Z.
    for (let i = codes.length - 1; i >= 0 && same; i--) same = (text.charCodeAt(start + i) | 0x20) === codes[i];
    if (same) return keyword;
  }
  throw new Error('KEYWORD matched no keyword');
}

/** Whether the character at `index` is a letter, digit or underscore (`/[\p{L}\p{N}_]/u` on that one code unit). */
function isWordCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122) || code === 95;
  return WORD_CHARACTER.test(text[index]);
}

function parseReference(text: string, start: number, keywordEnd: number, keyword: Keyword): ParsedReference | undefined {
  // Plurals: artikelen, articles, clauses, artt., bijlagen, annexes, appendices, schedules.
  const last = text.charCodeAt(keywordEnd - 1) | 0x20;
  const plural = last === 0x6e /* n */ || last === 0x73 /* s */ || keyword === ARTT;
  if (keyword.kind !== 'annex') return articleReference(text, start, keywordEnd, keyword.kind === 'article', plural);
  // "schedule 2 meetings" is a verb; as a reference "Schedule" is written with a capital.
  if (text.charCodeAt(start) === 0x73 /* s */) return undefined;
  return annexReference(text, start, keywordEnd, plural);
}

/**
 * The number after a keyword or list separator (at `position`), or undefined; `FOUND_NUMBER.end` is
 * its end. The number starts after the white space (`\s+` after a word, `\s*` after "art." or a separator).
 */
function numberAt(text: string, position: number, afterWord: boolean): string | undefined {
  const numberStart = skipWhiteSpace(text, position);
  const digit = text.charCodeAt(numberStart);
  if ((afterWord && numberStart === position) || !(digit >= 48 && digit <= 57)) return undefined;
  const pattern = afterWord ? NUMBER_AFTER_WORD : NUMBER_AFTER_ABBREVIATION;
  if (!test(pattern, text, position)) return undefined;
  FOUND_NUMBER.end = pattern.lastIndex;
  return text.slice(numberStart, pattern.lastIndex);
}
/** The end of the last number `numberAt` found. */
const FOUND_NUMBER = { end: 0 };

function articleReference(text: string, keywordStart: number, keywordEnd: number, afterWord: boolean, plural: boolean): ParsedReference | undefined {
  const number = numberAt(text, keywordEnd, afterWord);
  if (number === undefined) return undefined;
  let { target, end } = withParentheses(text, number, FOUND_NUMBER.end);
  let start = keywordStart;
  const paragraph = mayStartParagraphAfter(text, end) ? at(PARAGRAPH_AFTER, text, end) : undefined;
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
    if (!test(LIST_SEPARATOR, text, end)) break;
    const next = numberAt(text, LIST_SEPARATOR.lastIndex, false);
    if (next === undefined) break;
    const numberStart = FOUND_NUMBER.end - next.length;
    const item = withParentheses(text, next, FOUND_NUMBER.end);
    references.push({ kind: articleKind(item.target), target: item.target, offset: [numberStart, item.end] });
    end = item.end;
  }
  return { references, start, end };
}

/**
 * Whether `PARAGRAPH_AFTER` may match at `position`: after white space, or a comma with white space
 * around it, must come "lid" or an ordinal, whose first letters are these (in either case).
 */
function mayStartParagraphAfter(text: string, position: number): boolean {
  let word = skipWhiteSpace(text, position);
  if (text.charCodeAt(word) === 44 /* , */) word = skipWhiteSpace(text, word + 1);
  else if (word === position) return false;
  const code = text.charCodeAt(word);
  if (!((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) return false;
  return PARAGRAPH_FIRST_LETTERS.includes(String.fromCharCode(code | 0x20));
}
const PARAGRAPH_FIRST_LETTERS = 'l' + Object.keys(ORDINALS).map((ordinal) => ordinal[0]).join('');

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
  const idStart = skipWhiteSpace(text, keywordEnd);
  if (idStart === keywordEnd || !isAnnexIdStart(text.charCodeAt(idStart)) || !test(ANNEX_ID, text, keywordEnd)) return undefined;
  let end = ANNEX_ID.lastIndex;
  const references: CrossReference[] = [{ kind: 'annex', target: text.slice(idStart, end), offset: [start, end] }];
  while (plural) {
    if (!test(LIST_SEPARATOR, text, end)) break;
    const nextStart = LIST_SEPARATOR.lastIndex;
    if (!isAnnexIdStart(text.charCodeAt(nextStart)) || !test(ANNEX_ID_IN_LIST, text, nextStart)) break;
    end = ANNEX_ID_IN_LIST.lastIndex;
    references.push({ kind: 'annex', target: text.slice(nextStart, end), offset: [nextStart, end] });
  }
  return { references, start, end };
}

/** A capital or a digit: what an annex id starts with. */
const isAnnexIdStart = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

function withParentheses(text: string, number: string, end: number): { target: string; end: number } {
  // Most numbers are not followed by parentheses: spare the expression then.
  if (text.charCodeAt(end) !== 40 /* ( */) return { target: number, end };
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
  const after = followingFillerEnd(text, end);
  const connector = connectorAt(text, after);
  if (connector !== undefined) {
    const name = CONNECTOR.lastIndex;
    if (test(THIS_CONTRACT, text, name)) return false;
    if (instrumentAt(text, name)) return true;
    if (test(PARTY, text, name)) return false;
    if (kind !== 'annex' && test(ANNEX_WORD, text, name)) return true;
    // "van de Offerte", "of the Tender": someone else's document. "bij de Leverancier" is no owner,
    // but "Bijlage 2 bij de Offerte" is.
    const possessive = connector === 'possessive' || kind === 'annex';
    if (possessive && isCapital(text.charCodeAt(name))) return true;
  } else if (isCapital(text.charCodeAt(after)) && instrumentAt(text, after)) {
    // Without "van de" / "of the", an instrument is named with a capital: "AVG", "Wet BRP", "Archiefwet".
    return true;
  }
  return instrumentBefore(text, start);
}

/** Where `FOLLOWING_FILLER` ends at `position`: after white space and commas, unless "onder a" or "sub 1" follows them. */
function followingFillerEnd(text: string, position: number): number {
  let word = position;
  for (let code = text.charCodeAt(word); code === 44 || isWhiteSpaceCode(code); code = text.charCodeAt(++word));
  const first = text.charCodeAt(word) | 0x20;
  if (first !== 0x6f /* o */ && first !== 0x73 /* s */) return word;
  test(FOLLOWING_FILLER, text, position);
  return FOLLOWING_FILLER.lastIndex;
}

/**
 * Which connector (`CONNECTOR`'s named groups) starts at `position`, if any; `CONNECTOR.lastIndex` is
 * then its end. Told apart by their first letters: "van", "of", "uit" are possessive; "onder" and "under" are not.
 */
function connectorAt(text: string, position: number): 'possessive' | 'other' | undefined {
  const first = text.charCodeAt(position);
  const lower = first | 0x20;
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) || !CONNECTOR_FIRST_LETTERS.includes(String.fromCharCode(lower))) return undefined;
  if (!test(CONNECTOR, text, position)) return undefined;
  const second = text.charCodeAt(position + 1) | 0x20;
  const possessive = lower === 0x76 /* v */ || (lower === 0x6f /* o */ && second === 0x66) /* of */ || (lower === 0x75 /* u */ && second === 0x69) /* uit */;
  return possessive ? 'possessive' : 'other';
}
const CONNECTOR_FIRST_LETTERS = 'voubti';

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
  if (isCapital(text.charCodeAt(position)) && test(CASED_INSTRUMENT_AT, text, position)) return true;
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

/**
 * Wording that points to an area of the EU AI Act (Regulation (EU) 2024/1689): the high-risk areas
 * of Annex III and the prohibited practices of Article 5(1). Data only; the matching is in
 * `aiActMatching.ts`, the rules in `rules/declaration/aiAct*.ts`.
 *
 * Design, because precision matters as much as recall:
 * - A single ambiguous word is never enough. "selectie", "risico", "handhaving", "score",
 *   "emotie", "toeslag" or "migratie" only count together with other wording near them (`near`),
 *   and wording that shows another sense cancels them (`notNear`, `recordGuards`).
 * - Dutch compounds: a `*` in a pattern stands for any run of letters, so `sollicit*` also
 *   catches "sollicitatiegesprek" and `*gezichtsherkenning*` "gezichtsherkenningssoftware".
 *   Without a `*` at an end, the pattern stops at a word boundary there.
 * - A term that is negated just before it ("geen gezichtsherkenning", "wordt niet gebruikt voor
 *   werving en selectie") does not count; see `aiActMatching.ts`.
 */

import { LETTER, notationBody, notationEnd } from '../text/wordNotation';

/** How many letters may come before a term that is the last part of a compound ("rechts" in "rechtsbijstand"). */
const MAX_COMPOUND_PREFIX = 40;

/**
 * Builds a pattern from alternatives written in a small notation:
 * `*` is any run of letters (a compound), a space is any whitespace, `~` is an optional space or
 * hyphen ("vacature~matching" is also "vacaturematching" and "vacature-matching"). Everything else
 * is regular-expression syntax. All patterns ignore case.
 */
export function words(...alternatives: string[]): RegExp {
  const parts = alternatives.map((alternative) => {
    // A match starts at the start of a word. A leading `*` (the last part of a compound) is matched
    // where it stands, inside a word too, and `wordStartBefore` moves the match back to the start of
    // its word: trying every prefix length inside the pattern made each scan some forty times slower.
    const start = alternative.startsWith('*') ? '' : `(?<!${LETTER})`;
    return `${start}(?:${notationBody(alternative)})${notationEnd(alternative)}`;
  });
  const pattern = new RegExp(parts.join('|'), 'gi');
  const headsPerAlternative = alternatives.map(literalHeads);
  if (headsPerAlternative.every((heads) => heads.length > 0)) {
    // A leading `*` lets the head stand inside a word; otherwise it starts a word.
    ALTERNATIVE_HEADS.set(pattern, alternatives.map((alternative, index) => ({ heads: headsPerAlternative[index], inner: alternative.startsWith('*') })));
  }
  return pattern;
}

/** Each pattern's heads per alternative, until `gateTerm` puts them to use. */
const ALTERNATIVE_HEADS = new WeakMap<RegExp, Array<{ heads: string[]; inner: boolean }>>();

/**
 * Makes a term's pattern gated by its heads: texts are searched for its heads, and the pattern is
 * only tried where they occur. Only the terms' patterns are gated: the wording that must or must
 * not be near a term is searched for in a short window after a term was found, so looking for its
 * heads (many of them common words: "gegevens", "medewerkers", "onderzoek") in every text was
 * wasted work.
 */
function gateTerm(pattern: RegExp): void {
  const alternatives = ALTERNATIVE_HEADS.get(pattern);
  if (!alternatives || LITERAL_HEADS.has(pattern)) return;
  const heads = alternatives.flatMap((alternative) => alternative.heads);
  LITERAL_HEADS.set(pattern, heads);
  for (const head of heads) {
    const patterns = PATTERNS_BY_HEAD.get(head);
    if (patterns) patterns.push(pattern);
    else PATTERNS_BY_HEAD.set(head, [pattern]);
  }
  for (const alternative of alternatives) for (const head of alternative.heads) (alternative.inner ? INNER_HEADS : WORD_HEADS).add(head);
}

/**
 * The plain letters every match of an alternative contains (its start, lower-cased), so that a
 * text without any of them is passed over without running the pattern: most fields of most
 * records mention no term at all, and `includes` is far cheaper than a regular expression.
 */
const LITERAL_HEADS = new WeakMap<RegExp, string[]>();
const MIN_HEAD = 2;

/**
 * The lower-cased letters that every match of an alternative starts with; several when it starts
 * with a group of literal branches ("(bijstands|uitkerings)aanvra*"); none when that cannot be told.
 */
function literalHeads(alternative: string): string[] {
  const body = alternative.replace(/^\*/, '');
  if (body.startsWith('(')) {
    const close = matchingParen(body);
    if (close < 0) return [];
    const after = body.slice(close + 1);
    // An optional leading group ("(alternative )?dispute resolution"): a match starts with one of
    // its branches, or with what follows it.
    const optional = after.startsWith('?') && !/^\?[?*+{]/.test(after);
    if (/^[?*+{]/.test(after) && !optional) return [];
    const branches = splitTopLevel(body.slice(1, close));
    const rest = optional ? after.slice(1) : after;
    if (optional && (rest === '' || /^[?*+{]/.test(rest))) return [];
    const wanted = optional ? [...branches.map((branch) => branch + rest), rest] : branches.map((branch) => branch + rest);
    const heads = wanted.map((alternative) => literalHeads(alternative));
    return heads.every((alternativeHeads) => alternativeHeads.length > 0) ? heads.flat() : [];
  }
  const head = /^[^*()[\]?\\ ~|.+{}^$]*/.exec(body)?.[0] ?? '';
  // A quantifier applies to the letter before it: "werknemers?" must not require its "s".
  const usable = /^[?*+{]/.test(body.slice(head.length)) ? head.slice(0, -1) : head;
  return usable.length >= MIN_HEAD ? [usable.toLowerCase()] : [];
}

function matchingParen(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === '|' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Where each head occurs in a text (offsets of the head's first letter). */
export type HeadPositions = ReadonlyMap<string, readonly number[]>;

/** Heads that start a word, and heads that may stand anywhere in a word (after a leading `*`). */
const WORD_HEADS = new Set<string>();
const INNER_HEADS = new Set<string>();

/** Heads by their first letters, so each place in a word is compared with a few heads only. */
let headIndex: { wordHeads: Map<number, string[]>; innerHeads: Map<number, string[]>; innerAscii: Uint8Array } | undefined;
/** Heads are at least this long, so their first two letters can key the index. */
const KEY_LENGTH = 2;

function indexByStart(heads: Iterable<string>): Map<number, string[]> {
  const index = new Map<number, string[]>();
  for (const head of heads) {
    const key = startKey(head, 0);
    const list = index.get(key);
    if (list) list.push(head);
    else index.set(key, [head]);
  }
  return index;
}

/**
 * The keys of an index whose two letters are both ASCII, as a table of 128 × 128 flags: nearly every
 * place inside a word is ruled out by one look into it, without a lookup in the index.
 */
function asciiKeys(index: Map<number, string[]>): Uint8Array {
  const table = new Uint8Array(128 * 128);
  for (const key of index.keys()) {
    const first = Math.floor(key / 0x10000);
    const second = key % 0x10000;
    if (first < 128 && second < 128) table[(first << 7) | second] = 1;
  }
  return table;
}

/** The first two letters at a place as one number: no string is made for each place looked at. */
function startKey(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

/** A word as the heads see it: letters, digits, hyphens and apostrophes (of the lower-cased text). */
function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45 /* - */ || code === 39 /* ' */;
  return (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || code === 0x2019 /* ’ */;
}

/** Both AI Act rules read the same fields; their heads are found once. */
const HEADS_CACHE = new Map<string, HeadPositions | undefined>();
const HEADS_CACHE_LIMIT = 512;

/**
 * Where each vocabulary head occurs in a text (offsets of the head's first letter). Compute once
 * per text, then ask `candidatePositions`. One pass over the words of the text: a word head is
 * compared with the start of each word, a head that may stand inside a word with each place in
 * it, through an index on the first letters. Undefined when lower-casing changes the text's length
 * (a few rare letters do), so that positions would not line up: then every pattern is run over
 * the whole text.
 */
export function headsIn(text: string): HeadPositions | undefined {
  if (HEADS_CACHE.has(text)) return HEADS_CACHE.get(text);
  const result = findHeads(text);
  if (HEADS_CACHE.size >= HEADS_CACHE_LIMIT) HEADS_CACHE.clear();
  HEADS_CACHE.set(text, result);
  return result;
}

function findHeads(text: string): HeadPositions | undefined {
  const lowerText = text.toLowerCase();
  if (lowerText.length !== text.length) return undefined;
  if (!headIndex) {
    const innerHeads = indexByStart(INNER_HEADS);
    headIndex = { wordHeads: indexByStart(WORD_HEADS), innerHeads, innerAscii: asciiKeys(innerHeads) };
  }
  const { wordHeads, innerHeads, innerAscii } = headIndex;
  const found = new Map<string, number[]>();
  const add = (head: string, at: number): void => {
    const positions = found.get(head);
    if (positions) positions.push(at);
    else found.set(head, [at]);
  };
  const length = lowerText.length;
  let i = 0;
  while (i < length) {
    // One word: [start, end) of letters, digits, hyphens and apostrophes.
    if (!isWordChar(lowerText.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < length && isWordChar(lowerText.charCodeAt(i))) i++;
    const end = i;
    if (end - start < KEY_LENGTH) continue;
    const candidates = wordHeads.get(startKey(lowerText, start));
    if (candidates) for (const head of candidates) if (start + head.length <= end && lowerText.startsWith(head, start)) add(head, start);
    for (let at = start; at + KEY_LENGTH <= end; at++) {
      const first = lowerText.charCodeAt(at);
      const second = lowerText.charCodeAt(at + 1);
      if (first < 128 && second < 128 && innerAscii[(first << 7) | second] === 0) continue;
      const inner = innerHeads.get(first * 0x10000 + second);
      if (!inner) continue;
      for (const head of inner) if (at + head.length <= end && lowerText.startsWith(head, at)) add(head, at);
    }
  }
  return found;
}

/**
 * The only places where a match of the pattern can start, in order; undefined when the pattern
 * has no usable heads (it must then be run over the whole text). Every alternative of a pattern
 * starts with its head, so a match can only start where one of its heads does.
 */
export function candidatePositions(heads: HeadPositions | undefined, pattern: RegExp): number[] | undefined {
  const patternHeads = LITERAL_HEADS.get(pattern);
  if (!heads || !patternHeads) return undefined;
  if (heads.size === 0) return NO_POSITIONS;
  let positions: number[] | undefined;
  const collect = (at: readonly number[] | undefined): void => {
    if (at) positions = positions ? positions.concat(at) : [...at];
  };
  // Walk the shorter side: a text usually holds a handful of heads, a pattern may have dozens.
  if (heads.size < patternHeads.length) {
    const wanted = headSet(pattern, patternHeads);
    for (const [head, at] of heads) if (wanted.has(head)) collect(at);
  } else {
    for (const head of patternHeads) collect(heads.get(head));
  }
  if (!positions) return NO_POSITIONS;
  return positions.length === 1 ? positions : [...new Set(positions)].sort((a, b) => a - b);
}

const NO_POSITIONS: number[] = [];

/** For each head, the patterns that have it: the patterns a text can match follow from its heads. */
const PATTERNS_BY_HEAD = new Map<string, RegExp[]>();

/** The patterns with heads that may match a text, given the heads it holds; patterns without heads are not listed. */
export function patternsWithHeadsIn(heads: HeadPositions | undefined): ReadonlySet<RegExp> | undefined {
  if (!heads) return undefined;
  const patterns = new Set<RegExp>();
  for (const head of heads.keys()) for (const pattern of PATTERNS_BY_HEAD.get(head) ?? []) patterns.add(pattern);
  return patterns;
}

/** Whether the pattern is gated by heads (then `patternsWithHeadsIn` says whether it may match). */
export function hasHeads(pattern: RegExp): boolean {
  return LITERAL_HEADS.has(pattern);
}

const HEAD_SETS = new WeakMap<RegExp, ReadonlySet<string>>();

function headSet(pattern: RegExp, patternHeads: readonly string[]): ReadonlySet<string> {
  let set = HEAD_SETS.get(pattern);
  if (!set) HEAD_SETS.set(pattern, (set = new Set(patternHeads)));
  return set;
}

const STICKY = new WeakMap<RegExp, RegExp>();

/** The pattern tried at one place only. */
export function stickyVersion(pattern: RegExp): RegExp {
  let sticky = STICKY.get(pattern);
  if (!sticky) STICKY.set(pattern, (sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y')));
  return sticky;
}

const LETTER_CHAR = new RegExp(LETTER);

/** Where the word holding `index` starts, looking back at most MAX_COMPOUND_PREFIX letters. */
export function wordStartBefore(text: string, index: number): number {
  let start = index;
  while (start > 0 && index - start < MAX_COMPOUND_PREFIX && LETTER_CHAR.test(text[start - 1])) start--;
  return start;
}

/** A pattern that matches where any of the given patterns matches. */
export function anyOf(...patterns: RegExp[]): RegExp {
  return new RegExp(patterns.map((pattern) => pattern.source).join('|'), 'gi');
}

/** One piece of wording that points to an area or practice. */
export interface VocabularyTerm {
  /** The wording; what it matches is what a finding points at. */
  pattern: RegExp;
  /** Wording that must also occur close to the term (each pattern of the list), in the same field. */
  near?: RegExp[];
  /** How close `near` must be, in characters on either side; default `NEAR_WINDOW`. */
  nearWindow?: number;
  /** Wording close to the term that shows the term is used in another sense. */
  notNear?: RegExp;
  /** Message to use instead of the area's own (the area 5 prompt for municipal public services). */
  messageId?: string;
}

/** Characters on either side of a term within which `near` and `notNear` wording counts. */
export const NEAR_WINDOW = 150;

export type AnnexIIIPoint = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface AnnexIIIArea {
  point: AnnexIIIPoint;
  /** Fields whose text does not count for this area. */
  ignoreFields?: readonly string[];
  /**
   * Wording in the record's purpose (name, description_short, goal) that takes the area off the table.
   * Each guard is a list of patterns that must all occur.
   */
  recordGuards?: ReadonlyArray<readonly RegExp[]>;
  terms: VocabularyTerm[];
}

export type Article5Point = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h';

export interface ProhibitedPractice {
  point: Article5Point;
  /** Wording that must occur somewhere in the record as well (the law-enforcement purpose of point h). */
  recordRequires?: RegExp;
  terms: VocabularyTerm[];
}

// ---------------------------------------------------------------------------------------------
// Shared wording

/** A chatbot or virtual assistant: a transparency duty (Art. 50), not an Annex III area. */
const CHATBOT = words('*chatbot*', 'chat-bot*', 'virtuele (gemeente )?assistent*', 'digitale assistent*', 'chatassistent*', 'virtual assistant*', 'conversational*');

/** Anonymising documents for publication (Woo, AVG): no Annex III area, whatever the documents are about. */
const DOCUMENT_ANONYMISATION: readonly RegExp[] = [
  words('*anonimis*', '*anonymis*', '*anonimiz*', '*anonymiz*', 'pseudonimis*', 'lakken', 'weglakken', 'zwartlakken', '*gelakt', 'redact*'),
  words('woo', 'wob', 'openbaarmaking*', 'openbaar maken', 'publicatie*', 'publiceren', 'gepubliceerd', 'document*'),
];

/** Wording of the GDPR's special categories or of anonymisation: "biometrische gegevens" named as a kind of data. */
const SPECIAL_CATEGORIES = words('bijzondere (categorieën van )?persoonsgegevens', 'special categor*', '*anonimis*', '*anonymis*', 'pseudonimis*', 'lakken', 'weglakken', 'zwartlakken');

/** Workers: employees of the organisation, and people applying for a job. */
const WORKERS = words('medewerkers?', 'werknemers?', 'personeel', 'personeelsleden', 'ambtenaren', 'employees?', 'staff', 'workers?');

/** Pupils and students (whole words only: "studentenhuisvesting" is housing, not education). */
const STUDENTS = words('leerlingen', 'leerling', 'studenten', 'student', 'scholieren', 'cursisten', 'pupils?', 'students?', 'learners?');

/** Education and training institutions and programmes. */
const EDUCATION = words('onderwijs', 'onderwijsinstelling*', 'onderwijsplaats*', 'opleiding(en)?', 'opleidingstraject*', 'opleidingsinstituut*', 'opleidingsplaats*', 'beroepsopleiding*', 'school', 'scholen', 'middelbare school', 'brugklas*', 'universiteit*', 'hogeschool*', 'mbo', 'hbo', 'vmbo', 'havo', 'vwo', 'education', 'educational', 'university', 'universities', 'schools?', 'vocational training');

/** A decision on a benefit or service, or the checks and calculations leading to it (Annex III 5(a)). */
const BENEFIT_DECISION = words(
  'aanvra*', 'in aanmerking', 'recht (is |heeft |hebben |hebt |had )?op', 'rechthebbend*', 'onderzoek*', 'naleving', 'handhav*', 'sanctie*', 'maatregel*', 'toeken*', 'toegekend', 'verstrek*', 'beslis*', 'besluit*', 'beschikking*',
  'verlag*', 'verlaagd', 'intrek*', 'ingetrokken', 'stopzet*', 'stopgezet', 'beëindig*', 'terugvorder*', 'teruggevorderd',
  'heronderzoek*', 'herbeoordel*', 'rechtmatigheid*', 'fraude*', 'controle*', 'controleert', 'risico*', 'getoetst', 'toetst',
  'bereken*', 'berekend', 'hoogte van', 'voorwaarden', 'criteria', 'eligib*', 'grant*', 'revok*', 'revocation', 'reduc*',
  'entitle*', 'applica*', 'applicant*', 'assess*', 'claims?', 'terugbetal*', 'terug (moet |moeten )?betalen', 'profiel*', 'profiler*',
);

/** Asking for, issuing or renewing a document at the municipality. */
const DOCUMENT_SERVICE = words('aanvra*', 'aangifte*', 'uitgifte', 'afgifte', 'verstrek*', 'verleng*', 'edienst*', 'e-dienst*', 'balie*', 'applica*', 'issu*', 'renew*');

/** Fees and tariffs: calculating what a service costs is not deciding who gets it. */
const FEES = words('*leges*', 'tarie*', 'fees?', 'tariffs?');

/** Simulation and scenario wording: a model that computes, not a system that controls. */
const SIMULATION = words('simul*', 'scenario*', 'doorreken*', '*stresstest*', 'what-if', 'planvorming', 'ontwerp*', 'design*');

/** A purpose of simulating, forecasting or modelling (name, description_short, goal): no control. */
const SIMULATION_PURPOSE = words('*simulatie*', 'simul*', 'scenario*', 'doorreken*', 'prognose*', '*verkeersmodel*', 'rekenmodel*', 'what-if', 'stresstest*');

/** Steering, switching or operating something, or being its safety part (Annex III 2). */
const CONTROL = words(
  'aansturing', 'aansturen', 'aangestuurd', 'stuurt', 'besturing*', 'besturen', 'bestuurd', 'regelt', 'regelen', 'geregeld',
  'schakelt', 'schakelen', 'geschakeld', 'bedient', 'bediening', 'bedienen', 'bediend', 'veiligheidscomponent*', 'veiligheidssysteem',
  'veiligheidsonderdeel', 'afsluiten', 'afgesloten', 'controls', 'controlling', 'operates', 'operating', 'safety component*', 'safety system*',
);

/** Risk, prediction or profile wording. */
const RISK_OR_PREDICTION = words('risico*', 'voorspel*', 'inschatting*', 'score*', 'kans op', 'profiel*', 'profiler*', 'predict*', 'risk*', 'profil*', 'likel*');

/** Monitoring or measuring. */
const MONITORING = words(
  'monitor*', 'gemonitord', 'meet', 'meten', 'gemeten', 'volgt', 'volgen', 'gevolgd', 'beoordeelt', 'beoordelen', 'beoordeling',
  'evalue*', 'geëvalueerd', 'analyseert', 'analyseren', 'registreert', 'registreren', 'bijhouden', 'houdt bij', 'track*', 'measur*',
  'assess*', 'evaluat*', 'rates', 'rating',
);

/** Feelings read from faces, voices or bodies (the AI Act's emotion recognition). */
const EMOTION_RECOGNITION = words(
  '*emotieherkenning*', 'emotiedetectie*', 'emotie-?analyse*', 'emotion (recognition|detection|analysis)',
  '(herkennen|detecteren|vaststellen|afleiden|meten|analyseren|monitoren|inschatten) van (de )?(emoties|emotionele (toestand|staat)|gemoedstoestand)',
  'emoties (herkennen|herkent|detecteren|detecteert|afleiden|meten|meet|analyseren|analyseert|monitoren|inschatten)',
  'herken* (de )?emoties', '(detect*|infer*|recogni[sz]*) (the )?emotions',
);

/** Emotions read from text (tone of a message or chat) are not emotion recognition in the AI Act's sense. */
const TEXT_NOT_BODY = words('tekst*', 'geschreven', 'berichten', 'emails?', 'e-mails?', 'chat*', 'toon', 'tone', 'texts?', 'written', 'messages?');

// ---------------------------------------------------------------------------------------------
// Annex III: the high-risk areas

export const ANNEX_III_AREAS: readonly AnnexIIIArea[] = [
  {
    point: 1,
    terms: [
      // III.1(a): remote biometric identification, by the face (1:1 verification is excluded; the message says so)
      {
        pattern: words('*gezichtsherkenning*', '*gezichtsvergelijking*', '*gezichtsverificatie*', '*gezichtsmatching*', 'gezichtsscan*', 'gezichtsanalyse*',
          'face~recognition', 'facial recognition', 'face (matching|comparison|verification)', 'facial (matching|comparison|verification|analysis)'),
      },
      // III.1(a)-(b): biometrics in general, unless named as a kind of personal data (GDPR special categories) or in anonymisation
      { pattern: words('biometri*', 'biometric*'), notNear: SPECIAL_CATEGORIES },
      // III.1(a): the same written as separate words ("gezicht vergelijking", "gezichts opname verificatie")
      { pattern: words('gezichts? (opname )?(vergelijking|herkenning|verificatie)') },
      // III.1(a): fingerprints, when they are matched or compared (not when they are only taken for a passport)
      { pattern: words('vingerafdruk*', 'fingerprints?'), near: [words('match*', 'vergelijk*', 'verifi*', 'herken*', 'identific*', 'compar*', 'recogni*')] },
      // III.1(a): other biometric identifiers: fingerprint, iris, voice (speaker), gait
      {
        pattern: words('*vingerafdrukherkenning*', 'vingerafdrukscan*', 'fingerprint (recognition|matching|scanning)', 'irisscan*', '*irisherkenning*', 'iris recognition',
          'sprekersherkenning', 'sprekerherkenning', 'speaker (recognition|identification)', 'stembiometrie', 'voice biometrics', 'loopherkenning', 'gait recognition'),
      },
      // III.1(a): "stemherkenning" often means speech-to-text; only with identification wording
      { pattern: words('stemherkenning'), near: [words('identit*', 'identific*', 'verifi*', 'authenti*')] },
      // III.1(a): recognising people on camera
      {
        pattern: words('(herkennen|identificeren|herkenning|identificatie) van (personen|mensen|individuen|bezoekers|voorbijgangers)', 'persoonsherkenning', 'personenherkenning',
          're-identificatie van personen', 'person re-identification'),
        near: [words('camera*', '*beelden', 'video*', 'foto*', 'cctv')],
      },
      // III.1(c): emotion recognition (from the body, not from text)
      { pattern: EMOTION_RECOGNITION, notNear: TEXT_NOT_BODY },
    ],
  },
  {
    point: 2,
    recordGuards: [[CHATBOT], [SIMULATION_PURPOSE]],
    terms: [
      // III.2: safety components in the management and operation of road traffic, and the supply of water, gas, heating or electricity,
      // and critical digital infrastructure. Only with control wording close by; simulation and scenario models are not.
      {
        pattern: words('verkeerslicht*', 'verkeersregelinstallatie*', 'ivri(s|\'s)?', 'vri(s|\'s)?', 'verkeersmanagement', 'verkeerssignalering', 'verkeerstunnel*', 'tunnels?',
          'beweegbare brug*', 'brug', 'bruggen', 'drinkwater*', 'watervoorziening', 'waterleiding*', 'waterzuivering*', 'gasnet*', 'gasleiding*', 'gasvoorziening', 'gastoevoer',
          'warmtenet*', 'stadsverwarming', 'elektriciteitsnet*', 'stroomnet*', 'energienet*', 'elektriciteitsvoorziening', 'kritieke *infrastructuur', 'vitale infrastructuur',
          'critical (digital )?infrastructure', 'traffic (lights|signals)', 'road traffic', 'water supply', 'power grid', 'electricity (grid|supply)', 'gas (supply|network|grid)',
          'district heating', 'heating network'),
        near: [CONTROL],
        nearWindow: 60,
        notNear: SIMULATION,
      },
    ],
  },
  {
    point: 3,
    recordGuards: [[CHATBOT], DOCUMENT_ANONYMISATION],
    terms: [
      // III.3(a): access or admission to, or placement in, education and vocational training
      {
        pattern: words('toelating*', 'admission*', 'plaatsing', 'loting', 'matching', 'toewijzing', 'selectie', 'inschrijving'),
        near: [EDUCATION],
        notNear: words('leerlingenvervoer', 'studentenhuisvesting', 'onderwijshuisvesting', 'schoolgebouw*'),
      },
      // III.3(b): evaluating learning outcomes
      { pattern: words('leerresultat*', 'leeruitkomst*', 'leerprestatie*', 'toetsresultat*', 'examenresultat*', 'tentamenresultat*', 'learning outcomes?', 'automatisch nakijken', 'automated grading') },
      { pattern: words('beoordel*', 'nakijk*', 'becijfer*', 'evalu*', 'grading', 'grades'), near: [STUDENTS] },
      // III.3(c): assessing the appropriate level of education
      { pattern: words('schooladvie*', 'onderwijsadvie*', 'niveaubepaling*', 'level of education'), near: [anyOf(EDUCATION, STUDENTS)] },
      // III.3(d): monitoring and detecting prohibited behaviour of students during tests
      { pattern: words('*proctoring*', 'proctor*') },
      {
        pattern: words('fraude', 'spieken', 'afkijken', 'surveillance', 'toezicht', 'monitor*', 'cheating'),
        near: [words('examens?', 'tentamens?', 'exams?', 'examenkandidat*', 'tijdens (de |een )?toets(en)?', 'during (the )?tests?')],
      },
    ],
  },
  {
    point: 4,
    recordGuards: [[CHATBOT], DOCUMENT_ANONYMISATION],
    terms: [
      // III.4(a): recruitment and selection: applicants, applications, CVs (not the "sollicitatieplicht" of people on benefits)
      { pattern: words('sollicit(?!atieplicht|atieverplicht)*') },
      {
        pattern: words('werving en selectie', 'werving~&~selectie', 'wervings- en selectie*', 'wervingsproces*', 'recruitment', 'recruiter*', 'recruiting', 'hiring',
          'job applica(nts?|tions?)', '(applicant|candidate) (screening|selection|ranking)', 'cv~screening', 'cv-selectie', 'cv-analyse', 'curricul(um|a) vitae',
          'personeelsselectie', 'kandidaatselectie', 'selectie van (kandidaten|personeel|medewerkers|nieuwe medewerkers)', 'vacature~matching', 'job~matching',
          'vacancy matching', 'matching van (werkzoekenden|kandidaten) (op|aan|met) vacatures'),
      },
      // III.4(a): vacancies, only with matching or selection wording (not "een vacature in de raad")
      { pattern: words('vacature*', 'vacanc*'), near: [words('match*', 'kandidat*', 'werkzoekend*', 'selecte*', 'selectie', 'filter*', 'rangschik*', 'candidates?', 'screen*', 'cv', 'cv\'s')] },
      // III.4(a): candidates being ranked or screened, but not election candidates
      {
        pattern: words('kandidaten', 'candidates'),
        near: [words('selecte*', 'rangschik*', 'beoordel*', 'screening', 'rank*', 'filter*')],
        notNear: words('*verkiezing*', 'kieslijst*', 'kandidatenlijst*', 'lijsttrekker*', 'voorkeurstem*', 'zetel*', 'partij*', 'election*', 'ballot*', 'votes?', 'seats?'),
      },
      // III.4(a): job placement, only with matching wording
      { pattern: words('arbeidsbemiddeling', 'job placement'), near: [words('match*', 'vacature*', 'selecte*', 'selectie')] },
      // III.4(b): promotion and termination of work relationships
      {
        pattern: words('promoties?', 'promotions?', 'doorgroei*', 'ontslag*', 'beëindiging van (het |een )?dienstverband', 'beëindiging van (de |een )?arbeidsovereenkomst',
          'termination of employment', 'dismissals?'),
        near: [WORKERS],
      },
      // III.4(b): monitoring and evaluating the performance and behaviour of workers
      {
        pattern: words('(prestaties|productiviteit|functioneren|werkgedrag|gedrag|inzet) van (de |het |onze |hun )?(medewerkers?|werknemers?|personeel(sleden)?|ambtenaren|chauffeurs|handhavers|boa\'?s)',
          '(employee|staff|worker) (performance|productivity|behaviou?r)', '(performance|productivity|behaviou?r) of (the )?(employees|staff|workers)'),
        near: [MONITORING],
        nearWindow: 60,
      },
      { pattern: words('personeelsmonitoring', 'werknemersmonitoring', 'medewerkersmonitoring', 'employee monitoring', 'workplace monitoring', 'personeelsbeoordeling*', 'functioneringsgesprek*', 'beoordelingsgesprek*', 'performance reviews?') },
      // III.4(b): allocating tasks on the basis of behaviour or personal traits
      {
        pattern: words('taakverdeling', 'taaktoewijzing', 'werkverdeling', 'toewijz(en|ing) van (taken|werk|diensten|opdrachten)', 'task allocation', 'allocat(e|es|ing|ion of) (tasks|work|shifts)'),
        near: [words('gedrag', 'prestatie*', 'productiviteit', 'persoonlijke (kenmerken|eigenschappen)', 'karaktereigenschap*', 'behaviou?r', 'performance', 'personal (traits|characteristics)')],
      },
    ],
  },
  {
    point: 5,
    recordGuards: [[CHATBOT], DOCUMENT_ANONYMISATION],
    // A list of data sources often names benefit data ("bijstandsgegevens") that says nothing of the decision.
    ignoreFields: ['source_data'],
    terms: [
      // III.5(a): eligibility for, and granting, reducing, revoking or reclaiming, public assistance benefits and services
      // III.5(a): compounds that name the decision themselves ("bijstandsaanvraag", "uitkeringsbesluit")
      {
        pattern: words('(bijstands|uitkerings|wmo-?|jeugdhulp|schuldhulp|toeslag|minima)(aanvra|besluit|beslissing|toekenning|beschikking|heronderzoek|fraude|controle|terugvordering|intrekking|verlaging)*'),
      },
      { pattern: words('*bijstand*'), near: [BENEFIT_DECISION] },
      { pattern: words('*uitkering*'), near: [BENEFIT_DECISION], notNear: words('dividend*', 'winstuitkering*') },
      { pattern: words('huurtoeslag*', 'zorgtoeslag*', 'kinderopvangtoeslag*', 'kindgebonden budget'), near: [BENEFIT_DECISION] },
      // III.5(a): "toeslagen" as benefits, not as a surcharge on a fee or tariff ("toeslag of korting")
      { pattern: words('toeslagen'), near: [BENEFIT_DECISION], notNear: words('korting*', 'leges*', 'tarie*', 'percentage*', 'heffing*') },
      {
        pattern: words('wmo', 'wmo-*', 'maatschappelijke ondersteuning', 'maatwerkvoorziening*', 'huishoudelijke (hulp|ondersteuning)', '*jeugdhulp*', 'jeugdzorg*', 'hulp aan jeugdigen',
          'jeugdwet', 'participatiewet', 'ioaw', 'ioaz', 'bbz*', 'minimaregeling*', 'minimabeleid', 'inkomensvoorziening*', 'inkomensregeling*', 'inkomensondersteuning',
          'individuele inkomenstoeslag', 'iit', 'armoederegeling*', 'kwijtschelding*', 'schuldhulp*', 'schuldsanering*', 'schuldregeling*',
          // national social security that public bodies decide on
          'kinderbijslag', 'aow', 'anw', 'ww', 'wia', 'wajong', 'ziektewet', 'arbeidsongeschikt*', 'social benefits?',
          'welfare', 'unemployment benefits?', 'housing (benefit|allowance)s?', 'public assistance', 'social assistance', 'debt (relief|counselling|assistance)'),
        near: [BENEFIT_DECISION],
      },
      // III.5(b): creditworthiness and credit scores of natural persons (not of suppliers or companies)
      {
        pattern: words('kredietwaardig*', 'kredietscor*', 'credit~scor*', 'creditworth*', 'kredietbeoordeling*', 'kredietcheck*', 'bkr-toets*'),
        notNear: words('leverancier*', 'bedrijven', 'ondernemingen', 'suppliers?', 'companies', 'vendors?'),
      },
      // III.5(d): evaluating and classifying emergency calls, dispatching emergency services, triage
      {
        pattern: words('112', 'noodoproep*', 'noodnummer', 'meldkamer*', 'emergency calls?', 'emergency dispatch*', 'spoedeisende (hulp|zorg)', 'ambulancezorg'),
        near: [words('triage', 'prioriter*', 'urgentie*', 'dispatch*', 'classific*', 'beoordel*', 'inschatten', 'indelen', 'uitgifte', 'inzet van', 'prioriti*', 'evaluat*', 'assess*')],
      },
      { pattern: words('triage'), near: [words('patiënt*', 'spoed*', 'nood*', 'ambulance*', 'hulpdienst*', 'huisartsenpost*', 'emergenc*', 'patients?')] },
      // III.5 (prompt): municipal public services such as passports, identity cards and driving licences. The municipal audit
      // office in our founding documents counted these among the services rated lower than the Act implies; ask for a check.
      { pattern: words('*burgerzaken*'), notNear: FEES, messageId: 'area-5-public-services' },
      { pattern: words('paspoortaanvra*', 'rijbewijsaanvra*', 'reisdocumentaanvra*', 'identiteitskaartaanvra*'), notNear: FEES, messageId: 'area-5-public-services' },
      {
        pattern: words('reisdocument(en)?', 'paspoort(en)?', 'identiteitskaart(en)?', 'id-kaart(en)?', 'rijbewijs', 'rijbewijzen',
          'passports?', 'identity cards?', 'driving licen[cs]es?', 'driver\'?s licen[cs]es?'),
        near: [DOCUMENT_SERVICE],
        notNear: FEES,
        messageId: 'area-5-public-services',
      },
    ],
  },
  {
    point: 6,
    recordGuards: [[CHATBOT], DOCUMENT_ANONYMISATION],
    terms: [
      // III.6(d): risk of offending or re-offending
      { pattern: words('recidiverisico*', 'recidivism', 'reoffending', 're-offending') },
      { pattern: words('recidive'), near: [RISK_OR_PREDICTION] },
      {
        pattern: words('(risico|kans) op (het plegen van )?(strafbare feiten|misdrijven|delicten|crimineel gedrag|criminaliteit)', 'risks? of (re-?)?offending',
          'criminaliteitsvoorspelling*', 'predictive policing', 'crime prediction', 'voorspel* van (criminaliteit|misdrijven|strafbare feiten|crimineel gedrag)',
          'voorspelt (criminaliteit|misdrijven|strafbare feiten|crimineel gedrag)'),
      },
      // III.6(d)-(e): detection, investigation and prosecution of criminal offences, profiling in that context
      {
        pattern: words('opsporing en vervolging', 'opsporen en vervolgen', 'strafrechtelijk(e)? (onderzoek|onderzoeken|vervolging)', 'criminal investigations?', 'criminal proceedings',
          'prosecution of criminal offences', 'profilering van verdachten', 'profiling of suspects', 'verdachtenprofiel*', 'daderprofiel*', 'offender profil*', 'criminal profil*'),
      },
      { pattern: words('verdachten', 'suspects'), near: [words('profil*', 'risicoscore*', 'risicoprofiel*', 'rangschik*', 'voorspel*', 'predict*', 'rank*')] },
      // III.6(c) and (b): reliability of evidence; polygraphs
      { pattern: words('betrouwbaarheid van (het )?(bewijs|bewijsmateriaal|getuigenverklaring*)', 'reliability of (the )?evidence', 'bewijswaardering', 'leugendetector*', 'polygra*', 'lie detector*') },
      // III.6(a): risk of becoming a victim of crime
      { pattern: words('slachtofferschap', '(risico|kans) (om|op|dat iemand) slachtoffer (te worden|wordt)', 'risk of becoming (a )?victims?') },
      // III.6 (municipal): organised-crime detection with risk signals or profiles ("ondermijning")
      { pattern: words('ondermijning*', 'ondermijnende criminaliteit'), near: [words('risico*', 'signal*', 'profiel*', 'voorspel*', 'opspor*', 'detect*', 'score*', 'indicator*', 'verdacht*')] },
      // III.6: law enforcement named in English, with profiling, prediction, suspects or evidence
      { pattern: words('law enforcement'), near: [words('risk*', 'profil*', 'predict*', 'suspect*', 'evidence')] },
    ],
  },
  {
    point: 7,
    recordGuards: [[CHATBOT], DOCUMENT_ANONYMISATION],
    terms: [
      // III.7(c): examining applications for asylum, visas and residence permits
      {
        pattern: words('asielaanvra*', 'asielverzoek*', 'asielprocedure*', 'verblijfsvergunningaanvra*', 'visumaanvra*',
          '(aanvra*|beoordel*|beslissing*|besluit*) (van|voor|op|over) (een |de |het )?(verblijfsvergunning|visum|asiel|machtiging tot voorlopig verblijf|mvv)*',
          '(asylum|visa|residence permit) (applications?|claims?|requests?|procedures?)', 'applications? for (asylum|visas?|residence permits?)'),
        notNear: words('creditcard*', 'credit card*', 'betaal*', 'mastercard'),
      },
      // III.7(b)-(d): asylum seekers and migrants assessed or identified (not: housing or reception of asylum seekers)
      {
        pattern: words('asielzoeker*', 'asylum seekers?', 'migrant*', 'vreemdeling*'),
        near: [words('beoordel*', 'beslis*', 'risico*', 'identific*', 'leeftijdsschatting', 'leeftijdsbepaling', 'verhoor*', 'assess*', 'risk*', 'identif*', 'screening')],
        notNear: words('huisvest*', 'opvang*', 'azc', 'housing', 'reception', 'inburger*', 'statushouder*'),
      },
      // III.7(b) and (d): border control, irregular migration
      { pattern: words('grenscontrole*', 'grensbewaking*', 'grenstoezicht', 'border control*', 'border management', 'border surveillance', 'irreguliere migratie', 'irregular migration', 'illegale immigratie', 'vreemdelingentoezicht', 'vreemdelingenpolitie') },
    ],
  },
  {
    point: 8,
    recordGuards: [[CHATBOT], DOCUMENT_ANONYMISATION],
    terms: [
      // III.8(a): assisting a judicial authority in researching and interpreting facts and law, or alternative dispute resolution
      {
        pattern: words('rechterlijke macht', 'rechtspraak', 'rechterlijke (uitspraken|beslissingen|oordelen)', 'judicial authorit*', 'judges?', 'geschilbeslechting', 'alternatieve geschilbeslechting', '(alternative )?dispute resolution'),
        near: [words('onderzoek*', 'interpret*', 'toepass*', 'ondersteun*', 'voorspel*', 'analy*', 'research*', 'apply*', 'predict*', 'assist*')],
        notNear: words('bezwaar*', 'beroep*', 'appeal*', 'objection*'),
      },
      // III.8(b): elections, referendums and voting behaviour
      { pattern: words('*verkiezing*', 'referend*', 'stemgedrag', 'kiezers*', 'kiesgerechtigd*', 'uitslagberekening', 'zetelverdeling', 'elections?', 'electoral', 'voters?', 'voting (behaviou?r|advice|intentions?)') },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Article 5(1): the prohibited practices

/** Citizens or residents as the people scored. */
const CITIZENS = words('burgers', 'inwoners', 'bewoners', 'huurders', 'aanvragers', 'mensen', 'personen', 'citizens', 'residents', 'people', 'persons', 'tenants');
/** Behaviour or personal traits as what they are scored on. */
const BEHAVIOUR = words('sociaal gedrag', 'gedrag', 'gedragingen', 'persoonlijke kenmerken', 'persoonlijkheid*', 'social behaviou?r', 'behaviou?r', 'personal characteristics', 'personality');
/** Worse treatment that follows from a score. */
const DETRIMENT = words('nadelig*', 'benadel*', 'slechter*', 'uitsluit*', 'uitgesloten', 'weiger*', 'geweigerd', 'verlag*', 'minder (rechten|toegang|hulp)', 'sanctie*', 'strenger*',
  'detriment*', 'unfavou?rabl*', 'exclu*', 'denied', 'deny', 'penal*', 'worse');

/** Wording that shows the text is about fighting a harm, not committing it. */
const COUNTERING = words('signal*', 'detect*', 'opspor*', 'bestrijd*', 'tegengaan', 'tegen te gaan', 'voorkom*', 'aanpak', 'bescherm*', 'prevent*', 'protect*', 'combat*');

/** Biometric data, or the images it is taken from. */
const BIOMETRIC_SOURCE = words('biometri*', 'gezicht*', 'gezichtskenmerk*', '*gezichtsherkenning*', 'lichaamskenmerk*', 'stemkenmerk*', 'camerabeelden', 'foto\'s', 'fotos', 'facial', 'faces?', 'face images?', 'images', 'body');

/** Workplace and education, where emotion recognition is prohibited. */
const WORK_OR_EDUCATION = words('werkplek*', 'werkvloer', 'medewerkers?', 'werknemers?', 'personeel*', 'sollicitant*', 'sollicitatiegesprek*', 'op het werk', 'workplace', 'employees?',
  'staff', 'workers?', 'job interviews?', 'leerlingen', 'leerling', 'studenten', 'student', 'scholieren', 'klaslokaal', 'in de klas', 'onderwijs*', 'school', 'scholen', 'students?', 'pupils?', 'classrooms?');

export const PROHIBITED_PRACTICES: readonly ProhibitedPractice[] = [
  {
    // 5(1)(a): subliminal, purposefully manipulative or deceptive techniques that distort behaviour
    point: 'a',
    terms: [
      {
        pattern: words('subliminal*', 'subliminale*', 'onbewuste beïnvloeding', 'onbewust (beïnvloed*|sturen|gestuurd)', 'manipulatieve (technieken|methoden|ontwerp*)', 'manipulative (techniques|design)',
          'misleidende technieken', 'deceptive techniques', 'dark patterns?', '(ongemerkt|heimelijk|onbewust) (het )?(gedrag|keuzes|beslissingen) (beïnvloed*|sturen|te sturen)'),
      },
      // "manipulatie" of people's behaviour, not of data ("manipulatie van gegevens" is a security risk)
      {
        pattern: words('manipul*'),
        near: [words('gedrag', 'keuze*', 'beslissing*', 'burgers', 'inwoners', 'mensen', 'gebruikers', 'behaviou?r', 'people', 'users', 'citizens')],
        notNear: words('gegevens', 'data', 'bestand*', 'document*', 'beelden', 'foto*', 'logging', 'logbestand*', 'records?', 'files?', 'images?', 'tamper*', 'integriteit', 'integrity', 'beveilig*', 'security'),
      },
    ],
  },
  {
    // 5(1)(b): exploiting vulnerabilities due to age, disability or a specific social or economic situation
    point: 'b',
    terms: [
      {
        pattern: words('(uitbuit*|misbruik maken van|misbruik van|exploit*|inspelen op|inspeelt op|speelt in op) (de |hun |iemands |die )?(kwetsba*|zwakke positie|afhankelijk*|vulnerab*)',
          '(uitbuit*|exploit*) (van )?(de |hun )?(leeftijd|beperking|handicap|schulden|armoede|financiële nood|sociale of economische situatie)',
          'exploit* (their |the )?(age|disabilit*|social or economic situation|financial (hardship|situation)|poverty|debts?)'),
        notNear: COUNTERING,
      },
    ],
  },
  {
    // 5(1)(c): social scoring: scores on social behaviour or personal traits leading to detrimental treatment
    point: 'c',
    terms: [
      { pattern: words('sociale score*', 'social scor*', 'sociaal kredietsysteem', 'social credit*', 'burgerscore*', 'burgerscoring', 'sociale kredietscore*') },
      { pattern: words('score*', 'scoring', 'punten', 'rating*', 'ranglijst*', 'rangschik*', 'kredietscore*'), near: [CITIZENS, BEHAVIOUR, DETRIMENT] },
    ],
  },
  {
    // 5(1)(d): predicting criminal offences based solely on profiling or personality traits
    point: 'd',
    terms: [
      {
        pattern: words('strafba* feit*', 'misdrij*', 'delict*', 'crimin*', 'offen[cs]e*', 'crimes?', 'offend*', 'recidive*'),
        near: [
          words('voorspel*', 'inschat*', 'predict*', 'risico*', 'kans', 'risk*', 'likel*', 'forecast*'),
          words('(alleen|uitsluitend|enkel|puur|solely|only|purely) (op basis van |gebaseerd op |based on |on the basis of )?(een |hun |het |their )?(profiel*|profiler*|profiling|persoonlijkheid*|persoonskenmerk*|persoonlijke kenmerken|personality|personal (traits|characteristics))',
            'persoonlijkheidskenmerk*', 'persoonlijkheidstrek*', 'karaktereigenschap*', 'personality traits?'),
        ],
      },
    ],
  },
  {
    // 5(1)(e): untargeted scraping of facial images from the internet or CCTV footage for face recognition databases
    point: 'e',
    terms: [
      {
        pattern: words('scrap*', 'schrapen', 'geschraapt', 'ongericht* (verzamel*|binnenhal*|opgehaald|gedownload)', 'untargeted', 'harvest*', 'crawl*', 'massaal (verzamel*|binnengehaald|gedownload)'),
        near: [
          words('gezicht*', 'gezichtsafbeelding*', 'gezichtsfoto*', 'pasfoto*', 'portretfoto*', 'facial', 'faces?', 'face images?'),
          words('internet', 'sociale media', 'social media', 'websites?', 'cctv', 'camerabeelden', 'bewakingscamera*', 'databa*', 'databank*'),
        ],
      },
    ],
  },
  {
    // 5(1)(f): emotion recognition in the workplace and in education (except for medical or safety reasons)
    point: 'f',
    terms: [
      {
        pattern: EMOTION_RECOGNITION,
        near: [WORK_OR_EDUCATION],
        notNear: words('*chatbot*', 'virtuele (gemeente )?assistent*', 'toon', 'tone', 'tekst*', 'berichten', 'emails?', 'e-mails?', 'texts?', 'messages?', 'medische redenen', 'veiligheidsredenen',
          'medical (or safety )?reasons', 'safety reasons'),
      },
    ],
  },
  {
    // 5(1)(g): biometric categorisation to infer race, political opinions, trade union membership, religious or
    // philosophical beliefs, sex life or sexual orientation
    point: 'g',
    terms: [
      {
        pattern: words('ras', 'etnici*', 'etnische (afkomst|achtergrond|herkomst)', 'afkomst', 'huidskleur', 'politieke (voorkeur*|opvatting*|overtuiging*|kleur)', 'vakbond*',
          'religie*', 'geloof', 'geloofsovertuiging*', 'godsdienst*', 'levensovertuiging*', 'seksuele (geaardheid|oriëntatie|gerichtheid|voorkeur)', 'seksleven',
          'race', 'racial', 'ethnic*', 'political (opinions?|views|affiliation)', 'trade union*', 'religio*', 'philosophical beliefs?', 'sexual orientation', 'sex life'),
        near: [
          BIOMETRIC_SOURCE,
          words('categoris*', 'indelen', 'ingedeeld', 'indeling', 'afleid*', 'afgeleid', 'bepaalt', 'bepalen', 'vaststel*', 'vastgesteld', 'inschat*', 'herken*', 'classific*',
            'infer*', 'deduc*', 'determin*', 'predict*', 'voorspel*', 'sorteer*', 'sorteren',
            // separable Dutch verbs: "deelt bezoekers in", "leidt hun afkomst af"
            'deelt', 'delen', 'leidt', 'leiden'),
        ],
        notNear: SPECIAL_CATEGORIES,
      },
    ],
  },
  {
    // 5(1)(h): real-time remote biometric identification in publicly accessible spaces for law enforcement
    point: 'h',
    recordRequires: words('politie', 'opsporing*', 'handhav*', 'boa(\'?s)?', 'verdacht*', 'gezochte personen', 'criminal*', 'openbare orde', 'law enforcement', 'police', 'suspects?', 'wanted persons?'),
    terms: [
      {
        pattern: words('*gezichtsherkenning*', 'biometrische identificatie*', 'biometric identification', 'facial recognition', 'face recognition', 'identificatie op afstand',
          'remote (biometric )?identification', 'herkennen van (personen|gezichten)', 'personen (herkennen|identificeren)'),
        near: [
          words('real-?time', 'realtime', 'live', 'direct', 'directe', 'rechtstreeks', 'ter plekke', 'op het moment zelf', 'instant*'),
          words('openbare ruimte', 'publieke ruimte', 'openbaar toegankelijk*', 'op straat', 'straten', '*plein', 'pleinen', 'winkelstra*', 'winkelcentr*', 'stations?', 'evenement*', 'festival*',
            'uitgaansgebied*', 'publicly accessible', 'public (spaces?|places?|areas?)', 'streets?'),
        ],
      },
    ],
  },
];

for (const group of [...ANNEX_III_AREAS, ...PROHIBITED_PRACTICES]) for (const term of group.terms) gateTerm(term.pattern);

// ---------------------------------------------------------------------------------------------
// Rule-based or self-learning: how the lowering to 'info' is decided (see aiActMatching.ts)

/** The record says it works with fixed rules. */
export const RULE_BASED_WORDING = words(
  'regelgebaseerd*', 'op regels gebaseerd', 'rule-based', 'rules-based', 'rule based', 'geen zelflerend*', 'niet zelflerend*', 'beslisregel*', 'beslisbom*', 'beslisboom',
  'rekenregel*', 'business~rules', 'businesslogica', 'bedrijfsregels', 'vaste (reken)?regels', 'vaste logica', 'if-then', 'als-dan-regels',
);

/** Wording of machine learning or AI; when it is there (and not negated), fixed-rule wording does not lower the severity. */
export const MACHINE_LEARNING_WORDING = words(
  'machine~learning', 'zelflerend*', 'self-learning', 'deep~learning', 'neura(al|le) netwerk*', 'neural networks?', 'kunstmatige intelligentie', 'artificiële intelligentie',
  'artificial intelligence', 'ai', 'ai-*', 'getraind*', 'trained', 'trainingsdata*', 'training data', 'taalmodel*', 'llm*', 'large language models?', 'logistische regressie',
  'random forest*', 'classificatiemodel*', 'voorspelmodel*', 'predictive models?', 'named entity recognition', 'nlp', 'natural language processing', 'computer vision', 'beeldherkenning',
);

/** Values of the inkooplint `technique` field (and the register's legacy `type`) that say fixed rules, or self-learning. */
export const RULE_BASED_VALUE = /^(?:regelgebaseerd|regel-gebaseerd|op regels gebaseerd|rules?[- ]based)\.?$/i;
export const SELF_LEARNING_VALUE = /^(?:zelflerend|self[- ]learning|machine[- ]learning|(?:un)?supervised learning)\.?$/i;

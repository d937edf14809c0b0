/**
 * Wording that several topics share: what the contract is about (the algorithm), what it
 * produces (decisions, outputs), who the buyer is, what data is, and the verbs of reporting and
 * providing. Dutch and English side by side; see `patterns.ts` for the notation.
 *
 * These are building blocks for co-occurrence: none of them says anything about a topic alone.
 */
import { anyOf, terms } from './patterns';

/**
 * The algorithm or AI system. "Model" only as a word of its own or in compounds that are always
 * about a calculation model: "verdienmodel" and "prijsmodel" are about money, "modelovereenkomst"
 * is a template.
 */
export const ALGORITHM = terms(
  'algoritm*', '*algoritme', '*algoritmes', '*algoritmen', 'algorithm*', '*algorithm', '*algorithms',
  'AI', 'A\\.I\\.', 'AI~systeem*', 'AI~system*', 'AI~model*', 'AI~toepassing*', 'AI~oplossing*',
  'kunstmatige intelligentie', 'artificial intelligence', 'machine learning', 'zelflerend*', 'self~learning',
  'model', 'modellen', 'models', 'reken~model*', 'risico~model*', 'voorspel*~model*', 'taal~model*',
  'score~model*', 'selectie~model*', 'model~versie*', 'predictive model*', 'language model*',
  'beslisregel*', 'rekenregel*', 'decision rules?', 'beslis~boom', 'beslis~bomen', 'decision trees?',
);

/** What an algorithm produces. */
export const DECISION = terms(
  'beslissing*', 'besluit', 'besluiten', 'uitkomst*', 'output', 'outputs', 'resultaat', 'resultaten',
  'advies', 'adviezen', 'voorspelling*', 'score', 'scores', 'classificatie*', 'selectie',
  'decision*', 'outcome*', 'results?', 'recommendation*', 'prediction*', 'classification*',
);

export const ALGORITHM_OR_DECISION = anyOf(ALGORITHM, DECISION);

/** The buyer, by the names contracts use for it. */
export const BUYER = terms(
  'opdrachtgever*', 'gemeente*', 'college', 'afnemer', 'klant',
  'public organi[sz]ation', 'customer', 'buyer', 'contracting authority', 'municipality', 'client',
);

/** Data sets and data, including compounds ("persoonsgegevens", "trainingsdata"). */
export const DATA = terms(
  'gegevens', '*gegevens', 'gegevensbestand*', 'data', '*data', 'dataset*', 'data~set*', 'databestand*',
  'invoergegevens', 'input data',
);

/** Verbs of reporting something to someone. */
export const REPORT = terms(
  'meld*', 'gemeld', 'informeer*', 'geïnformeerd', 'stelt (?:\\S+ ){0,6}op de hoogte', 'op de hoogte (?:stellen|brengen)',
  'report*', 'notif*', 'inform', 'informs', 'informed', 'informing',
);

/**
 * Verbs of providing or keeping something available. "lever" only as the verb, never as the
 * start of "Leverancier"; not "overleggen", which is both "submit" and "consult".
 */
export const PROVIDE = terms(
  'lever', 'levert', 'leveren', 'levering*', 'geleverd', 'aanlever*', 'verstrek*', 'ter beschikking', 'beschikbaar', 'stuurt', 'sturen',
  'provide*', 'deliver*', 'make available', 'made available', 'makes available', 'supply', 'supplies', 'submit*', 'send*',
);

/** A term in hours, days or months: "binnen 24 uur", "within 5 working days". */
export const PERIOD = terms(
  'uur', 'uren', 'dagen', 'werkdagen', 'weken', 'maanden', 'hours?', 'days?', 'working days', 'weeks?', 'months?',
);

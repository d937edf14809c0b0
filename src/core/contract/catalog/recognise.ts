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
import { occursIn, terms } from './patterns';
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

const DOTTED_NUMBER = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(\d+(?:\.\d+)+)\.?(?:\*\*|__)?(?=[ \t]+\S)/gm;
const SIMPLE_NUMBER = /^[ \t]*(?:\*\*|__)?(\d{1,3})[.)](?:\*\*|__)?(?=[ \t]+\S)/gm;

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
export function bodyScopes(body: string): BodyScope[] {
  let starts = numberedStarts(body, DOTTED_NUMBER);
  if (starts.length === 0) starts = numberedStarts(body, SIMPLE_NUMBER);
  if (starts.length === 0) return [{ offset: [0, body.length] }];
  const scopes: BodyScope[] = [];
  if (body.slice(0, starts[0].at).trim() !== '') scopes.push({ offset: [0, starts[0].at] });
  starts.forEach((start, i) => {
    const next = starts.slice(i + 1).find((later) => later.level <= start.level);
    scopes.push({ number: start.number, offset: [start.at, next ? next.at : body.length] });
  });
  return scopes;
}

function numberedStarts(body: string, pattern: RegExp): Array<{ number: string; level: number; at: number }> {
  return [...body.matchAll(pattern)].map((match) => ({
    number: match[1],
    level: match[1].split('.').length,
    at: match.index ?? 0,
  }));
}

function normalise(text: string): string {
  return text.replace(/\*\*|__|`|\u00ad/g, '');
}

/** Where an article shows that it covers a topic: its heading, or the first matching body scope. */
export function findTopicEvidence(heading: string, body: string, topic: ClauseTopic): TopicEvidence | undefined {
  if (isDefinitionsHeading(heading)) return undefined;
  const title = normalise(headingTitle(heading));
  if (title !== '' && topic.recognition.headings.some((pattern) => occursIn(pattern, title))) return { scope: 'heading' };
  for (const scope of bodyScopes(body)) {
    const text = normalise(body.slice(scope.offset[0], scope.offset[1]));
    const group = topic.recognition.body.findIndex(
      (patterns) => patterns.length > 0 && patterns.every((pattern) => occursIn(pattern, text)),
    );
    if (group !== -1) return { scope: 'body', ...(scope.number ? { clause: scope.number } : {}), offset: scope.offset, group };
  }
  return undefined;
}

/** Whether an article (heading text and body text) covers a topic; see the module comment. */
export function articleCoversTopic(headingText: string, bodyText: string, topic: ClauseTopic): boolean {
  return findTopicEvidence(headingText, bodyText, topic) !== undefined;
}

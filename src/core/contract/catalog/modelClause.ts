/**
 * How a model clause becomes an article. A model clause's body is a list of sub-clauses, one
 * paragraph each, separated by a blank line and written without numbers; a sub-clause may hold
 * a lettered list on lines of its own ("a. ...;"). The snippet and the quick fix give the article
 * its number, and the sub-clauses follow it: "Artikel 9", then "9.1", "9.2", GIBIT style.
 */
import type { Language } from '../../finding';
import { snippetText } from './snippet';
import type { ClauseTopic } from './types';

const ARTICLE_WORD: Record<Language, string> = { nl: 'Artikel', en: 'Article' };

/** The sub-clauses of a model clause body: its paragraphs, without surrounding whitespace. */
export function modelClauseParagraphs(body: string): string[] {
  return body.split(/\n[ \t]*\n/).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== '');
}

export interface ModelClauseArticleOptions {
  /** The article number as it will appear: "9", "9a". */
  articleNumber: string;
  /** `snippet` keeps the tab stops; `text` fills in their defaults, for hovers and previews. */
  form: 'snippet' | 'text';
  /** Markdown heading level of the article; default 2. */
  headingLevel?: number;
  /**
   * How the contract writes an article heading around its number, to write the new one alike:
   * the text before the number ("Artikel ", "Art. ", "" in "## 1. Scope") and between the number
   * and the title (" ", ". ", ": "). By default "Artikel " or "Article ", and a space.
   */
  headingStyle?: { beforeNumber: string; afterNumber: string };
}

/** The model clause of a topic as a Markdown article: "## Artikel 9 Heading" (or in the contract's heading style), then 9.1, 9.2 .... */
export function modelClauseArticle(topic: ClauseTopic, language: Language, options: ModelClauseArticleOptions): string {
  const { articleNumber, form } = options;
  const level = options.headingLevel ?? 2;
  const body = form === 'text' ? snippetText(topic.modelClause.body[language]) : topic.modelClause.body[language];
  const subClauses = modelClauseParagraphs(body).map((paragraph, i) => `${articleNumber}.${i + 1} ${paragraph}`);
  const { beforeNumber, afterNumber } = options.headingStyle ?? { beforeNumber: `${ARTICLE_WORD[language]} `, afterNumber: ' ' };
  return `${'#'.repeat(level)} ${beforeNumber}${articleNumber}${afterNumber}${topic.modelClause.heading[language]}\n\n${subClauses.join('\n\n')}\n`;
}

/**
 * The catalog's sources in words, in one language: the one place that formats a source's name,
 * version, date and (for the AI Act) the date from which the article applies. The checklist
 * reports and the editor's hovers show these words; they only escape them for their format.
 */
import type { Language } from '../../finding';
import { localizeIn } from '../../l10n/messages';
import { formatDate } from '../../text/formatDate';
import { topicById } from './index';
import { sourceName } from './sources';
import type { CatalogSource } from './types';

export interface SourceWords {
  /** "AI-verordening (EU) 2024/1689". */
  title: string;
  /** The title with the article or theme: "AI-verordening (EU) 2024/1689, Article 13". */
  name: string;
  /** "2024/1689". */
  version: string;
  /** "13 juni 2024". */
  date: string;
  /** For the AI Act: "2 augustus 2026". */
  appliesFrom?: string;
  /** "versie 2024/1689 van 13 juni 2024, geldt vanaf 2 augustus 2026". */
  details: string;
  url?: string;
}

export function sourceWords(language: Language, source: CatalogSource): SourceWords {
  const date = formatDate(language, source.date);
  const appliesFrom = source.appliesFrom ? formatDate(language, source.appliesFrom) : undefined;
  const details = appliesFrom
    ? localizeIn(language, 'catalog.source.details-applies-from', { version: source.version, date, appliesFrom })
    : localizeIn(language, 'catalog.source.details', { version: source.version, date });
  return {
    title: source.title[language],
    name: sourceName(source)[language],
    version: source.version,
    date,
    ...(appliesFrom ? { appliesFrom } : {}),
    details,
    ...(source.url ? { url: source.url } : {}),
  };
}

/** A catalog topic's title and its sources in words, in one language. */
export interface TopicSourceWords {
  title: string;
  sources: SourceWords[];
}

/** A catalog topic's title and its sources in words (for a finding's `properties.topic`); undefined for an unknown topic. */
export function topicSourceWords(language: Language, topicId: string): TopicSourceWords | undefined {
  const topic = topicById(topicId);
  if (!topic) return undefined;
  return { title: topic.title[language], sources: topic.sources.map((source) => sourceWords(language, source)) };
}

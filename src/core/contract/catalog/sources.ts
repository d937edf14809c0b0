/**
 * The sources the catalog cites, with their versions and dates, so that every topic cites them
 * the same way. Article numbers are only given where the source's own text was checked:
 * - AI Act: Regulation (EU) 2024/1689 (OJ L, 12 July 2024), dated 13 June 2024, in force
 *   1 August 2024. When an article applies follows Article 113: Chapters I and II (Art. 1–5) from
 *   2 February 2025; general-purpose AI models (Chapter V), notified bodies, governance and
 *   penalties from 2 August 2025; the rest, including the high-risk regime of Chapter III
 *   (Art. 6(2), 8–49), transparency (Art. 50), the EU database (Art. 71), post-market monitoring
 *   and serious incidents (Art. 72–73) and the right to explanation (Art. 86), from 2 August 2026;
 *   Art. 6(1) (AI in products covered by Annex I) and its obligations from 2 August 2027.
 * - GDPR (AVG): Regulation (EU) 2016/679, dated 27 April 2016.
 * - MCC-AI: the EU model contractual clauses for the public procurement of AI, updated version of
 *   5 March 2025, high-risk and light. Section B of the high-risk version has Articles 2 to 8 (risk
 *   management system up to accuracy, robustness and cybersecurity); other clauses are named by
 *   their title and section, without a number.
 * - GIBIT 2023 (adopted 5 December 2023): cited by theme, never by article number; the catalog has
 *   no checked copy of the conditions' text.
 */
import type { LocalizedText } from '../../finding';
import type { CatalogSource, ClauseTopic } from './types';

/** Dates from which parts of the AI Act apply (Article 113). */
export const AI_ACT_APPLIES = {
  /** Chapters I and II: definitions, AI literacy (Art. 4), prohibited practices (Art. 5). */
  prohibitedPractices: '2025-02-02',
  /** General-purpose AI models (Chapter V). */
  generalPurposeAi: '2025-08-02',
  /** The high-risk regime for Annex III systems, Art. 50, Art. 71–73, Art. 86 and the rest. */
  highRisk: '2026-08-02',
  /** Art. 6(1): high-risk AI in products covered by Annex I. */
  annexIProducts: '2027-08-02',
} as const;

/** The dates an AI Act source may give as `appliesFrom`. */
export const AI_ACT_APPLICATION_DATES: readonly string[] = Object.values(AI_ACT_APPLIES);

export function aiAct(article: string, appliesFrom: string): CatalogSource {
  return {
    kind: 'ai-act',
    title: { nl: 'AI-verordening (EU) 2024/1689', en: 'AI Act, Regulation (EU) 2024/1689' },
    article,
    version: '2024/1689',
    date: '2024-06-13',
    appliesFrom,
    url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
  };
}

export function gdpr(article: string): CatalogSource {
  return {
    kind: 'gdpr',
    title: { nl: 'AVG, Verordening (EU) 2016/679', en: 'GDPR, Regulation (EU) 2016/679' },
    article,
    version: '2016/679',
    date: '2016-04-27',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  };
}

const MCC_AI_URL = 'https://public-buyers-community.ec.europa.eu/communities/procurement-ai/resources/updated-eu-ai-model-contractual-clauses';

/** The high-risk version of the MCC-AI; `article` as the clauses name it. */
export function mccAiHighRisk(article: string): CatalogSource {
  return {
    kind: 'mcc-ai',
    title: { nl: 'MCC-AI (hoog risico), 2025', en: 'MCC-AI (high-risk), 2025' },
    article,
    version: '2025',
    date: '2025-03-05',
    url: MCC_AI_URL,
  };
}

/** The light version of the MCC-AI, for AI systems that are not high-risk. */
export function mccAiLight(article?: string): CatalogSource {
  return {
    kind: 'mcc-ai',
    title: { nl: 'MCC-AI (light), 2025', en: 'MCC-AI (light), 2025' },
    ...(article ? { article } : {}),
    version: '2025',
    date: '2025-03-05',
    url: MCC_AI_URL,
  };
}

/** GIBIT 2023, by theme ("thema Algoritmes: uitlegbaarheid"), never by article number. */
export function gibit(theme: string): CatalogSource {
  return {
    kind: 'gibit',
    title: { nl: 'GIBIT 2023', en: 'GIBIT 2023 (Dutch municipal IT purchasing conditions)' },
    article: theme,
    version: '2023',
    date: '2023-12-05',
    url: 'https://vng.nl/nieuws/nieuwe-gemeentelijke-ict-inkooptoolbox-gibit',
  };
}

/** The Dutch government information security baseline; version 1.04 applies to all layers of government since 1 January 2020. */
export const BIO: CatalogSource = {
  kind: 'bio',
  title: { nl: 'Baseline Informatiebeveiliging Overheid (BIO)', en: 'Baseline Informatiebeveiliging Overheid (BIO, Dutch government information security baseline)' },
  version: '1.04',
  date: '2020-01-01',
  url: 'https://www.bio-overheid.nl',
};

export const ISO_27001: CatalogSource = {
  kind: 'other',
  title: { nl: 'ISO/IEC 27001:2022 (informatiebeveiliging)', en: 'ISO/IEC 27001:2022 (information security management)' },
  version: '2022',
  date: '2022-10-25',
};

export const ISO_42001: CatalogSource = {
  kind: 'other',
  title: { nl: 'ISO/IEC 42001:2023 (managementsysteem voor AI)', en: 'ISO/IEC 42001:2023 (AI management system)' },
  version: '2023',
  date: '2023-12-18',
};

export const ALGORITHM_REGISTER_STANDARD: CatalogSource = {
  kind: 'other',
  title: { nl: 'Algoritmeregister, publicatiestandaard', en: 'Dutch Algorithm Register, publication standard' },
  version: '1.0',
  date: '2024-11-29',
  url: 'https://algoritmes.overheid.nl',
};

/** A source's name as a reader sees it: its title, with the article or theme if it names one ("GIBIT 2023, exit en exitplan"). */
export function sourceName(source: CatalogSource): LocalizedText {
  const article = source.article ? `, ${source.article}` : '';
  return { nl: `${source.title.nl}${article}`, en: `${source.title.en}${article}` };
}

/** A topic's first source as a reader sees it: "GIBIT 2023, exit en exitplan". */
export function sourceLabel(topic: ClauseTopic): LocalizedText {
  return sourceName(topic.sources[0]);
}

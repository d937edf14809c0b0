import type { LocalizedText } from '../../finding';
import type { RiskProfile } from '../../config/config';

/** The topics a contract for an algorithmic system should cover. The ids are part of the interface. */
export const TOPIC_IDS = [
  'explainability',
  'data-ownership',
  'audit',
  'technical-documentation',
  'logging',
  'human-oversight',
  'accuracy-robustness-security',
  'bias-monitoring',
  'risk-management',
  'impact-assessment-cooperation',
  'ai-act-conformity',
  'incidents-corrective-actions',
  'certification',
  'exit',
  'processing-agreement',
  'change-management',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

export interface CatalogSource {
  kind: 'gibit' | 'mcc-ai' | 'ai-act' | 'gdpr' | 'bio' | 'other';
  /** "GIBIT 2023", "MCC-AI (high-risk), 2025", "AI-verordening (EU) 2024/1689". */
  title: LocalizedText;
  /** "art. 13", "Article 14", "thema Algoritmes". */
  article?: string;
  /** The source's version and its date (ISO): "2023", "2023-12-05". */
  version: string;
  date: string;
  /** For the AI Act: the date from which the article applies (ISO). */
  appliesFrom?: string;
  url?: string;
}

/**
 * How to tell that a contract covers a topic. Recognition is scoped to one article (or one
 * sub-clause): the article's heading matches `headings`, or its body matches one of the `body`
 * groups (every pattern of the group within the same article or sub-clause). Patterns are written
 * for Dutch and English and for paraphrases, not for one exact wording.
 */
export interface Recognition {
  headings: RegExp[];
  body: RegExp[][];
}

export interface ClauseTopic {
  id: TopicId;
  title: LocalizedText;
  explanation: LocalizedText;
  sources: CatalogSource[];
  /** Profiles that require this topic by default (configurable with `riskProfiles`). */
  profiles: RiskProfile[];
  recognition: Recognition;
  /**
   * General conditions that cover the topic, with the article, only where the conditions' own
   * text confirms it. `.inkooplint.yaml` can add to or override this.
   */
  coveredByConditions: Array<{ conditions: string; article: string }>;
  /** Snippet prefixes: `artikel-audit` and `clause-audit`. */
  snippetPrefix: { nl: string; en: string };
  /**
   * Model clause text in VS Code snippet syntax (placeholders as `${1:Leverancier}` tab stops),
   * without the article heading, which the snippet and the quick fix add with a fitting number.
   */
  modelClause: { heading: LocalizedText; body: LocalizedText };
}

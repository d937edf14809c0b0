/**
 * The questions of the supplier transparency checklist: one per topic of the clause catalog
 * (title, explanation, sources and profiles come from the catalog entry itself, never restated
 * here), and the questions a reviewer asks a supplier that a contract alone does not settle (their
 * words live in the `l10n/checklist.*.json` bundles; their sources are those of the catalog topics
 * they relate to).
 */
import type { RiskProfile } from '../config/config';
import { CLAUSE_CATALOG, topicById, type CatalogSource, type ClauseTopic, type TopicId } from '../contract/catalog';
import { ALGORITHM_REGISTER_STANDARD } from '../contract/catalog/sources';
import type { LocalizedText } from '../finding';
import { localize } from '../l10n/messages';
import { SUPPLIER_QUESTION_IDS, type QuestionId, type SupplierQuestionId } from './ids';

export type GroupId = 'transparency' | 'data' | 'quality' | 'oversight' | 'lifecycle' | 'supplier';

export const GROUP_IDS: readonly GroupId[] = ['transparency', 'data', 'quality', 'oversight', 'lifecycle', 'supplier'];

/** Which group each catalog topic is shown in: ids only, the words are in the l10n bundle. */
export const TOPIC_GROUPS: Readonly<Record<TopicId, GroupId>> = {
  explainability: 'transparency',
  'technical-documentation': 'transparency',
  logging: 'transparency',
  'data-ownership': 'data',
  'processing-agreement': 'data',
  'impact-assessment-cooperation': 'data',
  'accuracy-robustness-security': 'quality',
  'bias-monitoring': 'quality',
  'risk-management': 'quality',
  certification: 'quality',
  audit: 'oversight',
  'human-oversight': 'oversight',
  'ai-act-conformity': 'oversight',
  'incidents-corrective-actions': 'oversight',
  'change-management': 'lifecycle',
  exit: 'lifecycle',
};

export { SUPPLIER_QUESTION_IDS, QUESTION_IDS, isQuestionId, type SupplierQuestionId, type QuestionId } from './ids';

export interface Question {
  id: QuestionId;
  kind: 'contract-topic' | 'supplier';
  group: GroupId;
  /** Short title: the catalog topic's title, or the supplier question's. */
  title: LocalizedText;
  /** The question itself. */
  text: LocalizedText;
  /** Why it matters and what to look for: the catalog's explanation, or the bundle's help text. */
  help: LocalizedText;
  /** For a contract topic its own id; for a supplier question the catalog topics it relates to. */
  topics: TopicId[];
  sources: CatalogSource[];
  /** The profiles it applies to by default (for contract topics: `riskProfiles` in the configuration can change this). */
  profiles: RiskProfile[];
}

const ALL_PROFILES: RiskProfile[] = ['hoog-risico', 'impactvol', 'overig'];
const PUBLISHED_PROFILES: RiskProfile[] = ['hoog-risico', 'impactvol'];

/**
 * The supplier questions: the catalog topics they relate to (for their sources) and the profiles
 * they apply to. Register records are asked where publication is required (categories A and B).
 */
const SUPPLIER_QUESTIONS: Record<SupplierQuestionId, { topics: TopicId[]; profiles: RiskProfile[]; extraSources?: CatalogSource[] }> = {
  'supplier/algorithm-type': { topics: ['technical-documentation', 'ai-act-conformity'], profiles: ALL_PROFILES, extraSources: [ALGORITHM_REGISTER_STANDARD] },
  'supplier/training-data': { topics: ['technical-documentation', 'risk-management'], profiles: PUBLISHED_PROFILES },
  'supplier/performance': { topics: ['accuracy-robustness-security'], profiles: PUBLISHED_PROFILES },
  'supplier/bias-tests': { topics: ['bias-monitoring'], profiles: PUBLISHED_PROFILES },
  'supplier/data-location': { topics: ['processing-agreement'], profiles: ALL_PROFILES },
  'supplier/certifications': { topics: ['certification'], profiles: PUBLISHED_PROFILES },
  'supplier/register-record': { topics: ['explainability'], profiles: PUBLISHED_PROFILES, extraSources: [ALGORITHM_REGISTER_STANDARD] },
  'supplier/model-updates': { topics: ['change-management'], profiles: ALL_PROFILES },
};

function topicQuestion(topic: ClauseTopic): Question {
  return {
    id: topic.id,
    kind: 'contract-topic',
    group: TOPIC_GROUPS[topic.id],
    title: topic.title,
    text: localize('checklist.topic-question'),
    help: topic.explanation,
    topics: [topic.id],
    sources: topic.sources,
    profiles: topic.profiles,
  };
}

function supplierQuestion(id: SupplierQuestionId): Question {
  const spec = SUPPLIER_QUESTIONS[id];
  const key = id.slice('supplier/'.length);
  return {
    id,
    kind: 'supplier',
    group: 'supplier',
    title: localize(`checklist.question.${key}.title`),
    text: localize(`checklist.question.${key}.text`),
    help: localize(`checklist.question.${key}.help`),
    topics: spec.topics,
    sources: uniqueSources([...spec.topics.flatMap((topic) => topicById(topic).sources), ...(spec.extraSources ?? [])]),
    profiles: spec.profiles,
  };
}

/** "MCC-AI 2025, Article 6" and the same source with another article are one source for a reader of the list of sources. */
export function sourceKey(source: CatalogSource): string {
  return `${source.title.en}\u0000${source.version}\u0000${source.date}\u0000${source.appliesFrom ?? ''}`;
}

function uniqueSources(sources: readonly CatalogSource[]): CatalogSource[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = `${sourceKey(source)}\u0000${source.article ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

let allQuestions: readonly Question[] | undefined;

/** Every question once: the catalog topics in catalog order, then the supplier questions. */
export function checklistQuestions(): readonly Question[] {
  allQuestions ??= Object.freeze([...CLAUSE_CATALOG.map(topicQuestion), ...SUPPLIER_QUESTION_IDS.map(supplierQuestion)]);
  return allQuestions;
}

export function questionById(id: string): Question | undefined {
  return checklistQuestions().find((question) => question.id === id);
}


/**
 * Whether a question applies to a contract with this profile: a contract topic when the profile
 * requires it (`riskProfiles` in the configuration, else the catalog), a supplier question by its
 * own profiles.
 */
export function questionApplies(question: Question, profile: RiskProfile, requiredTopics: readonly TopicId[]): boolean {
  if (question.kind === 'contract-topic') return requiredTopics.includes(question.topics[0]);
  return question.profiles.includes(profile);
}

/** The questions that apply for a profile, in checklist order. */
export function questionsFor(profile: RiskProfile, requiredTopics: readonly TopicId[]): Question[] {
  return checklistQuestions().filter((question) => questionApplies(question, profile, requiredTopics));
}

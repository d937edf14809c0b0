/**
 * The clause catalog: one entry per topic a contract for an algorithmic system should cover, the
 * single source of truth from which lint rules, snippets, quick fixes, hovers and checklist
 * items are derived. One module per topic under `topics/`; this module puts them in the order of
 * `TOPIC_IDS` and derives the default requirements per risk profile from their `profiles`.
 */
import type { RiskProfile } from '../../config/config';
import { accuracyRobustnessSecurity } from './topics/accuracyRobustnessSecurity';
import { aiActConformity } from './topics/aiActConformity';
import { audit } from './topics/audit';
import { biasMonitoring } from './topics/biasMonitoring';
import { certification } from './topics/certification';
import { changeManagement } from './topics/changeManagement';
import { dataOwnership } from './topics/dataOwnership';
import { exit } from './topics/exit';
import { explainability } from './topics/explainability';
import { humanOversight } from './topics/humanOversight';
import { impactAssessmentCooperation } from './topics/impactAssessmentCooperation';
import { incidentsCorrectiveActions } from './topics/incidentsCorrectiveActions';
import { logging } from './topics/logging';
import { processingAgreement } from './topics/processingAgreement';
import { riskManagement } from './topics/riskManagement';
import { technicalDocumentation } from './topics/technicalDocumentation';
import { TOPIC_IDS, type ClauseTopic, type TopicId } from './types';
import { fold } from '../../text/suggest';

export { TOPIC_IDS } from './types';
export type { CatalogSource, ClauseTopic, Recognition, TopicId } from './types';
export { articleCoversTopic, findTopicEvidence } from './recognise';
export { modelClauseArticle } from './modelClause';
export { validateCatalog } from './validateCatalog';

const BY_ID: Record<TopicId, ClauseTopic> = {
  explainability,
  'data-ownership': dataOwnership,
  audit,
  'technical-documentation': technicalDocumentation,
  logging,
  'human-oversight': humanOversight,
  'accuracy-robustness-security': accuracyRobustnessSecurity,
  'bias-monitoring': biasMonitoring,
  'risk-management': riskManagement,
  'impact-assessment-cooperation': impactAssessmentCooperation,
  'ai-act-conformity': aiActConformity,
  'incidents-corrective-actions': incidentsCorrectiveActions,
  certification,
  exit,
  'processing-agreement': processingAgreement,
  'change-management': changeManagement,
};

/** Every topic once, in the order of `TOPIC_IDS`. */
export const CLAUSE_CATALOG: readonly ClauseTopic[] = Object.freeze(TOPIC_IDS.map((id) => BY_ID[id]));

export function topicById(id: TopicId): ClauseTopic;
export function topicById(id: string): ClauseTopic | undefined;
export function topicById(id: string): ClauseTopic | undefined {
  return CLAUSE_CATALOG.find((topic) => topic.id === id);
}

/** Per risk profile, the topics whose entries name that profile, in catalog order. */
export function profileRequirements(catalog: readonly ClauseTopic[]): Record<RiskProfile, TopicId[]> {
  const requirements: Record<RiskProfile, TopicId[]> = { 'hoog-risico': [], impactvol: [], overig: [] };
  for (const topic of catalog) {
    for (const profile of topic.profiles) requirements[profile].push(topic.id);
  }
  return requirements;
}

/**
 * The topics each risk profile requires unless `.inkooplint.yaml` sets `riskProfiles`: derived
 * from the entries, so that the table is never restated by hand.
 */
export const DEFAULT_PROFILE_REQUIREMENTS: Readonly<Record<RiskProfile, readonly TopicId[]>> = Object.freeze(
  profileRequirements(CLAUSE_CATALOG),
);

/**
 * The topic a person means by a name: its id, its Dutch or English title, or the word of its
 * snippet prefix ("uitleg" from `artikel-uitleg`), ignoring case and accents; failing that, the one
 * topic whose prefix word starts the name ("uitlegbaarheid"). Undefined when none or several fit.
 */
export function findTopic(name: string): ClauseTopic | undefined {
  const wanted = fold(name);
  const words = (topic: ClauseTopic): string[] =>
    [topic.snippetPrefix.nl, topic.snippetPrefix.en].map((prefix) => fold(prefix.replace(/^(?:artikel|clause)-/, '')));
  const exact = CLAUSE_CATALOG.filter((topic) =>
    [topic.id, topic.title.nl, topic.title.en].map(fold).includes(wanted) || words(topic).includes(wanted));
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) return undefined;
  const stems = CLAUSE_CATALOG.filter((topic) => words(topic).some((word) => word.length >= 5 && wanted.startsWith(word)));
  return stems.length === 1 ? stems[0] : undefined;
}

import { DEFAULT_CONFIG, type InkooplintConfig, type RiskProfile } from '../config/config';
import { topicById, TOPIC_IDS } from '../contract/catalog';
import { declaredProfile } from '../contract/frontMatterFields';
import { lintContract, requiredTopicsFor, type AnnexFileInput } from '../contractEngine';
import type { Finding } from '../finding';
import { CONTRACT_RULES } from '../rules/contract';
import { TOPIC_COVERAGE } from '../rules/contract/missingClause';
import type { ContractStatus, ExplainedTopic } from './model';

const PROFILE_RANK: Record<RiskProfile, number> = { overig: 0, impactvol: 1, 'hoog-risico': 2 };

export const MISSING_CLAUSE_RULE_ID = 'contract/missing-clause';

/**
 * What one contract covers, worked out once for every profile: the catalog topics it misses (after
 * deviations and general conditions), and the topics it deliberately deviates from with a reason.
 * A faulty deviation (no reason, no topic, an unknown topic) is a finding of its own, but no
 * missing clause: a topic without a valid deviation is missing only if the contract does not cover it.
 */
export interface ContractTopicCoverage {
  /** The profile the contract's front matter states, if any. */
  declaredProfile: RiskProfile | undefined;
  missingTopics: ReadonlySet<string>;
  /** Per topic, the first recorded deviation with a reason. */
  explainedTopics: ReadonlyMap<string, ExplainedTopic>;
}

/**
 * Runs only the missing-clause rule, once, with every topic of the catalog required, so that the
 * result answers for any profile: a topic's coverage does not depend on the profile asking for it.
 */
export function contractTopicCoverage(text: string, input: { fileName: string; config?: InkooplintConfig; annexFiles?: readonly AnnexFileInput[] }): ContractTopicCoverage {
  const config = input.config ?? DEFAULT_CONFIG;
  const allTopics = [...TOPIC_IDS];
  const everything: InkooplintConfig = { ...config, riskProfiles: { 'hoog-risico': allTopics, impactvol: allTopics, overig: allTopics } };
  const rules = CONTRACT_RULES.filter((rule) => rule.meta.id === MISSING_CLAUSE_RULE_ID);
  const result = lintContract(text, { fileName: input.fileName, config: everything, rules, annexFiles: input.annexFiles ?? [] });
  const findings = [...result.findings, ...result.annexFiles.flatMap((annex) => annex.findings)];
  const explainedTopics = new Map<string, ExplainedTopic>();
  for (const finding of findings) {
    const explained = explainedTopic(finding);
    if (explained && !explainedTopics.has(explained.topic)) explainedTopics.set(explained.topic, explained);
  }
  return {
    declaredProfile: declaredProfile(result.contract.frontMatter?.root)?.profile,
    missingTopics: new Set(findings.flatMap((finding) => missingTopic(finding) ?? [])),
    explainedTopics,
  };
}

/**
 * Whether a contract covers the clauses a declaration's publication category requires. The
 * profile is the higher of the contract's own front matter and the category (a contract that says
 * "overig" for a high-risk system must still cover the high-risk clauses); without either, the
 * contract engine's default (impactvol). Missing clauses are the required topics the
 * `contract/missing-clause` rule reports as missing; explained ones, those it reports with a recorded deviation.
 */
export function coverageForProfile(
  coverage: ContractTopicCoverage,
  input: { path: string; href?: string; categoryProfile: RiskProfile | undefined; config?: InkooplintConfig },
): Extract<ContractStatus, { state: 'checked' }> {
  const config = input.config ?? DEFAULT_CONFIG;
  const candidates = [coverage.declaredProfile, input.categoryProfile].filter((p): p is RiskProfile => p !== undefined);
  const profile = candidates.length === 0 ? 'impactvol' : candidates.reduce((a, b) => (PROFILE_RANK[b] > PROFILE_RANK[a] ? b : a));
  const required = requiredTopicsFor(profile, config);
  const missingTopics = required.filter((topic) => coverage.missingTopics.has(topic));
  const explainedTopics = required.flatMap((topic) => coverage.explainedTopics.get(topic) ?? []);
  return {
    state: 'checked',
    path: input.path,
    ...(input.href ? { href: input.href } : {}),
    profile,
    missingClauses: missingTopics.length,
    missingTopics,
    explainedTopics,
  };
}

/** Both steps for one declaration and one contract text. */
export function contractCoverage(
  text: string,
  input: { path: string; href?: string; categoryProfile: RiskProfile | undefined; config?: InkooplintConfig; annexFiles?: readonly AnnexFileInput[] },
): Extract<ContractStatus, { state: 'checked' }> {
  return coverageForProfile(contractTopicCoverage(text, { fileName: input.path, ...(input.config ? { config: input.config } : {}), ...(input.annexFiles ? { annexFiles: input.annexFiles } : {}) }), input);
}

/** The topic of a finding that says a topic is neither covered nor explained (not one about a faulty deviation). */
function missingTopic(finding: Finding): string | undefined {
  if (finding.ruleId !== MISSING_CLAUSE_RULE_ID || finding.properties?.coverage !== TOPIC_COVERAGE.missing) return undefined;
  const topic = finding.properties.topic;
  return typeof topic === 'string' ? topic : undefined;
}

/** The deviation a finding reports as recorded with its reason. */
function explainedTopic(finding: Finding): ExplainedTopic | undefined {
  if (finding.ruleId !== MISSING_CLAUSE_RULE_ID || finding.properties?.coverage !== TOPIC_COVERAGE.explained) return undefined;
  const { topic: id, deviation } = finding.properties;
  const topic = typeof id === 'string' ? topicById(id) : undefined;
  if (!topic || typeof deviation !== 'object' || typeof deviation.reason !== 'string') return undefined;
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  const by = text(deviation.by);
  const date = text(deviation.date);
  return { topic: topic.id, title: topic.title, reason: deviation.reason, ...(by !== undefined ? { by } : {}), ...(date !== undefined ? { date } : {}) };
}

import { DEFAULT_CONFIG, type InkooplintConfig, type RiskProfile } from '../config/config';
import { TOPIC_IDS } from '../contract/catalog';
import { declaredProfile } from '../contract/frontMatterFields';
import { lintContract, requiredTopicsFor, type AnnexFileInput } from '../contractEngine';
import type { Finding } from '../finding';
import { CONTRACT_RULES } from '../rules/contract';
import type { ContractStatus } from './model';

const PROFILE_RANK: Record<RiskProfile, number> = { overig: 0, impactvol: 1, 'hoog-risico': 2 };

export const MISSING_CLAUSE_RULE_ID = 'contract/missing-clause';

/**
 * What one contract covers, worked out once for every profile: the catalog topics it misses (after
 * deviations and general conditions), and the missing-clause findings that name no topic (a
 * deviation of a topic the catalog does not know), which count under every profile.
 */
export interface ContractTopicCoverage {
  /** The profile the contract's front matter states, if any. */
  declaredProfile: RiskProfile | undefined;
  missingTopics: ReadonlySet<string>;
  findingsWithoutTopic: number;
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
  const missing = [...result.findings, ...result.annexFiles.flatMap((annex) => annex.findings)].filter(isMissingClause);
  const topics = missing.map((finding) => finding.properties?.topic).filter((topic): topic is string => typeof topic === 'string');
  return {
    declaredProfile: declaredProfile(result.contract.frontMatter?.root)?.profile,
    missingTopics: new Set(topics),
    findingsWithoutTopic: missing.length - topics.length,
  };
}

/**
 * Whether a contract covers the clauses a declaration's publication category requires. The
 * profile is the higher of the contract's own front matter and the category (a contract that says
 * "overig" for a high-risk system must still cover the high-risk clauses); without either, the
 * contract engine's default (impactvol). Missing clauses are the `contract/missing-clause` findings
 * that are not notes (a recorded deviation or a topic covered by general conditions is a note).
 */
export function coverageForProfile(
  coverage: ContractTopicCoverage,
  input: { path: string; href?: string; categoryProfile: RiskProfile | undefined; config?: InkooplintConfig },
): Extract<ContractStatus, { state: 'checked' }> {
  const config = input.config ?? DEFAULT_CONFIG;
  const candidates = [coverage.declaredProfile, input.categoryProfile].filter((p): p is RiskProfile => p !== undefined);
  const profile = candidates.length === 0 ? 'impactvol' : candidates.reduce((a, b) => (PROFILE_RANK[b] > PROFILE_RANK[a] ? b : a));
  const missingTopics = requiredTopicsFor(profile, config).filter((topic) => coverage.missingTopics.has(topic));
  return {
    state: 'checked',
    path: input.path,
    ...(input.href ? { href: input.href } : {}),
    profile,
    missingClauses: missingTopics.length + coverage.findingsWithoutTopic,
    missingTopics,
  };
}

/** Both steps for one declaration and one contract text. */
export function contractCoverage(
  text: string,
  input: { path: string; href?: string; categoryProfile: RiskProfile | undefined; config?: InkooplintConfig; annexFiles?: readonly AnnexFileInput[] },
): Extract<ContractStatus, { state: 'checked' }> {
  return coverageForProfile(contractTopicCoverage(text, { fileName: input.path, ...(input.config ? { config: input.config } : {}), ...(input.annexFiles ? { annexFiles: input.annexFiles } : {}) }), input);
}

function isMissingClause(finding: Finding): boolean {
  return finding.ruleId === MISSING_CLAUSE_RULE_ID && finding.severity !== 'info';
}

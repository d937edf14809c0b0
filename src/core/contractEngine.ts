import { DEFAULT_CONFIG, type InkooplintConfig, type RiskProfile } from './config/config';
import { DEFAULT_PROFILE_REQUIREMENTS, TOPIC_IDS, type TopicId } from './contract/catalog';
import { readFrontMatter } from './contract/frontMatter';
import { declaredProfile, declaresContractType } from './contract/frontMatterFields';
import type { ContractModel } from './contract/model';
import { parseContract } from './contract/parseContract';
import type { Finding } from './finding';
import { FindingCollector } from './report';
import { decodeText, textBeforeByte } from './text/decode';
import type { ContractRule, ContractRuleContext, ProfileSource } from './rule';
import { CONTRACT_RULES } from './rules/contract';
import { frontMatterRule } from './rules/contract/frontMatter';

export interface ContractLintOptions {
  /** The file's name or path (for the front doors; the engine reads only the text). */
  fileName: string;
  config?: InkooplintConfig;
  rules?: readonly ContractRule[];
  /** The profile for a contract whose front matter states none (the CLI's `--profile`). */
  profile?: RiskProfile;
}

export interface ContractLintResult {
  findings: Finding[];
  contract: ContractModel;
}

export const CONTRACT_FILE_PATTERN = /\.(?:overeenkomst|contract)\.md$/i;

export function isContractFileName(fileName: string): boolean {
  return CONTRACT_FILE_PATTERN.test(fileName);
}

/** Whether Markdown that was not named like a contract still is one: its front matter says `type: overeenkomst` or `type: contract`. */
export function looksLikeContractText(text: string): boolean {
  return declaresContractType(readFrontMatter(text).frontMatter?.root);
}

/** The profile a contract is checked against, and where it came from. */
export function effectiveProfile(contract: ContractModel, option: RiskProfile | undefined): { profile: RiskProfile; source: ProfileSource } {
  const declared = declaredProfile(contract.frontMatter?.root)?.profile;
  if (declared) return { profile: declared, source: 'front-matter' };
  if (option) return { profile: option, source: 'option' };
  return { profile: 'impactvol', source: 'default' };
}

/** The topics a profile requires: `riskProfiles` in the configuration when it sets this profile, else the catalog's defaults. */
export function requiredTopicsFor(profile: RiskProfile, config: InkooplintConfig): TopicId[] {
  const configured = config.riskProfiles[profile];
  if (!configured) return [...DEFAULT_PROFILE_REQUIREMENTS[profile]];
  const known = new Set<string>(TOPIC_IDS);
  return configured.filter((id): id is TopicId => known.has(id));
}

/** Lints the text of one contract in Markdown. Never throws: a rule that fails becomes a finding. */
export function lintContract(text: string, options: ContractLintOptions): ContractLintResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const rules = options.rules ?? CONTRACT_RULES;
  const contract = parseContract(text);
  const { profile, source } = effectiveProfile(contract, options.profile);
  const requiredTopics = requiredTopicsFor(profile, config);
  const hasSyntaxErrors = (contract.frontMatter?.problems.length ?? 0) > 0;
  const collector = new FindingCollector(text, config);
  for (const rule of rules) {
    collector.run(rule.meta, (report) => {
      const context: ContractRuleContext = { contract, profile, profileSource: source, requiredTopics, hasSyntaxErrors, report };
      rule.check(context);
    });
  }
  return { findings: collector.sorted(), contract };
}

/** Larger Markdown than this is no contract a person drafts; reading it would keep a user waiting. */
export const MAX_CONTRACT_BYTES = 16 * 1024 * 1024;

export interface ContractBytesLintOptions extends ContractLintOptions {
  /** The file's real size, when the caller read only its first bytes because it is too large. */
  fileSize?: number;
}

/**
 * Lints a contract file from its bytes. A file that is too large or is no UTF-8 text gives one
 * finding of `contract/front-matter`, the rule about whether the file can be read, and no model.
 */
export function lintContractBytes(bytes: Uint8Array, options: ContractBytesLintOptions): { findings: Finding[]; contract?: ContractModel } {
  const size = Math.max(bytes.length, options.fileSize ?? 0);
  const config = options.config ?? DEFAULT_CONFIG;
  if (size > MAX_CONTRACT_BYTES) {
    return { findings: fileLevelFinding(config, 'too-large', { size: megabytes(size), limit: megabytes(MAX_CONTRACT_BYTES) }, '') };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const before = decoded.offset > 0 ? textBeforeByte(bytes, decoded.offset) : '';
    return { findings: fileLevelFinding(config, decoded.problem, { byte: decoded.offset }, before) };
  }
  return lintContract(decoded.text, options);
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

function fileLevelFinding(config: InkooplintConfig, messageId: string, data: Record<string, string | number>, textBefore: string): Finding[] {
  const collector = new FindingCollector(textBefore, config);
  collector.run(frontMatterRule.meta, (report) => report({ messageId, data, offset: [textBefore.length, textBefore.length] }));
  return collector.sorted();
}

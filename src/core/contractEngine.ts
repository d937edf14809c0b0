import { DEFAULT_CONFIG, type InkooplintConfig, type RiskProfile } from './config/config';
import { DEFAULT_PROFILE_REQUIREMENTS, TOPIC_IDS, type TopicId } from './contract/catalog';
import { readFrontMatter } from './contract/frontMatter';
import { declaredProfile, declaresContractType, listedAnnexFiles, listedDeclarations } from './contract/frontMatterFields';
import { higherProfile, profileOfCategory, type ContractLinkOptions } from './links/links';
import { CONTRACT_LINK_RULES } from './rules/link/contractLinks';
import type { AnnexFileProblem, ContractBundle, ContractModel } from './contract/model';
import { parseContractWithLines } from './contract/parseContract';
import type { Finding } from './finding';
import { FindingCollector } from './report';
import { decodeText, textBeforeByte } from './text/decode';
import type { ContractRule, ContractRuleContext, ProfileSource } from './rule';
import { CONTRACT_RULES } from './rules/contract';
import { frontMatterRule } from './rules/contract/frontMatter';
import { applySuppressions } from './suppression';

export interface ContractLintOptions {
  /** The file's name or path (for the front doors; the engine reads only the text). */
  fileName: string;
  config?: InkooplintConfig;
  rules?: readonly ContractRule[];
  /** The profile for a contract whose front matter states none (the CLI's `--profile`). */
  profile?: RiskProfile;
  /**
   * The annexes the front matter lists as separate files, read by the front door (see
   * `annexFilePaths`). A listed annex the front door did not supply is not checked.
   */
  annexFiles?: readonly AnnexFileInput[];
  /** What the front door knows about linked declarations; without it, link rules stay quiet. */
  links?: ContractLinkOptions;
}

export interface ContractLintResult {
  /** Findings in the contract's own text. */
  findings: Finding[];
  contract: ContractModel;
  /** Per annex file that could be read: findings with offsets into that file's text. */
  annexFiles: AnnexFileResult[];
}

/** The contract rules and the link rules that run on contracts. */
export const DEFAULT_CONTRACT_RULES: readonly ContractRule[] = [...CONTRACT_RULES, ...CONTRACT_LINK_RULES];

export const CONTRACT_FILE_PATTERN = /\.(?:overeenkomst|contract)\.md$/i;

export function isContractFileName(fileName: string): boolean {
  return CONTRACT_FILE_PATTERN.test(fileName);
}

/** Whether Markdown that was not named like a contract still is one: its front matter says `type: overeenkomst` or `type: contract`. */
export function looksLikeContractText(text: string): boolean {
  return declaresContractType(readFrontMatter(text).frontMatter?.root);
}

/** A declaration linked to the contract, with the profile its publication category means. */
export interface LinkedDeclaration {
  path: string;
  category?: string;
  profile?: RiskProfile;
}

/**
 * The profile a contract is checked against, and where it came from: the highest of the front
 * matter's profile and the linked declarations' categories; else the front door's option; else
 * `impactvol`.
 */
export function effectiveProfile(contract: ContractModel, option: RiskProfile | undefined, linked: readonly LinkedDeclaration[] = []): { profile: RiskProfile; source: ProfileSource } {
  const declared = declaredProfile(contract.frontMatter?.root)?.profile;
  const fromLinks = linked.reduce<RiskProfile | undefined>((highest, declaration) => higherProfile(highest, declaration.profile), undefined);
  const profile = higherProfile(declared, fromLinks);
  if (profile) return { profile, source: declared === profile ? 'front-matter' : 'linked-declaration' };
  if (option) return { profile: option, source: 'option' };
  return { profile: 'impactvol', source: 'default' };
}

/** The declarations linked to a contract: those its front matter lists that resolve to a declaration, and those that name it. */
export function linkedDeclarationsOf(contract: ContractModel, links: ContractLinkOptions | undefined): LinkedDeclaration[] {
  if (!links) return [];
  const linked = new Map<string, LinkedDeclaration>();
  for (const entry of listedDeclarations(contract.frontMatter?.root)) {
    const resolution = links.resolve(entry.value);
    if (resolution.status !== 'declaration') continue;
    const profile = profileOfCategory(resolution.category);
    linked.set(resolution.path, { path: entry.value, ...(resolution.category ? { category: resolution.category } : {}), ...(profile ? { profile } : {}) });
  }
  for (const declaration of links.namedByDeclarations) {
    if (linked.has(declaration.path)) continue;
    const profile = profileOfCategory(declaration.category);
    linked.set(declaration.path, { ...declaration, ...(profile ? { profile } : {}) });
  }
  return [...linked.values()];
}

/** The topics a profile requires: `riskProfiles` in the configuration when it sets this profile, else the catalog's defaults. */
export function requiredTopicsFor(profile: RiskProfile, config: InkooplintConfig): TopicId[] {
  const configured = config.riskProfiles[profile];
  if (!configured) return [...DEFAULT_PROFILE_REQUIREMENTS[profile]];
  const known = new Set<string>(TOPIC_IDS);
  return configured.filter((id): id is TopicId => known.has(id));
}

/**
 * An annex kept in a separate file, as the front door read it: its text, or why it could not be
 * read. `path` is the path as written in the contract's front matter.
 */
export type AnnexFileInput =
  | { path: string; text: string }
  | { path: string; problem: AnnexFileProblem };

export type { AnnexFileProblem };

export interface AnnexFileResult {
  path: string;
  findings: Finding[];
  contract: ContractModel;
}

/** The annex files a contract lists in its front matter (`bijlagen:` / `annexes:`), as written: the front doors read them. */
export function annexFilePaths(text: string): string[] {
  return [...new Set(listedAnnexFiles(readFrontMatter(text).frontMatter?.root).map((entry) => entry.value))];
}

/** Lints the text of one contract in Markdown. Never throws: a rule that fails becomes a finding. */
export function lintContract(text: string, options: ContractLintOptions): ContractLintResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const rules = options.rules ?? DEFAULT_CONTRACT_RULES;
  // The parse finds the line starts the findings' positions need: they are kept per document.
  const lineStarts = new Map<ContractModel, number[]>();
  const parse = (source: string): ContractModel => {
    const parsed = parseContractWithLines(source);
    lineStarts.set(parsed.contract, parsed.lineStarts);
    return parsed.contract;
  };
  const contract = parse(text);
  const linkedDeclarations = linkedDeclarationsOf(contract, options.links);
  const { profile, source } = effectiveProfile(contract, options.profile, linkedDeclarations);
  const requiredTopics = requiredTopicsFor(profile, config);
  const annexInputs = new Map((options.annexFiles ?? []).map((input) => [input.path, input]));
  const bundle: ContractBundle = { main: contract, annexFiles: [] };
  for (const input of annexInputs.values()) {
    if (!('text' in input)) continue;
    const annexContract = parse(input.text);
    const id = annexContract.annexes[0]?.id ?? annexIdFromPath(input.path);
    bundle.annexFiles.push({ path: input.path, contract: annexContract, ...(id ? { id } : {}) });
  }
  const annexFileProblems = annexProblems(contract, annexInputs);
  const runRules = (document: ContractModel, documentRole: ContractRuleContext['documentRole']): Finding[] => {
    const hasSyntaxErrors = (document.frontMatter?.problems.length ?? 0) > 0;
    const collector = new FindingCollector(document.text, config, lineStarts.get(document));
    for (const rule of rules) {
      collector.run(rule.meta, (report) => {
        const context: ContractRuleContext = { contract: document, documentRole, bundle, profile, profileSource: source, requiredTopics, hasSyntaxErrors, report, annexFileProblems, config, linkedDeclarations, ...(options.links ? { links: options.links } : {}) };
        rule.check(context);
      });
    }
    return applySuppressions(collector.sorted(), document.text, 'markdown', rules.map((rule) => rule.meta));
  };
  const findings = runRules(contract, 'contract');
  const annexFiles = bundle.annexFiles.map((annex) => ({ path: annex.path, contract: annex.contract, findings: runRules(annex.contract, 'annex-file') }));
  return { findings, contract, annexFiles };
}

/** "B" from "bijlage-b.md", "annex_2.md", "Bijlage B - Verwerkersovereenkomst.md". */
function annexIdFromPath(path: string): string | undefined {
  const name = path.split(/[\\/]/).pop() ?? '';
  return /^(?:bijlage|annex|appendix|schedule)[\s_-]*([a-z]|\d{1,3})(?![a-z\d])/i.exec(name)?.[1]?.toUpperCase();
}

/** The front matter entries of annex files that the front door could not read, with why. */
function annexProblems(contract: ContractModel, inputs: ReadonlyMap<string, AnnexFileInput>): Array<{ path: string; offset: [number, number]; problem: AnnexFileProblem }> {
  const problems: Array<{ path: string; offset: [number, number]; problem: AnnexFileProblem }> = [];
  for (const entry of listedAnnexFiles(contract.frontMatter?.root)) {
    const input = inputs.get(entry.value);
    if (input && 'problem' in input) problems.push({ path: entry.value, offset: entry.offset, problem: input.problem });
  }
  return problems;
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
export function lintContractBytes(bytes: Uint8Array, options: ContractBytesLintOptions): { findings: Finding[]; contract?: ContractModel; annexFiles?: AnnexFileResult[] } {
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

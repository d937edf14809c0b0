import type { InkooplintConfig, RiskProfile } from './config/config';
import type { TopicId } from './contract/catalog/types';
import type { AnnexFileProblem, ContractBundle, ContractModel } from './contract/model';
import type { DeclarationRecord } from './declaration/declarationRecord';
import type { ParsedDocument } from './document/model';
import type { FindingProperty, LocalizedText, Severity } from './finding';
import type { MessageData } from './l10n/messages';
import type { ContractLinkOptions, DeclarationLinkOptions } from './links/links';

/** Where a rule's requirement comes from: a law, a standard, a register field. */
export interface RuleSource {
  title: LocalizedText;
  url?: string;
}

export interface RuleMeta {
  /** Stable id, part of the interface: `declaration/schema`. */
  id: string;
  /** A short name that says what the rule checks: `register-fields`. */
  alias: string;
  defaultSeverity: Severity;
  tags: string[];
  /** One sentence on what the rule checks, for listings and hovers. */
  description: LocalizedText;
  sources: RuleSource[];
  fixable: boolean;
}

export interface FixDescriptor {
  /** Message id of the fix's title, under the rule's id. */
  messageId: string;
  data?: MessageData;
  edits: Array<{ offset: [number, number]; newText: string }>;
}

export interface ReportDescriptor {
  /** Message id under the rule's id in the l10n bundles: `required-missing` means `declaration/schema.required-missing`. */
  messageId: string;
  data?: MessageData;
  offset: [number, number];
  pointer?: string;
  /** Overrides the rule's default severity for this finding (a configured severity still wins). */
  severity?: Severity;
  fixes?: FixDescriptor[];
  properties?: Record<string, FindingProperty>;
}

export interface DeclarationRuleContext {
  document: ParsedDocument;
  records: DeclarationRecord[];
  /** Whether the text had syntax errors: rules that would guess at missing content stay quiet then. */
  hasSyntaxErrors: boolean;
  /** Today, as the caller sees it; rules that compare dates use this, never the clock. */
  today: Date;
  /** What the front door knows about links to contracts; absent when it knows nothing (link rules stay quiet then). */
  links?: DeclarationLinkOptions;
  report(descriptor: ReportDescriptor): void;
}

export interface DeclarationRule {
  meta: RuleMeta;
  check(context: DeclarationRuleContext): void;
}

/** Where the contract's effective risk profile came from. */
export type ProfileSource = 'front-matter' | 'linked-declaration' | 'option' | 'default';

export interface ContractRuleContext {
  /** The document being checked: the contract itself, or one of its annexes kept in a separate file. */
  contract: ContractModel;
  /** 'annex-file' while `contract` is an annex kept in a separate file: rules about the whole contract stay quiet then. */
  documentRole: 'contract' | 'annex-file';
  /** The contract with all its annexes in separate files, for rules that look across them (coverage, references, defined terms). */
  bundle: ContractBundle;
  /** What the front door knows about links to declarations; absent when it knows nothing. */
  links?: ContractLinkOptions;
  /** The declarations linked to the contract (listed in its front matter or naming it), with the profile their category means. */
  linkedDeclarations: Array<{ path: string; category?: string; profile?: RiskProfile }>;
  /** The configuration in effect (for the map of topics that general conditions cover). */
  config: InkooplintConfig;
  /** Annex files listed in the front matter that the front door could not read, at their entry there. */
  annexFileProblems: Array<{ path: string; offset: [number, number]; problem: AnnexFileProblem }>;
  /** The risk profile the contract is checked against. */
  profile: RiskProfile;
  profileSource: ProfileSource;
  /** The topics this profile requires: `riskProfiles` in `.inkooplint.yaml`, else the catalog's defaults. */
  requiredTopics: TopicId[];
  /** Whether the front matter had YAML errors: rules that read the front matter stay quiet then. */
  hasSyntaxErrors: boolean;
  report(descriptor: ReportDescriptor): void;
}

export interface ContractRule {
  meta: RuleMeta;
  check(context: ContractRuleContext): void;
}

export function docPathFor(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}

/** The core's public surface: pure functions from text to findings, used by every front door. */
export * from './finding';
export * from './engine';
export * from './contractEngine';
export * from './config/config';
export * from './language';
export * from './links/links';
export { localize, localizeIn } from './l10n/messages';
export type { RuleMeta, DeclarationRule, ContractRule, ContractRuleContext, ProfileSource } from './rule';
export { DECLARATION_RULES } from './rules/declaration';
export { CONTRACT_RULES } from './rules/contract';
export { clearContractCaches } from './contract/coverage';

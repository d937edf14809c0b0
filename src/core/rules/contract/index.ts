import type { ContractRule } from '../../rule';
import { brokenReferenceRule } from './brokenReference';
import { explanationRefusedRule } from './explanationRefused';
import { frontMatterRule } from './frontMatter';
import { missingClauseRule } from './missingClause';
import { numberingRule } from './numbering';
import { placeholderRule } from './placeholder';
import { supplierDataUseRule } from './supplierDataUse';
import { undefinedTermRule } from './undefinedTerm';
import { vagueObligationRule } from './vagueObligation';
import { weakeningChangeRule } from './weakeningChange';

/** Every contract rule, in the order they run. */
export const CONTRACT_RULES: readonly ContractRule[] = [
  frontMatterRule,
  missingClauseRule,
  supplierDataUseRule,
  explanationRefusedRule,
  placeholderRule,
  brokenReferenceRule,
  undefinedTermRule,
  vagueObligationRule,
  numberingRule,
  weakeningChangeRule,
];

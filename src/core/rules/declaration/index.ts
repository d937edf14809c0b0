import type { DeclarationRule } from '../../rule';
import { aiActHighRiskAreaRule } from './aiActHighRiskArea';
import { aiActProhibitedPracticeRule } from './aiActProhibitedPractice';
import { dateConsistencyRule } from './dateConsistency';
import { emptyLinkRule } from './emptyLink';
import { humanInterventionMissingRule } from './humanInterventionMissing';
import { impactAssessmentMissingRule } from './impactAssessmentMissing';
import { plainLanguageRule } from './plainLanguage';
import { schemaRule } from './schema';
import { syntaxRule } from './syntax';

/** Every declaration rule, in the order they run. */
export const DECLARATION_RULES: readonly DeclarationRule[] = [
  syntaxRule,
  schemaRule,
  dateConsistencyRule,
  emptyLinkRule,
  impactAssessmentMissingRule,
  humanInterventionMissingRule,
  aiActHighRiskAreaRule,
  aiActProhibitedPracticeRule,
  plainLanguageRule,
];

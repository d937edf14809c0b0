/** The algorithm overview: a model built from linted declarations, rendered as HTML and Markdown. */
export * from './model';
export { contractCoverage, contractTopicCoverage, coverageForProfile, MISSING_CLAUSE_RULE_ID, type ContractTopicCoverage } from './contractCoverage';
export { renderOverviewHtml, escapeHtml, type RenderOptions } from './renderHtml';
export { renderOverviewMarkdown, escapeMarkdown } from './renderMarkdown';

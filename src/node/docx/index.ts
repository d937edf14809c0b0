export { convertDocx, readDocxTitle, sniffDocx, MAX_DOCX_BYTES, type DocxConversion, type DocxProblem, type DocxReading, type TrackedChange, type WordPlace } from './convert';
export { CONTRACT_TITLE, DOCX_CONTRACT_PATTERN, WORD_FILE, describePlace, lintDocxBytes, WEAKENING_CHANGE_RULE_ID, type DocxLintOptions, type DocxLintResult } from './lint';

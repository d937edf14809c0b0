import { DEFAULT_CONFIG, effectiveSeverity, type InkooplintConfig } from './config/config';
import { looksLikeDeclaration, recordsOf } from './declaration/declarationRecord';
import type { ParsedDocument } from './document/model';
import { parseStructured, type StructuredFormat } from './document/parseStructured';
import type { Finding } from './finding';
import { localize } from './l10n/messages';
import { FindingCollector } from './report';
import { docPathFor, type DeclarationRule, type DeclarationRuleContext, type RuleMeta } from './rule';
import { CONTRACT_RULES } from './rules/contract';
import { DECLARATION_RULES } from './rules/declaration';
import { CONTRACT_LINK_RULES } from './rules/link/contractLinks';
import { DECLARATION_LINK_RULES } from './rules/link/declarationLinks';
import type { DeclarationLinkOptions } from './links/links';
import { syntaxRule } from './rules/declaration/syntax';
import { decodeText, textBeforeByte } from './text/decode';
import { LineIndex } from './text/lineIndex';
import { applySuppressions } from './suppression';

export interface LintOptions {
  /** The file's name or path; only its extension is used, to tell JSON from YAML. */
  fileName: string;
  config?: InkooplintConfig;
  rules?: readonly DeclarationRule[];
  /** Defaults to the current date. */
  today?: Date;
  /** What the front door knows about links to contracts; without it, link rules stay quiet. */
  links?: DeclarationLinkOptions;
}

export interface BytesLintOptions extends LintOptions {
  /** The file's real size, when the caller read only its first bytes because it is too large. */
  fileSize?: number;
}

export interface LintResult {
  findings: Finding[];
  document?: ParsedDocument;
}

/** Larger YAML than this is not a declaration, and parsing it would keep a user waiting. */
export const MAX_YAML_BYTES = 4 * 1024 * 1024;
/** Register exports in JSON may hold thousands of records; JSON parses fast. */
export const MAX_JSON_BYTES = 32 * 1024 * 1024;

export function formatOf(fileName: string): StructuredFormat {
  return /\.json$/i.test(fileName) ? 'json' : 'yaml';
}

export const DECLARATION_FILE_PATTERN = /\.(?:algoritme|algorithm)\.(?:ya?ml|json)$/i;

export function isDeclarationFileName(fileName: string): boolean {
  return DECLARATION_FILE_PATTERN.test(fileName);
}

/** Whether text that was not named like a declaration still is one (a record or a register export). */
export function looksLikeDeclarationText(text: string, fileName: string): boolean {
  const format = /\.json$/i.test(fileName) || /^\s*[[{]/.test(text.replace(/^\uFEFF/, '')) ? 'json' : 'yaml';
  if (text.length > MAX_YAML_BYTES && format === 'yaml') return false;
  return looksLikeDeclaration(parseStructured(text, format).root);
}

/** Lints a declaration file from its bytes: decoding problems become findings too. */
export function lintDeclarationBytes(bytes: Uint8Array, options: BytesLintOptions): LintResult {
  const limit = maxBytesFor(options.fileName);
  const size = Math.max(bytes.length, options.fileSize ?? 0);
  if (size > limit) {
    return fileLevelFinding(options, 'too-large', { size: megabytes(size), limit: megabytes(limit) });
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const before = decoded.offset > 0 ? textBeforeByte(bytes, decoded.offset) : '';
    return fileLevelFinding(options, decoded.problem, { byte: decoded.offset }, before);
  }
  return lintDeclaration(decoded.text, options);
}

export function maxBytesFor(fileName: string): number {
  return formatOf(fileName) === 'json' ? MAX_JSON_BYTES : MAX_YAML_BYTES;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

function fileLevelFinding(options: LintOptions, messageId: string, data: Record<string, string | number>, textBefore = ''): LintResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const severity = effectiveSeverity(config, syntaxRule.meta, 'error');
  if (severity === 'off') return { findings: [] };
  const index = new LineIndex(textBefore);
  const at = index.positionAt(textBefore.length);
  return {
    findings: [{
      ruleId: syntaxRule.meta.id,
      severity,
      message: localize(`${syntaxRule.meta.id}.${messageId}`, data),
      range: { start: at, end: at },
      offset: [textBefore.length, textBefore.length],
      docPath: docPathFor(syntaxRule.meta.id),
    }],
  };
}

/** Lints the text of one declaration file. Never throws. */
export function lintDeclaration(text: string, options: LintOptions): LintResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const rules = options.rules ?? DEFAULT_DECLARATION_RULES;
  const document = parseStructured(text, formatOf(options.fileName));
  const records = recordsOf(document.root);
  const collector = new FindingCollector(text, config);
  const hasSyntaxErrors = document.problems.length > 0;
  const today = options.today ?? new Date();
  for (const rule of rules) {
    collector.run(rule.meta, (report) => {
      const context: DeclarationRuleContext = { document, records, hasSyntaxErrors, today, report, ...(options.links ? { links: options.links } : {}) };
      rule.check(context);
    });
  }
  return { findings: applySuppressions(collector.sorted(), text, formatOf(options.fileName), rules.map((rule) => rule.meta)), document };
}

/** Every rule of both kinds of file: for SARIF's rule list and for checking rule names in the configuration. */
export function allRuleMetas(): RuleMeta[] {
  const metas = [...DEFAULT_DECLARATION_RULES, ...CONTRACT_RULES, ...CONTRACT_LINK_RULES].map((rule) => rule.meta);
  // A link rule checks both kinds of file under one id.
  return metas.filter((meta, index) => metas.findIndex((other) => other.id === meta.id) === index);
}

/** The declaration rules and the link rules that run on declarations. */
export const DEFAULT_DECLARATION_RULES: readonly DeclarationRule[] = [...DECLARATION_RULES, ...DECLARATION_LINK_RULES];

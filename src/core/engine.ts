import { DEFAULT_CONFIG, effectiveSeverity, isRuleEnabled, type InkooplintConfig } from './config/config';
import { looksLikeDeclaration, recordsOf } from './declaration/declarationRecord';
import type { ParsedDocument } from './document/model';
import { parseStructured, type StructuredFormat } from './document/parseStructured';
import { compareFindings, type Finding } from './finding';
import { localize } from './l10n/messages';
import { docPathFor, type DeclarationRule, type DeclarationRuleContext, type ReportDescriptor, type RuleMeta } from './rule';
import { DECLARATION_RULES } from './rules/declaration';
import { syntaxRule } from './rules/declaration/syntax';
import { decodeText, textBeforeByte } from './text/decode';
import { LineIndex } from './text/lineIndex';

export interface LintOptions {
  /** The file's name or path; only its extension is used, to tell JSON from YAML. */
  fileName: string;
  config?: InkooplintConfig;
  rules?: readonly DeclarationRule[];
  /** Defaults to the current date. */
  today?: Date;
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
  const rules = options.rules ?? DECLARATION_RULES;
  const document = parseStructured(text, formatOf(options.fileName));
  const records = recordsOf(document.root);
  const lines = new LineIndex(text);
  const findings: Finding[] = [];
  const hasSyntaxErrors = document.problems.length > 0;
  for (const rule of rules) {
    if (!isRuleEnabled(config, rule.meta)) continue;
    const context: DeclarationRuleContext = {
      document,
      records,
      hasSyntaxErrors,
      today: options.today ?? new Date(),
      report: (descriptor) => {
        const finding = toFinding(rule.meta, descriptor, config, lines, text.length);
        if (finding) findings.push(finding);
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      // A rule's bug must not cost the user the other rules' findings.
      findings.push({
        ruleId: rule.meta.id,
        severity: 'error',
        message: localize('engine.rule-crashed', { rule: rule.meta.id, detail: String((error as Error)?.message ?? error) }),
        range: lines.rangeAt(0, 0),
        offset: [0, 0],
        docPath: docPathFor(rule.meta.id),
      });
    }
  }
  findings.sort(compareFindings);
  return { findings, document };
}

function toFinding(meta: RuleMeta, descriptor: ReportDescriptor, config: InkooplintConfig, lines: LineIndex, length: number): Finding | undefined {
  const severity = effectiveSeverity(config, meta, descriptor.severity ?? meta.defaultSeverity);
  if (severity === 'off') return undefined;
  const clamp = (n: number): number => Math.max(0, Math.min(length, n));
  const start = clamp(descriptor.offset[0]);
  const end = Math.max(start, clamp(descriptor.offset[1]));
  const finding: Finding = {
    ruleId: meta.id,
    severity,
    message: localize(`${meta.id}.${descriptor.messageId}`, descriptor.data),
    range: lines.rangeAt(start, end),
    offset: [start, end],
    docPath: docPathFor(meta.id),
  };
  if (descriptor.pointer !== undefined) finding.pointer = descriptor.pointer;
  if (descriptor.properties) finding.properties = descriptor.properties;
  if (descriptor.fixes?.length) {
    finding.fixes = descriptor.fixes.map((fix) => ({
      title: localize(`${meta.id}.${fix.messageId}`, fix.data),
      edits: fix.edits.map((edit) => {
        const editStart = clamp(edit.offset[0]);
        const editEnd = Math.max(editStart, clamp(edit.offset[1]));
        return { offset: [editStart, editEnd] as [number, number], range: lines.rangeAt(editStart, editEnd), newText: edit.newText };
      }),
    }));
  }
  return finding;
}

export function allRuleMetas(): RuleMeta[] {
  return DECLARATION_RULES.map((rule) => rule.meta);
}

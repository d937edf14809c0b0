/**
 * What both engines (declarations and contracts) do with a rule's reports: resolve the severity
 * from the configuration, clamp offsets to the text, render messages and fixes in both languages,
 * and keep one rule's crash from costing the user the other rules' findings.
 */
import { effectiveSeverity, isRuleEnabled, type InkooplintConfig } from './config/config';
import { compareFindings, type Finding } from './finding';
import { localize } from './l10n/messages';
import { docPathFor, type ReportDescriptor, type RuleMeta } from './rule';
import { LineIndex } from './text/lineIndex';

export class FindingCollector {
  private lineIndex: LineIndex | undefined;
  private readonly findings: Finding[] = [];

  constructor(
    private readonly text: string,
    private readonly config: InkooplintConfig,
    /** The text's line starts if the caller has them (as `LineIndex` finds them). */
    private readonly lineStarts?: number[],
  ) {}

  /** Made on the first finding: a clean file never needs line numbers. */
  private get lines(): LineIndex {
    this.lineIndex ??= new LineIndex(this.text, this.lineStarts);
    return this.lineIndex;
  }

  /**
   * Runs one rule, unless the configuration switches it off. `check` receives the rule's report
   * function; an exception becomes an error finding at the start of the text.
   */
  run(meta: RuleMeta, check: (report: (descriptor: ReportDescriptor) => void) => void): void {
    if (!isRuleEnabled(this.config, meta)) return;
    try {
      check((descriptor) => this.add(meta, descriptor));
    } catch (error) {
      this.findings.push({
        ruleId: meta.id,
        severity: 'error',
        message: localize('engine.rule-crashed', { rule: meta.id, detail: String((error as Error)?.message ?? error) }),
        range: this.lines.rangeAt(0, 0),
        offset: [0, 0],
        docPath: docPathOf(meta.id),
      });
    }
  }

  /** Adds a finding of a rule, with the configured severity; nothing when that is `off`. */
  add(meta: RuleMeta, descriptor: ReportDescriptor): void {
    const finding = toFinding(meta, descriptor, this.config, this.lines, this.text.length);
    if (finding) this.findings.push(finding);
  }

  /** The findings so far, in text order. */
  sorted(): Finding[] {
    return [...this.findings].sort(compareFindings);
  }
}

/**
 * Each rule's documentation path made once: every finding of a rule then carries the same string,
 * which front doors that look it up (documentation links) hash once rather than once per finding.
 */
const DOC_PATHS = new Map<string, string>();

function docPathOf(ruleId: string): string {
  let docPath = DOC_PATHS.get(ruleId);
  if (docPath === undefined) DOC_PATHS.set(ruleId, (docPath = docPathFor(ruleId)));
  return docPath;
}

export function toFinding(meta: RuleMeta, descriptor: ReportDescriptor, config: InkooplintConfig, lines: LineIndex, length: number): Finding | undefined {
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
    docPath: docPathOf(meta.id),
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

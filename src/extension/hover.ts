/**
 * Hovers: on a finding, what the rule checks, why (with its source and, for a catalog topic, the
 * topic's sources with version and date) and how to fix it, closed by one line that the findings
 * are a review aid, not legal advice; on a declaration key, the register's help text.
 */
import * as vscode from 'vscode';
import type { RuleMeta } from '../core/rule';
import { loadCore } from './coreLoader';
import type { Linter } from './linter';
import { useLanguage } from './l10n';
import { rangeContains } from './logic/diagnosticData';
import { fieldHelp, keyPathAt, type FieldHelp, type FieldSchema } from './logic/keyPath';
import { findingTopicId, hoverMarkdowns, type HoveredFinding } from './logic/hoverText';

let metas: Map<string, RuleMeta> | undefined;

export function ruleMeta(id: string): RuleMeta | undefined {
  metas ??= new Map(loadCore().allRuleMetas().flatMap((meta) => [[meta.id, meta], [meta.alias, meta]] as Array<[string, RuleMeta]>));
  return metas.get(id);
}

export class InkooplintHover implements vscode.HoverProvider {
  constructor(private readonly linter: Linter) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this.linter.resultFor(document.uri);
    if (!result || result.version !== document.version) return undefined;
    useLanguage(result.language);
    const findings: HoveredFinding[] = [];
    let range: vscode.Range | undefined;
    for (const finding of result.findings) {
      if (!rangeContains(finding.range, position)) continue;
      const topicId = findingTopicId(finding);
      const topic = topicId ? loadCore().topicSourceWords(result.language, topicId) : undefined;
      findings.push({ finding, meta: ruleMeta(finding.ruleId), docUrl: this.linter.docUri(finding.docPath).toString(), ...(topic ? { topic } : {}) });
      range ??= new vscode.Range(finding.range.start.line, finding.range.start.character, finding.range.end.line, finding.range.end.character);
    }
    let help: FieldHelp | undefined;
    if (result.kind === 'declaration' && result.parsed) {
      const path = keyPathAt(result.parsed.root, document.offsetAt(position));
      help = path ? fieldHelp(loadCore().RECORD_SCHEMA as FieldSchema, path) : undefined;
    }
    const parts = hoverMarkdowns(findings, result.language, help).map((markdown) => new vscode.MarkdownString(markdown));
    return parts.length > 0 ? new vscode.Hover(parts, range) : undefined;
  }
}

/** Hovers: on a finding, what the rule checks, why (with its source) and how to fix it; on a declaration key, the register's help text. */
import * as vscode from 'vscode';
import type { RuleMeta } from '../core/rule';
import { loadCore } from './coreLoader';
import type { Linter } from './linter';
import { useLanguage } from './l10n';
import { rangeContains } from './logic/diagnosticData';
import { fieldHelp, keyPathAt, type FieldSchema } from './logic/keyPath';
import { fieldHoverMarkdown, findingHoverMarkdown } from './logic/hoverText';

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
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;
    for (const finding of result.findings) {
      if (!rangeContains(finding.range, position)) continue;
      const markdown = new vscode.MarkdownString(findingHoverMarkdown(finding, ruleMeta(finding.ruleId), result.language, this.linter.docUri(finding.docPath).toString()));
      parts.push(markdown);
      range ??= new vscode.Range(finding.range.start.line, finding.range.start.character, finding.range.end.line, finding.range.end.character);
    }
    if (result.kind === 'declaration' && result.parsed) {
      const path = keyPathAt(result.parsed.root, document.offsetAt(position));
      const help = path ? fieldHelp(loadCore().RECORD_SCHEMA as FieldSchema, path) : undefined;
      if (help) parts.push(new vscode.MarkdownString(fieldHoverMarkdown(help)));
    }
    return parts.length > 0 ? new vscode.Hover(parts, range) : undefined;
  }
}

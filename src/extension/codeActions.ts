/**
 * Quick fixes for Inkooplint's diagnostics: the findings' own fixes, "disable this rule for this
 * line / for this file" (a comment, see core/suppression.ts), the rule's documentation, and
 * "fix all" as a `source.fixAll.inkooplint` action (for `editor.codeActionsOnSave`).
 */
import * as vscode from 'vscode';
import type { Finding, TextEdit } from '../core/finding';
import { commentSyntaxFor, disableCommentInsertion, type CommentSyntax } from '../core/suppression';
import { loadCore } from './coreLoader';
import type { Linter, LintResult } from './linter';
import { lintText } from './linter';
import { t } from './l10n';
import { sameDiagnostic } from './logic/diagnosticData';
import { applyEdits, changedSpan, fixAllEdits, selectFixes } from './logic/fixAll';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('inkooplint');

export function commentSyntaxOf(document: vscode.TextDocument, fileName: string): CommentSyntax {
  if (document.languageId === 'markdown') return 'markdown';
  if (document.languageId.startsWith('json')) return 'json';
  return commentSyntaxFor(fileName);
}

function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const change of edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(change.offset[0]), document.positionAt(change.offset[1])), change.newText);
  }
  return edit;
}

export class InkooplintCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND] };

  constructor(private readonly linter: Linter) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const result = this.linter.resultFor(document.uri);
    if (!result || result.version !== document.version) return [];
    // `source.fixAll` (on save, or from the Source Action menu): offer ours.
    if (context.only && FIX_ALL_KIND.intersects(context.only) && !vscode.CodeActionKind.QuickFix.intersects(context.only)) {
      return this.fixAllAction(document, result);
    }
    const actions: vscode.CodeAction[] = [];
    const syntax = commentSyntaxOf(document, result.fileName);
    const text = document.getText();
    for (const diagnostic of context.diagnostics) {
      const finding = result.findings.find((candidate) => sameDiagnostic(diagnostic, candidate, result.language));
      if (!finding) continue;
      finding.fixes?.forEach((fix, index) => {
        const action = new vscode.CodeAction(fix.title[result.language], vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, fix.edits);
        action.diagnostics = [diagnostic];
        action.isPreferred = index === 0;
        actions.push(action);
      });
      for (const kind of ['next-line', 'file'] as const) {
        const insertion = disableCommentInsertion(text, syntax, kind, finding.ruleId, finding.range.start.line);
        if (!insertion) continue;
        const title = kind === 'next-line' ? t('Disable {0} for this line', finding.ruleId) : t('Disable {0} for this file', finding.ruleId);
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, [{ offset: [insertion.offset, insertion.offset], range: finding.range, newText: insertion.newText }]);
        action.diagnostics = [diagnostic];
        actions.push(action);
      }
      if (finding.ruleId === 'link/broken' && document.uri.scheme !== 'untitled') {
        const range = new vscode.Range(finding.range.start.line, finding.range.start.character, finding.range.end.line, finding.range.end.character);
        const pick = new vscode.CodeAction(t('Choose the file…'), vscode.CodeActionKind.QuickFix);
        pick.command = { command: 'inkooplint.pickLinkTarget', title: pick.title, arguments: [document.uri, range] };
        pick.diagnostics = [diagnostic];
        actions.push(pick);
      }
      const docs = new vscode.CodeAction(t('Show documentation for {0}', finding.ruleId), vscode.CodeActionKind.QuickFix);
      docs.command = { command: 'inkooplint.openRuleDocumentation', title: docs.title, arguments: [finding.ruleId] };
      docs.diagnostics = [diagnostic];
      actions.push(docs);
    }
    return actions;
  }

  private fixAllAction(document: vscode.TextDocument, result: LintResult): vscode.CodeAction[] {
    const edits = fixAllEdits(result.findings);
    if (edits.length === 0) return [];
    const action = new vscode.CodeAction(t('Fix all Inkooplint problems that can be fixed'), FIX_ALL_KIND);
    action.edit = toWorkspaceEdit(document, edits);
    return [action];
  }
}

/**
 * Applies every fix to a document, pass after pass on the fixed text (fixes that overlapped wait a
 * pass), up to ten passes. Returns how many fixes were applied.
 */
export async function fixAllInDocument(linter: Linter, document: vscode.TextDocument): Promise<number> {
  const result = linter.resultFor(document.uri) ?? (await linter.lintDocument(document));
  if (!result) return 0;
  const core = loadCore();
  const { config } = await linter.configs.forDocument(document.uri);
  const original = document.getText();
  const links = await linter.links.optionsFor(document.uri, result.kind, original, result.fileName);
  let text = original;
  let applied = 0;
  for (let pass = 0; pass < 10; pass++) {
    const findings: Finding[] = lintText(core, result.kind, text, result.fileName, config, result.annexes?.map((annex) => annex.input), links).findings;
    const fixes = selectFixes(findings);
    if (fixes.length === 0) break;
    applied += fixes.length;
    text = applyEdits(text, fixes.flatMap((fix) => fix.edits));
  }
  if (text === original) return 0;
  // One replacement of the part that changed, so that the rest of the document (and the cursor) stays put.
  const change = changedSpan(original, text);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.newText);
  await vscode.workspace.applyEdit(edit);
  await linter.lintDocument(document);
  return applied;
}

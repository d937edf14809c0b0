/** Completion of register keys and allowed values in YAML declarations (see logic/completion.ts). */
import * as vscode from 'vscode';
import { loadCore } from './coreLoader';
import type { Linter } from './linter';
import { completionPlace } from './logic/completion';
import { fieldHoverMarkdown } from './logic/hoverText';
import { fieldHelp, type FieldSchema } from './logic/keyPath';
import { useLanguage } from './l10n';

export class DeclarationCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly linter: Linter) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    const result = this.linter.resultFor(document.uri);
    if (!result || result.kind !== 'declaration' || document.languageId !== 'yaml') return undefined;
    const place = completionPlace(document.lineAt(position.line).text, position.character);
    if (!place) return undefined;
    useLanguage(result.language);
    const record = loadCore().RECORD_SCHEMA as FieldSchema;
    if (place.kind === 'key') {
      const root = result.parsed?.root;
      const present = new Set(root?.kind === 'object' ? root.properties.map((property) => property.key) : []);
      return Object.keys(record.properties ?? {})
        .filter((key) => !present.has(key))
        .map((key, index) => {
          const help = fieldHelp(record, [key]);
          const item = new vscode.CompletionItem(key, vscode.CompletionItemKind.Property);
          item.insertText = `${key}: `;
          item.detail = help?.title;
          if (help) item.documentation = new vscode.MarkdownString(fieldHoverMarkdown(help));
          item.sortText = String(index).padStart(3, '0');
          item.range = new vscode.Range(position.line, position.character - place.prefix.length, position.line, position.character);
          return item;
        });
    }
    const help = fieldHelp(record, [place.key]);
    return (help?.allowed ?? []).map((value) => {
      const item = new vscode.CompletionItem(value, vscode.CompletionItemKind.EnumMember);
      item.range = new vscode.Range(position.line, position.character - place.prefix.length, position.line, position.character);
      return item;
    });
  }
}

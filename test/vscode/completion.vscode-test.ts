import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, open, writeInWorkspace } from './helpers';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** The completion items VS Code offers at the end of the last line of a new file with `text`. */
async function completionsAfter(name: string, text: string): Promise<vscode.CompletionItem[]> {
  const uri = await writeInWorkspace(name, text);
  const editor = await open(uri);
  const last = editor.document.lineAt(editor.document.lineCount - 1);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, last.range.end);
  return list?.items ?? [];
}

function snippet(items: readonly vscode.CompletionItem[], prefix: string): vscode.CompletionItem {
  const found = items.find((item) => labelOf(item) === prefix && item.kind === vscode.CompletionItemKind.Snippet);
  const offered = items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map(labelOf);
  assert.ok(found, `no snippet '${prefix}'; snippets offered: ${offered.join(', ') || 'none'}; all: ${items.slice(0, 20).map(labelOf).join(', ')}`);
  return found;
}

/** The snippet's body as it is inserted. */
function bodyOf(item: vscode.CompletionItem): string {
  const text = item.insertText;
  return typeof text === 'string' ? text : (text?.value ?? '');
}

describe('Completion', () => {
  before(closeAllEditors);
  after(closeAllEditors);

  it('offers the Dutch clause snippets in a contract, as snippets with their prefixes', async () => {
    const items = await completionsAfter('nieuw-artikel.overeenkomst.md', '# Overeenkomst\n\nartikel-au');
    const audit = snippet(items, 'artikel-audit');
    assert.match(bodyOf(audit), /audit/i);
    const documentation = await completionsAfter('nieuw-artikel-2.overeenkomst.md', '# Overeenkomst\n\nartikel-');
    for (const prefix of ['artikel-audit', 'artikel-exit', 'artikel-logging']) snippet(documentation, prefix);
  });

  it('offers the English clause snippets', async () => {
    const items = await completionsAfter('new-clause.contract.md', '# Agreement\n\nclause-au');
    assert.match(bodyOf(snippet(items, 'clause-audit')), /audit/i);
  });

  it('offers the declaration snippet in YAML', async () => {
    const items = await completionsAfter('nieuw.algoritme.yaml', 'algor');
    const declaration = snippet(items, 'algoritme');
    assert.match(bodyOf(declaration), /name:/);
  });
});

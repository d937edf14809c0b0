import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, diagnosticAt, open, setSetting, waitForFindings, workspaceUri } from './helpers';

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

describe('Hovers', () => {
  before(async () => {
    await closeAllEditors();
    await setSetting('language', 'en');
  });
  after(async () => {
    await setSetting('language', undefined);
    await closeAllEditors();
  });

  it('explains a finding: the rule, what it checks, why, and how to fix it', async () => {
    const uri = workspaceUri('bijstand-signalering.algoritme.yaml');
    const editor = await open(uri);
    await waitForFindings(uri, 'English diagnostics', (diagnostics) => diagnostics.some((diagnostic) => /not a permitted value for lang/.test(diagnostic.message)));
    const lang = diagnosticAt(editor.document, 21, 'NLD');
    const text = await hoverText(uri, lang.range.start.translate(0, 1));
    assert.match(text, /declaration\/schema/);
    assert.match(text, /not a permitted value for lang/);
    assert.match(text, /How to fix/);
    assert.match(text, /nld/);
  });

  it('shows the register\'s help text on a declaration key', async () => {
    const uri = workspaceUri('bijstand-signalering.algoritme.yaml');
    const editor = await open(uri);
    await waitForFindings(uri);
    const line = editor.document.lineAt(7);
    assert.match(line.text, /^status:/);
    const text = await hoverText(uri, new vscode.Position(7, 2));
    assert.match(text, /`status`/);
    assert.match(text, /Algoritmeregister/);
  });
});

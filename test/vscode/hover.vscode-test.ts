import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, diagnosticAt, open, ruleOf, setSetting, waitForFindings, workspaceUri } from './helpers';

/** The line that closes every hover on findings (English: the suite sets the language to en). */
const DISCLAIMER = '_These findings are a review aid, not legal advice\\._';

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
    assert.ok(text.trimEnd().endsWith(DISCLAIMER), `the hover ends with the disclaimer: ${text.slice(-200)}`);
  });

  it('on a finding about a catalog topic, lists the topic\'s sources with version and date', async () => {
    const uri = workspaceUri('routeplanning.overeenkomst.md');
    await open(uri);
    const diagnostics = await waitForFindings(uri, 'the missing exit clause', (found) => found.some((d) => ruleOf(d) === 'contract/missing-clause' && /Exit/.test(d.message)));
    const exit = diagnostics.find((d) => ruleOf(d) === 'contract/missing-clause' && /Exit/.test(d.message));
    assert.ok(exit);
    const text = (await hoverText(uri, exit.range.start.translate(0, 1))).replace(/\\(.)/g, '$1');
    assert.match(text, /\*\*Sources for the topic Exit[^*]*:\*\*/);
    assert.match(text, /^- \[GIBIT 2023[^\]]*, exit en exitplan\]\([^)]*\): version 2023 of 5 December 2023$/m);
    assert.match(text, /: version 2016\/679 of 27 April 2016$/m);
    assert.ok(text.trimEnd().endsWith(DISCLAIMER.replace(/\\/g, '')), `the hover ends with the disclaimer: ${text.slice(-200)}`);
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

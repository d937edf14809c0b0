import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { contractFindings, declarationFindings } from './expected';
import { closeAllEditors, copyInWorkspace, diagnosticAt, expectFindings, open, ruleOf, waitForFindings, workspaceUri } from './helpers';

/** Every diagnostic names its rule and links to the rule's page. */
function assertCodes(diagnostics: readonly vscode.Diagnostic[]): void {
  for (const diagnostic of diagnostics) {
    assert.equal(diagnostic.source, 'inkooplint');
    const code = diagnostic.code;
    assert.ok(code && typeof code === 'object', `diagnostic '${diagnostic.message}' has no code object with a link`);
    assert.match(String(code.value), /^(declaration|contract|link)\/[a-z0-9-]+$/);
    assert.ok(code.target instanceof vscode.Uri, `code.target of ${String(code.value)} is not a Uri`);
    const page = String(code.value).split('/')[1];
    assert.ok(code.target.toString().includes(page), `code.target ${code.target.toString()} does not point to the page of ${String(code.value)}`);
  }
}

describe('Diagnostics', () => {
  before(closeAllEditors);
  after(closeAllEditors);

  it('reports a declaration\'s findings with the core\'s rule ids, ranges and severities', async () => {
    const uri = workspaceUri('bijstand-signalering.algoritme.yaml');
    const editor = await open(uri);
    const expected = declarationFindings(editor.document.getText(), uri.fsPath);
    assert.ok(expected.length >= 8, `the fixture should have many findings, the core finds ${expected.length}`);
    const diagnostics = await expectFindings(uri, expected);
    assertCodes(diagnostics);
    // Anchors, so that a change in the core cannot make this test vacuous.
    const lang = diagnosticAt(editor.document, 21, 'NLD');
    assert.equal(ruleOf(lang), 'declaration/schema');
    assert.equal(lang.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual([lang.range.start.character, lang.range.end.character], [6, 9]);
    assert.equal(ruleOf(diagnosticAt(editor.document, 8, '2023-1')), 'declaration/schema');
    assert.ok(diagnostics.some((diagnostic) => ruleOf(diagnostic) === 'declaration/ai-act-high-risk-area'));
  });

  it('reports a declaration\'s link to a contract that does not exist (a rule across files)', async () => {
    const uri = workspaceUri('bijstand-signalering.algoritme.yaml');
    const editor = await open(uri);
    const line = editor.document.lineAt(26);
    assert.match(line.text, /^ {2}contract: \.\.\/contracten\/voorbeeld-software\.overeenkomst\.md$/);
    await waitForFindings(uri, 'a link/broken diagnostic', (diagnostics) => diagnostics.some((diagnostic) => ruleOf(diagnostic) === 'link/broken'));
    const broken = diagnosticAt(editor.document, 26, '../contracten/voorbeeld-software.overeenkomst.md');
    assert.equal(ruleOf(broken), 'link/broken');
    assertCodes([broken]);
  });

  it('reports a contract\'s findings with the core\'s rule ids, ranges and severities', async () => {
    const uri = workspaceUri('routeplanning.overeenkomst.md');
    const editor = await open(uri);
    const expected = contractFindings(editor.document.getText(), uri.fsPath);
    assert.ok(expected.length >= 8, `the fixture should have many findings, the core finds ${expected.length}`);
    const diagnostics = await expectFindings(uri, expected);
    assertCodes(diagnostics);
    const placeholder = diagnosticAt(editor.document, 28, '[DATUM INGANG]');
    assert.equal(ruleOf(placeholder), 'contract/placeholder');
    assert.equal(placeholder.severity, vscode.DiagnosticSeverity.Warning);
    for (const rule of ['contract/missing-clause', 'contract/broken-reference', 'contract/numbering']) {
      assert.ok(diagnostics.some((diagnostic) => ruleOf(diagnostic) === rule), `no ${rule} diagnostic`);
    }
  });

  it('re-lints as the user types', async () => {
    const uri = await copyInWorkspace('bijstand-signalering.algoritme.yaml', 'typen.algoritme.yaml');
    const editor = await open(uri);
    await expectFindings(uri, declarationFindings(editor.document.getText(), uri.fsPath));
    diagnosticAt(editor.document, 21, 'NLD');
    const line = editor.document.lineAt(21);
    assert.ok(await editor.edit((edit) => edit.replace(line.range, 'lang: nld')));
    const expected = declarationFindings(editor.document.getText(), uri.fsPath);
    await expectFindings(uri, expected);
    assert.ok(!expected.some((finding) => finding.range.start.line === 21), 'the core still reports line 22');
    // And back: undo brings the finding back.
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.lineAt(21).text, 'lang: NLD');
    await expectFindings(uri, declarationFindings(editor.document.getText(), uri.fsPath));
    await editor.document.save();
  });
});

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { declarationFindings } from './expected';
import { applyCodeAction, closeAllEditors, codeActionsAt, copyInWorkspace, diagnosticAt, eventually, expectFindings, findingsOf, insertedText, open, readWorkspaceText, ruleOf, waitForFindings } from './helpers';

const QUICK_FIX = vscode.CodeActionKind.QuickFix;

function isQuickFix(action: vscode.CodeAction): boolean {
  return !!action.kind && QUICK_FIX.contains(action.kind);
}

describe('Quick fixes', () => {
  beforeEach(closeAllEditors);
  after(closeAllEditors);

  it('offers the finding\'s fix in the light bulb, and applying it changes NLD to nld', async () => {
    const uri = await copyInWorkspace('bijstand-signalering.algoritme.yaml', 'snelle-fix.algoritme.yaml');
    const editor = await open(uri);
    await waitForFindings(uri);
    const lang = diagnosticAt(editor.document, 21, 'NLD');
    const actions = await codeActionsAt(uri, lang.range);
    const fix = actions.find((action) => isQuickFix(action) && insertedText(action, uri) === 'nld');
    assert.ok(fix, `no quick fix that writes nld; offered: ${actions.map((action) => `'${action.title}'`).join(', ')}`);
    // (vscode.executeCodeActionProvider does not pass an action's diagnostics back; its other fields it does.)
    assert.equal(fix.isPreferred, true, 'the finding\'s first fix should be the preferred one (Ctrl+. then Enter, and auto fix)');
    await applyCodeAction(fix);
    assert.equal(editor.document.lineAt(21).text, 'lang: nld');
    await expectFindings(uri, declarationFindings(editor.document.getText(), uri.fsPath));
    assert.ok(!findingsOf(uri).some((diagnostic) => diagnostic.range.start.line === 21), 'the finding on line 22 is still there');
    assert.ok(await editor.document.save());
    assert.match(await readWorkspaceText('snelle-fix.algoritme.yaml'), /^lang: nld$/m);
  });

  it('offers to disable the rule for the line and for the file, with a YAML comment', async () => {
    const uri = await copyInWorkspace('bijstand-signalering.algoritme.yaml', 'uitzetten.algoritme.yaml');
    const editor = await open(uri);
    await waitForFindings(uri);
    const beginDate = diagnosticAt(editor.document, 8, '2023-1');
    const actions = await codeActionsAt(uri, beginDate.range);
    const forLine = actions.find((action) => /inkooplint-disable-next-line/.test(insertedText(action, uri)));
    const forFile = actions.find((action) => /inkooplint-disable-file/.test(insertedText(action, uri)));
    assert.ok(forLine, `no "disable for this line" action; offered: ${actions.map((action) => `'${action.title}'`).join(', ')}`);
    assert.ok(forFile, `no "disable for this file" action; offered: ${actions.map((action) => `'${action.title}'`).join(', ')}`);
    assert.match(insertedText(forLine, uri), /#\s*inkooplint-disable-next-line\b.*declaration\/schema/);
    const before = findingsOf(uri).length;
    await applyCodeAction(forLine);
    assert.match(editor.document.lineAt(8).text, /^#\s*inkooplint-disable-next-line\b.*declaration\/schema/);
    await eventually(() => {
      assert.ok(!findingsOf(uri).some((diagnostic) => editor.document.getText(diagnostic.range) === '2023-1'), 'the begin_date finding is still reported');
      assert.equal(findingsOf(uri).length, before - 1);
    });
  });

  it('disables a rule for a whole contract with a Markdown comment', async () => {
    const uri = await copyInWorkspace('routeplanning.overeenkomst.md', 'uitzetten.overeenkomst.md');
    const editor = await open(uri);
    await waitForFindings(uri);
    const placeholder = diagnosticAt(editor.document, 28, '[DATUM INGANG]');
    const actions = await codeActionsAt(uri, placeholder.range);
    const forFile = actions.find((action) => /<!--\s*inkooplint-disable-file\b/.test(insertedText(action, uri)));
    assert.ok(forFile, `no "disable for this file" action with a Markdown comment; offered: ${actions.map((action) => `'${action.title}'`).join(', ')}`);
    await applyCodeAction(forFile);
    await eventually(() => {
      const rules = findingsOf(uri).map(ruleOf);
      assert.ok(rules.length > 0, 'all findings are gone, not only the placeholders');
      assert.ok(!rules.includes('contract/placeholder'), 'placeholder findings are still reported');
    });
  });

  it('fixes everything that can be fixed with inkooplint.fixAll', async () => {
    const uri = await copyInWorkspace('bijstand-signalering.algoritme.yaml', 'alles-herstellen.algoritme.yaml');
    const editor = await open(uri);
    await waitForFindings(uri);
    const fixable = declarationFindings(editor.document.getText(), uri.fsPath).filter((finding) => (finding as { fixes?: unknown[] }).fixes?.length);
    assert.ok(fixable.length >= 3, `the core should have at least 3 fixable findings here, it has ${fixable.length}`);
    await vscode.commands.executeCommand('inkooplint.fixAll');
    await eventually(() => {
      const text = editor.document.getText();
      assert.match(text, /^lang: nld$/m);
      assert.match(text, /^begin_date: "?2023-01"?$/m);
      assert.match(text, /^standard_version: ["']1\.0["']$/m);
    });
    await expectFindings(uri, declarationFindings(editor.document.getText(), uri.fsPath));
  });
});

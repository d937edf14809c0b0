import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS, extension, findingsOf, waitForFindings, workspaceUri } from './helpers';

describe('Commands', () => {
  before(async () => {
    await extension().activate();
  });

  it('contributes every command with a title, in the palette', () => {
    const contributed: Array<{ command: string; title: string }> = extension().packageJSON.contributes?.commands ?? [];
    for (const command of COMMANDS) {
      const entry = contributed.find((item) => item.command === command);
      assert.ok(entry, `package.json does not contribute ${command}`);
      assert.ok(entry.title, `${command} has no title`);
    }
  });

  it('registers every command in the extension host', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = COMMANDS.filter((command) => !registered.has(command));
    assert.deepEqual(missing, [], `commands not registered: ${missing.join(', ')}`);
  });

  it('lints the whole workspace on the command, files that are not open included', async () => {
    const contract = workspaceUri('routeplanning.overeenkomst.md');
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === contract.toString()), 'the contract is already open');
    const summary = await vscode.commands.executeCommand<{ files: number; problems: number } | undefined>('inkooplint.lintWorkspace');
    if (summary) assert.ok(summary.files >= 2 && summary.problems > 0, `lintWorkspace summary: ${JSON.stringify(summary)}`);
    const diagnostics = await waitForFindings(contract, 'diagnostics after inkooplint.lintWorkspace');
    assert.ok(diagnostics.some((diagnostic) => String((diagnostic.code as { value: string }).value).startsWith('contract/')));
    assert.ok(findingsOf(workspaceUri('bijstand-signalering.algoritme.yaml')).length > 0, 'the declaration was not linted');
  });

  it('opens the Problems panel', async () => {
    await vscode.commands.executeCommand('inkooplint.showProblems');
  });

  it('opens a rule\'s documentation page', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('inkooplint.openRuleDocumentation', 'declaration/schema');
    assert.ok(uri, 'no page opened');
    assert.match(uri.path, /docs\/rules\/declaration\/schema\.md$/);
    await vscode.workspace.fs.stat(uri);
  });

  for (const [command, expected] of [
    ['inkooplint.newContract', /^---\n[\s\S]*\n---\n/],
    ['inkooplint.newDeclaration', /^name:/m],
  ] as const) {
    it(`creates a new file from the skeleton with ${command}`, async () => {
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(command);
      assert.ok(uri, `${command} returned no document`);
      const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
      assert.ok(document, 'the new document is not open');
      assert.match(document.getText(), expected);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
      // An untitled file with text: close it without the "save?" dialog.
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  }
});

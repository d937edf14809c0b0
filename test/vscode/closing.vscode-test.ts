import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, copyInWorkspace, eventually, findingsOf, waitForFindings } from './helpers';

/**
 * Opens a file in an editor through the workbench (`vscode.open`), not through
 * `workspace.openTextDocument`: a document an extension opened itself stays loaded for minutes
 * after its editor closes, so it would never be "closed".
 */
async function openInEditor(uri: vscode.Uri): Promise<void> {
  await vscode.commands.executeCommand('vscode.open', uri, { preview: false });
  await eventually(() => assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString()), 10_000);
}

function closed(uri: vscode.Uri): Promise<void> {
  return new Promise((resolve) => {
    const listener = vscode.workspace.onDidCloseTextDocument((document) => {
      if (document.uri.toString() !== uri.toString()) return;
      listener.dispose();
      resolve();
    });
  });
}

describe('Closing and deleting files', () => {
  before(closeAllEditors);
  after(closeAllEditors);

  it('clears a file\'s diagnostics when it is closed', async () => {
    const uri = await copyInWorkspace('bijstand-signalering.algoritme.yaml', 'sluiten.algoritme.yaml');
    await openInEditor(uri);
    await waitForFindings(uri);
    const documentClosed = closed(uri);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await documentClosed;
    await eventually(() => assert.deepEqual(findingsOf(uri), [], 'diagnostics remain after the file was closed'), 15_000);
  });

  it('clears a file\'s diagnostics when it is deleted', async () => {
    const uri = await copyInWorkspace('routeplanning.overeenkomst.md', 'weg.overeenkomst.md');
    await openInEditor(uri);
    await waitForFindings(uri);
    await vscode.workspace.fs.delete(uri);
    await closeAllEditors();
    await eventually(() => assert.deepEqual(findingsOf(uri), [], 'diagnostics remain after the file was deleted'), 15_000);
  });
});

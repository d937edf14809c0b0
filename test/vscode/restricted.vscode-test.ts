// The Restricted Mode run: a window whose workspace is not trusted and holds no linted file when
// it opens. Times a cold activate() first (the extension is not active yet), then checks that the
// extension lints in Restricted Mode, as `capabilities.untrustedWorkspaces: { supported: true }` declares.
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { runConfig } from './config';
import { contractFindings, declarationFindings } from './expected';
import type { ImportResult, WordPreviewHandle } from '../../src/extension/word/wordCommands';
import { markdownToDocx } from '../docx/writeDocx';
import { COMMANDS, closeAllEditors, expectFindings, extension, open, workspaceUri, writeInWorkspace } from './helpers';

function fixture(name: string): string {
  return readFileSync(path.join(runConfig().root, 'test', 'vscode', 'workspace', name), 'utf8');
}

describe('Restricted Mode (untrusted workspace)', () => {
  after(closeAllEditors);

  it('opens the window in Restricted Mode', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('declares that it supports untrusted workspaces', () => {
    assert.deepEqual(extension().packageJSON.capabilities?.untrustedWorkspaces?.supported, true);
  });

  it('activates on demand; the time of a cold activate() is recorded', async () => {
    const ext = extension();
    const wasActive = ext.isActive;
    const started = performance.now();
    await ext.activate();
    const activateMs = performance.now() - started;
    assert.ok(ext.isActive);
    // The extension also times its own activate() (Date.now(), so whole milliseconds) and exports the figure.
    const exported = ext.exports as { activationMs?: unknown } | undefined;
    const figure = {
      activateMs: wasActive ? null : Math.round(activateMs * 100) / 100,
      wasAlreadyActive: wasActive,
      reportedByExtensionMs: typeof exported?.activationMs === 'number' ? exported.activationMs : null,
      how: 'performance.now() around vscode.extensions.getExtension(id).activate() in the extension host, for an extension not active yet (Restricted Mode window, workspace without linted files)',
      vscodeVersion: vscode.version,
      measuredAt: new Date().toISOString(),
    };
    console.log(`activate(): ${wasActive ? 'the extension was already active' : `${figure.activateMs} ms (cold)`}; the extension's own figure: ${figure.reportedByExtensionMs ?? 'none'} ms`);
    const file = runConfig().activationFile;
    if (file) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(figure, null, 2)}\n`);
    }
    assert.equal(wasActive, false, 'the extension was active before anything asked for it (activation should be on demand)');
  });

  it('registers its commands', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(COMMANDS.filter((command) => !registered.has(command)), []);
  });

  it('lints a declaration although the workspace is not trusted', async () => {
    const text = fixture('bijstand-signalering.algoritme.yaml');
    const uri = await writeInWorkspace('beperkt.algoritme.yaml', text);
    const editor = await open(uri);
    const expected = declarationFindings(editor.document.getText(), uri.fsPath);
    assert.ok(expected.length > 0);
    await expectFindings(uri, expected);
  });

  it('lints a contract although the workspace is not trusted', async () => {
    const uri = await writeInWorkspace('beperkt.overeenkomst.md', fixture('routeplanning.overeenkomst.md'));
    const editor = await open(uri);
    await expectFindings(uri, contractFindings(editor.document.getText(), uri.fsPath));
  });

  // Reading a Word file runs nothing in it, and the import writes only where the user asked: both are allowed here.
  it('previews and imports a Word contract although the workspace is not trusted', async () => {
    const word = workspaceUri('beperkt-word.docx');
    await vscode.workspace.fs.writeFile(word, markdownToDocx(fixture('routeplanning.overeenkomst.md')));
    const preview = await vscode.commands.executeCommand<WordPreviewHandle>('inkooplint.previewWordContract', word);
    assert.ok(preview && preview.model().groups.length > 0, 'the preview lists findings');
    preview.panel.dispose();
    const result = await vscode.commands.executeCommand<ImportResult>('inkooplint.importWordContract', word);
    assert.equal(result?.status, 'written');
    const target = workspaceUri('beperkt-word.overeenkomst.md');
    assert.equal(result.status === 'written' && result.target.toString(), target.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    await expectFindings(target, contractFindings(text, target.fsPath));
  });
});

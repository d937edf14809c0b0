// The Word exports in the real VS Code: the checklist report (inkooplint.exportChecklistDocx) and
// the overview (inkooplint.saveOverview with 'docx'), from dist/report-docx.js loaded on first use.
// Each file on disk must be a .docx (a zip with word/document.xml) that names the contract or the
// declaration, and an existing file is never replaced without consent.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import * as vscode from 'vscode';
import { runConfig } from './config';
import { closeAllEditors, extension, workspaceUri, writeInWorkspace } from './helpers';

const CONTRACT = 'word-voorbeeld.overeenkomst.md';
const REPORT = 'word-voorbeeld.checklist.docx';
const OVERVIEW = 'word-overzicht.docx';

/** The body of a .docx as text, after checking that it is one. */
async function documentXml(uri: vscode.Uri): Promise<string> {
  const bytes = await vscode.workspace.fs.readFile(uri);
  assert.equal(strFromU8(bytes.subarray(0, 2)), 'PK', `${path.basename(uri.path)} is a zip`);
  const files = unzipSync(bytes);
  assert.ok(files['[Content_Types].xml'], 'has [Content_Types].xml');
  assert.ok(files['word/document.xml'], 'has word/document.xml');
  return strFromU8(files['word/document.xml']);
}

describe('Word export', function () {
  this.timeout(120_000);

  before(async () => {
    await extension().activate();
  });
  after(closeAllEditors);

  it('registers the Word export of the checklist', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes('inkooplint.exportChecklistDocx'));
  });

  it('exports the checklist report as a .docx beside the contract, with the contract in it, never replacing one without asking', async () => {
    const text = readFileSync(path.join(runConfig().root, 'test', 'fixtures', 'contracts', 'compleet-hoog-risico.overeenkomst.md'), 'utf8');
    const contract = await writeInWorkspace(CONTRACT, text);
    const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>('inkooplint.exportChecklistDocx', contract, { overwrite: false });
    assert.ok(saved, 'the command returned no file');
    assert.equal(saved.toString(), workspaceUri(REPORT).toString());
    const xml = await documentXml(saved);
    assert.ok(xml.includes(CONTRACT), 'the contract file is named in the report');
    assert.ok(xml.includes('Overeenkomst Risicosignalering Bijstand'), 'the contract title is in the report');
    assert.match(xml, /w:tblHeader/);
    await vscode.workspace.fs.writeFile(saved, new TextEncoder().encode('mine'));
    const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('inkooplint.exportChecklistDocx', contract, { overwrite: false });
    assert.equal(again, undefined);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(saved)), 'mine');
    const replaced = await vscode.commands.executeCommand<vscode.Uri | undefined>('inkooplint.exportChecklistDocx', contract, { overwrite: true });
    assert.ok(replaced);
    assert.ok((await documentXml(replaced)).includes(CONTRACT));
  });

  it('saves the overview as a Word document with the workspace\'s declaration in it', async () => {
    const target = workspaceUri(OVERVIEW);
    const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>('inkooplint.saveOverview', 'docx', target, { overwrite: false });
    assert.equal(saved?.toString(), target.toString());
    const xml = await documentXml(target);
    assert.ok(xml.includes('Signalering recht op bijstand'), 'the declaration\'s name is in the overview');
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode('mine'));
    const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('inkooplint.saveOverview', 'docx', target, { overwrite: false });
    assert.equal(again, undefined);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), 'mine');
  });
});

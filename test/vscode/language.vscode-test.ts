import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { declarationFindings } from './expected';
import { closeAllEditors, copyInWorkspace, eventually, findingsOf, open, perFileFindingsOf, setSetting, waitForFindings } from './helpers';

describe('Language setting', () => {
  before(closeAllEditors);
  after(async () => {
    await setSetting('language', undefined);
    await closeAllEditors();
  });

  it('switches the messages between Dutch and English', async () => {
    const uri = await copyInWorkspace('bijstand-signalering.algoritme.yaml', 'taal.algoritme.yaml');
    const editor = await open(uri);
    await waitForFindings(uri);
    const expected = declarationFindings(editor.document.getText(), uri.fsPath);
    const messages = (language: 'nl' | 'en') => expected.map((finding) => finding.message[language]).sort();
    assert.notDeepEqual(messages('nl'), messages('en'));

    await setSetting('language', 'nl');
    await eventually(() => assert.deepEqual(perFileFindingsOf(uri).map((diagnostic) => diagnostic.message).sort(), messages('nl')));
    const lang = findingsOf(uri).find((diagnostic) => diagnostic.range.start.line === 21);
    assert.match(lang?.message ?? '', /is geen toegestane waarde/);

    await setSetting('language', 'en');
    await eventually(() => assert.deepEqual(perFileFindingsOf(uri).map((diagnostic) => diagnostic.message).sort(), messages('en')));
    assert.match(findingsOf(uri).find((diagnostic) => diagnostic.range.start.line === 21)?.message ?? '', /is not a permitted value/);

    // "auto" follows VS Code's display language.
    await setSetting('language', 'auto');
    const display = vscode.env.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
    await eventually(() => assert.deepEqual(perFileFindingsOf(uri).map((diagnostic) => diagnostic.message).sort(), messages(display)));
  });
});

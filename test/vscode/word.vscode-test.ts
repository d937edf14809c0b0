// Word contracts in the real VS Code: the import command on a .docx built in the test from the
// workspace's contract (test/docx/writeDocx.ts), with its Uri as the explorer gives it; the file
// on disk (front matter and article text) and the linter's diagnostics on it; the overwrite
// question answered "no" (the file stays as it was) and "replace"; bad input (.docm, damaged, not
// Word, too large) refused with a message and nothing written; the read-only preview of the
// findings (its policy, its script running under it, its groups, refusing foreign messages,
// following the file on disk).
import * as assert from 'node:assert/strict';
import { readFileSync, truncateSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import YAML from 'yaml';
import type { ImportResult, WordPreviewHandle } from '../../src/extension/word/wordCommands';
import { markdownToDocx } from '../docx/writeDocx';
import { runConfig } from './config';
import { contractFindings } from './expected';
import { closeAllEditors, expectFindings, waitFor } from './helpers';

const FOLDER = 'word-test';
const CONTRACT = 'routeplanning.overeenkomst.md';

function folderUri(...segments: string[]): vscode.Uri {
  const root = vscode.workspace.workspaceFolders?.[0];
  assert.ok(root, 'the window has no workspace folder');
  return vscode.Uri.joinPath(root.uri, FOLDER, ...segments);
}

function fixture(): string {
  return readFileSync(path.join(runConfig().root, 'test', 'vscode', 'workspace', CONTRACT), 'utf8');
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

function frontMatter(text: string): Record<string, unknown> {
  const block = /^---\n([\s\S]*?)\n---\n/.exec(text);
  assert.ok(block, 'the file starts with front matter');
  return YAML.parse(block[1]) as Record<string, unknown>;
}

type Window = typeof vscode.window;

/** Replaces a `vscode.window` function for the length of `run`, and restores it. */
async function replacing<K extends keyof Window, T>(name: K, replacement: Window[K], run: () => Promise<T>): Promise<T> {
  const window = vscode.window as unknown as Record<string, unknown>;
  const original = window[name];
  window[name] = replacement;
  try {
    return await run();
  } finally {
    window[name] = original;
  }
}

function importWord(uri: vscode.Uri, options?: { overwrite?: boolean }): Promise<ImportResult> {
  return vscode.commands.executeCommand<ImportResult>('inkooplint.importWordContract', uri, ...(options ? [options] : [])) as Promise<ImportResult>;
}

describe('Word contracts: import and preview', function () {
  this.timeout(60_000);
  const word = folderUri('Routeplanning afval.docx');
  const target = folderUri('Routeplanning afval.overeenkomst.md');
  const original = frontMatter(fixture());

  before(async () => {
    await vscode.workspace.fs.createDirectory(folderUri());
    await vscode.workspace.fs.writeFile(word, markdownToDocx(fixture()));
  });

  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(folderUri(), { recursive: true, useTrash: false });
  });

  it('contributes both commands, in the palette and on .docx files in the explorer', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const command of ['inkooplint.importWordContract', 'inkooplint.previewWordContract']) assert.ok(registered.has(command), command);
    const menus = vscode.extensions.getExtension(runConfig().extensionId)?.packageJSON.contributes.menus;
    const explorer = menus['explorer/context'].filter((entry: { command: string }) => entry.command.endsWith('WordContract'));
    assert.equal(explorer.length, 2);
    for (const entry of explorer) assert.match(entry.when, /\\\.docx\$/);
  });

  it('imports a .docx given by its Uri: an .overeenkomst.md beside it, with front matter, opened and linted', async () => {
    assert.equal(await exists(target), false);
    const result = await importWord(word);
    assert.equal(result.status, 'written');
    assert.equal(result.status === 'written' && result.target.toString(), target.toString());
    const text = await readText(target);
    const front = frontMatter(text);
    assert.equal(front.type, 'overeenkomst');
    assert.equal(front.titel, original.titel);
    assert.equal(front.leverancier, original.leverancier);
    assert.equal(front.risicoprofiel, original.risicoprofiel);
    // The article headings and a sub-clause of the contract, as Word numbered them.
    for (const heading of fixture().match(/^## Artikel \d+.*$/gm) ?? []) assert.ok(text.includes(heading), heading);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.toString(), 'the imported file is open');
    const expected = contractFindings(text, target.fsPath);
    assert.ok(expected.length > 0, 'the contract has findings');
    await expectFindings(target, expected);
  });

  it('asks before replacing an existing file: "no" leaves it exactly as it was', async () => {
    const edited = `${await readText(target)}\n<!-- eigen aantekening -->\n`;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(edited));
    const asked: Array<{ message: string; modal: unknown }> = [];
    const result = await replacing('showWarningMessage', ((message: string, options: { modal?: boolean }) => {
      asked.push({ message, modal: options?.modal });
      return Promise.resolve(undefined);
    }) as Window['showWarningMessage'], () => importWord(word));
    assert.equal(result.status, 'kept');
    assert.equal(asked.length, 1);
    assert.equal(asked[0].modal, true);
    assert.match(asked[0].message, /Routeplanning afval\.overeenkomst\.md/);
    assert.equal(await readText(target), edited);
    // The same with `overwrite: false`, which asks nothing.
    assert.equal((await importWord(word, { overwrite: false })).status, 'kept');
    assert.equal(await readText(target), edited);
  });

  it('replaces the file when the user says so', async () => {
    const result = await replacing('showWarningMessage', ((_message: string, _options: unknown, ...items: string[]) => Promise.resolve(items[0])) as Window['showWarningMessage'], () => importWord(word));
    assert.equal(result.status, 'written');
    assert.doesNotMatch(await readText(target), /eigen aantekening/);
  });

  const BAD: Array<{ name: string; bytes: () => Uint8Array; size?: number; says: RegExp }> = [
    { name: 'Macro.docm', bytes: () => markdownToDocx(fixture()), says: /macro/i },
    { name: 'Beschadigd.docx', bytes: () => markdownToDocx(fixture()).slice(0, 2000), says: /damaged|beschadigd/i },
    { name: 'Geen Word.docx', bytes: () => new TextEncoder().encode('Dit is platte tekst met een .docx-naam.\n'), says: /not a Word document|geen Word-document/i },
    { name: 'Versleuteld.docx', bytes: () => encryptedPackage(), says: /password|wachtwoord/i },
    { name: 'Enorm.docx', bytes: () => new Uint8Array(0), size: 65 * 1024 * 1024, says: /too large|te groot/i },
  ];
  for (const bad of BAD) {
    it(`refuses ${bad.name} with a clear message and writes nothing`, async () => {
      const uri = folderUri(bad.name);
      await vscode.workspace.fs.writeFile(uri, bad.bytes());
      // A sparse file: as large as a huge document on disk, without writing its bytes.
      if (bad.size) truncateSync(uri.fsPath, bad.size);
      const shown: string[] = [];
      const result = await replacing('showErrorMessage', ((message: string) => {
        shown.push(message);
        return Promise.resolve(undefined);
      }) as Window['showErrorMessage'], () => importWord(uri));
      assert.equal(result.status, 'refused');
      assert.equal(shown.length, 1);
      assert.match(shown[0], bad.says);
      assert.match(shown[0], new RegExp(bad.name.replace('.', '\\.')));
      const written = folderUri(bad.name.replace(/\.doc[xm]$/, '.overeenkomst.md'));
      assert.equal(await exists(written), false, `${written.path} was written`);
    });
  }

  it('says so when the Markdown file cannot be written, and leaves what is there', async () => {
    const blocked = folderUri('Map.docx');
    await vscode.workspace.fs.writeFile(blocked, markdownToDocx(fixture()));
    // A folder where the file should go: no write can replace it.
    await vscode.workspace.fs.createDirectory(folderUri('Map.overeenkomst.md'));
    const shown: string[] = [];
    const result = await replacing('showErrorMessage', ((message: string) => {
      shown.push(message);
      return Promise.resolve(undefined);
    }) as Window['showErrorMessage'], () => importWord(blocked, { overwrite: true }));
    assert.equal(result.status, 'refused');
    assert.equal(shown.length, 1);
    assert.match(shown[0], /Map\.overeenkomst\.md/);
    assert.equal((await vscode.workspace.fs.stat(folderUri('Map.overeenkomst.md'))).type, vscode.FileType.Directory);
  });

  describe('the read-only preview', () => {
    let handle: WordPreviewHandle;

    before(async () => {
      handle = (await vscode.commands.executeCommand<WordPreviewHandle>('inkooplint.previewWordContract', word))!;
      assert.ok(handle, 'the preview command returns its panel');
    });

    it('opens a webview whose script runs under the checklist\'s policy', async () => {
      const html = handle.html();
      const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';
      assert.match(csp, /^default-src 'none'; script-src 'nonce-[A-Za-z0-9_-]{16,}'; style-src /);
      assert.equal(handle.panel.webview.options.enableCommandUris, false);
      assert.deepEqual(handle.panel.webview.options.localResourceRoots?.map((uri) => uri.path.split('/').slice(-2).join('/')), ['dist/webview']);
      await Promise.race([handle.whenReady(), new Promise((_, reject) => setTimeout(() => reject(new Error('the page never said ready')), 20_000))]);
    });

    it('lists the findings lintDocxBytes gives, article by article, with the Word place', () => {
      const model = handle.model();
      assert.equal(model.problem, undefined);
      const shown = model.groups.flatMap((group) => group.findings);
      assert.ok(shown.length > 0);
      assert.equal(shown.length, model.counts.error + model.counts.warning + model.counts.info);
      const articles = model.groups.filter((group) => group.kind === 'article');
      assert.ok(articles.length > 0);
      for (const group of articles) assert.match(group.heading ?? '', /^Artikel \d+/);
      assert.ok(shown.some((finding) => /^(?:artikel|article) \d/.test(finding.place)));
      const html = handle.html();
      for (const finding of shown.slice(0, 5)) assert.ok(html.includes(finding.ruleId), finding.ruleId);
    });

    it('refuses messages that are not its own', async () => {
      const before = handle.rejected.length;
      await handle.receive({ type: 'docs', ruleId: 'declaration/not-on-this-page' });
      await handle.receive({ type: 'open', path: '/etc/passwd' });
      assert.equal(handle.rejected.length, before + 2);
    });

    it('follows the file on disk', async () => {
      const renders = handle.renders();
      const fewer = fixture().replace(/^## Artikel 3[\s\S]*?(?=^## Artikel 4)/m, '');
      await vscode.workspace.fs.writeFile(word, markdownToDocx(fewer));
      await waitFor('the preview to be built again', () => handle.renders() > renders);
    });

    it('shows why a file cannot be read, instead of findings', async () => {
      const bad = folderUri('Geen Word.docx');
      const other = (await vscode.commands.executeCommand<WordPreviewHandle>('inkooplint.previewWordContract', bad))!;
      assert.match(other.model().problem ?? '', /not a Word document|geen Word-document/i);
      assert.match(other.html(), /role="alert"/);
      other.panel.dispose();
    });
  });
});

/** The start of a password-protected Word file: an OLE compound file holding an "EncryptedPackage" stream. */
function encryptedPackage(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = 'EncryptedPackage';
  for (let i = 0; i < name.length; i++) bytes[1024 + i * 2] = name.charCodeAt(i);
  return bytes;
}

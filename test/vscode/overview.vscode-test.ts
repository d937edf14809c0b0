// The algorithm overview and the register import/export in the real VS Code: the overview command
// on the test workspace (the same numbers as `inkooplint overview` on the same folder, the panel,
// its Content-Security-Policy, links that open files only when the page holds them, saving without
// overwriting), the import command with programmatic URIs (no pickers) on a copy of a corpus
// template, and the export refusing a declaration with field errors.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import YAML from 'yaml';
import type { OverviewHandle } from '../../src/extension/overview/panel';
import type { ExportSummary, ImportSummary } from '../../src/extension/register/commands';
import { runConfig } from './config';
import { closeAllEditors, extension, workspaceUri } from './helpers';

const DECLARATION = 'bijstand-signalering.algoritme.yaml';
const IMPORT_FOLDER = 'overview-import-test';
const SAVED = 'overview-test-overzicht.md';
const EXPORTED = 'overview-test-register.json';

/** The numbers of the summary (`<dd>` of the summary list) of an overview page. */
function summaryNumbers(html: string): number[] {
  const summary = html.slice(html.indexOf('<dl class="summary">'), html.indexOf('</dl>'));
  return [...summary.matchAll(/<dd>(\d+)<\/dd>/g)].map((match) => Number(match[1]));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

describe('Algorithm overview and register import/export', function () {
  this.timeout(60_000);
  let handle: OverviewHandle;

  before(async () => {
    await extension().activate();
    await closeAllEditors();
  });

  after(async () => {
    await closeAllEditors();
    handle?.panel.dispose();
    for (const name of [IMPORT_FOLDER, SAVED, EXPORTED]) await vscode.workspace.fs.delete(workspaceUri(name), { recursive: true }).then(undefined, () => undefined);
  });

  it('contributes the commands with titles in both languages', async () => {
    const contributes = extension().packageJSON.contributes;
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const id of ['inkooplint.openOverview', 'inkooplint.saveOverview', 'inkooplint.importRegister', 'inkooplint.exportRegister']) {
      assert.ok(contributes.commands.some((entry: { command: string; title: string }) => entry.command === id && entry.title), `${id} has no title`);
      assert.ok(registered.has(id), `${id} is not registered`);
    }
  });

  it('opens the overview of the workspace in a webview with the CLI numbers and a strict policy', async () => {
    const opened = await vscode.commands.executeCommand<OverviewHandle | undefined>('inkooplint.openOverview');
    assert.ok(opened, 'inkooplint.openOverview returned no overview');
    handle = opened;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(folder);
    const declarations = await vscode.workspace.findFiles('**/*.{algoritme,algorithm}.{yaml,yml,json}', '**/{node_modules,.git}/**');
    assert.equal(handle.model.totals.files, declarations.length);
    const row = handle.model.algorithms.find((candidate) => candidate.file === DECLARATION);
    assert.ok(row, `no row for ${DECLARATION}: ${handle.model.algorithms.map((r) => r.file).join(', ')}`);
    assert.ok(row.findings.error > 0, 'the flawed declaration shows its errors');

    // The same numbers as the CLI on the same folder.
    const out = mkdtempSync(path.join(tmpdir(), 'inkooplint-overview-'));
    try {
      execFileSync(process.execPath, [path.join(runConfig().root, 'dist', 'cli.js'), 'overview', folder.fsPath, '--out', path.join(out, 'o.html'), '--lang', handle.language], {
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
        stdio: 'pipe',
      });
      const cli = readFileSync(path.join(out, 'o.html'), 'utf8');
      assert.deepEqual(summaryNumbers(handle.pageHtml), summaryNumbers(cli));
      assert.ok(summaryNumbers(cli).length >= 9);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }

    // The panel, and the page it shows.
    assert.equal(handle.panel.viewType, 'inkooplint.overview');
    assert.equal(handle.panel.webview.html, handle.html);
    assert.equal(handle.panel.webview.options.enableCommandUris, false);
    assert.deepEqual(handle.panel.webview.options.localResourceRoots, []);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(handle.html);
    assert.ok(meta, 'no CSP');
    assert.match(meta[1], /^default-src 'none'/);
    assert.ok(!/unsafe-inline|unsafe-eval|\*/.test(meta[1]));
    assert.ok(!/\b(?:src|href)="https?:/i.test(handle.html), 'no http(s) resources');
    assert.ok(!/<(?:link|img|iframe)\b/i.test(handle.html));
    const nonce = /script-src 'nonce-([^']+)'/.exec(meta[1])?.[1];
    assert.ok(nonce);
    for (const tag of handle.html.matchAll(/<(?:script|style)\b[^>]*>/g)) assert.ok(tag[0].includes(`nonce="${nonce}"`), tag[0]);
    assert.ok(handle.html.includes(`href="${DECLARATION}"`), 'the declaration is a link');
    // The page's nonce'd script runs under the policy (it says `ready`), so links and the save buttons work.
    const readyMs = await Promise.race([handle.whenReady(), new Promise<number>((_, reject) => setTimeout(() => reject(new Error('the overview page never said ready')), 30_000))]);
    console.log(`  overview: page set after ${handle.ms} ms, script ready after ${readyMs} ms`);
  });

  it('opens a file of the overview from a link, and refuses any other path', async () => {
    assert.ok(handle.links.has(DECLARATION));
    await handle.receive({ type: 'open', path: DECLARATION });
    assert.equal(handle.opened.at(-1)?.toString(), workspaceUri(DECLARATION).toString());
    assert.ok(vscode.window.visibleTextEditors.some((editor) => editor.document.uri.toString() === workspaceUri(DECLARATION).toString()), 'the declaration is open');
    const before = handle.rejected.length;
    const openedBefore = handle.opened.length;
    for (const bad of [{ type: 'open', path: '../../etc/passwd' }, { type: 'open', path: 'README.txt' }, { type: 'open', path: 'file:///etc/passwd' }, { type: 'run' }, 'open']) await handle.receive(bad);
    assert.equal(handle.rejected.length, before + 5);
    assert.equal(handle.opened.length, openedBefore);
  });

  it('saves the overview as Markdown, and never overwrites without consent', async () => {
    const target = workspaceUri(SAVED);
    const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>('inkooplint.saveOverview', 'markdown', target, { overwrite: false });
    assert.equal(saved?.toString(), target.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(text, /^# /m);
    assert.ok(text.includes(DECLARATION));
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode('mine'));
    const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('inkooplint.saveOverview', 'markdown', target, { overwrite: false });
    assert.equal(again, undefined);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), 'mine');
  });

  it('imports a corpus template into one YAML declaration per record, never overwriting', async () => {
    const templateText = readFileSync(path.join(runConfig().root, 'test', 'fixtures', 'corpus', 'templates', 'centric.json'), 'utf8');
    const records = JSON.parse(templateText) as Array<{ name?: string }>;
    const source = workspaceUri(IMPORT_FOLDER, 'centric.json');
    const out = workspaceUri(IMPORT_FOLDER, 'algoritmes');
    await vscode.workspace.fs.createDirectory(workspaceUri(IMPORT_FOLDER));
    await vscode.workspace.fs.writeFile(source, new TextEncoder().encode(templateText));

    const summary = await vscode.commands.executeCommand<ImportSummary | undefined>('inkooplint.importRegister', source, out);
    assert.ok(summary, 'no summary');
    assert.equal(summary.error, undefined);
    assert.equal(summary.written.length, records.length);
    assert.equal(summary.skipped.length, 0);
    const first = summary.written[0];
    assert.match(first.path, /\.algoritme\.yaml$/);
    const yaml = YAML.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(first)));
    assert.equal(yaml.name, records[0].name?.trim());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), first.toString(), 'the first imported file is opened');
    assert.ok(summary.report.length > records.length);

    // Again: every file existed before this run, so nothing is written.
    await vscode.workspace.fs.writeFile(first, new TextEncoder().encode('# edited\n'));
    const again = await vscode.commands.executeCommand<ImportSummary | undefined>('inkooplint.importRegister', source, out, { open: false });
    assert.ok(again);
    assert.equal(again.written.length, 0);
    assert.equal(again.skipped.length, records.length);
    assert.ok(again.skipped.every((skip) => skip.reason === 'exists'));
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(first)), '# edited\n');
  });

  it('refuses the register export while a declaration has field errors, naming it', async () => {
    await vscode.workspace.fs.delete(workspaceUri(IMPORT_FOLDER), { recursive: true });
    const target = workspaceUri(EXPORTED);
    const summary = await vscode.commands.executeCommand<ExportSummary | undefined>('inkooplint.exportRegister', target, { overwrite: true });
    assert.ok(summary);
    assert.ok(summary.blocked.some((blocked) => blocked.file === DECLARATION), JSON.stringify(summary.blocked));
    assert.equal(await exists(target), false, 'nothing written');
  });
});

// The supplier transparency checklist in the real VS Code: the command (palette, editor title,
// explorer), one panel per contract, pre-filled suggestions, edits through the panel's message path
// (the same function the webview's messages reach, validated first), saving as YAML beside the
// contract, a change on disk announced instead of overwritten, unsaved edits kept, the reports,
// hostile text, and the time from the command to the first `load` delivered to the webview and to
// the webview's first `rendered`.
//
// The contracts are written into the (temporary copy of the) workspace by the tests themselves, as
// `checklist-*.overeenkomst.md`, from test/fixtures/contracts/compleet-hoog-risico.overeenkomst.md.
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import YAML from 'yaml';
import type { ChecklistHandle, ChecklistPanels, ChecklistTiming } from '../../src/extension/checklist/panel';
import type { ChecklistView, ExtensionMessage } from '../../src/core/checklist';
import { runConfig } from './config';
import { closeAllEditors, extension, readWorkspaceText, sleep, waitFor, waitForFindings, workspaceUri, writeInWorkspace } from './helpers';

const CONTRACT = 'checklist-voorbeeld.overeenkomst.md';
const CHECKLIST = 'checklist-voorbeeld.checklist.yaml';
const HOSTILE_CONTRACT = 'checklist-vijandig.overeenkomst.md';
const DECLARATION = 'checklist-voorbeeld.algoritme.yaml';
const HOSTILE = '<img src=x onerror="document.body.dataset.pwned=1"><script>document.body.dataset.pwned=2</script>';

function fixture(): string {
  return readFileSync(path.join(runConfig().root, 'test', 'fixtures', 'contracts', 'compleet-hoog-risico.overeenkomst.md'), 'utf8');
}

function entries(view: ChecklistView | undefined): ChecklistView['groups'][number]['entries'] {
  assert.ok(view, 'no view was posted to the webview');
  return [...view.groups.flatMap((group) => group.entries), ...view.others];
}

function lastOf<T extends ExtensionMessage['type']>(handle: ChecklistHandle, type: T): Extract<ExtensionMessage, { type: T }> | undefined {
  return [...handle.posted].reverse().find((message): message is Extract<ExtensionMessage, { type: T }> => message.type === type);
}

/**
 * The floor under any webview of this window: ms from creating a panel to the first message of a
 * page whose only content is a nonce'd inline script that posts at once (no bundle, no load).
 */
async function emptyWebviewMs(): Promise<number> {
  const started = performance.now();
  const panel = vscode.window.createWebviewPanel('inkooplint.checklist-baseline', 'baseline', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, { enableScripts: true, localResourceRoots: [] });
  const nonce = 'Bq3rVwIbZ0c9xYk4mN7pLw';
  const ready = new Promise<number>((resolve) => panel.webview.onDidReceiveMessage(() => resolve(performance.now() - started)));
  panel.webview.html = `<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-${nonce}'"></head><body><script nonce="${nonce}">acquireVsCodeApi().postMessage('ready')</script></body></html>`;
  const ms = await Promise.race([ready, sleep(10_000).then(() => Number.NaN)]);
  panel.dispose();
  return Math.round(ms * 10) / 10;
}

const REOPEN_ROUNDS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function openChecklist(uri: vscode.Uri): Promise<ChecklistHandle> {
  const handle = await vscode.commands.executeCommand<ChecklistHandle | undefined>('inkooplint.openChecklist', uri);
  assert.ok(handle, 'inkooplint.openChecklist returned no panel');
  return handle;
}

describe('Supplier transparency checklist', function () {
  this.timeout(60_000);
  let contract: vscode.Uri;
  let checklist: vscode.Uri;
  let handle: ChecklistHandle;
  let panels: ChecklistPanels;

  before(async () => {
    await extension().activate();
    panels = (extension().exports as { checklists: ChecklistPanels }).checklists;
    assert.ok(panels, 'the extension API has no checklists');
    contract = await writeInWorkspace(CONTRACT, fixture());
    checklist = workspaceUri(CHECKLIST);
    await closeAllEditors();
  });

  after(async () => {
    await closeAllEditors();
    // Leave the workspace as the other suites expect it: remove what these tests wrote.
    const written = [CONTRACT, CHECKLIST, HOSTILE_CONTRACT, DECLARATION, 'checklist-vijandig.checklist.yaml', 'checklist-voorbeeld.checklist.md', 'checklist-voorbeeld.checklist.html', 'checklist-vijandig.checklist.html'];
    for (const name of written) await vscode.workspace.fs.delete(workspaceUri(name)).then(undefined, () => undefined);
  });

  it('contributes the command to the palette, the editor title of a contract and the explorer of contracts and declarations', async () => {
    const contributes = extension().packageJSON.contributes;
    const command = contributes.commands.find((entry: { command: string }) => entry.command === 'inkooplint.openChecklist');
    assert.ok(command?.title, 'no title');
    const editorTitle = contributes.menus['editor/title'].find((entry: { command: string }) => entry.command === 'inkooplint.openChecklist');
    assert.match(editorTitle.when, /overeenkomst/);
    const explorer = contributes.menus['explorer/context'].find((entry: { command: string }) => entry.command === 'inkooplint.openChecklist');
    assert.match(explorer.when, /algoritme/);
    assert.ok(extension().packageJSON.activationEvents.includes('onWebviewPanel:inkooplint.checklist'));
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const id of ['inkooplint.openChecklist', 'inkooplint.exportChecklistMarkdown', 'inkooplint.exportChecklistHtml']) assert.ok(registered.has(id), id);
  });

  it('opens the checklist beside the contract with the pre-filled suggestions, and times it', async function () {
    this.timeout(180_000);
    // As a reviewer would: the window has finished its start-up lint, the contract is open.
    await waitForFindings(workspaceUri('routeplanning.overeenkomst.md'), 'the start-up workspace lint');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(contract), { preview: false });
    assert.ok(editor);
    await sleep(1000);
    // As from the editor title: the command with the contract's URI. The first webview of the window.
    handle = await openChecklist(contract);
    const first = await handle.whenLoaded();
    const firstHandle = handle;
    // 60 s: in this window the suite's earlier Markdown preview was the first webview, and VS Code's
    // browser workbench (code-server 4.100.3) then sometimes holds the next webview's page for about
    // 28 s before loading it (seen with the earlier page as well: ready after 28.2 s). The figure
    // itself is measured in fresh windows by `node scripts/bench.mjs --checklist-vscode`.
    await waitFor('the first panel to say rendered', () => firstHandle.timing.renderedMs !== undefined, 60_000).catch((error: Error) => {
      throw new Error(`${error.message}; timing so far ${JSON.stringify(firstHandle.timing)}; messages refused: ${JSON.stringify(firstHandle.rejected)}`);
    });
    // And again, as a reviewer who closed it (the window's webview machinery and the core warm): several times, for a median.
    const again: ChecklistTiming[] = [];
    for (let round = 0; round < REOPEN_ROUNDS; round++) {
      handle.panel.dispose();
      await sleep(500);
      handle = await openChecklist(contract);
      await handle.whenLoaded();
      const current = handle;
      await waitFor('the reopened panel to say rendered', () => current.timing.renderedMs !== undefined, 20_000);
      again.push({ ...current.timing });
    }
    const timing = handle.timing;
    const load = lastOf(handle, 'load');
    assert.ok(load, 'no load message');
    const all = entries(load.view);
    const topics = all.filter((entry) => !entry.id.startsWith('supplier/'));
    assert.equal(topics.length, 16, 'all sixteen topics');
    assert.ok(topics.every((entry) => entry.suggested && entry.suggestionLabel), 'every topic is pre-filled as a suggestion to confirm');
    assert.ok(topics.every((entry) => entry.evidence.some((evidence) => evidence.suggested && evidence.openable)), 'with a link to the article');
    assert.equal(load.dirty, false);
    assert.equal(handle.saveMode, 'node-atomic');
    assert.equal(handle.panel.viewType, 'inkooplint.checklist');
    // The page: strict policy, a nonce'd script, resources only from dist/webview.
    assert.match(handle.html, /content="default-src 'none'; script-src 'nonce-[A-Za-z0-9_-]{22}'; style-src [^;]+; font-src [^;]+;/);
    const roots = handle.panel.webview.options.localResourceRoots ?? [];
    assert.equal(roots.length, 1);
    assert.match(roots[0].path, /\/dist\/webview$/);
    assert.equal(handle.panel.webview.options.enableCommandUris, false);
    assert.ok(timing.readyMs !== undefined && timing.loadedMs !== undefined, `timing: ${JSON.stringify(timing)}`);
    // The webview says `rendered` once it has built the page from the first load.
    await waitFor('the webview to say rendered', () => handle.timing.renderedMs !== undefined, 10_000);
    assert.ok(handle.timing.renderedMs! >= timing.loadedMs!, `timing: ${JSON.stringify(handle.timing)}`);
    assert.equal(panels.lastTiming?.renderedMs, handle.timing.renderedMs, 'api.checklists.lastTiming has the rendered time');
    console.log(`checklist timing, ms from the command (first panel of the window): ${JSON.stringify(first)}`);
    console.log(`checklist timing, ms from the command (opened again, ${REOPEN_ROUNDS} times): ${again.map((one) => JSON.stringify(one)).join(' ')}`);
    const reopenedMedian = median(again.map((one) => one.renderedMs!));
    console.log(`checklist rendered, ms from the command: first panel ${first.renderedMs}, opened again median ${reopenedMedian}`);
    await sleep(300);
    const floor: number[] = [];
    for (let round = 0; round < REOPEN_ROUNDS; round++) {
      floor.push(await emptyWebviewMs());
      await sleep(500);
    }
    console.log(`an empty webview of this window (not its first) says ready after ${floor.join(', ')} ms (median ${median(floor)})`);
    // A guard against regressions, not the target (< 300 ms), which this 2-core machine's webviews alone exceed.
    assert.ok(timing.loadedMs! < 5000, `opening the checklist took ${timing.loadedMs} ms to the first load`);
    const bench = path.join(runConfig().root, '.bench');
    mkdirSync(bench, { recursive: true });
    writeFileSync(path.join(bench, 'checklist-open.json'), `${JSON.stringify({ contract: 'compleet-hoog-risico.overeenkomst.md (16 topics)', firstPanelOfWindow: first, openedAgain: again, openedAgainRenderedMedianMs: reopenedMedian, emptyWebviewReadyMs: floor, emptyWebviewReadyMedianMs: median(floor), measuredAt: new Date().toISOString() }, null, 2)}\n`);
  });

  it('focuses the same panel when opened again, also from the explorer with a declaration that names the contract', async () => {
    const again = await openChecklist(contract);
    assert.equal(again.panel, handle.panel);
    const declaration = await writeInWorkspace(DECLARATION, [
      'name: Checklisttest',
      'description_short: Een fictief algoritme voor de test van de checklist.',
      'organization: Gemeente Lindewaard',
      'publication_category: Hoog-risico AI-systeem',
      'inkooplint:',
      `  contract: ${CONTRACT}`,
      '',
    ].join('\n'));
    const viaDeclaration = await openChecklist(declaration);
    assert.equal(viaDeclaration.panel, handle.panel);
    assert.equal(viaDeclaration.contract.toString(), contract.toString());
  });

  it('changes a status and a note through the panel, saves, and writes the YAML beside the contract', async () => {
    const view = lastOf(handle, 'load')?.view;
    const first = entries(view).find((entry) => entry.suggested)!;
    await handle.receive({ type: 'setStatus', id: first.id, status: 'deels' });
    await handle.receive({ type: 'setNotes', id: first.id, notes: 'Artikel dekt het onderwerp maar noemt geen termijn.' });
    assert.equal(handle.dirty, true);
    const shown = entries(lastOf(handle, 'load')?.view).find((entry) => entry.id === first.id)!;
    assert.equal(shown.status, 'deels');
    assert.equal(shown.suggested, false);
    assert.equal(lastOf(handle, 'load')?.dirty, true);
    await handle.receive({ type: 'save' });
    assert.ok(lastOf(handle, 'saved'), 'no saved message');
    assert.equal(handle.dirty, false);
    const text = await readWorkspaceText(CHECKLIST);
    assert.match(text, /^# Inkooplint: transparantiechecklist leverancier/);
    const data = YAML.parse(text);
    assert.equal(data.version, 1);
    assert.equal(data.contract, CONTRACT);
    assert.equal(data.items[first.id].status, 'deels');
    assert.equal(data.items[first.id].notes, 'Artikel dekt het onderwerp maar noemt geen termijn.');
    assert.ok(Array.isArray(data.items[first.id].evidence) && data.items[first.id].evidence[0].contract === CONTRACT, 'the suggestion\'s evidence is taken over');
    assert.equal(Object.keys(data.items).length, 1, 'unconfirmed suggestions are not written');
  });

  it('opens the article that evidence points to', async () => {
    const entry = entries(lastOf(handle, 'load')?.view).find((candidate) => candidate.suggested)!;
    await handle.receive({ type: 'openEvidence', id: entry.id, index: 0 });
    const editor = await waitFor('the contract in an editor', () => vscode.window.activeTextEditor?.document.uri.toString() === contract.toString() && vscode.window.activeTextEditor);
    const line = editor.document.lineAt(editor.selection.active.line).text;
    assert.match(line, /^## (Artikel|Bijlage)/, `the cursor is on the article's heading, not on '${line}'`);
  });

  it('warns instead of overwriting when the file changed on disk, and merges on request', async () => {
    const id = 'supplier/training-data';
    await handle.receive({ type: 'setNotes', id, notes: 'Herkomst trainingsdata nog opvragen.' });
    assert.equal(handle.dirty, true);
    // Someone else (a git pull) changes the file behind the panel's back.
    const before = await readWorkspaceText(CHECKLIST);
    const theirs = before.replace(/\nitems:\n/, '\nitems:\n  supplier/bias-tests:\n    status: niet-voldaan\n    notes: Geen biastest ontvangen.\n');
    assert.notEqual(theirs, before);
    await vscode.workspace.fs.writeFile(checklist, new TextEncoder().encode(theirs));
    // The watcher tells the panel: it says so in the webview.
    const fromWatcher = await waitFor('a conflict message from the file watcher', () => lastOf(handle, 'conflict'), 10_000).then(() => true, () => false);
    assert.ok(fromWatcher, 'the file watcher did not make the panel warn');
    // Saving now must not write over their version.
    await handle.receive({ type: 'save' });
    const conflict = lastOf(handle, 'conflict');
    assert.ok(conflict, 'the panel did not warn');
    assert.equal(conflict.file, CHECKLIST);
    assert.equal(await readWorkspaceText(CHECKLIST), theirs, 'the file on disk was overwritten');
    assert.equal(handle.dirty, true, 'the edits are kept');
    // Merge: both changes survive; then saving is safe.
    await handle.receive({ type: 'merge' });
    await handle.receive({ type: 'save' });
    const merged = YAML.parse(await readWorkspaceText(CHECKLIST));
    assert.equal(merged.items['supplier/bias-tests'].notes, 'Geen biastest ontvangen.');
    assert.equal(merged.items[id].notes, 'Herkomst trainingsdata nog opvragen.');
  });

  it('keeps unsaved edits when the panel is closed, and shows them again on reopening', async () => {
    await handle.receive({ type: 'setNotes', id: 'supplier/performance', notes: 'Nog niet opgeslagen.' });
    handle.panel.dispose();
    await sleep(100);
    assert.equal(panels.panelFor(contract), undefined);
    handle = await openChecklist(contract);
    await handle.whenLoaded();
    const shown = entries(lastOf(handle, 'load')?.view).find((entry) => entry.id === 'supplier/performance')!;
    assert.equal(shown.notes, 'Nog niet opgeslagen.');
    assert.equal(handle.dirty, true);
    await handle.receive({ type: 'reload' });
    assert.equal(handle.dirty, false);
  });

  it('is restored by the serializer after a window reload, from the state the webview keeps', async () => {
    const state = { view: lastOf(handle, 'load')?.view, baseFolder: '', dirty: false, reviewer: '' };
    handle.panel.dispose();
    await sleep(100);
    const panel = vscode.window.createWebviewPanel('inkooplint.checklist', 'restored', vscode.ViewColumn.Beside, {});
    await panels.deserializeWebviewPanel(panel, state);
    const restored = panels.panelFor(contract);
    assert.ok(restored, 'no panel restored for the contract');
    assert.equal(restored.panel, panel);
    handle = restored;
    // A state that names something outside the workspace restores nothing.
    const stray = vscode.window.createWebviewPanel('inkooplint.checklist', 'stray', vscode.ViewColumn.Beside, {});
    let disposed = false;
    stray.onDidDispose(() => (disposed = true));
    await panels.deserializeWebviewPanel(stray, { view: { contract: { file: '../../etc/x.overeenkomst.md' } } as never, baseFolder: '..' });
    assert.ok(disposed);
  });

  it('exports the Markdown and HTML reports beside the contract, never replacing one without asking', async () => {
    const html = await vscode.commands.executeCommand<vscode.Uri | undefined>('inkooplint.exportChecklistHtml', contract, { overwrite: false });
    const markdown = await vscode.commands.executeCommand<vscode.Uri | undefined>('inkooplint.exportChecklistMarkdown', contract, { overwrite: false });
    assert.ok(html && markdown);
    assert.match(html.path, /checklist-voorbeeld\.checklist\.html$/);
    assert.match(markdown.path, /checklist-voorbeeld\.checklist\.md$/);
    const page = await readWorkspaceText('checklist-voorbeeld.checklist.html');
    assert.match(page, /^<!DOCTYPE html>/i);
    assert.doesNotMatch(page, /<script|<link /i, 'self-contained, without scripts');
    writeFileSync(html.fsPath, 'mine');
    const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('inkooplint.exportChecklistHtml', contract, { overwrite: false });
    assert.equal(again, undefined);
    assert.equal(await readWorkspaceText('checklist-voorbeeld.checklist.html'), 'mine');
  });

  it('shows hostile text from a note and from the contract as text', async () => {
    // In the contract: a recorded deviation (comply or explain) whose reason is markup.
    const hostile = fixture().replace('voorwaarden: GIBIT 2023\n', `voorwaarden: GIBIT 2023\nafwijkingen:\n  - onderwerp: audit\n    reden: '${HOSTILE}'\n`);
    assert.notEqual(hostile, fixture());
    const uri = await writeInWorkspace(HOSTILE_CONTRACT, hostile);
    const hostileHandle = await openChecklist(uri);
    await hostileHandle.whenLoaded();
    await hostileHandle.receive({ type: 'setNotes', id: 'supplier/algorithm-type', notes: HOSTILE });
    await hostileHandle.receive({ type: 'addEvidence', id: 'supplier/algorithm-type', evidence: { kind: 'url', url: 'https://example.org/"><script>x</script>', title: HOSTILE } });
    const view = lastOf(hostileHandle, 'load')?.view;
    const entry = entries(view).find((candidate) => candidate.id === 'supplier/algorithm-type')!;
    assert.equal(entry.notes, HOSTILE, 'the note reaches the webview as data (set with textContent there)');
    assert.ok(entry.evidence.some((evidence) => evidence.label.includes(HOSTILE)));
    const audit = entries(view).find((candidate) => candidate.id === 'audit')!;
    assert.equal(audit.explained, HOSTILE, 'the deviation\'s reason from the contract reaches the webview as data');
    assert.ok(audit.coverage.includes(HOSTILE));
    // Document text is in the page only in the data block with the first view, as JSON whose `<`, `>`
    // and `&` are \u escapes: it can neither end the block nor become markup (the script sets it as text).
    const block = /<script type="application\/json" id="inkooplint-initial">([^<]*)<\/script>/.exec(hostileHandle.html);
    assert.ok(block, 'the first view in one data block, without any <');
    assert.ok(block[1].includes('\\u003cimg src=x onerror='), 'the deviation\'s reason, escaped, in the data block');
    const outside = hostileHandle.html.replace(block[0], '');
    assert.ok(!outside.includes('onerror'), 'document text outside the data block');
    assert.ok(!outside.includes('Risicosignalering'), 'document text outside the data block');
    // A message with script in it is refused by the checks.
    await hostileHandle.receive({ type: 'setNotes', id: 'supplier/algorithm-type', notes: HOSTILE, onload: 'x' });
    await hostileHandle.receive({ type: 'addEvidence', id: 'supplier/algorithm-type', evidence: { kind: 'url', url: 'javascript:alert(1)' } });
    assert.equal(hostileHandle.rejected.length, 2);
    // The HTML report escapes it.
    const report = await vscode.commands.executeCommand<vscode.Uri | undefined>('inkooplint.exportChecklistHtml', uri, { overwrite: true });
    assert.ok(report);
    const page = new TextDecoder().decode(await vscode.workspace.fs.readFile(report));
    assert.ok(!/<img src=x|<script>document/.test(page), 'live markup in the HTML report');
    assert.ok(page.includes('&lt;img src=x onerror='), 'the text is shown, escaped');
    hostileHandle.panel.dispose();
  });
});

// Registered after the checklist's tests, so that in a whole run the checklist has the window's
// first webview. Run alone (`--grep "Webview floor"`, as `node scripts/bench.mjs --checklist-vscode`
// does) its first empty webview is the first of the window: the floor under the checklist's first open.
describe('Webview floor: an empty webview, timed as the checklist is', function () {
  this.timeout(60_000);

  it('measures an empty webview (the first of the window when run alone), and again after others', async () => {
    const alone = /webview floor/i.test(runConfig().grep ?? '');
    const first = await emptyWebviewMs();
    await sleep(500);
    const later: number[] = [];
    for (let round = 0; round < REOPEN_ROUNDS; round++) {
      later.push(await emptyWebviewMs());
      await sleep(500);
    }
    assert.ok(Number.isFinite(first) && later.every(Number.isFinite), `an empty webview did not say ready: ${first}, ${later.join(', ')}`);
    console.log(`an empty webview says ready after ${first} ms (${alone ? 'the first webview of this window' : 'not the first webview of this window'}), then ${later.join(', ')} ms (median ${median(later)})`);
    const bench = path.join(runConfig().root, '.bench');
    mkdirSync(bench, { recursive: true });
    writeFileSync(path.join(bench, 'webview-floor.json'), `${JSON.stringify({ firstOfWindowMs: alone ? first : null, laterMs: later, laterMedianMs: median(later), measuredAt: new Date().toISOString() }, null, 2)}\n`);
  });
});

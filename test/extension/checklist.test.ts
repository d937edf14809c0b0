import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as checklistCore from '../../src/core/checklist';
import { checklistPage, contentSecurityPolicy, makeNonce } from '../../src/extension/checklist/html';
import { ChecklistSession, reportFileName, type ContractSource } from '../../src/extension/checklist/session';
import { ensureBuilt } from '../helpers/build';

const ROOT = path.join(__dirname, '..', '..');
const CONTRACTS = path.join(ROOT, 'test', 'fixtures', 'contracts');
const COMPLETE = 'compleet-hoog-risico.overeenkomst.md';
const HOSTILE = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=2</script>';

function source(name = COMPLETE, text = readFileSync(path.join(CONTRACTS, name), 'utf8')): ContractSource {
  return { contractText: text, contractFile: name };
}

function session(baseFolder: string | undefined = 'contracten', clock = '2026-11-23T09:00:00.000Z'): ChecklistSession {
  return new ChecklistSession(checklistCore, checklistCore.checklistFileName(COMPLETE), 'nl', baseFolder, () => clock);
}

const firstSuggested = (s: ChecklistSession) => s.model.entries.find((entry) => entry.suggested)!;

describe('checklist panel session (src/extension/checklist/session.ts)', () => {
  it('opens a contract with all sixteen topics: every contract topic pre-filled as a suggestion, nothing saved yet', () => {
    const s = session();
    s.open(source(), undefined);
    const topics = s.model.entries.filter((entry) => entry.question.kind === 'contract-topic');
    assert.equal(topics.length, 16);
    assert.ok(topics.every((entry) => entry.suggested && entry.answer.status === 'open'), 'suggestions, never final answers');
    assert.equal(s.dirty, false);
    const load = s.loadMessage('Tester');
    assert.equal(load.type, 'load');
    if (load.type !== 'load') return;
    assert.equal(load.baseFolder, 'contracten');
    assert.equal(load.reviewer, 'Tester');
    assert.equal(load.view.groups.flatMap((group) => group.entries).filter((entry) => entry.suggested).length, 16);
  });

  it('applies validated edits, stamps who and when, and writes them as YAML', () => {
    const s = session();
    s.open(source(), undefined);
    const id = firstSuggested(s).question.id;
    assert.equal(s.handle({ type: 'setStatus', id, status: 'deels' }, 'A. Reviewer').kind, 'changed');
    assert.equal(s.handle({ type: 'setNotes', id, notes: 'Eerste regel\nTweede regel' }).kind, 'changed');
    assert.equal(s.dirty, true);
    const entry = s.model.entries.find((candidate) => candidate.question.id === id)!;
    assert.equal(entry.status, 'deels');
    assert.equal(entry.suggested, false);
    const text = s.textToSave();
    const parsed = checklistCore.parseChecklistFile(text);
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.data.items[id].status, 'deels');
    assert.equal(parsed.data.items[id].notes, 'Eerste regel\nTweede regel');
    assert.equal(parsed.data.items[id].answeredBy, 'A. Reviewer');
    assert.equal(parsed.data.items[id].answeredAt, '2026-11-23T09:00:00.000Z');
    assert.match(text, /notes: \|/);
    s.markSaved(text);
    assert.equal(s.dirty, false);
    assert.equal(s.persisted(), undefined);
  });

  it('refuses messages that fail the checks, and does not change the data', () => {
    const s = session();
    s.open(source(), undefined);
    const before = s.data;
    for (const message of [
      null,
      { type: 'setStatus', id: 'no-such-question', status: 'voldaan' },
      { type: 'setStatus', id: 'audit', status: 'done' },
      { type: 'setNotes', id: 'audit', notes: 'x', extra: true },
      { type: 'addEvidence', id: 'audit', evidence: { kind: 'document', path: '../../etc/passwd' } },
      { type: 'addEvidence', id: 'audit', evidence: { kind: 'document', path: '/etc/passwd' } },
      { type: 'addEvidence', id: 'audit', evidence: { kind: 'url', url: 'javascript:alert(1)' } },
      { type: 'openEvidence', id: 'audit', index: -1 },
      { type: 'eval', code: '1' },
    ]) {
      assert.equal(s.handle(message).kind, 'invalid', JSON.stringify(message));
    }
    assert.equal(s.data, before);
    assert.equal(s.dirty, false);
  });

  it('leads openEvidence to the article in the contract, a workspace document or an http(s) page, and nowhere else', () => {
    const s = session();
    s.open(source(), undefined);
    const entry = firstSuggested(s);
    const target = s.handle({ type: 'openEvidence', id: entry.question.id, index: 0 });
    assert.equal(target.kind, 'open');
    if (target.kind !== 'open') return;
    assert.equal(target.target.kind, 'contract');
    if (target.target.kind !== 'contract') return;
    assert.equal(target.target.file, COMPLETE);
    assert.ok(target.target.offset !== undefined && target.target.line > 1);
    const text = source().contractText;
    assert.match(text.slice(target.target.offset), /^## (Artikel|Bijlage)/, 'the offset is the heading of the covering part');

    const id = 'supplier/bias-tests';
    s.handle({ type: 'addEvidence', id, evidence: { kind: 'document', path: '../bewijs/biastest.pdf', title: 'Biastest' } });
    s.handle({ type: 'addEvidence', id, evidence: { kind: 'url', url: 'https://example.org/rapport' } });
    assert.deepEqual(s.handle({ type: 'openEvidence', id, index: 0 }), { kind: 'open', target: { kind: 'document', workspacePath: 'bewijs/biastest.pdf' } });
    assert.deepEqual(s.handle({ type: 'openEvidence', id, index: 1 }), { kind: 'open', target: { kind: 'url', url: 'https://example.org/rapport' } });
    assert.equal(s.handle({ type: 'openEvidence', id, index: 7 }).kind, 'invalid');
  });

  it('re-checks evidence read from a hand-edited file: a path outside the workspace or a bad URL opens nothing', () => {
    const s = session('');
    const file = [
      'version: 1',
      'items:',
      '  supplier/bias-tests:',
      '    status: voldaan',
      '    evidence:',
      '      - document: ../../../etc/passwd',
      '      - url: "javascript:alert(1)"',
      '      - contract: ../buiten.overeenkomst.md',
      '        line: 3',
      '',
    ].join('\n');
    s.open(source(), file);
    for (const index of [0, 1, 2]) assert.equal(s.handle({ type: 'openEvidence', id: 'supplier/bias-tests', index }).kind, 'invalid', `evidence ${index}`);
  });

  it('never overwrites a file that changed on disk: saving reports a conflict with the questions both changed', () => {
    const s = session();
    s.open(source(), undefined);
    const id = firstSuggested(s).question.id;
    s.handle({ type: 'setStatus', id, status: 'niet-voldaan' });
    // Someone else saved a checklist meanwhile, answering the same question differently.
    const theirs = checklistCore.serializeChecklistFile({ version: 1, items: { [id]: { status: 'voldaan', evidence: [] } } });
    const outcome = s.checkDisk(theirs);
    assert.deepEqual(outcome, { saved: false, state: 'created', conflicts: [id] });
    assert.equal(s.dirty, true, 'the edits stay');
    const message = s.conflictMessage();
    assert.deepEqual(message, { type: 'conflict', file: 'compleet-hoog-risico.checklist.yaml', conflicts: [id] });
    // Still nothing on disk may be written until the reviewer chooses.
    assert.notEqual(s.checkDisk(theirs), undefined);
  });

  it('merges with the disk (disk wins where both changed) or reloads it, dropping the edits', () => {
    const s = session();
    const base = checklistCore.serializeChecklistFile({ version: 1, items: {} });
    s.open(source(), base);
    const [a, b] = s.model.entries.filter((entry) => entry.suggested).map((entry) => entry.question.id);
    s.handle({ type: 'setStatus', id: a, status: 'deels' });
    s.handle({ type: 'setNotes', id: 'supplier/training-data', notes: 'Mijn notitie' });
    const theirs = checklistCore.serializeChecklistFile({ version: 1, items: { [a]: { status: 'voldaan', evidence: [] }, [b]: { status: 'nvt', evidence: [], notes: 'Hun notitie' } } });
    assert.equal(s.differsFromLoaded(theirs), true);
    const kept = s.merge(theirs);
    assert.deepEqual(kept, [a]);
    assert.equal(s.data.items[a].status, 'voldaan');
    assert.equal(s.data.items[b].notes, 'Hun notitie');
    assert.equal(s.data.items['supplier/training-data'].notes, 'Mijn notitie');
    assert.equal(s.dirty, true, 'a merge is checked and saved by the reviewer');
    assert.equal(s.checkDisk(theirs), undefined, 'the merge is based on the disk now: saving is safe');

    s.reload(theirs);
    assert.equal(s.dirty, false);
    assert.equal(s.data.items['supplier/training-data'], undefined);
  });

  it('keeps unsaved edits for a later panel, and warns when the file changed on disk meanwhile', () => {
    const first = session();
    first.open(source(), undefined);
    first.handle({ type: 'setNotes', id: 'supplier/performance', notes: 'Nog navragen' });
    const kept = JSON.parse(JSON.stringify(first.persisted()));
    assert.equal(kept.format, 1);

    const again = session();
    again.open(source(), undefined, kept);
    assert.equal(again.dirty, true);
    assert.equal(again.data.items['supplier/performance'].notes, 'Nog navragen');
    assert.equal(again.conflict, undefined);

    const changed = session();
    changed.open(source(), 'version: 1\nitems:\n  supplier/performance:\n    status: voldaan\n', kept);
    assert.equal(changed.data.items['supplier/performance'].notes, 'Nog navragen', 'the edits are back');
    assert.equal(changed.conflict?.state, 'created');
  });

  it('carries hostile text in notes and in the contract as plain data in the view, and escapes it in the reports', () => {
    const hostileContract = readFileSync(path.join(CONTRACTS, COMPLETE), 'utf8').replace('titel: Overeenkomst Risicosignalering Bijstand', `titel: 'Overeenkomst ${HOSTILE.replace(/'/g, "''")}'`).replace(/^# Overeenkomst Risicosignalering Bijstand$/m, `# Overeenkomst ${HOSTILE}`);
    const s = session();
    s.open(source(COMPLETE, hostileContract), undefined);
    s.handle({ type: 'setNotes', id: 'supplier/algorithm-type', notes: HOSTILE });
    const load = s.loadMessage();
    assert.equal(load.type, 'load');
    if (load.type !== 'load') return;
    const entry = load.view.groups.flatMap((group) => group.entries).find((candidate) => candidate.id === 'supplier/algorithm-type')!;
    assert.equal(entry.notes, HOSTILE, 'the webview gets the text itself and sets it with textContent');
    // The contract's parser keeps a heading's text and drops inline HTML: what reaches the view is text.
    assert.equal(load.view.contract.title, 'Overeenkomst globalThis.pwned=2');
    const html = s.report('html', '2026-11-23');
    assert.ok(!html.includes('<img src=x'), 'no live tag in the HTML report');
    assert.ok(!html.includes('<script>globalThis'), 'no live script in the HTML report');
    assert.ok(html.includes('&lt;img src=x onerror='));
    const markdown = s.report('markdown', '2026-11-23');
    assert.ok(markdown.includes('\\<img src=x'), 'the note is in the Markdown report, escaped');
    assert.doesNotMatch(markdown, /(^|[^\\])<(img|script)/, 'no raw HTML in the Markdown report');
  });

  it('names the reports after the checklist file', () => {
    assert.equal(reportFileName('acme.checklist.yaml', 'markdown'), 'acme.checklist.md');
    assert.equal(reportFileName('acme.checklist.yaml', 'html'), 'acme.checklist.html');
  });
});

describe('checklist webview page (src/extension/checklist/html.ts)', () => {
  const page = (nonce = makeNonce()) => checklistPage({
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/checklist.js',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/checklist.css',
    nonce,
    language: 'nl',
    title: 'Checklist: <b>x</b>',
    loadingText: 'Laden…',
  });

  it('has a strict policy: nothing by default, scripts only with the nonce, styles and fonts only from the extension', () => {
    const nonce = makeNonce();
    const html = page(nonce);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1].replace(/&#39;|&apos;/g, "'");
    assert.ok(csp);
    assert.equal(csp, contentSecurityPolicy('https://file+.vscode-resource.vscode-cdn.net', nonce, { inlineStyle: true }));
    assert.match(csp, /^default-src 'none'; script-src 'nonce-[A-Za-z0-9_-]+'; style-src https:\/\/file\+\.vscode-resource\.vscode-cdn\.net 'nonce-[A-Za-z0-9_-]+'; font-src https/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    assert.equal(scripts.length, 1);
    assert.ok(scripts[0].includes(`nonce="${nonce}"`));
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handlers');
    assert.doesNotMatch(html, /<style/i, 'no inline styles');
    assert.ok(html.includes('<html lang="nl">'));
    assert.ok(html.includes('Checklist: &lt;b&gt;x&lt;/b&gt;'));
  });

  it('makes a new nonce every time, and refuses a weak one', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => makeNonce()));
    assert.equal(nonces.size, 50);
    for (const nonce of nonces) assert.match(nonce, /^[A-Za-z0-9_-]{22}$/);
    assert.throws(() => page('abc'));
    assert.throws(() => page('"><script>alert(1)</script>'));
  });
});

describe('checklist saving on the desktop (dist/checklist-node.js)', () => {
  let folder: string;
  before(function () {
    this.timeout(120000);
    ensureBuilt();
  });
  beforeEach(() => (folder = mkdtempSync(path.join(tmpdir(), 'inkooplint-checklist-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('is built for Node from src/node and refuses to write over a file that changed since it was loaded', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const nodeIo = require(path.join(ROOT, 'dist', 'checklist-node.js')) as typeof import('../../src/extension/checklist/nodeIo');
    const file = path.join(folder, 'acme.checklist.yaml');
    const loaded = checklistCore.versionOf(undefined);
    assert.deepEqual(nodeIo.saveChecklistText(file, 'version: 1\n', loaded), { saved: true, version: checklistCore.versionOf('version: 1\n') });
    writeFileSync(file, 'version: 1\nitems: {}\n');
    const refused = nodeIo.saveChecklistText(file, 'version: 1\nitems:\n  audit:\n    status: voldaan\n', checklistCore.versionOf('version: 1\n'));
    assert.equal(refused.saved, false);
    assert.equal(readFileSync(file, 'utf8'), 'version: 1\nitems: {}\n');
  });

  it('is not part of the web bundle, which never loads Node modules', () => {
    const web = readFileSync(path.join(ROOT, 'dist', 'web', 'extension.js'), 'utf8');
    assert.ok(!web.includes('fsyncSync'), 'no atomic-write code from src/node in the web build');
    assert.ok(web.includes('checklist-node.js'), 'the desktop path is looked up at run time');
  });
});

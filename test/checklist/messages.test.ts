import assert from 'node:assert/strict';
import { MESSAGE_LIMITS, validateWebviewMessage, workspaceRelativePath } from '../../src/core/checklist';

const ok = (value: unknown, baseFolder?: string) => validateWebviewMessage(value, baseFolder === undefined ? {} : { baseFolder });

describe('checklist webview messages (validateWebviewMessage)', () => {
  const valid: Array<[string, unknown]> = [
    ['ready', { type: 'ready' }],
    ['rendered', { type: 'rendered' }],
    ['save', { type: 'save' }],
    ['reload', { type: 'reload' }],
    ['merge', { type: 'merge' }],
    ['export html', { type: 'export', format: 'html' }],
    ['export markdown', { type: 'export', format: 'markdown' }],
    ['status', { type: 'setStatus', id: 'audit', status: 'niet-voldaan' }],
    ['status back to open', { type: 'setStatus', id: 'supplier/bias-tests', status: 'open' }],
    ['confirm', { type: 'confirmSuggestion', id: 'explainability' }],
    ['notes with hostile text (it is only text)', { type: 'setNotes', id: 'exit', notes: '<img src=x onerror=alert(1)>\n<script>alert(1)</script>' }],
    ['empty notes', { type: 'setNotes', id: 'exit', notes: '' }],
    ['url evidence', { type: 'addEvidence', id: 'certification', evidence: { kind: 'url', url: 'https://example.org/iso.pdf', title: 'ISO 27001' } }],
    ['document evidence', { type: 'addEvidence', id: 'certification', evidence: { kind: 'document', path: 'bewijs/pentest 2026.pdf' } }],
    ['document evidence up and down inside the workspace', { type: 'addEvidence', id: 'certification', evidence: { kind: 'document', path: '../gedeeld/iso.pdf' } }],
    ['remove evidence', { type: 'removeEvidence', id: 'audit', index: 0 }],
    ['open evidence', { type: 'openEvidence', id: 'audit', index: 2 }],
    ['reviewer', { type: 'setReviewer', name: 'A. Jansen' }],
  ];
  for (const [name, message] of valid) {
    it(`accepts ${name}`, () => {
      const result = ok(message, 'contracten');
      assert.ok(result.ok, result.ok ? '' : result.error);
      assert.deepEqual(result.message, message);
    });
  }

  const invalid: Array<[string, unknown, string?]> = [
    ['nothing', undefined],
    ['a string', 'save'],
    ['an array', [{ type: 'save' }]],
    ['an unknown type', { type: 'runCommand', command: 'workbench.action.terminal.new' }],
    ['an extra key', { type: 'save', path: '/etc/passwd' }],
    ['rendered with an extra key', { type: 'rendered', ms: 12 }],
    ['an unknown question', { type: 'setStatus', id: '__proto__', status: 'voldaan' }],
    ['an unknown status', { type: 'setStatus', id: 'audit', status: 'prima' }],
    ['a status in English (the file uses the Dutch ids)', { type: 'setStatus', id: 'audit', status: 'met' }],
    ['notes that are no text', { type: 'setNotes', id: 'audit', notes: { toString: 'x' } }],
    ['notes over the limit', { type: 'setNotes', id: 'audit', notes: 'x'.repeat(MESSAGE_LIMITS.notes + 1) }],
    ['notes with control characters', { type: 'setNotes', id: 'audit', notes: 'a\u0000b' }],
    ['a reviewer name over two lines', { type: 'setReviewer', name: 'A.\nJansen' }],
    ['a javascript: URL', { type: 'addEvidence', id: 'audit', evidence: { kind: 'url', url: 'javascript:alert(1)' } }],
    ['a file: URL', { type: 'addEvidence', id: 'audit', evidence: { kind: 'url', url: 'file:///etc/passwd' } }],
    ['a command: URL', { type: 'addEvidence', id: 'audit', evidence: { kind: 'url', url: 'command:workbench.action.reloadWindow' } }],
    ['a URL with credentials', { type: 'addEvidence', id: 'audit', evidence: { kind: 'url', url: 'https://user:pw@example.org/' } }],
    ['an absolute path', { type: 'addEvidence', id: 'audit', evidence: { kind: 'document', path: '/etc/passwd' } }],
    ['a Windows drive path', { type: 'addEvidence', id: 'audit', evidence: { kind: 'document', path: 'C:/Windows/win.ini' } }],
    ['a backslash path', { type: 'addEvidence', id: 'audit', evidence: { kind: 'document', path: '..\\..\\secret.txt' } }],
    ['a UNC path', { type: 'addEvidence', id: 'audit', evidence: { kind: 'document', path: '//server/share/x' } }],
    ['a path that climbs out of the workspace', { type: 'addEvidence', id: 'audit', evidence: { kind: 'document', path: '../../etc/passwd' } }],
    ['an encoded climb', { type: 'addEvidence', id: 'audit', evidence: { kind: 'document', path: '%2e%2e/%2e%2e/etc/passwd' } }],
    ['a home path', { type: 'addEvidence', id: 'audit', evidence: { kind: 'document', path: '~/.ssh/id_rsa' } }],
    ['a vscode: scheme', { type: 'addEvidence', id: 'audit', evidence: { kind: 'document', path: 'vscode-userdata:/settings.json' } }],
    ['an unknown evidence kind', { type: 'addEvidence', id: 'audit', evidence: { kind: 'contract', file: 'x.md' } }],
    ['a negative index', { type: 'removeEvidence', id: 'audit', index: -1 }],
    ['a fractional index', { type: 'openEvidence', id: 'audit', index: 0.5 }],
    ['an index as text', { type: 'openEvidence', id: 'audit', index: '0' }],
    ['an unknown export format', { type: 'export', format: 'pdf' }],
  ];
  for (const [name, message] of invalid) {
    it(`refuses ${name}`, () => {
      assert.equal(ok(message, 'contracten').ok, false);
    });
  }

  it('resolves relative paths against the checklist\'s folder, never above the workspace root', () => {
    assert.equal(workspaceRelativePath('bewijs/a.pdf', 'contracten/acme'), 'contracten/acme/bewijs/a.pdf');
    assert.equal(workspaceRelativePath('../../a.pdf', 'contracten/acme'), 'a.pdf');
    assert.equal(workspaceRelativePath('../../../a.pdf', 'contracten/acme'), undefined);
    assert.equal(workspaceRelativePath('./a/./b/../c.pdf'), 'a/c.pdf');
    assert.equal(workspaceRelativePath('.'), undefined);
    assert.equal(workspaceRelativePath(''), undefined);
  });

  it('returns a fresh object with the checked fields only', () => {
    const message = { type: 'setNotes', id: 'audit', notes: 'ok' };
    const result = ok(message);
    assert.ok(result.ok);
    assert.notEqual(result.message, message);
  });
});

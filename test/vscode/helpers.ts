// Helpers for the extension-host suites: only VS Code's public API.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { runConfig } from './config';

export const COMMANDS = [
  'inkooplint.lintWorkspace',
  'inkooplint.openRuleDocumentation',
  'inkooplint.newContract',
  'inkooplint.newDeclaration',
  'inkooplint.fixAll',
  'inkooplint.showProblems',
] as const;

export function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(runConfig().extensionId);
  assert.ok(found, `extension ${runConfig().extensionId} is not installed in this window`);
  return found;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `probe` returns something truthy; fails with `what` and the last value seen after `timeout` ms. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeout = 20_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    await sleep(100);
  }
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the window has no workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Copies a file of the workspace to a new name in it (each test works on its own copy). */
export async function copyInWorkspace(from: string, to: string): Promise<vscode.Uri> {
  const target = workspaceUri(to);
  await vscode.workspace.fs.copy(workspaceUri(from), target, { overwrite: true });
  return target;
}

export async function writeInWorkspace(name: string, text: string): Promise<vscode.Uri> {
  const target = workspaceUri(name);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  return target;
}

export async function readWorkspaceText(name: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(name)));
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

/** The extension's diagnostics for a file. */
export function findingsOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'inkooplint');
}

export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function waitForFindings(uri: vscode.Uri, what = 'inkooplint diagnostics', accept: (diagnostics: vscode.Diagnostic[]) => boolean = (d) => d.length > 0, timeout = 30_000): Promise<vscode.Diagnostic[]> {
  return waitFor(`${what} for ${vscode.workspace.asRelativePath(uri)}`, () => {
    const diagnostics = findingsOf(uri);
    return accept(diagnostics) ? diagnostics : undefined;
  }, timeout);
}

export function describeRange(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

export function sameRange(a: vscode.Range, b: { start: { line: number; character: number }; end: { line: number; character: number } }): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * Closes every editor, so that each test starts from an empty editor area. Unsaved changes a failed
 * test left behind are reverted first (closing would ask to save them, and nothing may reach the
 * fixtures on disk that the next tests read).
 */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((candidate) => candidate.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Sets a user setting of the extension and waits a moment for the extension to take it in. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('inkooplint').update(key, value, vscode.ConfigurationTarget.Global);
}

/** Retries an assertion until it holds; after `timeout` ms the last failure is thrown (with its diff). */
export async function eventually(assertion: () => void | Promise<void>, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await sleep(150);
  }
}

/** A finding as the core reports it, in the shape the tests compare: rule, range, severity. */
export interface ExpectedFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: { nl: string; en: string };
}

const SEVERITY: Record<ExpectedFinding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function keyOfFinding(finding: ExpectedFinding): string {
  const { start, end } = finding.range;
  return `${finding.ruleId} ${start.line}:${start.character}-${end.line}:${end.character} ${finding.severity}`;
}

export function keyOfDiagnostic(diagnostic: vscode.Diagnostic): string {
  const severity = (Object.keys(SEVERITY) as Array<ExpectedFinding['severity']>).find((name) => SEVERITY[name] === diagnostic.severity) ?? `severity ${diagnostic.severity}`;
  return `${ruleOf(diagnostic)} ${describeRange(diagnostic.range)} ${severity}`;
}

/**
 * Rules that look across files (`link/*`: a declaration's contract, a contract's declarations) need
 * the workspace, which the per-file core call in expected.ts does not have: they are checked on
 * their own, not in the comparison with the core.
 */
export const CROSS_FILE_RULE = /^link\//;

/** The extension's diagnostics from per-file rules (what the core finds in the text alone). */
export function perFileFindingsOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return findingsOf(uri).filter((diagnostic) => !CROSS_FILE_RULE.test(ruleOf(diagnostic) ?? ''));
}

/** Waits until the extension's per-file diagnostics for `uri` are exactly the expected findings (rule, range, severity). */
export async function expectFindings(uri: vscode.Uri, expected: readonly ExpectedFinding[], timeout = 30_000): Promise<vscode.Diagnostic[]> {
  const want = expected.map(keyOfFinding).sort();
  await eventually(() => assert.deepEqual(perFileFindingsOf(uri).map(keyOfDiagnostic).sort(), want, `diagnostics of ${vscode.workspace.asRelativePath(uri)}`), timeout);
  return findingsOf(uri);
}

/** The diagnostic at a 0-based line whose text is `text`. */
export function diagnosticAt(document: vscode.TextDocument, line: number, text: string): vscode.Diagnostic {
  const found = findingsOf(document.uri).find((diagnostic) => diagnostic.range.start.line === line && document.getText(diagnostic.range) === text);
  assert.ok(found, `no inkooplint diagnostic on '${text}' at line ${line + 1}; found: ${findingsOf(document.uri).map(keyOfDiagnostic).join('; ')}`);
  return found;
}

/** The code actions VS Code offers for a range (the light bulb's list), through the public command. */
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = (await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>('vscode.executeCodeActionProvider', uri, range)) ?? [];
  return actions.filter((action): action is vscode.CodeAction => 'title' in action && !('command' in action && typeof action.command === 'string'));
}

/** Applies a code action as the light bulb does: its edit, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `the edit of '${action.title}' was not applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** The text an action's edit inserts for a file (all its replacements, joined). */
export function insertedText(action: vscode.CodeAction, uri: vscode.Uri): string {
  return (action.edit?.get(uri) ?? []).map((edit) => edit.newText).join('\n');
}

/**
 * The Word preview's webview page, without VS Code. The checklist's security rules: a strict
 * Content-Security-Policy (nothing by default, the stylesheet only from the extension's
 * `dist/webview`, one small inline script only with this load's nonce), no command URIs, and every
 * message from the page checked. Unlike the checklist, all text is in the HTML itself: every piece
 * of it (the document's words in places and headings above all) is escaped, so it can only ever
 * show as text.
 */
import type { PreviewGroup, WordPreviewModel } from '../../core/wordImport';
import type { Severity } from '../../core/finding';
import { contentSecurityPolicy } from '../checklist/html';

export { WORD_PREVIEW_VIEW_TYPE } from './ids';

/** The stylesheet's name inside `dist/webview` (the panel's only `localResourceRoot`). */
export const WORD_PREVIEW_STYLE = 'word-preview.css';

export type WordPreviewMessage = { type: 'ready' } | { type: 'import' } | { type: 'docs'; ruleId: string };

export type ParsedWordPreviewMessage = { ok: true; message: WordPreviewMessage } | { ok: false; error: string };

/**
 * Checks a message from the page: `ready`, `import`, or `docs` naming one of the rules the page
 * shows (`known`). Anything else (other types, extra keys, other rule ids) is refused.
 */
export function parseWordPreviewMessage(raw: unknown, known: ReadonlySet<string>): ParsedWordPreviewMessage {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'not an object' };
  const message = raw as Record<string, unknown>;
  const keys = Object.keys(message);
  if (message.type === 'ready' || message.type === 'import') {
    if (keys.length !== 1) return { ok: false, error: 'unexpected keys' };
    return { ok: true, message: { type: message.type } };
  }
  if (message.type === 'docs') {
    if (keys.some((key) => key !== 'type' && key !== 'ruleId')) return { ok: false, error: 'unexpected keys' };
    if (typeof message.ruleId !== 'string') return { ok: false, error: 'ruleId is not a string' };
    if (!known.has(message.ruleId)) return { ok: false, error: 'not a rule of this page' };
    return { ok: true, message: { type: 'docs', ruleId: message.ruleId } };
  }
  return { ok: false, error: 'unknown message type' };
}

/**
 * Posts `ready` once, `import` for the import button and `docs` for a rule's button; nothing else.
 * Keeps the page's state (which Word file it shows) with VS Code, which hands it back to restore
 * the panel after a reload.
 */
const SCRIPT = `(function () {
  var vscode = acquireVsCodeApi();
  var state = document.body.getAttribute('data-state');
  if (state) vscode.setState(JSON.parse(state));
  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var button = target.closest('button[data-action]');
    if (!button) return;
    event.preventDefault();
    var action = button.getAttribute('data-action');
    if (action === 'import') vscode.postMessage({ type: 'import' });
    else if (action === 'docs') vscode.postMessage({ type: 'docs', ruleId: button.getAttribute('data-rule') || '' });
  });
  vscode.postMessage({ type: 'ready' });
})();`;

/** Every text the page shows that is not the document's or a finding's: from the l10n bundles. */
export interface WordPreviewLabels {
  pageTitle: string;
  readOnlyNote: string;
  importButton: string;
  summary: string;
  noFindings: string;
  problemHeading: string;
  trackedGroup: string;
  documentGroup: string;
  severity: Record<Severity, string>;
  ruleDocs: string;
}

export interface WordPreviewPageInput {
  model: WordPreviewModel;
  /** `webview.cspSource`. */
  cspSource: string;
  styleUri: string;
  nonce: string;
  language: 'nl' | 'en';
  labels: WordPreviewLabels;
  /** What VS Code keeps for the panel across a reload: the Word file's URI. */
  state: WordPreviewState;
}

/** The panel's state (`vscode.setState` in the page): the Word file it shows, as a URI string. */
export interface WordPreviewState {
  word: string;
}

/**
 * The Word file of a restored panel's state, as a URI string, when the state is the page's own:
 * an object with one `word` string that names a .docx file (not too long). Undefined otherwise;
 * the caller then checks that the file is in the workspace and exists.
 */
export function wordOfPreviewState(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return undefined;
  const { word } = state as Record<string, unknown>;
  if (typeof word !== 'string' || word.length > 4096 || !/\.docx$/i.test(word)) return undefined;
  return word;
}

export const escapeHtml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function groupTitle(group: PreviewGroup, labels: WordPreviewLabels): string {
  if (group.kind === 'tracked') return labels.trackedGroup;
  if (group.kind === 'document') return labels.documentGroup;
  return group.heading ?? '';
}

function groupHtml(group: PreviewGroup, index: number, labels: WordPreviewLabels): string[] {
  const id = `group-${index + 1}`;
  const lines = [
    `<section class="group ${group.kind}" aria-labelledby="${id}">`,
    `<h2 id="${id}">${escapeHtml(groupTitle(group, labels))} <span class="count">(${group.findings.length})</span></h2>`,
    '<ol class="findings">',
  ];
  for (const finding of group.findings) {
    lines.push(
      `<li class="finding ${finding.severity}">`,
      `<p class="meta"><span class="severity">${escapeHtml(labels.severity[finding.severity])}</span>${finding.place ? ` · <span class="place">${escapeHtml(finding.place)}</span>` : ''}</p>`,
      `<p class="message">${escapeHtml(finding.message)}</p>`,
      `<p><button type="button" class="rule" data-action="docs" data-rule="${escapeHtml(finding.ruleId)}" title="${escapeHtml(labels.ruleDocs)}">${escapeHtml(finding.ruleId)}</button></p>`,
      '</li>',
    );
  }
  lines.push('</ol>', '</section>');
  return lines;
}

export function wordPreviewPage(input: WordPreviewPageInput): string {
  if (!/^[A-Za-z0-9_-]{16,}$/.test(input.nonce)) throw new Error('a nonce must be at least 16 base64url characters');
  const { model, labels } = input;
  const csp = contentSecurityPolicy(input.cspSource, input.nonce);
  const body: string[] = [];
  if (model.problem !== undefined) {
    body.push('<section class="problem" role="alert">', `<h2>${escapeHtml(labels.problemHeading)}</h2>`, `<p>${escapeHtml(model.problem)}</p>`, '</section>');
  } else if (model.groups.length === 0) {
    body.push(`<p class="none">${escapeHtml(labels.noFindings)}</p>`);
  } else {
    model.groups.forEach((group, index) => body.push(...groupHtml(group, index, labels)));
  }
  return [
    '<!DOCTYPE html>',
    `<html lang="${input.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<link rel="stylesheet" href="${escapeHtml(input.styleUri)}">`,
    `<title>${escapeHtml(labels.pageTitle)}</title>`,
    '</head>',
    `<body data-state="${escapeHtml(JSON.stringify(input.state))}">`,
    '<header>',
    `<h1>${escapeHtml(model.title ?? model.fileName)}</h1>`,
    `<p class="file">${escapeHtml(model.fileName)}</p>`,
    `<p class="note">${escapeHtml(labels.readOnlyNote)}</p>`,
    model.problem === undefined ? `<p class="summary" role="status">${escapeHtml(labels.summary)}</p>` : '',
    model.problem === undefined ? `<div class="actions"><button type="button" data-action="import">${escapeHtml(labels.importButton)}</button></div>` : '',
    '</header>',
    '<main>',
    ...body,
    '</main>',
    `<script nonce="${input.nonce}">${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].filter((line) => line !== '').join('\n');
}

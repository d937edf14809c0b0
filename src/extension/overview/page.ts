/**
 * The algorithm overview's webview page, without VS Code: the core's HTML page (the same one the
 * CLI writes) with a strict Content-Security-Policy added (nothing by default; the page's own
 * `<style>` and one tiny script only with this load's nonce; no resource from anywhere), a small
 * toolbar to save the page, and the script that turns a click on a link into an `open` message.
 * The extension opens a path only when it is one of the links it put into the page.
 */

export const OVERVIEW_VIEW_TYPE = 'inkooplint.overview';

/** Longest path a message may carry (the links we write are far shorter). */
const MAX_PATH_CHARS = 2048;

export type OverviewFormat = 'html' | 'markdown' | 'docx';

export type OverviewMessage = { type: 'ready' } | { type: 'open'; path: string } | { type: 'save'; format: OverviewFormat };

export type ParsedMessage = { ok: true; message: OverviewMessage } | { ok: false; error: string };

/**
 * Checks a message from the webview. `open` must name exactly one of the links the extension wrote
 * into this page (`known`); anything else (other types, extra keys, other paths, absolute paths,
 * `..` that was not ours, schemes) is refused.
 */
export function parseOverviewMessage(raw: unknown, known: ReadonlySet<string>): ParsedMessage {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'not an object' };
  const message = raw as Record<string, unknown>;
  const keys = Object.keys(message);
  if (message.type === 'ready') {
    if (keys.length !== 1) return { ok: false, error: 'unexpected keys' };
    return { ok: true, message: { type: 'ready' } };
  }
  if (message.type === 'open') {
    if (keys.some((key) => key !== 'type' && key !== 'path')) return { ok: false, error: 'unexpected keys' };
    const path = message.path;
    if (typeof path !== 'string' || path === '') return { ok: false, error: 'path is not a string' };
    if (path.length > MAX_PATH_CHARS) return { ok: false, error: 'path too long' };
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(path)) return { ok: false, error: 'control characters in path' };
    if (!known.has(path)) return { ok: false, error: 'path is not a file of this overview' };
    return { ok: true, message: { type: 'open', path } };
  }
  if (message.type === 'save') {
    if (keys.some((key) => key !== 'type' && key !== 'format')) return { ok: false, error: 'unexpected keys' };
    if (message.format !== 'html' && message.format !== 'markdown' && message.format !== 'docx') return { ok: false, error: 'unknown format' };
    return { ok: true, message: { type: 'save', format: message.format } };
  }
  return { ok: false, error: 'unknown message type' };
}

/** A link from a page in the folder `fromDirectory` to the file `to` (both `/`-separated URI paths), each segment percent-encoded. */
export function relativeHref(fromDirectory: string, to: string): string {
  const from = fromDirectory.split('/').filter((part) => part !== '');
  const target = to.split('/').filter((part) => part !== '');
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common]) common++;
  const up = from.slice(common).map(() => '..');
  const down = target.slice(common).map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
  return [...up, ...down].join('/');
}

export function overviewCsp(nonce: string): string {
  return [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
  ].join('; ');
}

/** Posts `ready` once, `open` for a click on a relative link and `save` for the toolbar's buttons; nothing else. */
const SCRIPT = `(function () {
  var vscode = acquireVsCodeApi();
  function onClick(event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var button = target.closest('button[data-save]');
    var link = button ? null : target.closest('a[href]');
    if (!button && !link) return;
    // Ours alone: VS Code's own link handling (on the window, later) must not see it.
    event.preventDefault();
    event.stopPropagation();
    if (button) {
      vscode.postMessage({ type: 'save', format: button.getAttribute('data-save') });
      return;
    }
    var href = link.getAttribute('href') || '';
    if (href === '' || href.charAt(0) === '#' || /^[a-z][a-z0-9+.-]*:/i.test(href)) return;
    vscode.postMessage({ type: 'open', path: href });
  }
  window.addEventListener('click', onClick, true);
  window.addEventListener('auxclick', onClick, true);
  vscode.postMessage({ type: 'ready' });
})();`;

const TOOLBAR_STYLE = `
.inkooplint-actions { display: flex; gap: .5rem; flex-wrap: wrap; margin: 0 0 1rem; }
.inkooplint-actions button { font: inherit; font-size: .9rem; padding: .3rem .8rem; border: 1px solid #1d4f91; border-radius: 4px; background: #ffffff; color: #1d4f91; cursor: pointer; }
.inkooplint-actions button:hover { background: #e8eef6; }
.inkooplint-actions button:focus { outline: 3px solid #1b1b1b; outline-offset: 2px; }
@media print { .inkooplint-actions { display: none; } }
`;

export interface WebviewPageInput {
  /** The core's overview page (`renderOverviewHtml`). */
  html: string;
  nonce: string;
  /** `saveDocx` only where the host can write Word documents (the desktop). */
  labels: { toolbar: string; saveHtml: string; saveMarkdown: string; saveDocx?: string };
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The core's page made fit for a webview: the policy first in `<head>`, nonces on its style and our script, the toolbar in the header. */
export function overviewWebviewPage(input: WebviewPageInput): string {
  if (!/^[A-Za-z0-9_-]{16,}$/.test(input.nonce)) throw new Error('a nonce must be at least 16 base64url characters');
  const nonce = input.nonce;
  let html = input.html;
  const head = html.indexOf('<head>');
  if (head < 0) throw new Error('the overview page has no <head>');
  const meta = `\n<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(overviewCsp(nonce))}">`;
  html = html.slice(0, head + '<head>'.length) + meta + html.slice(head + '<head>'.length);
  // Only the renderer's own <style> (the first one, in <head>); text from declarations is escaped, so it holds no tag.
  html = html.replace('<style>', `<style nonce="${nonce}">`);
  html = html.replace('</head>', `<style nonce="${nonce}">${TOOLBAR_STYLE}</style>\n</head>`);
  const toolbar = [
    `<div class="inkooplint-actions" role="toolbar" aria-label="${escapeAttribute(input.labels.toolbar)}">`,
    `<button type="button" data-save="html">${escapeAttribute(input.labels.saveHtml)}</button>`,
    `<button type="button" data-save="markdown">${escapeAttribute(input.labels.saveMarkdown)}</button>`,
    input.labels.saveDocx ? `<button type="button" data-save="docx">${escapeAttribute(input.labels.saveDocx)}</button>` : '',
    '</div>',
  ].join('');
  html = html.replace('<header>', `<header>\n${toolbar}`);
  const end = html.lastIndexOf('</body>');
  if (end < 0) throw new Error('the overview page has no </body>');
  return `${html.slice(0, end)}<script nonce="${nonce}">${SCRIPT}</script>\n${html.slice(end)}`;
}

/** The default file names of a saved overview (beside the workspace root), per language. */
export function overviewFileName(language: 'nl' | 'en', format: OverviewFormat): string {
  const stem = language === 'nl' ? 'algoritmeoverzicht' : 'algorithm-overview';
  return `${stem}${format === 'html' ? '.html' : format === 'docx' ? '.docx' : '.md'}`;
}

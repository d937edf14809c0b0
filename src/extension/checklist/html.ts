/**
 * The checklist webview's page, without VS Code: a strict Content-Security-Policy (nothing by
 * default, scripts and styles only with this load's nonce or from the extension's own resources),
 * one stylesheet, one script, and an `#app` that the script fills with text nodes only.
 *
 * For a fast first paint the panel inlines the stylesheet and the script (nonce'd, so no resource
 * round trip through the webview's service worker) and embeds the first view as a JSON data block
 * (`<script type="application/json">`, which never runs), so the page renders without waiting for a
 * `ready`/`load` round trip. Document text goes into that block only as JSON with `<`, `>`, `&` and
 * the line separators escaped as `\uXXXX`: it cannot end the block, and the script sets it as text.
 */

export const CHECKLIST_VIEW_TYPE = 'inkooplint.checklist';

/** The bundle's folder inside the extension, the webview's only `localResourceRoot`. */
export const WEBVIEW_FOLDER = ['dist', 'webview'] as const;

/** A fresh nonce: 128 random bits in base64url (crypto.getRandomValues is there in Node and in web workers). */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export interface PageInput {
  /** `webview.cspSource`. */
  cspSource: string;
  /** The bundle's URI, or its text to inline (see `inlineScript`). */
  scriptUri?: string;
  styleUri?: string;
  /** The bundle itself, inlined with the nonce instead of loaded from `scriptUri`. */
  inlineScript?: string;
  /** The stylesheet itself, inlined with the nonce instead of loaded from `styleUri`. */
  inlineStyle?: string;
  /** The first message for the page (a `load`), embedded as JSON so it renders at once. */
  initial?: unknown;
  nonce: string;
  language: 'nl' | 'en';
  /** The panel's title (our own words, escaped anyway). */
  title: string;
  loadingText: string;
}

/**
 * A webview page's policy: nothing by default, scripts only with the nonce, styles and fonts only
 * from the extension. `inlineStyle` also admits a `<style>` element with the nonce (the checklist
 * page inlines its own stylesheet, still the extension's own text).
 */
export function contentSecurityPolicy(cspSource: string, nonce: string, options: { inlineStyle?: boolean } = {}): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    options.inlineStyle ? `style-src ${cspSource} 'nonce-${nonce}'` : `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `img-src ${cspSource}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The id of the data block with the first view. */
export const INITIAL_VIEW_ID = 'inkooplint-initial';

/** JSON that is inert inside a `<script type="application/json">` block (and valid JSON). */
export function jsonForScriptBlock(value: unknown): string {
  return JSON.stringify(value ?? null).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text that may go inside `<script>` or `<style>`: refuses anything that could end the element early. */
function inlineable(text: string, element: 'script' | 'style'): string {
  if (new RegExp(`</${element}|<!--`, 'i').test(text)) throw new Error(`the inlined ${element} contains </${element} or <!--`);
  return text.replace(/\n\/[/*]# sourceMappingURL=[^\n]*\s*$/, '\n');
}

export function checklistPage(input: PageInput): string {
  if (!/^[A-Za-z0-9_-]{16,}$/.test(input.nonce)) throw new Error('a nonce must be at least 16 base64url characters');
  if (input.inlineScript === undefined && input.scriptUri === undefined) throw new Error('a script is needed');
  if (input.inlineStyle === undefined && input.styleUri === undefined) throw new Error('a stylesheet is needed');
  const style = input.inlineStyle !== undefined ? `<style nonce="${input.nonce}">${inlineable(input.inlineStyle, 'style')}</style>` : `<link rel="stylesheet" href="${escapeAttribute(input.styleUri!)}">`;
  const script = input.inlineScript !== undefined ? `<script nonce="${input.nonce}">${inlineable(input.inlineScript, 'script')}</script>` : `<script nonce="${input.nonce}" src="${escapeAttribute(input.scriptUri!)}"></script>`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${input.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(input.cspSource, input.nonce, { inlineStyle: true }))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    style,
    `<title>${escapeAttribute(input.title)}</title>`,
    '</head>',
    '<body>',
    `<div id="app"><p role="status">${escapeAttribute(input.loadingText)}</p></div>`,
    ...(input.initial !== undefined ? [`<script type="application/json" id="${INITIAL_VIEW_ID}">${jsonForScriptBlock(input.initial)}</script>`] : []),
    script,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The checklist webview's page, without VS Code: a strict Content-Security-Policy (nothing by
 * default, scripts only with this load's nonce, styles and fonts only from the extension's own
 * resources), one stylesheet, one script, and an empty `#app` that the script fills with text
 * nodes only. No text from a document ever goes into this page: it arrives by message.
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
  scriptUri: string;
  styleUri: string;
  nonce: string;
  language: 'nl' | 'en';
  /** The panel's title (our own words, escaped anyway). */
  title: string;
  loadingText: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `img-src ${cspSource}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function checklistPage(input: PageInput): string {
  if (!/^[A-Za-z0-9_-]{16,}$/.test(input.nonce)) throw new Error('a nonce must be at least 16 base64url characters');
  return [
    '<!DOCTYPE html>',
    `<html lang="${input.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(input.cspSource, input.nonce))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<link rel="stylesheet" href="${escapeAttribute(input.styleUri)}">`,
    `<title>${escapeAttribute(input.title)}</title>`,
    '</head>',
    '<body>',
    `<div id="app"><p role="status">${escapeAttribute(input.loadingText)}</p></div>`,
    `<script nonce="${input.nonce}" src="${escapeAttribute(input.scriptUri)}"></script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

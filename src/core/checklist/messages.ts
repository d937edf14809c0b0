/**
 * The messages between the checklist webview and the extension, shared by both. A message from
 * the webview is untrusted input: `validateWebviewMessage` checks its shape and values before the
 * extension acts on it (known question ids, known statuses, bounded text, http(s) URLs only, and
 * paths that are relative and stay inside the workspace).
 */
import { isQuestionId, ITEM_STATUSES, type ItemStatus, type QuestionId } from './ids';
import type { ChecklistView } from './view';

/** Evidence a reviewer adds by hand: a document on the web, or a file in the workspace. */
export type NewEvidence = { kind: 'url'; url: string; title?: string } | { kind: 'document'; path: string; title?: string };

export type WebviewMessage =
  /** The webview has loaded and waits for `load`. */
  | { type: 'ready' }
  /** The webview has rendered the view of a `load` (once per `load`), for timing. */
  | { type: 'rendered' }
  | { type: 'setStatus'; id: QuestionId; status: ItemStatus }
  /** Take over the suggestion from the contract lint (its status and evidence) as the answer. */
  | { type: 'confirmSuggestion'; id: QuestionId }
  | { type: 'setNotes'; id: QuestionId; notes: string }
  | { type: 'addEvidence'; id: QuestionId; evidence: NewEvidence }
  /** `index` counts in the entry's evidence as the view shows it. */
  | { type: 'removeEvidence'; id: QuestionId; index: number }
  /** Open (navigate to) the entry's evidence at `index`: the extension looks it up in its own model. */
  | { type: 'openEvidence'; id: QuestionId; index: number }
  | { type: 'setReviewer'; name: string }
  | { type: 'save' }
  /** After a conflict: load what is on disk (dropping unsaved edits), or merge it with the edits. */
  | { type: 'reload' }
  | { type: 'merge' }
  | { type: 'export'; format: 'markdown' | 'html' | 'docx' };

export type ExtensionMessage =
  /** `baseFolder`: the checklist's folder relative to the workspace root, for checking document paths as the extension will. */
  | { type: 'load'; view: ChecklistView; dirty: boolean; reviewer?: string; baseFolder?: string }
  | { type: 'saved'; file: string }
  /** The file changed on disk since it was loaded; nothing was written. */
  | { type: 'conflict'; file: string; conflicts: QuestionId[] }
  | { type: 'error'; message: string };

/** Limits on what a message may carry. */
export const MESSAGE_LIMITS = { notes: 20_000, name: 200, title: 500, url: 2_048, path: 1_024, index: 10_000 } as const;

export type ValidationResult = { ok: true; message: WebviewMessage } | { ok: false; error: string };

export interface ValidationOptions {
  /**
   * The folder of the checklist file, relative to the workspace root, with `/` ("" for the root):
   * a document path in a message is relative to it and must not lead outside the workspace.
   */
  baseFolder?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function boundedText(value: unknown, max: number, multiline: boolean): value is string {
  if (typeof value !== 'string' || value.length > max) return false;
  if (CONTROL.test(value)) return false;
  return multiline || !/[\r\n]/.test(value);
}

/**
 * `segments` with `.` and `..` resolved, or undefined when `..` would climb above the start.
 */
function normaliseSegments(segments: readonly string[]): string[] | undefined {
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else {
      out.push(segment);
    }
  }
  return out;
}

/**
 * The workspace-relative path (with `/`) that a relative path from `baseFolder` names, or
 * undefined when it is not a plain relative path inside the workspace: absolute paths, drive
 * letters, UNC paths, backslashes, URLs and schemes (`file:`, `vscode:`), `~`, control characters,
 * and `..` that leads above the workspace root are all refused.
 */
export function workspaceRelativePath(path: string, baseFolder = ''): string | undefined {
  if (path.length === 0 || path.length > MESSAGE_LIMITS.path) return undefined;
  if (CONTROL.test(path) || /[\r\n]/.test(path)) return undefined;
  if (path.includes('\\')) return undefined;
  if (path.startsWith('/') || path.startsWith('~')) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return undefined; // drive letters and schemes
  if (path.includes('%')) return undefined; // no encoded separators or dots
  const base = normaliseSegments(baseFolder.split('/'));
  if (!base) return undefined;
  const joined = normaliseSegments([...base, ...path.split('/')]);
  if (!joined || joined.length === 0) return undefined;
  return joined.join('/');
}

/** An absolute http(s) URL without credentials. */
export function isSafeUrl(value: unknown): value is string {
  if (!boundedText(value, MESSAGE_LIMITS.url, false)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '' && url.hostname !== '';
}

function questionId(value: unknown): QuestionId | undefined {
  return typeof value === 'string' && isQuestionId(value) ? value : undefined;
}

function index(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MESSAGE_LIMITS.index ? value : undefined;
}

function optionalTitle(value: unknown): { ok: boolean; title?: string } {
  if (value === undefined) return { ok: true };
  if (!boundedText(value, MESSAGE_LIMITS.title, false)) return { ok: false };
  return value.trim() === '' ? { ok: true } : { ok: true, title: value };
}

function allowedKeys(message: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(message).every((key) => key === 'type' || keys.includes(key));
}

function newEvidence(value: unknown, options: ValidationOptions): NewEvidence | string {
  if (!isRecord(value)) return 'evidence is not an object';
  const title = optionalTitle(value.title);
  if (!title.ok) return 'evidence title is not a short text';
  const withTitle = title.title !== undefined ? { title: title.title } : {};
  if (value.kind === 'url') {
    if (!allowedKeys(value, ['kind', 'url', 'title'])) return 'unexpected key in evidence';
    if (!isSafeUrl(value.url)) return 'evidence url is not an http(s) URL';
    return { kind: 'url', url: value.url, ...withTitle };
  }
  if (value.kind === 'document') {
    if (!allowedKeys(value, ['kind', 'path', 'title'])) return 'unexpected key in evidence';
    if (typeof value.path !== 'string' || workspaceRelativePath(value.path, options.baseFolder) === undefined) return 'evidence path is not a relative path inside the workspace';
    return { kind: 'document', path: value.path, ...withTitle };
  }
  return 'unknown evidence kind';
}

/** Checks a message from the webview. Only a message that passes is acted on; the result carries a fresh object with the checked fields only. */
export function validateWebviewMessage(value: unknown, options: ValidationOptions = {}): ValidationResult {
  const fail = (error: string): ValidationResult => ({ ok: false, error });
  if (!isRecord(value) || typeof value.type !== 'string') return fail('not a message');
  const message = value;
  const expect = (keys: readonly string[]): boolean => allowedKeys(message, keys);
  switch (message.type) {
    case 'ready':
    case 'rendered':
    case 'save':
    case 'reload':
    case 'merge':
      if (!expect([])) return fail(`unexpected key in ${message.type}`);
      return { ok: true, message: { type: message.type } };
    case 'export':
      if (!expect(['format'])) return fail('unexpected key in export');
      if (message.format !== 'markdown' && message.format !== 'html' && message.format !== 'docx') return fail('unknown export format');
      return { ok: true, message: { type: 'export', format: message.format } };
    case 'setReviewer':
      if (!expect(['name'])) return fail('unexpected key in setReviewer');
      if (!boundedText(message.name, MESSAGE_LIMITS.name, false)) return fail('name is not a short text');
      return { ok: true, message: { type: 'setReviewer', name: message.name } };
    case 'setStatus':
    case 'confirmSuggestion':
    case 'setNotes':
    case 'addEvidence':
    case 'removeEvidence':
    case 'openEvidence': {
      const id = questionId(message.id);
      if (!id) return fail('unknown question id');
      if (message.type === 'confirmSuggestion') {
        if (!expect(['id'])) return fail('unexpected key in confirmSuggestion');
        return { ok: true, message: { type: 'confirmSuggestion', id } };
      }
      if (message.type === 'setStatus') {
        if (!expect(['id', 'status'])) return fail('unexpected key in setStatus');
        if (typeof message.status !== 'string' || !(ITEM_STATUSES as readonly string[]).includes(message.status)) return fail('unknown status');
        return { ok: true, message: { type: 'setStatus', id, status: message.status as ItemStatus } };
      }
      if (message.type === 'setNotes') {
        if (!expect(['id', 'notes'])) return fail('unexpected key in setNotes');
        if (!boundedText(message.notes, MESSAGE_LIMITS.notes, true)) return fail('notes are not a text within the limit');
        return { ok: true, message: { type: 'setNotes', id, notes: message.notes } };
      }
      if (message.type === 'addEvidence') {
        if (!expect(['id', 'evidence'])) return fail('unexpected key in addEvidence');
        const evidence = newEvidence(message.evidence, options);
        if (typeof evidence === 'string') return fail(evidence);
        return { ok: true, message: { type: 'addEvidence', id, evidence } };
      }
      if (!expect(['id', 'index'])) return fail(`unexpected key in ${message.type}`);
      const at = index(message.index);
      if (at === undefined) return fail('index is not a small non-negative integer');
      return { ok: true, message: { type: message.type, id, index: at } };
    }
    default:
      return fail('unknown message type');
  }
}

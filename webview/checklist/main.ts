/**
 * The supplier transparency checklist in a VS Code webview. It shows the view the extension sends
 * (`load`, built by `checklistView` in the core), and posts the reviewer's edits back as messages
 * that it checks itself first (`validateWebviewMessage`; the extension checks them again).
 *
 * Every text from the contract, the checklist file or a reviewer is set with `textContent` or as
 * a property value, never as HTML. Every control has a label; focus stays where it was when a new
 * view arrives; the page follows the VS Code theme through its CSS variables.
 */
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-label/index.js';
import '@vscode-elements/elements/dist/vscode-textarea/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import { isSafeUrl, validateWebviewMessage, workspaceRelativePath, type ExtensionMessage, type WebviewMessage } from '../../src/core/checklist/messages';
import type { ItemStatus, QuestionId } from '../../src/core/checklist/ids';
import type { ChecklistView, EntryView, GroupView, ProgressView } from '../../src/core/checklist/view';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

type Notice = { kind: 'saved' } | { kind: 'conflict'; items: string[] } | { kind: 'error'; text: string };

interface State {
  view?: ChecklistView;
  baseFolder?: string;
  dirty: boolean;
  reviewer: string;
  notice?: Notice;
}

const vscode = acquireVsCodeApi();
const saved = vscode.getState() as Partial<State> | undefined;
const state: State = {
  dirty: saved?.dirty === true,
  reviewer: typeof saved?.reviewer === 'string' ? saved.reviewer : '',
  ...(saved?.view ? { view: saved.view } : {}),
  ...(typeof saved?.baseFolder === 'string' ? { baseFolder: saved.baseFolder } : {}),
};

/** Posts a message only when it passes the same check the extension applies. */
function send(message: WebviewMessage): boolean {
  const result = validateWebviewMessage(message, state.baseFolder !== undefined ? { baseFolder: state.baseFolder } : {});
  if (!result.ok) {
    console.warn(`Inkooplint checklist: message not sent (${result.error})`);
    return false;
  }
  vscode.postMessage(result.message);
  return true;
}

function persist(): void {
  vscode.setState({ view: state.view, dirty: state.dirty, reviewer: state.reviewer, baseFolder: state.baseFolder });
}

// ---------------------------------------------------------------------------------------------
// Building elements: text only ever as text nodes.

type Child = Node | string | undefined | false;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes?: Record<string, string>, ...children: Child[]): HTMLElementTagNameMap[K];
function el(tag: string, attributes?: Record<string, string>, ...children: Child[]): HTMLElement;
function el(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    if (child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

function label(key: string, data: Record<string, string | number> = {}): string {
  const template = state.view?.labels[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

function button(id: string, text: string, onClick: () => void, options: { secondary?: boolean; ariaLabel?: string } = {}): HTMLElement {
  const element = el('vscode-button', { id });
  element.textContent = text;
  if (options.secondary) element.setAttribute('secondary', '');
  if (options.ariaLabel) element.setAttribute('aria-label', options.ariaLabel);
  element.addEventListener('click', onClick);
  return element;
}

/** A text field or text area with a visible label tied to it. */
function field(kind: 'vscode-textfield' | 'vscode-textarea', id: string, caption: string, value: string, onCommit: (value: string) => void): HTMLElement {
  const caption_ = el('vscode-label', { for: id });
  caption_.textContent = caption;
  const control = document.createElement(kind) as HTMLElement & { value: string; label: string };
  control.id = id;
  control.value = value;
  control.label = caption;
  if (kind === 'vscode-textarea') control.setAttribute('rows', '4');
  control.addEventListener('change', () => onCommit(control.value));
  return el('div', { class: 'field' }, caption_, control);
}

// ---------------------------------------------------------------------------------------------
// Rendering

const BUCKET_CLASS: Record<string, string> = { voldaan: 'met', deels: 'partly', 'niet-voldaan': 'not-met', nvt: 'na', suggested: 'suggested', open: 'open' };

function progressBar(progress: ProgressView, caption: string): HTMLElement {
  const bar = el('div', { class: 'bar', 'aria-hidden': 'true' });
  for (const bucket of progress.buckets) {
    if (bucket.count === 0 || progress.total === 0) continue;
    const segment = el('span', { class: `segment ${BUCKET_CLASS[bucket.bucket]}`, title: `${bucket.label}: ${bucket.count}` });
    segment.style.width = `${(bucket.count / progress.total) * 100}%`;
    bar.append(segment);
  }
  const counts = el('ul', { class: 'counts', 'aria-label': caption });
  for (const bucket of progress.buckets) {
    counts.append(el('li', {}, el('span', { class: `swatch ${BUCKET_CLASS[bucket.bucket]}`, 'aria-hidden': 'true' }), `${bucket.label}: ${bucket.count}`));
  }
  return el('div', { class: 'progress' }, bar, counts);
}

function renderHeader(view: ChecklistView): HTMLElement {
  const reviewer = field('vscode-textfield', 'reviewer', label('ui.reviewer'), state.reviewer, (value) => {
    state.reviewer = value.trim();
    persist();
    send({ type: 'setReviewer', name: state.reviewer });
  });
  const status = el('p', { id: 'save-status', role: 'status', 'aria-live': 'polite' }, state.dirty ? label('ui.unsaved') : state.notice?.kind === 'saved' ? label('ui.saved') : '');
  const toolbar = el('div', { class: 'toolbar', role: 'toolbar', 'aria-label': view.title },
    button('save', label('ui.save'), () => send({ type: 'save' })),
    button('export-markdown', label('ui.export-markdown'), () => send({ type: 'export', format: 'markdown' }), { secondary: true }),
    button('export-html', label('ui.export-html'), () => send({ type: 'export', format: 'html' }), { secondary: true }),
    button('export-docx', label('ui.export-docx'), () => send({ type: 'export', format: 'docx' }), { secondary: true }),
  );
  return el('header', {},
    el('h1', {}, view.title),
    el('p', { class: 'contract' }, view.contract.title ? `${view.contract.title} (${view.contract.file})` : view.contract.file),
    ...(view.contract.supplier ? [el('p', { class: 'supplier' }, label('ui.supplier', { supplier: view.contract.supplier }))] : []),
    el('p', {}, label('ui.profile', { profile: view.contract.profile })),
    el('p', { class: 'intro' }, view.intro),
    reviewer,
    toolbar,
    status,
  );
}

function renderNotice(view: ChecklistView): HTMLElement | undefined {
  const notice = state.notice;
  const parts: HTMLElement[] = [];
  if (notice?.kind === 'conflict') {
    parts.push(el('div', { class: 'notice conflict', role: 'alert' },
      el('p', {}, label('ui.conflict')),
      notice.items.length > 0 ? el('p', {}, label('ui.conflict-items', { items: notice.items.join(', ') })) : false,
      el('div', { class: 'toolbar' },
        button('merge', label('ui.merge'), () => send({ type: 'merge' })),
        button('reload', label('ui.reload'), () => send({ type: 'reload' }), { secondary: true }),
      ),
    ));
  } else if (notice?.kind === 'error') {
    parts.push(el('div', { class: 'notice error', role: 'alert' }, el('p', {}, notice.text)));
  }
  if (view.fileProblems.length > 0) {
    parts.push(el('div', { class: 'notice', role: 'note' }, el('h2', {}, label('ui.file-problems')), el('ul', {}, ...view.fileProblems.map((problem) => el('li', {}, problem)))));
  }
  return parts.length > 0 ? el('div', {}, ...parts) : undefined;
}

function renderProgress(view: ChecklistView): HTMLElement {
  const blockers = el('ul', { class: 'blockers' });
  for (const blocker of view.blockers) {
    const item = el('li');
    if (blocker.question) {
      // A link within the page: Enter moves focus to the question.
      const link = el('a', { href: `#q-${anchor(blocker.question)}` }, blocker.text);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        const target = document.getElementById(`q-${anchor(blocker.question!)}-title`);
        target?.focus();
        target?.scrollIntoView({ block: 'start' });
      });
      item.append(link);
    } else {
      item.append(blocker.text);
    }
    blockers.append(item);
  }
  return el('section', { 'aria-labelledby': 'progress-title', class: 'summary' },
    el('h2', { id: 'progress-title' }, label('ui.progress')),
    el('p', { class: view.blockers.length === 0 ? 'advice ready' : 'advice' }, view.advice),
    progressBar(view.progress, label('ui.progress-bar', { done: view.progress.done, total: view.progress.total })),
    view.blockers.length > 0 ? blockers : false,
  );
}

function anchor(id: string): string {
  return id.replace(/[^a-z0-9-]/g, '-');
}

/**
 * The first paint leaves out the fields to add evidence (two text fields and a button per item,
 * over a third of the page's components); they are filled in right after it (`fillDeferredForms`).
 */
let deferForms = false;
let deferredForms: Array<() => void> = [];

function fillDeferredForms(): void {
  const fill = deferredForms;
  deferredForms = [];
  for (const one of fill) one();
}

function renderEvidence(entry: EntryView, key: string): HTMLElement {
  const list = el('ul', { class: 'evidence' });
  entry.evidence.forEach((evidence, index) => {
    const item = el('li', {}, el('span', { class: 'evidence-label' }, evidence.label));
    if (evidence.suggested) item.append(' ', el('span', { class: 'tag suggested' }, label('status.suggested')));
    if (evidence.openable) item.append(' ', button(`${key}-open-${index}`, label('ui.open'), () => send({ type: 'openEvidence', id: entry.id as QuestionId, index }), { secondary: true, ariaLabel: label('ui.open-evidence', { label: evidence.label }) }));
    if (!evidence.suggested) item.append(' ', button(`${key}-remove-${index}`, label('ui.remove'), () => send({ type: 'removeEvidence', id: entry.id as QuestionId, index }), { secondary: true, ariaLabel: label('ui.remove-evidence', { label: evidence.label }) }));
    list.append(item);
  });
  if (entry.evidence.length === 0) list.append(el('li', { class: 'none' }, label('ui.no-evidence')));

  const form = el('div', { class: 'add-evidence', role: 'group', 'aria-label': label('ui.add-evidence') });
  if (deferForms) deferredForms.push(() => form.append(...evidenceForm(entry, key)));
  else form.append(...evidenceForm(entry, key));
  return el('div', { class: 'evidence-block' }, el('h4', {}, label('ui.evidence')), list, form);
}

/** The fields to add evidence to an item: two text fields, a button, and the place for an error. */
function evidenceForm(entry: EntryView, key: string): HTMLElement[] {
  const error = el('p', { id: `${key}-evidence-error`, class: 'field-error', role: 'alert' });
  const where = field('vscode-textfield', `${key}-evidence-where`, label('ui.evidence-url'), '', () => undefined);
  const title = field('vscode-textfield', `${key}-evidence-title`, label('ui.evidence-title'), '', () => undefined);
  const add = button(`${key}-evidence-add`, label('ui.add-evidence'), () => {
    const whereControl = where.querySelector('vscode-textfield') as HTMLElement & { value: string; invalid: boolean };
    const titleControl = title.querySelector('vscode-textfield') as HTMLElement & { value: string };
    const value = whereControl.value.trim();
    const caption = titleControl.value.trim();
    const evidence = isSafeUrl(value)
      ? { kind: 'url' as const, url: value, ...(caption ? { title: caption } : {}) }
      : workspaceRelativePath(value, state.baseFolder) !== undefined
        ? { kind: 'document' as const, path: value, ...(caption ? { title: caption } : {}) }
        : undefined;
    if (!evidence || !send({ type: 'addEvidence', id: entry.id as QuestionId, evidence })) {
      error.textContent = label('ui.evidence-invalid');
      whereControl.invalid = true;
      whereControl.setAttribute('aria-describedby', error.id);
      whereControl.focus();
      return;
    }
    error.textContent = '';
    whereControl.invalid = false;
    whereControl.value = '';
    titleControl.value = '';
  }, { secondary: true });
  return [where, title, add, error];
}

function renderEntry(entry: EntryView): HTMLElement {
  const key = `q-${anchor(entry.id)}`;
  const view = state.view!;
  // A native select, styled like VS Code's drop-down: <vscode-single-select> measures itself
  // (getBoundingClientRect) each time it renders, which forced a layout per item at first paint.
  const select = el('select', { id: `${key}-status`, class: 'status-select', 'aria-label': `${label('ui.status')}: ${entry.title}` });
  for (const status of view.statuses) {
    const option = el('option', { value: status.value }, status.label);
    if (status.value === (entry.suggested ? 'open' : entry.status)) option.selected = true;
    select.append(option);
  }
  select.addEventListener('change', () => send({ type: 'setStatus', id: entry.id as QuestionId, status: select.value as ItemStatus }));
  const statusCaption = el('label', { for: select.id, class: 'caption' }, label('ui.status'));

  const suggestion = entry.suggested
    ? el('p', { class: 'suggestion' },
        el('span', { class: 'tag suggested' }, entry.suggestionLabel ?? ''),
        ' ',
        button(`${key}-confirm`, label('ui.confirm'), () => send({ type: 'confirmSuggestion', id: entry.id as QuestionId }), { ariaLabel: label('ui.confirm-question', { question: entry.title }) }))
    : el('p', { class: `current ${BUCKET_CLASS[entry.status]}` }, el('span', { class: `swatch ${BUCKET_CLASS[entry.status]}`, 'aria-hidden': 'true' }), entry.statusLabel);

  const notes = field('vscode-textarea', `${key}-notes`, label('ui.notes'), entry.notes, (value) => send({ type: 'setNotes', id: entry.id as QuestionId, notes: value }));

  return el('section', { class: 'entry', id: key, 'aria-labelledby': `${key}-title` },
    el('h3', { id: `${key}-title`, tabindex: '-1' }, entry.title),
    el('p', { class: 'question' }, entry.question),
    el('details', {}, el('summary', {}, label('ui.help')), el('p', {}, entry.help)),
    entry.coverage ? el('p', { class: 'coverage' }, entry.coverage) : false,
    suggestion,
    el('div', { class: 'field' }, statusCaption, select),
    renderEvidence(entry, key),
    notes,
    entry.answered ? el('p', { class: 'answered' }, entry.answered) : false,
    entry.findings.length > 0 ? el('div', {}, el('h4', {}, label('ui.findings')), el('ul', {}, ...entry.findings.map((finding) => el('li', {}, finding)))) : false,
  );
}

function renderGroup(group: GroupView): HTMLElement {
  return el('section', { class: 'group', 'aria-labelledby': `group-${group.id}` },
    el('h2', { id: `group-${group.id}` }, group.title),
    el('p', { class: 'group-progress' }, label('ui.progress-bar', { done: group.progress.done, total: group.progress.total })),
    ...group.entries.map(renderEntry),
  );
}

/** Re-renders everything, keeping focus (and text being typed) where it was. */
function render(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const view = state.view;
  if (!view) {
    root.replaceChildren(el('p', { role: 'status' }, label('ui.loading')));
    return;
  }
  deferredForms = []; // a whole new page: nothing left to fill in from an earlier one
  document.documentElement.lang = view.language;
  document.title = view.title;
  const active = document.activeElement as (HTMLElement & { value?: string }) | null;
  const focusId = active?.id;
  const typing = active && (active.tagName === 'VSCODE-TEXTAREA' || active.tagName === 'VSCODE-TEXTFIELD') ? active.value : undefined;

  root.replaceChildren(
    renderHeader(view),
    ...[renderNotice(view)].filter((part): part is HTMLElement => part !== undefined),
    el('main', {},
      renderProgress(view),
      ...view.groups.map(renderGroup),
      view.others.length > 0 ? el('section', { class: 'group', 'aria-labelledby': 'group-others' }, el('h2', { id: 'group-others' }, label('ui.others')), ...view.others.map(renderEntry)) : false,
    ),
  );

  if (focusId) {
    const again = document.getElementById(focusId) as (HTMLElement & { value?: string }) | null;
    if (again) {
      if (typing !== undefined) again.value = typing;
      again.focus();
    }
  }
}

/** Takes a message from the extension into the state; false for one the page does not know. */
function apply(message: ExtensionMessage): boolean {
  switch (message.type) {
    case 'load':
      state.view = message.view;
      state.dirty = message.dirty;
      if (typeof message.baseFolder === 'string') state.baseFolder = message.baseFolder;
      if (typeof message.reviewer === 'string' && !state.reviewer) state.reviewer = message.reviewer;
      delete state.notice;
      return true;
    case 'saved':
      state.dirty = false;
      state.notice = { kind: 'saved' };
      return true;
    case 'conflict':
      state.notice = { kind: 'conflict', items: message.conflicts };
      return true;
    case 'error':
      state.notice = { kind: 'error', text: String(message.message) };
      return true;
    default:
      return false;
  }
}

/**
 * Says `rendered` once the page's items have been painted: after the next animation frame (or,
 * in a webview VS Code keeps hidden, where frames may not come, after a short wait).
 */
function afterPaint(then: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 250);
}

window.addEventListener('message', (event: MessageEvent<ExtensionMessage>) => {
  const message = event.data;
  if (!message || typeof message !== 'object' || !apply(message)) return;
  persist();
  render();
  // Once per `load`: the extension times "command to rendered checklist" by the first one.
  if (message.type === 'load') afterPaint(() => send({ type: 'rendered' }));
});

// Ctrl+S / Cmd+S saves, as in an editor.
window.addEventListener('keydown', (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
    event.preventDefault();
    send({ type: 'save' });
  }
});

/** The first view, embedded in the page by the panel (a JSON data block that never runs). */
function initialMessage(): ExtensionMessage | undefined {
  const block = document.getElementById('inkooplint-initial');
  if (!block?.textContent) return undefined;
  try {
    const message = JSON.parse(block.textContent) as ExtensionMessage;
    return message && typeof message === 'object' && message.type === 'load' ? message : undefined;
  } catch {
    return undefined;
  }
}

const initial = initialMessage();
if (initial) {
  apply(initial);
  persist();
}
deferForms = initial !== undefined;
render();
deferForms = false;
send({ type: 'ready' });
if (initial) {
  afterPaint(() => {
    send({ type: 'rendered' });
    fillDeferredForms();
  });
}

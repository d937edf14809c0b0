/**
 * Edits to a checklist file's data, as the webview asks for them (after `validateWebviewMessage`).
 * Pure: each returns new data and leaves the old as it was, so the extension can keep the loaded
 * version for a three-way merge.
 */
import type { ChecklistFileData, Evidence, ItemAnswer, ItemStatus } from './file';
import type { ChecklistModel } from './model';
import type { NewEvidence } from './messages';
import type { QuestionId } from './questions';

export type ChecklistChange =
  | { type: 'setStatus'; id: QuestionId; status: ItemStatus }
  | { type: 'confirmSuggestion'; id: QuestionId }
  | { type: 'setNotes'; id: QuestionId; notes: string }
  | { type: 'addEvidence'; id: QuestionId; evidence: NewEvidence }
  | { type: 'removeEvidence'; id: QuestionId; index: number };

export interface ChangeContext {
  /** The model the view showed (for suggestions, and evidence indices as shown). */
  model: ChecklistModel;
  /** ISO 8601 time of the change. */
  now: string;
  /** Who answers, when known. */
  reviewer?: string;
}

function withoutExtra(item: ItemAnswer, key: string): ItemAnswer {
  if (!item.extra || !(key in item.extra)) return item;
  const extra = { ...item.extra };
  delete extra[key];
  const next: ItemAnswer = { ...item, extra };
  if (Object.keys(extra).length === 0) delete next.extra;
  return next;
}

function stamp(item: ItemAnswer, context: ChangeContext): ItemAnswer {
  const next = { ...item, answeredAt: context.now };
  if (context.reviewer) next.answeredBy = context.reviewer;
  return withoutExtra(withoutExtra(next, 'answeredAt'), 'answeredBy');
}

function stripShown(evidence: Evidence & { suggested?: boolean }): Evidence {
  const { suggested: _suggested, ...rest } = evidence;
  return rest as Evidence;
}

/** Applies one change; a change for a question the model does not show, or an index out of range, changes nothing. */
export function applyChange(data: ChecklistFileData, change: ChecklistChange, context: ChangeContext): ChecklistFileData {
  const entry = context.model.entries.find((candidate) => candidate.question.id === change.id);
  if (!entry) return data;
  const current: ItemAnswer = data.items[change.id] ?? { status: 'open', evidence: [] };
  let next: ItemAnswer = current;
  switch (change.type) {
    case 'setStatus':
      next = stamp(withoutExtra({ ...current, status: change.status }, 'status'), context);
      // Choosing a status while a suggestion shows takes its evidence over too: the links stay useful.
      if (entry.suggested && change.status !== 'open') next = { ...next, evidence: entry.evidence.map(stripShown) };
      break;
    case 'confirmSuggestion':
      if (!entry.suggestion) return data;
      next = stamp(withoutExtra({ ...current, status: entry.suggestion.status, evidence: entry.evidence.map(stripShown) }, 'status'), context);
      next = withoutExtra(next, 'evidence');
      break;
    case 'setNotes':
      next = withoutExtra({ ...current }, 'notes');
      if (change.notes.trim() === '') delete next.notes;
      else next.notes = change.notes;
      break;
    case 'addEvidence': {
      const added: Evidence = change.evidence.kind === 'url'
        ? { kind: 'url', url: change.evidence.url, ...(change.evidence.title ? { title: change.evidence.title } : {}) }
        : { kind: 'document', path: change.evidence.path, ...(change.evidence.title ? { title: change.evidence.title } : {}) };
      next = withoutExtra({ ...current, evidence: [...current.evidence, added] }, 'evidence');
      break;
    }
    case 'removeEvidence': {
      // The view shows the saved evidence first, then (while suggested) the suggestion's.
      if (change.index >= current.evidence.length) return data; // out of range, or a suggestion: not the reviewer's to remove
      next = withoutExtra({ ...current, evidence: current.evidence.filter((_, i) => i !== change.index) }, 'evidence');
      break;
    }
  }
  return { ...data, items: { ...data.items, [change.id]: next } };
}

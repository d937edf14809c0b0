/**
 * One open checklist, without VS Code: the contract's facts, the checklist file as loaded (the base
 * of a three-way merge), the reviewer's edits on top of it, and what each message from the webview
 * asks the panel to do. The panel (`panel.ts`) does the reading, writing and navigating; everything
 * here is testable with mocha alone (test/extension/checklist*.test.ts).
 *
 * The core is passed in (the extension loads it lazily through `coreLoader`), and only its types
 * are imported here, so this module adds nothing to `dist/extension.js`.
 */
import type * as ChecklistCoreModule from '../../core/checklist';
import type { ChecklistFileData, ChecklistModel, ContractFacts, Evidence, ExtensionMessage, LoadedVersion, QuestionId, WebviewMessage } from '../../core/checklist';
import type { InkooplintConfig } from '../../core/config/config';
import type { AnnexFileInput, LinkedDeclaration } from '../../core/contractEngine';
import type { Language } from '../../core/finding';

export type ChecklistCore = typeof ChecklistCoreModule;

/** What the panel read: the contract (as the checklist names it: a bare file name beside it). */
export interface ContractSource {
  contractText: string;
  /** The contract's file name relative to the checklist file (they sit side by side: the bare name). */
  contractFile: string;
  config?: InkooplintConfig;
  annexFiles?: readonly AnnexFileInput[];
  linkedDeclarations?: readonly LinkedDeclaration[];
}

/** Unsaved edits, kept (in `workspaceState`) across a closed panel or a window reload. */
export interface PersistedEdits {
  format: 1;
  /** The checklist file's text the edits were made on (undefined: there was no file). */
  baseText: string | undefined;
  data: ChecklistFileData;
}

/** Where an `openEvidence` message leads, after the checks. */
export type EvidenceTarget =
  | { kind: 'contract'; file: string; line: number; offset?: number }
  | { kind: 'document'; workspacePath: string }
  | { kind: 'url'; url: string };

/** What the panel does for a message, after it passed `validateWebviewMessage`. */
export type SessionAction =
  | { kind: 'none' }
  /** The data changed: post `load` again and keep the edits. */
  | { kind: 'changed' }
  | { kind: 'ready' }
  | { kind: 'rendered' }
  | { kind: 'reviewer'; name: string }
  | { kind: 'save' }
  | { kind: 'reload' }
  | { kind: 'merge' }
  | { kind: 'export'; format: 'markdown' | 'html' | 'docx' }
  | { kind: 'open'; target: EvidenceTarget }
  | { kind: 'invalid'; error: string };

export type SaveOutcome =
  | { saved: true; text: string }
  | { saved: false; state: 'changed' | 'deleted' | 'created'; conflicts: string[] };

export class ChecklistSession {
  /** The text of the checklist file when it was loaded (or last saved); the merge base. */
  private loadedText: string | undefined;
  private base: ChecklistFileData;
  /** The data with the reviewer's edits. */
  data: ChecklistFileData;
  dirty = false;
  model!: ChecklistModel;
  private facts!: ContractFacts;
  private source!: ContractSource;
  /** The question ids a merge could not reconcile, or the text on disk that differs, until resolved. */
  conflict: { state: 'changed' | 'deleted' | 'created'; conflicts: string[] } | undefined;

  constructor(
    private readonly core: ChecklistCore,
    /** The checklist file's name as the model shows it (the bare name beside the contract). */
    readonly checklistName: string,
    public language: Language,
    /** The checklist's folder relative to its workspace folder (`/`-separated, "" for the root), or undefined outside a workspace. */
    readonly baseFolder: string | undefined,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    this.base = core.emptyChecklistFile();
    this.data = this.base;
  }

  /**
   * Opens (or re-opens) from the contract and the checklist file's text on disk. With `restored`
   * edits from an earlier panel, those edits come back (dirty); if the file changed on disk since
   * they were made, `conflict` says so and nothing is written until the reviewer chooses.
   */
  open(source: ContractSource, diskText: string | undefined, restored?: PersistedEdits): void {
    this.source = source;
    const opened = this.core.openChecklist({
      contractText: source.contractText,
      contractFile: source.contractFile,
      ...(diskText !== undefined ? { checklistText: diskText } : {}),
      ...(source.config ? { config: source.config } : {}),
      ...(source.annexFiles ? { annexFiles: source.annexFiles } : {}),
      ...(source.linkedDeclarations ? { linkedDeclarations: source.linkedDeclarations } : {}),
    });
    this.facts = this.core.contractFacts(opened.lint, {
      file: source.contractFile,
      ...(source.config ? { config: source.config } : {}),
      ...(source.linkedDeclarations ? { linkedDeclarations: source.linkedDeclarations } : {}),
    });
    if (restored && restored.format === 1) {
      this.loadedText = restored.baseText;
      this.base = restored.baseText === undefined ? this.emptyFile() : this.core.parseChecklistFile(restored.baseText).data;
      this.data = restored.data;
      this.dirty = true;
      const state = this.core.diskState(this.loadedVersion(), diskText);
      this.conflict = undefined;
      if (state !== 'unchanged') this.noteDiskChange(diskText);
      this.model = this.build();
      return;
    }
    this.loadedText = diskText;
    this.base = opened.file.data;
    this.data = opened.file.data;
    this.dirty = false;
    this.conflict = undefined;
    this.model = opened.model;
  }

  /** Re-lints after the contract changed (its text in the editor), keeping the edits. */
  refreshContract(source: ContractSource): void {
    const opened = this.core.openChecklist({
      contractText: source.contractText,
      contractFile: source.contractFile,
      ...(source.config ? { config: source.config } : {}),
      ...(source.annexFiles ? { annexFiles: source.annexFiles } : {}),
    });
    this.source = source;
    this.facts = this.core.contractFacts(opened.lint, { file: source.contractFile, ...(source.config ? { config: source.config } : {}), ...(source.linkedDeclarations ? { linkedDeclarations: source.linkedDeclarations } : {}) });
    this.model = this.build();
  }

  private emptyFile(): ChecklistFileData {
    return this.core.emptyChecklistFile(this.source.contractFile, this.facts?.profile);
  }

  private build(): ChecklistModel {
    const problems = this.loadedText === undefined ? [] : this.core.parseChecklistFile(this.loadedText).problems;
    return this.core.buildChecklist({ facts: this.facts, file: this.data, checklistFile: this.checklistName, fileProblems: problems });
  }

  loadedVersion(): LoadedVersion {
    return this.core.versionOf(this.loadedText);
  }

  /** The edits to keep while unsaved, or undefined when there are none. */
  persisted(): PersistedEdits | undefined {
    return this.dirty ? { format: 1, baseText: this.loadedText, data: this.data } : undefined;
  }

  /** The `load` message for the webview. */
  loadMessage(reviewer?: string): ExtensionMessage {
    return {
      type: 'load',
      view: this.core.checklistView(this.model, this.language),
      dirty: this.dirty,
      ...(reviewer ? { reviewer } : {}),
      ...(this.baseFolder !== undefined ? { baseFolder: this.baseFolder } : {}),
    };
  }

  /** The conflict message, while the file on disk differs from what the edits were made on. */
  conflictMessage(): ExtensionMessage | undefined {
    return this.conflict ? { type: 'conflict', file: this.checklistName, conflicts: this.conflict.conflicts as QuestionId[] } : undefined;
  }

  /**
   * Checks a message from the webview (shape and values, paths inside the workspace) and applies
   * an edit; what needs the outside world comes back as an action for the panel.
   */
  handle(raw: unknown, reviewer?: string): SessionAction {
    const checked = this.core.validateWebviewMessage(raw, this.baseFolder !== undefined ? { baseFolder: this.baseFolder } : {});
    if (!checked.ok) return { kind: 'invalid', error: checked.error };
    const message: WebviewMessage = checked.message;
    switch (message.type) {
      case 'ready':
        return { kind: 'ready' };
      case 'rendered':
        return { kind: 'rendered' };
      case 'setReviewer':
        return { kind: 'reviewer', name: message.name.trim() };
      case 'save':
        return { kind: 'save' };
      case 'reload':
        return { kind: 'reload' };
      case 'merge':
        return { kind: 'merge' };
      case 'export':
        return { kind: 'export', format: message.format };
      case 'openEvidence': {
        const target = this.evidenceTarget(message.id, message.index);
        return target ? { kind: 'open', target } : { kind: 'invalid', error: 'no evidence to open at that index' };
      }
      default: {
        const next = this.core.applyChange(this.data, message, { model: this.model, now: this.now(), ...(reviewer ? { reviewer } : {}) });
        if (next === this.data) return { kind: 'none' };
        this.data = next;
        this.dirty = true;
        this.model = this.build();
        return { kind: 'changed' };
      }
    }
  }

  /** The evidence an index names, in the model the view showed, checked once more. */
  evidenceTarget(id: string, index: number): EvidenceTarget | undefined {
    const entry = this.model.entries.find((candidate) => candidate.question.id === id);
    const evidence: Evidence | undefined = entry?.evidence[index];
    if (!evidence) return undefined;
    switch (evidence.kind) {
      case 'contract': {
        // Contract files are relative to the checklist; they must stay inside the workspace too.
        const inside = this.core.workspaceRelativePath(evidence.file, this.baseFolder ?? '');
        if (inside === undefined) return undefined;
        return { kind: 'contract', file: evidence.file, line: evidence.line, ...(evidence.offset ? { offset: evidence.offset[0] } : {}) };
      }
      case 'document': {
        if (this.baseFolder === undefined) return undefined;
        const workspacePath = this.core.workspaceRelativePath(evidence.path, this.baseFolder);
        return workspacePath === undefined ? undefined : { kind: 'document', workspacePath };
      }
      case 'url':
        return this.core.isSafeUrl(evidence.url) ? { kind: 'url', url: evidence.url } : undefined;
      case 'conditions':
        return undefined;
    }
  }

  /** The text to write: the loaded text updated in place, so that a diff shows only what changed. */
  textToSave(): string {
    return this.core.serializeChecklistFile(this.data, this.core.QUESTION_IDS, this.loadedText);
  }

  /**
   * Whether saving is safe given the text on disk now; when it is not, `conflict` is set (with the
   * questions both sides changed) and nothing may be written.
   */
  checkDisk(diskText: string | undefined): SaveOutcome | undefined {
    const state = this.core.diskState(this.loadedVersion(), diskText);
    if (state === 'unchanged') return undefined;
    this.noteDiskChange(diskText);
    return { saved: false, state: this.conflict!.state, conflicts: this.conflict!.conflicts };
  }

  /** The file on disk differs from the loaded version: record it with what a merge could not settle. */
  noteDiskChange(diskText: string | undefined): void {
    const state = this.core.diskState(this.loadedVersion(), diskText);
    if (state === 'unchanged') {
      this.conflict = undefined;
      return;
    }
    const theirs = diskText === undefined ? this.core.emptyChecklistFile() : this.core.parseChecklistFile(diskText).data;
    const conflicts = this.core.mergeChecklistFiles(this.base, this.data, theirs).conflicts.map((conflict) => conflict.id);
    this.conflict = { state, conflicts };
  }

  /** After a successful write of `text`. */
  markSaved(text: string): void {
    this.loadedText = text;
    this.base = this.core.parseChecklistFile(text).data;
    this.dirty = false;
    this.conflict = undefined;
    this.model = this.build();
  }

  /** Drops the edits and takes what is on disk. */
  reload(diskText: string | undefined): void {
    this.loadedText = diskText;
    this.base = diskText === undefined ? this.emptyFile() : this.core.parseChecklistFile(diskText).data;
    this.data = this.base;
    this.dirty = false;
    this.conflict = undefined;
    this.model = this.build();
  }

  /**
   * Merges the edits with what is on disk (three-way, per question, from the loaded version). The
   * result is unsaved: the reviewer checks it and saves. Returns the questions where the disk's
   * answer was kept over the reviewer's.
   */
  merge(diskText: string | undefined): string[] {
    const theirs = diskText === undefined ? this.emptyFile() : this.core.parseChecklistFile(diskText).data;
    const result = this.core.mergeChecklistFiles(this.base, this.data, theirs);
    this.loadedText = diskText;
    this.base = theirs;
    this.data = result.merged;
    this.dirty = true;
    this.conflict = undefined;
    this.model = this.build();
    return result.conflicts.map((conflict) => conflict.id);
  }

  /** Whether a change on disk (seen by the file watcher) matters: not our own write, not the same text. */
  differsFromLoaded(diskText: string | undefined): boolean {
    return this.core.diskState(this.loadedVersion(), diskText) !== 'unchanged';
  }

  report(format: 'markdown' | 'html', date: string, toolVersion?: string): string {
    const options = { language: this.language, date, ...(toolVersion ? { toolVersion } : {}) };
    return format === 'markdown' ? this.core.renderChecklistMarkdown(this.model, options) : this.core.renderChecklistHtml(this.model, options);
  }
}

/** `acme.overeenkomst.md` → `acme.checklist.md` / `.html` / `.docx`: the reports beside the checklist file. */
export function reportFileName(checklistName: string, format: 'markdown' | 'html' | 'docx'): string {
  return checklistName.replace(/\.checklist\.yaml$/, format === 'markdown' ? '.checklist.md' : format === 'html' ? '.checklist.html' : '.checklist.docx');
}

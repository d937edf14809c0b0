/**
 * The supplier transparency checklist: questions from the clause catalog and for the supplier,
 * pre-filled from the contract lint, saved as `<name>.checklist.yaml`, reported in Markdown and
 * HTML, and shown in a webview through the messages of `messages.ts`. Pure: the front doors read
 * and write the files (`src/node/` for atomic saving).
 */
export * from './questions';
export * from './file';
export * from './prefill';
export * from './model';
export * from './edits';
export * from './conflict';
export * from './messages';
export * from './view';
export { escapeHtml, escapeMarkdown } from './escape';
export { renderChecklistHtml, BUCKET_COLOURS, type ReportOptions } from './renderHtml';
export { renderChecklistMarkdown } from './renderMarkdown';

export { openChecklist, type OpenChecklistInput, type OpenedChecklist } from './open';
export { buildChecklistOutputs, type ChecklistBuild } from './bench';
/** For measurements: forget what is remembered across lints, so that the next open runs cold. */
export { clearContractCaches } from '../contract/coverage';

/**
 * The desktop's atomic saving of checklist files and reports (temp file, fsync, rename), from
 * `src/node`. Built on its own into `dist/checklist-node.js` (scripts/build.mjs) and loaded by
 * `io.ts` only in a Node extension host for `file:` URIs, so that the web build never sees `node:fs`.
 */
export { readTextIfExists, saveChecklistText } from '../../node/checklistStore';
export { writeFileAtomicSync } from '../../node/atomicWrite';

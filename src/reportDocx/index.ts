/**
 * The reports as Word documents (.docx), with the `docx` package. Built on its own into
 * `dist/report-docx.js` (scripts/build.mjs) and loaded only when someone asks for Word: the CLI's
 * plain lint and the extension's activation never load `docx`, and the web build never contains it.
 */
export { renderChecklistDocx } from './checklist';
export { renderOverviewDocx } from './overview';

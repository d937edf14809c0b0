/**
 * The desktop build's `dist/core.js`: everything in `coreApi.ts`, plus the Word (.docx) reader from
 * `src/node/docx` (fflate, saxes, Node's Buffer). It rides in the core file because that file is
 * already loaded lazily (on the first lint or a Word command, never in `activate()`), and a file
 * of its own would have to carry a second copy of the core that `lintDocxBytes` lints with. The
 * web build bundles `coreApi.ts` alone: there `docx` is absent and the Word commands say so.
 */
export * from './coreApi';
export * as docx from '../node/docx';

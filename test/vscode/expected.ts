// What the extension should report, from the core itself (src/core, bundled into the suite): the
// extension is a front door to the same engine, so its diagnostics must be the core's findings.
import { lintContract, lintDeclaration } from '../../src/core';
import type { ExpectedFinding } from './helpers';

export function declarationFindings(text: string, fileName: string): ExpectedFinding[] {
  return lintDeclaration(text, { fileName }).findings;
}

export function contractFindings(text: string, fileName: string): ExpectedFinding[] {
  return lintContract(text, { fileName }).findings;
}

/**
 * The Word renderers (src/reportDocx, the `docx` package) from their own bundle `dist/report-docx.js`,
 * loaded on the first Word export only, so that activation stays light. Only a desktop extension
 * host (Node, a `file:` extension folder) can load it; VS Code for the Web has no Word export, and
 * its bundle never contains `docx`.
 */
import * as vscode from 'vscode';
import type * as ReportDocx from '../reportDocx';

export type ReportDocxModule = typeof ReportDocx;

let loaded: ReportDocxModule | null | undefined;

/** Whether this extension host can write Word documents (without loading the bundle yet). */
export function canWriteDocx(extensionUri: vscode.Uri): boolean {
  return typeof process === 'object' && typeof process.versions?.node === 'string' && typeof require === 'function' && extensionUri.scheme === 'file';
}

export function loadReportDocx(extensionUri: vscode.Uri): ReportDocxModule | undefined {
  if (loaded !== undefined) return loaded ?? undefined;
  loaded = null;
  if (canWriteDocx(extensionUri)) {
    try {
      // Not a literal: bundlers leave this require alone, and only the desktop resolves it.
      const file = vscode.Uri.joinPath(extensionUri, 'dist', 'report-docx.js').fsPath;
      loaded = require(file) as ReportDocxModule;
    } catch (error) {
      console.error('inkooplint: the Word export could not be loaded', error);
    }
  }
  return loaded ?? undefined;
}

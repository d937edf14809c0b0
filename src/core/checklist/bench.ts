/**
 * What the "open checklist" command computes between reading the files and posting to the
 * webview, in one call, for `scripts/bench.mjs --checklist` to time: lint the contract (unless a
 * lint result is given, as the extension's diagnostics have one), build the model, the webview's
 * view in one language, and the HTML report.
 */
import type { Language } from '../finding';
import type { ContractLintResult } from '../contractEngine';
import { openChecklist } from './open';
import { renderChecklistHtml } from './renderHtml';
import { checklistView, type ChecklistView } from './view';
import type { ChecklistModel } from './model';

export interface ChecklistBuild {
  model: ChecklistModel;
  view: ChecklistView;
  html: string;
}

export function buildChecklistOutputs(input: { contractText: string; contractFile: string; checklistText?: string; language?: Language; lint?: ContractLintResult; date?: string }): ChecklistBuild {
  const language = input.language ?? 'nl';
  const { model } = openChecklist({
    contractText: input.contractText,
    contractFile: input.contractFile,
    ...(input.checklistText !== undefined ? { checklistText: input.checklistText } : {}),
    ...(input.lint ? { lint: input.lint } : {}),
  });
  const view = checklistView(model, language);
  const html = renderChecklistHtml(model, { language, date: input.date ?? '2026-01-01' });
  return { model, view, html };
}

/**
 * The extension's entry point, for the desktop (`dist/extension.js`) and the web
 * (`dist/web/extension.js`) alike. `activate()` only registers listeners and providers; the core
 * (parsers, rules, catalog) is loaded on the first file that needs linting.
 */
import * as vscode from 'vscode';
import { InkooplintCodeActions } from './codeActions';
import { DeclarationCompletion } from './completion';
import { registerCommands } from './commands';
import { registerChecklist, type ChecklistPanels } from './checklist/panel';
import { ConfigStore } from './configStore';
import { InkooplintHover } from './hover';
import { registerOverview, type OverviewPanels } from './overview/panel';
import { registerRegisterCommands } from './register/commands';
import { documentLanguage, Linter, settings } from './linter';
import { useLanguage } from './l10n';
import { ProblemCountStatus } from './statusBar';
import { registerWordCommands } from './word/wordLoader';

/** Where our diagnostics can appear: code actions and hovers ask only there. */
const SELECTOR: vscode.DocumentSelector = [
  { language: 'markdown' },
  { language: 'yaml' },
  { language: 'json' },
  { language: 'jsonc' },
  { pattern: '**/*.{overeenkomst,contract}.md' },
  { pattern: '**/*.{algoritme,algorithm}.{yaml,yml,json}' },
];

export interface InkooplintApi {
  linter: Linter;
  /** The supplier transparency checklist panels (for the extension-host tests). */
  checklists: ChecklistPanels;
  /** The algorithm overview panel (for the extension-host tests). */
  overviews: OverviewPanels;
  /** Milliseconds `activate()` took, for the benchmark. */
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): InkooplintApi {
  const started = performance.now();
  useLanguage(documentLanguage(undefined));
  const configs = new ConfigStore((config) => documentLanguage(config));
  const linter = new Linter(context.extensionUri, configs);
  context.subscriptions.push(
    configs,
    linter,
    new ProblemCountStatus(linter),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new InkooplintCodeActions(linter), InkooplintCodeActions.metadata),
    vscode.languages.registerHoverProvider(SELECTOR, new InkooplintHover(linter)),
    vscode.languages.registerCompletionItemProvider([{ language: 'yaml' }], new DeclarationCompletion(linter), ' ', ':'),
  );
  registerCommands(context, linter);
  const checklists = registerChecklist(context, linter);
  const overviews = registerOverview(context, linter);
  registerRegisterCommands(context, linter);
  registerWordCommands(context, { extensionUri: context.extensionUri, configs, languageFor: documentLanguage });
  // Lint what is open, then the rest of the workspace, after activation has returned.
  setTimeout(() => {
    // The link index is built in the background; lints wait a moment for it, the workspace lint until it is done.
    if (settings().enable) linter.links.ensureBuilt().catch((error: unknown) => console.error('inkooplint: link index failed', error));
    for (const document of vscode.workspace.textDocuments) linter.request(document, 'open');
    // A command that activated the extension may have started a workspace lint already: not again.
    if (settings().enable && !linter.workspaceLintRunning) linter.lintWorkspace().catch((error: unknown) => console.error('inkooplint: workspace lint failed', error));
  }, 0);
  return { linter, checklists, overviews, activationMs: Math.round((performance.now() - started) * 100) / 100 };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

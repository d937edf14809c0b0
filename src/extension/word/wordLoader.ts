/**
 * Registers the Word commands in `activate()` without loading them: the first call loads
 * `./wordCommands` (in the desktop build the separate file `dist/word.js`, see scripts/build.mjs;
 * in the web build bundled in, evaluated only then), which loads the core with its Word reader.
 */
import * as vscode from 'vscode';
import type * as WordModule from './wordCommands';
import { WORD_COMMANDS, WORD_PREVIEW_VIEW_TYPE } from './ids';
import type { ImportOptions, WordCommands, WordHost } from './wordCommands';

let commands: WordCommands | undefined;

function importOptions(value: unknown): ImportOptions {
  // The explorer passes the selected files as the second argument: only a plain options object counts.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const overwrite = (value as { overwrite?: unknown }).overwrite;
  return typeof overwrite === 'boolean' ? { overwrite } : {};
}

export function registerWordCommands(context: vscode.ExtensionContext, host: WordHost): void {
  const load = (): WordCommands => {
    if (!commands) {
      const module = require('./wordCommands') as typeof WordModule;
      commands = new module.WordCommands(host);
      context.subscriptions.push(commands);
    }
    return commands;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(WORD_COMMANDS.import, (uri?: unknown, options?: unknown) => load().importWord(uri, importOptions(options))),
    vscode.commands.registerCommand(WORD_COMMANDS.preview, (uri?: unknown) => load().preview(uri)),
  );
  // A preview open when the window reloads comes back (package.json: onWebviewPanel:inkooplint.wordPreview).
  if (typeof vscode.window.registerWebviewPanelSerializer === 'function') {
    context.subscriptions.push(
      vscode.window.registerWebviewPanelSerializer(WORD_PREVIEW_VIEW_TYPE, { deserializeWebviewPanel: async (panel, state) => void (await load().restorePreview(panel, state)) }),
    );
  }
}

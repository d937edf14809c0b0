/**
 * Register import and export in VS Code, on the core's `importRegister` / `exportRegister` (the
 * same calls as `inkooplint import` / `inkooplint export`). Files are read and written through
 * `vscode.workspace.fs`. The import never overwrites a file that existed before the run; the export
 * refuses as a whole while any declaration has structure or field errors, and says which.
 * Both take optional URIs, so that tests (and other commands) can skip the pickers.
 */
import * as vscode from 'vscode';
import type { Language } from '../../core/finding';
import { loadCore } from '../coreLoader';
import { documentLanguage, type Linter } from '../linter';
import { t, useLanguage } from '../l10n';
import { uriExists } from '../uriExists';
import { basenameOf } from '../logic/paths';
import { collectWorkspace } from '../overview/collect';
import { isPlainFileName, planImport } from './plan';

export const REGISTER_COMMANDS = {
  importRegister: 'inkooplint.importRegister',
  exportRegister: 'inkooplint.exportRegister',
} as const;

export interface ImportSummary {
  source: vscode.Uri;
  folder: vscode.Uri;
  written: vscode.Uri[];
  skipped: Array<{ file: string | undefined; number: number; reason: 'exists' | 'not-a-record' }>;
  changes: number;
  renamed: number;
  /** The full report, as shown in the output channel. */
  report: string[];
  /** Set when nothing could be imported (not JSON, no records, not readable). */
  error?: string;
}

export interface ExportSummary {
  target?: vscode.Uri;
  exported: number;
  /** Declarations held back by structure or field errors: `file` and the messages. */
  blocked: Array<{ file: string; name: string | undefined; messages: string[] }>;
  report: string[];
}

export interface RegisterCommandOptions {
  /** Open the first imported file (default true). */
  open?: boolean;
  /** Export: replace an existing file without asking (true) or never (false). Default: ask. */
  overwrite?: boolean;
}

let channel: vscode.OutputChannel | undefined;

function output(context: vscode.ExtensionContext): vscode.OutputChannel {
  if (!channel) {
    channel = vscode.window.createOutputChannel('Inkooplint Register');
    context.subscriptions.push(channel, { dispose: () => (channel = undefined) });
  }
  return channel;
}

export function registerRegisterCommands(context: vscode.ExtensionContext, linter: Linter): void {
  const uiLanguage = async (): Promise<Language> => {
    const language = documentLanguage((await linter.configs.forWorkspace()).config);
    useLanguage(language);
    return language;
  };

  const showReport = (lines: string[]): void => {
    const out = output(context);
    out.appendLine(`--- ${new Date().toISOString()}`);
    for (const line of lines) out.appendLine(line);
  };

  context.subscriptions.push(vscode.commands.registerCommand(REGISTER_COMMANDS.importRegister, async (sourceArg?: unknown, folderArg?: unknown, options?: RegisterCommandOptions): Promise<ImportSummary | undefined> => {
    const language = await uiLanguage();
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    let source = sourceArg instanceof vscode.Uri ? sourceArg : undefined;
    if (!source) {
      const picked = await vscode.window.showOpenDialog({
        canSelectFiles: true,
        canSelectFolders: false,
        canSelectMany: false,
        filters: { JSON: ['json'] },
        openLabel: t('Import'),
        title: t('Register JSON to import'),
        ...(root ? { defaultUri: root } : {}),
      });
      source = picked?.[0];
      if (!source) return undefined;
    }
    let folder = folderArg instanceof vscode.Uri ? folderArg : undefined;
    if (!folder) {
      const picked = await vscode.window.showOpenDialog({
        canSelectFiles: false,
        canSelectFolders: true,
        canSelectMany: false,
        openLabel: t('Import here'),
        title: t('Folder for the imported declarations'),
        ...(root ? { defaultUri: root } : {}),
      });
      folder = picked?.[0];
      if (!folder) return undefined;
    }
    const core = loadCore();
    const summary: ImportSummary = { source, folder, written: [], skipped: [], changes: 0, renamed: 0, report: [] };
    const fail = (message: string): ImportSummary => {
      summary.error = message;
      summary.report.push(message);
      showReport(summary.report);
      void vscode.window.showErrorMessage(message);
      return summary;
    };
    let bytes: Uint8Array;
    try {
      const stat = await vscode.workspace.fs.stat(source);
      if (stat.size > core.MAX_JSON_BYTES) return fail(t('Inkooplint: {0} is too large to import.', basenameOf(source.path)));
      bytes = await vscode.workspace.fs.readFile(source);
    } catch {
      return fail(t('Inkooplint: {0} could not be read.', basenameOf(source.path)));
    }
    const decoded = core.decodeText(bytes);
    if (!decoded.ok) return fail(core.localizeIn(language, 'register-import.not-json', { path: basenameOf(source.path), detail: 'UTF-8' }));
    const result = core.register.importRegister(decoded.text);
    const existing = new Set<string>();
    await Promise.all(result.records.map(async (record) => {
      if (!isPlainFileName(record.fileName) || (await uriExists(vscode.Uri.joinPath(folder, record.fileName)))) existing.add(record.fileName);
    }));
    const plan = planImport(result, {
      language,
      sourceName: basenameOf(source.path),
      existing,
      localizeIn: core.localizeIn,
      texts: { exists: (file, number, name) => t('{0} already exists and was not overwritten (record {1}: {2}).', file, number, name) },
    });
    if (plan.error) {
      return fail(plan.error.kind === 'not-json'
        ? core.localizeIn(language, 'register-import.not-json', { path: basenameOf(source.path), detail: plan.error.detail ?? '' })
        : core.localizeIn(language, 'register-import.not-records', { path: basenameOf(source.path) }));
    }
    summary.report.push(t('Import of {0} into {1}', vscode.workspace.asRelativePath(source), vscode.workspace.asRelativePath(folder)));
    if (plan.writes.length > 0) await vscode.workspace.fs.createDirectory(folder);
    for (const write of plan.writes) {
      const target = vscode.Uri.joinPath(folder, write.fileName);
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(core.register.declarationYaml(write.record.record, write.comment)));
      summary.written.push(target);
      summary.report.push(...write.lines);
    }
    for (const skip of plan.skips) {
      summary.skipped.push({ file: skip.fileName, number: skip.number, reason: skip.reason });
      summary.report.push(skip.line);
    }
    summary.changes = plan.changes;
    summary.renamed = plan.renamed;
    summary.report.push(core.localizeIn(language, 'register-import.summary', { written: summary.written.length, skipped: summary.skipped.length, changes: plan.changes }));
    showReport(summary.report);
    const message = t('Inkooplint: {0} declarations imported, {1} skipped; {2} values normalised and {3} files renamed (see the report).', summary.written.length, summary.skipped.length, plan.changes, plan.renamed);
    const showTheReport = t('Show report');
    const shown = summary.skipped.length > 0 ? vscode.window.showWarningMessage(message, showTheReport) : vscode.window.showInformationMessage(message, showTheReport);
    void shown.then((answer) => {
      if (answer === showTheReport) output(context).show(true);
    });
    if (summary.written.length > 0 && options?.open !== false) {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(summary.written[0]), { preview: false });
    }
    return summary;
  }));

  context.subscriptions.push(vscode.commands.registerCommand(REGISTER_COMMANDS.exportRegister, async (targetArg?: unknown, options?: RegisterCommandOptions): Promise<ExportSummary | undefined> => {
    const language = await uiLanguage();
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!root) {
      void vscode.window.showInformationMessage(t('Inkooplint: open a folder with algorithm declarations first.'));
      return undefined;
    }
    const core = loadCore();
    const collected = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: t('Inkooplint: checking the declarations for the register'), cancellable: false },
      () => collectWorkspace(linter),
    );
    if (collected.declarations.length === 0) {
      void vscode.window.showInformationMessage(t('Inkooplint: the workspace has no algorithm declarations.'));
      return undefined;
    }
    const readable = collected.declarations.filter((declaration) => declaration.text !== undefined).map((declaration) => ({ path: declaration.path, text: declaration.text as string, findings: declaration.findings }));
    const result = core.register.exportRegister(readable);
    const summary: ExportSummary = { exported: result.records.length, blocked: [], report: [] };
    for (const declaration of collected.declarations) {
      if (declaration.text === undefined) summary.blocked.push({ file: declaration.path, name: undefined, messages: declaration.findings.filter((f) => f.severity === 'error').map((f) => f.message[language]) });
    }
    for (const blocked of result.blocked) {
      summary.blocked.push({ file: blocked.file, name: blocked.name, messages: blocked.findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message[language]} (${f.ruleId})`) });
    }
    if (summary.blocked.length > 0) {
      summary.report.push(t('Nothing was exported: these declarations have errors in their structure or fields. Fix them first.'));
      for (const blocked of summary.blocked) {
        summary.report.push(`${blocked.file}${blocked.name ? ` (${blocked.name})` : ''}`);
        for (const line of blocked.messages) summary.report.push(`  ${line}`);
      }
      showReport(summary.report);
      const files = [...new Set(summary.blocked.map((blocked) => blocked.file))];
      const showTheReport = t('Show report');
      void vscode.window.showErrorMessage(t('Inkooplint: the register export was refused. Declarations with errors in their structure or fields: {0}.', files.join(', ')), showTheReport).then((answer) => {
        if (answer === showTheReport) output(context).show(true);
      });
      return summary;
    }
    let target = targetArg instanceof vscode.Uri ? targetArg : undefined;
    let fromDialog = false;
    if (!target) {
      target = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(root, 'register.json'), filters: { JSON: ['json'] }, saveLabel: t('Export'), title: t('Export the register JSON') });
      if (!target) return summary;
      fromDialog = true;
    }
    if (await uriExists(target)) {
      if (options?.overwrite === false) return summary;
      if (!fromDialog && options?.overwrite !== true) {
        const replace = t('Replace');
        const answer = await vscode.window.showWarningMessage(t('{0} already exists. Replace it?', basenameOf(target.path)), { modal: true }, replace);
        if (answer !== replace) return summary;
      }
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(core.register.registerJson(result.records)));
    summary.target = target;
    summary.report.push(core.localizeIn(language, 'register-export.written', { count: result.records.length, path: vscode.workspace.asRelativePath(target), categories: core.register.DEFAULT_EXPORT_CATEGORIES.join(', ') }));
    if (result.notSelected > 0) summary.report.push(core.localizeIn(language, 'register-export.not-selected', { count: result.notSelected }));
    showReport(summary.report);
    void vscode.window.showInformationMessage(summary.report.join(' '));
    return summary;
  }));
}

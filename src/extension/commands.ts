/** The palette commands. Each returns something a test can check. */
import * as vscode from 'vscode';
import { fixAllInDocument } from './codeActions';
import { loadCore } from './coreLoader';
import { ruleMeta } from './hover';
import { documentLanguage, type Linter, type WorkspaceLintSummary } from './linter';
import { t, useLanguage } from './l10n';
import { basenameOf, freeName } from './logic/paths';
import { kindByName } from './logic/classify';
import { rangeContains } from './logic/diagnosticData';
import { relativePath, replacementFor, splitKey } from './logic/linkGraph';
import { keyOfUri } from './links/linkIndex';
import type { Language } from '../core/finding';

export const COMMANDS = {
  lintWorkspace: 'inkooplint.lintWorkspace',
  openRuleDocumentation: 'inkooplint.openRuleDocumentation',
  newContract: 'inkooplint.newContract',
  newDeclaration: 'inkooplint.newDeclaration',
  fixAll: 'inkooplint.fixAll',
  showProblems: 'inkooplint.showProblems',
  openExample: 'inkooplint.openExample',
  pickLinkTarget: 'inkooplint.pickLinkTarget',
} as const;

/** The example the walkthrough opens, per kind: a copy in an untitled editor, so the installed extension is never edited. */
const EXAMPLES = {
  contract: { file: 'examples/routeplanning.overeenkomst.md', name: { nl: 'voorbeeld.overeenkomst.md', en: 'example.contract.md' } },
  declaration: { file: 'examples/vacaturematching.algoritme.yaml', name: { nl: 'voorbeeld.algoritme.yaml', en: 'example.algorithm.yaml' } },
} as const;

export function registerCommands(context: vscode.ExtensionContext, linter: Linter): void {
  const uiLanguage = async (): Promise<Language> => {
    const language = documentLanguage((await linter.configs.forWorkspace()).config);
    useLanguage(language);
    return language;
  };

  const register = (id: string, run: (...args: never[]) => unknown): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, run as (...args: unknown[]) => unknown));
  };

  register(COMMANDS.lintWorkspace, async (): Promise<WorkspaceLintSummary> => {
    await uiLanguage();
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: t('Inkooplint: linting the workspace'), cancellable: false },
      () => linter.lintWorkspace(),
    );
    void vscode.window.showInformationMessage(t('Inkooplint: {0} files checked, {1} problems.', summary.files, summary.problems));
    return summary;
  });

  register(COMMANDS.openRuleDocumentation, async (ruleId?: string): Promise<vscode.Uri | undefined> => {
    await uiLanguage();
    let meta = typeof ruleId === 'string' ? ruleMeta(ruleId) : undefined;
    if (!meta) {
      const language = await uiLanguage();
      const picked = await vscode.window.showQuickPick(
        loadCore().allRuleMetas().map((rule) => ({ label: rule.id, description: rule.alias, detail: rule.description[language] })),
        { placeHolder: t('Which rule?'), matchOnDescription: true, matchOnDetail: true },
      );
      meta = picked ? ruleMeta(picked.label) : undefined;
    }
    if (!meta) return undefined;
    const uri = linter.docUri(`docs/rules/${meta.id}.md`);
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch {
      await vscode.window.showTextDocument(uri, { preview: true });
    }
    return uri;
  });

  const newFromSkeleton = async (kind: 'contract' | 'declaration'): Promise<vscode.Uri> => {
    const language = await uiLanguage();
    const names = kind === 'contract' ? { nl: ['nieuw', '.overeenkomst.md'], en: ['new', '.contract.md'] } : { nl: ['nieuw', '.algoritme.yaml'], en: ['new', '.algorithm.yaml'] };
    const [stem, suffix] = names[language];
    const editor = await openUntitled(await untitledName(stem, suffix), kind === 'contract' ? 'markdown' : 'yaml');
    await editor.insertSnippet(new vscode.SnippetString(loadCore().skeletonSnippet(kind, language)), new vscode.Position(0, 0));
    return editor.document.uri;
  };
  register(COMMANDS.newContract, () => newFromSkeleton('contract'));
  register(COMMANDS.newDeclaration, () => newFromSkeleton('declaration'));

  register(COMMANDS.openExample, async (kind?: 'contract' | 'declaration'): Promise<vscode.Uri> => {
    const language = await uiLanguage();
    const example = EXAMPLES[kind === 'declaration' ? 'declaration' : 'contract'];
    const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, ...example.file.split('/'))));
    const name = example.name[language];
    const editor = await openUntitled(await untitledName(name.slice(0, name.indexOf('.')), name.slice(name.indexOf('.'))), kind === 'declaration' ? 'yaml' : 'markdown');
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), text));
    await linter.lintDocument(editor.document);
    return editor.document.uri;
  });

  register(COMMANDS.fixAll, async (): Promise<number> => {
    await uiLanguage();
    const editor = vscode.window.activeTextEditor;
    if (!editor) return 0;
    const fixed = await fixAllInDocument(linter, editor.document);
    if (fixed === 0) void vscode.window.setStatusBarMessage(t('Inkooplint: nothing to fix automatically.'), 4000);
    return fixed;
  });

  /**
   * The quick fix of `link/broken`: pick a contract (in a declaration) or a declaration (in a
   * contract) of the workspace, and write its path, relative to the file, in place of the broken
   * one. From the palette: the broken link under the cursor, else the file's first.
   */
  register(COMMANDS.pickLinkTarget, async (uri?: vscode.Uri, range?: vscode.Range): Promise<string | undefined> => {
    await uiLanguage();
    const document = uri
      ? vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri))
      : vscode.window.activeTextEditor?.document;
    if (!document) return undefined;
    const result = linter.resultFor(document.uri);
    if (!range) {
      const broken = result?.findings.filter((finding) => finding.ruleId === 'link/broken') ?? [];
      const cursor = vscode.window.activeTextEditor?.document === document ? vscode.window.activeTextEditor.selection.active : undefined;
      const finding = broken.find((candidate) => cursor && rangeContains(candidate.range, cursor)) ?? broken[0];
      if (!finding) {
        void vscode.window.showInformationMessage(t('Inkooplint: no broken link in this file.'));
        return undefined;
      }
      range = new vscode.Range(finding.range.start.line, finding.range.start.character, finding.range.end.line, finding.range.end.character);
    }
    const kind = result?.kind ?? kindByName(basenameOf(document.uri.path));
    if (!kind) return undefined;
    const wanted = kind === 'declaration' ? 'contract' : 'declaration';
    await linter.links.ensureBuilt();
    const from = keyOfUri(document.uri);
    const items = linter.links.graph.filesOf(wanted)
      .filter((key) => key !== from)
      .map((key) => ({ label: basenameOf(splitKey(key).path), description: relativePath(from, key) }))
      .sort((a, b) => a.description.split('../').length - b.description.split('../').length || a.description.localeCompare(b.description));
    if (items.length === 0) {
      void vscode.window.showInformationMessage(wanted === 'contract' ? t('Inkooplint: the workspace has no contracts to link to.') : t('Inkooplint: the workspace has no algorithm declarations to link to.'));
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(items, {
      placeHolder: wanted === 'contract' ? t('Which contract does this algorithm fall under?') : t('Which algorithm declaration does this contract cover?'),
      matchOnDescription: true,
    });
    if (!picked) return undefined;
    const text = document.getText();
    const original = text.slice(document.offsetAt(range.start), document.offsetAt(range.end));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, range, replacementFor(original, picked.description));
    await vscode.workspace.applyEdit(edit);
    return picked.description;
  });

  register(COMMANDS.showProblems, () => vscode.commands.executeCommand('workbench.actions.view.problems'));
}

/** A name for a new untitled file, next to the workspace's files, that no file or open editor has. */
async function untitledName(stem: string, suffix: string): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const taken = new Set(vscode.workspace.textDocuments.map((document) => basenameOf(document.uri.path)));
  if (folder) {
    try {
      for (const [name] of await vscode.workspace.fs.readDirectory(folder)) taken.add(name);
    } catch {
      // An unreadable folder: only the open editors count.
    }
  }
  const name = freeName(stem, suffix, taken);
  return vscode.Uri.from({ scheme: 'untitled', path: folder ? `${folder.path.replace(/\/$/, '')}/${name}` : name });
}

async function openUntitled(uri: vscode.Uri, languageId: string): Promise<vscode.TextEditor> {
  let document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== languageId) document = await vscode.languages.setTextDocumentLanguage(document, languageId);
  return vscode.window.showTextDocument(document);
}

/** A status bar item with the number of Inkooplint problems in the active file; a click opens the Problems panel. */
import * as vscode from 'vscode';
import type { Linter } from './linter';
import { t, useLanguage } from './l10n';
import { countFindings } from './logic/diagnosticData';

export class ProblemCountStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('inkooplint.problems', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly linter: Linter) {
    this.item.name = 'Inkooplint';
    this.item.command = 'inkooplint.showProblems';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      linter.onDidUpdate((uri) => {
        if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.update();
      }),
    );
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const result = document ? this.linter.resultFor(document.uri) : undefined;
    if (!result) {
      this.item.hide();
      return;
    }
    useLanguage(result.language);
    const counts = countFindings(result.findings);
    this.item.text = `$(checklist) ${counts.total}`;
    this.item.tooltip = counts.total === 0
      ? t('Inkooplint: no problems in this file')
      : t('Inkooplint: {0} problems in this file ({1} errors, {2} warnings, {3} notes). Click to open the Problems panel.', counts.total, counts.error, counts.warning, counts.info);
    this.item.accessibilityInformation = { label: typeof this.item.tooltip === 'string' ? this.item.tooltip : '' };
    this.item.show();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

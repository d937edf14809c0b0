// The extension-host test suite's entry point: the standard `run()` that VS Code calls for
// `extensionTestsPath`, under @vscode/test-electron as well as under scripts/vscode-test/run.mjs.
// Built by run.mjs into dist/test-vscode/index.js; the suite files are named *.vscode-test.ts so
// that the unit run (mocha "test/**/*.test.ts") does not pick them up.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runConfig } from './config';

// mocha 12 is ESM-only; with mocha 11 the constructor is the module itself.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mochaModule = require('mocha');
const Mocha = mochaModule.Mocha ?? mochaModule.default ?? mochaModule;

/** The suites of each run. Restricted Mode gets its own window, with a workspace that starts without linted files. */
function loadSuites(mode: 'trusted' | 'untrusted'): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  if (mode === 'untrusted') {
    require('./restricted.vscode-test');
    return;
  }
  require('./commands.vscode-test');
  require('./diagnostics.vscode-test');
  require('./quickFix.vscode-test');
  require('./completion.vscode-test');
  require('./hover.vscode-test');
  require('./language.vscode-test');
  require('./closing.vscode-test');
  require('./checklist.vscode-test');
  require('./overview.vscode-test');
  require('./wordExport.vscode-test');
  require('./word.vscode-test');
  /* eslint-enable @typescript-eslint/no-require-imports */
}

export function run(): Promise<void> {
  const config = runConfig();
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000, slow: 5_000, grep: config.grep });
  // The suites are bundled into this file: give them mocha's globals, then evaluate them.
  mocha.suite.emit('pre-require', globalThis, path.join(__dirname, 'suites'), mocha);
  loadSuites(config.mode);
  console.log(`Inkooplint extension tests (${config.mode} workspace) in VS Code`);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const failed: Array<{ title: string; error: string }> = [];
    const runner = mocha.run((failures: number) => {
      const stats = runner.stats ?? {};
      const results = {
        mode: config.mode,
        passes: stats.passes ?? 0,
        failures,
        pending: stats.pending ?? 0,
        tests: stats.tests ?? 0,
        durationMs: Date.now() - started,
        failed,
      };
      if (config.resultsFile) {
        mkdirSync(path.dirname(config.resultsFile), { recursive: true });
        writeFileSync(config.resultsFile, `${JSON.stringify(results, null, 2)}\n`);
      }
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
    runner.on('fail', (test: { fullTitle(): string }, error: Error) => failed.push({ title: test.fullTitle(), error: String(error?.message ?? error) }));
  });
}

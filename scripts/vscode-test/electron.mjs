// The same extension-host suite under @vscode/test-electron, for a desktop with internet (it
// downloads VS Code 1.100.3 into .vscode-test/). Not a dependency of the project; install it first:
//
//   npm run build && npm install --no-save @vscode/test-electron@^2 && node scripts/vscode-test/electron.mjs
//
// @vscode/test-electron always passes --disable-workspace-trust, so only the trusted suites run
// here; the Restricted Mode suite runs under scripts/vscode-test/run.mjs.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SUITE, SUITE_DIR, buildSuite } from './build-suite.mjs';
import { ROOT } from './setup.mjs';

const require = createRequire(path.join(ROOT, 'package.json'));
let runTests;
try {
  ({ runTests } = require('@vscode/test-electron'));
} catch {
  console.error('@vscode/test-electron is not installed: npm install --no-save @vscode/test-electron@^2');
  process.exit(2);
}

await buildSuite();
const temp = mkdtempSync(path.join(tmpdir(), 'inkooplint-electron-'));
const workspace = path.join(temp, 'workspace');
cpSync(path.join(ROOT, 'test', 'vscode', 'workspace'), workspace, { recursive: true });
const configFile = path.join(SUITE_DIR, 'run-config.json');
writeFileSync(configFile, `${JSON.stringify({ mode: 'trusted', root: ROOT, extensionId: 'inkooplint.inkooplint', resultsFile: path.join(SUITE_DIR, 'results-electron.json'), activationFile: path.join(ROOT, '.bench', 'activation.json') }, null, 2)}\n`);
let code = 1;
try {
  code = await runTests({
    version: process.env.VSCODE_VERSION ?? '1.100.3',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: SUITE,
    launchArgs: [workspace, '--disable-extensions', '--user-data-dir', path.join(temp, 'user-data')],
    extensionTestsEnv: { INKOOPLINT_VSCODE_TEST_CONFIG: configFile },
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
process.exit(typeof code === 'number' ? code : 1);

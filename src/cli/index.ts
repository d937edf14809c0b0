import path from 'node:path';
import { runCli } from './main';

// The bundle sits in dist/; the package's docs/ are one folder up.
const packageRoot = path.resolve(__dirname, '..');

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stdout.isTTY),
  packageRoot,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`inkooplint: ${String((error as Error)?.stack ?? error)}\n`);
    process.exitCode = 2;
  },
);

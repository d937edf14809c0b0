// The settings of one run of the suite, written by scripts/vscode-test/run.mjs. Without them (for
// example under @vscode/test-electron) the suite takes defaults and tells the mode from Workspace Trust.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export interface RunConfig {
  mode: 'trusted' | 'untrusted';
  root: string;
  extensionId: string;
  resultsFile?: string;
  activationFile?: string;
  grep?: string;
}

let cached: RunConfig | undefined;

export function runConfig(): RunConfig {
  if (cached) return cached;
  const fromEnv = process.env.INKOOPLINT_VSCODE_TEST_CONFIG;
  const candidates = [fromEnv, path.join(__dirname, 'run-config.json')].filter((file): file is string => !!file);
  const file = candidates.find((candidate) => existsSync(candidate));
  const read: Partial<RunConfig> = file ? JSON.parse(readFileSync(file, 'utf8')) : {};
  cached = {
    mode: read.mode ?? (vscode.workspace.isTrusted ? 'trusted' : 'untrusted'),
    root: read.root ?? path.resolve(__dirname, '..', '..'),
    extensionId: read.extensionId ?? 'inkooplint.inkooplint',
    resultsFile: read.resultsFile,
    activationFile: read.activationFile ?? path.resolve(__dirname, '..', '..', '.bench', 'activation.json'),
    grep: read.grep,
  };
  return cached;
}

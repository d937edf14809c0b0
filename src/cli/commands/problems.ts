import { localizeIn, type Language } from '../../core';
import { LineIndex } from '../../core/text/lineIndex';
import type { ConfigLoader } from '../configLoader';
import type { CliIo } from '../main';
import { displayPath } from './shared';

/** Prints the configuration files' problems as the lint command does; true when there were any (exit code 2). */
export function printConfigProblems(configs: ConfigLoader, io: CliIo, language: Language): boolean {
  for (const problem of configs.problems) {
    const at = new LineIndex(problem.text).positionAt(problem.offset[0]);
    const where = `${displayPath(problem.file, io.cwd)}:${at.line + 1}:${at.character + 1}`;
    io.stderr(`${localizeIn(language, 'cli.config-problem', { where, message: problem.message[language] })}\n`);
  }
  return configs.problems.length > 0;
}

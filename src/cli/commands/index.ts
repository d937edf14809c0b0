/** The subcommands beside linting: `overview`, `checklist`, `export` and `import`. */
import { languageFromTag, localizeIn, resolveLanguage, type Language } from '../../core';
import { UsageError } from '../discover';
import type { CliIo } from '../main';
import { runChecklist } from './checklist';
import { runExport } from './export';
import { runImport } from './import';
import { runOverview } from './overview';
import { environmentLanguages } from './shared';

const SUBCOMMANDS: Record<string, (argv: string[], io: CliIo) => Promise<number>> = {
  overview: runOverview,
  checklist: runChecklist,
  export: runExport,
  import: runImport,
};

/** True when the first argument names a subcommand (a folder with such a name is linted as `./overview`). */
export function isSubcommand(name: string | undefined): name is string {
  return name !== undefined && Object.prototype.hasOwnProperty.call(SUBCOMMANDS, name);
}

/** Runs a subcommand; errors are reported as the lint command reports them, with exit code 2. */
export async function runSubcommand(name: string, argv: string[], io: CliIo): Promise<number> {
  const langIndex = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const langArg = langIndex < 0 ? undefined : argv[langIndex].includes('=') ? argv[langIndex].split('=')[1] : argv[langIndex + 1];
  const language: Language = languageFromTag(langArg) ?? resolveLanguage({ environment: environmentLanguages(io) });
  try {
    return await SUBCOMMANDS[name](argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`inkooplint ${name}: ${localizeIn(language, error.messageId, error.data)}\n`);
    } else if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`inkooplint ${name}: ${localizeIn(language, 'cli.bad-arguments', { detail: error.message })}\n`);
    } else {
      io.stderr(`inkooplint ${name}: ${localizeIn(language, 'cli.internal-error', { detail: String((error as Error)?.stack ?? error) })}\n`);
    }
    return 2;
  }
}

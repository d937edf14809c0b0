import type { Language } from './finding';

/**
 * Which language messages appear in; the first that gives an answer wins: the user's explicit
 * choice, the config file, the environment (VS Code's display language, or LC_ALL / LANG for the
 * CLI), then Dutch.
 */
export function resolveLanguage(choices: { explicit?: string; config?: Language; environment?: Array<string | undefined> }): Language {
  const explicit = languageFromTag(choices.explicit);
  if (explicit) return explicit;
  if (choices.config) return choices.config;
  for (const value of choices.environment ?? []) {
    if (!value) continue;
    // LC_ALL set to something else than a language (e.g. "C") does not decide; keep looking.
    const fromEnvironment = languageFromTag(value);
    if (fromEnvironment) return fromEnvironment;
    if (/^[a-z]{2,3}([_-]|$)/i.test(value) && !/^(C|POSIX)([._@]|$)/i.test(value)) return 'nl';
  }
  return 'nl';
}

/** "nl", "nl-BE", "nl_NL.UTF-8", "en", "en-GB", "en_US.UTF-8" */
export function languageFromTag(tag: string | undefined): Language | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_.@]/)[0];
  return primary === 'nl' || primary === 'en' ? primary : undefined;
}

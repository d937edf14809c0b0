/**
 * The language of everything the extension shows. First match wins: the `inkooplint.language`
 * setting, `language:` in the configuration file, VS Code's display language, then Dutch.
 * Runtime strings go through `@vscode/l10n` (not `vscode.l10n`), because the user may choose a
 * language other than VS Code's display language; its bundle is set here.
 */
import * as l10n from '@vscode/l10n';
import nlBundle from '../../l10n/bundle.l10n.nl.json';
import type { Language } from '../core/finding';
import { resolveLanguage } from '../core/language';

export type LanguageSetting = 'auto' | 'nl' | 'en';

let current: Language | undefined;

export function resolveExtensionLanguage(setting: string | undefined, configLanguage: Language | undefined, displayLanguage: string | undefined): Language {
  return resolveLanguage({ explicit: setting === 'auto' ? undefined : setting, config: configLanguage, environment: [displayLanguage] });
}

/** Switches the runtime strings to a language (English is the source language: no bundle). */
export function useLanguage(language: Language): void {
  if (current === language) return;
  current = language;
  l10n.config({ contents: language === 'nl' ? (nlBundle as Record<string, string>) : {} });
}

export function currentLanguage(): Language {
  return current ?? 'nl';
}

export const t = l10n.t;

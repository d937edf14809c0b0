import aiActEn from '../../../l10n/ai-act.en.json';
import aiActNl from '../../../l10n/ai-act.nl.json';
import en from '../../../l10n/messages.en.json';
import nl from '../../../l10n/messages.nl.json';
import plainLanguageEn from '../../../l10n/plain-language.en.json';
import plainLanguageNl from '../../../l10n/plain-language.nl.json';
import type { Language, LocalizedText } from '../finding';

export type MessageData = Record<string, string | number>;

/** Messages live in a few bundles per language (by subject), merged here. */
const BUNDLES: Record<Language, Record<string, string>> = {
  nl: { ...nl, ...aiActNl, ...plainLanguageNl },
  en: { ...en, ...aiActEn, ...plainLanguageEn },
};

/** The message bundles, for tests that check them (completeness, plain language). */
export function messageBundle(language: Language): Readonly<Record<string, string>> {
  return BUNDLES[language];
}

export function hasMessage(id: string): boolean {
  return id in BUNDLES.nl && id in BUNDLES.en;
}

/** Renders a message in both languages. Placeholders are written `{name}`. */
export function localize(id: string, data: MessageData = {}): LocalizedText {
  return { nl: format(BUNDLES.nl[id] ?? id, data), en: format(BUNDLES.en[id] ?? id, data) };
}

export function localizeIn(language: Language, id: string, data: MessageData = {}): string {
  return format(BUNDLES[language][id] ?? id, data);
}

function format(template: string, data: MessageData): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

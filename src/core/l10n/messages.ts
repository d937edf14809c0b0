import aiActEn from '../../../l10n/ai-act.en.json';
import aiActNl from '../../../l10n/ai-act.nl.json';
import contractEn from '../../../l10n/contract.en.json';
import contractNl from '../../../l10n/contract.nl.json';
import en from '../../../l10n/messages.en.json';
import nl from '../../../l10n/messages.nl.json';
import plainLanguageEn from '../../../l10n/plain-language.en.json';
import plainLanguageNl from '../../../l10n/plain-language.nl.json';
import type { Language, LocalizedText } from '../finding';

/** Values for a message's placeholders; a `LocalizedText` value gives each language its own words. */
export type MessageData = Record<string, string | number | LocalizedText>;

/**
 * A contract's front matter is YAML, so its problems are the YAML problems of a declaration file:
 * `contract/front-matter` reuses those messages rather than restating them.
 */
function frontMatterMessages(bundle: Record<string, string>): Record<string, string> {
  const derived: Record<string, string> = {};
  for (const [key, text] of Object.entries(bundle)) {
    if (key.startsWith('declaration/syntax.')) derived[`contract/front-matter.${key.slice('declaration/syntax.'.length)}`] = text;
  }
  return derived;
}

/** Messages live in a few bundles per language (by subject), merged here. */
const BUNDLES: Record<Language, Record<string, string>> = {
  nl: { ...nl, ...aiActNl, ...plainLanguageNl, ...frontMatterMessages(nl), ...contractNl },
  en: { ...en, ...aiActEn, ...plainLanguageEn, ...frontMatterMessages(en), ...contractEn },
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
  return { nl: format(BUNDLES.nl[id] ?? id, data, 'nl'), en: format(BUNDLES.en[id] ?? id, data, 'en') };
}

export function localizeIn(language: Language, id: string, data: MessageData = {}): string {
  return format(BUNDLES[language][id] ?? id, data, language);
}

function format(template: string, data: MessageData, language: Language): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in data)) return whole;
    const value = data[name];
    return typeof value === 'object' ? value[language] : String(value);
  });
}

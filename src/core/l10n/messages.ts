import aiActEn from '../../../l10n/ai-act.en.json';
import aiActNl from '../../../l10n/ai-act.nl.json';
import checklistEn from '../../../l10n/checklist.en.json';
import checklistNl from '../../../l10n/checklist.nl.json';
import contractEn from '../../../l10n/contract.en.json';
import contractNl from '../../../l10n/contract.nl.json';
import en from '../../../l10n/messages.en.json';
import nl from '../../../l10n/messages.nl.json';
import overviewEn from '../../../l10n/overview.en.json';
import overviewNl from '../../../l10n/overview.nl.json';
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

/**
 * Messages live in a few bundles per language (by subject), merged here. `Object.assign` rather
 * than object spread: spreading objects of hundreds of keys cost about 12 ms at every start of the CLI.
 */
const BUNDLES: Record<Language, Record<string, string>> = {
  nl: Object.assign({}, nl, aiActNl, plainLanguageNl, frontMatterMessages(nl), contractNl, overviewNl, checklistNl),
  en: Object.assign({}, en, aiActEn, plainLanguageEn, frontMatterMessages(en), contractEn, overviewEn, checklistEn),
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

/**
 * Templates split once into literal text and placeholder names (`['Veld ', 'field', ' ontbreekt']`),
 * so that rendering a message is a few concatenations: every finding renders two messages.
 */
const COMPILED = new Map<string, readonly string[]>();
const PLACEHOLDER = /\{(\w+)\}/;

function compile(template: string): readonly string[] {
  let parts = COMPILED.get(template);
  if (!parts) {
    parts = template.split(PLACEHOLDER);
    COMPILED.set(template, parts);
  }
  return parts;
}

function format(template: string, data: MessageData, language: Language): string {
  if (!template.includes('{')) return template;
  const parts = compile(template);
  let result = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    if (name in data) {
      const value = data[name];
      result += typeof value === 'object' ? value[language] : String(value);
    } else {
      result += `{${name}}`;
    }
    result += parts[i + 1];
  }
  return result;
}

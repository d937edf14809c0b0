import type { ErrorObject } from 'ajv';
import configSchema from '../../../schemas/config.schema.json';
import { TOPIC_IDS } from '../contract/catalog/types';
import { nodeAtPointer, toPlainValue, type DocNode } from '../document/model';
import { parseStructured } from '../document/parseStructured';
import type { Language, LocalizedText, Severity } from '../finding';
import { localize } from '../l10n/messages';
import type { RuleMeta } from '../rule';
import { createAjv } from '../schema/ajv';
import { closestMatch } from '../text/suggest';

export type SeveritySetting = Severity | 'off';

export type RiskProfile = 'hoog-risico' | 'impactvol' | 'overig';

export interface InkooplintConfig {
  language?: Language;
  rules: Record<string, SeveritySetting>;
  tags: Record<string, SeveritySetting>;
  riskProfiles: Partial<Record<RiskProfile, string[]>>;
  /**
   * Per name of general conditions ("GIBIT 2023"), the catalog topics they cover with the article
   * as source, or `false` to take away a topic the catalog gives them. Adds to the catalog's map.
   */
  conditions: Record<string, Record<string, string | false>>;
}

export const DEFAULT_CONFIG: InkooplintConfig = Object.freeze({ rules: {}, tags: {}, riskProfiles: {}, conditions: {} });

export const CONFIG_FILE_NAME = '.inkooplint.yaml';

export interface ConfigProblem {
  message: LocalizedText;
  offset: [number, number];
}

const SEVERITY_WORDS: Record<string, SeveritySetting> = {
  error: 'error', warning: 'warning', info: 'info', off: 'off',
  fout: 'error', waarschuwing: 'warning', informatie: 'info', uit: 'off',
};

const PROFILE_WORDS: Record<string, RiskProfile> = {
  'hoog-risico': 'hoog-risico', 'high-risk': 'hoog-risico',
  impactvol: 'impactvol', impactful: 'impactvol',
  overig: 'overig', other: 'overig',
};

let validateConfig: ReturnType<ReturnType<typeof createAjv>['compile']> | undefined;

/**
 * Reads `.inkooplint.yaml`. Problems come back with their place in the file; the settings that
 * could be read still apply, the others fall back to the defaults.
 */
export function parseConfig(text: string, knownRules: readonly RuleMeta[]): { config: InkooplintConfig; problems: ConfigProblem[] } {
  const parsed = parseStructured(text, 'yaml');
  const problems: ConfigProblem[] = parsed.problems.map((p) => ({
    message: localize(`declaration/syntax.${p.messageId}`, p.data),
    offset: p.offset,
  }));
  const config: InkooplintConfig = { rules: {}, tags: {}, riskProfiles: {}, conditions: {} };
  const root = parsed.root;
  if (!root) return { config, problems };
  const value = toPlainValue(root);
  validateConfig ??= createAjv().compile(configSchema);
  if (!validateConfig(value)) {
    for (const error of validateConfig.errors ?? []) problems.push(configSchemaProblem(error, root));
    return { config: sanitize(value, knownRules, root, []), problems };
  }
  return { config: sanitize(value, knownRules, root, problems), problems };
}

function sanitize(value: unknown, knownRules: readonly RuleMeta[], root: DocNode, problems: ConfigProblem[]): InkooplintConfig {
  const config: InkooplintConfig = { rules: {}, tags: {}, riskProfiles: {}, conditions: {} };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return config;
  const raw = value as Record<string, unknown>;
  if (raw.language === 'nl' || raw.language === 'en') config.language = raw.language;
  const ruleNames = knownRules.flatMap((rule) => [rule.id, rule.alias]);
  const tagNames = [...new Set(knownRules.flatMap((rule) => rule.tags))];
  for (const [section, names] of [['rules', ruleNames], ['tags', tagNames]] as const) {
    const entries = raw[section];
    if (!entries || typeof entries !== 'object') continue;
    for (const [name, setting] of Object.entries(entries as Record<string, unknown>)) {
      const severity = typeof setting === 'string' ? SEVERITY_WORDS[setting] : undefined;
      if (!severity) continue;
      if (!names.includes(name)) {
        const located = nodeAtPointer(root, `/${section}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`);
        const suggestion = closestMatch(name, names);
        problems.push({
          message: localize(suggestion ? `config.unknown-${section}-suggest` : `config.unknown-${section}`, { name, suggestion: suggestion ?? '' }),
          offset: located.property?.keyOffset ?? located.node.offset,
        });
        continue;
      }
      config[section][name] = severity;
    }
  }
  const profiles = raw.riskProfiles;
  if (profiles && typeof profiles === 'object') {
    for (const [name, topics] of Object.entries(profiles as Record<string, unknown>)) {
      const profile = PROFILE_WORDS[name];
      if (!profile || !Array.isArray(topics)) continue;
      const known: string[] = [];
      topics.forEach((topic, index) => {
        if (typeof topic !== 'string') return;
        if ((TOPIC_IDS as readonly string[]).includes(topic)) {
          known.push(topic);
          return;
        }
        const suggestion = closestMatch(topic, TOPIC_IDS);
        problems.push({
          message: localize(suggestion ? 'config.unknown-topic-suggest' : 'config.unknown-topic', { name: topic, suggestion: suggestion ?? '', topics: TOPIC_IDS.join(', ') }),
          offset: nodeAtPointer(root, `/riskProfiles/${name}/${index}`).node.offset,
        });
      });
      config.riskProfiles[profile] = known;
    }
  }
  const conditions = raw.conditions;
  if (conditions && typeof conditions === 'object') {
    for (const [name, topics] of Object.entries(conditions as Record<string, unknown>)) {
      if (!topics || typeof topics !== 'object' || Array.isArray(topics)) continue;
      const entries: Record<string, string | false> = {};
      for (const [topic, article] of Object.entries(topics as Record<string, unknown>)) {
        if (typeof article !== 'string' && article !== false) continue;
        if ((TOPIC_IDS as readonly string[]).includes(topic)) {
          entries[topic] = typeof article === 'string' ? article.trim() : false;
          continue;
        }
        const located = nodeAtPointer(root, `/conditions/${escapePointer(name)}/${escapePointer(topic)}`);
        const suggestion = closestMatch(topic, TOPIC_IDS);
        problems.push({
          message: localize(suggestion ? 'config.unknown-topic-suggest' : 'config.unknown-topic', { name: topic, suggestion: suggestion ?? '', topics: TOPIC_IDS.join(', ') }),
          offset: located.property?.keyOffset ?? located.node.offset,
        });
      }
      config.conditions[name] = entries;
    }
  }
  return config;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function configSchemaProblem(error: ErrorObject, root: DocNode): ConfigProblem {
  let pointer = error.instancePath;
  if (error.keyword === 'additionalProperties') {
    pointer += `/${String((error.params as { additionalProperty: string }).additionalProperty).replace(/~/g, '~0').replace(/\//g, '~1')}`;
  } else if (error.keyword === 'propertyNames') {
    pointer += `/${String((error.params as { propertyName: string }).propertyName)}`;
  }
  const located = nodeAtPointer(root, pointer);
  const at = error.keyword === 'additionalProperties' || error.keyword === 'propertyNames'
    ? located.property?.keyOffset ?? located.node.offset
    : located.node.offset;
  const name = pointer.split('/').filter(Boolean).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).join('.') || '.';
  const actual = located.exact && located.node.kind === 'scalar' ? String(located.node.value) : '';
  const allowed = error.keyword === 'enum' ? (error.params as { allowedValues: unknown[] }).allowedValues.join(', ') : '';
  switch (error.keyword) {
    case 'additionalProperties':
    case 'propertyNames':
      return { message: localize('config.unknown-setting', { name }), offset: at };
    case 'enum':
      return { message: localize('config.bad-value', { name, value: actual, allowed }), offset: at };
    default:
      return { message: localize('config.bad-type', { name }), offset: at };
  }
}

export function normalizeProfile(word: string): RiskProfile | undefined {
  return PROFILE_WORDS[word.trim().toLowerCase()];
}

/**
 * The severity a finding gets: a setting for the rule (by id or alias) wins, then the last
 * matching tag setting, then the severity the rule gave the finding.
 */
export function effectiveSeverity(config: InkooplintConfig, meta: RuleMeta, reported: Severity): SeveritySetting {
  const ruleSetting = config.rules[meta.id] ?? config.rules[meta.alias];
  if (ruleSetting) return ruleSetting;
  let tagSetting: SeveritySetting | undefined;
  for (const [tag, setting] of Object.entries(config.tags)) if (meta.tags.includes(tag)) tagSetting = setting;
  return tagSetting ?? reported;
}

export function isRuleEnabled(config: InkooplintConfig, meta: RuleMeta): boolean {
  const ruleSetting = config.rules[meta.id] ?? config.rules[meta.alias];
  if (ruleSetting) return ruleSetting !== 'off';
  let tagSetting: SeveritySetting | undefined;
  for (const [tag, setting] of Object.entries(config.tags)) if (meta.tags.includes(tag)) tagSetting = setting;
  return tagSetting !== 'off';
}

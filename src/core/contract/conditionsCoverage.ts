/**
 * Topics that the general conditions a contract declares applicable (`voorwaarden: [GIBIT 2023]`)
 * cover. The catalog records this per topic, only where the conditions' own text confirms it;
 * `conditions:` in `.inkooplint.yaml` adds entries or takes them away (`false`).
 */
import type { InkooplintConfig } from '../config/config';
import type { ClauseTopic } from './catalog/types';
import type { ListedValue } from './frontMatterFields';

export interface ConditionsCover {
  /** The conditions as the contract names them. */
  conditions: string;
  /** The article of the conditions that covers the topic: "artikel 25". */
  article: string;
  /** Where the contract's front matter names the conditions. */
  offset: [number, number];
}

/** "GIBIT 2023", "gibit-2023" and "GIBIT  2023" name the same conditions. */
export function conditionsKey(name: string): string {
  return name.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The first declared conditions that cover the topic, with the article, or undefined. */
export function coveringConditions(topic: ClauseTopic, declared: readonly ListedValue[], config: InkooplintConfig): ConditionsCover | undefined {
  if (declared.length === 0) return undefined;
  const articles = new Map<string, string | false>();
  for (const entry of topic.coveredByConditions) articles.set(conditionsKey(entry.conditions), entry.article);
  for (const [name, topics] of Object.entries(config.conditions ?? {})) {
    const article = topics[topic.id];
    if (article !== undefined) articles.set(conditionsKey(name), article);
  }
  for (const conditions of declared) {
    const article = articles.get(conditionsKey(conditions.value));
    if (article) return { conditions: conditions.value, article, offset: conditions.offset };
  }
  return undefined;
}

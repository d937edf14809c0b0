import { fieldTexts, matchOffset, quotedTerm, saysRuleBased } from '../../declaration/aiActMatching';
import { annexIIIMatches, AREA_FIELDS } from '../../declaration/annexIII';
import type { DeclarationRecord } from '../../declaration/declarationRecord';
import { PUBLICATION_CATEGORY } from '../../declaration/registerStandard';
import type { DeclarationRule } from '../../rule';

/**
 * The record's own words point to a high-risk area of the AI Act (Annex III), but it is not
 * classified 'Hoog-risico AI-systeem'. One finding per record and area, at the first place that
 * matched. Severity 'info' when the record says it works with fixed rules (then it is probably no AI system).
 */
export const aiActHighRiskAreaRule: DeclarationRule = {
  meta: {
    id: 'declaration/ai-act-high-risk-area',
    alias: 'high-risk-area-classified',
    defaultSeverity: 'warning',
    tags: ['declaration', 'ai-act'],
    description: {
      nl: 'Een algoritme waarvan de tekst wijst op een hoog-risicogebied van de AI-verordening (bijlage III), is als hoog-risico ingedeeld, of het record legt uit waarom niet.',
      en: 'An algorithm whose text points to a high-risk area of the AI Act (Annex III) is classified as high-risk, or the record explains why not.',
    },
    sources: [
      { title: { nl: 'AI-verordening (EU) 2024/1689, bijlage III (hoog-risicogebieden)', en: 'AI Act (EU) 2024/1689, Annex III (high-risk areas)' }, url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj' },
      { title: { nl: 'AI-verordening (EU) 2024/1689, art. 6, lid 3 (uitzondering voor beperkte taken)', en: 'AI Act (EU) 2024/1689, Art. 6(3) (exception for narrow tasks)' }, url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj' },
      { title: { nl: 'Publicatiestandaard Algoritmeregister 1.0: publication_category', en: 'Algoritmeregister publication standard 1.0: publication_category' }, url: 'https://github.com/MinBZK/Algoritmeregister' },
    ],
    fixable: false,
  },
  check(context) {
    for (const record of context.records) {
      const category = record.string('publication_category');
      if (category !== undefined && category.toLowerCase() === PUBLICATION_CATEGORY.highRisk.toLowerCase()) continue;
      // Both are pure; the outcome wording is only looked for in records that point to an area.
      const matches = annexIIIMatches(record);
      if (matches.length === 0 || documentsArticle6Outcome(record)) continue;
      let ruleBased: boolean | undefined;
      for (const { area, match } of matches) {
        ruleBased ??= saysRuleBased(record, fieldTexts(record, AREA_FIELDS));
        const messageId = match.entry.messageId ?? `area-${area.point}`;
        context.report({
          messageId: ruleBased ? `${messageId}-rule-based` : messageId,
          data: { field: match.field, term: quotedTerm(match.term) },
          offset: matchOffset(match),
          pointer: match.pointer,
          severity: ruleBased ? 'info' : undefined,
          properties: { annexIIIPoint: area.point, ruleBased },
        });
      }
    }
  },
};

/**
 * Wording that shows the organisation did what the finding asks: it assessed whether the system
 * is an AI system, or whether the exception of Art. 6(3) applies, and wrote the outcome down.
 */
const ARTICLE_6_OUTCOME = [
  /\bart(?:ikel|\.)?\s*6\s*(?:\(\s*3\s*\)|,?\s*lid\s*3\b|,?\s*derde\s+lid)/i,
  /\barticle\s*6\s*\(\s*3\s*\)/i,
  /\b(?:is\s+)?geen\s+ai[-\s]?systeem\b/i,
  /\bnot\s+an?\s+ai[-\s]system\b/i,
];

const OUTCOME_FIELDS = ['risks', 'impacttoetsen', 'proportionality', 'methods_and_models', 'goal', 'description_short'];

/**
 * The article references both hold a 6, so a text without one is not searched for them. "Not an AI
 * system" is searched without the optional "is" before "geen": whether the text says it is the same
 * either way, and a pattern that starts with a word rather than an optional group is searched much faster.
 */
const ARTICLE_6_REFERENCE = ARTICLE_6_OUTCOME.slice(0, 2);
const NOT_AN_AI_SYSTEM = [/\bgeen\s+ai[-\s]?systeem\b/i, ARTICLE_6_OUTCOME[3]];

export function documentsArticle6Outcome(record: DeclarationRecord): boolean {
  return OUTCOME_FIELDS.some((field) => {
    const text = record.text(field);
    if (text === '') return false;
    return (text.includes('6') && ARTICLE_6_REFERENCE.some((pattern) => pattern.test(text))) || NOT_AN_AI_SYSTEM.some((pattern) => pattern.test(text));
  });
}

import { PROHIBITED_PRACTICES } from '../../declaration/aiActVocabulary';
import type { DeclarationRule } from '../../rule';
import { contains, fieldTexts, findTerm, matchOffset, quotedTerm } from '../../declaration/aiActMatching';

/**
 * The fields whose text says what the algorithm does. Not `risks`: that field names harms to avoid
 * ("risico op manipulatie"), which is no sign that the algorithm does them.
 */
const FIELDS = ['name', 'description_short', 'goal', 'methods_and_models', 'source_data', 'tags', 'proportionality'];

/**
 * The record's own words point to a practice that Article 5(1) of the AI Act prohibits. One finding
 * per record and practice, at the first place that matched, whatever the record's category or status.
 */
export const aiActProhibitedPracticeRule: DeclarationRule = {
  meta: {
    id: 'declaration/ai-act-prohibited-practice',
    alias: 'no-prohibited-practice',
    defaultSeverity: 'error',
    tags: ['declaration', 'ai-act'],
    description: {
      nl: 'Een algoritme doet niets wat de AI-verordening verbiedt (artikel 5), zoals sociale scoring, manipulatie of emotieherkenning op het werk.',
      en: 'An algorithm does nothing the AI Act prohibits (Article 5), such as social scoring, manipulation or emotion recognition at work.',
    },
    sources: [
      { title: { nl: 'AI-verordening (EU) 2024/1689, art. 5 (verboden AI-praktijken)', en: 'AI Act (EU) 2024/1689, Art. 5 (prohibited AI practices)' }, url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj' },
    ],
    fixable: false,
  },
  check(context) {
    for (const record of context.records) {
      const fields = fieldTexts(record, FIELDS);
      if (fields.length === 0) continue;
      let allText: string | undefined;
      for (const practice of PROHIBITED_PRACTICES) {
        // The terms are cheap to look for (gated by their heads); the record-wide check only runs after a hit.
        const match = findTerm(fields, practice.terms);
        if (!match) continue;
        allText ??= fields.map((field) => field.text).join('\n');
        if (practice.recordRequires && !contains(allText, practice.recordRequires)) continue;
        context.report({
          messageId: `point-${practice.point}`,
          data: { field: match.field, term: quotedTerm(match.term) },
          offset: matchOffset(match),
          pointer: match.pointer,
          properties: { article5Point: practice.point },
        });
      }
    }
  },
};

import { contains, fieldTexts, findTerm, type TermMatch } from './aiActMatching';
import { ANNEX_III_AREAS, type AnnexIIIArea } from './aiActVocabulary';
import type { DeclarationRecord } from './declarationRecord';

/** The fields whose text says what the algorithm does, in the order in which a match is reported. */
export const AREA_FIELDS = ['name', 'description_short', 'goal', 'methods_and_models', 'source_data', 'category', 'tags', 'proportionality', 'risks'];

/** The fields that state the algorithm's purpose: the area guards (chatbot, anonymisation) read only these. */
const PURPOSE_FIELDS = new Set(['name', 'description_short', 'goal']);

/** The Annex III areas a record's own text points to, each with the first place that says so. */
export function annexIIIMatches(record: DeclarationRecord): Array<{ area: AnnexIIIArea; match: TermMatch }> {
  const fields = fieldTexts(record, AREA_FIELDS);
  if (fields.length === 0) return [];
  let purposeText: string | undefined;
  const purposeOf = (): string => (purposeText ??= fields.filter((field) => PURPOSE_FIELDS.has(field.field)).map((field) => field.text).join('\n'));
  const matches: Array<{ area: AnnexIIIArea; match: TermMatch }> = [];
  for (const area of ANNEX_III_AREAS) {
    const match = findTerm(area.ignoreFields ? fields.filter((field) => !area.ignoreFields?.includes(field.field)) : fields, area.terms);
    // The guards read the whole purpose text; they only matter once a term was found.
    if (!match || area.recordGuards?.some((guard) => guard.every((pattern) => contains(purposeOf(), pattern)))) continue;
    matches.push({ area, match });
  }
  return matches;
}

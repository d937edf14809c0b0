import type { DeclarationRule } from '../../rule';
import { isNegated } from '../../declaration/aiActMatching';

/** Shorter than this, a description of human intervention cannot say who checks what, and how. */
const SUBSTANTIVE_TEXT = 80;

/** Wording that says the algorithm decides by itself. Read in the descriptive fields, not in human_intervention. */
const AUTOMATIC_DECISION = [
  /\b(?:volledig\s+)?(?:automatisch|geautomatiseerd)e?\s+(?:besluit|beslis|beslissing|toekenning|afwijzing|besluitvorming)/i,
  /\b(?:besluit|beslist|beslissing\s+wordt\s+genomen|kent\s+toe|wijst\s+af)\w*\s+(?:volledig\s+)?(?:automatisch|geautomatiseerd)/i,
  /\bzonder\s+(?:menselijke\s+)?(?:tussenkomst|tussenkomst\s+van\s+een\s+(?:mens|medewerker)|(?:menselijke\s+)?beoordeling|controle\s+door\s+een\s+(?:mens|medewerker))/i,
  /\bautomated\s+(?:individual\s+)?decision/i,
  /\b(?:decides|decided)\s+automatically\b/i,
  /\bwithout\s+(?:any\s+)?human\s+(?:intervention|involvement|review)/i,
];

const DESCRIPTIVE_FIELDS = ['name', 'description_short', 'goal', 'methods_and_models', 'proportionality'];

const AUTOMATIC_DECISION_GLOBAL = AUTOMATIC_DECISION.map((pattern) => new RegExp(pattern.source, `${pattern.flags}g`));

/**
 * Every pattern above holds one of these words; text without them is passed over cheaply. One
 * pattern per word: a single literal is searched far faster than an alternation of them.
 */
const MAY_SAY_AUTOMATIC = [/automat/i, /zonder/i, /without/i, /decide/i];

function saysDecisionsAreAutomatic(text: string): boolean {
  if (!MAY_SAY_AUTOMATIC.some((pattern) => pattern.test(text))) return false;
  return AUTOMATIC_DECISION_GLOBAL.some((pattern) => {
    // "neemt geen geautomatiseerd besluit", "does not make automated decisions": a denial, not a claim.
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      if (!isNegated(text, start, start + match[0].length)) return true;
    }
    return false;
  });
}

export const humanInterventionMissingRule: DeclarationRule = {
  meta: {
    id: 'declaration/human-intervention-missing',
    alias: 'human-intervention-described',
    defaultSeverity: 'warning',
    tags: ['declaration', 'register', 'gdpr'],
    description: {
      nl: 'Een algoritme dat zelf beslist, beschrijft in human_intervention hoe een mens de uitkomst controleert en bijstelt.',
      en: 'An algorithm that decides by itself describes in human_intervention how a person checks and corrects its outcome.',
    },
    sources: [
      { title: { nl: 'AVG, art. 22 (geautomatiseerde individuele besluitvorming)', en: 'GDPR, Art. 22 (automated individual decision-making)' }, url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' },
      { title: { nl: 'AI-verordening (EU) 2024/1689, art. 14 (menselijk toezicht)', en: 'AI Act (EU) 2024/1689, Art. 14 (human oversight)' }, url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj' },
      { title: { nl: 'Publicatiestandaard Algoritmeregister 1.0: human_intervention', en: 'Algoritmeregister publication standard 1.0: human_intervention' }, url: 'https://github.com/MinBZK/Algoritmeregister' },
    ],
    fixable: false,
  },
  check(context) {
    for (const record of context.records) {
      const role = record.extension('role');
      const decidingByRole = role === 'beslissend';
      let decidingField: string | undefined;
      if (!decidingByRole) decidingField = DESCRIPTIVE_FIELDS.find((field) => saysDecisionsAreAutomatic(record.text(field)));
      if (!decidingByRole && !decidingField) continue;
      const text = record.text('human_intervention');
      if (text.length >= SUBSTANTIVE_TEXT) continue;
      const property = record.property('human_intervention');
      const offset = property
        ? property.value.offset[1] > property.value.offset[0] ? property.value.offset : property.keyOffset
        : decidingByRole ? record.extensionProperty('role')?.value.offset ?? record.headOffset : record.keyOffsetOr(decidingField ?? 'name');
      const reason = decidingByRole ? 'role' : 'text';
      context.report({
        messageId: property && text.length > 0 ? `too-thin-${reason}` : `missing-${reason}`,
        data: { field: decidingField ?? '', length: text.length, minimum: SUBSTANTIVE_TEXT },
        offset,
        pointer: `${record.pointer}/human_intervention`,
      });
    }
  },
};

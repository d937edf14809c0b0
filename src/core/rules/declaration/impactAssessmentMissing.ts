import { annexIIIMatches } from '../../declaration/annexIII';
import { recognizeAssessments, type AssessmentKind } from '../../declaration/impactAssessments';
import { PUBLICATION_CATEGORY } from '../../declaration/registerStandard';
import { getProperty } from '../../document/model';
import type { DeclarationRule } from '../../rule';

/** An explanation shorter than this says nothing ("n.v.t.", "nee", "volgt"). */
const SUBSTANTIVE_EXPLANATION = 30;

export const impactAssessmentMissingRule: DeclarationRule = {
  meta: {
    id: 'declaration/impact-assessment-missing',
    alias: 'impact-assessment-present',
    defaultSeverity: 'warning',
    tags: ['declaration', 'register', 'ai-act', 'gdpr'],
    description: {
      nl: 'Hoog-risico- en impactvolle algoritmes noemen een impacttoets (zoals DPIA, IAMA of FRAIA), of leggen uit waarom die er niet is. Een hoog-risico-AI-systeem heeft ook een grondrechtentoets.',
      en: 'High-risk and impactful algorithms name an impact assessment (such as DPIA, IAMA or FRAIA), or explain why there is none. A high-risk AI system also needs a fundamental rights impact assessment.',
    },
    sources: [
      { title: { nl: 'AI-verordening (EU) 2024/1689, art. 27 (grondrechteneffectbeoordeling)', en: 'AI Act (EU) 2024/1689, Art. 27 (fundamental rights impact assessment)' }, url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj' },
      { title: { nl: 'AVG, art. 35 (gegevensbeschermingseffectbeoordeling, DPIA)', en: 'GDPR, Art. 35 (data protection impact assessment, DPIA)' }, url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' },
      { title: { nl: 'Publicatiestandaard Algoritmeregister 1.0: impacttoetsen_grouping en impacttoetsen', en: 'Algoritmeregister publication standard 1.0: impacttoetsen_grouping and impacttoetsen' }, url: 'https://github.com/MinBZK/Algoritmeregister' },
    ],
    fixable: false,
  },
  check(context) {
    for (const record of context.records) {
      const category = record.string('publication_category');
      const highRisk = category === PUBLICATION_CATEGORY.highRisk;
      if (!highRisk && category !== PUBLICATION_CATEGORY.impactful) continue;
      const categoryOffset = record.scalar('publication_category')?.offset ?? record.headOffset;
      const grouping = record.property('impacttoetsen_grouping');
      const titles: string[] = [];
      if (grouping?.value.kind === 'array') {
        for (const item of grouping.value.items) {
          const title = getProperty(item, 'title')?.value;
          if (title?.kind === 'scalar' && typeof title.value === 'string' && title.value.trim()) titles.push(title.value.trim());
        }
      }
      const kinds: AssessmentKind[] = titles.flatMap(recognizeAssessments);
      const explanation = record.text('impacttoetsen');
      const explained = explanation.length >= SUBSTANTIVE_EXPLANATION;
      const groupingOffset = grouping ? grouping.keyOffset : categoryOffset;
      const data = { category: category ?? '' };
      if (kinds.length === 0 && !explained) {
        if (titles.length === 0) {
          context.report({ messageId: 'missing', data, offset: categoryOffset, pointer: `${record.pointer}/publication_category` });
        } else {
          context.report({ messageId: 'unrecognised', data: { ...data, titles: titles.join('; ') }, offset: groupingOffset, pointer: `${record.pointer}/impacttoetsen_grouping` });
        }
        continue;
      }
      if (highRisk && !kinds.some((kind) => kind.fundamentalRights) && !onlyCriticalInfrastructure(record)) {
        const planned = /\b(fria|fraia|iama)\b|grondrecht|mensenrecht|fundamental rights/i.test(explanation);
        const dpiaOnly = kinds.length > 0 && kinds.every((kind) => kind.id === 'dpia');
        context.report({
          messageId: dpiaOnly ? 'dpia-only-high-risk' : 'fria-missing',
          offset: groupingOffset,
          pointer: `${record.pointer}/impacttoetsen_grouping`,
          severity: planned ? 'info' : undefined,
        });
      }
    }
  },
};

/**
 * Art. 27(1) exempts high-risk systems of Annex III point 2 (critical infrastructure) from the
 * fundamental rights impact assessment. Only when the record's text points to that area alone.
 */
function onlyCriticalInfrastructure(record: Parameters<typeof annexIIIMatches>[0]): boolean {
  const points = new Set(annexIIIMatches(record).map(({ area }) => area.point));
  return points.size === 1 && points.has(2);
}

import { CLAUSE_CATALOG, type ClauseTopic } from '../../contract/catalog';
import { EFFORT_WORDING } from '../../contract/catalog/validateCatalog';
import { contractParts } from '../../contract/coverage';
import { findTopicEvidence } from '../../contract/catalog/recognise';
import type { Offsets } from '../../contract/model';
import { proseSegments } from '../../contract/proseText';
import type { ContractRule } from '../../rule';

const EFFORT_PATTERNS = EFFORT_WORDING.map((pattern) => new RegExp(pattern.source, 'giu'));

export const vagueObligationRule: ContractRule = {
  meta: {
    id: 'contract/vague-obligation',
    alias: 'concrete-obligations',
    defaultSeverity: 'warning',
    tags: ['contract', 'drafting'],
    description: {
      nl: 'Afspraken over waarborgen voor het algoritme noemen een termijn of een resultaat, geen inspanning als "zo spoedig mogelijk".',
      en: 'Clauses on safeguards for the algorithm state a term or a result, not an effort such as "as soon as possible".',
    },
    sources: [
      { title: { nl: 'GIBIT 2023: concrete termijnen en resultaatsverplichtingen', en: 'GIBIT 2023: concrete terms and obligations of result' }, url: 'https://www.digitaleoverheid.nl/overzicht-van-alle-onderwerpen/gibit/' },
      { title: { nl: 'Modelcontractbepalingen AI (MCC-AI), 2025', en: 'Model contractual clauses for AI (MCC-AI), 2025' }, url: 'https://living-in.eu/groups/solutions/ai-procurement' },
    ],
    fixable: false,
  },
  check(context) {
    const { contract } = context;
    const { text } = contract;
    const matches: Array<{ offset: Offsets; wording: string }> = [];
    for (const [start, end] of proseSegments(contract)) {
      const segment = text.slice(start, end);
      for (const pattern of EFFORT_PATTERNS) {
        for (const match of segment.matchAll(pattern)) {
          const at = start + (match.index ?? 0);
          const offset: Offsets = [at, at + match[0].length];
          if (!matches.some((m) => offset[0] < m.offset[1] && offset[1] > m.offset[0])) matches.push({ offset, wording: match[0] });
        }
      }
    }
    if (matches.length === 0) return;
    for (const part of contractParts(contract)) {
      const bodyEnd = part.bodyStart + part.body.length;
      const inPart = matches.filter((m) => m.offset[0] >= part.bodyStart && m.offset[1] <= bodyEnd);
      // Recognising topics costs more than finding effort wording: only parts with such wording are judged.
      if (inPart.length === 0) continue;
      const topic = CLAUSE_CATALOG.find((candidate: ClauseTopic) => findTopicEvidence(part.heading, part.body, candidate) !== undefined);
      if (!topic) continue;
      for (const { offset, wording } of inPart) {
        context.report({ messageId: 'vague', data: { wording, topic: topic.title }, offset, properties: { topic: topic.id } });
      }
    }
  },
};

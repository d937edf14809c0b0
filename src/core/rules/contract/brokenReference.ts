import type { ContractModel, CrossReference } from '../../contract/model';
import type { ContractRule } from '../../rule';

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Why a reference points nowhere, or undefined when its target exists (or cannot be checked). */
export function brokenReason(contract: ContractModel, reference: CrossReference): 'article-missing' | 'clause-missing' | 'annex-missing' | undefined {
  if (reference.kind === 'annex') return contract.annexes.some((annex) => same(annex.id, reference.target)) ? undefined : 'annex-missing';
  const articleNumber = reference.target.split('.')[0];
  const article = contract.articles.find((candidate) => same(candidate.number, articleNumber));
  if (!article) return 'article-missing';
  if (reference.kind === 'article') return undefined;
  // An article written without sub-clause numbers may still have paragraphs ("lid 2"): nothing to check against.
  if (article.clauses.length === 0) return undefined;
  return article.clauses.some((clause) => same(clause.number, reference.target)) ? undefined : 'clause-missing';
}

export const brokenReferenceRule: ContractRule = {
  meta: {
    id: 'contract/broken-reference',
    alias: 'no-broken-references',
    defaultSeverity: 'warning',
    tags: ['contract', 'drafting'],
    description: {
      nl: 'Elke verwijzing naar een artikel, lid of bijlage van dit contract wijst naar iets wat bestaat.',
      en: 'Every reference to an article, sub-clause or annex of this contract points to something that exists.',
    },
    sources: [
      { title: { nl: 'Aanwijzingen voor de regelgeving, aanwijzing 3.26 (verwijzingen)', en: 'Dutch drafting instructions for legislation, instruction 3.26 (references)' }, url: 'https://wetten.overheid.nl/BWBR0005730' },
    ],
    fixable: false,
  },
  check(context) {
    const { contract } = context;
    for (const reference of contract.references) {
      const reason = brokenReason(contract, reference);
      if (!reason) continue;
      context.report({
        messageId: reason,
        data: { target: reference.target, article: reference.target.split('.')[0] },
        offset: reference.offset,
        properties: { target: reference.target },
      });
    }
  },
};

import type { Clause, ContractBundle, ContractModel, CrossReference } from '../../contract/model';
import { lowerCase } from '../../contract/proseText';
import type { ContractRule } from '../../rule';

/** The contract's targets by lower-cased number, built once per contract: looking up each reference stays cheap. */
interface Targets {
  annexes: Set<string>;
  articles: Map<string, ArticleTarget>;
}

/** An article's sub-clauses; their numbers are made a set when a reference first asks for one (most articles are never asked). */
interface ArticleTarget {
  clauses: readonly Clause[];
  numbers?: Set<string>;
}

const TARGETS = new WeakMap<ContractModel, Targets>();

function addArticles(targets: Targets, contract: ContractModel): void {
  for (const article of contract.articles) {
    const key = lowerCase(article.number);
    if (targets.articles.has(key)) continue; // the first article with a number is the one referred to
    targets.articles.set(key, { clauses: article.clauses });
  }
}

/**
 * What references in `contract` may point to. Annexes: those of the contract and of every annex
 * file. Articles: the document's own; in an annex file also the contract's ("artikel 7 van de
 * Overeenkomst"), after its own.
 */
function targetsOf(contract: ContractModel, bundle?: ContractBundle): Targets {
  let targets = TARGETS.get(contract);
  if (!targets) {
    targets = { annexes: new Set(contract.annexes.map((annex) => annex.id.toLowerCase())), articles: new Map() };
    addArticles(targets, contract);
    if (bundle) {
      for (const document of [bundle.main, ...bundle.annexFiles.map((annex) => annex.contract)]) {
        for (const annex of document.annexes) targets.annexes.add(annex.id.toLowerCase());
      }
      for (const annex of bundle.annexFiles) if (annex.id) targets.annexes.add(annex.id.toLowerCase());
      if (contract !== bundle.main) addArticles(targets, bundle.main);
    }
    TARGETS.set(contract, targets);
  }
  return targets;
}

/** Why a reference points nowhere, or undefined when its target exists (or cannot be checked). */
export function brokenReason(contract: ContractModel, reference: CrossReference, bundle?: ContractBundle): 'article-missing' | 'clause-missing' | 'annex-missing' | undefined {
  const targets = targetsOf(contract, bundle);
  const target = lowerCase(reference.target);
  if (reference.kind === 'annex') return targets.annexes.has(target) ? undefined : 'annex-missing';
  const article = targets.articles.get(articlePart(target));
  if (!article) return 'article-missing';
  if (reference.kind === 'article') return undefined;
  // An article written without sub-clause numbers may still have paragraphs ("lid 2"): nothing to check against.
  if (article.clauses.length === 0) return undefined;
  article.numbers ??= new Set(article.clauses.map((clause) => lowerCase(clause.number)));
  return article.numbers.has(target) ? undefined : 'clause-missing';
}

/** "7" of "7.2" (what `target.split('.')[0]` gives, without the array). */
function articlePart(target: string): string {
  const dot = target.indexOf('.');
  return dot === -1 ? target : target.slice(0, dot);
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
    const { contract, bundle } = context;
    if (context.documentRole === 'contract') {
      for (const { path, offset, problem } of context.annexFileProblems) {
        context.report({ messageId: `annex-file-${problem}`, data: { path }, offset, properties: { target: path } });
      }
    }
    for (const reference of contract.references) {
      const reason = brokenReason(contract, reference, bundle);
      if (!reason) continue;
      context.report({
        messageId: reason,
        data: { target: reference.target, article: articlePart(reference.target) },
        offset: reference.offset,
        properties: { target: reference.target },
      });
    }
  },
};

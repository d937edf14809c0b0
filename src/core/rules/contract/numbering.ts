import type { Offsets } from '../../contract/model';
import type { ContractRule, ReportDescriptor } from '../../rule';

interface Numbered {
  /** The number's parts: "7" is [7], "7.1.2" is [7, 1, 2]; a letter suffix ("7a") marks an inserted article. */
  written: string;
  value: number;
  inserted: boolean;
  offset: Offsets;
}

/**
 * Checks one sequence of sibling numbers: each follows the previous one by one. An inserted
 * number ("7a") may follow its base number; it is only checked for being a duplicate.
 */
function checkSequence(items: Numbered[], first: number, kind: 'article' | 'clause', report: (descriptor: ReportDescriptor) => void, prefix = ''): void {
  const seen = new Set<string>();
  let previous = first - 1;
  for (const item of items) {
    const key = item.written.toLowerCase();
    if (seen.has(key)) {
      report({ messageId: `${kind}-duplicate`, data: { number: item.written }, offset: item.offset });
      continue;
    }
    seen.add(key);
    if (item.inserted) continue;
    if (item.value <= previous) {
      report({ messageId: `${kind}-out-of-order`, data: { number: item.written, previous: `${prefix}${previous}` }, offset: item.offset });
    } else if (item.value > previous + 1) {
      report({ messageId: `${kind}-gap`, data: { number: item.written, expected: `${prefix}${previous + 1}` }, offset: item.offset });
    }
    previous = Math.max(previous, item.value);
  }
}

/**
 * An article's number as `/^(\d+)([a-z]*)$/i` reads it ("7", "7a": the number and a letter
 * suffix), without a match object per article: its value, and whether it is inserted (a suffix, or
 * no such number).
 */
function readArticleNumber(number: string, offset: Offsets): Numbered {
  let digits = 0;
  while (digits < number.length && isDigit(number.charCodeAt(digits))) digits++;
  let end = digits;
  while (end < number.length && isAsciiLetter(number.charCodeAt(end))) end++;
  const valid = digits > 0 && end === number.length;
  return { written: number, value: valid ? Number(digits === number.length ? number : number.slice(0, digits)) : Number.NaN, inserted: !valid || digits < number.length, offset };
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isAsciiLetter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

export const numberingRule: ContractRule = {
  meta: {
    id: 'contract/numbering',
    alias: 'consistent-numbering',
    defaultSeverity: 'warning',
    tags: ['contract', 'drafting'],
    description: {
      nl: 'Artikelen en leden zijn doorlopend genummerd: zonder gaten, zonder dubbele nummers en in de goede volgorde.',
      en: 'Articles and sub-clauses are numbered in sequence: without gaps, without duplicates and in the right order.',
    },
    sources: [
      { title: { nl: 'Aanwijzingen voor de regelgeving, aanwijzing 3.56 (doorlopende nummering)', en: 'Dutch drafting instructions for legislation, instruction 3.56 (continuous numbering)' }, url: 'https://wetten.overheid.nl/BWBR0005730' },
    ],
    fixable: false,
  },
  check(context) {
    const { articles } = context.contract;
    const articleNumbers: Numbered[] = articles.map((article) => readArticleNumber(article.number, article.numberOffset));
    checkSequence(articleNumbers, 1, 'article', context.report);

    for (const article of articles) {
      if (article.clauses.length === 0) continue;
      // Most articles number their sub-clauses under one parent ("7.1", "7.2"): a list for it
      // alone, and a map by parent only when a second parent turns up.
      let firstParent: string | undefined;
      let firstList: Numbered[] | undefined;
      let byParent: Map<string, Numbered[]> | undefined;
      const articleNumber = article.number.toLowerCase();
      for (const clause of article.clauses) {
        if (clause.style !== 'numbered') continue;
        // "7.1.2": the article "7", the parent "7.1", the last part "2" (read without splitting).
        const { number } = clause;
        const firstDot = number.indexOf('.');
        const lastDot = number.lastIndexOf('.');
        if ((firstDot === -1 ? number : number.slice(0, firstDot)).toLowerCase() !== articleNumber) {
          context.report({ messageId: 'clause-wrong-article', data: { number: clause.number, article: article.number }, offset: clause.numberOffset });
          continue;
        }
        const item: Numbered = { written: number, value: Number(number.slice(lastDot + 1)), inserted: false, offset: clause.numberOffset };
        const parentLength = lastDot === -1 ? 0 : lastDot;
        if (firstList && !byParent && parentLength === firstParent!.length && number.startsWith(firstParent!)) {
          firstList.push(item);
          continue;
        }
        const parent = lastDot === -1 ? '' : number.slice(0, lastDot);
        if (!firstList) {
          firstParent = parent;
          firstList = [item];
          continue;
        }
        byParent ??= new Map([[firstParent!, firstList]]);
        const list = byParent.get(parent);
        if (list) list.push(item);
        else byParent.set(parent, [item]);
      }
      if (!firstList) continue;
      if (!byParent) {
        checkSequence(firstList, 1, 'clause', context.report, `${firstParent}.`);
        continue;
      }
      for (const [parent, list] of byParent) checkSequence(list, 1, 'clause', context.report, `${parent}.`);
    }
  },
};

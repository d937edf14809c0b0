import type { Offsets } from '../../contract/model';
import { lowerCase } from '../../contract/proseText';
import type { ContractRule, ReportDescriptor } from '../../rule';

/**
 * Checks one sequence of sibling numbers as they come: each follows the previous one by one. An
 * inserted number ("7a") may follow its base number; it is only checked for being a duplicate.
 * Numbers are taken one by one (no object per number) and the parent's prefix of a message
 * ("7.") is written only when a message needs it.
 */
class SequenceCheck {
  /** The numbers seen, in lower case: a list while short (most sequences are), then a set. */
  private seen: string[] | Set<string> = [];
  private previous = 0;

  constructor(
    private readonly kind: 'article' | 'clause',
    private readonly report: (descriptor: ReportDescriptor) => void,
    /** The parent's number ("7", "7.1"), or undefined for articles. */
    private readonly parent?: string,
  ) {}

  /** `written` "7", "7a" or "7.1.2"; `value` its last part as a number; `inserted` for "7a". */
  add(written: string, value: number, inserted: boolean, offset: Offsets): void {
    const { kind, previous } = this;
    const key = lowerCase(written);
    const { seen } = this;
    if (Array.isArray(seen) ? seen.includes(key) : seen.has(key)) {
      this.report({ messageId: `${kind}-duplicate`, data: { number: written }, offset });
      return;
    }
    if (!Array.isArray(seen)) seen.add(key);
    else if (seen.length < 16) seen.push(key);
    else this.seen = new Set([...seen, key]);
    if (inserted) return;
    if (value <= previous) {
      this.report({ messageId: `${kind}-out-of-order`, data: { number: written, previous: `${this.prefix()}${previous}` }, offset });
    } else if (value > previous + 1) {
      this.report({ messageId: `${kind}-gap`, data: { number: written, expected: `${this.prefix()}${previous + 1}` }, offset });
    }
    this.previous = Math.max(previous, value);
  }

  private prefix(): string {
    return this.parent === undefined ? '' : `${this.parent}.`;
  }
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isAsciiLetter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/**
 * Adds an article's number as `/^(\d+)([a-z]*)$/i` reads it ("7", "7a": the number and a letter
 * suffix), without a match object per article: its value, and whether it is inserted (a suffix, or
 * no such number).
 */
function addArticleNumber(sequence: SequenceCheck, number: string, offset: Offsets): void {
  let digits = 0;
  while (digits < number.length && isDigit(number.charCodeAt(digits))) digits++;
  let end = digits;
  while (end < number.length && isAsciiLetter(number.charCodeAt(end))) end++;
  const valid = digits > 0 && end === number.length;
  sequence.add(number, valid ? Number(digits === number.length ? number : number.slice(0, digits)) : Number.NaN, !valid || digits < number.length, offset);
}

/** `Number(number.slice(from))`, without the slice when it is plain digits (as sub-clause numbers are). */
function numberFrom(number: string, from: number): number {
  let value = 0;
  if (from >= number.length || number.length - from > 15) return Number(number.slice(from));
  for (let i = from; i < number.length; i++) {
    const code = number.charCodeAt(i);
    if (!isDigit(code)) return Number(number.slice(from));
    value = value * 10 + code - 48;
  }
  return value;
}

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
    const articleSequence = new SequenceCheck('article', context.report);
    for (const article of articles) addArticleNumber(articleSequence, article.number, article.numberOffset);

    for (const article of articles) {
      if (article.clauses.length === 0) continue;
      // Most articles number their sub-clauses under one parent ("7.1", "7.2"): a check for it
      // alone, and a map by parent only when a second parent turns up.
      let firstParent: string | undefined;
      let firstSequence: SequenceCheck | undefined;
      let byParent: Map<string, SequenceCheck> | undefined;
      const articleNumber = lowerCase(article.number);
      for (const clause of article.clauses) {
        if (clause.style !== 'numbered') continue;
        // "7.1.2": the article "7", the parent "7.1", the last part "2" (read without splitting).
        const { number } = clause;
        const firstDot = number.indexOf('.');
        const lastDot = number.lastIndexOf('.');
        const head = firstDot === -1 ? number.length : firstDot;
        // The article's number as written needs no lower case to compare.
        const sameArticle = (head === article.number.length && number.startsWith(article.number)) || lowerCase(firstDot === -1 ? number : number.slice(0, firstDot)) === articleNumber;
        if (!sameArticle) {
          context.report({ messageId: 'clause-wrong-article', data: { number: clause.number, article: article.number }, offset: clause.numberOffset });
          continue;
        }
        let sequence: SequenceCheck | undefined;
        const parentLength = lastDot === -1 ? 0 : lastDot;
        if (firstSequence && !byParent && parentLength === firstParent!.length && number.startsWith(firstParent!)) sequence = firstSequence;
        else {
          const parent = lastDot === -1 ? '' : number.slice(0, lastDot);
          if (!firstSequence) sequence = firstSequence = new SequenceCheck('clause', context.report, (firstParent = parent));
          else {
            byParent ??= new Map([[firstParent!, firstSequence]]);
            sequence = byParent.get(parent);
            if (!sequence) byParent.set(parent, (sequence = new SequenceCheck('clause', context.report, parent)));
          }
        }
        sequence.add(number, numberFrom(number, lastDot + 1), false, clause.numberOffset);
      }
    }
  },
};

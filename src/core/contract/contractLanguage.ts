import { getProperty, type DocNode } from '../document/model';
import type { ContractModel } from './model';
import { textKey } from '../text/textKey';
import { TextResultCache } from './proseText';

const DUTCH_KEYWORDS = /^(?:artikel|art\.|bijlage)$/i;
const DUTCH_LANGUAGE = /^(?:nl|nld|dut|nl-[a-z]{2}|nederlands|dutch)$/i;
const ENGLISH_LANGUAGE = /^(?:en|eng|en-[a-z]{2}|engels|english)$/i;
const SAMPLE_LENGTH = 20_000;
const DUTCH_WORDS = /(?<![\p{L}])(?:de|het|een|van|en|zijn|wordt|worden|niet|Opdrachtgever|Leverancier|Overeenkomst|Partijen)(?![\p{L}])/gu;
const ENGLISH_WORDS = /(?<![\p{L}])(?:the|of|and|shall|will|not|Customer|Supplier|Agreement|Parties)(?![\p{L}])/gu;
/** A heading keyword weighs as much as this many common words. */
const KEYWORD_WEIGHT = 10;

/**
 * Dutch or English: the front matter's `taal`/`language`/`lang` if it says, else the article and
 * annex keywords ("Artikel", "Bijlage" against "Article", "Annex", "Schedule") and the common words of
 * the first part of the text. Dutch when nothing tells.
 */
export function detectLanguage(text: string, contentStart: number, frontMatterRoot: DocNode | undefined, headingKeywords: string[]): ContractModel['language'] {
  for (const key of ['taal', 'language', 'lang']) {
    const value = getProperty(frontMatterRoot, key)?.value;
    if (value?.kind !== 'scalar' || typeof value.value !== 'string') continue;
    if (DUTCH_LANGUAGE.test(value.value.trim())) return 'nl';
    if (ENGLISH_LANGUAGE.test(value.value.trim())) return 'en';
  }
  let score = 0;
  for (const keyword of headingKeywords) {
    if (keyword === '') continue;
    score += DUTCH_KEYWORDS.test(keyword) ? KEYWORD_WEIGHT : -KEYWORD_WEIGHT;
  }
  const sampleEnd = Math.min(text.length, contentStart + SAMPLE_LENGTH);
  // The common words have two letters or more and no letter next to them, so each takes three
  // characters of the sample but the last: a keyword score beyond that many words decides alone
  // (the headings of a long contract), and the sample need not be read.
  const mostWords = Math.max(0, Math.floor((sampleEnd - contentStart + 1) / 3));
  if (score - mostWords >= 0) return 'nl';
  if (score + mostWords < 0) return 'en';
  score += wordScore(text, contentStart, sampleEnd);
  return score >= 0 ? 'nl' : 'en';
}

/** Per sample text (by its hash), its Dutch words less its English words: an edit further on does not count them again. */
const WORD_SCORES = new TextResultCache<number>(256);

function wordScore(text: string, start: number, end: number): number {
  const key = textKey(text, start, end);
  let score = WORD_SCORES.get(key);
  if (score === undefined) {
    const sample = text.slice(start, end);
    score = (sample.match(DUTCH_WORDS)?.length ?? 0) - (sample.match(ENGLISH_WORDS)?.length ?? 0);
    WORD_SCORES.set(key, score);
  }
  return score;
}

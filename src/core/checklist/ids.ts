/**
 * The ids of the checklist's questions and statuses, without the catalog's texts: light enough
 * for the webview bundle, which checks its own messages with `messages.ts` before it posts them.
 */
import { TOPIC_IDS, type TopicId } from '../contract/catalog/types';

export const SUPPLIER_QUESTION_IDS = [
  'supplier/algorithm-type',
  'supplier/training-data',
  'supplier/performance',
  'supplier/bias-tests',
  'supplier/data-location',
  'supplier/certifications',
  'supplier/register-record',
  'supplier/model-updates',
] as const;

export type SupplierQuestionId = (typeof SUPPLIER_QUESTION_IDS)[number];

/** A question's id: a catalog topic id, or `supplier/...`. The ids are the keys of the checklist file. */
export type QuestionId = TopicId | SupplierQuestionId;

export const QUESTION_IDS: readonly QuestionId[] = [...TOPIC_IDS, ...SUPPLIER_QUESTION_IDS];

export function isQuestionId(id: string): id is QuestionId {
  return (QUESTION_IDS as readonly string[]).includes(id);
}

export const ANSWER_STATUSES = ['voldaan', 'deels', 'niet-voldaan', 'nvt'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];
/** `open`: not answered (or only suggested). */
export type ItemStatus = AnswerStatus | 'open';
export const ITEM_STATUSES: readonly ItemStatus[] = ['voldaan', 'deels', 'niet-voldaan', 'nvt', 'open'];

/** Bars of the progress: the four answers, suggestions not yet confirmed, and questions still open. */
export type ProgressBucket = AnswerStatus | 'suggested' | 'open';
export const PROGRESS_BUCKETS: readonly ProgressBucket[] = [...ANSWER_STATUSES, 'suggested', 'open'];

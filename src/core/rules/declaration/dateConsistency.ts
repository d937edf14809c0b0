import { STATUS } from '../../declaration/registerStandard';
import type { DeclarationRule } from '../../rule';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Months since year 0, so two YYYY-MM values compare as numbers. */
function monthNumber(value: string | undefined): number | undefined {
  const match = value ? MONTH.exec(value) : null;
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : undefined;
}

export const dateConsistencyRule: DeclarationRule = {
  meta: {
    id: 'declaration/date-consistency',
    alias: 'consistent-dates',
    defaultSeverity: 'warning',
    tags: ['declaration', 'register'],
    description: {
      nl: 'Status, begindatum en einddatum passen bij elkaar.',
      en: 'Status, begin date and end date agree with each other.',
    },
    sources: [
      {
        title: { nl: 'Publicatiestandaard Algoritmeregister 1.0: velden status, begin_date en end_date', en: 'Algoritmeregister publication standard 1.0: fields status, begin_date and end_date' },
        url: 'https://github.com/MinBZK/Algoritmeregister',
      },
    ],
    fixable: false,
  },
  check(context) {
    const today = context.today.getFullYear() * 12 + context.today.getMonth();
    for (const record of context.records) {
      const status = record.string('status');
      const begin = monthNumber(record.string('begin_date'));
      const end = monthNumber(record.string('end_date'));
      const endNode = record.property('end_date');
      const hasEnd = record.string('end_date') !== undefined;
      const statusOffset = record.scalar('status')?.offset ?? record.headOffset;
      if (status === STATUS.retired && !hasEnd) {
        context.report({ messageId: 'retired-without-end', offset: statusOffset, pointer: `${record.pointer}/status` });
      }
      if (status === STATUS.inUse && hasEnd && endNode) {
        context.report({ messageId: 'in-use-with-end', data: { end: record.string('end_date') ?? '' }, offset: endNode.value.offset, pointer: endNode.value.pointer });
      }
      if (status === STATUS.inDevelopment && hasEnd && endNode) {
        context.report({ messageId: 'in-development-with-end', offset: endNode.value.offset, pointer: endNode.value.pointer });
      }
      if (begin !== undefined && end !== undefined && end < begin && endNode) {
        context.report({
          messageId: 'end-before-begin',
          data: { begin: record.string('begin_date') ?? '', end: record.string('end_date') ?? '' },
          offset: endNode.value.offset,
          pointer: endNode.value.pointer,
          severity: 'error',
        });
      }
      if (status === STATUS.retired && end !== undefined && end > today && endNode) {
        context.report({ messageId: 'retired-end-in-future', data: { end: record.string('end_date') ?? '' }, offset: endNode.value.offset, pointer: endNode.value.pointer, severity: 'error' });
      }
      const beginNode = record.property('begin_date');
      if (status === STATUS.inUse && begin !== undefined && begin > today && beginNode) {
        context.report({ messageId: 'in-use-begin-in-future', data: { begin: record.string('begin_date') ?? '' }, offset: beginNode.value.offset, pointer: beginNode.value.pointer });
      }
    }
  },
};

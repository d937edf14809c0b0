import { GROUPING_FIELDS, isRequired, registerField } from '../../declaration/registerStandard';
import { getProperty, type DocNode } from '../../document/model';
import type { DeclarationRule } from '../../rule';

function isBlank(node: DocNode | undefined): boolean {
  return !node || (node.kind === 'scalar' && (node.value === null || (typeof node.value === 'string' && node.value.trim() === '')));
}

export const emptyLinkRule: DeclarationRule = {
  meta: {
    id: 'declaration/empty-link',
    alias: 'no-empty-links',
    defaultSeverity: 'warning',
    tags: ['declaration', 'register'],
    description: {
      nl: 'Verwijzingen naar wetten, impacttoetsen en gegevensbronnen hebben een titel en, waar het register dat vraagt, een link.',
      en: 'References to laws, impact assessments and data sources have a title and, where the register asks for one, a link.',
    },
    sources: [
      {
        title: { nl: 'Publicatiestandaard Algoritmeregister 1.0: lawful_basis_grouping, impacttoetsen_grouping, source_data_grouping', en: 'Algoritmeregister publication standard 1.0: lawful_basis_grouping, impacttoetsen_grouping, source_data_grouping' },
        url: 'https://github.com/MinBZK/Algoritmeregister',
      },
    ],
    fixable: false,
  },
  check(context) {
    for (const record of context.records) {
      for (const field of GROUPING_FIELDS) {
        const list = record.property(field)?.value;
        if (!list || list.kind !== 'array') continue;
        const linkRequired = isRequired(registerField(field)?.items?.link ?? {});
        const fieldTitle = registerField(field)?.title ?? field;
        for (const item of list.items) {
          if (item.kind !== 'object') continue;
          const title = getProperty(item, 'title');
          const link = getProperty(item, 'link');
          const data = { field, fieldTitle };
          if (isBlank(title?.value) && isBlank(link?.value)) {
            context.report({ messageId: 'empty-entry', data, offset: item.offset, pointer: item.pointer });
            continue;
          }
          if (isBlank(title?.value)) {
            context.report({ messageId: 'title-missing', data, offset: title ? valueOrKey(title.value.offset, title.keyOffset) : item.offset, pointer: `${item.pointer}/title` });
          }
          if (isBlank(link?.value)) {
            const offset = link ? valueOrKey(link.value.offset, link.keyOffset) : item.offset;
            if (linkRequired) {
              context.report({ messageId: 'link-missing', data, offset, pointer: `${item.pointer}/link` });
            } else {
              context.report({ messageId: 'link-missing-allowed', data, offset, pointer: `${item.pointer}/link`, severity: 'info' });
            }
          }
        }
      }
    }
  },
};

function valueOrKey(value: [number, number], key: [number, number]): [number, number] {
  return value[1] > value[0] ? value : key;
}

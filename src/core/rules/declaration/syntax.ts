import type { DeclarationRule } from '../../rule';

export const syntaxRule: DeclarationRule = {
  meta: {
    id: 'declaration/syntax',
    alias: 'readable-file',
    defaultSeverity: 'error',
    tags: ['declaration', 'syntax'],
    description: {
      nl: 'Het bestand is leesbare YAML of JSON in UTF-8, zonder dubbele velden.',
      en: 'The file is readable YAML or JSON in UTF-8, without duplicate keys.',
    },
    sources: [
      { title: { nl: 'YAML 1.2', en: 'YAML 1.2' }, url: 'https://yaml.org/spec/1.2.2/' },
      { title: { nl: 'RFC 8259 (JSON)', en: 'RFC 8259 (JSON)' }, url: 'https://www.rfc-editor.org/rfc/rfc8259' },
    ],
    fixable: false,
  },
  check(context) {
    for (const problem of context.document.problems) {
      context.report({ messageId: problem.messageId, data: problem.data, offset: problem.offset });
    }
  },
};

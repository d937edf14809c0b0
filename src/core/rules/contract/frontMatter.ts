import { declaredProfile, profileName } from '../../contract/frontMatterFields';
import type { ContractRule } from '../../rule';

export const frontMatterRule: ContractRule = {
  meta: {
    id: 'contract/front-matter',
    alias: 'valid-front-matter',
    defaultSeverity: 'error',
    tags: ['contract', 'syntax'],
    description: {
      nl: 'Het bestand is leesbare tekst, de gegevens bovenaan (front matter) zijn leesbare YAML en het risicoprofiel is bekend.',
      en: 'The file is readable text, the data at the top (front matter) is readable YAML and the risk profile is a known value.',
    },
    sources: [
      { title: { nl: 'YAML 1.2', en: 'YAML 1.2' }, url: 'https://yaml.org/spec/1.2.2/' },
      { title: { nl: 'Algoritmekader: risicoprofielen', en: 'Algoritmekader: risk profiles' }, url: 'https://minbzk.github.io/Algoritmekader/' },
    ],
    fixable: false,
  },
  check(context) {
    const frontMatter = context.contract.frontMatter;
    if (!frontMatter) return;
    for (const problem of frontMatter.problems) {
      context.report({ messageId: problem.messageId, ...(problem.data ? { data: problem.data } : {}), offset: problem.offset });
    }
    if (context.documentRole !== 'contract') return;
    const declared = declaredProfile(frontMatter.root);
    if (declared && !declared.profile) {
      const value = declared.property.value.offset;
      context.report({
        messageId: declared.written === '' ? 'profile-empty' : 'profile-unknown',
        data: { value: declared.written, profile: profileName(context.profile) },
        offset: value[1] > value[0] ? value : declared.property.keyOffset,
      });
    }
  },
};

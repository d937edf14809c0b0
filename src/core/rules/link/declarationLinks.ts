import { PUBLICATION_CATEGORY } from '../../declaration/registerStandard';
import { profileOfCategory } from '../../links/links';
import type { DeclarationRule } from '../../rule';
import { linkBrokenMeta, linkContractMissingMeta } from './meta';

/** `inkooplint.contract` names a file that does not exist, lies outside what may be read, or is no contract. */
export const declarationLinkBrokenRule: DeclarationRule = {
  meta: linkBrokenMeta,
  check(context) {
    const { links } = context;
    if (!links) return;
    for (const record of context.records) {
      const property = record.extensionProperty('contract');
      const written = record.extension('contract');
      if (!property || !written) continue;
      const resolution = links.resolve(written);
      if (resolution.status === 'contract') continue;
      const problem = resolution.status === 'declaration' ? 'wrong-kind' : resolution.status;
      context.report({ messageId: `contract-${problem}`, data: { path: written }, offset: property.value.offset, pointer: `${record.pointer}/inkooplint/contract`, properties: { target: written } });
    }
  },
};

/** A high-risk or impactful algorithm with a supplier, but no contract linked either way. */
export const contractMissingRule: DeclarationRule = {
  meta: linkContractMissingMeta,
  check(context) {
    const { links } = context;
    if (!links || links.listedByContracts.length > 0) return;
    for (const record of context.records) {
      if (!record.string('provider') || record.extension('contract')) continue;
      const profile = profileOfCategory(record.string('publication_category'));
      if (profile !== 'hoog-risico' && profile !== 'impactvol') continue;
      const category = record.string('publication_category') ?? PUBLICATION_CATEGORY.impactful;
      context.report({ messageId: 'missing', data: { provider: record.string('provider') ?? '', category }, offset: record.keyOffsetOr('provider'), pointer: `${record.pointer}/provider` });
    }
  },
};

export const DECLARATION_LINK_RULES: readonly DeclarationRule[] = [declarationLinkBrokenRule, contractMissingRule];

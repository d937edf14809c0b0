import { declaredProfile, listedDeclarations, profileName } from '../../contract/frontMatterFields';
import { isLowerProfile } from '../../links/links';
import type { ContractRule } from '../../rule';
import { linkBrokenMeta, linkProfileMismatchMeta } from './meta';

/** An entry of `algoritmes:` / `algorithms:` that leads to no declaration. */
export const contractLinkBrokenRule: ContractRule = {
  meta: linkBrokenMeta,
  check(context) {
    const { links } = context;
    if (!links || context.documentRole !== 'contract' || context.hasSyntaxErrors) return;
    for (const entry of listedDeclarations(context.contract.frontMatter?.root)) {
      const resolution = links.resolve(entry.value);
      if (resolution.status === 'declaration') continue;
      const problem = resolution.status === 'contract' ? 'wrong-kind' : resolution.status;
      context.report({ messageId: `declaration-${problem}`, data: { path: entry.value }, offset: entry.offset, properties: { target: entry.value } });
    }
  },
};

/** The front matter states a lower profile than a linked declaration's publication category. */
export const profileMismatchRule: ContractRule = {
  meta: linkProfileMismatchMeta,
  check(context) {
    if (context.documentRole !== 'contract' || context.hasSyntaxErrors) return;
    const declared = declaredProfile(context.contract.frontMatter?.root);
    if (!declared?.profile) return;
    const highest = context.linkedDeclarations.find((linked) => linked.profile === context.profile);
    if (!highest || !isLowerProfile(declared.profile, context.profile)) return;
    const value = declared.property.value.offset;
    const english = ['high-risk', 'impactful', 'other'].includes(declared.written.toLowerCase());
    const replacement = english ? profileName(context.profile).en : profileName(context.profile).nl;
    context.report({
      messageId: 'lower',
      data: { declared: profileName(declared.profile), profile: profileName(context.profile), path: highest.path, category: highest.category ?? '' },
      offset: value,
      fixes: [{ messageId: 'raise', data: { profile: profileName(context.profile) }, edits: [{ offset: value, newText: replacement }] }],
    });
  },
};

export const CONTRACT_LINK_RULES: readonly ContractRule[] = [contractLinkBrokenRule, profileMismatchRule];

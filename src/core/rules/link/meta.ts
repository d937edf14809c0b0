import type { RuleMeta } from '../../rule';

const LINK_SOURCES: RuleMeta['sources'] = [
  { title: { nl: 'Algemene Rekenkamer, Focus op AI bij de rijksoverheid (2024): overzicht en contracteisen', en: 'Netherlands Court of Audit, Focus on AI in central government (2024): overview and contract requirements' }, url: 'https://www.rekenkamer.nl/' },
  { title: { nl: 'Algoritmeregister, publicatiestandaard 1.0 (publicatiecategorie)', en: 'Algorithm register, publication standard 1.0 (publication category)' }, url: 'https://algoritmes.overheid.nl/' },
];

/** Shared by the declaration and the contract side: one rule, one id, whichever file the link is written in. */
export const linkBrokenMeta: RuleMeta = {
  id: 'link/broken',
  alias: 'no-broken-links',
  defaultSeverity: 'warning',
  tags: ['link'],
  description: {
    nl: 'Een koppeling tussen algoritme en contract (inkooplint.contract, algoritmes:) wijst naar een bestaand bestand van de goede soort.',
    en: 'A link between an algorithm and a contract (inkooplint.contract, algorithms:) points to an existing file of the right kind.',
  },
  sources: LINK_SOURCES,
  fixable: false,
};

export const linkProfileMismatchMeta: RuleMeta = {
  id: 'link/profile-mismatch',
  alias: 'profile-matches-declarations',
  defaultSeverity: 'warning',
  tags: ['link', 'contract'],
  description: {
    nl: 'Het risicoprofiel van een contract is niet lager dan de publicatiecategorie van de algoritmes die eraan gekoppeld zijn.',
    en: "A contract's risk profile is not lower than the publication category of the algorithms linked to it.",
  },
  sources: LINK_SOURCES,
  fixable: true,
};

export const linkContractMissingMeta: RuleMeta = {
  id: 'link/contract-missing',
  alias: 'supplier-contract-linked',
  defaultSeverity: 'info',
  tags: ['link', 'declaration'],
  description: {
    nl: 'Een hoog-risico- of impactvol algoritme van een leverancier is gekoppeld aan het contract met die leverancier.',
    en: "A high-risk or impactful algorithm from a supplier is linked to the contract with that supplier.",
  },
  sources: LINK_SOURCES,
  fixable: false,
};

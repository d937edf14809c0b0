import type { ContractRule } from '../../rule';

/**
 * Tracked changes in a Word contract that weaken it: a required topic that the contract covered
 * before the changes and does not cover after them, or a clause that favours the supplier and that
 * a change brought in. The comparison of the two readings is `reviewTrackedChanges`
 * (src/core/contract/changeReview.ts); the Word front door (src/node/docx) calls it. Markdown has
 * no tracked changes, so on a Markdown contract the rule finds nothing: its check is empty.
 */
export const weakeningChangeRule: ContractRule = {
  meta: {
    id: 'contract/weakening-change',
    alias: 'no-weakening-changes',
    defaultSeverity: 'warning',
    tags: ['contract', 'catalog', 'word'],
    description: {
      nl: 'Bijgehouden wijzigingen in een Word-contract halen geen verplicht onderwerp weg en voegen geen bepaling toe die de leverancier bevoordeelt.',
      en: 'Tracked changes in a Word contract remove no required topic and add no clause that favours the supplier.',
    },
    sources: [
      { title: { nl: 'GIBIT 2023 (pas toe of leg uit)', en: 'GIBIT 2023 (comply or explain)' }, url: 'https://www.digitaleoverheid.nl/overzicht-van-alle-onderwerpen/gibit/' },
      { title: { nl: 'Modelcontractbepalingen AI (MCC-AI), 2025', en: 'Model contractual clauses for AI (MCC-AI), 2025' }, url: 'https://living-in.eu/groups/solutions/ai-procurement' },
    ],
    fixable: false,
  },
  check() {
    // Nothing to compare in one text: see reviewTrackedChanges.
  },
};

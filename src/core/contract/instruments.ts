/**
 * Other legal instruments a contract cites: laws, regulations, standards, general conditions and
 * other agreements. A reference such as "artikel 28 AVG", "Article 86 of the AI Act" or
 * "GIBIT 2023 artikel 12" points into one of these, not into the contract itself, so the
 * cross-reference parser must not report it as a (possibly broken) reference into the contract.
 *
 * Each entry is a regular-expression fragment matched where the instrument's name starts (right after
 * the reference, after "van de" / "of the" / "bij de" / "to the", or right before "artikel"/"Article").
 * Abbreviations are matched with their exact case and as whole words, so that "BIO" is the security
 * baseline but "bio" is not; names are matched in any case, so "van de wet" counts as much as "Wet BRP".
 * A space in a fragment also matches a line break. Add to this list rather than to the parser when a
 * contract cites an instrument it does not know.
 */

/**
 * A letter and a capital, for the fragments. They are matched without Unicode mode, which in V8 is
 * several times faster (above all case-insensitively), so `\p{L}` is not available; Latin letters with
 * diacritics are what Dutch and English names use.
 */
export const LETTER = '[A-Za-zÀ-ÖØ-öø-ÿ]';
export const CAPITAL_LETTER = '[A-ZÀ-ÖØ-Þ]';
const NOT_LETTER = `(?!${LETTER})`;

export interface Instrument {
  /** Regular-expression fragment, without Unicode mode: write letters as `LETTER` and `CAPITAL_LETTER`. */
  pattern: string;
  /** Abbreviations: exact case, whole word. Names: any case, the fragment says where the name ends. */
  abbreviation?: true;
}

const abbreviation = (pattern: string): Instrument => ({ pattern, abbreviation: true });
const name = (pattern: string): Instrument => ({ pattern });

export const INSTRUMENTS: readonly Instrument[] = [
  // Data protection
  abbreviation('AVG'),
  abbreviation('UAVG'),
  abbreviation('GDPR'),
  abbreviation('UK GDPR'),
  abbreviation('DPA'),
  name('algemene verordening gegevensbescherming'),
  name('uitvoeringswet'),
  name('general data protection regulation'),
  // Civil code, administrative law and other Dutch statutes
  abbreviation('BW'),
  abbreviation('Rv'),
  abbreviation('Sr'),
  abbreviation('Sv'),
  abbreviation('Awb'),
  abbreviation('AWB'),
  abbreviation('Gw'),
  abbreviation('Wpg'),
  abbreviation('Wjsg'),
  abbreviation('Wmo(?: 2015)?'),
  abbreviation('Woo'),
  abbreviation('Wob'),
  abbreviation('Wbni'),
  abbreviation('Cbw'),
  abbreviation('Wdo'),
  abbreviation('Aw'),
  name('burgerlijk wetboek'),
  name(`(?:${LETTER}|-)*wetboek`),
  name('algemene wet bestuursrecht'),
  // "Wet BRP", "Wet open overheid", "de wet"; and one-word laws: "Archiefwet", "Gemeentewet", "Participatiewet".
  name(`wet${NOT_LETTER}`),
  name(`${LETTER}{2,}wet${NOT_LETTER}`),
  name(`besluit${NOT_LETTER}`),
  name(`${LETTER}{2,}besluit${NOT_LETTER}`),
  name(`regeling${NOT_LETTER}`),
  // EU law and treaties
  abbreviation('AI Act'),
  abbreviation('EU AI Act'),
  abbreviation('AIA'),
  abbreviation('NIS2'),
  abbreviation('DSA'),
  abbreviation('DGA'),
  abbreviation('VWEU'),
  abbreviation('TFEU'),
  abbreviation('EVRM'),
  abbreviation('ECHR'),
  abbreviation('IVBPR'),
  name('ai-verordening'),
  name('ai verordening'),
  name(String.raw`verordening artifici[eë]le intelligentie`),
  name('artificial intelligence act'),
  name(`verordening${NOT_LETTER}`),
  name(`regulation${NOT_LETTER}`),
  name(`richtlijn${NOT_LETTER}`),
  name(`directive${NOT_LETTER}`),
  name(`verdrag${NOT_LETTER}`),
  name(`treaty${NOT_LETTER}`),
  name(`handvest${NOT_LETTER}`),
  name(`charter${NOT_LETTER}`),
  // English statutes: "Data Protection Act 2018", "the AI Act", "Freedom of Information Act".
  {
    pattern: String.raw`(?:${CAPITAL_LETTER}(?:${LETTER}|[0-9-])*\s+(?:(?:${CAPITAL_LETTER}(?:${LETTER}|[0-9-])*|of|the|and|on|for)\s+){0,5})?Act${NOT_LETTER}`,
    abbreviation: true,
  },
  // Purchasing conditions, model clauses and standards
  abbreviation('GIBIT'),
  abbreviation('ARBIT'),
  abbreviation('ARVODI'),
  abbreviation('ARIV'),
  abbreviation('UAV(?:-GC)?'),
  abbreviation('DNR'),
  abbreviation('MCC-AI'),
  abbreviation('MCC'),
  abbreviation('BIO'),
  abbreviation('ISO'),
  abbreviation('NEN'),
  abbreviation('IEC'),
  name('baseline informatiebeveiliging'),
  name('algemene (?:inkoop)?voorwaarden'),
  name('inkoopvoorwaarden'),
  name('leveringsvoorwaarden'),
  name('general terms'),
  name('terms and conditions'),
  // Other agreements beside the contract: a reference into them is not a reference into the contract.
  name(`verwerkersovereenkomst${NOT_LETTER}`),
  name(`verwerkingsovereenkomst${NOT_LETTER}`),
  name(`raamovereenkomst${NOT_LETTER}`),
  name(`(?:data )?processing agreement${NOT_LETTER}`),
  name(`framework agreement${NOT_LETTER}`),
];

import { anyOf, terms, WordPresence } from '../../contract/catalog/patterns';
import { DATA } from '../../contract/catalog/vocabulary';
import { TextResultCache } from '../../contract/proseText';
import { judgedSentences, readSentenceWords } from '../../contract/sentences';
import type { ContractRule } from '../../rule';

const SUPPLIER = terms('leverancier*', 'opdrachtnemer*', 'dienstverlener*', 'supplier*', 'contractor*', 'vendor*', 'provider*', 'service provider*');

/** A right or permission of the supplier to use something. */
const PERMISSION = terms(
  'mag', 'mogen', 'is gerechtigd', 'zijn gerechtigd', 'is bevoegd', 'heeft het recht', 'het recht (?:om|tot|op)', 'recht van gebruik',
  'gebruiksrecht*', 'licentie', 'toestemming (?:om|voor)', 'staat (?:\\S+ ){0,4}toe', 'verleent (?:\\S+ ){0,6}recht*',
  'may', 'is entitled', 'are entitled', 'has the right', 'have the right', 'right to', 'is permitted', 'is allowed', 'licen[cs]e',
  'grants? (?:\\S+ ){0,6}right*',
);

const USE = terms(
  'gebruik*', 'hergebruik*', 'gebruikt', 'verwerk*', 'analyseer*', 'analyse*', 'exploiteer*', 'exploitatie', 'commercialiseer*', 'train*', 'delen',
  'use', 'uses', 'using', 'reuse*', 're-use*', 'process*', 'analy[sz]e*', 'exploit*', 'commerciali[sz]e*', 'share',
);

/** The supplier's own purposes, as GIBIT forbids them. */
const OWN_PURPOSE_ITSELF = terms(
  'eigen doel*', 'eigen gebruik', 'eigen (?:producten|diensten|dienstverlening|modellen|algoritmes)', 'eigen commerci*', 'commerci[eë]le doel*',
  'andere (?:klanten|afnemers|opdrachtgevers|gemeenten|partijen)', 'product~verbetering', 'product~ontwikkeling',
  'verbeter* (?:\\S+ ){0,3}(?:producten|diensten|dienstverlening|modellen|software|algoritmes)',
  'ontwikkel* (?:\\S+ ){0,3}(?:producten|diensten|modellen)', 'train* (?:\\S+ ){0,3}(?:modellen|algoritmes)',
  'own purposes?', 'its own (?:benefit|use|products|services|models|business)', 'other (?:customers|clients|purposes)',
  'commercial purposes?', 'product (?:improvement|development)', 'improv* (?:\\S+ ){0,3}(?:products|services|models|offering)',
  'develop* (?:\\S+ ){0,3}(?:products|services|models)', 'train* (?:\\S+ ){0,3}models?',
);

/**
 * Third parties: an own purpose of the supplier, unless they process the data for the buyer as
 * sub-processors, or the law makes the supplier hand the data over. Neither is a use for the
 * supplier's own ends ("The Supplier may engage third parties as sub-processors to process Customer
 * Data", "... met derden delen voor zover een wettelijke verplichting dat vereist"; GDPR art. 28(2)
 * and (3)(a)).
 */
const THIRD_PARTIES = terms('derden', 'third part(?:y|ies)');
const SUB_PROCESSING = terms(
  '*subverwerker*', 'sub~verwerker*', 'onderaannemer*', 'sub~processor*', 'subprocessor*', 'subcontractor*', 'sub~contractor*',
);
const LEGAL_DUTY = terms(
  'wettelijk* (?:verplicht*|voorschrift*|vereist)', 'op grond van (?:de |een )?wet', 'wet (?:\\S+ ){0,3}(?:verplicht|vereist|voorschrijft)',
  'rechterlijk* (?:bevel|uitspraak|vonnis)', 'required (?:\\S+ ){0,2}by (?:\\S+ ){0,4}law', '(?:the )?law requires', '(?:legal|statutory) (?:obligation|duty|requirement)s?',
  'court order*',
);
const OWN_PURPOSE = anyOf(OWN_PURPOSE_ITSELF, THIRD_PARTIES);

/** A sentence that forbids or limits the use is no permission. */
const NEGATION = terms('niet', 'geen', 'nooit', 'uitsluitend', 'alleen', 'not', 'never', 'no', 'only', 'solely', 'exclusively', 'prohibited', 'verboden');
/** GIBIT allows the use of fully anonymised data to improve the algorithm; pseudonymised data is still personal data. */
const ANONYMISED = terms('geanonimiseerd*', 'anonimis*', 'anonymi[sz]*');

const REQUIRED = [SUPPLIER, PERMISSION, USE, DATA, OWN_PURPOSE];
const words = new WordPresence();
/** Per segment text, the sentences that grant such a right (relative offsets). */
const SENTENCES = new TextResultCache<ReadonlyArray<readonly [number, number]>>(20_000);

export const supplierDataUseRule: ContractRule = {
  meta: {
    id: 'contract/supplier-data-use',
    alias: 'no-supplier-data-use',
    defaultSeverity: 'warning',
    tags: ['contract', 'catalog', 'gdpr'],
    description: {
      nl: 'Het contract geeft de leverancier geen recht om gegevens van de gemeente voor eigen doelen of voor andere klanten te gebruiken.',
      en: "The contract gives the supplier no right to use the municipality's data for its own purposes or for other customers.",
    },
    sources: [
      { title: { nl: 'GIBIT 2023: gegevens van de opdrachtgever', en: "GIBIT 2023: the buyer's data" }, url: 'https://www.digitaleoverheid.nl/overzicht-van-alle-onderwerpen/gibit/' },
      { title: { nl: 'AVG, artikel 28, derde lid, onder a', en: 'GDPR, Article 28(3)(a)' }, url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' },
    ],
    fixable: false,
  },
  check(context) {
    const held = judgedSentences(
      context.contract,
      SENTENCES,
      (sentence) => {
        // Patterns whose words the sentence lacks cannot occur: the sentence is judged without running them.
        if (!mayUse(readSentenceWords(words, context.contract, sentence))) return false;
        // A negation or anonymised data that the words alone prove settles it: no pattern is run.
        if (words.decide(NEGATION) === true || words.decide(ANONYMISED) === true) return false;
        const { text } = sentence;
        if (!REQUIRED.every((pattern) => words.occurs(pattern, text))) return false;
        if (words.occurs(NEGATION, text) || words.occurs(ANONYMISED, text)) return false;
        // Third parties alone are no own purpose where they are sub-processors or the law requires it.
        return words.occurs(OWN_PURPOSE_ITSELF, text) || !(words.occurs(SUB_PROCESSING, text) || words.occurs(LEGAL_DUTY, text));
      },
      mayUse,
    );
    for (const offset of held) context.report({ messageId: 'own-use', offset, properties: { topic: 'data-ownership' } });
  },
};

/** Whether text with these words may give the supplier use of the data: false when a required pattern cannot occur. */
function mayUse(found: WordPresence): boolean {
  for (const pattern of REQUIRED) if (!found.admits(pattern)) return false;
  return true;
}

import { terms, WordPresence } from '../../contract/catalog/patterns';
import { ALGORITHM } from '../../contract/catalog/vocabulary';
import { TextResultCache } from '../../contract/proseText';
import { judgedSentences, readSentenceWords } from '../../contract/sentences';
import type { ContractRule } from '../../rule';

/** "niet verplicht inzicht te geven", "not obliged to disclose": an explicit refusal to explain. */
const REFUSAL = terms(
  '(?:niet|geen) (?:\\S+ ){0,2}(?:verplicht|gehouden|verplichting)(?: \\S+){0,8} (?:inzicht|uitleg|toelichting|inzage|openheid|informatie over de werking|uit te leggen|toe te lichten)',
  'weiger* (?:\\S+ ){0,6}(?:inzicht|uitleg|toelichting|inzage|uit te leggen|toe te lichten)',
  'hoeft (?:\\S+ ){0,6}(?:geen|niet) (?:\\S+ ){0,4}(?:inzicht|uitleg|toelichting|inzage|uit te leggen|toe te lichten)',
  '(?:not|no|under no) (?:\\S+ ){0,2}(?:obliged|obligated|required|obligation|bound)(?: \\S+){0,8} (?:disclos*|explain*|reveal*|insight|access to)',
  'refuse* (?:\\S+ ){0,6}(?:disclos*|explain*|explanation|insight|access)', 'withhold* (?:\\S+ ){0,6}(?:explanation|insight|information|access)',
);

/** A shield: the workings are a trade secret, together with words that withhold them. */
const SECRET = terms('bedrijfsgeheim*', 'fabrieksgeheim*', 'vertrouwelijke bedrijfsinformatie', 'trade secrets?', 'proprietary', 'black~box');
const WITHHOLD = terms('niet', 'geen', 'nooit', 'weiger*', 'not', 'no', 'never', 'refuse*', 'withhold*', 'excluded', 'uitgesloten');
const EXPLANATION_WORDS = ['inzicht', 'uitleg', 'toelichting', 'inzage', 'openbaar*', 'uitleggen', 'toelichten', 'uitgelegd', 'toegelicht', 'uit te leggen', 'toe te lichten', 'explain*', 'explanation*', 'insight', 'disclos*', 'reveal*', 'inspect*'];
const EXPLANATION = terms(...EXPLANATION_WORDS);
/**
 * The withholding word must be about the explanation: "wordt niet toegelicht", "shall not disclose
 * them", "inzage is uitgesloten", not a "not" elsewhere in the sentence ("is not published by the
 * Customer, but is explained to the Customer in full").
 */
const EXPLANATION_ALTERNATIVES = EXPLANATION_WORDS.join('|');
const EXPLANATION_WITHHELD = terms(
  `(?:niet|geen|nooit|not|no|never)(?: \\S+){0,3} (?:${EXPLANATION_ALTERNATIVES})`,
  `(?:weiger*|refuse*|withhold*)(?: \\S+){0,6} (?:${EXPLANATION_ALTERNATIVES})`,
  `(?:${EXPLANATION_ALTERNATIVES})(?: \\S+){0,8} (?:excluded|uitgesloten)`,
);

/** What the refusal must be about: the algorithm and how it works. */
const WORKINGS = terms('werking', 'logica', 'broncode', 'gewichten', 'parameters', 'workings', 'logic', 'source code', 'weights', 'how (?:\\S+ ){0,3}works');

/** Sentences that set the shield aside: "cannot rely on trade secrets to refuse an explanation". */
const COUNTER = terms(
  'zich niet (?:\\S+ ){0,6}beroepen', 'kan (?:\\S+ ){0,6}niet weigeren', 'mag (?:\\S+ ){0,6}niet weigeren', 'doet niet af', 'staat niet in de weg', 'onverminderd',
  'niet (?:\\S+ ){0,4}als reden', 'may not (?:rely|refuse|invoke)', 'shall not (?:rely|refuse|invoke)', 'cannot (?:rely|refuse|invoke)',
  'do(?:es)? not (?:prevent|limit|affect|entitle|allow|relieve)', 'notwithstanding', 'not (?:\\S+ ){0,3}a reason',
);

const words = new WordPresence();
/** Per segment text, the sentences that shield the workings (relative offsets). */
const SENTENCES = new TextResultCache<ReadonlyArray<readonly [number, number]>>(20_000);

export const explanationRefusedRule: ContractRule = {
  meta: {
    id: 'contract/explanation-refused',
    alias: 'no-explanation-shield',
    defaultSeverity: 'warning',
    tags: ['contract', 'catalog', 'ai-act', 'gdpr'],
    description: {
      nl: 'Het contract schermt de werking van het algoritme niet af van uitleg, als het profiel uitleg vraagt.',
      en: "The contract does not shield the algorithm's workings from explanation where the profile requires explainability.",
    },
    sources: [
      { title: { nl: 'AI-verordening (EU) 2024/1689, artikelen 13 en 86', en: 'AI Act (EU) 2024/1689, Articles 13 and 86' }, url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj' },
      { title: { nl: 'AVG, artikelen 13 tot en met 15 en 22', en: 'GDPR, Articles 13 to 15 and 22' }, url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' },
      { title: { nl: 'Modelcontractbepalingen AI (MCC-AI), 2025', en: 'Model contractual clauses for AI (MCC-AI), 2025' }, url: 'https://living-in.eu/groups/solutions/ai-procurement' },
    ],
    fixable: false,
  },
  check(context) {
    if (!context.requiredTopics.includes('explainability')) return;
    const held = judgedSentences(
      context.contract,
      SENTENCES,
      (sentence) => {
        // Patterns whose words the sentence lacks cannot occur: the sentence is judged without running them.
        if (!mayRefuse(readSentenceWords(words, context.contract, sentence))) return false;
        // A counter-statement that the words alone prove settles it: no pattern is run.
        if (words.decide(COUNTER) === true) return false;
        const { text } = sentence;
        if (!words.occurs(ALGORITHM, text) && !words.occurs(WORKINGS, text)) return false;
        const refuses = words.occurs(REFUSAL, text) || (words.occurs(SECRET, text) && words.occurs(WITHHOLD, text) && words.occurs(EXPLANATION, text) && words.occurs(EXPLANATION_WITHHELD, text));
        return refuses && !words.occurs(COUNTER, text);
      },
      mayRefuse,
    );
    for (const offset of held) context.report({ messageId: 'shielded', offset, properties: { topic: 'explainability' } });
  },
};

/** Whether text with these words may shield the workings: false when the patterns that must occur cannot. */
function mayRefuse(found: WordPresence): boolean {
  if (!found.admits(ALGORITHM) && !found.admits(WORKINGS)) return false;
  return found.admits(REFUSAL) || (found.admits(SECRET) && found.admits(WITHHOLD) && found.admits(EXPLANATION));
}

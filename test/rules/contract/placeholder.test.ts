import { placeholderRule } from '../../../src/core/rules/contract/placeholder';
import { runContractRuleTests } from './contractRuleTester';

const doc = (body: string): string => `# Overeenkomst\n\n## Artikel 1 Onderwerp\n\n${body}\n`;

describe('contract/placeholder', () => {
  runContractRuleTests(
    placeholderRule,
    [
      { title: 'a filled-in contract', text: doc('1.1 Algoritmica B.V. levert de dienst voor € 12.000 per jaar, vanaf 1 april 2025.') },
      { title: 'HTML tags, autolinks and e-mail addresses', text: doc('1.1 Zie <https://example.org> of mail <info@example.org>.<br>\n1.2 Voetnoot<sup>1</sup> en <span class="x">tekst</span>.') },
      { title: 'Markdown links, footnotes, citations and check boxes', text: doc('1.1 Zie [de GIBIT](https://example.org) en [^1] en [1].\n\n- [x] gedaan\n- [ ] open') },
      { title: 'a capitalised word in brackets', text: doc('1.1 Partijen [Opdrachtgever en Leverancier] komen overeen.') },
      { title: 'text in code and in HTML comments', text: doc('1.1 Zie `[NAAM LEVERANCIER]` en <!-- XXX nader in te vullen -->.\n\n```\n€ [BEDRAG] TBD\n```') },
      { title: 'PM after a time, lower-case pm and tbd', text: doc('1.1 Meetings start at 3 PM. Het woord pm en tbd telt niet.') },
      { title: 'the front matter', text: `---\ntype: overeenkomst\nleverancier: "[NAAM LEVERANCIER]"\n---\n${doc('1.1 Tekst.')}` },
      { title: 'English placeholders are not found in ordinary words', text: doc('1.1 The Supplier shall deliver the XXL package and the Xbox.') },
    ],
    [
      {
        title: 'square-bracket placeholders, in capitals or with fill-in words',
        text: doc('1.1 Leverancier [NAAM LEVERANCIER] levert op [datum invullen] aan [naam contactpersoon].'),
        findings: [{ covers: '[NAAM LEVERANCIER]' }, { covers: '[datum invullen]' }, { covers: '[naam contactpersoon]' }],
      },
      {
        title: 'an amount, XXX, PM and angle brackets',
        text: doc('1.1 De prijs is € [BEDRAG]. De looptijd is XXX maanden. Startdatum: PM. Contact: <naam contactpersoon>.'),
        findings: [{ covers: '€ [BEDRAG]' }, { covers: 'XXX' }, { covers: 'PM' }, { covers: '<naam contactpersoon>' }],
      },
      {
        title: 'template braces, fill-in wording and blanks',
        text: doc('1.1 Op {{datum}} levert Leverancier, nader in te vullen, de dienst (n.t.b.). Budget: TBD.\n1.2 Handtekening: ________'),
        findings: [{ covers: '{{datum}}', includes: '{{datum}}' }, { covers: 'nader in te vullen' }, { covers: 'n.t.b.' }, { covers: 'TBD' }, { covers: '________' }],
      },
      {
        title: 'a placeholder in a heading and in a table',
        text: '# Overeenkomst met [LEVERANCIER]\n\n| Prijs | € ... |\n| --- | --- |\n| Jaar 1 | to be determined |\n',
        findings: [{ covers: '[LEVERANCIER]' }, { covers: '€ ...' }, { covers: 'to be determined' }],
      },
    ],
  );
});

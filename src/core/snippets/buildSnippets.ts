/**
 * The VS Code snippet files in `snippets/`, built from the clause catalog and from the
 * register's configuration (`npm run generate` writes them; a test fails when they drift):
 * - `markdown.json`: per catalog topic a Dutch and an English snippet that inserts the model clause
 *   as an article ("## Artikel 9 Audit", then 9.1, 9.2 ...), and a contract skeleton per language;
 * - `yaml.json`: a declaration with every field of the register, in the register's order.
 * Pure: no file access, and the same input always gives the same text.
 */
import { CLAUSE_CATALOG, type ClauseTopic } from '../contract/catalog';
import { modelClauseArticle } from '../contract/catalog/modelClause';
import { parseSnippet } from '../contract/catalog/snippet';
import type { Language } from '../finding';
import {
  INKOOPLINT_BLOCK,
  isRequired,
  REGISTER_CONFIG,
  REGISTER_MANAGED_FIELDS,
  registerFields,
  ROLE_VALUES,
  STANDARD_VERSION,
  TECHNIQUE_VALUES,
  type RegisterConfig,
  type RegisterField,
} from '../declaration/registerStandard';
import { sourceLabel } from '../contract/catalog/sources';

/** One entry of a VS Code snippet file. */
export interface VsCodeSnippet {
  prefix: string;
  body: string[];
  description: string;
}

export type SnippetFile = Record<string, VsCodeSnippet>;

export const SNIPPET_FILES = {
  markdown: 'snippets/markdown.json',
  yaml: 'snippets/yaml.json',
} as const;

const LANGUAGES: readonly Language[] = ['nl', 'en'];

/** The tab stop of the article number in a model-clause snippet, repeated in every sub-clause number. */
export const ARTICLE_NUMBER_TAB_STOP = '${1:N}';

// ---------------------------------------------------------------------------------------------
// Snippet syntax helpers

/** Text for inside `${n:...}`: `$`, `}` and `\` escaped. */
export function escapePlaceholder(text: string): string {
  return text.replace(/[$}\\]/g, (char) => `\\${char}`);
}

/** A choice tab stop `${n|a,b,c|}`, its values escaped. */
export function choiceTabStop(index: number, values: readonly string[]): string {
  return `\${${index}|${values.map((value) => value.replace(/[$}\\|,]/g, (char) => `\\${char}`)).join(',')}|}`;
}

/** A tab stop with a default: `${n:default}`, or `${n}` without one. */
export function tabStop(index: number, defaultText = ''): string {
  return defaultText === '' ? `\${${index}}` : `\${${index}:${escapePlaceholder(defaultText)}}`;
}

/** The snippet with every numbered tab stop's index raised by `by` (`$0`, the final cursor, stays). */
export function shiftTabStops(snippet: string, by: number): string {
  const { tabStops } = parseSnippet(snippet);
  let result = '';
  let at = 0;
  for (const stop of tabStops) {
    const [start, end] = stop.offset;
    const original = snippet.slice(start, end);
    result += snippet.slice(at, start);
    result += stop.index === 0 ? original : original.replace(/^\$(\{?)\d+/, (_, brace: string) => `$${brace}${stop.index + by}`);
    at = end;
  }
  return result + snippet.slice(at);
}

function lines(text: string): string[] {
  return text.split('\n');
}

// ---------------------------------------------------------------------------------------------
// Markdown: model clauses and the contract skeleton

/** The model clause of a topic as an article snippet: the article number is $1, the clause's own tab stops follow. */
export function modelClauseSnippetText(topic: ClauseTopic, language: Language): string {
  const shifted: ClauseTopic = {
    ...topic,
    modelClause: {
      ...topic.modelClause,
      body: { ...topic.modelClause.body, [language]: shiftTabStops(topic.modelClause.body[language], 1) },
    },
  };
  return modelClauseArticle(shifted, language, { articleNumber: ARTICLE_NUMBER_TAB_STOP, form: 'snippet' });
}

function modelClauseSnippet(topic: ClauseTopic, language: Language): VsCodeSnippet {
  return {
    prefix: topic.snippetPrefix[language],
    body: lines(modelClauseSnippetText(topic, language)),
    description: `${topic.title[language]} (${sourceLabel(topic)[language]})`,
  };
}

const CONTRACT_SKELETON: Record<Language, { prefix: string; name: string; description: string; text: string }> = {
  nl: {
    prefix: 'overeenkomst',
    name: 'Overeenkomst (opzet)',
    description: 'Opzet van een overeenkomst met een leverancier van een algoritme: front matter, partijen, begrippen en lege artikelen',
    text: [
      '---',
      'type: overeenkomst',
      'leverancier: ${1:Naam leverancier}',
      'risicoprofiel: ${2|hoog-risico,impactvol,overig|}',
      'voorwaarden:',
      '  - GIBIT 2023',
      '---',
      '',
      '# Overeenkomst ${3:naam van het algoritme}',
      '',
      '## Partijen',
      '',
      '${4:Naam gemeente}, hierna: Opdrachtgever, en ${1:Naam leverancier}, hierna: Leverancier, komen het volgende overeen.',
      '',
      '## Artikel 1 Begrippen',
      '',
      '1.1 **Algoritme**: ${5:omschrijving van het algoritme dat Leverancier levert}.',
      '',
      '1.2 **Gegevens**: ${6:de gegevens van Opdrachtgever die het Algoritme verwerkt}.',
      '',
      '## Artikel 2 ${7:Onderwerp}',
      '',
      '2.1 $8',
      '',
      '## Artikel 3 ${9:Looptijd}',
      '',
      '3.1 $10',
      '',
      '## Artikel 4 ${11:Prijs en betaling}',
      '',
      '4.1 $0',
      '',
    ].join('\n'),
  },
  en: {
    prefix: 'contract',
    name: 'Contract (skeleton)',
    description: 'Skeleton of a contract with a supplier of an algorithm: front matter, parties, definitions and empty articles',
    text: [
      '---',
      'type: contract',
      'supplier: ${1:Supplier name}',
      'riskProfile: ${2|high-risk,impactful,other|}',
      'conditions:',
      '  - GIBIT 2023',
      '---',
      '',
      '# Agreement ${3:name of the algorithm}',
      '',
      '## Parties',
      '',
      '${4:Name of the municipality}, hereinafter: the Public Organisation, and ${1:Supplier name}, hereinafter: the Supplier, agree as follows.',
      '',
      '## Article 1 Definitions',
      '',
      '1.1 **Algorithm**: ${5:description of the algorithm the Supplier provides}.',
      '',
      '1.2 **Data**: ${6:the Public Organisation\'s data that the Algorithm processes}.',
      '',
      '## Article 2 ${7:Subject}',
      '',
      '2.1 $8',
      '',
      '## Article 3 ${9:Term}',
      '',
      '3.1 $10',
      '',
      '## Article 4 ${11:Price and payment}',
      '',
      '4.1 $0',
      '',
    ].join('\n'),
  },
};

/** `snippets/markdown.json`: the contract skeletons, then per topic (catalog order) the Dutch and the English model clause. */
export function buildMarkdownSnippets(catalog: readonly ClauseTopic[] = CLAUSE_CATALOG): SnippetFile {
  const file: SnippetFile = {};
  for (const language of LANGUAGES) {
    const skeleton = CONTRACT_SKELETON[language];
    file[skeleton.name] = { prefix: skeleton.prefix, body: lines(skeleton.text), description: skeleton.description };
  }
  for (const topic of catalog) {
    for (const language of LANGUAGES) {
      const word = language === 'nl' ? 'Artikel' : 'Clause';
      file[`${word}: ${topic.title[language]} (${topic.id}, ${language})`] = modelClauseSnippet(topic, language);
    }
  }
  return file;
}

// ---------------------------------------------------------------------------------------------
// YAML: a declaration with every register field

/** Text fields longer than this are written as folded block scalars, so that any prose is valid YAML. */
const BLOCK_SCALAR_FROM = 400;

const URL_DEFAULT = 'https://www.example.nl';

function isDateField(field: RegisterField): boolean {
  return field.type === 'string' && field.max_length === 7 && typeof field.example === 'string' && /^\d{4}-\d{2}$/.test(field.example);
}

/** Whether a plain YAML scalar with this text would read back as that same string. */
function plainYamlString(value: string): boolean {
  return /^[\p{L}][\p{L}\p{N} \-'’().\/]*$/u.test(value) && !/^(?:true|false|null|yes|no|on|off|y|n|~)$/i.test(value);
}

function choiceValue(index: number, values: readonly string[]): string {
  const choice = choiceTabStop(index, values);
  return values.every(plainYamlString) ? choice : `"${choice}"`;
}

function defaultFor(field: RegisterField): string {
  if (field.name === 'contact_email') return 'algoritmes@gemeente.nl';
  if (/(?:^|_)(?:url|link)$/.test(field.name) || ['website', 'publiccode'].includes(field.name)) return URL_DEFAULT;
  return field.title ?? field.name;
}

interface YamlBuilder {
  lines: string[];
  next: number;
  language: Language;
}

const OPTIONAL_COMMENT: Record<Language, string> = { nl: ' # optioneel', en: ' # optional' };
const MANAGED_COMMENT: Record<Language, string> = { nl: ' # vult het register zelf in', en: ' # filled in by the register' };

function addField(builder: YamlBuilder, field: RegisterField): void {
  const { name } = field;
  if (REGISTER_MANAGED_FIELDS.includes(name)) {
    builder.lines.push(`${name}: ""${MANAGED_COMMENT[builder.language]}`);
    return;
  }
  const comment = isRequired(field) ? '' : OPTIONAL_COMMENT[builder.language];
  const at = builder.lines.length;
  addValue(builder, field);
  builder.lines[at] += comment;
}

function addValue(builder: YamlBuilder, field: RegisterField): void {
  const { name } = field;
  if (field.type === 'enum') {
    builder.lines.push(`${name}: ${choiceValue(builder.next++, field.permitted_values ?? [])}`);
    return;
  }
  if (field.type === 'array' && field.items) {
    const subFields = Object.entries(field.items).map(([subName, sub]) => ({ ...sub, name: subName }) as RegisterField);
    builder.lines.push(`${name}:`);
    subFields.forEach((sub, i) => {
      const value = tabStop(builder.next++, sub.name === 'link' ? URL_DEFAULT : sub.title ?? sub.name);
      builder.lines.push(`${i === 0 ? '  - ' : '    '}${sub.name}: ${value}`);
    });
    return;
  }
  if (field.type === 'array') {
    builder.lines.push(`${name}:`);
    const values = field.permitted_values ?? [];
    builder.lines.push(`  - ${values.length > 0 ? choiceValue(builder.next++, values) : tabStop(builder.next++, field.title ?? name)}`);
    return;
  }
  if (isDateField(field)) {
    builder.lines.push(`${name}: "${tabStop(builder.next++, '2024-01')}"`);
    return;
  }
  const value = tabStop(builder.next++, defaultFor(field));
  if ((field.max_length ?? 0) >= BLOCK_SCALAR_FROM && defaultFor(field) === (field.title ?? name)) {
    builder.lines.push(`${name}: >-`, `  ${value}`);
  } else {
    builder.lines.push(`${name}: ${value}`);
  }
}

/** The declaration skeleton: every register field in the register's order, then the `inkooplint:` block. */
export function declarationSnippetText(language: Language, source: RegisterConfig = REGISTER_CONFIG): string {
  const builder: YamlBuilder = { lines: [], next: 1, language };
  builder.lines.push(
    language === 'nl'
      ? `# Algoritmebeschrijving voor het Algoritmeregister (publicatiestandaard ${STANDARD_VERSION})`
      : `# Algorithm declaration for the Dutch algorithm register (publication standard ${STANDARD_VERSION})`,
  );
  for (const field of registerFields(source)) addField(builder, field);
  const techniques = language === 'nl' ? TECHNIQUE_VALUES : [...TECHNIQUE_VALUES.slice(2), ...TECHNIQUE_VALUES.slice(0, 2)];
  builder.lines.push(
    `${INKOOPLINT_BLOCK}:`,
    `  role: ${choiceValue(builder.next++, ROLE_VALUES)}`,
    `  technique: ${choiceValue(builder.next++, techniques)}`,
    `  contract: ${tabStop(builder.next++, language === 'nl' ? 'leverancier.overeenkomst.md' : 'supplier.contract.md')}`,
    '$0',
  );
  return builder.lines.join('\n');
}

/** `snippets/yaml.json`: the declaration skeleton under a Dutch and an English prefix. */
export function buildYamlSnippets(source: RegisterConfig = REGISTER_CONFIG): SnippetFile {
  return {
    'Algoritmebeschrijving (alle velden)': {
      prefix: 'algoritme',
      body: lines(declarationSnippetText('nl', source)),
      description: `Algoritmebeschrijving met alle velden van het Algoritmeregister (publicatiestandaard ${STANDARD_VERSION})`,
    },
    'Algorithm declaration (all fields)': {
      prefix: 'algorithm',
      body: lines(declarationSnippetText('en', source)),
      description: `Algorithm declaration with every field of the Dutch algorithm register (publication standard ${STANDARD_VERSION}); the keys are the register's`,
    },
  };
}

/** A snippet file's exact text, as `npm run generate` writes it and the drift test compares it. */
export function snippetFileText(file: SnippetFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Every generated snippet file: path relative to the project root, and its text. */
export function snippetOutputs(): Array<[string, string]> {
  return [
    [SNIPPET_FILES.markdown, snippetFileText(buildMarkdownSnippets())],
    [SNIPPET_FILES.yaml, snippetFileText(buildYamlSnippets())],
  ];
}

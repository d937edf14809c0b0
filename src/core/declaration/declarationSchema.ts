import { INKOOPLINT_BLOCK, isRequired, registerFields, ROLE_VALUES, TECHNIQUE_VALUES, URL_FIELDS, type RegisterConfig, type RegisterField, REGISTER_CONFIG } from './registerStandard';

/**
 * Builds the JSON Schema (draft-07) for declaration files from the register's own configuration,
 * so that the schema and the register cannot drift apart. `schemas/declaration.schema.json` is
 * this function's output (`npm run generate`); a test compares the two.
 */
export const MONTH_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])$';
export const HTTPS_URL_PATTERN = '^https://[^\\s/$.?#][^\\s]*$';
/** The lookahead checks for a dot in the domain without backtracking over it (linear time on long values). */
export const EMAIL_OR_HTTPS_PATTERN = '^([^\\s@<>()]+@(?=[^\\s@<>()]+\\.[^\\s@<>()])[^\\s@<>()]+|https://[^\\s/$.?#][^\\s]*)$';
export const NOT_BLANK_PATTERN = '\\S';

type Schema = Record<string, unknown>;

export function buildDeclarationSchema(config: RegisterConfig = REGISTER_CONFIG): Schema {
  const fields = registerFields(config);
  const properties: Record<string, Schema> = {};
  for (const field of fields) properties[field.name] = fieldSchema(field);
  properties[INKOOPLINT_BLOCK] = inkooplintBlockSchema();
  const record: Schema = {
    type: 'object',
    title: 'Algoritmebeschrijving',
    description: 'Eén algoritme in de velden van de publicatiestandaard van het Algoritmeregister.',
    properties,
    required: fields.filter(isRequired).map((field) => field.name),
    additionalProperties: false,
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'urn:inkooplint:schema:declaration',
    title: 'Inkooplint: algoritmebeschrijving (publicatiestandaard Algoritmeregister 1.0)',
    description: 'Generated from the Algoritmeregister configuration of publication standard 1.0. Do not edit by hand: run `npm run generate`.',
    definitions: { record },
    oneOf: [{ $ref: '#/definitions/record' }, { type: 'array', items: { $ref: '#/definitions/record' } }],
  };
}

function describe(field: RegisterField): Schema {
  const description = [field.help_text, field.instructions].filter(Boolean).join('\n\n');
  const result: Schema = {};
  if (field.title) result.title = field.title;
  if (description) result.description = description;
  if (field.example !== undefined && field.example !== '') result.examples = [field.example];
  return result;
}

function fieldSchema(field: RegisterField): Schema {
  const required = isRequired(field);
  const nullable = (type: string): string | string[] => (required ? type : [type, 'null']);
  const schema: Schema = describe(field);
  switch (field.type) {
    case 'enum':
      schema.type = nullable('string');
      schema.enum = required ? [...(field.permitted_values ?? [])] : [...(field.permitted_values ?? []), null];
      break;
    case 'array':
      schema.type = nullable('array');
      schema.items = field.items
        ? groupingItemSchema(field.items)
        : { type: 'string', ...(field.permitted_values ? { enum: field.permitted_values } : {}) };
      break;
    default:
      schema.type = nullable('string');
      if (field.max_length !== undefined) schema.maxLength = field.max_length;
      if (required) schema.pattern = NOT_BLANK_PATTERN;
      else if (field.name === 'begin_date' || field.name === 'end_date') schema.pattern = MONTH_PATTERN;
      else if (URL_FIELDS.includes(field.name)) schema.pattern = HTTPS_URL_PATTERN;
      if (field.name === 'contact_email') schema.pattern = EMAIL_OR_HTTPS_PATTERN;
  }
  return schema;
}

function groupingItemSchema(items: Record<string, Omit<RegisterField, 'name'>>): Schema {
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const [name, item] of Object.entries(items)) {
    const schema: Schema = { ...describe({ name, ...item } as RegisterField), type: 'string' };
    if (item.max_length !== undefined) schema.maxLength = item.max_length;
    if (name === 'link') schema.pattern = HTTPS_URL_PATTERN;
    if (isRequired(item)) required.push(name);
    properties[name] = schema;
  }
  return { type: 'object', properties, required, additionalProperties: false };
}

function inkooplintBlockSchema(): Schema {
  return {
    type: 'object',
    title: 'Inkooplint',
    description: 'Velden die het register niet kent maar die u nodig hebt voor inkoop en toezicht. Ze worden nooit naar het register geëxporteerd.',
    properties: {
      role: {
        title: 'Rol van het algoritme',
        description: 'informerend: informeert een medewerker; adviserend: adviseert een handeling; beslissend: beslist zonder mens ertussen.',
        type: 'string',
        enum: [...ROLE_VALUES],
      },
      technique: {
        title: 'Techniek',
        description: 'regelgebaseerd (vaste regels) of zelflerend (getraind op gegevens). Engels mag ook: rule-based, self-learning.',
        type: 'string',
        enum: [...TECHNIQUE_VALUES],
      },
      contract: {
        title: 'Contract met de leverancier',
        description: 'Pad naar het leverancierscontract, gezien vanaf dit bestand.',
        type: 'string',
        pattern: NOT_BLANK_PATTERN,
      },
    },
    additionalProperties: false,
  };
}

/** The schema file's exact text, as `npm run generate` writes it and the drift test compares it. */
export function declarationSchemaText(): string {
  return `${JSON.stringify(buildDeclarationSchema(), null, 2)}\n`;
}

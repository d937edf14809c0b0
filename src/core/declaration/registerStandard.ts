import config from './register/publicatiestandaard-v1.0-config.json';

/** One field of the register's publication standard, as its own configuration describes it. */
export interface RegisterField {
  name: string;
  type: 'string' | 'enum' | 'array';
  title?: string;
  help_text?: string;
  instructions?: string;
  example?: unknown;
  max_length?: number;
  required?: boolean | string;
  permitted_values?: string[];
  allowed_html_tags?: string[];
  items?: Record<string, RegisterField>;
}

export interface RegisterConfig {
  description: string;
  properties: Record<string, Omit<RegisterField, 'name'>>;
}

export const REGISTER_CONFIG = config as unknown as RegisterConfig;

export const STANDARD_VERSION = '1.0';

/** The register writes `required` as a boolean, and once as the string "false". */
export function isRequired(field: Pick<RegisterField, 'required'>): boolean {
  return field.required === true || field.required === 'true';
}

export function registerFields(source: RegisterConfig = REGISTER_CONFIG): RegisterField[] {
  return Object.entries(source.properties).map(([name, field]) => ({ name, ...field }) as RegisterField);
}

const FIELDS_BY_NAME = new Map(registerFields().map((field) => [field.name, field]));

export function registerField(name: string): RegisterField | undefined {
  return FIELDS_BY_NAME.get(name);
}

/** The grouping fields: lists of {title, link} entries. */
export const GROUPING_FIELDS = registerFields().filter((field) => field.type === 'array' && field.items).map((f) => f.name);

/** Fields that hold a web address the register wants to start with https://. */
export const URL_FIELDS = ['website', 'url', 'process_index_url', 'publiccode'];

/** Fields of the register that the register fills itself. */
export const REGISTER_MANAGED_FIELDS = ['lars', 'publication_dt'];

/**
 * Keys that older register exports and supplier templates still carry, with the field of
 * standard 1.0 that took their place (if any).
 */
export const LEGACY_FIELDS: Record<string, string | undefined> = {
  iama_description: 'impacttoetsen',
  source_data_link: 'source_data_grouping',
  type: undefined,
  id: 'source_id',
  uuid: undefined,
};

/** The block for fields our users need that the register does not have. Never exported. */
export const INKOOPLINT_BLOCK = 'inkooplint';

export const ROLE_VALUES = ['informerend', 'adviserend', 'beslissend'] as const;
export const TECHNIQUE_VALUES = ['regelgebaseerd', 'zelflerend', 'rule-based', 'self-learning'] as const;

export const PUBLICATION_CATEGORY = {
  highRisk: 'Hoog-risico AI-systeem',
  impactful: 'Impactvolle algoritmes',
  other: 'Overige algoritmes',
} as const;

export const STATUS = {
  inDevelopment: 'In ontwikkeling',
  inUse: 'In gebruik',
  retired: 'Buiten gebruik',
} as const;

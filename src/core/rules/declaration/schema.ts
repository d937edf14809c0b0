import type { ErrorObject } from 'ajv';
import { EMAIL_OR_HTTPS_PATTERN, HTTPS_URL_PATTERN, MONTH_PATTERN, NOT_BLANK_PATTERN } from '../../declaration/declarationSchema';
import type { DeclarationRecord } from '../../declaration/declarationRecord';
import { htmlTagsIn } from '../../declaration/htmlText';
import { GROUPING_FIELDS, INKOOPLINT_BLOCK, isRequired, LEGACY_FIELDS, registerField, registerFields, STANDARD_VERSION } from '../../declaration/registerStandard';
import { scalarReplacement } from '../../document/edits';
import { escapePointerSegment, nodeAtPointer, toPlainValue, unescapePointerSegment, type DocNode, type ScalarNode } from '../../document/model';
import { substringOffset } from '../../document/scalarOffsets';
import type { DeclarationRule, DeclarationRuleContext, FixDescriptor } from '../../rule';
import { validateRecord } from '../../schema/declarationValidator.generated';
import { certainMatch, closestMatch } from '../../text/suggest';

const FIELD_NAMES = registerFields().map((field) => field.name);

export const schemaRule: DeclarationRule = {
  meta: {
    id: 'declaration/schema',
    alias: 'register-fields',
    defaultSeverity: 'error',
    tags: ['declaration', 'register'],
    description: {
      nl: 'De velden volgen de publicatiestandaard van het Algoritmeregister: verplichte velden, soorten waarden, maximale lengtes, toegestane waarden, datums en webadressen.',
      en: 'The fields follow the Algoritmeregister publication standard: required fields, value types, maximum lengths, permitted values, dates and web addresses.',
    },
    sources: [
      {
        title: { nl: 'Publicatiestandaard Algoritmeregister 1.0 (configuratie)', en: 'Algoritmeregister publication standard 1.0 (configuration)' },
        url: 'https://github.com/MinBZK/Algoritmeregister',
      },
    ],
    fixable: true,
  },
  check(context) {
    const root = context.document.root;
    if (root && context.records.length === 0) {
      context.report({ messageId: 'not-a-declaration', offset: [root.offset[0], Math.min(root.offset[1], root.offset[0] + 1)] });
      return;
    }
    if (root?.kind === 'array') {
      root.items.forEach((item) => {
        if (item.kind !== 'object') context.report({ messageId: 'not-a-record', offset: item.offset, pointer: item.pointer });
      });
    }
    for (const record of context.records) {
      checkRecord(context, record);
      checkHtml(context, record);
    }
  },
};

function checkRecord(context: DeclarationRuleContext, record: DeclarationRecord): void {
  if (validateRecord(toPlainValue(record.node))) return;
  const seen = new Set<string>();
  for (const error of orderErrors(validateRecord.errors ?? [])) {
    const key = errorKey(error);
    if (seen.has(key)) continue;
    seen.add(key);
    reportError(context, record, error);
  }
}

/**
 * One finding per place, the most telling first: a type error says more than an enum or pattern
 * error at the same value, and "not a month" more than "longer than 7 characters".
 */
const ERROR_RANK: Record<string, number> = { type: 0, required: 1, additionalProperties: 1, enum: 2, pattern: 2, maxLength: 3 };

function orderErrors(errors: ErrorObject[]): ErrorObject[] {
  const rank = (e: ErrorObject): number => ERROR_RANK[e.keyword] ?? 4;
  return [...errors].sort((a, b) => rank(a) - rank(b));
}

function errorKey(error: ErrorObject): string {
  if (error.keyword === 'required') return `${error.instancePath}|required|${(error.params as { missingProperty: string }).missingProperty}`;
  if (error.keyword === 'additionalProperties') return `${error.instancePath}|extra|${(error.params as { additionalProperty: string }).additionalProperty}`;
  return error.instancePath;
}

function reportError(context: DeclarationRuleContext, record: DeclarationRecord, error: ErrorObject): void {
  const segments = error.instancePath === '' ? [] : error.instancePath.slice(1).split('/').map(unescapePointerSegment);
  const pointer = record.pointer + error.instancePath;
  const located = nodeAtPointer(record.node, error.instancePath);
  const node = located.node;
  const field = fieldLabel(segments);
  const topField = segments[0] ?? '';
  const inGroupingItem = GROUPING_FIELDS.includes(topField) && segments.length >= 2;
  const format = context.document.format;
  // Where the text could not be read, the syntax finding says what is wrong; a schema finding on
  // the half-read value would only repeat it.
  if (context.hasSyntaxErrors && overlapsSyntaxProblem(context, node.offset)) return;

  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      // Empty or missing grouping titles and links are the empty-link rule's business.
      if (inGroupingItem || context.hasSyntaxErrors) return;
      const title = registerField(missing)?.title ?? missing;
      context.report({ messageId: 'required-missing', data: { field: missing, title }, offset: record.headOffset, pointer: `${record.pointer}/${missing}` });
      return;
    }
    case 'additionalProperties': {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      const property = node.kind === 'object' ? node.properties.find((p) => p.key === extra) : undefined;
      const offset = property?.keyOffset ?? node.offset;
      const extraPointer = `${pointer}/${escapePointerSegment(extra)}`;
      if (topField === INKOOPLINT_BLOCK) {
        const suggestion = closestMatch(extra, ['role', 'technique', 'contract']);
        context.report({ messageId: suggestion ? 'unknown-inkooplint-field-suggest' : 'unknown-inkooplint-field', data: { field: extra, suggestion: suggestion ?? '' }, offset, pointer: extraPointer });
        return;
      }
      if (segments.length === 0 && extra in LEGACY_FIELDS) {
        const replacement = LEGACY_FIELDS[extra];
        context.report({ messageId: replacement ? 'legacy-field-replaced' : 'legacy-field', data: { field: extra, replacement: replacement ?? '' }, offset, pointer: extraPointer, severity: 'warning' });
        return;
      }
      const candidates = inGroupingItem ? ['title', 'link'] : FIELD_NAMES;
      const suggestion = closestMatch(extra, candidates);
      const fixes: FixDescriptor[] = [];
      const certain = certainMatch(extra, candidates);
      if (certain && property && node.kind === 'object' && !node.properties.some((p) => p.key === certain)) {
        fixes.push({ messageId: 'fix-rename', data: { from: extra, to: certain }, edits: [{ offset: property.keyOffset, newText: format === 'json' ? JSON.stringify(certain) : certain }] });
      }
      context.report({
        messageId: suggestion ? 'unknown-field-suggest' : 'unknown-field',
        data: { field: extra, suggestion: suggestion ?? '' },
        offset,
        pointer: extraPointer,
        severity: 'warning',
        fixes,
      });
      return;
    }
    case 'type':
      // An empty title or link in a grouping entry is the empty-link rule's business.
      if (inGroupingItem && node.kind === 'scalar' && node.value === null) return;
      reportTypeError(context, node, located.property?.keyOffset, error, field, topField, pointer);
      return;
    case 'pattern':
      reportPatternError(context, node, located.property?.keyOffset, error, field, inGroupingItem, pointer);
      return;
    case 'maxLength': {
      const limit = (error.params as { limit: number }).limit;
      const length = typeof error.data === 'string' ? error.data.length : 0;
      context.report({ messageId: 'too-long', data: { field, length, max: limit }, offset: node.offset, pointer });
      return;
    }
    case 'enum':
      reportEnumError(context, node, error, field, topField, pointer);
      return;
    default:
      context.report({ messageId: 'invalid', data: { field: field || '.' }, offset: node.offset, pointer });
  }
}

function overlapsSyntaxProblem(context: DeclarationRuleContext, offset: [number, number]): boolean {
  return context.document.problems.some((problem) => problem.offset[0] <= offset[1] && problem.offset[1] >= offset[0]);
}

/** A field's name as a reader finds it: `lawful_basis_grouping › 1 › link` (entries counted from 1). */
export function fieldLabel(segments: string[]): string {
  return segments.map((segment) => (DIGITS.test(segment) ? String(Number(segment) + 1) : segment)).join(' › ');
}

const DIGITS = /^\d+$/;

function valueOrKey(node: DocNode, keyOffset: [number, number] | undefined): [number, number] {
  return node.offset[1] > node.offset[0] ? node.offset : keyOffset ?? node.offset;
}

function reportTypeError(context: DeclarationRuleContext, node: DocNode, keyOffset: [number, number] | undefined, error: ErrorObject, field: string, topField: string, pointer: string): void {
  const expected = String((error.params as { type: string | string[] }).type);
  const offset = valueOrKey(node, keyOffset);
  const format = context.document.format;
  const definition = registerField(topField);
  if (node.kind === 'scalar' && node.value === null) {
    // Only required fields refuse null; the schema lets optional ones be empty.
    if (definition && isRequired(definition) && field === topField) {
      context.report({ messageId: 'required-empty', data: { field, title: definition.title ?? field }, offset, pointer });
    } else {
      context.report({ messageId: 'empty-value', data: { field }, offset, pointer });
    }
    return;
  }
  if (expected.startsWith('string') && node.kind === 'scalar') {
    const asText = node.source.trim();
    context.report({
      messageId: 'expected-text-quote',
      data: { field, value: asText },
      offset,
      pointer,
      fixes: [{ messageId: 'fix-quote', data: { value: asText }, edits: [{ offset: node.offset, newText: JSON.stringify(asText) }] }],
    });
    return;
  }
  if (expected.startsWith('array') && node.kind === 'scalar' && typeof node.value === 'string') {
    const newText = format === 'json' ? `[${JSON.stringify(node.value)}]` : `[${scalarReplacement(node, node.value, format)}]`;
    context.report({
      messageId: 'expected-list',
      data: { field, value: node.value },
      offset,
      pointer,
      fixes: [{ messageId: 'fix-list', data: { value: node.value }, edits: [{ offset: node.offset, newText }] }],
    });
    return;
  }
  const kindWord = expected.startsWith('array') ? 'list' : expected.startsWith('object') ? 'object' : 'text';
  context.report({ messageId: `expected-${kindWord}`, data: { field, value: node.kind === 'scalar' ? String(node.value) : '' }, offset, pointer });
}

function reportPatternError(context: DeclarationRuleContext, node: DocNode, keyOffset: [number, number] | undefined, error: ErrorObject, field: string, inGroupingItem: boolean, pointer: string): void {
  const pattern = (error.params as { pattern: string }).pattern;
  const value = typeof error.data === 'string' ? error.data : '';
  const offset = valueOrKey(node, keyOffset);
  if (inGroupingItem && value.trim() === '') return; // the empty-link rule reports it
  if (pattern !== NOT_BLANK_PATTERN && value.trim() === '') {
    context.report({ messageId: 'empty-value', data: { field }, offset, pointer, severity: 'warning' });
    return;
  }
  switch (pattern) {
    case NOT_BLANK_PATTERN: {
      const title = registerField(field)?.title ?? field;
      context.report({ messageId: 'required-empty', data: { field, title }, offset, pointer });
      return;
    }
    case MONTH_PATTERN: {
      const month = normalizeMonth(value);
      const fixes: FixDescriptor[] = month && node.kind === 'scalar'
        ? [{ messageId: 'fix-month', data: { value: month }, edits: [{ offset: node.offset, newText: scalarReplacement(node, month, context.document.format) }] }]
        : [];
      context.report({ messageId: 'bad-month', data: { field, value }, offset, pointer, fixes });
      return;
    }
    case HTTPS_URL_PATTERN:
      context.report({ messageId: value.startsWith('http://') ? 'not-https' : 'not-url', data: { field, value }, offset, pointer });
      return;
    case EMAIL_OR_HTTPS_PATTERN:
      context.report({ messageId: 'bad-contact', data: { field, value }, offset, pointer });
      return;
    default:
      context.report({ messageId: 'invalid', data: { field }, offset, pointer });
  }
}

function reportEnumError(context: DeclarationRuleContext, node: DocNode, error: ErrorObject, field: string, topField: string, pointer: string): void {
  const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).filter((v): v is string => typeof v === 'string');
  const value = node.kind === 'scalar' ? String(node.value) : '';
  const format = context.document.format;
  if (topField === 'standard_version' && value.trim() === `${STANDARD_VERSION}.0`) {
    context.report({
      messageId: 'old-standard-version',
      data: { value, expected: STANDARD_VERSION },
      offset: node.offset,
      pointer,
      fixes: node.kind === 'scalar' ? [replaceFix(node, STANDARD_VERSION, format)] : [],
    });
    return;
  }
  const certain = certainMatch(value, allowed);
  const suggestion = certain ?? closestMatch(value, allowed);
  const fixes = certain && node.kind === 'scalar' ? [replaceFix(node, certain, format)] : [];
  if (suggestion) {
    context.report({ messageId: 'not-permitted-suggest', data: { field, value, suggestion }, offset: node.offset, pointer, fixes });
  } else {
    context.report({ messageId: 'not-permitted', data: { field, value, allowed: allowed.map((v) => `'${v}'`).join(', ') }, offset: node.offset, pointer });
  }
}

function replaceFix(node: ScalarNode, value: string, format: 'yaml' | 'json'): FixDescriptor {
  return { messageId: 'fix-replace', data: { value }, edits: [{ offset: node.offset, newText: scalarReplacement(node, value, format) }] };
}

/** A month written another common way, when there is only one way to read it. */
export function normalizeMonth(value: string): string | undefined {
  const trimmed = value.trim();
  let match = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(trimmed) ?? /^(\d{4})\/(\d{1,2})$/.exec(trimmed);
  if (match) return month(match[1], match[2]);
  match = /^(\d{1,2})[-/](\d{4})$/.exec(trimmed);
  if (match) return month(match[2], match[1]);
  return undefined;
}

function month(year: string, monthText: string): string | undefined {
  const m = Number(monthText);
  return m >= 1 && m <= 12 ? `${year}-${String(m).padStart(2, '0')}` : undefined;
}

/** Long text fields allow a few HTML tags; anything else the register strips or refuses. */
function checkHtml(context: DeclarationRuleContext, record: DeclarationRecord): void {
  for (const property of record.node.properties) {
    const allowedTags = registerField(property.key)?.allowed_html_tags;
    const node = property.value;
    if (node.kind !== 'scalar' || typeof node.value !== 'string' || !node.value.includes('<')) continue;
    const tags = htmlTagsIn(node.value);
    for (const tag of tags) {
      if (allowedTags?.includes(tag.name)) continue;
      const messageId = allowedTags ? 'html-tag-not-allowed' : 'html-not-allowed';
      context.report({
        messageId,
        data: { field: property.key, tag: tag.name, allowed: (allowedTags ?? []).join(', ') },
        offset: substringOffset(node, tag.index, tag.length),
        pointer: node.pointer,
        severity: 'warning',
      });
    }
  }
}

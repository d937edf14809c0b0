import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { declarationSchemaText } from '../src/core/declaration/declarationSchema';
import { isRequired, REGISTER_CONFIG } from '../src/core/declaration/registerStandard';
import { declarationValidatorModuleText } from '../scripts/declarationValidator';

const schemaFile = path.join(__dirname, '..', 'schemas', 'declaration.schema.json');

describe('schemas/declaration.schema.json', () => {
  it('is exactly what the register configuration generates (run `npm run generate` after changing it)', () => {
    assert.equal(readFileSync(schemaFile, 'utf8'), declarationSchemaText());
  });

  it('is self-contained draft-07 that a strict validator compiles', () => {
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.doesNotMatch(JSON.stringify(schema), /"\$ref":\s*"(?!#)/, 'no references to other files');
    new Ajv({ strict: true, allowUnionTypes: true }).compile(schema);
  });

  it('follows the register on required fields, lengths and permitted values', () => {
    const record = JSON.parse(readFileSync(schemaFile, 'utf8')).definitions.record;
    for (const [name, field] of Object.entries(REGISTER_CONFIG.properties)) {
      const property = record.properties[name];
      assert.ok(property, `${name} is in the schema`);
      assert.equal(record.required.includes(name), isRequired(field), `${name} required`);
      if (field.max_length !== undefined && field.type === 'string') assert.equal(property.maxLength, field.max_length, `${name} maxLength`);
      if (field.type === 'enum') for (const value of field.permitted_values ?? []) assert.ok(property.enum.includes(value), `${name} allows ${value}`);
    }
    assert.ok(record.properties.inkooplint, 'the inkooplint block');
    assert.equal(record.additionalProperties, false);
  });

  it('validates a register export array and a single record', () => {
    const validate = new Ajv({ allowUnionTypes: true }).compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    const record = { name: 'A', description_short: 'B', organization: 'C', status: 'In gebruik', contact_email: 'a@b.nl', publication_category: 'Overige algoritmes', lang: 'nld' };
    assert.ok(validate(record));
    assert.ok(validate([record, record]));
    assert.ok(!validate({ ...record, lang: 'NLD' }));
  });
});

describe('src/core/schema/declarationValidator.generated.js', () => {
  it('is the validator compiled from the current schema (run `npm run generate` after changing it)', () => {
    const file = path.join(__dirname, '..', 'src', 'core', 'schema', 'declarationValidator.generated.js');
    assert.equal(readFileSync(file, 'utf8'), declarationValidatorModuleText());
  });
});

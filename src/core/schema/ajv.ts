import Ajv from 'ajv';

/** One way to make a validator: all errors (so every field gets its finding), no coercion. */
export function createAjv(): Ajv {
  return new Ajv({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true, verbose: true });
}

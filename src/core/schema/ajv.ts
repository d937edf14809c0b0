import Ajv, { type Options } from 'ajv';

/** All errors (so every field gets its finding), the failing data in each error, no coercion. */
export const AJV_OPTIONS: Options = { allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true, verbose: true };

export function createAjv(): Ajv {
  return new Ajv(AJV_OPTIONS);
}

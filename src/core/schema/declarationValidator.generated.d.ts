import type { ValidateFunction } from 'ajv';

/** The declaration record validator, compiled ahead of time (`npm run generate`). */
export const validateRecord: ValidateFunction;

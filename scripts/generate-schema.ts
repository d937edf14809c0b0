// Writes schemas/declaration.schema.json from the register's configuration, and the validator
// compiled from it (npm run generate). A test fails when either is out of date.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { declarationSchemaText } from '../src/core/declaration/declarationSchema';
import { declarationValidatorModuleText } from './declarationValidator';

const root = path.join(__dirname, '..');
const outputs: Array<[string, string]> = [
  ['schemas/declaration.schema.json', declarationSchemaText()],
  ['src/core/schema/declarationValidator.generated.js', declarationValidatorModuleText()],
];
for (const [file, text] of outputs) {
  writeFileSync(path.join(root, file), text);
  console.log(`wrote ${file}`);
}

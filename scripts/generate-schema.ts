// Writes schemas/declaration.schema.json from the register's configuration, the validator
// compiled from it, and the VS Code snippet files in snippets/ from the clause catalog and the
// register's configuration (npm run generate). A test fails when any of them is out of date.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { declarationSchemaText } from '../src/core/declaration/declarationSchema';
import { snippetOutputs } from '../src/core/snippets/buildSnippets';
import { declarationValidatorModuleText } from './declarationValidator';

const root = path.join(__dirname, '..');
const outputs: Array<[string, string]> = [
  ['schemas/declaration.schema.json', declarationSchemaText()],
  ['src/core/schema/declarationValidator.generated.js', declarationValidatorModuleText()],
  ...snippetOutputs(),
];
for (const [file, text] of outputs) {
  writeFileSync(path.join(root, file), text);
  console.log(`wrote ${file}`);
}

// Writes schemas/declaration.schema.json from the register's configuration (npm run generate).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { declarationSchemaText } from '../src/core/declaration/declarationSchema';

const target = path.join(__dirname, '..', 'schemas', 'declaration.schema.json');
writeFileSync(target, declarationSchemaText());
console.log(`wrote ${path.relative(process.cwd(), target)}`);

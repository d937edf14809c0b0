// Builds everything the package runs: the CLI bundle (dist/cli.js). `npm run typecheck` checks types.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: ['src/cli/index.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // jsonc-parser's UMD build loads its parts with a dynamic require that bundlers cannot follow.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  // Some dependencies ship only ES modules that read import.meta.url; give them the bundle's own URL.
  banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { INKOOPLINT_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__importMetaUrl' },
  sourcemap: 'linked',
  logLevel: 'warning',
});
console.log('built dist/cli.js');

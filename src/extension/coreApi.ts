/**
 * Everything the extension uses from the core, in one module: the build makes it a separate chunk
 * (`dist/core.js`) for the desktop, loaded on the first lint, so that `activate()` stays light.
 * Only `coreLoader.ts` may import this module, and only with `require`.
 */
import declarationSchema from '../../schemas/declaration.schema.json';
import { buildMarkdownSnippets, buildYamlSnippets } from '../core/snippets/buildSnippets';

export { allRuleMetas, lintDeclaration, lintDeclarationBytes, looksLikeDeclarationText, maxBytesFor } from '../core/engine';
export { annexFilePaths, lintContract, lintContractBytes, looksLikeContractText, MAX_CONTRACT_BYTES } from '../core/contractEngine';
export { CONFIG_FILE_NAME, DEFAULT_CONFIG, parseConfig, type InkooplintConfig } from '../core/config/config';
export { decodeText } from '../core/text/decode';
export { LineIndex } from '../core/text/lineIndex';
export { linkFactsOf } from '../core/links/linkFacts';
/** The supplier transparency checklist (src/extension/checklist/ uses it through `loadCore().checklist`). */
export * as checklist from '../core/checklist';
/** The algorithm overview and register import/export (src/extension/overview/ and register/ use them through `loadCore()`). */
export * as overview from '../core/overview';
export * as register from '../core/register';
/** Word import and preview, the pure parts (src/extension/word/ uses them; the converter is in `coreDesktop.ts`). */
export * as wordImport from '../core/wordImport';
export { recordsOf } from '../core/declaration/declarationRecord';
export { localizeIn } from '../core/l10n/messages';
/** A catalog topic's title and sources (version, date, AI Act applies-from) in words, for the finding hovers. */
export { topicSourceWords } from '../core/contract/catalog/sourceWords';
export { MAX_JSON_BYTES } from '../core/engine';

/** The schema of one declaration record: titles and help texts for the key hovers. */
export const RECORD_SCHEMA = (declarationSchema as unknown as { definitions: { record: unknown } }).definitions.record;

/** The skeleton snippet bodies for the "new contract" and "new declaration" commands, per language. */
export function skeletonSnippet(kind: 'contract' | 'declaration', language: 'nl' | 'en'): string {
  if (kind === 'contract') {
    const file = buildMarkdownSnippets();
    const entry = file[language === 'nl' ? 'Overeenkomst (opzet)' : 'Contract (skeleton)'] ?? Object.values(file)[0];
    return entry.body.join('\n');
  }
  const file = buildYamlSnippets();
  const entry = Object.values(file).find((snippet) => snippet.prefix === (language === 'nl' ? 'algoritme' : 'algorithm')) ?? Object.values(file)[0];
  return entry.body.join('\n');
}

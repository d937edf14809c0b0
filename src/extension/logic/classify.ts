/**
 * Which kind of file a document is, for the linter: a contract (Markdown), a declaration (YAML or
 * JSON), or neither. The name decides first; other Markdown, YAML and JSON is looked at only when
 * cheap signs say it might be one of ours, so that opening any README costs no parse.
 */
export type FileKind = 'contract' | 'declaration';

export const CONTRACT_NAME = /\.(?:overeenkomst|contract)\.md$/i;
export const DECLARATION_NAME = /\.(?:algoritme|algorithm)\.(?:ya?ml|json)$/i;
const MARKDOWN_NAME = /\.(?:md|markdown)$/i;
const STRUCTURED_NAME = /\.(?:ya?ml|json)$/i;

/** Glob patterns of the files we lint by name, for workspace searches and activation. */
export const CONTRACT_GLOBS = ['**/*.overeenkomst.md', '**/*.contract.md'];
export const DECLARATION_GLOBS = ['**/*.algoritme.yaml', '**/*.algoritme.yml', '**/*.algoritme.json', '**/*.algorithm.yaml', '**/*.algorithm.yml', '**/*.algorithm.json'];

/** The language ids VS Code gives the files we may lint. */
export const MARKDOWN_LANGUAGES = ['markdown'];
export const STRUCTURED_LANGUAGES = ['yaml', 'json', 'jsonc'];

export function kindByName(fileName: string): FileKind | undefined {
  if (CONTRACT_NAME.test(fileName)) return 'contract';
  if (DECLARATION_NAME.test(fileName)) return 'declaration';
  return undefined;
}

/** Content checks, from the core (loaded only when a cheap sign says they are needed). */
export interface ContentSniffers {
  looksLikeContractText(text: string): boolean;
  looksLikeDeclarationText(text: string, fileName: string): boolean;
}

export interface ClassifyInput {
  fileName: string;
  languageId: string;
  text: string;
  /** Whether the file matches one of the user's `inkooplint.extraFiles` globs. */
  matchesExtraGlob: boolean;
}

/** Cheap signs only: whether the content checks are worth loading the core for. */
export function mightBeOurs(input: ClassifyInput): FileKind | undefined {
  const byName = kindByName(input.fileName);
  if (byName) return byName;
  if (MARKDOWN_LANGUAGES.includes(input.languageId) || MARKDOWN_NAME.test(input.fileName)) {
    // A contract that is not named like one says so in its front matter: `type: overeenkomst`.
    return /^\uFEFF?---[ \t]*\r?\n[\s\S]*?^\s*type\s*:/m.test(input.text.slice(0, 4096)) ? 'contract' : undefined;
  }
  if (STRUCTURED_LANGUAGES.includes(input.languageId) || STRUCTURED_NAME.test(input.fileName)) {
    // Every declaration has a `name` and a `description_short` or `organization` key (the register's field names).
    return input.matchesExtraGlob || /["']?(?:description_short|organization|publication_category)["']?\s*:/.test(input.text.slice(0, 65536)) ? 'declaration' : undefined;
  }
  return undefined;
}

/** The kind of file, or undefined when we do not lint it. */
export function classify(input: ClassifyInput, sniffers: ContentSniffers): FileKind | undefined {
  const byName = kindByName(input.fileName);
  if (byName) return byName;
  const candidate = mightBeOurs(input);
  if (candidate === 'contract') return sniffers.looksLikeContractText(input.text) ? 'contract' : undefined;
  if (candidate === 'declaration') {
    const name = /\.json$/i.test(input.fileName) || input.languageId.startsWith('json') ? withExtension(input.fileName, '.json') : input.fileName;
    return sniffers.looksLikeDeclarationText(input.text, name) ? 'declaration' : undefined;
  }
  return undefined;
}

function withExtension(fileName: string, extension: string): string {
  return /\.json$/i.test(fileName) ? fileName : `${fileName}${extension}`;
}

/** The file name the core should see: untitled JSON documents get a `.json` name so the core parses them as JSON. */
export function coreFileName(fileName: string, languageId: string): string {
  if (languageId.startsWith('json') && !/\.json$/i.test(fileName)) return `${fileName}.json`;
  if (languageId === 'yaml' && !/\.ya?ml$/i.test(fileName)) return `${fileName}.yaml`;
  if (languageId === 'markdown' && !/\.(?:md|markdown)$/i.test(fileName)) return `${fileName}.md`;
  return fileName;
}

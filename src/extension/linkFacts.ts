/**
 * What a file says about links, read from its text with the core's own parsers (so the extension
 * and the CLI agree on what `inkooplint.contract` and `algoritmes:` say). Part of the core chunk:
 * only coreApi.ts imports this module.
 *
 * Cheap first: a declaration whose text has no `contract` in it names no contract, so it is not
 * parsed here (`parsed: false`; its category is read when a contract that lists it is linted); a
 * contract whose front matter does not mention `algorit…` lists no declarations.
 */
import { readFrontMatter } from '../core/contract/frontMatter';
import { listedDeclarations } from '../core/contract/frontMatterFields';
import { recordsOf } from '../core/declaration/declarationRecord';
import { parseStructured } from '../core/document/parseStructured';
import { formatOf } from '../core/engine';
import type { LinkFacts } from './logic/linkGraph';

/** The front matter's raw text (between the opening `---` and the closing line), or undefined. */
function rawFrontMatter(text: string): string | undefined {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)^(?:---|\.\.\.)[ \t]*$/m.exec(text);
  return match && match.index === 0 ? match[1] : undefined;
}

export function linkFactsOf(kind: 'declaration' | 'contract', text: string, fileName: string, options: { full?: boolean } = {}): LinkFacts {
  if (kind === 'contract') {
    const raw = rawFrontMatter(text);
    if (raw === undefined || !/algorit/i.test(raw)) return { kind: 'contract', declarations: [] };
    return { kind: 'contract', declarations: listedDeclarations(readFrontMatter(text).frontMatter?.root).map((entry) => entry.value) };
  }
  if (!options.full && !text.includes('contract')) return { kind: 'declaration', parsed: false, contracts: [] };
  const format = /^\s*[[{]/.test(text.replace(/^\uFEFF/, '')) ? 'json' : formatOf(fileName);
  const records = recordsOf(parseStructured(text, format).root);
  const category = records.map((record) => record.string('publication_category')).find((value) => value !== undefined);
  const contracts = records.map((record) => record.extension('contract')).filter((value): value is string => value !== undefined && value !== '');
  return { kind: 'declaration', parsed: true, contracts, ...(category ? { category } : {}) };
}


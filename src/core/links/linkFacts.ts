/**
 * What a file says about links, read from its text with the core's own parsers, so that every
 * front door agrees on what `inkooplint.contract` and `algoritmes:` say.
 *
 * Cheap first: a declaration whose text has no `contract` in it names no contract, so it is not
 * parsed (`parsed: false`; its category is read when something links to it, with `full`); a
 * contract whose text does not mention `algorit…` lists no declarations.
 */
import { readFrontMatter } from '../contract/frontMatter';
import { listedDeclarations } from '../contract/frontMatterFields';
import { recordsOf } from '../declaration/declarationRecord';
import { parseStructured } from '../document/parseStructured';

export type LinkFacts =
  | {
      kind: 'declaration';
      /** Whether the text was parsed; an unparsed declaration (no `contract` anywhere in it) names no contract and its category is learnt when something needs it. */
      parsed: boolean;
      category?: string;
      contracts: string[];
    }
  | { kind: 'contract'; declarations: string[] };

export function linkFactsOf(kind: 'declaration' | 'contract', text: string, fileName: string, options: { full?: boolean } = {}): LinkFacts {
  if (kind === 'contract') {
    if (!/algorit/i.test(text)) return { kind: 'contract', declarations: [] };
    return { kind: 'contract', declarations: listedDeclarations(readFrontMatter(text).frontMatter?.root).map((entry) => entry.value) };
  }
  if (!options.full && !text.includes('contract')) return { kind: 'declaration', parsed: false, contracts: [] };
  const format = /\.json$/i.test(fileName) || /^\s*[[{]/.test(text.replace(/^\uFEFF/, '')) ? 'json' : 'yaml';
  const records = recordsOf(parseStructured(text, format).root);
  const category = records.map((record) => record.string('publication_category')).find((value) => value !== undefined);
  const contracts = records.map((record) => record.extension('contract')).filter((value): value is string => value !== undefined && value !== '');
  return { kind: 'declaration', parsed: true, contracts, ...(category ? { category } : {}) };
}

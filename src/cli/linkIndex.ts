/**
 * Links between the declarations and contracts the CLI lints: which contracts list a declaration
 * (`algoritmes:`), which declarations name a contract (`inkooplint.contract`), and what a linked
 * path leads to. Built once per run from the files on the command line; files are read once and
 * handed to the lint pass.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import {
  isContractFileName,
  isDeclarationFileName,
  looksLikeContractText,
  looksLikeDeclarationText,
  type ContractLinkOptions,
  type DeclarationLinkOptions,
  type LinkResolution,
} from '../core';
import { linkFactsOf, type LinkFacts } from '../core/links/linkFacts';
import { decodeText } from '../core/text/decode';
import type { Target } from './discover';
import { displayPath, isInside } from './paths';
import { readAtMost } from './readFile';

/** Linked files larger than this are not read to learn their kind or category. */
const MAX_LINKED_BYTES = 4 * 1024 * 1024;
const MARKDOWN = /\.(?:md|markdown)$/i;
const STRUCTURED = /\.(?:ya?ml|json)$/i;

type DeclarationFacts = Extract<LinkFacts, { kind: 'declaration' }>;

export class LinkIndex {
  private readonly texts = new Map<string, string | undefined>();
  private readonly bytes = new Map<string, Uint8Array>();
  private readonly declarationFacts = new Map<string, DeclarationFacts | undefined>();
  private readonly listedBy = new Map<string, string[]>();
  private readonly namedBy = new Map<string, Array<{ path: string; category?: string }>>();

  constructor(targets: readonly Target[], private readonly cwd: string) {
    for (const target of targets) {
      const name = path.basename(target.file);
      if (isContractFileName(name) || (MARKDOWN.test(name) && !isDeclarationFileName(name))) {
        const text = this.text(target.file);
        if (text === undefined) continue;
        const facts = linkFactsOf('contract', text, name);
        for (const written of facts.kind === 'contract' ? facts.declarations : []) {
          const file = path.resolve(path.dirname(target.file), written);
          this.listedBy.set(file, [...(this.listedBy.get(file) ?? []), displayPath(target.file, this.cwd)]);
        }
      } else {
        const facts = this.declaration(target.file, /* onlyIfLinking */ true);
        for (const written of facts?.contracts ?? []) {
          const file = path.resolve(path.dirname(target.file), written);
          this.namedBy.set(file, [...(this.namedBy.get(file) ?? []), { path: displayPath(target.file, this.cwd), ...(facts?.category ? { category: facts.category } : {}) }]);
        }
      }
    }
  }

  /** The bytes of a file already read for the index, so the lint pass does not read it again. */
  takeBytes(file: string): Uint8Array | undefined {
    const bytes = this.bytes.get(file);
    this.bytes.delete(file);
    return bytes;
  }

  declarationOptions(file: string): DeclarationLinkOptions {
    return { resolve: (written) => this.resolve(file, written), listedByContracts: this.listedBy.get(file) ?? [] };
  }

  contractOptions(file: string): ContractLinkOptions {
    return { resolve: (written) => this.resolve(file, written), namedByDeclarations: this.namedBy.get(file) ?? [] };
  }

  /** What a path written in `from` leads to. Only files inside `from`'s folder or the current folder are read. */
  private resolve(from: string, written: string): LinkResolution {
    const file = path.resolve(path.dirname(from), written);
    if (!isInside(path.dirname(from), file) && !isInside(this.cwd, file)) return { status: 'outside', path: written };
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return { status: 'not-found', path: written };
    const name = path.basename(file);
    if (isContractFileName(name)) return { status: 'contract', path: written };
    if (isDeclarationFileName(name) || STRUCTURED.test(name)) {
      const facts = this.declaration(file, false);
      // The same path as `namedByDeclarations` uses, so that a declaration linked both ways counts once.
      if (facts) return { status: 'declaration', path: displayPath(file, this.cwd), ...(facts.category ? { category: facts.category } : {}) };
      return { status: 'wrong-kind', path: written };
    }
    if (MARKDOWN.test(name)) {
      const text = this.text(file);
      if (text !== undefined && looksLikeContractText(text)) return { status: 'contract', path: written };
    }
    return { status: 'wrong-kind', path: written };
  }

  /**
   * The category and contract links of a declaration file, or undefined when it is none. For the
   * index pass (`onlyIfLinking`), a file that does not mention `contract` is not parsed: it names
   * no contract, and its category is learnt only if something links to it.
   */
  private declaration(file: string, onlyIfLinking: boolean): DeclarationFacts | undefined {
    if (this.declarationFacts.has(file)) return this.declarationFacts.get(file);
    const text = this.text(file);
    if (text === undefined) return undefined;
    if (onlyIfLinking && !text.includes('contract')) return undefined;
    const name = path.basename(file);
    if (!isDeclarationFileName(name) && !looksLikeDeclarationText(text, name)) {
      this.declarationFacts.set(file, undefined);
      return undefined;
    }
    const facts = linkFactsOf('declaration', text, name, { full: true }) as DeclarationFacts;
    this.declarationFacts.set(file, facts);
    return facts;
  }

  private text(file: string): string | undefined {
    if (this.texts.has(file)) return this.texts.get(file);
    let text: string | undefined;
    try {
      const size = statSync(file).size;
      if (size <= MAX_LINKED_BYTES) {
        const bytes = readAtMost(file, MAX_LINKED_BYTES);
        this.bytes.set(file, bytes);
        const decoded = decodeText(bytes);
        if (decoded.ok) text = decoded.text;
      }
    } catch {
      text = undefined;
    }
    this.texts.set(file, text);
    return text;
  }

}

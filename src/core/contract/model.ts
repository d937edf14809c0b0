import type { DocNode, SyntaxProblem } from '../document/model';

/**
 * A contract (Markdown, GIBIT style) as rules see it: articles, sub-clauses, definitions, annexes
 * and cross-references, each with the offsets of its source text. Built by `parseContract`.
 */
export type Offsets = [number, number];

export interface ContractModel {
  text: string;
  /** YAML front matter between `---` lines at the top, if any. */
  frontMatter?: FrontMatter;
  /** The contract's title: the first level-1 heading, else the front matter's `titel`/`title`. */
  title?: { text: string; offset: Offsets };
  /** Dutch or English: the front matter's `taal`/`language`/`lang` if set, else judged from the headings and common words. */
  language: 'nl' | 'en';
  articles: Article[];
  /** The definitions article ("Begrippen", "Definities", "Definitions"), if there is one. */
  definitions?: Definitions;
  annexes: Annex[];
  /**
   * References into this contract, in text order. References into other instruments ("artikel 28 AVG",
   * "Article 86 of the AI Act", "artikel 3 van de Verwerkersovereenkomst") are not among them, nor is
   * text in code, in HTML comments, in the front matter or in an article's or annex's own heading label.
   */
  references: CrossReference[];
  /**
   * Text that people read, as block ranges in text order: paragraphs (also in lists and quotes),
   * headings, tables and HTML blocks. Not code blocks, HTML comment blocks or the front matter.
   */
  prose: Offsets[];
  /** Code spans and inline HTML comments inside `prose`, sorted by start: text there is no contract text. */
  proseExclusions: Offsets[];
}

export interface FrontMatter {
  /** Offsets of the whole block including the `---` lines. */
  offset: Offsets;
  /** Parsed YAML; offsets inside are offsets into the contract text. */
  root: DocNode | undefined;
  /**
   * YAML errors, with the message ids of `parseStructured` ("yaml-bad-indent", ...), and two of the
   * front matter's own: "front-matter-unclosed" (a `---` line at the top without a closing one: the
   * whole text is then read as Markdown) and "front-matter-not-a-mapping".
   */
  problems: SyntaxProblem[];
}

export interface Article {
  /** As written: "7", "7a", "12". */
  number: string;
  /** Offsets of the number in the heading, for findings about numbering. */
  numberOffset: Offsets;
  /** The heading's text after the number: "Uitleg over de werking van het algoritme". Without emphasis markers. */
  title: string;
  /** Offsets of the title in the heading (empty, at the number's end, when there is no title). */
  titleOffset: Offsets;
  /** 1 to 6 for Markdown headings; 7 for a bold first line of a paragraph ("**Artikel 7 Titel**"). */
  headingLevel: number;
  headingOffset: Offsets;
  /** From the heading to the end of the article's body (before the next article or annex). */
  offset: Offsets;
  /** The article's body without the heading. */
  bodyOffset: Offsets;
  clauses: Clause[];
}

export interface Clause {
  /** "7.1", "7.1.2". */
  number: string;
  /** Offsets of the number itself, for findings about numbering. */
  numberOffset: Offsets;
  /**
   * The whole sub-clause: number and text, up to the next sub-clause at the same or a higher level
   * ("7.1" includes "7.1.1" and ends at "7.2") or the article's end.
   */
  offset: Offsets;
  /**
   * 'numbered': written as "7.1" at the start of a line. 'list': an item of an ordered Markdown list in
   * an article without written sub-clause numbers; "1." under "Artikel 7" is "7.1", and `numberOffset`
   * is that of the list number "1".
   */
  style: 'numbered' | 'list';
}

export interface Definitions {
  article: Article;
  terms: DefinedTerm[];
}

export interface DefinedTerm {
  /** As defined: "Algoritme", "Gegevens van Opdrachtgever". */
  term: string;
  offset: Offsets;
}

export interface Annex {
  /** "A", "B", "1". */
  id: string;
  idOffset: Offsets;
  title: string;
  titleOffset: Offsets;
  /** As for articles: 1 to 6, or 7 for a bold paragraph line. */
  headingLevel: number;
  headingOffset: Offsets;
  offset: Offsets;
}

export interface CrossReference {
  /** 'clause' when the target has a sub-clause number ("7.2"), whatever the word: "Clause 7" is an 'article'. */
  kind: 'article' | 'clause' | 'annex';
  /** "7", "7.2", "B". For "art. 7 lid 2", "artikel 7, tweede lid", "het tweede lid van artikel 7", "clause 7(2)": "7.2". */
  target: string;
  /**
   * The reference as written: "artikel 7.2", "Bijlage B", "tweede lid van artikel 7". In a list
   * ("artikelen 7 en 8") the first reference is "artikelen 7" and the next ones are the numbers ("8").
   */
  offset: Offsets;
}

/** An annex kept in a separate file and listed in the contract's front matter (`bijlagen:` / `annexes:`). */
export interface AnnexDocument {
  /** The path as written in the front matter, relative to the contract. */
  path: string;
  /** "B", from the file's own annex heading ("Bijlage B ...") or its name ("bijlage-b.md"). */
  id?: string;
  contract: ContractModel;
}

/** Why an annex file could not be read: it does not exist, lies outside what the front door may read, is too large or is no UTF-8 text. */
export type AnnexFileProblem = 'not-found' | 'outside' | 'too-large' | 'not-text';

/** A contract with its annexes kept in separate files: their text counts for coverage and references. */
export interface ContractBundle {
  main: ContractModel;
  annexFiles: AnnexDocument[];
}

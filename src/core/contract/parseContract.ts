import { getProperty, type DocNode } from '../document/model';
import { findClauses } from './clauses';
import { detectLanguage } from './contractLanguage';
import { findDefinedTerms } from './definitions';
import { readFrontMatter } from './frontMatter';
import { isDefinitionsTitle, plainHeadingText } from './headingText';
import { inlineExclusions } from './inlineExclusions';
import { outlineMarkdown, type HeadingBlock } from './markdownOutline';
import type { ContractModel, Offsets } from './model';
import { findReferences } from './references';
import { buildSections } from './sections';
import { SourceLines } from './sourceLines';

/**
 * Reads a contract in Markdown (GIBIT style, Dutch or English) into its articles, sub-clauses,
 * definitions, annexes and cross-references, each with offsets into `text`. Pure and total: any text,
 * half-written or broken, gives a model; problems in the front matter are reported in it.
 *
 * Cost: one block-level markdown-it parse and a few linear scans over the text.
 */
export function parseContract(text: string): ContractModel {
  return parseContractWithLines(text).contract;
}

/** `parseContract`, with the text's line starts it found on the way (as `LineIndex` finds them), for the findings' positions. */
export function parseContractWithLines(text: string): { contract: ContractModel; lineStarts: number[] } {
  const { frontMatter, contentStart } = readFrontMatter(text);
  const lines = new SourceLines(text, contentStart);
  const outline = outlineMarkdown(lines);
  const sections = buildSections(text, outline.headings);
  findClauses(lines, sections.articles, outline.prose, outline.orderedItems);

  const definitionsArticle = sections.articles.find((article) => isDefinitionsTitle(article.title));
  const inline = inlineExclusions(text, outline.prose);
  const exclusions = mergeSorted([...sections.labels, ...inline]);

  const model: ContractModel = {
    text,
    language: detectLanguage(
      text,
      contentStart,
      frontMatter?.root,
      sections.headings.map((h) => h.class.keyword),
    ),
    articles: sections.articles,
    annexes: sections.annexes,
    references: findReferences(text, outline.prose, exclusions),
    prose: outline.prose.map((block): Offsets => [block.start, block.end]),
    proseExclusions: inline,
  };
  if (frontMatter) model.frontMatter = frontMatter;
  const title = firstLevelOneHeading(text, outline.headings) ?? frontMatterTitle(text, frontMatter?.root);
  if (title) model.title = title;
  if (definitionsArticle) {
    model.definitions = { article: definitionsArticle, terms: findDefinedTerms(lines, definitionsArticle, outline.prose, outline.tableRows) };
  }
  return { contract: model, lineStarts: lines.lineStarts };
}

function firstLevelOneHeading(text: string, headings: HeadingBlock[]): ContractModel['title'] {
  for (const heading of headings) {
    if (heading.level !== 1 || heading.bold) continue;
    const plain = plainHeadingText(text, heading.contentStart, heading.contentEnd).text.trim();
    if (plain !== '') return { text: plain, offset: [heading.contentStart, heading.contentEnd] };
  }
  return undefined;
}

function frontMatterTitle(text: string, root: DocNode | undefined): ContractModel['title'] {
  for (const key of ['titel', 'title']) {
    const value = getProperty(root, key)?.value;
    if (value?.kind !== 'scalar' || typeof value.value !== 'string' || value.value.trim() === '') continue;
    const [start, end] = value.offset;
    // Point at the words themselves, inside the quotes when they are quoted.
    const offset: Offsets = value.quoted && text.slice(start + 1, end - 1) === value.value ? [start + 1, end - 1] : [start, end];
    return { text: value.value, offset };
  }
  return undefined;
}

/** Sorts and merges overlapping ranges. */
function mergeSorted(ranges: Offsets[]): Offsets[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Offsets[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

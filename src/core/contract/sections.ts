import { classifyHeading, type HeadingClass } from './headingText';
import type { HeadingBlock } from './markdownOutline';
import type { Annex, Article, Offsets } from './model';
import { trimEnd, trimStart } from './sourceLines';

export interface Sections {
  articles: Article[];
  annexes: Annex[];
  /** The article and annex headings with what they say, for language detection. */
  headings: Array<{ heading: HeadingBlock; class: Exclude<HeadingClass, { kind: 'other' }> }>;
  /** Article and annex heading labels ("## Artikel 7") that are no cross-references, though they read like one. */
  labels: Offsets[];
}

interface OpenSection {
  heading: HeadingBlock;
  class: Exclude<HeadingClass, { kind: 'other' }>;
}

/**
 * Divides the contract into articles and annexes by their headings.
 *
 * A section runs from its heading to the next heading that ends it, or to the end of the text:
 * - an article or annex heading ends the open section when it is at the same or a higher level;
 * - other headings ("## Ondertekening") also end it then, and open nothing;
 * - deeper headings belong to the open section, with two exceptions for an open article: an explicit
 *   "Artikel 8" or "Bijlage A" heading always starts a new section (articles do not nest), while a
 *   deeper bare-number heading ("### 1. Doel") stays a part of the article;
 * - everything deeper inside an annex belongs to the annex, even "Artikel 1" headings: an annex is
 *   often another agreement (a processing agreement) with articles of its own.
 * Bold first lines of paragraphs ("**Artikel 7 Titel**") count as headings below every real level.
 */
export function buildSections(text: string, headings: HeadingBlock[]): Sections {
  const sections: Sections = { articles: [], annexes: [], headings: [], labels: [] };
  let open: OpenSection | undefined;

  for (const heading of headings) {
    const headingClass = classifyHeading(text, heading.contentStart, heading.contentEnd);
    if (headingClass.kind !== 'other') {
      // Also for headings that open no section ("### Artikel 1" of an agreement in an annex).
      const labelEnd = headingClass.kind === 'article' ? headingClass.numberOffset[1] : headingClass.idOffset[1];
      sections.labels.push([heading.start, Math.max(heading.start, labelEnd)]);
    } else if (heading.bold) {
      continue;
    }
    if (open) {
      if (heading.level > open.heading.level) {
        if (open.class.kind === 'annex') continue;
        const startsNewSection = headingClass.kind === 'annex' || (headingClass.kind === 'article' && headingClass.explicit);
        if (!startsNewSection) continue;
      }
      closeSection(text, open, heading.start, sections);
      open = undefined;
    }
    if (headingClass.kind === 'other') continue;
    open = { heading, class: headingClass };
    sections.headings.push(open);
  }
  if (open) closeSection(text, open, text.length, sections);
  return sections;
}

function closeSection(text: string, open: OpenSection, nextStart: number, sections: Sections): void {
  const { heading } = open;
  const end = trimEnd(text, heading.end, nextStart);
  const headingOffset: Offsets = [heading.start, heading.end];
  const offset: Offsets = [heading.start, end];
  if (open.class.kind === 'article') {
    sections.articles.push({
      number: open.class.number,
      numberOffset: open.class.numberOffset,
      title: open.class.title,
      titleOffset: open.class.titleOffset,
      headingLevel: heading.level,
      headingOffset,
      offset,
      bodyOffset: [trimStart(text, heading.end, end), end],
      clauses: [],
    });
  } else {
    sections.annexes.push({
      id: open.class.id,
      idOffset: open.class.idOffset,
      title: open.class.title,
      titleOffset: open.class.titleOffset,
      headingLevel: heading.level,
      headingOffset,
      offset,
    });
  }
}

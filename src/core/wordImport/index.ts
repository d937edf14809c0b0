/**
 * The pure parts of bringing a Word contract into VS Code (the converter itself is Node-only, in
 * src/node/docx): the name of the Markdown file an import writes, the front matter it completes,
 * and the read-only preview's findings grouped the way a reader of the Word file looks for them
 * (tracked changes, the document as a whole, then article by article, then annexes).
 */
import { readFrontMatter } from '../contract/frontMatter';
import { parseContract } from '../contract/parseContract';
import { compareFindings, type Finding, type Language, type Severity } from '../finding';

/** A Word file's name: .docx, or .docm (refused unread: macros). */
export const WORD_FILE = /\.doc[xm]$/i;
const CONTRACT_KIND = /\.(?:overeenkomst|contract)$/i;

/**
 * The Markdown file an import writes beside a Word file: `Inkoop.docx` becomes
 * `Inkoop.overeenkomst.md`; a name that says its kind already keeps it (`X.overeenkomst.docx`
 * becomes `X.overeenkomst.md`, `X.contract.docx` becomes `X.contract.md`), never doubled.
 */
export function importTargetName(wordFileName: string): string {
  const stem = wordFileName.replace(WORD_FILE, '');
  if (CONTRACT_KIND.test(stem)) return `${stem}.md`;
  return `${stem === '' ? 'overeenkomst' : stem}.overeenkomst.md`;
}

/** The keys of a text's YAML front matter, in order (read as the linter reads it). */
export function frontMatterKeys(markdown: string): string[] {
  const root = readFrontMatter(markdown).frontMatter?.root;
  return root?.kind === 'object' ? root.properties.map((property) => property.key) : [];
}

/**
 * The text an import writes: the converted Markdown with its front matter completed. The converter
 * fills what the Word file says (document properties, or a first table of keys: title, supplier,
 * risk profile, ...); what it does not say is not guessed, except the title (the document's first
 * level-1 heading, else the file name) and the type, so that the file is linted as a contract.
 */
export function importedMarkdown(converted: string, wordFileName: string): string {
  const text = converted.replace(/\r\n?/g, '\n');
  const fallbackTitle = wordFileName.replace(WORD_FILE, '').replace(CONTRACT_KIND, '').trim() || wordFileName;
  if (!readFrontMatter(text).frontMatter) {
    const title = parseContract(text).title?.text ?? fallbackTitle;
    return `---\ntype: "overeenkomst"\ntitel: ${yamlString(title)}\n---\n\n${text.replace(/^\n+/, '')}`;
  }
  const keys = new Set(frontMatterKeys(text));
  const english = keys.has('title') || keys.has('supplier') || keys.has('riskProfile');
  const added: string[] = [];
  if (!keys.has('type')) added.push(`type: ${yamlString(english ? 'contract' : 'overeenkomst')}`);
  if (!keys.has('titel') && !keys.has('title')) {
    const heading = parseContract(text).title?.text;
    added.push(`${english ? 'title' : 'titel'}: ${yamlString(heading ?? fallbackTitle)}`);
  }
  if (added.length === 0) return text;
  return `---\n${added.join('\n')}\n${text.slice(4)}`;
}

/** A YAML double-quoted scalar (JSON's string syntax is a subset of it). */
function yamlString(value: string): string {
  return JSON.stringify(value.replace(/\s+/g, ' ').trim());
}

export interface PreviewFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Where in the Word file: "artikel 7.2, alinea 'Leverancier levert ...'" (empty when unknown). */
  place: string;
  /** Offset in the converted text: the order within a group. */
  offset: number;
}

export type PreviewGroupKind = 'tracked' | 'document' | 'article' | 'annex';

export interface PreviewGroup {
  kind: PreviewGroupKind;
  /** For articles and annexes: the heading as the document writes it ("Artikel 7 Exit"). */
  heading?: string;
  findings: PreviewFinding[];
}

export interface WordPreviewModel {
  fileName: string;
  /** The document's title (front matter or first heading), if it has one. */
  title?: string;
  /** Set when the file could not be read (encrypted, damaged, not Word, macros, too large): why. */
  problem?: string;
  counts: Record<Severity, number>;
  groups: PreviewGroup[];
  /** The rules the page links to: a `docs` message may name only these. */
  ruleIds: string[];
}

export interface WordPreviewInput {
  fileName: string;
  /** What `lintDocxBytes` returned. */
  findings: readonly Finding[];
  markdown?: string;
  language: Language;
}

export function buildWordPreview(input: WordPreviewInput): WordPreviewModel {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const problem = input.findings.find((finding) => finding.properties?.wordProblem !== undefined);
  if (problem || input.markdown === undefined) {
    return {
      fileName: input.fileName,
      problem: problem?.message[input.language] ?? '',
      counts,
      groups: [],
      ruleIds: [],
    };
  }
  const contract = parseContract(input.markdown);
  const tracked: PreviewGroup = { kind: 'tracked', findings: [] };
  const documentGroup: PreviewGroup = { kind: 'document', findings: [] };
  const sections = [
    ...contract.articles.map((article) => ({ kind: 'article' as const, offset: article.offset, headingOffset: article.headingOffset })),
    ...contract.annexes.map((annex) => ({ kind: 'annex' as const, offset: annex.offset, headingOffset: annex.headingOffset })),
  ];
  const bySection = new Map<number, PreviewGroup>();
  const ruleIds = new Set<string>();
  for (const finding of [...input.findings].sort(compareFindings)) {
    counts[finding.severity]++;
    ruleIds.add(finding.ruleId);
    const shown: PreviewFinding = {
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message[input.language],
      place: typeof finding.properties?.wordPlace === 'string' ? finding.properties.wordPlace : '',
      offset: finding.offset[0],
    };
    if (finding.properties?.trackedChange !== undefined && finding.properties.trackedChange !== false) {
      tracked.findings.push(shown);
      continue;
    }
    const at = finding.offset[0];
    const index = sections.findIndex((section) => at >= section.offset[0] && at < section.offset[1]);
    if (index < 0) {
      documentGroup.findings.push(shown);
      continue;
    }
    let group = bySection.get(index);
    if (!group) {
      const section = sections[index];
      group = { kind: section.kind, heading: headingText(input.markdown.slice(section.headingOffset[0], section.headingOffset[1])), findings: [] };
      bySection.set(index, group);
    }
    group.findings.push(shown);
  }
  const sectionGroups = [...bySection.entries()].sort(([a], [b]) => sections[a].offset[0] - sections[b].offset[0]).map(([, group]) => group);
  const groups = [tracked, documentGroup, ...sectionGroups].filter((group) => group.findings.length > 0);
  const title = contract.title?.text;
  return { fileName: input.fileName, ...(title ? { title } : {}), counts, groups, ruleIds: [...ruleIds].sort() };
}

/** A heading as a reader sees it: without `#`, emphasis markers and backslash escapes. */
function headingText(source: string): string {
  return source.replace(/^\s*#{1,6}\s*/, '').replace(/\*\*|__/g, '').replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1').replace(/\s+/g, ' ').trim();
}

/**
 * Disable comments: a user silences one finding where the text is right for a reason the linter
 * cannot see, next to that text, as with ESLint's and markdownlint's comments.
 *
 * - Markdown: `<!-- inkooplint-disable-next-line contract/placeholder -->` and
 *   `<!-- inkooplint-disable-file no-placeholders -->`; in a contract's YAML front matter the YAML
 *   form below.
 * - YAML: `# inkooplint-disable-next-line declaration/schema` and `# inkooplint-disable-file b1-language`.
 * - JSON has no comments: `.inkooplint.yaml` switches rules off there.
 *
 * A directive names rules by id or alias, separated by spaces or commas; without a name it means
 * every rule. Text after ` -- ` is a reason for the reader and is ignored. `next-line` covers the
 * first line below it that is not blank and not a comment; in YAML also the lines of the value that
 * continues below that line (more indented), so that a finding inside a folded text is covered by
 * a comment above its key. Pure: imports nothing that parses, so every front door can use it.
 */
import type { Range } from './finding';

export type CommentSyntax = 'markdown' | 'yaml' | 'json';

export type DirectiveKind = 'next-line' | 'file';

/** What a directive needs to know about a rule: its id and its alias. */
export interface RuleName {
  id: string;
  alias: string;
}

/** `all` when a directive names no rule. */
export type RuleSelection = 'all' | ReadonlySet<string>;

export interface Directive {
  kind: DirectiveKind;
  /** The names as written (ids or aliases); empty means every rule. */
  rules: string[];
  /** 0-based line of the comment (its last line, for a Markdown comment spanning lines). */
  line: number;
  /** Offset just after the last rule name (or after the directive word when there is none), for appending a name. */
  appendAt: number;
}

export interface SuppressionMap {
  file: RuleSelection | undefined;
  /** Per 0-based line: the rules silenced there. */
  lines: Map<number, RuleSelection>;
}

const DIRECTIVE_WORD = 'inkooplint-disable-';
const MARKDOWN_DIRECTIVE = /<!--\s*inkooplint-disable-(next-line|file)\b([\s\S]*?)-->/g;
const YAML_DIRECTIVE = /(?:^|\s)#\s*inkooplint-disable-(next-line|file)\b(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The comment syntax for a file name: `.md`/`.markdown` Markdown, `.json` none, everything else YAML. */
export function commentSyntaxFor(fileName: string): CommentSyntax {
  if (/\.(?:md|markdown)$/i.test(fileName)) return 'markdown';
  if (/\.json$/i.test(fileName)) return 'json';
  return 'yaml';
}

interface Line {
  text: string;
  start: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    lines.push({ text: text.slice(start, match.index), start });
    start = match.index + match[0].length;
  }
  lines.push({ text: text.slice(start), start });
  return lines;
}

/** Lines of a Markdown file's YAML front matter, [first, last] inclusive, without the `---` lines; undefined without one. */
function frontMatterLines(lines: Line[]): [number, number] | undefined {
  if (lines.length === 0 || !/^\uFEFF?---[ \t]*$/.test(lines[0].text)) return undefined;
  for (let i = 1; i < lines.length; i++) if (/^(?:---|\.\.\.)[ \t]*$/.test(lines[i].text)) return [1, i - 1];
  return undefined;
}

/** Splits `a, b c -- why` into names; the offset of the end of the last name, relative to `body`. */
function ruleNames(body: string): { names: string[]; end: number } {
  const reason = body.search(/(?:^|\s)--(?:\s|$)/);
  const list = reason >= 0 ? body.slice(0, reason) : body;
  const names: string[] = [];
  let end = 0;
  const pattern = /[^\s,]+/g;
  for (let match = pattern.exec(list); match; match = pattern.exec(list)) {
    names.push(match[0]);
    end = match.index + match[0].length;
  }
  return { names, end };
}

function yamlDirective(line: Line, index: number): Directive | undefined {
  if (!line.text.includes(DIRECTIVE_WORD)) return undefined;
  const match = YAML_DIRECTIVE.exec(line.text);
  if (!match) return undefined;
  const bodyStart = line.start + match.index + match[0].length - match[2].length;
  const { names, end } = ruleNames(match[2]);
  return { kind: match[1] as DirectiveKind, rules: names, line: index, appendAt: names.length > 0 ? bodyStart + end : bodyStart };
}

/** Every directive in the text, in order. */
export function findDirectives(text: string, syntax: CommentSyntax): Directive[] {
  if (syntax === 'json' || !text.includes(DIRECTIVE_WORD)) return [];
  const lines = splitLines(text);
  const directives: Directive[] = [];
  if (syntax === 'yaml') {
    lines.forEach((line, index) => {
      const directive = yamlDirective(line, index);
      if (directive) directives.push(directive);
    });
    return directives;
  }
  const frontMatter = frontMatterLines(lines);
  if (frontMatter) {
    for (let i = frontMatter[0]; i <= frontMatter[1]; i++) {
      const directive = yamlDirective(lines[i], i);
      if (directive) directives.push(directive);
    }
  }
  // HTML comments in the Markdown body, outside fenced code blocks.
  const bodyFrom = frontMatter ? frontMatter[1] + 2 : 0;
  let fence: string | undefined;
  const lineOf = (offset: number): number => {
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lines[mid].start <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const inFence = new Set<number>();
  for (let i = bodyFrom; i < lines.length; i++) {
    const opening = FENCE.exec(lines[i].text);
    if (fence) {
      inFence.add(i);
      if (opening && opening[1][0] === fence[0] && opening[1].length >= fence.length && lines[i].text.trim() === opening[1].trim()) fence = undefined;
    } else if (opening) {
      fence = opening[1];
      inFence.add(i);
    }
  }
  const bodyStart = bodyFrom < lines.length ? lines[bodyFrom].start : text.length;
  MARKDOWN_DIRECTIVE.lastIndex = bodyStart;
  for (let match = MARKDOWN_DIRECTIVE.exec(text); match; match = MARKDOWN_DIRECTIVE.exec(text)) {
    const startLine = lineOf(match.index);
    if (inFence.has(startLine)) continue;
    const bodyOffset = match.index + match[0].length - 3 - match[2].length;
    const { names, end } = ruleNames(match[2]);
    directives.push({
      kind: match[1] as DirectiveKind,
      rules: names,
      line: lineOf(match.index + match[0].length - 1),
      appendAt: names.length > 0 ? bodyOffset + end : bodyOffset,
    });
  }
  return directives;
}

function indentOf(text: string): number {
  return /^[ \t]*/.exec(text)![0].length;
}

function isBlankOrComment(text: string, syntax: CommentSyntax): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return true;
  if (syntax === 'yaml') return trimmed.startsWith('#');
  return /^<!--[\s\S]*-->$/.test(trimmed) && trimmed.includes(DIRECTIVE_WORD);
}

function merge(into: RuleSelection | undefined, names: string[]): RuleSelection {
  if (names.length === 0 || into === 'all') return 'all';
  return new Set([...(into ?? []), ...names]);
}

/** Which lines (and whether the whole file) the directives silence, and for which rules. */
export function suppressionMap(text: string, syntax: CommentSyntax): SuppressionMap {
  const map: SuppressionMap = { file: undefined, lines: new Map() };
  const directives = findDirectives(text, syntax);
  if (directives.length === 0) return map;
  const lines = splitLines(text);
  const frontMatter = syntax === 'markdown' ? frontMatterLines(lines) : undefined;
  const yamlLine = (i: number): boolean => syntax === 'yaml' || (frontMatter !== undefined && i >= frontMatter[0] && i <= frontMatter[1]);
  for (const directive of directives) {
    if (directive.kind === 'file') {
      map.file = merge(map.file, directive.rules);
      continue;
    }
    const isYaml = yamlLine(directive.line);
    const commentSyntax: CommentSyntax = isYaml ? 'yaml' : 'markdown';
    let target = directive.line + 1;
    while (target < lines.length && isBlankOrComment(lines[target].text, commentSyntax)) target++;
    if (target >= lines.length) continue;
    const covered = [target];
    if (isYaml) {
      // The value that continues below the target line: every following line indented deeper (or blank).
      const indent = indentOf(lines[target].text);
      for (let i = target + 1; i < lines.length && yamlLine(i); i++) {
        if (lines[i].text.trim() !== '' && indentOf(lines[i].text) <= indent) break;
        covered.push(i);
      }
    }
    for (const line of covered) map.lines.set(line, merge(map.lines.get(line), directive.rules));
  }
  return map;
}

function selects(selection: RuleSelection | undefined, ruleId: string, names: ReadonlyMap<string, string>): boolean {
  if (!selection) return false;
  if (selection === 'all') return true;
  if (selection.has(ruleId)) return true;
  for (const name of selection) if (names.get(name) === ruleId) return true;
  return false;
}

/**
 * The findings that no directive silences. `rules` resolves aliases to ids; a name that is no
 * known id or alias silences nothing.
 */
export function applySuppressions<T extends { ruleId: string; range: Range }>(
  findings: T[],
  text: string,
  syntax: CommentSyntax,
  rules: readonly RuleName[],
): T[] {
  if (findings.length === 0 || syntax === 'json' || !text.includes(DIRECTIVE_WORD)) return findings;
  const map = suppressionMap(text, syntax);
  if (!map.file && map.lines.size === 0) return findings;
  const aliases = new Map(rules.map((rule) => [rule.alias, rule.id]));
  return findings.filter((finding) => !selects(map.file, finding.ruleId, aliases) && !selects(map.lines.get(finding.range.start.line), finding.ruleId, aliases));
}

/** One insertion into the text. */
export interface Insertion {
  offset: number;
  newText: string;
}

/**
 * The line a `next-line` comment must stand above to cover a finding on `line`: in YAML, the key
 * of the block or folded text the line belongs to, since a comment inside such a text would be text.
 */
export function anchorLine(text: string, syntax: CommentSyntax, line: number): number {
  const lines = splitLines(text);
  if (line >= lines.length) return Math.max(0, lines.length - 1);
  const frontMatter = syntax === 'markdown' ? frontMatterLines(lines) : undefined;
  const isYaml = syntax === 'yaml' || (frontMatter !== undefined && line >= frontMatter[0] && line <= frontMatter[1]);
  if (!isYaml) return line;
  const first = frontMatter ? frontMatter[0] : 0;
  let current = line;
  // Skip blank lines: a finding can sit at the end of a line break.
  while (current > first && lines[current].text.trim() === '') current--;
  const indent = indentOf(lines[current].text);
  for (let i = current - 1; i >= first; i--) {
    const above = lines[i].text;
    if (above.trim() === '' || above.trim().startsWith('#')) continue;
    if (indentOf(above) >= indent) continue;
    // The nearest line indented less: the parent. A block scalar's content, or a plain scalar's continuation, belongs to it.
    const blockScalar = /(?::|^\s*-)\s*[|>][-+0-9]*\s*(?:#.*)?$/.test(above);
    const looksLikeEntry = /^\s*(?:-\s|-$|[^\s#][^:]*:(?:\s|$)|["'][^"']*["']\s*:(?:\s|$))/.test(lines[current].text);
    if (blockScalar || !looksLikeEntry) return anchorLine(text, syntax, i);
    return current;
  }
  return current;
}

function directiveText(syntax: CommentSyntax, kind: DirectiveKind, ruleId: string, indent: string): string {
  return syntax === 'yaml' ? `${indent}# ${DIRECTIVE_WORD}${kind} ${ruleId}` : `${indent}<!-- ${DIRECTIVE_WORD}${kind} ${ruleId} -->`;
}

function lineBreakOf(text: string): string {
  const match = /\r\n|\r|\n/.exec(text);
  return match ? match[0] : '\n';
}

/**
 * The edit that silences `ruleId` on the finding's line or in the whole file: a new comment, or the
 * rule's name added to a comment of that kind that is already there. Undefined for JSON.
 */
export function disableCommentInsertion(text: string, syntax: CommentSyntax, kind: DirectiveKind, ruleId: string, findingLine: number): Insertion | undefined {
  if (syntax === 'json') return undefined;
  const lines = splitLines(text);
  const eol = lineBreakOf(text);
  const frontMatter = syntax === 'markdown' ? frontMatterLines(lines) : undefined;
  const directives = findDirectives(text, syntax);
  if (kind === 'file') {
    const existing = directives.find((d) => d.kind === 'file' && d.rules.length > 0);
    if (existing) return { offset: existing.appendAt, newText: ` ${ruleId}` };
    if (syntax === 'yaml') {
      const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
      return { offset: bom, newText: `${directiveText('yaml', 'file', ruleId, '')}${eol}` };
    }
    // Markdown: after the front matter, which must stay the first thing in the file.
    if (frontMatter) {
      const closing = frontMatter[1] + 1;
      const next = closing + 1 < lines.length ? lines[closing + 1].start : text.length;
      const needsBreak = closing + 1 >= lines.length;
      return { offset: next, newText: `${needsBreak ? eol : ''}${directiveText('markdown', 'file', ruleId, '')}${eol}` };
    }
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return { offset: bom, newText: `${directiveText('markdown', 'file', ruleId, '')}${eol}` };
  }
  const anchor = anchorLine(text, syntax, Math.min(findingLine, lines.length - 1));
  const inFrontMatter = frontMatter !== undefined && anchor >= frontMatter[0] && anchor <= frontMatter[1];
  const lineSyntax: CommentSyntax = syntax === 'yaml' || inFrontMatter ? 'yaml' : 'markdown';
  // A `next-line` directive right above (only comments or blank lines between) takes the name too.
  for (let i = anchor - 1; i >= 0; i--) {
    const directive = directives.find((d) => d.line === i && d.kind === 'next-line');
    if (directive) {
      if (directive.rules.length === 0) return undefined;
      return { offset: directive.appendAt, newText: ` ${ruleId}` };
    }
    if (!isBlankOrComment(lines[i].text, lineSyntax)) break;
  }
  const indent = /^[ \t]*/.exec(lines[anchor].text)![0];
  return { offset: lines[anchor].start, newText: `${directiveText(lineSyntax, 'next-line', ruleId, indent)}${eol}` };
}

/**
 * Hover text in Markdown: for a finding (what the rule checks, why, with its source, and how to
 * fix it) and for a declaration key (the register's help text). Runtime strings go through
 * `@vscode/l10n`, whose bundle the extension sets to the resolved language.
 */
import { t } from '@vscode/l10n';
import type { Finding, Language } from '../../core/finding';
import type { RuleMeta } from '../../core/rule';
import type { TopicSourceWords } from '../../core/contract/catalog/sourceWords';
import type { FieldHelp } from './keyPath';

/** Escapes text for Markdown so that a message can never turn into a link or markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (char) => `\\${char}`);
}

function link(title: string, url: string): string {
  return `[${escapeMarkdown(title)}](${url.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
}

/** The topic a finding is about, if it names one (`properties.topic`, as contract/missing-clause does). */
export function findingTopicId(finding: Finding): string | undefined {
  const topic = finding.properties?.topic;
  return typeof topic === 'string' ? topic : undefined;
}

export function findingHoverMarkdown(finding: Finding, meta: RuleMeta | undefined, language: Language, docUrl: string, topic?: TopicSourceWords): string {
  const lines: string[] = [];
  lines.push(`**Inkooplint** · \`${finding.ruleId}\`${meta ? ` (\`${meta.alias}\`)` : ''}`, '');
  lines.push(escapeMarkdown(finding.message[language]), '');
  if (meta) {
    lines.push(`**${t('What it checks')}:** ${escapeMarkdown(meta.description[language])}`, '');
    if (meta.sources.length > 0) {
      const sources = meta.sources.map((source) => (source.url ? link(source.title[language], source.url) : escapeMarkdown(source.title[language])));
      lines.push(`**${t('Why (source)')}:** ${sources.join(' · ')}`, '');
    }
  }
  if (topic && topic.sources.length > 0) {
    lines.push(`**${t('Sources for the topic {0}', escapeMarkdown(topic.title))}:**`, '');
    for (const source of topic.sources) lines.push(`- ${source.url ? link(source.name, source.url) : escapeMarkdown(source.name)}: ${escapeMarkdown(source.details)}`);
    lines.push('');
  }
  const fixes = finding.fixes ?? [];
  if (fixes.length > 0) {
    lines.push(`**${t('How to fix')}:** ${t('use the quick fix (Ctrl+.)')}: ${fixes.map((fix) => escapeMarkdown(fix.title[language])).join('; ')}`, '');
  } else {
    lines.push(`**${t('How to fix')}:** ${t('change the text as the message says; the documentation shows a correct example')}`, '');
  }
  lines.push(link(t('Rule documentation'), docUrl));
  return lines.join('\n');
}

/** The last line of a hover on findings: they help a review, they do not replace a lawyer. */
export function disclaimerMarkdown(): string {
  return `_${escapeMarkdown(t('These findings are a review aid, not legal advice.'))}_`;
}

export interface HoveredFinding {
  finding: Finding;
  meta: RuleMeta | undefined;
  docUrl: string;
  /** The catalog topic the finding is about, in the hover's language (the core's `topicSourceWords`). */
  topic?: TopicSourceWords;
}

/**
 * The parts of one hover: each finding under the cursor, a declaration key's help text, and, when
 * there is a finding, one closing line that the findings are a review aid, not legal advice.
 */
export function hoverMarkdowns(findings: readonly HoveredFinding[], language: Language, help?: FieldHelp): string[] {
  const parts = findings.map(({ finding, meta, docUrl, topic }) => findingHoverMarkdown(finding, meta, language, docUrl, topic));
  if (help) parts.push(fieldHoverMarkdown(help));
  if (findings.length > 0) parts.push(disclaimerMarkdown());
  return parts;
}

export function fieldHoverMarkdown(help: FieldHelp): string {
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(help.title ?? help.key)}** · \`${help.key}\` (${help.required ? t('required in the register') : t('optional')})`, '');
  if (help.description) lines.push(escapeMarkdown(help.description).replace(/\\\n/g, '\n').replace(/\n/g, '\n\n'), '');
  if (help.allowed?.length) lines.push(`**${t('Allowed values')}:** ${help.allowed.map((value) => `\`${value}\``).join(', ')}`, '');
  if (help.maxLength) lines.push(`**${t('At most {0} characters', help.maxLength)}**`, '');
  if (help.example) lines.push(`**${t('Example')}:** ${escapeMarkdown(help.example)}`, '');
  lines.push(`_${t('From the publication standard of the Algoritmeregister')}_`);
  return lines.join('\n');
}

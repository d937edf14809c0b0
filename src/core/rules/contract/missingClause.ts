import { findTopic, topicById, TOPIC_IDS, type ClauseTopic } from '../../contract/catalog';
import { modelClauseArticle } from '../../contract/catalog/modelClause';
import { coveredInBundle } from '../../contract/bundleCoverage';
import { coveringConditions } from '../../contract/conditionsCoverage';
import { declaredConditions, declaredProfile, profileName, recordedDeviations, type Deviation } from '../../contract/frontMatterFields';
import type { Article, ContractModel, Offsets } from '../../contract/model';
import type { LocalizedText } from '../../finding';
import type { ContractRule, FixDescriptor } from '../../rule';
import { sourceLabel } from '../../contract/catalog/sources';

export const missingClauseRule: ContractRule = {
  meta: {
    id: 'contract/missing-clause',
    alias: 'required-clauses',
    defaultSeverity: 'warning',
    tags: ['contract', 'catalog'],
    description: {
      nl: 'Het contract regelt elk onderwerp dat bij het risicoprofiel hoort, of legt uit waarom niet.',
      en: 'The contract covers every topic its risk profile requires, or explains why not.',
    },
    sources: [
      { title: { nl: 'GIBIT 2023 (pas toe of leg uit)', en: 'GIBIT 2023 (comply or explain)' }, url: 'https://www.digitaleoverheid.nl/overzicht-van-alle-onderwerpen/gibit/' },
      { title: { nl: 'Modelcontractbepalingen AI (MCC-AI), 2025', en: 'Model contractual clauses for AI (MCC-AI), 2025' }, url: 'https://living-in.eu/groups/solutions/ai-procurement' },
      { title: { nl: 'AI-verordening (EU) 2024/1689', en: 'AI Act (EU) 2024/1689' }, url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj' },
    ],
    fixable: true,
  },
  check(context) {
    // Rules about the whole contract run once, on the contract itself, not on each annex file.
    if (context.documentRole !== 'contract') return;
    const { contract, requiredTopics, bundle } = context;
    const at = contractAnchor(contract);
    const profile = profileName(context.profile);
    if (context.profileSource === 'default') {
      context.report({ messageId: 'profile-assumed', data: { profile }, offset: at, severity: 'info' });
    } else if (context.profileSource === 'linked-declaration' && !declaredProfile(contract.frontMatter?.root)) {
      // A stated lower profile is `link/profile-mismatch`'s finding; here the contract states none.
      const source = context.linkedDeclarations.find((linked) => linked.profile === context.profile);
      context.report({ messageId: 'profile-from-declaration', data: { profile, path: source?.path ?? '', category: source?.category ?? '' }, offset: at, severity: 'info' });
    }

    const explained = new Set<string>();
    for (const deviation of context.hasSyntaxErrors ? [] : recordedDeviations(contract.frontMatter?.root)) {
      const topic = deviation.topic === undefined ? undefined : findTopic(deviation.topic);
      if (deviation.topic === undefined) {
        context.report({ messageId: 'deviation-no-topic', offset: deviation.offset });
      } else if (!topic) {
        context.report({ messageId: 'deviation-unknown-topic', data: { value: deviation.topic, topics: TOPIC_IDS.join(', ') }, offset: deviation.topicOffset });
      } else if (deviation.reason === undefined) {
        context.report({ messageId: 'deviation-no-reason', data: { topic: topic.title }, offset: deviation.topicOffset, properties: { topic: topic.id } });
      } else {
        explained.add(topic.id);
        if (requiredTopics.includes(topic.id)) {
          context.report({
            messageId: 'deviation-recorded',
            data: { topic: topic.title, reason: deviation.reason, by: byline(deviation) },
            offset: deviation.topicOffset,
            severity: 'info',
            properties: { topic: topic.id, coverage: TOPIC_COVERAGE.explained, deviation: deviationFacts({ ...deviation, reason: deviation.reason }) },
          });
        }
      }
    }

    const conditions = context.hasSyntaxErrors ? [] : declaredConditions(contract.frontMatter?.root);
    for (const id of requiredTopics) {
      if (explained.has(id)) continue;
      const topic = topicById(id);
      if (coveredInBundle(bundle, topic)) continue;
      const cover = coveringConditions(topic, conditions, context.config);
      if (cover) {
        context.report({ messageId: 'covered-by-conditions', data: { topic: topic.title, conditions: cover.conditions, article: cover.article }, offset: cover.offset, severity: 'info', properties: { topic: id } });
        continue;
      }
      context.report({
        messageId: 'missing',
        data: { topic: topic.title, source: sourceLabel(topic), profile },
        offset: at,
        properties: { topic: id, coverage: TOPIC_COVERAGE.missing },
        fixes: [insertModelClause(contract, topic)],
      });
    }
  },
};

/**
 * `properties.coverage` of a finding about one topic: 'missing' when the contract neither covers
 * the topic nor explains why not, 'explained' for a recorded deviation with a reason (its reason,
 * by whom and when are in `properties.deviation`). Readers of the findings (the overview) rely on
 * these, not on the message text.
 */
export const TOPIC_COVERAGE = { missing: 'missing', explained: 'explained' } as const;

function deviationFacts({ reason, by, date }: Deviation & { reason: string }): { reason: string; by?: string; date?: string } {
  return { reason, ...(by !== undefined ? { by } : {}), ...(date !== undefined ? { date } : {}) };
}

/** Where findings about the whole contract go: its title, else its front matter, else its first line. */
export function contractAnchor(contract: ContractModel): Offsets {
  if (contract.title) return contract.title.offset;
  if (contract.frontMatter) return [contract.frontMatter.offset[0], Math.min(contract.frontMatter.offset[1], contract.frontMatter.offset[0] + 3)];
  const firstLineEnd = contract.text.search(/\r|\n/);
  return [0, firstLineEnd < 0 ? contract.text.length : firstLineEnd];
}

function byline(deviation: Deviation): LocalizedText {
  const parts = [deviation.by, deviation.date].filter((part): part is string => part !== undefined);
  if (parts.length === 0) return { nl: '', en: '' };
  return { nl: ` (${parts.join(', ')})`, en: ` (${parts.join(', ')})` };
}


/** The model clause as a new article after the last one, before the first annex that follows it (or at the end). */
function insertModelClause(contract: ContractModel, topic: ClauseTopic): FixDescriptor {
  const { text, articles } = contract;
  const last = articles[articles.length - 1];
  const lastNumber = last ? Number.parseInt(last.number, 10) : 0;
  const articleNumber = String(Number.isNaN(lastNumber) ? articles.length + 1 : lastNumber + 1);
  const headingLevel = last && last.headingLevel <= 6 ? last.headingLevel : 2;
  const headingStyle = last && last.headingLevel <= 6 ? headingStyleOf(text, last) : undefined;
  const article = modelClauseArticle(topic, contract.language, { articleNumber, form: 'text', headingLevel, headingStyle });
  const annex = contract.annexes.find((candidate) => !last || candidate.headingOffset[0] > last.headingOffset[0]);
  const closing = last ? closingSectionStart(text, [last.bodyOffset[0], annex ? annex.headingOffset[0] : text.length], headingLevel) : undefined;
  const before = closing ?? (annex ? text.lastIndexOf('\n', annex.headingOffset[0] - 1) + 1 : undefined);
  let edit: { offset: Offsets; newText: string };
  if (before !== undefined) {
    edit = { offset: [before, before], newText: `${article}\n` };
  } else {
    const separator = text === '' || text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    edit = { offset: [text.length, text.length], newText: `${separator}${article}` };
  }
  return { messageId: 'insert-model-clause', data: { topic: topic.title, number: articleNumber }, edits: [edit] };
}

/** What the article's Markdown heading writes before its number and between number and title, when it is plain words and marks. */
function headingStyleOf(text: string, article: Article): { beforeNumber: string; afterNumber: string } | undefined {
  let start = article.headingOffset[0];
  while (start < article.numberOffset[0] && (text[start] === '#' || text[start] === ' ' || text[start] === '\t')) start++;
  const beforeNumber = text.slice(start, article.numberOffset[0]);
  const afterNumber = article.titleOffset[0] > article.numberOffset[1] ? text.slice(article.numberOffset[1], article.titleOffset[0]) : ' ';
  if (!/^(?:\p{L}[\p{L}.]*[ \t]*)?$/u.test(beforeNumber) || !/^[.:)]?[ \t]+(?:[–—-][ \t]+)?$/.test(afterNumber)) return undefined;
  return { beforeNumber, afterNumber };
}

/**
 * A heading of the last article's level or higher after its body ("## Ondertekening"): the
 * closing part of the contract, which a new article goes before.
 */
function closingSectionStart(text: string, body: Offsets, level: number): number | undefined {
  const heading = new RegExp(`^ {0,3}#{1,${Math.min(level, 6)}}[ \\t]`, 'gm');
  heading.lastIndex = body[0];
  const match = heading.exec(text);
  return match && match.index < body[1] ? match.index : undefined;
}

/**
 * What the contract lint already tells a reviewer, per catalog topic: which article or annex covers
 * it (a suggested "voldaan", or "deels" when that article has findings of its own), which general
 * conditions cover it, and which topics the contract deliberately deviates from (comply or
 * explain: a suggested "n.v.t." with the reason). Only ever suggestions: a person confirms them.
 */
import type { InkooplintConfig, RiskProfile } from '../config/config';
import { DEFAULT_CONFIG } from '../config/config';
import { CLAUSE_CATALOG, findTopic, type ClauseTopic, type TopicId } from '../contract/catalog';
import { coveredInBundle } from '../contract/bundleCoverage';
import { coveringConditions } from '../contract/conditionsCoverage';
import { coveringParts } from '../contract/coverage';
import { declaredConditions, declaredSupplier, recordedDeviations } from '../contract/frontMatterFields';
import type { ContractModel } from '../contract/model';
import { effectiveProfile, requiredTopicsFor, type ContractLintResult, type LinkedDeclaration } from '../contractEngine';
import type { Finding, LocalizedText, Severity } from '../finding';
import type { ProfileSource } from '../rule';
import { LineIndex } from '../text/lineIndex';
import type { AnswerStatus, Evidence } from './file';

/** A finding as the checklist shows it: where (file and 1-based line) and what. */
export interface FindingSummary {
  ruleId: string;
  severity: Severity;
  message: LocalizedText;
  file: string;
  line: number;
  offset: [number, number];
  topic?: string;
  docPath: string;
}

export interface Deviation {
  reason: string;
  by?: string;
  date?: string;
}

export type Coverage = 'covered' | 'partly-covered' | 'conditions' | 'explained' | 'missing';

export interface Suggestion {
  status: AnswerStatus;
  evidence: Evidence[];
  coverage: Exclude<Coverage, 'missing'>;
  explained?: Deviation;
}

/** What the checklist needs from a linted contract. */
export interface ContractFacts {
  /** The contract file as the checklist names it (relative to the checklist file). */
  file: string;
  title?: string;
  /** The supplier the front matter names (`leverancier` / `supplier`). */
  supplier?: string;
  profile: RiskProfile;
  profileSource: ProfileSource;
  requiredTopics: TopicId[];
  suggestions: Partial<Record<TopicId, Suggestion>>;
  findings: FindingSummary[];
}

export interface ContractFactsOptions {
  /** The contract file, relative to the checklist file (usually its bare name: they sit side by side). */
  file: string;
  /** The profile for a contract that states none, as for the lint. */
  profile?: RiskProfile;
  config?: InkooplintConfig;
  linkedDeclarations?: readonly LinkedDeclaration[];
}

/** Annex file paths are relative to the contract; the checklist sits beside it, so they are relative to the checklist too. */
function siblingPath(contractFile: string, annexPath: string): string {
  const cut = contractFile.lastIndexOf('/');
  return cut === -1 ? annexPath : `${contractFile.slice(0, cut + 1)}${annexPath}`;
}

function summarise(findings: readonly Finding[], file: string): FindingSummary[] {
  return findings.map((finding) => ({
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    file,
    line: finding.range.start.line + 1,
    offset: finding.offset,
    ...(typeof finding.properties?.topic === 'string' ? { topic: finding.properties.topic } : {}),
    docPath: finding.docPath,
  }));
}

function partEvidence(contract: ContractModel, lines: LineIndex, file: string, topic: ClauseTopic): Evidence[] {
  return coveringParts(contract, topic).map((part) => {
    const headingEnd = contract.text.indexOf('\n', part.offset[0]);
    const heading = contract.text.slice(part.offset[0], headingEnd === -1 ? part.offset[1] : Math.min(headingEnd, part.offset[1]));
    return {
      kind: 'contract' as const,
      file,
      part: { kind: part.kind, label: part.label },
      title: heading.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\*\*/g, '').trim(),
      line: lines.positionAt(part.offset[0]).line + 1,
      offset: [part.offset[0], part.offset[1]] as [number, number],
    };
  });
}

/**
 * Rules whose findings weaken what an article promises: effort wording, a placeholder for a term, a
 * refusal to explain, the supplier's own use of data, a reference that leads nowhere. A term
 * written without its definition or a numbering slip does not change what the article covers.
 */
const WEAKENING_RULES: ReadonlySet<string> = new Set([
  'contract/vague-obligation',
  'contract/placeholder',
  'contract/explanation-refused',
  'contract/supplier-data-use',
  'contract/broken-reference',
]);

/** Findings that weaken the text inside one of the covering parts (a vague obligation in the audit article). */
function findingsInside(evidence: readonly Evidence[], findings: readonly FindingSummary[], file: string): FindingSummary[] {
  return findings.filter((finding) =>
    finding.file === file && finding.severity !== 'info' && WEAKENING_RULES.has(finding.ruleId) &&
    evidence.some((entry) => entry.kind === 'contract' && entry.file === file && entry.offset && finding.offset[0] >= entry.offset[0] && finding.offset[1] <= entry.offset[1]));
}

/** The facts about one linted contract that the checklist pre-fills from. */
export function contractFacts(lint: ContractLintResult, options: ContractFactsOptions): ContractFacts {
  const config = options.config ?? DEFAULT_CONFIG;
  const { contract } = lint;
  const { profile, source } = effectiveProfile(contract, options.profile, options.linkedDeclarations ?? []);
  const requiredTopics = requiredTopicsFor(profile, config);
  const file = options.file;
  const findings = [
    ...summarise(lint.findings, file),
    ...lint.annexFiles.flatMap((annex) => summarise(annex.findings, siblingPath(file, annex.path))),
  ];
  const lines = new LineIndex(contract.text);
  const root = (contract.frontMatter?.problems.length ?? 0) > 0 ? undefined : contract.frontMatter?.root;
  const supplier = declaredSupplier(root);

  const deviations = new Map<TopicId, { deviation: Deviation; offset: number }>();
  for (const deviation of recordedDeviations(root)) {
    const topic = deviation.topic === undefined ? undefined : findTopic(deviation.topic);
    if (!topic || deviation.reason === undefined || deviations.has(topic.id)) continue;
    deviations.set(topic.id, {
      deviation: { reason: deviation.reason, ...(deviation.by ? { by: deviation.by } : {}), ...(deviation.date ? { date: deviation.date } : {}) },
      offset: deviation.topicOffset[0],
    });
  }
  const conditions = declaredConditions(root);

  const suggestions: Partial<Record<TopicId, Suggestion>> = {};
  for (const topic of CLAUSE_CATALOG) {
    const deviation = deviations.get(topic.id);
    if (deviation) {
      suggestions[topic.id] = {
        status: 'nvt',
        coverage: 'explained',
        explained: deviation.deviation,
        evidence: [{ kind: 'contract', file, line: lines.positionAt(deviation.offset).line + 1, offset: [deviation.offset, deviation.offset] }],
      };
      continue;
    }
    const evidence = partEvidence(contract, lines, file, topic);
    for (const annex of lint.annexFiles) {
      const annexFile = siblingPath(file, annex.path);
      const inAnnex = partEvidence(annex.contract, new LineIndex(annex.contract.text), annexFile, topic);
      if (inAnnex.length > 0) evidence.push(...inAnnex);
      else if (coveredInBundle({ main: annex.contract, annexFiles: [{ path: annex.path, contract: annex.contract }] }, topic)) evidence.push({ kind: 'contract', file: annexFile, line: 1 });
    }
    if (evidence.length > 0) {
      const troubled = evidence.some((entry) => entry.kind === 'contract' && findingsInside([entry], findings, entry.file).length > 0);
      suggestions[topic.id] = { status: troubled ? 'deels' : 'voldaan', coverage: troubled ? 'partly-covered' : 'covered', evidence };
      continue;
    }
    const cover = coveringConditions(topic, conditions, config);
    if (cover) {
      suggestions[topic.id] = { status: 'voldaan', coverage: 'conditions', evidence: [{ kind: 'conditions', conditions: cover.conditions, article: cover.article }] };
    }
  }

  return {
    file,
    ...(contract.title ? { title: contract.title.text } : {}),
    ...(supplier ? { supplier } : {}),
    profile,
    profileSource: source,
    requiredTopics,
    suggestions,
    findings,
  };
}

/** The findings that concern one topic: those that name it, and the warnings inside the parts that cover it. */
export function topicFindings(facts: ContractFacts, topic: TopicId): FindingSummary[] {
  const suggestion = facts.suggestions[topic];
  const inside = suggestion ? suggestion.evidence.flatMap((entry) => (entry.kind === 'contract' ? findingsInside([entry], facts.findings, entry.file) : [])) : [];
  const named = facts.findings.filter((finding) => finding.topic === topic);
  return [...new Set([...named, ...inside])];
}

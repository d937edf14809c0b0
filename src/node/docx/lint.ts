/**
 * Lints a Word contract: converts it (convert.ts), lints the Markdown with the core's
 * `lintContract`, and adds to each finding the Word place a reader can find
 * (`properties.wordPlace`: "artikel 7.2, alinea 'Leverancier levert ...'"). A document that cannot
 * be read gives one finding of `contract/front-matter` (the rule about whether the file can be read)
 * with a message that says why; nothing in it is executed and nothing is written.
 *
 * A document with tracked changes is linted as it reads with all changes accepted; it is also
 * linted as it read before them, and the two are compared (`reviewTrackedChanges`): the changes
 * that weaken the contract add findings of `contract/weakening-change`, with
 * `properties.trackedChange` = { kind, author, date }.
 */
import {
  compareFindings, DEFAULT_CONFIG, DEFAULT_CONTRACT_RULES, effectiveProfile, effectiveSeverity, linkedDeclarationsOf, lintContract, requiredTopicsFor,
  type ContractLintOptions, type Finding, type Language, type LocalizedText,
} from '../../core';
import { reviewTrackedChanges, type SourceBlock } from '../../core/contract/changeReview';
import { docPathFor } from '../../core/rule';
import { frontMatterRule } from '../../core/rules/contract/frontMatter';
import { weakeningChangeRule } from '../../core/rules/contract/weakeningChange';
import { LineIndex } from '../../core/text/lineIndex';
import { convertDocx, MAX_DOCX_BYTES, type DocxProblem, type DocxReading, type TrackedChange, type WordPlace } from './convert';

export const DOCX_CONTRACT_PATTERN = /\.(?:overeenkomst|contract)\.doc[xm]$/i;
export { WORD_FILE } from '../../core/wordImport';
/** Titles that make a .docx without a contract name a contract. */
export const CONTRACT_TITLE = /overeenkomst|agreement/i;

const PROBLEMS: Record<DocxProblem, LocalizedText> = {
  encrypted: {
    nl: 'Dit Word-bestand is met een wachtwoord beveiligd (versleuteld) en kan niet worden gelezen. Sla het op zonder wachtwoord en lint het opnieuw.',
    en: 'This Word file is password-protected (encrypted) and cannot be read. Save it without a password and lint it again.',
  },
  'legacy-doc': {
    nl: 'Dit is een oud Word-bestand (.doc), geen .docx. Sla het in Word op als .docx (Word-document) en lint het opnieuw.',
    en: 'This is an old Word file (.doc), not a .docx. Save it in Word as .docx (Word Document) and lint it again.',
  },
  'not-word': {
    nl: 'Dit bestand is geen Word-document (.docx), al heeft het die naam.',
    en: 'This file is not a Word document (.docx), although it is named like one.',
  },
  corrupt: {
    nl: 'Dit Word-bestand is beschadigd en kan niet worden gelezen ({detail}).',
    en: 'This Word file is damaged and cannot be read ({detail}).',
  },
  macros: {
    nl: 'Dit Word-bestand bevat macro\'s (.docm). Inkooplint leest zulke bestanden niet en voert niets uit. Sla het op als .docx zonder macro\'s en lint het opnieuw.',
    en: 'This Word file contains macros (.docm). Inkooplint does not read such files and runs nothing. Save it as .docx without macros and lint it again.',
  },
  'too-large': {
    nl: 'Dit Word-bestand is te groot om te lezen ({detail}); een overeenkomst is veel kleiner.',
    en: 'This Word file is too large to read ({detail}); a contract is much smaller.',
  },
};

export interface DocxLintOptions extends Omit<ContractLintOptions, 'annexFiles'> {
  /** The language of `properties.wordPlace`. */
  language: Language;
  /** The file's real size, when the caller read only its first bytes because it is too large. */
  fileSize?: number;
}

export interface DocxLintResult {
  findings: Finding[];
  /** The Markdown the findings' lines and columns refer to; absent when the document could not be read. */
  markdown?: string;
  /** The document as it read before its tracked changes (all rejected); only when it has some. */
  originalMarkdown?: string;
  /** The tracked changes with text; only when it has some. */
  trackedChanges?: TrackedChange[];
}

/** The id of the rule whose findings are about tracked changes (the CLI lists them apart). */
export const WEAKENING_CHANGE_RULE_ID = weakeningChangeRule.meta.id;

export function lintDocxBytes(bytes: Uint8Array, options: DocxLintOptions): DocxLintResult {
  const macroName = /\.docm$/i.test(options.fileName);
  const size = Math.max(bytes.length, options.fileSize ?? 0);
  const conversion = macroName
    ? { ok: false as const, problem: 'macros' as const, detail: '.docm' }
    : size > MAX_DOCX_BYTES
      ? { ok: false as const, problem: 'too-large' as const, detail: `${(size / 1024 / 1024).toFixed(1)} MB` }
      : convertDocx(bytes);
  if (!conversion.ok) return { findings: problemFinding(conversion.problem, conversion.detail, options) };
  const { language: _language, fileSize: _fileSize, ...contractOptions } = options;
  const result = lintContract(conversion.markdown, contractOptions);
  let found = result.findings;
  const rules = contractOptions.rules ?? DEFAULT_CONTRACT_RULES;
  if (conversion.original && conversion.changes?.length && rules.some((rule) => rule.meta.id === WEAKENING_CHANGE_RULE_ID)) {
    const original = lintContract(conversion.original.markdown, contractOptions);
    const config = contractOptions.config ?? DEFAULT_CONFIG;
    const { profile } = effectiveProfile(result.contract, contractOptions.profile, linkedDeclarationsOf(result.contract, contractOptions.links));
    const weakenings = reviewTrackedChanges({
      original: { contract: original.contract, findings: original.findings, blocks: sourceBlocks(conversion.original) },
      accepted: { contract: result.contract, findings: result.findings, blocks: sourceBlocks(conversion) },
      changes: conversion.changes,
      requiredTopics: requiredTopicsFor(profile, config),
      config,
    });
    found = [...found, ...weakenings].sort(compareFindings);
  }
  const lines = new LineIndex(conversion.markdown);
  // Fixes edit the converted Markdown, which the user does not have: a Word finding offers none.
  const findings = found.map(({ fixes: _fixes, ...finding }): Finding => {
    const place = placeOf(conversion.places, lines.positionAt(finding.offset[0]).line);
    if (!place) return finding;
    return { ...finding, properties: { ...finding.properties, wordPlace: describePlace(place, options.language), wordParagraph: place.paragraph } };
  });
  return {
    findings,
    markdown: conversion.markdown,
    ...(conversion.original ? { originalMarkdown: conversion.original.markdown } : {}),
    ...(conversion.changes ? { trackedChanges: conversion.changes } : {}),
  };
}

/** The blocks of a reading (runs of lines from one Word paragraph or table) keyed by the Word paragraph's number. */
function sourceBlocks(reading: DocxReading): SourceBlock[] {
  const blocks: Array<{ place: WordPlace; start: number; end: number }> = [];
  let offset = 0;
  let current: { place: WordPlace; start: number; end: number } | undefined;
  reading.markdown.split('\n').forEach((line, index) => {
    const place = reading.places[index];
    if (!place || place.kind === 'properties') current = undefined;
    else if (current && current.place === place) current.end = offset + line.length;
    else blocks.push((current = { place, start: offset, end: offset + line.length }));
    offset += line.length + 1;
  });
  return blocks.map((block) => ({ key: block.place.paragraph, offset: [block.start, block.end] }));
}

/** The place of a line, or of the nearest line above it that has one. */
function placeOf(places: Array<WordPlace | undefined>, line: number): WordPlace | undefined {
  for (let at = Math.min(line, places.length - 1); at >= 0; at--) if (places[at]) return places[at];
  return undefined;
}

export function describePlace(place: WordPlace, language: Language): string {
  const nl = language === 'nl';
  if (place.kind === 'properties') return nl ? `documenteigenschappen, '${place.firstWords}'` : `document properties, '${place.firstWords}'`;
  const what = { paragraph: nl ? 'alinea' : 'paragraph', table: nl ? 'tabel' : 'table', footnote: nl ? 'voetnoot' : 'footnote' }[place.kind];
  const words = place.firstWords ? ` '${place.firstWords}'` : ` ${place.paragraph}`;
  const article = place.number ? `${nl ? 'artikel' : 'article'} ${place.number}, ` : '';
  return `${article}${what}${words}`;
}

function problemFinding(problem: DocxProblem, detail: string, options: DocxLintOptions): Finding[] {
  const severity = options.config ? effectiveSeverity(options.config, frontMatterRule.meta, 'error') : 'error';
  if (severity === 'off') return [];
  const fill = (text: string): string => text.replace('{detail}', detail);
  return [{
    ruleId: frontMatterRule.meta.id,
    severity,
    message: { nl: fill(PROBLEMS[problem].nl), en: fill(PROBLEMS[problem].en) },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    offset: [0, 0],
    docPath: docPathFor(frontMatterRule.meta.id),
    properties: { wordProblem: problem },
  }];
}

import { stringify } from 'yaml';
import { lintDeclaration } from '../../src/core/engine';
import type { Finding } from '../../src/core/finding';
import type { DeclarationRule } from '../../src/core/rule';

/** A complete, valid record: tests change only what they are about. */
export const VALID_RECORD: Record<string, unknown> = {
  name: 'Route voor het legen van afvalcontainers',
  description_short: 'Dit algoritme plant elke ochtend de route van de vuilniswagens langs de containers die vol zijn.',
  organization: 'Gemeente Noorderhaaks',
  category: ['Natuur en milieu'],
  status: 'In gebruik',
  begin_date: '2021-03',
  contact_email: 'algoritmes@noorderhaaks.nl',
  publication_category: 'Overige algoritmes',
  human_intervention: 'Een planner van de afvaldienst bekijkt elke ochtend de route en kan containers toevoegen of overslaan.',
  provider: 'Intern ontwikkeld',
  lang: 'nld',
  standard_version: '1.0',
};

/** YAML text of the valid record with some fields changed; `undefined` removes a field. */
export function recordYaml(changes: Record<string, unknown> = {}): string {
  const record: Record<string, unknown> = { ...VALID_RECORD };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete record[key];
    else record[key] = value;
  }
  return stringify(record, { lineWidth: 0 });
}

export const TODAY = new Date('2026-11-15T12:00:00Z');

export function lintYaml(text: string, rules?: readonly DeclarationRule[], fileName = 'test.algoritme.yaml'): Finding[] {
  return lintDeclaration(text, { fileName, rules, today: TODAY }).findings;
}

export function lintJson(text: string, rules?: readonly DeclarationRule[]): Finding[] {
  return lintDeclaration(text, { fileName: 'test.algoritme.json', rules, today: TODAY }).findings;
}

/** The text a finding points at. */
export function textAt(text: string, finding: Pick<Finding, 'offset'>): string {
  return text.slice(finding.offset[0], finding.offset[1]);
}

/** Applies a finding's first fix to the text. */
export function applyFix(text: string, finding: Finding): string {
  const fix = finding.fixes?.[0];
  if (!fix) throw new Error(`finding has no fix: ${finding.message.en}`);
  const edits = [...fix.edits].sort((a, b) => b.offset[0] - a.offset[0]);
  let result = text;
  for (const edit of edits) result = result.slice(0, edit.offset[0]) + edit.newText + result.slice(edit.offset[1]);
  return result;
}

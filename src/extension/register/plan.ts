/**
 * The import command's plan, without VS Code: which of the core's imported records are written and
 * which are skipped (a file that existed before the run is never overwritten; an item that is no
 * record is reported), and the report lines, in the user's language. The core's own messages are
 * used where they say the same as the CLI, so the two read alike.
 */
import type { Language } from '../../core/finding';
import type { ImportedRecord, ImportResult } from '../../core/register';

export type LocalizeIn = (language: Language, id: string, data?: Record<string, string | number>) => string;

export interface PlannedWrite {
  record: ImportedRecord;
  fileName: string;
  /** The YAML comment at the top of the file: where the record came from. */
  comment: string;
  /** Report lines for this file (written, renamed, each change). */
  lines: string[];
}

export interface PlannedSkip {
  fileName: string | undefined;
  /** 1-based position of the item in the JSON. */
  number: number;
  name: string | undefined;
  reason: 'exists' | 'not-a-record';
  line: string;
}

export interface ImportPlan {
  /** Set when the JSON cannot be imported at all (not JSON, no records). */
  error?: { kind: 'not-json' | 'not-records'; detail?: string };
  writes: PlannedWrite[];
  skips: PlannedSkip[];
  changes: number;
  renamed: number;
}

export interface PlanTexts {
  /** "{file} already existed and was not overwritten (record {number}: {name})." in the user's language. */
  exists(file: string, number: number, name: string): string;
}

export function planImport(result: ImportResult, input: { language: Language; sourceName: string; existing: ReadonlySet<string>; localizeIn: LocalizeIn; texts: PlanTexts }): ImportPlan {
  const { language, localizeIn } = input;
  const plan: ImportPlan = { writes: [], skips: [], changes: 0, renamed: 0 };
  for (const problem of result.problems) {
    if (problem.kind === 'not-json') return { ...plan, error: { kind: 'not-json', detail: problem.detail } };
    if (problem.kind === 'not-records') return { ...plan, error: { kind: 'not-records' } };
    plan.skips.push({ fileName: undefined, number: problem.index + 1, name: undefined, reason: 'not-a-record', line: localizeIn(language, 'register-import.not-a-record', { number: problem.index + 1 }) });
  }
  for (const record of result.records) {
    const number = record.index + 1;
    const name = record.name ?? localizeIn(language, 'overview.no-name');
    if (input.existing.has(record.fileName)) {
      plan.skips.push({ fileName: record.fileName, number, name: record.name, reason: 'exists', line: input.texts.exists(record.fileName, number, name) });
      continue;
    }
    const lines = [localizeIn(language, 'register-import.written', { file: record.fileName, number, name })];
    if (record.renamedFrom) {
      lines.push(`  ${localizeIn(language, 'register-import.renamed', { name, file: record.fileName })}`);
      plan.renamed += 1;
    }
    for (const change of record.changes) lines.push(`  ${change.message[language]}`);
    plan.changes += record.changes.length;
    plan.writes.push({ record, fileName: record.fileName, comment: localizeIn(language, 'register-import.comment', { file: input.sourceName, number }), lines });
  }
  return plan;
}

/** Whether a name the core made is safe to join to the output folder: one plain file name, nothing else. */
export function isPlainFileName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\u0000-\u001f]/.test(name) && !/^[A-Za-z]:/.test(name);
}

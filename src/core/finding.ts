/** A finding is plain data: every front door (CLI, extension, reports) renders the same object. */
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** 0-based line and character (UTF-16 code units), as in VS Code. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface LocalizedText {
  nl: string;
  en: string;
}

export type Language = keyof LocalizedText;

export const LANGUAGES: readonly Language[] = ['nl', 'en'];

export interface TextEdit {
  /** Offsets into the linted text: [start, end). */
  offset: [number, number];
  range: Range;
  newText: string;
}

export interface Fix {
  title: LocalizedText;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: LocalizedText;
  range: Range;
  /** Offsets into the linted text: [start, end). */
  offset: [number, number];
  /** JSON Pointer (RFC 6901) of the field the finding is about, when it is about a field. */
  pointer?: string;
  fixes?: Fix[];
  /** Path of the rule's documentation page inside the package, e.g. `docs/rules/declaration/schema.md`. */
  docPath: string;
  /** Extra machine-readable facts (SARIF `properties`). */
  properties?: Record<string, FindingProperty>;
}

/** A fact about a finding: a value, or a small record of values (`trackedChange: { author, date, kind }`). */
export type FindingProperty = string | number | boolean | { readonly [key: string]: string | number | boolean };

/**
 * Orders findings by place, then by rule id. Rule ids are ASCII (`contract/missing-clause`): they
 * compare by code unit, which for them is the order `localeCompare` gives, without starting a
 * collator (the first `localeCompare` of a process costs about 10 ms).
 */
export function compareFindings(a: Finding, b: Finding): number {
  return a.offset[0] - b.offset[0] || a.offset[1] - b.offset[1] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

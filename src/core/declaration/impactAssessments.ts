/**
 * The impact assessments that the register's configuration recommends (impacttoetsen_grouping →
 * recommended_items), with the spellings seen in practice. `fundamentalRights` marks those that
 * can serve as the fundamental rights impact assessment of AI Act Art. 27.
 */
export interface AssessmentKind {
  id: 'dpia' | 'iama' | 'fraia' | 'fria' | 'aiia' | 'deda' | 'other';
  fundamentalRights: boolean;
  patterns: RegExp[];
}

export const ASSESSMENT_KINDS: readonly AssessmentKind[] = [
  { id: 'iama', fundamentalRights: true, patterns: [/\biama\b/i, /impact\s*assess?ment\s*(voor\s*)?mensenrechten/i] },
  { id: 'fraia', fundamentalRights: true, patterns: [/\bfraia\b/i, /fundamentele\s*rechten\s*(en\s*)?algoritme/i] },
  { id: 'fria', fundamentalRights: true, patterns: [/\bfria\b/i, /fundamental\s*rights\s*impact/i, /grondrechten[\s-]*(effect|impact)/i] },
  { id: 'dpia', fundamentalRights: false, patterns: [/\bdpia\b/i, /data\s*protection\s*impact\s*assess?ment/i, /gegevensbeschermings[\s-]*effectbeoordeling/i, /privacy\s*impact\s*assess?ment/i, /\bGEB\b/] },
  { id: 'aiia', fundamentalRights: false, patterns: [/\baiia\b/i, /\bai[\s-]*impact\s*assess?ment/i] },
  { id: 'deda', fundamentalRights: false, patterns: [/\bdeda\b/i, /ethische\s*data\s*assist/i] },
  {
    id: 'other',
    fundamentalRights: false,
    patterns: [/ethische\s*bijsluiter/i, /privacy\s*quick\s*scan/i, /toetsingskader\s*algemene\s*rekenkamer/i, /uthiek/i, /z[\s-]*inspection/i],
  },
];

export function recognizeAssessments(title: string): AssessmentKind[] {
  return ASSESSMENT_KINDS.filter((kind) => kind.patterns.some((pattern) => pattern.test(title)));
}

/** The Word commands' ids: shared by the entry bundle (wordLoader.ts) and `dist/word.js`. */
export const WORD_COMMANDS = {
  import: 'inkooplint.importWordContract',
  preview: 'inkooplint.previewWordContract',
} as const;

/** The Word commands' ids: shared by the entry bundle (wordLoader.ts) and `dist/word.js`. */
/** The preview panel's view type: also what VS Code restores after a reload (see `registerWordCommands`). */
export const WORD_PREVIEW_VIEW_TYPE = 'inkooplint.wordPreview';

export const WORD_COMMANDS = {
  import: 'inkooplint.importWordContract',
  preview: 'inkooplint.previewWordContract',
} as const;

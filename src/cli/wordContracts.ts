/** The CLI's hooks for Word contracts (.docx): which files are contracts, and linting one. */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { ContractLinkOptions, Finding, InkooplintConfig, Language, RiskProfile } from '../core';
import { CONTRACT_TITLE, DOCX_CONTRACT_PATTERN, lintDocxBytes, MAX_DOCX_BYTES, readDocxTitle, WORD_FILE } from '../node/docx';
import { readAtMost } from './readFile';

export function isWordFile(file: string): boolean {
  return WORD_FILE.test(file);
}

/** In a folder: a .docx named like a contract, or one whose title property says "Overeenkomst" / "Agreement". */
export function isWordContract(file: string): boolean {
  if (DOCX_CONTRACT_PATTERN.test(path.basename(file))) return true;
  if (!/\.docx$/i.test(file)) return false;
  const size = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  if (size === 0 || size > MAX_DOCX_BYTES) return false;
  return CONTRACT_TITLE.test(readDocxTitle(readAtMost(file, MAX_DOCX_BYTES)) ?? '');
}

export function lintWordFile(file: string, options: { config: InkooplintConfig; language: Language; profile?: RiskProfile; links?: ContractLinkOptions }): Finding[] {
  const size = statSync(file).size;
  // A file too large is refused from its size alone: only its first bytes are read.
  const bytes = readAtMost(file, size > MAX_DOCX_BYTES ? 8 : MAX_DOCX_BYTES);
  return lintDocxBytes(bytes, { fileSize: size, fileName: path.basename(file), config: options.config, language: options.language, ...(options.profile ? { profile: options.profile } : {}), ...(options.links ? { links: options.links } : {}) }).findings;
}

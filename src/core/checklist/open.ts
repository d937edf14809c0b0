/** Opening the checklist for a contract: lint, pre-fill, read the file, build the model. */
import type { InkooplintConfig, RiskProfile } from '../config/config';
import { lintContract, type AnnexFileInput, type ContractLintResult, type LinkedDeclaration } from '../contractEngine';
import { checklistFileName, emptyChecklistFile, parseChecklistFile, type ParsedChecklistFile } from './file';
import { buildChecklist, type ChecklistModel } from './model';
import { contractFacts } from './prefill';

export interface OpenChecklistInput {
  /** The contract's text and its file name as the checklist names it (relative to the checklist file). */
  contractText: string;
  contractFile: string;
  /** The checklist file's text, or undefined when there is none yet. */
  checklistText?: string;
  config?: InkooplintConfig;
  profile?: RiskProfile;
  annexFiles?: readonly AnnexFileInput[];
  linkedDeclarations?: readonly LinkedDeclaration[];
  /** A lint result the front door already has for this text (the extension's diagnostics), to avoid linting twice. */
  lint?: ContractLintResult;
}

export interface OpenedChecklist {
  model: ChecklistModel;
  file: ParsedChecklistFile;
  lint: ContractLintResult;
}

/** Lints the contract (unless given a lint result), reads the checklist file and builds the model: what a command to open the checklist does before it renders. */
export function openChecklist(input: OpenChecklistInput): OpenedChecklist {
  const lint = input.lint ?? lintContract(input.contractText, {
    fileName: input.contractFile,
    ...(input.config ? { config: input.config } : {}),
    ...(input.profile ? { profile: input.profile } : {}),
    ...(input.annexFiles ? { annexFiles: input.annexFiles } : {}),
  });
  const facts = contractFacts(lint, {
    file: input.contractFile,
    ...(input.config ? { config: input.config } : {}),
    ...(input.profile ? { profile: input.profile } : {}),
    ...(input.linkedDeclarations ? { linkedDeclarations: input.linkedDeclarations } : {}),
  });
  const file = input.checklistText === undefined ? { data: emptyChecklistFile(input.contractFile, facts.profile), problems: [] } : parseChecklistFile(input.checklistText);
  const model = buildChecklist({ facts, file: file.data, checklistFile: checklistFileName(input.contractFile), fileProblems: file.problems });
  return { model, file, lint };
}

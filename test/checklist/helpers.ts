import { readFileSync } from 'node:fs';
import path from 'node:path';
import { applyChange, buildChecklist, contractFacts, emptyChecklistFile, type ChecklistChange, type ChecklistFileData, type ChecklistModel } from '../../src/core/checklist';
import { lintContract } from '../../src/core/contractEngine';

export const ROOT = path.join(__dirname, '..', '..');
export const CONTRACTS = path.join(ROOT, 'test', 'fixtures', 'contracts');

export function fixture(name: string): string {
  return readFileSync(path.join(CONTRACTS, name), 'utf8');
}

/** A small contract that deviates from one required topic with a reason, covers another and misses the rest. */
export const DEVIATING_CONTRACT = `---
titel: Overeenkomst Parkeerbeheer
type: overeenkomst
risicoprofiel: impactvol
afwijkingen:
  - onderwerp: audit
    reden: De gemeente laat elk jaar een onafhankelijke audit doen via de landelijke inkoopcentrale.
    door: J. de Vries
    datum: 2026-10-01
---

# Overeenkomst Parkeerbeheer

## Artikel 1 Begrippen

1.1 **Algoritme**: het rekenmodel van Leverancier.

## Artikel 2 Uitlegbaarheid

2.1 Leverancier legt Opdrachtgever uit hoe het Algoritme werkt en hoe het tot een uitkomst komt.
`;

export const HOSTILE = '<img src=x onerror=alert(1)> <script>alert(2)</script> | **vet** & [link](javascript:alert(3))';

/**
 * A review halfway: the complete high-risk contract, some suggestions confirmed, some answers
 * given with notes and evidence, others still open. `hostile` puts attack text in a note, an
 * evidence title, the contract's title and the supplier's name.
 */
export function demoChecklist(options: { hostile?: boolean } = {}): { model: ChecklistModel; data: ChecklistFileData } {
  let contractText = fixture('compleet-hoog-risico.overeenkomst.md');
  // The title from the front matter (a Markdown heading would lose its inline HTML to the parser).
  if (options.hostile) {
    contractText = contractText
      .replace('titel: Overeenkomst Risicosignalering Bijstand', `titel: ${JSON.stringify(HOSTILE)}`)
      .replace('\n# Overeenkomst Risicosignalering Bijstand\n', '\n')
      .replace('leverancier: Datavisie B.V.', `leverancier: ${JSON.stringify(`Datavisie B.V. ${HOSTILE}`)}`);
  }
  const contractFile = 'compleet-hoog-risico.overeenkomst.md';
  const facts = contractFacts(lintContract(contractText, { fileName: contractFile }), { file: contractFile });
  let data: ChecklistFileData = emptyChecklistFile(contractFile, facts.profile);
  const build = (): ChecklistModel => buildChecklist({ facts, file: data, checklistFile: 'compleet-hoog-risico.checklist.yaml' });
  let model = build();
  const apply = (change: ChecklistChange, at = '2026-11-20T10:00:00Z', reviewer = 'A. Jansen (inkoop)'): void => {
    data = applyChange(data, change, { model, now: at, reviewer });
    model = build();
  };
  for (const id of ['explainability', 'data-ownership', 'audit', 'technical-documentation', 'logging', 'human-oversight', 'processing-agreement', 'exit'] as const) apply({ type: 'confirmSuggestion', id });
  apply({ type: 'setStatus', id: 'bias-monitoring', status: 'deels' });
  apply({ type: 'setNotes', id: 'bias-monitoring', notes: 'Artikel 10 regelt de toets, maar niet hoe vaak.\nVraag de leverancier om een jaarlijkse toets.' });
  apply({ type: 'setStatus', id: 'supplier/algorithm-type', status: 'voldaan' }, '2026-11-21T09:00:00Z', 'B. de Boer (CIO-office)');
  apply({ type: 'setNotes', id: 'supplier/algorithm-type', notes: 'Zelflerend model (gradient boosting) op historische dossiers.' });
  apply({ type: 'setStatus', id: 'supplier/certifications', status: 'voldaan' }, '2026-11-21T09:00:00Z', 'B. de Boer (CIO-office)');
  apply({ type: 'addEvidence', id: 'supplier/certifications', evidence: { kind: 'url', url: 'https://leverancier.example/certificaten/iso-27001.pdf', title: 'ISO 27001-certificaat, geldig tot 1 maart 2028' } });
  apply({ type: 'setStatus', id: 'supplier/bias-tests', status: 'niet-voldaan' }, '2026-11-21T09:00:00Z', 'B. de Boer (CIO-office)');
  apply({ type: 'setNotes', id: 'supplier/bias-tests', notes: 'De leverancier heeft geen testresultaten gedeeld.' });
  apply({ type: 'setStatus', id: 'supplier/register-record', status: 'nvt' });
  apply({ type: 'setNotes', id: 'supplier/register-record', notes: 'Er is nog geen template in het register; wij schrijven zelf de beschrijving.' });
  apply({ type: 'addEvidence', id: 'supplier/data-location', evidence: { kind: 'document', path: 'bewijs/subverwerkers-2026.pdf', title: 'Lijst van subverwerkers' } });
  if (options.hostile) {
    apply({ type: 'setNotes', id: 'audit', notes: HOSTILE });
    apply({ type: 'addEvidence', id: 'audit', evidence: { kind: 'url', url: 'https://example.org/?q=<script>', title: HOSTILE } });
    apply({ type: 'addEvidence', id: 'audit', evidence: { kind: 'document', path: 'bewijs/<img src=x onerror=alert(4)>.pdf' } });
  }
  return { model, data };
}

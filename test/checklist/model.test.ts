import assert from 'node:assert/strict';
import { applyChange, buildChecklist, checklistView, contractFacts, emptyChecklistFile, openChecklist, type ChecklistModel } from '../../src/core/checklist';
import { lintContract } from '../../src/core/contractEngine';
import { DEVIATING_CONTRACT, fixture } from './helpers';

const NOW = '2026-11-23T09:30:00Z';

function entry(model: ChecklistModel, id: string) {
  const found = model.entries.find((candidate) => candidate.question.id === id);
  assert.ok(found, id);
  return found;
}

describe('checklist model and pre-fill', () => {
  it('pre-fills every topic a complete contract covers as a suggestion with a link to the exact article', () => {
    const text = fixture('compleet-hoog-risico.overeenkomst.md');
    const { model } = openChecklist({ contractText: text, contractFile: 'compleet-hoog-risico.overeenkomst.md' });
    assert.equal(model.contract.profile, 'hoog-risico');
    assert.equal(model.checklistFile, 'compleet-hoog-risico.checklist.yaml');
    const topics = model.entries.filter((e) => e.question.kind === 'contract-topic');
    assert.equal(topics.length, 16);
    for (const item of topics) {
      assert.equal(item.suggested, true, item.question.id);
      assert.equal(item.status, 'voldaan', item.question.id);
      assert.equal(item.answer.status, 'open', `${item.question.id}: a suggestion is never a saved answer`);
      const link = item.evidence[0];
      assert.equal(link.kind, 'contract');
      assert.ok(link.kind === 'contract' && link.offset && link.part?.kind === 'article');
      if (link.kind === 'contract' && link.offset) {
        // The link points at the article's heading, at the line it gives.
        assert.match(text.slice(link.offset[0]), /^## Artikel \d+ /);
        assert.equal(text.slice(0, link.offset[0]).split('\n').length, link.line);
      }
    }
    const explainability = entry(model, 'explainability').evidence[0];
    assert.ok(explainability.kind === 'contract' && explainability.part?.label === '3' && explainability.title === 'Artikel 3 Uitlegbaarheid');
    assert.equal(model.progress.counts.suggested, 16);
    assert.equal(model.progress.counts.open, 8);
    assert.equal(model.progress.total, 24);
    // Nothing is confirmed yet: every question still stands in the way of a positive advice.
    assert.equal(model.blockers.length, 24);
    assert.equal(model.blockers.filter((b) => b.kind === 'unconfirmed').length, 16);
  });

  it('suggests "deels" where the covering article has findings of its own, and leaves missing topics open', () => {
    const { model } = openChecklist({ contractText: fixture('gebreken.overeenkomst.md'), contractFile: 'gebreken.overeenkomst.md' });
    const missing = model.entries.filter((e) => e.coverage === 'missing');
    assert.ok(missing.length > 0);
    for (const item of missing) {
      assert.equal(item.status, 'open');
      assert.equal(item.suggested, false);
      assert.ok(item.findings.some((f) => f.ruleId === 'contract/missing-clause'), item.question.id);
    }
    const partly = model.entries.filter((e) => e.coverage === 'partly-covered');
    for (const item of partly) {
      assert.equal(item.status, 'deels');
      assert.ok(item.findings.some((f) => f.severity !== 'info'));
    }
  });

  it('names the supplier of the front matter (leverancier or supplier), and none when it names none', () => {
    const facts = (front: string) => contractFacts(lintContract(`---\n${front}type: overeenkomst\n---\n# Overeenkomst\n`, { fileName: 'a.overeenkomst.md' }), { file: 'a.overeenkomst.md' });
    assert.equal(facts('leverancier: Datavisie B.V.\n').supplier, 'Datavisie B.V.');
    assert.equal(facts('supplier: "  Acme Analytics Ltd  "\n').supplier, 'Acme Analytics Ltd');
    assert.equal(facts('').supplier, undefined);
    assert.equal(facts('leverancier: ""\n').supplier, undefined);
    assert.equal(facts('leverancier: [a, b]\n').supplier, undefined);
    const model = buildChecklist({ facts: facts('supplier: Acme Analytics Ltd\n'), file: emptyChecklistFile('a.overeenkomst.md', 'impactvol'), checklistFile: 'a.checklist.yaml' });
    assert.equal(model.contract.supplier, 'Acme Analytics Ltd');
    assert.equal(checklistView(model, 'en').contract.supplier, 'Acme Analytics Ltd');
  });

  it('shows a recorded deviation as explained, with its reason, as a suggested n.v.t.', () => {
    const { model } = openChecklist({ contractText: DEVIATING_CONTRACT, contractFile: 'parkeren.overeenkomst.md' });
    const audit = entry(model, 'audit');
    assert.equal(audit.coverage, 'explained');
    assert.equal(audit.status, 'nvt');
    assert.equal(audit.suggested, true);
    assert.deepEqual(audit.explained, { reason: 'De gemeente laat elk jaar een onafhankelijke audit doen via de landelijke inkoopcentrale.', by: 'J. de Vries', date: '2026-10-01' });
    const view = checklistView(model, 'nl');
    const shown = view.groups.flatMap((g) => g.entries).find((e) => e.id === 'audit');
    assert.match(shown!.coverage, /Bewuste afwijking \(pas toe of leg uit\): De gemeente laat elk jaar/);
    assert.match(shown!.coverage, /J\. de Vries, 2026-10-01/);
    assert.equal(entry(model, 'explainability').status, 'voldaan');
  });

  it('counts per status and per group, and lists what blocks a positive advice', () => {
    const lint = lintContract(DEVIATING_CONTRACT, { fileName: 'parkeren.overeenkomst.md' });
    const facts = contractFacts(lint, { file: 'parkeren.overeenkomst.md' });
    let file = emptyChecklistFile('parkeren.overeenkomst.md', facts.profile);
    let model = buildChecklist({ facts, file, checklistFile: 'parkeren.checklist.yaml' });
    const context = () => ({ model, now: NOW, reviewer: 'A. Jansen' });
    file = applyChange(file, { type: 'confirmSuggestion', id: 'audit' }, context());
    model = buildChecklist({ facts, file, checklistFile: 'parkeren.checklist.yaml' });
    file = applyChange(file, { type: 'confirmSuggestion', id: 'explainability' }, context());
    model = buildChecklist({ facts, file, checklistFile: 'parkeren.checklist.yaml' });
    file = applyChange(file, { type: 'setStatus', id: 'exit', status: 'niet-voldaan' }, context());
    file = applyChange(file, { type: 'setStatus', id: 'supplier/bias-tests', status: 'nvt' }, context());
    model = buildChecklist({ facts, file, checklistFile: 'parkeren.checklist.yaml' });

    assert.equal(entry(model, 'audit').status, 'nvt');
    assert.equal(entry(model, 'audit').suggested, false);
    assert.equal(file.items.audit.answeredBy, 'A. Jansen');
    assert.equal(file.items.audit.answeredAt, NOW);
    assert.equal(file.items.explainability.status, 'voldaan');
    assert.equal(file.items.explainability.evidence[0].kind, 'contract', 'confirming takes the article link over');
    const { counts } = model.progress;
    assert.equal(counts.voldaan, 1);
    assert.equal(counts.nvt, 2);
    assert.equal(counts['niet-voldaan'], 1);
    assert.equal(counts.voldaan + counts.deels + counts['niet-voldaan'] + counts.nvt + counts.suggested + counts.open, model.progress.total);
    const lifecycle = model.progress.groups.find((g) => g.group === 'lifecycle')!;
    assert.equal(lifecycle.counts['niet-voldaan'], 1);
    const kinds = (id: string) => model.blockers.filter((b) => b.question === id).map((b) => b.kind);
    assert.deepEqual(kinds('audit'), [], 'an explained deviation needs no note of its own');
    assert.deepEqual(kinds('explainability'), []);
    assert.deepEqual(kinds('exit'), ['not-met']);
    assert.deepEqual(kinds('supplier/bias-tests'), ['nvt-without-reason']);
    file = applyChange(file, { type: 'setNotes', id: 'supplier/bias-tests', notes: 'Regelgebaseerd; geen groepen.' }, context());
    model = buildChecklist({ facts, file, checklistFile: 'parkeren.checklist.yaml' });
    assert.deepEqual(kinds('supplier/bias-tests'), []);
  });

  it('keeps answers to questions the profile does not require, apart from the progress', () => {
    const lint = lintContract(DEVIATING_CONTRACT.replace('risicoprofiel: impactvol', 'risicoprofiel: overig'), { fileName: 'p.overeenkomst.md' });
    const facts = contractFacts(lint, { file: 'p.overeenkomst.md' });
    const file = emptyChecklistFile();
    file.items.logging = { status: 'voldaan', evidence: [], notes: 'Beoordeeld voor het profiel wijzigde.' };
    const model = buildChecklist({ facts, file, checklistFile: 'p.checklist.yaml' });
    const logging = entry(model, 'logging');
    assert.equal(logging.required, false);
    assert.ok(!model.blockers.some((b) => b.question === 'logging'));
    assert.equal(model.progress.total, model.entries.filter((e) => e.required).length);
  });

  it('adds and removes evidence; suggested evidence is not the reviewer\'s to remove', () => {
    const lint = lintContract(DEVIATING_CONTRACT, { fileName: 'parkeren.overeenkomst.md' });
    const facts = contractFacts(lint, { file: 'parkeren.overeenkomst.md' });
    let file = emptyChecklistFile();
    let model = buildChecklist({ facts, file, checklistFile: 'parkeren.checklist.yaml' });
    file = applyChange(file, { type: 'addEvidence', id: 'supplier/certifications', evidence: { kind: 'url', url: 'https://example.org/iso27001.pdf', title: 'ISO 27001' } }, { model, now: NOW });
    file = applyChange(file, { type: 'addEvidence', id: 'supplier/certifications', evidence: { kind: 'document', path: 'bewijs/pentest.pdf' } }, { model, now: NOW });
    model = buildChecklist({ facts, file, checklistFile: 'parkeren.checklist.yaml' });
    assert.equal(entry(model, 'supplier/certifications').evidence.length, 2);
    file = applyChange(file, { type: 'removeEvidence', id: 'supplier/certifications', index: 0 }, { model, now: NOW });
    assert.deepEqual(file.items['supplier/certifications'].evidence, [{ kind: 'document', path: 'bewijs/pentest.pdf' }]);
    const before = file;
    file = applyChange(file, { type: 'removeEvidence', id: 'explainability', index: 0 }, { model, now: NOW });
    assert.equal(file, before);
  });
});

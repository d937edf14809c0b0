import assert from 'node:assert/strict';
import { CLAUSE_CATALOG, TOPIC_IDS } from '../../src/core/contract/catalog';
import { checklistQuestions, GROUP_IDS, questionsFor, QUESTION_IDS, SUPPLIER_QUESTION_IDS, TOPIC_GROUPS } from '../../src/core/checklist';
import { requiredTopicsFor } from '../../src/core/contractEngine';
import { DEFAULT_CONFIG } from '../../src/core/config/config';

describe('checklist questions', () => {
  const questions = checklistQuestions();

  it('ask one question per catalog topic, with the catalog entry\'s own title, explanation, sources and profiles', () => {
    for (const topic of CLAUSE_CATALOG) {
      const question = questions.find((candidate) => candidate.id === topic.id);
      assert.ok(question, topic.id);
      assert.equal(question.kind, 'contract-topic');
      // The same objects, not copies: the checklist never restates the catalog.
      assert.equal(question.title, topic.title);
      assert.equal(question.help, topic.explanation);
      assert.equal(question.sources, topic.sources);
      assert.equal(question.profiles, topic.profiles);
    }
  });

  it('add the supplier transparency questions, each with Dutch and English words and dated sources', () => {
    const supplier = questions.filter((question) => question.kind === 'supplier');
    assert.deepEqual(supplier.map((question) => question.id), [...SUPPLIER_QUESTION_IDS]);
    for (const question of supplier) {
      for (const text of [question.title, question.text, question.help]) {
        assert.ok(text.nl.trim() && !text.nl.startsWith('checklist.'), `${question.id} nl`);
        assert.ok(text.en.trim() && !text.en.startsWith('checklist.'), `${question.id} en`);
        assert.notEqual(text.nl, text.en, question.id);
      }
      assert.ok(question.sources.length > 0, question.id);
      for (const source of question.sources) assert.match(source.date, /^\d{4}-\d{2}-\d{2}$/);
    }
    assert.equal(new Set(QUESTION_IDS).size, QUESTION_IDS.length);
  });

  it('put every catalog topic in exactly one group', () => {
    assert.deepEqual(Object.keys(TOPIC_GROUPS).sort(), [...TOPIC_IDS].sort());
    for (const group of Object.values(TOPIC_GROUPS)) assert.ok(GROUP_IDS.includes(group));
  });

  it('apply per risk profile: all sixteen topics and eight supplier questions for high risk, fewer for the others', () => {
    const high = questionsFor('hoog-risico', requiredTopicsFor('hoog-risico', DEFAULT_CONFIG));
    assert.equal(high.filter((q) => q.kind === 'contract-topic').length, 16);
    assert.equal(high.filter((q) => q.kind === 'supplier').length, 8);
    const other = questionsFor('overig', requiredTopicsFor('overig', DEFAULT_CONFIG));
    assert.deepEqual(other.filter((q) => q.kind === 'contract-topic').map((q) => q.id), CLAUSE_CATALOG.filter((t) => t.profiles.includes('overig')).map((t) => t.id));
    assert.deepEqual(other.filter((q) => q.kind === 'supplier').map((q) => q.id), ['supplier/algorithm-type', 'supplier/data-location', 'supplier/model-updates']);
  });

  it('follow `riskProfiles` in the configuration for contract topics', () => {
    const config = { ...DEFAULT_CONFIG, riskProfiles: { impactvol: ['audit', 'exit'] } };
    const applying = questionsFor('impactvol', requiredTopicsFor('impactvol', config)).filter((q) => q.kind === 'contract-topic');
    assert.deepEqual(applying.map((q) => q.id), ['audit', 'exit']);
  });
});

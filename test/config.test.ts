import assert from 'node:assert/strict';
import { effectiveSeverity, isRuleEnabled, parseConfig } from '../src/core/config/config';
import { allRuleMetas } from '../src/core/engine';
import { languageFromTag, resolveLanguage } from '../src/core/language';
import { dateConsistencyRule } from '../src/core/rules/declaration/dateConsistency';
import { lintYaml, recordYaml } from './helpers/declarations';
import { lintDeclaration } from '../src/core/engine';

const metas = allRuleMetas();

describe('configuration (.inkooplint.yaml)', () => {
  it('reads language, rule and tag settings, by id or alias, in English or Dutch words', () => {
    const { config, problems } = parseConfig('language: en\nrules:\n  declaration/schema: fout\n  consistent-dates: uit\ntags:\n  gdpr: info\n', metas);
    assert.deepEqual(problems, []);
    assert.equal(config.language, 'en');
    assert.deepEqual(config.rules, { 'declaration/schema': 'error', 'consistent-dates': 'off' });
    assert.equal(isRuleEnabled(config, dateConsistencyRule.meta), false);
  });

  it('lets a rule setting win over a tag setting, and a tag over the default', () => {
    const { config } = parseConfig('rules:\n  declaration/date-consistency: error\ntags:\n  register: info\n', metas);
    const schemaMeta = metas.find((m) => m.id === 'declaration/schema')!;
    assert.equal(effectiveSeverity(config, dateConsistencyRule.meta, 'warning'), 'error');
    assert.equal(effectiveSeverity(config, schemaMeta, 'error'), 'info');
  });

  it('applies to linting: severities change and rules switch off', () => {
    const text = recordYaml({ lang: 'NLD', status: 'Buiten gebruik' });
    const { config } = parseConfig('rules:\n  register-fields: warning\n  declaration/date-consistency: off\n', metas);
    const findings = lintDeclaration(text, { fileName: 'x.algoritme.yaml', config }).findings;
    assert.deepEqual(findings.map((f) => `${f.ruleId}:${f.severity}`), ['declaration/schema:warning']);
    assert.equal(lintYaml(text).filter((f) => f.ruleId === 'declaration/date-consistency').length, 1);
  });

  it('keeps the known topics of a profile when one is unknown', () => {
    const { config } = parseConfig('riskProfiles:\n  overig: [exit, koffie]\n', metas);
    assert.deepEqual(config.riskProfiles, { overig: ['exit'] });
  });

  it('reads the risk-profile matrix in Dutch or English profile names', () => {
    const { config, problems } = parseConfig('riskProfiles:\n  high-risk: [explainability, audit]\n  overig: [exit]\n', metas);
    assert.deepEqual(problems, []);
    assert.deepEqual(config.riskProfiles, { 'hoog-risico': ['explainability', 'audit'], overig: ['exit'] });
  });

  const problemCases: Array<[string, string, RegExp, string]> = [
    ['an unknown rule, with a suggestion', 'rules:\n  declaration/shema: off\n', /'declaration\/shema' is geen regel van Inkooplint\. Bedoelt u 'declaration\/schema'\?/, 'declaration/shema'],
    ['an unknown tag', 'tags:\n  onzin: off\n', /'onzin' is geen groep/, 'onzin'],
    ['a wrong severity word', 'rules:\n  declaration/schema: streng\n', /'streng' is geen toegestane waarde voor rules\.declaration\/schema/, 'streng'],
    ['an unknown setting', 'taal: nl\n', /'taal' is geen instelling van Inkooplint/, 'taal'],
    ['an unknown profile', 'riskProfiles:\n  laag: [exit]\n', /'riskProfiles\.laag' is geen instelling/, 'laag'],
    ['broken YAML', 'rules: [\n', /niet goed afgesloten/, ''],
    ['an unknown topic in a risk profile, with a suggestion', 'riskProfiles:\n  overig: [exit, auditt]\n', /'auditt' is geen onderwerp van de clausulecatalogus\. Bedoelt u 'audit'\?/, 'auditt'],
  ];
  for (const [name, text, message, at] of problemCases) {
    it(`reports ${name} at its place`, () => {
      const { problems } = parseConfig(text, metas);
      assert.ok(problems.length >= 1, 'a problem');
      const problem = problems.find((p) => message.test(p.message.nl));
      assert.ok(problem, problems.map((p) => p.message.nl).join('\n'));
      if (at) assert.equal(text.slice(problem.offset[0], problem.offset[1]), at);
      assert.notEqual(problem.message.en, problem.message.nl);
    });
  }
});

describe('language choice', () => {
  it('reads language tags and locale names', () => {
    assert.equal(languageFromTag('nl-BE'), 'nl');
    assert.equal(languageFromTag('en_US.UTF-8'), 'en');
    assert.equal(languageFromTag('de'), undefined);
  });
  it('takes the first that answers: explicit, config, environment, Dutch', () => {
    assert.equal(resolveLanguage({ explicit: 'en', config: 'nl', environment: ['nl_NL'] }), 'en');
    assert.equal(resolveLanguage({ config: 'en', environment: ['nl_NL'] }), 'en');
    assert.equal(resolveLanguage({ environment: [undefined, 'en_GB.UTF-8'] }), 'en');
    assert.equal(resolveLanguage({ environment: ['C.UTF-8', 'en_GB.UTF-8'] }), 'en');
    assert.equal(resolveLanguage({ environment: ['de_DE.UTF-8', 'en_GB.UTF-8'] }), 'nl');
    assert.equal(resolveLanguage({}), 'nl');
  });
});

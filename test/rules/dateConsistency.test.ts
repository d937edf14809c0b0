import assert from 'node:assert/strict';
import { dateConsistencyRule } from '../../src/core/rules/declaration/dateConsistency';
import { lintYaml, recordYaml, textAt } from '../helpers/declarations';

const only = [dateConsistencyRule];

describe('declaration/date-consistency', () => {
  const valid: Array<[string, Record<string, unknown>]> = [
    ['in use without an end date', { status: 'In gebruik', begin_date: '2021-03' }],
    ['retired with an end date after the begin date', { status: 'Buiten gebruik', begin_date: '2019-05', end_date: '2024-02' }],
    ['retired this month', { status: 'Buiten gebruik', begin_date: '2019-05', end_date: '2026-11' }],
    ['in development without dates', { status: 'In ontwikkeling', begin_date: undefined }],
    ['in development with a planned start', { status: 'In ontwikkeling', begin_date: '2027-06' }],
    ['a malformed date is the schema rule\'s business', { status: 'Buiten gebruik', end_date: '2024-13' , begin_date: '2030-01'}],
  ];
  for (const [name, changes] of valid) {
    it(`valid: ${name}`, () => {
      const findings = lintYaml(recordYaml(changes), only);
      assert.deepEqual(findings.map((f) => f.message.en), []);
    });
  }

  const invalid: Array<{ name: string; changes: Record<string, unknown>; message: RegExp; at: string; severity: string }> = [
    { name: 'retired without an end date', changes: { status: 'Buiten gebruik' }, message: /'Buiten gebruik', maar end_date ontbreekt/, at: 'Buiten gebruik', severity: 'warning' },
    { name: 'in use with an end date', changes: { end_date: '2024-06' }, message: /'In gebruik', maar heeft een einddatum \(2024-06\)/, at: '2024-06', severity: 'warning' },
    { name: 'in development with an end date', changes: { status: 'In ontwikkeling', end_date: '2024-06' }, message: /'In ontwikkeling', maar heeft al een einddatum/, at: '2024-06', severity: 'warning' },
    { name: 'end before begin', changes: { status: 'Buiten gebruik', begin_date: '2022-05', end_date: '2021-12' }, message: /einddatum \(2021-12\) ligt voor de begindatum \(2022-05\)/, at: '2021-12', severity: 'error' },
    { name: 'retired with an end date in the future', changes: { status: 'Buiten gebruik', end_date: '2027-01' }, message: /einddatum \(2027-01\) ligt in de toekomst/, at: '2027-01', severity: 'error' },
    { name: 'in use with a begin date in the future', changes: { begin_date: '2027-02' }, message: /begindatum \(2027-02\) ligt in de toekomst/, at: '2027-02', severity: 'warning' },
  ];
  for (const c of invalid) {
    it(`invalid: ${c.name}`, () => {
      const text = recordYaml(c.changes);
      const findings = lintYaml(text, only);
      const finding = findings.find((f) => c.message.test(f.message.nl));
      assert.ok(finding, findings.map((f) => f.message.nl).join('\n'));
      assert.equal(finding.severity, c.severity);
      assert.equal(textAt(text, finding).replace(/"/g, ''), c.at);
    });
  }
});

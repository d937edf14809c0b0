/** Dates in reports and hovers (src/core/text/formatDate.ts): one formatter for the checklist, the overview and the sources. */
import assert from 'node:assert/strict';
import { formatDate } from '../src/core/text/formatDate';

describe('dates as readers write them', () => {
  it('writes an ISO date in words, in Dutch and in English', () => {
    assert.equal(formatDate('nl', '2026-08-02'), '2 augustus 2026');
    assert.equal(formatDate('en', '2026-08-02'), '2 August 2026');
    assert.equal(formatDate('nl', '2024-02-29T10:00:00Z'), '29 februari 2024');
  });

  it('shows a value that is no date as written, also a day the calendar lacks', () => {
    for (const value of ['2025-02-31', '2025-02-29', '2025-13-01', '2025-00-10', '2025-01-00', 'binnenkort', '1-2-2025', '']) {
      assert.equal(formatDate('nl', value), value, value);
    }
  });
});

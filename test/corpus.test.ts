import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lintDeclarationBytes } from '../src/core/engine';
import type { Finding } from '../src/core/finding';
import { TODAY, textAt } from './helpers/declarations';

// Real records published by suppliers and municipalities (origin: test/fixtures/corpus/README.md).
const TEMPLATES = path.join(__dirname, 'fixtures', 'corpus', 'templates');
const files = readdirSync(TEMPLATES).filter((f) => f.endsWith('.json')).sort();

function lintTemplate(file: string): { text: string; findings: Finding[]; records: unknown[] } {
  const bytes = readFileSync(path.join(TEMPLATES, file));
  const text = bytes.toString('utf8');
  const { findings } = lintDeclarationBytes(bytes, { fileName: file, today: TODAY });
  return { text, findings, records: JSON.parse(text) as unknown[] };
}

describe('real register records (test/fixtures/corpus/templates)', () => {
  it('has the corpus', () => assert.ok(files.length >= 18, `found ${files.length} files`));

  for (const file of files) {
    describe(file, () => {
      const { text, findings, records } = lintTemplate(file);

      it('is linted without crashing, every finding inside the file', () => {
        for (const finding of findings) {
          assert.ok(finding.offset[0] >= 0 && finding.offset[1] <= text.length && finding.offset[0] <= finding.offset[1]);
          assert.notEqual(finding.ruleId, 'declaration/syntax', finding.message.en);
          assert.doesNotMatch(finding.message.nl, /failed|liep vast/);
        }
      });

      it('finds lang "NLD" at the value in every record, with a fix to "nld"', () => {
        const langFindings = findings.filter((f) => f.pointer?.endsWith('/lang'));
        assert.equal(langFindings.length, records.length);
        for (const finding of langFindings) {
          assert.equal(textAt(text, finding), '"NLD"');
          assert.equal(finding.fixes?.[0].edits[0].newText, '"nld"');
          assert.match(finding.message.nl, /bedoelt u 'nld'/);
        }
      });

      it('finds the organisation left empty (null) for the municipality to fill', () => {
        const organisation = findings.filter((f) => f.pointer?.endsWith('/organization'));
        assert.equal(organisation.length, records.length);
        for (const finding of organisation) {
          assert.equal(textAt(text, finding), 'null');
          assert.equal(finding.severity, 'error');
        }
      });

      it('reports each legacy key at the key itself, as a warning', () => {
        const legacyKeys = ['type', 'iama_description', 'uuid', 'source_data_link', 'id'];
        const legacy = findings.filter((f) => legacyKeys.some((key) => f.pointer?.endsWith(`/${key}`)));
        const expected = (records as Array<Record<string, unknown>>).reduce((n, r) => n + legacyKeys.filter((k) => k in r).length, 0);
        assert.equal(legacy.length, expected);
        for (const finding of legacy) {
          assert.equal(finding.severity, 'warning');
          assert.match(textAt(text, finding), /^"(type|iama_description|uuid|source_data_link|id)"$/);
        }
      });

      it('reports every empty link in a grouping entry', () => {
        const expected: string[] = [];
        (records as Array<Record<string, unknown>>).forEach((record, index) => {
          for (const field of ['lawful_basis_grouping', 'impacttoetsen_grouping', 'source_data_grouping']) {
            const entries = record[field];
            if (!Array.isArray(entries)) continue;
            entries.forEach((entry: Record<string, unknown>, item: number) => {
              const emptyTitle = !entry.title || String(entry.title).trim() === '';
              const emptyLink = !entry.link || String(entry.link).trim() === '';
              if (emptyTitle && emptyLink) expected.push(`/${index}/${field}/${item}`);
              else if (emptyLink) expected.push(`/${index}/${field}/${item}/link`);
            });
          }
        });
        const actual = findings.filter((f) => f.ruleId === 'declaration/empty-link' && !f.pointer?.endsWith('/title')).map((f) => f.pointer ?? '');
        assert.deepEqual(actual.sort(), expected.sort());
      });
    });
  }

  it('finds the defects a reviewer would see in the Amsterdam record', () => {
    const { findings } = lintTemplate('gemeente-amsterdam.json');
    const rules = new Set(findings.map((f) => f.ruleId));
    assert.ok(rules.has('declaration/schema'));
    assert.ok(rules.has('declaration/impact-assessment-missing'), 'an impactful algorithm without an impact assessment');
  });
});

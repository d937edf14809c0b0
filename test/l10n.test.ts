import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { messageBundle } from '../src/core/l10n/messages';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message bundles (l10n/)', () => {
  const nl = messageBundle('nl');
  const en = messageBundle('en');

  it('have the same keys in Dutch and English', () => {
    assert.deepEqual(Object.keys(nl).sort(), Object.keys(en).sort());
  });

  it('use the same placeholders in both languages, and no empty texts', () => {
    for (const key of Object.keys(nl)) {
      assert.deepEqual([...new Set(placeholders(nl[key]))], [...new Set(placeholders(en[key]))], key);
      assert.ok(nl[key].trim() && en[key]?.trim(), key);
    }
  });

  it('give every message id that a source file uses', () => {
    // Rules report `messageId`s under their rule id; find them in the sources and check both bundles.
    const ruleFiles = ['declaration', 'contract'].flatMap((kind) => {
      const rulesDir = path.join(__dirname, '..', 'src', 'core', 'rules', kind);
      return readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => path.join(rulesDir, f));
    });
    for (const file of ruleFiles) {
      const source = readFileSync(file, 'utf8');
      const id = /id: '([^']+)'/.exec(source)?.[1];
      assert.ok(id, `${file} declares an id`);
      for (const match of source.matchAll(/messageId: '([a-z0-9-]+)'/g)) {
        assert.ok(`${id}.${match[1]}` in nl, `${id}.${match[1]} (nl)`);
        assert.ok(`${id}.${match[1]}` in en, `${id}.${match[1]} (en)`);
      }
    }
  });
});

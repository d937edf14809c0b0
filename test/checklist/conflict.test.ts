import assert from 'node:assert/strict';
import { contentHash, diskState, mergeChecklistFiles, parseChecklistFile, versionOf } from '../../src/core/checklist';

/** FNV-1a 64 over UTF-16 code units, with BigInt: the reference the fast version must equal. */
function referenceHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

const BASE = `version: 1
items:
  audit:
    status: open
  exit:
    status: deels
  logging:
    status: voldaan
`;

describe('checklist conflict detection and merge', () => {
  it('hashes as FNV-1a 64 does (known values and random text)', () => {
    assert.equal(contentHash(''), 'cbf29ce484222325');
    assert.equal(contentHash('a'), 'af63dc4c8601ec8c');
    for (const text of ['voldaan', BASE, 'é€😀\u0000', 'x'.repeat(10_000)]) assert.equal(contentHash(text), referenceHash(text));
    assert.notEqual(contentHash(BASE), contentHash(BASE.replace('deels', 'nvt')));
  });

  it('tells unchanged, changed, deleted and created apart', () => {
    const loaded = versionOf(BASE);
    assert.equal(diskState(loaded, BASE), 'unchanged');
    assert.equal(diskState(loaded, `${BASE} `), 'changed');
    assert.equal(diskState(loaded, undefined), 'deleted');
    assert.equal(diskState(versionOf(undefined), undefined), 'unchanged');
    assert.equal(diskState(versionOf(undefined), BASE), 'created');
  });

  it('merges per question: one-sided changes are taken, two-sided different changes are conflicts that keep the disk\'s answer', () => {
    const base = parseChecklistFile(BASE).data;
    const mine = parseChecklistFile(BASE.replace('status: open', 'status: voldaan').replace('deels', 'niet-voldaan')).data;
    const theirs = parseChecklistFile(`${BASE.replace('deels', 'nvt')}  certification:\n    status: voldaan\n`).data;
    const { merged, conflicts } = mergeChecklistFiles(base, mine, theirs);
    assert.equal(merged.items.audit.status, 'voldaan', 'only mine changed it');
    assert.equal(merged.items.certification.status, 'voldaan', 'only theirs added it');
    assert.equal(merged.items.logging.status, 'voldaan');
    assert.deepEqual(conflicts.map((c) => c.id), ['exit']);
    assert.equal(merged.items.exit.status, 'nvt');
    assert.equal(conflicts[0].mine?.status, 'niet-voldaan');
  });
});

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { versionOf } from '../../src/core/checklist';
import { loadChecklistText, saveChecklistText } from '../../src/node/checklistStore';
import { writeFileAtomicSync } from '../../src/node/atomicWrite';

describe('atomic saving (src/node/atomicWrite.ts)', () => {
  let folder: string;
  let target: string;
  const OLD = 'version: 1\nitems:\n  audit:\n    status: voldaan\n';
  const NEW = `version: 1\nitems:\n  audit:\n    status: deels\n    notes: "${'x'.repeat(64 * 1024)}"\n`;

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'inkooplint-atomic-'));
    target = path.join(folder, 'acme.checklist.yaml');
    writeFileSync(target, OLD);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('replaces the file with the new text and leaves no temporary file', () => {
    writeFileAtomicSync(target, NEW);
    assert.equal(readFileSync(target, 'utf8'), NEW);
    assert.deepEqual(readdirSync(folder), ['acme.checklist.yaml']);
  });

  it('leaves the old file intact when the write crashes halfway, and cleans up', () => {
    let temporary: string | undefined;
    const crashingWrite = (fd: number, buffer: Uint8Array, offset: number, length: number): number => {
      const half = Math.floor(length / 2);
      fs.writeSync(fd, buffer, offset, half);
      // What a crash, a full disk or a killed process would do after half the bytes.
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    assert.throws(() => writeFileAtomicSync(target, NEW, {
      io: {
        writeSync: crashingWrite,
        openSync: (file, flags, mode) => {
          temporary = file;
          return fs.openSync(file, flags, mode);
        },
      },
    }), /ENOSPC/);
    assert.equal(readFileSync(target, 'utf8'), OLD);
    assert.ok(temporary && path.dirname(temporary) === folder, 'the temporary file is in the same folder');
    assert.deepEqual(readdirSync(folder), ['acme.checklist.yaml']);
  });

  it('leaves the old file intact when the process dies before the rename (the half-written temporary file is all that is left)', () => {
    assert.throws(() => writeFileAtomicSync(target, NEW, {
      io: {
        writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, Math.floor(length / 2)) && (() => { throw new Error('killed'); })(),
        unlinkSync: () => { /* a dead process cleans up nothing */ },
      },
    }), /killed/);
    assert.equal(readFileSync(target, 'utf8'), OLD);
    const leftovers = readdirSync(folder).filter((name) => name !== 'acme.checklist.yaml');
    assert.equal(leftovers.length, 1);
    assert.match(leftovers[0], /^\.acme\.checklist\.yaml\..*\.tmp$/);
  });

  it('flushes before renaming', () => {
    const calls: string[] = [];
    writeFileAtomicSync(target, NEW, {
      io: {
        fsyncSync: (fd) => { calls.push('fsync'); fs.fsyncSync(fd); },
        renameSync: (from, to) => { calls.push('rename'); fs.renameSync(from, to); },
      },
    });
    assert.deepEqual(calls, ['fsync', 'rename']);
  });

  it('saves only when the file on disk is still the version that was loaded', () => {
    const loaded = loadChecklistText(target);
    writeFileSync(target, `${OLD}# someone else saved\n`);
    const refused = saveChecklistText(target, NEW, loaded.version);
    assert.deepEqual({ saved: refused.saved, state: !refused.saved && refused.state }, { saved: false, state: 'changed' });
    assert.equal(readFileSync(target, 'utf8'), `${OLD}# someone else saved\n`);
    const fresh = loadChecklistText(target);
    const saved = saveChecklistText(target, NEW, fresh.version);
    assert.equal(saved.saved, true);
    assert.equal(readFileSync(target, 'utf8'), NEW);
    const created = path.join(folder, 'nieuw.checklist.yaml');
    assert.equal(saveChecklistText(created, NEW, versionOf(undefined)).saved, true);
    assert.equal(saveChecklistText(created, OLD, versionOf(undefined)).saved, false, 'a file that appeared meanwhile is not overwritten');
  });
});

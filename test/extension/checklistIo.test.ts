import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as checklistCore from '../../src/core/checklist';
import type { ChecklistIo as ChecklistIoClass } from '../../src/extension/checklist/io';
import { ensureBuilt } from '../helpers/build';
import { createFakeVscode, withFakeVscode } from './fakeVscode';

const ROOT = path.join(__dirname, '..', '..');

class FileSystemError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** VS Code's file system API over a Map, as in VS Code for the Web (no Node): with a switch to make rename fail. */
function memoryFs() {
  const files = new Map<string, Uint8Array>();
  const state = { renameFails: false, renames: 0 };
  const fs = {
    readFile: async (uri: { path: string }) => {
      const bytes = files.get(uri.path);
      if (!bytes) throw new FileSystemError('FileNotFound');
      return bytes;
    },
    stat: async (uri: { path: string }) => {
      if (!files.has(uri.path)) throw new FileSystemError('FileNotFound');
      return { type: 1, size: files.get(uri.path)!.length };
    },
    writeFile: async (uri: { path: string }, bytes: Uint8Array) => void files.set(uri.path, bytes),
    delete: async (uri: { path: string }) => {
      if (!files.delete(uri.path)) throw new FileSystemError('FileNotFound');
    },
    rename: async (from: { path: string }, to: { path: string }) => {
      if (state.renameFails) throw new FileSystemError('NoPermissions');
      state.renames++;
      files.set(to.path, files.get(from.path)!);
      files.delete(from.path);
    },
  };
  return { files, state, fs, text: (file: string) => (files.has(file) ? new TextDecoder().decode(files.get(file)) : undefined) };
}

function loadIo(extensionRoot: { scheme: string; path: string }, fs: object) {
  const fake = createFakeVscode(ROOT);
  const api = fake.api as unknown as Record<string, unknown> & { workspace: Record<string, unknown>; Uri: { from(parts: object): unknown } };
  api.FileSystemError = FileSystemError;
  api.workspace.fs = fs;
  const module = withFakeVscode(api, () => {
    // A fresh copy of the module for each fake (it remembers whether Node is there).
    for (const key of Object.keys(require.cache)) if (key.includes(`${path.sep}checklist${path.sep}io.`)) delete require.cache[key];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('../../src/extension/checklist/io') as { ChecklistIo: typeof ChecklistIoClass };
  });
  const Uri = api.Uri as unknown as { from(parts: { scheme: string; path: string }): never };
  return { io: new module.ChecklistIo(Uri.from(extensionRoot), () => checklistCore), Uri };
}

describe('checklist saving through VS Code\'s file system (src/extension/checklist/io.ts)', () => {
  before(function () {
    this.timeout(120000);
    ensureBuilt();
  });

  it('in VS Code for the Web: checks the disk first, then writes a temporary file and renames it over the old one', async () => {
    const memory = memoryFs();
    const { io, Uri } = loadIo({ scheme: 'https', path: '/extension' }, memory.fs);
    const target = Uri.from({ scheme: 'vscode-vfs', path: '/repo/acme.checklist.yaml' });
    assert.equal(io.mode(target), 'workspace-fs');
    assert.equal(await io.read(target), undefined);
    assert.deepEqual(await io.saveIfUnchanged(target, 'version: 1\n', checklistCore.versionOf(undefined)), { saved: true });
    assert.equal(memory.text('/repo/acme.checklist.yaml'), 'version: 1\n');
    assert.equal(memory.state.renames, 1);
    assert.deepEqual([...memory.files.keys()], ['/repo/acme.checklist.yaml'], 'no temporary file left behind');

    // Someone else saved meanwhile: nothing is written, and their text comes back for the merge.
    memory.files.set('/repo/acme.checklist.yaml', new TextEncoder().encode('version: 1\nitems: {}\n'));
    const refused = await io.saveIfUnchanged(target, 'version: 1\nitems:\n  audit:\n    status: voldaan\n', checklistCore.versionOf('version: 1\n'));
    assert.deepEqual(refused, { saved: false, diskText: 'version: 1\nitems: {}\n' });
    assert.equal(memory.text('/repo/acme.checklist.yaml'), 'version: 1\nitems: {}\n');
  });

  it('falls back to writing in place on a file system without rename, and leaves no temporary file', async () => {
    const memory = memoryFs();
    memory.state.renameFails = true;
    const { io, Uri } = loadIo({ scheme: 'https', path: '/extension' }, memory.fs);
    const target = Uri.from({ scheme: 'vscode-vfs', path: '/repo/acme.checklist.html' });
    await io.writeAtomic(target, '<!DOCTYPE html>');
    assert.deepEqual([...memory.files.keys()], ['/repo/acme.checklist.html']);
    assert.equal(memory.text('/repo/acme.checklist.html'), '<!DOCTYPE html>');
  });

  it('on the desktop: file URIs are saved with src/node (dist/checklist-node.js), atomically', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'inkooplint-checklist-io-'));
    try {
      const { io, Uri } = loadIo({ scheme: 'file', path: ROOT }, memoryFs().fs);
      const file = path.join(folder, 'acme.checklist.yaml');
      const target = Uri.from({ scheme: 'file', path: file });
      assert.equal(io.mode(target), 'node-atomic');
      assert.deepEqual(await io.saveIfUnchanged(target, 'version: 1\n', checklistCore.versionOf(undefined)), { saved: true });
      writeFileSync(file, 'changed\n');
      assert.deepEqual(await io.saveIfUnchanged(target, 'mine\n', checklistCore.versionOf('version: 1\n')), { saved: false, diskText: 'changed\n' });
      assert.equal(readFileSync(file, 'utf8'), 'changed\n');
      assert.deepEqual(readdirSync(folder), ['acme.checklist.yaml'], 'no temporary file left behind');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

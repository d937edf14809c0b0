/**
 * Saving a file so that a crash, a full disk or a power cut never leaves half a file: the new
 * text goes to a temporary file in the same folder (so the rename stays on one file system), is
 * flushed to disk (fsync), and only then renamed over the old file, which POSIX and Windows (NTFS
 * `MoveFileEx` with replace, as Node's rename does) do in one step. Readers see the old file or the
 * new one, never a mix. Node only: the core stays free of `fs`.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import path from 'node:path';

/** The file operations used, replaceable in tests (to simulate a crash mid-write). */
export interface AtomicWriteIo {
  openSync(file: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(file: string): void;
  statSync(file: string, options: { throwIfNoEntry: false }): fs.Stats | undefined;
}

const NODE_IO: AtomicWriteIo = {
  openSync: (file, flags, mode) => fs.openSync(file, flags, mode),
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (from, to) => fs.renameSync(from, to),
  unlinkSync: (file) => fs.unlinkSync(file),
  statSync: (file, options) => fs.statSync(file, options),
};

export interface AtomicWriteOptions {
  io?: Partial<AtomicWriteIo>;
}

/** The temporary file's name: hidden, beside the target, unique per write. */
export function temporaryPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes `data` to `target` atomically. On any failure the temporary file is removed, the target
 * is left as it was, and the error is thrown again. A new file gets the old file's permissions.
 */
export function writeFileAtomicSync(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  const io: AtomicWriteIo = { ...NODE_IO, ...options.io };
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const existing = io.statSync(target, { throwIfNoEntry: false });
  const temporary = temporaryPathFor(target);
  // 'wx': never follow or reuse a file that is already there under that name.
  const fd = io.openSync(temporary, 'wx', existing ? existing.mode & 0o777 : 0o666);
  let renamed = false;
  try {
    try {
      let written = 0;
      while (written < bytes.length) written += io.writeSync(fd, bytes, written, bytes.length - written);
      io.fsyncSync(fd);
    } finally {
      io.closeSync(fd);
    }
    io.renameSync(temporary, target);
    renamed = true;
    syncFolder(path.dirname(target));
  } finally {
    if (!renamed) {
      try {
        io.unlinkSync(temporary);
      } catch {
        // Already gone: nothing to clean up.
      }
    }
  }
}

/** Flushes the folder entry of the rename too (POSIX); where folders cannot be opened (Windows) this is skipped. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not supported here; the rename itself is still atomic.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

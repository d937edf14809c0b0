import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** Reads no more than `limit` bytes, so that a huge file costs no memory before it is refused. */
export function readAtMost(file: string, limit: number): Uint8Array {
  const descriptor = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(limit, statSync(file).size));
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(descriptor, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Reads the parts of a .docx (a ZIP package) that the converter needs, with limits: a part is
 * inflated in chunks with `fflate` and given up as soon as it grows past its limit, so a "zip
 * bomb" costs no more memory than the limit, whatever sizes its headers claim.
 */
import { Inflate } from 'fflate';

export class ZipError extends Error {
  constructor(readonly problem: 'corrupt' | 'too-large', message: string) {
    super(message);
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const MAX_ENTRIES = 20_000;
const CHUNK = 64 * 1024;

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}
function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16)) + bytes[at + 3] * 0x1000000;
}

/** The entries of the central directory. */
export function listZip(bytes: Uint8Array): Map<string, ZipEntry> {
  // The end-of-central-directory record is in the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_558); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('corrupt', 'no end of central directory');
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw new ZipError('too-large', 'ZIP64 package');
  if (count > MAX_ENTRIES) throw new ZipError('too-large', 'too many parts');
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw new ZipError('corrupt', 'bad central directory');
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const localHeaderOffset = u32(bytes, at + 42);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, { name, method, compressedSize, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed bytes of one entry; a `too-large` ZipError past `limit` bytes. */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) throw new ZipError('corrupt', `bad local header for ${entry.name}`);
  if (u16(bytes, at + 6) & 1) throw new ZipError('corrupt', `${entry.name} is encrypted`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError('corrupt', `${entry.name} is cut off`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (data.length > limit) throw new ZipError('too-large', `${entry.name} is too large`);
    return data;
  }
  if (entry.method !== 8) throw new ZipError('corrupt', `${entry.name}: unknown compression ${entry.method}`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) throw new ZipError('too-large', `${entry.name} is too large`);
    chunks.push(chunk);
    if (final) done = true;
  });
  try {
    for (let offset = 0; offset < data.length; offset += CHUNK) inflate.push(data.subarray(offset, Math.min(data.length, offset + CHUNK)), offset + CHUNK >= data.length);
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError('corrupt', `${entry.name}: ${(error as Error).message}`);
  }
  if (!done) throw new ZipError('corrupt', `${entry.name} is cut off`);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Turns the bytes of a file into text, or says precisely why they are not text we can read.
 * Pure: runs wherever TextDecoder exists (Node, browsers, web workers).
 */
export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; problem: 'binary' | 'utf16' | 'not-utf8'; offset: number };

// A leading UTF-8 byte order mark is dropped, as editors drop it: positions must not depend on it
// (SARIF 2.1.0, 3.30.2: text region values "SHALL NOT depend on the presence or absence of a BOM").
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, problem: 'utf16', offset: 0 };
  }
  // A zero byte anywhere: neither YAML nor JSON allows one, and the YAML parser would accept it silently.
  const zero = bytes.indexOf(0);
  if (zero !== -1) return { ok: false, problem: 'binary', offset: zero };
  try {
    return { ok: true, text: UTF8.decode(bytes) };
  } catch {
    return { ok: false, problem: 'not-utf8', offset: firstInvalidUtf8Offset(bytes) };
  }
}

/** Byte offset of the first byte that breaks UTF-8, so the finding can name where it is. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : (b & 0xe0) === 0xc0 ? 2 : (b & 0xf0) === 0xe0 ? 3 : (b & 0xf8) === 0xf0 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return 0;
}

/** Counts how many characters precede a byte offset in the valid UTF-8 prefix, to place a finding. */
export function textBeforeByte(bytes: Uint8Array, byteOffset: number): string {
  return new TextDecoder('utf-8').decode(bytes.subarray(0, byteOffset));
}

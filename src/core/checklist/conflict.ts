/**
 * Whether the checklist file changed on disk since the panel loaded it (someone else saved, a git
 * pull), and a three-way merge per question of the panel's edits with what is on disk now. Pure:
 * the front door reads the disk and decides what to show.
 */
import type { ChecklistFileData, ItemAnswer } from './file';

/** What the panel knows of the file it loaded: a hash of its text (undefined when there was no file). */
export interface LoadedVersion {
  hash: string | undefined;
}

/**
 * A 64-bit FNV-1a hash of the text's UTF-16 code units, as 16 hex digits: enough to tell two
 * versions of a small file apart, cheap, and the same in Node and in a browser. Not for security.
 */
export function contentHash(text: string): string {
  // Two 32-bit halves of the 64-bit state, multiplied by the FNV prime 2^40 + 2^8 + 0xb3 by hand.
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    low = (low ^ text.charCodeAt(i)) >>> 0;
    const lowTimesB3 = low * 0xb3;
    const lowShift8 = low * 0x100;
    const newLow = (lowTimesB3 + lowShift8) >>> 0;
    const carry = Math.floor((lowTimesB3 + lowShift8) / 0x100000000);
    high = (high * 0xb3 + high * 0x100 + low * 0x100 /* low << 40 lands in high << 8 */ + carry) >>> 0;
    low = newLow;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}

export function versionOf(text: string | undefined): LoadedVersion {
  return { hash: text === undefined ? undefined : contentHash(text) };
}

export type DiskState =
  /** The file on disk is what the panel loaded: saving is safe. */
  | 'unchanged'
  /** Someone changed it since: do not write, offer to reload or merge. */
  | 'changed'
  /** It was loaded and is gone now. */
  | 'deleted'
  /** There was no file when the panel loaded, and now there is one. */
  | 'created';

/** Compares what the panel loaded with the text on disk now (undefined: no file). */
export function diskState(loaded: LoadedVersion, diskText: string | undefined): DiskState {
  if (diskText === undefined) return loaded.hash === undefined ? 'unchanged' : 'deleted';
  if (loaded.hash === undefined) return 'created';
  return contentHash(diskText) === loaded.hash ? 'unchanged' : 'changed';
}

export interface MergeResult {
  merged: ChecklistFileData;
  /** Questions both sides changed differently: the merge keeps the disk's answer, and the panel shows both. */
  conflicts: Array<{ id: string; mine: ItemAnswer | undefined; theirs: ItemAnswer | undefined }>;
}

/** Stable text of a value for comparison: object keys sorted. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().filter((key) => (value as Record<string, unknown>)[key] !== undefined).map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/**
 * Merges per question: what only one side changed since `base` (the version the panel loaded)
 * is taken; what both changed the same way is taken once; what both changed differently is a
 * conflict, resolved to the disk's answer until the reviewer chooses. Top-level keys follow the
 * same rule, the disk winning a conflict.
 */
export function mergeChecklistFiles(base: ChecklistFileData, mine: ChecklistFileData, theirs: ChecklistFileData): MergeResult {
  const conflicts: MergeResult['conflicts'] = [];
  const ids = [...new Set([...Object.keys(theirs.items), ...Object.keys(mine.items)])];
  const items: Record<string, ItemAnswer> = {};
  for (const id of ids) {
    const b = base.items[id];
    const m = mine.items[id];
    const t = theirs.items[id];
    let chosen: ItemAnswer | undefined;
    if (same(m, t)) chosen = t;
    else if (same(m, b)) chosen = t;
    else if (same(t, b)) chosen = m;
    else {
      conflicts.push({ id, mine: m, theirs: t });
      chosen = t;
    }
    if (chosen) items[id] = chosen;
  }
  const pick = <K extends 'contract' | 'profile' | 'extra' | 'unknownItems'>(key: K): ChecklistFileData[K] => (same(mine[key], base[key]) ? theirs[key] : mine[key]);
  const merged: ChecklistFileData = { version: Math.max(theirs.version, mine.version), items };
  for (const key of ['contract', 'profile', 'extra', 'unknownItems'] as const) {
    const value = same(mine[key], theirs[key]) ? theirs[key] : same(theirs[key], base[key]) ? mine[key] : pick(key);
    if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
  }
  return { merged, conflicts };
}

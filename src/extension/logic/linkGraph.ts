/**
 * The workspace's links between declarations and contracts, without VS Code: which contract each
 * declaration names (`inkooplint.contract`), which declarations each contract lists (`algoritmes:`
 * / `algorithms:`), with reverse maps so that "who links here" is a lookup, not a scan. The
 * extension keeps it up to date file by file (see ../links/linkIndex.ts) and lints with the
 * synchronous resolver and link options it hands out.
 *
 * Files are keyed by `base + path`: `base` is the URI's `scheme://authority`, `path` its
 * (unencoded, `/`-separated) path, so that paths can be worked out without VS Code's `Uri`.
 */
import type { ContractLinkOptions, DeclarationLinkOptions, LinkResolution, LinkResolver } from '../../core/links/links';
import { dirnameOf, isInside, isStrictlyInside, resolvePath } from './paths';

export type LinkKind = 'declaration' | 'contract';

/** What one file says about links, as read from its text. Paths as written. */
import type { LinkFacts } from '../../core/links/linkFacts';

export type { LinkFacts };

/** What a file that is not in the index turned out to be, when the front door looked. */
export type Probe = { kind: 'declaration'; category?: string } | { kind: 'contract' } | { kind: 'other' } | { kind: 'missing' };

/** The paths a file writes as links. */
export function writtenLinks(facts: LinkFacts): string[] {
  return facts.kind === 'declaration' ? facts.contracts : facts.declarations;
}

export interface WorkspaceFolderRef {
  base: string;
  path: string;
  name: string;
}

interface Entry {
  base: string;
  path: string;
  facts: LinkFacts;
  /** Keys of the files the written paths lead to (same order as written; duplicates removed). */
  targets: string[];
}

export interface FileRef {
  base: string;
  path: string;
}

const KEY = /^([^:/?#]+:\/\/[^/]*)(\/.*)?$/;

export function keyOf(ref: FileRef): string {
  return `${ref.base}${ref.path}`;
}

export function splitKey(key: string): FileRef {
  const match = KEY.exec(key);
  return match ? { base: match[1], path: match[2] ?? '/' } : { base: '', path: key };
}

/** The key of the file a written path leads to from `from`: relative to its folder; `C:\x` and `/x` are absolute. */
export function targetKey(from: FileRef, written: string): string {
  const normalized = written.trim().replace(/\\/g, '/');
  const drive = /^([A-Za-z]):\//.exec(normalized);
  const absolute = drive ? `/${drive[1].toLowerCase()}:${normalized.slice(2)}` : normalized;
  return keyOf({ base: from.base, path: resolvePath(dirnameOf(from.path), absolute) });
}

/** A file's path for messages: relative to its workspace folder (with the folder's name when there are several). */
export function displayPath(key: string, folders: readonly WorkspaceFolderRef[]): string | undefined {
  const { base, path } = splitKey(key);
  const folder = folders.find((candidate) => candidate.base === base && isStrictlyInside(path, candidate.path));
  if (!folder) return undefined;
  const relative = path.slice(folder.path.replace(/\/$/, '').length + 1);
  return folders.length > 1 ? `${folder.name}/${relative}` : relative;
}

/** A path from one file to another, for writing into the first: `../contracten/x.overeenkomst.md`. */
export function relativePath(fromKey: string, toKey: string): string {
  const from = splitKey(fromKey);
  const to = splitKey(toKey);
  if (from.base !== to.base) return to.path;
  const fromParts = dirnameOf(from.path).split('/').filter(Boolean);
  const toParts = to.path.split('/').filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) common++;
  const up = fromParts.length - common;
  return [...Array<string>(up).fill('..'), ...toParts.slice(common)].join('/');
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function removeFrom(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

export class LinkGraph {
  private readonly files = new Map<string, Entry>();
  /** Contract key (existing or not) → declarations whose `inkooplint.contract` leads there. */
  private readonly namedBy = new Map<string, Set<string>>();
  /** Declaration key (existing or not) → contracts whose `algoritmes:` lists it. */
  private readonly listedBy = new Map<string, Set<string>>();
  /** What files outside the index turned out to be (kept until the front door looks again). */
  private readonly probes = new Map<string, Probe>();
  private folders: WorkspaceFolderRef[] = [];

  constructor(folders: readonly WorkspaceFolderRef[] = []) {
    this.setFolders(folders);
  }

  setFolders(folders: readonly WorkspaceFolderRef[]): void {
    this.folders = folders.map((folder) => ({ ...folder, path: folder.path.length > 1 ? folder.path.replace(/\/+$/, '') : folder.path }));
  }

  get size(): number {
    return this.files.size;
  }

  has(key: string): boolean {
    return this.files.has(key);
  }

  factsOf(key: string): LinkFacts | undefined {
    return this.files.get(key)?.facts;
  }

  /** Every indexed file of a kind, sorted by key. */
  filesOf(kind: LinkKind): string[] {
    const keys: string[] = [];
    for (const [key, entry] of this.files) if (entry.facts.kind === kind) keys.push(key);
    return keys.sort();
  }

  /** Keys of every indexed file under a folder (for folder renames and deletes). */
  keysUnder(folderKey: string): string[] {
    const prefix = folderKey.endsWith('/') ? folderKey : `${folderKey}/`;
    const keys: string[] = [];
    for (const key of this.files.keys()) if (key.startsWith(prefix)) keys.push(key);
    return keys;
  }

  /** Files that link to `key` (by a path that leads there, whether or not it exists). */
  referrersOf(key: string): string[] {
    return [...(this.namedBy.get(key) ?? []), ...(this.listedBy.get(key) ?? [])];
  }

  /** Where a file's written links lead. */
  targetsOf(key: string): string[] {
    return this.files.get(key)?.targets ?? [];
  }

  /**
   * Records what a file says about links (a new file, or a new text of a known one). Returns the
   * other files whose link findings may change: those that link to it when it appears or changes
   * kind, the contracts it names or names no longer, those that list it when its category changes,
   * and the declarations a contract starts or stops listing.
   */
  set(key: string, facts: LinkFacts): Set<string> {
    const old = this.files.get(key);
    const ref = old ?? splitKey(key);
    const targets = [...new Set(writtenLinks(facts).filter((path) => path.trim() !== '').map((path) => targetKey(ref, path)))];
    const affected = new Set<string>();
    if (old) this.unlink(key, old);
    const entry: Entry = { base: ref.base, path: ref.path, facts, targets };
    this.files.set(key, entry);
    this.link(key, entry);
    this.probes.delete(key);

    if (!old || old.facts.kind !== facts.kind) {
      this.referrersOf(key).forEach((referrer) => affected.add(referrer));
      old?.targets.forEach((target) => affected.add(target));
      targets.forEach((target) => affected.add(target));
    } else if (old.facts.kind === 'declaration' && facts.kind === 'declaration') {
      // An unparsed declaration's category was never shown to anyone (a contract reads it before it is linted): only a change between two read categories counts.
      const categoryChanged = old.facts.parsed && facts.parsed && old.facts.category !== facts.category;
      if (categoryChanged) {
        // The contracts it names see another category in `namedByDeclarations`; those that list it, in their resolution.
        [...old.targets, ...targets].forEach((target) => affected.add(target));
        this.listedBy.get(key)?.forEach((contract) => affected.add(contract));
      } else if (!sameList(old.targets, targets)) {
        symmetricDifference(old.targets, targets).forEach((target) => affected.add(target));
      }
    } else if (!sameList(old.targets, targets)) {
      symmetricDifference(old.targets, targets).forEach((target) => affected.add(target));
    }
    affected.delete(key);
    return affected;
  }

  /** Forgets a file (deleted). Returns the other files whose link findings may change. */
  delete(key: string): Set<string> {
    const old = this.files.get(key);
    const affected = new Set<string>();
    this.probes.delete(key);
    if (!old) return affected;
    this.unlink(key, old);
    this.files.delete(key);
    this.referrersOf(key).forEach((referrer) => affected.add(referrer));
    old.targets.forEach((target) => affected.add(target));
    affected.delete(key);
    return affected;
  }

  /**
   * A file (or a folder: every indexed file under it) moved. The moved files keep their facts, but
   * their relative links now start from the new place. Returns the files whose link findings may
   * change, and the moves made (old key → new key).
   */
  rename(oldKey: string, newKey: string): { affected: Set<string>; moved: Array<[string, string]> } {
    const affected = new Set<string>();
    const moved: Array<[string, string]> = [];
    const pairs: Array<[string, string]> = this.files.has(oldKey)
      ? [[oldKey, newKey]]
      : this.keysUnder(oldKey).map((key) => [key, `${newKey.replace(/\/$/, '')}${key.slice(oldKey.replace(/\/$/, '').length)}`]);
    const facts = pairs.map(([from]) => this.files.get(from)!.facts);
    for (const [from] of pairs) this.delete(from).forEach((key) => affected.add(key));
    pairs.forEach(([, to], index) => {
      this.set(to, facts[index]).forEach((key) => affected.add(key));
      moved.push([pairs[index][0], to]);
    });
    for (const [from, to] of moved) {
      affected.delete(from);
      affected.delete(to);
    }
    return { affected, moved };
  }

  /** What a probe found for a file outside the index; true when that differs from what was known. */
  setProbe(key: string, probe: Probe): boolean {
    const old = this.probes.get(key);
    this.probes.set(key, probe);
    return JSON.stringify(old ?? { kind: 'missing' }) !== JSON.stringify(probe);
  }

  /**
   * What the resolver of `from` needs looked at before it can answer for these written paths:
   * targets that are not in the index (to probe) and indexed declarations whose category is not known.
   */
  unknownTargets(from: string, written: readonly string[]): { probe: string[]; categories: string[] } {
    const ref = this.files.get(from) ?? splitKey(from);
    const probe = new Set<string>();
    const categories = new Set<string>();
    for (const path of written) {
      if (path.trim() === '') continue;
      const target = targetKey(ref, path);
      if (!this.mayRead(ref, target)) continue;
      const entry = this.files.get(target);
      if (!entry) probe.add(target);
      else if (entry.facts.kind === 'declaration' && !entry.facts.parsed) categories.add(target);
    }
    return { probe: [...probe], categories: [...categories] };
  }

  /** Whether a linked file may be looked at: inside a workspace folder, or inside the linking file's own folder. */
  mayRead(from: FileRef, target: string): boolean {
    const { base, path } = splitKey(target);
    if (base !== from.base) return false;
    if (isStrictlyInside(path, dirnameOf(from.path))) return true;
    return this.folders.some((folder) => folder.base === base && isStrictlyInside(path, folder.path));
  }

  /** Answers, for a path written in `from`, what it leads to, from the index and the probes only. */
  resolver(from: string): LinkResolver {
    const ref = this.files.get(from) ?? splitKey(from);
    return (written: string): LinkResolution => {
      if (written.trim() === '') return { status: 'not-found', path: written };
      const target = targetKey(ref, written);
      if (!this.mayRead(ref, target)) return { status: 'outside', path: written };
      const path = displayPath(target, this.folders) ?? written;
      const facts = this.files.get(target)?.facts ?? this.probes.get(target);
      switch (facts?.kind) {
        case 'declaration':
          return { status: 'declaration', path, ...(facts.category ? { category: facts.category } : {}) };
        case 'contract':
          return { status: 'contract', path };
        case 'other':
          return { status: 'wrong-kind', path: written };
        default:
          return { status: 'not-found', path: written };
      }
    };
  }

  declarationOptions(key: string): DeclarationLinkOptions {
    const listedByContracts = [...(this.listedBy.get(key) ?? [])]
      .filter((contract) => this.files.get(contract)?.facts.kind === 'contract')
      .sort()
      .map((contract) => displayPath(contract, this.folders) ?? splitKey(contract).path);
    return { resolve: this.resolver(key), listedByContracts };
  }

  contractOptions(key: string): ContractLinkOptions {
    const namedByDeclarations = [...(this.namedBy.get(key) ?? [])].sort().flatMap((declaration) => {
      const facts = this.files.get(declaration)?.facts;
      if (facts?.kind !== 'declaration') return [];
      const path = displayPath(declaration, this.folders) ?? splitKey(declaration).path;
      return [{ path, ...(facts.category ? { category: facts.category } : {}) }];
    });
    return { resolve: this.resolver(key), namedByDeclarations };
  }

  clear(): void {
    this.files.clear();
    this.namedBy.clear();
    this.listedBy.clear();
    this.probes.clear();
  }

  private link(key: string, entry: Entry): void {
    const reverse = entry.facts.kind === 'declaration' ? this.namedBy : this.listedBy;
    for (const target of entry.targets) addTo(reverse, target, key);
  }

  private unlink(key: string, entry: Entry): void {
    const reverse = entry.facts.kind === 'declaration' ? this.namedBy : this.listedBy;
    for (const target of entry.targets) removeFrom(reverse, target, key);
  }
}

function symmetricDifference(a: readonly string[], b: readonly string[]): string[] {
  const setA = new Set(a);
  const setB = new Set(b);
  return [...a.filter((value) => !setB.has(value)), ...b.filter((value) => !setA.has(value))];
}

/** Whether a path lies in one of the folders (for "is this file in the workspace"). */
export function inFolders(key: string, folders: readonly WorkspaceFolderRef[]): boolean {
  const { base, path } = splitKey(key);
  return folders.some((folder) => folder.base === base && isInside(path, folder.path));
}

/**
 * The text that replaces a written link (`original`, as it stands in the file) with `path`, in the
 * same style: double-quoted (JSON, or YAML written so), single-quoted, or plain when YAML allows it.
 */
export function replacementFor(original: string, path: string): string {
  const first = original.trimStart()[0];
  if (first === '"') return JSON.stringify(path);
  if (first === "'") return `'${path.replace(/'/g, "''")}'`;
  return /^[\w./][\w./ -]*$/.test(path) && !path.endsWith(' ') ? path : JSON.stringify(path);
}

/** Path arithmetic on URI paths (always `/`-separated), so that the web build needs no `node:path`. */

export function dirnameOf(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0) return '.';
  if (slash === 0) return '/';
  return trimmed.slice(0, slash);
}

export function basenameOf(path: string): string {
  return path.replace(/\/+$/, '').split('/').pop() ?? '';
}

/** The folders from `directory` up to and including `root` (nearest first); only `directory` when it is not inside `root`. */
export function foldersUpTo(directory: string, root: string | undefined): string[] {
  const folders = [directory];
  if (root === undefined || !isInside(directory, root)) return folders;
  let current = directory;
  while (current !== root && current !== '/' && current !== '.') {
    current = dirnameOf(current);
    folders.push(current);
    if (!isInside(current, root)) break;
  }
  return folders;
}

export function isInside(path: string, root: string): boolean {
  const base = root.endsWith('/') ? root : `${root}/`;
  return path === root || path.startsWith(base);
}

/** Whether a configured path is absolute: `/x`, `C:\x`, `C:/x`, `\\server\x`. */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

/** A name not yet in `taken`: `nieuw.overeenkomst.md`, then `nieuw-2.overeenkomst.md`, ... */
export function freeName(stem: string, suffix: string, taken: ReadonlySet<string>): string {
  if (!taken.has(`${stem}${suffix}`)) return `${stem}${suffix}`;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}${suffix}`)) return `${stem}-${n}${suffix}`;
}

/** `written` (relative or absolute, `/` or `\`) resolved against the folder `base`, with `.` and `..` worked out. */
export function resolvePath(base: string, written: string): string {
  const normalized = written.replace(/\\/g, '/');
  const parts = (normalized.startsWith('/') ? normalized : `${base}/${normalized}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

/** Whether `path` lies strictly inside `folder`. */
export function isStrictlyInside(path: string, folder: string): boolean {
  return path !== folder && isInside(path, folder);
}

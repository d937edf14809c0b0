/**
 * Completion in YAML declarations without any other extension: the register's keys at the start of
 * a top-level line, and the allowed values after `key: `. (With Red Hat YAML installed, its
 * completion from the contributed schema comes on top.)
 */
export type CompletionPlace = { kind: 'key'; prefix: string } | { kind: 'value'; key: string; prefix: string };

const KEY_LINE = /^([A-Za-z_][\w-]*)?$/;
const VALUE_LINE = /^([A-Za-z_][\w-]*):[ \t]+(["']?)([^"'#]*)$/;

/** What is being typed at `character` of a top-level line, or undefined when it is nothing we complete. */
export function completionPlace(lineText: string, character: number): CompletionPlace | undefined {
  const before = lineText.slice(0, character);
  const key = KEY_LINE.exec(before);
  if (key) return { kind: 'key', prefix: key[1] ?? '' };
  const value = VALUE_LINE.exec(before);
  if (value) return { kind: 'value', key: value[1], prefix: value[3] };
  return undefined;
}

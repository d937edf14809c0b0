import type { ScalarNode } from './model';

/**
 * The text that replaces a scalar with a new string value, keeping the author's quoting style and
 * quoting where YAML would otherwise read the text as something else.
 */
export function scalarReplacement(node: ScalarNode, value: string, format: 'yaml' | 'json'): string {
  if (format === 'json' || node.source.startsWith('"')) return JSON.stringify(value);
  if (node.source.startsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  return needsYamlQuotes(value) ? JSON.stringify(value) : value;
}

function needsYamlQuotes(value: string): boolean {
  if (value === '' || value !== value.trim()) return true;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value)) return true;
  if (/: |\s#|[\r\n\t]/.test(value) || value.endsWith(':')) return true;
  // Would read as null, a boolean or a number under the YAML 1.2 core schema.
  return /^(?:null|Null|NULL|~|true|True|TRUE|false|False|FALSE|[-+]?(?:\.?[0-9][0-9_.]*(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.Inf|\.INF|\.nan|\.NaN|\.NAN))$/.test(value);
}

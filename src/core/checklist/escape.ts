/** Text from a contract, a checklist file or a reviewer stays text in the reports. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * For Markdown text and table cells: backslash-escapes what Markdown, HTML or a table would act
 * on. Line breaks become `<br>` only where `keepBreaks` asks (a table cell cannot hold a newline).
 */
export function escapeMarkdown(value: string, keepBreaks = false): string {
  const escaped = value.replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`);
  return escaped.replace(/\r\n?|\n/g, keepBreaks ? '<br>' : ' ');
}

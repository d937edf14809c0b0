import type { Language } from '../finding';

/**
 * An ISO date as a reader writes it: "14 november 2026", "14 November 2026". A value that is no
 * date (not ISO, or a day the calendar lacks, such as 2025-02-31) is shown as written.
 */
export function formatDate(language: Language, iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return iso;
  return date.toLocaleDateString(language === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

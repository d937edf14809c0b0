import { distance } from 'fastest-levenshtein';

/** Folds case, accents and spacing, so "NLD", "nld " and "Nld" compare equal. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s_-]+/g, ' ').trim();
}

/** The one candidate equal to `value` but for case, accents or spacing; undefined if none or several. */
export function certainMatch(value: string, candidates: readonly string[]): string | undefined {
  const folded = fold(value);
  const matches = candidates.filter((candidate) => fold(candidate) === folded);
  return matches.length === 1 && matches[0] !== value ? matches[0] : undefined;
}

/** The closest candidate within a small edit distance, for "did you mean" suggestions. */
export function closestMatch(value: string, candidates: readonly string[]): string | undefined {
  const folded = fold(value);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(folded, fold(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.min(3, Math.floor(folded.length / 3)));
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}

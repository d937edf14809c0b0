/** The contract fixtures (test/fixtures/contracts, with their subfolders), for tests that run over all of them. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const CONTRACT_FIXTURES = path.join(__dirname, '..', 'fixtures', 'contracts');

/** The text of every Markdown file under `dir`, in name order, subfolders included. */
export function contractFixtureTexts(dir = CONTRACT_FIXTURES): string[] {
  const texts: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) texts.push(...contractFixtureTexts(full));
    else if (name.endsWith('.md')) texts.push(readFileSync(full, 'utf8'));
  }
  return texts;
}

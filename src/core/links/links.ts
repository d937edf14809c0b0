/**
 * Links between declarations and contracts. A declaration names its supplier contract
 * (`inkooplint.contract`); a contract lists the declarations it covers (`algoritmes:` /
 * `algorithms:` in its front matter). Paths are relative to the file that writes them. The core
 * does not read files: the front door tells it, through `LinkResolver`, what a path leads to.
 */
import type { RiskProfile } from '../config/config';

/**
 * What a linked path leads to, as the front door found it. For a declaration, `path` names the file
 * as `namedByDeclarations` does, so that a declaration linked both ways counts once.
 */
export type LinkResolution =
  | { status: 'declaration'; path: string; category?: string }
  | { status: 'contract'; path: string }
  | { status: 'not-found' | 'outside' | 'wrong-kind'; path: string };

/** Answers, for a path written in the linted file, what it leads to. Synchronous: front doors answer from an index or the file system. */
export type LinkResolver = (written: string) => LinkResolution;

/** What the front door knows about links into a declaration file from elsewhere. */
export interface DeclarationLinkOptions {
  resolve: LinkResolver;
  /** Contracts that list this declaration in their `algoritmes:` / `algorithms:` (paths for messages). */
  listedByContracts: readonly string[];
}

/** What the front door knows about links into a contract from elsewhere. */
export interface ContractLinkOptions {
  resolve: LinkResolver;
  /** Declarations that name this contract in `inkooplint.contract`, with their publication category. */
  namedByDeclarations: ReadonlyArray<{ path: string; category?: string }>;
}

/** The register's publication categories and the risk profiles they mean. */
const CATEGORY_PROFILES: ReadonlyArray<[RegExp, RiskProfile]> = [
  [/^hoog-?risico/i, 'hoog-risico'],
  [/^high-?risk/i, 'hoog-risico'],
  [/^impactvol/i, 'impactvol'],
  [/^impactful/i, 'impactvol'],
  [/^overig/i, 'overig'],
  [/^other/i, 'overig'],
];

/** "Hoog-risico AI-systeem" → hoog-risico, "Impactvolle algoritmes" → impactvol, "Overige algoritmes" → overig. */
export function profileOfCategory(category: string | undefined): RiskProfile | undefined {
  if (!category) return undefined;
  const trimmed = category.trim();
  return CATEGORY_PROFILES.find(([pattern]) => pattern.test(trimmed))?.[1];
}

const PROFILE_RANK: Record<RiskProfile, number> = { overig: 0, impactvol: 1, 'hoog-risico': 2 };

/** The higher of two profiles (hoog-risico above impactvol above overig). */
export function higherProfile(a: RiskProfile | undefined, b: RiskProfile | undefined): RiskProfile | undefined {
  if (!a) return b;
  if (!b) return a;
  return PROFILE_RANK[a] >= PROFILE_RANK[b] ? a : b;
}

export function isLowerProfile(a: RiskProfile, b: RiskProfile): boolean {
  return PROFILE_RANK[a] < PROFILE_RANK[b];
}

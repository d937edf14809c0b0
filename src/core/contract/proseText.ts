import type { ContractModel, Offsets } from './model';

/**
 * The contract's readable text as segments: its prose blocks with code spans and inline HTML
 * comments cut out. Rules that look for words scan these, so that code and comments never count.
 */
export function proseSegments(contract: ContractModel): Offsets[] {
  const segments: Offsets[] = [];
  const exclusions = contract.proseExclusions;
  let next = 0;
  for (const [blockStart, blockEnd] of contract.prose) {
    let at = blockStart;
    while (next < exclusions.length && exclusions[next][1] <= at) next++;
    let i = next;
    while (i < exclusions.length && exclusions[i][0] < blockEnd) {
      const [start, end] = exclusions[i];
      if (start > at) segments.push([at, start]);
      at = Math.max(at, end);
      i++;
    }
    if (at < blockEnd) segments.push([at, blockEnd]);
  }
  return segments;
}

/**
 * Word's automatic numbering (word/numbering.xml): the numbers a reader sees before a numbered
 * paragraph, "Artikel 7", "7.2", "a.", computed as Word does: one counter per level of an abstract
 * list, shared by the lists (`w:num`) that use it, lower levels restarting when a higher one
 * counts, a list's `w:startOverride` restarting a level where that list is first used.
 */
import { child, childElements, childVal, isOn, type XmlElement } from './xml';

interface Level {
  start: number;
  format: string;
  text: string;
  /** `w:isLgl`: every number of the text in decimal ("Artikel 1.2" under a roman level). */
  legal: boolean;
}

interface NumInstance {
  abstractId: string;
  overrides: Map<number, number>;
  overrideLevels: Map<number, Level>;
  used: boolean;
}

export interface NumberLabel {
  /** As the reader sees it: "Artikel 7", "7.2", "a.", or "" for a bullet. */
  text: string;
  bullet: boolean;
  level: number;
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, NumInstance>();
  private readonly counters = new Map<string, number[]>();

  constructor(root: XmlElement | undefined) {
    for (const abstract of childElements(root, 'abstractNum')) {
      this.abstracts.set(abstract.attrs.abstractNumId ?? '', readLevels(abstract));
    }
    for (const num of childElements(root, 'num')) {
      const overrides = new Map<number, number>();
      const overrideLevels = new Map<number, Level>();
      for (const override of childElements(num, 'lvlOverride')) {
        const level = Number(override.attrs.ilvl ?? 0);
        const start = childVal(override, 'startOverride');
        if (start !== undefined) overrides.set(level, Number(start));
        const lvl = child(override, 'lvl');
        if (lvl) overrideLevels.set(level, readLevel(lvl));
      }
      this.nums.set(num.attrs.numId ?? '', { abstractId: childVal(num, 'abstractNumId') ?? '', overrides, overrideLevels, used: false });
    }
  }

  /** Counts a paragraph of list `numId` at `level` and returns its label; undefined when the list is unknown or "0" (no numbering). */
  next(numId: string, level: number): NumberLabel | undefined {
    if (numId === '0') return undefined;
    const num = this.nums.get(numId);
    if (!num) return undefined;
    const levels = this.abstracts.get(num.abstractId);
    if (!levels) return undefined;
    const levelOf = (k: number): Level => num.overrideLevels.get(k) ?? levels.get(k) ?? { start: 1, format: 'decimal', text: `%${k + 1}.`, legal: false };
    let counters = this.counters.get(num.abstractId);
    if (!counters) this.counters.set(num.abstractId, (counters = []));
    if (!num.used) {
      num.used = true;
      for (const [k, start] of num.overrides) {
        counters[k] = start - 1;
        counters.length = Math.max(counters.length, k + 1);
      }
    }
    level = Math.max(0, Math.min(8, level));
    counters[level] = (counters[level] ?? levelOf(level).start - 1) + 1;
    // Lower levels start again.
    counters.length = level + 1;
    const current = levelOf(level);
    if (current.format === 'bullet') return { text: '', bullet: true, level };
    if (current.format === 'none') return { text: '', bullet: false, level };
    const text = current.text.replace(/%([1-9])/g, (_, digit: string) => {
      const k = Number(digit) - 1;
      if (k > level) return '';
      const value = counters![k] ?? levelOf(k).start;
      return formatNumber(value, current.legal ? 'decimal' : levelOf(k).format);
    });
    return { text: text.trim(), bullet: false, level };
  }
}

function readLevels(abstract: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childElements(abstract, 'lvl')) levels.set(Number(lvl.attrs.ilvl ?? 0), readLevel(lvl));
  return levels;
}

function readLevel(lvl: XmlElement): Level {
  const level = Number(lvl.attrs.ilvl ?? 0);
  return {
    start: Number(childVal(lvl, 'start') ?? 1),
    format: childVal(lvl, 'numFmt') ?? 'decimal',
    text: childVal(lvl, 'lvlText') ?? `%${level + 1}.`,
    legal: isOn(child(lvl, 'isLgl')),
  };
}

export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value).toLowerCase();
    case 'upperLetter':
      return letters(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperRoman':
      return roman(value);
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    default:
      return String(value);
  }
}

/** Word's letters: a..z, then aa..zz, aaa... */
function letters(value: number): string {
  if (value < 1) return String(value);
  const letter = String.fromCharCode(65 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  if (value < 1 || value > 3999) return String(value);
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [n, s] of table) while (value >= n) {
    out += s;
    value -= n;
  }
  return out;
}

import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { allRuleMetas, CONFIG_FILE_NAME, DEFAULT_CONFIG, parseConfig, type ConfigProblem, type InkooplintConfig } from '../core';

export interface LoadedConfig {
  config: InkooplintConfig;
  /** The file it came from; undefined for the defaults. */
  file?: string;
}

export interface ConfigFileProblem extends ConfigProblem {
  file: string;
  text: string;
}

/**
 * Finds the configuration for each linted file: `--config` when given, else the nearest
 * `.inkooplint.yaml` in the file's folder or above it (never one that is not an ancestor).
 */
export class ConfigLoader {
  private readonly byDirectory = new Map<string, LoadedConfig>();
  private readonly byFile = new Map<string, LoadedConfig>();
  readonly problems: ConfigFileProblem[] = [];

  constructor(private readonly explicitFile?: string) {}

  forFile(file: string): LoadedConfig {
    if (this.explicitFile) return this.load(this.explicitFile);
    return this.forDirectory(path.dirname(file));
  }

  private forDirectory(directory: string): LoadedConfig {
    const cached = this.byDirectory.get(directory);
    if (cached) return cached;
    const candidate = path.join(directory, CONFIG_FILE_NAME);
    let result: LoadedConfig;
    if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) {
      result = this.load(candidate);
    } else {
      const parent = path.dirname(directory);
      result = parent === directory ? { config: DEFAULT_CONFIG } : this.forDirectory(parent);
    }
    this.byDirectory.set(directory, result);
    return result;
  }

  load(file: string): LoadedConfig {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    const text = readFileSync(file, 'utf8');
    const { config, problems } = parseConfig(text, allRuleMetas());
    for (const problem of problems) this.problems.push({ ...problem, file, text });
    const loaded = { config, file };
    this.byFile.set(file, loaded);
    return loaded;
  }
}

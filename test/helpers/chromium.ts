/**
 * Debian's Chromium for the browser tests, driven by playwright-core (which never downloads a
 * browser), and axe-core's WCAG 2.1 AA rules. scripts/ensure-chromium.mjs installs Chromium with
 * apt-get when it is missing, so a clean CI machine needs nothing else.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from './cli';

/** Without the background-networking flags Chromium keeps trying hosts this closed network refuses. */
const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Installs Chromium if needed (which can take minutes: give the hook a long timeout) and starts it headless. */
export async function launchChromium(): Promise<Browser> {
  const ensured = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'ensure-chromium.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  assert.equal(ensured.status, 0, 'scripts/ensure-chromium.mjs could not provide Chromium');
  const executablePath = ensured.stdout.trim().split('\n').pop()!;
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: BROWSER_ARGS });
}

export interface AxeOutcome {
  /** One line per violated rule: id, impact, help and where (at most three places). */
  violations: string[];
  /** Ids of the rules that ran and passed. */
  passed: Set<string>;
}

/** Runs axe-core's WCAG 2.1 AA rules on the page. */
export async function runAxe(page: Page): Promise<AxeOutcome> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // A page whose CSP refuses inline scripts gets axe through evaluate, which CSP does not govern.
  await page.addScriptTag({ content: source }).catch(() => page.evaluate(source));
  const result = (await page.evaluate(async (tags) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'passes'] });
  }, WCAG_21_AA)) as { violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown }> }>; passes: Array<{ id: string }> };
  return {
    violations: result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`),
    passed: new Set(result.passes.map((p) => p.id)),
  };
}

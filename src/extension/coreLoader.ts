/**
 * Loads the core on first use. In the desktop build `./coreApi` resolves to the separate file
 * `dist/core.js`; in the web build it is bundled in but evaluated only on this first call.
 */
import type * as CoreApi from './coreApi';

export type Core = typeof CoreApi;

let core: Core | undefined;

export function loadCore(): Core {
  core ??= require('./coreApi') as Core;
  return core;
}

export function isCoreLoaded(): boolean {
  return core !== undefined;
}

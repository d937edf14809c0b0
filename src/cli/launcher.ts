/**
 * dist/cli.js, the command `inkooplint`: starts the CLI bundle (dist/cli-main.js, built from
 * `index.ts`) with V8's code cache.
 *
 * Why: a lint of one file is a short process, and compiling the 1.7 MB bundle (and then each
 * function as it first runs) is a good part of it. `scripts/build.mjs` runs the CLI once on the
 * examples and keeps what V8 compiled (`Script.createCachedData`) in dist/cli-main.js.cache; each
 * start then takes the compiled code from there instead of compiling again. This is what Node 22's
 * `module.enableCompileCache()` does; Node 20 offers only `vm.Script`'s `cachedData`, hence this file.
 *
 * The cache starts with the SHA-256 of the bundle it was made from: V8 itself checks only the
 * source's length, so a stale cache is recognised here and left unused. V8 rejects a cache made by
 * another Node version or with other flags (`cachedDataRejected`). Either way the bundle is simply
 * compiled as Node would; nothing is written at run time.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Script } from 'node:vm';

const bundle = path.join(__dirname, 'cli-main.js');
const cacheFile = `${bundle}.cache`;
const source = readFileSync(bundle);
const digest = createHash('sha256').update(source).digest();

let cachedData: Buffer | undefined;
try {
  const cache = readFileSync(cacheFile);
  if (cache.subarray(0, digest.length).equals(digest)) cachedData = cache.subarray(digest.length);
} catch {
  // No cache (a development build): compile as usual.
}

// Node's own CommonJS wrapper, on the bundle's first line so that line numbers in stack traces stay right.
const text = source.toString('utf8').replace(/^#!.*/, '');
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${text}\n})`, { filename: bundle, cachedData });

if (process.env.INKOOPLINT_WRITE_COMPILE_CACHE === '1') {
  // Build time only (scripts/build.mjs): after a run, the cache also holds the functions that ran.
  process.once('exit', () => writeFileSync(cacheFile, Buffer.concat([digest, script.createCachedData()])));
}

const bundleModule = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void).call(bundleModule.exports, bundleModule.exports, require, bundleModule, bundle, __dirname);

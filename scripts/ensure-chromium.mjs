// Makes sure Debian's Chromium is installed, for the tests that render the algorithm overview
// (test/overview.browser.test.ts). Idempotent: when /usr/bin/chromium exists it does nothing.
// Otherwise, on a machine with apt-get (a clean CI machine, as root), it runs
//   apt-get update && apt-get install -y --no-install-recommends chromium
// Playwright never downloads a browser here: playwright-core drives this one.
// Prints the browser's path on the last line of stdout; exits 1 when it cannot be installed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.INKOOPLINT_CHROMIUM || '/usr/bin/chromium';

function hasCommand(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function run(args) {
  const sudo = typeof process.getuid === 'function' && process.getuid() !== 0 && hasCommand('sudo') ? ['sudo'] : [];
  const [command, ...rest] = [...sudo, ...args];
  const result = spawnSync(command, rest, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed with exit code ${result.status}`);
}

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  if (!hasCommand('apt-get')) throw new Error(`${CHROMIUM} is missing and there is no apt-get to install it; set INKOOPLINT_CHROMIUM to a Chromium binary`);
  console.error('Installing Debian\'s chromium (apt-get) for the overview rendering test ...');
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium']);
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium, but ${CHROMIUM} is still missing`);
  return CHROMIUM;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureChromium());
  } catch (error) {
    console.error(String(error?.message ?? error));
    process.exitCode = 1;
  }
}

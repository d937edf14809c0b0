// Makes sure LibreOffice Writer (headless) and poppler's pdftoppm/pdftotext are installed, for the
// test that converts the Word reports to PDF and looks at a page (test/reportDocx/libreoffice.test.ts).
// Idempotent: when `soffice`, `pdftoppm` and `pdftotext` are all on the PATH it does nothing.
// Otherwise, on a machine with apt-get (a clean CI machine, as root), it runs once
//   apt-get update && apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils
// (the lean Writer without a GUI and without Java; the full `libreoffice` pulls in hundreds of packages).
// Prints the path of soffice on the last line of stdout; exits 1 when it cannot be installed.
import { spawnSync } from 'node:child_process';

const COMMANDS = ['soffice', 'pdftoppm', 'pdftotext'];

function which(command) {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function run(args) {
  const sudo = typeof process.getuid === 'function' && process.getuid() !== 0 && which('sudo') ? ['sudo'] : [];
  const [command, ...rest] = [...sudo, ...args];
  const result = spawnSync(command, rest, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed with exit code ${result.status}`);
}

export function ensureLibreOffice() {
  const missing = COMMANDS.filter((command) => !which(command));
  if (missing.length === 0) return which('soffice');
  if (!which('apt-get')) throw new Error(`${missing.join(', ')} missing and there is no apt-get to install them; install LibreOffice Writer and poppler-utils`);
  console.error(`Installing Debian's libreoffice-writer-nogui and poppler-utils (apt-get) for the Word report test; missing: ${missing.join(', ')} ...`);
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', 'libreoffice-writer-nogui', 'poppler-utils']);
  const still = COMMANDS.filter((command) => !which(command));
  if (still.length > 0) throw new Error(`apt-get installed LibreOffice and poppler-utils, but ${still.join(', ')} is still missing`);
  return which('soffice');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureLibreOffice());
  } catch (error) {
    console.error(String(error?.message ?? error));
    process.exitCode = 1;
  }
}

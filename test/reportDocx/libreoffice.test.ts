/**
 * The Word reports opened by another program than the one that wrote them: LibreOffice (headless)
 * converts the checklist report and the overview to PDF, poppler renders page 1 to a PNG and reads
 * the PDF's text back. scripts/ensure-libreoffice.mjs installs Debian's libreoffice-writer-nogui and
 * poppler-utils (apt-get, --no-install-recommends) when they are missing. Each conversion gets a
 * profile of its own (-env:UserInstallation), so parallel or repeated runs do not collide.
 * The PDFs and PNGs stay in dist/test-docx/ for a look.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderChecklistDocx } from '../../src/reportDocx';
import { demoChecklist } from '../checklist/helpers';
import { ensureBuilt } from '../helpers/build';
import { ROOT, runCli } from '../helpers/cli';

const OUT = path.join(ROOT, 'dist', 'test-docx');

function run(command: string, args: string[], timeout = 120_000): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout, env: { ...process.env, HOME: process.env.HOME ?? tmpdir() } });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed (${result.status ?? result.signal}): ${result.stderr}`);
  return result.stdout;
}

/** The .docx as a PDF (LibreOffice), page 1 as a PNG at 80 dpi, and the PDF's text and page count. */
function convert(docx: string): { pdf: string; png: string; text: string; pages: number } {
  const profile = mkdtempSync(path.join(tmpdir(), 'inkooplint-soffice-'));
  try {
    run('soffice', ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', 'pdf', '--outdir', OUT, docx]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = path.join(OUT, `${path.basename(docx, '.docx')}.pdf`);
  assert.ok(statSync(pdf).size > 1000, 'LibreOffice wrote a PDF');
  const stem = path.join(OUT, path.basename(docx, '.docx'));
  run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, stem]);
  const png = `${stem}.png`;
  assert.equal(readFileSync(png).subarray(1, 4).toString('latin1'), 'PNG');
  const info = run('pdfinfo', [pdf]);
  return { pdf, png, text: run('pdftotext', ['-layout', pdf, '-']), pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0) };
}

describe('Word reports in LibreOffice (headless): to PDF, page 1 to PNG, the text read back', function () {
  // Installing LibreOffice on a clean machine takes a minute or more; a conversion a few seconds.
  this.timeout(600_000);
  before(() => {
    const ensured = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'ensure-libreoffice.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    assert.equal(ensured.status, 0, 'scripts/ensure-libreoffice.mjs could not provide LibreOffice and poppler-utils');
    mkdirSync(OUT, { recursive: true });
  });

  it('opens the checklist report (nl) cleanly: title, summary table, Dutch words, page numbers', async () => {
    const { model } = demoChecklist();
    const docx = path.join(OUT, 'checklist-report-nl.docx');
    writeFileSync(docx, await renderChecklistDocx(model, { language: 'nl', date: '2026-11-23', toolVersion: '0.1.0' }));
    const { text, pages, pdf } = convert(docx);
    assert.ok(pages >= 3, `several pages (${pages})`);
    assert.match(text, /Transparantiechecklist leverancier:\s+Overeenkomst Risicosignalering Bijstand/);
    assert.match(text, /Samenvatting/);
    assert.match(text, /Aantal vragen per status/);
    assert.match(text, /Voldaan\s+10/, 'a value of the summary table');
    assert.match(text, /Voorstel, nog niet bevestigd/);
    assert.match(text, /Antwoorden per vraag/);
    assert.match(text, /Toelichting:/);
    assert.match(text, /Pagina 1 van \d+/);
    assert.match(text, /geen juridisch advies/);
    assert.match(run('pdfinfo', [pdf]), /Title:\s+Transparantiechecklist leverancier/);
  });

  it('opens the checklist report (en) cleanly', async () => {
    const { model } = demoChecklist();
    const docx = path.join(OUT, 'checklist-report-en.docx');
    writeFileSync(docx, await renderChecklistDocx(model, { language: 'en', date: '2026-11-23', toolVersion: '0.1.0' }));
    const { text } = convert(docx);
    assert.match(text, /Supplier transparency checklist/);
    assert.match(text, /Summary/);
    assert.match(text, /Page 1 of \d+/);
    assert.match(text, /no legal advice/);
  });

  it('opens the algorithm overview (nl, from the CLI) cleanly: the summary figures and the table of all algorithms', () => {
    ensureBuilt();
    const docx = path.join(OUT, 'overview-nl.docx');
    const cli = runCli(['overview', path.join(ROOT, 'test', 'fixtures', 'overview'), '--out', docx, '--lang', 'nl']);
    assert.equal(cli.status, 0, cli.stderr);
    const { text, pages } = convert(docx);
    assert.ok(pages >= 2, `several pages (${pages})`);
    assert.match(text, /Algoritmeoverzicht/);
    assert.match(text, /Samenvatting/);
    assert.match(text, /Algoritmes\s+7/, 'a value of the summary table');
    assert.match(text, /Alle algoritmes/);
    assert.match(text, /Slimme toewijzing Wmo-/);
    assert.match(text, /Pagina 1 van \d+/);
    assert.match(text, /geen juridisch advies/);
  });
});

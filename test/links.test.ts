import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { effectiveProfile, lintContract, linkedDeclarationsOf } from '../src/core/contractEngine';
import { lintDeclaration } from '../src/core/engine';
import { higherProfile, profileOfCategory, type LinkResolution } from '../src/core/links/links';
import { parseContract } from '../src/core/contract/parseContract';
import { ensureBuilt } from './helpers/build';
import { runCli } from './helpers/cli';
import { recordYaml } from './helpers/declarations';

const FIXTURE = path.resolve(__dirname, 'fixtures', 'links');

interface JsonFinding {
  file: string;
  ruleId: string;
  line: number;
  message: string;
  properties?: Record<string, unknown>;
  severity: string;
  fixes: Array<{ title: string; edits: Array<{ newText: string }> }>;
}

function lintFolder(cwd: string): JsonFinding[] {
  const run = runCli(['--format', 'json', '--lang', 'en', '.'], { cwd });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  return JSON.parse(run.stdout) as JsonFinding[];
}

function linkFindings(findings: JsonFinding[]): string[] {
  return findings.filter((f) => f.ruleId.startsWith('link/')).map((f) => `${f.file} ${f.line} ${f.ruleId}`);
}

describe('links between declarations and contracts', () => {
  describe('core', () => {
    it('maps the register\'s publication categories to risk profiles', () => {
      assert.equal(profileOfCategory('Hoog-risico AI-systeem'), 'hoog-risico');
      assert.equal(profileOfCategory('Impactvolle algoritmes'), 'impactvol');
      assert.equal(profileOfCategory('Overige algoritmes'), 'overig');
      assert.equal(profileOfCategory('iets anders'), undefined);
      assert.equal(higherProfile('overig', 'hoog-risico'), 'hoog-risico');
      assert.equal(higherProfile('impactvol', undefined), 'impactvol');
    });

    it('takes the highest of the front matter\'s profile and the linked declarations\' categories', () => {
      const contract = parseContract('---\ntype: overeenkomst\nrisicoprofiel: impactvol\n---\n# Overeenkomst\n');
      assert.deepEqual(effectiveProfile(contract, undefined, [{ path: 'a', profile: 'hoog-risico' }]), { profile: 'hoog-risico', source: 'linked-declaration' });
      assert.deepEqual(effectiveProfile(contract, undefined, [{ path: 'a', profile: 'overig' }]), { profile: 'impactvol', source: 'front-matter' });
      const bare = parseContract('# Overeenkomst\n');
      assert.deepEqual(effectiveProfile(bare, 'overig', []), { profile: 'overig', source: 'option' });
      assert.deepEqual(effectiveProfile(bare, 'overig', [{ path: 'a', profile: 'impactvol' }]), { profile: 'impactvol', source: 'linked-declaration' });
      assert.deepEqual(effectiveProfile(bare, undefined, []), { profile: 'impactvol', source: 'default' });
    });

    it('counts a declaration once when it both is listed by the contract and names it', () => {
      const contract = parseContract('---\nalgoritmes: [a.algoritme.yaml]\n---\n# X\n');
      const resolve = (written: string): LinkResolution => ({ status: 'declaration', path: `/w/${written}`, category: 'Impactvolle algoritmes' });
      const linked = linkedDeclarationsOf(contract, { resolve, namedByDeclarations: [{ path: '/w/a.algoritme.yaml', category: 'Impactvolle algoritmes' }] });
      assert.equal(linked.length, 1);
    });

    it('keeps link rules quiet when the front door gives no link information', () => {
      const text = recordYaml({ provider: 'Leverancier B.V.', publication_category: 'Impactvolle algoritmes', inkooplint: { contract: 'weg.overeenkomst.md' } });
      const findings = lintDeclaration(text, { fileName: 'x.algoritme.yaml' }).findings;
      assert.deepEqual(findings.filter((f) => f.ruleId.startsWith('link/')), []);
    });

    it('offers to raise a contract\'s profile to the linked declaration\'s, in the front matter\'s language', () => {
      const text = '---\ntype: contract\nriskProfile: other\n---\n# Agreement\n';
      const result = lintContract(text, { fileName: 'x.contract.md', links: { resolve: (p) => ({ status: 'not-found', path: p }), namedByDeclarations: [{ path: 'a.algorithm.yaml', category: 'Hoog-risico AI-systeem' }] } });
      const mismatch = result.findings.find((f) => f.ruleId === 'link/profile-mismatch');
      assert.ok(mismatch);
      assert.equal(text.slice(mismatch.offset[0], mismatch.offset[1]), 'other');
      assert.equal(mismatch.fixes?.[0].edits[0].newText, 'high-risk');
      assert.match(mismatch.message.nl, /We controleren het contract daarom als hoog-risico/);
    });
  });

  describe('CLI over a folder of linked files (test/fixtures/links)', () => {
    before(ensureBuilt);

    it('reports exactly the broken links, the lower profile and the unlinked algorithm', () => {
      const findings = lintFolder(FIXTURE);
      assert.deepEqual(linkFindings(findings).sort(), [
        'algoritmes/parkeren.algoritme.yaml 15 link/broken',
        'algoritmes/vacatures.algoritme.yaml 11 link/contract-missing',
        'contracten/datavisie.overeenkomst.md 4 link/profile-mismatch',
        'contracten/routes.overeenkomst.md 5 link/broken',
        'contracten/routes.overeenkomst.md 6 link/broken',
      ]);
      const wrongKind = findings.find((f) => f.file === 'contracten/routes.overeenkomst.md' && f.line === 6);
      assert.match(String(wrongKind?.message), /is not an algorithm declaration/);
    });

    it('checks a contract against the profile of its linked declarations', () => {
      const findings = lintFolder(FIXTURE);
      const missing = (file: string): number => findings.filter((f) => f.file === file && f.ruleId === 'contract/missing-clause' && f.severity === 'warning').length;
      // datavisie states overig and covers its three topics, but bijstand (hoog-risico) names it: thirteen more are missing.
      assert.equal(missing('contracten/datavisie.overeenkomst.md'), 13);
      // routes states no profile; routes.algoritme.yaml (hoog-risico) names it: fifteen of sixteen missing, and no note that a profile was assumed.
      assert.equal(missing('contracten/routes.overeenkomst.md'), 15);
      const note = findings.filter((f) => f.file === 'contracten/routes.overeenkomst.md' && f.severity === 'info' && f.ruleId === 'contract/missing-clause');
      assert.deepEqual(note.map((f) => f.message), ["This contract names no risk profile, but the linked algorithm algoritmes/routes.algoritme.yaml has the category 'Hoog-risico AI-systeem'. The contract is therefore checked as high-risk."]);
    });

    it('finds the broken link after a linked contract is renamed', () => {
      const copy = mkdtempSync(path.join(tmpdir(), 'inkooplint-links-'));
      cpSync(FIXTURE, copy, { recursive: true });
      renameSync(path.join(copy, 'contracten', 'datavisie.overeenkomst.md'), path.join(copy, 'contracten', 'datavisie-2026.overeenkomst.md'));
      const findings = linkFindings(lintFolder(copy));
      assert.ok(findings.includes('algoritmes/bijstand.algoritme.yaml 15 link/broken'), findings.join('\n'));
      assert.ok(findings.includes('contracten/routes.overeenkomst.md 6 link/broken'), 'routes.overeenkomst.md listed the old name');
      // schuldhulp was linked only by the renamed contract, which still lists it: still linked.
      assert.ok(!findings.some((f) => f.startsWith('algoritmes/schuldhulp')));
    });
  });
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as l10n from '@vscode/l10n';
import MarkdownIt from 'markdown-it';
import { topicSourceWords } from '../../src/core/contract/catalog/sourceWords';
import { lintContract, looksLikeContractText } from '../../src/core/contractEngine';
import { allRuleMetas, lintDeclaration, looksLikeDeclarationText } from '../../src/core/engine';
import type { Finding } from '../../src/core/finding';
import { classify, coreFileName, kindByName, mightBeOurs } from '../../src/extension/logic/classify';
import { completionPlace } from '../../src/extension/logic/completion';
import { Debouncer, RunTracker, type Timers } from '../../src/extension/logic/debouncer';
import { countFindings, rangeContains, sameDiagnostic, toDiagnosticData } from '../../src/extension/logic/diagnosticData';
import { applyEdits, changedSpan, fixAllEdits, selectFixes } from '../../src/extension/logic/fixAll';
import { disclaimerMarkdown, escapeMarkdown, fieldHoverMarkdown, findingHoverMarkdown, findingTopicId, hoverMarkdowns, type HoveredFinding } from '../../src/extension/logic/hoverText';
import { fieldHelp, keyPathAt, type FieldSchema } from '../../src/extension/logic/keyPath';
import { basenameOf, dirnameOf, foldersUpTo, freeName, isAbsolutePath, isStrictlyInside, resolvePath } from '../../src/extension/logic/paths';
import { resolveExtensionLanguage } from '../../src/extension/l10n';
import { recordYaml, TODAY } from '../helpers/declarations';
import declarationSchema from '../../schemas/declaration.schema.json';

const ROOT = path.join(__dirname, '..', '..');
const SNIFFERS = { looksLikeContractText, looksLikeDeclarationText };
const RECORD = (declarationSchema as unknown as { definitions: { record: FieldSchema } }).definitions.record;

function finding(partial: Partial<Finding> & { offset: [number, number] }): Finding {
  return {
    ruleId: 'declaration/schema',
    severity: 'error',
    message: { nl: 'Fout', en: 'Wrong' },
    range: { start: { line: 0, character: partial.offset[0] }, end: { line: 0, character: partial.offset[1] } },
    docPath: 'docs/rules/declaration/schema.md',
    ...partial,
  };
}

describe('extension logic (no VS Code needed)', () => {
  describe('which files are ours', () => {
    const input = (fileName: string, languageId: string, text: string, matchesExtraGlob = false) => ({ fileName, languageId, text, matchesExtraGlob });

    it('by name', () => {
      assert.equal(kindByName('x.overeenkomst.md'), 'contract');
      assert.equal(kindByName('x.Contract.md'), 'contract');
      assert.equal(kindByName('x.algoritme.yml'), 'declaration');
      assert.equal(kindByName('x.algorithm.json'), 'declaration');
      assert.equal(kindByName('README.md'), undefined);
    });

    it('Markdown by front matter, without loading anything for a plain README', () => {
      assert.equal(mightBeOurs(input('README.md', 'markdown', '# Hello\n')), undefined);
      assert.equal(classify(input('concept.md', 'markdown', '---\ntype: overeenkomst\n---\n# X\n'), SNIFFERS), 'contract');
      assert.equal(classify(input('notes.md', 'markdown', '---\ntype: blog\n---\n# X\n'), SNIFFERS), undefined);
    });

    it('YAML and JSON by content', () => {
      assert.equal(classify(input('record.yaml', 'yaml', recordYaml()), SNIFFERS), 'declaration');
      assert.equal(classify(input('docker-compose.yaml', 'yaml', 'services:\n  web: {}\n'), SNIFFERS), undefined);
      assert.equal(classify(input('Untitled-1', 'json', JSON.stringify([{ name: 'x', organization: 'y', description_short: 'z' }])), SNIFFERS), 'declaration');
      assert.equal(coreFileName('Untitled-1', 'json'), 'Untitled-1.json');
      assert.equal(coreFileName('a.algoritme.yaml', 'yaml'), 'a.algoritme.yaml');
    });
  });

  describe('findings as diagnostics', () => {
    it('maps severity, message language, code and documentation page', () => {
      const data = toDiagnosticData(finding({ offset: [2, 5], severity: 'info' }), 'en');
      assert.deepEqual(data, {
        range: { start: { line: 0, character: 2 }, end: { line: 0, character: 5 } },
        message: 'Wrong',
        severity: 2,
        source: 'inkooplint',
        code: 'declaration/schema',
        docPath: 'docs/rules/declaration/schema.md',
      });
      assert.equal(toDiagnosticData(finding({ offset: [0, 1], severity: 'error' }), 'nl').severity, 0);
      assert.equal(toDiagnosticData(finding({ offset: [0, 1], severity: 'warning' }), 'nl').message, 'Fout');
    });

    it('recognises the diagnostic VS Code hands back to a code action', () => {
      const f = finding({ offset: [2, 5] });
      const diagnostic = { range: f.range, message: 'Wrong', source: 'inkooplint', code: { value: 'declaration/schema', target: 'file:///x' } };
      assert.equal(sameDiagnostic(diagnostic, f, 'en'), true);
      assert.equal(sameDiagnostic({ ...diagnostic, source: 'yaml' }, f, 'en'), false);
      assert.equal(sameDiagnostic(diagnostic, f, 'nl'), false);
    });

    it('ranges and counts', () => {
      const range = { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } };
      assert.equal(rangeContains(range, { line: 1, character: 2 }), true);
      assert.equal(rangeContains(range, { line: 1, character: 3 }), false);
      assert.deepEqual(countFindings([finding({ offset: [0, 1] }), finding({ offset: [0, 1], severity: 'info' })]), { error: 1, warning: 0, info: 1, total: 2 });
    });

    it('real findings of the examples carry a documentation page that ships with the extension', () => {
      const text = readFileSync(path.join(ROOT, 'examples', 'routeplanning.overeenkomst.md'), 'utf8');
      const findings = lintContract(text, { fileName: 'routeplanning.overeenkomst.md' }).findings;
      assert.ok(findings.length > 0);
      for (const f of findings) assert.ok(readFileSync(path.join(ROOT, f.docPath), 'utf8').length > 0, f.docPath);
    });
  });

  describe('debouncing', () => {
    function fakeTimers(): Timers & { fire(): void; count(): number } {
      const pending = new Map<number, () => void>();
      let next = 0;
      return {
        set: (callback) => (pending.set(++next, callback), next),
        clear: (handle) => void pending.delete(handle as number),
        fire: () => {
          const callbacks = [...pending.values()];
          pending.clear();
          callbacks.forEach((callback) => callback());
        },
        count: () => pending.size,
      };
    }

    it('runs once, after the last request, per key', () => {
      const timers = fakeTimers();
      const debouncer = new Debouncer<string>(300, timers);
      const runs: string[] = [];
      debouncer.schedule('a', () => runs.push('a1'));
      debouncer.schedule('a', () => runs.push('a2'));
      debouncer.schedule('b', () => runs.push('b1'));
      assert.equal(timers.count(), 2);
      timers.fire();
      assert.deepEqual(runs, ['a2', 'b1']);
      debouncer.schedule('a', () => runs.push('a3'));
      debouncer.cancel('a');
      timers.fire();
      assert.deepEqual(runs, ['a2', 'b1']);
    });

    it('a stale run knows it is stale', () => {
      const tracker = new RunTracker<string>();
      const first = tracker.start('doc');
      const second = tracker.start('doc');
      assert.equal(tracker.isCurrent('doc', first), false);
      assert.equal(tracker.isCurrent('doc', second), true);
      tracker.invalidate('doc');
      assert.equal(tracker.isCurrent('doc', second), false);
    });

    it('with real timers: 300 ms after the last change', async () => {
      const debouncer = new Debouncer<string>(30);
      let runs = 0;
      debouncer.schedule('a', () => runs++);
      await new Promise((resolve) => setTimeout(resolve, 10));
      debouncer.schedule('a', () => runs++);
      await new Promise((resolve) => setTimeout(resolve, 60));
      assert.equal(runs, 1);
    });
  });

  describe('fix all', () => {
    const edit = (start: number, end: number, newText: string) => ({ offset: [start, end] as [number, number], range: { start: { line: 0, character: start }, end: { line: 0, character: end } }, newText });
    const withFix = (start: number, end: number, newText: string) => finding({ offset: [start, end], fixes: [{ title: { nl: 'x', en: 'x' }, edits: [edit(start, end, newText)] }] });

    it('takes the first fix of each finding and skips overlapping ones', () => {
      const findings = [withFix(0, 3, 'abc'), withFix(2, 4, 'zz'), withFix(5, 6, 'Q'), finding({ offset: [7, 8] })];
      assert.equal(selectFixes(findings).length, 2);
      assert.equal(applyEdits('0123456789', fixAllEdits(findings)), 'abc34Q6789');
    });

    it('fixes the schema finding of a declaration with lang: NLD', () => {
      const text = recordYaml({ lang: 'NLD' });
      const findings = lintDeclaration(text, { fileName: 'a.algoritme.yaml', today: TODAY }).findings;
      const fixed = applyEdits(text, fixAllEdits(findings));
      assert.match(fixed, /lang: nld/);
      assert.equal(lintDeclaration(fixed, { fileName: 'a.algoritme.yaml', today: TODAY }).findings.some((f) => f.ruleId === 'declaration/schema'), false);
    });

    it('the changed span is the smallest single replacement', () => {
      assert.deepEqual(changedSpan('abcdef', 'abXYef'), { start: 2, end: 4, newText: 'XY' });
      assert.deepEqual(changedSpan('aaa', 'aaaa'), { start: 3, end: 3, newText: 'a' });
    });
  });

  describe('hovers', () => {
    it('finds the key under the cursor, also in a list and in a register export', () => {
      const text = 'name: X\nlawful_basis_grouping:\n  - title: Wet\n    link: https://wetten.overheid.nl\ninkooplint:\n  role: beslissend\n';
      const root = lintDeclaration(text, { fileName: 'a.algoritme.yaml', today: TODAY }).document?.root;
      assert.deepEqual(keyPathAt(root, 1), ['name']);
      assert.deepEqual(keyPathAt(root, text.indexOf('link')), ['lawful_basis_grouping', 'link']);
      assert.deepEqual(keyPathAt(root, text.indexOf('role') + 2), ['inkooplint', 'role']);
      assert.equal(keyPathAt(root, text.indexOf('X')), undefined);
      const json = JSON.stringify([{ name: 'a' }, { status: 'In gebruik' }]);
      const jsonRoot = lintDeclaration(json, { fileName: 'export.json', today: TODAY }).document?.root;
      assert.deepEqual(keyPathAt(jsonRoot, json.indexOf('status') + 1), ['status']);
    });

    it('shows the register help text of a key', () => {
      const status = fieldHelp(RECORD, ['status']);
      assert.ok(status);
      assert.equal(status.title, 'Status');
      assert.deepEqual(status.allowed, ['In ontwikkeling', 'In gebruik', 'Buiten gebruik']);
      assert.equal(fieldHelp(RECORD, ['lawful_basis_grouping', 'link'])?.title, 'Link naar wettelijke basis');
      assert.equal(fieldHelp(RECORD, ['inkooplint', 'role'])?.allowed?.length, 3);
      assert.equal(fieldHelp(RECORD, ['no_such_key']), undefined);
      assert.match(fieldHoverMarkdown(status), /\*\*Status\*\* · `status`/);
    });

    it('a finding hover says what, why (with the source) and how to fix, in the chosen language', () => {
      const text = recordYaml({ lang: 'NLD' });
      const f = lintDeclaration(text, { fileName: 'a.algoritme.yaml', today: TODAY }).findings.find((x) => x.ruleId === 'declaration/schema');
      assert.ok(f);
      const meta = allRuleMetas().find((m) => m.id === f.ruleId);
      l10n.config({ contents: {} });
      const en = findingHoverMarkdown(f, meta, 'en', 'file:///docs/rules/declaration/schema.md');
      assert.match(en, /What it checks/);
      assert.match(en, /Why \(source\)/);
      assert.match(en, /How to fix/);
      assert.match(en, /\(file:\/\/\/docs\/rules\/declaration\/schema\.md\)/);
      l10n.config({ contents: JSON.parse(readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.nl.json'), 'utf8')) });
      const nl = findingHoverMarkdown(f, meta, 'nl', 'file:///x.md');
      assert.match(nl, /Wat de regel controleert/);
      assert.match(nl, new RegExp(escapeMarkdown(f.message.nl).slice(0, 20).replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')));
      l10n.config({ contents: {} });
    });

    it('escapes Markdown in messages', () => {
      assert.equal(escapeMarkdown('[x](javascript:y)'), '\\[x\\]\\(javascript:y\\)');
    });

    describe('catalog topics, their sources and the disclaimer', () => {
      const NL_BUNDLE = JSON.parse(readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.nl.json'), 'utf8')) as Record<string, string>;
      const FRONT = (extra = ''): string => `---\ntype: overeenkomst\nleverancier: Algoritmica B.V.\nrisicoprofiel: hoog-risico\n${extra}---\n`;
      const CONTRACT = (front: string): string => `${front}# Overeenkomst Slimme Planning\n\n## Artikel 1 Onderwerp\n\n1.1 De leverancier levert de dienst.\n`;
      /** The words a reader sees: Markdown escapes taken out. */
      const plain = (markdown: string): string => markdown.replace(/\\(.)/g, '$1');
      /** As the hover does it (src/extension/hover.ts): the finding, its rule, and its topic's words from the core. */
      const hovered = (f: Finding, language: 'nl' | 'en'): HoveredFinding => {
        const topicId = findingTopicId(f);
        const topic = topicId ? topicSourceWords(language, topicId) : undefined;
        return { finding: f, meta: allRuleMetas().find((m) => m.id === f.ruleId), docUrl: 'file:///docs/rules/x.md', ...(topic ? { topic } : {}) };
      };
      const inLanguage = <T>(language: 'nl' | 'en', run: () => T): T => {
        l10n.config({ contents: language === 'nl' ? NL_BUNDLE : {} });
        try {
          return run();
        } finally {
          l10n.config({ contents: {} });
        }
      };
      const missingExplainability = (): Finding => {
        const f = lintContract(CONTRACT(FRONT()), { fileName: 'a.overeenkomst.md' }).findings.find((x) => x.ruleId === 'contract/missing-clause' && x.properties?.topic === 'explainability');
        assert.ok(f, 'a missing-clause finding for explainability');
        return f;
      };

      it('a missing-clause hover (English) names the topic and each source with version, date and, for the AI Act, from when it applies', () => {
        const text = inLanguage('en', () => hoverMarkdowns([hovered(missingExplainability(), 'en')], 'en').join('\n\n'));
        const words = plain(text);
        assert.match(words, /\*\*Sources for the topic Explanation of how the algorithm works:\*\*/);
        assert.match(words, /^- \[GIBIT 2023 \(Dutch municipal IT purchasing conditions\), thema Algoritmes: uitlegbaarheid\]\(https:\/\/vng\.nl\/[^)]*\): version 2023 of 5 December 2023$/m);
        assert.match(words, /^- \[MCC-AI \(high-risk\), 2025, Section B, Article 6[^\]]*\]\([^)]*\): version 2025 of 5 March 2025$/m);
        assert.match(words, /^- \[AI Act, Regulation \(EU\) 2024\/1689, art\. 13 [^\]]*\]\(https:\/\/eur-lex[^)]*\): version 2024\/1689 of 13 June 2024, applies from 2 August 2026$/m);
        // Only the AI Act's articles say from when they apply.
        for (const line of words.split('\n').filter((l) => l.startsWith('- '))) assert.equal(/applies from/.test(line), /AI Act/.test(line), line);
      });

      it('a missing-clause hover (Dutch editor) says the same in Dutch', () => {
        const text = inLanguage('nl', () => hoverMarkdowns([hovered(missingExplainability(), 'nl')], 'nl').join('\n\n'));
        const words = plain(text);
        assert.match(words, /\*\*Bronnen bij het onderwerp Uitleg over de werking van het algoritme:\*\*/);
        assert.match(words, /^- \[GIBIT 2023, thema Algoritmes: uitlegbaarheid\]\([^)]*\): versie 2023 van 5 december 2023$/m);
        assert.match(words, /^- \[AI-verordening \(EU\) 2024\/1689, art\. 13 [^\]]*\]\([^)]*\): versie 2024\/1689 van 13 juni 2024, geldt vanaf 2 augustus 2026$/m);
        assert.doesNotMatch(words, /version|applies from|Sources for/);
      });

      it('every hover on findings ends with the disclaimer, once; a key\'s help text alone has none', () => {
        const declaration = lintDeclaration(recordYaml({ lang: 'NLD' }), { fileName: 'a.algoritme.yaml', today: TODAY }).findings.find((x) => x.ruleId === 'declaration/schema');
        assert.ok(declaration);
        const help = fieldHelp(RECORD, ['status']);
        for (const language of ['nl', 'en'] as const) {
          inLanguage(language, () => {
            const disclaimer = language === 'nl' ? 'Deze meldingen zijn een hulpmiddel bij de beoordeling, geen juridisch advies.' : 'These findings are a review aid, not legal advice.';
            assert.equal(plain(disclaimerMarkdown()), `_${disclaimer}_`);
            for (const parts of [hoverMarkdowns([hovered(missingExplainability(), language)], language), hoverMarkdowns([hovered(declaration, language), hovered(missingExplainability(), language)], language, help)]) {
              assert.equal(parts.at(-1), disclaimerMarkdown(), language);
              assert.equal(parts.filter((part) => plain(part).includes(disclaimer)).length, 1, language);
            }
            assert.deepEqual(hoverMarkdowns([], language, help), [fieldHoverMarkdown(help!)]);
          });
        }
      });

      it('contract text in a finding message cannot put a link, an image or HTML in the hover', () => {
        const hostile = '[klik hier](https://evil.example/a) ![x](https://evil.example/x.png) <img src=x onerror=alert(1)> <a href="https://evil.example/b">b</a> **vet**';
        const lint = (text: string): Finding[] => lintContract(text, { fileName: 'a.overeenkomst.md' }).findings;
        const recorded = lint(CONTRACT(FRONT(`afwijkingen:\n  - onderwerp: audit\n    reden: '${hostile}'\n`))).find((x) => x.ruleId === 'contract/missing-clause' && x.properties?.topic === 'audit');
        assert.ok(recorded, 'the recorded deviation is a finding about the audit topic');
        assert.ok(recorded.message.en.includes(hostile), 'the message quotes the contract text');
        const renderer = new MarkdownIt({ html: true });
        for (const language of ['nl', 'en'] as const) {
          const html = inLanguage(language, () => renderer.render(hoverMarkdowns([hovered(recorded, language)], language).join('\n\n')));
          assert.doesNotMatch(html, /<img|<a href="https:\/\/evil|<strong>vet/, language);
          assert.match(html, /\[klik hier\]\(https:\/\/evil\.example\/a\)/, language);
          assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/, language);
          // The topic's own sources are still links.
          assert.match(html, /<a href="https:\/\/eur-lex\.europa\.eu\/eli\/reg\/2024\/1689\/oj">/, language);
        }
      });
    });
  });

  describe('completion in declarations', () => {
    it('a key at the start of a top-level line, a value after the key', () => {
      assert.deepEqual(completionPlace('sta', 3), { kind: 'key', prefix: 'sta' });
      assert.deepEqual(completionPlace('', 0), { kind: 'key', prefix: '' });
      assert.deepEqual(completionPlace('status: In', 10), { kind: 'value', key: 'status', prefix: 'In' });
      assert.deepEqual(completionPlace('status: "', 9), { kind: 'value', key: 'status', prefix: '' });
      assert.equal(completionPlace('  role: x', 9), undefined);
      assert.equal(completionPlace('# comment', 9), undefined);
    });
  });

  describe('language and paths', () => {
    it('setting, then configuration, then VS Code, then Dutch', () => {
      assert.equal(resolveExtensionLanguage('en', 'nl', 'nl'), 'en');
      assert.equal(resolveExtensionLanguage('auto', 'en', 'nl'), 'en');
      assert.equal(resolveExtensionLanguage('auto', undefined, 'en-GB'), 'en');
      assert.equal(resolveExtensionLanguage('auto', undefined, 'de'), 'nl');
      assert.equal(resolveExtensionLanguage(undefined, undefined, undefined), 'nl');
    });

    it('URI paths', () => {
      assert.equal(dirnameOf('/a/b/c.md'), '/a/b');
      assert.equal(dirnameOf('/c.md'), '/');
      assert.equal(basenameOf('/a/b/c.md'), 'c.md');
      assert.deepEqual(foldersUpTo('/w/a/b', '/w'), ['/w/a/b', '/w/a', '/w']);
      assert.deepEqual(foldersUpTo('/elsewhere/x', '/w'), ['/elsewhere/x']);
      assert.equal(isAbsolutePath('C:\\x'), true);
      assert.equal(isAbsolutePath('conf/x.yaml'), false);
      assert.equal(resolvePath('/w/c', 'bijlagen/b.md'), '/w/c/bijlagen/b.md');
      assert.equal(resolvePath('/w/c', '../x\\y.md'), '/w/x/y.md');
      assert.equal(resolvePath('/w/c', '/etc/passwd'), '/etc/passwd');
      assert.equal(isStrictlyInside('/w/c/b.md', '/w/c'), true);
      assert.equal(isStrictlyInside('/w/cd/b.md', '/w/c'), false);
      assert.equal(isStrictlyInside('/w/c', '/w/c'), false);
      assert.equal(freeName('nieuw', '.overeenkomst.md', new Set(['nieuw.overeenkomst.md', 'nieuw-2.overeenkomst.md'])), 'nieuw-3.overeenkomst.md');
    });
  });
});

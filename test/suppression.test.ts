import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lintContract } from '../src/core/contractEngine';
import { allRuleMetas, lintDeclaration } from '../src/core/engine';
import {
  anchorLine,
  applySuppressions,
  commentSyntaxFor,
  disableCommentInsertion,
  findDirectives,
  suppressionMap,
  type CommentSyntax,
} from '../src/core/suppression';
import { recordYaml, TODAY } from './helpers/declarations';

const ROOT = path.join(__dirname, '..');
const RULES = allRuleMetas();

function finding(ruleId: string, line: number): { ruleId: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } } {
  return { ruleId, range: { start: { line, character: 0 }, end: { line, character: 1 } } };
}

function apply(text: string, syntax: CommentSyntax, findings: Array<ReturnType<typeof finding>>): string[] {
  return applySuppressions(findings, text, syntax, RULES).map((f) => `${f.ruleId}@${f.range.start.line}`);
}

function insert(text: string, at: { offset: number; newText: string } | undefined): string {
  assert.ok(at, 'expected an insertion');
  return text.slice(0, at.offset) + at.newText + text.slice(at.offset);
}

describe('disable comments (core/suppression)', () => {
  it('chooses the comment syntax from the file name', () => {
    assert.equal(commentSyntaxFor('a.overeenkomst.md'), 'markdown');
    assert.equal(commentSyntaxFor('a.algoritme.yaml'), 'yaml');
    assert.equal(commentSyntaxFor('a.algoritme.yml'), 'yaml');
    assert.equal(commentSyntaxFor('a.algoritme.json'), 'json');
  });

  describe('YAML', () => {
    const text = [
      'name: x', //                                           0
      '# inkooplint-disable-next-line declaration/schema', // 1
      'lang: NLD', //                                         2
      'status: foo', //                                       3
    ].join('\n');

    it('silences the named rule on the next line only', () => {
      assert.deepEqual(apply(text, 'yaml', [finding('declaration/schema', 2), finding('declaration/schema', 3), finding('declaration/plain-language', 2)]), [
        'declaration/schema@3',
        'declaration/plain-language@2',
      ]);
    });

    it('accepts an alias, several names, commas and a reason after --', () => {
      const t = 'a: 1\n# inkooplint-disable-next-line register-fields, b1-language -- the register allows it\nb: 2\n';
      assert.deepEqual(apply(t, 'yaml', [finding('declaration/schema', 2), finding('declaration/plain-language', 2), finding('declaration/date-consistency', 2)]), [
        'declaration/date-consistency@2',
      ]);
      assert.deepEqual(findDirectives(t, 'yaml')[0].rules, ['register-fields', 'b1-language']);
    });

    it('without a rule name silences every rule', () => {
      const t = '# inkooplint-disable-next-line\nlang: NLD\nx: 1\n';
      assert.deepEqual(apply(t, 'yaml', [finding('declaration/schema', 1), finding('declaration/syntax', 1), finding('declaration/schema', 2)]), ['declaration/schema@2']);
    });

    it('disable-file silences the rule everywhere', () => {
      const t = 'a: 1\nb: 2 # inkooplint-disable-file declaration/plain-language\n';
      assert.deepEqual(apply(t, 'yaml', [finding('declaration/plain-language', 0), finding('declaration/schema', 0)]), ['declaration/schema@0']);
      assert.equal(suppressionMap('# inkooplint-disable-file\n', 'yaml').file, 'all');
    });

    it('covers the lines of a folded text below the key', () => {
      const t = '# inkooplint-disable-next-line b1-language\ngoal: >-\n  een lange tekst\n  die doorloopt\nrisks: x\n';
      assert.deepEqual(apply(t, 'yaml', [finding('declaration/plain-language', 2), finding('declaration/plain-language', 3), finding('declaration/plain-language', 4)]), [
        'declaration/plain-language@4',
      ]);
    });

    it('ignores unknown names and a directive word inside a value', () => {
      assert.deepEqual(apply('# inkooplint-disable-file no-such-rule\na: 1\n', 'yaml', [finding('declaration/schema', 1)]), ['declaration/schema@1']);
      assert.deepEqual(apply("a: 'x#inkooplint-disable-file'\n", 'yaml', [finding('declaration/schema', 0)]), ['declaration/schema@0']);
    });

    it('JSON has no comments: nothing is silenced', () => {
      assert.deepEqual(apply('{"a": "# inkooplint-disable-file"}', 'json', [finding('declaration/schema', 0)]), ['declaration/schema@0']);
      assert.equal(disableCommentInsertion('{}', 'json', 'file', 'declaration/schema', 0), undefined);
    });
  });

  describe('Markdown', () => {
    const text = [
      '---', //                                                              0
      'type: overeenkomst', //                                               1
      '# inkooplint-disable-next-line contract/front-matter', //             2
      'risicoprofiel: onbekend', //                                          3
      '---', //                                                              4
      '', //                                                                 5
      '<!-- inkooplint-disable-next-line no-placeholders -->', //            6
      'De prijs is [BEDRAG].', //                                            7
      'Vanaf [DATUM].', //                                                   8
      '```', //                                                              9
      '<!-- inkooplint-disable-file -->', //                                 10
      '```', //                                                              11
    ].join('\n');

    it('HTML comments in the body, YAML comments in the front matter, none inside code', () => {
      assert.deepEqual(
        apply(text, 'markdown', [finding('contract/front-matter', 3), finding('contract/placeholder', 7), finding('contract/placeholder', 8), finding('contract/numbering', 7)]),
        ['contract/placeholder@8', 'contract/numbering@7'],
      );
    });

    it('a comment spanning lines counts from its last line; disable-file with names', () => {
      const t = '<!--\ninkooplint-disable-next-line contract/placeholder\n-->\n[X]\n<!-- inkooplint-disable-file consistent-numbering -->\n';
      assert.deepEqual(apply(t, 'markdown', [finding('contract/placeholder', 3), finding('contract/numbering', 0), finding('contract/placeholder', 4)]), ['contract/placeholder@4']);
    });
  });

  describe('inserting a comment', () => {
    it('YAML next-line: above the line, with its indentation', () => {
      const t = 'a: 1\ninkooplint:\n  role: x\n';
      assert.equal(insert(t, disableCommentInsertion(t, 'yaml', 'next-line', 'declaration/schema', 2)), 'a: 1\ninkooplint:\n  # inkooplint-disable-next-line declaration/schema\n  role: x\n');
    });

    it('YAML next-line inside a folded text goes above its key', () => {
      const t = 'a: 1\ngoal: >-\n  tekst\n  meer tekst\n';
      assert.equal(anchorLine(t, 'yaml', 3), 1);
      assert.equal(insert(t, disableCommentInsertion(t, 'yaml', 'next-line', 'declaration/plain-language', 3)), 'a: 1\n# inkooplint-disable-next-line declaration/plain-language\ngoal: >-\n  tekst\n  meer tekst\n');
    });

    it('adds the name to a directive that is already there', () => {
      const t = '# inkooplint-disable-next-line declaration/schema\nlang: NLD\n';
      assert.equal(insert(t, disableCommentInsertion(t, 'yaml', 'next-line', 'declaration/syntax', 1)), '# inkooplint-disable-next-line declaration/schema declaration/syntax\nlang: NLD\n');
      const m = '<!-- inkooplint-disable-file contract/placeholder -->\ntext\n';
      assert.equal(insert(m, disableCommentInsertion(m, 'markdown', 'file', 'contract/numbering', 1)), '<!-- inkooplint-disable-file contract/placeholder contract/numbering -->\ntext\n');
    });

    it('Markdown disable-file goes after the front matter; CRLF is kept', () => {
      const t = '---\r\ntype: overeenkomst\r\n---\r\n# Titel\r\n';
      assert.equal(insert(t, disableCommentInsertion(t, 'markdown', 'file', 'contract/placeholder', 3)), '---\r\ntype: overeenkomst\r\n---\r\n<!-- inkooplint-disable-file contract/placeholder -->\r\n# Titel\r\n');
    });

    it('Markdown next-line in the body is an HTML comment; in the front matter a YAML comment', () => {
      const t = '---\ntype: overeenkomst\n---\n\n  - [X]\n';
      assert.equal(insert(t, disableCommentInsertion(t, 'markdown', 'next-line', 'contract/placeholder', 4)), '---\ntype: overeenkomst\n---\n\n  <!-- inkooplint-disable-next-line contract/placeholder -->\n  - [X]\n');
      assert.equal(insert(t, disableCommentInsertion(t, 'markdown', 'next-line', 'contract/front-matter', 1)), '---\n# inkooplint-disable-next-line contract/front-matter\ntype: overeenkomst\n---\n\n  - [X]\n');
    });
  });

  describe('in the engines (so the CLI honours them too)', () => {
    it('lintDeclaration drops the silenced finding and keeps the others', () => {
      const text = recordYaml({ lang: 'NLD' });
      const before = lintDeclaration(text, { fileName: 'a.algoritme.yaml', today: TODAY }).findings;
      const finding = before.find((f) => f.ruleId === 'declaration/schema');
      assert.ok(finding, 'the fixture has a schema finding');
      const insertion = disableCommentInsertion(text, 'yaml', 'next-line', finding.ruleId, finding.range.start.line);
      const after = lintDeclaration(insert(text, insertion), { fileName: 'a.algoritme.yaml', today: TODAY }).findings;
      assert.equal(after.filter((f) => f.ruleId === 'declaration/schema').length, before.filter((f) => f.ruleId === 'declaration/schema').length - 1);
    });

    it('lintContract honours a disable-file comment on the example contract', () => {
      const text = readFileSync(path.join(ROOT, 'examples', 'routeplanning.overeenkomst.md'), 'utf8');
      const before = lintContract(text, { fileName: 'routeplanning.overeenkomst.md' }).findings;
      assert.ok(before.some((f) => f.ruleId === 'contract/placeholder'));
      const insertion = disableCommentInsertion(text, 'markdown', 'file', 'contract/placeholder', 0);
      const edited = insert(text, insertion);
      const after = lintContract(edited, { fileName: 'routeplanning.overeenkomst.md' }).findings;
      assert.equal(after.some((f) => f.ruleId === 'contract/placeholder'), false);
      assert.equal(after.length, before.filter((f) => f.ruleId !== 'contract/placeholder').length);
    });

    it('lintContract honours a next-line comment placed by the insertion', () => {
      const text = readFileSync(path.join(ROOT, 'examples', 'routeplanning.overeenkomst.md'), 'utf8');
      const before = lintContract(text, { fileName: 'routeplanning.overeenkomst.md' }).findings;
      const target = before.find((f) => f.ruleId === 'contract/vague-obligation');
      assert.ok(target);
      const edited = insert(text, disableCommentInsertion(text, 'markdown', 'next-line', target.ruleId, target.range.start.line));
      const after = lintContract(edited, { fileName: 'routeplanning.overeenkomst.md' }).findings;
      assert.equal(after.filter((f) => f.ruleId === 'contract/vague-obligation').length, before.filter((f) => f.ruleId === 'contract/vague-obligation').length - 1);
    });
  });
});

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GROUP_IDS, ITEM_STATUSES, PROGRESS_BUCKETS, SUPPLIER_QUESTION_IDS } from '../../src/core/checklist';
import { messageBundle } from '../../src/core/l10n/messages';
import { ROOT } from './helpers';

describe('checklist words (l10n/checklist.*.json)', () => {
  const keys = (language: 'nl' | 'en') => new Set(Object.keys(messageBundle(language)));

  it('have every message the checklist code asks for, in Dutch and English', () => {
    const wanted = new Set<string>();
    const folders = [path.join(ROOT, 'src', 'core', 'checklist'), path.join(ROOT, 'webview', 'checklist')];
    for (const folder of folders) {
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.ts'))) {
        const source = readFileSync(path.join(folder, name), 'utf8');
        for (const match of source.matchAll(/\b(?:text\(language, |t\(|label\()'([a-z][a-z0-9.-]+)'/g)) wanted.add(match[1].startsWith('checklist.') ? match[1] : `checklist.${match[1]}`);
        for (const match of source.matchAll(/localize\('(checklist\.[a-z0-9.-]+)'/g)) wanted.add(match[1]);
      }
    }
    for (const status of [...ITEM_STATUSES, ...PROGRESS_BUCKETS]) wanted.add(`checklist.status.${status}`);
    for (const group of GROUP_IDS) wanted.add(`checklist.group.${group}`);
    for (const profile of ['hoog-risico', 'impactvol', 'overig']) wanted.add(`checklist.profile.${profile}`);
    for (const blocker of ['unanswered', 'unconfirmed', 'not-met', 'partly', 'nvt-without-reason', 'finding']) wanted.add(`checklist.blocker.${blocker}`);
    for (const severity of ['error', 'warning', 'info']) wanted.add(`checklist.report.severity.${severity}`);
    for (const part of ['article', 'annex']) wanted.add(`checklist.part.${part}`);
    for (const id of SUPPLIER_QUESTION_IDS) for (const field of ['title', 'text', 'help']) wanted.add(`checklist.question.${id.slice('supplier/'.length)}.${field}`);
    assert.ok(wanted.size > 60);
    for (const language of ['nl', 'en'] as const) {
      const have = keys(language);
      assert.deepEqual([...wanted].filter((key) => !have.has(key)), [], language);
    }
  });

  it('use no key outside the checklist. prefix in their files', () => {
    for (const language of ['nl', 'en']) {
      const bundle = JSON.parse(readFileSync(path.join(ROOT, 'l10n', `checklist.${language}.json`), 'utf8')) as Record<string, string>;
      assert.deepEqual(Object.keys(bundle).filter((key) => !key.startsWith('checklist.')), []);
    }
  });
});

/**
 * The checklist page as the panel builds it for a fast first paint (src/extension/checklist/html.ts):
 * the bundle and stylesheet inlined with the nonce, and the first view embedded as an inert JSON
 * data block that no document text can break out of.
 */
import assert from 'node:assert/strict';
import { checklistPage, contentSecurityPolicy, INITIAL_VIEW_ID, jsonForScriptBlock, makeNonce } from '../../src/extension/checklist/html';

const HOSTILE = '</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> & \u2028 \u2029';

describe('checklist page with the bundle inlined and the first view embedded', () => {
  const page = (nonce: string, initial: unknown, inlineScript = 'console.log("bundle")', inlineStyle = 'body { color: red; }') =>
    checklistPage({ cspSource: 'https://file+.vscode-resource.vscode-cdn.net', inlineScript, inlineStyle, initial, nonce, language: 'nl', title: 'Checklist', loadingText: 'Laden…' });

  it('inlines the script and the stylesheet with the nonce only, and allows nothing else inline', () => {
    const nonce = makeNonce();
    const html = page(nonce, { type: 'load', view: { title: 'x' }, dirty: false }, 'console.log("bundle")\n//# sourceMappingURL=checklist.js.map\n');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    assert.deepEqual(scripts, [`<script type="application/json" id="${INITIAL_VIEW_ID}">`, `<script nonce="${nonce}">`]);
    const styles = [...html.matchAll(/<style\b[^>]*>/g)].map((match) => match[0]);
    assert.deepEqual(styles, [`<style nonce="${nonce}">`]);
    assert.doesNotMatch(html, /<link\b/, 'no stylesheet to load');
    assert.doesNotMatch(html, /sourceMappingURL/, 'no source map to fetch');
    assert.doesNotMatch(html, /\sstyle=|\son[a-z]+=/i, 'no style attributes, no inline handlers');
    const csp = contentSecurityPolicy('https://file+.vscode-resource.vscode-cdn.net', nonce, { inlineStyle: true });
    assert.match(csp, new RegExp(`script-src 'nonce-${nonce}';`));
    assert.match(csp, new RegExp(`style-src https://file\\+\\.vscode-resource\\.vscode-cdn\\.net 'nonce-${nonce}';`));
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
  });

  it('embeds hostile document text so that it cannot end the data block, and gives it back unchanged', () => {
    const initial = { type: 'load', view: { title: HOSTILE, groups: [{ entries: [{ notes: HOSTILE }] }] }, dirty: true };
    const html = page(makeNonce(), initial);
    const block = new RegExp(`<script type="application/json" id="${INITIAL_VIEW_ID}">([^<]*)</script>`).exec(html);
    assert.ok(block, 'one data block without any < in it');
    assert.doesNotMatch(block[1], /[<>&\u2028\u2029]/);
    assert.deepEqual(JSON.parse(block[1]), initial);
    assert.equal((html.match(/<\/script>/g) ?? []).length, 2, 'only the two closing tags the page itself writes');
    assert.equal(jsonForScriptBlock('</script>'), '"\\u003c/script\\u003e"');
  });

  it('refuses a bundle or stylesheet that could end its element early', () => {
    const nonce = makeNonce();
    assert.throws(() => page(nonce, undefined, 'const s = "</script><script>alert(1)";'), /<\/script/);
    assert.throws(() => page(nonce, undefined, 'x', 'a { b: c } </style><script>alert(1)</script>'), /<\/style/);
    assert.throws(() => page(nonce, undefined, '<!-- <script>'), /<!--/);
  });

  it('has no data block when there is no first view yet', () => {
    assert.doesNotMatch(page(makeNonce(), undefined), /application\/json/);
  });
});

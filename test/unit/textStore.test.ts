/**
 * Indexed texts leave the heap (engine/textStore.ts): a text file's text is read again from disk when asked for, an
 * extracted text (a web page here) is kept as bytes, and either reads back exactly as indexed, through both the
 * fresh and the persisted index.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkDraft } from '../../server/src/engine/check';
import { loadCorpusCached } from '../../server/src/engine/indexCache';
import { loadCorpus } from '../../server/src/engine/sources';
import { forgetRecentTexts } from '../../server/src/engine/textStore';

const TEXT = 'MOSCOW — The minister said: “We will not be bullied.” He added that talks “go on” ✓ — café.\n';
const HTML = '<html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>The envoy said: “Peace is close, but not yet here.”</p><p>More words follow here in a second paragraph of the page.</p></article></body></html>';

function sourcesDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-textstore-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), TEXT);
  fs.writeFileSync(path.join(dir, 'b.html'), HTML);
  return dir;
}

describe('texts out of the heap', () => {
  it('reads every indexed text back exactly, from disk or from bytes, and quotes still verify with the right spans', () => {
    const dir = sourcesDir();
    const files = ['a.txt', 'b.html'].map((f) => path.join(dir, f));
    const fresh = loadCorpus(files).corpus;
    const direct = files.map((f) => loadCorpus([f]).corpus.articles.at(0).text);
    assert.deepStrictEqual(fresh.articles.map((a) => a.text), direct);
    assert.ok(fresh.articles.at(0).text.includes('café'));
    const result = checkDraft(fresh, 'He said “we will not be bullied” and “peace is close”.', 'plaintext')!;
    assert.deepStrictEqual(result.checks.map((c) => c.status), ['verified', 'verified']);
    const span = result.checks[0].source!;
    assert.strictEqual(span.article.text.slice(span.start, span.end), 'We will not be bullied');
  });

  it('holds no text file in memory (a changed file reads anew, a gone one reads empty) but keeps extracted text', () => {
    const dir = sourcesDir();
    const corpus = loadCorpus(['a.txt', 'b.html'].map((f) => path.join(dir, f))).corpus;
    const [txt, html] = corpus.articles;
    const htmlText = html.text;
    assert.ok(txt.text.includes('bullied'));
    assert.ok(htmlText.includes('Peace is close') && !htmlText.includes('<p>'));
    fs.writeFileSync(path.join(dir, 'a.txt'), TEXT.replace('bullied', 'pushed'));
    fs.rmSync(path.join(dir, 'b.html'));
    assert.ok(txt.text.includes('bullied'), 'a text used recently is kept as a string');
    forgetRecentTexts();
    assert.ok(txt.text.includes('pushed'), 'the text was read from the file again');
    assert.strictEqual(html.text, htmlText, 'the extracted text was kept');
    fs.rmSync(path.join(dir, 'a.txt'));
    forgetRecentTexts();
    assert.strictEqual(txt.text, '');
    assert.strictEqual(html.title, 'Talks');
  });

  it('a text file read without its invisible characters is read from disk again, without them again', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-textstore-'));
    const file = path.join(dir, 'c.md');
    fs.writeFileSync(file, 'The news\u00adpaper’s editor said: “We will not be bullied.”\n');
    const [article] = loadCorpus([file]).corpus.articles;
    assert.strictEqual(article.text, 'The newspaper’s editor said: “We will not be bullied.”\n');
    fs.writeFileSync(file, 'The news\u00adpaper’s editor said: “We will not be pushed.”\n');
    forgetRecentTexts();
    assert.strictEqual(article.text, 'The newspaper’s editor said: “We will not be pushed.”\n', 'read from the file again, and cleaned again');
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-textstore-cache-'));
    await loadCorpusCached([file], cache).save();
    const again = loadCorpusCached([file], cache);
    assert.strictEqual(again.read, 0);
    assert.strictEqual(again.corpus.articles.at(0).text, 'The newspaper’s editor said: “We will not be pushed.”\n');
  });

  it('a persisted index reads its texts on first use and they match a fresh read', async () => {
    const dir = sourcesDir();
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-textstore-cache-'));
    const files = ['a.txt', 'b.html'].map((f) => path.join(dir, f));
    await loadCorpusCached(files, cache).save();
    const again = loadCorpusCached(files, cache);
    assert.strictEqual(again.read, 0);
    assert.deepStrictEqual(again.corpus.articles.map((a) => a.text), loadCorpus(files).corpus.articles.map((a) => a.text));
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { decodeTextFile, parseArticle } from '../../server/src/engine/article';

const root = path.resolve(__dirname, '../../..');

describe('reading source articles', () => {
  it('reads the seed with a " date" header line and the body on the same line', () => {
    const file = path.join(root, 'seeds/003_03f4473717101d32.txt');
    const a = parseArticle(file, fs.readFileSync(file, 'utf8'));
    assert.strictEqual(a.date, '2022-02-15');
    assert.ok(a.text.slice(a.bodyStart).startsWith('Russian Foreign Minister Sergey Lavrov'));
  });

  it('reads the seed with a MOSCOW dateline', () => {
    const file = path.join(root, 'seeds/000_677974a615658906.txt');
    const a = parseArticle(file, fs.readFileSync(file, 'utf8'));
    assert.strictEqual(a.dateline, 'MOSCOW');
    assert.ok(a.text.slice(a.bodyStart).startsWith('Russia’s Foreign Ministry'));
    assert.ok(a.title.startsWith('Russia’s Foreign Ministry confirmed'));
  });

  it('reads YAML front matter', () => {
    const a = parseArticle('x.md', '---\ntitle: "A \\"big\\" day"\ndate: 2019-01-04\nsource: https://e.org/a\n---\n\nBody here.');
    assert.deepStrictEqual([a.title, a.date, a.url], ['A "big" day', '2019-01-04', 'https://e.org/a']);
    assert.strictEqual(a.text.slice(a.bodyStart), 'Body here.');
  });

  it('reads a title/date/url block and an inline dateline', () => {
    const a = parseArticle('x.txt', 'Title: Talks end\nDate: March 3, 2021\nURL: https://e.org/b\n\nGENEVA (Reuters) — Talks ended.');
    assert.deepStrictEqual([a.title, a.date, a.url, a.dateline], ['Talks end', 'March 3, 2021', 'https://e.org/b', 'GENEVA']);
    assert.strictEqual(a.text.slice(a.bodyStart), 'Talks ended.');
  });

  it('refuses binary, wrongly encoded and huge files with a reason', () => {
    assert.match((decodeTextFile(new Uint8Array([0x50, 0x4b, 0, 0, 1])) as { reason: string }).reason, /binary/);
    assert.match((decodeTextFile(new Uint8Array([0x61, 0xe9, 0x62])) as { reason: string }).reason, /UTF-8/);
    assert.match((decodeTextFile(new Uint8Array(100), 10) as { reason: string }).reason, /too large/);
  });

  it('decodes UTF-16 with a byte order mark and drops a UTF-8 BOM', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('“Hi”', 'utf16le')]);
    assert.deepStrictEqual(decodeTextFile(utf16), { ok: true, text: '“Hi”' });
    assert.deepStrictEqual(decodeTextFile(Buffer.from('\ufeffabc', 'utf8')), { ok: true, text: 'abc' });
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readArticle } from '../../server/src/engine/sources';
import { runCli } from '../support/cli';

describe('broken and hostile drafts (CLI)', function () {
  this.timeout(60000);

  it('checks a draft with thousands of quotes, CRLF, deep nesting, one-character quotes and emoji, with exact ranges', () => {
    const parts: string[] = [];
    for (let i = 0; i < 1500; i++) {
      parts.push(`Para ${i} 😀 café: “We hope that this can be avoided,” she said. “x” and "y".\r\n`);
      if (i % 100 === 0) parts.push('“' + 'nested “'.repeat(60) + 'deep' + '”'.repeat(61) + '\r\n\r\n');
      if (i % 250 === 0) parts.push('An unterminated “quote runs on\r\n\r\n');
    }
    const text = parts.join('');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-big-')), 'big.md');
    fs.writeFileSync(file, text);
    const r = runCli(['check', file, '--format', 'json'], { maxBuffer: 512 * 1024 * 1024 });
    assert.strictEqual(r.code, 0, r.stderr.slice(0, 500));
    const out = JSON.parse(r.stdout);
    const lines = text.split(/\r\n|\r|\n/);
    const quotes = out.files[0].quotes as Array<{ text: string; status: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }>;
    assert.ok(quotes.length >= 4500, `found ${quotes.length}`);
    for (const q of quotes.filter((x) => x.text.startsWith('We hope'))) {
      assert.strictEqual(q.status, 'verified');
      assert.strictEqual(lines[q.range.start.line].slice(q.range.start.character, q.range.end.character), 'We hope that this can be avoided,');
    }
    assert.ok(out.files[0].diagnostics.some((d: { code: string }) => d.code === 'unterminated-quote'));
  });

  it('a source deleted between listing and reading is skipped with the reason', () => {
    const r = readArticle(path.join(os.tmpdir(), 'verbatim-no-such-file.txt'));
    assert.ok('reason' in r && /could not be read \(ENOENT\)/.test(r.reason));
  });

  it('reads sources of every size whole, each on its own, and refuses one over the limit with its size', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-sizes-'));
    try {
      // Around the reader's 64 KB buffer, and a source far past it; a small one after a big one keeps nothing of it.
      const sizes = [10, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 1_300_000, 40];
      const texts = sizes.map((size, i) => {
        // ASCII, so that sizes in characters are sizes in bytes; the big one ends in a two-byte character.
        const sentence = `Source ${i} says "word ${i}". `;
        return (sentence.repeat(Math.ceil(size / sentence.length)) + (size > 1e6 ? 'É' : '')).slice(-size);
      });
      texts.forEach((text, i) => fs.writeFileSync(path.join(dir, `s${i}.txt`), text));
      texts.forEach((text, i) => {
        const article = readArticle(path.join(dir, `s${i}.txt`));
        assert.ok(!('reason' in article), `s${i}: ${'reason' in article ? article.reason : ''}`);
        assert.strictEqual(article.text, text, `s${i}.txt read whole`);
      });
      const small = readArticle(path.join(dir, 's5.txt'), 1_000_000);
      assert.ok(!('reason' in small) && small.text === texts[5]);
      const big = readArticle(path.join(dir, 's4.txt'), 1_000_000);
      const bigMB = (fs.statSync(path.join(dir, 's4.txt')).size / 1048576).toFixed(1);
      assert.ok('reason' in big && big.reason.startsWith(`too large (${bigMB} MB, limit 0.95`), 'reason' in big ? big.reason : '');
      const justOver = readArticle(path.join(dir, 's0.txt'), 9);
      assert.ok('reason' in justOver && /too large \(0\.0 MB/.test(justOver.reason));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

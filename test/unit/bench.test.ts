/**
 * The benchmark's corpus generator (bench/generate.ts): the same seed gives the same archive and drafts, and every
 * planted quotation is what it claims to be.
 */
import * as assert from 'assert';
import { defaultPoolDir, generateArticle, generateDraft, loadPool } from '../../bench/generate';
import { tokenize } from '../../server/src/engine/text';
import { ROOT } from '../support/corpora';

const words = (s: string) => tokenize(s).map((t) => t.norm).join(' ');

describe('benchmark corpus generator', () => {
  const pool = loadPool(defaultPoolDir(ROOT));

  it('builds its sentence pool from the real Wikinews sample', () => {
    assert.ok(pool.sentences.length > 1000, `${pool.sentences.length} sentences`);
    assert.ok(pool.names.length > 100);
  });

  it('gives the same articles and drafts for the same seed, and others for another seed', () => {
    for (const i of [0, 1, 4999]) assert.deepStrictEqual(generateArticle(pool, 7, i), generateArticle(pool, 7, i));
    assert.notStrictEqual(generateArticle(pool, 7, 3).text, generateArticle(pool, 8, 3).text);
    assert.notStrictEqual(generateArticle(pool, 7, 3).text, generateArticle(pool, 7, 4).text);
    const a = generateDraft(pool, 7, 500, 1, { words: 2000, quotes: 20 });
    assert.deepStrictEqual(generateDraft(pool, 7, 500, 1, { words: 2000, quotes: 20 }), a);
    assert.notStrictEqual(generateDraft(pool, 7, 500, 2, { words: 2000, quotes: 20 }).text, a.text);
  });

  it('plants quotations taken from the generated articles: verbatim ones as they stand, misquotes changed', () => {
    const draft = generateDraft(pool, 7, 500, 1, { words: 3000, quotes: 30 });
    assert.strictEqual(draft.quotes.length, 30);
    assert.ok(draft.text.split(/\s+/).length >= 2500);
    for (const q of draft.quotes) {
      const index = Number(q.article.match(/(\d{6})-/)![1]);
      const article = generateArticle(pool, 7, index);
      assert.ok(words(article.text).includes(words(q.original)), `${q.original} is in ${q.article}`);
      assert.ok(draft.text.includes(`“${q.text}”`));
      if (q.expected === 'verified') assert.strictEqual(q.text, q.original);
      else assert.notStrictEqual(words(q.text), words(q.original));
    }
    const kinds = new Set(draft.quotes.map((q) => q.expected));
    assert.deepStrictEqual([...kinds].sort(), ['misquote', 'verified']);
  });
});

import * as assert from 'assert';
import { checkDraft } from '../../server/src/engine/check';
import { corpusOf, SEEDS_DIR, WIKINEWS_DIR } from '../support/corpora';

describe('false alarms on real copy', () => {
  it('verifies every quotation of every source article when the article itself is checked as a draft', function () {
    this.timeout(60000);
    const corpus = corpusOf(SEEDS_DIR, WIKINEWS_DIR);
    let quotes = 0;
    const wrong: string[] = [];
    for (const article of corpus.articles) {
      const result = checkDraft(corpus, article.text, /\.md$/.test(article.path) ? 'markdown' : 'plaintext')!;
      for (const c of result.checks) {
        quotes++;
        if (c.status !== 'verified') wrong.push(`${article.path}: ${c.status} "${c.quote.text.slice(0, 80)}"`);
      }
    }
    assert.ok(quotes > 600, `expected the corpus to hold over 600 quotations, found ${quotes}`);
    assert.deepStrictEqual(wrong, []);
  });
});

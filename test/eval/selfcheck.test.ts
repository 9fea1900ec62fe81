import * as assert from 'assert';
import { SourceQuotes } from '../../server/src/engine/attribution';
import { checkDraft } from '../../server/src/engine/check';
import { buildNameIndex } from '../../server/src/engine/names';
import { analyzeDraft } from '../../server/src/features/common';
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

  it('gives no attribution finding on any quotation of the source articles checked as drafts', function () {
    this.timeout(60000);
    const corpus = corpusOf(SEEDS_DIR, WIKINEWS_DIR);
    const names = buildNameIndex(corpus);
    const sourceQuotes = new SourceQuotes(corpus, names);
    const found: string[] = [];
    for (const article of corpus.articles) {
      const format = /\.md$/.test(article.path) ? 'markdown' : 'plaintext';
      const analysis = analyzeDraft({ uri: 'file:///draft', version: 1, text: article.text, format }, corpus, { minQuoteWords: 2 }, undefined, { names, sourceQuotes })!;
      for (const f of analysis.attributions) {
        found.push(`${article.path}: ${f.kind} "${f.check.quote.text.slice(0, 60)}" (draft: ${f.draftSpeaker?.text ?? '-'}, source: ${f.sourceSpeaker?.text ?? '-'})`);
      }
    }
    assert.deepStrictEqual(found, []);
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Article } from '../../server/src/engine/article';
import { SourceQuotes } from '../../server/src/engine/attribution';
import { Corpus } from '../../server/src/engine/corpus';
import { loadKnowledge, saveKnowledge, SourceKnowledge } from '../../server/src/engine/knowledgeCache';
import { buildNameIndex, Entity } from '../../server/src/engine/names';
import { corpusOf, SEEDS_DIR, WIKINEWS_DIR } from '../support/corpora';

/** The knowledge as plain data: articles by place, entities by id, so two builds can be compared. */
function plain(k: SourceKnowledge, corpus: Corpus): unknown {
  const place = new Map<Article, number>();
  for (let i = 0; i < corpus.articles.length; i++) place.set(corpus.articles.at(i), i);
  const ids = (es: Entity[]) => es.map((e) => e.id);
  const entities = k.names.entities.map((e) => ({
    ...e,
    roles: e.roles.map((r) => ({ ...r, article: place.get(r.article) })),
    mentions: e.mentions.map((m) => ({ ...m, article: place.get(m.article) })),
  }));
  const forms = [...k.names.forms()].map(([key, es]) => [key, ids(es)]).sort();
  const quotes = [];
  for (let i = 0; i < corpus.articles.length; i++) {
    for (const q of k.sourceQuotes.quotesOf(corpus.articles.at(i))) {
      quotes.push([i, q.quote, q.speaker && { ...q.speaker, entities: ids(q.speaker.entities) }]);
    }
  }
  return { entities, forms, quotes };
}

describe('saved names and quotes of the sources (knowledgeCache)', () => {
  let dir: string;
  let corpus: Corpus;
  let built: SourceKnowledge;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-knowledge-'));
    corpus = corpusOf(SEEDS_DIR, WIKINEWS_DIR);
    const names = buildNameIndex(corpus);
    built = { names, sourceQuotes: new SourceQuotes(corpus, names) };
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads back what it saved: every entity, form, role, mention and attributed quote of 173 articles', async () => {
    const leftOver = path.join(dir, 'source-knowledge.v1.jsonl.12345.tmp'); // from a server stopped while writing
    fs.writeFileSync(leftOver, 'half a file');
    assert.ok(await saveKnowledge(dir, 'generation-1', corpus, built));
    assert.deepStrictEqual(fs.readdirSync(dir), ['source-knowledge.v1.jsonl'], 'only the file: the left-over is gone');
    const read = await loadKnowledge(dir, 'generation-1', corpus);
    assert.ok(read, 'read back');
    const want = plain(built, corpus) as { entities: unknown[]; quotes: unknown[] };
    assert.ok(want.entities.length > 500 && want.quotes.length > 500, 'a real amount of knowledge');
    assert.deepStrictEqual(plain(read, corpus), want);
    // Looked up as the features do: by any form, and the quotes a source gives someone.
    const lavrov = read.names.find('Lavrov');
    assert.deepStrictEqual(lavrov.map((e) => e.name), built.names.find('Lavrov').map((e) => e.name));
    assert.strictEqual(read.sourceQuotes.quotesBy(lavrov[0]).length, built.sourceQuotes.quotesBy(built.names.find('Lavrov')[0]).length);
  });

  it('reads nothing saved for another version of the index, another corpus, or a damaged file', async () => {
    assert.ok(await saveKnowledge(dir, 'generation-2', corpus, built));
    assert.strictEqual(await loadKnowledge(dir, 'generation-1', corpus), undefined, 'another generation of the index');
    assert.strictEqual(await loadKnowledge(dir, 'generation-2', corpusOf(SEEDS_DIR)), undefined, 'another corpus');
    assert.ok(await loadKnowledge(dir, 'generation-2', corpus), 'the right one');
    assert.strictEqual(await loadKnowledge(dir, 'generation-2', corpus, () => true), undefined, 'no longer wanted');
    const file = path.join(dir, fs.readdirSync(dir).find((f) => f.startsWith('source-knowledge'))!);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.slice(0, text.length / 2));
    assert.strictEqual(await loadKnowledge(dir, 'generation-2', corpus), undefined, 'a file cut short');
    fs.writeFileSync(file, text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1));
    assert.strictEqual(await loadKnowledge(dir, 'generation-2', corpus), undefined, 'a file cut short at a line end');
    fs.writeFileSync(file, text.replace('"e",', '"x",'));
    assert.strictEqual(await loadKnowledge(dir, 'generation-2', corpus), undefined, 'a damaged line');
    assert.strictEqual(await loadKnowledge(path.join(dir, 'missing'), 'generation-2', corpus), undefined, 'no file');
  });
});

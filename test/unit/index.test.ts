/**
 * The source index at scale: the fast token scanner agrees with `tokenize`, places are found among thousands of
 * near-duplicates, the persisted index is reused only while a source is unchanged, and the per-quote cache returns
 * exactly what a fresh check returns.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { Article, parseArticle } from '../../server/src/engine/article';
import { checkDraft, QuoteCheck } from '../../server/src/engine/check';
import { compactWords, Corpus, expandWords, WORD_ESCAPE } from '../../server/src/engine/corpus';
import { loadCorpusCached, openPersistedIndex } from '../../server/src/engine/indexCache';
import { checkDraftStepsCached } from '../../server/src/engine/quoteCache';
import { DraftFormat } from '../../server/src/engine/quotes';
import { loadCorpus, readArticle, rereadText } from '../../server/src/engine/sources';
import { ParallelReader } from '../../server/src/engine/parallelLoad';
import { RawWordTable } from '../../server/src/engine/rawWordTable';
import { StoredVocabulary, storeWords } from '../../server/src/engine/vocabulary';
import { runToEnd } from '../../server/src/engine/steps';
import { makeFormatsWorkspace } from '../formats/fixtures';
import { tokenize } from '../../server/src/engine/text';
import { scanTokens } from '../../server/src/engine/tokenScan';
import { corpusOf, ROOT, SEEDS_DIR, WIKINEWS_DIR } from '../support/corpora';

function scanned(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  scanTokens(text, 0, (s, e) => out.push([s, e]));
  return out;
}
const tokenized = (text: string) => tokenize(text).map((t): [number, number] => [t.start, t.end]);

function runAll<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

describe('token scanner', () => {
  it('reads invisible joiners inside a word as nothing, and a zero-width space as a break between words', () => {
    assert.deepStrictEqual(tokenize('news\u00adpaper Xtra\u200d\'s word\u2060less').map((t) => t.norm), ['newspaper', "xtra's", 'wordless']);
    assert.deepStrictEqual(tokenize('rise\u200btonight \u00ad').map((t) => t.norm), ['rise', 'tonight']);
    assert.deepStrictEqual(scanned('news\u00adpaper'), [[0, 10]]);
  });

  it('finds exactly the tokens of tokenize in every fixture article and draft', () => {
    const texts = [SEEDS_DIR, WIKINEWS_DIR, path.join(ROOT, 'test/devset/drafts')].flatMap((d) =>
      fs.readdirSync(d).map((f) => fs.readFileSync(path.join(d, f), 'utf8')),
    );
    assert.ok(texts.length > 180);
    for (const text of texts) assert.deepStrictEqual(scanned(text), tokenized(text));
  });

  it('agrees with tokenize on text built from the characters that make tokens tricky', () => {
    const piece = fc.constantFrom(
      'a', 'Z', 'é', 'e\u0301', 'ß', 'Ж', '中', '𝐀', '😀', '1', '٣', '½', "'", '’', 'ʼ', '[', ']', '.', ',', ' ', '-', '\n',
      '[T]he', 'con[c]essions', 'shocking[ly]', '1,000.5', '3.5km', "don't", '[abcd]', '[', '\u200d', '\ud800',
      // Invisible characters: joiners inside words, a zero-width space between them.
      '\u00ad', '\u2060', '\ufeff', '\u200b',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        assert.deepStrictEqual(scanned(text), tokenized(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('raw word table (word ids looked up in place)', () => {
  it('gives every span the id a Map keyed by the sliced text gives, across texts, growth and hash collisions', () => {
    const piece = fc.constantFrom('a', 'b', 'é', 'e\u0301', 'Ж', '😀', '\ud800', "'", '1', 'ab', 'ba', 'the', 'The');
    fc.assert(
      fc.property(fc.array(fc.array(piece, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 400 }), (words) => {
        const table = new RawWordTable();
        const expected = new Map<string, number>();
        // Each word is looked up inside a longer text, as the scanner does, with noise on both sides.
        for (const [k, parts] of words.entries()) {
          const word = parts.join('');
          const text = `x${k} ${word} y`;
          const start = text.indexOf(' ') + 1;
          const end = start + word.length;
          const want = expected.get(word) ?? -1;
          assert.strictEqual(table.get(text, start, end), want, `lookup of ${JSON.stringify(word)}`);
          if (want < 0) {
            table.set(text, start, end, k);
            expected.set(word, k);
          }
        }
        assert.strictEqual(table.size, expected.size);
      }),
      { numRuns: 300 },
    );
    // Past its first sizes: 20,000 distinct words, each found again afterwards.
    const table = new RawWordTable();
    const text = Array.from({ length: 20000 }, (_, k) => `w${k.toString(36)}`).join(' ');
    const spans = [...text.matchAll(/\S+/g)].map((m) => [m.index!, m.index! + m[0].length]);
    spans.forEach(([s, e], k) => table.set(text, s, e, k));
    spans.forEach(([s, e], k) => assert.strictEqual(table.get(text, s, e), k));
    assert.strictEqual(table.get('zzzz', 0, 4), -1);
  });
});

describe('candidate search on a big archive', () => {
  it('finds the one place a misquote comes from among 2,500 near-duplicates with the same common words', () => {
    const articles = [];
    for (let i = 0; i < 2500; i++) {
      articles.push(parseArticle(`/a/${i}.txt`, `Title: Filler ${i}\n\nA week after the vote, an election rally was held and Officer${i} said that it went well.`));
    }
    articles.push(parseArticle('/a/true.txt', 'Title: The one\n\nIt was a week after an election rally, Richard said, that the vote came.'));
    const corpus = new Corpus(articles);
    const draft = 'She wrote that “a week after an election rally, Foreign said” it came.';
    const [check] = checkDraft(corpus, draft, 'plaintext')!.checks;
    assert.strictEqual(check.status, 'misquote');
    assert.strictEqual(check.source!.article.path, '/a/true.txt');
    assert.strictEqual(check.fix, 'a week after an election rally, Richard said');
    const verbatim = checkDraft(corpus, 'She wrote “an election rally was held and Officer1234 said that it went well”.', 'plaintext')!.checks[0];
    assert.strictEqual(verbatim.status, 'verified');
    assert.deepStrictEqual(verbatim.sources.map((s) => s.article.path), ['/a/1234.txt']);
  });
});

describe('16-bit forward index (compactWords)', () => {
  it('gives back every id of any range, below, at and past 65,535', () => {
    const id = fc.oneof(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 65_530, max: 65_540 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }));
    fc.assert(
      fc.property(fc.array(id, { maxLength: 300 }), fc.nat(), fc.nat(), (ids, x, y) => {
        const wordOf = Int32Array.from(ids);
        const words = compactWords(wordOf);
        const from = ids.length ? x % ids.length : 0;
        const to = from + (ids.length ? y % (ids.length - from + 1) : 0);
        const out = new Int32Array(to - from);
        expandWords(words, from, to, out);
        assert.deepStrictEqual(Array.from(out), ids.slice(from, to));
        assert.strictEqual(words.escapedAt.length, ids.filter((i) => i >= WORD_ESCAPE).length);
      }),
    );
  });
});

describe('stored word list (vocabulary.ts)', () => {
  it('finds the id of every word and no id for a word it lacks, in any script', () => {
    const word = fc.string({ unit: fc.oneof(fc.constantFrom('a', 'é', 'ß', '東', '’', '-', '1'), fc.constantFrom('😀', 'Ω')), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 200 }), word, (words, other) => {
        const vocabulary = new StoredVocabulary(storeWords(words));
        assert.strictEqual(vocabulary.length, words.length);
        words.forEach((w, id) => {
          assert.strictEqual(vocabulary.idOf(w), id, w);
          assert.strictEqual(vocabulary.word(id), w);
        });
        if (!words.includes(other)) assert.strictEqual(vocabulary.idOf(other), -1);
        assert.deepStrictEqual(vocabulary.all(), words);
      }),
    );
  });
});

describe('persisted index (indexCache)', () => {
  let dir: string;
  let cacheDir: string;
  let files: string[];
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  const draft = 'They said “the harbour will reopen in June after repairs” and “the bridge stays closed until the spring floods pass”.';
  const statuses = (corpus: Corpus) => checkDraft(corpus, draft, 'plaintext')!.checks.map((c) => `${c.status}@${c.source ? path.basename(c.source.article.path) : '-'}`);

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-index-'));
    cacheDir = path.join(dir, '.cache');
    files = [
      write('a.txt', 'Title: Harbour\n\nThe mayor said the harbour will reopen in June after repairs.'),
      write('b.md', '---\ntitle: Bridge\ndate: 2024-03-01\n---\n\nEngineers said the bridge stays closed until the spring floods pass.'),
      write('c.txt', 'Title: Other\n\nNothing to see here.'),
      write('d.txt', Buffer.from([0x00, 0x01, 0x02]).toString('latin1')),
    ];
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads no source again while none changed, and gives the same results and texts', async () => {
    const first = loadCorpusCached(files, cacheDir);
    assert.deepStrictEqual([first.read, first.reused], [4, 0]);
    assert.deepStrictEqual(first.skipped.map((s) => path.basename(s.path)), ['d.txt']);
    await first.save();
    const second = loadCorpusCached(files, cacheDir);
    assert.deepStrictEqual([second.read, second.reused], [0, 4]);
    assert.deepStrictEqual(second.skipped, first.skipped, 'an unusable file is remembered with its reason');
    assert.deepStrictEqual(statuses(second.corpus), ['verified@a.txt', 'verified@b.md']);
    assert.deepStrictEqual(statuses(second.corpus), statuses(loadCorpus(files).corpus));
    const b = second.corpus.articles.at(1);
    assert.deepStrictEqual([b.title, b.date], ['Bridge', '2024-03-01']);
    assert.strictEqual(b.text, fs.readFileSync(files[1], 'utf8'), 'the text is read from the file when asked for');
  });

  it('reads a source again when its modification time changes, and drops a removed one', async () => {
    await loadCorpusCached(files, cacheDir).save();
    fs.writeFileSync(files[0], 'Title: Harbour\n\nThe mayor said the harbour will never reopen in June after repairs.');
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(files[0], later, later);
    const again = loadCorpusCached(files.slice(0, 3), cacheDir);
    assert.deepStrictEqual([again.read, again.reused], [1, 2]);
    assert.deepStrictEqual(statuses(again.corpus), ['misquote@a.txt', 'verified@b.md']);
    await again.save();
    const third = loadCorpusCached(files.slice(0, 3), cacheDir);
    assert.deepStrictEqual([third.read, third.reused], [0, 3]);
    assert.deepStrictEqual(statuses(third.corpus), ['misquote@a.txt', 'verified@b.md']);
  });

  it('reads the persisted index from disk as lookups need it, with the same results as a fresh index', async () => {
    // 173 articles: a forward index and postings of many pages, so reads cross page edges.
    const sources = [WIKINEWS_DIR, SEEDS_DIR].flatMap((d) => fs.readdirSync(d).map((f) => path.join(d, f)));
    const fresh = loadCorpus(sources).corpus;
    await loadCorpusCached(sources, cacheDir).save();
    const persisted = loadCorpusCached(sources, cacheDir);
    assert.strictEqual(persisted.read, 0);
    const where = (corpus: Corpus, text: string, format: DraftFormat) =>
      checkDraft(corpus, text, format)!.checks.map((c) => [c.status, c.source && path.basename(c.source.article.path), c.source?.start, c.source?.end, c.fix]);
    const draftsDir = path.join(ROOT, 'test/devset/drafts');
    for (const name of fs.readdirSync(draftsDir)) {
      const text = fs.readFileSync(path.join(draftsDir, name), 'utf8');
      const format: DraftFormat = name.endsWith('.md') ? 'markdown' : 'plaintext';
      assert.deepStrictEqual(where(persisted.corpus, text, format), where(fresh, text, format), name);
    }
    // Everything read back (as when the index is written again) is the fresh index, array for array.
    const a = fresh.arrays();
    const b = persisted.corpus.arrays();
    for (const key of Object.keys(a) as Array<keyof typeof a>) assert.deepStrictEqual(b[key], a[key], key);
  });

  it('opens a trusted index with every article field, skipped source and path as read fresh (paths in any script)', async () => {
    files.push(write('été – 東京.md', '---\ntitle: Été\nurl: https://example.org/été\n---\n\nToday the council said “rates stay put”.'));
    const selection = 'same choice';
    const fresh = loadCorpus(files);
    await loadCorpusCached(files, cacheDir, undefined, selection).save();
    assert.strictEqual(openPersistedIndex(cacheDir, 'another choice'), undefined, 'an index made for other sources is not trusted');
    const opened = openPersistedIndex(cacheDir, selection)!;
    const keys: Array<keyof Article> = ['path', 'text', 'bodyStart', 'title', 'date', 'url', 'dateline', 'format', 'byline', 'extracted', 'origins', 'pages', 'cues'];
    const fields = (a: Article) => keys.map((k) => JSON.stringify(a[k]));
    assert.deepStrictEqual(opened.corpus.articles.map(fields), fresh.corpus.articles.map(fields));
    // Articles are made on first use, once: the same object every time (quotes and names are keyed by it).
    assert.strictEqual(opened.corpus.articles.at(1), opened.corpus.articles.at(1));
    assert.strictEqual(opened.corpus.articleAt(0), opened.corpus.articles.at(0));
    assert.throws(() => opened.corpus.articles.at(opened.corpus.articles.length), RangeError);
    assert.deepStrictEqual(opened.skipped, fresh.skipped);
    for (const f of files) assert.ok(opened.isSource(f), f);
    assert.ok(!opened.isSource(path.join(dir, 'draft.md')) && !opened.isSource('/elsewhere/a.txt'));
    assert.deepStrictEqual(statuses(opened.corpus), statuses(fresh.corpus));
  });

  it('keeps word ids past 65,535 exact in its 16-bit forward index, fresh, reopened and partly re-read', async () => {
    // 70,000 distinct words: the last ones seen get ids that do not fit in 16 bits and are stored as escapes.
    const word = (k: number) => 'zq' + k.toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[Number(d)]);
    const sentences = (from: number, to: number) => {
      const out: string[] = [];
      for (let k = from; k < to; k += 10) out.push(Array.from({ length: Math.min(10, to - k) }, (_, j) => word(k + j)).join(' ') + '.');
      return out.join(' ');
    };
    const big = [
      write('w1.txt', `Title: One\n\n${sentences(0, 40_000)}`),
      write('w2.txt', `Title: Two\n\n${sentences(40_000, 70_000)} The minister said the harbour stays open.`),
      write('w3.txt', `Title: Three\n\n${sentences(60_000, 70_000)}`),
    ];
    const quoted = `She said “${word(69_990)} ${word(69_991)} ${word(69_992)} ${word(69_993)} ${word(69_994)}” and “${word(65_530)} ${word(65_531)} ${word(65_599)} ${word(65_533)} ${word(65_534)} ${word(65_535)} ${word(65_536)}”.`;
    const results = (corpus: Corpus) => checkDraft(corpus, quoted, 'plaintext')!.checks.map((c) => [c.status, c.source && path.basename(c.source.article.path), c.source?.start, c.fix]);
    const fresh = loadCorpus(big).corpus;
    assert.ok(fresh.wordId(word(69_999)) > 65_535, 'the test needs ids past 16 bits');
    await loadCorpusCached(big, cacheDir).save();
    const persisted = loadCorpusCached(big, cacheDir);
    assert.strictEqual(persisted.read, 0);
    assert.deepStrictEqual(results(persisted.corpus), results(fresh));
    assert.deepStrictEqual(results(fresh).map((r) => r[0]), ['verified', 'misquote']);
    for (let pos = 0; pos < fresh.size; pos += 97) assert.strictEqual(persisted.corpus.wordIdAt(pos), fresh.wordIdAt(pos), `position ${pos}`);
    const a = fresh.arrays();
    const b = persisted.corpus.arrays();
    for (const key of Object.keys(a) as Array<keyof typeof a>) assert.deepStrictEqual(b[key], a[key], key);
    // One source changed: the others' words come from the persisted forward index, escapes and all.
    fs.appendFileSync(big[2], ' An added line.');
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(big[2], later, later);
    const partly = loadCorpusCached(big, cacheDir);
    assert.deepStrictEqual([partly.read, partly.reused], [1, 2]);
    assert.deepStrictEqual(results(partly.corpus), results(loadCorpus(big).corpus));
  });

  it('reads everything when the cache file is damaged, and never fails because of it', async () => {
    await loadCorpusCached(files, cacheDir).save();
    const cacheFile = path.join(cacheDir, fs.readdirSync(cacheDir)[0]);
    fs.truncateSync(cacheFile, 200);
    const load = loadCorpusCached(files, cacheDir);
    assert.deepStrictEqual([load.read, load.reused], [4, 0]);
    assert.deepStrictEqual(statuses(load.corpus), ['verified@a.txt', 'verified@b.md']);
  });
});

describe('indexing on worker threads (parallelLoad)', () => {
  it('builds exactly the index one thread builds, with the same articles, texts and skipped files, in every format', async function () {
    this.timeout(120_000);
    const formats = await makeFormatsWorkspace();
    try {
      const files = [
        ...fs.readdirSync(WIKINEWS_DIR).map((f) => path.join(WIKINEWS_DIR, f)),
        ...fs.readdirSync(path.join(formats, 'sources')).map((f) => path.join(formats, 'sources', f)),
      ];
      const alone = loadCorpus(files); // under PARALLEL_MIN_FILES: read on this thread
      const corpus = new Corpus();
      const reader = ParallelReader.start(files, readArticle, { workers: 2, minFiles: 1 })!;
      assert.ok(reader, 'the workers start');
      const readHere = () => assert.fail('every file is answered by a worker');
      const skipped = files.map(() => runToEnd(reader.addNext(corpus, rereadText, readHere))).filter((r) => 'reason' in r);
      reader.close();
      assert.deepStrictEqual(skipped, alone.skipped);
      const a = alone.corpus.arrays();
      const b = corpus.arrays();
      for (const key of Object.keys(a) as Array<keyof typeof a>) assert.deepStrictEqual(b[key], a[key], key);
      const keys: Array<keyof Article> = ['path', 'text', 'bodyStart', 'title', 'date', 'format', 'extracted', 'pages', 'cues', 'origins'];
      const fields = (x: Article) => keys.map((k) => JSON.stringify(x[k]));
      assert.deepStrictEqual(corpus.articles.map(fields), alone.corpus.articles.map(fields));
      assert.ok(corpus.articles.some((x) => x.format === 'pdf') && corpus.articles.some((x) => x.format === 'vtt'), 'extracted and transcript formats are in the test');
      // Texts read again when needed are the texts indexed, whether decoded alone (a file's own text) or extracted.
      for (const file of files) {
        const fresh = readArticle(file);
        if (!('reason' in fresh)) assert.strictEqual(rereadText(fresh), fresh.text, file);
      }
    } finally {
      fs.rmSync(formats, { recursive: true, force: true });
    }
  });

  it('seals with the postings built on a worker, or here when none builds them, into the index one thread builds', function () {
    this.timeout(120_000);
    const files = fs.readdirSync(WIKINEWS_DIR).map((f) => path.join(WIKINEWS_DIR, f));
    const expected = loadCorpus(files).corpus.arrays();
    const load = (seal: (corpus: Corpus, reader: ParallelReader) => void) => {
      const corpus = new Corpus();
      corpus.shareForwardIndex();
      const reader = ParallelReader.start(files, readArticle, { workers: 1, minFiles: 1 })!;
      for (const _ of files) runToEnd(reader.addNext(corpus, rereadText, () => assert.fail('a worker answers')));
      seal(corpus, reader);
      reader.close();
      return corpus.arrays();
    };
    const onWorker = load((corpus, reader) => corpus.sealNow(reader.postingsBuilder()));
    assert.ok(onWorker.postData.buffer instanceof SharedArrayBuffer, 'the worker filled the shared postings');
    const failing = load((corpus) => corpus.sealNow({ start: () => () => undefined }));
    assert.ok(!(failing.postData.buffer instanceof SharedArrayBuffer), 'built here instead');
    for (const got of [onWorker, failing]) {
      for (const key of Object.keys(expected) as Array<keyof typeof expected>) assert.deepStrictEqual(got[key], expected[key], key);
    }
  });
});

describe('per-quote result cache', () => {
  const corpus = corpusOf(SEEDS_DIR, WIKINEWS_DIR);
  const drafts = fs.readdirSync(path.join(ROOT, 'test/devset/drafts')).map((f) => ({
    text: fs.readFileSync(path.join(ROOT, 'test/devset/drafts', f), 'utf8'),
    format: (/\.md$/.test(f) ? 'markdown' : 'plaintext') as DraftFormat,
  }));

  it('gives what a fresh check gives, for every quote of the development set, after the quotes move', () => {
    let quotes = 0;
    for (const { text, format } of drafts) {
      runAll(checkDraftStepsCached(corpus, text, format)); // fill the cache
      const moved = `An opening line, typed later.\n\n${text}`;
      const cached = runAll(checkDraftStepsCached(corpus, moved, format));
      const fresh = checkDraft(corpus, moved, format)!;
      assert.deepStrictEqual(cached, fresh);
      quotes += fresh.checks.length;
    }
    assert.ok(quotes > 200);
  });

  it('checks a quotation again once its words change', () => {
    const draft = 'He said “the OSCE is a platform for dialogue”.';
    const before: QuoteCheck = runAll(checkDraftStepsCached(corpus, draft, 'plaintext')).checks[0];
    const changed = runAll(checkDraftStepsCached(corpus, draft.replace('dialogue', 'monologue'), 'plaintext')).checks[0];
    assert.notDeepStrictEqual(changed.quote.text, before.quote.text);
    assert.deepStrictEqual(changed, checkDraft(corpus, draft.replace('dialogue', 'monologue'), 'plaintext')!.checks[0]);
  });
});

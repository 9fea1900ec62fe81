/**
 * The index of all source articles: the articles' words laid end to end as word ids (a forward index), the positions
 * of every word (postings), and the positions of every word pair that is not too common (an n-gram index). A quote is
 * located by voting on alignment diagonals of its words' or word pairs' occurrences, so the work grows with the
 * quote's length and its words' rarity, not with the archive's size.
 *
 * Everything is held in typed arrays (a few bytes per word of the archive). Character offsets of a token are not
 * stored: they are found again by scanning the article when asked for (a few articles per quote).
 */
import { Article } from './article';
import { ArticleList } from './articleList';
import { StoredVocabulary } from './vocabulary';
import { normalizeWord, Token } from './text';
import { RawWordTable } from './rawWordTable';
import { scanTokens } from './tokenScan';

export interface CorpusStats {
  articles: number;
  tokens: number;
}

/** Word pairs occurring more often than this are not indexed: they say little about where a quote is. */
export const MAX_PAIR_OCCURRENCES = 2000;
/** Pairs with a word occurring at most this often are not indexed: that word's postings are short already. */
export const RARE_WORD = 50;

/** The index's arrays, as persisted by indexCache.ts. */
export interface CorpusArrays {
  words: string[];
  wordOf: Int32Array;
  boundary: Uint8Array;
  articleFirstToken: Int32Array;
  postStart: Int32Array;
  postData: Int32Array;
  pairStart: Int32Array;
  pairData: Int32Array;
  /**
   * For each entry of pairData, a check of the pair standing there (`pairCheck`): a persisted index tells the pairs
   * sharing a bucket apart with it, without reading the forward index at each place.
   */
  pairKey: Int32Array;
  pairDropped: Uint8Array;
}

/** Whether text[from, to) holds a sentence end, a quotation mark or a line break: /[.!?;:"“”«»\n]/ */
function sentenceGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    switch (text.charCodeAt(i)) {
      case 0x2e: case 0x21: case 0x3f: case 0x3b: case 0x3a: case 0x22: case 0x201c: case 0x201d: case 0xab: case 0xbb: case 0x0a:
        return true;
    }
  }
  return false;
}

function grow<T extends Int32Array | Uint8Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  let size = a.length * 2;
  while (size < need) size *= 2;
  const Type = a.constructor as new (buffer: ArrayBufferLike | number) => T;
  // Shared memory stays shared, so that a worker thread can go on reading it (see sealNow).
  const b = a.buffer instanceof SharedArrayBuffer ? new Type(new SharedArrayBuffer(size * a.BYTES_PER_ELEMENT)) : new Type(size);
  b.set(a);
  return b;
}

/**
 * Builds the postings of `wordOf[0, n)` into `postData` (positions of word 0, then of word 1, ... each ascending),
 * given each word's count; `postStart[id]` is where word id's positions begin. Also run on an indexing worker
 * (indexWorker.ts) while this thread builds the pair index.
 */
export function fillPostings(wordOf: Int32Array, n: number, postStart: Int32Array, postData: Int32Array): void {
  const fill = postStart.slice(0, postStart.length - 1);
  for (let p = 0; p < n; p++) postData[fill[wordOf[p]]++] = p;
}

/** Where each word's postings begin, from the words' counts (with a last entry: the total). */
function postingStarts(counts: Int32Array, vocab: number): Int32Array {
  const postStart = new Int32Array(vocab + 1);
  for (let id = 0; id < vocab; id++) postStart[id + 1] = postStart[id] + counts[id];
  return postStart;
}

/**
 * Builds postings elsewhere (a worker thread) while the caller goes on: `start` is given the shared forward index and
 * returns a function that waits for the postings (undefined: none were built, and the caller builds them itself).
 */
export interface PostingsBuilder {
  start(wordOf: Int32Array, n: number, postStart: Int32Array): () => Int32Array | undefined;
}

/** A second hash of a pair, independent of pairHash: two pairs in one bucket share it about once in 4 billion. */
function pairCheck(a: number, b: number): number {
  return Math.imul(a + 0x2545f491, 0x27d4eb2d) ^ Math.imul(b ^ 0x165667b1, 0x9e3779b1) ^ (a >>> 7);
}

function pairHash(a: number, b: number, mask: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) & mask;
}

/** Fills `target` with the persisted array's elements from `from` on. */
export type RangeReader<A extends Int32Array | Uint16Array = Int32Array> = (target: A, from: number) => void;

/** The arrays a persisted index leaves on disk. */
export type OnDisk = 'wordOf' | 'postData' | 'pairStart' | 'pairData' | 'pairKey';
export type PersistedIndex = Record<Exclude<OnDisk, 'wordOf'>, PersistedArray> & {
  wordOf: PersistedWords;
  /** The word list as stored, read word by word as lookups need it. */
  vocabulary: StoredVocabulary;
};

export interface PersistedArray<A extends Int32Array | Uint16Array = Int32Array> {
  length: number;
  read: RangeReader<A>;
  /** The same read without blocking (on the I/O thread pool), for reading ahead. */
  readAhead?: (target: A, from: number) => Promise<void>;
}

/**
 * Word ids stored in 16 bits a token: an id below WORD_ESCAPE as it is, a higher one as WORD_ESCAPE, with the id in a
 * side table of (position, id) sorted by position. A persisted archive's forward index is kept this way: half the
 * memory of 32-bit ids, and the first check after a start touches most of it (memory touched for the first time is
 * slow on small machines). The first 65,535 words an archive meets are most of its tokens.
 */
export const WORD_ESCAPE = 0xffff;

export interface CompactWords {
  /** The low 16 bits: the id, or WORD_ESCAPE. */
  low: Uint16Array;
  /** Positions holding an id of WORD_ESCAPE or more, ascending, and those ids. */
  escapedAt: Int32Array;
  escapedIds: Int32Array;
}

/** A forward index in 16 bits a token (see WORD_ESCAPE). */
export function compactWords(wordOf: Int32Array): CompactWords {
  const low = new Uint16Array(wordOf.length);
  let escaped = 0;
  for (let p = 0; p < wordOf.length; p++) {
    const id = wordOf[p];
    if (id >= WORD_ESCAPE) {
      low[p] = WORD_ESCAPE;
      escaped++;
    } else low[p] = id;
  }
  const escapedAt = new Int32Array(escaped);
  const escapedIds = new Int32Array(escaped);
  for (let p = 0, k = 0; k < escaped; p++) {
    if (wordOf[p] >= WORD_ESCAPE) {
      escapedAt[k] = p;
      escapedIds[k++] = wordOf[p];
    }
  }
  return { low, escapedAt, escapedIds };
}

/** The word id at `pos` of a 16-bit forward index: its low bits, or for an escape, its id from the side table. */
function compactWordAt(words: CompactWords, pos: number): number {
  const v = words.low[pos];
  if (v !== WORD_ESCAPE) return v;
  const at = words.escapedAt;
  let lo = 0;
  let hi = at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return words.escapedIds[lo];
}

/** Writes ids from a 16-bit forward index's positions [from, to) into out[0, to - from). */
export function expandWords(words: CompactWords, from: number, to: number, out: Int32Array): void {
  for (let p = from; p < to; p++) out[p - from] = compactWordAt(words, p);
}

/** A persisted forward index, in 16 bits a token: the low bits read where used, the escapes read at once. */
export interface PersistedWords extends PersistedArray<Uint16Array> {
  escapedAt: Int32Array;
  escapedIds: Int32Array;
}

/**
 * An array of a persisted index (postings, pairs) that stays on disk: a lookup reads the few ranges it needs, and the
 * ranges read last are kept, so a 100,000-article index opens without reading hundreds of megabytes.
 */
class PersistedRanges {
  private static readonly KEEP = 4_000_000; // elements kept in memory
  private readonly recent = new Map<number, Int32Array>();
  private kept = 0;

  constructor(
    readonly length: number,
    private readonly read: RangeReader,
  ) {}

  get(from: number, to: number): Int32Array {
    if (to <= from) return new Int32Array(0);
    const hit = this.recent.get(from);
    if (hit && hit.length === to - from) return hit;
    const range = new Int32Array(to - from);
    this.read(range, from);
    if (range.length <= PersistedRanges.KEEP / 4) {
      this.recent.set(from, range);
      this.kept += range.length;
      for (const [k, v] of this.recent) {
        if (this.kept <= PersistedRanges.KEEP) break;
        this.recent.delete(k);
        this.kept -= v.length;
      }
    }
    return range;
  }
}

/**
 * The forward index of a persisted index, read in pages on first use: `array` is allocated whole (the system gives
 * its memory as pages are written) and filled where lookups look.
 */
class PageFiller<A extends Int32Array | Uint16Array> {
  private static readonly PAGE = 256; // elements: a lookup reads a few words around each place it weighs
  private readonly loaded: Uint8Array;
  private missing: number;

  constructor(
    private readonly array: A,
    private readonly read: RangeReader<A>,
  ) {
    this.missing = Math.ceil(array.length / PageFiller.PAGE);
    this.loaded = new Uint8Array(this.missing);
  }

  /**
   * Reads every page not read yet, in big chunks, without blocking: lookups meanwhile read what they need at once;
   * once done, none reads from disk again.
   */
  async readAhead(read: (target: A, from: number) => Promise<void>): Promise<void> {
    const P = PageFiller.PAGE;
    // Pages a read: 8M elements (16 MB of a 16-bit forward index). Big, because a finished read is taken in only
    // between slices of the check that runs meanwhile: with 2 MB reads, the 77 MB index of 100,000 articles was read
    // by 0.25-0.4 s, after the first check had read 1,900 pages itself; with 16 MB, by about 0.05 s (0.2 s without
    // huge pages, see launchEnv.ts).
    const CHUNK = Math.max(1, Math.floor((8 << 20) / P));
    let next = 0;
    // A few reads in flight at once: each turn of the event loop (between a check's slices) takes in all finished ones.
    const worker = async () => {
      while (next < this.loaded.length && this.missing > 0) {
        const page = next;
        next += CHUNK;
        const end = Math.min(this.loaded.length, page + CHUNK);
        if (this.loaded.subarray(page, end).every((l) => l === 1)) continue;
        await read(this.array.subarray(page * P, Math.min(this.array.length, end * P)) as A, page * P);
        for (let k = page; k < end; k++) {
          if (!this.loaded[k]) {
            this.loaded[k] = 1;
            this.missing--;
          }
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
  }

  /** The whole array, every page read. */
  all(): A {
    this.ensure(0, this.array.length);
    return this.array;
  }

  /** Makes sure `array[from, to)` holds its persisted values; runs of missing pages are read at once. */
  ensure(from: number, to: number): void {
    if (this.missing === 0) return;
    const P = PageFiller.PAGE;
    const first = Math.max(0, Math.floor(from / P));
    const last = Math.min(this.loaded.length - 1, Math.floor((to - 1) / P));
    for (let page = first; page <= last; page++) {
      if (this.loaded[page]) continue;
      let end = page;
      while (end < last && !this.loaded[end + 1]) end++;
      const stop = Math.min(this.array.length, (end + 1) * P);
      this.read(this.array.subarray(page * P, stop) as A, page * P);
      this.loaded.fill(1, page, end + 1);
      this.missing -= end + 1 - page;
      page = end;
    }
  }
}

/** Gives word ids to raw tokens (normalising each distinct raw token once). */
export interface WordIds {
  /** The id of the raw token text[start, end). */
  idOfSpan(text: string, start: number, end: number): number;
}

/**
 * The tokens of an article's body as the index sees them: each token's word id, and whether a sentence or quotation
 * starts at it. One function for the index and its worker threads, so both index the same words the same way.
 */
export function scanIndexTokens(text: string, bodyStart: number, ids: WordIds, emit: (id: number, sentenceStart: boolean) => void): void {
  let prevEnd = -1;
  scanTokens(text, bodyStart, (start, end) => {
    emit(ids.idOfSpan(text, start, end), prevEnd < 0 || sentenceGap(text, prevEnd, start));
    prevEnd = end;
  });
}

export class Corpus {
  // Set once: by the constructor, or by fromArrays for a persisted index.
  private articleList = new ArticleList();
  /** Bumped by every change, so caches of results can tell they are stale. */
  version = 0;
  private n = 0;
  private wordOf: Int32Array = new Int32Array(1024);
  /** Bit per token: a sentence or quotation ends between this token and the one before (or an article starts). */
  private boundary: Uint8Array = new Uint8Array(128);
  /** First token of each article, plus a sentinel at the end. */
  private firstToken: Int32Array = new Int32Array(64);
  private readonly wordIds = new Map<string, number>();
  /** A persisted index's word list, as stored (then `words` and `wordIds` are empty until words are added). */
  private vocab?: StoredVocabulary;
  /** Raw token text → word id: normalising a word is slow, and archives repeat their words. */
  private readonly rawIds = new RawWordTable();
  private words: string[] = [];
  private counts: Int32Array = new Int32Array(256);
  private postStart?: Int32Array;
  private postData?: Int32Array;
  private pairStart?: Int32Array;
  private pairData?: Int32Array;
  /** Bit per pair bucket: dropped because it holds a pair too common to be worth indexing. */
  private pairDropped?: Uint8Array;
  private pairMask = 0;
  /** For a corpus loaded from a persisted index: the postings and pairs, left on disk (then postData/pairData are unset). */
  private persistedPost?: PersistedRanges;
  private persistedPair?: PersistedRanges;
  private persistedPairKey?: PersistedRanges;
  /** A persisted index's forward index, in 16 bits a token (then `wordOf` is unused), read a page at a time. */
  private compact?: CompactWords;
  private wordPages?: PageFiller<Uint16Array>;
  /** A persisted index's pair buckets (32 MB at 100,000 articles): read a page at a time where lookups look. */
  private pairStartPages?: PageFiller<Int32Array>;
  private readingAhead?: Promise<void>;
  /** Token offsets [start0, end0, start1, ...] of recently used articles. */
  private readonly offsets = new Map<number, Uint32Array>();

  constructor(articles: Article[] = []) {
    for (const a of articles) this.add(a);
  }

  get articles(): ArticleList {
    return this.articleList;
  }

  add(article: Article): void {
    this.expandCompact();
    const index = this.articles.length;
    this.articles.push(article);
    this.firstToken = grow(this.firstToken, index + 2);
    this.firstToken[index] = this.n;
    scanIndexTokens(article.text, article.bodyStart, this, (id, sentenceStart) => {
      const pos = this.n++;
      if (pos >= this.wordOf.length) this.wordOf = grow(this.wordOf, pos + 1);
      this.wordOf[pos] = id;
      this.counts[id]++;
      if (sentenceStart) {
        if (pos >> 3 >= this.boundary.length) this.boundary = grow(this.boundary, (pos >> 3) + 1);
        this.boundary[pos >> 3] |= 1 << (pos & 7);
      }
    });
    this.firstToken[index + 1] = this.n;
    this.changed();
  }

  /** The word id of a raw token (see WordIds). */
  idOfSpan(text: string, start: number, end: number): number {
    let id = this.rawIds.get(text, start, end);
    if (id < 0) {
      id = this.idOfWord(normalizeWord(text.slice(start, end)));
      this.rawIds.set(text, start, end, id);
    }
    return id;
  }

  /**
   * Adds an article whose tokens were scanned elsewhere (a worker thread; see parallelLoad.ts): `ids` are this
   * corpus's word ids, or, with `toCorpus`, ids that it maps to this corpus's; `sentenceStarts[k]` is 1 where a
   * sentence or quotation starts at token k.
   */
  addTokens(article: Article, ids: Int32Array, sentenceStarts: Uint8Array, toCorpus?: Int32Array): void {
    this.expandCompact();
    const index = this.articles.length;
    this.articles.push(article);
    this.firstToken = grow(this.firstToken, index + 2);
    this.firstToken[index] = this.n;
    this.wordOf = grow(this.wordOf, this.n + ids.length);
    this.boundary = grow(this.boundary, ((this.n + ids.length) >> 3) + 1);
    for (let k = 0; k < ids.length; k++) {
      const pos = this.n++;
      const id = toCorpus ? toCorpus[ids[k]] : ids[k];
      this.wordOf[pos] = id;
      this.counts[id]++;
      if (sentenceStarts[k]) this.boundary[pos >> 3] |= 1 << (pos & 7);
    }
    this.firstToken[index + 1] = this.n;
    this.changed();
  }

  /**
   * Adds an article whose words were indexed before (see indexCache.ts): `ids` index into `vocab`, and `boundary(k)`
   * says whether a sentence ends before its k-th word. The article's text is not read.
   */
  addIndexed(article: Article, ids: ArrayLike<number>, vocab: readonly string[], boundary: (k: number) => boolean): void {
    const own = new Int32Array(ids.length);
    const sentenceStarts = new Uint8Array(ids.length);
    const local = new Map<number, number>();
    for (let k = 0; k < ids.length; k++) {
      let id = local.get(ids[k]);
      if (id === undefined) {
        id = this.idOfWord(vocab[ids[k]]);
        local.set(ids[k], id);
      }
      own[k] = id;
      sentenceStarts[k] = boundary(k) ? 1 : 0;
    }
    this.addTokens(article, own, sentenceStarts);
  }

  /** The word id of a normalised word, given a new id when the corpus does not have it yet. */
  idOfWord(norm: string): number {
    this.ownWords();
    let id = this.wordIds.get(norm);
    if (id === undefined) {
      id = this.words.length;
      this.wordIds.set(norm, id);
      this.words.push(norm);
      if (id >= this.counts.length) this.counts = grow(this.counts, id + 1);
    }
    return id;
  }

  /** Before words are added to a persisted index: its stored word list read whole into `words` and `wordIds`. */
  private ownWords(): void {
    if (!this.vocab) return;
    this.words = this.vocab.all();
    this.words.forEach((w, id) => this.wordIds.set(w, id));
    this.vocab = undefined;
  }

  /** Before articles are added to a persisted index: its forward index back to 32 bits a token, all read. */
  private expandCompact(): void {
    this.ownWords();
    if (!this.compact) return;
    this.wordOf = this.allWords();
    this.compact = undefined;
  }

  /** Every position's word id, in a new array for a 16-bit forward index. */
  private allWords(): Int32Array {
    if (!this.compact) return this.wordOf.subarray(0, this.n);
    const out = new Int32Array(this.n);
    this.wordPages?.ensure(0, this.n);
    expandWords(this.compact, 0, this.n, out);
    return out;
  }

  private changed(): void {
    this.version++;
    this.postStart = this.postData = this.pairStart = this.pairData = undefined;
    this.pairDropped = undefined;
    this.persistedPost = this.persistedPair = this.persistedPairKey = undefined;
    this.wordPages = this.pairStartPages = undefined;
    this.offsets.clear();
  }

  /**
   * Keeps the forward index in shared memory from now on, so that sealing can build the postings on a worker thread
   * (see sealNow).
   */
  shareForwardIndex(): void {
    if (this.compact || this.wordOf.buffer instanceof SharedArrayBuffer) return;
    const shared = new Int32Array(new SharedArrayBuffer(this.wordOf.byteLength));
    shared.set(this.wordOf);
    this.wordOf = shared;
  }

  /**
   * Builds the postings and the pair index now rather than on the first query; with `postings`, the postings are
   * built by it (a worker thread) while this thread builds the pair index.
   */
  sealNow(postings?: PostingsBuilder): void {
    this.seal(postings);
  }

  /** Builds the postings and the pair index (once, on the first query after articles were added). */
  private seal(postings?: PostingsBuilder): void {
    if (this.postStart) return;
    const n = this.n;
    const vocab = this.vocabularySize();
    const postStart = postingStarts(this.counts, vocab);
    // Only a forward index in shared memory can be read by a worker (see shareForwardIndex).
    const builtElsewhere = postings && this.wordOf.buffer instanceof SharedArrayBuffer ? postings.start(this.wordOf, n, postStart) : undefined;
    const wordOf = this.wordOf;

    // Pairs within one article, hashed into 2^k buckets; a bucket holding too many is dropped whole.
    // About eight positions per bucket on average: pairs sharing a bucket are told apart by the forward index.
    let bits = 12;
    while (1 << (bits + 3) < n && bits < 24) bits++;
    const mask = (1 << bits) - 1;
    // Two passes over every pair worth indexing (see isPairIndexed), written out: this is most of sealing an archive.
    const indexed = this.pairWordFlags();
    const firstToken = this.firstToken;
    const articles = this.articles.length;
    const pairStart = new Int32Array(mask + 2);
    for (let a = 0; a < articles; a++) {
      const end = firstToken[a + 1] - 1;
      for (let p = firstToken[a]; p < end; p++) {
        if (indexed[wordOf[p]] & indexed[wordOf[p + 1]]) pairStart[pairHash(wordOf[p], wordOf[p + 1], mask) + 1]++;
      }
    }
    const pairDropped = new Uint8Array((mask >> 3) + 1);
    for (let h = 0; h <= mask; h++) {
      let c = pairStart[h + 1];
      if (c > MAX_PAIR_OCCURRENCES) {
        pairDropped[h >> 3] |= 1 << (h & 7);
        c = 0;
      }
      pairStart[h + 1] = pairStart[h] + c;
    }
    const pairData = new Int32Array(pairStart[mask + 1]);
    const pairFill = pairStart.slice(0, mask + 1);
    for (let a = 0; a < articles; a++) {
      const end = firstToken[a + 1] - 1;
      for (let p = firstToken[a]; p < end; p++) {
        if (!(indexed[wordOf[p]] & indexed[wordOf[p + 1]])) continue;
        const h = pairHash(wordOf[p], wordOf[p + 1], mask);
        if (!(pairDropped[h >> 3] & (1 << (h & 7)))) pairData[pairFill[h]++] = p;
      }
    }
    let postData = builtElsewhere?.();
    if (!postData) {
      postData = new Int32Array(n);
      fillPostings(wordOf, n, postStart, postData);
    }
    // Loading grows the arrays by doubling; what is kept is trimmed to size when much of it is unused. A little
    // slack is kept rather than copied: the copy is fresh memory, slow to touch the first time.
    if (this.wordOf.length > n + 1024 + (n >> 3)) this.wordOf = this.wordOf.slice(0, n);
    if (this.boundary.length > (n >> 3) + 128 + (n >> 6)) this.boundary = this.boundary.slice(0, (n >> 3) + 1);
    this.postStart = postStart;
    this.postData = postData;
    this.pairStart = pairStart;
    this.pairData = pairData;
    this.pairDropped = pairDropped;
    this.pairMask = mask;
  }

  /**
   * 1 for each word id whose pairs are worth indexing: a pair is indexed when both its words are (tokens p and p + 1
   * of one article, neither of them a rare word: a rare word's own postings find its places as fast as the pair would).
   */
  private pairWordFlags(): Uint8Array {
    const flags = new Uint8Array(this.vocabularySize());
    for (let id = 0; id < flags.length; id++) flags[id] = this.counts[id] > RARE_WORD ? 1 : 0;
    return flags;
  }

  /**
   * A persisted index: starts reading the whole forward index and the pair buckets in the background (the first
   * check looks all over both: at 100,000 articles, about a thousand pair buckets, each a read of its own). Nothing
   * for an index built in memory.
   */
  private readAhead(onDisk: PersistedIndex): void {
    const reads: Array<Promise<void>> = [];
    if (this.wordPages && onDisk.wordOf.readAhead) reads.push(this.wordPages.readAhead(onDisk.wordOf.readAhead));
    if (this.pairStartPages && onDisk.pairStart.readAhead) reads.push(this.pairStartPages.readAhead(onDisk.pairStart.readAhead));
    this.readingAhead = Promise.all(reads).then(
      () => undefined,
      () => undefined, // a failed read is retried by ensure
    );
  }

  /** Resolves once a persisted index's background reading is over (at once for any other). */
  async readAheadDone(): Promise<void> {
    await this.readingAhead;
  }

  get size(): number {
    return this.n;
  }

  stats(): CorpusStats {
    return { articles: this.articles.length, tokens: this.n };
  }

  /** The id of a normalised word, or -1 when the corpus does not have it. */
  wordId(norm: string): number {
    return this.vocab ? this.vocab.idOf(norm) : (this.wordIds.get(norm) ?? -1);
  }

  private vocabularySize(): number {
    return this.vocab ? this.vocab.length : this.words.length;
  }

  /** How often a normalised word occurs. */
  count(norm: string): number {
    const id = this.wordId(norm);
    return id < 0 ? 0 : this.counts[id];
  }

  /** Positions of a normalised word in the corpus, ascending (empty when the word is unknown). */
  occurrences(norm: string): Int32Array {
    this.seal();
    const id = this.wordId(norm);
    if (id < 0) return new Int32Array(0);
    return this.occurrencesOf(id);
  }

  /** How often a word id occurs. */
  countOf(id: number): number {
    return this.counts[id];
  }

  /** Positions of a word id, ascending (the first `limit` of them). */
  occurrencesOf(id: number, limit = Infinity): Int32Array {
    this.seal();
    const from = this.postStart![id];
    const to = Math.min(this.postStart![id + 1], from + limit);
    return this.persistedPost ? this.persistedPost.get(from, to) : this.postData!.subarray(from, to);
  }

  /**
   * At most how often the pair a, b occurs (the size of its bucket; 0 when it never does), or -1 when the pair is not
   * indexed: too common, or with a rare word.
   */
  pairCountBound(a: number, b: number): number {
    this.seal();
    if (this.counts[a] <= RARE_WORD || this.counts[b] <= RARE_WORD) return -1;
    const h = pairHash(a, b, this.pairMask);
    if (this.pairDropped![h >> 3] & (1 << (h & 7))) return -1;
    this.pairStartPages?.ensure(h, h + 2);
    return this.pairStart![h + 1] - this.pairStart![h];
  }

  /**
   * Positions p where word ids a, b stand at p and p + 1 in one article, ascending; undefined when the pair is not
   * indexed, too common or with a rare word (the caller then relies on single words).
   */
  pairPositions(a: number, b: number): number[] | undefined {
    this.seal();
    if (this.counts[a] <= RARE_WORD || this.counts[b] <= RARE_WORD) return undefined;
    const h = pairHash(a, b, this.pairMask);
    if (this.pairDropped![h >> 3] & (1 << (h & 7))) return undefined;
    const out: number[] = [];
    this.pairStartPages?.ensure(h, h + 2);
    const from = this.pairStart![h];
    const to = this.pairStart![h + 1];
    if (this.persistedPair) {
      // On disk: the pair checks tell this pair's places from the others' in its bucket.
      const data = this.persistedPair.get(from, to);
      const keys = this.persistedPairKey!.get(from, to);
      const check = pairCheck(a, b);
      for (let k = 0; k < data.length; k++) if (keys[k] === check) out.push(data[k]);
      return out;
    }
    const data = this.pairData!;
    const wordOf = this.wordOf;
    for (let k = from; k < to; k++) {
      const p = data[k];
      if (wordOf[p] === a && wordOf[p + 1] === b) out.push(p);
    }
    return out;
  }

  /** Writes the word ids of positions [from, to) into out[0, to - from), for loops that read many. */
  readWords(from: number, to: number, out: Int32Array): void {
    if (to <= from) return;
    if (this.compact) {
      this.wordPages?.ensure(from, to);
      expandWords(this.compact, from, to, out);
    } else out.set(this.wordOf.subarray(from, to));
  }

  wordIdAt(pos: number): number {
    if (!this.compact) return this.wordOf[pos];
    this.wordPages?.ensure(pos, pos + 1);
    return compactWordAt(this.compact, pos);
  }

  wordAt(pos: number): string {
    const id = this.wordIdAt(pos);
    return this.vocab ? this.vocab.word(id) : this.words[id];
  }

  /** Whether a sentence or quotation ends between token pos - 1 and token pos (always at an article's edges). */
  boundaryBefore(pos: number): boolean {
    if (pos <= 0 || pos >= this.n) return true;
    return (this.boundary[pos >> 3] & (1 << (pos & 7))) !== 0;
  }

  articleIndexAt(pos: number): number {
    // The last article whose first token is at or before pos (empty articles are skipped over).
    let lo = 0;
    let hi = this.articles.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.firstToken[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  articleAt(pos: number): Article {
    return this.articles.at(this.articleIndexAt(pos));
  }

  /** The token range [first, end) of one article. */
  articleTokenRange(articleIndex: number): [number, number] {
    return [this.firstToken[articleIndex], this.firstToken[articleIndex + 1]];
  }

  tokenAt(pos: number): Token {
    return { norm: this.wordAt(pos), start: this.startOf(pos), end: this.endOf(pos) };
  }

  /** Characters of the article file covering tokens [first, last]. */
  textOf(first: number, last: number): string {
    return this.articleAt(first).text.slice(this.startOf(first), this.endOf(last));
  }

  startOf(pos: number): number {
    const [offsets, first] = this.offsetsAt(pos);
    return offsets[2 * (pos - first)];
  }

  endOf(pos: number): number {
    const [offsets, first] = this.offsetsAt(pos);
    return offsets[2 * (pos - first) + 1];
  }

  /** The token offsets of the article holding pos, scanned again and kept for the most recent articles. */
  private offsetsAt(pos: number): [Uint32Array, number] {
    const a = this.articleIndexAt(pos);
    const first = this.firstToken[a];
    let offsets = this.offsets.get(a);
    if (offsets) {
      this.offsets.delete(a);
      this.offsets.set(a, offsets);
      return [offsets, first];
    }
    const article = this.articles.at(a);
    offsets = new Uint32Array(2 * (this.firstToken[a + 1] - first));
    let k = 0;
    scanTokens(article.text, article.bodyStart, (start, end) => {
      offsets![k++] = start;
      offsets![k++] = end;
    });
    this.offsets.set(a, offsets);
    if (this.offsets.size > 256) this.offsets.delete(this.offsets.keys().next().value!);
    return [offsets, first];
  }

  /** The index's arrays, for persisting (see indexCache.ts). */
  arrays(): CorpusArrays {
    this.seal();
    return {
      words: this.vocab ? this.vocab.all() : this.words,
      wordOf: this.allWords(),
      boundary: this.boundary.subarray(0, (this.n >> 3) + 1),
      articleFirstToken: this.firstToken.subarray(0, this.articles.length + 1),
      postStart: this.postStart!,
      postData: this.postData ?? this.persistedPost!.get(0, this.persistedPost!.length),
      pairStart: this.pairStartPages ? this.pairStartPages.all() : this.pairStart!,
      pairData: this.pairData ?? this.persistedPair!.get(0, this.persistedPair!.length),
      pairKey: this.persistedPairKey?.get(0, this.persistedPairKey.length) ?? this.pairKeys(),
      pairDropped: this.pairDropped!,
    };
  }

  /** The pair check of every pair index entry, for persisting (not kept: in memory the forward index tells). */
  private pairKeys(): Int32Array {
    const data = this.pairData!;
    const keys = new Int32Array(data.length);
    for (let k = 0; k < data.length; k++) keys[k] = pairCheck(this.wordOf[data[k]], this.wordOf[data[k] + 1]);
    return keys;
  }

  /**
   * A corpus from persisted arrays; `articles` must be the articles they were built from, in the same order. With
   * `onDisk`, the forward index, postings and pairs are read from there where lookups need them.
   */
  static fromArrays(articles: Article[] | ArticleList, arrays: CorpusArrays): Corpus;
  static fromArrays(
    articles: Article[] | ArticleList,
    arrays: Omit<CorpusArrays, OnDisk | 'words'>,
    onDisk: PersistedIndex,
  ): Corpus;
  static fromArrays(
    articles: Article[] | ArticleList,
    arrays: Omit<CorpusArrays, OnDisk | 'words'> & Partial<CorpusArrays>,
    onDisk?: PersistedIndex,
  ): Corpus {
    const c = new Corpus();
    if (articles instanceof ArticleList) c.articleList = articles;
    else for (const a of articles) c.articles.push(a);
    if (onDisk) {
      c.n = onDisk.wordOf.length;
      c.wordOf = new Int32Array(0);
      c.compact = { low: new Uint16Array(c.n), escapedAt: onDisk.wordOf.escapedAt, escapedIds: onDisk.wordOf.escapedIds };
      c.wordPages = new PageFiller(c.compact.low, onDisk.wordOf.read);
      c.persistedPost = new PersistedRanges(onDisk.postData.length, onDisk.postData.read);
      c.persistedPair = new PersistedRanges(onDisk.pairData.length, onDisk.pairData.read);
      c.persistedPairKey = new PersistedRanges(onDisk.pairKey.length, onDisk.pairKey.read);
      c.pairStart = new Int32Array(onDisk.pairStart.length);
      c.pairStartPages = new PageFiller(c.pairStart, onDisk.pairStart.read);
      c.readAhead(onDisk);
    } else {
      c.n = arrays.wordOf!.length;
      c.wordOf = arrays.wordOf!;
    }
    c.boundary = arrays.boundary;
    c.firstToken = arrays.articleFirstToken;
    if (onDisk) c.vocab = onDisk.vocabulary;
    else {
      c.words = arrays.words!;
      c.words.forEach((w, id) => c.wordIds.set(w, id));
    }
    const vocab = c.vocabularySize();
    c.counts = new Int32Array(Math.max(256, vocab));
    for (let id = 0; id < vocab; id++) c.counts[id] = arrays.postStart[id + 1] - arrays.postStart[id];
    c.postStart = arrays.postStart;
    c.postData = arrays.postData;
    c.pairStart ??= arrays.pairStart!;
    c.pairData = arrays.pairData;
    c.pairDropped = arrays.pairDropped;
    c.pairMask = c.pairStart.length - 2;
    c.version++;
    return c;
  }
}

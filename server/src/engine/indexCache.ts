/**
 * The source index, persisted in a cache folder (the editor's storage folder for the workspace) so that reopening a
 * workspace does not read its sources again. Each source is keyed by path, size and modification time: unchanged
 * sources come from the cache, without reading their files (their text is read when first needed, for a hover or a
 * fix); changed, new or removed ones are read or dropped, and the cache is rewritten.
 *
 * One binary file: a magic string, the JSON header length, the JSON header (the sources' common folder, where each
 * array starts), then typed arrays, each 8-byte aligned: the index's (the word list among them, see vocabulary.ts),
 * and the sources' as columns (sourceTable.ts). At startup only the small arrays are read; the forward index,
 * postings, pairs and the sources' paths and metadata are read as lookups need them.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { Article } from './article';
import { ArticleList } from './articleList';
import { StoredVocabulary, storeWords } from './vocabulary';
import { compactWords, Corpus, CorpusArrays, expandWords, MAX_PAIR_OCCURRENCES, OnDisk, PersistedArray, PersistedIndex, RARE_WORD } from './corpus';
import { readArticle, readInto, rereadText, SkippedFile } from './sources';
import { ParallelReader } from './parallelLoad';
import { replaceFile } from './replaceFile';
import { runToEnd, Steps } from './steps';
import { loadTextWhenNeeded } from './textStore';
import { ByteRange, encodeSources, SourceColumns, SourceRecord, SourceTable, StoredArticle } from './sourceTable';
import { normalizeWord } from './text';
import { scanTokens } from './tokenScan';
import { stopReaders } from './readers/bridge';
import { READERS_VERSION } from './readers';

const MAGIC = 'VRBTMIDX';
const FILE_NAME = 'source-index.v1.bin';
/** Words whose tokens and normal forms must come out the same, or the cache was written by other rules. */
const PROBE = 'Russia’s [T]he 1,000.5 don\'t Ünïcödé con[c]essions shocking[ly] co-operate “quoted” 3.5km naïve news\u00adpaper';

function probe(): string {
  const out: string[] = [];
  scanTokens(PROBE, 0, (s, e) => out.push(normalizeWord(PROBE.slice(s, e))));
  return out.join('|');
}

/** What else the index depends on: its format, its thresholds and the tokenizer. */
function fingerprint(): string {
  return `v7;pairs<=${MAX_PAIR_OCCURRENCES};rare<=${RARE_WORD};readers=${READERS_VERSION};${probe()}`;
}

interface Header {
  fingerprint: string;
  /** How the sources were chosen (folders, patterns, limits): an index is trusted at startup only for the same choice. */
  selection?: string;
  /** The sources' common folder (their paths are stored relative to it). */
  root: string;
  arrays: Record<ArrayName, { offset: number; length: number }>;
  /** New at each write: what is saved beside the index for this version of it names it (knowledgeCache.ts). */
  generation?: string;
}

// The forward index is stored in 16 bits a token (see WORD_ESCAPE in corpus.ts); the word list as UTF-8 bytes, their
// ends and a hash table of ids (see vocabulary.ts).
const ARRAY_TYPES = {
  wordBytes: Uint8Array,
  wordEnd: Uint32Array,
  wordSlots: Int32Array,
  wordLow: Uint16Array,
  wordEscapedAt: Int32Array,
  wordEscapedIds: Int32Array,
  boundary: Uint8Array,
  articleFirstToken: Int32Array,
  postStart: Int32Array,
  postData: Int32Array,
  pairStart: Int32Array,
  pairData: Int32Array,
  pairKey: Int32Array,
  pairDropped: Uint8Array,
  pathEnd: Uint32Array,
  pathBytes: Uint8Array,
  metaEnd: Uint32Array,
  metaBytes: Uint8Array,
  sizes: Float64Array,
  mtimes: Float64Array,
  articleSource: Int32Array,
} as const;
type ArrayName = keyof typeof ARRAY_TYPES;
type SourceArrays = Omit<SourceColumns, 'pathBytes' | 'metaBytes'>;

export interface CachedLoad {
  corpus: Corpus;
  skipped: SkippedFile[];
  /** Sources taken from the cache, and sources read from disk. */
  reused: number;
  read: number;
  /** Every source came from the cache, as cached: the index is the persisted one. */
  unchanged: boolean;
  /** Writes the cache when anything changed (resolves at once otherwise). Never throws. */
  save(): Promise<void>;
  /** The generation of the index file that holds this index (see Header), once it does; undefined before or if never. */
  generation(): string | undefined;
}

/** The article's fields but its text and path, as JSON, without reading a stored article's text. */
function metaJsonOf(article: Article): string {
  if (article instanceof StoredArticle) return article.metaJson();
  const meta: Record<string, unknown> = {};
  for (const key of Object.keys(article)) if (key !== 'text' && key !== 'path') meta[key] = (article as unknown as Record<string, unknown>)[key];
  return JSON.stringify(meta);
}

interface CacheFile {
  selection?: string;
  generation?: string;
  sources: SourceTable;
  /**
   * The arrays read at startup: all but the forward index, postings and pairs, which `onDisk` reads a range at a
   * time, and the words, which `onDisk.vocabulary` decodes as they are asked for.
   */
  arrays: Omit<CorpusArrays, OnDisk | 'words'>;
  onDisk: PersistedIndex;
  /** The file stays open while `corpus` reads from it. */
  keepOpenFor(corpus: Corpus): void;
  /** Closes the file when no corpus reads from it. */
  close(): void;
}

/** Arrays left on disk and read a range at a time as lookups need them (see Corpus.fromArrays). */
const LAZY_ARRAYS: ReadonlySet<ArrayName> = new Set<ArrayName>(['wordLow', 'postData', 'pairStart', 'pairData', 'pairKey']);
/** Blobs read a source at a time (see sourceTable.ts). */
const BLOBS: ReadonlySet<ArrayName> = new Set<ArrayName>(['pathBytes', 'metaBytes']);

/** Closes a cache file once the corpus reading from it is gone. */
const openFiles = new FinalizationRegistry<number>((fd) => {
  try {
    fs.closeSync(fd);
  } catch {
    // closed already
  }
});

function readExactly(fd: number, target: Uint8Array, position: number): void {
  let done = 0;
  while (done < target.length) {
    const n = fs.readSync(fd, target, done, target.length - done, position + done);
    if (n === 0) throw new Error('cache file ends early');
    done += n;
  }
}

async function readExactlyAsync(fd: number, target: Uint8Array, position: number): Promise<void> {
  let done = 0;
  while (done < target.length) {
    const n = await new Promise<number>((resolve, reject) =>
      fs.read(fd, target, done, target.length - done, position + done, (err, bytesRead) => (err ? reject(err) : resolve(bytesRead))),
    );
    if (n === 0) throw new Error('cache file ends early');
    done += n;
  }
}

/**
 * Reads the header and the small arrays; the forward index, postings and pairs (most of the file) are read when
 * first needed, through `fd`, which stays open for them: a 100,000-article index then opens in a fraction of the time.
 */
function readCache(file: string): CacheFile | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fs.fstatSync(fd).size;
    const start = Buffer.alloc(16);
    if (size < 16) throw new Error('too short');
    readExactly(fd, start, 0);
    if (start.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a cache');
    const headerBytes = Buffer.alloc(start.readUInt32LE(8));
    readExactly(fd, headerBytes, 16);
    const header = JSON.parse(headerBytes.toString('utf8')) as Header;
    if (header.fingerprint !== fingerprint()) throw new Error('other rules');
    const arrays = {} as CorpusArrays;
    const onDisk: Partial<Record<ArrayName, PersistedArray<Int32Array> | PersistedArray<Uint16Array>>> = {};
    const blobs: Partial<Record<ArrayName, ByteRange>> = {};
    const read: Record<string, unknown> = {};
    for (const name of Object.keys(ARRAY_TYPES) as ArrayName[]) {
      const { offset, length } = header.arrays[name];
      const Type = ARRAY_TYPES[name];
      const width = Type.BYTES_PER_ELEMENT;
      if (offset + length * width > size) throw new Error('truncated');
      const bytes = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
      if (LAZY_ARRAYS.has(name)) {
        onDisk[name] = {
          length,
          read: (target: ArrayBufferView, from: number) => readExactly(fd, bytes(target), offset + from * width),
          readAhead: (target: ArrayBufferView, from: number) => readExactlyAsync(fd, bytes(target), offset + from * width),
        };
      } else if (BLOBS.has(name)) {
        blobs[name] = (from, to) => {
          const out = Buffer.allocUnsafe(to - from);
          readExactly(fd, out, offset + from);
          return out;
        };
      } else {
        const array = new Type(length);
        readExactly(fd, bytes(array), offset);
        read[name] = array;
      }
    }
    Object.assign(arrays, read);
    const low = onDisk.wordLow as PersistedArray<Uint16Array>;
    const persisted: PersistedIndex = {
      wordOf: { ...low, escapedAt: read.wordEscapedAt as Int32Array, escapedIds: read.wordEscapedIds as Int32Array },
      postData: onDisk.postData as PersistedArray,
      pairStart: onDisk.pairStart as PersistedArray,
      pairData: onDisk.pairData as PersistedArray,
      pairKey: onDisk.pairKey as PersistedArray,
      vocabulary: new StoredVocabulary({
        bytes: read.wordBytes as Uint8Array,
        end: read.wordEnd as Uint32Array,
        slots: read.wordSlots as Int32Array,
      }),
    };
    const columns = read as unknown as SourceArrays;
    const sources = new SourceTable(
      header.root,
      columns.pathEnd,
      blobs.pathBytes!,
      columns.metaEnd,
      blobs.metaBytes!,
      columns.sizes,
      columns.mtimes,
      columns.articleSource,
    );
    return {
      selection: header.selection,
      generation: header.generation,
      sources,
      arrays,
      onDisk: persisted,
      keepOpenFor: (corpus) => openFiles.register(corpus, fd),
      close: () => fs.closeSync(fd),
    };
  } catch {
    fs.closeSync(fd);
    return undefined; // a truncated or foreign file is no cache
  }
}

/** Writes the cache file; returns its generation. */
async function writeCache(file: string, sources: SourceRecord[], index: CorpusArrays, selection?: string): Promise<string> {
  const { root, columns } = encodeSources(sources);
  const { wordOf, words: wordList, ...rest } = index;
  const words = compactWords(wordOf);
  const vocabulary = storeWords(wordList);
  const arrays: Record<ArrayName, ArrayBufferView & { length: number }> = {
    ...rest,
    wordBytes: vocabulary.bytes,
    wordEnd: vocabulary.end,
    wordSlots: vocabulary.slots,
    wordLow: words.low,
    wordEscapedAt: words.escapedAt,
    wordEscapedIds: words.escapedIds,
    ...columns,
  };
  const names = Object.keys(ARRAY_TYPES) as ArrayName[];
  const layout = {} as Header['arrays'];
  const header: Header = { fingerprint: fingerprint(), selection, root, arrays: layout, generation: crypto.randomUUID() };
  // The header's length depends on the offsets it lists: lay out after a generous estimate, then pad to it.
  const estimate = Buffer.byteLength(JSON.stringify({ ...header, arrays: Object.fromEntries(names.map((n) => [n, { offset: 1e12, length: 1e12 }])) }));
  let offset = align8(16 + estimate);
  for (const name of names) {
    const a = arrays[name];
    layout[name] = { offset, length: a.length };
    offset = align8(offset + a.byteLength);
  }
  const json = Buffer.from(JSON.stringify(header));
  const head = Buffer.alloc(layout[names[0]].offset);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 8);
  json.copy(head, 16);
  const parts: Buffer[] = [head];
  let at = head.length;
  for (const name of names) {
    const a = arrays[name];
    parts.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
    at += a.byteLength;
    const pad = align8(at) - at;
    if (pad) parts.push(Buffer.alloc(pad));
    at += pad;
  }
  await replaceFile(file, async (handle) => void (await handle.writev(parts)));
  return header.generation!;
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

/**
 * The persisted index as it is, without looking at the sources (no folder walk, no file stat: at 100,000 sources
 * those take seconds), when it was written for the same choice of sources (`selection`). For a fast start: the
 * caller checks the sources afterwards with `loadCorpusCached`, which tells whether anything changed.
 */
export function openPersistedIndex(
  cacheDir: string,
  selection: string,
): { corpus: Corpus; isSource: (file: string) => boolean; skipped: SkippedFile[]; generation?: string } | undefined {
  const cached = readCache(path.join(cacheDir, FILE_NAME));
  if (!cached) return undefined;
  if (cached.selection !== selection) {
    cached.close();
    return undefined;
  }
  const table = cached.sources;
  let paths: Set<string> | undefined; // read only when a file under the sources' folder is asked about
  return {
    ...corpusFromCache(cached),
    isSource: (file) => table.mayHold(file) && (paths ??= new Set(table.paths())).has(file),
    generation: cached.generation,
  };
}

/** The cached index as it stands, reading from the cache file as lookups need it; and the sources it skipped. */
function corpusFromCache(cached: CacheFile): { corpus: Corpus; skipped: SkippedFile[] } {
  const table = cached.sources;
  const articles = new ArticleList(table.articleSource.length, (a) => new StoredArticle(table, table.articleSource[a], rereadText));
  const corpus = Corpus.fromArrays(articles, cached.arrays, cached.onDisk);
  cached.keepOpenFor(corpus);
  const skipped: SkippedFile[] = [];
  for (let i = 0, a = 0; i < table.count; i++) {
    if (a < table.articleSource.length && table.articleSource[a] === i) a++;
    else {
      const record = table.record(i); // reads the path once
      skipped.push({ path: record.path, reason: record.reason! });
    }
  }
  return { corpus, skipped };
}

/**
 * Loads the sources as `loadCorpus` does, through the cache in `cacheDir`: sources whose path, size and modification
 * time are unchanged are not read. `stats` may pass the files' stats when the caller has them already.
 */
export function loadCorpusCached(files: string[], cacheDir: string, stats = new Map<string, fs.Stats>(), selection?: string): CachedLoad {
  return runToEnd(loadCorpusCachedSteps(files, cacheDir, stats, selection));
}

/** `loadCorpusCached`, a source at a time (see steps.ts). */
export function* loadCorpusCachedSteps(files: string[], cacheDir: string, stats = new Map<string, fs.Stats>(), selection?: string): Steps<CachedLoad> {
  const cacheFile = path.join(cacheDir, FILE_NAME);
  const cached = readCache(cacheFile);
  const table = cached?.sources;
  const cachedPaths = table?.paths() ?? [];
  // Which article of the cached arrays each cached source is (-1 for a source that was skipped).
  const articleOf = new Int32Array(cachedPaths.length).fill(-1);
  table?.articleSource.forEach((source, a) => (articleOf[source] = a));
  let byPath: Map<string, number> | undefined; // only needed when the files are not in the cached order

  // For each file: its size and mtime, and the cached source it still is (-1 when new or changed).
  const sizes = new Float64Array(files.length);
  const mtimes = new Float64Array(files.length);
  const fresh = new Int32Array(files.length).fill(-1);
  let unchanged = !!cached && files.length === cachedPaths.length;
  for (let i = 0; i < files.length; i++) {
    if (i % 256 === 255) yield;
    const file = files[i];
    let stat = stats.get(file);
    try {
      stat ??= fs.statSync(file);
    } catch {
      // gone: readArticle says so
    }
    sizes[i] = stat?.size ?? -1;
    mtimes[i] = stat?.mtimeMs ?? -1;
    let j = cachedPaths[i] === file ? i : -1;
    if (j < 0 && cachedPaths.length) j = (byPath ??= new Map(cachedPaths.map((p, k) => [p, k]))).get(file) ?? -1;
    if (j >= 0 && sizes[i] >= 0 && table!.sizes[j] === sizes[i] && table!.mtimes[j] === mtimes[i]) fresh[i] = j;
    if (fresh[i] !== i) unchanged = false;
  }

  // Nothing changed and nothing moved: the cached arrays are the index.
  if (unchanged && cached) {
    const { corpus, skipped } = corpusFromCache(cached);
    // The same sources, but chosen another way: written again with this choice, so the next start can trust it.
    let generation = cached.generation;
    const save =
      cached.selection === selection
        ? async () => undefined
        : () =>
            writeCache(cacheFile, cachedPaths.map((p, j) => table!.record(j, p)), corpus.arrays(), selection).then(
              (g) => void (generation = g),
              () => void (generation = undefined), // the file may be half replaced: nothing is built for it
            );
    return { corpus, skipped, reused: files.length, read: 0, unchanged: true, save, generation: () => generation };
  }
  // Some sources changed: the unchanged ones' words come from the cached forward index, read whole.
  let cachedWords: Int32Array | undefined;
  let cachedWordList: string[] | undefined;
  const records = new Map<number, SourceRecord>();
  if (cached) {
    try {
      const persisted = cached.onDisk.wordOf;
      const low = new Uint16Array(persisted.length);
      persisted.read(low, 0);
      cachedWords = new Int32Array(persisted.length);
      expandWords({ low, escapedAt: persisted.escapedAt, escapedIds: persisted.escapedIds }, 0, low.length, cachedWords);
      // The records of unchanged sources, read while the file is open (their articles' fields are copied, not parsed).
      for (const j of fresh) if (j >= 0) records.set(j, table!.record(j, cachedPaths[j]));
    } catch {
      cachedWords = undefined; // unreadable now: every source is read again
    }
    cached.close();
  }

  const corpus = new Corpus();
  const skipped: SkippedFile[] = [];
  const sources: SourceRecord[] = [];
  let reused = 0;
  let read = 0;
  // The files to read (new or changed): many of them are read and scanned by worker threads.
  const reader = ParallelReader.start(files.filter((_, i) => !(fresh[i] >= 0 && cachedWords && records.has(fresh[i]))), readArticle);
  try {
    for (let i = 0; i < files.length; i++) {
      const file = files[i];
      const entry = fresh[i] >= 0 && cachedWords ? records.get(fresh[i]) : undefined;
      if (entry?.reason !== undefined) {
        skipped.push({ path: file, reason: entry.reason });
        sources.push(entry);
        reused++;
        continue;
      }
      if (entry?.metaJson !== undefined && cached && cachedWords) {
        const a = articleOf[fresh[i]];
        const first = cached.arrays.articleFirstToken[a];
        const end = cached.arrays.articleFirstToken[a + 1];
        const bits = cached.arrays.boundary;
        const at = (k: number) => (bits[(first + k) >> 3] & (1 << ((first + k) & 7))) !== 0;
        cachedWordList ??= cached.onDisk.vocabulary.all();
        corpus.addIndexed(restoredArticle(file, entry.metaJson), cachedWords.subarray(first, end), cachedWordList, at);
        sources.push(entry);
        reused++;
        continue;
      }
      yield;
      read++;
      const result = reader ? yield* reader.addNext(corpus, rereadText, (f) => readInto(corpus, f)) : readInto(corpus, file);
      if ('reason' in result) {
        skipped.push(result);
        sources.push({ path: file, size: sizes[i], mtimeMs: mtimes[i], reason: result.reason });
      } else {
        sources.push({ path: file, size: sizes[i], mtimeMs: mtimes[i], metaJson: metaJsonOf(result) });
      }
    }
  } finally {
    reader?.close();
  }
  if (read > 0) stopReaders(); // as loadCorpus: the PDF/Word worker's memory is let go until it is needed again
  let saved: Promise<void> | undefined;
  let generation: string | undefined;
  const save = () =>
    (saved ??= writeCache(cacheFile, sources, corpus.arrays(), selection).then(
      (g) => void (generation = g),
      () => {
        // A cache that can't be written only costs the next start its time; the sources are indexed either way.
      },
    ));
  return { corpus, skipped, reused, read, unchanged: false, save, generation: () => generation };
}

/** An unchanged source's article, from its cached fields, once the cache file is closed: its text is read when needed. */
function restoredArticle(file: string, metaJson: string): Article {
  const article = { ...(JSON.parse(metaJson) as Omit<Article, 'text' | 'path'>), path: file } as Article;
  loadTextWhenNeeded(article, rereadText);
  return article;
}

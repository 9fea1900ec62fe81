/**
 * The source index, persisted in a cache folder (the editor's storage folder for the workspace) so that reopening a
 * workspace does not read its sources again. Each source is keyed by path, size and modification time: unchanged
 * sources come from the cache, without reading their files (their text is read when first needed, for a hover or a
 * fix); changed, new or removed ones are read or dropped, and the cache is rewritten.
 *
 * One binary file: a magic string, the JSON header length, the JSON header (sources with their metadata, the word
 * list, where each array starts), then the index's typed arrays, each 8-byte aligned, read back as views of the file.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Article } from './article';
import { Corpus, CorpusArrays, MAX_PAIR_OCCURRENCES, RARE_WORD } from './corpus';
import { readArticle, SkippedFile } from './sources';
import { normalizeWord } from './text';
import { scanTokens } from './tokenScan';
import { stopReaders } from './readers/bridge';
import { READERS_VERSION } from './readers';

const MAGIC = 'VRBTMIDX';
const FILE_NAME = 'source-index.v1.bin';
/** Words whose tokens and normal forms must come out the same, or the cache was written by other rules. */
const PROBE = 'Russia’s [T]he 1,000.5 don\'t Ünïcödé con[c]essions shocking[ly] co-operate “quoted” 3.5km naïve';

function probe(): string {
  const out: string[] = [];
  scanTokens(PROBE, 0, (s, e) => out.push(normalizeWord(PROBE.slice(s, e))));
  return out.join('|');
}

/** What else the index depends on: its format, its thresholds and the tokenizer. */
function fingerprint(): string {
  return `v1;pairs<=${MAX_PAIR_OCCURRENCES};rare<=${RARE_WORD};readers=${READERS_VERSION};${probe()}`;
}

interface SourceEntry {
  path: string;
  size: number;
  mtimeMs: number;
  /** The article without its text. */
  meta?: Omit<Article, 'text'>;
  /** Why the file is not used (then it has no meta). */
  reason?: string;
}

interface Header {
  fingerprint: string;
  sources: SourceEntry[];
  words: string[];
  arrays: Record<keyof Omit<CorpusArrays, 'words'>, { offset: number; length: number }>;
}

const ARRAY_TYPES = {
  wordOf: Int32Array,
  boundary: Uint8Array,
  articleFirstToken: Int32Array,
  postStart: Int32Array,
  postData: Int32Array,
  pairStart: Int32Array,
  pairData: Int32Array,
  pairDropped: Uint8Array,
} as const;
type ArrayName = keyof typeof ARRAY_TYPES;

export interface CachedLoad {
  corpus: Corpus;
  skipped: SkippedFile[];
  /** Sources taken from the cache, and sources read from disk. */
  reused: number;
  read: number;
  /** Writes the cache when anything changed (resolves at once otherwise). Never throws. */
  save(): Promise<void>;
}

/** An article whose text is read from its file when first asked for, through the same reader as at indexing. */
function lazyArticle(meta: Omit<Article, 'text'>): Article {
  let text: string | undefined;
  const article = { ...meta } as Article;
  Object.defineProperty(article, 'text', {
    enumerable: true,
    configurable: true,
    get(): string {
      if (text === undefined) {
        const read = readArticle(meta.path);
        text = 'reason' in read ? '' : read.text;
      }
      return text;
    },
    set(value: string) {
      text = value;
    },
  });
  return article;
}

/** The article's fields except its text, without reading a lazy article's text. */
function metaOf(article: Article): Omit<Article, 'text'> {
  const meta: Record<string, unknown> = {};
  for (const key of Object.keys(article)) if (key !== 'text') meta[key] = (article as unknown as Record<string, unknown>)[key];
  return meta as unknown as Omit<Article, 'text'>;
}

interface CacheFile {
  header: Header;
  arrays: CorpusArrays;
}

function readCache(file: string): CacheFile | undefined {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  try {
    if (buf.length < 16 || buf.toString('latin1', 0, 8) !== MAGIC) return undefined;
    const headerLength = buf.readUInt32LE(8);
    const header = JSON.parse(buf.toString('utf8', 16, 16 + headerLength)) as Header;
    if (header.fingerprint !== fingerprint()) return undefined;
    // Typed arrays are views of the file's bytes; they must start at a multiple of 8 in the underlying buffer.
    const bytes = buf.byteOffset % 8 === 0 ? buf : Buffer.from(buf);
    const arrays = { words: header.words } as CorpusArrays;
    for (const name of Object.keys(ARRAY_TYPES) as ArrayName[]) {
      const { offset, length } = header.arrays[name];
      const Type = ARRAY_TYPES[name];
      if (offset + length * Type.BYTES_PER_ELEMENT > bytes.length) return undefined;
      (arrays as unknown as Record<string, unknown>)[name] = new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset + offset, length);
    }
    return { header, arrays };
  } catch {
    return undefined; // a truncated or foreign file is no cache
  }
}

async function writeCache(file: string, sources: SourceEntry[], arrays: CorpusArrays): Promise<void> {
  const names = Object.keys(ARRAY_TYPES) as ArrayName[];
  const layout = {} as Header['arrays'];
  const header: Header = { fingerprint: fingerprint(), sources, words: arrays.words, arrays: layout };
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
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // A server stopped while writing leaves its temporary file behind: clear those first.
  for (const name of fs.readdirSync(path.dirname(file))) {
    if (name.startsWith(`${path.basename(file)}.`) && name.endsWith('.tmp')) fs.rmSync(path.join(path.dirname(file), name), { force: true });
  }
  const tmp = `${file}.${process.pid}.tmp`;
  const handle = await fs.promises.open(tmp, 'w');
  try {
    await handle.writev(parts);
  } finally {
    await handle.close();
  }
  await fs.promises.rename(tmp, file); // readers see the old cache or the new one, never half of one
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

/**
 * Loads the sources as `loadCorpus` does, through the cache in `cacheDir`: sources whose path, size and modification
 * time are unchanged are not read. `stats` may pass the files' stats when the caller has them already.
 */
export function loadCorpusCached(files: string[], cacheDir: string, stats = new Map<string, fs.Stats>()): CachedLoad {
  const cacheFile = path.join(cacheDir, FILE_NAME);
  const cached = readCache(cacheFile);
  const known = new Map<string, { entry: SourceEntry; index: number }>();
  let article = 0;
  for (const entry of cached?.header.sources ?? []) known.set(entry.path, { entry, index: entry.meta ? article++ : -1 });

  const current: Array<{ file: string; size: number; mtimeMs: number; fresh?: SourceEntry; index: number }> = files.map((file) => {
    let stat = stats.get(file);
    try {
      stat ??= fs.statSync(file);
    } catch {
      // gone: readArticle says so
    }
    const size = stat?.size ?? -1;
    const mtimeMs = stat?.mtimeMs ?? -1;
    const k = known.get(file);
    const fresh = k && size >= 0 && k.entry.size === size && k.entry.mtimeMs === mtimeMs ? k.entry : undefined;
    return { file, size, mtimeMs, fresh, index: fresh ? k!.index : -1 };
  });

  // Nothing changed and nothing moved: the cached arrays are the index.
  const unchanged =
    cached &&
    current.length === cached.header.sources.length &&
    current.every((c, i) => c.fresh && cached.header.sources[i].path === c.file);
  if (unchanged) {
    const articles = cached.header.sources.filter((s) => s.meta).map((s) => lazyArticle(s.meta!));
    const skipped = cached.header.sources.filter((s) => s.reason).map((s) => ({ path: s.path, reason: s.reason! }));
    return { corpus: Corpus.fromArrays(articles, cached.arrays), skipped, reused: current.length, read: 0, save: async () => undefined };
  }

  const corpus = new Corpus();
  const skipped: SkippedFile[] = [];
  const sources: SourceEntry[] = [];
  let reused = 0;
  let read = 0;
  for (const c of current) {
    if (c.fresh?.reason) {
      skipped.push({ path: c.file, reason: c.fresh.reason });
      sources.push(c.fresh);
      reused++;
      continue;
    }
    if (c.fresh?.meta && cached) {
      const first = cached.arrays.articleFirstToken[c.index];
      const end = cached.arrays.articleFirstToken[c.index + 1];
      const bits = cached.arrays.boundary;
      const at = (k: number) => (bits[(first + k) >> 3] & (1 << ((first + k) & 7))) !== 0;
      corpus.addIndexed(lazyArticle(c.fresh.meta), cached.arrays.wordOf.subarray(first, end), cached.arrays.words, at);
      sources.push(c.fresh);
      reused++;
      continue;
    }
    read++;
    const result = readArticle(c.file);
    if ('reason' in result) {
      skipped.push(result);
      sources.push({ path: c.file, size: c.size, mtimeMs: c.mtimeMs, reason: result.reason });
    } else {
      corpus.add(result);
      sources.push({ path: c.file, size: c.size, mtimeMs: c.mtimeMs, meta: metaOf(result) });
    }
  }
  if (read > 0) stopReaders(); // as loadCorpus: the PDF/Word worker's memory is let go until it is needed again
  let saved: Promise<void> | undefined;
  const save = () =>
    (saved ??= writeCache(cacheFile, sources, corpus.arrays()).catch(() => {
      // A cache that can't be written only costs the next start its time; the sources are indexed either way.
    }));
  return { corpus, skipped, reused, read, save };
}

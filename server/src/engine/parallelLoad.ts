/**
 * Indexing on every core: worker threads (indexWorker.ts) read the sources and scan their tokens, while this thread
 * only puts each file's tokens into the index, in file order, giving new words their ids in that order, so the
 * index is exactly the one loading the files one by one here would build. Reading and scanning are most of the cost
 * of indexing, so on a 2-core machine the archive is indexed in a little over half the time.
 *
 * Used for folders of at least PARALLEL_MIN_FILES sources; whenever the workers cannot start (no worker script in
 * this installation) the caller reads the files itself; a file a worker never answers for (a worker crashed) is
 * read here.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MessageChannel, MessagePort, receiveMessageOnPort, Worker } from 'worker_threads';
import { Article } from './article';
import { Corpus, PostingsBuilder, scanIndexTokens, WordIds } from './corpus';
import { RawWordTable } from './rawWordTable';
import { normalizeWord } from './text';
import type { SkippedFile } from './sources';
import { Steps } from './steps';
import { detachStrings, isRereadable, keepTextAsBytes, loadTextWhenNeeded, TextReader } from './textStore';

/** Below this many files, starting threads costs more than it saves. */
export const PARALLEL_MIN_FILES = 200;
/** How long a silent worker pool is waited for before this thread reads what is left itself. */
const STALL_MS = 90_000; // more than a reader's own time limit for one file (bridge.ts)

export interface IndexWorkerData {
  files: string[];
  /** The next file to take (shared by the workers). */
  next: Int32Array;
  /** Bumped by a worker after each message, so this thread can sleep until one comes. */
  signal: Int32Array;
  /** Files larger than this are skipped (the workers read with readArticle's size check). */
  maxBytes: number;
}

/** Asks a worker that has no files left to fill `postData` (fillPostings); it then sets `done[0]` to 1. */
export interface PostingsJob {
  postings: { wordOf: Int32Array; n: number; postStart: Int32Array; postData: Int32Array; done: Int32Array };
}

/** How long sealing waits for a worker's postings before building them itself. */
const POSTINGS_WAIT_MS = 30_000;

/** A worker's answer for one file. */
export type IndexedFile =
  | { index: number; reason: string }
  | {
      index: number;
      fields: Omit<Article, 'text'>;
      /** Word ids of the worker's vocabulary; `newWords` are the words it added since its previous message. */
      ids: Int32Array;
      sentenceStarts: Uint8Array;
      newWords: string[];
      textBytes?: Uint8Array;
    };

/** A worker's own word ids (the loader maps them to the corpus's in file order). */
export class LocalVocabulary implements WordIds {
  private readonly ids = new Map<string, number>();
  private readonly rawIds = new RawWordTable();
  readonly words: string[] = [];
  /** Words already sent with an answer. */
  sent = 0;

  idOfSpan(text: string, start: number, end: number): number {
    let id = this.rawIds.get(text, start, end);
    if (id < 0) {
      const norm = normalizeWord(text.slice(start, end));
      let known = this.ids.get(norm);
      if (known === undefined) {
        known = this.words.length;
        this.ids.set(norm, known);
        this.words.push(norm);
      }
      this.rawIds.set(text, start, end, known);
      id = known;
    }
    return id;
  }
}

/** Reads a source: its article, or why it is skipped (readArticle in sources.ts). */
export type FileReader = (file: string) => Article | { path: string; reason: string };

/** Reads and scans file `index` into an answer, in `vocabulary`'s word ids (a worker's, or the loader's own). */
export function indexFile(index: number, file: string, read: FileReader, vocabulary: LocalVocabulary): IndexedFile {
  const result = read(file);
  if ('reason' in result) return { index, reason: result.reason };
  let n = 0;
  scanIndexTokens(result.text, result.bodyStart, vocabulary, (id, sentenceStart) => {
    if (n === scratchIds.length) {
      const moreIds = new Int32Array(2 * n);
      moreIds.set(scratchIds);
      scratchIds = moreIds;
      const moreStarts = new Uint8Array(2 * n);
      moreStarts.set(scratchStarts);
      scratchStarts = moreStarts;
    }
    scratchIds[n] = id;
    scratchStarts[n++] = sentenceStart ? 1 : 0;
  });
  // Ids and sentence starts share one buffer: one allocation, and one transfer to the loader.
  const buffer = new ArrayBuffer(5 * n);
  const ids = new Int32Array(buffer, 0, n);
  ids.set(scratchIds.subarray(0, n));
  const sentenceStarts = new Uint8Array(buffer, 4 * n, n);
  sentenceStarts.set(scratchStarts.subarray(0, n));
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(result) as Array<keyof Article>) if (key !== 'text') fields[key] = result[key];
  const answer: IndexedFile = {
    index,
    fields: fields as Omit<Article, 'text'>,
    ids,
    sentenceStarts,
    newWords: vocabulary.words.slice(vocabulary.sent),
    // A text extracted from a document is costly to extract again: it travels as bytes (see textStore.ts).
    textBytes: isRereadable(result) ? undefined : Buffer.from(result.text, 'utf8'),
  };
  vocabulary.sent = vocabulary.words.length;
  return answer;
}

/** Where indexFile collects a file's tokens (reused: each answer gets a copy of just its own). */
let scratchIds = new Int32Array(4096);
let scratchStarts = new Uint8Array(4096);

interface PoolWorker {
  /** Absent for the loader's own thread, which takes files too rather than wait. */
  worker?: Worker;
  port?: MessagePort;
  /** The worker's word ids → the corpus's (filled in file order). */
  toCorpus: Int32Array;
  /** Words of the worker's vocabulary given corpus ids so far. */
  known: number;
  /** It has no more files (or has stopped). */
  done: boolean;
  /** The thread has stopped (it then builds no postings either). */
  exited?: boolean;
}

/** The worker script: bundled beside dist/server.js and dist/cli.js, or compiled beside this file in out/. */
function workerScript(): string | undefined {
  return [path.join(__dirname, 'index-worker.js'), path.join(__dirname, 'indexWorker.js')].find((f) => fs.existsSync(f));
}

/**
 * One worker per core but one (up to 4): the loading thread reads files too. VERBATIM_INDEX_THREADS sets the number of
 * workers (0: index on this thread only).
 */
function workerCount(): number {
  const set = Number.parseInt(process.env.VERBATIM_INDEX_THREADS ?? '', 10);
  if (Number.isFinite(set) && set >= 0) return Math.min(16, set);
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(4, cores - 1));
}

/**
 * Files being read and scanned by worker threads. The caller takes them in order with `addNext` (and may add other
 * articles between them), then calls `close`.
 */
export class ParallelReader {
  private readonly waiting = new Map<number, { answer: IndexedFile; from: PoolWorker }>();
  private taken = 0;
  private lastHeard = Date.now();

  /** The loader's own thread, as a worker: its answers are in its own vocabulary's ids. */
  private readonly here: PoolWorker = { toCorpus: new Int32Array(1024), known: 0, done: false };
  private readonly hereVocabulary = new LocalVocabulary();

  private constructor(
    private readonly shared: IndexWorkerData,
    private readonly pool: PoolWorker[],
    private readonly read: FileReader,
  ) {}

  /** Starts the workers on `files`; undefined (nothing started) when workers cannot or need not be used. */
  static start(
    files: string[],
    read: FileReader,
    { maxBytes = Infinity, workers = workerCount(), minFiles = PARALLEL_MIN_FILES } = {},
  ): ParallelReader | undefined {
    const script = workerScript();
    if (!script || workers < 1 || files.length < minFiles) return undefined;
    const shared: IndexWorkerData = {
      files,
      maxBytes,
      next: new Int32Array(new SharedArrayBuffer(4)),
      signal: new Int32Array(new SharedArrayBuffer(4)),
    };
    const pool: PoolWorker[] = [];
    for (let k = 0; k < workers; k++) {
      const { port1, port2 } = new MessageChannel();
      try {
        // execArgv empty: a debugging parent's --inspect is not passed on; output piped, never inherited (LSP on stdout).
        const worker = new Worker(script, { workerData: { ...shared, port: port2 }, transferList: [port2], execArgv: [], stdout: true, stderr: true });
        worker.unref();
        port1.unref();
        const w: PoolWorker = { worker, port: port1, toCorpus: new Int32Array(1024), known: 0, done: false };
        // A worker that fails or exits says no more (heard between slices; a blocking load relies on STALL_MS).
        worker.on('error', () => (w.done = w.exited = true));
        worker.on('exit', () => (w.done = w.exited = true));
        pool.push(w);
      } catch {
        port1.close();
        break;
      }
    }
    return pool.length ? new ParallelReader(shared, pool, read) : undefined;
  }

  /**
   * Adds the next file (in order) to `corpus` once a worker has it, yielding while waiting; returns its article, or
   * why it is skipped. A file no worker answers for (one crashed) is read by `readHere`, which adds it itself.
   */
  *addNext(corpus: Corpus, reread: TextReader, readHere: (file: string) => Article | SkippedFile): Steps<Article | SkippedFile> {
    const k = this.taken++;
    const file = this.shared.files[k];
    for (;;) {
      const seen = Atomics.load(this.shared.signal, 0);
      for (const w of this.pool) {
        for (let m = receiveMessageOnPort(w.port!); m; m = receiveMessageOnPort(w.port!)) {
          const message = m.message as IndexedFile | { done: true };
          if ('done' in message) w.done = true;
          else if (message.index < k) learnWords(message, w, corpus); // read here meanwhile: its words are still the worker's
          else this.waiting.set(message.index, { answer: message, from: w });
          this.lastHeard = Date.now();
        }
      }
      const item = this.waiting.get(k);
      if (item) {
        this.waiting.delete(k);
        return add(item.answer, item.from, file, corpus, reread);
      }
      if (this.pool.every((w) => w.done) || Date.now() - this.lastHeard > STALL_MS) {
        this.lastHeard = Date.now();
        return readHere(file);
      }
      // Rather than wait, this thread takes the next file itself (it is one more core's worth of reading).
      const next = Atomics.add(this.shared.next, 0, 1);
      if (next < this.shared.files.length) {
        this.waiting.set(next, { answer: indexFile(next, this.shared.files[next], this.read, this.hereVocabulary), from: this.here });
      } else {
        // Sleep until a worker posts (briefly: the server's slices must come back to answer requests).
        Atomics.wait(this.shared.signal, 0, seen, 10);
      }
      yield;
    }
  }

  /**
   * For sealing the index once every file is in (Corpus.sealNow): a worker whose files are done builds the postings
   * while this thread builds the pair index; on a 2-core machine the other core is otherwise idle then. Undefined
   * when no worker is left.
   */
  postingsBuilder(): PostingsBuilder | undefined {
    const worker = this.pool.find((w) => w.worker && !w.exited);
    if (!worker) return undefined;
    return {
      start(wordOf, n, postStart) {
        const postData = new Int32Array(new SharedArrayBuffer(4 * n));
        const done = new Int32Array(new SharedArrayBuffer(4));
        try {
          worker.port!.postMessage({ postings: { wordOf, n, postStart, postData, done } } satisfies PostingsJob);
        } catch {
          return () => undefined;
        }
        return () => {
          // Blocks like building them here would (no event, such as a worker's exit, is heard meanwhile): a worker
          // that stopped ends the wait at the time limit.
          const deadline = Date.now() + POSTINGS_WAIT_MS;
          while (Atomics.load(done, 0) === 0 && Date.now() < deadline) Atomics.wait(done, 0, 0, 100);
          return Atomics.load(done, 0) === 1 ? postData : undefined;
        };
      },
    };
  }

  close(): void {
    Atomics.store(this.shared.next, 0, this.shared.files.length); // workers still going stop after their current file
    for (const w of this.pool) {
      void w.worker?.terminate();
      w.port?.close();
    }
  }
}

/** Gives the words new to a worker in this answer their corpus ids (a worker's answers come in its own order). */
function learnWords(answer: IndexedFile, from: PoolWorker, corpus: Corpus): void {
  if ('reason' in answer) return;
  const need = from.known + answer.newWords.length;
  if (need > from.toCorpus.length) {
    const more = new Int32Array(Math.max(need, 2 * from.toCorpus.length));
    more.set(from.toCorpus);
    from.toCorpus = more;
  }
  for (const word of answer.newWords) from.toCorpus[from.known++] = corpus.idOfWord(word);
}

function add(answer: IndexedFile, from: PoolWorker, file: string, corpus: Corpus, reread: TextReader): Article | SkippedFile {
  if ('reason' in answer) return { path: file, reason: answer.reason };
  // The worker's new words get corpus ids now, in file order: the ids a one-by-one load would give them.
  learnWords(answer, from, corpus);
  const article = answer.fields as Article;
  // Fields read on this thread are slices of the article's text, which they would keep alive (a worker's came
  // through a message: copies already).
  if (!from.worker) detachStrings(article);
  if (answer.textBytes) keepTextAsBytes(article, answer.textBytes);
  else loadTextWhenNeeded(article, reread);
  corpus.addTokens(article, answer.ids, answer.sentenceStarts, from.toCorpus);
  return article;
}

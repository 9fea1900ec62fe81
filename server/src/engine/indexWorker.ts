/**
 * An indexing worker thread (bundled as dist/index-worker.js; see parallelLoad.ts): takes the next file from the
 * shared counter, reads it and scans its tokens, and posts the article's fields (not its text, which the index reads
 * again from the file when needed) with its tokens as word ids of this worker's own vocabulary and the words new to
 * that vocabulary. The main thread gives the words its ids in file order, so the index is the one a single thread
 * would build.
 */
import { MessagePort, workerData } from 'worker_threads';
import { Article } from './article';
import { scanIndexTokens, WordIds } from './corpus';
import { stopReaders } from './readers/bridge';
import { readArticle } from './sources';
import { normalizeWord } from './text';
import { isRereadable } from './textStore';
import type { IndexedFile, IndexWorkerData } from './parallelLoad';

const { files, next, signal, port } = workerData as IndexWorkerData & { port: MessagePort };

// Readers' libraries may log; the language server speaks LSP on stdout, so nothing may reach it.
for (const level of ['log', 'info', 'debug', 'warn', 'error', 'trace'] as const) console[level] = () => undefined;

class WorkerVocabulary implements WordIds {
  private readonly ids = new Map<string, number>();
  private readonly rawIds = new Map<string, number>();
  readonly words: string[] = [];

  idOfRaw(raw: string): number {
    let id = this.rawIds.get(raw);
    if (id === undefined) {
      const norm = normalizeWord(raw);
      id = this.ids.get(norm);
      if (id === undefined) {
        id = this.words.length;
        this.ids.set(norm, id);
        this.words.push(norm);
      }
      this.rawIds.set(raw, id);
    }
    return id;
  }
}

function post(message: IndexedFile | { done: true }, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

const vocabulary = new WorkerVocabulary();
let sent = 0; // words of the vocabulary already posted
let ids = new Int32Array(1 << 16);
let starts = new Uint8Array(1 << 16);

for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
  const result = readArticle(files[i]);
  if ('reason' in result) {
    post({ index: i, reason: result.reason });
    continue;
  }
  let n = 0;
  scanIndexTokens(result.text, result.bodyStart, vocabulary, (id, sentenceStart) => {
    if (n === ids.length) {
      const moreIds = new Int32Array(2 * n);
      moreIds.set(ids);
      ids = moreIds;
      const moreStarts = new Uint8Array(2 * n);
      moreStarts.set(starts);
      starts = moreStarts;
    }
    ids[n] = id;
    starts[n++] = sentenceStart ? 1 : 0;
  });
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(result) as Array<keyof Article>) if (key !== 'text') fields[key] = result[key];
  const message: IndexedFile = {
    index: i,
    fields: fields as Omit<Article, 'text'>,
    ids: ids.slice(0, n),
    sentenceStarts: starts.slice(0, n),
    newWords: vocabulary.words.slice(sent),
    // A text extracted from a document is costly to extract again: it travels as bytes (see textStore.ts).
    textBytes: isRereadable(result) ? undefined : Buffer.from(result.text, 'utf8'),
  };
  sent = vocabulary.words.length;
  post(message, [message.ids.buffer as ArrayBuffer, message.sentenceStarts.buffer as ArrayBuffer]);
}
stopReaders();
post({ done: true });

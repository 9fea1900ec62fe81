/**
 * An indexing worker thread (bundled as dist/index-worker.js; see parallelLoad.ts): takes the next file from the
 * shared counter, reads it and scans its tokens, and posts the article's fields (not its text, which the index reads
 * again from the file when needed) with its tokens as word ids of this worker's own vocabulary and the words new to
 * that vocabulary. The main thread gives the words its ids in file order, so the index is the one a single thread
 * would build.
 */
import { MessagePort, workerData } from 'worker_threads';
import { stopReaders } from './readers/bridge';
import { readArticle } from './sources';
import { fillPostings } from './corpus';
import { IndexedFile, indexFile, IndexWorkerData, LocalVocabulary, PostingsJob } from './parallelLoad';

const { files, next, signal, maxBytes, port } = workerData as IndexWorkerData & { port: MessagePort };

// Readers' libraries may log; the language server speaks LSP on stdout, so nothing may reach it.
for (const level of ['log', 'info', 'debug', 'warn', 'error', 'trace'] as const) console[level] = () => undefined;

function post(message: IndexedFile | { done: true }, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

const vocabulary = new LocalVocabulary();
for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
  const answer = indexFile(i, files[i], (file) => readArticle(file, maxBytes), vocabulary);
  post(answer, 'reason' in answer ? [] : [answer.ids.buffer as ArrayBuffer]); // sentenceStarts shares that buffer
}
stopReaders();
post({ done: true });
// Then, until the loader closes the pool: the postings, built here while the loader builds the pair index.
port.on('message', ({ postings: job }: PostingsJob) => {
  fillPostings(job.wordOf, job.n, job.postStart, job.postData);
  Atomics.store(job.done, 0, 1);
  Atomics.notify(job.done, 0);
});

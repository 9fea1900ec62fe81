/**
 * The reader worker (bundled as dist/readers-worker.js): answers `extract` requests for the asynchronous formats.
 * Each answer is posted on the port, then the shared counter is bumped so the blocked caller wakes (see bridge.ts).
 */
import { MessagePort, workerData } from 'worker_threads';
import type { WorkerAnswer, WorkerRequest } from './bridge';
import { READERS } from './index';

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };

// Parsers log warnings about fonts and broken files; they must never reach the language server's stdout.
for (const level of ['log', 'info', 'debug', 'warn', 'error', 'trace'] as const) console[level] = () => undefined;
process.stdout.write = process.stderr.write = () => true;

function post(message: (WorkerAnswer & { id: number }) | { ready: true }): void {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

// The request being worked on: an error thrown outside its promise chain still answers it, instead of leaving it
// to time out.
let current: number | undefined;
const fail = (e: unknown) => {
  if (current === undefined) return;
  post({ id: current, ok: false, reason: describe(e) });
  current = undefined;
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

function describe(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.replace(/\s+/g, ' ').trim().slice(0, 200) || 'unknown error';
}

port.on('message', async (request: WorkerRequest) => {
  current = request.id;
  let answer: WorkerAnswer;
  try {
    const reader = READERS.find((r) => r.format === request.format && r.extract);
    if (!reader?.extract) throw new Error(`no asynchronous reader for ${request.format}`);
    answer = { ok: true, value: await reader.extract(request.bytes) };
  } catch (e) {
    answer = { ok: false, reason: describe(e) };
  }
  post({ id: request.id, ...answer });
  if (current === request.id) current = undefined;
});

post({ ready: true });

/**
 * Runs a reader's asynchronous `extract` (pdf.js, mammoth) from synchronous code: the request goes to a worker
 * thread and this thread blocks on a shared counter until the answer is posted, or a time limit passes. Source
 * loading stays synchronous for its callers, and a file that hangs or crashes its parser only loses the worker.
 */
import * as fs from 'fs';
import * as path from 'path';
import { MessageChannel, MessagePort, receiveMessageOnPort, Worker } from 'worker_threads';

export type WorkerAnswer = { ok: true; value: unknown } | { ok: false; reason: string };

export interface WorkerRequest {
  id: number;
  format: string;
  bytes: Uint8Array;
}

const START_TIMEOUT_MS = 20_000;
export const READ_TIMEOUT_MS = 60_000;

interface Running {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}
let running: Running | undefined;
let lastId = 0;

/** The worker script: bundled beside dist/server.js and dist/cli.js, or compiled beside this file in out/. */
function workerScript(): string | undefined {
  return [path.join(__dirname, 'readers-worker.js'), path.join(__dirname, 'worker.js')].find((f) => fs.existsSync(f));
}

function start(): Running | string {
  const script = workerScript();
  if (!script) return 'the PDF/Word reader (readers-worker.js) is missing from this installation';
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    // stdout/stderr are piped, not inherited: the language server speaks LSP on stdout and library chatter must not
    // reach it. execArgv is empty so a debugging parent's --inspect is not passed on.
    worker = new Worker(script, {
      workerData: { port: port2, signal },
      transferList: [port2],
      stdout: true,
      stderr: true,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
    });
  } catch (e) {
    return `the PDF/Word reader could not start (${(e as Error).message})`;
  }
  // The worker's output streams are never read: reading them would keep this process alive (the worker silences
  // its output anyway).
  worker.unref();
  port1.unref();
  // The worker posts "ready" once its modules are loaded.
  if (Atomics.wait(signal, 0, 0, START_TIMEOUT_MS) === 'timed-out' || !receiveMessageOnPort(port1)) {
    void worker.terminate();
    return 'the PDF/Word reader did not start';
  }
  return { worker, port: port1, signal };
}

/** Calls `extract` of the reader for `format` in the worker and waits for its answer. Never throws. */
export function runInWorker(format: string, bytes: Uint8Array, timeoutMs = READ_TIMEOUT_MS): WorkerAnswer {
  if (!running) {
    const started = start();
    if (typeof started === 'string') return { ok: false, reason: started };
    running = started;
  }
  const { port, signal } = running;
  const id = ++lastId;
  const copy = new Uint8Array(bytes); // transferred to the worker, so the caller keeps its own
  port.postMessage({ id, format, bytes: copy } satisfies WorkerRequest, [copy.buffer]);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = Atomics.load(signal, 0);
    // Answers are matched by id: a late answer to a request that already failed is dropped.
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
      const answer = m.message as WorkerAnswer & { id?: number };
      if (answer.id === id) return answer.ok ? { ok: true, value: answer.value } : { ok: false, reason: answer.reason };
    }
    const left = deadline - Date.now();
    if (left <= 0 || Atomics.wait(signal, 0, seen, left) === 'timed-out') {
      stopReaders();
      return { ok: false, reason: `took longer than ${Math.round(timeoutMs / 1000)} s to read` };
    }
  }
}

/** Ends the worker (it is started again when next needed): called once a batch of sources has been read. */
export function stopReaders(): void {
  if (!running) return;
  void running.worker.terminate();
  running.port.close();
  running = undefined;
}

/**
 * Cold start as an editor sees it: spawn `node dist/server.js --stdio`, initialise on a workspace, open a draft, and
 * time until the server publishes the draft's first diagnostics.
 */
import { spawn } from 'child_process';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export interface ColdStart {
  /** Spawn to the first diagnostics of the draft. */
  ms: number;
  diagnostics: number;
  /** Server log lines (window/logMessage), for the report. */
  log: string[];
  /** Spawn to when `settled` held. */
  settledMs: number;
}

export async function coldStart(
  serverJs: string,
  workspace: string,
  draftPath: string,
  draftText: string,
  initializationOptions: Record<string, unknown>,
  /** Polled after the diagnostics arrive; the server is stopped once it holds (e.g. its index is written). */
  settled: (log: string[]) => boolean = () => true,
  timeoutMs = 300_000,
  /** More arguments for the server, as an editor's client passes them (VS Code's: `--code-cache-dir`). */
  serverArgs: string[] = [],
  /** The server's environment (VS Code's client adds `serverEnv()` to its own). */
  env: NodeJS.ProcessEnv = process.env,
): Promise<ColdStart> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [serverJs, '--stdio', ...serverArgs], { stdio: 'pipe', env });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const log: string[] = [];
  const uri = pathToFileURL(path.resolve(draftPath)).toString();
  const done = new Promise<ColdStart>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics after ${timeoutMs} ms; server stderr: ${stderr}`)), timeoutMs);
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => {
      if (p.uri !== uri) return;
      clearTimeout(timer);
      resolve({ ms: performance.now() - t0, diagnostics: p.diagnostics.length, log, settledMs: 0 });
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${stderr}`)));
  });
  connection.onNotification('window/logMessage', (p: { message: string }) => log.push(p.message));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/configuration', () => [null]);
  connection.listen();
  try {
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).toString(),
      workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'bench' }],
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions,
    });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: draftText },
    });
    const result = await done;
    const deadline = Date.now() + timeoutMs;
    while (!settled(log) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    result.settledMs = performance.now() - t0;
    return result;
  } finally {
    try {
      await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await connection.sendNotification('exit');
    } catch {
      // already gone
    }
    connection.dispose();
    child.kill();
  }
}

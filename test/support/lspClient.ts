/**
 * A real JSON-RPC client for the language server: starts `node dist/server.js --stdio` and speaks LSP to it, the
 * way an editor does. Waits for results by listening for notifications, never by sleeping.
 */
import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-types';

interface PublishDiagnosticsParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}
import { ROOT } from './corpora';

export class LspTestClient {
  readonly connection: MessageConnection;
  private readonly process: ChildProcess;
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: Array<() => void> = [];
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  /** Every publishDiagnostics received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  stderr = '';
  private version = new Map<string, number>();

  /** `args`: more command-line arguments for the server, as an editor's client passes them. */
  /** `args` go to the server, `nodeArgs` to Node (V8 flags). */
  constructor(args: string[] = [], nodeArgs: string[] = []) {
    this.process = spawn(process.execPath, [...nodeArgs, path.join(ROOT, 'dist/server.js'), '--stdio', ...args], { stdio: 'pipe' });
    this.process.stderr!.on('data', (d) => (this.stderr += d));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.published.push(p);
      this.wake();
    });
    this.connection.onNotification((method, params) => {
      this.notifications.push({ method, params });
      this.wake();
    });
    // The server registers file watchers dynamically; accept like an editor would.
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves when `check` returns a value, re-checking on every message from the server. */
  async waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 10000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Timed out waiting for ${what}. Server stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async initialize(workspaceDir: string, initializationOptions?: unknown): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspaceDir).toString(),
      workspaceFolders: [{ uri: pathToFileURL(workspaceDir).toString(), name: 'ws' }],
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
      },
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  corpusNotifications(): Array<{ kind: string; articles: number; description: string }> {
    return this.notifications.filter((n) => n.method === 'verbatim/corpus').map((n) => n.params as never);
  }

  open(uri: string, text: string, languageId = 'markdown'): void {
    this.version.set(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  change(uri: string, changes: unknown[]): number {
    const v = (this.version.get(uri) ?? 1) + 1;
    this.version.set(uri, v);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: changes });
    return v;
  }

  /** Diagnostics for a document once the server has published them for `version` (or any, if not given). */
  diagnosticsFor(uri: string, version?: number): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics for ${uri}`, () => {
      const p = this.diagnostics.get(uri);
      if (!p || (version !== undefined && p.version !== version)) return undefined;
      return p.diagnostics;
    });
  }

  /** The hover at a position of a document (null where the server has nothing to show). */
  async hover(uri: string, position: { line: number; character: number }): Promise<Hover | null> {
    return (await this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position })) as Hover | null;
  }

  /** The code actions the server offers for one diagnostic, asked for at its range, as an editor's light bulb does. */
  async codeActionsFor(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    return (await this.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    this.process.kill();
  }

  get exited(): boolean {
    return this.process.exitCode !== null;
  }
}

/** Applies LSP text edits (0-based line/UTF-16 character ranges) to a text, last first. */
export function applyTextEdits(text: string, edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }) => lineStarts[p.line] + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  for (const e of sorted) text = text.slice(0, offset(e.range.start)) + e.newText + text.slice(offset(e.range.end));
  return text;
}

/**
 * The VS Code side: starts the language server, shows the active corpus in the status bar, and offers the
 * "Re-index Sources" command. Everything about quotes lives in the server.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

interface CorpusInfo {
  kind: 'workspace' | 'bundled';
  articles: number;
  description: string;
  skipped: number;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    synchronize: { configurationSection: 'verbatim' },
  };

  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  status.name = 'Verbatim';
  status.text = '$(sync~spin) Verbatim';
  status.tooltip = 'Verbatim: indexing sources…';
  status.command = 'verbatim.reindex';
  status.show();
  context.subscriptions.push(status);

  client = new LanguageClient('verbatim', 'Verbatim', serverOptions, clientOptions);
  context.subscriptions.push(
    client.onNotification('verbatim/corpus', (info: CorpusInfo) => {
      status.text = info.kind === 'bundled' ? '$(book) Verbatim: seed articles' : `$(book) Verbatim: ${info.articles} sources`;
      status.tooltip = `Verbatim checks quotes against ${info.description}${
        info.skipped ? ` (${info.skipped} file(s) skipped, see the Verbatim output)` : ''
      }. Click to re-index.`;
    }),
    vscode.commands.registerCommand('verbatim.reindex', async () => {
      status.text = '$(sync~spin) Verbatim';
      await client?.sendRequest('verbatim/reindex');
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

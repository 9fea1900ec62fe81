/**
 * The VS Code side: starts the language server, and adds what only an editor has: the status bar item, the quote
 * report view and the commands. Everything about quotes lives in the server.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { QuoteReportView } from './quoteReport';
import { CorpusInfo, VerbatimStatus } from './statusBar';
import { registerSourceView } from './sourceView';
import { serverEnv } from '../../server/src/launchEnv';

let client: LanguageClient | undefined;

interface SourceList {
  description: string;
  articles: Array<{ uri: string; title: string; date?: string }>;
}
type LspRange = { start: { line: number; character: number }; end: { line: number; character: number } };

function languages(): string[] {
  return vscode.workspace.getConfiguration('verbatim').get<string[]>('languages') ?? ['markdown', 'plaintext'];
}

/** What the extension exports to other extensions (and tests). */
export interface VerbatimApi {
  /** The status bar text: corpus, indexing, misquotes in the active draft. */
  statusText(): string;
}

export async function activate(context: vscode.ExtensionContext): Promise<VerbatimApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The server keeps V8's compiled code of itself here: a start then skips most of compiling (see server/src/start.ts).
  const codeCacheDir = path.join(context.globalStorageUri.fsPath, 'code-cache');
  // And with huge pages for its big arrays where the system has them (see server/src/launchEnv.ts).
  const env = serverEnv();
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, args: ['--code-cache-dir', codeCacheDir], options: { env } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  // The server may cache its index here between sessions.
  await vscode.workspace.fs.createDirectory(context.globalStorageUri);
  const output = vscode.window.createOutputChannel('Verbatim');
  const status = new VerbatimStatus();
  const report = new QuoteReportView(() => client, languages);
  context.subscriptions.push(output, status, report, report.onDidChangeReport((r) => status.setReport(r.draft, r.report)));
  context.subscriptions.push(registerSourceView(() => client));

  const start = async () => {
    const clientOptions: LanguageClientOptions = {
      documentSelector: languages().flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      synchronize: { configurationSection: 'verbatim' },
      outputChannel: output,
      initializationOptions: { cacheDir: context.globalStorageUri.fsPath, trusted: vscode.workspace.isTrusted },
    };
    const c = new LanguageClient('verbatim', 'Verbatim', serverOptions, clientOptions);
    c.onNotification('verbatim/indexing', () => status.setIndexing());
    c.onNotification('verbatim/corpus', (info: CorpusInfo) => {
      status.setCorpus(info);
      report.refreshSoon();
    });
    status.setIndexing();
    client = c;
    await c.start();
    report.refreshSoon(0);
  };
  const restart = async () => {
    const old = client;
    client = undefined;
    await old?.stop();
    await start();
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => status.render()),
    // Which documents the server sees, and what it may read, are fixed when it starts.
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('verbatim.languages')) void restart();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void restart()),

    vscode.commands.registerCommand('verbatim.reindex', async () => {
      status.setIndexing();
      await client?.sendRequest('verbatim/reindex');
    }),
    vscode.commands.registerCommand('verbatim.showQuoteReport', () => report.reveal()),
    vscode.commands.registerCommand('verbatim.openSource', (uri?: string, range?: LspRange) => openSource(uri, range)),
    vscode.commands.registerCommand('verbatim.selectSourcesFolder', selectSourcesFolder),
  );
  // Other client modules register here (e.g. the read-only view of PDF/DOCX/HTML sources).

  await vscode.commands.executeCommand('setContext', 'verbatim.active', true);
  await start();
  return { statusText: () => status.text };
}

/** Opens a source article: at a passage when given one, else the one picked from the active corpus. */
async function openSource(uri?: string, range?: LspRange): Promise<void> {
  if (typeof uri !== 'string') {
    const list = await client?.sendRequest<SourceList | null>('verbatim/sources');
    if (!list?.articles.length) {
      void vscode.window.showInformationMessage('Verbatim has no source articles loaded yet.');
      return;
    }
    const picked = await vscode.window.showQuickPick(
      list.articles.map((a) => ({ label: a.title, description: a.date, detail: vscode.Uri.parse(a.uri).fsPath, uri: a.uri })),
      { placeHolder: `Open a source article (${list.description})`, matchOnDescription: true, matchOnDetail: true },
    );
    if (!picked) return;
    uri = picked.uri;
  }
  const selection = range ? new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character) : undefined;
  await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection, preview: true });
}

/** Points `verbatim.sources` at a folder the writer picks (relative to the workspace when inside it). */
async function selectSourcesFolder(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    canSelectMany: false,
    defaultUri: folder?.uri,
    openLabel: 'Use as Sources',
    title: 'Verbatim: folder of source articles',
  });
  if (!picked?.[0]) return;
  const chosen = picked[0].fsPath;
  const relative = folder ? path.relative(folder.uri.fsPath, chosen) : undefined;
  const pattern = relative !== undefined && !relative.startsWith('..') && !path.isAbsolute(relative) ? (relative || '.').split(path.sep).join('/') : chosen;
  const target = folder ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration('verbatim').update('sources', [pattern], target);
  void vscode.window.showInformationMessage(`Verbatim now checks quotes against the articles in ${pattern}.`);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

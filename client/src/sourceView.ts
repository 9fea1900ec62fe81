/**
 * The read-only text view of sources whose text Verbatim extracted (PDF, Word, saved web pages): go-to-source on a
 * quote from one of them opens `verbatim-source:<path>`, and this provider asks the server for the text, in which
 * the server's ranges are given.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const SOURCE_VIEW_SCHEME = 'verbatim-source';
/** The views' language: package.json turns word wrap on for it (extracted paragraphs are single long lines). */
const SOURCE_VIEW_LANGUAGE = 'verbatim-source';

function asSourceView(document: vscode.TextDocument): void {
  if (document.uri.scheme === SOURCE_VIEW_SCHEME && document.languageId !== SOURCE_VIEW_LANGUAGE) {
    void vscode.languages.setTextDocumentLanguage(document, SOURCE_VIEW_LANGUAGE);
  }
}

export function registerSourceView(getClient: () => LanguageClient | undefined): vscode.Disposable {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    async provideTextDocumentContent(uri) {
      const client = getClient();
      if (!client) return `Verbatim is not running: the text of ${uri.path} is not available.`;
      const text = await client.sendRequest<string | null>('verbatim/sourceText', { uri: uri.toString() });
      return text ?? `${uri.path} is not among the sources Verbatim has loaded.`;
    },
  };
  return vscode.Disposable.from(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(SOURCE_VIEW_SCHEME, provider),
    // Sources are re-read when they change on disk: fetch the text again whenever a view comes to the front.
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor?.document.uri.scheme === SOURCE_VIEW_SCHEME) changed.fire(editor.document.uri);
    }),
    vscode.workspace.onDidOpenTextDocument(asSourceView),
  );
}

/**
 * Inside VS Code (run by ../runTest.ts): the same scenarios as the code-server test (test/e2e), through the
 * VS Code API. Waits are on VS Code events (diagnostics changing), never fixed sleeps.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';

const MISQUOTE = 'military and diplomatic';

function waitForDiagnostics(uri: vscode.Uri, ready: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 30000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const d = vscode.languages.getDiagnostics(uri);
      if (ready(d)) {
        sub.dispose();
        clearTimeout(timer);
        resolve(d);
      }
    };
    const sub = vscode.languages.onDidChangeDiagnostics(check);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`diagnostics for ${uri} not ready: ${JSON.stringify(vscode.languages.getDiagnostics(uri))}`));
    }, timeoutMs);
    check();
  });
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('Verbatim in VS Code (@vscode/test-electron)', () => {
  let doc: vscode.TextDocument;
  const at = (needle: string, delta = 0) => doc.positionAt(doc.getText().indexOf(needle) + delta);

  before(async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'draft.md'));
    await vscode.window.showTextDocument(doc);
  });

  it('reports the misquote (squiggle and Problems entry) with its code and source', async () => {
    const diags = await waitForDiagnostics(doc.uri, (d) => d.some((x) => x.source === 'verbatim'));
    const misquote = diags.find((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'misquote' && /"political", not "military"/.test(d.message));
    assert.ok(misquote, JSON.stringify(diags));
    assert.strictEqual(misquote.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(misquote.range.contains(at(MISQUOTE)));
  });

  it('hovering a quote shows the source passage', async () => {
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at(MISQUOTE)));
    assert.match(text, /Verbatim: Misquote/);
    assert.match(text, /\*\*political\*\* and diplomatic means/);
  });

  it("hovering a name shows the person's role", async () => {
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at('Lavrov said the US', 2)));
    assert.match(text, /Sergey Lavrov/);
    assert.match(text, /Russian Foreign Minister/i);
  });

  it('go to definition on a quote leads to the source line', async () => {
    const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', doc.uri, at(MISQUOTE));
    assert.ok(locations.length > 0);
    const first = locations[0];
    const uri = 'targetUri' in first ? first.targetUri : first.uri;
    const range = 'targetUri' in first ? first.targetRange : first.range;
    const source = await vscode.workspace.openTextDocument(uri);
    assert.match(uri.path, /seeds\/000_677974a615658906\.txt$/);
    assert.match(source.lineAt(range.start.line).text, /political and diplomatic means/);
  });

  it('the quick-fix rewrites the quote to the source wording', async () => {
    const misquote = vscode.languages.getDiagnostics(doc.uri).find((d) => /"political", not "military"/.test(d.message))!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, misquote.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.startsWith('Use the source wording'));
    assert.ok(fix?.edit, JSON.stringify(actions.map((a) => a.title)));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /exclusively through political and diplomatic/);
    await waitForDiagnostics(doc.uri, (d) => !d.some((x) => /"political", not "military"/.test(x.message)));
  });

  it('shows the active corpus in the status bar', async () => {
    const api = vscode.extensions.getExtension('verbatim.verbatim')!.exports as { statusText(): string };
    assert.match(api.statusText(), /Verbatim: seed articles/);
  });
});

/**
 * What the VS Code extension relies on beyond plain LSP, over stdio: ignore comments and the "Ignore this quote"
 * quick-fix, severities per code from settings, the quote report and source list requests, and work-done progress
 * while indexing.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { CodeAction, Diagnostic, MarkupContent, TextDocumentEdit } from 'vscode-languageserver-types';
import { applyTextEdits, LspTestClient } from '../support/lspClient';

const MISQUOTE = '“committed to finding solutions exclusively through military and diplomatic means”';
const UNVERIFIED = '“a great success for everyone involved”';
const VERIFIED = '"We hope that this can be avoided."';

function tempWorkspace(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-editor-'));
}

async function openAndWait(client: LspTestClient, ws: string, name: string, text: string): Promise<{ uri: string; diags: Diagnostic[] }> {
  const uri = pathToFileURL(path.join(ws, name)).toString();
  client.open(uri, text);
  return { uri, diags: await client.diagnosticsFor(uri) };
}

describe('editor support over stdio: ignore comments, severities, quote report, progress', function () {
  let client: LspTestClient;
  let ws: string;
  const progress: string[] = [];

  before(async () => {
    ws = tempWorkspace();
    client = new LspTestClient();
    // vscode-jsonrpc routes $/progress to progress handlers, not to the general notification handler.
    client.connection.onUnhandledProgress((p) => progress.push((p.value as { kind: string }).kind));
    // Declares work-done progress support, as VS Code does, so the server reports indexing.
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(ws).toString(),
      workspaceFolders: [{ uri: pathToFileURL(ws).toString(), name: 'ws' }],
      capabilities: { window: { workDoneProgress: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions: { severity: { 'unverified-quote': 'warning', 'unterminated-quote': 'off' } },
    });
    await client.connection.sendNotification('initialized', {});
  });
  after(() => client.shutdown());

  it('reports indexing with work-done progress that begins and ends', async () => {
    await client.waitFor('the corpus notification', () => client.corpusNotifications()[0]);
    await client.waitFor('progress end', () => (progress.includes('end') ? true : undefined));
    assert.deepStrictEqual(progress, ['begin', 'end']);
    assert.ok(client.notifications.some((n) => n.method === 'verbatim/indexing'));
  });

  it('applies the severities from the settings, and hides a code set to "off"', async () => {
    const { diags } = await openAndWait(client, ws, 'severity.md', `Lavrov said it was ${UNVERIFIED}.\n\nShe said “this never ends\n`);
    assert.deepStrictEqual(
      diags.map((d) => [d.code, d.severity]),
      [['unverified-quote', 2]],
      'unverified raised to warning (2), unterminated-quote hidden',
    );
  });

  it('silences the next line, a disabled region, and one quote followed by the ignore comment', async () => {
    const text = [
      `A: ${MISQUOTE}.`, // 0: reported
      '<!-- verbatim-disable-next-line -->',
      `B: ${MISQUOTE}.`, // 2: silenced
      `C: ${MISQUOTE}.`, // 3: reported
      '<!-- verbatim-disable -->',
      `D: ${MISQUOTE}.`, // 5: silenced
      '<!-- verbatim-enable -->',
      `E: ${MISQUOTE}<!-- verbatim-ignore --> and ${UNVERIFIED}.`, // 7: only the second quote reported
      '',
    ].join('\n');
    const { uri, diags } = await openAndWait(client, ws, 'ignore.md', text);
    assert.deepStrictEqual(
      diags.map((d) => `${d.range.start.line}:${d.code}`),
      ['0:misquote', '3:misquote', '7:unverified-quote'],
    );
    // The hover of a silenced quote still shows the source, and says why nothing is reported.
    const hoverText = async (line: number) => {
      const h = (await client.hover(uri, { line, character: 6 }))!;
      return (h.contents as MarkupContent).value;
    };
    assert.match(await hoverText(2), /Misquote[\s\S]*Ignored in this draft/);
    assert.match(await hoverText(5), /Ignored in this draft/);
    assert.doesNotMatch(await hoverText(0), /Ignored/);
  });

  it('offers "Ignore this quote", whose edit silences that quote only, and fix-all leaves it alone', async () => {
    const text = `First ${MISQUOTE}, then ${MISQUOTE}.\n`;
    const { uri, diags } = await openAndWait(client, ws, 'quickfix.md', text);
    assert.strictEqual(diags.length, 2);
    const actions = await client.codeActionsFor(uri, diags[0]);
    const ignore = actions.find((a) => a.title === 'Ignore this quote');
    assert.ok(ignore, JSON.stringify(actions.map((a) => a.title)));
    assert.strictEqual(ignore.kind, 'quickfix');
    const edit = ignore.edit!.documentChanges![0] as TextDocumentEdit;
    const ignored = applyTextEdits(text, edit.edits);
    assert.strictEqual(ignored, `First ${MISQUOTE}<!-- verbatim-ignore -->, then ${MISQUOTE}.\n`);

    const version = client.change(uri, [{ text: ignored }]);
    const after = await client.diagnosticsFor(uri, version);
    assert.deepStrictEqual(after.map((d) => d.range.start.character), [diags[1].range.start.character + '<!-- verbatim-ignore -->'.length]);
    const fixAll = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.verbatim'] },
    })) as CodeAction[];
    const fixed = applyTextEdits(ignored, (fixAll[0].edit!.documentChanges![0] as TextDocumentEdit).edits);
    assert.strictEqual(fixed, `First ${MISQUOTE}<!-- verbatim-ignore -->, then ${MISQUOTE.replace('military', 'political')}.\n`);
  });

  it('answers the quote report: every quote with status, source and counts, ignored ones marked', async () => {
    const text = `Zakharova: ${MISQUOTE}. She added: ${VERIFIED} Lavrov: ${UNVERIFIED}. Again ${MISQUOTE}<!-- verbatim-ignore -->.\n`;
    const { uri } = await openAndWait(client, ws, 'report.md', text);
    const report = (await client.connection.sendRequest('verbatim/quoteReport', { textDocument: { uri } })) as {
      uri: string;
      counts: Record<string, number>;
      quotes: Array<{ text: string; status: string; ignored: boolean; message?: string; range: { start: { character: number } }; source?: { uri: string; title: string; range: { start: { line: number } } } }>;
    };
    assert.strictEqual(report.uri, uri);
    assert.deepStrictEqual(
      report.quotes.map((q) => [q.status, q.ignored]),
      [
        ['misquote', false],
        ['verified', false],
        ['unverified', false],
        ['misquote', true],
      ],
    );
    assert.strictEqual(report.counts.misquote, 1);
    assert.strictEqual(report.counts.verified, 1);
    assert.strictEqual(report.counts.unverified, 1);
    assert.strictEqual(report.counts.ignored, 1);
    const [mis, ver, unv] = report.quotes;
    assert.strictEqual(text.slice(mis.range.start.character, mis.range.start.character + 10), MISQUOTE.slice(0, 10));
    assert.match(mis.message!, /"political", not "military"/);
    assert.match(mis.source!.uri, /seeds\/000_677974a615658906\.txt$/);
    assert.ok(ver.source && ver.source.title.length > 0);
    assert.strictEqual(unv.source, undefined);
    assert.match(unv.text, /^a great success/);
  });

  it('answers null for a quote report on a document it does not know, and keeps serving', async () => {
    const report = await client.connection.sendRequest('verbatim/quoteReport', { textDocument: { uri: 'file:///nowhere/x.md' } });
    assert.strictEqual(report, null);
    const bad = await client.connection.sendRequest('verbatim/quoteReport', {});
    assert.strictEqual(bad, null);
    assert.ok(!client.exited);
  });

  it('lists the source articles of the active corpus', async () => {
    const list = (await client.connection.sendRequest('verbatim/sources')) as { kind: string; articles: Array<{ uri: string; title: string }> };
    assert.strictEqual(list.kind, 'bundled');
    assert.strictEqual(list.articles.length, 2);
    for (const a of list.articles) {
      assert.match(a.uri, /^file:.*\/seeds\/.*\.txt$/);
      assert.ok(a.title.length > 0);
    }
  });
});

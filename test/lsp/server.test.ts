import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { CodeAction, Diagnostic, Location, MarkupContent, TextDocumentEdit } from 'vscode-languageserver-types';
import { ROOT } from '../support/corpora';
import { applyTextEdits, LspTestClient } from '../support/lspClient';

const DRAFT = [
  '# Talks in Moscow',
  '',
  'Zakharova said Moscow was “committed to finding solutions exclusively through military and diplomatic means.”',
  'She added: "We hope that this can be avoided."',
  'Lavrov said the talks were “a great success for everyone involved”.',
  '',
].join('\n');

function tempWorkspace(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-ws-'));
}

describe('language server over stdio (dist/server.js)', function () {
  let client: LspTestClient;
  let ws: string;
  let uri: string;

  before(async () => {
    ws = tempWorkspace();
    uri = pathToFileURL(path.join(ws, 'draft.md')).toString();
    client = new LspTestClient();
    const init = (await client.initialize(ws)) as { capabilities: Record<string, unknown> };
    assert.strictEqual(init.capabilities.hoverProvider, true);
    client.open(uri, DRAFT);
  });
  after(() => client.shutdown());

  it('checks a draft as soon as it is opened, not after the typing debounce', async () => {
    // A debounce far longer than a check: the opened draft's diagnostics must not wait for it.
    const slow = new LspTestClient();
    try {
      await slow.initialize(tempWorkspace(), { debounce: 20000 });
      await slow.waitFor('the sources indexed', () => (slow.corpusNotifications().length ? true : undefined));
      const draftUri = pathToFileURL(path.join(tempWorkspace(), 'opened.md')).toString();
      slow.open(draftUri, DRAFT);
      const diags = await slow.diagnosticsFor(draftUri); // waits at most 10 s, half the debounce
      assert.ok(diags.some((d) => d.code === 'misquote'));
    } finally {
      await slow.shutdown();
    }
  });

  it('tells the client that the bundled seeds are the active corpus', async () => {
    const [info] = await client.waitFor('corpus notification', () => client.corpusNotifications()[0] && client.corpusNotifications());
    assert.strictEqual(info.kind, 'bundled');
    assert.strictEqual(info.articles, 2);
  });

  it('publishes a misquote warning and an unverified information, with codes and the source location', async () => {
    const diags = await client.diagnosticsFor(uri);
    const misquote = diags.find((d) => d.code === 'misquote')!;
    assert.ok(misquote, JSON.stringify(diags));
    assert.strictEqual(misquote.severity, 2);
    assert.match(misquote.message, /"political", not "military"/);
    assert.deepStrictEqual(misquote.range.start, { line: 2, character: 26 });
    const related = misquote.relatedInformation![0].location;
    assert.match(related.uri, /seeds\/000_677974a615658906\.txt$/);
    const sourceText = fs.readFileSync(fileURLToPath(related.uri), 'utf8').split('\n')[related.range.start.line];
    assert.ok(sourceText.slice(related.range.start.character, related.range.end.character).endsWith('political and diplomatic means'));
    const unverified = diags.find((d) => d.code === 'unverified-quote')!;
    assert.strictEqual(unverified.severity, 3);
    assert.strictEqual(unverified.range.start.line, 4);
    assert.strictEqual(diags.length, 2, 'the verified quote gets no diagnostic');
  });

  it('offers a quick-fix that restores the source wording and keeps the quotation marks', async () => {
    const diags = await client.diagnosticsFor(uri);
    const misquote = diags.find((d) => d.code === 'misquote')!;
    const actions = await client.codeActionsFor(uri, misquote);
    const fix = actions.find((a) => a.kind === 'quickfix')!;
    assert.ok(fix.isPreferred);
    const edit = fix.edit!.documentChanges![0] as TextDocumentEdit;
    assert.strictEqual(edit.textDocument.version, 1);
    const fixed = applyTextEdits(DRAFT, edit.edits);
    assert.strictEqual(fixed, DRAFT.replace('through military and', 'through political and'));
  });

  it('shows the source passage with the differing word marked on hover', async () => {
    const hover = (await client.hover(uri, { line: 2, character: 60 }))!;
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /Misquote/);
    assert.match(value, /\*\*political\*\*/);
    assert.match(value, /000\\_677974a615658906\\.txt/);
    const verified = (await client.hover(uri, { line: 3, character: 20 }))!;
    assert.match((verified.contents as MarkupContent).value, /Verified quote/);
  });

  it('goes to the exact source span on definition', async () => {
    const locations = (await client.connection.sendRequest('textDocument/definition', {
      textDocument: { uri },
      position: { line: 3, character: 20 },
    })) as Location[];
    assert.strictEqual(locations.length, 1);
    const text = fs.readFileSync(fileURLToPath(locations[0].uri), 'utf8').split('\n')[locations[0].range.start.line];
    assert.strictEqual(text.slice(locations[0].range.start.character, locations[0].range.end.character), 'We hope that this can be avoided');
  });

  it('re-checks after an incremental edit and publishes for the new version', async () => {
    // Fix the word by hand: replace "military" with "political".
    const line = DRAFT.split('\n')[2];
    const col = line.indexOf('military');
    const v = client.change(uri, [
      { range: { start: { line: 2, character: col }, end: { line: 2, character: col + 'military'.length } }, text: 'political' },
    ]);
    const diags = await client.diagnosticsFor(uri, v);
    assert.deepStrictEqual(diags.map((d) => d.code), ['unverified-quote']);
  });

  it('debounces typing: a burst of edits is checked once, for the last version only', async () => {
    const burst = pathToFileURL(path.join(ws, 'burst.md')).toString();
    client.open(burst, 'Start: ');
    await client.diagnosticsFor(burst, 1);
    const typed = '“We hope that this can be prevented”';
    let v = 1;
    for (let i = 0; i < typed.length; i++) {
      v = client.change(burst, [{ range: { start: { line: 0, character: 7 + i }, end: { line: 0, character: 7 + i } }, text: typed[i] }]);
    }
    const diags = await client.diagnosticsFor(burst, v);
    assert.deepStrictEqual(diags.map((d) => d.code), ['misquote']);
    const versions = client.published.filter((p) => p.uri === burst).map((p) => p.version);
    assert.deepStrictEqual(versions, [1, v], 'intermediate versions must not be published');
  });

  it('offers "fix all misquotes" as source.fixAll.verbatim', async () => {
    const uri2 = pathToFileURL(path.join(ws, 'two.md')).toString();
    const text = '“We hope that this can be prevented,” she said. “Russia is the one being attacked,” he said.';
    client.open(uri2, text);
    const diags = await client.diagnosticsFor(uri2);
    assert.strictEqual(diags.filter((d) => d.code === 'misquote').length, 2);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri2 },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.verbatim'] },
    })) as CodeAction[];
    assert.strictEqual(actions.length, 1);
    const edit = actions[0].edit!.documentChanges![0] as TextDocumentEdit;
    assert.strictEqual(
      applyTextEdits(text, edit.edits),
      '“We hope that this can be avoided,” she said. “Russia is the one being threatened,” he said.',
    );
  });
});

describe('language server with a sources folder', function () {
  let client: LspTestClient;
  let ws: string;

  before(async () => {
    ws = tempWorkspace();
    fs.mkdirSync(path.join(ws, 'sources'));
    fs.writeFileSync(path.join(ws, 'sources/a.md'), '---\ntitle: Harbour report\ndate: 2024-05-01\n---\nThe mayor said "the harbour will reopen in June after repairs".\n');
    fs.writeFileSync(path.join(ws, 'sources/broken.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff]));
    client = new LspTestClient();
    await client.initialize(ws);
  });
  after(() => client.shutdown());

  it('uses the workspace sources instead of the seeds, skipping a binary file with a message', async () => {
    const [info] = await client.waitFor('corpus', () => client.corpusNotifications()[0] && client.corpusNotifications());
    assert.strictEqual(info.kind, 'workspace');
    assert.strictEqual(info.articles, 1);
    const log = await client.waitFor('skip message', () =>
      client.notifications.find((n) => n.method === 'window/logMessage' && /broken\.txt.*binary/.test(JSON.stringify(n.params))),
    );
    assert.ok(log);
  });

  it('picks up a source added on disk without a restart', async () => {
    const uri = pathToFileURL(path.join(ws, 'draft.md')).toString();
    client.open(uri, 'The mayor said “the harbour will reopen in July after repairs” and “the ferry returns on Monday morning”.');
    const first = await client.diagnosticsFor(uri);
    assert.deepStrictEqual(first.map((d) => d.code).sort(), ['misquote', 'unverified-quote']);

    const added = path.join(ws, 'sources/b.txt');
    fs.writeFileSync(added, 'Title: Ferry news\n\nOfficials said the ferry returns on Monday morning.\n');
    const before = client.corpusNotifications().length;
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(added).toString(), type: 1 }],
    });
    await client.waitFor('re-index', () => (client.corpusNotifications().length > before ? true : undefined));
    const after = await client.waitFor('new diagnostics', () => {
      const diags = (client as unknown as { diagnostics: Map<string, { diagnostics: Diagnostic[] }> }).diagnostics.get(uri);
      return diags && diags.diagnostics.length === 1 ? diags.diagnostics : undefined;
    });
    assert.deepStrictEqual(after.map((d) => d.code), ['misquote']);
    assert.strictEqual(client.corpusNotifications().at(-1)!.articles, 2);
  });

  it('answers a request that fails with an error, and keeps serving', async () => {
    const uri = pathToFileURL(path.join(ws, 'draft.md')).toString();
    await assert.rejects(
      client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: null }),
      /Verbatim could not answer/,
    );
    const hover = await client.hover(uri, { line: 0, character: 20 });
    assert.ok(hover, 'the next request is answered');
    assert.strictEqual(client.exited, false);
  });

  it('stays up after a request on an unknown document', async () => {
    const hover = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: 'file:///nowhere.md' },
      position: { line: 0, character: 0 },
    });
    assert.strictEqual(hover, null);
    assert.strictEqual(client.exited, false);
  });
});

void ROOT;

describe('language server in an untrusted workspace, with a size limit', function () {
  let client: LspTestClient;

  before(async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-untrusted-'));
    const ws = path.join(root, 'ws');
    fs.mkdirSync(path.join(ws, 'sources'), { recursive: true });
    fs.mkdirSync(path.join(root, 'outside'));
    fs.writeFileSync(path.join(root, 'outside/secret.txt'), 'Title: Secret\n\nThe secret plan was "never to be read by Verbatim".\n');
    fs.writeFileSync(path.join(ws, 'sources/small.txt'), 'Title: Small\n\nThe mayor said the harbour will reopen in June.\n');
    fs.writeFileSync(path.join(ws, 'sources/big.txt'), 'Title: Big\n\n' + 'words and more words. '.repeat(60000));
    fs.symlinkSync(path.join(root, 'outside/secret.txt'), path.join(ws, 'sources/link.txt'));
    client = new LspTestClient();
    await client.initialize(ws, { trusted: false, maxSourceMB: 1, sources: ['sources/**', '../outside/**'] });
  });
  after(() => client.shutdown());

  it('keeps sources inside the workspace and skips files over the size limit, saying why', async () => {
    const [info] = await client.waitFor('corpus', () => client.corpusNotifications()[0] && client.corpusNotifications());
    assert.strictEqual(info.articles, 1, JSON.stringify(info));
    const logs = () => client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => JSON.stringify(n.params));
    await client.waitFor('skip lines', () => (logs().some((l) => /big\.txt: too large/.test(l)) ? true : undefined));
    assert.ok(logs().some((l) => /\.\.\/outside\/\*\*: source pattern outside the workspace is ignored/.test(l)), logs().join('\n'));
    assert.ok(logs().some((l) => /link\.txt: links outside the workspace/.test(l)), logs().join('\n'));
  });
});

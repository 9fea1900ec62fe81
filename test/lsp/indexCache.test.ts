/**
 * The persisted index through the language server: given `cacheDir` in its initialization options, the server writes
 * its index there; a restarted server checks drafts from it at once, then looks at the sources and reads again only
 * those that changed.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspTestClient } from '../support/lspClient';

const DRAFT = 'The mayor said “the harbour will reopen in July after repairs” and “the bridge stays closed until the spring floods pass”.\n';

describe('persisted index in the language server', function () {
  this.timeout(30000);
  let ws: string;
  let cacheDir: string;
  let uri: string;

  before(() => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-lsp-index-'));
    cacheDir = path.join(ws, '.storage');
    fs.mkdirSync(path.join(ws, 'sources'));
    fs.writeFileSync(path.join(ws, 'sources', 'harbour.txt'), 'Title: Harbour\n\nThe mayor said the harbour will reopen in June after repairs.\n');
    fs.writeFileSync(path.join(ws, 'sources', 'bridge.txt'), 'Title: Bridge\n\nEngineers said the bridge stays closed until the spring floods pass.\n');
    fs.writeFileSync(path.join(ws, 'draft.md'), DRAFT);
    uri = pathToFileURL(path.join(ws, 'draft.md')).toString();
  });
  after(() => fs.rmSync(ws, { recursive: true, force: true }));

  /** Starts a server on the workspace, returns the draft's first diagnostics (as code@line:character). */
  async function session(whileOpen?: (client: LspTestClient) => Promise<unknown>, args: string[] = []): Promise<string[]> {
    const client = new LspTestClient(args);
    try {
      await client.initialize(ws, { cacheDir });
      client.open(uri, DRAFT);
      const diags = await client.diagnosticsFor(uri);
      await whileOpen?.(client);
      return diags.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`).sort();
    } finally {
      await client.shutdown();
    }
  }

  /** Polls until `done` holds (a file appearing or changing sends no message to wait for). */
  async function pollUntil(what: string, done: () => boolean): Promise<void> {
    const deadline = Date.now() + 10000;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  const indexWritten = () => pollUntil(`an index file is in ${cacheDir}`, () => fs.existsSync(cacheDir) && fs.readdirSync(cacheDir).some((f) => f.endsWith('.bin')));

  it('writes its index, starts from it after a restart, then reads a source changed meanwhile', async () => {
    const first = await session(indexWritten);
    assert.deepStrictEqual(first, ['misquote@0:15']);
    const indexFile = path.join(cacheDir, fs.readdirSync(cacheDir).find((f) => f.endsWith('.bin'))!);
    const written = fs.statSync(indexFile).mtimeMs;

    assert.deepStrictEqual(await session(), first, 'the same diagnostics from the persisted index');
    assert.strictEqual(fs.statSync(indexFile).mtimeMs, written, 'nothing changed, so the index is not rewritten');

    // Edited while no editor was open: the next start checks from the index as saved (fast at any size), then looks
    // at the sources, reads the changed one and checks the draft again.
    fs.writeFileSync(path.join(ws, 'sources', 'harbour.txt'), 'Title: Harbour\n\nThe mayor said the harbour will reopen in July after repairs.\n');
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(ws, 'sources', 'harbour.txt'), later, later);
    let published: string[][] = [];
    const settled = await session(async (client) => {
      await client.waitFor('diagnostics after the sources were looked at', () =>
        client.published.filter((p) => p.uri === uri).some((p) => p.diagnostics.length === 0) ? true : undefined,
      );
      published = client.published.filter((p) => p.uri === uri).map((p) => p.diagnostics.map((d) => String(d.code)));
      const deadline = Date.now() + 10000;
      while (fs.statSync(indexFile).mtimeMs === written) {
        if (Date.now() > deadline) throw new Error('the index was not written again');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
    assert.deepStrictEqual(settled, ['misquote@0:15'], 'first, the diagnostics of the index as saved');
    assert.deepStrictEqual(published[published.length - 1], [], 'then the edited source is read again: the quote checks out');
    assert.ok(fs.statSync(indexFile).mtimeMs > written, 'and the index is written again with the change');
    assert.deepStrictEqual(await session(), [], 'the next start has the change from the index');
  });

  it('keeps V8 code cache of itself in --code-cache-dir: made after the first check, used next time, made again when damaged', async () => {
    const codeDir = path.join(ws, '.code-cache');
    const args = ['--code-cache-dir', codeDir];
    const cacheFile = () => (fs.existsSync(codeDir) ? fs.readdirSync(codeDir).filter((f) => f.endsWith('.v8cache')) : []);
    const first = await session(() => pollUntil('a code cache is written', () => cacheFile().length === 1), args);
    const file = path.join(codeDir, cacheFile()[0]);
    const made = fs.readFileSync(file);
    assert.ok(made.length > 100_000, `a cache of the compiled server (${made.length} bytes)`);

    // Accepted by V8 on the next start: the same diagnostics, and the cache is not made again.
    assert.deepStrictEqual(await session(undefined, args), first);
    assert.ok(fs.readFileSync(file).equals(made), 'a cache that V8 accepts is kept as it is');

    // Damaged: V8 refuses it, the server starts all the same and writes a good one again (and clears the temporary
    // file a stopped server left behind).
    fs.writeFileSync(file, Buffer.alloc(made.length, 7));
    fs.writeFileSync(`${file}.99999.tmp`, 'half written');
    assert.deepStrictEqual(await session(() => pollUntil('the damaged cache is made again', () => fs.readFileSync(file)[0] !== 7), args), first);
    assert.deepStrictEqual(fs.readdirSync(codeDir), [path.basename(file)], 'one cache file, no temporary ones left');
  });

  it('keeps its start-up code in the code cache even when V8 drops unused code before the first check ends', async () => {
    // After indexing a big archive from scratch, the cache is made many collections after start-up; V8 flushes code
    // not run for a while, and the start-up code (run once) was then missing from it. Forced here with V8 flags, on a
    // folder big enough to be indexed on worker threads.
    const big = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-lsp-codecache-'));
    try {
      fs.mkdirSync(path.join(big, 'sources'));
      for (let i = 0; i < 300; i++) {
        fs.writeFileSync(path.join(big, 'sources', `a${i}.txt`), `Title: Article ${i}\n\nMayor Anna Kowalczyk said the port number ${i} reopens.\n`);
      }
      const draftUri = pathToFileURL(path.join(big, 'draft.md')).toString();
      const cacheSize = async (dir: string, nodeArgs: string[]) => {
        const files = () => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.v8cache')) : []);
        const client = new LspTestClient(['--code-cache-dir', dir], nodeArgs);
        try {
          await client.initialize(big, { cacheDir: path.join(big, '.storage') });
          client.open(draftUri, 'Kowalczyk said “the port number 299 reopens” today.\n');
          await client.diagnosticsFor(draftUri);
          await pollUntil('a code cache is written', () => files().length === 1);
        } finally {
          await client.shutdown();
        }
        return fs.statSync(path.join(dir, files()[0])).size;
      };
      const usual = await cacheSize(path.join(big, '.code-cache-usual'), []);
      const flushed = await cacheSize(path.join(big, '.code-cache-flushed'), ['--stress-flush-code', '--gc-interval=50000']);
      assert.ok(flushed > 0.8 * usual, `the cache made after forced flushing (${flushed} bytes) holds about what a usual one does (${usual})`);
    } finally {
      fs.rmSync(big, { recursive: true, force: true });
    }
  });
});

describe('indexing in the language server', function () {
  this.timeout(60000);

  it('answers requests while it indexes a big folder of sources and while it builds its names', async () => {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-lsp-slices-'));
    try {
      fs.mkdirSync(path.join(ws, 'sources'));
      const filler = 'The committee met again on Tuesday to discuss the budget and the schedule for the coming year. '.repeat(12);
      for (let i = 0; i < 3000; i++) {
        fs.writeFileSync(path.join(ws, 'sources', `a${i}.txt`), `Title: Article ${i}\n\n${filler}Mayor Anna Kowalczyk said the port number ${i} reopens.\n`);
      }
      const draft = 'Kowalczyk said “the port number 2999 reopens” today.\n';
      const uri = pathToFileURL(path.join(ws, 'draft.md')).toString();
      const client = new LspTestClient();
      try {
        await client.initialize(ws);
        client.open(uri, draft);
        await client.waitFor('indexing to start', () => (client.notifications.some((n) => n.method === 'verbatim/indexing') ? true : undefined));
        // Asked while the index is being built: answered at once (no sources listed yet), not after the indexing.
        const sources = await client.connection.sendRequest('verbatim/sources');
        assert.strictEqual(client.corpusNotifications().length, 0, 'the request was answered before indexing ended');
        assert.strictEqual(sources, null);
        const diags = await client.waitFor('the draft checked against the new index', () => {
          if (!client.corpusNotifications().length) return undefined;
          const p = client.published.filter((x) => x.uri === uri).pop();
          return p && p.diagnostics.length === 0 ? p.diagnostics : undefined;
        }, 50000);
        assert.deepStrictEqual(diags, [], 'the quote is verified against the 3,000th source');
        assert.strictEqual(client.corpusNotifications()[0].articles, 3000);

        // Then the names of 3,000 articles are built, in slices: a hover asked meanwhile is answered before they
        // are ready (no name yet); once they are, the same hover names the mayor.
        const hoverName = async () => {
          const h = await client.hover(uri, { line: 0, character: 3 });
          return (h?.contents as { value: string } | undefined)?.value ?? '';
        };
        assert.doesNotMatch(await hoverName(), /Anna Kowalczyk/, 'answered while the names were being built');
        const deadline = Date.now() + 40000;
        let hover = '';
        while (!/Anna Kowalczyk/.test(hover) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          hover = await hoverName();
        }
        assert.match(hover, /Anna Kowalczyk[\s\S]*Mayor/, 'the names were built in the end');
      } finally {
        await client.shutdown();
      }
    } finally {
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });
});

describe('names saved beside the persisted index', function () {
  this.timeout(60000);

  it('builds a big archive\'s names once, then reads them back at the next start, misattributions included', async () => {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-lsp-knowledge-'));
    const cacheDir = path.join(ws, '.storage');
    try {
      fs.mkdirSync(path.join(ws, 'sources'));
      // Over 100,000 words: the server builds the names in the background, after the first diagnostics.
      const filler = 'The committee met again on Tuesday to discuss the budget and the schedule for the coming year. '.repeat(12);
      for (let i = 0; i < 600; i++) {
        fs.writeFileSync(path.join(ws, 'sources', `a${i}.txt`), `Title: Article ${i}\n\n${filler}Mayor Anna Kowalczyk said the port number ${i} reopens.\n`);
      }
      fs.writeFileSync(
        path.join(ws, 'sources', 'bridge.txt'),
        'Title: Bridge\n\nPolice chief Tomasz Nowak spoke after the storm. “The bridge stays closed until the spring floods pass,” Nowak said.\n',
      );
      const draft = 'Mayor Anna Kowalczyk said “the bridge stays closed until the spring floods pass”.\n';
      const uri = pathToFileURL(path.join(ws, 'draft.md')).toString();
      // (The saved file itself, not the temporary one it is written to before the rename: replaceFile.ts.)
      const knowledgeFile = () => fs.existsSync(path.join(cacheDir, 'source-knowledge.v1.jsonl'));
      const logOf = (client: LspTestClient) =>
        client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message);
      const names = /Names and quotes of the 601 sources (built|read from the saved index)/;
      /**
       * Starts a server, waits for the drafts to be checked with the names (`misattribution`: whether that finds the
       * misattribution), then until `until` holds; returns the server's log.
       */
      const session = async (until: () => boolean, misattribution = true, namesLog = names) => {
        const client = new LspTestClient();
        try {
          await client.initialize(ws, { cacheDir });
          client.open(uri, draft);
          let published = -1; // diagnostics published before the names came
          await client.waitFor('the draft checked with the names', () => {
            if (published < 0) {
              if (!logOf(client).some((l) => namesLog.test(l))) return undefined;
              published = client.published.length;
            }
            // The server logs, then checks the drafts again: the next diagnostics are made with the names.
            const p = client.published.slice(published).filter((x) => x.uri === uri).pop();
            if (!p) return undefined;
            return p.diagnostics.some((d) => d.code === 'misattributed-quote') === misattribution ? true : undefined;
          }, 50000);
          // A file appearing sends no message: polled.
          const deadline = Date.now() + 20000;
          while (!until()) {
            if (Date.now() > deadline) throw new Error('timed out waiting for the names to be saved');
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          return logOf(client);
        } finally {
          await client.shutdown();
        }
      };
      const generation = () => JSON.parse(fs.readFileSync(path.join(cacheDir, 'source-knowledge.v1.jsonl'), 'utf8').split('\n')[0]).generation;
      const first = await session(knowledgeFile);
      assert.ok(first.some((l) => /sources built in/.test(l)) && !first.some((l) => /read from the saved index/.test(l)), first.join('\n'));
      const saved = generation();
      const second = await session(() => true);
      assert.ok(second.some((l) => /read from the saved index/.test(l)) && !second.some((l) => /sources built in/.test(l)), second.join('\n'));

      // A source changed while the editor was closed: the saved names are the old index's; the server indexes the
      // change, builds the names again (the quote is now the mayor's), and saves them for the new index.
      fs.writeFileSync(
        path.join(ws, 'sources', 'bridge.txt'),
        'Title: Bridge\n\nMayor Anna Kowalczyk spoke after the storm. “The bridge stays closed until the spring floods pass,” Kowalczyk said.\n',
      );
      const third = await session(() => knowledgeFile() && generation() !== saved, false, /sources built in/);
      assert.ok(third.some((l) => /Sources changed since the index was saved/.test(l)), third.join('\n'));
      assert.ok(third.some((l) => /sources built in/.test(l)), third.join('\n'));
      const fourth = await session(() => true, false);
      assert.ok(fourth.some((l) => /read from the saved index/.test(l)) && !fourth.some((l) => /sources built in/.test(l)), fourth.join('\n'));
    } finally {
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });
});

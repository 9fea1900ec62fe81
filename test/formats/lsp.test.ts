import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { Diagnostic, Location, MarkupContent, TextDocumentEdit } from 'vscode-languageserver-types';
import { applyTextEdits, LspTestClient } from '../support/lspClient';
import { DRAFT, makeFormatsWorkspace } from './fixtures';

type Range = Location['range'];

function slice(text: string, range: Range): string {
  const lines = text.split(/\r\n|\r|\n/);
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [lines[range.start.line].slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line].slice(0, range.end.character)].join('\n');
}

/** The character of a quote's first word on a draft line. */
function at(line: number, words: string): { line: number; character: number } {
  const character = DRAFT.split('\n')[line].indexOf(words);
  assert.ok(character >= 0, words);
  return { line, character: character + 2 };
}

describe('sources in other formats, through the language server', function () {
  this.timeout(60000);
  let client: LspTestClient;
  let ws: string;
  let uri: string;
  let diagnostics: Diagnostic[];

  before(async () => {
    ws = await makeFormatsWorkspace();
    uri = pathToFileURL(path.join(ws, 'draft.md')).toString();
    client = new LspTestClient();
    await client.initialize(ws);
    client.open(uri, DRAFT);
    diagnostics = await client.diagnosticsFor(uri);
  });
  after(() => client.shutdown());

  const definition = (line: number, words: string) =>
    client.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: at(line, words) }) as Promise<Location[]>;
  const hover = async (line: number, words: string) =>
    (await client.hover(uri, at(line, words)))!.contents as MarkupContent;
  const sourceText = (viewUri: string) => client.connection.sendRequest('verbatim/sourceText', { uri: viewUri }) as Promise<string | null>;

  it('publishes misquotes from every format, citing "p. N" for the PDF and "Name at hh:mm:ss" for transcripts', () => {
    const messages = diagnostics.filter((d) => d.code === 'misquote').map((d) => [d.range.start.line, d.message]);
    assert.strictEqual(messages.length, 6, JSON.stringify(diagnostics));
    const message = (line: number) => messages.find(([l]) => l === line)?.[1] as string;
    assert.match(message(2), /"terms", not "conditions" \(Statement on the trade talks \(2024-03-04\), p\. 1\)$/);
    assert.match(message(6), /"hidden", not "kept" \(Council budget memo \(2024-03-07\)\)$/);
    assert.match(message(7), /"never", not "always" \(Mayor vows to keep library open \(2024-03-05\)\)$/);
    assert.match(message(10), /\(Interview with Jane Doe \(2024-03-04\), Jane Doe at 00:12:34\)$/);
    assert.match(message(11), /\(council, Joe Bloggs at 00:01:02\)$/);
    assert.match(message(14), /\(Phone call with Sam Hill \(2024-03-06\), Sam Hill at 00:03:24\)$/);
    assert.ok(!diagnostics.some((d) => d.code === 'unverified-quote'), 'every quote is found in its source');
  });

  it('goes to the text view of a PDF, Word document or web page, at the quoted words', async () => {
    const cases: Array<[number, string, string, string]> = [
      [3, 'The talks', 'statement.pdf', 'The talks will resume in the spring'],
      [4, 'ready to', 'statement.pdf', 'ready to review the agreement with our partners'],
      [5, 'Every penny', 'memo.docx', 'Every penny of this budget will be accounted for in public'],
      [8, 'The numbers', 'page.html', 'The numbers simply do not add up'],
    ];
    for (const [line, words, file, expected] of cases) {
      const [location] = await definition(line, words);
      assert.ok(location.uri.startsWith('verbatim-source:'), location.uri);
      assert.ok(location.uri.endsWith(`/sources/${file}`), location.uri);
      const text = await sourceText(location.uri);
      assert.ok(text, `the server gives the text behind ${location.uri}`);
      assert.strictEqual(slice(text, location.range), expected);
    }
  });

  it('the web page text view has the article without navigation, scripts or styles, entities decoded', async () => {
    const [location] = await definition(8, 'The numbers');
    const text = (await sourceText(location.uri))!;
    assert.ok(text.startsWith('Mayor vows to keep library open\nKim Lee · 2024-03-05\n\n'), text);
    assert.match(text, /the town’s library would stay open\. “We will never close the library/);
    for (const absent of ['Home', 'Sport', 'color', 'teaser', 'Copyright', 'By Kim Lee', '&rsquo;', '&quot;']) assert.ok(!text.includes(absent), absent);
  });

  it('goes into the transcript file itself for WebVTT, SubRip and plain transcripts', async () => {
    const cases: Array<[number, string, string, string]> = [
      [9, 'We never', 'interview.vtt', 'We never planned to close\nthe branch on Elm Street'],
      [12, 'spend the', 'council.srt', 'spend the money on repairs instead'],
      [13, 'a reckless', 'call.txt', 'a reckless waste of public money'],
    ];
    for (const [line, words, file, expected] of cases) {
      const [location] = await definition(line, words);
      assert.ok(location.uri.startsWith('file:'), location.uri);
      assert.strictEqual(fileURLToPath(location.uri), path.join(ws, 'sources', file));
      assert.strictEqual(slice(fs.readFileSync(path.join(ws, 'sources', file), 'utf8'), location.range), expected);
    }
  });

  it('hovers show the page of a PDF quote and the speaker and time of a transcript quote', async () => {
    assert.match((await hover(4, 'ready to')).value, /\*Statement on the trade talks\* · 2024\\-03\\-04 · statement\\\.pdf · p\\\. 2/);
    assert.match((await hover(3, 'The talks')).value, /· p\\\. 1\n/);
    assert.match((await hover(9, 'We never')).value, /interview\\\.vtt · Jane Doe at 00:12:30\n\n> \*\*We never planned to close the branch on Elm Street\*\*, not once\\\./);
    assert.match((await hover(12, 'spend the')).value, /council\\\.srt · Joe Bloggs at 00:01:05/);
    assert.match((await hover(13, 'a reckless')).value, /call\\\.txt · Sam Hill at 00:03:15/);
  });

  it('fixes a misquote from a PDF and from a transcript with the source wording', async () => {
    for (const [line, from, to] of [
      [2, 'these conditions', 'these terms'],
      [10, 'the soul of', 'the heart of'],
    ] as const) {
      const diagnostic = diagnostics.find((d) => d.code === 'misquote' && d.range.start.line === line)!;
      const actions = await client.codeActionsFor(uri, diagnostic);
      const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred)!;
      const edit = fix.edit!.documentChanges![0] as TextDocumentEdit;
      assert.strictEqual(applyTextEdits(DRAFT, edit.edits), DRAFT.replace(from, to));
    }
  });

  it('gives no text for a view of a file that is not a loaded source', async () => {
    assert.strictEqual(await sourceText(`verbatim-source://${pathToFileURL(path.join(ws, 'draft.md')).pathname}`), null);
    assert.strictEqual(await sourceText(pathToFileURL(path.join(ws, 'sources', 'statement.pdf')).toString()), null);
    assert.strictEqual(await sourceText('verbatim-source:%%%'), null);
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readArticle } from '../../server/src/engine/sources';
import { runCli } from '../support/cli';
import { makeFormatsWorkspace } from './fixtures';

interface JsonRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface JsonQuote {
  text: string;
  status: string;
  fix: string | null;
  source: null | { path: string; range: JsonRange; text: string; page?: number; cue?: { speaker?: string; time?: string }; textView?: boolean };
}

function slice(text: string, range: JsonRange): string {
  const lines = text.split(/\r\n|\r|\n/);
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [lines[range.start.line].slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line].slice(0, range.end.character)].join('\n');
}

describe('sources in other formats, through the CLI', function () {
  this.timeout(60000);
  let ws: string;
  let run: { code: number | null; stdout: string; stderr: string };
  let quotes: JsonQuote[];

  before(async () => {
    ws = await makeFormatsWorkspace();
    const cli = (args: string[]) => runCli(args, { cwd: ws });
    run = cli(['check', 'draft.md']);
    const json = cli(['check', 'draft.md', '--format', 'json']);
    quotes = JSON.parse(json.stdout).files[0].quotes;
  });

  it('reads the web page, PDF, Word document and transcripts, and skips the unusable files saying why', () => {
    assert.strictEqual(run.code, 1, run.stderr);
    assert.match(run.stderr, /checking against 6 source articles/);
    const skipped = run.stderr.split('\n').filter((l) => l.includes('skipped source'));
    const reason = (file: string) => skipped.find((l) => l.includes(`${path.sep}${file}:`));
    assert.match(reason('scan.pdf') ?? '', /PDF has no text layer .*OCR/);
    assert.match(reason('broken.pdf') ?? '', /not a readable PDF/);
    assert.match(reason('renamed.docx') ?? '', /not a Word document/);
    assert.match(reason('old.doc') ?? '', /\.doc\) are not read; save it as \.docx/);
    assert.match(reason('empty.vtt') ?? '', /no cues with text/);
    assert.strictEqual(skipped.length, 5, run.stderr);
  });

  it('verifies a quote and catches a misquote in each format, citing the page or the speaker and time', () => {
    assert.deepStrictEqual(
      quotes.map((q) => q.status),
      ['misquote', 'verified', 'verified', 'verified', 'misquote', 'misquote', 'verified', 'verified', 'misquote', 'misquote', 'verified', 'verified', 'misquote'],
    );
    const lines = run.stdout.trim().split('\n');
    const line = (n: number) => lines.find((l) => l.startsWith(`draft.md:${n}:`)) ?? '';
    assert.match(line(3), /the source says "terms", not "conditions" \(Statement on the trade talks \(2024-03-04\), p\. 1\)/);
    assert.match(line(7), /"hidden", not "kept" \(Council budget memo \(2024-03-07\)\)/);
    assert.match(line(8), /negation changed: the source says "never", not "always" \(Mayor vows to keep library open \(2024-03-05\)\)/);
    assert.match(line(11), /"heart", not "soul" \(Interview with Jane Doe \(2024-03-04\), Jane Doe at 00:12:34\)/);
    assert.match(line(12), /"everyone", not "everybody" \(council, Joe Bloggs at 00:01:02\)/);
    assert.match(line(15), /"plan", not "scheme" \(Phone call with Sam Hill \(2024-03-06\), Sam Hill at 00:03:24\)/);
  });

  it('gives the source wording as the fix for each misquote', () => {
    const fixes = quotes.filter((q) => q.status === 'misquote').map((q) => q.fix);
    assert.deepStrictEqual(fixes, [
      'We will never accept these terms.',
      'nothing will be hidden from the voters.',
      'We will never close the library while I am mayor.',
      'the heart of this town & its people',
      'Roads and bridges come first, and everyone knows it.',
      'Under no circumstances would I vote for a plan like this one.',
    ]);
  });

  it('locates PDF, Word and web-page quotes in the extracted text, with the PDF page', () => {
    const byFile = (name: string) => quotes.filter((q) => q.source?.path === path.join('sources', name));
    for (const [file, count] of [['statement.pdf', 3], ['memo.docx', 2], ['page.html', 2]] as const) {
      const found = byFile(file);
      assert.strictEqual(found.length, count, file);
      const article = readArticle(path.join(ws, 'sources', file));
      assert.ok(!('reason' in article));
      for (const q of found) {
        assert.strictEqual(q.source!.textView, true);
        assert.strictEqual(slice(article.text, q.source!.range), q.source!.text);
      }
    }
    assert.deepStrictEqual(byFile('statement.pdf').map((q) => q.source!.page), [1, 1, 2]);
    // The quote that runs over the page break, and the word hyphenated at a line end, read as written.
    assert.strictEqual(byFile('statement.pdf')[1].source!.text, 'The talks will resume in the spring');
    assert.strictEqual(byFile('statement.pdf')[2].source!.text, 'ready to review the agreement with our partners');
  });

  it('locates transcript quotes in the transcript file itself, with speaker and time', () => {
    const expected: Array<[string, string, string, string]> = [
      ['interview.vtt', 'We never planned to close\nthe branch on Elm Street', 'Jane Doe', '00:12:30'],
      ['interview.vtt', 'the heart of this town &amp; its people', 'Jane Doe', '00:12:34'],
      ['council.srt', 'Roads and bridges come first,\nand everyone knows it', 'Joe Bloggs', '00:01:02'],
      ['council.srt', 'spend the money on repairs instead', 'Joe Bloggs', '00:01:05'],
      ['call.txt', 'a reckless waste of public money', 'Sam Hill', '00:03:15'],
      ['call.txt', 'Under no circumstances\nwould I vote for a plan like this one', 'Sam Hill', '00:03:24'],
    ];
    const transcriptQuotes = quotes.filter((q) => /\.(vtt|srt|txt)$/.test(q.source?.path ?? ''));
    assert.strictEqual(transcriptQuotes.length, expected.length);
    transcriptQuotes.forEach((q, i) => {
      const [file, inFile, speaker, time] = expected[i];
      assert.strictEqual(q.source!.path, path.join('sources', file));
      assert.strictEqual(q.source!.textView, undefined);
      assert.deepStrictEqual(q.source!.cue, { speaker, time });
      const text = fs.readFileSync(path.join(ws, 'sources', file), 'utf8');
      assert.strictEqual(slice(text, q.source!.range), inFile);
    });
  });
});

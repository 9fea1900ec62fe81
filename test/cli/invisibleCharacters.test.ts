import * as assert from 'assert';
import { inTempFolder, runCli } from '../support/cli';

// Web copy carries invisible characters: a soft hyphen inside a word, a zero-width joiner before "'s" (Wikinews
// articles have both). A writer cannot see them, so they must not turn a faithful quote into a misquote, hide a
// speaker from the attribution patterns, or shift where go-to-source lands in the file.
const SOURCE = [
  'National news source Daily Xtra\u200d\'s editorial director, Rachel Giese, said the pleas might provide “some solace for the fam\u00adilies and friends of the victims,” but she would not answer questions.',
  '',
  'Mayor John Tory said a broader probe may be required.',
  '',
].join('\n');

interface CheckedQuote {
  text: string;
  status: string;
  source: { path: string; text: string; speaker?: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } } | null;
}

describe('invisible characters in sources and drafts (CLI)', () => {
  it('reads through them: the quote is verified, its speaker found, and its range points at the file\'s characters', () => {
    const draft = [
      'Rachel Giese said the pleas offered “some solace for the families and friends of the victims”.',
      '',
      // (The draft's own copy may carry them too.)
      'Giese hoped for “some solace for the fami\u00adlies and friends of the victims”.',
      '',
      'John Tory said the pleas offered “some solace for the families and friends of the victims”.',
      '',
    ].join('\n');
    const r = inTempFolder({ 'sources/xtra.md': SOURCE, 'draft.md': draft }, (dir) => runCli(['check', 'draft.md', '--format', 'json'], { cwd: dir }));
    assert.ok(r.stdout, r.stderr);
    const quotes = JSON.parse(r.stdout).files[0].quotes as CheckedQuote[];
    assert.deepStrictEqual(
      quotes.map((q) => q.status),
      ['verified', 'verified', 'misattributed'],
      r.stdout,
    );
    assert.strictEqual(quotes[2].source?.speaker, 'Rachel Giese');
    // The range is the file's: its characters there, invisible ones included, are the source words reported.
    const { range, text } = quotes[0].source!;
    const line = SOURCE.split('\n')[range.start.line];
    assert.strictEqual(range.end.line, range.start.line);
    const inFile = line.slice(range.start.character, range.end.character);
    assert.ok(inFile.includes('\u00ad'), inFile);
    assert.strictEqual(inFile.replace(/\u00ad/g, ''), text);
  });
});

/**
 * Property-based tests over the quote extractor, the matcher and offset mapping. Each property runs on hundreds of
 * generated inputs (fast-check); the counts are printed so the report can say how many were tried.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { applyEdits, checkDraft } from '../../server/src/engine/check';
import { LineIndex } from '../../server/src/engine/positions';
import { transcriptArticle } from '../../server/src/engine/readers/transcript';
import { findQuotes } from '../../server/src/engine/quotes';
import { tokenize } from '../../server/src/engine/text';
import { corpusOf, SEEDS_DIR } from '../support/corpora';

const RUNS = Number(process.env.VERBATIM_PROPERTY_RUNS) || 400;
let tried = 0;
const counted = <T>(p: (x: T) => void) => (x: T) => {
  tried++;
  p(x);
};

// Text that stresses the scanner: quote marks of every kind, apostrophes, brackets, code, emoji, accents, CRLF.
const nasty = fc.constantFrom('“', '”', '"', "'", '‘', '’', '«', '»', '„', '`', '```', '> ', '[', ']', '...', '…', '\n', '\r\n', '\r', '\n\n', ' ', '😀', 'é', 'e\u0301', '—', '---\n', '<!--', '-->', '(', ')', 'Russia’s', "rock 'n' roll", "'90s");
const word = fc.constantFrom('the', 'OSCE', 'Lavrov', 'said', 'we', 'not', 'talks', 'Moscow', 'will', 'crisis', 'hope', '2025', 'five');
const messy = fc.array(fc.oneof(nasty, word, fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(' '));

const seeds = corpusOf(SEEDS_DIR);
// Real passages: runs of 3-12 words taken from the seeds' sentences.
const passages: string[] = [];
for (const a of seeds.articles) {
  for (const sentence of a.text.slice(a.bodyStart).split(/(?<=[.!?])\s+|\n+/)) {
    // Quotation marks go; apostrophes inside words (Russia’s) stay.
    const words = sentence.replace(/[“”"«»]|(?<!\p{L})[‘’']|[‘’'](?!\p{L})/gu, '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (words.length >= 4) passages.push(words.join(' '));
  }
}
const passage = fc
  .tuple(fc.constantFrom(...passages), fc.nat(), fc.integer({ min: 3, max: 12 }))
  .map(([p, start, len]) => {
    const words = p.split(' ');
    const s = start % Math.max(1, words.length - 2);
    return words.slice(s, s + len).join(' ').replace(/[,;:.!?]+$/, '');
  })
  .filter((p) => tokenize(p).length >= 3);
const marks = fc.constantFrom(['“', '”'], ['"', '"'], ['«', '»'], ['‘', '’']);
const prose = fc.constantFrom('He said', 'In Moscow 😀, she added', 'Café owners say', "Russia's envoy said", 'Zakharova:', '- ');

describe('properties (fast-check)', function () {
  this.timeout(120000);
  after(() => console.log(`      ${tried} generated inputs tried`));

  it('the quote scanner never throws and keeps every range inside the document, in order', () => {
    fc.assert(
      fc.property(fc.tuple(messy, fc.constantFrom<'markdown' | 'plaintext'>('markdown', 'plaintext')), counted(([text, format]: [string, 'markdown' | 'plaintext']) => {
        const scan = findQuotes(text, format);
        let last = -1;
        for (const q of scan.quotes) {
          assert.ok(0 <= q.start && q.start <= q.contentStart && q.contentStart <= q.contentEnd && q.contentEnd <= q.end && q.end <= text.length);
          assert.ok(q.start >= last, 'quotes are outermost and do not overlap');
          last = q.end;
        }
        for (const u of scan.unterminated) assert.strictEqual(text.slice(u.offset, u.offset + u.mark.length), u.mark);
        assert.strictEqual(scan.prose.length, text.length);
      }) as never),
      { numRuns: RUNS },
    );
  });

  it('checking any draft never throws, and every edit lies inside its quote', () => {
    fc.assert(
      fc.property(messy, counted((text: string) => {
        const result = checkDraft(seeds, text, 'markdown')!;
        for (const c of result.checks) {
          for (const e of c.edits) assert.ok(c.quote.contentStart <= e.start && e.start <= e.end && e.end <= c.quote.contentEnd);
        }
      })),
      { numRuns: RUNS },
    );
  });

  it('a real passage quoted in any style, anywhere on a line, is verified and points at the same words', () => {
    fc.assert(
      fc.property(fc.tuple(prose, passage, marks), counted(([before, words, [open, close]]: [string, string, string[]]) => {
        const draft = `${before} ${open}${words}${close} today.`;
        const result = checkDraft(seeds, draft, 'markdown')!;
        const q = result.checks.find((c) => c.quote.text === words);
        assert.ok(q, `quote not found in ${draft}`);
        assert.strictEqual(q.status, 'verified', draft);
        const s = q.sources[0];
        assert.deepStrictEqual(
          tokenize(s.article.text, s.start, s.end).map((t) => t.norm),
          tokenize(words).map((t) => t.norm),
        );
      }) as never),
      { numRuns: RUNS },
    );
  });

  it('a passage with one word changed is flagged, and its fix verifies and is then a no-op', () => {
    fc.assert(
      fc.property(fc.tuple(passage, fc.nat(), fc.constantFrom('banana', 'never', 'seventeen', 'Zanzibar')), counted(([words, at, replacement]: [string, number, string]) => {
        const ws = words.split(' ');
        const i = at % ws.length;
        if (ws[i].toLowerCase() === replacement.toLowerCase()) return;
        ws[i] = replacement;
        const draft = `She said “${ws.join(' ')}” then.`;
        const [q] = checkDraft(seeds, draft, 'markdown')!.checks;
        assert.notStrictEqual(q.status, 'verified', draft);
        if (q.status !== 'misquote' || q.edits.length === 0) return;
        const fixed = applyEdits(draft, 0, draft.length, q.edits);
        const [again] = checkDraft(seeds, fixed, 'markdown')!.checks;
        assert.strictEqual(again.status, 'verified', `${draft} -> ${fixed}`);
        assert.strictEqual(again.edits.length, 0);
      }) as never),
      { numRuns: RUNS },
    );
  });

  it('a text is read as a transcript, or not, the same with and without the shortcut that skips the scan from the top', () => {
    // Header lines, front matter, turns, speaker headers and prose, in any order, with any line breaks.
    const line = fc.constantFrom(
      'Title: Interview with Jane Doe', 'Date: 2024-03-01', 'date: 2024-03-01 The body starts here.', 'URL: https://example.org/x',
      '---', 'title: "A story"', 'Jane Doe: We will not leave.', 'JOHN SMITH: Nor will we.', 'Q: Why?', 'A: Because.',
      '[00:01:02] Jane Doe: Later.', 'Jane Doe  0:05', 'John Smith (12:34)', 'Note: this is a note.', 'MOSCOW — Officials said',
      'The talks went on.', '', '  ', 'He said: “Never.”', 'Jane Doe: ', 'In 2019', 'Smith 12:30',
    );
    const breaks = fc.constantFrom('\n', '\r\n', '\r', '\n\n');
    const text = fc.array(fc.tuple(line, breaks), { maxLength: 14 }).map((parts) => parts.map(([l, b]) => l + b).join(''));
    fc.assert(
      fc.property(text, counted((t: string) => {
        assert.deepStrictEqual(transcriptArticle('t.txt', t), transcriptArticle('t.txt', t, { scanFromTop: true }));
      })),
      // Turns split between front matter and body; a transcript whose date line starts its first turn.
      { numRuns: 4 * RUNS, examples: [['---\nQ: Why?\n---\nQ: Hi.\nA: Yo.\n'], ['Date: 2024-03-01 Jane Doe: Hi.\nJohn Smith: Yes.\nJane Doe: No.\n']] },
    );
  });

  it('offsets and LSP positions round-trip in UTF-16 with CRLF, CR, emoji and combining marks', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('\r\n', '\n', '\r', '😀', 'e\u0301', 'ğ'), fc.string({ maxLength: 5 })), { maxLength: 40 }).map((a) => a.join('')), counted((text: string) => {
        const lines = new LineIndex(text);
        for (let offset = 0; offset <= text.length; offset++) {
          const p = lines.positionAt(offset);
          // Offsets inside a CRLF pair map to the line end, as editors do.
          const back = lines.offsetAt(p);
          assert.ok(back === offset || (text[offset - 1] === '\r' && text[offset] === '\n' && back === offset - 1) || back === offset);
        }
      })),
      { numRuns: RUNS },
    );
  });
});

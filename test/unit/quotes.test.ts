import * as assert from 'assert';
import { findQuotes } from '../../server/src/engine/quotes';

const texts = (s: string, format: 'markdown' | 'plaintext' = 'markdown') => findQuotes(s, format).quotes.map((q) => q.text);

describe('finding quotations in a draft', () => {
  it('finds curly, straight, single, guillemet and low-high quotes', () => {
    assert.deepStrictEqual(texts('He said “one two” and "three four".'), ['one two', 'three four']);
    assert.deepStrictEqual(texts("She called it ‘a farce’ and 'a sham'."), ['a farce', 'a sham']);
    assert.deepStrictEqual(texts('Il a dit «nous verrons» hier.'), ['nous verrons']);
    assert.deepStrictEqual(texts('Er sagte „wir sehen“ gestern.'), ['wir sehen']);
  });

  it('does not take apostrophes for quotes', () => {
    const s = "Russia's envoy, the countries' leaders, the '90s, rock 'n' roll, don’t and ’em are not quotes.";
    assert.deepStrictEqual(texts(s), []);
    assert.deepStrictEqual(texts("He said 'Russia's position hasn't changed' today."), ["Russia's position hasn't changed"]);
  });

  it('keeps nested quotes inside the outer one', () => {
    assert.deepStrictEqual(texts('He said “they called it ‘a farce’ twice” later.'), ['they called it ‘a farce’ twice']);
    assert.deepStrictEqual(texts('He said "they called it \'a farce\' twice" later.'), ["they called it 'a farce' twice"]);
  });

  it('follows a quote across a line break but not across a paragraph', () => {
    assert.deepStrictEqual(texts('He said “one two\nthree four” then.'), ['one two three four']);
    const scan = findQuotes('He said “one two\n\nthree four.', 'markdown');
    assert.deepStrictEqual(scan.quotes, []);
    assert.strictEqual(scan.unterminated.length, 1);
    assert.strictEqual(scan.unterminated[0].offset, 8);
  });

  it('accepts the convention of a quote reopened in the next paragraph', () => {
    const scan = findQuotes('He said: “First part.\n\n“Second part,” he added.', 'markdown');
    assert.deepStrictEqual(scan.quotes.map((q) => q.text), ['First part.', 'Second part,']);
    assert.strictEqual(scan.unterminated.length, 0);
  });

  it('ignores code spans, code blocks, link URLs, HTML and front matter in Markdown', () => {
    const s = [
      '---',
      'title: "Not a quote"',
      '---',
      'Use `"x"` and [the “link text”](https://example.com/it\'s "title") here.',
      '```',
      'say("hello world")',
      '```',
      '<span title="no quote">ok</span> <!-- "hidden" -->',
      '',
    '    "indented code"',
    ].join('\n');
    assert.deepStrictEqual(texts(s), ['link text']);
  });

  it('takes a block quote without marks as the quotation, without its markers or attribution', () => {
    const s = 'Intro.\n\n> It is time to partially end\n> the exercises.\n> — Ministry\n\nAfter.';
    const scan = findQuotes(s, 'markdown');
    assert.deepStrictEqual(scan.quotes.map((q) => [q.text, q.kind]), [['It is time to partially end the exercises.', 'block']]);
  });

  it('checks the marked quote inside a block quote rather than the whole block', () => {
    assert.deepStrictEqual(texts('> Rau said “we talked about it” on Tuesday.'), ['we talked about it']);
  });

  it('reports offsets as UTF-16 positions after emoji and accents', () => {
    const s = 'Café 😀 talk: “ağır söz” now.';
    const [q] = findQuotes(s, 'plaintext').quotes;
    assert.strictEqual(s.slice(q.contentStart, q.contentEnd), 'ağır söz');
    assert.strictEqual(s.slice(q.start, q.end), '“ağır söz”');
  });

  it('treats plain text without Markdown rules', () => {
    assert.deepStrictEqual(texts('Use `"x y"` here.', 'plaintext'), ['x y']);
  });
});

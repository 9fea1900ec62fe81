import * as assert from 'assert';
import { buildNameIndex } from '../../server/src/engine/names';
import { LineIndex } from '../../server/src/engine/positions';
import { computeNameHints } from '../../server/src/features/nameHints';
import { corpusOf, SEEDS_DIR } from '../support/corpora';

describe('name spelling hints (nameHints.ts)', () => {
  const corpus = corpusOf(SEEDS_DIR);
  const names = buildNameIndex(corpus);
  const hintsOf = (text: string) =>
    computeNameHints(text, new LineIndex(text), names, corpus).map((d) => ({ line: d.range.start.line, from: d.range.start.character, to: d.range.end.character, word: /"(\S+)"/.exec(d.message)![1] }));

  it('places each hint on its own line and column, also when an edit above moves a line it has seen before', () => {
    const line = 'Then Zaharova, and later Zaharova again.';
    const first = hintsOf(`${line}\n`);
    assert.deepStrictEqual(first, [
      { line: 0, from: 5, to: 13, word: 'Zaharova' },
      { line: 0, from: 25, to: 33, word: 'Zaharova' },
    ]);
    // The same line, now third, after a line with a hint of its own and an edit that adds text before it.
    const moved = hintsOf(`Lavrov and Zaharova met.\n\n${line}\nNo names here, Lavrov.`);
    assert.deepStrictEqual(moved, [
      { line: 0, from: 11, to: 19, word: 'Zaharova' },
      { line: 2, from: 5, to: 13, word: 'Zaharova' },
      { line: 2, from: 25, to: 33, word: 'Zaharova' },
    ]);
    // A line ending in a carriage return, and a last line without an end.
    assert.deepStrictEqual(hintsOf(`x\r\n${line}\r\nZaharova`), [
      { line: 1, from: 5, to: 13, word: 'Zaharova' },
      { line: 1, from: 25, to: 33, word: 'Zaharova' },
      { line: 2, from: 0, to: 8, word: 'Zaharova' },
    ]);
  });
});

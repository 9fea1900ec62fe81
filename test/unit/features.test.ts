import * as assert from 'assert';
import { MarkupContent } from 'vscode-languageserver-types';
import { parseArticle } from '../../server/src/engine/article';
import { Corpus } from '../../server/src/engine/corpus';
import { analyzeDraft } from '../../server/src/features/common';
import { getDefinition } from '../../server/src/features/definition';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { getHover } from '../../server/src/features/hover';
import { escapeMarkdown } from '../../server/src/features/markdown';

function analysisOver(sources: Record<string, string>, draft: string) {
  const corpus = new Corpus(Object.entries(sources).map(([p, t]) => parseArticle(p, t)));
  return analyzeDraft({ uri: 'file:///draft.md', version: 1, text: draft, format: 'markdown' }, corpus)!;
}

describe('features on a hostile or repeated source', () => {
  const hostile =
    'Title: <img src=x onerror=alert(1)> [open](command:workbench.action.terminal.new)\n\n' +
    'The agent said "click [here](command:evil) and <script>alert(1)</script> to win a prize today" loudly.';

  it('escapes source text in hovers: no links, command URIs or HTML get through', () => {
    const draft = 'He said “click [here](command:evil) and <script>alert(1)</script> to win a big prize today”.';
    const a = analysisOver({ '/src/hostile.txt': hostile }, draft);
    const hover = getHover(a, { line: 0, character: 12 })!;
    const md = (hover.contents as MarkupContent).value;
    assert.match(md, /Misquote/);
    assert.doesNotMatch(md, /<script|<img/);
    assert.doesNotMatch(md, /\]\(command:/);
    assert.ok(md.includes('&lt;script&gt;'));
  });

  it('escapeMarkdown neutralises link, emphasis and HTML syntax', () => {
    assert.strictEqual(escapeMarkdown('[a](command:x) *b* <i>'), '\\[a\\]\\(command:x\\) \\*b\\* &lt;i&gt;');
  });

  it('goes to every source that has the quote word for word', () => {
    const a = analysisOver(
      {
        '/src/a.txt': 'Title: A\n\nThe mayor said the harbour will reopen in June after repairs.',
        '/src/b.txt': 'Title: B\n\nAgain: the harbour will reopen in June after repairs, she said.',
      },
      'She said “the harbour will reopen in June after repairs”.',
    );
    const locations = getDefinition(a, { line: 0, character: 15 });
    assert.deepStrictEqual(locations.map((l) => l.uri).sort(), ['file:///src/a.txt', 'file:///src/b.txt']);
  });

  it('reports an unterminated quote once, as a hint', () => {
    const a = analysisOver({ '/src/a.txt': 'Title: A\n\nWords.' }, 'He said “this never ends.\n\nNext paragraph “is fine” here.');
    const diags = computeDiagnostics(a);
    const unterminated = diags.filter((d) => d.code === 'unterminated-quote');
    assert.strictEqual(unterminated.length, 1);
    assert.strictEqual(unterminated[0].severity, 4);
    assert.deepStrictEqual(unterminated[0].range.start, { line: 0, character: 8 });
  });
});

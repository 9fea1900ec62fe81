/**
 * The TextMate grammars in syntaxes/ against their fixtures (syntaxes/test/quotes.test.md and .txt), with
 * vscode-tmgrammar-test: it loads the grammars the way package.json contributes them (injections included) on top
 * of VS Code's own Markdown grammar (from tm-grammars).
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../support/corpora';

const TOOL = path.join(path.dirname(require.resolve('vscode-tmgrammar-test/package.json')), 'dist/unit.js');
const MARKDOWN = require.resolve('tm-grammars/grammars/markdown.json');

function runFixtures(...fixtures: string[]) {
  const r = spawnSync(process.execPath, [TOOL, '-g', MARKDOWN, ...fixtures], { cwd: ROOT, encoding: 'utf8' });
  // Markdown's grammar names the grammars of fenced code languages; their absence is expected here.
  const output = (r.stdout + r.stderr).split('\n').filter((l) => l.trim() && !l.startsWith('grammar not found')).join('\n');
  return { status: r.status, output };
}

describe('quotation grammars (syntaxes/)', function () {
  this.timeout(60000);

  it('scope every quotation in the Markdown and plain-text fixtures, and leave apostrophes, code and comments alone', () => {
    const { status, output } = runFixtures('syntaxes/test/quotes.test.md', 'syntaxes/test/quotes.test.txt');
    assert.strictEqual(status, 0, output);
    assert.match(output, /quotes\.test\.md run successfuly/);
    assert.match(output, /quotes\.test\.txt run successfuly/);
  });

  it('fails a fixture whose assertion is wrong (the harness really checks)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-grammar-'));
    const fixture = path.join(dir, 'wrong.test.md');
    fs.writeFileSync(fixture, ['%% SYNTAX TEST "text.html.markdown" "wrong on purpose"', "It's Russia's turn.", '%%  ^^^^ string.quoted.single.straight.verbatim', ''].join('\n'));
    const { status, output } = runFixtures(fixture);
    assert.notStrictEqual(status, 0, output);
    assert.match(output, /missing required scopes: string\.quoted\.single\.straight\.verbatim/);
  });
});

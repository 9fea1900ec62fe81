/**
 * The language server in another editor: Neovim (Debian's `neovim`, 0.7) headless, with its built-in LSP client,
 * against dist/server.js. test/neovim/check.lua drives it and writes what it received; this reads it back.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../support/corpora';

interface NeovimResult {
  error?: string;
  diagnostics: Array<{ line: number; col: number; severity: number; code?: string; message: string }>;
  hovers: string[];
}

/** 0-based line and UTF-16 character of `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; character: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

describe('the language server in Neovim (headless, built-in LSP client)', function () {
  this.timeout(90000);
  let result: NeovimResult;
  let draft: string;

  before(() => {
    const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    if (nvim.status !== 0) throw new Error('Neovim is not installed: apt-get install neovim');
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-nvim-'));
    draft = fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8');
    fs.writeFileSync(path.join(ws, 'draft.md'), draft);
    const out = path.join(ws, 'result.json');
    const hovers = [positionOf(draft, 'military and diplomatic'), positionOf(draft, 'Lavrov said the US')];
    const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${path.join(ROOT, 'test/neovim/check.lua')}`], {
      env: { ...process.env, VERBATIM_ROOT: ROOT, VERBATIM_WS: ws, VERBATIM_OUT: out, VERBATIM_HOVERS: JSON.stringify(hovers) },
      encoding: 'utf8',
      timeout: 80000,
    });
    assert.ok(fs.existsSync(out), `Neovim wrote no result (status ${run.status}, signal ${run.signal}):\n${run.stdout}${run.stderr}`);
    result = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.strictEqual(result.error, undefined, `check.lua failed: ${result.error}`);
  });

  it('receives the misquote diagnostic at the quote, with its code and message', () => {
    const misquote = result.diagnostics.find((d) => d.code === 'misquote' && /"political", not "military"/.test(d.message));
    assert.ok(misquote, JSON.stringify(result.diagnostics, null, 1));
    const quote = positionOf(draft, '“We have always been');
    assert.deepStrictEqual([misquote.line, misquote.col], [quote.line, quote.character]);
    assert.strictEqual(misquote.severity, 2, 'a warning');
    assert.ok(result.diagnostics.some((d) => d.code === 'unverified-quote'));
  });

  it('gets the source passage when hovering the quote, and the role when hovering a name', () => {
    const [quote, name] = result.hovers;
    assert.match(quote, /Verbatim: Misquote/);
    assert.match(quote, /\*\*political\*\* and diplomatic means/);
    assert.match(name, /Sergey Lavrov/);
    assert.match(name, /Russian Foreign Minister/i);
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../support/cli';
import { ROOT, WIKINEWS_DIR } from '../support/corpora';

const run = (args: string[], cwd = ROOT) => runCli(args, { cwd });

describe('verbatim check (CLI)', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-cli-'));
  const write = (name: string, text: string | Buffer) => {
    const p = path.join(tmp, name);
    fs.writeFileSync(p, text);
    return p;
  };

  it('checks the example draft against the bundled seeds, linter-style, and exits 1 on a misquote', () => {
    const r = run(['check', 'examples/draft.md']);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.match(r.stderr, /bundled seed articles \(2\)/);
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.length >= 2);
    for (const line of lines) assert.match(line, /^examples\/draft\.md:\d+:\d+ (warning|info|hint) .+ \[[a-z-]+\]$/);
    assert.ok(lines.some((l) => /warning Misquote: the source says "political", not "military"/.test(l)));
    // What README's quick start promises a new user, finding by finding.
    assert.ok(lines.some((l) => /warning Misattributed: the source gives these words to Russia’s defence ministry, not Zbigniew Rau/.test(l)), r.stdout);
    assert.match(r.stderr, /2 misquote\(s\), 1 misattributed, 0 not direct, 0 misleading ellipsis, 2 unverified; 5 matched/);
  });

  it('exits 0 when every quote checks out', () => {
    const p = write('ok.md', 'She said “We hope that this can be avoided.”\n');
    const r = run(['check', p]);
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
    assert.strictEqual(r.stdout, '');
  });

  it('exits 0 when the only misquote is one the writer marked to ignore, and 1 again without the mark', () => {
    const quote = 'She said “We hope that this can be prevented.”';
    const ignored = run(['check', write('ignored.md', `${quote}<!-- verbatim-ignore -->\n`)]);
    assert.strictEqual(ignored.code, 0, ignored.stdout + ignored.stderr);
    assert.strictEqual(ignored.stdout, '');
    const flagged = run(['check', write('flagged.md', `${quote}\n`)]);
    assert.strictEqual(flagged.code, 1, flagged.stdout + flagged.stderr);
    assert.match(flagged.stdout, /\[misquote\]/);
  });

  it('prints exactly one JSON object with every quote, its status, source and fix', () => {
    const p = write('j.md', 'A “We hope that this can be prevented” B “We hope that this can be avoided” C “nothing like this anywhere at all”\n');
    const r = run(['check', p, '--format', 'json']);
    assert.strictEqual(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.strictEqual(out.version, 1);
    assert.strictEqual(out.sources.length, 2);
    assert.ok(out.sources.every((s: { path: string; title: string }) => s.path.startsWith('seeds/') && s.title));
    const [file] = out.files;
    assert.deepStrictEqual(file.quotes.map((q: { status: string }) => q.status), ['misquote', 'verified', 'unverified']);
    const [mis, ver, unv] = file.quotes;
    assert.strictEqual(mis.text, 'We hope that this can be prevented');
    assert.deepStrictEqual(mis.range, { start: { line: 0, character: 3 }, end: { line: 0, character: 37 } });
    assert.strictEqual(mis.fix, 'We hope that this can be avoided');
    assert.strictEqual(mis.source.text, 'We hope that this can be avoided');
    assert.strictEqual(ver.fix, null);
    assert.strictEqual(ver.source.path, 'seeds/000_677974a615658906.txt');
    const srcLine = fs.readFileSync(path.join(ROOT, ver.source.path), 'utf8').split('\n')[ver.source.range.start.line];
    assert.strictEqual(srcLine.slice(ver.source.range.start.character, ver.source.range.end.character), ver.source.text);
    assert.strictEqual(unv.source, null);
    assert.deepStrictEqual(file.diagnostics.map((d: { code: string }) => d.code), ['misquote', 'unverified-quote']);
  });

  it('takes --sources as a folder or glob', () => {
    const p = write('w.md', 'Officials said “A total of 39 are confirmed dead” on Friday.\n');
    assert.strictEqual(run(['check', p, '--sources', WIKINEWS_DIR]).code, 0);
    const glob = path.join(WIKINEWS_DIR, '2019-01-04-*.md');
    const r = run(['check', p, '--sources', glob, '--format=json']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(JSON.parse(r.stdout).sources.length, 2);
  });

  it('exits 2 with a clear message for usage errors and unreadable or binary drafts', () => {
    let r = run(['check']);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /no draft given/);
    r = run(['check', 'x.md', '--format', 'xml']);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /--format must be text or json/);
    r = run(['check', path.join(tmp, 'missing.md')]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /cannot read draft .*missing\.md: ENOENT/);
    r = run(['check', write('bin.md', Buffer.from([0, 1, 2, 3]))]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /binary file/);
    r = run(['check', 'examples/draft.md', '--sources', path.join(tmp, 'nothing-here')]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /no source articles found/);
  });

  it('skips unusable source files with a line saying so', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-src-'));
    fs.writeFileSync(path.join(dir, 'good.txt'), 'The mayor said the harbour will reopen in June.');
    fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.symlinkSync(dir, path.join(dir, 'loop')); // a folder link to itself must not trap the walk
    fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'broken.txt'));
    fs.writeFileSync(path.join(dir, 'huge.txt'), 'x '.repeat(700000));
    const p = write('s.md', '“the harbour will reopen in June”\n');
    const r = run(['check', p, '--sources', dir, '--max-source-mb', '1']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stderr, /skipped source .*latin1\.txt: not valid UTF-8/);
    assert.match(r.stderr, /skipped source .*broken\.txt: broken link/);
    assert.match(r.stderr, /skipped source .*huge\.txt: too large \(1\.3 MB, limit 1 MB/);
  });
});

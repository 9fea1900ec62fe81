import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../support/corpora';

describe('a transcript speaker is authoritative for what they said (CLI)', () => {
  it('flags words put in another mouth and accepts the right speaker', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-transcript-'));
    fs.mkdirSync(path.join(dir, 'sources'));
    fs.writeFileSync(
      path.join(dir, 'sources/interview.txt'),
      [
        'Jane Doe: Thank you for having me today.',
        'John Smith: The harbour will reopen in June after the repairs are finished.',
        'Jane Doe: We have asked the council to publish the full budget before the summer.',
        '',
      ].join('\n'),
    );
    const draft = path.join(dir, 'draft.md');
    fs.writeFileSync(
      draft,
      [
        'Jane Doe said “the harbour will reopen in June after the repairs are finished”.',
        '',
        'John Smith said “we have asked the council to publish the full budget before the summer”.',
        '',
        'Jane Doe said “we have asked the council to publish the full budget”.',
        '',
      ].join('\n'),
    );
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', 'draft.md', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    const out = JSON.parse(r.stdout);
    const quotes = out.files[0].quotes as Array<{ status: string; source: { speaker?: string } | null }>;
    assert.deepStrictEqual(quotes.map((q) => q.status), ['misattributed', 'misattributed', 'verified'], r.stderr);
    assert.strictEqual(quotes[0].source!.speaker, 'John Smith');
    assert.strictEqual(quotes[1].source!.speaker, 'Jane Doe');
    assert.strictEqual(r.status, 1);
  });
});

import * as assert from 'assert';
import { inTempFolder, runCli } from '../support/cli';

describe('a transcript speaker is authoritative for what they said (CLI)', () => {
  it('flags words put in another mouth and accepts the right speaker', () => {
    const r = inTempFolder(
      {
        'sources/interview.txt': [
          'Jane Doe: Thank you for having me today.',
          'John Smith: The harbour will reopen in June after the repairs are finished.',
          'Jane Doe: We have asked the council to publish the full budget before the summer.',
          '',
        ].join('\n'),
        'draft.md': [
          'Jane Doe said “the harbour will reopen in June after the repairs are finished”.',
          '',
          'John Smith said “we have asked the council to publish the full budget before the summer”.',
          '',
          'Jane Doe said “we have asked the council to publish the full budget”.',
          '',
        ].join('\n'),
      },
      (dir) => runCli(['check', 'draft.md', '--format', 'json'], { cwd: dir }),
    );
    const out = JSON.parse(r.stdout);
    const quotes = out.files[0].quotes as Array<{ status: string; source: { speaker?: string } | null }>;
    assert.deepStrictEqual(quotes.map((q) => q.status), ['misattributed', 'misattributed', 'verified'], r.stderr);
    assert.strictEqual(quotes[0].source!.speaker, 'John Smith');
    assert.strictEqual(quotes[1].source!.speaker, 'Jane Doe');
    assert.strictEqual(r.code, 1);
  });
});

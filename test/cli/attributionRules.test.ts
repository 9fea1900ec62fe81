import * as assert from 'assert';
import { inTempFolder, runCli } from '../support/cli';

// The he/she rule (gender.ts) and the repeated-words rule (attributionCheck.ts) as a user meets them: a sources
// folder, a draft, `verbatim check --format json`. The engine tests show each rule's cases; this shows the CLI's
// verdicts follow from them.
interface CheckedQuote {
  text: string;
  status: string;
  source: { speaker?: string } | null;
}

function check(sources: Record<string, string>, draftLines: string[]): { quotes: CheckedQuote[]; status: number | null; stderr: string } {
  const files: Record<string, string> = { 'draft.md': draftLines.join('\n\n') + '\n' };
  for (const [name, text] of Object.entries(sources)) files[`sources/${name}`] = text;
  const r = inTempFolder(files, (dir) => runCli(['check', 'draft.md', '--format', 'json'], { cwd: dir }));
  assert.ok(r.stdout, r.stderr);
  return { quotes: JSON.parse(r.stdout).files[0].quotes, status: r.code, stderr: r.stderr };
}

describe('attribution rules through the CLI', () => {
  it('"she said" belongs to the woman named earlier, not to the man named last', () => {
    const { quotes, status, stderr } = check(
      {
        'budget.md':
          'Maria Okafor presented the budget to the council. Peter Brandt questioned the figures. “Every cut has been costed line by line,” she said.\n',
      },
      ['Maria Okafor said “every cut has been costed line by line”.', 'Peter Brandt said “every cut has been costed line by line”.'],
    );
    assert.deepStrictEqual(
      quotes.map((q) => q.status),
      ['verified', 'misattributed'],
      stderr,
    );
    assert.strictEqual(quotes[1].source?.speaker, 'Maria Okafor');
    assert.strictEqual(status, 1);
  });

  it('words two sources give to two people are misattributed to neither, but to a third person they are', () => {
    const { quotes, stderr } = check(
      {
        'audit-a.md': 'Mayor Jon Berg answered the auditor on Tuesday. “The accounts are riddled with errors from top to bottom,” Berg said.\n',
        'audit-b.md': 'Auditor Lena Strand presented her report to the council. “The accounts are riddled with errors from top to bottom,” Strand said.\n',
        'budget.md': 'Maria Okafor presented the budget to the council on Monday.\n',
      },
      [
        'Lena Strand said “the accounts are riddled with errors from top to bottom”.',
        'Jon Berg said “the accounts are riddled with errors from top to bottom”.',
        'Maria Okafor said “the accounts are riddled with errors from top to bottom”.',
      ],
    );
    assert.deepStrictEqual(
      quotes.map((q) => q.status),
      ['verified', 'verified', 'misattributed'],
      stderr,
    );
  });
});

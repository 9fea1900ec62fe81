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

describe('interviews written up as articles (CLI)', () => {
  // From a teammate's probe of interview styles (invented copy): bold labels were not read as turns, "A:" was taken
  // for a person called A, and the reporter's prose after the interview was given to the last one to answer.
  const check = (files: Record<string, string>) => {
    const r = inTempFolder(files, (dir) => runCli(['check', 'draft.md', '--format', 'json'], { cwd: dir }));
    return (JSON.parse(r.stdout).files[0].quotes as Array<{ text: string; status: string; source: { speaker?: string } | null }>).map((q) => `${q.status}${q.source?.speaker && q.status === 'misattributed' ? ` (${q.source.speaker})` : ''}`);
  };

  it('reads "**Achebe:** …" turns as hers, and the prose after the interview as the prose says', () => {
    const statuses = check({
      'sources/mayor.md': [
        '---',
        'title: "Wikinews interviews mayoral candidate Dolores Achebe"',
        '---',
        '',
        'Wikinews spoke with Dolores Achebe about transport. Her opponent, Mayor Graham Tillotson, declined an interview.',
        '',
        '**Wikinews:** Why are you running?',
        '',
        '**Achebe:** Because nobody else would. I asked four people to run before I decided to do it myself.',
        '',
        '**Wikinews:** What is your first priority?',
        '',
        '**Achebe:** Buses. You cannot get to a job you cannot reach. We have villages with one bus a day.',
        '',
        'In a written response, Tillotson said the new roundabout had been "funded entirely by a national road safety grant".',
        '',
      ].join('\n'),
      'draft.md': [
        '“I asked four people to run before I decided to do it myself,” Achebe told Wikinews.',
        '',
        '“We have villages with one bus a day,” said Tillotson.',
        '',
        'Tillotson said the roundabout was “funded entirely by a national road safety grant”.',
        '',
      ].join('\n'),
    });
    assert.deepStrictEqual(statuses, ['verified', 'misattributed (Dolores Achebe)', 'verified']);
  });

  it('gives "A:" answers to the one person the title names, and accuses no one when it names none', () => {
    const source = (title: string) =>
      [
        '---',
        `title: "${title}"`,
        '---',
        '',
        'Ilse Varga is a composer. She spoke to arts editor Paul Dembele in her studio.',
        '',
        'Q: Why did the opera take eleven years?',
        '',
        'A: Because I threw it away twice. The first version was too clever, and the second was too sad.',
        '',
        'Q: And the film work?',
        '',
        'A: Silence is the most expensive instrument in the orchestra. You have to earn it.',
        '',
        'Conductor Rafael Oyelaran was unrepentant. "It is the hardest score I have ever prepared," he said.',
        '',
      ].join('\n');
    const draft = [
      '“Silence is the most expensive instrument in the orchestra,” Varga said.',
      '',
      '“The first version was too clever, and the second was too sad,” said Oyelaran.',
      '',
      '“It is the hardest score I have ever prepared,” Oyelaran said.',
      '',
    ].join('\n');
    assert.deepStrictEqual(check({ 'sources/qa.md': source('Q&A: Composer Ilse Varga on silence'), 'draft.md': draft }), ['verified', 'misattributed (Ilse Varga)', 'verified']);
    assert.deepStrictEqual(check({ 'sources/qa.md': source('Q&A: on silence and film scores'), 'draft.md': draft }), ['verified', 'verified', 'verified']);
  });
});

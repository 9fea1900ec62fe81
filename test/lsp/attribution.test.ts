import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { TextDocumentEdit } from 'vscode-languageserver-types';
import { runCli } from '../support/cli';
import { applyTextEdits, LspTestClient } from '../support/lspClient';

// Each line is one case over the seeds; the comment says what the source says.
const DRAFT = [
  // Source: “We are convinced … in the Middle East. …,” she added (she = Zakharova, named as a speaker before).
  'Lavrov said: "We are convinced that pressure on Iran will not only fail to contribute to a settlement."',
  '',
  // Source: “We talked about … formula,” said the head of Poland’s Ministry of Foreign Affairs, Zbigniew Rau.
  'Zbigniew Rau said “We talked about the efforts of the OSCE to de-escalate the current tensions”.',
  '',
  // Source: Lavrov stated that … the US and NATO “reacted positively”.
  'Rau said the US and NATO had “reacted positively” to the demands.',
  '',
  // Source: “It is time to partially end the exercises …,” Russia’s defence ministry announced.
  'According to Lavrov, "It is time to partially end the exercises and units have already returned to their dislocation sites."',
  '',
  // Source: narration, outside quotation marks: Zakharova said Moscow hopes that the negotiations … will lead to de-escalation.
  'Zakharova said Moscow "hopes that the negotiations between representatives of the two countries scheduled for Friday will lead to de-escalation".',
  '',
  // Source: pressure on Iran will not only fail to contribute to a settlement but may also lead to tensions.
  'Zakharova said pressure on Iran "will ... lead to tensions throughout the Middle East".',
  '',
  // Source: as on line 0 (Zakharova's words); a headline's "Name:" attributes what the headline quotes.
  '## Lavrov: Pressure on Iran ‘May Also Lead to Tensions Throughout the Middle East’',
  '',
].join('\n');

describe('attribution over the seeds', function () {
  let client: LspTestClient;
  let uri: string;
  let ws: string;

  before(async () => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-attr-'));
    uri = pathToFileURL(path.join(ws, 'draft.md')).toString();
    fs.writeFileSync(path.join(ws, 'draft.md'), DRAFT);
    client = new LspTestClient();
    await client.initialize(ws);
    client.open(uri, DRAFT);
  });
  after(() => client.shutdown());

  const byLine = async () => {
    const diags = await client.diagnosticsFor(uri);
    return (line: number) => diags.filter((d) => d.range.start.line === line);
  };

  it('flags words the source gives to someone else, naming both, for each attribution pattern', async () => {
    const at = await byLine();
    const pronoun = at(0).find((d) => d.code === 'misattributed-quote')!;
    assert.match(pronoun.message, /gives these words to Maria Zakharova, not Sergey Viktorovich Lavrov/);
    assert.strictEqual(pronoun.severity, 2);
    assert.match(at(4).find((d) => d.code === 'misattributed-quote')!.message, /to Sergey Viktorovich Lavrov, not Zbigniew Rau/);
    assert.match(at(6).find((d) => d.code === 'misattributed-quote')!.message, /to Russia’s defence ministry, not Sergey Viktorovich Lavrov/);
  });

  it('leaves a correctly attributed quote alone (appositive after "said")', async () => {
    const at = await byLine();
    assert.deepStrictEqual(at(2).map((d) => d.code), []);
  });

  it('quick-fixes the speaker in the draft\'s form of reference (surname for a surname)', async () => {
    const d = (await byLine())(4).find((x) => x.code === 'misattributed-quote')!;
    const actions = await client.codeActionsFor(uri, d);
    const fix = actions.find((a) => /^Attribute to/.test(a.title))!;
    assert.strictEqual(fix.title, 'Attribute to Lavrov');
    const edited = applyTextEdits(DRAFT, (fix.edit!.documentChanges![0] as TextDocumentEdit).edits).split('\n')[4];
    assert.strictEqual(edited, 'Lavrov said the US and NATO had “reacted positively” to the demands.');
  });

  it('reads a heading\'s "Name:" as the attribution of the words it quotes, and quick-fixes the name', async () => {
    const d = (await byLine())(12).find((x) => x.code === 'misattributed-quote')!;
    assert.ok(d, JSON.stringify((await byLine())(12)));
    assert.match(d.message, /gives these words to Maria Zakharova, not Sergey Viktorovich Lavrov/);
    const actions = await client.codeActionsFor(uri, d);
    const fix = actions.find((a) => /^Attribute to/.test(a.title))!;
    const edited = applyTextEdits(DRAFT, (fix.edit!.documentChanges![0] as TextDocumentEdit).edits).split('\n')[12];
    assert.strictEqual(edited, '## Zakharova: Pressure on Iran ‘May Also Lead to Tensions Throughout the Middle East’');
  });

  it('reads a role alone ("the Russian foreign minister said") as the one person the source gives that role, and quick-fixes it to the source\'s speaker in full', async () => {
    // Source (seed 000): the words are Rau's, and the same article calls Lavrov "Russian Foreign Minister".
    const roleDraft = '“We talked about the efforts of the OSCE to de-escalate the current tensions,” the Russian foreign minister said.\n';
    const roleUri = uri.replace('draft.md', 'role.md');
    client.open(roleUri, roleDraft);
    const d = (await client.diagnosticsFor(roleUri)).find((x) => x.code === 'misattributed-quote')!;
    assert.ok(d, 'a role alone is read as its holder');
    assert.match(d.message, /gives these words to Zbigniew Rau, not Sergey Viktorovich Lavrov/);
    const fix = (await client.codeActionsFor(roleUri, d)).find((a) => /^Attribute to/.test(a.title))!;
    const edited = applyTextEdits(roleDraft, (fix.edit!.documentChanges![0] as TextDocumentEdit).edits);
    assert.strictEqual(edited, '“We talked about the efforts of the OSCE to de-escalate the current tensions,” Zbigniew Rau said.\n');
  });

  it('reports a paraphrase dressed as a quote, with a fix that removes the marks', async () => {
    const d = (await byLine())(8).find((x) => x.code === 'not-a-direct-quote')!;
    assert.strictEqual(d.severity, 3);
    assert.match(d.message, /outside quotation marks/);
    const actions = await client.codeActionsFor(uri, d);
    const remove = actions.find((a) => a.title === 'Remove the quotation marks')!;
    const edited = applyTextEdits(DRAFT, (remove.edit!.documentChanges![0] as TextDocumentEdit).edits).split('\n')[8];
    assert.ok(edited.startsWith('Zakharova said Moscow hopes that the negotiations'), edited);
    assert.ok(actions.some((a) => a.title.startsWith('Use the nearest direct quote')));
  });

  it('warns when an ellipsis drops a negation or a qualifier', async () => {
    const d = (await byLine())(10).find((x) => x.code === 'ellipsis-changes-meaning')!;
    assert.match(d.message, /"not", "only"/);
  });

  it('reports misattributed and not-a-direct-quote statuses with the source speaker in CLI JSON', () => {
    const r = runCli(['check', path.join(ws, 'draft.md'), '--format', 'json']);
    assert.strictEqual(r.code, 1);
    const quotes = JSON.parse(r.stdout).files[0].quotes as Array<{ status: string; source: { speaker?: string } | null }>;
    assert.deepStrictEqual(quotes.map((q) => q.status), ['misattributed', 'verified', 'misattributed', 'misattributed', 'not-a-direct-quote', 'verified', 'misattributed']);
    assert.strictEqual(quotes[0].source!.speaker, 'Maria Zakharova');
    assert.strictEqual(quotes[6].source!.speaker, 'Maria Zakharova');
    assert.strictEqual(quotes[3].source!.speaker, 'Russia’s defence ministry');
  });
});

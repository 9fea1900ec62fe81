import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { CompletionItem, CompletionList, Location, MarkupContent, SymbolInformation, TextDocumentEdit } from 'vscode-languageserver-types';
import { applyTextEdits, LspTestClient } from '../support/lspClient';

const DRAFT = [
  'Lavrov met the OSCE chair in Moscow.',
  "Sergey Lavrov's talks with Zbigniew Rau went on; Zakharova briefed the press.",
  'Later Zaharova said more.',
  'He said “We talked about the efforts',
  '',
].join('\n');

function textAt(loc: Location): string {
  const lines = fs.readFileSync(fileURLToPath(loc.uri), 'utf8').split('\n');
  return lines[loc.range.start.line].slice(loc.range.start.character, loc.range.end.character);
}

describe('names over LSP, on the seeds', function () {
  let client: LspTestClient;
  let uri: string;

  before(async () => {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-names-'));
    uri = pathToFileURL(path.join(ws, 'draft.md')).toString();
    client = new LspTestClient();
    await client.initialize(ws);
    client.open(uri, DRAFT);
    await client.diagnosticsFor(uri);
  });
  after(() => client.shutdown());

  const hover = async (line: number, character: number) =>
    client.hover(uri, { line, character });

  it('hovers a surname with the full name, roles with their source, aliases and mentions per article', async () => {
    const h = (await hover(0, 2))!;
    const md = (h.contents as MarkupContent).value;
    assert.match(md, /\*\*Sergey Viktorovich Lavrov\*\* · person/);
    assert.match(md, /Russian Foreign Minister/);
    assert.match(md, /Also: .*Sergey Lavrov/);
    assert.match(md, /9 mentions in 2 articles/);
    assert.match(md, /\]\(file:\/\/.*000_677974a615658906\.txt#L\d+,\d+\)/, 'links open the source at a mention');
    assert.match(md, /“.*not everything is lost in relations with this bloc/, 'quotes the sources attribute to him');
    assert.deepStrictEqual(h.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } });
  });

  it('hovers a possessive full name and an acronym', async () => {
    const lavrov = (await hover(1, 10))!;
    assert.match((lavrov.contents as MarkupContent).value, /Sergey Viktorovich Lavrov/);
    assert.deepStrictEqual(lavrov.range!.start, { line: 1, character: 0 });
    assert.deepStrictEqual(lavrov.range!.end, { line: 1, character: 13 });
    const osce = (await hover(0, 16))!;
    const md = (osce.contents as MarkupContent).value;
    assert.match(md, /Organization for Security and Co\\-operation in Europe\*\* · organisation/);
  });

  it('shows the role of Zbigniew Rau from the 2022 article', async () => {
    const h = (await hover(1, 30))!;
    const md = (h.contents as MarkupContent).value;
    assert.match(md, /Poland’s Foreign Minister/);
    assert.match(md, /2022\\-02\\-15/);
  });

  it('goes to the defining mention of a name in the sources', async () => {
    const [loc] = (await client.connection.sendRequest('textDocument/definition', {
      textDocument: { uri },
      position: { line: 1, character: 52 },
    })) as Location[];
    assert.strictEqual(textAt(loc), 'Maria Zakharova');
    assert.match(loc.uri, /000_677974a615658906\.txt$/);
  });

  it('finds every mention in the sources and in the open draft', async () => {
    const refs = (await client.connection.sendRequest('textDocument/references', {
      textDocument: { uri },
      position: { line: 1, character: 52 },
      context: { includeDeclaration: true },
    })) as Location[];
    const inSources = refs.filter((r) => r.uri !== uri);
    const inDraft = refs.filter((r) => r.uri === uri);
    assert.strictEqual(inSources.length, 3);
    assert.ok(inSources.every((r) => /Zakharova$/.test(textAt(r))));
    assert.deepStrictEqual(inDraft.map((r) => r.range.start), [{ line: 1, character: 49 }]);
  });

  it('searches names as workspace symbols', async () => {
    const symbols = (await client.connection.sendRequest('workspace/symbol', { query: 'lavr' })) as SymbolInformation[];
    assert.deepStrictEqual(symbols.map((s) => s.name), ['Sergey Viktorovich Lavrov']);
    assert.strictEqual(symbols[0].containerName, 'person');
  });

  it('hints at a name spelt close to a known one, with a quick-fix', async () => {
    const diags = await client.diagnosticsFor(uri);
    const hint = diags.find((d) => d.code === 'name-spelling')!;
    assert.ok(hint, JSON.stringify(diags));
    assert.strictEqual(hint.severity, 4);
    assert.match(hint.message, /"Zaharova" .* "Zakharova"/);
    const actions = await client.codeActionsFor(uri, hint);
    const edit = actions[0].edit!.documentChanges![0] as TextDocumentEdit;
    assert.strictEqual(applyTextEdits(DRAFT, edit.edits).split('\n')[2], 'Later Zakharova said more.');
    assert.ok(!diags.some((d) => d.code === 'name-spelling' && d.range.start.line !== 2), 'known and unknown names are left alone');
  });

  it('completes known names from a capitalised prefix', async () => {
    const doc2 = uri.replace('draft.md', 'c.md');
    client.open(doc2, 'Then Zbig');
    const res = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: doc2 },
      position: { line: 0, character: 9 },
    })) as CompletionItem[] | CompletionList;
    const items = Array.isArray(res) ? res : res.items;
    assert.ok(items.some((i) => i.label === 'Zbigniew Rau'), JSON.stringify(items.map((i) => i.label)));
  });

  it('completes a source passage inside an open quotation, with the exact wording', async () => {
    const res = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 3, character: 37 },
    })) as CompletionItem[] | CompletionList;
    const items = Array.isArray(res) ? res : res.items;
    const item = items.find((i) => /of the OSCE to de-escalate the current tensions/.test(i.textEdit?.newText ?? ''));
    assert.ok(item, JSON.stringify(items.map((i) => i.label)));
    const edited = applyTextEdits(DRAFT, [item!.textEdit as never]).split('\n')[3];
    assert.match(edited, /^He said “We talked about the efforts of the OSCE to de-escalate the current tensions, we talked about/);
    assert.ok(!/[“”]/.test(edited.slice(9)), 'inner marks from the source are not carried into the open quote');
  });
});

/**
 * For a describe block: a workspace whose `sources` folder holds these files, with `draft` open in it (its
 * diagnostics in), and the hover's text at a position of the draft.
 */
/** A source article with front matter, as the sources folder holds it. */
const article = (title: string, date: string, body: string) => `---\ntitle: ${title}\ndate: ${date}\n---\n\n${body}\n`;

function sourcesWorkspace(prefix: string, sources: Record<string, string>, draft: string) {
  const ws = { client: undefined as unknown as LspTestClient, uri: '' };
  before(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    fs.mkdirSync(path.join(dir, 'sources'));
    for (const [name, text] of Object.entries(sources)) fs.writeFileSync(path.join(dir, 'sources', name), text);
    ws.uri = pathToFileURL(path.join(dir, 'draft.md')).toString();
    ws.client = new LspTestClient();
    await ws.client.initialize(dir);
    ws.client.open(ws.uri, draft);
    await ws.client.diagnosticsFor(ws.uri);
  });
  after(() => ws.client.shutdown());
  const hoverText = async (line: number, character: number) => {
    const h = await ws.client.hover(ws.uri, { line, character });
    return h ? (h.contents as MarkupContent).value : '';
  };
  return { ws, hoverText };
}

describe('names over LSP, in a sources folder: a father and his son', function () {
  // Found in PolNeAR's copy: "Donald Trump" and "Donald Trump Jr." were one entity, so the son's hover showed the
  // father and the son's words counted as the father's.
  const draft = [
    'Donald Trump Jr. spoke in Ohio.',
    'Donald Trump said “my father will win this state by a mile”.',
    '',
  ].join('\n');
  const { ws, hoverText } = sourcesWorkspace('verbatim-names-family-', {
    'ohio.md':
      '---\ntitle: The son campaigns in Ohio\ndate: 2016-10-02\n---\n\nDonald Trump Jr., the eldest son of the candidate, spoke at a rally in Toledo. “My father will win this state by a mile,” Trump Jr. told the crowd.\n',
    'iowa.md':
      '---\ntitle: The candidate in Iowa\ndate: 2016-10-03\n---\n\nDonald Trump, the Republican nominee, held a rally in Des Moines. “We will bring the jobs back to Iowa,” Trump said.\n',
  }, draft);

  it('hovers the son and the father as two people, each with their own words', async () => {
    const son = await hoverText(0, 3);
    // (Markdown escapes the full stop.)
    assert.match(son, /\*\*Donald Trump Jr\\\.\*\* · person/);
    assert.match(son, /My father will win this state/);
    assert.doesNotMatch(son, /bring the jobs back/);
    const father = await hoverText(1, 3);
    assert.match(father, /\*\*Donald Trump\*\* · person/);
    assert.match(father, /bring the jobs back/);
    assert.doesNotMatch(father, /My father will win/);
  });

  it("flags the son's words given to the father as misattributed, naming both", async () => {
    const diags = await ws.client.diagnosticsFor(ws.uri);
    const mis = diags.find((d) => d.code === 'misattributed-quote');
    assert.ok(mis, JSON.stringify(diags));
    assert.strictEqual(mis!.range.start.line, 1);
    assert.match(mis!.message, /Donald Trump Jr\./);
  });
});

describe('names over LSP, in a sources folder: roles in the sources\' words', function () {
  const { hoverText } = sourcesWorkspace(
    'verbatim-names-roles-',
    {
      'a.md': article('Budget', '2019-08-09', 'Dee Margo, a former state representative, presented the budget.'),
      'b.md': article('Shooting in El Paso', '2019-08-04', 'According to the El Paso mayor, Dee Margo, the police responded within minutes. El Paso mayor Dee Margo thanked them.'),
      'c.md': article('Vigil', '2019-08-05', 'El Paso mayor Dee Margo spoke at the vigil. Hundreds came.'),
      'd.md': article('Summit', '2019-07-08', "Leaders met in Niamey, Niger's capital, on Sunday, news agency Interfax said."),
    },
    ['Mayor Dee Margo spoke. Interfax reported it. They met in Niamey.', ''].join('\n'),
  );

  it('lists a person\'s roles, the wording most articles use first, each linked to where it is said', async () => {
    const md = await hoverText(0, 8);
    const roles = md.split('\n').filter((l) => l.startsWith('- '));
    assert.strictEqual(roles.length, 2, md);
    // "(the) El Paso mayor" in two articles (three times), then "former state representative" in one.
    assert.match(roles[0], /^- the El Paso mayor — \[Shooting in El Paso.*\]\(file:\/\/.*b\.md#L6,\d+\) \(and 1 more article\)$/);
    assert.match(roles[1], /^- former state representative — \[Budget.*\]\(file:\/\/.*a\.md#L6,\d+\)$/);
    const link = /\(file:\/\/(.*b\.md)#L(\d+),(\d+)\)/.exec(roles[0])!;
    const line = fs.readFileSync(decodeURIComponent(link[1]), 'utf8').split('\n')[Number(link[2]) - 1];
    assert.ok(line.slice(Number(link[3]) - 1).startsWith('the El Paso mayor, Dee Margo'), `the link opens the source at the role: ${line}`);
  });

  it('gives organisations and places their roles too', async () => {
    assert.match(await hoverText(0, 25), /^- news agency — \[Summit/m);
    assert.match(await hoverText(0, 60), /^- Niger's capital — \[Summit/m);
  });
});

describe('names over LSP, in a sources folder: wire copy from the sixteenth session\'s rules', function () {
  const { hoverText } = sourcesWorkspace(
    'verbatim-names-wire-',
    {
      'delta.md': article(
        'Salt in the delta',
        '2026-03-12',
        'CA MAU, Vietnam — "It is late," said Nguyen Van Thanh, a farmer. The ministry\'s spokesman, Le Quang Hieu, went further. Wellington start-up Kotare Orbital sent its condolences.',
      ),
    },
    ['Nguyen Van Thanh and Le Quang Hieu spoke; Wellington was quiet.', ''].join('\n'),
  );

  it('hovers Vietnamese names as whole people with their roles, and a city as a place', async () => {
    const thanh = await hoverText(0, 3);
    assert.match(thanh, /\*\*Nguyen Van Thanh\*\* · person/);
    assert.match(thanh, /^- farmer — \[Salt in the delta/m);
    const hieu = await hoverText(0, 24);
    assert.match(hieu, /\*\*Le Quang Hieu\*\* · person/);
    assert.match(hieu, /spokesman/);
    assert.match(await hoverText(0, 45), /\*\*Wellington\*\* · place/);
  });
});

describe('names over LSP, in a sources folder: the seventeenth session\'s rules', function () {
  const { hoverText } = sourcesWorkspace(
    'verbatim-names-s17-',
    {
      'prize.md': article(
        'A prize for the divers',
        '2026-06-11',
        'Kwon Ha-eun did not expect to win. The Communist Party of India (Marxist) sent flowers.\n\nThe novelist signs books in Seoul. Photo: Dinusha Premawardena/Ada Derana',
      ),
    },
    ['Kwon Ha-eun won; Premawardena took the picture for Ada Derana; the Communist Party of India (Marxist) cheered.', ''].join('\n'),
  );

  it('hovers a Korean name, a caption\'s photographer and agency, and a party with its faction in brackets', async () => {
    // (Source text is escaped in hovers: "Ha\-eun", "\(Marxist\)".)
    assert.match(await hoverText(0, 2), /\*\*Kwon Ha\\-eun\*\* · person/);
    assert.match(await hoverText(0, 20), /\*\*Dinusha Premawardena\*\* · person/);
    assert.match(await hoverText(0, 58), /\*\*Ada Derana\*\* · organisation/);
    assert.match(await hoverText(0, 70), /\*\*Communist Party of India \\\(Marxist\\\)\*\* · organisation/);
  });
});

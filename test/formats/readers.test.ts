import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { Article, cueAt, pageAt } from '../../server/src/engine/article';
import { readArticle, resolveSourceFiles } from '../../server/src/engine/sources';
import { SEEDS_DIR, WIKINEWS_DIR } from '../support/corpora';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-readers-'));
function read(name: string, data: string | Uint8Array): Article {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, data);
  const result = readArticle(file);
  assert.ok(!('reason' in result), `${name}: ${'reason' in result ? result.reason : ''}`);
  return result;
}
function reasonFor(name: string, data: string | Uint8Array): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, data);
  const result = readArticle(file);
  assert.ok('reason' in result, `${name} should be skipped`);
  return result.reason;
}

async function pdfOf(pages: string[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  pages.forEach((lines) => {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, i) => line && page.drawText(line, { x: 60, y: 790 - i * 14, size: 11, font }));
  });
  return doc.save();
}

describe('source readers (engine)', function () {
  this.timeout(30000);

  it('reads the seeds and Wikinews articles as articles, and the one question-and-answer interview as a transcript', () => {
    const files = [...resolveSourceFiles(SEEDS_DIR, ['*']).files, ...resolveSourceFiles(WIKINEWS_DIR, ['*.md']).files];
    assert.ok(files.length > 150);
    const transcripts: Article[] = [];
    let withInvisibles = 0;
    for (const f of files) {
      const a = readArticle(f);
      assert.ok(!('reason' in a), f);
      const file = fs.readFileSync(f, 'utf8').replace(/^\ufeff/, '');
      if (a.origins?.length && a.format !== 'transcript') {
        // Web copy's invisible characters (soft hyphens, zero-width joiners) are dropped, and every run of the text
        // leads back to the same characters of the file.
        withInvisibles++;
        assert.strictEqual(a.text, file.replace(/[\u00ad\u2060\ufeff\u200e\u200f\u200d]/g, '').replace(/\u200b/g, ' '), f);
        const lines = file.split('\n').map((l) => l + '\n');
        for (const o of a.origins) assert.strictEqual(lines[o.line].slice(o.character, o.character + o.length).replace(/\u200b/g, ' '), a.text.slice(o.at, o.at + o.length), f);
      } else assert.strictEqual(a.text, file, 'the text is the file, whatever its format');
      if (a.format === 'transcript') transcripts.push(a);
      else assert.ok(a.format === 'text' || a.format === 'markdown', `${f} read as ${a.format}`);
    }
    assert.deepStrictEqual(transcripts.map((a) => path.basename(a.path)), ['2019-01-27-male-magellanic-penguins-pine-for-pairings-wikinews-interviews-biologi.md']);
    assert.ok(withInvisibles >= 5, `${withInvisibles} articles with invisible characters`);
    const [interview] = transcripts;
    // "NG:" after "Natasha Gownaris:" is the same speaker.
    assert.deepStrictEqual([...new Set(interview.cues!.map((c) => c.speaker))], ['Natasha Gownaris']);
    assert.ok(interview.text.slice(interview.cues![1].start).startsWith('This study started in 1982'));
    assert.strictEqual(interview.title, 'Male Magellanic penguins pine for pairings: Wikinews interviews biologist Natasha Gownaris');
  });

  it('knows a format by its content: a PDF without an extension, a web page saved as .txt', async () => {
    const pdf = read('statement', await pdfOf([['We have nothing further to add at this stage.']]));
    assert.strictEqual(pdf.format, 'pdf');
    assert.match(pdf.text, /^We have nothing further to add at this stage\.\n$/);
    const html = read('saved.txt', '<!DOCTYPE html><html><head><title>Saved</title></head><body><p>Words &amp; more words.</p></body></html>');
    assert.strictEqual(html.format, 'html');
    assert.ok(html.text.slice(html.bodyStart).startsWith('Words & more words.'));
  });

  it('PDF: drops running headers and page numbers, joins hyphenated words, keeps real compounds, records pages', async () => {
    const page = (n: number, body: string[]) => ['Ministry of Culture – Press release', '', ...body, '', '', `Page ${n} of 3`];
    const a = read(
      'release.pdf',
      await pdfOf([
        page(1, ['The museum is a well-known landmark, the minister said, and its collec-', 'tion will stay in the city.']),
        page(2, ['Visitors praised the well-', 'known galleries on the second floor.']),
        page(3, ['The exhibition opens in June.']),
      ]),
    );
    assert.strictEqual(a.text, [
      'The museum is a well-known landmark, the minister said, and its collection will stay in the city.',
      'Visitors praised the well-known galleries on the second floor.',
      'The exhibition opens in June.',
      '',
    ].join('\n\n').replace(/\n\n$/, '\n'));
    assert.deepStrictEqual(a.pages!.map((p) => p.number), [1, 2, 3]);
    assert.strictEqual(pageAt(a, a.text.indexOf('galleries'))!.number, 2);
    assert.strictEqual(pageAt(a, a.text.indexOf('June'))!.number, 3);
    assert.strictEqual(a.title, 'release', 'no metadata title, and no heading left once the running header is gone');
  });

  it('web page: drops the soft hyphens and zero-width joiners web copy hides in words', () => {
    const page = read('shy.html', '<html><head><title>Bud&shy;get</title></head><body><p>“We stand by our news&shy;paper,” the Xtra&zwj;\'s editor said.</p></body></html>');
    assert.strictEqual(page.title, 'Budget');
    assert.strictEqual(page.text, 'Budget\n\n“We stand by our newspaper,” the Xtra\'s editor said.\n');
    assert.strictEqual(page.text.slice(page.bodyStart), '“We stand by our newspaper,” the Xtra\'s editor said.\n');
  });

  it('Word: drops the soft hyphens and zero-width joiners a pasted paragraph brings along', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const doc = new Document({ sections: [{ children: [new Paragraph({ text: '“We stand by our news\u00adpaper,” the Xtra\u200d\'s editor said.' })] }] });
    const a = read('shy.docx', await Packer.toBuffer(doc));
    assert.strictEqual(a.format, 'docx');
    assert.strictEqual(a.text, '“We stand by our newspaper,” the Xtra\'s editor said.\n');
  });

  it('web page: falls back to the page body when Readability finds no article, and decodes a declared charset', () => {
    const short = read('short.html', '<html><body><nav>Menu Home</nav><p>“We stand by our reporting,” the editor said.</p><footer>© Paper</footer></body></html>');
    assert.strictEqual(short.text.slice(short.bodyStart), '“We stand by our reporting,” the editor said.\n');
    const latin = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"><title>Caf'),
      Buffer.from([0xe9]),
      Buffer.from('</title></head><body><p>The caf'),
      Buffer.from([0xe9, 0x20, 0x93]),
      Buffer.from('never'),
      Buffer.from([0x94]),
      Buffer.from(' closes.</p></body></html>'),
    ]);
    const a = read('latin.html', latin);
    assert.strictEqual(a.title, 'Café');
    assert.ok(a.text.includes('The café “never” closes.'), a.text);
  });

  it('WebVTT: voices, several speakers in one cue, entities, and rolling captions without repeats', () => {
    const a = read(
      'talk.vtt',
      [
        'WEBVTT',
        '',
        '00:00:01.000 --> 00:00:03.000',
        '<v.loud Ann Lee>Good evening &amp; welcome.</v>',
        '<v Bo Chan>Thank you, Ann.</v>',
        '',
        '00:00:03.000 --> 00:00:05.000',
        'Thank you, Ann.',
        'It is good to be here.',
        '',
      ].join('\n'),
    );
    assert.strictEqual(a.text, 'Good evening & welcome.\n\nThank you, Ann. It is good to be here.');
    assert.deepStrictEqual(a.cues!.map((c) => [c.speaker, c.time, a.text.slice(c.start, c.end)]), [
      ['Ann Lee', '00:00:01', 'Good evening & welcome.'],
      ['Bo Chan', '00:00:01', 'Thank you, Ann.'],
      ['Bo Chan', '00:00:03', 'It is good to be here.'],
    ]);
    assert.strictEqual(cueAt(a, a.text.indexOf('good to be'))!.speaker, 'Bo Chan');
    assert.strictEqual(a.title, 'talk');
  });

  it('plain transcripts: "Name  0:05" lines above the words, as transcription services export them', () => {
    const text = 'Jane Doe  0:05\nWe never planned to close it.\n\nKim Lee  0:12\nNever?\n\nJane Doe  0:14\nNot once, not ever.\n';
    const a = read('otter.txt', text);
    assert.strictEqual(a.format, 'transcript');
    assert.strictEqual(a.text, text, 'a plain transcript is its own text');
    assert.deepStrictEqual(a.cues!.map((c) => [c.speaker, c.time, text.slice(c.start, c.end)]), [
      ['Jane Doe', '00:00:05', 'We never planned to close it.'],
      ['Kim Lee', '00:00:12', 'Never?'],
      ['Jane Doe', '00:00:14', 'Not once, not ever.'],
    ]);
    assert.strictEqual(a.title, 'otter');
  });

  it('an article with a few "Name:" lines stays an article', () => {
    const a = read('article.txt', 'Title: Council meets\n\nThe council met on Monday.\nNote: the vote was delayed.\nMayor Jane Doe: absent.\nThe meeting ran late, and the vote was put off until next week after a long debate.\n');
    assert.strictEqual(a.format, 'text');
    assert.strictEqual(a.cues, undefined);
  });

  it('says why a file can not be used', async () => {
    assert.match(reasonFor('locked.vtt', 'WEBVTT\n\nno timing here\n'), /no readable cues .*1 malformed/);
    assert.match(reasonFor('notes.rtf', '{\\rtf1 hello}'), /RTF documents are not read/);
    assert.match(reasonFor('fake.pdf', 'hello'), /not a PDF file/);
    assert.match(reasonFor('blank.pdf', await pdfOf([[], []])), /PDF has no text layer \(2 pages/);
    assert.match(reasonFor('empty.html', '<html><body><script>alert(1)</script></body></html>'), /no readable text/);
  });
});

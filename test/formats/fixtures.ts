/**
 * Sources in every format, made here: a web page and transcripts written out, a PDF drawn from text with pdf-lib,
 * a Word document built with docx. `makeFormatsWorkspace` lays them out under sources/ with a draft that quotes
 * each of them once correctly and once wrongly.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Document, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export const PAGE_HTML = `<!DOCTYPE html>
<!-- saved from url=(0037)https://news.example.org/mayor-vows/ -->
<html><head><meta charset="utf-8"><title>Mayor vows to keep library open | Springfield News</title>
<meta name="author" content="Kim Lee"><meta property="article:published_time" content="2024-03-05T09:00:00Z">
<style>p { color: red }</style><script>var teaser = "We will close the library";</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Mayor vows to keep library open</h1><p class="byline">By Kim Lee</p>
<p>The mayor of Springfield said on Tuesday that the town&rsquo;s library would stay open. &ldquo;We will never close
the library while I am mayor,&rdquo; she told reporters outside city hall, where a small crowd had gathered.</p>
<p>Budget talks continue next week, with the council expected to vote on a plan that includes twelve new staff
positions for the library and the museum.</p>
<p>Critics said the plan was too expensive. &quot;The numbers simply do not add up,&quot; said councillor Joe Bloggs,
who has opposed the plan from the start.</p>
</article><footer>Copyright 2024 Springfield News &middot; <a href="/privacy">Privacy</a></footer></body></html>
`;

export const INTERVIEW_VTT = `WEBVTT - Interview with Jane Doe

NOTE Date: 2024-03-04

1
00:12:30.000 --> 00:12:34.000
<v Jane Doe>We never planned to close
the branch on Elm Street, not once.</v>

2
00:12:34.000 --> 00:12:38.500
<v Jane Doe>It is the heart of this town &amp; its people.</v>

3
00:12:38.500 --> 00:12:41.000
<v Interviewer>What about the costs?</v>

4
00:12:41.000 --> 00:12:44.000
<v Jane Doe>The costs are lower than people think.</v>
`;

export const COUNCIL_SRT = [
  '1',
  '00:01:02,000 --> 00:01:05,000',
  'JOE BLOGGS: Roads and bridges come first,',
  'and everyone knows it.',
  '',
  '2',
  '00:01:05,000 --> 00:01:09,000',
  'We should spend the money on repairs instead.',
  '',
].join('\r\n');

export const CALL_TXT = `Title: Phone call with Sam Hill
Date: 2024-03-06

[00:03:10] Kim Lee: What do you make of the plan?
[00:03:15] Sam Hill: I think it is a reckless waste of public money.
[00:03:21] Kim Lee: Would you vote for it?
[00:03:24] Sam Hill: Absolutely not. Under no circumstances
would I vote for a plan like this one.
`;

/** Two pages: a quote that runs over the page break, a word hyphenated at a line end, page numbers at the foot. */
export async function statementPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pages = [
    [
      'Ministry of Foreign Affairs',
      '',
      'The ministry said on Monday that it had studied the proposal with care.',
      '“We will never accept these terms,” the minister told the press. “The talks will resume in',
    ],
    [
      'the spring, once both delegations have consulted their governments,” she said.',
      '“We are ready to review the agree-',
      'ment with our partners next month,” a spokesman added.',
    ],
  ];
  pages.forEach((lines, i) => {
    const page = doc.addPage([595, 842]);
    let y = 780;
    for (const line of lines) {
      if (line) page.drawText(line, { x: 50, y, size: 11, font });
      y -= 15;
    }
    page.drawText(i === 0 ? '1' : 'Page 2 of 2', { x: 280, y: 40, size: 9, font });
  });
  doc.setTitle('Statement on the trade talks');
  doc.setCreationDate(new Date('2024-03-04T10:00:00Z'));
  return doc.save();
}

/** A PDF of one page with a picture and no text: what a scanner makes. */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 400, width: 300, height: 200 });
  return doc.save();
}

export async function memoDocx(): Promise<Buffer> {
  const paragraphs = [
    'Title: Council budget memo',
    'Date: 2024-03-07',
    'The treasurer wrote to all members on Thursday.',
    '“Every penny of this budget will be accounted for in public,” the treasurer wrote, “and nothing will be hidden from the voters.”',
  ];
  const doc = new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph({ text })) }] });
  return Packer.toBuffer(doc);
}

export const DRAFT = [
  '# Budget week',
  '',
  'The minister said: “We will never accept these conditions.”', // 2: misquote, PDF p. 1
  'She added: “The talks will resume in the spring.”', // 3: verified, over the PDF's page break (starts on p. 1)
  'A spokesman said they were “ready to review the agreement with our partners”.', // 4: verified, hyphenated, p. 2
  'The treasurer promised: “Every penny of this budget will be accounted for in public.”', // 5: verified, Word
  'And: “nothing will be kept from the voters.”', // 6: misquote, Word
  'The mayor said: “We will always close the library while I am mayor.”', // 7: misquote, web page
  'Councillor Bloggs said: “The numbers simply do not add up.”', // 8: verified, web page
  'Doe said: “We never planned to close the branch on Elm Street.”', // 9: verified, VTT, Jane Doe at 00:12:30
  'She called the library “the soul of this town & its people”.', // 10: misquote, VTT, Jane Doe at 00:12:34
  'Bloggs said: “Roads and bridges come first, and everybody knows it.”', // 11: misquote, SRT, Joe Bloggs at 00:01:02
  'He wants to “spend the money on repairs instead”.', // 12: verified, SRT, Joe Bloggs at 00:01:05
  'Hill called the plan “a reckless waste of public money”.', // 13: verified, transcript, Sam Hill at 00:03:15
  'He said: “Under no circumstances would I vote for a scheme like this one.”', // 14: misquote, transcript
  '',
].join('\n');

export async function makeFormatsWorkspace(): Promise<string> {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-formats-'));
  const sources = path.join(ws, 'sources');
  fs.mkdirSync(sources);
  const write = (name: string, data: string | Uint8Array) => fs.writeFileSync(path.join(sources, name), data);
  write('page.html', PAGE_HTML);
  write('interview.vtt', INTERVIEW_VTT);
  write('council.srt', COUNCIL_SRT);
  write('call.txt', CALL_TXT);
  write('statement.pdf', await statementPdf());
  write('memo.docx', await memoDocx());
  // Files that can't be used: each is skipped with its reason, and the others still load.
  write('scan.pdf', await scannedPdf());
  write('broken.pdf', '%PDF-1.7\nthis is not really a PDF\n');
  write('renamed.docx', 'just some text saved with the wrong extension\n');
  write('old.doc', 'binary-ish');
  write('empty.vtt', 'WEBVTT\n\n');
  fs.writeFileSync(path.join(ws, 'draft.md'), DRAFT);
  return ws;
}

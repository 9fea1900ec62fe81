/**
 * PDF (.pdf): the text layer of each page, read with pdf.js (through unpdf, which packages it to run without a
 * browser). Text items become lines by position, lines become paragraphs by spacing, a word hyphenated at a line
 * end is joined, and page numbers and running headers/footers are left out. `pages` records where each page starts,
 * so hovers and messages cite "p. N". A PDF without a text layer (a scan) is reported, not read as empty.
 * The text cannot be traced back to bytes of the file, so go-to-source opens the text view of it.
 */
import { Article, Page } from '../article';
import { runInWorker } from './bridge';
import { baseName, SourceReader } from './reader';

/** One text item as pdf.js positions it (y grows upwards), cut down to what layout needs. */
interface Item {
  s: string;
  x: number;
  y: number;
  w: number;
  h: number;
  eol: boolean;
}
interface RawPdf {
  pages: Item[][];
  title?: string;
  created?: string;
}
interface Line {
  text: string;
  y: number;
  h: number;
}

const MAGIC = '%PDF-';

function hasMagic(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes(MAGIC);
}

async function extract(bytes: Uint8Array): Promise<RawPdf> {
  const { getDocumentProxy, extractTextItems, getMeta } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // No font loading or code evaluation: only the text is wanted, and the file is untrusted.
    pdf = await getDocumentProxy(bytes, { verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new Error('password-protected PDF: save an unprotected copy to use it as a source');
    throw new Error(`not a readable PDF (${(e as Error).message})`);
  }
  try {
    const { items } = await extractTextItems(pdf);
    const info = (await getMeta(pdf).catch(() => undefined))?.info as Record<string, unknown> | undefined;
    return {
      pages: items.map((page) => page.map((i) => ({ s: i.str, x: i.x, y: i.y, w: i.width, h: i.height || i.fontSize || 10, eol: i.hasEOL }))),
      title: typeof info?.Title === 'string' ? info.Title : undefined,
      created: typeof info?.CreationDate === 'string' ? info.CreationDate : undefined,
    };
  } finally {
    await pdf.destroy();
  }
}

/** Text items → lines: a line ends where pdf.js says so, or where the baseline jumps. */
function linesOf(items: Item[]): Line[] {
  const lines: Line[] = [];
  let line: Line | undefined;
  let prev: Item | undefined;
  const end = () => {
    if (line && line.text.trim()) lines.push({ ...line, text: line.text.replace(/\s+/g, ' ').trim() });
    line = undefined;
    prev = undefined;
  };
  for (const item of items) {
    if (line && prev && Math.abs(item.y - line.y) > Math.max(item.h, line.h) * 0.5 && item.s.trim()) end();
    if (item.s) {
      if (!line) line = { text: '', y: item.y, h: item.h };
      // Items separated by a visible gap are separate words even when no space character was drawn.
      const gap = prev ? item.x - (prev.x + prev.w) : 0;
      if (prev && gap > item.h * 0.15 && !/\s$/.test(line.text) && !/^\s/.test(item.s)) line.text += ' ';
      line.text += item.s;
      line.h = Math.max(line.h, item.h);
      prev = item;
    }
    if (item.eol) end();
  }
  end();
  return lines;
}

const PAGE_NUMBER = /^(?:page\s+|p\.\s*|-\s*|–\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*-|\s*–)?$/i;

/** Leaves out page numbers, and headers/footers that repeat (digits aside) on most pages of a longer document. */
function dropFurniture(pages: Line[][]): Line[][] {
  const key = (l: Line | undefined) => l?.text.replace(/\d+/g, '#').toLowerCase();
  const count = new Map<string, number>();
  for (const p of pages) for (const k of new Set([key(p[0]), key(p[p.length - 1])])) if (k) count.set(k, (count.get(k) ?? 0) + 1);
  const repeated = (l: Line) => pages.length >= 3 && (count.get(key(l)!) ?? 0) >= Math.max(3, pages.length * 0.6);
  return pages.map((p) => {
    const lines = [...p];
    for (const edge of ['first', 'last'] as const) {
      for (let guard = 0; guard < 2 && lines.length; guard++) {
        const l = edge === 'first' ? lines[0] : lines[lines.length - 1];
        if (!PAGE_NUMBER.test(l.text) && !repeated(l)) break;
        if (edge === 'first') lines.shift();
        else lines.pop();
      }
    }
    return lines;
  });
}

const LINE_END_HYPHEN = /([\p{L}])[-\u2010\u00ad]$/u;

/** Joins two lines of one paragraph: "minis-" + "ter" → "minister", but "well-" + "known" stays "well-known" when the document writes it so elsewhere. */
function joinLines(a: string, b: string, compounds: Set<string>): string {
  const hyphen = LINE_END_HYPHEN.exec(a);
  if (hyphen && /^\p{Ll}/u.test(b)) {
    const head = /[\p{L}\p{M}]+(?=[-\u2010\u00ad]$)/u.exec(a)?.[0] ?? '';
    const tail = /^[\p{L}\p{M}]+/u.exec(b)?.[0] ?? '';
    const keep = a.endsWith('\u00ad') ? false : compounds.has(`${head}-${tail}`.toLowerCase());
    return (keep ? a : a.slice(0, -1)) + b;
  }
  return `${a} ${b}`;
}

/** Lines → paragraphs: a gap clearly wider than the usual line spacing, or a jump upwards (a new column), breaks. */
function paragraphsOf(lines: Line[], usualGap: number, compounds: Set<string>): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let prev: Line | undefined;
  for (const line of lines) {
    const gap = prev ? prev.y - line.y : 0;
    if (prev && (gap <= 0 || gap > usualGap * 1.45)) {
      paragraphs.push(current);
      current = '';
    }
    current = current ? joinLines(current, line.text, compounds) : line.text;
    prev = line;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** "D:20240305120000+01'00'" → "2024-03-05". */
function pdfDate(value: string | undefined): string | undefined {
  const m = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

export function pdfArticle(path: string, raw: RawPdf): Article | { reason: string } {
  const pageLines = dropFurniture(raw.pages.map(linesOf));
  const allLines = pageLines.flat();
  if (allLines.map((l) => l.text).join('').replace(/\s/g, '').length < 10) {
    return { reason: `PDF has no text layer (${raw.pages.length} page${raw.pages.length === 1 ? '' : 's'} of images, e.g. a scan): run OCR on it to use it as a source` };
  }
  const compounds = new Set<string>();
  for (const l of allLines) for (const m of l.text.matchAll(/[\p{L}\p{M}]+-[\p{L}\p{M}]+/gu)) compounds.add(m[0].toLowerCase());
  const gaps: number[] = [];
  for (const lines of pageLines) for (let i = 1; i < lines.length; i++) if (lines[i - 1].y > lines[i].y) gaps.push(lines[i - 1].y - lines[i].y);
  const usualGap = median(gaps) || 14;

  let text = '';
  const pages: Page[] = [];
  pageLines.forEach((lines, i) => {
    const pageText = paragraphsOf(lines, usualGap, compounds).join('\n\n');
    if (text && pageText) {
      // A sentence running on over the page break stays one paragraph.
      const runsOn = !/[.!?:;"”’)\]]$/.test(text) && /^\p{Ll}/u.test(pageText);
      if (runsOn && LINE_END_HYPHEN.test(text)) {
        const joined = joinLines(text, pageText, compounds);
        pages.push({ number: i + 1, start: joined.length - pageText.length, end: joined.length });
        text = joined;
        return;
      }
      text += runsOn ? ' ' : '\n\n';
    }
    pages.push({ number: i + 1, start: text.length, end: text.length + pageText.length });
    text += pageText;
  });
  text += '\n';

  const metaTitle = raw.title?.replace(/\s+/g, ' ').trim();
  const usableTitle = metaTitle && !/^(?:untitled|microsoft word\b|document\d*$)/i.test(metaTitle) && !/\.(?:docx?|pdf|indd)$/i.test(metaTitle);
  // Without a usable title in the metadata: a short first paragraph (a heading), else the file's name.
  const firstParagraph = text.slice(0, text.indexOf('\n')).trim();
  const heading = firstParagraph.length >= 3 && firstParagraph.length <= 100 && !/[.,;:!?]$/.test(firstParagraph);
  const title = usableTitle ? metaTitle! : heading ? firstParagraph : baseName(path);
  const article: Article = { path, text, bodyStart: 0, title, format: 'pdf', extracted: true, pages };
  const date = pdfDate(raw.created);
  if (date) article.date = date;
  return article;
}

export const pdfReader: SourceReader = {
  format: 'pdf',
  extensions: ['.pdf'],
  sniff: ({ bytes }) => hasMagic(bytes),
  extract,
  read({ path, bytes }) {
    if (!hasMagic(bytes)) return { reason: 'not a PDF file (it does not start with %PDF-)' };
    const answer = runInWorker('pdf', bytes);
    if (!answer.ok) return { reason: answer.reason };
    return pdfArticle(path, answer.value as RawPdf);
  },
};

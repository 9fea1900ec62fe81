/**
 * Saved web pages (.html, .htm): the article as a reader sees it. linkedom parses the page into a DOM, Mozilla's
 * Readability (Firefox Reader View) finds the article and drops navigation, ads, scripts and styles; the article's
 * block elements become paragraphs of text. Title, byline and date come from Readability and the page's metadata.
 * The text cannot be traced back to characters of the HTML, so go-to-source opens the text view of it.
 */
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHTML } from 'linkedom';
import { Article } from '../article';
import { visibleText } from './origins';
import { shortDate, SourceReader } from './reader';

/** The little of the DOM that is used here (the project compiles without the DOM library's types). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}
interface DomDocument extends DomNode {
  body: DomNode | null;
  querySelector(selector: string): DomNode | null;
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD']);
/** Without an article found, the page's own furniture is left out as well. */
const PAGE_FURNITURE = new Set([...NEVER_TEXT, 'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'MENU', 'DIALOG']);

/** The paragraphs of a DOM subtree: each block element's text, whitespace collapsed. */
function paragraphsOf(root: DomNode, skip: Set<string>): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = () => {
    const t = buffer.replace(/\s+/g, ' ').trim();
    if (t) paragraphs.push(t);
    buffer = '';
  };
  const visit = (node: DomNode) => {
    if (node.nodeType === 3) {
      buffer += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    const hidden = node.getAttribute?.('hidden');
    if (skip.has(name) || (hidden !== null && hidden !== undefined) || node.getAttribute?.('aria-hidden') === 'true') return;
    if (name === 'BR') {
      buffer += ' ';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
  return paragraphs;
}

/** Decodes a page: UTF-8/UTF-16 as any text, else the charset its <meta> declares (windows-1252, ISO-8859-x, …). */
function decodeHtml(bytes: Uint8Array, text: string | undefined): string | { reason: string } {
  if (text !== undefined) return text;
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const charset = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  if (!charset) return { reason: 'not valid UTF-8 and no charset is declared (save the page as UTF-8)' };
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    return { reason: `declares an unknown character set "${charset}"` };
  }
  // Node 20 decodes windows-1252 (and the labels that mean it: latin1, iso-8859-1, ascii) as plain latin1, which
  // turns its curly quotes and dashes into control characters.
  if (decoder.encoding !== 'windows-1252') return decoder.decode(bytes);
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_80_9F.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

/** windows-1252 bytes 0x80–0x9F (the five unassigned ones decode to themselves). */
const CP1252_80_9F = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function attr(document: DomDocument, selector: string, name: string): string | undefined {
  return document.querySelector(selector)?.getAttribute?.(name)?.trim() || undefined;
}

export function readHtml(path: string, html: string): Article | { reason: string } {
  // Loaded on the first web page, not at startup: the parsers take ~100 ms to load, and most folders hold none.
  const { parseHTML } = require('linkedom') as { parseHTML: typeof ParseHTML };
  const { Readability } = require('@mozilla/readability') as { Readability: typeof ReadabilityClass };
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  // Metadata first: Readability rearranges the document it reads.
  const url =
    attr(document, 'link[rel="canonical"]', 'href') ??
    attr(document, 'meta[property="og:url"]', 'content') ??
    /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2048))?.[1];
  const metaDate =
    attr(document, 'meta[property="article:published_time"]', 'content') ??
    attr(document, 'meta[name="date"]', 'content') ??
    attr(document, 'meta[itemprop="datePublished"]', 'content') ??
    attr(document, 'time[datetime]', 'datetime');
  const metaAuthor = attr(document, 'meta[name="author"]', 'content');

  const parsed = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode }).parse();
  let paragraphs = parsed?.content ? paragraphsOf(parsed.content, NEVER_TEXT) : [];
  // A page Readability can't make an article of (a short statement, a list): its body without the page furniture.
  if (!paragraphs.length) {
    const { document: again } = parseHTML(html) as unknown as { document: DomDocument };
    paragraphs = again.body ? paragraphsOf(again.body, PAGE_FURNITURE) : [];
  }
  if (!paragraphs.length) return { reason: 'no readable text in this web page' };

  const title = parsed?.title?.replace(/\s+/g, ' ').trim() || (document.querySelector('title')?.textContent ?? '').trim() || paragraphs[0].slice(0, 80);
  if (paragraphs[0] === title) paragraphs = paragraphs.slice(1);
  const byline = (parsed?.byline ?? metaAuthor)?.replace(/\s+/g, ' ').trim() || undefined;
  const date = shortDate(parsed?.publishedTime ?? metaDate);
  // A byline paragraph at the top ("By Kim Lee") goes into the header: it is not the article's words.
  if (byline) {
    const bare = byline.replace(/^by\s+/i, '').toLowerCase();
    paragraphs = paragraphs.filter((p, i) => i > 2 || p.replace(/^by\s+/i, '').toLowerCase() !== bare);
  }
  // The text view shows title, byline and date above the article; only the article itself is searched.
  // (Without web copy's invisible characters: soft hyphens, zero-width joiners; see origins.ts.)
  const header = visibleText([title, [byline, date].filter(Boolean).join(' · ')].filter(Boolean).join('\n') + '\n\n');
  const text = header + visibleText(paragraphs.join('\n\n')) + '\n';
  const article: Article = { path, text, bodyStart: header.length, title: visibleText(title), format: 'html', extracted: true };
  if (date) article.date = date;
  if (url) article.url = url;
  if (byline) article.byline = byline;
  return article;
}

export const htmlReader: SourceReader = {
  format: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  sniff: ({ text }) => text !== undefined && /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i.test(text.slice(0, 2048)),
  read({ path, bytes, text }) {
    const html = decodeHtml(bytes, text);
    return typeof html === 'string' ? readHtml(path, html) : html;
  },
};

/**
 * Finds the quotations in a draft. Markdown constructs that are not prose (front matter, code, link targets, HTML,
 * comments) are blanked out first, keeping every offset; then each paragraph is scanned with a stack of open
 * quotation marks, so nesting works and apostrophes (Russia's, '90s, rock 'n' roll) are not taken for quotes.
 */

export type QuoteKind = 'double' | 'single' | 'guillemet' | 'block';
export type DraftFormat = 'markdown' | 'plaintext';

export interface DraftQuote {
  /** Offset of the opening mark (of the first content character for a block quote). */
  start: number;
  /** Offset just after the closing mark. */
  end: number;
  contentStart: number;
  contentEnd: number;
  open: string;
  close: string;
  kind: QuoteKind;
  /** The quoted words: whitespace collapsed, block-quote markers removed. */
  text: string;
}

export interface UnterminatedQuote {
  offset: number;
  mark: string;
}

export interface QuoteScan {
  quotes: DraftQuote[];
  unterminated: UnterminatedQuote[];
  /** The text with non-prose regions replaced by spaces (same length, same offsets). */
  prose: string;
}

/** Marks `from`..`to` as not prose (line breaks stay, so offsets and lines are kept). */
function blank(masked: Uint8Array, from: number, to: number): void {
  masked.fill(1, Math.max(0, from), Math.min(masked.length, to));
}

/** The text with every marked character but line breaks made a space; built from slices (no per-character array). */
function applyMask(text: string, masked: Uint8Array): string {
  const parts: string[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i;
    const blanked = masked[i];
    while (j < text.length && masked[j] === blanked) j++;
    const run = text.slice(i, j);
    parts.push(blanked ? run.replace(/[^\r\n]/g, ' ') : run);
    i = j;
  }
  return parts.join('');
}

interface Masked {
  prose: string;
  /** Offsets of lines that belong to a Markdown block quote. */
  blockQuoteLines: Set<number>;
}

/** Blanks out what is not prose, so that quotation marks inside it are never seen. */
export function maskNonProse(text: string, format: DraftFormat): Masked {
  const chars = new Uint8Array(text.length); // 1 where the text is not prose
  const blockQuoteLines = new Set<number>();
  const mask = (re: RegExp, group = 0) => {
    for (const m of text.matchAll(re)) {
      const start = m.index! + (group ? m[0].indexOf(m[group]) : 0);
      blank(chars, start, start + m[group].length);
    }
  };

  // (Each pattern below only where its first characters are in the text at all: this runs on every keystroke, and a
  // draft without a backtick or an angle bracket need not be scanned for them.)
  const has = (c: string) => text.includes(c);

  if (format === 'markdown') {
    const fm = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/.exec(text);
    if (fm) blank(chars, 0, fm[0].length);

    // Line by line: fenced code, indented code, block-quote markers, reference definitions.
    let offset = fm ? fm[0].length : 0;
    let fence: { char: string; len: number } | null = null;
    let prevBlank = true;
    let inIndentedCode = false;
    while (offset < text.length) {
      let nl = text.indexOf('\n', offset);
      if (nl < 0) nl = text.length;
      const line = text.slice(offset, nl).replace(/\r$/, '');
      const isBlank = line.trim() === '';
      if (fence) {
        blank(chars, offset, nl);
        const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
        if (close && close[1][0] === fence.char && close[1].length >= fence.len) fence = null;
      } else {
        const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (open) {
          fence = { char: open[1][0], len: open[1].length };
          blank(chars, offset, nl);
        } else if (!isBlank && /^(?: {4}|\t)/.test(line) && (prevBlank || inIndentedCode)) {
          inIndentedCode = true;
          blank(chars, offset, nl);
        } else {
          if (!isBlank) inIndentedCode = false;
          const bq = /^(?: {0,3}>[ \t]?)+/.exec(line);
          if (bq) {
            blockQuoteLines.add(offset);
            blank(chars, offset, offset + bq[0].length);
          }
          if (/^ {0,3}\[[^\]]+\]:[ \t]*\S/.test(line)) blank(chars, offset, nl);
        }
      }
      prevBlank = isBlank;
      offset = nl + 1;
    }

    if (has('<!--')) mask(/<!--[\s\S]*?(?:-->|$)/g);
    // Inline code: a run of backticks up to the next run of the same length, within a paragraph.
    if (has('`')) for (const m of text.matchAll(/(`+)(?:(?!\n[ \t]*\n)[\s\S])*?[^`]\1(?!`)/g)) blank(chars, m.index!, m.index! + m[0].length);
    // Link and image destinations (with optional titles), autolinks, HTML tags.
    if (has('](')) mask(/\]\(((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*)\)/g, 1);
    if (has('<')) {
      mask(/<(?:https?|mailto|ftp):[^>\s]*>/gi);
      mask(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g);
    }
  }
  if (has('://')) mask(/\b(?:https?|ftp):\/\/[^\s<>()\]]+(?:\([^\s()]*\))?/gi);
  if (/www\./i.test(text)) mask(/\bwww\.[^\s<>()\]]+/gi);
  return { prose: applyMask(text, chars), blockQuoteLines };
}

const QUOTE_MARK = /[“”„«»‹›"‘’']/g;
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
// Before an opening mark: start, space, opening brackets, dashes, slashes, emphasis, another quotation mark.
const OPENING_CONTEXT = /[\s([{<`\u2014\u2013\-/*_~"'“‘«‹„‚]/;
// Words that start with an apostrophe: '90s, 'em, 'n', 'til, 'cause, 'tis, 'twas, 'bout, 'round.
const LEADING_ELISION = /^['‘’](?:\d0s|\d\ds?\b|em\b|n['’]?\b|til\b|cause\b|tis\b|twas\b|bout\b|round\b|cos\b|im\b)/i;

interface OpenMark {
  offset: number;
  mark: string;
  kind: QuoteKind;
  closers: string;
}

const OPENERS: Record<string, { kind: QuoteKind; closers: string }> = {
  '“': { kind: 'double', closers: '”"' },
  '„': { kind: 'double', closers: '“”' },
  '«': { kind: 'guillemet', closers: '»' },
  '‹': { kind: 'guillemet', closers: '›' },
  '"': { kind: 'double', closers: '"”' },
  '‘': { kind: 'single', closers: "’'" },
  "'": { kind: 'single', closers: "'’" },
};

export function findQuotes(text: string, format: DraftFormat = 'markdown'): QuoteScan {
  const { prose, blockQuoteLines } = maskNonProse(text, format);
  const quotes: DraftQuote[] = [];
  const unterminated: UnterminatedQuote[] = [];

  // Paragraphs: runs of non-blank lines (after masking); a heading is a paragraph of its own.
  const paragraphs: Array<{ start: number; end: number; blockQuote: boolean }> = [];
  let offset = 0;
  let current: { start: number; end: number; blockQuote: boolean; allBlock: boolean } | null = null;
  const flush = () => {
    if (current) paragraphs.push({ start: current.start, end: current.end, blockQuote: current.allBlock });
    current = null;
  };
  while (offset <= prose.length) {
    let nl = prose.indexOf('\n', offset);
    if (nl < 0) nl = prose.length;
    const line = prose.slice(offset, nl);
    const inBlock = blockQuoteLines.has(offset);
    if (line.trim() === '') flush();
    else {
      const heading = format === 'markdown' && /^ {0,3}#{1,6}\s/.test(line);
      if (heading) flush();
      if (current && current.allBlock !== inBlock) flush();
      if (!current) current = { start: offset, end: nl, blockQuote: inBlock, allBlock: inBlock };
      else current.end = nl;
      if (heading) flush();
    }
    offset = nl + 1;
  }
  flush();

  const collapse = (from: number, to: number) =>
    prose.slice(from, to).replace(/\s+/g, ' ').trim();

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    const stack: OpenMark[] = [];
    let sawMark = false;
    const record = (open: OpenMark, closeOffset: number, closeMark: string) => {
      const contentStart = open.offset + open.mark.length;
      quotes.push({
        start: open.offset,
        end: closeOffset + closeMark.length,
        contentStart,
        contentEnd: closeOffset,
        open: open.mark,
        close: closeMark,
        kind: open.kind,
        text: collapse(contentStart, closeOffset),
      });
    };

    // (From one quotation mark to the next by a regex search, not character by character: this runs on every
    // keystroke over the whole draft.)
    QUOTE_MARK.lastIndex = para.start;
    for (let found = QUOTE_MARK.exec(prose); found && found.index < para.end; found = QUOTE_MARK.exec(prose)) {
      const i = found.index;
      const c = prose[i];
      const prev = i > para.start ? prose[i - 1] : undefined;
      const next = i + 1 < para.end ? prose[i + 1] : undefined;

      // Apostrophes: inside a word (Russia's), or a known leading elision ('90s, rock 'n' roll).
      if ((c === "'" || c === '’' || c === '‘') && isWordChar(prev) && isWordChar(next)) continue;
      if ((c === "'" || c === '’' || c === '‘') && (prev === undefined || OPENING_CONTEXT.test(prev))) {
        const elision = LEADING_ELISION.exec(prose.slice(i, i + 12));
        // '90s and rock 'n' roll always; 'round, 'em, 'til only when no closing mark follows in the paragraph
        // (‘round of talks’ is a quotation).
        const closerFollows = /[\p{L}\p{N}.,!?]['’](?!\p{L})/u.test(prose.slice(i + 2, para.end));
        if (elision && (/^.[\dn]/i.test(elision[0]) || !closerFollows)) continue;
      }

      // Closing: the nearest open mark this character can close (exact family first).
      let closeAt = -1;
      // '... a drummer' ", he said': a straight mark after a space still closes when an inner quote just closed.
      const afterInnerClose = isSpace(prev) && !isWordChar(next) && /['’]\s+$/.test(prose.slice(Math.max(para.start, i - 4), i));
      if (!isSpace(prev) || afterInnerClose || c === '”' || c === '»' || c === '›') {
        for (let s = stack.length - 1; s >= 0; s--) {
          if (stack[s].closers.includes(c)) {
            closeAt = s;
            break;
          }
        }
      }
      const canOpen = c in OPENERS && !isSpace(next) && (prev === undefined || OPENING_CONTEXT.test(prev));
      // A German „…“ closes with “, which otherwise opens.
      if (c === '“' && closeAt >= 0 && stack[closeAt].mark !== '„') closeAt = -1;
      if (closeAt >= 0 && !(canOpen && (c === '"' || c === "'") && isSpace(prev) && !afterInnerClose)) {
        const open = stack[closeAt];
        stack.length = closeAt;
        sawMark = true;
        if (closeAt === 0) record(open, i, c);
        continue;
      }
      if (canOpen) {
        stack.push({ offset: i, mark: c, ...OPENERS[c] });
        continue;
      }
      // A lone ’ or ' after a word is an apostrophe (the countries' leaders); a stray closer is ignored.
    }

    if (stack.length > 0) {
      const open = stack[0];
      if (open.kind !== 'single') {
        // Journalistic convention: a quote running over paragraphs leaves the paragraph open and reopens the next.
        const nextPara = paragraphs[p + 1];
        const reopens = nextPara && prose.slice(nextPara.start, nextPara.end).trimStart().startsWith(open.mark);
        const contentEnd = para.end - (prose.slice(para.start, para.end).length - prose.slice(para.start, para.end).trimEnd().length);
        if (reopens && contentEnd > open.offset + 1) {
          const contentStart = open.offset + open.mark.length;
          quotes.push({
            start: open.offset,
            end: contentEnd,
            contentStart,
            contentEnd,
            open: open.mark,
            close: '',
            kind: open.kind,
            text: collapse(contentStart, contentEnd),
          });
        } else {
          unterminated.push({ offset: open.offset, mark: open.mark });
        }
        sawMark = true;
      }
    }

    // A block quote without quotation marks is itself the quotation (minus a trailing "— Speaker" line).
    // (Not a paragraph that only names the speaker: "> — Owen Pryce", "> *Owen Pryce, MP*".)
    if (para.blockQuote && !sawMark && !/[“”„«»"]/.test(prose.slice(para.start, para.end)) && !isBylineOnly(prose.slice(para.start, para.end))) {
      const body = prose.slice(para.start, para.end);
      const attribution = /\n[ \t]*(?:—|--|―|–)[^\n]*$/.exec(body);
      let contentEnd = para.start + (attribution ? attribution.index : body.length);
      let contentStart = para.start;
      while (contentStart < contentEnd && /\s/.test(prose[contentStart])) contentStart++;
      while (contentEnd > contentStart && /\s/.test(prose[contentEnd - 1])) contentEnd--;
      if (contentEnd > contentStart) {
        quotes.push({
          start: contentStart,
          end: contentEnd,
          contentStart,
          contentEnd,
          open: '',
          close: '',
          kind: 'block',
          text: collapse(contentStart, contentEnd),
        });
      }
    }
  }

  quotes.sort((a, b) => a.start - b.start);
  return { quotes, unterminated, prose };
}

/** A block-quote paragraph that only names who spoke: a dash and a name, or a few capitalised words ("Owen Pryce, MP"). */
function isBylineOnly(body: string): boolean {
  const bare = body.replace(/[*_>]/g, ' ').trim();
  if (/^(?:—|--|―|–)/.test(bare)) return true;
  return bare.split(/\s+/).length <= 6 && /^\p{Lu}[\p{L}\p{M}'’.\-]*(?:,?\s+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|of|the|and|for))*,?$/u.test(bare);
}

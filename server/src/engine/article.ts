/**
 * Source articles as people save them: optional YAML front matter, or header lines (" date 2022-02-15",
 * "Title: ...", "URL: ..."), then an optional dateline ("MOSCOW", "MOSCOW (Reuters) —"), then the body.
 * The whole file text is kept so that every offset points into the file as it is on disk.
 */

export interface Article {
  path: string;
  /** The file's full text; `bodyStart` is where the article's own words begin. */
  text: string;
  bodyStart: number;
  title: string;
  date?: string;
  url?: string;
  dateline?: string;
  /** How the file was read (see engine/readers); absent for articles built in memory, which read as text. */
  format?: SourceFormat;
  byline?: string;
  /**
   * True when `text` was extracted from the file (PDF, Word, web page, subtitles) rather than being the file's own
   * text: offsets then point into the extracted text, and only `origins` (when present) lead back into the file.
   */
  extracted?: boolean;
  /** Where runs of extracted text were copied from in the file, in text order, for formats that allow it. */
  origins?: TextOrigin[];
  /** PDF: the pages, in order, as ranges of `text`. */
  pages?: Page[];
  /** Transcripts: each cue or turn, in order, as a range of `text` with its time and speaker when known. */
  cues?: Cue[];
}

export type SourceFormat = 'text' | 'markdown' | 'transcript' | 'html' | 'pdf' | 'docx' | 'vtt' | 'srt';

export interface Page {
  /** 1-based page number. */
  number: number;
  start: number;
  end: number;
}

export interface Cue {
  /** The spoken words: a range of `article.text`. */
  start: number;
  end: number;
  speaker?: string;
  /** When the cue starts, as "00:12:34", and in seconds. */
  time?: string;
  seconds?: number;
}

/** `length` characters of `text` from `at` are a verbatim copy of the file at `line`/`character` (one line). */
export interface TextOrigin {
  at: number;
  length: number;
  line: number;
  character: number;
}

function lastStartingAtOrBefore<T extends { start: number }>(items: readonly T[] | undefined, offset: number): T | undefined {
  if (!items?.length) return undefined;
  let lo = 0;
  let hi = items.length - 1;
  if (items[0].start > offset) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return items[lo];
}

/** The PDF page an offset of `article.text` is on. */
export function pageAt(article: Article, offset: number): Page | undefined {
  return lastStartingAtOrBefore(article.pages, offset);
}

/**
 * The transcript cue (with its speaker and time) an offset of `article.text` falls in, or just follows. Text after a
 * cue's end that no later cue starts (the reporter's prose after an interview) is in none.
 */
export function cueAt(article: Article, offset: number): Cue | undefined {
  const cue = lastStartingAtOrBefore(article.cues, offset);
  return cue && (offset <= cue.end || article.format === 'vtt' || article.format === 'srt') ? cue : undefined;
}

/** 754.2 → "00:12:34". */
export function formatTime(seconds: number): string {
  const s = Math.floor(seconds);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}

/** Where in a source an offset is, for people: "p. 3", "Jane Doe at 00:12:34", or undefined for plain articles. */
export function placeIn(article: Article, offset: number): string | undefined {
  const page = pageAt(article, offset);
  if (page && (article.pages?.length ?? 0) > 0) return `p. ${page.number}`;
  const cue = cueAt(article, offset);
  if (!cue) return undefined;
  if (cue.speaker && cue.time) return `${cue.speaker} at ${cue.time}`;
  return cue.speaker ?? (cue.time ? `at ${cue.time}` : undefined);
}

const FRONT_MATTER_RE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function unquote(value: string): string {
  const v = value.trim();
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) {
    return v.slice(1, -1).replace(/\\"/g, '"').replace(/''/g, "'");
  }
  return v;
}

export function parseArticle(path: string, text: string): Article {
  const article: Article = { path, text, bodyStart: 0, title: '' };
  let pos = 0;

  const fm = FRONT_MATTER_RE.exec(text);
  if (fm) {
    for (const line of fm[1].split(/\r?\n/)) {
      const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
      if (!kv) continue;
      const key = kv[1].toLowerCase();
      const value = unquote(kv[2]);
      if (!value) continue;
      if (key === 'title' || key === 'headline') article.title ||= value;
      else if (key === 'date' || key === 'published') article.date ||= value;
      else if (key === 'url' || key === 'source' || key === 'link') article.url ||= value;
    }
    pos = fm[0].length;
  }

  // Header lines at the top: "Title: ...", "Date: ...", "URL: ...", or the seeds' " date 2022-02-15 <body...>".
  for (;;) {
    const rest = text.slice(pos);
    const blank = /^[ \t]*(?:\r?\n|\r)/.exec(rest);
    if (blank && (article.date || article.title || article.url)) {
      pos += blank[0].length;
      continue;
    }
    const titleLine = /^[ \t]*(?:title|headline)[ \t]*:[ \t]*(.+?)[ \t]*(?:\r?\n|\r|$)/i.exec(rest);
    if (titleLine) {
      article.title ||= unquote(titleLine[1]);
      pos += titleLine[0].length;
      continue;
    }
    const urlLine = /^[ \t]*(?:url|source|link)[ \t]*:?[ \t]+(https?:\/\/\S+)[ \t]*(?:\r?\n|\r|$)/i.exec(rest);
    if (urlLine) {
      article.url ||= urlLine[1];
      pos += urlLine[0].length;
      continue;
    }
    // The date may be followed by the body on the same line, as in the bundled seed.
    const dateLine =
      /^[ \t]*(?:date|published)[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2}(?:[T ][\d:]+Z?)?|[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})[ \t]*(?:\r?\n|\r)?/i.exec(
        rest,
      );
    if (dateLine) {
      article.date ||= dateLine[1];
      pos += dateLine[0].length;
      continue;
    }
    break;
  }

  // Skip leading blank lines, then look for a dateline.
  const lead = /^\s*/.exec(text.slice(pos));
  if (lead) pos += lead[0].length;
  const rest = text.slice(pos);
  const ownLine = /^([A-Z][A-Z .,'’-]{1,40}?)[ \t]*(?:\r?\n|\r)/.exec(rest);
  const inline = /^([A-Z][A-Z .,'’-]{1,40}?)(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*[—–-]{1,2}[ \t]+/.exec(rest);
  if (ownLine && /[A-Z]{3}/.test(ownLine[1])) {
    article.dateline = ownLine[1].trim();
    pos += ownLine[0].length;
  } else if (inline && /[A-Z]{3}/.test(inline[1])) {
    article.dateline = inline[1].trim();
    pos += inline[0].length;
  }
  article.bodyStart = pos;

  if (!article.title) article.title = fallbackTitle(text.slice(pos), path);
  return article;
}

/** Without a stated title: a Markdown heading, else the first sentence shortened, else the file name. */
function fallbackTitle(body: string, path: string): string {
  const heading = /^#{1,3}[ \t]+(.+)$/m.exec(body);
  if (heading) return heading[1].trim();
  const firstLine = body.split(/\r?\n/).find((l) => l.trim().length > 0)?.trim() ?? '';
  const sentence = /^(.{10,}?[.!?])(?:\s|$)/.exec(firstLine)?.[1] ?? firstLine;
  if (sentence) return sentence.length > 60 ? sentence.slice(0, 57).replace(/\s+\S*$/, '') + '…' : sentence;
  return path.split(/[\\/]/).pop() ?? path;
}

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

/**
 * Decodes a file's bytes as a writer's text file, or says why it can't: binary, too large, not UTF-8/UTF-16.
 * Never throws.
 */
export function decodeTextFile(bytes: Uint8Array, maxBytes = MAX_SOURCE_BYTES): ReadResult {
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `too large (${(bytes.length / 1048576).toFixed(1)} MB, limit ${maxBytes / 1048576} MB)` };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    try {
      const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes.subarray(2));
      return { ok: true, text };
    } catch {
      return { ok: false, reason: 'invalid UTF-16 text' };
    }
  }
  const sniff = bytes.subarray(0, 8192);
  if (sniff.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 (save it as UTF-8 to use it as a source)' };
  }
}

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

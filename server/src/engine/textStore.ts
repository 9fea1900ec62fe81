/**
 * Where an indexed article's text lives. The index locates quotes by word ids alone (corpus.ts); a text is needed
 * only for the few articles a quote, a hover or a name is found in. So, once an article is indexed, its text leaves
 * the heap: a file read as text (plain text, Markdown, a transcript) is read again from disk when asked for, and a
 * text extracted from a PDF, Word document, web page or subtitles (costly to extract again) is kept as UTF-8 bytes,
 * about half the size of a JavaScript string holding typographic quotes. The texts used last are kept as strings,
 * up to a bound, so a lookup that reads one article many times decodes it once.
 */
import { Article } from './article';
import { detached } from './text';

/** Reads the article's file again: its text, or undefined when the file can no longer be read. */
export type TextReader = (article: Article) => string | undefined;

/** Most characters of recently used texts kept as strings. */
const RECENT_CHARS = 4_000_000;
const recent = new Map<Article, string>();
let recentChars = 0;

function remember(article: Article, text: string): string {
  if (text.length > RECENT_CHARS / 4) return text; // a huge text is decoded each time rather than evicting the rest
  recent.set(article, text);
  recentChars += text.length;
  for (const [old, oldText] of recent) {
    if (recentChars <= RECENT_CHARS) break;
    recent.delete(old);
    recentChars -= oldText.length;
  }
  return text;
}

/**
 * Whether an article's text is the file's own text, cheap to read again (not extracted from a document); a text or
 * Markdown file read without its invisible characters (readers/origins.ts) is too, as they are dropped again.
 */
export function isRereadable(article: Article): boolean {
  if (article.format === 'text' || article.format === 'markdown') return !article.extracted || !!article.origins?.length;
  return !article.extracted && article.format === 'transcript';
}

/**
 * Moves the article's text out of the heap (see the module comment). `reread` gives the file's text again. A file
 * changed since indexing gives its new text (the watcher re-indexes it at once); one gone gives an empty text.
 */
export function storeTextOutOfHeap(article: Article, reread: TextReader): void {
  if (isRereadable(article)) {
    define(article, () => reread(article) ?? '');
  } else {
    const bytes = Buffer.from(article.text, 'utf8');
    define(article, () => bytes.toString('utf8'));
  }
  detachStrings(article);
}

/** For an article indexed elsewhere (a worker thread) whose text was extracted from a document: kept as these bytes. */
export function keepTextAsBytes(article: Article, bytes: Uint8Array): void {
  const kept = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  define(article, () => kept.toString('utf8'));
}

/**
 * For an article whose text was never read (a persisted index): the text is read on first use; a text extracted
 * from a document is then kept as UTF-8 bytes, a file's own text is read again when next needed.
 */
export function loadTextWhenNeeded(article: Article, reread: TextReader): void {
  define(article, textLoader(article, reread));
  // Its other fields were parsed from the persisted header: no slices of a text to detach.
}

/**
 * Loads an article's text on first use: a file's own text is read again each time it is needed (beyond the recent
 * texts), a text extracted from a document is kept as UTF-8 bytes once read.
 */
export function textLoader(article: Article, reread: TextReader): () => string {
  let bytes: Buffer | undefined;
  return () => {
    if (bytes) return bytes.toString('utf8');
    const text = reread(article) ?? '';
    if (!isRereadable(article)) bytes = Buffer.from(text, 'utf8');
    return text;
  };
}

/** The article's text from the recently used ones, or loaded (and then kept among them). */
export function textWhenNeeded(article: Article, load: () => string): string {
  return recent.get(article) ?? remember(article, load());
}

function define(article: Article, load: () => string): void {
  recent.delete(article);
  let assigned: string | undefined;
  Object.defineProperty(article, 'text', {
    enumerable: true,
    configurable: true,
    get(): string {
      if (assigned !== undefined) return assigned;
      return textWhenNeeded(article, load);
    },
    set(value: string) {
      assigned = value;
    },
  });
}

/**
 * Short strings cut from a text (a title, a date) can keep the whole text alive in V8 (a "sliced string"); copies of
 * them let it go.
 */
export function detachStrings(article: Article): void {
  const fields = article as unknown as Record<string, unknown>;
  for (const key of ['title', 'date', 'url', 'dateline', 'byline']) {
    const v = fields[key];
    if (typeof v === 'string') fields[key] = detached(v);
  }
  for (const cue of article.cues ?? []) {
    if (cue.speaker) cue.speaker = detached(cue.speaker);
    if (cue.time) cue.time = detached(cue.time);
  }
}

/** Drops the strings of recently used texts (they are read or decoded again when next needed). */
export function forgetRecentTexts(): void {
  recent.clear();
  recentChars = 0;
}

/**
 * Finds and reads source articles: globs relative to a base folder (the workspace folder, or the CLI's working
 * directory), files of the formats in `readers/` (text, Markdown, web pages, PDF, Word, transcripts). Files that
 * can't be used are skipped with the reason, never fatal.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Article, decodeTextFile, MAX_SOURCE_BYTES } from './article';
import { Corpus } from './corpus';
import { ParallelReader } from './parallelLoad';
import { stopReaders } from './readers/bridge';
import { withoutInvisibles } from './readers/origins';
import { runToEnd, Steps } from './steps';
import { isRereadable, storeTextOutOfHeap } from './textStore';
import { readSource, REPORTED_EXTENSIONS, SOURCE_EXTENSIONS } from './readers';

export { SOURCE_EXTENSIONS };
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);
const MAX_FILES = 200_000;

/** Translates a glob (`**`, `*`, `?`, `{a,b}`, `[abc]`) into a regular expression over '/'-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // "**/" matches any number of folders, including none; a trailing "**" matches everything below.
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      inGroup++;
      re += '(?:';
    } else if (c === '}' && inGroup) {
      inGroup--;
      re += ')';
    } else if (c === ',' && inGroup) re += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += '[' + glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  return new RegExp('^' + re + '$');
}

function walk(dir: string, out: string[], skipped: SkippedFile[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    skipped.push({ path: dir, reason: `folder could not be read (${(e as NodeJS.ErrnoException).code ?? e})` });
    return;
  }
  for (const entry of entries) {
    if (out.length >= MAX_FILES) return;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(full, out, skipped);
    } else if (REPORTED_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
      // Linked files are read (the caller decides whether a link may leave the workspace); linked folders are
      // not followed, so a link loop cannot trap the walk.
      if (entry.isFile()) out.push(full);
      else if (entry.isSymbolicLink()) {
        try {
          if (fs.statSync(full).isFile()) out.push(full);
        } catch {
          skipped.push({ path: full, reason: 'broken link' });
        }
      }
    }
  }
}

export interface SkippedFile {
  path: string;
  reason: string;
}

/**
 * The source files that the patterns select under `baseDir`. A pattern may be a glob, a folder (everything below
 * it) or a file; relative ones are taken from `baseDir`.
 */
export function resolveSourceFiles(baseDir: string, patterns: string[]): { files: string[]; skipped: SkippedFile[] } {
  const files = new Set<string>();
  const skipped: SkippedFile[] = [];
  for (const raw of patterns) {
    const pattern = raw.trim();
    if (!pattern) continue;
    const absolute = path.resolve(baseDir, pattern);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      files.add(absolute);
      continue;
    }
    // A folder means everything below it; a glob is walked from its fixed leading folders.
    const glob = stat?.isDirectory() ? path.join(absolute, '**') : absolute;
    const parts = glob.split(path.sep);
    const fixed: string[] = [];
    for (const part of parts) {
      if (/[*?{[]/.test(part)) break;
      fixed.push(part);
    }
    const root = fixed.join(path.sep) || path.sep;
    let rootStat: fs.Stats | undefined;
    try {
      rootStat = fs.statSync(root);
    } catch {
      continue; // nothing there: the caller decides what an empty selection means
    }
    if (rootStat.isFile()) {
      files.add(root);
      continue;
    }
    const re = globToRegExp(glob.split(path.sep).join('/'));
    const found: string[] = [];
    walk(root, found, skipped);
    for (const f of found) if (re.test(f.split(path.sep).join('/'))) files.add(f);
  }
  return { files: [...files].sort(), skipped };
}

export interface LoadedCorpus {
  corpus: Corpus;
  skipped: SkippedFile[];
}

/** Reads a source file into an article, or gives the reason it can't be used. Never throws. */
export function readArticle(file: string, maxBytes = Infinity): Article | SkippedFile {
  let bytes: Buffer | { size: number };
  try {
    bytes = readWholeFile(file, maxBytes);
  } catch (e) {
    return { path: file, reason: `could not be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  if ('size' in bytes) return { path: file, reason: tooLargeReason(bytes.size, maxBytes) };
  const result = readSource(file, bytes);
  return 'reason' in result ? { path: file, reason: result.reason } : result;
}

/** A file's whole content, or its size when it is over `maxBytes`; throws when it can't be read. */
function readWholeFile(file: string, maxBytes: number): Buffer | { size: number } {
  const fd = fs.openSync(file, 'r');
  try {
    return readOpenFile(fd, maxBytes);
  } finally {
    fs.closeSync(fd);
  }
}

/** Reused by every read on this thread: most sources fit in it. */
let readBuffer = Buffer.allocUnsafe(0);
const READ_BUFFER_BYTES = 64 * 1024;

/**
 * The whole content of an open file, or its size when it is over `maxBytes`. Read until the end rather than sized
 * first: a stat per source costs as much as reading a typical article, and only a file that fills the buffer
 * needs one.
 */
function readOpenFile(fd: number, maxBytes: number): Buffer | { size: number } {
  if (readBuffer.length === 0) readBuffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
  let buffer = readBuffer;
  let length = 0;
  for (;;) {
    if (length > maxBytes) return { size: Math.max(length, fs.fstatSync(fd).size) };
    if (length === buffer.length) {
      const size = fs.fstatSync(fd).size;
      if (size > maxBytes) return { size };
      const bigger = Buffer.allocUnsafe(Math.max(size + 1, 2 * buffer.length));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const got = fs.readSync(fd, buffer, length, buffer.length - length, null);
    if (got === 0) break;
    length += got;
  }
  // The shared buffer is read into again by the next file: what is returned is a copy.
  return buffer === readBuffer ? Buffer.from(buffer.subarray(0, length)) : buffer.subarray(0, length);
}

/** Why a source over the size limit is skipped. */
export function tooLargeReason(size: number, maxBytes: number): string {
  return `too large (${(size / 1048576).toFixed(1)} MB, limit ${maxBytes / 1048576} MB; see verbatim.maxSourceMB)`;
}

/** An indexed article's text, read from its file again (see textStore.ts). */
export function rereadText(article: Article): string | undefined {
  if (isRereadable(article)) {
    // A file's own text is its decoded content: no need to tell its format or parse its header lines again (lookups
    // re-read the articles they find quotes in).
    try {
      const bytes = readWholeFile(article.path, MAX_SOURCE_BYTES);
      const decoded = 'size' in bytes ? undefined : decodeTextFile(bytes);
      if (!decoded?.ok) return undefined;
      // (A file read without its invisible characters is read so again: the article's offsets are into that text.)
      return article.origins?.length ? (withoutInvisibles(decoded.text)?.text ?? decoded.text) : decoded.text;
    } catch {
      return undefined;
    }
  }
  const result = readArticle(article.path);
  return 'reason' in result ? undefined : result.text;
}

/** Reads a file on this thread and adds its article to `corpus` (its text then leaves the heap); or says why not. */
export function readInto(corpus: Corpus, file: string, maxBytes = Infinity): Article | SkippedFile {
  const result = readArticle(file, maxBytes);
  if (!('reason' in result)) {
    corpus.add(result);
    storeTextOutOfHeap(result, rereadText);
  }
  return result;
}

/** Reads and indexes `files`; a file over `maxBytes` is skipped with the reason. */
export function loadCorpus(files: string[], maxBytes = Infinity): LoadedCorpus {
  return runToEnd(loadCorpusSteps(files, maxBytes));
}

/** `loadCorpus`, a source at a time (see steps.ts). */
export function* loadCorpusSteps(files: string[], maxBytes = Infinity): Steps<LoadedCorpus> {
  const corpus = new Corpus();
  const skipped: SkippedFile[] = [];
  // A big folder is read and scanned by worker threads.
  const reader = ParallelReader.start(files, (f) => readArticle(f, maxBytes), { maxBytes });
  if (reader) corpus.shareForwardIndex();
  try {
    for (const file of files) {
      yield;
      const result = reader ? yield* reader.addNext(corpus, rereadText, (f) => readInto(corpus, f, maxBytes)) : readInto(corpus, file, maxBytes);
      if ('reason' in result) skipped.push(result);
    }
    // Sealed now, while a worker is there to build the postings beside this thread's pair index.
    if (reader) corpus.sealNow(reader.postingsBuilder());
  } finally {
    reader?.close(); // also when the load is given up half way
  }
  stopReaders(); // the PDF/Word worker holds its parsers' memory: let it go until the next load
  return { corpus, skipped };
}

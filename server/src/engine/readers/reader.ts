/**
 * The one interface every source format implements. A reader turns a file's bytes into an `Article` (or says in
 * one line why it can't); `readers/index.ts` lists the readers and picks one by content, then by extension.
 */
import { Article, parseArticle, SourceFormat } from '../article';

/** Why a file can't be used as a source, for the user: "PDF has no text layer (…)". */
export interface Unreadable {
  reason: string;
}

export interface ReadInput {
  path: string;
  /** Lower-case extension with its dot ("" if none). */
  ext: string;
  bytes: Uint8Array;
  /** The bytes decoded as UTF-8/UTF-16 text, when they decode (binary formats never need it). */
  text?: string;
  /** The text parsed as an article (see `parsedText`). */
  parsed?: Article;
}

/**
 * The input's text (`text`, its decoded bytes) parsed as an article (header lines, dateline), once: the transcript
 * sniff and the text reader both need it for every text file. Callers copy it before changing it.
 */
export function parsedText(input: ReadInput, text: string): Article {
  return (input.parsed ??= parseArticle(input.path, text));
}

export interface SourceReader {
  readonly format: SourceFormat;
  /** Lower-case extensions, with the dot, that this reader takes when the content does not say otherwise. */
  readonly extensions: readonly string[];
  /** Whether the content is unmistakably this format (magic bytes, a signature line, the shape of the text). */
  sniff?(input: ReadInput): boolean;
  read(input: ReadInput): Article | Unreadable;
  /**
   * For formats whose library is asynchronous (PDF, Word): runs in the reader worker (see `worker.ts`), and `read`
   * gets its result through `runInWorker`. What it returns must survive structured cloning.
   */
  extract?(bytes: Uint8Array): Promise<unknown>;
}

export function isUnreadable(x: Article | Unreadable): x is Unreadable {
  return 'reason' in x;
}

/** A file's name without folder and extension: the title of last resort. */
export function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.[^.]+$/, '') || name;
}

/** "2024-03-05T10:00:00Z" → "2024-03-05"; other forms are kept as written. */
export function shortDate(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  return iso ? iso[1] : v;
}

/**
 * The sources of a persisted index (indexCache.ts), as binary columns read where they are needed: a 100,000-source
 * index opens without parsing or even reading its sources' paths and metadata. Each source has its path (relative to
 * the sources' common folder) and its metadata as JSON (an article's fields but its text and path, or the reason it
 * was skipped), both read a source at a time; articles are `StoredArticle`s, whose fields are parsed on first use.
 */
import * as path from 'path';
import { Article, Cue, Page, SourceFormat, TextOrigin } from './article';
import { TextReader, textLoader, textWhenNeeded } from './textStore';

/** Bytes [from, to) of a persisted blob. */
export type ByteRange = (from: number, to: number) => Buffer;

/** One source as written: an article's metadata, or the reason it was skipped. */
export interface SourceRecord {
  path: string;
  size: number;
  mtimeMs: number;
  /** The article's fields but its text and path, as JSON (absent for a skipped source). */
  metaJson?: string;
  reason?: string;
}

/** The columns of a source table, as persisted. */
export interface SourceColumns {
  /** End of each source's path (relative to `root`) in `pathBytes`, and of its metadata in `metaBytes`. */
  pathEnd: Uint32Array;
  pathBytes: Uint8Array;
  metaEnd: Uint32Array;
  metaBytes: Uint8Array;
  sizes: Float64Array;
  mtimes: Float64Array;
  /** The source of each article, in index order (skipped sources have no article). */
  articleSource: Int32Array;
}

/** The common folder of the paths (empty when they have none). */
function commonRoot(paths: string[]): string {
  let root = paths.length ? path.dirname(paths[0]) : '';
  for (const p of paths) while (root && !p.startsWith(root + path.sep)) root = root === path.dirname(root) ? '' : path.dirname(root);
  return root;
}

export function encodeSources(records: SourceRecord[]): { root: string; columns: SourceColumns } {
  const root = commonRoot(records.map((r) => r.path));
  const paths = records.map((r) => Buffer.from(root ? r.path.slice(root.length + 1) : r.path, 'utf8'));
  const metas = records.map((r) => Buffer.from(r.metaJson ?? JSON.stringify({ reason: r.reason ?? 'not read' }), 'utf8'));
  const ends = (parts: Buffer[]) => {
    const out = new Uint32Array(parts.length);
    let at = 0;
    parts.forEach((p, i) => (out[i] = at += p.length));
    return out;
  };
  const articleSource: number[] = [];
  records.forEach((r, i) => r.metaJson !== undefined && articleSource.push(i));
  return {
    root,
    columns: {
      pathEnd: ends(paths),
      pathBytes: Buffer.concat(paths),
      metaEnd: ends(metas),
      metaBytes: Buffer.concat(metas),
      sizes: Float64Array.from(records, (r) => r.size),
      mtimes: Float64Array.from(records, (r) => r.mtimeMs),
      articleSource: Int32Array.from(articleSource),
    },
  };
}

export class SourceTable {
  constructor(
    readonly root: string,
    private readonly pathEnd: Uint32Array,
    private readonly pathBytes: ByteRange,
    private readonly metaEnd: Uint32Array,
    private readonly metaBytes: ByteRange,
    readonly sizes: Float64Array,
    readonly mtimes: Float64Array,
    readonly articleSource: Int32Array,
  ) {}

  get count(): number {
    return this.pathEnd.length;
  }

  path(i: number): string {
    return this.absolute(this.pathBytes(i ? this.pathEnd[i - 1] : 0, this.pathEnd[i]).toString('utf8'));
  }

  /** Every source's path, read in one go. */
  paths(): string[] {
    const all = this.pathBytes(0, this.count ? this.pathEnd[this.count - 1] : 0);
    return Array.from(this.pathEnd, (end, i) => this.absolute(all.toString('utf8', i ? this.pathEnd[i - 1] : 0, end)));
  }

  /** Whether `file` may be one of the sources without reading their paths: it lies under their common folder. */
  mayHold(file: string): boolean {
    return !this.root || file.startsWith(this.root + path.sep);
  }

  metaJson(i: number): string {
    return this.metaBytes(i ? this.metaEnd[i - 1] : 0, this.metaEnd[i]).toString('utf8');
  }

  /** The record of source i, to be written again (its metadata is copied, not parsed). */
  record(i: number, sourcePath = this.path(i)): SourceRecord {
    const json = this.metaJson(i);
    const base = { path: sourcePath, size: this.sizes[i], mtimeMs: this.mtimes[i] };
    return this.isArticle(i) ? { ...base, metaJson: json } : { ...base, reason: (JSON.parse(json) as { reason: string }).reason };
  }

  private articleSources?: Set<number>;
  isArticle(i: number): boolean {
    return (this.articleSources ??= new Set(this.articleSource)).has(i);
  }

  private absolute(rel: string): string {
    return this.root ? this.root + path.sep + rel : rel;
  }
}

type Meta = Omit<Article, 'text' | 'path'>;

/**
 * An article of a persisted index: its path and fields are read from the table on first use, and its text is read
 * when first needed (see textStore.ts), so opening an index creates one small object per article and reads nothing.
 */
export class StoredArticle implements Article {
  // Private fields (#): an article is spread and serialised as its fields, never as the table behind it.
  readonly #table: SourceTable;
  readonly #source: number;
  readonly #reread: TextReader;
  #parsed?: Meta;
  #path?: string;
  #assigned?: string;
  #load?: () => string;

  constructor(table: SourceTable, source: number, reread: TextReader) {
    this.#table = table;
    this.#source = source;
    this.#reread = reread;
  }

  get #meta(): Meta {
    return (this.#parsed ??= JSON.parse(this.#table.metaJson(this.#source)) as Meta);
  }

  /** The fields but the text, as JSON, for writing the index again without parsing them. */
  metaJson(): string {
    return this.#table.metaJson(this.#source);
  }

  get path(): string {
    return (this.#path ??= this.#table.path(this.#source));
  }
  get text(): string {
    if (this.#assigned !== undefined) return this.#assigned;
    return textWhenNeeded(this, (this.#load ??= textLoader(this, this.#reread)));
  }
  set text(value: string) {
    this.#assigned = value;
  }
  get bodyStart(): number {
    return this.#meta.bodyStart;
  }
  get title(): string {
    return this.#meta.title;
  }
  get date(): string | undefined {
    return this.#meta.date;
  }
  get url(): string | undefined {
    return this.#meta.url;
  }
  get dateline(): string | undefined {
    return this.#meta.dateline;
  }
  get format(): SourceFormat | undefined {
    return this.#meta.format;
  }
  get byline(): string | undefined {
    return this.#meta.byline;
  }
  get extracted(): boolean | undefined {
    return this.#meta.extracted;
  }
  get origins(): TextOrigin[] | undefined {
    return this.#meta.origins;
  }
  get pages(): Page[] | undefined {
    return this.#meta.pages;
  }
  get cues(): Cue[] | undefined {
    return this.#meta.cues;
  }
}

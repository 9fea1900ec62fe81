/**
 * Which corpus is active: the user's sources where the patterns select any, otherwise the bundled seed articles.
 * Shared by the CLI and the server so both tell the user the same thing.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from './engine/corpus';
import { loadCorpus, loadCorpusSteps, resolveSourceFiles, SkippedFile, tooLargeReason } from './engine/sources';
import { loadCorpusCachedSteps, openPersistedIndex } from './engine/indexCache';
import { runToEnd, Steps } from './engine/steps';

export const DEFAULT_SOURCE_PATTERNS = ['sources/**'];

export interface CorpusSelection {
  corpus: Corpus;
  kind: 'workspace' | 'bundled';
  /** Whether a file is one of the sources (a draft among them is not checked against itself). */
  isSource(file: string): boolean;
  skipped: SkippedFile[];
  /** One line for the user: which corpus is active. */
  description: string;
  /** With a cache folder: writes the index there when it changed (see engine/indexCache.ts). */
  saveIndex?: () => Promise<void>;
  /**
   * Taken from the persisted index without looking at the sources (`trustIndex`): the caller selects again without
   * trusting, when it can, to find what changed meanwhile.
   */
  unverified?: boolean;
  /** The sources were checked and are exactly those of the persisted index. */
  sameAsIndex?: boolean;
  /**
   * The generation of the persisted index file that holds this corpus (once written): what is saved beside it for
   * this corpus names it (see engine/knowledgeCache.ts).
   */
  indexGeneration?: () => string | undefined;
}

/** The bundled seeds sit beside dist/ in the extension and the npm package. */
export function bundledSeedsDir(): string {
  const candidates = [path.join(__dirname, '..', 'seeds'), path.join(__dirname, '..', '..', 'seeds')];
  return candidates.find((d) => fs.existsSync(d)) ?? candidates[0];
}

export interface SelectionOptions {
  /** Source files larger than this are skipped with a message (MB). */
  maxSourceMB?: number;
  /**
   * In an untrusted workspace, source globs may not reach outside the workspace folder (no absolute paths, no
   * "..") and symbolic links are not followed out of it.
   */
  restrictToWorkspace?: boolean;
  /** A folder for the persisted index: sources unchanged since it was written are not read again. */
  cacheDir?: string;
  /**
   * Start from the persisted index as it is, when it was made for the same folders, patterns and limits, without
   * walking the folders or looking at each file (seconds at 100,000 sources). The result is `unverified`.
   */
  trustIndex?: boolean;
}

/** What the persisted index must have been made for, to be trusted at startup. */
function selectionKey(baseDirs: string[], patterns: string[], options: SelectionOptions): string {
  return JSON.stringify({ baseDirs, patterns, maxSourceMB: options.maxSourceMB ?? DEFAULT_MAX_SOURCE_MB, restricted: !!options.restrictToWorkspace });
}

function describe(n: number, patterns: string[]): string {
  return `${n} source article${n === 1 ? '' : 's'} (${patterns.join(', ')})`;
}

export const DEFAULT_MAX_SOURCE_MB = 20;

export function selectCorpus(baseDirs: string[], patterns: string[], options: SelectionOptions = {}): CorpusSelection {
  return runToEnd(selectCorpusSteps(baseDirs, patterns, options));
}

/** `selectCorpus` in small steps, for the server to run between requests (see engine/steps.ts). */
export function* selectCorpusSteps(baseDirs: string[], patterns: string[], options: SelectionOptions = {}): Steps<CorpusSelection> {
  if (options.trustIndex && options.cacheDir) {
    const opened = openPersistedIndex(options.cacheDir, selectionKey(baseDirs, patterns, options));
    if (opened) {
      const { generation, ...rest } = opened;
      return {
        ...rest,
        kind: 'workspace',
        description: describe(opened.corpus.articles.length, patterns),
        unverified: true,
        indexGeneration: () => generation,
      };
    }
  }
  const files = new Set<string>();
  const stats = new Map<string, fs.Stats>();
  const skipped: SkippedFile[] = [];
  const maxBytes = (options.maxSourceMB ?? DEFAULT_MAX_SOURCE_MB) * 1024 * 1024;
  for (const base of baseDirs) {
    let allowed = patterns;
    if (options.restrictToWorkspace) {
      allowed = patterns.filter((p) => !path.isAbsolute(p) && !p.split(/[\\/]/).includes('..'));
      for (const p of patterns) if (!allowed.includes(p)) skipped.push({ path: p, reason: 'source pattern outside the workspace is ignored in an untrusted workspace' });
    }
    const found = resolveSourceFiles(base, allowed);
    yield;
    // A stat per file is taken only where something must be known before reading: the persisted index compares
    // sizes and times, an untrusted workspace resolves links. Otherwise the reader checks the size limit on the
    // open file.
    if (!options.cacheDir && !options.restrictToWorkspace) {
      for (const f of found.files) files.add(f);
      skipped.push(...found.skipped);
      continue;
    }
    for (const [k, f] of found.files.entries()) {
      if (k % 256 === 255) yield;
      let size = 0;
      let real = f;
      try {
        const stat = fs.statSync(f);
        stats.set(f, stat);
        size = stat.size;
        // Resolving links costs a system call per folder of the path: only an untrusted workspace needs it.
        if (options.restrictToWorkspace) real = fs.realpathSync(f);
      } catch {
        // unreadable or gone: readArticle reports it
      }
      if (options.restrictToWorkspace && path.relative(fs.realpathSync(base), real).startsWith('..')) {
        skipped.push({ path: f, reason: 'links outside the workspace; not read in an untrusted workspace' });
      } else if (size > maxBytes) {
        skipped.push({ path: f, reason: tooLargeReason(size, maxBytes) });
      } else files.add(f);
    }
    skipped.push(...found.skipped);
  }
  if (files.size > 0) {
    const cached = options.cacheDir ? yield* loadCorpusCachedSteps([...files], options.cacheDir, stats, selectionKey(baseDirs, patterns, options)) : undefined;
    const loaded = cached ?? (yield* loadCorpusSteps([...files], maxBytes));
    const n = loaded.corpus.articles.length;
    return {
      corpus: loaded.corpus,
      kind: 'workspace',
      isSource: (file: string) => files.has(file),
      skipped: [...skipped, ...loaded.skipped],
      description: describe(n, patterns),
      saveIndex: cached?.save,
      sameAsIndex: cached?.unchanged,
      indexGeneration: cached?.generation,
    };
  }
  const seeds = resolveSourceFiles(bundledSeedsDir(), ['*']);
  const loaded = loadCorpus(seeds.files);
  const n = loaded.corpus.articles.length;
  return {
    corpus: loaded.corpus,
    kind: 'bundled',
    isSource: (file: string) => seeds.files.includes(file),
    skipped: [...skipped, ...loaded.skipped],
    description: `bundled seed articles (${n}): no sources match ${patterns.join(', ')}`,
  };
}

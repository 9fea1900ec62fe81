/**
 * Which corpus is active: the user's sources where the patterns select any, otherwise the bundled seed articles.
 * Shared by the CLI and the server so both tell the user the same thing.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from './engine/corpus';
import { loadCorpus, resolveSourceFiles, SkippedFile } from './engine/sources';

export const DEFAULT_SOURCE_PATTERNS = ['sources/**'];

export interface CorpusSelection {
  corpus: Corpus;
  kind: 'workspace' | 'bundled';
  files: string[];
  skipped: SkippedFile[];
  /** One line for the user: which corpus is active. */
  description: string;
}

/** The bundled seeds sit beside dist/ in the extension and the npm package. */
export function bundledSeedsDir(): string {
  const candidates = [path.join(__dirname, '..', 'seeds'), path.join(__dirname, '..', '..', 'seeds')];
  return candidates.find((d) => fs.existsSync(d)) ?? candidates[0];
}

export function selectCorpus(baseDirs: string[], patterns: string[]): CorpusSelection {
  const files = new Set<string>();
  const skipped: SkippedFile[] = [];
  for (const base of baseDirs) {
    const found = resolveSourceFiles(base, patterns);
    found.files.forEach((f) => files.add(f));
    skipped.push(...found.skipped);
  }
  if (files.size > 0) {
    const loaded = loadCorpus([...files]);
    const n = loaded.corpus.articles.length;
    return {
      corpus: loaded.corpus,
      kind: 'workspace',
      files: [...files],
      skipped: [...skipped, ...loaded.skipped],
      description: `${n} source article${n === 1 ? '' : 's'} (${patterns.join(', ')})`,
    };
  }
  const seeds = resolveSourceFiles(bundledSeedsDir(), ['*']);
  const loaded = loadCorpus(seeds.files);
  const n = loaded.corpus.articles.length;
  return {
    corpus: loaded.corpus,
    kind: 'bundled',
    files: seeds.files,
    skipped: [...skipped, ...loaded.skipped],
    description: `bundled seed articles (${n}): no sources match ${patterns.join(', ')}`,
  };
}

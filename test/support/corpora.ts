import * as path from 'path';
import { Corpus } from '../../server/src/engine/corpus';
import { loadCorpus, resolveSourceFiles } from '../../server/src/engine/sources';

/** The project root, from out/test/support (compiled) or test/support (source). */
export const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}out${path.sep}`) ? '../../..' : '../..');
export const SEEDS_DIR = path.join(ROOT, 'seeds');
export const WIKINEWS_DIR = path.join(ROOT, 'test/fixtures/wikinews-2019');

const cache = new Map<string, Corpus>();

export function corpusOf(...dirs: string[]): Corpus {
  const key = dirs.join('|');
  let corpus = cache.get(key);
  if (!corpus) {
    const files = dirs.flatMap((d) => resolveSourceFiles(d, ['**']).files);
    corpus = loadCorpus(files).corpus;
    cache.set(key, corpus);
  }
  return corpus;
}

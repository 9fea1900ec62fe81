/**
 * Starts the language server (dist/server-main.js), compiled from V8's code cache when there is one, instead of
 * parsing and compiling the bundle and then each function the first check runs (about 40 ms of a 1 s start at
 * 100,000 articles, measured on the 2 MB unminified bundle). The cache lives in the folder given by
 * `--code-cache-dir <folder>` (the editor's storage folder for the extension: per user, as code read from a shared
 * folder could be swapped by someone else); without it nothing is cached. A cache made by another bundle or Node
 * version is told apart by its file name, and V8 itself refuses one that does not match (it is then made again).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import Module = require('module');
import { WARM_EVENT } from './warmSignal';

const main = path.join(__dirname, 'server-main.js');
const source = fs.readFileSync(main, 'utf8');
const cacheFile = codeCacheFile();
if (cacheFile) {
  // V8 drops the compiled code of functions not run for a while (bytecode flushing). The cache is made once the
  // first drafts are checked, which after indexing a big archive from scratch is many collections later: the
  // start-up code (the bundle's wrapper and module bodies, run once) was then gone from it, and every later start
  // compiled it again (36 ms of a 0.95 s start at 100,000 articles, interleaved). Keeping code costs a little memory.
  // The flag is part of what V8 checks a cache against, so it is set the same way at every start that uses one.
  v8.setFlagsFromString('--no-flush-bytecode');
}
let cachedData: Buffer | undefined;
try {
  if (cacheFile) cachedData = fs.readFileSync(cacheFile);
} catch {
  // none yet
}
const script = new vm.Script(Module.wrap(source), { filename: main, cachedData });
if (cacheFile && (!cachedData || script.cachedDataRejected)) {
  // Made once the server has checked its first drafts, so the cache holds the checking code compiled as well.
  process.once(WARM_EVENT, () => saveCodeCache(cacheFile));
}
const wrapper = script.runInThisContext() as (exports: object, req: NodeJS.Require, mod: object, filename: string, dirname: string) => void;
const mod = { exports: {} };
wrapper.call(mod.exports, mod.exports, Module.createRequire(main), mod, main, __dirname);

function codeCacheFile(): string | undefined {
  const at = process.argv.indexOf('--code-cache-dir');
  const dir = at >= 0 ? process.argv[at + 1] : undefined;
  if (!dir) return undefined;
  let stamp: string;
  try {
    const stat = fs.statSync(main);
    stamp = `${stat.size}-${Math.round(stat.mtimeMs)}`;
  } catch {
    return undefined;
  }
  return path.join(dir, `server-main-${stamp}-node${process.versions.node}-${process.arch}.v8cache`);
}

function saveCodeCache(file: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Older caches of other bundles or Node versions are of no more use, nor are temporary files a stopped server
    // left behind (one being written this moment only fails its rename, which is caught).
    for (const name of fs.readdirSync(path.dirname(file))) {
      const stale = (name.endsWith('.v8cache') && name !== path.basename(file)) || name.endsWith('.tmp');
      if (name.startsWith('server-main-') && stale) fs.rmSync(path.join(path.dirname(file), name), { force: true });
    }
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, file); // a reader sees a whole cache or none
  } catch {
    // A cache that can't be written only costs the next start its compile time.
  }
}

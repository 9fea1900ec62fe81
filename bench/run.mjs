// `npm run bench`: bundles bench/main.ts (with the engine it measures) and runs it with --expose-gc, so that memory
// figures are taken after a full collection. Arguments are passed through (see bench/main.ts).
import * as esbuild from 'esbuild';
import { spawnSync } from 'child_process';
import { fileURLToPath } from 'url';
import * as path from 'path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'out', 'bench', 'bench.bundle.js');
await esbuild.build({
  entryPoints: [path.join(root, 'bench', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
});
// The indexing worker beside the bundle, where the server and CLI have theirs (engine/parallelLoad.ts looks there).
await esbuild.build({
  entryPoints: [path.join(root, 'server', 'src', 'engine', 'indexWorker.ts')],
  outfile: path.join(path.dirname(outfile), 'index-worker.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['unpdf', 'mammoth'],
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', '--max-old-space-size=8192', outfile, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);

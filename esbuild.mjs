// Bundles the three entry points. The client keeps `vscode` external (VS Code provides it at run time);
// the server and the CLI are self-contained Node programs. The PDF and Word parsers are asynchronous and run in a
// worker thread of their own (server/src/engine/readers/worker.ts → dist/readers-worker.js): the server and CLI
// never load them, so they are left out of those two bundles. Big folders of sources are read and scanned by
// indexing workers (server/src/engine/indexWorker.ts → dist/index-worker.js; see parallelLoad.ts).
import * as esbuild from 'esbuild';

const quiet = process.argv.includes('--quiet');
const production = process.argv.includes('--production');
// Minified in every build, not only the packaged one: the language server then starts about 0.1 s sooner (at
// 100,000 articles, measured against the unminified bundle: less to read, decode and compile), `node dist/server.js`
// in other editors is as fast as the extension, and the tests run the code that ships. Development builds keep
// source maps for debugging.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: true,
  logLevel: quiet ? 'warning' : 'info',
};
const inWorkerOnly = ['unpdf', 'mammoth'];

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  // dist/server.js is a small loader (start.ts) that compiles the server, dist/server-main.js, from V8's code cache.
  esbuild.build({ ...common, entryPoints: ['server/src/start.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server-main.js', external: inWorkerOnly }),
  esbuild.build({ ...common, entryPoints: ['server/src/engine/readers/worker.ts'], outfile: 'dist/readers-worker.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/engine/indexWorker.ts'], outfile: 'dist/index-worker.js', external: inWorkerOnly }),
  esbuild.build({
    ...common,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'dist/cli.js',
    external: inWorkerOnly,
    banner: { js: '#!/usr/bin/env node' },
  }),
]);

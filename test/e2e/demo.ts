/**
 * `npm run demo`: code-server (VS Code in the browser) with the packaged extension installed and a copy of
 * examples/ open, over the bundled seed articles. Prints the URL and runs until Ctrl+C.
 * PORT (default 8080, or a free one if taken) and HOST (default 127.0.0.1) choose where it listens; it has no
 * password, so keep it on loopback or behind an SSH tunnel.
 */
import * as net from 'net';
import { exampleWorkspace, freePort, installCodeServer, makeProfile, startCodeServer, vsixPath } from './codeServer';

function portFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}

async function main(): Promise<void> {
  const host = process.env.HOST ?? '127.0.0.1';
  const wanted = process.env.PORT ? Number(process.env.PORT) : 8080;
  if (!Number.isInteger(wanted) || wanted <= 0 || wanted > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
  const port = (await portFree(wanted, host)) ? wanted : process.env.PORT ? wanted : await freePort();
  const entry = installCodeServer();
  const profile = makeProfile(entry, vsixPath(), { 'workbench.colorTheme': 'Default Light Modern' });
  const ws = exampleWorkspace();
  const server = await startCodeServer(entry, profile, { host, port, folder: ws });
  console.log(`\nVerbatim demo: open ${server.url}/ in a browser (a copy of examples/ is open; Ctrl+C stops it).`);
  console.log(`Workspace: ${ws}\n`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.process.on('exit', (code) => {
    console.error(`code-server stopped (${code}).`);
    process.exit(code ?? 1);
  });
}

main().catch((e) => {
  console.error(`demo: ${(e as Error).message ?? e}`);
  process.exit(1);
});

/**
 * code-server (VS Code 1.100 served to a browser) for the end-to-end test and `npm run demo`: installs it once
 * into .tools/ (install-code-server.sh), installs the packaged .vsix into an isolated profile, and starts it on
 * loopback. Readiness is found by polling its health endpoint, never by sleeping a fixed time.
 */
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import { Browser, chromium, Page } from 'playwright-core';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../support/corpora';

export { ROOT };

/** The .vsix that `npm run package` builds (or the one named by VERBATIM_VSIX). */
export function vsixPath(): string {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const vsix = process.env.VERBATIM_VSIX ?? path.join(ROOT, `${name}-${version}.vsix`);
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\` first`);
  return vsix;
}

/** Installs code-server into .tools/ unless it is there already; returns its entry point. */
export function installCodeServer(): string {
  if (process.env.VERBATIM_CODE_SERVER) return process.env.VERBATIM_CODE_SERVER;
  const r = spawnSync('bash', [path.join(ROOT, 'test/e2e/install-code-server.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const entry = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !fs.existsSync(entry)) throw new Error('code-server could not be installed (see the messages above)');
  return entry;
}

export interface Profile {
  extensionsDir: string;
  userDataDir: string;
}

/** A fresh profile with quiet settings (no welcome page, no telemetry, no trust prompt) and the extension installed. */
export function makeProfile(entry: string, vsix: string, settings: Record<string, unknown> = {}): Profile {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-code-server-'));
  const profile = { extensionsDir: path.join(base, 'extensions'), userDataDir: path.join(base, 'user-data') };
  fs.mkdirSync(path.join(profile.userDataDir, 'User'), { recursive: true });
  const quiet = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'git.enabled': false,
    'chat.commandCenter.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'editor.minimap.enabled': false,
  };
  fs.writeFileSync(path.join(profile.userDataDir, 'User', 'settings.json'), JSON.stringify({ ...quiet, ...settings }, null, 2));
  const r = spawnSync(
    process.execPath,
    [entry, '--install-extension', vsix, '--extensions-dir', profile.extensionsDir, '--user-data-dir', profile.userDataDir],
    { encoding: 'utf8' },
  );
  if (r.status !== 0 || !/successfully installed/i.test(r.stdout + r.stderr)) {
    throw new Error(`Installing ${path.basename(vsix)} into code-server failed:\n${r.stdout}${r.stderr}`);
  }
  return profile;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function healthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(`${url}/healthz`, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => req.destroy());
  });
}

export interface RunningCodeServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts code-server on host:port with the profile and resolves once it answers its health check. */
export async function startCodeServer(
  entry: string,
  profile: Profile,
  options: { host?: string; port?: number; logFile?: string; folder?: string } = {},
): Promise<RunningCodeServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await freePort());
  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', `${host}:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--extensions-dir', profile.extensionsDir,
    '--user-data-dir', profile.userDataDir,
    ...(options.folder ? [options.folder] : []),
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const log = options.logFile ? fs.createWriteStream(options.logFile) : undefined;
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.on('data', (d: Buffer) => {
      output += d;
      log?.write(d);
    });
  }
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  const deadline = Date.now() + 60000;
  while (!(await healthy(url))) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${output.slice(-2000)}`);
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`code-server did not answer on ${url} within 60 s:\n${output.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 200)); // poll interval
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => {
          log?.end();
          resolve();
        });
        child.kill();
      }),
  };
}

/** A copy of examples/ to open, so that quick-fixes never change the repository's files. */
export function exampleWorkspace(): string {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-examples-'));
  fs.cpSync(path.join(ROOT, 'examples'), ws, { recursive: true });
  return ws;
}

/**
 * Chromium on the workbench of a running code-server, with the flags this closed network needs (background
 * networking off, or Chromium keeps dialling out), waiting for the workbench by polling the page.
 */
export async function openWorkbench(server: RunningCodeServer, workspace: string): Promise<{ browser: Browser; page: Page }> {
  const executablePath = process.env.VERBATIM_CHROMIUM ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}: apt-get install chromium (or set VERBATIM_CHROMIUM)`);
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(30000);
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 90000 });
  return { browser, page };
}

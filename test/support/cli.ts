/** Runs the built CLI (`dist/cli.js`) as a user would, in a folder of files written for one test. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './corpora';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `verbatim <args>` in `cwd` (the project root by default); `maxBuffer` for outputs of hundreds of megabytes. */
export function runCli(args: string[], { cwd = ROOT, maxBuffer }: { cwd?: string; maxBuffer?: number } = {}): CliRun {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], { cwd, encoding: 'utf8', ...(maxBuffer ? { maxBuffer } : {}) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Writes `files` (paths relative to a new temporary folder) and runs `use` there; the folder is removed after. */
export function inTempFolder<T>(files: Record<string, string>, use: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-cli-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return use(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The @vscode/test-electron suite (the standard way to test an extension in VS Code itself): downloads VS Code
 * (cached in .vscode-test/), opens a copy of examples/ with this extension under development, and runs
 * suite/*.test.js inside it. Where VS Code cannot be downloaded (these build machines reach only package
 * registries) it says so and skips; the same scenarios run in code-server by `npm run test:e2e`.
 * On Linux without a display, run it under `xvfb-run -a`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { ROOT } from '../support/corpora';

async function main(): Promise<void> {
  const version = process.env.VSCODE_TEST_VERSION ?? 'stable';
  const cachePath = path.join(ROOT, '.vscode-test');
  let executable: string;
  // The download is only tried when asked for (or when a copy is already cached): these build machines reach only
  // package registries, and a test run must not reach out to other hosts.
  if (process.env.VSCODE_EXECUTABLE) executable = process.env.VSCODE_EXECUTABLE;
  else if (process.env.VERBATIM_DOWNLOAD_VSCODE !== '1' && !fs.existsSync(cachePath)) {
    console.log('SKIPPED: the @vscode/test-electron suite needs VS Code: set VERBATIM_DOWNLOAD_VSCODE=1 to download it, or');
    console.log('VSCODE_EXECUTABLE to use an installed one. `npm run test:e2e` covers the same scenarios in code-server.');
    return;
  }
  try {
    executable ??= await downloadAndUnzipVSCode({ version, cachePath, timeout: 15000 });
  } catch (e) {
    console.log(`SKIPPED: the @vscode/test-electron suite needs a VS Code download (${version}), which failed here: ${(e as Error).message}`);
    console.log('It runs where VS Code can be downloaded (hosted CI, a developer machine); `npm run test:e2e` covers the same scenarios in code-server.');
    return;
  }
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-electron-'));
  fs.cpSync(path.join(ROOT, 'examples'), ws, { recursive: true });
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
    launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
}

main().catch((e) => {
  console.error(`The @vscode/test-electron suite failed: ${(e as Error).message ?? e}`);
  process.exit(1);
});

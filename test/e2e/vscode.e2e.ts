/**
 * Verbatim in a real VS Code: the packaged .vsix installed into code-server (VS Code 1.100), driven in Chromium
 * with playwright-core. Opens examples/draft.md over the bundled seeds and checks what a writer sees. Every step
 * leaves a screenshot in test-artifacts/e2e/. Run with `npm run test:e2e`.
 *
 * Waits are on the UI itself (a squiggle, a hover, a Problems row, the cursor position), never fixed sleeps.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Browser, Page } from 'playwright-core';
import { exampleWorkspace, installCodeServer, makeProfile, ROOT, RunningCodeServer, openWorkbench, startCodeServer, vsixPath } from './codeServer';

const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'e2e');
const SEED = '000_677974a615658906.txt';
const MISQUOTE_WORD = 'military and diplomatic';

/** 1-based line and column of the first occurrence of `needle` in a file (columns count UTF-16 units, as VS Code does). */
function find(file: string, needle: string, after = ''): { line: number; column: number } {
  const text = fs.readFileSync(file, 'utf8');
  const offset = text.indexOf(needle, after ? text.indexOf(after) : 0);
  assert.ok(offset >= 0, `"${needle}" not in ${file}`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe('Verbatim in a real VS Code (code-server + Chromium)', function () {
  this.timeout(120000);
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let ws: string;
  let extensionsDir: string;
  let step = 0;

  async function shot(name: string): Promise<void> {
    await page.screenshot({ path: path.join(ARTIFACTS, `${String(++step).padStart(2, '0')}-${name}.png`) });
  }

  /** Runs a command from the command palette by its title (`opensInput`: the command asks for input next). */
  async function command(title: string, opensInput = false): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
    // A command that asks for input reuses the widget: wait until the palette's ">" prefix is gone.
    if (opensInput) await page.waitForFunction("!document.querySelector('.quick-input-widget input').value.startsWith('>')");
    else await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Puts the cursor at a 1-based line and column of the active editor, and waits until VS Code shows it there. */
  async function goTo(line: number, column: number): Promise<void> {
    await command('Go to Line/Column...', true);
    const input = page.locator('.quick-input-widget input');
    await input.fill(`:${line}:${column}`);
    await page.keyboard.press('Enter');
    await cursorAt(line, column);
  }

  async function cursorAt(line: number, column?: number): Promise<void> {
    const want = column ? `Ln ${line}, Col ${column}` : `Ln ${line},`;
    await page.locator('#status\\.editor\\.selection').filter({ hasText: want }).waitFor();
  }

  /** Shows the hover at the cursor and returns all its text once it contains `mustContain` (it fills in parts). */
  async function hoverText(mustContain: string | RegExp): Promise<string> {
    await command('Show or Focus Hover');
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: mustContain });
    await hover.first().waitFor();
    // The hover fades in: wait until it and its containers are opaque, so that the screenshot shows it clearly.
    await hover.first().evaluate(`(el) => new Promise((resolve) => {
      const opaque = () => {
        for (let e = el; e; e = e.parentElement) if (getComputedStyle(e).opacity !== '1') return requestAnimationFrame(opaque);
        resolve();
      };
      opaque();
    })`);
    return (await hover.first().innerText()).replace(/\u00a0/g, ' ');
  }

  async function editorText(): Promise<string> {
    return (await page.locator('.editor-instance .monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
  }

  before(async function () {
    this.timeout(600000); // the first run installs code-server
    fs.rmSync(ARTIFACTS, { recursive: true, force: true });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const entry = installCodeServer();
    const profile = makeProfile(entry, vsixPath());
    extensionsDir = profile.extensionsDir;
    ws = exampleWorkspace();
    server = await startCodeServer(entry, profile, { logFile: path.join(ARTIFACTS, 'code-server.log') });
    ({ browser, page } = await openWorkbench(server, ws));
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && browser) await shot(`FAILED-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`).catch(() => undefined);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens the draft and shows a misquote squiggle', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'draft.md' }).click();
    await page.locator('.tabs-container .tab.active', { hasText: 'draft.md' }).waitFor();
    await page.locator('.editor-instance .squiggly-warning').first().waitFor();
    await shot('draft-with-squiggles');
  });

  it('starts the language server with huge pages asked of glibc', function () {
    if (process.platform !== 'linux') this.skip(); // the setting means nothing elsewhere
    // The server that the installed extension started: its command line names the extension's dist/server.js.
    const servers = fs
      .readdirSync('/proc')
      .filter((pid) => /^\d+$/.test(pid))
      .flatMap((pid) => {
        try {
          const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
          if (!args.some((a) => a.startsWith(extensionsDir) && a.endsWith(path.join('dist', 'server.js')))) return [];
          return [fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')];
        } catch {
          return []; // a process that ended meanwhile
        }
      });
    assert.strictEqual(servers.length, 1, 'one server process of the installed extension');
    const tunables = servers[0].find((v) => v.startsWith('GLIBC_TUNABLES='));
    assert.match(String(tunables), /^GLIBC_TUNABLES=(.*:)?glibc\.malloc\.hugetlb=1(:|$)/);
  });

  it('lists the misquote in the Problems panel with the source wording', async () => {
    await command('Problems: Focus on Problems View');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'the source says "political", not "military"' });
    await row.first().waitFor();
    const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
    assert.ok(rows.some((r) => /Misquote/.test(r) && /verbatim/.test(r)), rows.join('\n'));
    await shot('problems-panel');
    await command('View: Hide Panel');
  });

  it('shows the corpus and the misquote count in the status bar', async () => {
    const item = page.locator('.statusbar-item', { hasText: 'Verbatim: seed articles' });
    await item.first().waitFor();
    await page.locator('.statusbar-item', { hasText: /Verbatim: seed articles.*2 misquotes/ }).first().waitFor();
    await shot('status-bar');
  });

  it('hovering a quote shows its source passage with the differing word', async () => {
    await page.locator('.editor-instance .view-lines').first().click();
    const at = find(path.join(ws, 'draft.md'), MISQUOTE_WORD);
    await goTo(at.line, at.column);
    const text = await hoverText('Verbatim: Misquote');
    assert.match(text, /exclusively through political and diplomatic means/);
    assert.match(text, /the source says "political", not "military"/);
    await shot('hover-quote');
    await page.keyboard.press('Escape');
  });

  it('hovering a name shows the person and their role', async () => {
    const at = find(path.join(ws, 'draft.md'), 'Lavrov said the US');
    await goTo(at.line, at.column + 2);
    const text = await hoverText('Sergey Lavrov');
    assert.match(text, /Sergey Lavrov/);
    assert.match(text, /Russian Foreign Minister/i);
    await shot('hover-name');
    await page.keyboard.press('Escape');
  });

  it('F12 on a quote opens the source article at the quoted line', async () => {
    const at = find(path.join(ws, 'draft.md'), MISQUOTE_WORD);
    await goTo(at.line, at.column);
    await page.keyboard.press('F12');
    await page.locator('.tabs-container .tab.active', { hasText: SEED }).waitFor();
    const source = find(path.join(ROOT, 'seeds', SEED), 'political and diplomatic means');
    await cursorAt(source.line);
    await shot('definition-in-source');
  });

  it('the quick-fix rewrites the quote to the source wording', async () => {
    await page.locator('.tabs-container .tab', { hasText: 'draft.md' }).click();
    await page.locator('.tabs-container .tab.active', { hasText: 'draft.md' }).waitFor();
    const at = find(path.join(ws, 'draft.md'), MISQUOTE_WORD);
    await goTo(at.line, at.column);
    await command('Quick Fix...');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Use the source wording' });
    await fix.first().waitFor();
    await shot('quick-fix-menu');
    // The menu is driven by keyboard (a pointer block covers it): move to the fix, then apply it.
    for (let i = 0; i < 10 && !(await page.locator('.action-widget .monaco-list-row.focused', { hasText: 'Use the source wording' }).count()); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.locator('.editor-instance .view-lines', { hasText: 'through political and' }).first().waitFor();
    assert.ok(!(await editorText()).includes('through military and'));
    await page.locator('.statusbar-item', { hasText: /Verbatim: seed articles.*1 misquote\b/ }).first().waitFor();
    await shot('after-quick-fix');
  });

  it('the quote report lists every quote with its status', async () => {
    await command('Verbatim: Show Quote Report');
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Verbatim Quotes' }) });
    // The example draft has nine quotes; one of its two misquotes was just fixed.
    await view.getByText('draft.md: 9 quotes — 5 verified, 1 misquote, 2 unverified, 1 misattributed').waitFor();
    // Room for every row: fold the file tree above the report.
    await page.locator('.pane-header', { hasText: path.basename(ws).toUpperCase() }).click();
    await view.locator('.monaco-list-row', { hasText: 'misattributed' }).first().waitFor();
    const rows = await view.locator('.monaco-list-row').allInnerTexts();
    assert.strictEqual(rows.length, 9, rows.join('\n'));
    const count = (status: RegExp) => rows.filter((r) => status.test(r)).length;
    assert.deepStrictEqual([count(/(?<!un)verified/), count(/misquote/), count(/unverified/), count(/misattributed/)], [5, 1, 2, 1], rows.join('\n'));
    await shot('quote-report');
  });

  it('Open Source Article lists the corpus and opens the picked article', async () => {
    await command('Verbatim: Open Source Article', true);
    const pick = page.locator('.quick-input-widget .monaco-list-row', { hasText: '003_03f4473717101d32.txt' });
    await pick.first().waitFor();
    assert.strictEqual(await page.locator('.quick-input-widget .monaco-list-row').count(), 2);
    await shot('open-source-picker');
    await pick.first().click();
    await page.locator('.tabs-container .tab.active', { hasText: '003_03f4473717101d32.txt' }).waitFor();
  });

  it('Select Sources Folder switches the corpus to the chosen folder', async () => {
    // A folder with one source article: the seed that the draft's misquotes come from.
    const research = path.join(ws, 'research');
    fs.mkdirSync(research);
    fs.copyFileSync(path.join(ROOT, 'seeds', SEED), path.join(research, 'zakharova.txt'));
    await command('Verbatim: Select Sources Folder', true);
    // VS Code's own folder dialog (in a browser, a quick input): it starts in the workspace folder.
    await page.waitForFunction(`document.querySelector('.quick-input-widget input').value.endsWith(${JSON.stringify(path.basename(ws) + '/')})`);
    await page.locator('.quick-input-widget input').fill(`${research}/`);
    // Folders only: inside research/ the dialog lists just "..".
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: '..' }).first().waitFor();
    await shot('select-sources-folder');
    await page.locator('.quick-input-widget .monaco-button', { hasText: 'Use as Sources' }).click();
    await page.locator('.statusbar-item', { hasText: 'Verbatim: 1 article' }).first().waitFor();
    const settings = JSON.parse(fs.readFileSync(path.join(ws, '.vscode', 'settings.json'), 'utf8'));
    assert.deepStrictEqual(settings['verbatim.sources'], ['research']);
    await shot('sources-folder-selected');
  });
});

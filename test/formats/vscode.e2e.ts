/**
 * Go-to-source into each kind of source in a real VS Code: the packaged .vsix in code-server, driven in Chromium
 * (the harness of test/e2e). F12 on a quote from a PDF opens the read-only text view of the PDF at the quoted words;
 * on a quote from a SubRip transcript, the .srt file itself at the cue. Screenshots in test-artifacts/e2e-formats/.
 * Run with `npm run -s package && tsc -p . && mocha --timeout 120000 out/test/formats/vscode.e2e.js`.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Browser, Page } from 'playwright-core';
import { installCodeServer, makeProfile, ROOT, RunningCodeServer, openWorkbench, startCodeServer, vsixPath } from '../e2e/codeServer';
import { Article } from '../../server/src/engine/article';
import { readArticle } from '../../server/src/engine/sources';
import { DRAFT, makeFormatsWorkspace } from './fixtures';

const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'e2e-formats');

/** 1-based line and column of `words` in the draft. */
function inDraft(words: string): { line: number; column: number } {
  const lines = DRAFT.split('\n');
  const line = lines.findIndex((l) => l.includes(words));
  assert.ok(line >= 0, words);
  return { line: line + 1, column: lines[line].indexOf(words) + 2 };
}

describe('go to source in each format, in a real VS Code (code-server + Chromium)', function () {
  this.timeout(120000);
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let ws: string;
  let step = 0;

  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${String(++step).padStart(2, '0')}-${name}.png`) });

  async function command(title: string, opensInput = false): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
    if (opensInput) await page.waitForFunction("!document.querySelector('.quick-input-widget input').value.startsWith('>')");
    else await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  async function goTo(line: number, column: number): Promise<void> {
    await command('Go to Line/Column...', true);
    await page.locator('.quick-input-widget input').fill(`:${line}:${column}`);
    await page.keyboard.press('Enter');
    await page.locator('#status\\.editor\\.selection').filter({ hasText: `Ln ${line}, Col ${column}` }).waitFor();
  }

  async function openDraft(): Promise<void> {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'draft.md' }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: 'draft.md' }).waitFor();
    await page.locator('.editor-instance .view-lines').first().click();
  }

  before(async function () {
    this.timeout(600000);
    fs.rmSync(ARTIFACTS, { recursive: true, force: true });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const entry = installCodeServer();
    const profile = makeProfile(entry, vsixPath());
    ws = await makeFormatsWorkspace();
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

  it('F12 on a quote from a PDF opens the text view of the PDF at the quoted words', async () => {
    await openDraft();
    await page.locator('.editor-instance .squiggly-warning').first().waitFor();
    const at = inDraft('ready to review');
    await goTo(at.line, at.column);
    await page.keyboard.press('F12');
    await page.locator('.tabs-container .tab.active', { hasText: 'statement.pdf' }).waitFor();
    // The view holds the extracted text, and the cursor stands at the quoted words.
    const text = (readArticle(path.join(ws, 'sources', 'statement.pdf')) as Article).text.split('\n');
    const line = text.findIndex((l) => l.includes('ready to review the agreement'));
    await page.locator('.editor-instance .view-lines', { hasText: 'The talks will resume in the spring' }).first().waitFor();
    // Its paragraphs are wrapped (the view's language turns word wrap on), so the whole quote is in sight.
    await page.locator('#status\\.editor\\.mode', { hasText: 'Verbatim Source Text' }).waitFor();
    await page.locator('.editor-instance .view-lines', { hasText: 'ready to review the agreement with our partners' }).first().waitFor();
    await page.locator('#status\\.editor\\.selection').filter({ hasText: `Ln ${line + 1}, Col ${text[line].indexOf('ready to review') + 1}` }).waitFor();
    await shot('pdf-text-view');
  });

  it('F12 on a quote from a SubRip transcript opens the .srt at the cue', async () => {
    await page.locator('.tabs-container .tab', { hasText: 'draft.md' }).click();
    await page.locator('.tabs-container .tab.active', { hasText: 'draft.md' }).waitFor();
    const at = inDraft('spend the money');
    await goTo(at.line, at.column);
    await page.keyboard.press('F12');
    await page.locator('.tabs-container .tab.active', { hasText: 'council.srt' }).waitFor();
    await page.locator('#status\\.editor\\.selection').filter({ hasText: 'Ln 8, Col 11' }).waitFor();
    await shot('srt-at-cue');
  });
});

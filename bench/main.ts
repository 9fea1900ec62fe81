/**
 * `npm run bench [-- --articles N] [--json] [--runs R] [--seed S]`: builds N-article corpora from the Wikinews 2019
 * sentences (bench/generate.ts), then measures indexing, memory, quote lookups, re-checks after a keystroke, the
 * server's cold start with and without a persisted index, and recall; and runs rg, ugrep and tre-agrep on the same
 * corpus and quotes. Prints a report, then one JSON object on the last line.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArticle } from '../server/src/engine/article';
import { SourceQuotes } from '../server/src/engine/attribution';
import { checkQuote, QuoteCheck } from '../server/src/engine/check';
import { Corpus } from '../server/src/engine/corpus';
import { buildNameIndex } from '../server/src/engine/names';
import { findQuotes } from '../server/src/engine/quotes';
import { tokenize } from '../server/src/engine/text';
import { selectCorpus } from '../server/src/corpusSelection';
import { resolveSourceFiles } from '../server/src/engine/sources';
import { loadCorpusCached } from '../server/src/engine/indexCache';
import { analyzeDraftInSlices, DEFAULT_FEATURE_OPTIONS, DraftAnalysis, Knowledge } from '../server/src/features/common';
import { computeDiagnostics } from '../server/src/features/diagnostics';
import { defaultPoolDir, generateDraft, GeneratedDraft, loadPool, PlantedQuote, Rng, SentencePool, writeCorpus } from './generate';
import { coldStart } from './lsp';
import { serverEnv } from '../server/src/launchEnv';

const ROOT = path.resolve(__dirname, '..', '..');
/** Bump when the generator's output changes, so cached corpora are rebuilt. */
const GENERATOR_VERSION = 2;
const DRAFTS = 4;
const DRAFT_WORDS = 5000;
const DRAFT_QUOTES = 50;
const KEYSTROKES = 40;

interface Options {
  sizes: number[];
  json: boolean;
  runs?: number;
  seed: number;
  data: string;
  alternatives: boolean;
  coldStart: boolean;
  misses: boolean;
  names: boolean;
}

const USAGE = `Usage: npm run bench -- [--articles N]... [--json] [--runs R] [--seed S] [--data DIR] [--no-alternatives] [--no-cold-start]
  --articles  corpus size; repeatable (default: 1000 and 10000)
  --json      print only the JSON result (progress goes to stderr)
  --runs      repetitions whose median is reported (default 3; 1 from 50,000 articles)
  --data      where generated corpora are kept (default: ${path.join(os.tmpdir(), 'verbatim-bench')})
  --misses    list the planted quotes the checker got wrong
  --no-alternatives, --no-cold-start, --no-names   skip those parts (without names, re-checks run without them)`;

function parseArgs(argv: string[]): Options | string {
  const o: Options = { sizes: [], json: false, seed: 1, data: path.join(os.tmpdir(), 'verbatim-bench'), alternatives: true, coldStart: true, misses: false, names: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = (what: string) => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 1) throw new Error(`${what} needs a whole number of at least 1, not "${argv[i] ?? ''}"`);
      return v;
    };
    try {
      if (a === '--articles') o.sizes.push(num('--articles'));
      else if (a === '--runs') o.runs = num('--runs');
      else if (a === '--seed') o.seed = num('--seed');
      else if (a === '--json') o.json = true;
      else if (a === '--data') o.data = path.resolve(argv[++i] ?? '.');
      else if (a === '--no-alternatives') o.alternatives = false;
      else if (a === '--no-cold-start') o.coldStart = false;
      else if (a === '--misses') o.misses = true;
      else if (a === '--no-names') o.names = false;
      else if (a === '--help' || a === '-h') return USAGE;
      else return `unknown option "${a}"\n${USAGE}`;
    } catch (e) {
      return (e as Error).message;
    }
  }
  if (o.sizes.length === 0) o.sizes = [1000, 10000];
  return o;
}

let quiet = false;
const say = (line = '') => (quiet ? process.stderr : process.stdout).write(line + '\n');
const progress = (line: string) => process.stderr.write(`  … ${line}\n`);

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
const round = (x: number, digits = 2) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);
const MB = 1024 * 1024;

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}

/** Starts with a persisted index after each start without one (see measureColdStarts). */
const REOPENS = 3;

/** Heap plus typed-array memory: the index lives in both. */
function memoryMB(): number {
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / MB;
}

interface CorpusOnDisk {
  dir: string;
  bytes: number;
  drafts: Array<{ path: string; draft: GeneratedDraft }>;
}

function ensureCorpus(pool: SentencePool, o: Options, n: number): CorpusOnDisk {
  const dir = path.join(o.data, `g${GENERATOR_VERSION}-seed${o.seed}-${n}`);
  const marker = path.join(dir, 'corpus.json');
  let bytes: number;
  if (fs.existsSync(marker)) {
    bytes = (JSON.parse(fs.readFileSync(marker, 'utf8')) as { bytes: number }).bytes;
  } else {
    fs.rmSync(dir, { recursive: true, force: true });
    const t0 = performance.now();
    bytes = writeCorpus(pool, o.seed, n, dir);
    fs.writeFileSync(marker, JSON.stringify({ articles: n, bytes, seed: o.seed }));
    progress(`generated ${n} articles (${(bytes / MB).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const drafts: CorpusOnDisk['drafts'] = [];
  fs.mkdirSync(path.join(dir, 'drafts'), { recursive: true });
  for (let k = 0; k < DRAFTS; k++) {
    const draft = generateDraft(pool, o.seed, n, k + 1, { words: DRAFT_WORDS, quotes: DRAFT_QUOTES });
    const file = path.join(dir, 'drafts', `draft-${k + 1}.md`);
    fs.writeFileSync(file, draft.text);
    drafts.push({ path: file, draft });
  }
  return { dir, bytes, drafts };
}

/** Whether the quote's words stand verbatim somewhere in the corpus (then a planted misquote is not one). */
function occursVerbatim(corpus: Corpus, text: string): boolean {
  const norms = tokenize(text).map((t) => t.norm);
  if (norms.length === 0) return false;
  let rarest = 0;
  for (let k = 1; k < norms.length; k++) if (corpus.occurrences(norms[k]).length < corpus.occurrences(norms[rarest]).length) rarest = k;
  for (const pos of corpus.occurrences(norms[rarest])) {
    const start = pos - rarest;
    if (start < 0 || start + norms.length > corpus.size) continue;
    if (norms.every((w, k) => corpus.wordAt(start + k) === w)) return true;
  }
  return false;
}

interface QuoteRun {
  planted: PlantedQuote;
  check: QuoteCheck;
  ms: number;
  valid: boolean;
}

function lookups(corpus: Corpus, disk: CorpusOnDisk): QuoteRun[] {
  const out: QuoteRun[] = [];
  for (const { draft } of disk.drafts) {
    const scan = findQuotes(draft.text, 'markdown');
    if (scan.quotes.length !== draft.quotes.length) {
      throw new Error(`draft holds ${scan.quotes.length} quotations, ${draft.quotes.length} were planted`);
    }
    scan.quotes.forEach((quote, k) => {
      const t0 = performance.now();
      const check = checkQuote(corpus, draft.text, scan.prose, quote);
      const ms = performance.now() - t0;
      const planted = draft.quotes[k];
      out.push({ planted, check, ms, valid: planted.expected === 'verified' || !occursVerbatim(corpus, planted.text) });
    });
  }
  return out;
}

const words = (s: string) => tokenize(s).map((t) => t.norm).join(' ');

/** Whether the checker says what was planted: verified as verified, a misquote as a misquote. */
function found(run: { planted: PlantedQuote; check: QuoteCheck }): boolean {
  return run.check.status === run.planted.expected;
}

/** Found, and pointing at the planted source: its article, or a fix that gives back its exact words. */
function located(run: { planted: PlantedQuote; check: QuoteCheck }, dir: string): boolean {
  if (!found(run)) return false;
  const sameArticle = run.check.sources.some((s) => path.resolve(s.article.path) === path.resolve(dir, run.planted.article));
  return sameArticle || (run.check.fix !== undefined && words(run.check.fix) === words(run.planted.original));
}

interface RecallFigures {
  verified: number;
  misquote: number;
  quotes: number;
  misquotes: number;
  excluded: number;
}

function recallOf(runs: Array<{ planted: PlantedQuote; check: QuoteCheck; valid: boolean }>): RecallFigures {
  const valid = runs.filter((r) => r.valid);
  const ver = valid.filter((r) => r.planted.expected === 'verified');
  const mis = valid.filter((r) => r.planted.expected === 'misquote');
  return {
    verified: round(ver.filter(found).length / ver.length, 4),
    misquote: round(mis.filter(found).length / mis.length, 4),
    quotes: valid.length,
    misquotes: mis.length,
    excluded: runs.length - valid.length,
  };
}

/** The same quotes, each checked against its own article alone: the small-corpus baseline for recall. */
function smallCorpusRuns(dir: string, runs: QuoteRun[], disk: CorpusOnDisk): Array<{ planted: PlantedQuote; check: QuoteCheck; valid: boolean }> {
  const out: Array<{ planted: PlantedQuote; check: QuoteCheck; valid: boolean }> = [];
  let k = 0;
  for (const { draft } of disk.drafts) {
    const scan = findQuotes(draft.text, 'markdown');
    for (const quote of scan.quotes) {
      const run = runs[k++];
      const file = path.join(dir, run.planted.article);
      const corpus = new Corpus([parseArticle(file, fs.readFileSync(file, 'utf8'))]);
      out.push({ planted: run.planted, check: checkQuote(corpus, draft.text, scan.prose, quote), valid: run.valid });
    }
  }
  return out;
}

/** Re-checks of the first draft after single keystrokes, as the server runs them (in slices, with the caches). */
async function rechecks(corpus: Corpus, disk: CorpusOnDisk, knowledge: Knowledge | undefined, seed: number): Promise<{ full: number; times: number[] }> {
  let text = disk.drafts[0].draft.text;
  const uri = 'file:///bench/draft-1.md';
  let version = 1;
  const check = async () => {
    const t0 = performance.now();
    const a: DraftAnalysis | undefined = await analyzeDraftInSlices({ uri, version, text, format: 'markdown' }, corpus, DEFAULT_FEATURE_OPTIONS, () => false, knowledge);
    computeDiagnostics(a!);
    return performance.now() - t0;
  };
  const full = await check();
  const rng = new Rng(seed);
  const times: number[] = [];
  for (let k = 0; k < KEYSTROKES; k++) {
    const quotes = findQuotes(text, 'markdown').quotes;
    let at: number;
    if (k % 2 === 0) {
      // Inside a quotation: that quotation's words change.
      const q = rng.pick(quotes);
      at = q.contentStart + 1 + rng.int(Math.max(1, q.contentEnd - q.contentStart - 2));
    } else {
      // In the prose around: no quotation changes, but every one moves.
      do at = rng.int(text.length);
      while (quotes.some((q) => at >= q.start && at <= q.end));
    }
    text = text.slice(0, at) + 'abcdefghijklmnopqrstuvwxyz'[rng.int(26)] + text.slice(at);
    version++;
    times.push(await check());
  }
  return { full, times };
}

interface ToolResult {
  available: boolean;
  note?: string;
  medianMsPerQuote?: number;
  misquotesLocated?: number;
  verifiedLocated?: number;
  filesListedPerQuote?: number;
  timeouts?: number;
}

/** Character edits the fuzzy tools may make: one per 10 characters of the quotation, 2 to 8 (beyond, they crawl). */
const edits = (q: string) => String(Math.min(8, Math.max(2, Math.round(q.length / 10))));

const TOOLS: Array<{ name: string; args: (q: string, dir: string, files: string[]) => string[][] }> = [
  { name: 'rg', args: (q, dir) => [['-F', '-i', '-l', '--no-messages', '-e', q, path.join(dir, 'sources')]] },
  // Case-sensitive, as case folding makes ugrep's fuzzy search a hundred times slower.
  { name: 'ugrep', args: (q, dir) => [['-r', '-l', `-Z${edits(q)}`, '-F', '-e', q, path.join(dir, 'sources')]] },
  {
    name: 'tre-agrep',
    // No recursion: the files go on the command line, in batches that fit.
    args: (q, _dir, files) => {
      const out: string[][] = [];
      for (let i = 0; i < files.length; i += 5000) out.push(['-l', '-k', '-E', edits(q), q, ...files.slice(i, i + 5000)]);
      return out;
    },
  },
];

function toolAvailable(name: string): boolean {
  const r = spawnSync(name, ['--version'], { encoding: 'utf8' });
  return !r.error;
}

function runAlternatives(dir: string, sample: QuoteRun[], files: string[], timeoutMs: number): Record<string, ToolResult> {
  const results: Record<string, ToolResult> = {};
  for (const tool of TOOLS) {
    if (!toolAvailable(tool.name)) {
      results[tool.name] = { available: false, note: `${tool.name} is not installed (apt-get install -y ${tool.name === 'rg' ? 'ripgrep' : tool.name})` };
      say(`  ${tool.name}: not installed, skipped (apt-get install -y ${tool.name === 'rg' ? 'ripgrep' : tool.name})`);
      continue;
    }
    const times: number[] = [];
    let misLocated = 0;
    let verLocated = 0;
    let listed = 0;
    let timeouts = 0;
    for (const run of sample) {
      const target = path.resolve(dir, run.planted.article);
      let ms = 0;
      const hits = new Set<string>();
      for (const args of tool.args(run.planted.text, dir, files)) {
        const t0 = performance.now();
        const r = spawnSync(tool.name, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 256 * MB, cwd: dir });
        ms += performance.now() - t0;
        if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') timeouts++;
        for (const line of (r.stdout ?? '').split('\n')) if (line.trim()) hits.add(path.resolve(dir, line.trim()));
      }
      times.push(ms);
      listed += hits.size;
      if (hits.has(target)) {
        if (run.planted.expected === 'misquote') misLocated++;
        else verLocated++;
      }
    }
    results[tool.name] = {
      available: true,
      medianMsPerQuote: round(median(times), 1),
      misquotesLocated: misLocated,
      verifiedLocated: verLocated,
      filesListedPerQuote: round(listed / sample.length, 1),
      timeouts,
    };
  }
  return results;
}

/** Writes the persisted index, then loads it `runs` times (in its own function, so nothing of it stays alive). */
async function measurePersisted(disk: CorpusOnDisk, cacheDir: string, runs: number, before: number): Promise<{ ms: number; mb: number }> {
  fs.rmSync(cacheDir, { recursive: true, force: true });
  await loadCorpusCached(resolveSourceFiles(disk.dir, ['sources/**']).files, cacheDir).save();
  const times: number[] = [];
  const heaps: number[] = [];
  for (let r = 0; r < runs; r++) {
    gc();
    const t = performance.now();
    const loaded = selectCorpus([disk.dir], ['sources/**'], { cacheDir }).corpus;
    loaded.occurrences('the');
    times.push(performance.now() - t);
    await loaded.readAheadDone(); // the forward index, read in the background, is then all in memory
    gc();
    heaps.push(memoryMB() - before);
  }
  return { ms: median(times), mb: median(heaps) };
}

/**
 * Cold starts of the language server, without and then with the index it persisted (REOPENS starts a run). Measured
 * before this process builds indexes of its own: collecting those (hundreds of MB at 100k) would take the second core
 * from the server being measured.
 */
async function measureColdStarts(
  disk: CorpusOnDisk,
  o: Options,
  cacheDir: string,
  runs: number,
): Promise<{ withoutIndex: number; withIndex: number; withIndexSourcesChecked: number; withIndexPlainNode: number }> {
  const serverJs = path.join(ROOT, 'dist', 'server.js');
  const without: number[] = [];
  const withIdx: number[] = [];
  const checkedIdx: number[] = [];
  const plainIdx: number[] = [];
  // VS Code's client adds serverEnv() to the server's environment; other editors start plain `node dist/server.js`
  // unless told (README, Other editors). Both are measured, with the index, one after the other.
  const clientEnv = { ...process.env, ...serverEnv() };
  const plainEnv = { ...process.env };
  delete plainEnv.GLIBC_TUNABLES;
  const draft = disk.drafts[0];
  const text = draft.draft.text;
  // As the VS Code client starts it: with a folder for V8's code cache, made by the first start of each run.
  const codeCacheDir = path.join(o.data, 'code-cache');
  const serverArgs = ['--code-cache-dir', codeCacheDir];
  for (let r = 0; r < runs; r++) {
    fs.rmSync(codeCacheDir, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
    const indexFile = () => fs.existsSync(cacheDir) && fs.readdirSync(cacheDir).some((f) => f.endsWith('.bin'));
    const first = await coldStart(serverJs, disk.dir, draft.path, text, { cacheDir }, indexFile, undefined, serverArgs, clientEnv);
    without.push(first.ms);
    // With the index: first diagnostics from it, then the server looks at every source (all unchanged here).
    // Started REOPENS times, as a writer reopens the workspace; the index file is on disk first (the system would
    // otherwise still be writing out hundreds of MB during the next start, as no reopen but one within seconds sees).
    for (const f of fs.readdirSync(cacheDir)) {
      const fd = fs.openSync(path.join(cacheDir, f), 'r');
      fs.fsyncSync(fd);
      fs.closeSync(fd);
    }
    const looked = (log: string[]) => log.some((l) => /^Sources looked at/.test(l));
    const starts: string[] = [];
    for (let k = 0; k < REOPENS; k++) {
      const second = await coldStart(serverJs, disk.dir, draft.path, text, { cacheDir }, looked, undefined, serverArgs, clientEnv);
      withIdx.push(second.ms);
      checkedIdx.push(second.settledMs);
      const plain = await coldStart(serverJs, disk.dir, draft.path, text, { cacheDir }, looked, undefined, serverArgs, plainEnv);
      plainIdx.push(plain.ms);
      starts.push(`${second.ms.toFixed(0)} (looked at by ${second.settledMs.toFixed(0)}; plain node ${plain.ms.toFixed(0)})`);
    }
    progress(`cold start ${r + 1}: ${first.ms.toFixed(0)} ms without, with a persisted index ${starts.join(', ')} ms`);
  }
  const coldStartMs = {
    withoutIndex: Math.round(median(without)),
    withIndex: Math.round(median(withIdx)),
    withIndexSourcesChecked: Math.round(median(checkedIdx)),
    withIndexPlainNode: Math.round(median(plainIdx)),
  };
  say(
    `cold start to first diagnostics: ${coldStartMs.withoutIndex} ms without a persisted index, ${coldStartMs.withIndex} ms with ` +
      `(every source looked at for changes by ${coldStartMs.withIndexSourcesChecked} ms); ${coldStartMs.withIndexPlainNode} ms ` +
      `with, started as plain node (no huge pages)`,
  );
  return coldStartMs;
}

async function measure(pool: SentencePool, o: Options, n: number): Promise<Record<string, unknown>> {
  const runs = o.runs ?? (n >= 50_000 ? 1 : 3);
  const disk = ensureCorpus(pool, o, n);
  const corpusMB = disk.bytes / MB;
  say(`\n## ${n.toLocaleString('en')} articles, ${corpusMB.toFixed(1)} MB (${disk.dir})`);
  const cacheDir = path.join(o.data, `cache-${n}`);
  const coldStartMs = o.coldStart ? await measureColdStarts(disk, o, cacheDir, runs) : undefined;

  // Indexing, as the server and the CLI do it: find the files, read them, index them.
  const indexTimes: number[] = [];
  const heaps: number[] = [];
  let corpus: Corpus | undefined;
  gc();
  const before = memoryMB();
  // The same index loaded from its persisted file (as the server does on a restart): texts stay on disk until needed.
  const persisted = await measurePersisted(disk, cacheDir, runs, before);
  // A dropped index's arrays are let go a moment later (finalizers, buffer sweeping): not to be counted below.
  await new Promise((resolve) => setTimeout(resolve, 300));
  gc();
  say(`persisted index: loaded in ${persisted.ms.toFixed(0)} ms; memory ${persisted.mb.toFixed(1)} MB = ${(persisted.mb / corpusMB).toFixed(2)} x the corpus text (texts are read when first needed)`);

  for (let r = 0; r < runs; r++) {
    corpus = undefined;
    gc();
    const t0 = performance.now();
    const selection = selectCorpus([disk.dir], ['sources/**']);
    selection.corpus.occurrences('the'); // the postings are built on the first query
    indexTimes.push(performance.now() - t0);
    corpus = selection.corpus;
    gc();
    heaps.push(memoryMB() - before);
    progress(`index run ${r + 1}: ${indexTimes[r].toFixed(0)} ms, ${heaps[r].toFixed(1)} MB`);
  }
  const indexMs = median(indexTimes);
  const heapMB = median(heaps);
  say(`index: ${indexMs.toFixed(0)} ms (${(corpusMB / (indexMs / 1000)).toFixed(1)} MB/s), ${corpus!.size.toLocaleString('en')} words; memory ${heapMB.toFixed(1)} MB = ${(heapMB / corpusMB).toFixed(2)} x the corpus text`);

  // Names and the sources' own quotations (built by the server after the index).
  let knowledge: Knowledge | undefined;
  let nameIndexMs: number | undefined;
  let sourceQuotesMs: number | undefined;
  let namesMB: number | undefined;
  if (o.names) {
    gc();
    const beforeNames = memoryMB();
    let t0 = performance.now();
    const names = buildNameIndex(corpus!);
    nameIndexMs = performance.now() - t0;
    t0 = performance.now();
    knowledge = { names, sourceQuotes: new SourceQuotes(corpus!, names) };
    sourceQuotesMs = performance.now() - t0;
    gc();
    namesMB = memoryMB() - beforeNames;
    say(`names: index ${nameIndexMs.toFixed(0)} ms, sources' quotations ${sourceQuotesMs.toFixed(0)} ms, ${namesMB.toFixed(1)} MB more`);
  }

  // Quote lookups: warm up once, then `runs` passes over every planted quote.
  lookups(corpus!, { ...disk, drafts: disk.drafts.slice(0, 1) });
  const passes: QuoteRun[][] = [];
  for (let r = 0; r < runs; r++) passes.push(lookups(corpus!, disk));
  const p50 = median(passes.map((p) => quantile(p.map((x) => x.ms), 0.5)));
  const p95 = median(passes.map((p) => quantile(p.map((x) => x.ms), 0.95)));
  const quoteRuns = passes[passes.length - 1];
  const recall = recallOf(quoteRuns);
  const small = recallOf(smallCorpusRuns(disk.dir, quoteRuns, disk));
  if (o.misses) {
    for (const r of quoteRuns.filter((x) => x.valid && !found(x))) {
      say(`  missed ${r.planted.expected} (${r.planted.change ?? 'verbatim'}): "${r.planted.text}" — source "${r.planted.original}" — got ${r.check.status}${r.check.fix ? ` fix "${r.check.fix}"` : ''}`);
    }
  }
  say(`quote lookup: p50 ${p50.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms over ${quoteRuns.length} quotes`);
  say(
    `recall: verified ${(recall.verified * 100).toFixed(1)}%, misquotes ${(recall.misquote * 100).toFixed(1)}% of ${recall.misquotes}` +
      ` (each quote against its own article alone: ${(small.verified * 100).toFixed(1)}% / ${(small.misquote * 100).toFixed(1)}%)` +
      (recall.excluded ? `; ${recall.excluded} planted misquotes left out: their words stand verbatim elsewhere` : ''),
  );

  // Re-checking the 5,000-word draft after one keystroke, with names and attribution as in the server.
  const rc: Array<{ full: number; times: number[] }> = [];
  const rcBare: Array<{ full: number; times: number[] }> = [];
  for (let r = 0; r < runs; r++) {
    rc.push(await rechecks(corpus!, disk, knowledge, o.seed * 100 + r));
    // Without names: the quote checks alone, as before the name index is built.
    rcBare.push(await rechecks(corpus!, disk, undefined, o.seed * 100 + runs + r));
  }
  const recheckQuotesP95Ms = median(rcBare.map((x) => quantile(x.times, 0.95)));
  const recheckP95Ms = median(rc.map((x) => quantile(x.times, 0.95)));
  const recheckP50Ms = median(rc.map((x) => quantile(x.times, 0.5)));
  const fullCheckMs = median(rc.map((x) => x.full));
  say(`re-check after a keystroke (${DRAFT_WORDS} words, ${DRAFT_QUOTES} quotes): p50 ${recheckP50Ms.toFixed(2)} ms, p95 ${recheckP95Ms.toFixed(2)} ms; first check ${fullCheckMs.toFixed(0)} ms`);
  say(`  of which without names and attribution: p95 ${recheckQuotesP95Ms.toFixed(2)} ms`);

  // The alternatives, on a sample of the same quotes.
  let alternatives: Record<string, ToolResult> | undefined;
  let ratios: Record<string, number> | undefined;
  let ours: { medianMsPerQuote: number; misquotesLocated: number; verifiedLocated: number; misquotes: number; verified: number } | undefined;
  if (o.alternatives) {
    const perKind = corpusMB > 10 ? 6 : 12;
    const valid = quoteRuns.filter((r) => r.valid);
    const sample = [...valid.filter((r) => r.planted.expected === 'misquote').slice(0, perKind), ...valid.filter((r) => r.planted.expected === 'verified').slice(0, perKind / 2)];
    const files = resolveSourceFiles(disk.dir, ['sources/**']).files;
    ours = {
      medianMsPerQuote: round(median(sample.map((s) => median(passes.map((p) => p[quoteRuns.indexOf(s)].ms)))), 3),
      misquotesLocated: sample.filter((s) => s.planted.expected === 'misquote' && located(s, disk.dir)).length,
      verifiedLocated: sample.filter((s) => s.planted.expected === 'verified' && located(s, disk.dir)).length,
      misquotes: sample.filter((s) => s.planted.expected === 'misquote').length,
      verified: sample.filter((s) => s.planted.expected === 'verified').length,
    };
    say(`alternatives on ${sample.length} of the same quotes (${ours.misquotes} misquotes, ${ours.verified} verified):`);
    say(`  verbatim: ${ours.medianMsPerQuote} ms per quote; located ${ours.misquotesLocated}/${ours.misquotes} misquotes, ${ours.verifiedLocated}/${ours.verified} verified`);
    alternatives = runAlternatives(disk.dir, sample, files, 60_000);
    ratios = {};
    for (const [name, r] of Object.entries(alternatives)) {
      if (!r.available) continue;
      ratios[name] = round(r.medianMsPerQuote! / ours.medianMsPerQuote, 0);
      say(
        `  ${name}: ${r.medianMsPerQuote} ms per quote (${ratios[name]}x slower); located ${r.misquotesLocated}/${ours.misquotes} misquotes, ` +
          `${r.verifiedLocated}/${ours.verified} verified; ${r.filesListedPerQuote} files listed per quote${r.timeouts ? `; ${r.timeouts} timed out` : ''}`,
      );
    }
  }

  return {
    articles: n,
    corpusMB: round(corpusMB, 1),
    words: corpus!.size,
    indexMs: Math.round(indexMs),
    indexMBps: round(corpusMB / (indexMs / 1000), 1),
    heapMB: round(heapMB, 1),
    heapPerCorpus: round(heapMB / corpusMB, 2),
    persistedLoadMs: Math.round(persisted.ms),
    persistedHeapMB: round(persisted.mb, 1),
    nameIndexMs: nameIndexMs === undefined ? undefined : Math.round(nameIndexMs),
    sourceQuotesMs: sourceQuotesMs === undefined ? undefined : Math.round(sourceQuotesMs),
    namesMB: namesMB === undefined ? undefined : round(namesMB, 1),
    quoteLookupP50Ms: round(p50, 3),
    quoteLookupP95Ms: round(p95, 3),
    recheckP50Ms: round(recheckP50Ms, 2),
    recheckP95Ms: round(recheckP95Ms, 2),
    recheckWithoutNamesP95Ms: round(recheckQuotesP95Ms, 2),
    fullCheckMs: Math.round(fullCheckMs),
    coldStartMs,
    recall,
    smallCorpusRecall: small,
    ours,
    alternatives,
    ratios,
    runs,
  };
}

function machine(): Record<string, unknown> {
  return { cpu: os.cpus()[0]?.model, cores: os.cpus().length, memoryGB: round(os.totalmem() / 1024 ** 3, 1), node: process.version, platform: `${os.platform()} ${os.release()}` };
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  if (typeof o === 'string') {
    process.stderr.write(`bench: ${o}\n`);
    return o === USAGE ? 0 : 2;
  }
  quiet = o.json;
  if (!(globalThis as { gc?: unknown }).gc) process.stderr.write('bench: run with --expose-gc (npm run bench does) for memory figures\n');
  if (!fs.existsSync(path.join(ROOT, 'dist', 'server.js'))) {
    process.stderr.write('bench: dist/server.js is missing; run `node esbuild.mjs` first\n');
    return 2;
  }
  const m = machine();
  say(`# Verbatim benchmark — ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}`);
  const poolDir = defaultPoolDir(ROOT);
  const pool = loadPool(poolDir);
  say(`sentence pool: ${pool.sentences.length} sentences from ${poolDir}`);
  const results: Array<Record<string, unknown>> = [];
  for (const n of o.sizes) results.push(await measure(pool, o, n));
  const out = results.length === 1 ? { ...results[0], machine: m } : { machine: m, results };
  process.stdout.write(JSON.stringify(out) + '\n');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);

/**
 * Benchmark corpora built from real news sentences: N articles made of the Wikinews 2019 sample's sentences,
 * reshuffled, with names varied, and drafts whose quotations are taken from the generated articles (verbatim or with
 * one to three words changed). Everything follows from the seed, so a run can be repeated exactly.
 *
 * Sentences are spliced at shared function words ("... the | ...") so that a 10k or 100k archive is not the same few
 * thousand sentences repeated hundreds of times, which no real archive is; each stretch of text is still real prose.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseArticle } from '../server/src/engine/article';

/** A small deterministic PRNG (xorshift32 on a mixed seed); Math.random is never used here. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    let s = (seed ^ 0x9e3779b9) >>> 0;
    s = Math.imul(s ^ (s >>> 16), 0x85ebca6b) >>> 0;
    s = Math.imul(s ^ (s >>> 13), 0xc2b2ae35) >>> 0;
    this.state = (s ^ (s >>> 16)) >>> 0 || 1;
  }
  /** A float in [0, 1). */
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    this.state = x;
    return x / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

/** A sentence as whitespace-separated chunks, with where a splice may happen. */
interface Sentence {
  chunks: string[];
  /** Chunk positions outside quotation marks (so a splice never unbalances them). */
  free: boolean[];
}

export interface SentencePool {
  sentences: Sentence[];
  titles: string[];
  /** Sentence lengths of real articles, in characters, to draw article sizes from. */
  bodyLengths: number[];
  /** Capitalised words used as names inside sentences (the vocabulary names are varied from). */
  names: string[];
  /** For each joint word, where it occurs: [sentence, chunk]. */
  joints: Map<string, Array<[number, number]>>;
}

const JOINT_WORDS = new Set('the a an of to in on for with that and as at by from said was is were has have'.split(' '));
const NOT_NAMES = new Set(
  ('Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December The A An He She It They We I In On At By For And But Of This That These ' +
    'Those There His Her Their Its Our Mr Mrs Ms Dr').split(' '),
);
const NAME_RE = /^([A-Z][a-z]{2,})((?:['’]s)?[,.;:]?)$/;

/** The real sample: ../shared/corpora/wikinews-2019 beside the project, else the copy in the test fixtures. */
export function defaultPoolDir(root: string): string {
  const shared = path.join(root, '..', 'shared', 'corpora', 'wikinews-2019');
  return fs.existsSync(shared) ? shared : path.join(root, 'test', 'fixtures', 'wikinews-2019');
}

function splitSentences(paragraph: string): string[] {
  const parts = paragraph.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/);
  const out: string[] = [];
  let pending = '';
  for (const p of parts) {
    pending = pending ? `${pending} ${p}` : p;
    const straight = (pending.match(/"/g) ?? []).length;
    const open = (pending.match(/“/g) ?? []).length;
    const close = (pending.match(/”/g) ?? []).length;
    // A quotation that runs over several sentences stays one unit.
    if (straight % 2 === 0 && open === close) {
      out.push(pending);
      pending = '';
    }
  }
  return out;
}

export function loadPool(dir: string): SentencePool {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f) && !/^[A-Z]+\.md$/.test(f))
    .sort();
  if (files.length === 0) throw new Error(`no articles in ${dir}`);
  const pool: SentencePool = { sentences: [], titles: [], bodyLengths: [], names: [], joints: new Map() };
  const names = new Set<string>();
  for (const f of files) {
    const article = parseArticle(f, fs.readFileSync(path.join(dir, f), 'utf8'));
    pool.titles.push(article.title);
    let length = 0;
    for (const para of article.text.slice(article.bodyStart).split(/\r?\n\s*\r?\n/)) {
      const p = para.replace(/\s+/g, ' ').trim();
      // Prose only: datelines, captions ("Image: ...") and list lines are left out.
      if (p.length < 60 || !/[.!?]["”]?$/.test(p) || /Image:|^[#*|>-]|█/.test(p)) continue;
      for (const s of splitSentences(p)) {
        if (s.length < 25 || s.length > 600) continue;
        const chunks = s.split(' ');
        const free: boolean[] = [];
        let inside = 0; // open quotations: straight marks toggle, curly ones nest
        let straight = false;
        chunks.forEach((c, i) => {
          free.push(inside === 0 && !straight && !/["“”]/.test(c));
          for (const ch of c) {
            if (ch === '"') straight = !straight;
            else if (ch === '“') inside++;
            else if (ch === '”') inside = Math.max(0, inside - 1);
          }
          const m = NAME_RE.exec(c);
          const prev = chunks[i - 1] ?? '';
          if (m && i > 0 && !/[.!?:"“]$/.test(prev) && !NOT_NAMES.has(m[1])) names.add(m[1]);
        });
        pool.sentences.push({ chunks, free });
        length += s.length + 1;
      }
    }
    if (length > 200) pool.bodyLengths.push(length);
  }
  pool.sentences.forEach((s, si) =>
    s.chunks.forEach((c, ci) => {
      // A joint is a bare function word outside quotation marks, not the last word of the sentence.
      if (!s.free[ci] || ci === 0 || ci >= s.chunks.length - 2 || !JOINT_WORDS.has(c)) return;
      let list = pool.joints.get(c);
      if (!list) pool.joints.set(c, (list = []));
      list.push([si, ci]);
    }),
  );
  pool.names = [...names].sort();
  return pool;
}

/** One new sentence: runs of 4..14 words copied from real sentences, jumping between them at shared joint words. */
function makeSentence(pool: SentencePool, rng: Rng): string[] {
  let si = rng.int(pool.sentences.length);
  let ci = 0;
  const out: string[] = [];
  let run = rng.range(4, 14);
  for (;;) {
    const s = pool.sentences[si];
    if (ci >= s.chunks.length) break;
    out.push(s.chunks[ci]);
    run--;
    if (run <= 0 && out.length < 60 && s.free[ci] && JOINT_WORDS.has(s.chunks[ci])) {
      const places = pool.joints.get(s.chunks[ci]);
      if (places && places.length > 1) {
        const [nsi, nci] = rng.pick(places);
        if (nsi !== si) {
          si = nsi;
          ci = nci;
        }
      }
      run = rng.range(4, 14);
    }
    ci++;
  }
  return out;
}

/** Replaces some names of an article with others from the pool, consistently within the article. */
function varyNames(chunks: string[], pool: SentencePool, map: Map<string, string>, rng: Rng): string[] {
  return chunks.map((c, i) => {
    const m = NAME_RE.exec(c);
    if (!m || i === 0 || NOT_NAMES.has(m[1])) return c;
    let to = map.get(m[1]);
    if (to === undefined) {
      to = rng.next() < 0.5 ? rng.pick(pool.names) : m[1];
      map.set(m[1], to);
    }
    return to + m[2];
  });
}

export interface GeneratedArticle {
  /** Path relative to the corpus folder, e.g. sources/003/003412-some-title.md */
  relPath: string;
  text: string;
}

function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);
}

/** Article `index` of the corpus for `seed`: the same text whatever else is generated. */
export function generateArticle(pool: SentencePool, seed: number, index: number): GeneratedArticle {
  const rng = new Rng(seed * 1_000_003 + index);
  const names = new Map<string, string>();
  const title = varyNames(rng.pick(pool.titles).split(' '), pool, names, rng).join(' ');
  const target = rng.pick(pool.bodyLengths);
  const date = `${2000 + rng.int(25)}-${String(1 + rng.int(12)).padStart(2, '0')}-${String(1 + rng.int(28)).padStart(2, '0')}`;
  const paragraphs: string[] = [];
  let length = 0;
  while (length < target) {
    const sentences: string[] = [];
    const count = rng.range(1, 4);
    for (let k = 0; k < count && length < target; k++) {
      const s = varyNames(makeSentence(pool, rng), pool, names, rng).join(' ');
      sentences.push(s);
      length += s.length + 1;
    }
    paragraphs.push(sentences.join(' '));
  }
  const id = String(index).padStart(6, '0');
  const text =
    `---\ntitle: "${title.replace(/"/g, "'")}"\ndate: ${date}\nsource: https://example.org/archive/${id}\n---\n\n` +
    paragraphs.join('\n\n') +
    '\n';
  return { relPath: path.join('sources', id.slice(0, 3), `${id}-${slug(title) || 'article'}.md`), text };
}

export function* generateArticles(pool: SentencePool, seed: number, count: number): Generator<GeneratedArticle> {
  for (let i = 0; i < count; i++) yield generateArticle(pool, seed, i);
}

export type ChangeKind = 'changed' | 'dropped' | 'added' | 'negation' | 'number' | 'name';

export interface PlantedQuote {
  /** The quotation as it stands in the draft, without its marks. */
  text: string;
  /** The source wording it was taken from. */
  original: string;
  expected: 'verified' | 'misquote';
  change?: ChangeKind;
  /** The generated article it comes from (relative path). */
  article: string;
}

export interface GeneratedDraft {
  text: string;
  quotes: PlantedQuote[];
}

const REPLACEMENTS = ['important', 'serious', 'several', 'many', 'recent', 'major', 'local', 'strong', 'early', 'large'];
const ADDED = ['really', 'very', 'certainly', 'also', 'still', 'clearly'];
const WORD_RE = /^[A-Za-z][a-z]+$/;

/** Changes one to three words of a passage the way writers misquote: a word, a negation, a number, a name. */
function misquote(words: string[], pool: SentencePool, rng: Rng): { words: string[]; change: ChangeKind } | undefined {
  const w = [...words];
  const inner = (i: number) => i > 0 && i < w.length - 1;
  const order: ChangeKind[] = ['changed', 'dropped', 'added', 'negation', 'number', 'name'];
  const start = rng.int(order.length);
  for (let k = 0; k < order.length; k++) {
    const kind = order[(start + k) % order.length];
    const candidates = w.map((_, i) => i).filter(inner);
    if (kind === 'number') {
      const i = candidates.find((j) => /^\d+$/.test(w[j]));
      if (i === undefined) continue;
      w[i] = String(Number(w[i]) + 1 + rng.int(9));
      return { words: w, change: kind };
    }
    if (kind === 'name') {
      const i = candidates.find((j) => NAME_RE.test(w[j]) && /^[A-Z][a-z]+$/.test(w[j]) && !NOT_NAMES.has(w[j]));
      if (i === undefined) continue;
      let other = rng.pick(pool.names);
      if (other === w[i]) other = rng.pick(pool.names);
      if (other === w[i]) continue;
      w[i] = other;
      return { words: w, change: kind };
    }
    if (kind === 'negation') {
      const i = candidates.find((j) => /^(?:is|was|are|were|will|would|can|could|has|have|had|did|does|should)$/.test(w[j]));
      if (i === undefined) continue;
      if (w[i + 1] === 'not') w.splice(i + 1, 1);
      else w.splice(i + 1, 0, 'not');
      return { words: w, change: kind };
    }
    const content = candidates.filter((j) => WORD_RE.test(w[j]) && w[j].length > 3 && !/^[A-Z]/.test(w[j]));
    if (content.length === 0) continue;
    const i = rng.pick(content);
    if (kind === 'changed') {
      const to = rng.pick(REPLACEMENTS.filter((r) => r !== w[i]));
      w[i] = to;
      // Two changed words now and then, as writers do when paraphrasing from memory.
      const j = content.find((x) => Math.abs(x - i) > 2);
      if (j !== undefined && w.length >= 12 && rng.next() < 0.3) w[j] = rng.pick(REPLACEMENTS.filter((r) => r !== w[j]));
    } else if (kind === 'dropped') {
      if (w.length < 7) continue;
      w.splice(i, 1);
    } else {
      w.splice(i, 0, rng.pick(ADDED));
    }
    return { words: w, change: kind };
  }
  return undefined;
}

/** A passage of 6..18 words from an article's prose: no quotation marks, brackets or ellipses inside. */
function pickPassage(text: string, rng: Rng): string[] | undefined {
  const body = text.slice(text.indexOf('\n---\n') + 5);
  const paragraphs = body.split(/\n\n+/).filter((p) => p.trim());
  for (let attempt = 0; attempt < 20; attempt++) {
    const chunks = rng.pick(paragraphs).trim().split(' ');
    const len = rng.range(6, 18);
    if (chunks.length < len + 2) continue;
    const from = rng.int(chunks.length - len);
    const words = chunks.slice(from, from + len);
    if (words.some((c) => /["“”‘’'()[\]…]|\.\.\.|--|—|–/.test(c))) continue;
    // Trailing punctuation stays outside the quotation marks; inner sentence ends would make two sentences.
    words[words.length - 1] = words[words.length - 1].replace(/[.,;:!?]+$/, '');
    if (words.slice(0, -1).some((c) => /[.!?:;]$/.test(c))) continue;
    if (!words[words.length - 1] || !/\w/.test(words[0])) continue;
    return words;
  }
  return undefined;
}

/**
 * A draft of about `words` words holding `quotes` quotations from articles of the corpus (`corpusSeed`, `articles`
 * articles), about half misquoted. Filler prose is generated the same way as the articles, without quotation marks.
 */
export function generateDraft(
  pool: SentencePool,
  corpusSeed: number,
  articles: number,
  seed: number,
  options: { words: number; quotes: number; misquoteShare?: number },
): GeneratedDraft {
  const rng = new Rng(seed * 7919 + corpusSeed);
  const share = options.misquoteShare ?? 0.5;
  const quotes: PlantedQuote[] = [];
  let guard = 0;
  while (quotes.length < options.quotes && guard++ < options.quotes * 50) {
    const article = generateArticle(pool, corpusSeed, rng.int(articles));
    const passage = pickPassage(article.text, rng);
    if (!passage) continue;
    const original = passage.join(' ');
    if (rng.next() < share) {
      const m = misquote(passage, pool, rng);
      if (!m) continue;
      quotes.push({ text: m.words.join(' '), original, expected: 'misquote', change: m.change, article: article.relPath });
    } else {
      quotes.push({ text: original, original, expected: 'verified', article: article.relPath });
    }
  }
  const leads = ['The report said', 'According to the article,', 'As the story put it,', 'The article reads:', 'We read that'];
  const fillerWords = Math.max(0, options.words - quotes.reduce((n, q) => n + q.text.split(' ').length + 4, 0));
  const perGap = fillerWords / (quotes.length + 1);
  const filler = (n: number) => {
    const out: string[] = [];
    let count = 0;
    while (count < n) {
      const s = makeSentence(pool, rng);
      // No quotation marks at all in filler, single ones included ('bubbler'), so the draft's quotes are the planted ones.
      if (s.some((c) => /["“”]|^[(]?['‘]|['’][).,;:!?]*$/.test(c))) continue;
      out.push(s.join(' '));
      count += s.length;
    }
    return out.join(' ');
  };
  const paragraphs: string[] = ['# Draft\n'];
  for (const q of quotes) {
    paragraphs.push(`${filler(perGap)} ${rng.pick(leads)} “${q.text}”.`);
  }
  paragraphs.push(filler(perGap));
  return { text: paragraphs.join('\n\n') + '\n', quotes };
}

/** Writes the corpus under `dir` (sources/NNN/*.md); returns the total size of the article files in bytes. */
export function writeCorpus(pool: SentencePool, seed: number, count: number, dir: string): number {
  let bytes = 0;
  const made = new Set<string>();
  for (const a of generateArticles(pool, seed, count)) {
    const file = path.join(dir, a.relPath);
    const folder = path.dirname(file);
    if (!made.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    fs.writeFileSync(file, a.text);
    bytes += Buffer.byteLength(a.text);
  }
  return bytes;
}

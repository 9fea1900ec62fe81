/**
 * Word-level alignment of a quote against the corpus. Candidate places come from diagonal voting over the quote's
 * word occurrences; each candidate window is aligned with a semi-global edit distance (the whole quote against any
 * stretch of the source), in which a bracketed insertion ("[the OSCE]") is a wildcard for 0..8 source words.
 */
import { Corpus } from './corpus';
import { wordWeight } from './text';

export interface QuoteToken {
  norm: string;
  /** Offsets in the draft. */
  start: number;
  end: number;
  /** A bracketed insertion: stands for a few source words or none. */
  wildcard?: boolean;
}

export type AlignOp =
  | { kind: 'match' | 'sub'; q: number; s: number }
  | { kind: 'ins'; q: number } // a draft word that the source does not have
  | { kind: 'del'; s: number } // a source word that the draft dropped
  | { kind: 'wild'; q: number; sFrom: number; sTo: number }; // wildcard over source tokens [sFrom, sTo)

export interface Alignment {
  /** Corpus token positions of the first and last source word the quote covers (inclusive). */
  first: number;
  last: number;
  /** Words changed, added or dropped: 0 means the quote is verbatim. */
  cost: number;
  /** The alignment's score (lower is better), comparable between places for the same quote. */
  score: number;
  ops: AlignOp[];
  matches: number;
  matchedWeight: number;
  quoteWeight: number;
  sourceWeight: number;
}

export const WILDCARD_MAX_WORDS = 8;

/** Dice similarity of the matched words, with function words weighing less. */
export function similarity(a: Alignment): number {
  const total = a.quoteWeight + a.sourceWeight;
  return total === 0 ? 0 : (2 * a.matchedWeight) / total;
}

// Scoring (lower is better): a matched word earns a point; a changed word costs less than an added or dropped one,
// so "changed its stance" reads as stance→position, yet two dropped words beat a changed word plus a cut
// ("political [and diplomatic] means").
const MATCH = -1;
const SUBSTITUTE = 0.5;
const GAP = 0.6;
// A changed first or last word is unlikely where the source's sentence or quotation ends right beside it.
const BOUNDARY = 0.3;

/** Aligns the whole quote against the best stretch of source tokens within [winStart, winEnd). */
export function alignInWindow(
  corpus: Corpus,
  q: QuoteToken[],
  winStart: number,
  winEnd: number,
  /** On a tie, take the latest place rather than the earliest (a piece just before the next one). */
  preferLate = false,
): Alignment | null {
  const m = q.length;
  const n = winEnd - winStart;
  if (m === 0 || n <= 0) return null;
  const W = n + 1;
  const D = new Float64Array((m + 1) * W);
  // Words compare as ids: one id per normalised word, -1 for a word the corpus does not have.
  const qid = q.map((t) => (t.wildcard ? -2 : corpus.wordId(t.norm)));
  const src = new Int32Array(n);
  const boundary: boolean[] = new Array(n + 1);
  corpus.readWords(winStart, winEnd, src);
  for (let j = 0; j <= n; j++) boundary[j] = corpus.boundaryBefore(winStart + j);
  // Cost of aligning quote token i-1 with source token j-1.
  const diag = (i: number, j: number): number => {
    if (qid[i - 1] === src[j - 1]) return MATCH;
    let c = SUBSTITUTE;
    if (i === m && boundary[j - 1]) c += BOUNDARY;
    if (i === 1 && boundary[j]) c += BOUNDARY;
    return c;
  };
  for (let i = 1; i <= m; i++) {
    const qi = q[i - 1];
    const row = i * W;
    const prev = (i - 1) * W;
    D[row] = D[prev] + (qi.wildcard ? 0 : GAP);
    for (let j = 1; j <= n; j++) {
      let best: number;
      if (qi.wildcard) {
        best = D[prev + j];
        for (let k = 1; k <= WILDCARD_MAX_WORDS && k <= j; k++) best = Math.min(best, D[prev + j - k]);
      } else {
        best = Math.min(D[prev + j - 1] + diag(i, j), D[prev + j] + GAP, D[row + j - 1] + GAP);
      }
      D[row + j] = best;
    }
  }
  // Free end: the best place for the quote's last word (the shortest stretch on a tie).
  let endJ = 1;
  for (let j = 2; j <= n; j++) {
    if (D[m * W + j] < D[m * W + endJ] - 1e-9 || (preferLate && D[m * W + j] <= D[m * W + endJ] + 1e-9)) endJ = j;
  }

  const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  const ops: AlignOp[] = [];
  let i = m;
  let j = endJ;
  while (i > 0) {
    const qi = q[i - 1];
    const here = D[i * W + j];
    if (qi.wildcard) {
      let k = 0;
      for (let kk = 0; kk <= WILDCARD_MAX_WORDS && kk <= j; kk++) {
        if (same(D[(i - 1) * W + j - kk], here)) {
          k = kk;
          break;
        }
      }
      ops.push({ kind: 'wild', q: i - 1, sFrom: winStart + j - k, sTo: winStart + j });
      i--;
      j -= k;
      continue;
    }
    if (j > 0 && same(D[(i - 1) * W + j - 1] + diag(i, j), here)) {
      ops.push({ kind: qid[i - 1] === src[j - 1] ? 'match' : 'sub', q: i - 1, s: winStart + j - 1 });
      i--;
      j--;
    } else if (same(D[(i - 1) * W + j] + GAP, here)) {
      ops.push({ kind: 'ins', q: i - 1 });
      i--;
    } else if (j > 0 && same(D[i * W + j - 1] + GAP, here)) {
      ops.push({ kind: 'del', s: winStart + j - 1 });
      j--;
    } else {
      break; // unreachable with a consistent table
    }
  }
  ops.reverse();

  let first = -1;
  let last = -1;
  let matches = 0;
  let edits = 0;
  let matchedWeight = 0;
  let quoteWeight = 0;
  let sourceWeight = 0;
  for (const op of ops) {
    if (op.kind === 'match' || op.kind === 'sub' || op.kind === 'del') {
      if (first < 0) first = op.s;
      last = op.s;
      sourceWeight += wordWeight(corpus.wordAt(op.s));
    }
    if (op.kind === 'wild' && op.sTo > op.sFrom) {
      if (first < 0) first = op.sFrom;
      last = op.sTo - 1;
    }
    if (op.kind === 'match' || op.kind === 'sub' || op.kind === 'ins') quoteWeight += wordWeight(q[op.q].norm);
    if (op.kind === 'match') {
      matches++;
      matchedWeight += wordWeight(q[op.q].norm);
    } else if (op.kind !== 'wild') edits++;
  }
  if (first < 0) return null;
  return { first, last, cost: edits, score: D[m * W + endJ], ops, matches, matchedWeight, quoteWeight, sourceWeight };
}

export interface Candidate {
  article: number;
  winStart: number;
  winEnd: number;
  votes: number;
}

const BUCKET = 8;
/**
 * How many of the best buckets of each kind of vote are looked at closely: at least SHORTLIST, and every bucket tied
 * with the last of those (a phrase repeated in hundreds of articles ties them all), up to MAX_RECOUNT. Each place
 * counted reads the forward index there (from disk, on a persisted index's first lookups). Fewer would start a
 * 100,000-article archive faster (256: first diagnostics ~0.15 s sooner) but lose planted misquotes there (1,024 and
 * 512: 99% of 102; 256: 98%), so recall wins.
 */
const SHORTLIST = 64;
const MAX_RECOUNT = 2048;
/** How many of the best-counted buckets are told apart by their words in line (a few windows are aligned). */
const LEADING = 32;
/**
 * Occurrences looked up per quote and kind of vote: the rarest pairs (or words) first, until this many, so the cost
 * of a lookup stays flat however big the archive and however common the quote's words.
 */
const VOTE_BUDGET = 4000;
/**
 * A word or pair more common than this does not vote, unless nothing rarer did: then its first occurrences vote (a
 * quote made only of such words is found anywhere).
 */
const MAX_LIST = 8000;

/**
 * Places in the corpus where many of the quote's words line up on one diagonal (source position − quote position),
 * best first. Places are found by the quote's rarest word pairs (an index lookup each) and by its rarest words; each
 * place found then has its words counted on the forward index, so the ranking uses every word of the quote however
 * common, and the cost does not grow with the archive.
 */
export function findCandidates(corpus: Corpus, q: QuoteToken[], limit = 8): Candidate[] {
  // A typed array: every function below sees one kind of array, so the first check after a start is not spent on
  // code that is thrown away and compiled again for another kind.
  const ids = Int32Array.from(q, (t) => (t.wildcard ? -2 : corpus.wordId(t.norm)));
  let wordCount = 0;
  for (const id of ids) if (id !== -2) wordCount++;
  if (wordCount === 0) return [];
  const minVotes = Math.min(2, wordCount);
  const found = new Map<number, number>(); // bucket → pair votes
  const pairs = pairVotes(corpus, ids);
  for (const [bucket, votes] of pairs.top) found.set(bucket, votes);
  const counted = new Map<number, RankedBucket | null>();
  const quote = new QuoteWords(ids);
  let ranked = recount(corpus, quote, found, minVotes, counted);
  // Rare words find places whose pairs were changed, or are not indexed because a word in them is rare. Not needed
  // when every pair of the quote voted in full and a place holds every word: the pairs found every such place.
  if (!(pairs.complete && ranked.topWords === wordCount)) {
    for (const [bucket] of wordVotes(corpus, ids).top) if (!found.has(bucket)) found.set(bucket, 0);
    ranked = recount(corpus, quote, found, minVotes, counted);
  }
  const slack = Math.max(8, Math.ceil(q.length / 3));
  const out: Candidate[] = [];
  for (const { bucket, words } of ranked.inOrder()) {
    if (out.length >= limit) break;
    const center = bucket * BUCKET;
    const pos = Math.max(0, Math.min(corpus.size - 1, center));
    const article = corpus.articleIndexAt(pos);
    const [aFirst, aEnd] = corpus.articleTokenRange(article);
    const winStart = Math.max(aFirst, center - BUCKET - slack);
    const winEnd = Math.min(aEnd, center + q.length + BUCKET + slack);
    if (winEnd <= winStart) continue;
    // Neighbouring buckets see the same place: a window mostly inside one already taken adds nothing.
    const overlapsTaken = out.some((c) => Math.min(winEnd, c.winEnd) - Math.max(winStart, c.winStart) >= (winEnd - winStart) / 2);
    if (overlapsTaken) continue;
    out.push({ article, winStart, winEnd, votes: words });
  }
  return out;
}

/**
 * Votes per diagonal bucket, in a flat hash table that is reused (a quote casts thousands of votes; a Map per quote
 * costs more than the rest of the lookup). Keeps the order in which buckets were first voted for.
 */
class VoteTable {
  // Sized for a full round of votes (VOTE_BUDGET occurrences and then a list of MAX_LIST, two buckets each) at most
  // half full: growing it rehashes every entry, which otherwise falls on the first check after a start.
  private bits = 17;
  private keys = new Int32Array(1 << 17);
  private votes = new Int32Array(1 << 17);
  private stamp = new Uint32Array(1 << 17);
  private order = new Int32Array(1 << 16);
  private gen = 1;
  size = 0;

  reset(): void {
    this.size = 0;
    if (++this.gen === 0xffffffff) {
      this.stamp.fill(0);
      this.gen = 1;
    }
  }

  add(key: number): void {
    const mask = (1 << this.bits) - 1;
    let h = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    while (this.stamp[h] === this.gen && this.keys[h] !== key) h = (h + 1) & mask;
    if (this.stamp[h] === this.gen) {
      this.votes[h]++;
      return;
    }
    this.stamp[h] = this.gen;
    this.keys[h] = key;
    this.votes[h] = 1;
    this.order[this.size++] = h;
    if (this.size * 2 >= 1 << this.bits) this.grow();
  }

  private grow(): void {
    const entries = this.entries();
    this.bits++;
    this.keys = new Int32Array(1 << this.bits);
    this.votes = new Int32Array(1 << this.bits);
    this.stamp = new Uint32Array(1 << this.bits);
    this.order = new Int32Array(1 << (this.bits - 1));
    this.gen = 1;
    this.size = 0;
    for (const [key, votes] of entries) {
      this.add(key);
      this.votes[this.order[this.size - 1]] = votes;
    }
  }

  /** [bucket, votes] in the order first voted for. */
  entries(): Array<[number, number]> {
    const out: Array<[number, number]> = new Array(this.size);
    for (let i = 0; i < this.size; i++) out[i] = [this.keys[this.order[i]], this.votes[this.order[i]]];
    return out;
  }

  /**
   * The `n` buckets with most votes and those tied with the last of them, up to `cap`; first voted first among equals.
   * `cut` says whether some of those tied were left out.
   */
  top(n: number, cap: number): { top: Array<[number, number]>; cut: boolean } {
    let max = 0;
    for (let i = 0; i < this.size; i++) max = Math.max(max, this.votes[this.order[i]]);
    const perLevel = new Int32Array(max + 1);
    for (let i = 0; i < this.size; i++) perLevel[this.votes[this.order[i]]]++;
    let level = max;
    let taken = 0;
    while (level > 1 && taken + perLevel[level] < n) taken += perLevel[level--];
    const out: Array<[number, number]> = [];
    let atLevel = Math.max(0, cap - taken);
    for (let i = 0; i < this.size; i++) {
      const h = this.order[i];
      const v = this.votes[h];
      if (v > level || (v === level && atLevel-- > 0)) out.push([this.keys[h], v]);
    }
    return { top: out.sort((a, b) => b[1] - a[1]), cut: atLevel < 0 };
  }
}

const table = new VoteTable();

/** A word's or pair's occurrences: how many, and the first `limit` of them (read only when the list votes). */
type VoteList = { qi: number; count: number; positions: (limit: number) => ArrayLike<number> };

/**
 * Casts the votes of some of the quote's occurrences: `lists` gives, per quote position, how often its word (or pair)
 * occurs and a way to get the positions. The rarest go first, in rounds over up to four stretches of the quote (the
 * rarest left in each), so that the place holding the whole quote outvotes the many places that repeat part of it,
 * as wire copy does; after about VOTE_BUDGET occurrences, the rest are left out. Returns the best buckets.
 */
function vote(lists: VoteList[]): { top: Array<[number, number]>; complete: boolean } {
  table.reset();
  const live = lists.filter((l) => l.count > 0);
  if (live.length === 0) return { top: [], complete: false };
  const span = live[live.length - 1].qi + 1;
  const parts = Math.min(4, live.length);
  const queues: VoteList[][] = Array.from({ length: parts }, () => []);
  for (const l of live) queues[Math.min(parts - 1, Math.floor((l.qi * parts) / span))].push(l);
  for (const q of queues) q.sort((a, b) => a.count - b.count || a.qi - b.qi);
  let cast = 0;
  let used = 0;
  let complete = true; // every list voted with all its occurrences
  for (let round = 0; ; round++) {
    let any = false;
    for (const q of queues) {
      const l = q[round];
      if (!l) continue;
      any = true;
      // Enough evidence once every stretch has voted and the budget is spent.
      if (cast >= VOTE_BUDGET && used >= Math.max(3, parts)) return { top: table.top(SHORTLIST, MAX_RECOUNT).top, complete: false };
      if (l.count > MAX_LIST && used > 0) {
        complete = false;
        continue;
      }
      const ps = l.positions(MAX_LIST);
      if (ps.length === 0) continue;
      used++;
      let lastBucket = -Infinity;
      const end = Math.min(ps.length, MAX_LIST);
      if (end < ps.length) complete = false;
      for (let k = 0; k < end; k++) {
        // Each position votes for its diagonal's bucket and the next, once per quote position.
        const bucket = Math.floor((ps[k] - l.qi) / BUCKET);
        for (let b = Math.max(bucket, lastBucket + 1); b <= bucket + 1; b++) table.add(b);
        lastBucket = bucket + 1;
      }
      cast += end;
    }
    if (!any) break;
  }
  const { top, cut } = table.top(SHORTLIST, MAX_RECOUNT);
  return { top, complete: complete && !cut };
}

/**
 * Votes of the quote's adjacent word pairs (pairs not indexed do not vote). Complete when every pair of the quote is
 * indexed and voted with all its occurrences.
 */
function pairVotes(corpus: Corpus, ids: Int32Array): { top: Array<[number, number]>; complete: boolean } {
  const lists: VoteList[] = [];
  let indexed = true;
  for (let qi = 0; qi + 1 < ids.length; qi++) {
    if (ids[qi] === -2 || ids[qi + 1] === -2) continue; // no pair across a bracketed insertion
    const count = ids[qi] < 0 || ids[qi + 1] < 0 ? 0 : corpus.pairCountBound(ids[qi], ids[qi + 1]);
    if (count < 0) indexed = false;
    else if (count > 0) lists.push({ qi, count, positions: () => corpus.pairPositions(ids[qi], ids[qi + 1]) ?? [] });
  }
  const result = vote(lists);
  return { top: result.top, complete: result.complete && indexed };
}

/** Votes of the quote's words, rarest first. */
function wordVotes(corpus: Corpus, ids: Int32Array): { top: Array<[number, number]>; complete: boolean } {
  const lists: VoteList[] = [];
  for (let qi = 0; qi < ids.length; qi++) {
    const id = ids[qi];
    if (id >= 0) lists.push({ qi, count: corpus.countOf(id), positions: (limit) => corpus.occurrencesOf(id, limit) });
  }
  return vote(lists);
}

class RankedBucket {
  constructor(
    readonly bucket: number,
    /** Quote words standing on the bucket's diagonals. */
    readonly words: number,
    /** Quote words standing on the bucket's best single diagonal: the words in the quote's own order and spacing. */
    public inLine: number,
    readonly pairs: number,
    readonly firstQ: number,
    readonly firstPos: number,
  ) {}
}

/**
 * The quote's word ids in a small open-addressing table (id → the first quote position holding it, then `next`):
 * counting a window is then a loop over typed arrays, the hottest loop of a 100,000-article archive's first check.
 */
class QuoteWords {
  private readonly keys: Int32Array;
  private readonly heads: Int32Array;
  private readonly next: Int32Array;
  private readonly shift: number;
  /** The count (stamp) in which each quote position was last seen, and where. */
  private readonly seenIn: Int32Array;
  private readonly firstPosOf: Int32Array;
  private stamp = 0;

  constructor(readonly ids: Int32Array) {
    let bits = 4;
    while (1 << bits < 4 * ids.length) bits++;
    this.shift = 32 - bits;
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.heads = new Int32Array(1 << bits);
    this.next = new Int32Array(ids.length);
    this.seenIn = new Int32Array(ids.length);
    this.firstPosOf = new Int32Array(ids.length);
    const mask = (1 << bits) - 1;
    for (let qi = ids.length - 1; qi >= 0; qi--) {
      const id = ids[qi];
      if (id < 0) continue;
      let h = Math.imul(id, 0x9e3779b1) >>> this.shift;
      while (this.keys[h] !== -1 && this.keys[h] !== id) h = (h + 1) & mask;
      this.next[qi] = this.keys[h] === id ? this.heads[h] : -1;
      this.keys[h] = id;
      this.heads[h] = qi;
    }
  }

  /**
   * Counts the quote words that stand at a position in [from, to] whose diagonal (position − quote position) lies in
   * [lo, lo + 2 * BUCKET), each quote position once; `window` holds the word ids of [from, to].
   */
  countWindow(window: Int32Array, from: number, to: number, lo: number): number {
    const { keys, heads, next, seenIn, firstPosOf } = this;
    const mask = keys.length - 1;
    const stamp = ++this.stamp;
    let words = 0;
    for (let pos = from; pos <= to; pos++) {
      const id = window[pos - from];
      let h = Math.imul(id, 0x9e3779b1) >>> this.shift;
      while (keys[h] !== id && keys[h] !== -1) h = (h + 1) & mask;
      if (keys[h] === -1) continue;
      for (let qi = heads[h]; qi >= 0; qi = next[qi]) {
        const d = pos - qi;
        if (d < lo || d >= lo + 2 * BUCKET || seenIn[qi] === stamp) continue;
        seenIn[qi] = stamp;
        firstPosOf[qi] = pos;
        words++;
      }
    }
    return words;
  }

  /** The first quote position seen by the last count, or -1. */
  firstSeen(): number {
    for (let qi = 0; qi < this.ids.length; qi++) if (this.seenIn[qi] === this.stamp) return qi;
    return -1;
  }

  /** Where quote position `qi` was seen by the last count. */
  seenAt(qi: number): number {
    return this.firstPosOf[qi];
  }
}

/**
 * Most quote words standing on one diagonal d in [lo, lo + 2 * BUCKET) (stops early on reaching `enough`); `window`
 * holds the word ids from position `from` on, up to lo + 2 * BUCKET + ids.length - 1 (or the corpus end).
 */
function inLineAt(window: Int32Array, from: number, ids: Int32Array, lo: number, size: number, enough = ids.length): number {
  let best = 0;
  for (let d = lo; d < lo + 2 * BUCKET && best < enough; d++) {
    let n = 0;
    for (let qi = 0; qi < ids.length; qi++) {
      const pos = d + qi;
      if (ids[qi] >= 0 && pos >= 0 && pos < size && window[pos - from] === ids[qi]) n++;
    }
    if (n > best) best = n;
  }
  return best;
}

/** Buckets as `recount` ranks them, read in order as far as the caller needs. */
interface Ranking {
  /** The most quote words a bucket holds (0 when none was ranked). */
  topWords: number;
  inOrder(): Iterable<RankedBucket>;
}

/**
 * Counts, for each bucket, the quote words that stand at a position whose diagonal falls in it or the one before
 * (what voting with every occurrence of every word would count) and, for the leading buckets, those on its best single
 * diagonal; ranks the buckets: most words, most words in line, most pairs, then the place where the quote's earliest
 * word matches first.
 */
function recount(
  corpus: Corpus,
  quote: QuoteWords,
  buckets: Map<number, number>,
  minVotes: number,
  counted: Map<number, RankedBucket | null> = new Map(),
): Ranking {
  const ids = quote.ids;
  const out: RankedBucket[] = [];
  const size = corpus.size;
  let wordCount = 0;
  for (const id of ids) if (id >= 0) wordCount++;
  let whole = 0; // places counted that hold every quote word in line
  // The word ids of the positions that the diagonals [lo, lo + 2 * BUCKET) cover: [max(0, lo), lastOf(lo)].
  const window = new Int32Array(2 * BUCKET + ids.length);
  const lastOf = (lo: number) => Math.min(size - 1, lo + 2 * BUCKET - 1 + ids.length - 1);
  for (const [bucket, pairs] of buckets) {
    // Buckets come with the most pair votes first: once LEADING places hold the whole quote in line, the rest can
    // at best tie with them (wire copy repeats a passage in hundreds of articles; counting them all is wasted).
    if (whole >= LEADING) break;
    // A bucket counted before (by the pairs' recount) keeps its counts: the rare words add places, not words.
    const known = counted.get(bucket);
    if (known !== undefined) {
      if (known) out.push(new RankedBucket(known.bucket, known.words, 0, pairs, known.firstQ, known.firstPos));
      continue;
    }
    const lo = BUCKET * (bucket - 1); // the diagonals counted: [lo, lo + 2 * BUCKET)
    const from = Math.max(0, lo);
    const to = lastOf(lo);
    corpus.readWords(from, to + 1, window);
    const words = quote.countWindow(window, from, to, lo);
    const firstQ = quote.firstSeen();
    const ranked = words >= minVotes ? new RankedBucket(bucket, words, 0, pairs, firstQ, firstQ < 0 ? 0 : quote.seenAt(firstQ)) : null;
    counted.set(bucket, ranked);
    if (ranked) {
      out.push(ranked);
      if (words === wordCount && inLineAt(window, from, ids, lo, size) === wordCount) whole++;
    }
  }
  // Words in line only decide between buckets with as many words as the leading ones.
  out.sort((a, b) => b.words - a.words);
  const floor = out.length ? out[Math.min(out.length, LEADING) - 1].words : 0;
  const inLineOf = (r: RankedBucket) => {
    const lo = BUCKET * (r.bucket - 1);
    const from = Math.max(0, lo);
    corpus.readWords(from, lastOf(lo) + 1, window);
    r.inLine = inLineAt(window, from, ids, lo, size, r.words);
  };
  return { topWords: out.length ? out[0].words : 0, inOrder: () => inRankOrder(out, floor, inLineOf) };
}

/** After words (and words in line): most pairs, then the place where the quote's earliest word matches first. */
function byTieBreak(a: RankedBucket, b: RankedBucket): number {
  return b.pairs - a.pairs || a.firstQ - b.firstQ || a.firstPos - b.firstPos || a.bucket - b.bucket;
}

/**
 * `counted` (sorted by words, most first) in rank order: most words, then, for buckets with at least `floor` words,
 * most words in line, then `byTieBreak`. Words in line are counted (`countInLine`) only as far as the order is read:
 * within a tier of equal words, taken in tie-break order, a bucket with all its words in line can only follow the
 * ones in line before it (given already), so it is given as soon as it is counted. A quote whose sentence repeats in
 * hundreds of articles has hundreds of buckets tied on words; the caller reads a few dozen.
 */
function* inRankOrder(counted: RankedBucket[], floor: number, countInLine: (r: RankedBucket) => void): Generator<RankedBucket> {
  for (let i = 0; i < counted.length; ) {
    const words = counted[i].words;
    let end = i;
    while (end < counted.length && counted[end].words === words) end++;
    const tier = counted.slice(i, end).sort(byTieBreak);
    i = end;
    if (words < floor) {
      yield* tier; // words in line not counted: 0 for all of them
      continue;
    }
    const fewer: RankedBucket[] = []; // counted, with some words out of line: they come after every bucket in line
    for (const r of tier) {
      countInLine(r);
      if (r.inLine === words) yield r;
      else fewer.push(r);
    }
    yield* fewer.sort((a, b) => b.inLine - a.inLine); // stable: tie-break order among equals
  }
}

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
  const src: string[] = new Array(n);
  const boundary: boolean[] = new Array(n + 1);
  for (let j = 0; j < n; j++) src[j] = corpus.wordAt(winStart + j);
  for (let j = 0; j <= n; j++) boundary[j] = boundaryBefore(corpus, winStart + j);
  // Cost of aligning quote token i-1 with source token j-1.
  const diag = (i: number, j: number): number => {
    if (q[i - 1].norm === src[j - 1]) return MATCH;
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
      ops.push({ kind: qi.norm === src[j - 1] ? 'match' : 'sub', q: i - 1, s: winStart + j - 1 });
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

/** Whether a sentence or quotation ends between corpus token `pos - 1` and token `pos`. */
function boundaryBefore(corpus: Corpus, pos: number): boolean {
  if (pos <= 0 || pos >= corpus.size || corpus.articleIndexAt(pos) !== corpus.articleIndexAt(pos - 1)) return true;
  const gap = corpus.articleAt(pos).text.slice(corpus.endOf(pos - 1), corpus.startOf(pos));
  return /[.!?;:"“”«»\n]/.test(gap);
}

export interface Candidate {
  article: number;
  winStart: number;
  winEnd: number;
  votes: number;
}

/** Places in the corpus where many of the quote's words line up on one diagonal, best first. */
export function findCandidates(corpus: Corpus, q: QuoteToken[], limit = 8): Candidate[] {
  const words = q.filter((t) => !t.wildcard);
  if (words.length === 0) return [];
  const BUCKET = 8;
  const votes = new Map<number, { count: number; lastQ: number }>();
  // Very common words add little and cost much on a big archive: use them only when the quote has nothing rarer.
  const freqs = words.map((t) => corpus.occurrences(t.norm).length);
  const rare = [...freqs].filter((f) => f > 0).sort((a, b) => a - b);
  const cap = Math.max(2000, rare[Math.min(rare.length - 1, 2)] ?? 0);
  q.forEach((t, qi) => {
    if (t.wildcard) return;
    const occ = corpus.occurrences(t.norm);
    if (occ.length > cap) return;
    for (const pos of occ) {
      const bucket = Math.floor((pos - qi) / BUCKET);
      for (const b of [bucket, bucket + 1]) {
        const v = votes.get(b);
        if (!v) votes.set(b, { count: 1, lastQ: qi });
        else if (v.lastQ !== qi) {
          v.count++;
          v.lastQ = qi;
        }
      }
    }
  });
  const minVotes = Math.min(2, words.length);
  const ranked = [...votes.entries()].filter(([, v]) => v.count >= minVotes).sort((a, b) => b[1].count - a[1].count);
  const slack = Math.max(8, Math.ceil(q.length / 3));
  const out: Candidate[] = [];
  const covered: Array<[number, number]> = [];
  for (const [bucket, v] of ranked) {
    if (out.length >= limit) break;
    const center = bucket * BUCKET;
    const pos = Math.max(0, Math.min(corpus.size - 1, center));
    const article = corpus.articleIndexAt(pos);
    const [aFirst, aEnd] = corpus.articleTokenRange(article);
    const winStart = Math.max(aFirst, center - BUCKET - slack);
    const winEnd = Math.min(aEnd, center + q.length + BUCKET + slack);
    if (winEnd <= winStart) continue;
    if (covered.some(([s, e]) => winStart >= s && winEnd <= e)) continue;
    covered.push([winStart, winEnd]);
    out.push({ article, winStart, winEnd, votes: v.count });
  }
  return out;
}

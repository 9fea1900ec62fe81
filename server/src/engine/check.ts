/**
 * Checks a draft's quotations against the corpus: verified, misquote (with the edits that restore the source
 * wording) or unverified. Ellipses split a quote into pieces that must appear in order, close together, in one
 * source; the longest piece anchors the search and the others are aligned in the stretch around it.
 */
import { Article } from './article';
import { Alignment, alignInWindow, findCandidates, QuoteToken, similarity } from './align';
import { Corpus } from './corpus';
import { DraftFormat, DraftQuote, findQuotes, UnterminatedQuote } from './quotes';
import {
  adaptTypography,
  CriticalKind,
  isNegation,
  isNumber,
  looksLikeName,
  tokenize,
  TypographyStyle,
} from './text';

export type QuoteStatus = 'verified' | 'misquote' | 'unverified';

export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export interface SourceSpan {
  article: Article;
  /** Offsets in article.text */
  start: number;
  end: number;
}

export interface QuoteChange {
  kind: 'changed' | 'dropped' | 'added';
  /** What the draft has there (empty when the writer dropped source words). */
  draftText: string;
  /** What the source has there (empty when the writer added words). */
  sourceText: string;
  critical?: CriticalKind;
}

/** A replacement of draft characters [start, end) — offsets in the draft. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface QuoteCheck {
  quote: DraftQuote;
  status: QuoteStatus;
  /** Words in the quote (bracketed insertions not counted). */
  wordCount: number;
  /** The best matching source passage (whole quote, all pieces). */
  source?: SourceSpan;
  /** Every place the quote matches exactly (verified), or the best place (misquote). */
  sources: SourceSpan[];
  /** The source passage of each ellipsis-separated piece. */
  pieces: SourceSpan[];
  changes: QuoteChange[];
  /** Source words that differ from the draft (offsets in the source article), for display. */
  sourceMarks: Array<[number, number]>;
  /** Edits that turn the draft's words into the source's, keeping its quotation marks and typography. */
  edits: TextEdit[];
  /** The quoted words as they read after the fix. */
  fix?: string;
  /** Why a quote that is close to a source cannot be fixed automatically. */
  note?: string;
  similarity: number;
}

export interface CheckOptions {
  /** Similarity (0..1) above which a non-matching quote counts as a misquote rather than unverified. */
  misquoteThreshold?: number;
  /** Source words allowed between two ellipsis-joined pieces. */
  maxEllipsisGap?: number;
}

export interface DraftCheck {
  checks: QuoteCheck[];
  unterminated: UnterminatedQuote[];
  /** The draft with non-prose (code, URLs, front matter) blanked out, offsets kept. */
  prose: string;
}

/** An ellipsis in a quote: "...", ". . .", "…", "[...]", "[…]". */
const ELLIPSIS = String.raw`\[\s*(?:\.\s*){3}\]|\[\s*…\s*\]|\.[ \u00a0]?\.[ \u00a0]?\.|…`;
const ELLIPSIS_RE = new RegExp(ELLIPSIS, 'g');
const LEADING_ELLIPSIS_RE = new RegExp(`^\\s*(?:${ELLIPSIS})`);
/** Whether quoted words open with an ellipsis ("… a matter of time"): the source's words before the first piece are cut. */
export function opensWithEllipsis(quoted: string): boolean {
  return LEADING_ELLIPSIS_RE.test(quoted);
}
const BRACKET_RE = /\[[^\[\]\n]{0,60}\]/g;

interface Piece {
  tokens: QuoteToken[];
}

/** Splits the quote's content into ellipsis-separated pieces of word tokens (brackets become wildcards). */
export function quotePieces(prose: string, from: number, to: number): Piece[] {
  const cuts: Array<[number, number]> = [];
  ELLIPSIS_RE.lastIndex = 0;
  const content = prose.slice(from, to);
  for (const m of content.matchAll(ELLIPSIS_RE)) cuts.push([from + m.index!, from + m.index! + m[0].length]);
  const pieces: Piece[] = [];
  let pos = from;
  for (const [cs, ce] of [...cuts, [to, to] as [number, number]]) {
    const tokens = pieceTokens(prose, pos, cs);
    if (tokens.some((t) => !t.wildcard)) pieces.push({ tokens });
    pos = ce;
  }
  return pieces;
}

function pieceTokens(prose: string, from: number, to: number): QuoteToken[] {
  const tokens: QuoteToken[] = [];
  let pos = from;
  const segment = prose.slice(from, to);
  for (const m of segment.matchAll(BRACKET_RE)) {
    const bStart = from + m.index!;
    const bEnd = bStart + m[0].length;
    const glued = /[\p{L}]/u.test(prose[bStart - 1] ?? '') || /[\p{L}]/u.test(prose[bEnd] ?? '');
    if (glued) continue; // "[t]he": an editorial letter change inside a word, handled below as part of the word
    tokens.push(...wordTokens(prose, pos, bStart));
    tokens.push({ norm: '', start: bStart, end: bEnd, wildcard: true });
    pos = bEnd;
  }
  tokens.push(...wordTokens(prose, pos, to));
  return tokens;
}

/** Word tokens of a stretch of the quote ("[t]he" is one word, read as "the"). */
function wordTokens(prose: string, from: number, to: number): QuoteToken[] {
  return tokenize(prose, from, to);
}

interface PieceMatch {
  alignment: Alignment;
  piece: Piece;
}

const DEFAULT_THRESHOLD = 0.6;
const DEFAULT_GAP = 150;

function alignPieces(
  corpus: Corpus,
  pieces: Piece[],
  maxGap: number,
): { matches: PieceMatch[]; exact: Alignment[][]; apart: boolean } | null {
  if (pieces.length === 0) return null;
  let anchor = 0;
  pieces.forEach((p, i) => {
    if (p.tokens.length > pieces[anchor].tokens.length) anchor = i;
  });
  let best: { matches: PieceMatch[]; score: number } | null = null;
  const exact: Alignment[][] = [];
  for (const cand of findCandidates(corpus, pieces[anchor].tokens)) {
    const a = alignInWindow(corpus, pieces[anchor].tokens, cand.winStart, cand.winEnd);
    if (!a) continue;
    const matches: PieceMatch[] = new Array(pieces.length);
    matches[anchor] = { alignment: a, piece: pieces[anchor] };
    const [aFirst, aEnd] = corpus.articleTokenRange(cand.article);
    let ok = true;
    // Pieces after the anchor: in the stretch that follows; pieces before: in the stretch that precedes.
    for (let k = anchor + 1; k < pieces.length && ok; k++) {
      const prevLast = matches[k - 1].alignment.last;
      const len = pieces[k].tokens.length;
      const r = alignInWindow(corpus, pieces[k].tokens, prevLast + 1, Math.min(aEnd, prevLast + 1 + maxGap + len * 2));
      if (!r) ok = false;
      else matches[k] = { alignment: r, piece: pieces[k] };
    }
    for (let k = anchor - 1; k >= 0 && ok; k--) {
      const nextFirst = matches[k + 1].alignment.first;
      const len = pieces[k].tokens.length;
      const r = alignInWindow(corpus, pieces[k].tokens, Math.max(aFirst, nextFirst - maxGap - len * 2), nextFirst, true);
      if (!r) ok = false;
      else matches[k] = { alignment: r, piece: pieces[k] };
    }
    if (!ok) continue;
    // Every candidate covers the whole quote, so alignment scores compare directly (lower is better).
    const cost = matches.reduce((s, pm) => s + pm.alignment.cost, 0);
    const score = matches.reduce((s, pm) => s + pm.alignment.score, 0);
    if (cost === 0) exact.push(matches.map((pm) => pm.alignment));
    if (!best || score < best.score - 1e-9) best = { matches, score };
  }
  if (best) return { matches: best.matches, exact, apart: false };

  // Pieces that exist only far apart or out of order: close to a source, but the ellipsis misleads.
  if (pieces.length > 1) {
    const single: PieceMatch[] = [];
    for (const piece of pieces) {
      const cands = findCandidates(corpus, piece.tokens, 3);
      let bestA: Alignment | null = null;
      for (const c of cands) {
        const a = alignInWindow(corpus, piece.tokens, c.winStart, c.winEnd);
        if (a && (!bestA || a.score < bestA.score)) bestA = a;
      }
      if (!bestA) return null;
      single.push({ alignment: bestA, piece });
    }
    return { matches: single, exact: [], apart: true };
  }
  return null;
}

/**
 * The pieces [first, last] of an alignment whose only differences are source words dropped in runs that each lie
 * between a closing and an opening quotation mark (an attribution splitting the quotation); undefined otherwise.
 */
function joinedAroundAttribution(corpus: Corpus, a: Alignment): Array<[number, number]> | undefined {
  if (a.ops.some((op) => op.kind === 'sub' || op.kind === 'ins')) return undefined;
  const pieces: Array<[number, number]> = [];
  let pieceStart = -1;
  let last = -1;
  let dropped = 0;
  for (const op of a.ops) {
    if (op.kind === 'del') {
      dropped++;
      continue;
    }
    if (op.kind !== 'match' && op.kind !== 'wild') return undefined;
    const first = op.kind === 'wild' ? op.sFrom : op.s;
    const end = op.kind === 'wild' ? op.sTo - 1 : op.s;
    if (pieceStart < 0) pieceStart = first;
    else if (dropped > 0) {
      // The dropped run: at most a short attribution, outside the quotation marks, in one article.
      if (dropped > 8 || corpus.articleAt(last) !== corpus.articleAt(first)) return undefined;
      const between = corpus.articleAt(first).text.slice(corpus.endOf(last), corpus.startOf(first));
      if (!/^[^“”"«»\n]*[”"»][^“”"«»\n]+[“"«][^“”"«»\n]*$/.test(between)) return undefined;
      pieces.push([pieceStart, last]);
      pieceStart = first;
    }
    dropped = 0;
    last = end;
  }
  if (dropped > 0 || pieces.length === 0) return undefined;
  pieces.push([pieceStart, last]);
  return pieces;
}

interface ChangedWord {
  norm: string;
  name: boolean;
}

/**
 * A change that alters meaning however small it looks: a negation added, dropped or flipped; a number or a name
 * replaced by another.
 */
function criticalChange(draft: ChangedWord[], source: ChangedWord[]): CriticalKind | undefined {
  const all = [...draft, ...source];
  if (all.length > 0 && all.every((w) => isNegation(w.norm))) return 'negation';
  if (draft.length === 1 && source.length === 1 && isNegation(draft[0].norm) !== isNegation(source[0].norm)) return 'negation';
  if (draft.length && source.length && all.every((w) => isNumber(w.norm))) return 'number';
  if (draft.length === source.length && draft.length <= 3 && all.every((w) => w.name)) return 'name';
  return undefined;
}

function styleOf(quote: DraftQuote, draft: string): TypographyStyle {
  if (quote.open) return { curly: /[“‘„«‹”’]/.test(quote.open) };
  const curly = (draft.match(/[“”’]/g) ?? []).length;
  const straight = (draft.match(/["']/g) ?? []).length;
  return { curly: curly > straight };
}

export function checkQuote(
  corpus: Corpus,
  draft: string,
  prose: string,
  quote: DraftQuote,
  options: CheckOptions = {},
): QuoteCheck {
  const threshold = options.misquoteThreshold ?? DEFAULT_THRESHOLD;
  const pieces = quotePieces(prose, quote.contentStart, quote.contentEnd);
  const wordCount = pieces.reduce((n, p) => n + p.tokens.filter((t) => !t.wildcard).length, 0);
  const result: QuoteCheck = {
    quote,
    status: 'unverified',
    wordCount,
    sources: [],
    pieces: [],
    changes: [],
    sourceMarks: [],
    edits: [],
    similarity: 0,
  };
  const aligned = alignPieces(corpus, pieces, options.maxEllipsisGap ?? DEFAULT_GAP);
  if (!aligned) return result;

  const spanOf = (first: number, last: number): SourceSpan => ({
    article: corpus.articleAt(first),
    start: corpus.startOf(first),
    end: corpus.endOf(last),
  });
  const alignments = aligned.matches.map((m) => m.alignment);
  const wholeSpan = (as: Alignment[]) => spanOf(as[0].first, as[as.length - 1].last);
  result.pieces = alignments.map((a) => spanOf(a.first, a.last));
  result.source = wholeSpan(alignments);

  const total = alignments.reduce(
    (acc, a) => ({
      mw: acc.mw + a.matchedWeight,
      qw: acc.qw + a.quoteWeight,
      sw: acc.sw + a.sourceWeight,
      matches: acc.matches + a.matches,
      cost: acc.cost + a.cost,
    }),
    { mw: 0, qw: 0, sw: 0, matches: 0, cost: 0 },
  );
  result.similarity = total.qw + total.sw === 0 ? 0 : (2 * total.mw) / (total.qw + total.sw);

  // “He is entitled to his opinion,” Kowalski said, “but I have seen it …”: a draft may join a quotation that the
  // source splits around its attribution. The words the draft leaves out are then exactly those between a closing
  // and an opening quotation mark, and the quote is verified in pieces, as across an ellipsis.
  const joined = total.cost > 0 && !aligned.apart && alignments.length === 1 ? joinedAroundAttribution(corpus, alignments[0]) : undefined;
  if (joined) {
    result.status = 'verified';
    result.pieces = joined.map(([first, last]) => spanOf(first, last));
    result.sources.push(result.source);
    return result;
  }

  if (total.cost === 0 && !aligned.apart) {
    result.status = 'verified';
    const seen = new Set<string>();
    for (const as of [alignments, ...aligned.exact]) {
      const span = wholeSpan(as);
      const key = `${span.article.path}:${span.start}`;
      if (!seen.has(key)) {
        seen.add(key);
        result.sources.push(span);
      }
    }
    return result;
  }

  // Changes between the draft's words and the source's, piece by piece.
  const style = styleOf(quote, draft);
  const outerIsDouble = quote.kind === 'double' || quote.kind === 'guillemet';
  const adapt = (s: string) => adaptTypography(s.replace(/\s+/g, ' '), style, outerIsDouble);
  let criticalOnly = true;
  for (const { alignment, piece } of aligned.matches) {
    const q = piece.tokens;
    const ops = alignment.ops;
    let k = 0;
    while (k < ops.length) {
      if (ops[k].kind === 'match' || ops[k].kind === 'wild') {
        k++;
        continue;
      }
      // A run of differing words: the draft tokens and source tokens it covers.
      let j = k;
      const qs: number[] = [];
      const ss: number[] = [];
      while (j < ops.length && ops[j].kind !== 'match' && ops[j].kind !== 'wild') {
        const op = ops[j];
        if (op.kind === 'sub' || op.kind === 'ins') qs.push(op.q);
        if (op.kind === 'sub' || op.kind === 'del') ss.push(op.s);
        j++;
      }
      const prevQ = k > 0 ? prevDraftToken(ops, k) : undefined;
      const nextQ = nextDraftToken(ops, j);
      const draftText = qs.length ? draft.slice(q[qs[0]].start, q[qs[qs.length - 1]].end) : '';
      const sourceText = ss.length ? corpus.textOf(ss[0], ss[ss.length - 1]) : '';
      const kind: QuoteChange['kind'] = qs.length && ss.length ? 'changed' : qs.length ? 'added' : 'dropped';
      const critical = criticalChange(
        qs.map((qi) => ({ norm: q[qi].norm, name: looksLikeName(prose, q[qi]) })),
        ss.map((si) => ({ norm: corpus.wordAt(si), name: looksLikeName(corpus.articleAt(si).text, corpus.tokenAt(si)) })),
      );
      if (!critical) criticalOnly = false;
      for (const si of ss) result.sourceMarks.push([corpus.startOf(si), corpus.endOf(si)]);
      result.changes.push({ kind, draftText, sourceText, critical });

      if (kind === 'changed') {
        result.edits.push({ start: q[qs[0]].start, end: q[qs[qs.length - 1]].end, newText: adapt(sourceText) });
      } else if (kind === 'added') {
        // Remove the added words with the space before them (or after them at the start of the quote).
        const start = prevQ !== undefined ? q[prevQ].end : q[qs[0]].start;
        const end = prevQ !== undefined ? q[qs[qs.length - 1]].end : nextQ !== undefined ? q[nextQ].start : q[qs[qs.length - 1]].end;
        result.edits.push({ start, end, newText: '' });
      } else if (prevQ !== undefined) {
        result.edits.push({ start: q[prevQ].end, end: q[prevQ].end, newText: ' ' + adapt(sourceText) });
      } else if (nextQ !== undefined) {
        result.edits.push({ start: q[nextQ].start, end: q[nextQ].start, newText: adapt(sourceText) + ' ' });
      }
      k = j;
    }
  }

  const closeEnough =
    total.matches >= 2 &&
    (result.similarity >= threshold || (criticalOnly && result.changes.length <= 2 && total.matches * 2 >= wordCount));
  if (!closeEnough && !aligned.apart) {
    result.changes = [];
    result.edits = [];
    result.sourceMarks = [];
    return result;
  }
  if (aligned.apart) {
    // Each piece may be right, but the ellipsis joins words that are not together in one source.
    const piecesExact = alignments.every((a) => a.cost === 0);
    if (!piecesExact && !closeEnough) {
      result.changes = [];
      result.edits = [];
      return result;
    }
    result.status = 'misquote';
    result.note = 'the ellipsis joins passages that are not close together in one source';
    result.edits = [];
    result.sources = [result.pieces[0]];
    return result;
  }
  result.status = 'misquote';
  result.sources = [result.source];
  result.fix = applyEdits(draft, quote.contentStart, quote.contentEnd, result.edits).replace(/\s+/g, ' ').trim();
  return result;
}

function prevDraftToken(ops: Alignment['ops'], k: number): number | undefined {
  for (let i = k - 1; i >= 0; i--) {
    const op = ops[i];
    if (op.kind === 'match' || op.kind === 'wild') return op.q;
  }
  return undefined;
}

function nextDraftToken(ops: Alignment['ops'], j: number): number | undefined {
  for (let i = j; i < ops.length; i++) {
    const op = ops[i];
    if (op.kind === 'match' || op.kind === 'wild') return op.q;
  }
  return undefined;
}

/** The text of draft[from, to) after the edits (which must lie inside it and not overlap). */
export function applyEdits(draft: string, from: number, to: number, edits: TextEdit[]): string {
  let out = '';
  let pos = from;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += draft.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + draft.slice(pos, to);
}

/**
 * Checks a draft one quote at a time, yielding after each, so that a caller can pause between quotes (the server
 * does, to stay responsive while the writer types) or stop when the result is no longer wanted.
 */
export function* checkDraftSteps(
  corpus: Corpus,
  draft: string,
  format: DraftFormat,
  options: CheckOptions = {},
): Generator<void, DraftCheck, void> {
  const scan = findQuotes(draft, format);
  const checks: QuoteCheck[] = [];
  for (const quote of scan.quotes) {
    checks.push(checkQuote(corpus, draft, scan.prose, quote, options));
    yield;
  }
  return { checks, unterminated: scan.unterminated, prose: scan.prose };
}

export function checkDraft(
  corpus: Corpus,
  draft: string,
  format: DraftFormat,
  options: CheckOptions = {},
  token?: CancellationToken,
): DraftCheck | undefined {
  const steps = checkDraftSteps(corpus, draft, format, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (token?.isCancellationRequested) return undefined;
  }
}

export { similarity };

/**
 * Per-quote results kept between checks of a draft, so that a keystroke re-checks only the quotations whose text
 * changed. A result is reused when everything `checkQuote` reads is the same: the quotation with its marks, the few
 * characters before it that decide whether its first word starts a sentence, the corpus and the options. A quotation
 * that moved is shifted: its edits are draft offsets, and every one of them lies inside the quotation.
 */
import { checkQuote, CheckOptions, DraftCheck, QuoteCheck } from './check';
import { Corpus } from './corpus';
import { DraftFormat, DraftQuote, findQuotes } from './quotes';

const MAX_ENTRIES = 10_000;

interface Entry {
  start: number;
  check: QuoteCheck;
}

/** Results per corpus (and its version: a corpus that gained articles starts afresh). */
const caches = new WeakMap<Corpus, { version: number; entries: Map<string, Entry> }>();

function entriesFor(corpus: Corpus): Map<string, Entry> {
  let c = caches.get(corpus);
  if (!c || c.version !== corpus.version) {
    c = { version: corpus.version, entries: new Map() };
    caches.set(corpus, c);
  }
  return c.entries;
}

// Before a quotation, spaces, line breaks, quotation marks and brackets are looked through (for "is the first word a
// name or a sentence start?"); the key takes everything back to the first other character.
const LOOKED_THROUGH = /[\s"“”‘’'«»„‚‹›()[\]{}]/;

function keyOf(draft: string, prose: string, quote: DraftQuote, optionsKey: string): string | undefined {
  // A block quote's typography follows the whole draft: not worth a key.
  if (!quote.open) return undefined;
  let from = quote.start - 1;
  while (from > 0 && LOOKED_THROUGH.test(prose[from])) from--;
  return `${optionsKey}\u0000${quote.kind}\u0000${quote.open}\u0000${quote.close}\u0000${prose.slice(Math.max(0, from), quote.end + 1)}\u0000${draft.slice(quote.contentStart, quote.contentEnd)}`;
}

/** The check of one quotation, from the cache when its key is known. */
export function checkQuoteCached(corpus: Corpus, draft: string, prose: string, quote: DraftQuote, options: CheckOptions, optionsKey: string): QuoteCheck {
  const key = keyOf(draft, prose, quote, optionsKey);
  if (key === undefined) return checkQuote(corpus, draft, prose, quote, options);
  const entries = entriesFor(corpus);
  const hit = entries.get(key);
  if (hit) {
    entries.delete(key); // most recently used last
    entries.set(key, hit);
    const shift = quote.start - hit.start;
    return { ...hit.check, quote, edits: hit.check.edits.map((e) => ({ ...e, start: e.start + shift, end: e.end + shift })) };
  }
  const check = checkQuote(corpus, draft, prose, quote, options);
  entries.set(key, { start: quote.start, check });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return check;
}

/** `checkDraftSteps` with the cache: yields after each quotation checked. */
export function* checkDraftStepsCached(
  corpus: Corpus,
  draft: string,
  format: DraftFormat,
  options: CheckOptions = {},
): Generator<void, DraftCheck, void> {
  const scan = findQuotes(draft, format);
  const optionsKey = JSON.stringify(options);
  const checks: QuoteCheck[] = [];
  for (const quote of scan.quotes) {
    checks.push(checkQuoteCached(corpus, draft, scan.prose, quote, options, optionsKey));
    yield;
  }
  return { checks, unterminated: scan.unterminated, prose: scan.prose };
}

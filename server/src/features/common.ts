/**
 * One checked draft and what the features need to answer questions about it. Built once per document version and
 * shared by diagnostics, hover, definition and code actions.
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Article, cueAt, pageAt, placeIn } from '../engine/article';
import { fileRange } from '../engine/readers/origins';
import { sourceViewUri } from './sourceText';
export type { CancellationToken } from '../engine/check';
import { CancellationToken, checkDraft, CheckOptions, DraftCheck, QuoteCheck, SourceSpan } from '../engine/check';
import { Corpus } from '../engine/corpus';
import { checkDraftStepsCached } from '../engine/quoteCache';
import { runInSlices } from '../engine/steps';
import { NameIndex } from '../engine/names';
import { SourceQuotes } from '../engine/attribution';
import { AttributionFinding, checkAttributions } from '../engine/attributionCheck';
import { LineIndex, Position, Range } from '../engine/positions';
import { DraftFormat } from '../engine/quotes';

export interface DraftDocument {
  uri: string;
  version: number;
  text: string;
  format: DraftFormat;
}

export interface FeatureOptions extends CheckOptions {
  /** Quotes with fewer words are not reported as unverified. */
  minQuoteWords: number;
  /** The writer's severity per diagnostic code ('off' hides it); see features/ignore.ts. */
  severities?: Record<string, 'error' | 'warning' | 'information' | 'hint' | 'off'>;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { minQuoteWords: 2 };

export interface DraftAnalysis {
  document: DraftDocument;
  lines: LineIndex;
  result: DraftCheck;
  corpus: Corpus;
  options: FeatureOptions;
  /** The names in the sources, when built: enables name hints. */
  names?: NameIndex;
  /** Attribution findings, when the sources' quotes have been attributed. */
  attributions: AttributionFinding[];
}

/** What is known about the sources beyond their words: names, and who said each quote. */
export interface Knowledge {
  names: NameIndex;
  sourceQuotes?: SourceQuotes;
}

function finish(document: DraftDocument, result: DraftCheck, corpus: Corpus, options: FeatureOptions, knowledge?: Knowledge): DraftAnalysis {
  const attributions = knowledge?.sourceQuotes ? checkAttributions(document.text, result, corpus, knowledge.sourceQuotes, knowledge.names) : [];
  return { document, lines: new LineIndex(document.text), result, corpus, options, names: knowledge?.names, attributions };
}

export function formatOf(uriOrPath: string, languageId?: string): DraftFormat {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'plaintext') return 'plaintext';
  return /\.(md|markdown|mdx)$/i.test(uriOrPath) ? 'markdown' : 'plaintext';
}

export function analyzeDraft(
  document: DraftDocument,
  corpus: Corpus,
  options: FeatureOptions = DEFAULT_FEATURE_OPTIONS,
  token?: CancellationToken,
  knowledge?: Knowledge,
): DraftAnalysis | undefined {
  const result = checkDraft(corpus, document.text, document.format, options, token);
  if (!result) return undefined;
  return finish(document, result, corpus, options, knowledge);
}

/**
 * The same analysis without blocking: pauses every `sliceMs` so other requests and edits get through, and gives up
 * (undefined) as soon as `isStale` says a newer version of the document exists.
 */
export async function analyzeDraftInSlices(
  document: DraftDocument,
  corpus: Corpus,
  options: FeatureOptions,
  isStale: () => boolean,
  knowledge?: Knowledge,
  sliceMs = 10,
): Promise<DraftAnalysis | undefined> {
  // Quotations unchanged since the last check of any draft come from the cache: a keystroke re-checks one quotation.
  const result = await runInSlices(checkDraftStepsCached(corpus, document.text, document.format, options), sliceMs, isStale);
  return result && finish(document, result, corpus, options, knowledge);
}

export function quoteRange(analysis: DraftAnalysis, check: QuoteCheck): Range {
  return analysis.lines.rangeOf(check.quote.start, check.quote.end);
}

/** The quote under a position (the innermost, i.e. the one that starts last). */
export function quoteAt(analysis: DraftAnalysis, position: Position): QuoteCheck | undefined {
  const offset = analysis.lines.offsetAt(position);
  let found: QuoteCheck | undefined;
  for (const c of analysis.result.checks) {
    if (c.quote.start <= offset && offset <= c.quote.end) found = c;
  }
  return found;
}

const articleLines = new WeakMap<Article, LineIndex>();

/**
 * Where a span of a source is shown: in the file itself, or, for text extracted from a PDF, Word document or web
 * page, in the text view (`articleUri` gives its verbatim-source: URI). Subtitles map back into the file.
 */
export function sourceRange(span: SourceSpan): Range {
  const inFile = fileRange(span.article, span.start, span.end);
  if (inFile) return inFile;
  let lines = articleLines.get(span.article);
  if (!lines) {
    lines = new LineIndex(span.article.text);
    articleLines.set(span.article, lines);
  }
  return lines.rangeOf(span.start, span.end);
}

export function articleUri(article: Article): string {
  if (article.extracted && !article.origins?.length) return sourceViewUri(article.path);
  return /^[a-z][a-z0-9+.-]+:/i.test(article.path) && !path.isAbsolute(article.path)
    ? article.path
    : pathToFileURL(path.resolve(article.path)).toString();
}

/**
 * Where a span is, for machines (the CLI's JSON): its PDF page, its transcript cue, and whether its range is in the
 * extracted text (the text view) rather than in the file.
 */
export function sourceDetails(span: SourceSpan): { page?: number; cue?: { speaker?: string; time?: string }; textView?: true } {
  const details: ReturnType<typeof sourceDetails> = {};
  const page = pageAt(span.article, span.start);
  if (page) details.page = page.number;
  const cue = cueAt(span.article, span.start);
  if (cue && (cue.speaker || cue.time)) details.cue = { speaker: cue.speaker, time: cue.time };
  if (span.article.extracted && !span.article.origins?.length) details.textView = true;
  return details;
}

/** A source for people: "Title (date)", and with an offset, where in it: ", p. 3" or ", Jane Doe at 00:12:34". */
export function articleLabel(article: Article, at?: number): string {
  const label = article.date ? `${article.title} (${article.date})` : article.title;
  const place = at === undefined ? undefined : placeIn(article, at);
  return place ? `${label}, ${place}` : label;
}

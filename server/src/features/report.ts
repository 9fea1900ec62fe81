/**
 * The quote report: every quote in a draft with its status and source, for the editor's report view and status
 * bar (`verbatim/quoteReport`), and the list of source articles (`verbatim/sources`).
 */
import { Range } from 'vscode-languageserver-types';
import { Corpus } from '../engine/corpus';
import { articleUri, DraftAnalysis, quoteRange, sourceRange } from './common';
import { computeDiagnostics } from './diagnostics';
import { isQuoteIgnored, QUOTE_CODES } from './ignore';

export const QUOTE_REPORT_REQUEST = 'verbatim/quoteReport';
export const SOURCES_REQUEST = 'verbatim/sources';

export type ReportStatus = 'verified' | 'misquote' | 'unverified' | 'misattributed' | 'not-a-direct-quote' | 'ellipsis-changes-meaning';

export interface QuoteReportEntry {
  /** The quoted words, whitespace collapsed. */
  text: string;
  range: Range;
  status: ReportStatus;
  /** Silenced by a verbatim-ignore / disable comment: listed, but nothing is reported. */
  ignored: boolean;
  /** The diagnostic message shown for the quote, if any. */
  message?: string;
  source?: { uri: string; range: Range; title: string; date?: string };
}

export interface QuoteReport {
  uri: string;
  version: number;
  /** One count per status, plus `ignored`; ignored quotes are counted there only. */
  counts: Record<ReportStatus | 'ignored', number>;
  quotes: QuoteReportEntry[];
}

export function buildQuoteReport(analysis: DraftAnalysis): QuoteReport {
  const counts: QuoteReport['counts'] = {
    verified: 0,
    misquote: 0,
    unverified: 0,
    misattributed: 0,
    'not-a-direct-quote': 0,
    'ellipsis-changes-meaning': 0,
    ignored: 0,
  };
  const diagnostics = computeDiagnostics(analysis).filter((d) => QUOTE_CODES.includes(String(d.code)));
  const quotes: QuoteReportEntry[] = [];
  for (const check of analysis.result.checks) {
    const finding = analysis.attributions.find((f) => f.check === check);
    const status: ReportStatus = finding?.kind ?? check.status;
    const range = quoteRange(analysis, check);
    const ignored = isQuoteIgnored(analysis, check);
    const diagnostic = diagnostics.find((d) => d.range.start.line === range.start.line && d.range.start.character === range.start.character);
    const span = check.source ?? check.sources[0];
    quotes.push({
      text: check.quote.text,
      range,
      status,
      ignored,
      message: diagnostic?.message,
      source: span ? { uri: articleUri(span.article), range: sourceRange(span), title: span.article.title, date: span.article.date } : undefined,
    });
    counts[ignored ? 'ignored' : status]++;
  }
  return { uri: analysis.document.uri, version: analysis.document.version, counts, quotes };
}

export interface SourceList {
  description: string;
  kind: 'workspace' | 'bundled';
  articles: Array<{ uri: string; title: string; date?: string }>;
}

export function listSources(corpus: Corpus, kind: SourceList['kind'], description: string): SourceList {
  return { description, kind, articles: corpus.articles.map((a) => ({ uri: articleUri(a), title: a.title, date: a.date })) };
}

import { Diagnostic, DiagnosticSeverity, TextEdit } from 'vscode-languageserver-types';
import { QuoteChange, QuoteCheck } from '../engine/check';
import { computeNameHints } from './nameHints';
import {
  articleLabel,
  articleUri,
  CancellationToken,
  DraftAnalysis,
  quoteRange,
  sourceRange,
} from './common';

export const DIAGNOSTIC_SOURCE = 'verbatim';
export const Codes = {
  misquote: 'misquote',
  unverified: 'unverified-quote',
  unterminated: 'unterminated-quote',
} as const;

/** What a quick-fix needs, carried on the diagnostic so that any client can hand it back. */
export interface MisquoteData {
  edits: TextEdit[];
  fix?: string;
}

function show(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${t.length > max ? t.slice(0, max - 1) + '…' : t}"`;
}

export function describeChange(c: QuoteChange): string {
  const tag = c.critical ? `${c.critical} changed: ` : '';
  if (c.kind === 'changed') return `${tag}the source says ${show(c.sourceText)}, not ${show(c.draftText)}`;
  if (c.kind === 'dropped') return `${tag}${show(c.sourceText)} left out`;
  return `${tag}${show(c.draftText)} is not in the source`;
}

export function misquoteMessage(check: QuoteCheck): string {
  const where = check.source ? ` (${articleLabel(check.source.article)})` : '';
  if (check.note) return `Misquote: ${check.note}${where}`;
  const shown = check.changes.slice(0, 3).map(describeChange);
  if (check.changes.length > 3) shown.push(`${check.changes.length - 3} more difference(s)`);
  return `Misquote: ${shown.join('; ')}${where}`;
}

export function computeDiagnostics(analysis: DraftAnalysis, token?: CancellationToken): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const articles = analysis.corpus.articles.length;
  for (const check of analysis.result.checks) {
    if (token?.isCancellationRequested) return [];
    const range = quoteRange(analysis, check);
    if (check.status === 'misquote') {
      const data: MisquoteData = {
        edits: check.edits.map((e) => ({ range: analysis.lines.rangeOf(e.start, e.end), newText: e.newText })),
        fix: check.fix,
      };
      diagnostics.push({
        range,
        severity: DiagnosticSeverity.Warning,
        code: Codes.misquote,
        source: DIAGNOSTIC_SOURCE,
        message: misquoteMessage(check),
        relatedInformation: check.sources.map((span) => ({
          location: { uri: articleUri(span.article), range: sourceRange(span) },
          message: `Source wording in ${articleLabel(span.article)}`,
        })),
        data,
      });
    } else if (check.status === 'unverified' && check.wordCount >= analysis.options.minQuoteWords) {
      diagnostics.push({
        range,
        severity: DiagnosticSeverity.Information,
        code: Codes.unverified,
        source: DIAGNOSTIC_SOURCE,
        message: `Unverified quote: not found in any of the ${articles} source article${articles === 1 ? '' : 's'}`,
      });
    }
  }
  if (analysis.names) diagnostics.push(...computeNameHints(analysis.result.prose, analysis.lines, analysis.names, analysis.corpus));
  for (const u of analysis.result.unterminated) {
    diagnostics.push({
      range: analysis.lines.rangeOf(u.offset, u.offset + u.mark.length),
      severity: DiagnosticSeverity.Hint,
      code: Codes.unterminated,
      source: DIAGNOSTIC_SOURCE,
      message: `Quotation mark ${u.mark} is never closed in this paragraph, so the quote is not checked`,
    });
  }
  return diagnostics;
}

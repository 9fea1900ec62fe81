import { Location, Position } from 'vscode-languageserver-types';
import { articleUri, CancellationToken, DraftAnalysis, quoteAt, sourceRange } from './common';

/** Go to source: the exact span(s) in the source articles that a quote comes from. */
export function getDefinition(analysis: DraftAnalysis, position: Position, token?: CancellationToken): Location[] {
  const check = quoteAt(analysis, position);
  if (!check || token?.isCancellationRequested) return [];
  const spans = check.sources.length ? check.sources : check.source ? [check.source] : [];
  return spans.map((span) => ({ uri: articleUri(span.article), range: sourceRange(span) }));
}

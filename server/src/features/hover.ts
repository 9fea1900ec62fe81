import { Hover, MarkupKind, Position } from 'vscode-languageserver-types';
import { placeIn } from '../engine/article';
import { QuoteCheck, SourceSpan } from '../engine/check';
import { CancellationToken, DraftAnalysis, quoteAt, quoteRange } from './common';
import { describeChange } from './diagnostics';
import { isQuoteIgnored } from './ignore';
import { escapeMarkdown } from './markdown';

const STATUS_TITLE: Record<QuoteCheck['status'], string> = {
  verified: 'Verified quote',
  misquote: 'Misquote',
  unverified: 'Unverified quote',
};

/** The sentence(s) around a source span: from the last sentence end or blank line before it to the next after it. */
export function sentenceAround(
  span: SourceSpan,
  maxContext = 280,
): { from: number; to: number; cutBefore: boolean; cutAfter: boolean } {
  const text = span.article.text;
  const floor = Math.max(span.article.bodyStart, span.start - maxContext);
  let from = -1;
  for (const m of text.slice(floor, span.start).matchAll(/[.!?]["”’»)]*\s+|\n\s*\n/g)) from = floor + m.index! + m[0].length;
  const ceiling = Math.min(text.length, span.end + maxContext);
  const after = /[.!?]["”’»)]*(?=\s|$)|\n\s*\n/.exec(text.slice(span.end, ceiling));
  const to = after ? span.end + after.index + (after[0].startsWith('\n') ? 0 : after[0].length) : ceiling;
  return { from: from < 0 ? floor : from, to, cutBefore: from < 0 && floor > span.article.bodyStart, cutAfter: !after && ceiling < text.length };
}

/** The source sentence, escaped, with the given character ranges in bold. */
export function markedPassage(span: SourceSpan, marks: Array<[number, number]>): string {
  const { from, to, cutBefore, cutAfter } = sentenceAround(span);
  const text = span.article.text;
  const inside = marks.filter(([s, e]) => s >= from && e <= to).sort((a, b) => a[0] - b[0]);
  let out = cutBefore ? '… ' : '';
  let pos = from;
  for (const [s, e] of inside) {
    if (s < pos) continue;
    out += escapeMarkdown(text.slice(pos, s)) + '**' + escapeMarkdown(text.slice(s, e)) + '**';
    pos = e;
  }
  return out + escapeMarkdown(text.slice(pos, to)) + (cutAfter ? ' …' : '');
}

export function getHover(analysis: DraftAnalysis, position: Position, token?: CancellationToken): Hover | null {
  const check = quoteAt(analysis, position);
  if (!check || token?.isCancellationRequested) return null;
  const lines: string[] = [`**Verbatim: ${STATUS_TITLE[check.status]}**`];
  const span = check.sources[0] ?? (check.status === 'misquote' ? check.source : undefined);
  if (span) {
    const a = span.article;
    const meta = [`*${escapeMarkdown(a.title)}*`];
    if (a.date) meta.push(escapeMarkdown(a.date));
    meta.push(escapeMarkdown(a.path.split(/[\\/]/).pop() ?? a.path));
    const place = placeIn(a, span.start); // "p. 3", "Jane Doe at 00:12:34"
    if (place) meta.push(escapeMarkdown(place));
    lines.push(meta.join(' · '));
    // Verified: the quoted words in bold. Misquote: the words the draft gets wrong in bold.
    const marks: Array<[number, number]> =
      check.status === 'verified' ? check.pieces.map((p) => [p.start, p.end]) : check.sourceMarks;
    lines.push('> ' + markedPassage(span, marks));
    if (check.status === 'misquote') {
      if (check.note) lines.push(escapeMarkdown(check.note));
      for (const c of check.changes.slice(0, 5)) lines.push('- ' + escapeMarkdown(describeChange(c)));
      if (check.fix !== undefined) lines.push(`Source wording: “${escapeMarkdown(check.fix)}”`);
    }
    if (check.sources.length > 1) lines.push(`Found in ${check.sources.length} places.`);
  } else {
    const n = analysis.corpus.articles.length;
    lines.push(`Not found in any of the ${n} source article${n === 1 ? '' : 's'}.`);
  }
  // Say why a wrong quote shows no diagnostic: the writer chose to ignore it.
  if (check.status !== 'verified' && isQuoteIgnored(analysis, check)) lines.push('*Ignored in this draft (a verbatim-ignore or verbatim-disable comment): not reported.*');
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range: quoteRange(analysis, check) };
}

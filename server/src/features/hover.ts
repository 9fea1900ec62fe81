import { Hover, MarkupKind, Position } from 'vscode-languageserver-types';
import { QuoteCheck, SourceSpan } from '../engine/check';
import { CancellationToken, DraftAnalysis, quoteAt, quoteRange } from './common';
import { describeChange } from './diagnostics';
import { escapeMarkdown } from './markdown';

const STATUS_TITLE: Record<QuoteCheck['status'], string> = {
  verified: 'Verified quote',
  misquote: 'Misquote',
  unverified: 'Unverified quote',
};

/** The sentence(s) around a source span, with the span's bounds (offsets into the article text). */
export function sentenceAround(span: SourceSpan, maxContext = 280): { from: number; to: number } {
  const text = span.article.text;
  let from = span.start;
  const floor = Math.max(span.article.bodyStart, span.start - maxContext);
  while (from > floor) {
    const c = text[from - 1];
    if (c === '\n' && /\n\s*$/.test(text.slice(Math.max(0, from - 3), from - 1))) break;
    if (/[.!?]/.test(c) && /\s/.test(text[from] ?? '') && from < span.start) break;
    if (c === '\n' && /^\s*$/.test(text.slice(from, span.start)) === false && text[from - 2] === '\n') break;
    from--;
  }
  let to = span.end;
  const ceiling = Math.min(text.length, span.end + maxContext);
  while (to < ceiling) {
    const c = text[to];
    if (c === '\n' && text[to + 1] === '\n') break;
    to++;
    if (/[.!?]/.test(c) && /[\s”"’]/.test(text[to] ?? ' ') && /[\s]|$/.test(text[to + 1] ?? ' ')) {
      if (/[”"’]/.test(text[to] ?? '')) to++;
      break;
    }
  }
  while (from < span.start && /\s/.test(text[from])) from++;
  return { from, to };
}

/** The source sentence, escaped, with the given character ranges in bold. */
export function markedPassage(span: SourceSpan, marks: Array<[number, number]>): string {
  const { from, to } = sentenceAround(span);
  const text = span.article.text;
  const inside = marks.filter(([s, e]) => s >= from && e <= to).sort((a, b) => a[0] - b[0]);
  let out = from > span.article.bodyStart && !/\n/.test(text[from - 1] ?? '\n') ? '… ' : '';
  let pos = from;
  for (const [s, e] of inside) {
    if (s < pos) continue;
    out += escapeMarkdown(text.slice(pos, s)) + '**' + escapeMarkdown(text.slice(s, e)) + '**';
    pos = e;
  }
  return out + escapeMarkdown(text.slice(pos, to));
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
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range: quoteRange(analysis, check) };
}

/**
 * Completion in a draft: known names while typing a capitalised word, and inside an open quotation the source
 * passages that begin with the words typed so far, to insert the exact wording.
 */
import { CompletionItem, CompletionItemKind, Position } from 'vscode-languageserver-types';
import { Corpus } from '../engine/corpus';
import { NameIndex } from '../engine/names';
import { rolesByUse } from '../engine/roles';
import { LineIndex } from '../engine/positions';
import { findQuotes } from '../engine/quotes';
import { adaptTypography, tokenize } from '../engine/text';
import { CancellationToken, articleLabel } from './common';

const KIND = { person: CompletionItemKind.Variable, organization: CompletionItemKind.Class, place: CompletionItemKind.Module } as const;

export function getCompletions(
  text: string,
  lines: LineIndex,
  position: Position,
  corpus: Corpus,
  names: NameIndex,
  format: 'markdown' | 'plaintext',
  token?: CancellationToken,
): CompletionItem[] {
  const offset = lines.offsetAt(position);
  const inQuote = openQuoteBefore(text, offset, format);
  if (inQuote !== undefined) return quoteCompletions(text, lines, inQuote, offset, corpus, token);
  return nameCompletions(text, lines, offset, names);
}

/** Offset just after the opening mark of a quotation still open at `offset` (in the same paragraph). */
function openQuoteBefore(text: string, offset: number, format: 'markdown' | 'plaintext'): number | undefined {
  const paraStart = Math.max(0, text.lastIndexOf('\n\n', offset - 1) + 2);
  const before = text.slice(0, offset);
  const scan = findQuotes(before, format);
  const open = scan.unterminated.filter((u) => u.offset >= paraStart).pop();
  return open ? open.offset + open.mark.length : undefined;
}

function nameCompletions(text: string, lines: LineIndex, offset: number, names: NameIndex): CompletionItem[] {
  const m = /[\p{Lu}][\p{L}\p{M}'’\-]*$/u.exec(text.slice(Math.max(0, offset - 60), offset));
  if (!m) return [];
  const prefix = m[0].toLowerCase();
  const start = offset - m[0].length;
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const e of names.entities) {
    for (const form of [e.name, ...e.aliases]) {
      if (!form.toLowerCase().startsWith(prefix) || seen.has(form)) continue;
      seen.add(form);
      items.push({
        label: form,
        kind: KIND[e.type],
        detail: [e.type, rolesByUse(e)[0]?.role.text].filter(Boolean).join(' · '),
        documentation: form === e.name ? undefined : e.name,
        textEdit: { range: lines.rangeOf(start, offset), newText: form },
      });
    }
  }
  return items.slice(0, 100);
}

/** Source passages that begin with the typed words (the last one may be half typed). */
function quoteCompletions(
  text: string,
  lines: LineIndex,
  contentStart: number,
  offset: number,
  corpus: Corpus,
  token?: CancellationToken,
): CompletionItem[] {
  const typed = text.slice(contentStart, offset);
  const words = tokenize(typed);
  if (words.length === 0) return [];
  const partial = !/[\s]$/.test(typed);
  const full = partial ? words.slice(0, -1) : words;
  const last = partial ? words[words.length - 1].norm : undefined;
  if (full.length === 0) return []; // one half-typed word matches too much to be useful
  const curly = /[“‘«„]/.test(text[contentStart - 1] ?? '');
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const pos of corpus.occurrences(full[0].norm)) {
    if (token?.isCancellationRequested || items.length >= 20) break;
    const lastPos = pos + words.length - 1;
    if (lastPos >= corpus.size || corpus.articleIndexAt(lastPos) !== corpus.articleIndexAt(pos)) continue;
    let ok = true;
    for (let k = 1; k < full.length && ok; k++) ok = corpus.wordAt(pos + k) === full[k].norm;
    if (!ok || (last !== undefined && !corpus.wordAt(lastPos).startsWith(last))) continue;
    const article = corpus.articleAt(pos);
    // The passage runs on to the end of the sentence, or of the source's own quotation.
    const typedEnd = corpus.endOf(lastPos);
    const tail = article.text.slice(typedEnd, typedEnd + 400);
    const stop = /[.!?](?=["”’»]?(?:\s|$))|["”»]|\n/.exec(tail);
    const end = typedEnd + (stop ? stop.index + (/[.!?]/.test(stop[0]) ? 1 : 0) : tail.length);
    const passage = adaptTypography(article.text.slice(corpus.startOf(pos), end).replace(/\s+/g, ' ').trim(), { curly }, true);
    if (!passage || seen.has(passage)) continue;
    seen.add(passage);
    items.push({
      label: passage.length > 70 ? passage.slice(0, 69) + '…' : passage,
      kind: CompletionItemKind.Text,
      detail: articleLabel(article),
      documentation: passage,
      filterText: typed,
      sortText: String(items.length).padStart(3, '0'),
      textEdit: { range: lines.rangeOf(contentStart, offset), newText: passage },
    });
  }
  return items;
}

/**
 * Names in a draft: which known entity a word or phrase refers to, and the hover, definition, references and
 * workspace symbols built on it. Source text shown in hovers is escaped; links are built here, never taken from
 * sources.
 */
import { Hover, Location, MarkupKind, Position, SymbolInformation, SymbolKind } from 'vscode-languageserver-types';
import { Article } from '../engine/article';
import { SourceQuotes } from '../engine/attribution';
import { Entity, NameIndex, nameKey, NameMention } from '../engine/names';
import { rolesByUse } from '../engine/roles';
import { LineIndex } from '../engine/positions';
import { articleLabel, articleUri, CancellationToken, sourceRange } from './common';
import { escapeMarkdown } from './markdown';

export interface NameAt {
  start: number;
  end: number;
  surface: string;
  entities: Entity[];
}

// (Brackets too: "Communist Party of India (Marxist)", a faction in brackets being part of a party's name.)
const NAME_WORD = /[\p{L}\p{M}\p{N}'’.\-&()]/u;

/** The longest known name around an offset: "Sergey Lavrov", "Lavrov's", "OSCE". */
export function nameAt(text: string, offset: number, index: NameIndex): NameAt | undefined {
  // The run of words (and connectors) around the offset on this line, at most 6 words either side.
  let from = offset;
  let to = offset;
  while (from > 0 && (NAME_WORD.test(text[from - 1]) || (text[from - 1] === ' ' && NAME_WORD.test(text[from - 2] ?? '')))) from--;
  while (to < text.length && (NAME_WORD.test(text[to]) || (text[to] === ' ' && NAME_WORD.test(text[to + 1] ?? '')))) to++;
  const words: Array<{ start: number; end: number }> = [];
  for (const m of text.slice(from, to).matchAll(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.\-&]*/gu)) {
    let end = from + m.index! + m[0].length;
    while (/[.'’\-]/.test(text[end - 1])) end--;
    words.push({ start: from + m.index!, end });
  }
  const at = words.findIndex((w) => w.start <= offset && offset <= w.end);
  if (at < 0) return undefined;
  let best: NameAt | undefined;
  for (let i = Math.max(0, at - 6); i <= at; i++) {
    for (let j = Math.min(words.length - 1, at + 6); j >= at; j--) {
      // ("Donald Trump Jr.": a name may end in an abbreviation's full stop, which a sentence's full stop looks like.)
      const dotted = text[words[j].end] === '.' && index.find(text.slice(words[i].start, words[j].end + 1)).length > 0;
      const opened = text.slice(words[i].start, words[j].end);
      const bracketed = !dotted && text[words[j].end] === ')' && opened.lastIndexOf('(') > opened.lastIndexOf(')');
      const surface = text.slice(words[i].start, words[j].end + (dotted || bracketed ? 1 : 0));
      if (best && surface.length <= best.surface.length) continue;
      const entities = index.find(surface);
      // "Lavrov's" finds Lavrov; the possessive ending is not part of the name's range.
      const end = dotted || bracketed ? words[j].end + 1 : /['’]s$/.test(surface) && !index.find(surface.slice(0, -2)).length ? words[j].end : words[j].end - (/['’]s$/.test(surface) ? 2 : 0);
      if (entities.length) best = { start: words[i].start, end, surface: text.slice(words[i].start, end), entities };
    }
  }
  return best;
}

const TYPE_LABEL = { person: 'person', organization: 'organisation', place: 'place' } as const;

/** A link that opens a source article at a mention (built from the file path, not from source text). */
export function mentionLink(m: NameMention, label: string): string {
  const range = sourceRange({ article: m.article, start: m.start, end: m.end });
  const uri = `${articleUri(m.article)}#L${range.start.line + 1},${range.start.character + 1}`.replace(/[()\s]/g, (c) => encodeURIComponent(c));
  return `[${escapeMarkdown(label)}](${uri})`;
}

function mentionsByArticle(e: Entity): Array<{ article: Article; mentions: NameMention[] }> {
  const groups = new Map<Article, NameMention[]>();
  for (const m of e.mentions) groups.set(m.article, [...(groups.get(m.article) ?? []), m]);
  return [...groups.entries()].map(([article, mentions]) => ({ article, mentions }));
}

/** Quotes the sources attribute to this entity (first few). */
export function quotesBy(e: Entity, sourceQuotes: SourceQuotes | undefined, max = 3): Array<{ text: string; mention: NameMention }> {
  if (!sourceQuotes) return [];
  return sourceQuotes
    .quotesBy(e)
    .filter((q) => q.quote.quote.text.split(/\s+/).length >= 3)
    .slice(0, max)
    .map((q) => ({ text: q.quote.quote.text, mention: { article: q.article, start: q.quote.quote.contentStart, end: q.quote.quote.contentEnd } }));
}

export function entityMarkdown(e: Entity, sourceQuotes?: SourceQuotes): string {
  const lines: string[] = [`**${escapeMarkdown(e.name)}** · ${TYPE_LABEL[e.type]}`];
  if (e.aliases.length) lines.push(`Also: ${e.aliases.map(escapeMarkdown).join(', ')}`);
  if (e.roles.length) {
    lines.push(
      rolesByUse(e)
        .slice(0, 6)
        .map(({ role, articles }) => {
          const more = articles > 1 ? ` (and ${articles - 1} more article${articles === 2 ? '' : 's'})` : '';
          return `- ${escapeMarkdown(role.text)} — ${mentionLink(role, articleLabel(role.article))}${more}`;
        })
        .join('\n'),
    );
  }
  const groups = mentionsByArticle(e);
  const total = e.mentions.length;
  lines.push(
    `${total} mention${total === 1 ? '' : 's'} in ${groups.length} article${groups.length === 1 ? '' : 's'}: ` +
      groups
        .slice(0, 8)
        .map((g) => `${mentionLink(g.mentions[0], g.article.title)} (${g.mentions.length})`)
        .join(', '),
  );
  const quotes = quotesBy(e, sourceQuotes);
  if (quotes.length) {
    lines.push(
      quotes
        .map((q) => {
          const short = q.text.length > 140 ? q.text.slice(0, 139).replace(/\s+\S*$/, '') + '…' : q.text;
          return `> “${escapeMarkdown(short)}” — ${mentionLink(q.mention, 'source')}`;
        })
        .join('\n>\n'),
    );
  }
  return lines.join('\n\n');
}

export function getNameHover(
  text: string,
  lines: LineIndex,
  position: Position,
  index: NameIndex,
  token?: CancellationToken,
  sourceQuotes?: SourceQuotes,
): Hover | null {
  const found = nameAt(text, lines.offsetAt(position), index);
  if (!found || token?.isCancellationRequested) return null;
  const parts = found.entities.map((e) => entityMarkdown(e, sourceQuotes));
  if (found.entities.length > 1) parts.unshift(`*“${escapeMarkdown(found.surface)}” could be ${found.entities.length} different entries in the sources:*`);
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: lines.rangeOf(found.start, found.end) };
}

function location(m: NameMention): Location {
  return { uri: articleUri(m.article), range: sourceRange(m) };
}

/** The defining mention: the first use of the full name (else the first mention) in the sources. */
export function definingMention(e: Entity): NameMention | undefined {
  const full = e.mentions.find((m) => nameKey(m.article.text.slice(m.start, m.end)) === nameKey(e.name));
  return full ?? e.mentions[0];
}

export function getNameDefinition(text: string, lines: LineIndex, position: Position, index: NameIndex): Location[] {
  const found = nameAt(text, lines.offsetAt(position), index);
  if (!found) return [];
  return found.entities.map(definingMention).filter((m): m is NameMention => !!m).map(location);
}

/** Every mention in the sources, and every use of the entity's forms in the open drafts. */
export function getNameReferences(
  text: string,
  lines: LineIndex,
  position: Position,
  index: NameIndex,
  drafts: Array<{ uri: string; text: string }>,
): Location[] {
  const found = nameAt(text, lines.offsetAt(position), index);
  if (!found) return [];
  const out: Location[] = [];
  for (const e of found.entities) {
    out.push(...e.mentions.map(location));
    const forms = [e.name, ...e.aliases].sort((a, b) => b.length - a.length);
    for (const d of drafts) {
      const dl = new LineIndex(d.text);
      const taken: Array<[number, number]> = [];
      for (const f of forms) {
        let at = d.text.indexOf(f);
        while (at >= 0) {
          const end = at + f.length;
          const edge = !/[\p{L}\p{N}]/u.test(d.text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(d.text[end] ?? ' ');
          if (edge && !taken.some(([s, t]) => at < t && end > s)) {
            taken.push([at, end]);
            out.push({ uri: d.uri, range: dl.rangeOf(at, end) });
          }
          at = d.text.indexOf(f, end);
        }
      }
    }
  }
  return out;
}

const SYMBOL_KIND = { person: SymbolKind.Variable, organization: SymbolKind.Class, place: SymbolKind.Namespace } as const;

export function getWorkspaceSymbols(query: string, index: NameIndex, limit = 200): SymbolInformation[] {
  const q = query.toLowerCase().trim();
  const out: SymbolInformation[] = [];
  for (const e of index.entities) {
    if (q && ![e.name, ...e.aliases].some((f) => f.toLowerCase().includes(q))) continue;
    const m = definingMention(e);
    if (!m) continue;
    out.push({ name: e.name, kind: SYMBOL_KIND[e.type], location: location(m), containerName: TYPE_LABEL[e.type] });
    if (out.length >= limit) break;
  }
  return out;
}

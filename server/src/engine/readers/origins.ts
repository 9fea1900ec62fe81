/**
 * Extracted text that still knows where it came from: formats such as subtitles copy runs of the file into the
 * article's text, and each run records its line and character in the file, so go-to-source can open the file itself.
 */
import { Article, TextOrigin } from '../article';
import { Position, Range } from '../positions';

export class TextBuilder {
  text = '';
  readonly origins: TextOrigin[] = [];

  /** Appends text; `from` is where it stands in the file when it is a verbatim copy of one line's characters. */
  append(s: string, from?: { line: number; character: number }): void {
    if (!s) return;
    if (from) this.origins.push({ at: this.text.length, length: s.length, line: from.line, character: from.character });
    this.text += s;
  }

  get length(): number {
    return this.text.length;
  }
}

/** Where an offset of extracted text stands in the file; offsets between runs snap to the nearer side. */
function positionOf(origins: readonly TextOrigin[], offset: number, edge: 'start' | 'end'): Position | undefined {
  if (!origins.length) return undefined;
  // The last run starting at or before the offset (for an end offset: strictly before it).
  let lo = 0;
  let hi = origins.length - 1;
  const key = edge === 'end' ? offset - 1 : offset;
  if (origins[0].at > key) return { line: origins[0].line, character: origins[0].character };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (origins[mid].at <= key) lo = mid;
    else hi = mid - 1;
  }
  const o = origins[lo];
  const inside = offset - o.at;
  if (edge === 'end') return { line: o.line, character: o.character + Math.min(inside, o.length) };
  if (inside <= o.length) return { line: o.line, character: o.character + inside };
  const next = origins[lo + 1];
  return next ? { line: next.line, character: next.character } : { line: o.line, character: o.character + o.length };
}

/** The file range of [start, end) of an article's extracted text, when the format keeps origins. */
export function fileRange(article: Article, start: number, end: number): Range | undefined {
  if (!article.origins?.length) return undefined;
  const s = positionOf(article.origins, start, 'start')!;
  const e = end > start ? positionOf(article.origins, end, 'end')! : s;
  return { start: s, end: e };
}

// Characters that web copy leaves in text and that no reader sees: soft hyphens, word joiners, byte-order marks inside
// the text, left-to-right and right-to-left marks, and zero-width joiners outside emoji sequences. They hide words from
// the name and attribution patterns ("Daily Xtra\u200D's editorial director"), so the text drops them.
const INVISIBLE = /[\u00ad\u2060\ufeff\u200e\u200f]|\u200d(?!\p{Extended_Pictographic})|(?<![\p{Extended_Pictographic}\ufe0f\u{1f3fb}-\u{1f3ff}])\u200d/gu;
const ANY_INVISIBLE = /[\u00ad\u2060\ufeff\u200e\u200f\u200d\u200b]/u;

/** Extracted text (a web page's, a Word document's) without invisible characters: its offsets need no way back. */
export function visibleText(s: string): string {
  return ANY_INVISIBLE.test(s) ? s.replace(INVISIBLE, '').replace(/\u200b/g, ' ') : s;
}

/**
 * A file's text without invisible characters, with origins that lead each run back to its line and character in the
 * file; undefined when there are none. (A zero-width space separates words: it reads as a space.)
 */
export function withoutInvisibles(text: string): { text: string; origins: TextOrigin[] } | undefined {
  if (!ANY_INVISIBLE.test(text)) return undefined;
  const builder = new TextBuilder();
  let line = 0;
  let lineStart = 0;
  const copy = (from: number, to: number) => {
    // Runs never cross a line break: an origin is a line and a character.
    for (let at = from; at < to; ) {
      const nl = text.indexOf('\n', at);
      const end = nl < 0 || nl >= to ? to : nl + 1;
      builder.append(text.slice(at, end).replace(/\u200b/g, ' '), { line, character: at - lineStart });
      if (end === nl + 1) {
        line++;
        lineStart = end;
      }
      at = end;
    }
  };
  let last = 0;
  for (const m of text.matchAll(INVISIBLE)) {
    copy(last, m.index!);
    last = m.index! + m[0].length;
  }
  copy(last, text.length);
  return builder.text === text ? undefined : { text: builder.text, origins: builder.origins };
}

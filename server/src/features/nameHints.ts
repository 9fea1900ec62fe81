/**
 * A name in the draft spelt close to a known one ("Zaharova" for "Zakharova") gets a hint with a quick-fix. Names
 * that no source knows, and words the sources use themselves, are left alone.
 */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { Corpus } from '../engine/corpus';
import { NameIndex } from '../engine/names';
import { LineIndex } from '../engine/positions';
import { normalizeWord } from '../engine/text';

export const NAME_SPELLING_CODE = 'name-spelling';

export interface NameSpellingData {
  replacement: string;
}

/** Edit distance with transpositions (optimal string alignment), stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2 = new Array(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2.splice(0, prev2.length, ...prev);
    prev = cur;
  }
  return prev[b.length];
}

/** Single-word forms of known names (surnames, one-word names, acronyms excluded), by first letter. */
function nameWords(index: NameIndex): Map<string, string[]> {
  const byInitial = new Map<string, string[]>();
  const add = (w: string) => {
    if (w.length < 4 || /^\p{Lu}+$/u.test(w)) return;
    const k = w[0].toLowerCase();
    const list = byInitial.get(k) ?? [];
    if (!list.includes(w)) list.push(w);
    byInitial.set(k, list);
  };
  for (const e of index.entities) {
    for (const form of [e.name, ...e.aliases]) {
      const parts = form.split(/\s+/);
      if (e.type === 'person') parts.forEach(add);
      else if (parts.length === 1) add(form);
    }
  }
  return byInitial;
}

interface HintTable {
  /** Single-word forms of the index's names, by first letter. */
  words: Map<string, string[]>;
  /** A draft word → the known name it looks like a misspelling of, or null; for `corpus` at `version`. */
  closest: Map<string, string | null>;
  /** A line of the draft → its misspelt names (offset in the line, word, known name); for the same sources. */
  lines: Map<string, LineHint[]>;
  corpus: Corpus;
  version: number;
}

interface LineHint {
  at: number;
  word: string;
  name: string;
}

const tables = new WeakMap<NameIndex, HintTable>();
/** Distinct draft words remembered before the memo starts again (a draft has a few thousand). */
const MAX_REMEMBERED = 50_000;

/**
 * The known name `word` looks like a misspelling of, or null. Remembered per word: a keystroke re-checks the whole
 * draft, and comparing each of its capitalised words with every known name was most of a re-check.
 */
function closestName(table: HintTable, index: NameIndex, word: string): string | null {
  let hit = table.closest.get(word);
  if (hit !== undefined) return hit;
  hit = null;
  if (!index.find(word).length && !table.corpus.occurrences(normalizeWord(word)).length) {
    const max = word.length >= 8 ? 2 : 1;
    let bestDistance = max + 1;
    for (const c of table.words.get(word[0].toLowerCase()) ?? []) {
      const d = editDistance(word.toLowerCase(), c.toLowerCase(), max);
      if (d > 0 && d < bestDistance) {
        bestDistance = d;
        hit = c;
      }
    }
  }
  if (table.closest.size >= MAX_REMEMBERED) table.closest.clear();
  table.closest.set(word, hit);
  return hit;
}

export function computeNameHints(prose: string, lines: LineIndex, index: NameIndex, corpus: Corpus): Diagnostic[] {
  let table = tables.get(index);
  // Made again when the sources change: words they did not use may be in them now.
  if (!table || table.corpus !== corpus || table.version !== corpus.version) {
    table = { words: table?.words ?? nameWords(index), closest: new Map(), lines: new Map(), corpus, version: corpus.version };
    tables.set(index, table);
  }
  const out: Diagnostic[] = [];
  // Line by line, each line's answer remembered: a keystroke changes one line, and scanning the whole draft for
  // capitalised words was a tenth of a re-check. (A word never spans a line, so the answer is the same.)
  for (let start = 0; start <= prose.length; ) {
    const nl = prose.indexOf('\n', start);
    const end = nl < 0 ? prose.length : nl;
    for (const hint of lineHints(table, index, prose.slice(start, end))) {
      const data: NameSpellingData = { replacement: hint.name };
      out.push({
        range: lines.rangeOf(start + hint.at, start + hint.at + hint.word.length),
        severity: DiagnosticSeverity.Hint,
        code: NAME_SPELLING_CODE,
        source: 'verbatim',
        message: `"${hint.word}" is not in the sources: did you mean "${hint.name}"?`,
        data,
      });
    }
    start = end + 1;
  }
  return out;
}

function lineHints(table: HintTable, index: NameIndex, line: string): LineHint[] {
  let hints = table.lines.get(line);
  if (hints) return hints;
  hints = [];
  for (const m of line.matchAll(/(?<![\p{L}\p{N}'’\-])\p{Lu}[\p{Ll}\p{M}]{3,}(?![\p{L}\p{N}\-])/gu)) {
    const name = closestName(table, index, m[0]);
    if (name !== null) hints.push({ at: m.index!, word: m[0], name });
  }
  if (table.lines.size >= MAX_REMEMBERED) table.lines.clear();
  table.lines.set(line, hints);
  return hints;
}

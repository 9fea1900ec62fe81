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

const cache = new WeakMap<NameIndex, Map<string, string[]>>();

export function computeNameHints(prose: string, lines: LineIndex, index: NameIndex, corpus: Corpus): Diagnostic[] {
  let words = cache.get(index);
  if (!words) {
    words = nameWords(index);
    cache.set(index, words);
  }
  const out: Diagnostic[] = [];
  for (const m of prose.matchAll(/(?<![\p{L}\p{N}'’\-])\p{Lu}[\p{Ll}\p{M}]{3,}(?![\p{L}\p{N}\-])/gu)) {
    const w = m[0];
    if (index.find(w).length || corpus.occurrences(normalizeWord(w)).length) continue;
    const candidates = words.get(w[0].toLowerCase()) ?? [];
    const max = w.length >= 8 ? 2 : 1;
    let best: { name: string; d: number } | undefined;
    for (const c of candidates) {
      const d = editDistance(w.toLowerCase(), c.toLowerCase(), max);
      if (d <= max && d > 0 && (!best || d < best.d)) best = { name: c, d };
    }
    if (!best) continue;
    const data: NameSpellingData = { replacement: best.name };
    out.push({
      range: lines.rangeOf(m.index!, m.index! + w.length),
      severity: DiagnosticSeverity.Hint,
      code: NAME_SPELLING_CODE,
      source: 'verbatim',
      message: `"${w}" is not in the sources: did you mean "${best.name}"?`,
      data,
    });
  }
  return out;
}

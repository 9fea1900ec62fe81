#!/usr/bin/env node
// Checks test/devset/attribution/labels.json against the drafts and the source articles.
// Standalone: Node >= 18, no dependencies.
// Usage: node test/devset/attribution/validate.mjs [path/to/labels.json | path/to/set-directory]
//   e.g. node test/devset/attribution/validate.mjs test/devset/attribution-tuning3
//
// What is checked (see README.md):
//  - every quotation (“...”) in a draft is labelled, in document order, and every label's `text` is the inner text
//    of that quotation (whitespace collapsed); drafts use only curly double quotes, so any other quotation mark
//    (" « » „ ‘ ’-as-quote) in a draft is an error; a draft has 2-5 paragraphs under its heading;
//  - each quote has at least 4 words; only `ellipsis-changes-meaning` quotes contain an ellipsis;
//  - the words (lower case, punctuation, brackets and quote style ignored) occur contiguously in `source`;
//    for ellipsis quotes each piece occurs, in order, and the source words between two pieces are at most 3 and
//    include "not", "never", "no" or "only";
//  - correct / misattributed / ellipsis quotes lie INSIDE quotation marks in the source; not-a-direct-quote quotes
//    lie OUTSIDE quotation marks there (and nowhere inside);
//  - fields: `expected`, `sourcePattern`, `draftPattern` take the documented values; `sourceSpeaker` and
//    `sourcePattern` are null exactly for not-a-direct-quote;
//  - speakers: `draftSpeaker` occurs in the quote's paragraph of the draft; the source speaker's surname (last
//    capitalised word) occurs in the source; for correct / ellipsis quotes the draft speaker shares a name word
//    with the source speaker, or is a pronoun / continuation whose antecedent (a word of the source speaker's name)
//    appears earlier in the same paragraph; for misattributed quotes the draft speaker is an explicit name (not a
//    pronoun), appears in the source article, and shares no name word with the source speaker.
// Prints counts per label and per pattern, and exits 1 on any error.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..', '..');
// The argument may be a labels.json file or a set's directory (containing labels.json); default: this directory.
const arg = process.argv[2] ? path.resolve(process.argv[2]) : null;
const labelsPath = !arg ? path.join(HERE, 'labels.json')
  : fs.existsSync(arg) && fs.statSync(arg).isDirectory() ? path.join(arg, 'labels.json') : arg;
const labels = JSON.parse(fs.readFileSync(labelsPath, 'utf8'));
// Size minimums: the tuning set (this directory) needs >= 110 quotes and every pattern >= 5 times on each side;
// any other set (e.g. the held-out set) needs >= 40 quotes and every DRAFT pattern >= 2 times (its source
// patterns are whatever the source articles use, so they are only counted).
const isTuningSet = path.dirname(labelsPath) === HERE;
const MIN_QUOTES = isTuningSet ? 110 : 40;
const MIN_PER_PATTERN = isTuningSet ? { sourcePattern: 5, draftPattern: 5 } : { sourcePattern: 0, draftPattern: 2 };

const EXPECTED = ['correct', 'misattributed', 'not-a-direct-quote', 'ellipsis-changes-meaning'];
const PATTERNS = ['X-said', 'said-X', 'appositive', 'according-to', 'told', 'other-verb', 'pronoun', 'continued',
  'organisation', 'colon'];
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'him', 'her']);
const NEGATIONS = new Set(['not', 'never', 'no', 'only']);
const MAX_GAP = 3;

const errors = [];
const fail = (where, msg) => errors.push(`${where}: ${msg}`);

// ---------------------------------------------------------------- words

const TOKEN_RE = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}\p{M}]+(?:'[\p{L}\p{N}\p{M}]+)*/gu;
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʼ‘`´]/g, "'").replace(/[[\]]/g, '').toLowerCase();
const words = (s) => fold(s).match(TOKEN_RE) ?? [];
const ELLIPSIS_RE = /\s*(?:\.\s*){3}\s*|\s*…\s*/;
const collapse = (s) => s.replace(/\s+/g, ' ').trim();
const nameWords = (s) => new Set(words(s).map((w) => w.replace(/'s$/, '')).filter((w) => w.length > 1));

// ---------------------------------------------------------------- sources

/** Source text as tokens, each with a flag: inside quotation marks or not (state reset at every line). */
function tokenizeSource(text) {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, ''); // YAML front matter
  const tokens = [];
  for (const line of body.split('\n')) {
    let inside = false;
    // walk the line: quotation marks change state, words are collected with the current state
    const re = /[“”"]|\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}\p{M}[\]]+(?:['’ʼ‘][\p{L}\p{N}\p{M}[\]]+)*/gu;
    for (const m of line.matchAll(re)) {
      const t = m[0];
      if (t === '“') inside = true;
      else if (t === '”') inside = false;
      else if (t === '"') inside = !inside;
      else for (const w of words(t)) tokens.push({ w, inside });
    }
  }
  return tokens;
}

const sourceCache = new Map();
function source(rel) {
  if (!sourceCache.has(rel)) {
    const abs = path.resolve(ROOT, rel);
    if (!fs.existsSync(abs)) { sourceCache.set(rel, null); return null; }
    const text = fs.readFileSync(abs, 'utf8');
    sourceCache.set(rel, { text, tokens: tokenizeSource(text), words: new Set(words(text).map((w) => w.replace(/'s$/, ''))) });
  }
  return sourceCache.get(rel);
}
const inAllowedFolder = (rel) => (labels.sources ?? []).some((d) => rel.startsWith(d.replace(/\/$/, '') + '/'));

/** All start indices where `piece` (array of words) occurs in tokens. */
function occurrences(tokens, piece) {
  const out = [];
  for (let i = 0; i + piece.length <= tokens.length; i++) {
    let ok = true;
    for (let k = 0; k < piece.length && ok; k++) ok = tokens[i + k].w === piece[k];
    if (ok) out.push(i);
  }
  return out;
}
const allInside = (tokens, i, n) => tokens.slice(i, i + n).every((t) => t.inside);
const allOutside = (tokens, i, n) => tokens.slice(i, i + n).every((t) => !t.inside);

// ---------------------------------------------------------------- drafts

/** Paragraphs of a draft (blank-line separated), with the quotations of each in order. */
function parseDraft(text) {
  const paras = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return paras.map((p) => {
    const quotes = [];
    for (const m of p.matchAll(/“([^“”]*)”/g)) quotes.push({ text: collapse(m[1]), index: m.index });
    const stray = p.replace(/“[^“”]*”/g, '').match(/[“”"«»„‘]|(?<![\p{L}\p{N}])’|’(?![\p{L}\p{N}])/gu);
    return { text: p, quotes, stray: stray ?? [] };
  });
}

// ---------------------------------------------------------------- checks

const counts = { expected: {}, sourcePattern: {}, draftPattern: {} };
const bump = (k, v) => (counts[k][v ?? 'null'] = (counts[k][v ?? 'null'] ?? 0) + 1);
let total = 0;

for (const d of labels.drafts ?? []) {
  const draftAbs = path.resolve(ROOT, d.path);
  if (!fs.existsSync(draftAbs)) { fail(d.path, 'draft file missing'); continue; }
  const paras = parseDraft(fs.readFileSync(draftAbs, 'utf8'));
  const body = paras.filter((p) => !p.text.startsWith('#'));
  if (body.length < 2 || body.length > 5) fail(d.path, `${body.length} paragraphs (want 2-5)`);
  for (const p of paras) if (p.stray.length) fail(d.path, `stray quotation marks ${p.stray.join(' ')} in "${p.text.slice(0, 60)}..."`);
  const found = paras.flatMap((p, pi) => p.quotes.map((q) => ({ ...q, para: pi })));
  if (found.length !== d.quotes.length) fail(d.path, `${found.length} quotations in draft, ${d.quotes.length} labels`);

  d.quotes.forEach((q, qi) => {
    total++;
    const where = `${path.basename(d.path)} #${qi + 1} "${(q.text ?? '').slice(0, 50)}"`;
    const f = found[qi];
    if (!f) { fail(where, 'no matching quotation in the draft'); return; }
    if (f.text !== q.text) fail(where, `draft has "${f.text.slice(0, 60)}" at this position`);
    if (!EXPECTED.includes(q.expected)) fail(where, `bad expected ${q.expected}`);
    if (!PATTERNS.includes(q.draftPattern)) fail(where, `bad draftPattern ${q.draftPattern}`);
    const nad = q.expected === 'not-a-direct-quote';
    if (nad ? q.sourcePattern !== null : !PATTERNS.includes(q.sourcePattern)) fail(where, `bad sourcePattern ${q.sourcePattern}`);
    if (nad ? q.sourceSpeaker !== null : !(typeof q.sourceSpeaker === 'string' && q.sourceSpeaker)) fail(where, 'sourceSpeaker must be null exactly for not-a-direct-quote');
    bump('expected', q.expected); bump('sourcePattern', q.sourcePattern); bump('draftPattern', q.draftPattern);

    // --- words against the source
    const src = inAllowedFolder(q.source ?? '') ? source(q.source) : null;
    if (!src) { fail(where, `source ${q.source} missing or outside the listed folders`); return; }
    const isEllipsis = q.expected === 'ellipsis-changes-meaning';
    // In a quote not labelled as an ellipsis, "[...]" copies an elision the source itself marks (its words must
    // then run on in the source).
    const isEllipsisLabel = q.expected === 'ellipsis-changes-meaning';
    const pieces = (isEllipsisLabel ? q.text : q.text.replace(/\[\s*(?:(?:\.\s*){3}|…)\s*\]/g, ' ')).split(ELLIPSIS_RE).map(words).filter((p) => p.length);
    const nWords = pieces.reduce((a, p) => a + p.length, 0);
    if (nWords < 4) fail(where, `only ${nWords} words`);
    if (isEllipsis !== pieces.length > 1 || (isEllipsis && pieces.length !== 2)) fail(where, isEllipsis ? 'ellipsis quote needs exactly one ellipsis' : 'unexpected ellipsis');
    const T = src.tokens;
    if (isEllipsis && pieces.length === 2) {
      let ok = false;
      for (const i of occurrences(T, pieces[0])) {
        const end = i + pieces[0].length;
        for (let gap = 1; gap <= MAX_GAP && !ok; gap++) {
          const j = end + gap;
          const gapWords = T.slice(end, j).map((t) => t.w);
          if (!gapWords.some((w) => NEGATIONS.has(w))) continue;
          if (occurrences(T.slice(j, j + pieces[1].length), pieces[1]).includes(0)
              && allInside(T, i, j + pieces[1].length - i)) ok = true;
        }
        if (ok) break;
      }
      if (!ok) fail(where, `pieces not found in ${q.source} inside a quotation with not/never/no/only (<= ${MAX_GAP} words) between them`);
    } else if (pieces.length === 1) {
      const occ = occurrences(T, pieces[0]);
      const n = pieces[0].length;
      if (!occ.length) fail(where, `words do not occur contiguously in ${q.source}`);
      else if (nad) {
        if (!occ.some((i) => allOutside(T, i, n))) fail(where, 'not-a-direct-quote, but the words are not outside quotation marks in the source');
        if (occ.some((i) => allInside(T, i, n))) fail(where, 'not-a-direct-quote, but the words also occur inside quotation marks in the source');
      } else if (!occ.some((i) => allInside(T, i, n))) fail(where, 'the words are not inside quotation marks in the source');
    }

    // --- speakers
    const para = paras[f.para].text;
    if (typeof q.draftSpeaker !== 'string' || !para.includes(q.draftSpeaker)) fail(where, `draftSpeaker "${q.draftSpeaker}" not in the quote's paragraph`);
    const ds = nameWords(q.draftSpeaker ?? '');
    const isPronoun = [...ds].length === 1 && PRONOUNS.has([...ds][0]);
    if (q.sourceSpeaker) {
      const caps = (q.sourceSpeaker.match(/[\p{Lu}][\p{L}\p{M}'’-]*/gu) ?? []).map((w) => fold(w).replace(/'s$/, ''));
      const surname = caps[caps.length - 1];
      // ("Gallego-Lazo": the source's words split at hyphens.)
      if (!surname || !surname.split('-').every((w) => src.words.has(w))) fail(where, `source speaker "${q.sourceSpeaker}" (${surname}) not found in the source`);
      const ss = nameWords(q.sourceSpeaker);
      const shares = [...ds].some((w) => ss.has(w) && !['the', 'of', 'us'].includes(w));
      if (q.expected === 'misattributed') {
        if (isPronoun) fail(where, 'misattribution must name the speaker explicitly');
        if (shares) fail(where, `draft speaker "${q.draftSpeaker}" shares a name with source speaker "${q.sourceSpeaker}"`);
        const dcaps = (q.draftSpeaker.match(/[\p{Lu}][\p{L}\p{M}'’-]*/gu) ?? []).map((w) => fold(w).replace(/'s$/, ''));
        if (!dcaps.length || !src.words.has(dcaps[dcaps.length - 1])) fail(where, `draft speaker "${q.draftSpeaker}" does not appear in the source article`);
      } else if (!nad) {
        if (isPronoun || q.draftPattern === 'continued') {
          const before = nameWords(para.slice(0, f.index));
          if (![...ss].some((w) => before.has(w))) fail(where, `no antecedent for "${q.draftSpeaker}" earlier in the paragraph`);
        } else if (!shares) fail(where, `draft speaker "${q.draftSpeaker}" does not name source speaker "${q.sourceSpeaker}"`);
      }
      if (isPronoun !== (q.draftPattern === 'pronoun')) fail(where, 'draftPattern pronoun <=> draftSpeaker is a pronoun');
    }
  });
}

// ---------------------------------------------------------------- report

const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
console.log(`${labels.drafts?.length ?? 0} drafts, ${total} quotes`);
console.log(`expected:      ${fmt(counts.expected)}`);
console.log(`sourcePattern: ${fmt(counts.sourcePattern)}`);
console.log(`draftPattern:  ${fmt(counts.draftPattern)}`);
for (const k of ['sourcePattern', 'draftPattern']) {
  for (const p of PATTERNS) if ((counts[k][p] ?? 0) < MIN_PER_PATTERN[k]) fail(k, `${p} used ${counts[k][p] ?? 0} times (want >= ${MIN_PER_PATTERN[k]})`);
}
if (total < MIN_QUOTES) fail('labels', `${total} quotes (want >= ${MIN_QUOTES})`);
if (errors.length) {
  console.error(`\n${errors.length} error(s):\n` + errors.map((e) => '  ' + e).join('\n'));
  process.exit(1);
}
console.log('OK');

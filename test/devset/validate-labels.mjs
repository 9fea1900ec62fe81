#!/usr/bin/env node
// Checks that test/devset/labels.json agrees with the draft files and the source articles.
// Standalone: Node >= 18, no dependencies. Usage: node test/devset/validate-labels.mjs [path/to/labels.json]
//
// What is checked (see README.md):
//  - every label's `text` occurs in its draft (whitespace runs, line breaks and block-quote `>` markers collapsed),
//    in document order, bounded by a matching pair of quotation marks (or forming a `> ` block-quote paragraph);
//  - after the labelled quotes are taken out, no double quotation mark (" “ ” « » „) or ‘ is left in the draft's prose
//    except `unterminated` of them (front matter, code spans, fenced code and link URLs are ignored);
//  - verified: the words occur contiguously in `source` (lowercase words, punctuation / typography ignored;
//    `...`, `…`, `[...]` split the quote into pieces that must occur in order close together;
//    a bracketed insertion `[the OSCE]` stands for 0-8 source words);
//  - misquote: `expected` passes that test against `source` (also with the source's letter case), `text` does not
//    pass it against any source, and the two differ by 1-3 word edits (a quote of at least 5 words);
//  - unverified: the words occur in no source file; `invented` quotes have at least 5 words and share no run of more
//    than a third of their words with any source;
//  - a few case-specific shape checks (scare = 1 word, ellipsis has an ellipsis, guillemets use « », ...).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const labelsPath = path.resolve(process.argv[2] ?? path.join(HERE, 'labels.json'));
const labels = JSON.parse(fs.readFileSync(labelsPath, 'utf8'));

const CASES = {
  verified: ['exact', 'fragment', 'typography', 'case-start', 'punctuation-moved', 'line-break', 'block', 'single',
    'guillemets', 'low-high', 'nested', 'ellipsis', 'bracket', 'scare'],
  misquote: ['word-changed', 'word-dropped', 'word-added', 'negation', 'number', 'name', 'ellipsis-misquote', 'multi',
    'transposed'],
  unverified: ['invented', 'short-invented'],
};
const MAX_BRACKET_WORDS = 8; // a bracketed insertion stands for 0..8 source words
const MAX_PIECE_GAP = 300; // words allowed between the pieces of an ellipsis quote

const errors = [];
const fail = (where, msg) => errors.push(`${where}: ${msg}`);

// ---------------------------------------------------------------- words

// A number keeps its separators ("1,000", "26.9"); a word keeps inner apostrophes ("Russia's", "don't").
const TOKEN_RE = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}\p{M}]+(?:['’ʼ‘][\p{L}\p{N}\p{M}]+)*/gu;
function fold(word, keepCase = false) {
  const w = word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʼ‘]/g, "'");
  return keepCase ? w : w.toLowerCase();
}
function words(text, keepCase = false) {
  return (text.match(TOKEN_RE) ?? []).map((w) => fold(w, keepCase));
}

const ELLIPSIS_RE = /\[\s*(?:\.\s*){3,4}\]|\[\s*…\s*\]|(?:\.\s*){3,4}|…/g;
const BRACKET_RE = /\[[^\]]*\]/g;

/** A quote as ellipsis-separated pieces, each a list of items: a word, or null for a bracketed insertion. */
function pattern(text, keepCase = false) {
  return text
    .split(ELLIPSIS_RE)
    .map((piece) => {
      const items = [];
      let last = 0;
      for (const m of piece.matchAll(BRACKET_RE)) {
        items.push(...words(piece.slice(last, m.index), keepCase));
        items.push(null);
        last = m.index + m[0].length;
      }
      items.push(...words(piece.slice(last), keepCase));
      // a piece that is only bracketed insertions says nothing about the source
      return items.some((x) => x !== null) ? items : [];
    })
    .filter((items) => items.length > 0);
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function pieceRegex(items) {
  let src = ' ';
  for (const it of items) src += it === null ? `(?:\\S+ ){0,${MAX_BRACKET_WORDS}}` : `${escapeRe(it)} `;
  return new RegExp(src, 'gu');
}

/** Does the quote (pieces in order, close together) occur in the source word string " w1 w2 ... "? */
function matchesWords(text, srcString, keepCase = false) {
  const pieces = pattern(text, keepCase).map(pieceRegex);
  if (pieces.length === 0) return false;
  const tryFrom = (k, from, prevEnd) => {
    if (k === pieces.length) return true;
    const re = pieces[k];
    let pos = from;
    for (;;) {
      re.lastIndex = pos;
      const m = re.exec(srcString);
      if (!m) return false;
      if (k > 0) {
        const gap = srcString.slice(prevEnd, m.index).split(' ').length - 1;
        if (gap > MAX_PIECE_GAP) return false;
      }
      const end = m.index + m[0].length - 1; // keep the trailing space for the next piece
      if (tryFrom(k + 1, end, end)) return true;
      pos = m.index + 1;
    }
  };
  return tryFrom(0, 0, 0);
}

// ---------------------------------------------------------------- sources

function listFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (/\.(md|txt)$/i.test(e.name)) out.push(p);
  }
  return out.sort();
}
const sources = new Map(); // relative path -> { lower, cased }
for (const dir of labels.sources ?? []) {
  const abs = path.resolve(ROOT, dir);
  if (!fs.existsSync(abs)) { fail('sources', `folder ${dir} does not exist`); continue; }
  for (const file of listFiles(abs)) {
    const text = fs.readFileSync(file, 'utf8');
    sources.set(path.relative(ROOT, file).split(path.sep).join('/'), {
      raw: text.replace(/\s+/g, ' '),
      lower: ` ${words(text).join(' ')} `,
      cased: ` ${words(text, true).join(' ')} `,
    });
  }
}
const allSourceText = [...sources.values()].map((s) => s.lower).join(' | ');
const inAnySource = (text) => [...sources.keys()].filter((k) => matchesWords(text, sources.get(k).lower));

/** Longest run of consecutive quote words found in any source. */
function longestSharedRun(ws) {
  for (let n = ws.length; n > 0; n--) {
    for (let i = 0; i + n <= ws.length; i++) {
      if (allSourceText.includes(` ${ws.slice(i, i + n).join(' ')} `)) return n;
    }
  }
  return 0;
}

/** Word edit distance with adjacent transpositions counted as one edit. */
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const c = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + c);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
/** Words outside bracketed insertions, all pieces together. */
const plainWords = (text) => pattern(text).flat().filter((x) => x !== null);

// ---------------------------------------------------------------- drafts

const PAIRS = { '"': ['"'], '“': ['”'], '‘': ['’'], "'": ["'"], '«': ['»'], '„': ['“', '”'], '”': ['”'] };
const DOUBLE_MARKS = /["“”«»„]|‘/g;

/** Blank out (keeping newlines and offsets) the parts of a draft that are not prose. */
function maskNonProse(raw, isMarkdown) {
  const blank = (s) => s.replace(/[^\n]/g, ' ');
  let t = raw;
  if (isMarkdown) {
    t = t.replace(/^---[ \t]*\n[\s\S]*?\n---[ \t]*(?=\n|$)/, blank); // YAML front matter
    t = t.replace(/^([ \t]*)(```|~~~)[^\n]*\n[\s\S]*?\n[ \t]*\2[ \t]*(?=\n|$)/gm, blank); // fenced code
    t = t.replace(/(`+)[^`\n][\s\S]*?\1/g, blank); // code spans
    t = t.replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, (m) => ']' + blank(m.slice(1))); // link destinations
  }
  return t;
}

/** Collapse whitespace and line-start `>` markers to single spaces; map[i] = offset in raw of out[i]. */
function collapse(raw) {
  let out = '';
  const map = [];
  let i = 0;
  let lineStart = true;
  let pendingSpace = false;
  let spaceAt = 0;
  while (i < raw.length) {
    if (lineStart) {
      lineStart = false;
      const m = /^[ \t]*>[ \t>]*/.exec(raw.slice(i, i + 40));
      if (m) {
        if (!pendingSpace) spaceAt = i;
        pendingSpace = true;
        i += m[0].length;
        continue;
      }
    }
    const c = raw[i];
    if (/\s/.test(c)) {
      if (!pendingSpace) spaceAt = i;
      pendingSpace = true;
      if (c === '\n') lineStart = true;
      i++;
      continue;
    }
    if (pendingSpace && out.length > 0) { out += ' '; map.push(spaceAt); }
    pendingSpace = false;
    out += c;
    map.push(i);
    i++;
  }
  return { out, map };
}
const collapseText = (s) => s.replace(/^[ \t]*>[ \t>]*/gm, ' ').replace(/\s+/g, ' ').trim();

const counts = { total: 0, status: {}, case: {} };
const seenPaths = new Set();

for (const [di, draft] of (labels.drafts ?? []).entries()) {
  const where0 = draft.path ?? `drafts[${di}]`;
  const abs = path.resolve(ROOT, draft.path ?? '');
  if (!draft.path || !fs.existsSync(abs)) { fail(where0, 'draft file not found'); continue; }
  if (seenPaths.has(draft.path)) fail(where0, 'draft listed twice');
  seenPaths.add(draft.path);
  if (!Number.isInteger(draft.unterminated) || draft.unterminated < 0) fail(where0, '`unterminated` must be an integer >= 0');
  const raw = fs.readFileSync(abs, 'utf8');
  const masked = maskNonProse(raw, /\.md$/i.test(abs));
  const { out: flat, map } = collapse(masked);
  let leftover = flat;
  let cursor = 0;

  for (const [qi, q] of (draft.quotes ?? []).entries()) {
    const where = `${draft.path} quote #${qi + 1} ${JSON.stringify((q.text ?? '').slice(0, 60))}`;
    counts.total++;
    counts.status[q.status] = (counts.status[q.status] ?? 0) + 1;
    counts.case[`${q.status}/${q.case}`] = (counts.case[`${q.status}/${q.case}`] ?? 0) + 1;
    const keys = Object.keys(q).sort().join(',');
    if (keys !== 'case,expected,source,status,text') fail(where, `unexpected keys ${keys}`);
    if (!CASES[q.status]) { fail(where, `unknown status ${q.status}`); continue; }
    if (!CASES[q.status].includes(q.case)) fail(where, `case ${q.case} is not a ${q.status} case`);
    if (typeof q.text !== 'string' || !q.text) { fail(where, 'missing text'); continue; }
    if (q.text !== collapseText(q.text)) fail(where, 'text is not whitespace-collapsed');

    // ---- position in the draft (document order, bounded by quotation marks or a block-quote paragraph)
    let found = -1;
    let mark = null;
    for (let from = cursor; ; ) {
      const at = flat.indexOf(q.text, from);
      if (at < 0) break;
      const before = flat[at - 1];
      const after = flat[at + q.text.length];
      if (q.case === 'block') {
        const rawStart = map[at];
        const lineStart = masked.lastIndexOf('\n', rawStart - 1) + 1;
        const prefix = masked.slice(lineStart, rawStart);
        const rawEnd = map[at + q.text.length - 1] + 1;
        const rest = masked.slice(rawEnd).split('\n');
        const restOfLine = rest[0];
        const nextLine = rest[1] ?? '';
        const paragraphEnds = restOfLine.trim() === '' && (/^[ \t]*>?[ \t]*$/.test(nextLine) || rest.length === 1);
        if (/^[ \t]*>[ \t]?$/.test(prefix) && paragraphEnds) { found = at; break; }
      } else if (before && PAIRS[before] && after && PAIRS[before].includes(after)) {
        found = at;
        mark = before;
        break;
      }
      from = at + 1;
    }
    if (found < 0) {
      const anywhere = flat.indexOf(q.text) >= 0;
      fail(where, anywhere ? 'text found, but not after the previous quote between matching marks (order / marks / block)'
        : 'text does not occur in the draft');
    } else {
      const start = q.case === 'block' ? found : found - 1;
      const end = found + q.text.length + (q.case === 'block' ? 0 : 1);
      leftover = leftover.slice(0, start) + ' '.repeat(end - start) + leftover.slice(end);
      cursor = end;
      const rawSpan = masked.slice(map[found], map[found + q.text.length - 1] + 1);
      if (q.case === 'line-break' && !rawSpan.includes('\n')) fail(where, 'line-break quote does not span a line break');
      if (q.case === 'single' && !["'", '‘'].includes(mark)) fail(where, "single quote is not in ‘ ’ or ' ' marks");
      if (q.case === 'guillemets' && mark !== '«') fail(where, 'guillemets quote is not in « »');
      if (q.case === 'low-high' && mark !== '„') fail(where, 'low-high quote is not in „ “');
    }

    // ---- against the sources
    const textWords = plainWords(q.text);
    if (q.status === 'unverified') {
      if (q.source !== null) fail(where, 'unverified quote must have source null');
      if (q.expected !== null) fail(where, 'unverified quote must have expected null');
      const hits = inAnySource(q.text);
      if (hits.length) fail(where, `unverified quote occurs in ${hits.join(', ')}`);
      if (q.case === 'invented') {
        if (textWords.length < 5) fail(where, 'invented quote has fewer than 5 words');
        const run = longestSharedRun(textWords);
        if (run > textWords.length / 3) fail(where, `invented quote shares a run of ${run} words with a source`);
      }
      if (q.case === 'short-invented' && (textWords.length < 2 || textWords.length > 4)) fail(where, 'short-invented quote must have 2-4 words');
      continue;
    }
    const src = sources.get(q.source);
    if (!src) { fail(where, `source ${q.source} is not a file of the source folders`); continue; }
    if (q.status === 'verified') {
      if (q.expected !== null) fail(where, 'verified quote must have expected null');
      if (!matchesWords(q.text, src.lower)) fail(where, 'words do not occur in the source');
      if (q.case === 'scare' && textWords.length !== 1) fail(where, 'scare quote must be one word');
      if (q.case === 'ellipsis' && pattern(q.text).length < 2) fail(where, 'ellipsis quote has fewer than two pieces');
      if (q.case === 'bracket' && !/\[[^\]]*\]/.test(q.text)) fail(where, 'bracket quote has no [insertion]');
      if (q.case === 'nested' && !/["“”‘’'«»„]/.test(q.text.replace(/\p{L}['’]\p{L}/gu, ''))) fail(where, 'nested quote has no inner quotation marks');
      if (q.case === 'typography') {
        if (!/['’‘"“”–—-]/.test(q.text)) fail(where, 'typography quote has no apostrophe, quotation mark or dash');
        if (src.raw.includes(q.text)) fail(where, 'typography quote occurs character for character in the source');
      }
      if (q.case === 'case-start') {
        if (matchesWords(q.text, src.cased, true)) fail(where, 'case-start quote matches the source with its letter case');
      }
      continue;
    }
    // misquote
    if (typeof q.expected !== 'string' || !q.expected) { fail(where, 'misquote needs expected'); continue; }
    if (!matchesWords(q.expected, src.lower)) fail(where, `expected ${JSON.stringify(q.expected)} does not occur in the source`);
    else if (!matchesWords(q.expected, src.cased, true)) fail(where, `expected ${JSON.stringify(q.expected)} differs from the source in letter case`);
    const hits = inAnySource(q.text);
    if (hits.length) fail(where, `misquote text occurs verbatim in ${hits.join(', ')}`);
    const expWords = plainWords(q.expected);
    const dist = editDistance(textWords, expWords);
    if (textWords.length < 5) fail(where, 'misquote has fewer than 5 words');
    if (dist < 1 || dist > 3) fail(where, `misquote differs from expected by ${dist} word edits (want 1-3)`);
    if (q.case === 'multi' && dist < 2) fail(where, 'multi misquote has fewer than 2 changes');
    const ellText = (q.text.match(ELLIPSIS_RE) ?? []).length;
    const ellExp = (q.expected.match(ELLIPSIS_RE) ?? []).length;
    if (ellText !== ellExp) fail(where, 'expected must keep the quote\'s ellipses');
    if (q.case === 'ellipsis-misquote' && ellText === 0) fail(where, 'ellipsis-misquote has no ellipsis');
    const changed = [...textWords.filter((w) => !expWords.includes(w)), ...expWords.filter((w) => !textWords.includes(w))];
    if (q.case === 'negation' && !changed.some((w) => /^(not|never|no|none|nothing|nobody|n't|\w+n't|cannot)$/.test(w)))
      fail(where, 'negation misquote does not add or remove a negation');
    if (q.case === 'number' && !changed.some((w) => /\d|^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|first|second|third|fourth|fifth|dozens?)$/.test(w)))
      fail(where, 'number misquote does not change a number');
    if (q.case === 'transposed') {
      const ok = textWords.length === expWords.length && textWords.some((w, i) => i + 1 < textWords.length
        && w === expWords[i + 1] && textWords[i + 1] === expWords[i] && w !== textWords[i + 1]
        && textWords.every((x, j) => j === i || j === i + 1 || x === expWords[j]));
      if (!ok) fail(where, 'transposed misquote is not exactly one swap of adjacent words');
    }
    if (q.case === 'word-dropped' && !(textWords.length < expWords.length)) fail(where, 'word-dropped misquote is not shorter than expected');
    if (q.case === 'word-added' && !(textWords.length > expWords.length)) fail(where, 'word-added misquote is not longer than expected');
  }

  // ---- nothing that looks like a quotation mark may be left unlabelled (apart from `unterminated` marks);
  // a straight ' opening a word ('cautious) counts too, unless it is a known elision ('n', 'em, 'tis, '90s)
  const left = [...leftover.matchAll(DOUBLE_MARKS), ...[...leftover.matchAll(/(?<=^|[\s(\[—–-])'(?=\p{L})/gu)]
    .filter((m) => !/^'(?:n'|em\b|tis\b|cause\b|twas\b)/iu.test(leftover.slice(m.index, m.index + 6)))];
  if (left.length !== draft.unterminated) {
    const ctx = left.slice(0, 5).map((m) => JSON.stringify(leftover.slice(Math.max(0, m.index - 30), m.index + 30))).join(' | ');
    fail(where0, `${left.length} quotation mark(s) left outside labelled quotes, unterminated says ${draft.unterminated}${ctx ? ': ' + ctx : ''}`);
  }
}

// ---------------------------------------------------------------- report
const pct = (n) => `${((100 * n) / Math.max(1, counts.total)).toFixed(0)}%`;
console.log(`${labels.drafts?.length ?? 0} drafts, ${counts.total} quotes, ${sources.size} source files`);
for (const status of Object.keys(CASES)) {
  const n = counts.status[status] ?? 0;
  console.log(`  ${status.padEnd(11)} ${String(n).padStart(4)}  ${pct(n)}`);
  for (const c of CASES[status]) console.log(`      ${c.padEnd(18)} ${String(counts.case[`${status}/${c}`] ?? 0).padStart(3)}`);
}
if (errors.length) {
  console.error(`\n${errors.length} problem(s):`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
console.log('\nlabels OK');

/**
 * A hand-written scanner that finds exactly the tokens `tokenize` (text.ts) finds, several times faster, for indexing
 * whole archives. It reports each token's offsets only; the corpus normalises a raw word once and caches it. A test
 * (test/unit/index.test.ts) checks it against `tokenize` on real articles and random text, so the two cannot drift.
 */

const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
const MARK = /\p{M}/u;

// Character classes per code point: bit 1 letter, 2 number, 4 mark. ASCII and Latin-1 from a table, the rest cached.
const L = 1;
const N = 2;
const M = 4;
const latin = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const s = String.fromCharCode(c);
  latin[c] = (LETTER.test(s) ? L : 0) | (NUMBER.test(s) ? N : 0) | (MARK.test(s) ? M : 0);
}
const other = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < 256) return latin[cp];
  let k = other.get(cp);
  if (k === undefined) {
    const s = String.fromCodePoint(cp);
    k = (LETTER.test(s) ? L : 0) | (NUMBER.test(s) ? N : 0) | (MARK.test(s) ? M : 0);
    other.set(cp, k);
  }
  return k;
}

/** The class bits of the code point at i (0 past the end). */
function classAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 256) return latin[c];
  return classOf(text.codePointAt(i)!);
}

/** Length in code units of the code point at i. */
function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const next = text.charCodeAt(i + 1); // NaN past the end
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** End of the run of code points with any of `bits` starting at i (Latin-1 straight from the table: most text). */
function runEnd(text: string, i: number, bits: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 256) {
      if (!(latin[c] & bits)) break;
      i++;
    } else {
      if (!(classOf(text.codePointAt(i)!) & bits)) break;
      i += width(text, i);
    }
  }
  return i;
}

/** "[ab]" at i: 1..3 letters in brackets. Returns the offset after "]", or -1. */
function bracketEnd(text: string, i: number): number {
  if (text.charCodeAt(i) !== 0x5b) return -1;
  let j = i + 1;
  for (let k = 0; k < 3 && classAt(text, j) & L; k++) j += width(text, j);
  return j > i + 1 && text.charCodeAt(j) === 0x5d ? j + 1 : -1;
}

const WORD = L | N | M;

/** Invisible characters that join a word's parts: soft hyphen, zero-width joiner, word joiner, zero-width no-break space. */
function isJoiner(c: number): boolean {
  return c === 0xad || c === 0x200d || c === 0x2060 || c === 0xfeff;
}

/** The end of the token that starts at i, or -1 when none starts there. */
function tokenEnd(text: string, i: number): number {
  const first = classAt(text, i);
  // A number with separators ("1,000", "3.5") is one token, and wins over the word reading.
  if (first & N) {
    let j = runEnd(text, i, N);
    let groups = 0;
    for (;;) {
      const c = text.charCodeAt(j);
      if ((c === 0x2c || c === 0x2e) && classAt(text, j + 1) & N) {
        j = runEnd(text, j + 1, N);
        groups++;
      } else break;
    }
    if (groups > 0) return j;
  }
  let p = i;
  if (!(first & WORD)) {
    // Only an editorial bracket glued to a word ("[T]he") can start a token without a word character.
    const b = bracketEnd(text, i);
    if (b < 0 || !(classAt(text, b) & (L | N))) return -1;
    p = b;
  }
  p = runEnd(text, p, WORD);
  for (;;) {
    const c = text.charCodeAt(p);
    // An apostrophe (' ’ ʼ) inside a word ("don't"); compared directly, as this runs once per token.
    if ((c === 0x27 || c === 0x2019 || c === 0x2bc) && classAt(text, p + 1) & WORD) p = runEnd(text, p + 1, WORD);
    else if (isJoiner(c)) {
      // Invisible joiners inside a word ("news\u00ADpaper"), or before its apostrophe ("Xtra\u200D's").
      let q = p + 1;
      while (isJoiner(text.charCodeAt(q))) q++;
      const d = text.charCodeAt(q);
      if ((d === 0x27 || d === 0x2019 || d === 0x2bc) && classAt(text, q + 1) & WORD) p = runEnd(text, q + 1, WORD);
      else if (classAt(text, q) & WORD) p = runEnd(text, q, WORD);
      else break;
    } else if (c === 0x5b) {
      const b = bracketEnd(text, p);
      if (b >= 0 && classAt(text, b) & (L | N)) p = runEnd(text, p + 1, WORD);
      else break;
    } else if (c === 0x5d && classAt(text, p + 1) & (L | N)) p = runEnd(text, p + 1, WORD);
    else break;
  }
  // A trailing editorial ending ("shocking[ly]").
  if (text.charCodeAt(p) === 0x5b) {
    const b = bracketEnd(text, p);
    if (b >= 0 && !(classAt(text, b) & (L | N))) p = b;
  }
  return p;
}

/** Calls `visit(start, end)` for every token of text[from..], in order: the tokens of `tokenize(text, from)`. */
export function scanTokens(text: string, from: number, visit: (start: number, end: number) => void): void {
  let i = from;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Fast skip over spaces and punctuation that cannot start a token.
    if (c < 256 && latin[c] === 0 && c !== 0x5b) {
      i++;
      continue;
    }
    const end = tokenEnd(text, i);
    if (end < 0) {
      i += width(text, i);
      continue;
    }
    visit(i, end);
    i = end;
  }
}

/**
 * Word tokens with their offsets in the original text. Quotes and sources are compared as sequences of normalised
 * words, so typography (curly vs straight quotes, dashes, whitespace, punctuation, letter case) never counts as a
 * difference, while every token still points back at the exact characters it came from.
 */

export interface Token {
  /** Normalised form used for comparison: lower case, no diacritics, apostrophes folded to ' */
  norm: string;
  /** Offsets into the text the token was read from (UTF-16 code units, as JavaScript strings and LSP count). */
  start: number;
  end: number;
}

// A number keeps its separators ("1,000", "3.5"); a word keeps inner apostrophes ("Russia's", "don't") and
// editorial brackets inside it ("[T]he", "con[c]essions", "shocking[ly]"), which read as the plain word, and
// invisible characters that web copy leaves inside words (a soft hyphen in "news\u00ADpaper", a zero-width joiner
// before "'s"), which read as nothing. (A zero-width space still separates words.)
const TOKEN_RE =
  /\p{N}+(?:[.,]\p{N}+)+|(?:\[[\p{L}]{1,3}\](?=[\p{L}\p{N}]))?[\p{L}\p{N}\p{M}]+(?:(?:[\u00ad\u200d\u2060\ufeff]*['’ʼ]|[\u00ad\u200d\u2060\ufeff]+|\[(?=[\p{L}]{1,3}\][\p{L}\p{N}])|\](?=[\p{L}\p{N}]))[\p{L}\p{N}\p{M}]+)*(?:\[[\p{L}]{1,3}\](?![\p{L}\p{N}]))?/gu;

export function normalizeWord(word: string): string {
  return word
    .replace(/[\[\]\u00ad\u200d\u2060\ufeff]/g, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’ʼ]/g, "'")
    .toLowerCase();
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (m.index >= to) break;
    if (end > to) {
      // A token cut by the range end keeps only its part inside the range.
      const part = text.slice(m.index, to);
      if (part) tokens.push({ norm: normalizeWord(part), start: m.index, end: to });
      break;
    }
    tokens.push({ norm: normalizeWord(m[0]), start: m.index, end });
  }
  return tokens;
}

const STOPWORDS = new Set(
  ('a an the and or but of to in on at by for from with as is are was were be been being it its this that these ' +
    'those he she they we you i his her their our your my me him them us who whom which what there here have has ' +
    'had do does did will would shall should can could may might must so if then than also into about over after ' +
    'before under up out all any some such only very just s').split(' '),
);

/** Function words weigh less when deciding whether a quote is "close" to a source passage. */
export function wordWeight(norm: string): number {
  return STOPWORDS.has(norm) ? 0.3 : 1;
}

const NEGATIONS = new Set(
  ('not no never none nothing nobody nowhere neither nor without cannot n\'t don\'t doesn\'t didn\'t isn\'t aren\'t ' +
    "wasn't weren't won't wouldn't can't couldn't shouldn't hasn't haven't hadn't mustn't").split(' '),
);
const NUMBER_WORDS = new Set(
  ('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion ' +
    'trillion dozen dozens first second third fourth fifth sixth seventh eighth ninth tenth half twice once').split(
    ' ',
  ),
);

export type CriticalKind = 'negation' | 'number' | 'name';

export function isNegation(norm: string): boolean {
  return NEGATIONS.has(norm) || norm.endsWith("n't");
}

export function isNumber(norm: string): boolean {
  return /^\p{N}/u.test(norm) || NUMBER_WORDS.has(norm);
}

/** A capitalised word that does not start a sentence is taken to be (part of) a name. */
export function looksLikeName(text: string, token: Token): boolean {
  const first = text.charAt(token.start);
  if (first.toUpperCase() === first.toLowerCase() || first !== first.toUpperCase()) return false;
  // Look back over spaces and opening punctuation for a sentence end.
  let i = token.start - 1;
  while (i >= 0 && /[\s"“‘'«„(\[]/.test(text.charAt(i))) i--;
  if (i < 0) return false;
  return !/[.!?:]/.test(text.charAt(i));
}

/** Apostrophe and quotation-mark style of a writer, so text brought in from a source reads like the draft. */
export interface TypographyStyle {
  curly: boolean;
}

export function adaptTypography(sourceText: string, style: TypographyStyle, outerIsDouble: boolean): string {
  let out = sourceText;
  if (!style.curly) out = out.replace(/[’ʼ]/g, "'").replace(/[“”]/g, '"').replace(/‘/g, "'");
  else out = out.replace(/(\p{L})'(\p{L})/gu, '$1’$2');
  // Quotation marks inside the inserted words must not close the writer's quote early.
  if (outerIsDouble) out = style.curly ? out.replace(/“/g, '‘').replace(/”/g, '’') : out.replace(/"/g, "'");
  return out;
}

/**
 * A copy of a string cut from a longer text. V8 keeps a cut of 13 or more characters as a view into the text it was
 * cut from, which then stays in memory as long as the cut does: keys of long-lived caches are copied.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}

/**
 * `compute(key)`, remembered in `memo` for the next call with the same key; the memo is emptied once it holds `limit`
 * entries, and its keys are detached copies (keys are often cut from whole texts).
 */
export function memoized<T>(memo: Map<string, T>, limit: number, key: string, compute: (key: string) => T): T {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= limit) memo.clear();
    value = compute(key);
    memo.set(detached(key), value);
  }
  return value;
}

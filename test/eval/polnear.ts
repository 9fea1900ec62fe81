/**
 * Measures who the sources' quotations are given to against PolNeAR, an outside corpus of 1,008 US political news
 * articles (2015–2016, seven publishers) in which annotators marked every attribution: its source, cue and content
 * (Newell, Margolin and Ruths, LREC 2018; github.com/networkdynamics/PolNeAR). The corpus is not part of this
 * project: its articles belong to their publishers. Point this tool at a copy of its `data` folder:
 *
 *   node out/test/eval/polnear.js --data <PolNeAR>/data --split train|dev|test [--drafts [--pronouns]] [--verbose] [--limit N]
 *
 * For every quotation the engine finds in an article (attributeQuotes, as for any source) that lies in an annotated
 * attribution's content, it compares the engine's speaker with the annotated source:
 * - a source written with a name ("Brafman", "Clinton campaign spokesman Brian Fallon"): the engine is right when a
 *   name of its speaker is a word of the source, wrong otherwise;
 * - a pronoun ("he added"): PolNeAR does not say who it stands for, so the nearest source named before it in the
 *   article stands in (an approximation, reported apart);
 * - a description without a name ("the campaign", "officials"): only whether the engine names anyone firmly.
 * A misattribution can only be caught where both the draft's and the source's speakers are firm, so the share of
 * named quotes with a firm speaker bounds recall, and the share of firm speakers that are right bounds precision.
 *
 * PolNeAR's splits are kept as its authors ask: rules are worked on with `train`, checked on `dev`, and `test` is
 * measured once.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Article } from '../../server/src/engine/article';
import { AttributedQuote, attributeQuotes, confidentSpeaker, SourceQuotes, Speaker } from '../../server/src/engine/attribution';
import { Corpus } from '../../server/src/engine/corpus';
import { buildNameIndex, NameIndex, nameKey } from '../../server/src/engine/names';
import { POLITICAL_AFFILIATIONS } from '../../server/src/engine/lexicon';
import { findQuotes } from '../../server/src/engine/quotes';
import { visibleText } from '../../server/src/engine/readers/origins';
import { loadCorpus } from '../../server/src/engine/sources';
import { analyzeDraft } from '../../server/src/features/common';
import { optionValue } from './evalSets';

interface Span {
  start: number;
  end: number;
}
interface GoldAttribution {
  source?: { text: string; spans: Span[] };
  content: Span[];
}
type SourceKind = 'named' | 'pronoun' | 'description' | 'none';

export interface QuoteResult {
  article: string;
  quote: string;
  /** Words in the quotation: fragments of one to three words are reported apart. */
  words: number;
  kind: SourceKind;
  gold: string;
  /** The named source a pronoun stands for, by the nearest one before it. */
  resolved?: string;
  speaker?: string;
  firm: boolean;
  right?: boolean;
}

export interface PolnearReport {
  split: string;
  articles: number;
  /** Articles whose text does not match the annotation's offsets. */
  skipped: string[];
  quotes: QuoteResult[];
}

/** Reads one annotator's brat file: text-bound spans (T) and attribution events (E) that tie them. */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, { text: string; spans: Span[] }>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0]) && cols.length >= 3) {
      const [, ...ranges] = cols[1].split(' ');
      const parts = ranges.join(' ').split(';').map((r) => r.trim().split(' ').map(Number));
      spans.set(cols[0], { text: cols[2], spans: parts.map(([start, end]) => ({ start, end })) });
    } else if (/^E\d+$/.test(cols[0]) && cols.length >= 2) {
      events.push(cols[1]);
    }
  }
  const out: GoldAttribution[] = [];
  for (const e of events) {
    const roles = Object.fromEntries(e.split(' ').map((r) => r.split(':') as [string, string]));
    const content = roles.Content ? spans.get(roles.Content) : undefined;
    if (!content) continue;
    out.push({ source: roles.Source ? spans.get(roles.Source) : undefined, content: content.spans });
  }
  return out;
}

const PRONOUN = /^(?:he|she|they|i|we|it|him|her|his|them|you|who)$/i;
/** Pronouns that stand for someone named before them (not "I" in a first-person piece, nor "who"). */
const THIRD_PERSON = /^(?:he|she|they)$/i;
/** Words that open a description and are capitalised only because they start it. */
const OPENERS = /^(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|One|Some|Many|Several|Other|Two|Three|Both|Most|Senior|Former)$/;

function kindOf(source: string | undefined): SourceKind {
  if (!source) return 'none';
  const words = source.replace(/[’']s\b/g, '').split(/[^\p{L}\p{M}.\-]+/u).filter(Boolean);
  if (words.length === 1 && PRONOUN.test(words[0])) return THIRD_PERSON.test(words[0]) ? 'pronoun' : 'description';
  // "one Trump confidant", "a Clinton campaign source": a name qualifying the noun that ends the phrase (before any
  // appositive or aside) describes someone unnamed.
  const head = source.split(/,|\s[(–—]/)[0].trim().split(/\s+/).pop() ?? '';
  if (/^\p{Ll}/u.test(head)) return 'description';
  // "a New Hampshire Democrat": a party's member, unnamed.
  if (/^(?:a|an|one|another)\s/i.test(source) && POLITICAL_AFFILIATIONS.has(head.toLowerCase())) return 'description';
  return words.some((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && OPENERS.test(w))) ? 'named' : 'description';
}

/** A name's words in one form: lower case, no accents, apostrophes and hyphens as spaces ("O’Donnell" -> "o donnell"). */
function words(s: string): string {
  return nameKey(s.replace(/[’']s\b/g, ''))
    .split(/[^\p{L}\p{M}\d]+/u)
    .filter(Boolean)
    .join(' ');
}

/** The words a speaker answers to: each entity's names and aliases, else the words written. */
function speakerWords(s: Speaker): Set<string> {
  const forms = s.entities.length ? s.entities.flatMap((e) => [e.name, ...e.aliases]) : [s.name ?? s.text];
  const out = new Set<string>();
  for (const f of forms) {
    // A person answers to their surname; a body to its whole name or acronym.
    const person = s.entities[0]?.type === 'person' || !s.entities.length;
    const key = words(person ? (f.trim().split(/\s+/).pop() ?? '') : f);
    if (key) out.add(key);
  }
  return out;
}

function mentions(goldText: string, keys: Set<string>): boolean {
  const gold = ` ${words(goldText)} `;
  return [...keys].some((k) => gold.includes(` ${k} `));
}

/** The first annotator's file of each article of a split, with the article's text file. */
function splitFiles(dataDir: string, split: string): Array<{ text: string; ann: string }> {
  const anns = fs.readdirSync(path.join(dataDir, split, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const byArticle = new Map<string, string>();
  for (const f of anns) {
    const base = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!byArticle.has(base)) byArticle.set(base, path.join(dataDir, split, 'attributions', f));
  }
  return [...byArticle]
    .map(([base, ann]) => ({ text: path.join(dataDir, split, 'text', `${base}.txt`), ann }))
    .filter((f) => fs.existsSync(f.text));
}

/** A split as one archive, its articles with their annotations. */
interface LoadedSplit {
  corpus: Corpus;
  names: NameIndex;
  sourceQuotes: SourceQuotes;
  articles: Array<{ name: string; article: Article; gold: GoldAttribution[] }>;
  /** Articles whose text does not match the annotation's offsets. */
  skipped: string[];
  /** Articles the split lists (up to the limit). */
  listed: number;
}

export function loadSplit(dataDir: string, split: string, limit: number): LoadedSplit {
  const files = splitFiles(dataDir, split).slice(0, limit);
  // The split's articles are one archive, as a user's sources folder would be (names get corpus-wide votes).
  const corpus = loadCorpus(files.map((f) => f.text)).corpus;
  const names = buildNameIndex(corpus);
  const sourceQuotes = new SourceQuotes(corpus, names);
  const byPath = new Map(corpus.articles.map((a) => [path.resolve(a.path), a]));
  const articles: LoadedSplit['articles'] = [];
  const skipped: string[] = [];
  for (const f of files) {
    const article = byPath.get(path.resolve(f.text));
    if (!article) continue;
    const text = article.text;
    const gold = inArticleText(parseAnn(fs.readFileSync(f.ann, 'utf8')), article, fs.readFileSync(f.text, 'utf8').replace(/^\ufeff/, ''));
    // Offsets are the file's: an article whose text differs (a byte-order mark, line ends) is skipped whole.
    if (gold.some((g) => g.source?.spans.length === 1 && text.slice(g.source.spans[0].start, g.source.spans[0].end) !== visibleText(g.source.text))) {
      skipped.push(path.basename(f.text));
      continue;
    }
    articles.push({ name: path.basename(f.text), article, gold });
  }
  return { corpus, names, sourceQuotes, articles, skipped, listed: files.length };
}

/**
 * The annotation's offsets are the file's. An article the reader took invisible characters out of keeps origins
 * that lead its text back into the file; the gold spans are moved into its text through them.
 */
function inArticleText(gold: GoldAttribution[], article: Article, file: string): GoldAttribution[] {
  if (!article.origins?.length) return gold;
  const lineStarts = [0];
  for (let i = 0; i < file.length; i++) if (file.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const map = new Int32Array(file.length + 1).fill(-1);
  for (const o of article.origins) {
    const from = lineStarts[o.line] + o.character;
    for (let k = 0; k <= o.length; k++) if (k < o.length || map[from + k] < 0) map[from + k] = o.at + k;
  }
  // A dropped character's offset is the next kept one's.
  for (let i = file.length, next = article.text.length; i >= 0; i--) {
    if (map[i] < 0) map[i] = next;
    else next = map[i];
  }
  const move = (s: Span): Span => ({ start: map[s.start], end: map[s.end] });
  return gold.map((g) => ({ source: g.source && { text: g.source.text, spans: g.source.spans.map(move) }, content: g.content.map(move) }));
}

/** Words in a quotation (fragments of one to three words are reported apart). */
function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + '%' : '—');

export function evaluatePolnear(dataDir: string, split: string, limit = Infinity): PolnearReport {
  const { sourceQuotes, articles, skipped, listed } = loadSplit(dataDir, split, limit);
  const quotes: QuoteResult[] = [];
  for (const { name, article, gold } of articles) {
    const text = article.text;
    const named = gold
      .filter((g) => kindOf(g.source?.text) === 'named')
      .map((g) => ({ at: g.source!.spans[0].start, text: g.source!.text }))
      .sort((a, b) => a.at - b.at);
    for (const q of sourceQuotes.quotesOf(article)) {
      const g = bestAttribution(gold, q);
      if (!g) continue;
      const kind = kindOf(g.source?.text);
      const s = q.speaker;
      const firm = !!s && confidentSpeaker(s);
      const result: QuoteResult = { article: name, quote: q.quote.text.slice(0, 80), words: wordCount(q.quote.text), kind, gold: g.source?.text ?? '', speaker: s ? describe(s) : undefined, firm };
      if (kind === 'named' && s) result.right = mentions(g.source!.text, speakerWords(s));
      if (kind === 'pronoun') {
        const at = g.source!.spans[0].start;
        // Only a source named in the same paragraph or the one before stands in for the pronoun.
        const paragraphs = (from: number) => text.slice(from, at).split(/\n\s*\n/).length;
        const before = named.filter((n) => n.at < at && paragraphs(n.at) <= 2).pop();
        result.resolved = before?.text;
        if (s && before) result.right = mentions(before.text, speakerWords(s));
      }
      quotes.push(result);
    }
  }
  return { split, articles: listed, skipped, quotes };
}

/** The annotated attribution whose content holds most of a quotation (none when under half of it). */
function bestAttribution(gold: GoldAttribution[], q: AttributedQuote): GoldAttribution | undefined {
  const { contentStart: start, contentEnd: end } = q.quote;
  let best: GoldAttribution | undefined;
  let bestOverlap = 0;
  for (const g of gold) {
    const overlap = g.content.reduce((n, s) => n + Math.max(0, Math.min(end, s.end) - Math.max(start, s.start)), 0);
    if (overlap > bestOverlap) {
      best = g;
      bestOverlap = overlap;
    }
  }
  return bestOverlap * 2 >= end - start ? best : undefined;
}

function describe(s: Speaker): string {
  const who = s.entities.length ? s.entities.map((e) => e.name).join(' | ') : (s.name ?? s.text);
  return `${who} (${s.via})`;
}

export interface KindScore {
  quotes: number;
  firm: number;
  firmRight: number;
  firmWrong: number;
}

export function scoreByKind(r: PolnearReport, minWords = 1): Record<SourceKind, KindScore> {
  const out = {} as Record<SourceKind, KindScore>;
  for (const kind of ['named', 'pronoun', 'description', 'none'] as SourceKind[]) {
    const qs = r.quotes.filter((q) => q.kind === kind && q.words >= minWords);
    out[kind] = {
      quotes: qs.length,
      firm: qs.filter((q) => q.firm).length,
      firmRight: qs.filter((q) => q.firm && q.right === true).length,
      firmWrong: qs.filter((q) => q.firm && q.right === false).length,
    };
  }
  return out;
}

export function formatPolnearReport(r: PolnearReport): string {
  const lines = [`PolNeAR ${r.split}: ${r.articles} articles (${r.skipped.length} skipped: offsets differ), ${r.quotes.length} quotations inside annotated attributions`];
  for (const [label, minWords] of [['all quotations', 1], ['quotations of 4 words or more', 4]] as const) {
    lines.push(` ${label}:`);
    for (const [kind, s] of Object.entries(scoreByKind(r, minWords))) {
      const judged = kind === 'named' || kind === 'pronoun';
      lines.push(
        `  source ${kind.padEnd(11)} ${String(s.quotes).padStart(5)} quotes  firm speaker ${pct(s.firm, s.quotes).padStart(6)}` +
          (judged ? `  firm and right ${pct(s.firmRight, s.firm).padStart(6)} (${s.firmRight}/${s.firm}, ${s.firmWrong} wrong)` : ''),
      );
    }
  }
  return lines.join('\n');
}

/**
 * The checker itself on PolNeAR's copy (issue #4's target): for each quotation of four words or more whose annotated
 * source is named in its own line, two drafts of that line are checked against the split's articles — the line as
 * written (its quotation is correctly attributed: a finding is a false alarm) and the line with the source's name
 * replaced by another person the article names (a finding is a caught misattribution). The drafts share the source's
 * grammar, so this measures how often each side's speaker is firm and right, not how writers rephrase.
 */
export interface DraftScore {
  items: number;
  falseAlarms: number;
  caught: number;
  silences: Array<{ article: string; line: string; other: string; side: string; source: string }>;
  alarms: Array<{ article: string; line: string }>;
}

export function evaluatePolnearDrafts(dataDir: string, split: string, limit = Infinity, kind: 'named' | 'pronoun' = 'named'): DraftScore {
  const { corpus, names, sourceQuotes, articles } = loadSplit(dataDir, split, limit);
  const score: DraftScore = { items: 0, falseAlarms: 0, caught: 0, silences: [], alarms: [] };
  for (const { name, article, gold } of articles) {
    const text = article.text;
    // The people the article names, most mentioned first: the stand-ins for a wrong speaker.
    const people = names.entities
      .filter((e) => e.type === 'person' && e.name.includes(' '))
      .map((e) => ({ e, n: e.mentions.filter((m) => m.article === article).length }))
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n)
      .map((x) => x.e);
    for (const q of sourceQuotes.quotesOf(article)) {
      const g = bestAttribution(gold, q);
      if (!g?.source || g.source.spans.length !== 1 || kindOf(g.source.text) !== kind) continue;
      if (wordCount(q.quote.text) < 4) continue;
      let lineStart = text.lastIndexOf('\n', q.quote.start) + 1;
      // A pronoun's draft takes in the paragraph before too, where its person is named.
      if (kind === 'pronoun' && lineStart > 1) lineStart = text.lastIndexOf('\n', text.slice(0, lineStart).trimEnd().length - 1) + 1;
      const lineEnd = text.indexOf('\n', q.quote.end) < 0 ? text.length : text.indexOf('\n', q.quote.end);
      const src = g.source.spans[0];
      if (src.start < lineStart || src.end > lineEnd) continue;
      const line = text.slice(lineStart, lineEnd);
      const surname = (name: string) => new Set([words(name.split(/\s+/).pop()!)]);
      // Someone else: for a named source, a person whose surname is not the source's; for a pronoun, a person the
      // draft does not name at all (so not the pronoun's).
      const other =
        kind === 'named'
          ? people.find((p) => !mentions(g.source!.text, surname(p.name)) && !mentions(p.name, surname(g.source!.text)))
          : people.find((p) => !mentions(line, surname(p.name)));
      if (!other) continue;
      const swapped = line.slice(0, src.start - lineStart) + other.name + line.slice(src.end - lineStart);
      const shift = src.start < q.quote.start ? other.name.length - (src.end - src.start) : 0;
      const flagged = (draft: string, quoteStart: number) => {
        const analysis = analyzeDraft({ uri: 'file:///draft.txt', version: 1, text: draft, format: 'plaintext' }, corpus, { minQuoteWords: 2 }, undefined, { names, sourceQuotes });
        return !!analysis?.attributions.some((a) => a.kind === 'misattributed' && Math.abs(a.check.quote.start - quoteStart) <= 1);
      };
      score.items++;
      if (flagged(line, q.quote.start - lineStart)) {
        score.falseAlarms++;
        score.alarms.push({ article: name, line: line.slice(0, 300) });
      }
      if (flagged(swapped, q.quote.start - lineStart + shift)) score.caught++;
      else {
        // Which side had no firm speaker: the source's quotation, or the draft's.
        const draftQuotes = findQuotes(swapped, 'plaintext').quotes;
        const mine = attributeQuotes(swapped, 0, draftQuotes, names).find((a) => Math.abs(a.quote.start - (q.quote.start - lineStart + shift)) <= 1);
        const side = !q.speaker || !confidentSpeaker(q.speaker) ? 'source' : !mine?.speaker || !confidentSpeaker(mine.speaker) ? 'draft' : 'both firm';
        score.silences.push({ article: name, line: swapped.slice(Math.max(0, q.quote.start - lineStart - 200), q.quote.start - lineStart + 100), other: other.name, side, source: q.speaker ? describe(q.speaker) : 'none' });
      }
    }
  }
  return score;
}

export function formatDraftScore(s: DraftScore, split: string, kind = 'named'): string {
  return [
    `PolNeAR ${split}, drafts made of its lines (${s.items} quotations whose source is ${kind === 'named' ? 'named' : 'a pronoun; the paragraph before is part of the draft'}):`,
    `  misattributed: recall ${pct(s.caught, s.items)} (${s.caught}/${s.items}), precision ${pct(s.caught, s.caught + s.falseAlarms)}`,
    `  false alarms on the lines as written: ${s.falseAlarms} of ${s.items}`,
  ].join('\n');
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const opt = (name: string) => optionValue(args, name);
  const data = opt('--data');
  if (!data || !fs.existsSync(path.join(data, 'metadata.tsv'))) {
    console.error('usage: node out/test/eval/polnear.js --data <PolNeAR>/data --split train|dev|test [--drafts [--pronouns]] [--verbose] [--limit N]');
    process.exit(2);
  }
  if (args.includes('--drafts')) {
    const split = opt('--split') ?? 'train';
    const kind = args.includes('--pronouns') ? 'pronoun' : 'named';
    const score = evaluatePolnearDrafts(data, split, Number(opt('--limit') ?? Infinity), kind);
    console.log(formatDraftScore(score, split, kind));
    if (args.includes('--verbose')) {
      for (const a of score.alarms) console.log(`  FALSE ALARM ${a.article}: ${a.line}`);
      for (const x of score.silences) console.log(`  silent [${x.side}] (${x.other}; source: ${x.source}) ${x.article}: …${x.line.replace(/\n/g, ' ¶ ')}`);
    }
    process.exit(0);
  }
  const report = evaluatePolnear(data, opt('--split') ?? 'train', Number(opt('--limit') ?? Infinity));
  console.log(formatPolnearReport(report));
  if (args.includes('--verbose')) {
    for (const q of report.quotes) {
      if (q.kind !== 'named' && q.kind !== 'pronoun') continue;
      if ((q.firm && q.right) || q.words < 4) continue;
      const verdict = q.firm ? 'WRONG' : 'silent';
      console.log(`  ${verdict} [${q.kind}] ${q.article}: “${q.quote}” gold: ${q.gold}${q.resolved ? ` (= ${q.resolved})` : ''}; engine: ${q.speaker ?? 'none'}`);
    }
  }
}

/**
 * The sources' names and attributed quotes (the name index and `SourceQuotes`), persisted beside the source index
 * (indexCache.ts) so that a start from that index does not read every source again to build them: about 3 s per
 * 1,000 articles, during which name hovers, name hints and misattribution findings are missing.
 *
 * One file of JSON lines, valid for one version of the index file: the index writes a new `generation` each time
 * it is written, and this file names the generation it was built for. Articles are referred to by their place in the
 * corpus, entities by their place in the name index. A fingerprint of what the rules make of a built-in probe text
 * invalidates the file when the extraction rules change. Written and read a few hundred lines at a time (at 10,000
 * articles the file is about 24 MB and takes about 0.7 s to read, against about 40 s to build).
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as readline from 'readline';
import { Article, parseArticle } from './article';
import { ArticleList } from './articleList';
import { AttributedQuote, SourceQuotes, Speaker } from './attribution';
import { Corpus } from './corpus';
import { buildNameIndex, Entity, EntityType, NameIndex } from './names';
import { PLACE_GAZETTEER_TEXT } from './placeGazetteer';
import { DraftQuote } from './quotes';
import { replaceFile } from './replaceFile';

const FILE_NAME = 'source-knowledge.v1.jsonl';
const FORMAT = 1;
/** Lines written or read between turns of the event loop: the server answers requests meanwhile. */
const LINES_PER_TURN = 200;

export interface SourceKnowledge {
  names: NameIndex;
  sourceQuotes: SourceQuotes;
}

/** The first line. */
interface Header {
  format: number;
  fingerprint: string;
  /** The index file's generation this was built for. */
  generation: string;
  articles: number;
  entities: number;
}
/** An entity: name, type, aliases, roles as [text, article, start, end], mentions as article, start, end, flat. */
type EntityLine = ['e', string, EntityType, string[], Array<[string, number, number, number]>, number[]];
/** Keys of the name index with their entities (by id), in their order. */
type FormsLine = ['f', Array<[string, number[]]>];
type StoredSpeaker = Omit<Speaker, 'entities'> & { entities: number[] };
/** An article (by place) and its attributed quotes. */
type QuotesLine = ['q', number, Array<{ quote: DraftQuote; speaker?: StoredSpeaker }>];
/** The last line, with the number of lines between it and the header: a file cut short lacks it. */
type EndLine = ['end', number];

/**
 * The file's lines: a header, then one line per entity (in id order), the name index's keys a few hundred to a line,
 * one line per article with quotes, and an end line. Articles are referred to by their place in the corpus.
 */
function* encode(knowledge: SourceKnowledge, articles: ArticleList, generation: string, fingerprint: string): Generator<string> {
  const entities = knowledge.names.entities;
  const header: Header = { format: FORMAT, fingerprint, generation, articles: articles.length, entities: entities.length };
  yield JSON.stringify(header);
  let lines = 0;
  for (const line of bodyLines(knowledge, articles)) {
    lines++;
    yield JSON.stringify(line);
  }
  yield JSON.stringify(['end', lines] satisfies EndLine);
}

/** The lines between the header and the end line. */
function* bodyLines(knowledge: SourceKnowledge, articles: ArticleList): Generator<EntityLine | FormsLine | QuotesLine> {
  const articleIndex = new Map<Article, number>();
  for (let i = 0; i < articles.length; i++) articleIndex.set(articles.at(i), i);
  const placeOf = (a: Article) => {
    const i = articleIndex.get(a);
    if (i === undefined) throw new Error('an article that is not in the corpus');
    return i;
  };
  for (const [k, e] of knowledge.names.entities.entries()) {
    if (e.id !== k) throw new Error('entity ids out of order');
    const mentions: number[] = [];
    for (const m of e.mentions) mentions.push(placeOf(m.article), m.start, m.end);
    yield ['e', e.name, e.type, e.aliases, e.roles.map((r) => [r.text, placeOf(r.article), r.start, r.end]), mentions];
  }
  let forms: FormsLine[1] = [];
  for (const [key, list] of knowledge.names.forms()) {
    forms.push([key, list.map((e) => e.id)]);
    if (forms.length === 500) {
      yield ['f', forms];
      forms = [];
    }
  }
  if (forms.length) yield ['f', forms];
  for (const [article, list] of knowledge.sourceQuotes.entries()) {
    if (list.length === 0) continue;
    yield ['q', placeOf(article), list.map((q) => (q.speaker ? { quote: q.quote, speaker: { ...q.speaker, entities: q.speaker.entities.map((e) => e.id) } } : { quote: q.quote }))];
  }
}

/** Builds the knowledge back from the file's lines (after the header). */
class Decoder {
  readonly names = new NameIndex();
  readonly sourceQuotes = new SourceQuotes();
  private lines = 0;
  private ended = false;

  constructor(
    private readonly articles: ArticleList,
    private readonly entityCount: number,
  ) {}

  private article(i: number): Article {
    if (!(Number.isInteger(i) && i >= 0 && i < this.articles.length)) throw new Error('an article that is not in the corpus');
    return this.articles.at(i);
  }

  private entity(id: number): Entity {
    const e = this.names.entities[id];
    if (!e) throw new Error('an entity that is not in the index');
    return e;
  }

  line(line: EntityLine | FormsLine | QuotesLine | EndLine): void {
    if (this.ended) throw new Error('a line after the end');
    if (line[0] === 'end') {
      if (line[1] !== this.lines) throw new Error('lines missing');
      this.ended = true;
      return;
    }
    this.lines++;
    if (line[0] === 'e') {
      const [, name, type, aliases, roles, flat] = line;
      const mentions = [];
      for (let i = 0; i < flat.length; i += 3) mentions.push({ article: this.article(flat[i]), start: flat[i + 1], end: flat[i + 2] });
      const id = this.names.entities.length;
      this.names.entities.push({ id, name, type, aliases, roles: roles.map(([text, a, start, end]) => ({ text, article: this.article(a), start, end })), mentions });
    } else if (line[0] === 'f') {
      for (const [key, ids] of line[1]) this.names.restoreForm(key, ids.map((id) => this.entity(id)));
    } else if (line[0] === 'q') {
      const quotes = line[2].map((q): AttributedQuote => (q.speaker ? { quote: q.quote, speaker: { ...q.speaker, entities: q.speaker.entities.map((id) => this.entity(id)) } } : { quote: q.quote }));
      this.sourceQuotes.restore(this.article(line[1]), quotes);
    } else throw new Error('an unknown line');
  }

  done(): SourceKnowledge {
    if (!this.ended || this.names.entities.length !== this.entityCount) throw new Error('cut short');
    return { names: this.names, sourceQuotes: this.sourceQuotes };
  }
}

let probeFingerprint: string | undefined;

/** What the current rules make of a probe text (names, roles, aliases, speakers): another result, other rules. */
function fingerprint(): string {
  if (probeFingerprint) return probeFingerprint;
  const probe = parseArticle(
    'probe.txt',
    'Probe\n\nRussian Foreign Minister Sergey Lavrov met the Organization for Security and Co-operation in Europe (OSCE) ' +
      'in Vienna on Tuesday. "We will not accept this," Lavrov said. Maria Zakharova, the ministry\'s spokeswoman, ' +
      'added: "The talks are over." According to the OSCE, the meeting "ended early". She told reporters that ' +
      '"nothing was agreed", and Poland\'s Foreign Minister Zbigniew Rau said, "We regret it."\n',
  );
  const corpus = new Corpus([probe]);
  const names = buildNameIndex(corpus);
  const lines = [...encode({ names, sourceQuotes: new SourceQuotes(corpus, names) }, corpus.articles, '', '')];
  // (The place gazetteer too: a new one types names the probe does not hold.)
  probeFingerprint = crypto.createHash('sha256').update(lines.join('\n')).update(PLACE_GAZETTEER_TEXT).digest('hex').slice(0, 16);
  return probeFingerprint;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes the names and quotes of `corpus` for the index file of generation `generation` (see indexCache.ts), a few
 * hundred lines at a time. False when it could not: that only costs the next start the time to build them again.
 */
export async function saveKnowledge(cacheDir: string, generation: string, corpus: Corpus, knowledge: SourceKnowledge): Promise<boolean> {
  try {
    await replaceFile(path.join(cacheDir, FILE_NAME), async (handle) => {
      // Written a few hundred lines or a few MB at a time (an entity of a big archive may have a million mentions).
      let batch: string[] = [];
      let chars = 0;
      for (const line of encode(knowledge, corpus.articles, generation, fingerprint())) {
        batch.push(line, '\n');
        chars += line.length + 1;
        if (batch.length >= 2 * LINES_PER_TURN || chars >= 4 << 20) {
          await handle.write(batch.join(''));
          batch = [];
          chars = 0;
        }
      }
      await handle.write(batch.join(''));
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * The names and quotes saved for the index file of generation `generation`, on `corpus` (loaded from that file), read
 * a few hundred lines at a time; undefined when there are none, they were built for another index or by other rules,
 * the file is damaged, or `isStale` says they are no longer wanted.
 */
export async function loadKnowledge(cacheDir: string, generation: string, corpus: Corpus, isStale: () => boolean = () => false): Promise<SourceKnowledge | undefined> {
  let stream: fs.ReadStream | undefined;
  try {
    stream = fs.createReadStream(path.join(cacheDir, FILE_NAME), { encoding: 'utf8', highWaterMark: 256 * 1024 });
    const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
    let decoder: Decoder | undefined;
    let n = 0;
    for await (const text of lines) {
      if (!decoder) {
        const header = JSON.parse(text) as Header;
        if (header.format !== FORMAT || header.generation !== generation || header.articles !== corpus.articles.length) return undefined;
        if (header.fingerprint !== fingerprint()) return undefined;
        decoder = new Decoder(corpus.articles, header.entities);
        continue;
      }
      decoder.line(JSON.parse(text));
      if (++n % LINES_PER_TURN === 0) {
        await turn();
        if (isStale()) return undefined;
      }
    }
    return decoder?.done();
  } catch {
    return undefined; // missing, unreadable or damaged: built again
  } finally {
    stream?.destroy();
  }
}

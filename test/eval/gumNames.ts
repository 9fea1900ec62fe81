/**
 * Scores the name extractor against GUM, the Georgetown University Multilayer corpus (Zeldes 2017;
 * github.com/amir-zeldes/gum), whose annotators marked every entity mention and its type. Its news and interview
 * documents are Wikinews articles (2004–2016, none of them in this project's 2019 sample) and its biographies come
 * from Wikipedia. The corpus is not part of this project; point this tool at a copy of its `dep` folder:
 *
 *   node out/test/eval/gumNames.js --gum <GUM>/dep [--genres news,interview,bio] [--verbose]
 *
 * GUM's conventions are not this project's (test/names/README.md), so the gold standard is derived from it: a
 * person, organisation or place whose mention chain has at least one named mention (headed by a proper noun; not a
 * plural person, which names a group, nor a coordination), the named part of each such mention as the entity's forms
 * (a person's head and the words of its name, without titles; an organisation's or place's run of proper nouns). The extractor runs on those documents plus the project's 173 sources, as a user's archive would hold them;
 * only the GUM documents are scored. Read its figures as a second opinion, not the issue's target set: GUM also types
 * mentions the project's annotation leaves out ("the Internet" as a place) and nests names in one another.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEMONYMS, PLACES, ROLE_HEADS, ROLE_MODIFIERS } from '../../server/src/engine/lexicon';
import { EntityType } from '../../server/src/engine/names';
import { loadCorpus, resolveSourceFiles } from '../../server/src/engine/sources';
import { SEEDS_DIR, WIKINEWS_DIR } from '../support/corpora';
import { optionValue } from './evalSets';
import { evaluateNames, formatNamesReport, NamesReport } from './names';

interface Token {
  form: string;
  upos: string;
  xpos: string;
  /** The token's head as an index into the document's tokens (-1 for a sentence's root). */
  head: number;
  deprel: string;
  start: number;
  end: number;
}
interface GoldEntity {
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
}

const TYPES: Record<string, EntityType> = { person: 'person', organization: 'organization', place: 'place' };
const CONNECTORS = /^(?:of|for|and|the|de|del|la|von|van|al|in|on|&)$/i;
const TITLE_ABBREVIATIONS = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Pres|Amb|Sec)\.?$/;

/** A word of a title or a place before a person's name, by the project's own word lists. */
function isTitle(word: string): boolean {
  const k = word.toLowerCase();
  return TITLE_ABBREVIATIONS.test(word) || ROLE_HEADS.has(k) || ROLE_MODIFIERS.has(k) || DEMONYMS.has(k) || PLACES.has(k) || /^(?:u\.s\.|us|uk|u\.k\.)$/.test(k);
}

/** One conllu document: its text (paragraphs as blank lines) and the named entities of the three types. */
export function readGumDocument(conllu: string): { id: string; text: string; entities: GoldEntity[] } {
  let id = '';
  let text = '';
  const tokens: Token[] = [];
  let sentenceStart = 0;
  let spaceAfter = true;
  let newParagraph = false;
  // Open mentions by entity id (a stack each: an entity may nest in itself); closed mentions as token ranges.
  const open = new Map<string, Array<{ type: string; first: number }>>();
  const mentions: Array<{ entity: string; type: string; first: number; last: number }> = [];
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# newdoc id = ')) id = line.slice('# newdoc id = '.length).trim();
    else if (line.startsWith('# newpar')) newParagraph = true;
    else if (line.startsWith('# sent_id')) sentenceStart = tokens.length;
    else if (/^\d+\t/.test(line)) {
      const cols = line.split('\t');
      const sep = !text ? '' : newParagraph ? '\n\n' : spaceAfter ? ' ' : '';
      newParagraph = false;
      text += sep;
      const head = Number(cols[6]);
      const token: Token = { form: cols[1], upos: cols[3], xpos: cols[4], head: head ? sentenceStart + head - 1 : -1, deprel: cols[7], start: text.length, end: text.length + cols[1].length };
      text += cols[1];
      const index = tokens.push(token) - 1;
      const misc = cols[9] ?? '_';
      spaceAfter = !/(?:^|\|)SpaceAfter=No(?:\||$)/.test(misc);
      const entity = /(?:^|\|)Entity=([^|]*)/.exec(misc)?.[1];
      if (entity) {
        // "(1-person-new-…(2-organization-…-Church_of_Scientology)": "(" opens a mention (closed by ")" at once when
        // it ends here), "id)" closes one opened earlier.
        for (const m of entity.matchAll(/\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)/g)) {
          if (m[1]) {
            if (m[3]) mentions.push({ entity: m[1], type: m[2], first: index, last: index });
            else (open.get(m[1]) ?? open.set(m[1], []).get(m[1])!).push({ type: m[2], first: index });
          } else {
            const started = open.get(m[4])?.pop();
            if (started) mentions.push({ entity: m[4], type: started.type, first: started.first, last: index });
          }
        }
      }
    }
  }
  const byEntity = new Map<string, { type: EntityType; forms: string[] }>();
  for (const m of mentions) {
    const type = TYPES[m.type];
    if (!type) continue;
    // The mention's head: its token whose head lies outside it.
    let h = m.first;
    for (let i = m.first; i <= m.last; i++) if (tokens[i].head < m.first || tokens[i].head > m.last) { h = i; break; }
    // A name is a run of proper nouns (joined by hyphens, and for bodies and places by "of", "and" …) that is the
    // head or names it ("musician Tiziano Lugli": the head is "musician", the name its flat words).
    // (A body's or place's name takes in its capitalised words of any kind: "United States Navy", "Civic Party",
    // "Saudi Gazette"; "The" is left out.)
    const named = (i: number) => tokens[i].upos === 'PROPN' || (type !== 'person' && /^\p{Lu}/u.test(tokens[i].form) && !/^(?:The|A|An)$/.test(tokens[i].form) && tokens[i].upos !== 'PUNCT');
    const proper = (i: number) => named(i) || (tokens[i].xpos === 'HYPH' && !!tokens[i - 1] && named(i - 1) && !!tokens[i + 1] && named(i + 1));
    const joins = (i: number) => type !== 'person' && CONNECTORS.test(tokens[i].form) && !!tokens[i - 1] && named(i - 1) && !!tokens[i + 1] && named(i + 1);
    const inName = (i: number) => i >= m.first && i <= m.last && (proper(i) || joins(i));
    const anchor = tokens[h].upos === 'PROPN' ? h : [...Array(m.last - m.first + 1).keys()].map((k) => m.first + k).find((i) => tokens[i].head === h && tokens[i].upos === 'PROPN' && /^(?:flat|appos)/.test(tokens[i].deprel));
    if (anchor === undefined) continue;
    let first = anchor;
    let last = anchor;
    while (inName(first - 1)) first--;
    while (inName(last + 1)) last++;
    // People are never plural ("Afghans", "Democrats" name groups); a coordination ("A and B") names no one entity.
    if (type === 'person' && tokens.slice(first, last + 1).some((t) => t.xpos === 'NNPS')) continue;
    if (tokens.slice(m.first, m.last + 1).some((t) => t.deprel === 'conj' && t.head === h)) continue;
    // A person's title is not their name ("Ambassador Hamdullah Mohib", "U.S. Secretary of State John Kerry").
    if (type === 'person') while (first < last && isTitle(tokens[first].form)) first++;
    const form = text.slice(tokens[first].start, tokens[last].end).replace(/['’]s$/, '');
    if (!/^\p{Lu}/u.test(form)) continue;
    const e = byEntity.get(m.entity) ?? byEntity.set(m.entity, { type, forms: [] }).get(m.entity)!;
    if (!e.forms.includes(form)) e.forms.push(form);
  }
  const entities: GoldEntity[] = [];
  for (const e of byEntity.values()) {
    const forms = [...e.forms].sort((a, b) => b.length - a.length);
    entities.push({ name: forms[0], type: e.type, aliases: forms.slice(1), roles: [] });
  }
  return { id, text, entities };
}

export function evaluateGum(depDir: string, genres: string[]): NamesReport {
  const files = fs
    .readdirSync(depDir)
    .filter((f) => f.endsWith('.conllu') && genres.some((g) => f.startsWith(`GUM_${g}_`)))
    .sort();
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-gum-'));
  const articles: Array<{ path: string; entities: GoldEntity[] }> = [];
  for (const f of files) {
    const doc = readGumDocument(fs.readFileSync(path.join(depDir, f), 'utf8'));
    const file = path.join(out, `${doc.id}.txt`);
    fs.writeFileSync(file, doc.text + '\n');
    articles.push({ path: file, entities: doc.entities });
  }
  const annotations = path.join(out, 'annotations.json');
  fs.writeFileSync(annotations, JSON.stringify({ articles }));
  const corpus = loadCorpus([...[SEEDS_DIR, WIKINEWS_DIR].flatMap((d) => resolveSourceFiles(d, ['**']).files), ...articles.map((a) => a.path)]).corpus;
  try {
    return evaluateNames(annotations, corpus);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const opt = (name: string) => optionValue(args, name);
  const dep = opt('--gum');
  if (!dep || !fs.existsSync(dep)) {
    console.error('usage: node out/test/eval/gumNames.js --gum <GUM>/dep [--genres news,interview,bio] [--verbose]');
    process.exit(2);
  }
  for (const genre of (opt('--genres') ?? 'news,interview,bio').split(',')) {
    const report = evaluateGum(dep, [genre]);
    console.log(formatNamesReport(report, `GUM ${genre} documents (GUM's annotation, derived as the header says)`));
    if (args.includes('--verbose')) {
      for (const m of report.misses) console.log(`  miss ${m.type} "${m.name}"${m.predictedAs ? ` (typed ${m.predictedAs})` : ''} in ${path.basename(m.article)}`);
      for (const f of report.falsePositives) console.log(`  false ${f.type} "${f.name}" in ${path.basename(f.article)}`);
    }
  }
}

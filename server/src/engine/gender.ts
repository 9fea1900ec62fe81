/**
 * Whether "he" or "she" can stand for a person, by what the sources show of them: a courtesy title ("Ms. Fiorina"), a
 * gendered role ("spokeswoman"), the next sentence opening with "He" or "She" after a sentence that opens with their
 * name, and their given name ("Hillary" is a woman's name in the gazetteer, "Taylor" either). The attribution's pronoun
 * rule uses it to pass over a person a pronoun cannot be ("Clinton … Sanders … “…,” she said" is Clinton's).
 *
 * Evidence is weighed, not trusted alone: a given name counts two, a courtesy title or role two each, a following
 * pronoun one each, and a gender is given only with at least two for it and three times as much for it as against
 * ("Lindsey Graham": a woman's given name, but the sources' "He" after him leaves him undecided, not a woman).
 */
import { Entity, givenNameGender } from './names';

export type Gender = 'female' | 'male';

const known = new WeakMap<Entity, Gender | null>();

/** The gender the sources show for a person, or undefined when they do not show one clearly (or it is no person). */
export function personGender(e: Entity): Gender | undefined {
  if (e.type !== 'person') return undefined;
  let g = known.get(e);
  if (g === undefined) {
    g = weigh(e);
    known.set(e, g);
  }
  return g ?? undefined;
}

/** The sex a singular pronoun names: "she" female, "he" male, any other none. */
export function pronounGender(pronoun: string): Gender | undefined {
  return /^she$/i.test(pronoun) ? 'female' : /^he$/i.test(pronoun) ? 'male' : undefined;
}

/** Whether a singular pronoun ("he", "she") can stand for the person: yes unless their gender is known to differ. */
export function pronounFits(pronoun: string, e: Entity): boolean {
  // ("Council settled for a ban, a decision that it says …": "it" is a body or a thing, never a person.)
  if (/^it$/i.test(pronoun)) return e.type !== 'person';
  const wanted = pronounGender(pronoun);
  if (!wanted) return true;
  // ("Transport Scotland said … A government spokeswoman told reporters … “…,” she said": "he" or "she" is no body.)
  if (e.type !== 'person') return false;
  const g = personGender(e);
  return !g || g === wanted;
}

const COURTESY_FEMALE = /(?:^|[^\p{L}])(?:Mrs|Ms|Miss|Mme|Madam|Dame|Lady)\.?\s+$/u;
const COURTESY_MALE = /(?:^|[^\p{L}])(?:Mr|Sir)\.?\s+$/u;
const ROLE_FEMALE = /\b(?:spokeswoman|congresswoman|chairwoman|businesswoman|councilwoman|stateswoman|actress|mother|wife|daughter|sister|grandmother|niece|aunt|widow|queen|princess|duchess|countess|first lady|girlfriend)\b/i;
const ROLE_MALE = /\b(?:spokesman|congressman|businessman|councilman|statesman|father|husband|son|brother|grandfather|nephew|uncle|widower|king|prince|duke|earl|boyfriend)\b/i;
/** Family names that come first in a name ("Xi Jinping", "Kim Jong-un"): the first word is no given name there. */
const FAMILY_NAME_FIRST = new Set(['xi', 'li', 'wang', 'zhang', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu', 'hu', 'deng', 'mao', 'jiang', 'park']);
/** A sentence that ends right before (so the name opens the next one). */
const OPENS_SENTENCE = /(?:^|[.!?]["”’)]?\s+|\n\s*)$/;
/**
 * How many mentions, and in how many articles, are read for courtesy titles and following pronouns: enough for a
 * verdict, few for a person named thousands of times (an indexed article's text may have to be read from disk again:
 * textStore.ts).
 */
const MENTIONS_READ = 200;
const ARTICLES_READ = 25;

function weigh(e: Entity): Gender | null {
  let female = 0;
  let male = 0;
  const given = givenNameOf(e.name);
  const byName = given ? givenNameGender(given) : undefined;
  if (byName === 'female') female += 2;
  if (byName === 'male') male += 2;
  for (const r of e.roles) {
    if (ROLE_FEMALE.test(r.text)) female += 2;
    else if (ROLE_MALE.test(r.text)) male += 2;
  }
  const articles = new Set<unknown>();
  for (const m of e.mentions.slice(0, MENTIONS_READ)) {
    if (!articles.has(m.article) && articles.size >= ARTICLES_READ) continue;
    articles.add(m.article);
    const text = m.article.text;
    const before = text.slice(Math.max(0, m.start - 8), m.start);
    if (COURTESY_FEMALE.test(before)) female += 2;
    else if (COURTESY_MALE.test(before)) male += 2;
    if (!OPENS_SENTENCE.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
    const next = nextSentenceOpening(text, m.end);
    if (next === 'she') female += 1;
    else if (next === 'he') male += 1;
  }
  if (female >= 2 && female >= 3 * male) return 'female';
  if (male >= 2 && male >= 3 * female) return 'male';
  return null;
}

/** The given name a person's full name opens with ("J. Christopher Stevens": Christopher), if it has one. */
function givenNameOf(name: string): string | undefined {
  const parts = name.split(/\s+/).filter((p) => !/^\p{Lu}\.$/u.test(p));
  if (parts.length < 2) return undefined;
  const first = parts[0].toLowerCase();
  if (FAMILY_NAME_FIRST.has(first) || (first === 'kim' && (parts.length > 2 || parts[1].includes('-')))) return undefined;
  return parts[0];
}

/** "He" or "she" when the sentence after the one at `from` opens with it (within the same paragraph). */
function nextSentenceOpening(text: string, from: number): 'he' | 'she' | undefined {
  const rest = text.slice(from, from + 400);
  // The end of this sentence, outside any quotation in it.
  const end = /[.!?]["”’]?\s+(?=\S)/.exec(rest.replace(/[“"][^”"\n]*[”"]/g, (q) => ' '.repeat(q.length)));
  if (!end || rest.slice(0, end.index).includes('\n\n')) return undefined;
  const opening = /^(He|She)\b/.exec(rest.slice(end.index + end[0].length));
  return opening ? (opening[1].toLowerCase() as 'he' | 'she') : undefined;
}

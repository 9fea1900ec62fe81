/**
 * Roles as the sources give them: what an article calls a person, an organisation or a place beside one of its
 * mentions. Five patterns, each on the text around a mention the name index found:
 *
 * - a role right before the name, in lower case: "English drummer Ginger Baker", "Indonesia's security minister
 *   Wiranto", "news agency Interfax", "his daughter Nettie Baker";
 * - a title with its office before the name: "US Secretary of State Mike Pompeo", "US Ambassador to Germany Richard
 *   Grenell" (titles without "of" come with the name itself: see names.ts);
 * - an appositive after the name: "Sophie Obadia, another lawyer for the victim,", "Budi Gunawan, chief of the
 *   Indonesian State Intelligence Agency,", "Niamey, Niger's capital,";
 * - an appositive before it: "Dunn's mother, Charlotte Charles,", "The mayor of New Orleans, LaToya Cantrell,";
 * - a sentence that says what the name is: "Hatice Cengiz is a Turkish national", "Baker was widely known as the
 *   drummer and co-founder of the rock band Cream"; and for places, "the town of Pandeglang".
 *
 * A phrase is a role only when its head noun is a word for what the entity is: a person's occupation, office or
 * relation (PERSON_NOUNS, ROLE_HEADS), a kind of organisation or a kind of place. Anything else beside a name (a date,
 * a place after a place, a list of names) is left alone.
 */
import type { Article } from './article';
import type { Entity, EntityRole } from './names';
import {
  DEMONYMS,
  ORG_KIND_NOUNS,
  PERSON_NOUNS,
  PLACE_ACRONYMS,
  PLACE_KIND_NOUNS,
  PLACE_NAMES,
  PLACES,
  POLITICAL_AFFILIATIONS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
} from './lexicon';

export type RoleEntityType = 'person' | 'organization' | 'place';

export interface FoundRole {
  text: string;
  start: number;
  end: number;
  /** A plural role before a list of names ("special envoys Steve Witkoff and Jared Kushner"): the list's others' too. */
  plural?: boolean;
}

/** A mention the roles are looked for around, and the article's other names (to read "Google engineer X"). */
export interface RoleContext {
  article: Article;
  type: RoleEntityType;
  start: number;
  end: number;
  /** Start of the organisation or place mention that ends at an offset, for the article's other names. */
  namedBefore: Map<number, number>;
  /** Whether the corpus writes a lower-case word before "the", "a"...: a verb or preposition, no part of a role. */
  takesObject: (word: string) => boolean;
}

const EXTRA_ORG_KINDS = new Set(
  `organisation parliament legislature network supergroup trio quartet duo orchestra choir tabloid publication weekly
  monthly militia faction body authority federation league association society council committee commission court
  tribunal army force government administration regime cabinet church denomination sect manufacturer automaker
  carmaker chipmaker drugmaker exchange fund trust foundation museum library gallery franchise ensemble outfit
  broadcaster`
    .trim()
    .split(/\s+/),
);
const EXTRA_PLACE_KINDS = new Set(
  `neighbourhood township hamlet metropolis archipelago peninsula republic kingdom nation emirate oblast prefecture
  canton governorate parish constituency enclave exclave resort river lake mountain volcano`
    .trim()
    .split(/\s+/),
);
// Words in -ist that are no one ("list", "wrist").
const NOT_PERSONS_IST = new Set('list wrist twist exist assist resist insist consist persist subsist midst gist mist fist checklist playlist'.split(' '));
// Heads that say too little alone: "a man", "a local" is a role only with a word before it ("Ohio man").
const WEAK_HEADS = new Set('man woman boy girl teenager local national native resident citizen child'.split(' '));

/** Whether a lower-case word names what an entity of this type is. */
export function isRoleNoun(word: string, type: RoleEntityType): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.includes('/')) return w.split('/').some((p) => isRoleNoun(p, type));
  if (type === 'person') {
    return (
      PERSON_NOUNS.has(w) ||
      (ROLE_HEADS.has(w) && !/^(?:mr|mrs|ms|dr|prof|sir|dame|lord|lady|sen|rep|gov|gen|col|capt|lt|sgt|maj|supt|insp|det|cpl|pte|brig|cmdr|adm|rev|mme|mlle|herr|frau)\.?$/.test(w)) ||
      (w.length >= 6 && w.endsWith('ist') && !NOT_PERSONS_IST.has(w)) ||
      (w.length >= 7 && /(?:wo)?man$/.test(w) && !/^(?:ottoman|talisman|superhuman|inhuman)$/.test(w)) ||
      // "schoolteacher", "dockworker", "filmmaker", "goalkeeper": a compound of a person's word.
      /^[a-z]{3,}(?:teacher|worker|maker|keeper|holder|seller|writer|dealer|grower|builder|driver|rider|player|fighter|hunter|trainer|dancer|singer|farmer|officer|fisher|smith|wright|monger|herder)$/.test(w)
    );
  }
  // "steelmaker", "carmaker": a compound of a kind of firm.
  if (type === 'organization') return ORG_KIND_NOUNS.has(w) || EXTRA_ORG_KINDS.has(w) || /^[a-z]{3,}(?:maker|producer|retailer|supplier|lender|insurer|carrier)$/.test(w);
  return PLACE_KIND_NOUNS.has(w) || EXTRA_PLACE_KINDS.has(w);
}

// Words that end a role phrase before its head: function words and the verbs that take a name as their object.
const STOP = new Set(
  `of in on at by for with from to into onto about against among between through during without within over under
  behind versus vs near beyond alongside amid despite toward towards upon unlike except plus beside besides after
  before since until via per as like than or but nor so yet because while when where whereas if though although he she
  it they we you i me him them us who whom whose which what that this these those is are was were be been being has
  have had do does did will would can could shall should may might must said says say told tells tell asked asks met
  meets himself herself themselves itself myself saw sees see called calls named names became become becomes joined
  joins beat beats hit hits shot shoots kill kills visit visits include includes including require requires allow
  allows urge urges force forces order orders let lets make makes help helps hire hires appoint appoints elect elects
  replace replaces succeed succeeds thank thanks praise praises criticise criticises criticize criticizes accuse
  accuses blame blames sue sues support supports back backs endorse endorses defeat defeats interview interviews quote
  quotes cite cites charge charges sentence sentences arrest arrests sack sacks oust ousts follow follows join invite
  invites welcome welcomes congratulate congratulates warn warns ask tell such also now then later still just only
  even not never ever already again here there today yesterday tomorrow one two three four five six seven eight nine
  ten many several some all both each every other another any no more most the a an`
    .trim()
    .split(/\s+/),
);
// Participles that are adjectives before a role ("retired general", "acting mayor"); others end it ("killed").
const PARTICIPLE_ADJECTIVES = new Set(
  `retired elected appointed self-described self-styled self-proclaimed disgraced embattled renowned celebrated
  acclaimed unnamed detained jailed imprisoned exiled ousted deposed alleged accused convicted indicted suspected
  wounded injured murdered slain deceased beloved talented dedicated experienced married divorced widowed
  unidentified licensed registered qualified certified decorated distinguished noted famed fabled seasoned
  acting ruling leading sitting founding managing visiting outgoing incoming governing reigning presiding serving
  aspiring rising striking ailing longstanding long-serving long-standing best-selling bestselling award-winning
  record-breaking hard-line hardline`
    .trim()
    .split(/\s+/),
);
// Words after which a role's own words end: a clause starts ("the would-be successor should Pierluisi ...").
// ("a taxi driver known across Apia as Bubba": the name a person goes by is no part of the role.)
const CLAUSE_STOP = /^(?:who|whom|whose|which|that|where|when|while|should|would|will|can|could|may|might|must|is|are|was|were|has|have|had|now|currently|since|because|after|before|although|though|but|said|says|told|added|according|known|nicknamed|dubbed)$/;
// Words that end the head's noun group (the head is the word before them).
const HEAD_STOP = /^(?:of|for|at|to|in|from|with|on|since|between|under|over|based|who|whom|whose|which|that|where|when|while|now|currently|should|would|will|can|could|may|might|must|is|are|was|were|has|have|had|during|after|before|until|by|known|than|said|says)$/;
const SPEECH_WORD = /^(?:said|says|told|tells|added|adds|stated|wrote|writes|noted|explained|announced|reported|reports|insisted|warned|claimed|argued|confirmed|declared|asked)$/;
const POSSESSIVE_PRONOUN = /^(?:his|her|their|its)$/;
const LEAD_WORDS = /^(?:On|In|At|After|Before|During|Then|But|And|Meanwhile|Later|Earlier|Also|Yesterday|Today|Last|This|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

// The word right before a name, and only spaces after it.
const LAST_WORD = /([\p{L}\p{M}\p{N}]+(?:[-'’/][\p{L}\p{M}\p{N}]+)*)[ \t\u00a0]+$/u;

const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’/][\p{L}\p{M}\p{N}]+)*/gu;

interface Tok {
  text: string;
  start: number;
  end: number;
}

function tokens(s: string, offset: number): Tok[] {
  return [...s.matchAll(WORD)].map((m) => ({ text: m[0], start: offset + m.index!, end: offset + m.index! + m[0].length }));
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
const isAcronym = (w: string) => /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u.test(w);
const opensSentence = (text: string, at: number, from: number) => /(?:^|[.!?]["”’)]?\s+|\n\s*|^\s*)$/.test(text.slice(Math.max(from, at - 6), at)) || at <= from;

// A courtesy title between a role and the name: "glaciologist Dr Amelia Frost", "the architect Sir Nigel Brandt".
// ("The judge, Ms Justice Orla Cassidy,": an Irish or English judge's title of two words.)
const HONORIFIC_BEFORE = /(?:^|[\s(])((?:(?:Mr|Mrs|Ms|Madam|Lord|Lady)\.?[ \t]+Justice|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Mr|Mrs|Ms|Miss|Rev|Reverend)\.?[ \t]+)$/;

/** Where the name's own words start, a courtesy title before it included. */
function nameStart(ctx: RoleContext): number {
  const m = HONORIFIC_BEFORE.exec(ctx.article.text.slice(Math.max(ctx.article.bodyStart, ctx.start - 16), ctx.start));
  return m ? ctx.start - m[1].length : ctx.start;
}

/** Every role the text gives beside this mention. */
export function rolesAround(ctx: RoleContext): FoundRole[] {
  const found: FoundRole[] = [];
  const add = (r: FoundRole | undefined) => {
    if (r && r.text.length >= 3 && !found.some((f) => f.start === r.start && f.end === r.end)) found.push(r);
  };
  // (Where the name's words start, a courtesy title included, is read once for all the patterns.)
  const nameAt = nameStart(ctx);
  const before = roleBefore(ctx, nameAt);
  add(before);
  if (ctx.type === 'person') add(officeBefore(ctx));
  const after = appositiveAfter(ctx);
  add(after?.role);
  // "The visitors' captain, veteran defender Liam Harte,": an appositive before the role before the name.
  add(appositiveBefore(ctx, before?.start ?? nameAt));
  add(copulaRole(ctx, nameAt, after?.end ?? ctx.end));
  add(asRole(ctx));
  if (ctx.type === 'place') add(kindOfPlace(ctx));
  return found;
}

/** "English drummer Ginger Baker", "Indonesia's security minister Wiranto", "news agency Interfax". */
function roleBefore(ctx: RoleContext, start: number): FoundRole | undefined {
  const { article } = ctx;
  const text = article.text;
  const from = Math.max(article.bodyStart, start - 150);
  // (Most names have no role before them: the last word is read first, and the window only for a role's word.)
  const last = LAST_WORD.exec(text.slice(Math.max(article.bodyStart, start - 40), start));
  if (!last || !(isRoleNoun(last[1], ctx.type) || /s$/.test(last[1]))) return undefined;
  const windowText = text.slice(from, start);
  const toks = tokens(windowText, from);
  const head = toks[toks.length - 1];
  if (!head || !/^[ \t\u00a0]+$/.test(text.slice(head.end, start))) return undefined;
  // "US special envoys Steve Witkoff and Jared Kushner", "Senators Mike Lee and David Perdue": a plural role before a
  // list of names is each one's (names.ts hands it on to the others).
  const singular = /s$/.test(head.text) && ctx.type === 'person' ? head.text.replace(/(?:e(?=s$))?s$/, '') : undefined;
  const plural =
    !!singular &&
    !isRoleNoun(head.text, ctx.type) &&
    (isRoleNoun(singular, ctx.type) || isRoleNoun(head.text.slice(0, -1), ctx.type)) &&
    /^(?:\s+of\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)?(?:,\s+|\s+and\s+)\p{Lu}/u.test(text.slice(ctx.end, ctx.end + 40));
  if (isCapitalised(head.text) && !opensSentence(text, head.start, article.bodyStart) && !(plural && ROLE_HEADS.has(head.text.slice(0, -1).toLowerCase()))) return undefined;
  // ("the Philippine Army's Western Mindanao Command": a possessive owns the name; it says nothing of what it is.)
  if (/['’]s?$/.test(head.text) || !(plural || isRoleNoun(head.text, ctx.type))) return undefined;
  let first = toks.length - 1;
  let lowerModifiers = 0;
  for (let k = toks.length - 2; k >= 0; k--) {
    const t = toks[k];
    const gap = text.slice(t.end, toks[k + 1].start);
    const w = t.text;
    const lw = w.toLowerCase();
    // "Patients' group Healthwatch", "the visitors' captain": a plural possessive, like "Indonesia's".
    if (/^['’][ \t]+$/.test(gap) && /s$/.test(w)) {
      first = k;
      while (isCapitalised(w) && first > 0 && isCapitalised(toks[first - 1].text) && !LEAD_WORDS.test(toks[first - 1].text) && /^[ \t]+$/.test(text.slice(toks[first - 1].end, toks[first].start))) first--;
      break;
    }
    if (!/^[ \t\u00a0]+$/.test(gap)) break;
    // A participle is an adjective right before the role ("convicted murderer"), else likely the verb ("convicted former
    // mayor Dale Whitcomb").
    if (/ed$/.test(lw) && k < toks.length - 2) break;
    if (/['’]s$/.test(w) && isCapitalised(w)) {
      // "Indonesia's", "German Chancellor Angela Merkel's": the possessive and the name it ends.
      first = k;
      while (first > 0 && isCapitalised(toks[first - 1].text) && !LEAD_WORDS.test(toks[first - 1].text) && /^[ \t]+$/.test(text.slice(toks[first - 1].end, toks[first].start))) first--;
      break;
    }
    // ("my brother Frank Dunn": a speaker's relation in a quotation, not the article's word for him.)
    if (/^(?:my|our|your)$/.test(lw)) return undefined;
    if (POSSESSIVE_PRONOUN.test(lw) && !isCapitalised(w)) {
      first = k;
      break;
    }
    if (isCapitalised(w)) {
      if (opensSentence(text, t.start, article.bodyStart)) {
        // "Local actor and producer Joshua Winch": a sentence's first word is read in lower case ("US" stays a place).
        if (capitalisedModifier(lw) || isAcronym(w) || (!STOP.has(lw) && !LEAD_WORDS.test(w) && (isModifier(lw) || isRoleNoun(lw, ctx.type)))) first = k;
        break;
      }
      if (capitalisedModifier(lw) || isAcronym(w)) {
        first = k;
        continue;
      }
      const named = ctx.namedBefore.get(t.end);
      if (named !== undefined) {
        // "Google engineer", "AU trade and industry commissioner": an organisation or place named before the role.
        while (k > 0 && toks[k].start > named) k--;
        first = k;
        continue;
      }
      break;
    }
    if (lw === 'and') {
      const prev = toks[k - 1];
      if (prev && !isCapitalised(prev.text) && isModifier(prev.text.toLowerCase()) && !ctx.takesObject(prev.text.toLowerCase())) continue;
      break;
    }
    if (/^\d+-year-old$/.test(lw)) {
      first = k;
      continue;
    }
    if (!isModifier(lw) || ctx.takesObject(lw) || ++lowerModifiers > 3) break;
    first = k;
  }
  // A comma-less "and" left at the front belongs to no role.
  while (first < toks.length - 1 && toks[first].text.toLowerCase() === 'and') first++;
  if (first === toks.length - 1 && WEAK_HEADS.has(head.text.toLowerCase())) return undefined;
  return { text: text.slice(toks[first].start, head.end), start: toks[first].start, end: head.end, plural };
}

/** A lower-case word that can stand before a role's head ("security", "state", "trade", "former"). */
function isModifier(lw: string): boolean {
  if (STOP.has(lw) || /^\d/.test(lw)) return false;
  if (/ed$/.test(lw) || /ing$/.test(lw)) return PARTICIPLE_ADJECTIVES.has(lw) || lw === 'fellow';
  if (/ly$/.test(lw) && lw !== 'family') return false;
  return true;
}

/** A capitalised word that qualifies a role: a nationality, a country, a party, a title word ("US", "Republican"). */
function capitalisedModifier(lw: string): boolean {
  return DEMONYMS.has(lw) || PLACES.has(lw) || PLACE_NAMES.has(lw) || PLACE_ACRONYMS.has(lw) || POLITICAL_AFFILIATIONS.has(lw) || ROLE_MODIFIERS.has(lw) || ROLE_HEADS.has(lw);
}

// "US Secretary of State Mike Pompeo", "Secretary of Justice Wanda Vázquez Garced", "Ambassador to Germany X".
const OFFICE_BEFORE = /((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}?)(\p{Lu}[\p{L}-]*)\s+(?:of|to|for)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|of)\s+){0,4}\p{Lu}[\p{L}\p{M}.'’-]*\s+$/u;

function officeBefore(ctx: RoleContext): FoundRole | undefined {
  const { article, start } = ctx;
  const text = article.text;
  const from = Math.max(article.bodyStart, start - 120);
  // (The pattern is slow to try: only where a capitalised word ends right before the name and "of", "to" or "for"
  // comes shortly before.)
  const near = text.slice(Math.max(from, start - 80), start);
  if (!/\p{Lu}[\p{L}\p{M}.'’-]*\s+$/u.test(near) || !/\s(?:of|to|for)\s/.test(near)) return undefined;
  // (Only within the sentence: "… the airport in Havana.\n\nUS Secretary of State Mike Pompeo" is no "Havana. US
  // Secretary". A full stop after an initial, "U.S.", ends no sentence.)
  let sentenceStart = from;
  for (const b of text.slice(from, start).matchAll(/\n|[.!?]["”’)]?[ \t]+/g)) {
    if (b[0] !== '\n' && b[0][0] === '.' && /(?:^|[\s.])\p{Lu}$/u.test(text.slice(from, from + b.index!))) continue;
    sentenceStart = from + b.index! + b[0].length;
  }
  const windowText = text.slice(sentenceStart, start);
  const m = OFFICE_BEFORE.exec(windowText);
  if (!m || !ROLE_HEADS.has(m[2].toLowerCase())) return undefined;
  // The capitalised words before the title stay only if they qualify it ("US", "Deputy"); a sentence's "Then" does not.
  const lead = tokens(m[1], sentenceStart + m.index);
  let k = 0;
  while (k < lead.length && !(capitalisedModifier(lead[k].text.toLowerCase()) || isAcronym(lead[k].text) || /['’]s$/.test(lead[k].text))) k++;
  const s = k < lead.length ? lead[k].start : sentenceStart + m.index + m[1].length;
  const roleText = text.slice(s, start).trimEnd();
  return { text: roleText, start: s, end: s + roleText.length };
}

/** The words of an appositive up to where it ends: a comma, a bracket, a full stop (not an initial's), a dash. */
function phraseAt(text: string, from: number, limit: number): string {
  let i = from;
  const end = Math.min(text.length, from + limit);
  for (; i < end; i++) {
    const c = text[i];
    if (',;:()[]“”"!?\n—–'.includes(c)) break;
    if (c === '.' && !(/\p{Lu}/u.test(text[i - 1] ?? '') && /(?:^|[\s.])$/.test(text.slice(i - 2, i - 1)))) break;
  }
  return text.slice(from, i);
}

const DETERMINER_LEAD = /^(?:(?:then|now|currently|formerly|still|also)\s+)?(?:(?:one\s+of\s+(?:the\s+)?)|a|an|the|another|its|his|her|their|our|my|your)\s+/i;
const POSSESSIVE_LEAD = /^(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,4}\p{Lu}[\p{L}\p{M}.-]*['’]s\s+/u;
const BARE_MODIFIER = /^(?:former|deputy|acting|interim|assistant|vice|then|current|longtime|long-time|chief|senior|junior|co|founding|executive|managing|principal|general|associate|lead|head|fellow)$/;
const BARE_LEAD = /^\p{Ll}/u;

/**
 * The role a phrase states, given how it opens: the phrase cut where a clause starts, less "a"/"an", if its head noun is
 * a word for this type of entity. `bare` lets a phrase open with its own words ("brother of ...") when an "of"-like
 * word follows the head; 'title' lets it open so after "as" ("as Foreign Secretary", "as mayor").
 */
/** The head noun of a phrase's first noun group: the word before "of", "who", a verb... (and what stopped it). */
function headGroup(body: Tok[]): { headIndex: number; stoppedBy?: string } {
  let headIndex = -1;
  for (let k = 0; k < body.length && k < 7; k++) {
    const lw = body[k].text.toLowerCase();
    if (HEAD_STOP.test(lw)) return { headIndex, stoppedBy: lw };
    // A capitalised word after the head's group has begun ends it ("a Saudi national Khashoggi" is not written).
    if (k > 0 && isCapitalised(body[k].text) && !isCapitalised(body[k - 1].text) && !/['’]s$/.test(body[k - 1].text)) break;
    headIndex = k;
  }
  return { headIndex };
}

function statedRole(phrase: string, at: number, type: RoleEntityType, bare: boolean | 'title'): FoundRole | undefined {
  let lead = DETERMINER_LEAD.exec(phrase)?.[0] ?? POSSESSIVE_LEAD.exec(phrase)?.[0];
  const isBare = lead === undefined;
  if (isBare && !(bare === 'title' || (bare && BARE_LEAD.test(phrase)))) return undefined;
  lead ??= '';
  const toks = tokens(phrase, at);
  const leadEnd = at + lead.length;
  const body = toks.filter((t) => t.start >= leadEnd);
  const { headIndex, stoppedBy } = headGroup(body);
  if (headIndex < 0) return undefined;
  const head = body[headIndex];
  // A capitalised head is a name ("Germany, the Czech Republic"): a list, not a role. A person's title is the
  // exception ("Julie Payette, the Governor General of Canada,").
  if (isCapitalised(head.text) && !(type === 'person' && ROLE_HEADS.has(head.text.toLowerCase()))) return undefined;
  if (!isRoleNoun(head.text, type)) return undefined;
  // The head's group is a noun phrase: no article or verb inside it ("and a spokesperson for", "near the city of").
  // Without a determiner before it, only words that qualify a role ("former vice-president of Namibia").
  for (const t of body.slice(0, headIndex)) {
    const lw = t.text.toLowerCase();
    if (lw === 'and') continue;
    // ("the pioneering civil engineer", "the EU's main science funding body": after a determiner, -ing words qualify.)
    if (!isCapitalised(t.text) && !isModifier(lw) && !(/ing$/.test(lw) && !isBare && !STOP.has(lw))) return undefined;
    if (isBare && !(BARE_MODIFIER.test(lw) || ROLE_MODIFIERS.has(lw) || isRoleNoun(lw, type) || capitalisedModifier(lw))) return undefined;
  }
  if (isBare && bare !== 'title' && !(stoppedBy && /^(?:of|for|at|to|with|in|on)$/.test(stoppedBy))) return undefined;
  if (SPEECH_WORD.test(body[body.length - 1]?.text ?? '')) return undefined;
  if (headIndex === 0 && WEAK_HEADS.has(head.text.toLowerCase()) && !lead.trim()) return undefined;
  // The role's own words: up to where a clause starts.
  let end = at + phrase.length;
  for (const t of body.slice(headIndex + 1)) {
    if (CLAUSE_STOP.test(t.text.toLowerCase())) {
      end = t.start;
      break;
    }
  }
  // A role told in the first or second person ("my brother") is someone's in a quotation, not the article's.
  if (/^(?:my|our|your)\s/i.test(lead)) return undefined;
  let s = at;
  const article = /^(?:(?:then|now|currently|formerly|still|also)\s+)?(?:an?\s+)?/i.exec(phrase);
  if (article) s += article[0].length;
  const text = phrase.slice(s - at, end - at).trim();
  if (text.split(/\s+/).length > 16) return undefined;
  return { text, start: s, end: s + text.length };
}

/** "Sophie Obadia, another lawyer for the victim,", "Harry Dunn, 19, a motorcyclist,", "Niamey, Niger's capital,". */
function appositiveAfter(ctx: RoleContext): { role?: FoundRole; end: number } | undefined {
  const text = ctx.article.text;
  const m = /^,\s+(?:\d{1,3},\s+)?/.exec(text.slice(ctx.end, ctx.end + 12));
  if (!m) return undefined;
  let at = ctx.end + m[0].length;
  // "Kirsten Gillibrand, who was a candidate in the Democratic primary,": the relative clause states the role.
  const who = /^who\s+(?:is|was|has\s+been|had\s+been|became|serves\s+as|served\s+as)\s+(?:(?:currently|also|now|then|once)\s+)?/.exec(text.slice(at, at + 40));
  if (who) at += who[0].length;
  // "Ignazio Cassis, who currently chairs the OSCE,": an office said with a verb.
  const office = !who && ctx.type === 'person' ? /^who\s+((?:(?:currently|also|now|then|once|still)\s+)?(?:chairs|heads|leads|runs|chaired|headed|led|ran|represents|represented|founded|co-founded|owns|owned)\s)(?=(?:the\s+)?\p{Lu})/u.exec(text.slice(at, at + 40)) : null;
  if (office) {
    const s = at + office[0].indexOf(office[1]);
    const rest = phraseAt(text, s, 120);
    const words = rest.split(/\s+/);
    if (words.length <= 10 && /\p{Lu}/u.test(rest)) return { role: { text: rest.trim(), start: s, end: s + rest.trim().length }, end: s + rest.length };
  }
  if (!who && ctx.type === 'person') {
    // "Jeremy Hunt, who succeeded him as Foreign Secretary,".
    const as = new RegExp(`^who\\s+${AS_VERB}`, 'u').exec(text.slice(at, at + 80));
    if (as) {
      const phrase = phraseAt(text, at + as[0].length, 200);
      return { role: statedRole(phrase, at + as[0].length, ctx.type, 'title'), end: at + as[0].length + phrase.length };
    }
  }
  const phrase = phraseAt(text, at, 200);
  const role = statedRole(phrase, at, ctx.type, !who);
  return { role, end: at + phrase.length };
}

const WEEKDAY_OR_MONTH = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)';
// A verb that gives someone a post, then "as": "served as", "was sworn in on Friday as", "succeeded him as".
const AS_VERB = String.raw`(?:(?:is|was|has\s+been|had\s+been|will\s+be)\s+)?(?:(?:then|now|later|also|first|briefly|formally|officially|previously)\s+)?(?:served|serves|serving|sworn\s+in|appointed|elected|re-elected|reelected|named|nominated|confirmed|installed|resigned|retired|stepped\s+down|worked|works|working|took\s+over|succeeded|replaced|returned|continues|continued|remains|remained|stays|stayed|joined)\s+(?:(?:[\p{Ll}\d][\p{L}\d]*|${WEEKDAY_OR_MONTH})\s+){0,3}?as\s+`;
const APPOINTED_BEFORE = /\b(?:appointed|named|nominated|elected|chose|picked|tapped|installed|confirmed|hired|made)\s+$/;
const AS_AFTER_NAME = new RegExp(`^\\s+${AS_VERB}`, 'u');

/** "Ricardo Rosselló resigned as the governor of Puerto Rico", "Pedro Pierluisi was sworn in as Puerto Rico's new governor". */
function asRole(ctx: RoleContext): FoundRole | undefined {
  if (ctx.type !== 'person') return undefined;
  const text = ctx.article.text;
  // (The words between verb and "as" are no one's: "Rosselló appointed Pierluisi as secretary of state" gives the
  // role to Pierluisi, whom the verb names before "as".)
  const m = AS_AFTER_NAME.exec(text.slice(ctx.end, ctx.end + 100)) ?? (APPOINTED_BEFORE.test(text.slice(Math.max(ctx.article.bodyStart, ctx.start - 20), ctx.start)) ? /^\s+as\s+/.exec(text.slice(ctx.end, ctx.end + 6)) : null);
  if (!m) return undefined;
  const at = ctx.end + m[0].length;
  return statedRole(phraseAt(text, at, 200), at, ctx.type, 'title');
}

/** "Dunn's mother, Charlotte Charles,", "The current president of Namibia, Hage Geingob,". */
function appositiveBefore(ctx: RoleContext, start: number): FoundRole | undefined {
  const { article } = ctx;
  const text = article.text;
  const from = Math.max(article.bodyStart, start - 200);
  const windowText = text.slice(from, start);
  const comma = /,\s+(?:the\s+)?$/.exec(windowText);
  if (!comma) return undefined;
  // The name must end its own phrase: a comma, a full stop or a verb after it, not "and" (a list of names).
  const afterName = text.slice(ctx.end, ctx.end + 12);
  if (!/^\s*[,.;:]|^\s+\p{Ll}/u.test(afterName) || /^\s+(?:and|or)\b/.test(afterName)) return undefined;
  const clauseText = windowText.slice(0, comma.index);
  let clauseStart = 0;
  for (let i = clauseText.length - 1; i >= 0; i--) {
    if (',;:()[]“”"!?\n—–'.includes(clauseText[i]) || (clauseText[i] === '.' && /\s/.test(clauseText[i + 1] ?? ''))) {
      clauseStart = i + 1;
      break;
    }
  }
  const clause = clauseText.slice(clauseStart);
  const lead = /\S/.exec(clause);
  if (!lead) return undefined;
  let at = from + clauseStart + lead.index;
  let phrase = clause.slice(lead.index);
  // Leading words that only set the scene ("On Friday the mayor of ..."), or a reporting clause before a possessive
  // ("Rudaw reports Mahan's director").
  const possessive = /(?:^|\s)((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,4}\p{Lu}[\p{L}\p{M}.-]*['’]s\s)/u.exec(phrase);
  if (possessive && !DETERMINER_LEAD.test(phrase)) {
    let p = possessive.index + possessive[0].indexOf(possessive[1]);
    const words = tokens(phrase.slice(p), 0);
    let skip = 0;
    while (skip < words.length - 1 && LEAD_WORDS.test(words[skip].text)) skip++;
    p += words[skip]?.start ?? 0;
    const role = statedRole(phrase.slice(p), at + p, ctx.type, false);
    if (role) return role;
  }
  const scene = /^(?:(?:and|but|while|meanwhile|then|later|according\s+to|on\s+\p{Lu}\p{Ll}+|in\s+\d{4})\s+)+/iu.exec(phrase);
  if (scene) {
    at += scene[0].length;
    phrase = phrase.slice(scene[0].length);
  }
  const role = DETERMINER_LEAD.test(phrase) ? statedRole(phrase, at, ctx.type, false) : undefined;
  if (role) return role;
  // "A meeting between the Minister of Foreign Affairs of Russia, Sergey Viktorovich Lavrov, and ...", "said the head
  // of Poland's Ministry of Foreign Affairs, Zbigniew Rau,": the role is an object the name stands beside, so the
  // name must close the aside with a comma ("For the president, Smith said" is no apposition).
  if (!/^\s*[,.;]/.test(afterName)) return undefined;
  // The nearest phrase comes first: "in the Karol Bagh area of the Indian capital, New Delhi,". One further back only
  // past a name ("the Minister of Foreign Affairs of the Russian Federation, Lavrov"): "the daughter of a dockworker,
  // Frank Hollis," makes Frank the dockworker, not the daughter.
  for (const m of [...phrase.matchAll(/\s((?:the|a|an|his|her|their|its)\s)/gi)].reverse()) {
    const sub = phrase.slice(m.index! + 1);
    const later = statedRole(sub, at + m.index! + 1, ctx.type, false);
    if (later) return later;
    const body = tokens(sub, 0).slice(1);
    const { headIndex } = headGroup(body);
    if (headIndex < 0 || !isCapitalised(body[headIndex].text)) return undefined;
  }
  return undefined;
}

const COPULA = /^\s+(?:is|was|has\s+been|had\s+been|became|remains|remained)\s+(?:(?:widely|best|also|now|still|once)\s+)?(?:(?:known|described|regarded)\s+as\s+|considered\s+)?/;

/** "Hatice Cengiz is a Turkish national", "Khashoggi, a Saudi national, was a columnist for The Washington Post". */
function copulaRole(ctx: RoleContext, nameAt: number, from: number): FoundRole | undefined {
  const text = ctx.article.text;
  if (!opensSentence(text, nameAt, ctx.article.bodyStart)) return undefined;
  let at = from;
  if (from !== ctx.end) {
    if (text[from] !== ',') return undefined;
    at = from + 1;
  }
  const m = COPULA.exec(text.slice(at, at + 60));
  if (!m) return undefined;
  at += m[0].length;
  const phrase = phraseAt(text, at, 200);
  if (!DETERMINER_LEAD.test(phrase) && !POSSESSIVE_LEAD.test(phrase)) return undefined;
  return statedRole(phrase, at, ctx.type, false);
}

/** "the town of Pandeglang", "the province of Banten", "the capitol city of San Juan". */
function kindOfPlace(ctx: RoleContext): FoundRole | undefined {
  const { article, start } = ctx;
  const from = Math.max(article.bodyStart, start - 60);
  const windowText = article.text.slice(from, start);
  const m = /(?:^|\s)(?:the\s+)((?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+))\s+of\s+$/u.exec(windowText);
  // ("the capital of Surigao del Sur" names the province's capital, not the province.)
  if (!m || !isRoleNoun(m[2], 'place') || /^capit[ao]l$/.test(m[2])) return undefined;
  const words = m[1].split(/\s+/);
  if (words.slice(0, -1).some((w) => !isModifier(w))) return undefined;
  const s = from + m.index + m[0].indexOf(m[1]);
  return { text: m[1], start: s, end: s + m[1].length };
}

/**
 * An entity's roles, one per wording ("the Republican nominee" and "Republican nominee" are one), the ones most
 * articles use first: in a big archive someone has hundreds, and the hover has room for six. Each keeps its first
 * use, which the hover links to.
 */
export function rolesByUse(e: Entity): Array<{ role: EntityRole; articles: number }> {
  const byWording = new Map<string, { role: EntityRole; articles: Set<Article> }>();
  for (const r of e.roles) {
    const k = r.text.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/’/g, "'");
    const had = byWording.get(k);
    if (had) had.articles.add(r.article);
    else byWording.set(k, { role: r, articles: new Set([r.article]) });
  }
  // (A courtesy title alone, "Dr" or "Mme", says least: it comes after every role that says what someone does.)
  const courtesy = (r: EntityRole) => COURTESY_ONLY.test(r.text.trim());
  return [...byWording.values()]
    .map(({ role, articles }) => ({ role, articles: articles.size }))
    .sort((a, b) => Number(courtesy(a.role)) - Number(courtesy(b.role)) || b.articles - a.articles);
}

const COURTESY_ONLY = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Mme|Mlle|Madame|Mademoiselle|Monsieur|Herr|Frau|Señor|Señora)\.?$/i;

/**
 * An entity's roles as distinct lower-case wordings, worked out once: attribution reads them for every person named
 * before a quotation, on every keystroke, and a name in a big archive has hundreds of roles.
 */
const roleWordings = new WeakMap<Entity, string[]>();
export function lowerRoleTexts(e: Entity): string[] {
  let texts = roleWordings.get(e);
  if (!texts) roleWordings.set(e, (texts = [...new Set(e.roles.map((r) => r.text.toLowerCase()))]));
  return texts;
}

/** An entity's distinct lower-case role wordings, one per line, to search all of them at once. */
const joinedRoles = new WeakMap<Entity, string>();
export function joinedRoleTexts(e: Entity): string {
  let joined = joinedRoles.get(e);
  if (joined === undefined) joinedRoles.set(e, (joined = lowerRoleTexts(e).join('\n')));
  return joined;
}

/** Whether one of an entity's roles holds these lower-case words ("minister"). */
export function roleMentions(e: Entity, words: string): boolean {
  return e.roles.length > 0 && joinedRoleTexts(e).includes(words);
}

/** A text's words in lower case, a possessive's "'s" dropped, to match a description against a role word for word. */
export function roleWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}'’.\-]+/u)
    .map((w) => w.replace(/^[.'’\-]+|[.'’\-]+$/g, ''))
    .filter(Boolean);
}

/** Whether every one of `words` (as roleWords gives them) is a word of `role`. */
export function roleHasWords(role: string, words: string[]): boolean {
  const have = new Set(roleWords(role));
  return words.every((w) => have.has(w));
}

/** Each of an entity's roles as the set of its words' first five letters, for matching a description word by word. */
const roleStems = new WeakMap<Entity, Array<Set<string>>>();
export function roleStemSets(e: Entity): Array<Set<string>> {
  let sets = roleStems.get(e);
  if (!sets) roleStems.set(e, (sets = lowerRoleTexts(e).map((r) => new Set(r.replace(/['’]s\b/g, '').split(/[\s,]+/).map((w) => w.slice(0, 5))))));
  return sets;
}

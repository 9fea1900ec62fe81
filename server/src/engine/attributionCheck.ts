/**
 * Attribution checks on a checked draft: words put in the wrong mouth (misattributed), a reporter's paraphrase
 * dressed as a quote (not a direct quote), and an ellipsis that drops a negation or a qualifier.
 */
import { AttributedQuote, attributeQuotes, confidentSpeaker, ONE_OF, ORGANISATION_NOUN, PERSON_NOUNS, REPORT_FINDING, sameSpeaker, SourceQuotes, Speaker, unknownPersonName } from './attribution';
import { DraftCheck, opensWithEllipsis, QuoteCheck, SourceSpan, TextEdit } from './check';
import { Article, cueAt } from './article';
import { Corpus } from './corpus';
import { Entity, givenNameGender, inGivenNameList, NameIndex } from './names';
import { ORG_WORDS, PERSON_NOUNS as PERSON_NOUN_WORDS, ROLE_HEADS } from './lexicon';
import { joinedRoleTexts, lowerRoleTexts, roleHasWords, roleWords } from './roles';
import { tokenize } from './text';

export type AttributionKind = 'misattributed' | 'not-a-direct-quote' | 'ellipsis-changes-meaning';

export interface AttributionFinding {
  kind: AttributionKind;
  check: QuoteCheck;
  draftSpeaker?: Speaker;
  sourceSpeaker?: Speaker;
  /** Misattributed: the edit that names the source's speaker in the draft's form of reference. */
  speakerFix?: TextEdit;
  /** Not a direct quote: the nearest words the source does put in quotation marks. */
  nearestQuote?: { text: string; span: SourceSpan };
  /** Ellipsis: the meaning-bearing words the ellipsis leaves out. */
  dropped?: string[];
}

const MEANING_WORDS = /^(?:not|never|no|none|nothing|only|n't|cannot|without|neither|nor|hardly|barely)$|n't$/;

/** "the elder Howlader", "the younger Kovač": one of a family by generation and surname. */
const GENERATION_AND_SURNAME = /^(?:[Tt]he\s+)?(?:elder|younger|older)\s+(\p{Lu}[\p{L}\p{M}'’\-]+)$/u;
/** How a speaker should be named in the draft: the draft's form (surname, or full name) of the source's speaker. */
export function nameInDraftForm(draftSpeaker: Speaker, source: Speaker): string | undefined {
  const entity = source.entities[0];
  // A person the index does not know ("Santa Barbara County Sheriff Bill Brown"): by their name, not the title.
  const name = entity?.type === 'person' ? entity.name : !entity ? source.name : undefined;
  if (!name) return entity ? entity.name : source.text;
  const fullName = /\s/.test(draftSpeaker.text.trim());
  return fullName ? name.split(/\s+/).filter((_, i, a) => i === 0 || i === a.length - 1).join(' ') : name.split(/\s+/).pop();
}

export function checkAttributions(
  draft: string,
  result: DraftCheck,
  corpus: Corpus,
  sourceQuotes: SourceQuotes,
  names?: NameIndex,
): AttributionFinding[] {
  const findings: AttributionFinding[] = [];
  const attributed: AttributedQuote[] = attributeQuotes(result.prose, 0, result.checks.map((c) => c.quote), names);
  result.checks.forEach((check, i) => {
    if (check.status === 'unverified' || !check.source || check.note) return;
    const article = check.source.article;

    // Ellipsis: the source words between two pieces must not carry a negation or a qualifier.
    for (let k = 0; k + 1 < check.pieces.length; k++) {
      const gap = tokenize(article.text, check.pieces[k].end, check.pieces[k + 1].start).map((t) => t.norm);
      const dropped = gap.filter((w) => MEANING_WORDS.test(w));
      if (dropped.length) findings.push({ kind: 'ellipsis-changes-meaning', check, dropped });
    }
    // A leading ellipsis cuts the words before the first piece: "… a matter of time" for "It is only a matter of
    // time", "… close the school" for "We will not close the school". Up to three words before it, in the same sentence
    // of the source, are what it drops.
    if (check.pieces.length && opensWithEllipsis(check.quote.text)) {
      const first = check.pieces[0].start;
      const lead = /[^.!?;:“”"\n]*$/.exec(article.text.slice(Math.max(0, first - 80), first))![0];
      const dropped = tokenize(lead).slice(-3).map((t) => t.norm).filter((w) => MEANING_WORDS.test(w));
      if (dropped.length) findings.push({ kind: 'ellipsis-changes-meaning', check, dropped });
    }

    // A transcript: every word is its cue's speaker's, and that speaker is authoritative. (Prose after an interview
    // is in no cue: its quotations are read as any article's.)
    const cue = article.cues?.length ? cueAt(article, check.source.start) : undefined;
    if (cue) {
      // ("QUESADA: … Marco Vargas says a fence is the last thing a turtle beach needs.": what the speaker reports
      // someone else saying is that speaker's paraphrase, not the other's words.)
      const sentence = article.text.slice(cue.start, check.source.start).split(/[.!?]["”’]?\s+/).pop()!;
      // ("CORRESPONDENT: … In a statement read out this evening, Lomnica Lanovky said it “deeply regrets …”": words the
      // speaker quotes, in quotation marks right after a name and a verb of saying, are that name's.)
      const quotedName = QUOTED_IN_TURN.exec(sentence)?.[1];
      if (quotedName) {
        const drafted = attributed[i]?.speaker;
        const entities = names?.find(quotedName).filter((e) => e.type !== 'place') ?? [];
        if (!drafted || !confidentSpeaker(drafted) || !entities.length) return;
        const quoted: Speaker = { text: quotedName, start: cue.start, end: cue.start, entities, via: 'before' };
        if (sameSpeaker(drafted, quoted) === false) findings.push(misattribution(check, drafted, quoted));
        return;
      }
      // ("MARCUS FERGUSON: … the Minister of Works, Clement Rahming, was asked … He told members, “…”": words in
      // quotation marks inside a turn that the sources' reading gives firmly to someone else, by name or "he"/"she",
      // are that person's, not the turn speaker's.)
      const marked = sourceQuotes.containing(article, check.source.start, check.source.end);
      const markedBy = marked && marked.quote.contentStart > cue.start ? marked.speaker : undefined;
      // (The turn's speaker as the name index knows the label, as for the turn's own words below.)
      const labelled = cue.speaker ? (names?.find(cue.speaker) ?? []) : [];
      if (markedBy && confidentSpeaker(markedBy) && !/^(?:i|we)$/i.test(markedBy.text) && markedBy.entities.length && !markedBy.entities.some((e) => labelled.includes(e))) {
        const drafted = attributed[i]?.speaker;
        if (!drafted || !confidentSpeaker(drafted)) return;
        if (sameSpeaker(drafted, markedBy) === false) findings.push(misattribution(check, drafted, markedBy));
        return;
      }
      if (REPORTED_IN_TURN.test(sentence)) {
        findings.push({ kind: 'not-a-direct-quote', check });
        return;
      }
      let draftSpeaker = attributed[i]?.speaker;
      // ("warns the refuge's administrator": a role alone in the draft is the one person the transcript gives it.)
      const holder = draftSpeaker && roleHolderOf(draftSpeaker, article, names, true);
      if (draftSpeaker && holder) draftSpeaker = { ...draftSpeaker, entities: [holder] };
      // ("Q:" and "A:" say who asks and who answers, not who they are: the one who answers is the one person the
      // title names, "Q&A: Composer Ilse Varga on silence", or no one to accuse.)
      const answering = cue.speaker && /^A\.?$/.test(cue.speaker) ? personInTitle(article, names) : undefined;
      if (!cue.speaker || (/^\p{Lu}\.?$/u.test(cue.speaker) && !answering) || !draftSpeaker || !confidentSpeaker(draftSpeaker)) return;
      const sourceSpeaker: Speaker = {
        text: answering?.name ?? cue.speaker,
        start: cue.start,
        end: cue.start,
        entities: answering ? [answering] : (names?.find(cue.speaker).filter((e) => e.type === 'person') ?? []),
        via: 'before',
      };
      if (sameSpeaker(draftSpeaker, sourceSpeaker) === false || (!sourceSpeaker.entities.length && !sameSpeakerText(draftSpeaker, cue.speaker))) {
        findings.push(misattribution(check, draftSpeaker, sourceSpeaker));
      }
      return;
    }
    if (!sourceQuotes.hasDirectQuotes(article)) return; // a statement without quotation marks: all its words are the speaker's
    const inQuote = check.pieces.map((p) => sourceQuotes.containing(p.article, p.start, p.end));
    // Scare quotes of a word or three are the writer's emphasis, not a claim that someone said them, unless the draft
    // says who said them: 'Dr Kim said staff would get “enhanced redundancy packages”' claims Kim's own words.
    const said = attributed[i]?.speaker;
    const claimed = check.wordCount >= 2 && !!said && confidentSpeaker(said) && (said.via === 'before' || said.via === 'after' || said.via === 'according-to');
    if (inQuote.some((q) => !q) && (check.wordCount >= 4 || claimed)) {
      // Nearest direct quote in the same article, within a few sentences.
      let nearest: AttributionFinding['nearestQuote'];
      let best = Infinity;
      for (const q of sourceQuotes.quotesOf(article)) {
        const d = Math.min(Math.abs(q.quote.contentStart - check.source.end), Math.abs(check.source.start - q.quote.contentEnd));
        if (d < best && d < 600 && q.quote.text.split(/\s+/).length >= 2) {
          best = d;
          nearest = { text: q.quote.text, span: { article, start: q.quote.contentStart, end: q.quote.contentEnd } };
        }
      }
      findings.push({ kind: 'not-a-direct-quote', check, nearestQuote: nearest });
      return;
    }
    if (inQuote.some((q) => !q)) return;
    // “… my friend Dave Kerr said to me, ‘We are going home.’ And he was right,” Nowak said: words quoted inside the
    // quotation are someone else's, whom the speaker may name.
    if (insideNestedQuotation(article.text, inQuote[0]!.quote.contentStart, check.pieces[0].start)) return;
    let sourceSpeaker = inQuote[0]!.speaker;
    const draftSpeaker = attributed[i]?.speaker;
    if (!sourceSpeaker || !draftSpeaker) return;
    // "“…,” the judge said", the article naming one judge ("he told Justice Margaret Nakato"): the source's speaker is
    // the one person it gives that role.
    const sourceHolder = roleHolderOf(sourceSpeaker, article, names);
    if (sourceHolder) sourceSpeaker = { ...sourceSpeaker, entities: [sourceHolder] };
    // A wrong verdict here accuses the writer of a serious error: only firm attributions on both sides count.
    // "One of the victims said": someone the source leaves unnamed is not a person the draft names, unless the article
    // names that person as one of them.
    // (Known, or named in full, or by a title and a surname the index does not know: "Judge Hall".)
    const namedPerson =
      namesOnly(draftSpeaker, 'person') ||
      unknownPersonName(draftSpeaker) ||
      (!draftSpeaker.entities.length && TITLE_AND_SURNAME.test(draftSpeaker.text.trim()));
    if (anonymousPerson(sourceSpeaker) && draftSpeaker.via !== 'pronoun' && confidentSpeaker(draftSpeaker) && namedPerson) {
      const noun = ANONYMOUS_PERSON.exec(sourceSpeaker.text.trim())!.groups!.noun;
      if (!affiliated(draftSpeaker, { ...sourceSpeaker, text: noun }, article, true)) findings.push(misattribution(check, draftSpeaker, sourceSpeaker));
      return;
    }
    // "“…,” the prosecutor said", "his mother said": a role alone in the draft is the one person whom the source
    // article gives that role. Another speaker's words given to them are misattributed.
    const draftHolder = confidentSpeaker(sourceSpeaker) ? roleHolderOf(draftSpeaker, article, names, true) : undefined;
    if (draftHolder) {
      // (The source's speaker a person, or people of one surname the index could not tell apart: "Mr Dunn said".)
      const sourcePeople = namesOnly(sourceSpeaker, 'person');
      if (sourcePeople && sameSpeaker({ ...draftSpeaker, entities: [draftHolder] }, sourceSpeaker) === false) {
        findings.push(misattribution(check, { ...draftSpeaker, entities: [draftHolder] }, sourceSpeaker));
      }
      return;
    }
    if (!confidentSpeaker(sourceSpeaker) || !confidentSpeaker(draftSpeaker)) return;
    // "“…,” the elder Howlader said": a surname told apart by generation names one of a family, whom the index may have
    // read as the one of that surname the draft names elsewhere; the source's speaker of that surname may be the one.
    const generation = GENERATION_AND_SURNAME.exec(draftSpeaker.text.trim());
    if (generation && sourceSpeaker.entities.some((e) => e.type === 'person' && e.name.split(/\s+/).pop() === generation[1])) return;
    // "The Ghana Cocoa Board said: “I will not stand here …”", the source giving the words to a person (its spokesman,
    // say): a body says no "I", so words in the first person singular are that person's own, not the body's.
    if (
      FIRST_PERSON_SINGULAR.test(check.quote.text) &&
      namesOnly(draftSpeaker, 'organization') &&
      // (By its name: "the Ashby manager" is a person the index reads as the club.)
      /\p{Lu}[\p{L}\p{M}\p{N}'’.\-]*$/u.test(draftSpeaker.text.trim()) &&
      namesOnly(sourceSpeaker, 'person') &&
      speaksForAnother(sourceSpeaker, article.text) !== 'behalf'
    ) {
      findings.push(misattribution(check, draftSpeaker, sourceSpeaker));
      return;
    }
    // "Her husband, Bernard, was less sure. “…,” he said.": someone the source names by a first name alone is often a
    // relative, whom the draft may name in full ("Bernard Coyle") by a surname the index gives to another person.
    // ("Landlord Peter Hollis and his wife Jane … “…,” his wife Jane said": the source never gives Jane's surname, so
    // a draft's "Mrs Hollis" may well be her; "Mr Hollis" is not.)
    if (sourceSpeaker.entities.length && sourceSpeaker.entities.every((e) => e.type === 'person' && !e.name.includes(' ') && inGivenNameList(e.name))) {
      const firstName = (draftSpeaker.name ?? draftSpeaker.text).trim().split(/\s+/)[0];
      if (sourceSpeaker.entities.every((e) => e.name === firstName)) return;
      // (The longer of the draft's words and its entity's name: "Peter Hollis" where the index knows only "Hollis".)
      const entityName = draftSpeaker.entities.find((e) => e.type === 'person')?.name ?? '';
      const draftWords = (draftSpeaker.name ?? draftSpeaker.text).trim();
      // (But the draft's own words when they open with a courtesy title: "Mrs Hollis" is not "Peter Hollis".)
      const parts = (entityName.length > draftWords.length && !/^(?:Mr|Mrs|Ms|Miss)\.?\s/.test(draftWords) ? entityName : draftWords).split(/\s+/);
      const anotherFirstName = parts.length >= 2 && inGivenNameList(parts[0]) && !sourceSpeaker.entities.some((e) => e.name === parts[0]);
      // "Mr Hollis" for Jane's words: a courtesy title of the other sex.
      const title = /^(Mr|Mrs|Ms|Miss)\.?$/.exec(parts[0])?.[1];
      const sourceGender = givenNameGender(sourceSpeaker.entities[0].name);
      const otherSex = !!title && parts.length >= 2 && ((title === 'Mr' && sourceGender === 'female') || (title !== 'Mr' && sourceGender === 'male'));
      // (Only a courtesy title and a surname is let pass: "Hollis said" for Jane's words is still accused.)
      if (!anotherFirstName && !otherSex && !!title && parts.length === 2) return;
    }
    // "said its managing partner, Ruth Okafor", "said Jane Roe, …, reading a statement on his behalf": words said for
    // someone else, who may be the draft's speaker. (Only a body speaks through "its" director: another person the
    // draft names is still accused.)
    const speaksFor = speaksForAnother(sourceSpeaker, article.text);
    // (A person by a given name: a body the index took for a person, "Western Power Networks says", may be the one.)
    const personByName = draftSpeaker.entities.length > 0 && draftSpeaker.entities.every((e) => e.type === 'person' && e.name.includes(' ') && inGivenNameList(e.name.split(/\s+/)[0]));
    if (speaksFor === 'behalf' || (speaksFor === 'body' && !personByName)) return;
    // The same words given to the draft's speaker elsewhere in the sources (a quotation that several articles repeat,
    // a headline that shortens its attribution): the writer has a source for them.
    if (givenElsewhereTo(draftSpeaker, check.quote.text, sourceQuotes)) return;
    const same = sameSpeaker(draftSpeaker, sourceSpeaker);
    // "Jo Anne Van Tilburg of the University of California disagreed:" names one person and their body; the person
    // speaks. Another person in the draft is accused, unless the article ties them to that body too.
    if (same === undefined && namesOnly(draftSpeaker, 'person')) {
      const people = sourceSpeaker.entities.filter((e) => e.type === 'person');
      const bodies = sourceSpeaker.entities.filter((e) => e.type !== 'person');
      if (
        people.length === 1 &&
        bodies.length &&
        sameSpeaker(draftSpeaker, { ...sourceSpeaker, entities: people }) === false &&
        !affiliated(draftSpeaker, { ...sourceSpeaker, entities: bodies }, article)
      ) {
        findings.push(misattribution(check, draftSpeaker, { ...sourceSpeaker, entities: people }));
        return;
      }
    }
    // "Megan Hart, a spokeswoman for the council, said …. The council itself said in a statement that it “…”": the
    // source keeps the body's words apart from its spokesperson's, who has quotations of her own there; the body's
    // words given to her are misattributed.
    if (bodyApartFromSpokesperson(draftSpeaker, sourceSpeaker, inQuote[0]!.quote.start, article, sourceQuotes)) {
      findings.push(misattribution(check, draftSpeaker, sourceSpeaker));
      return;
    }
    // "The Ministry of Agriculture said provinces should “plan for the worst”" where the source has the ministry say its
    // own words in a statement and its spokesman go further in his: the spokesman's words given to the body are
    // misattributed, as the body's given to him are.
    if (spokespersonApartFromBody(draftSpeaker, sourceSpeaker, inQuote[0]!.quote.start, article, sourceQuotes)) {
      findings.push(misattribution(check, draftSpeaker, sourceSpeaker));
      return;
    }
    // ("A Houthi spokesman said “…”" against the source's "Saree said": a body's spokesperson the draft leaves unnamed may
    // be the person the source names.)
    if (same === undefined && SPOKESPERSON.test(draftSpeaker.text) && draftSpeaker.entities.every((e) => e.type === 'organization') && sourceSpeaker.entities.some((e) => e.type === 'person')) return;
    if (same === undefined && memberAndBody(draftSpeaker, sourceSpeaker) && !affiliated(draftSpeaker, sourceSpeaker, article)) {
      findings.push(misattribution(check, draftSpeaker, sourceSpeaker));
      return;
    }
    // ("“…,” the league said in a statement" against the draft's "Joaquim Ferreira said": a body the source describes
    // and does not name, speaking for itself, and a person the article never ties to it.)
    if (same === undefined && namesOnly(draftSpeaker, 'person') && memberAndDescribedBody(draftSpeaker, sourceSpeaker) && BODY_APART.test(sourceSentence(article.text, inQuote[0]!.quote)) && !affiliated(draftSpeaker, sourceSpeaker, article)) {
      findings.push(misattribution(check, draftSpeaker, sourceSpeaker));
      return;
    }
    if (same !== false) return;
    // "The police said" against a person: not when the article ties that person to the police ("police spokesman
    // John Smith").
    if (memberAndDescribedBody(draftSpeaker, sourceSpeaker) && affiliated(draftSpeaker, sourceSpeaker, article)) return;
    findings.push(misattribution(check, draftSpeaker, sourceSpeaker));
  });
  return findings;
}

// A body's own words, set apart from its people's: "The council itself said", "said in a statement", "found in a
// report".
const BODY_APART = new RegExp(String.raw`\b(?:itself|in\s+an?\s+(?:written\s+|separate\s+|joint\s+|short\s+)?(?:statement|release|press\s+release)|${REPORT_FINDING})\b`);

/** The words of the source before a quotation, back to a full stop. */
function sentenceBefore(text: string, quoteStart: number): string {
  const before = text.slice(Math.max(0, quoteStart - 200), quoteStart);
  return before.slice(before.search(/[^.!?]*$/));
}

/** The sentence of the source around a quotation: the words before it and its attribution after. */
function sourceSentence(text: string, quote: { start: number; end: number }): string {
  return sentenceBefore(text, quote.start) + text.slice(quote.end, quote.end + 120).split(/[.!?](?:\s|$)/)[0];
}

/**
 * Whether a body speaks in the source apart from the person the draft gives its words to, who is quoted there too.
 * (Both speakers are firm: the caller has checked.)
 */
function bodyApartFromSpokesperson(draftSpeaker: Speaker, sourceSpeaker: Speaker, quoteStart: number, article: Article, sourceQuotes: SourceQuotes): boolean {
  if (!namesOnly(draftSpeaker, 'person')) return false;
  if (!namesOnly(sourceSpeaker, 'organization')) return false;
  // (The sentence that gives the body the words.)
  if (!BODY_APART.test(sentenceBefore(article.text, quoteStart))) return false;
  return draftSpeaker.entities.some((e) => sourceQuotes.quotesBy(e).some((q) => q.article === article));
}

/**
 * Whether the draft gives a person's words to a body that speaks for itself in the same source article, in quotations
 * of its own: the source keeps the two voices apart.
 */
function spokespersonApartFromBody(draftSpeaker: Speaker, sourceSpeaker: Speaker, quoteStart: number, article: Article, sourceQuotes: SourceQuotes): boolean {
  if (!namesOnly(draftSpeaker, 'organization')) return false;
  if (!namesOnly(sourceSpeaker, 'person')) return false;
  return draftSpeaker.entities.some((e) => sourceQuotes.quotesBy(e).some((q) => q.article === article && q.quote.quote.start !== quoteStart));
}

// The verbs a transcript's speaker reports someone's words with, quoted ("X said it “…”") or not ("X says a fence …").
// ("told Radio Baie that": whom they told may be named.)
const TURN_SAYING = String.raw`says|said|tells\s+\p{Ll}+|told\s+(?:\p{Ll}+|\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+\p{Lu}[\p{L}\p{M}'’\-]+){0,3})|adds|added|warns|warned|insists|insisted`;
// A name, a verb of saying and an opening quotation mark right before the words: "Lomnica Lanovky said it “".
const QUOTED_IN_TURN = new RegExp(String.raw`(\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+\p{Lu}[\p{L}\p{M}'’\-]+){0,3})\s+(?:${TURN_SAYING}|states|stated)\s+(?:(?:it|that|they|he|she)\s+)?["“]$`, 'u');
// A name or pronoun and a verb of saying right before the words: "Marco Vargas says ", "He says that ".
// ("He insists the company has never missed a delivery": the clause the verb reports may open before the words.)
// ("Dr Liv Bakken, a bear biologist at the University Centre, says that is because …": an appositive between.)
// ("The airport's director, Philippe Laplace, told Radio Baie that the runway, at 650 metres one of the shortest …,
// had been": the name closing an appositive, and after "that" a clause with asides of its own.)
const REPORTED_IN_TURN = new RegExp(String.raw`(?:\b\p{Lu}[\p{L}\p{M}'’\-]+(?:,[^"“”:;.!?]{1,100},|,)?|\b(?:[Hh]e|[Ss]he|[Tt]hey))\s+(?:${TURN_SAYING}|argues|argued|thinks|believes|confirms|confirmed|promises|promised|admits|admitted|claims|claimed|explains|explained)\s+(?:that\s+[^"“”:;!?]{0,160}\s|(?:that\s+)?(?:[^"“”:;,]{0,60}\s)?)$`, 'u');

// "the prosecutor", "the Rovers manager", "his mother": a definite description whose last word is a role.
// ("Akwaaba Produce's managing director": a body's role, the body named before it.)
const DEFINITE_ROLE = /^(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|(?:the\s+)?(?<owner>\p{Lu}[\p{L}\p{M}\-]*(?:\s+\p{Lu}[\p{L}\p{M}\-]*){0,3})['’]s)\s+(?<quals>(?:[\p{L}\d'’\-]+\s+){0,3}?)(?<head>[\p{Ll}\-]+)$/u;
const ROLE_SYNONYMS: Record<string, string[]> = { judge: ['justice', 'magistrate'] };
const COURTESY = /^(?:mr|mrs|ms|dr|sir|dame|lord|lady|fm|pm|member|fellow|resident|voter)$/;

/**
 * Lists per article, built once per name index (a re-check asks for one article's; scanning every entity each time
 * would not scale to a big archive): `fill` is called with each entity and a function that files an item under an
 * article.
 */
function listsByArticle<T>(cache: WeakMap<NameIndex, Map<Article, T[]>>, names: NameIndex, article: Article, fill: (e: Entity, add: (a: Article, item: T) => void) => void): T[] {
  let byArticle = cache.get(names);
  if (!byArticle) {
    const built = new Map<Article, T[]>();
    const add = (a: Article, item: T) => {
      const list = built.get(a);
      if (list) list.push(item);
      else built.set(a, [item]);
    };
    for (const e of names.entities) fill(e, add);
    cache.set(names, built);
    byArticle = built;
  }
  return byArticle.get(article) ?? [];
}

/** The bodies an article names (so a draft's owner is not sought in every body of the index). */
const bodiesByArticle = new WeakMap<NameIndex, Map<Article, Entity[]>>();
function bodiesIn(names: NameIndex, article: Article): Entity[] {
  return listsByArticle(bodiesByArticle, names, article, (e, add) => {
    if (e.type === 'organization') for (const a of new Set(e.mentions.map((m) => m.article))) add(a, e);
  });
}

/** The people an article gives a role, with the roles it gives them. */
const rolesByArticle = new WeakMap<NameIndex, Map<Article, Array<{ entity: Entity; roles: string[] }>>>();
function peopleWithRolesIn(names: NameIndex, article: Article): Array<{ entity: Entity; roles: string[] }> {
  return listsByArticle(rolesByArticle, names, article, (e, add) => {
    if (e.type !== 'person') return;
    // (Pushed, not copied: a name in a big archive has hundreds of roles, an article dozens of people.)
    const mine = new Map<Article, string[]>();
    for (const r of e.roles) {
      const list = mine.get(r.article);
      if (list) list.push(r.text.toLowerCase());
      else mine.set(r.article, [r.text.toLowerCase()]);
    }
    for (const [a, roles] of mine) add(a, { entity: e, roles });
  });
}

/**
 * The one person whom `article` itself gives the role a draft names them by ("the prosecutor" for "Prosecutor Kama
 * Melly", "his mother" for "Dunn's mother, Charlotte Charles"): every word of the description is in one of that
 * person's roles there, and no one else's. Undefined when none or several fit.
 */
/** A speaker named only by a role ("the judge said"): the one person the article gives that role, if any. */
function roleHolderOf(speaker: Speaker, article: Article, names: NameIndex | undefined, draft = false): Entity | undefined {
  // ("said the Ferencváros captain": in a draft, a body's name before a role is whose role it is, and the speaker the
  // one person the source gives that role, "Ferencváros captain Norbert Szabó".)
  const bodyOnly = draft && namesOnly(speaker, 'organization');
  if ((speaker.entities.length && !bodyOnly) || speaker.name || (speaker.via !== 'after' && speaker.via !== 'before')) return undefined;
  return roleHolder(speaker.text, article, names);
}

function roleHolder(description: string, article: Article, names: NameIndex | undefined): Entity | undefined {
  const m = DEFINITE_ROLE.exec(description.trim());
  const head = m?.groups?.head.toLowerCase();
  if (!m || !head || !names || COURTESY.test(head) || !(ROLE_HEADS.has(head) || PERSON_NOUN_WORDS.has(head))) return undefined;
  const words = roleWords(`${m.groups!.owner ?? ''} ${m.groups!.quals} ${head}`).filter((w) => w.length >= 2);
  // ("the judge" for "Justice Margaret Nakato": a judge's title is the word for one.)
  const alternatives = [words, ...(ROLE_SYNONYMS[head] ?? []).map((other) => words.map((w) => (w === head ? other : w)))];
  const holders = peopleWithRolesIn(names, article).filter((p) => p.roles.some((r) => alternatives.some((ws) => roleHasWords(r, ws))));
  if (holders.length) return holders.length === 1 ? holders[0].entity : undefined;
  // ("the Ostional refuge's administrator" for "The refuge's administrator, Marco Vargas": a place the draft adds to
  // say where is no part of the role.)
  const qualifiers = m.groups!.quals.split(/\s+/).filter(Boolean);
  // ("the Mine Workers Union's general secretary" for "The union … Its general secretary, Tshepo Kgosi": a body the
  // index knows owning the role, where the article leaves the owner to "its", is the one person given the role so.)
  const owner = m.groups!.owner;
  // (The body's name may be written shorter: "the Mine Workers Union" for the Botswana Mine Workers Union.)
  if (owner && (names.find(owner).some((e) => e.type === 'organization') || bodiesIn(names, article).some((e) => e.name.endsWith(` ${owner}`)))) {
    const own = roleWords(`${m.groups!.quals} ${head}`).filter((w) => w.length >= 2);
    const implicit = peopleWithRolesIn(names, article).filter((p) => p.roles.some((r) => /^(?:its|their)\s/.test(r) && roleHasWords(r, own)));
    return implicit.length === 1 ? implicit[0].entity : undefined;
  }
  const quals = qualifiers.filter((w) => !(/^\p{Lu}/u.test(w) && names.find(w.replace(/['’]s$/, '')).some((e) => e.type === 'place')));
  if (quals.length === qualifiers.length || owner) return undefined;
  const unplaced = roleWords(`${quals.join(' ')} ${head}`).filter((w) => w.length >= 2);
  const placed = peopleWithRolesIn(names, article).filter((p) => p.roles.some((r) => roleHasWords(r, unplaced)));
  return placed.length === 1 ? placed[0].entity : undefined;
}

/** The one person an article's title names, if it names exactly one (an interview's subject). */
function personInTitle(article: { title: string }, names: NameIndex | undefined): Entity | undefined {
  if (!names) return undefined;
  const found = new Set<Entity>();
  // Every run of capitalised words and the runs inside it ("Composer Ilse Varga" holds "Ilse Varga").
  for (const m of article.title.matchAll(/\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]*)*/gu)) {
    const words = m[0].split(/\s+/);
    for (let i = 0; i < words.length; i++) for (let j = i + 1; j <= words.length; j++) for (const e of names.find(words.slice(i, j).join(' '))) if (e.type === 'person') found.add(e);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** A text's words as the quote matcher reads them (text.ts's tokens), space-separated and padded for containment. */
function wordKey(s: string): string {
  return ` ${tokenize(s).map((t) => t.norm).join(' ')} `;
}

/** Source quotations' words, kept per quotation: a popular speaker's quotes are read again on every re-check. */
const sourceQuoteWords = new WeakMap<AttributedQuote, string>();
function quoteWords(q: AttributedQuote): string {
  let words = sourceQuoteWords.get(q);
  if (words === undefined) sourceQuoteWords.set(q, (words = wordKey(q.quote.text)));
  return words;
}

/** Whether a source quotation given to one of the draft speaker's entities holds the quoted words. */
function givenElsewhereTo(draftSpeaker: Speaker, quoted: string, sourceQuotes: SourceQuotes): boolean {
  const words = wordKey(quoted);
  if (words.trim() === '') return false;
  return draftSpeaker.entities.some((e) => sourceQuotes.quotesBy(e).some((q) => quoteWords(q.quote).includes(words)));
}

/** The draft names someone whose words these are not; the fix names the source's speaker the draft's way. */
function misattribution(check: QuoteCheck, draftSpeaker: Speaker, sourceSpeaker: Speaker): AttributionFinding {
  {
    const finding: AttributionFinding = { kind: 'misattributed', check, draftSpeaker, sourceSpeaker };
    // Replace only the words that name the person ("Foreign Minister Sergey Lavrov" keeps its title... and the
    // title is then the writer's to check), in the draft's form of reference.
    const forms = draftSpeaker.entities.flatMap((e) => [e.name, ...e.aliases]).sort((a, b) => b.length - a.length);
    const form = forms.find((f) => draftSpeaker.text.includes(f));
    const at = form ? draftSpeaker.start + draftSpeaker.text.indexOf(form) : draftSpeaker.start;
    const named = form ?? draftSpeaker.text;
    const replacement = nameInDraftForm({ ...draftSpeaker, text: named }, sourceSpeaker);
    if (replacement && draftSpeaker.via !== 'pronoun' && draftSpeaker.via !== 'continued') {
      finding.speakerFix = { start: at, end: at + named.length, newText: replacement };
    }
    return finding;
  }
}

/** A transcript speaker the index does not know: the same person when the draft's words name them. */
function sameSpeakerText(draftSpeaker: Speaker, cueSpeaker: string): boolean {
  const key = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const draft = key(draftSpeaker.entities.map((e) => [e.name, ...e.aliases].join(' ')).join(' ') + ' ' + draftSpeaker.text);
  return key(cueSpeaker).split(/\s+/).some((w) => w.length > 2 && draft.includes(w));
}

// Someone the source leaves unnamed: "one of the victims", "a witness", "an elderly neighbour", "one of the hospital's
// senior orthopaedic surgeons".
const ANONYMOUS_PERSON = new RegExp(`^(?:${ONE_OF}|[Aa]n?|[Aa]nother)\\s+(?:[\\p{Ll}\\-]+(?:['’]s)?\\s+){0,3}?(?<noun>${PERSON_NOUNS})$`, 'u');
function anonymousPerson(s: Speaker): boolean {
  return (s.via === 'before' || s.via === 'after') && !s.entities.length && !s.name && ANONYMOUS_PERSON.test(s.text.trim());
}

/** Whether the speaker names someone, and only entities of this type. */
function namesOnly(s: Speaker, type: Entity['type']): boolean {
  return s.entities.length > 0 && s.entities.every((e) => e.type === type);
}

/** One side a known person, the other an organisation described, not named ("the police", "the ministry"). */
function memberAndDescribedBody(a: Speaker, b: Speaker): boolean {
  const described = (s: Speaker) => !s.entities.length && !s.name && ORGANISATION_NOUN.test(s.text);
  return (namesOnly(a, 'person') && described(b)) || (described(a) && namesOnly(b, 'person'));
}

/** One side a known person, the other a known organisation. */
function memberAndBody(a: Speaker, b: Speaker): boolean {
  // (A person the index does not know counts by first and last name: "Kama Melly".)
  const people = (s: Speaker) => namesOnly(s, 'person') || unknownPersonName(s);
  return (people(a) && namesOnly(b, 'organization')) || (namesOnly(a, 'organization') && people(b));
}

const TITLE_AND_SURNAME = /^(?:Judge|Justice|Dr\.?|Professor|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|Senator|Sen\.|Governor|Gov\.|Mayor|President|Minister|Detective|Inspector|Sheriff|Officer|Captain|General|Bishop|Father|Reverend|Rev\.)\s+\p{Lu}[\p{L}\p{M}'’\-]+$/u;
const CLAUSE_BREAK = /\b(?:said|says|told|tells|added|stated|wrote|explained|noted|asked|argued|claimed|and|but|who|which|that)\b/;
const FIRST_PERSON_SINGULAR = /(?<![\p{L}'’])(?:I|me|my|mine|myself|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll)(?![\p{L}'’])/u;
const SPOKESPERSON = /\b(?:spokes(?:wo)?man|spokesperson|representative|press secretary|press officer)\b/i;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `at` lies inside a quotation nested in the one whose words start at `outerStart` (a single mark left open). */
function insideNestedQuotation(text: string, outerStart: number, at: number): boolean {
  const before = text.slice(outerStart, at);
  // An opening mark after a space or a dash; a closing one after a word, before a space or punctuation (not "don't").
  const opens = before.match(/(?:^|[\s(—–])‘(?=\S|$)/g)?.length ?? 0;
  const closes = before.match(/(?<=\S)’(?=[\s,.;:!?)—–]|$)/g)?.length ?? 0;
  return opens > closes;
}

/** A source speaker who reads another's statement ('behalf') or speaks for a body named before ("its managing partner"). */
function speaksForAnother(source: Speaker, text: string): 'behalf' | 'body' | undefined {
  const sentenceEnd = text.slice(source.end, source.end + 200).search(/[.!?]["”’]?(?:\s|$)|\n/);
  const after = text.slice(source.end, source.end + (sentenceEnd < 0 ? 200 : sentenceEnd));
  if (ON_BEHALF.test(after)) return 'behalf';
  return FOR_ITS_BODY.test(text.slice(Math.max(0, source.start - 60), source.start)) ? 'body' : undefined;
}
// "… said its managing partner, Ruth Okafor", "Its chief executive, Ruth Okafor, said".
const FOR_ITS_BODY = /(?:^|[.!?]["”’]?\s+|\b(?:said|says|added|told|wrote|according\s+to)\s+)(?:its|their|Its|Their)\s+(?:[\p{Ll}\-]+\s+){0,3}[\p{Ll}\-]+,?\s+$/u;
const ON_BEHALF = /\bon\s+(?:his|her|their|its)\s+behalf\b|\b(?:reading|read)\s+(?:out\s+)?(?:a|the)\s+statement\b/;

/**
 * Whether the source article ties a person to an organisation, so that the organisation's words may be theirs (a
 * spokesperson, a member: "Foreign Ministry spokeswoman Maria Zakharova", "Mick Jagger of The Rolling Stones"): a
 * role of theirs names it, or the article names the two within a short stretch. A person the article never names is
 * not ruled out either. Only the one article is read, so the cost does not grow with the archive.
 */
function affiliated(a: Speaker, b: Speaker, article: { text: string }, byStem = false): boolean {
  const isPerson = (s: Speaker) => s.entities[0]?.type === 'person' || unknownPersonName(s);
  const person = isPerson(a) ? a : b;
  const org = person === a ? b : a;
  // A body known by name, or described by its head noun ("Russia's defence ministry": "ministry") after its qualifiers.
  const description = org.entities.length ? [] : org.text.split(/\s+(?:of|in|at|for|from|on|with|by)\s+/)[0].trim().split(/\s+/);
  const orgForms = org.entities.length
    ? org.entities.flatMap((e) => [e.name, ...e.aliases]).filter((f) => f.length >= 2)
    : [description[description.length - 1] ?? ''].filter((f) => f.length >= 3);
  const unknownName = (person.name ?? person.text).trim();
  const personForms = (person.entities.length ? person.entities.flatMap((e) => [e.name, ...e.aliases]) : [unknownName, unknownName.split(/\s+/).pop()!]).filter((f) => f.length >= 3);
  if (!orgForms.length || !personForms.length) return true;
  // (A noun by its stem: "victims" ties "victim" too.)
  const orgRe = byStem
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${orgForms.map((f) => escape(f.slice(0, Math.max(4, f.length - 2)))).join('|')})`, 'iu')
    : new RegExp(`(?<![\\p{L}\\p{N}])(?:${orgForms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  // A body described with qualifiers ("Russia's defence ministry") is that body only where one of them is there too:
  // the head of Poland's Ministry of Foreign Affairs is not tied to it by the word "ministry" alone.
  const qualifiers = describedQualifiers(description.slice(0, -1));
  const namesOrg = (s: string) => orgRe.test(s) && (qualifiers.length === 0 || qualifiers.some((q) => q.test(s)));
  // (All of an entity's roles are searched at once first: a name in a big archive has hundreds.)
  if (person.entities.some((e) => e.roles.length && orgRe.test(joinedRoleTexts(e)) && lowerRoleTexts(e).some(namesOrg))) return true;
  const text = article.text;
  // A spokesperson speaks for some body, perhaps this one under another name, unless the article names another body
  // beside them and never this one ("The Serbian Association of Plant Protection Producers … said … Its spokesman,
  // Nikola Ilić, said" is no one's words for the beekeepers' association).
  if (person.entities.some((e) => e.roles.length && SPOKESPERSON.test(joinedRoleTexts(e)))) return !org.entities.length || !speaksForAnotherBody(text, personForms, namesOrg);
  let named = false;
  for (const { before, after } of sentencesNaming(text, personForms)) {
    named = true;
    // A description of a person ties them only next to the name, before any verb: "Jane Doe, one of the victims,"
    // or "victim Jane Doe", not "Prosecutor Kama Melly said the victims".
    const stretch = byStem ? before.split(CLAUSE_BREAK).pop()! + after.split(CLAUSE_BREAK)[0] : before + after;
    if (namesOrg(stretch)) return true;
  }
  return !named;
}

/**
 * Each sentence of `text` naming the person (a line break, or a full stop before a capital, ends a sentence), with
 * `sentencesBefore` more sentences before it: its words before the name, and from the name on.
 */
function* sentencesNaming(text: string, personForms: string[], sentencesBefore = 0): Generator<{ before: string; after: string }> {
  const personRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${personForms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of text.matchAll(personRe)) {
    let start = m.index!;
    for (let k = 0; k <= sentencesBefore; k++) {
      // (For a sentence before, the search starts past the end of that sentence.)
      const window = text.slice(Math.max(0, start - 200), start);
      const boundary = SENTENCE_START.exec(k === 0 ? window : window.replace(SENTENCE_END, ''));
      start -= window.length - (boundary ? boundary.index + boundary[0].length : 0);
    }
    const after = text.slice(m.index!, m.index! + 200);
    const end = after.search(/[.!?]["”’]?\s+\p{Lu}|\n/u);
    yield { before: text.slice(start, m.index!), after: after.slice(0, end < 0 ? after.length : end) };
  }
}
// The last sentence end in a text, and a text that ends with one.
const SENTENCE_START = /(?:[.!?]["”’]?\s+|\n)(?=[^.!?\n]*$)/u;
const SENTENCE_END = /(?:[.!?]["”’]?\s+|\n)$/u;

/**
 * Whether the sentences naming a spokesperson (each with the sentence before, where "Its spokesman" looks back) name a
 * body, and none of them the body asked about.
 */
function speaksForAnotherBody(text: string, personForms: string[], namesOrg: (s: string) => boolean): boolean {
  let another = false;
  for (const { before, after } of sentencesNaming(text, personForms, 1)) {
    const stretch = before + after;
    if (namesOrg(stretch)) return false;
    if (BODY_NAME.test(stretch)) another = true;
  }
  return another;
}
// A capitalised name holding a body's word: "Serbian Association of Plant Protection Producers".
const BODY_NAME = new RegExp(`\\p{Lu}[\\p{L}'’\\-]*(?:\\s+(?:of|for|the|and|on)?\\s*\\p{Lu}[\\p{L}'’\\-]*)*\\s+(?:${[...ORG_WORDS].filter((w) => /^[a-z]+$/.test(w)).map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})\\b`, 'u');

/**
 * The words before a described body's head noun that qualify it: "Russia's defence" → Russia, defence ("the", "a" and
 * the like left out), each as a whole-word pattern.
 */
function describedQualifiers(words: string[]): RegExp[] {
  return words
    .map((w) => w.replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}\-]/gu, ''))
    .filter((w) => w.length >= 3 && !/^(?:the|its|their|his|her|our|this|that|these|those|another)$/i.test(w))
    .map((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(w)}(?![\\p{L}\\p{N}])`, 'iu'));
}

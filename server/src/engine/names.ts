/**
 * Who is who in the sources: a rule-based extractor of people, organisations and places, with aliases, roles and
 * every mention. Rules, not a statistical tagger: capitalised sequences, titles before names ("Foreign Minister
 * Sergey Lavrov"), appositives ("Zbigniew Rau, who is the OSCE chairman"), "Long Name (ACR)", speech verbs, and a
 * small gazetteer. Measured against hand-annotated articles (test/names).
 */
import { Article } from './article';
import { Corpus } from './corpus';
import { detached, memoized } from './text';
import { runToEnd, Steps } from './steps';
import {
  COMMON_WORD_GIVEN_NAMES,
  DEMONYMS,
  LOWER_CASE_STREET_WORDS_TEXT,
  FOREIGN_KIND_WORDS,
  POLITICAL_AFFILIATIONS,
  NON_NAMES,
  GROUP_PLURALS,
  NOT_ENTITY_WORDS,
  KNOWN_ORGS,
  KNOWN_ORG_NAMES,
  NON_ORG_ACRONYMS,
  ORG_KIND_NOUNS,
  ORG_WORDS,
  PERSON_NOUNS,
  PLACE_ACRONYMS,
  PLACE_KIND_NOUNS,
  PLACE_NAMES,
  PLACE_WORDS,
  PLACES,
  CITIES,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
} from './lexicon';
import { FEMALE_GIVEN_NAMES_TEXT, MALE_GIVEN_NAMES_TEXT, OTHER_GIVEN_NAMES_TEXT } from './givenNames';
import { PLACE_GAZETTEER_TEXT } from './placeGazetteer';
import { isRoleNoun, rolesAround } from './roles';

/** The given-name gazetteer (givenNames.ts): each name with the gender its lists agree on, built when first needed. */
let givenNameGenders: Map<string, GivenNameGender> | undefined;
export type GivenNameGender = 'female' | 'male' | 'either';
/** Whether a word is a known given name: "Didier", "Jean-Jacques" (by its first part). */
const givenNameSeen = new Map<string, GivenNameGender | 'none'>();
let placeGazetteer: Set<string> | undefined;
/** Answers by the words as written: the same names are asked about in every article and on every keystroke. */
const placeGazetteerSeen = new Map<string, boolean>();
/**
 * Whether GeoNames knows the words as a town's or a division's name ("Honiara", "Umm Qasr", "Boyacá"): evidence for a
 * name no cue types. Folded as test/names/tools/make-places.mjs folds the gazetteer (lower case, no diacritics, no
 * apostrophes, hyphens as spaces); built on first use.
 */
// Words for a natural feature that a town may name ("Masaya Volcano", "Kariba Lake"): no venue the town's name is short for.
const NATURAL_FEATURES = /^(?:volcano|lake|lagoon|river|mountain|mount|hill|glacier|reservoir|gorge|canyon|cave|caves|reef|bay|beach|falls|forest|desert|valley|massif|crater|waterfall|peninsula|plateau|delta)$/;

export function inPlaceGazetteer(words: string): boolean {
  return memoized(placeGazetteerSeen, 50_000, words, lookUpPlace);
}
function lookUpPlace(words: string): boolean {
  placeGazetteer ??= new Set(PLACE_GAZETTEER_TEXT.split(/[|\n]/).filter(Boolean));
  return placeGazetteer.has(words.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['‘’`ʻʼ]/g, '').replace(/[\s\-‐–]+/g, ' '));
}
export function inGivenNameList(word: string): boolean {
  return givenNameGender(word) !== undefined;
}
/** The gender of a given name by the gazetteer ("Sarah" female, "Taylor" either), undefined when it is no given name. */
export function givenNameGender(word: string): GivenNameGender | undefined {
  const gender = memoized(givenNameSeen, 50_000, word, lookUpGivenName);
  return gender === 'none' ? undefined : gender;
}
function lookUpGivenName(word: string): GivenNameGender | 'none' {
  if (!givenNameGenders) {
    givenNameGenders = new Map();
    for (const [text, gender] of [[FEMALE_GIVEN_NAMES_TEXT, 'female'], [MALE_GIVEN_NAMES_TEXT, 'male'], [OTHER_GIVEN_NAMES_TEXT, 'either']] as const) {
      for (const n of text.split(/\s+/)) if (n) givenNameGenders.set(n, gender);
    }
  }
  // ("Gáspár" as "gaspar": the lists spell few names with their accents.)
  let k = word.toLowerCase();
  if (!givenNameGenders.has(k) && /[^\x00-\x7f]/.test(k)) k = k.normalize('NFD').replace(/\p{M}/gu, '');
  return givenNameGenders.get(k) ?? (k.includes('-') ? givenNameGenders.get(k.slice(0, k.indexOf('-'))) : undefined) ?? 'none';
}

export type EntityType = 'person' | 'organization' | 'place';

export interface NameMention {
  article: Article;
  start: number;
  end: number;
}

export interface EntityRole {
  text: string;
  article: Article;
  start: number;
  end: number;
}

export interface Entity {
  id: number;
  /** The fullest form the sources use. */
  name: string;
  type: EntityType;
  /** Other forms the sources use (surname, acronym, spelling variants). */
  aliases: string[];
  roles: EntityRole[];
  mentions: NameMention[];
}

/**
 * Keys of recent forms: the same few thousand forms are keyed again and again (every capitalised phrase of every
 * article while indexing, every candidate speaker on every keystroke), and Unicode normalisation is not cheap.
 */
const recentKeys = new Map<string, string>();

/** A key that ignores case, diacritics, apostrophe style, a possessive ending and -isation/-ization. */
export function nameKey(surface: string): string {
  return memoized(recentKeys, 100_000, surface, computeNameKey);
}

function computeNameKey(surface: string): string {
  return surface
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’ʼ]/g, "'")
    .replace(/'s$|s'$/i, (m) => (m.toLowerCase() === "s'" ? 's' : ''))
    .toLowerCase()
    .replace(/isation/g, 'ization')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

interface Word {
  text: string;
  start: number;
  end: number;
  cap: boolean;
  /** First word of a sentence (or of a quotation): its capital says nothing. */
  initial: boolean;
  possessive: boolean;
  /** The lower-case end of "Luxembourg-based", "Ebola-infected", cut off the name. */
  suffix?: string;
}

const WORD_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-.&–][\p{L}\p{M}\p{N}]+)*/gu;
/** Whether a capitalised word ends right before `start`, a space between: "Kafue Ridge Copper| plc". */
function afterCapitalisedWord(text: string, start: number): boolean {
  return /\p{Lu}[\p{L}\p{M}\-]*[ \t]$/u.test(text.slice(Math.max(0, start - 40), start));
}
/** Legal forms written in lower case after a body's name; true where the form ends in a full stop ("d.o.o."). */
const LOWER_CASE_LEGAL_FORMS = new Map<string, boolean>([
  ['e.V', true], ['a.s', true], ['s.r.o', true], ['d.o.o', true], ['d.d', true], ['hf', true], ['ehf', true], ['sh.p.k', true], ['sh.a', true], ['plc', false],
]);
/** Streets' words in other languages, written in lower case after the name ("Pärnu maantee"). */
const LOWER_CASE_STREET_WORDS = new Set(LOWER_CASE_STREET_WORDS_TEXT.trim().split(/\s+/));
// Words that join a father's name to a person's own in Welsh and Turkic names ("Dafydd ap Rhisiart", "Zaur Faig oglu
// Abdullazade"); in lower case they are no English word, so they join only inside a name, between two capitalised
// words (a trailing one, "Dilnoza Tursunboy qizi", is not read yet).
const PATRONYMIC_PARTICLES = ['ap', 'oglu', 'oğlu', 'ogly', 'uulu', 'qizi', 'qızı', 'gizi', 'kyzy', 'kizi'];
/** Connectors only as written in lower case (isConnector). */
const LOWER_CASE_CONNECTORS = new Set(['do', 'los', 'las', ...PATRONYMIC_PARTICLES]);
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'á', 'í', 'de', 'del', 'della', 'dela', 'di', 'ter', 'ten', 'des', 'la', 'le', 'du', 'van', 'von', 'af', 'der', 'den', 'al', 'el', 'bin', 'bint', 'binti', 'binte', 'ibn', 'da', 'dos', 'das', 'es', 'in', '&']);
const GENERIC_ORG_WORDS = new Set(['unit', 'squad', 'taskforce', 'court', 'group', 'assembly', 'administration', 'government', 'committee', 'commission', 'council', 'ministry', 'department', 'agency', 'office', 'party', 'union', 'police', 'army', 'navy', 'board', 'company', 'university', 'institute', 'inc', 'inc.', 'ltd', 'corp', 'service', 'bureau', 'authority', 'federation', 'association', 'house', 'force', 'forces', 'team', 'club', 'band', 'bank', 'foundation', 'chamber', 'command', 'caucus', 'embassy', 'consulate', 'directorate', 'guards', 'partners', 'regiment', 'battalion']);
// A broadcaster's channel by its number ("Canal 4", "Channel 5"): the word and the number after it.
const CHANNEL_WORD = /^(?:Canal|Kanal|Channel|Rede|Radio|TV|Tele)$/;
const CHANNEL_NUMBER = /^\d{1,2}$/;
// France's overseas broadcaster after its island: "Réunion La 1ère".
const LA_PREMIERE = /^1(?:ère|re)$/;
/**
 * Whether a word joins capitalised words into one name ("of", "de", "á"), by the connectors, and Portuguese "do",
 * Spanish "los" and "las" ("María de los Ángeles Treviño") and the patronymic particles, in lower case only:
 * capitalised, "Do" is a Vietnamese surname, "AP" an agency and "Los Angeles" a city.
 */
const isConnector = (w: Word) => CONNECTORS.has(lower(w.text)) || LOWER_CASE_CONNECTORS.has(w.text);
const MONTH_SHORT = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Continents and regions that bodies' names are made with ("Organization for Security and Co-operation in Europe"). */
const REGIONS_IN_NAMES = new Set(['europe', 'asia', 'africa', 'america', 'americas', 'latin america', 'north america', 'south america', 'oceania', 'middle east', 'the middle east', 'caribbean', 'the caribbean', 'pacific', 'the pacific', 'arctic', 'the arctic', 'antarctica', 'eastern europe', 'central asia', 'southeast asia', 'south asia', 'east africa', 'west africa', 'southern africa']);
// A military unit or a court after an ordinal: capitalised words ending in one of these.
const UNIT_AFTER = /^(?:[ \t]+\p{Lu}[\p{L}\-]*){0,3}[ \t]+(?:Brigade|Division|Regiment|Battalion|Corps|Army|Fleet|Squadron|Wing|Infantry|Circuit|District)\b/u;
// (A nickname may be two or three words: 'Gustavo "El Turco" Haddad'.)
// (In single curly quotes too: "Jamie ‘Dixie’ Dickson".)
const NICKNAME_END = /^(?:[ \t]+\p{Lu}[\p{L}\p{M}'’\-]*){0,2}["”’][ \t]+\p{Lu}/u;
const NICKNAME_START = /(?:^|[\s(])(\p{Lu}[\p{L}\p{M}'’\-]+)[ \t]+["“‘](?:\p{Lu}[\p{L}\p{M}'’\-]*[ \t]+){0,2}$/u;
const ON_SUBJECT_BODIES = new Set(['committee', 'subcommittee', 'commission', 'council', 'conference', 'panel', 'institute', 'center', 'centre', 'caucus', 'taskforce']);
const WEAK_CONNECTORS = new Set(['and', 'the', 'in', '&']);
// Feasts and seasons a text dates things by ("around Christmas").
const FEASTS = new Set(['christmas', 'easter', 'ramadan', 'eid', 'diwali', 'hanukkah', 'thanksgiving', 'passover', 'lent', 'advent', 'carnival', 'midsummer', 'halloween']);
const FAITHS = new Set(['christianity', 'catholicism', 'protestantism', 'buddhism', 'hinduism', 'judaism', 'sikhism', 'jainism', 'taoism', 'shinto', 'confucianism', 'zoroastrianism']);
const GENERIC_ABBREVIATIONS = new Set(['ngo', 'ngos', 'ceo', 'ceos', 'cfo', 'gdp', 'vat', 'atm', 'dna']);
const ROMANCE_AND = new Set(['et', 'e', 'y']);
const FAMILY_FIRM_WORDS = /^(?:Hijos|Hermanos|Filhos|Irmãos|Fils|Frères|Figli|Fratelli)$/u;
const ROMANCE_PARTICLES = new Set(['de', 'du', 'des', 'del', 'da', 'do', 'dos', 'das', 'la']);
/** Prepositions and articles inside bodies' names in Spanish, Portuguese, French, Italian and Catalan. */
const ROMANCE_PREPOSITIONS = new Set(['contra', 'para', 'pour', 'sur', 'per', 'con', 'com', 'sobre', 'entre', 'sans', 'sin', 'pela', 'pelo']);
const ROMANCE_ARTICLES = new Set(['el', 'la', 'los', 'las', 'le', 'les', 'lo', 'il', 'a', 'o', 'as', 'os']);
const HONORIFICS = new Set(['professor', 'prof', 'prof.', 'dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'sir', 'dame']);
// Words for a body in French, Spanish, Portuguese and Italian, whose official names write the words after them in
// lower case ("Autorité des marchés financiers", "Sécurité civile", "Gobierno de Canarias").
const ROMANCE_BODY_HEADS = new Set(
  `gobierno gouvernement governo cabildo ayuntamiento mairie prefeitura préfecture prefettura diputación consejo conseil conselho
  consiglio consell junta ministerio ministère ministério ministero secretaría servicio serviço servizio dirección direção
  instituto institut istituto asociación associação associazione federación fédération federação federazione confederación
  confédération sindicato syndicat sindacato agencia agence agência agenzia autoridad autorité autoridade autorità comisión
  comissão commissione comité comitato fiscalía policía polícia gendarmerie universidad université universidade università
  fundación fondation fundação fondazione cámara câmara chambre banco banque caja caisse caixa compañía compagnie companhia
  sociedad société sociedade società collectivité communauté comunidad sécurité seguridad segurança assemblée asamblea
  assembleia parlement parlamento coopérative cooperativa mutuelle observatoire observatorio office service association
  commission direction centre tribunal escola escuela école scuola colégio colegio liceo liceu regione consorzio consorcio`.split(/\s+/),
);
// ... of which these are English words too: they open such a name only before a particle ("Service d'incendie et de
// secours", "Association des victimes"), not before a lower-case word ("Service commission").
const ROMANCE_HEADS_ENGLISH_TOO = new Set(['office', 'service', 'association', 'commission', 'direction', 'centre', 'tribunal', 'institut']);
// Small words of English that end such a name's lower-case run ("… marchés financiers because of a bond issue").
const ENGLISH_RUN_ENDERS = new Set(
  `the a an and or but nor because whose which who whom that this these those since while where when are were was is be been
  has have had does do did says said will would could should may might must can gave made came took more some one once
  before after here there also alone she he we they you it its his her their our to of in on at by for from with into
  over under as so too than then now not no yet still just only even`.split(/\s+/),
);

// (Or the partners' word itself after the ampersand: "Estrella, Cordero & Asociados", "Mensah, Boateng & Partners".)
const LAW_FIRM_AFTER = /^(?:[ \t]+\p{Lu}[\p{L}\p{M}'’\-]+)?(?:,[ \t]+\p{Lu}[\p{L}\p{M}'’\-]+)*(?:[ \t]+(?:&|e|y|and)[ \t]+\p{Lu}[\p{L}\p{M}'’\-]+[ \t]+(?:Advogados|Abogados|Avocats|Advocaten|Rechtsanwälte|LLP|Attorneys)\b|[ \t]+&[ \t]+(?:Asociados|Associados|Associates|Partners|Associés|Sons|Hijos|Filhos|Fils|Söhne|Zonen|Co\.?)(?![\p{L}]))/u;
// A credit at the end of a caption's line: "Photo: A B/C D" (or in the caption's language, "Foto: …"), its full stop and
// the line's end after it.
// (CREDIT_WORD alone is a cheap test of whether an article has credits at all.)
const CREDIT_WORD = String.raw`\b(?:Photo|Image|Picture|Photograph|Credit|Foto|Fotó|Fotografía|Fotografia|Bild|Kuva|Zdjęcie)s?:`;
const PHOTO_CREDIT_WORD_RE = new RegExp(CREDIT_WORD);
// An article opening a paper's or an agency's name ("El Llanquihue", "La Nación", "The Namibian").
const CREDIT_ARTICLE = /^(?:El|La|Le|Les|Los|Las|Il|Lo|Der|Die|Das|De|Het|The|O|A|Al)$/;
// (The two sides of a credit, either of them the photographer: "A B/C D".)
const CREDIT_SIDES = String.raw`([\p{L}\p{M}][\p{L}\p{M}'’.\- ]{1,50}?)[ \t]*\/[ \t]*([\p{L}\p{M}][\p{L}\p{M}\p{N}'’.\- ]{1,50}?)`;
const PHOTO_CREDIT = new RegExp(CREDIT_WORD + String.raw`[ \t]+${CREDIT_SIDES}\.?[ \t]*(?:\n|$)`, 'gu');
// "(Gavino Tedde/La Nuova Sardegna)": a caption's credit in brackets at the end of its line, without the word.
const BRACKET_CREDIT = new RegExp(String.raw`\(${CREDIT_SIDES}\)[ \t]*(?:\n|$)`, 'gu');
const SIGNOFF_WORD_RE = /\((?:Additional\s+)?(?:Reporting|Writing|Editing)\s+by\s/i;
// "Village Superstars: Rhodes; Phipps, Hendrickson, Claxton, Woodley; Maynard, Sutton (Caines 109), …": a team's
// line-up, its players by surname, the lines of its formation apart by semicolons.
// (A player of three words: "Mac Giolla Bhríde".)
// ("E. Sanna": an initial before the surname tells namesakes in a side apart.)
// ("á Fløtum", "van Dijk": a surname's particle in lower case.)
const LINEUP_PLAYER = String.raw`(?:\p{Lu}\.[ \t]*)?(?:(?:á|í|van|von|de|da|di|du|dos|das|del|della|le|la|ter|ten|af)[ \t]+(?:(?:der|den|la|los|las)[ \t]+)?)?\p{Lu}[\p{L}\p{M}'’\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’\-]*){0,2}`;
const LINEUP_PLAYER_RE = new RegExp(LINEUP_PLAYER, 'gu');
const LINEUP = new RegExp(String.raw`^[ \t]*\p{Lu}[^\n:;]{1,60}:[ \t]+((?:${LINEUP_PLAYER}(?:[ \t]+\([^()\n]{1,40}\))?[ \t]*[;,][ \t]*){6,}${LINEUP_PLAYER}(?:[ \t]+\([^()\n]{1,40}\))?)\.?[ \t]*$`, 'gmu');
// "Subs not used: Ah-Hot, Boyer, Fontaine.": the players a side left on its bench, by surname, under its line-up.
const SUBS_LINE = new RegExp(String.raw`^[ \t]*(?:Subs(?:titutes)?(?:[ \t]+not[ \t]+used)?|Unused[ \t]+subs(?:titutes)?|Replacements[ \t]+not[ \t]+used):[ \t]+((?:${LINEUP_PLAYER}[ \t]*,[ \t]*)*${LINEUP_PLAYER})\.?[ \t]*$`, 'gmu');
const WIRE_SIGNOFF = /\((?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting)\s+by\s+[^()\n]{3,300}\)/g;
const SIGNOFF_LABELS = /^(?:Reporting|Writing|Editing|Additional|Compiled|Produced|Fact-checking|Graphics)$/;
const PARTY_FACTION = /^ \((?:\p{Lu}|\p{Lu}\p{Ll}+ist)\)(?![\p{L}\p{N}])/u;
function wordsOf(text: string, from: number): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text)) !== null) {
    let t = m[0];
    let start = m.index;
    let end = m.index + t.length;
    // "pro-Beijing", "anti-Trump": the name after a lower-case prefix stands on its own.
    const hyphen = t.includes('-');
    const prefixed = hyphen ? /^(?:pro|anti|non|post|pre|mid|ex|neo)-(?=\p{Lu})/u.exec(t) : null;
    if (prefixed) {
      t = t.slice(prefixed[0].length);
      start += prefixed[0].length;
    }
    // "Luxembourg-based court", "Ebola-infected": the name before a participle.
    let suffix: string | undefined;
    const participle = hyphen && /^(\p{Lu}[\p{L}\p{M}]+)-(based|born|bred|headquartered|registered|flagged|listed|infected|affected|hit|led|backed|owned|funded|run|made|style|linked|bound|controlled|held|occupied|allied|sponsored|financed|supported|brokered|operated|managed|appointed|commissioned|sanctioned|mediated|designed|built|trained|approved|administered|organi[sz]ed)$/u.exec(t);
    if (participle) {
      t = participle[1];
      end = start + t.length;
      suffix = participle[2];
    }
    // "Canadian-US scientist": the country after a hyphen.
    const hyphenPlace = hyphen ? /^\p{L}+-(\p{Lu}{2,3}|U\.S\.?)$/u.exec(t) : null;
    if (hyphenPlace && PLACE_ACRONYMS.has(hyphenPlace[1].toLowerCase())) {
      start = end - hyphenPlace[1].length;
      t = hyphenPlace[1];
    }
    // "Flutopfer-Hilfe Ahr e.V.", "Stavby Hradecký a.s.", "Bračka Plovidba d.o.o.", "Hraunvirki hf.", "Kafue Ridge
    // Copper plc": a registered association's or a company's legal form, in lower case, after its name.
    const lowerForm = LOWER_CASE_LEGAL_FORMS.get(t);
    const registered = lowerForm !== undefined && (!lowerForm || text[end] === '.') && afterCapitalisedWord(text, start);
    if (registered && lowerForm) {
      t += '.';
      end++;
    }
    // "Pärnu maantee", "Karaliaus Mindaugo prospektas", "Brīvības iela": a street's word in its own language, in
    // lower case after the street's name.
    const lowerStreet = !lowerForm && LOWER_CASE_STREET_WORDS.has(t) && afterCapitalisedWord(text, start);
    // "Nordvarme A/S": the Danish and Norwegian company form, one word although it holds a slash.
    if (t === 'A' && text.startsWith('/S', end) && !/[\p{L}\p{N}]/u.test(text.charAt(end + 2)) && afterCapitalisedWord(text, start)) {
      t = 'A/S';
      end += 2;
      WORD_RE.lastIndex = end;
    }
    // "Inc.", "Ltd.", "Jr.": the full stop of a company's or a name's abbreviation is part of it.
    // ("Church of St. Anne", "Mt. Kenya": and of "Saint" or "Mount" before a name.)
    // ("Heiko K.,": a surname cut to its initial, as German and Dutch courts name the accused.)
    // ("Varco Tecnologie S.r.l.", "Studio Orione S.a.s.", "Fratelli Rossi S.p.A.": an Italian legal form's last stop.)
    if (text[end] === '.' && (/^(?:Inc|Ltd|Corp|Co|Jr|Sr|Bros|Kft|Zrt|Lda|Ltda|Cía|Cia|Ltée|Ltee)$/.test(t) || (/^S(?:\.\p{Ll}){2,3}$|^S\.p\.A$/u.test(t) && afterCapitalisedWord(text, start)) || (t.length === 1 && /^\.(?:[,;:)]|[ \t]+[\p{Ll}"“‘])/u.test(text.slice(end, end + 3)) && /\p{Lu}\p{Ll}+[ \t]$/u.test(text.slice(start - 12, start))) || (/^(?:St|Mt|Ft)$/.test(t) && /^\.[ \t]\p{Lu}/u.test(text.slice(end, end + 3))))) {
      t += '.';
      end++;
    }
    // "Communist Party of India (Marxist)", "Kerala Congress (M)": a faction's letter or creed in brackets after a
    // body's or a country's word is part of the party's name. (Not a member's party: "Jane Doe (Labour)", "(R)".)
    const faction = text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 40 ? PARTY_FACTION.exec(text.slice(end, end + 16)) : null;
    // (Its words keep their own: only where the name ends moves.)
    if (faction && (ORG_WORDS.has(t.toLowerCase()) || (PLACES.has(t.toLowerCase()) && /\bof\s$/.test(text.slice(start - 4, start))))) {
      end += faction[0].length;
      // (The word in brackets is no name of its own.)
      WORD_RE.lastIndex = end;
    }
    const possessive = /['’]s$/i.test(t) && t.length > 2;
    if (possessive) {
      t = t.slice(0, -2);
      end -= 2;
    }
    const before = text.slice(Math.max(from, start - 4), start);
    const initial =
      start === from ||
      // (Also after a quotation opened with two apostrophes, as the New York Times writes them, and after a dash.)
      /(?:[.!?]["”’)]*\s+|\n\s*|[“"‘«(:]\s*|(?:^|\s)''|[—–]\s*)$/.test(text.slice(Math.max(from, start - 6), start)) ||
      // (And after a Wikipedia-style footnote mark: "manuscripts.[22] Mathematician Hermann Weyl said".)
      (text.charCodeAt(start - 2) === 93 /* ] */ && /[.!?]["”’)]*\s*(?:\[\d{1,3}\]\s*)+$/.test(text.slice(Math.max(from, start - 24), start))) ||
      /^\s*$/.test(before) && start - from < 2;
    const c = t.charAt(0);
    // "al-Assad", "bin-Salman", "de-Gaulle": a lower-case particle joined to a capitalised name; "arXiv", "eBay":
    // a capital inside a word; "oe24.at", "znak.com": a domain name.
    const cap =
      registered ||
      lowerStreet ||
      (c !== c.toLowerCase() && c === c.toUpperCase()) ||
      (hyphen && /^(?:al|el|bin|ibn|de|da|van|von|di|le|la)-\p{Lu}/u.test(t)) ||
      // "Pascale d'Aubremont", "Gianni dell'Orto": an elided particle before a capital.
      /^(?:d|l|dell|dall|degl)['’]\p{Lu}/u.test(t) ||
      (t !== t.toLowerCase() && /^\p{Ll}{1,3}\p{Lu}\p{Ll}/u.test(t)) ||
      // "the message board 8chan"
      (c >= '0' && c <= '9' && /^\d+\p{Ll}{3,}$/u.test(t) && ORG_NOUN_BEFORE.test(text.slice(Math.max(0, start - 30), start))) ||
      // "the 24th Mechanised Brigade", "the 82nd Airborne Division": a unit's number.
      (c >= '0' && c <= '9' && /^\d{1,3}(?:st|nd|rd|th)$/.test(t) && UNIT_AFTER.test(text.slice(end, end + 60))) ||
      (t.includes('.') && /^[\p{Ll}\d][\p{L}\d-]+\.(?:com|org|net|co\.uk|com\.br|[a-z]{2})$/u.test(t) && /\p{L}{2}/u.test(t.split('.')[0]));
    // ("US$22,900", "EC$50,000": letters before a dollar sign are a currency's code, no name; so are "Rs 4.2 million"
    // and "K4.2 billion", an amount in rupees or kwacha.)
    const currency = text[end] === '$' || (/^(?:Rs|Rp|Tk|Sh|Ksh|TSh|USh)$/.test(t) && /^\.?\s?\d/.test(text.slice(end, end + 3))) || (/^\p{Lu}{1,2}\d{1,3}(?:[.,]\d+)+$/u.test(t) && /^\s+(?:million|billion|bn|trillion|m)\b/.test(text.slice(end, end + 12)));
    out.push({ text: t, start, end, cap: cap && !currency, initial, possessive, suffix });
  }
  return out;
}

// An office's subjects, listed with commas: "Ministry of Trade, Industry and Fisheries". (SUBJECT_LIST_OFFICE, a cheap
// test for the office alone, decides whether the text is searched for the whole list.)
// ("Chamber of Commerce, Industry and Agriculture", "Institute of Water Problems, Hydropower and Ecology".)
const SUBJECT_LIST_OFFICE = String.raw`\b(?:Ministry|Department|Committee|Commission|Minister|Secretary|Chamber|Institute|Faculty|School|Academy|Directorate|Bureau)\s+(?:of|for|on)\s+`;
const SUBJECT_LIST = new RegExp(
  String.raw`${SUBJECT_LIST_OFFICE}(?:the\s+)?((?:\p{Lu}[\p{L}\-]+\s+){0,2}\p{Lu}[\p{L}\-]+(?:,\s+(?:\p{Lu}[\p{L}\-]+\s+){0,2}\p{Lu}[\p{L}\-]+)+,?\s+and\s+(?:\p{Lu}[\p{L}\-]+\s+){0,2}\p{Lu}[\p{L}\-]+)`,
  'gu',
);
const SUBJECT_LIST_OFFICE_RE = new RegExp(SUBJECT_LIST_OFFICE);
// ... and in French, Spanish, Portuguese or Italian, each subject after its own particle: "Ministère de l’Artisanat, de
// la Culture, de l’Industrie Hôtelière et du Tourisme", "Ministerio de Agricultura, Ganadería y Pesca".
const ROMANCE_SUBJECT_OFFICE = String.raw`\b(?:Ministère|Ministerio|Ministério|Ministero|Secretaría|Secretaria|Secrétariat|Direction|Dirección|Comisión|Commission)\s+`;
const ROMANCE_SUBJECT_PARTICLE = String.raw`(?:(?:de\s+la|de\s+las|de\s+los|del|de|du|des|da|do|das|dos|della)\s+|(?:de\s+)?(?:l|d|dell|all)['’])`;
const ROMANCE_SUBJECT_NAME = String.raw`\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2}`;
const ROMANCE_SUBJECT = String.raw`${ROMANCE_SUBJECT_PARTICLE}?${ROMANCE_SUBJECT_NAME}`;
const ROMANCE_SUBJECT_LIST = new RegExp(
  String.raw`${ROMANCE_SUBJECT_OFFICE}${ROMANCE_SUBJECT_PARTICLE}?(${ROMANCE_SUBJECT_NAME}(?:,\s+${ROMANCE_SUBJECT})+,?\s+(?:et|y|e)\s+${ROMANCE_SUBJECT})`,
  'gu',
);
const ROMANCE_SUBJECT_OFFICE_RE = new RegExp(ROMANCE_SUBJECT_OFFICE, 'u');

const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that']);

/** Corpus-wide counts of how each word is written: a word mostly written in lower case is a common word. */
export class WordStats {
  /** First names of people found with strong evidence anywhere in the corpus (learnt in a first pass). */
  readonly givenNames = new Set<string>([...COMMON_WORD_GIVEN_NAMES].map((n) => n.charAt(0).toUpperCase() + n.slice(1)));
  /**
   * The type each name was given with firm evidence somewhere in the corpus (learnt in the first pass), or 'mixed':
   * a name no cue types in one article takes the type other articles' cues gave it ("Bloomberg" where another
   * article has "according to Bloomberg").
   */
  readonly corpusTypes = new Map<string, EntityType | 'mixed'>();

  learnType(form: string, type: EntityType): void {
    const k = nameKey(form);
    const had = this.corpusTypes.get(k);
    this.corpusTypes.set(k, had === undefined || had === type ? type : 'mixed');
  }
  private lower = new Map<string, number>();
  private capitalMid = new Map<string, number>();
  /** Lower-case words seen right before "the", "a", "his"...: verbs and prepositions, as nouns and adjectives rarely are. */
  private beforeDeterminer = new Map<string, number>();

  /**
   * Pairs of capitalised words seen inside a sentence ("Associated Press"), as a two-hash bit set sized to the corpus
   * (about a thousand bits an article, from 8 KB up to 4 MB; a few false hits in a hundred): at a sentence's start
   * such a pair keeps its first word. (A fixed 4 MB set cost a small corpus more in page faults than its names.)
   */
  private midPairs?: Uint32Array;
  private readonly pairMask: number;

  constructor(expectedArticles = 1000) {
    let bits = 1 << 16;
    while (bits < expectedArticles * 1024 && bits < 1 << 25) bits <<= 1;
    this.pairMask = bits - 1;
  }

  add(words: Word[], text?: string): void {
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const k = w.text.toLowerCase();
      if (!w.cap) {
        this.lower.set(k, (this.lower.get(k) ?? 0) + 1);
        const n = words[i + 1];
        if (n && !n.cap && DETERMINER_WORDS.has(n.text)) this.beforeDeterminer.set(k, (this.beforeDeterminer.get(k) ?? 0) + 1);
      } else if (!w.initial) {
        this.capitalMid.set(k, (this.capitalMid.get(k) ?? 0) + 1);
        const n = words[i + 1];
        if (text !== undefined && n?.cap && n.start - w.end === 1 && text.charCodeAt(w.end) === 32 && !w.possessive) this.setPair(w.text, n.text);
      }
    }
  }

  private setPair(a: string, b: string): void {
    this.midPairs ??= new Uint32Array((this.pairMask + 1) >>> 5);
    pairHashes(a, b);
    const h1 = pairHash[0] & this.pairMask;
    const h2 = pairHash[1] & this.pairMask;
    this.midPairs[h1 >>> 5] |= 1 << (h1 & 31);
    this.midPairs[h2 >>> 5] |= 1 << (h2 & 31);
  }

  /** Whether "A B", both capitalised, was seen inside a sentence somewhere in the corpus. */
  pairSeenMid(a: string, b: string): boolean {
    if (!this.midPairs) return false;
    pairHashes(a, b);
    const h1 = pairHash[0] & this.pairMask;
    const h2 = pairHash[1] & this.pairMask;
    return (this.midPairs[h1 >>> 5] & (1 << (h1 & 31))) !== 0 && (this.midPairs[h2 >>> 5] & (1 << (h2 & 31))) !== 0;
  }

  /** Whether the word was ever written in lower case (a name almost never is). */
  seenLower(word: string): boolean {
    return (this.lower.get(word.toLowerCase()) ?? 0) > 0;
  }

  /** Often capitalised inside a sentence too (a third as often as in lower case or more): "Bill", "Will". */
  oftenCapitalised(word: string): boolean {
    const k = word.toLowerCase();
    return (this.capitalMid.get(k) ?? 0) * 3 >= (this.lower.get(k) ?? 0);
  }

  /**
   * Whether a lower-case word is often followed by a determiner ("behind the", "faces a"): a verb or a preposition,
   * which ends a role before a name ("second place behind front-runner Donald Trump").
   */
  takesObject(word: string): boolean {
    const k = word.toLowerCase();
    const before = this.beforeDeterminer.get(k) ?? 0;
    return before >= 2 && before * 8 >= (this.lower.get(k) ?? 0);
  }

  isCommonWord(word: string): boolean {
    const k = word.toLowerCase();
    return (this.lower.get(k) ?? 0) > (this.capitalMid.get(k) ?? 0);
  }
}

/** Two 32-bit hashes (FNV-1a-like, two seeds) of a pair of words into `pairHash`, case folded as it goes (ASCII). */
const pairHash: [number, number] = [0, 0];
function pairHashes(a: string, b: string): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0, n = a.length + 1 + b.length; i < n; i++) {
    let c = i < a.length ? a.charCodeAt(i) : i === a.length ? 32 : b.charCodeAt(i - a.length - 1);
    if (c >= 65 && c <= 90) c += 32;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 13);
  }
  pairHash[0] = h1 >>> 0;
  pairHash[1] = h2 >>> 0;
}

interface Candidate {
  words: Word[];
  type: EntityType;
  /** A person only because the words are never written in lower case (no title, speech verb or appositive). */
  weak?: boolean;
  /** A person by a given name, a surname used alone or capitals only: no title, speech verb or appositive. */
  soft?: boolean;
  /** Typed by what other articles' cues said of the same name. */
  learnt?: boolean;
  /** A place followed by its region ("Allen, Texas"). */
  placeCue?: boolean;
  role?: { text: string; start: number; end: number };
}

const LEXICON_WORD = (k: string) =>
  ROLE_HEADS.has(k) || ROLE_MODIFIERS.has(k) || DEMONYMS.has(k) || ORG_WORDS.has(k) || PLACE_WORDS.has(k) || PLACES.has(k) || NON_NAMES.has(k) || NOT_ENTITY_WORDS.has(k) || KNOWN_ORGS.has(k) || DEMONYMS.has(k.replace(/s$/, ''));
// ("PG&E", "AT&T": capitals joined by an ampersand.)
const isAcronym = (t: string) => /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}s?$|^\p{Lu}\d{1,2}$|^\p{Lu}{1,3}&\p{Lu}{1,3}$/u.test(t);
const lower = (t: string) => t.toLowerCase();

const DATELINE_BEFORE = /(?:^|\n)[ \t]*$/;
// ("KUMASI, Ghana —", "APARRI, Cagayan —": the country or province may follow, in ordinary case.)
// ("ORANJESTAD, March 9 (Reuters) -", "NOUMEA, Oct 19 (AAP) -": a date after the place, and a hyphen for the dash.)
// ("LEH, January 22:": a colon after the date, only with a date: "RM:" opens an interview's answer.)
const DATELINE_AFTER = /^(?:(?:,[ \t]*\p{Lu}[\p{L}.']*(?:[ \t]+(?:\p{Lu}[\p{L}.']*|\d{1,2}(?:,[ \t]*\d{4})?)){0,2})?,?[ \t]*(?:\([\p{L} .&]{1,30}\)[ \t]*)?(?:[—–]|-{1,2}[ \t])|,[ \t]*\p{Lu}\p{Ll}+\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?[ \t]*(?:\([\p{L} .&]{1,30}\)[ \t]*)?:[ \t])/u;
// ("a marine ecologist at Wageningen Marine Research", "a lecturer at": a scientist's or an academic's post.)
const EMPLOYER_BEFORE = /\b(?:(?:[a-z]+(?:ologist|ographer|scientist)|professor|lecturer|analyst|economist|strategist|researcher|head\s+of\s+research|engineer|trader|banker|spokes(?:wo)?man|spokesperson|lawyer|partner|consultant|portfolio\s+manager|fund\s+manager)s?\s+at|joined\s+from|poached\s+from)\s+$/;
// "Luxembourg-based", "a Singapore-registered trader", "a Panama-flagged tanker", "London-listed": said of a place.
const PLACE_SUFFIX = /^(?:based|born|bred|headquartered|registered|flagged|listed)$/;
function classify(ws: Word[], text: string, stats?: WordStats): EntityType | undefined {
  const ks = ws.map((w) => lower(w.text));
  const full = ks.join(' ');
  // "John Radcliffe Hospital", "Kennedy Space Center", "ARC Studio": a building or venue is a place, unless a body
  // ("Center for Disease Control", "National Hurricane Center") or the source of a statement.
  // ("the White House": a known place's name first.)
  if (PLACE_NAMES.has(full)) return 'place';
  if (isCauseBody(ws)) return 'organization';
  // ("between the Senegal River and the Atlantic": the ocean, by its lower-case article; "The Atlantic" is a magazine and
  // "Virgin Atlantic" an airline.)
  if (ws.length === 1 && /^(?:atlantic|pacific)$/.test(full) && /(?:^|[^\p{L}])the\s+$/u.test(text.slice(Math.max(0, ws[0].start - 5), ws[0].start)) && !/^\s+\p{Lu}/u.test(text.slice(ws[0].end, ws[0].end + 3))) return 'place';
  // ("Sea Turtle Conservation Bonaire (STCB)": words before a place's name that its own abbreviation spells, with no
  // kind of place or place's word right before the place and no compass word or particle, name a body working there;
  // "Papua New Guinea (PNG)" and "Kwazulu-Natal (KZN)" are known whole.)
  if (ws.length >= 3 && !PLACES.has(full) && !PLACE_NAMES.has(full) && !inPlaceGazetteer(full)) {
    const last = ks[ks.length - 1];
    const abbreviation = abbreviationAfter(ws[ws.length - 1], text, 3);
    if (
      abbreviation === ws.map((w) => w.text[0].toUpperCase()).join('') &&
      (PLACES.has(last) || PLACE_NAMES.has(last) || inPlaceGazetteer(last)) &&
      !PLACE_WORDS.has(last) &&
      !ORG_WORDS.has(last) &&
      !PLACE_WORDS.has(ks[ks.length - 2]) &&
      !PLACE_KIND_NOUNS.has(ks[ks.length - 2]) &&
      !ks.some((k) => COMPASS_QUALIFIERS.has(k) || CONNECTORS.has(k))
    )
      return 'organization';
  }
  // ("Marine Science Station", "Water Resources Research Center": a station or a centre of research is the body that
  // does it, not a site; "Health Sciences Centre" is a hospital's building.)
  if (ws.length >= 2 && /^(?:station|centre|center)$/.test(ks[ks.length - 1]) && ks.some((k) => /^(?:research|science|scientific|studies|experimental)$/.test(k))) return 'organization';
  // ("Météo-France", "Hydro-Québec", "Radio-Canada": a service's word joined to its country's or province's name.)
  if (ws.length === 1 && SERVICE_OF_PLACE.test(ws[0].text)) return 'organization';
  // "Havbruk Nordvest ASA", "Blue Crane Civils CC", "Volvo AB": a company's legal form in capitals last.
  // ("Kanto Auto Trading Co.", "Kianda Capital, Lda": any legal form last.)
  if (ws.length >= 2 && isLegalForm(ws[ws.length - 1].text)) return 'organization';
  // ("Kuipers & Stam", "Marks & Spencer": partners' names joined by an ampersand name a firm.)
  // (Not a venue's: "Kamway Lodge & Tavern".)
  if (ws.length >= 2 && !VENUE_WORDS.has(ks[ks.length - 1]) && /\s&\s/.test(text.slice(ws[0].start, ws[ws.length - 1].end))) return 'organization';
  if (isTeamName(ws, ks)) return 'organization';
  // ("Brimstone Chambers", "the Attorney General's Chambers": barristers' or a law officer's chambers are a body; a
  // council's chambers are a room.)
  // ("Everton Chambers": a given name before it makes it a surname.)
  if (ws.length >= 2 && ks[ks.length - 1] === 'chambers' && !/^(?:council|city|town|assembly|senate|county|house)$/.test(ks[ks.length - 2]) && !(ws.length === 2 && inGivenNameList(ws[0].text))) return 'organization';
  // ("held 1-1 by Mansa Lions", "Mansa Lions equalised": a given name before a team's plural, where a score or a
  // match's verb is near.)
  if (ws.length === 2 && TEAM_PLURALS.has(ks[1]) && MATCH_NEAR.test(text.slice(Math.max(0, ws[0].start - 40), ws[1].end + 40))) return 'organization';
  // ("Newtown United", "Bath United", "St Paul's United": a club's "United" last.)
  if (ws.length >= 2 && ws.length <= 4 && ks[ks.length - 1] === 'united' && !ks.some((k) => CONNECTORS.has(k)) && !PLACE_NAMES.has(full)) return 'organization';
  // ("TP Mazembe", "AS Dauphin Noir", "CS Don Bosco", "SM Sanga Balende", "Hapoel Dimona": a club's initials or its
  // society's word before its name.)
  if (ws.length >= 2 && CLUB_INITIALS.test(ws[0].text) && !ks.includes('of') && !ks.includes('for')) return 'organization';
  // "Amnesty International", "Transparency International": "International" last names a body (first, it may be an
  // airport's or a station's: "International Space Station").
  if (ws.length >= 2 && ks[ks.length - 1] === 'international') return 'organization';
  // ("Kenema Government Hospital", "Oulu University Hospital", "Guido Valadares National Hospital", "Government Palace",
  // "Parliament Square": a hospital, a palace or a square is a place whatever body's word its name holds, as every
  // annotated set has it.)
  // ("Hôpital Pierre Zobda-Quitman", "Hospital Nacional Simão Mendes": a hospital's word first, in its own language.)
  // ("Front Street", "College Road", "Bank Lane": likewise a street.)
  // ("St Peter's Church", "Holy Trinity Chapel", "Church of St. Anne": a church named for a saint is its building; the
  // "Catholic Church" is a body.)
  const saintsChurch =
    (/^(?:church|chapel|cathedral|basilica)$/.test(ks[ks.length - 1]) && /^(?:st\.?|saint|sainte|san|santa|holy|our)$/.test(ks[0])) ||
    (ws.length >= 4 && /^(?:church|chapel|cathedral|basilica)$/.test(ks[0]) && ks[1] === 'of' && /^(?:st\.?|saint|sainte|san|santa|the|our)$/.test(ks[2]));
  const placeWhateverBody = saintsChurch || /^(?:hospital|palace|square|street|road|avenue|lane|boulevard)$/.test(ks[ks.length - 1]) || (ws.length >= 2 && /^(?:hôpital|hospital|ospedale|szpital|spital)$/.test(ks[0]) && !ks.slice(1).some((k) => ORG_WORDS.has(k)));
  if (
    ws.length >= 2 &&
    (VENUE_WORDS.has(ks[ks.length - 1]) || placeWhateverBody) &&
    (placeWhateverBody || !ks.some((k) => k === 'of' || k === 'for' || k === 'national' || k === 'federal' || k === 'international' || k === 'global')) &&
    // ("German Aerospace Center", "Russian Research Centre": a nation's centre is its institute, like a national one;
    // so is a centre of research or of a service, "Water Resources Research Center", "Regional Blood Transfusion Centre".)
    !(/^(?:center|centre)$/.test(ks[ks.length - 1]) && ws.length >= 3 && (DEMONYMS.has(ks[0]) || /^(?:research|studies|biodiversity|transfusion|monitoring|documentation|information|coordination|policy|prediction|forecasting|science|technology|innovation|training|excellence|conservation)$/.test(ks[ks.length - 2]))) &&
    // ("Toronto Congress Centre", "Mesquite Convention Center": an organisation's word before a centre's is its kind.)
    (placeWhateverBody || !ks.slice(0, -1).some((k) => ORG_WORDS.has(k) && !PLACE_WORDS.has(k) && !/^(?:center|centre)$/.test(ks[ks.length - 1]))) &&
    !SOURCE_BEFORE.test(text.slice(Math.max(0, ws[0].start - 30), ws[0].start).replace(/\bthe\s+$/, '')) &&
    !SPEECH_AFTER.test(text.slice(ws[ws.length - 1].end, ws[ws.length - 1].end + 30)) &&
    // ("The Darwin Volcanic Ash Advisory Centre issued a warning": what issues things is a body.)
    !/^\s+(?:issued|issues|published|publishes|released|releases)\b/.test(text.slice(ws[ws.length - 1].end, ws[ws.length - 1].end + 12))
  )
    return 'place';
  // "an analyst at Mirae Asset Securities", "head of research at Afrinvest", "who joined from Gucci": an employer.
  // (Not a town GeoNames knows: "who joined from Batangas in the Philippines".)
  if (!PLACES.has(full) && !PLACE_NAMES.has(full) && !(ws.length === 1 && inPlaceGazetteer(full)) && EMPLOYER_BEFORE.test(text.slice(Math.max(0, ws[0].start - 40), ws[0].start))) return 'organization';
  // "JetBlue", "PolitiFact", "GoFundMe": one word with a capital inside after lower-case letters is a brand's, not a
  // person's or a place's ("McArthur", "DeLuca", "LeBron", "KwaZulu" are, by their prefixes).
  if (ws.length === 1 && BRAND_CASE.test(ws[0].text) && !NAME_PREFIX_CASE.test(ws[0].text)) return 'organization';
  // ("said on TV": a medium, not a body.)
  if (ws.length === 1 && NON_ORG_ACRONYMS.has(full)) return undefined;
  // ("Teufaiva Sport Stadium", "National Sports Arena": a ground last is the place, whatever body's word is before it.)
  if (ws.length >= 2 && /^(?:stadium|arena|racecourse|velodrome|ballpark)$/.test(ks[ks.length - 1])) return 'place';
  // ("Gobierno de Canarias", "Sécurité civile": a Romance body's word first, then a particle or its own lower-case word.)
  if (ws.length >= 2 && ROMANCE_BODY_HEADS.has(ks[0]) && (ROMANCE_PARTICLES.has(ws[1].text) || /^(?:d|l)['’]/.test(ws[1].text) || (!ws[1].cap && !ROMANCE_HEADS_ENGLISH_TOO.has(ks[0])))) return 'organization';
  if (ws.length >= 3 && LA_PREMIERE.test(ws[ws.length - 1].text) && ks[ks.length - 2] === 'la') return 'organization';
  // ("Canal 4", "Channel 5": a broadcaster's channel by its number.)
  if (ws.length === 2 && CHANNEL_WORD.test(ws[0].text) && CHANNEL_NUMBER.test(ws[1].text)) return 'organization';
  // ("KVZK-TV", "WABC-TV", "KFI-AM": a broadcaster's call sign.)
  if (ws.length === 1 && /^\p{Lu}{3,4}-(?:TV|FM|AM|DT)$/u.test(ws[0].text)) return 'organization';
  // ("Friends of the Fjord", "Friends of the River": a campaign's name.)
  if (ws.length >= 3 && ks[0] === 'friends' && ks[1] === 'of') return 'organization';
  // ("The City of Bruges said in a statement", "the Town of Twillingate had taken legal advice": a town's council by
  // its capitalised style, where it speaks or acts; "the Old Town of Kotor" and "the city of Allen" stay places.)
  if (ws.length >= 3 && ws[0].cap && CORPORATE_TOWN.test(full) && TOWN_ACTS_AFTER.test(text.slice(ws[ws.length - 1].end, ws[ws.length - 1].end + 30))) return 'organization';
  // ("Chatkal Range", "King Leopold Ranges": mountains by their range, last; "Range Rover" is no range.)
  if (ws.length >= 2 && MOUNTAIN_RANGE_LAST.test(ws[ws.length - 1].text) && !ks.some((k) => ORG_WORDS.has(k))) return 'place';
  // ("Union Island", "Capital Cays": a body's word before an island's word names the island.)
  if (ws.length === 2 && ORG_WORDS.has(ks[0]) && /^(?:island|islands|isle|cay|cays|atoll|islet|reef)$/.test(ks[1])) return 'place';
  if (ks.some((k) => ORG_WORDS.has(k)) || KNOWN_ORGS.has(full) || /\.(?:com|org|net|co\.uk|com\.\w\w)$/i.test(full)) return 'organization';
  // ("Libyan Stock Market", "Nasdaq First North Growth Market": a market in shares is an exchange.)
  if (ws.length >= 2 && ks[ks.length - 1] === 'market' && /^(?:stock|growth|securities|bond|commodities|commodity)$/.test(ks[ks.length - 2])) return 'organization';
  // ("Sahara Sun Energy", "Duke Energy", "Atlas Cement": a trade's word last names a company; first or alone it is a
  // minister's portfolio or a common noun, "Energy Secretary". "Conservation of Energy" is a law.)
  // (Not before a body's noun in lower case, whose name it only begins: "The Malaysia Tourism board".)
  if (ws.length >= 2 && COMPANY_TRADE_LAST.has(ks[ks.length - 1]) && !ks.includes('of') && !/^\s+(?:board|authority|agency|office|ministry|department|council|commission|company|corporation)\b/.test(text.slice(ws[ws.length - 1].end, ws[ws.length - 1].end + 16))) return 'organization';
  // ("Liechtensteinische Landesbank", "Zürcher Kantonalbank", "Staatsanwaltschaft Augsburg", "Afreximbank": a word
  // compounded with a kind of body, German style.)
  // (Not a town's, "Burbank", nor a surname's after a given name, "John Fairbank".)
  if (ws.some((w) => COMPOUND_BODY_NAME.test(w.text) && !inPlaceGazetteer(w.text)) && !(ws.length >= 2 && inGivenNameList(ws[0].text))) return 'organization';
  // ("oe24.at", "Gazeta.uz", "Onet.pl": a news site by its domain.)
  if (ws.length === 1 && /^[\p{L}\d][\p{L}\d-]+\.[a-z]{2}$/u.test(ws[0].text) && /\p{Ll}{2}\./u.test(ws[0].text)) return 'organization';
  if (PLACE_NAMES.has(full) || (ws.length === 1 && PLACES.has(full))) return 'place';
  // (Not "said Ben Hall, an aide", "Tom Park, a spokesman, said": a given name and a word of places, said of a person.)
  if (ks.some((k) => PLACE_WORDS.has(k)) && ws.length > 1 && !(ws.length === 2 && inGivenNameList(ws[0].text) && personEvidence(ws, text))) return 'place';
  // "LAHORE — The board …", "NAIROBI (AP) —": capitals opening a paragraph before a dash or an agency are a
  // wire dateline, which names a place.
  if (ws.every((w) => isAcronym(w.text)) && DATELINE_BEFORE.test(text.slice(Math.max(0, ws[0].start - 3), ws[0].start)) && DATELINE_AFTER.test(text.slice(ws[ws.length - 1].end, ws[ws.length - 1].end + 30))) return 'place';
  if (ws.length === 1 && isAcronym(ws[0].text)) return PLACE_ACRONYMS.has(full) ? 'place' : 'organization';
  // "Southern Rhodesia", "Northern Ireland": a compass adjective before a proper name.
  if (ws.length === 2 && /^(?:northern|southern|eastern|western)$/.test(ks[0]) && !isAcronym(ws[1].text) && !stats?.seenLower(ws[1].text) && !isPlaceAdjective(ks[1])) return 'place';
  // "Northern Syria", "South Sudan", "Greater London".
  if (ws.length >= 2 && COMPASS_QUALIFIERS.has(ks[0]) && PLACES.has(ks[ks.length - 1])) return 'place';
  // ("Fijian", "Korean-Canadian": adjectives, whatever their context.)
  if (ws.length === 1 && /(?:ian|ean|ese|ish)$/.test(full) && !PLACES.has(full)) return undefined;
  // ("to Tamils in Chennai": a people in the plural.)
  if (ws.length === 1 && full.length > 4 && full.endsWith('s') && DEMONYMS.has(full.slice(0, -1)) && !PLACES.has(full)) return undefined;
  // ("said in Creole", "addressed in siSwati": a language; "in Curaçaoan hands": a place's adjective before its noun.)
  if (ws.length === 1 && LANGUAGE_NAMES.has(full)) return undefined;
  if (ws.length === 1 && /an$/.test(full) && isPlaceAdjective(full) && /^\s+\p{Ll}/u.test(text.slice(ws[0].end, ws[0].end + 3))) return undefined;
  if (ws.length === 1 && !/\d/.test(ws[0].text) && !stats?.seenLower(ws[0].text)) {
    const before = text.slice(Math.max(0, ws[0].start - 12), ws[0].start);
    // ("according to Rappler": the window must reach back over "according".)
    // ("around Chipata", "off Hulhulé"; not "around Christmas".)
    // (Not a faith: "converting to Islam", "in Buddhism".)
    // (Not a person's kin: "belongs to Elias’s grandfather".)
    const kinOf = ws[0].possessive && KIN_AFTER_POSSESSIVE.test(text.slice(ws[0].end, ws[0].end + 30));
    if (!kinOf && (/\b(?:in|to|from|near|outside|across|into|at|across|towards?|above|below|beyond)\s+$/i.test(before) || (/\b(?:around|off)\s+$/i.test(before) && !FEASTS.has(full))) && !/\b(?:according|due|thanks|next|close|similar)\s+to\s+$/i.test(text.slice(Math.max(0, ws[0].start - 24), ws[0].start)) && !FAITHS.has(full) && full !== 'islam') return 'place';
  }
  // ("Brazil's northern Pantanal", "Australia's far north Kimberley": a part of a place named by its bearing.)
  if (ws.length <= 2 && !ks.some((k) => ORG_WORDS.has(k)) && /\b\p{Lu}[\p{L}\p{M}]+['’]s\s+(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+$/u.test(text.slice(Math.max(0, ws[0].start - 40), ws[0].start))) return 'place';
  // "the island of Grand Bahama", "the city of Allen".
  // ("the Indian state of Kerala", "the emirate of Sharjah": a kind of place in lower case only, not "the State of Israel".)
  if (
    (/\b(?:island|city|town|village|province|region|county|district|municipality|port|harbour|harbor|oasis|atoll)\s+of\s+$/i.test(text.slice(Math.max(0, ws[0].start - 20), ws[0].start)) ||
      // (Definite: "a state of Peace and Security" is no place.)
      /\bthe\s+(?:[\p{L}\-]+\s+){0,2}(?:state|country|emirate|prefecture|oblast|canton|governorate|borough|suburb|neighbou?rhood)\s+of\s+$/u.test(text.slice(Math.max(0, ws[0].start - 50), ws[0].start))) &&
    !ws.some((w) => ORG_WORDS.has(lower(w.text)))
  )
    return 'place';
  // ("grew up in Kew, North Caicos, and": a region named by a compass word, set off by commas after a town; not "in
  // Joza, Zanele Jacobs, 67,", a person where the sentence is set.)
  if (
    ws.length >= 2 &&
    ws.length <= 3 &&
    COMPASS_QUALIFIERS.has(ks[0]) &&
    !ks.some((k) => ORG_WORDS.has(k) || ROLE_HEADS.has(k)) &&
    /(?:^|[^.!?])\s\bin\s+\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+\p{Lu}[\p{L}\p{M}'’\-]+)?,\s+$/u.test(text.slice(Math.max(0, ws[0].start - 40), ws[0].start)) &&
    /^(?:,|\.|\))/.test(text.slice(ws[ws.length - 1].end, ws[ws.length - 1].end + 1))
  )
    return 'place';
  // "Gareth Pryce, 58, of Tenterden,": where someone named with their age is from.
  if (ws.length <= 3 && /,\s+\d{1,3},\s+(?:of|from)\s+$/.test(text.slice(Math.max(0, ws[0].start - 16), ws[0].start)) && !ws.some((w) => ORG_WORDS.has(lower(w.text)))) return 'place';
  // "785 miles west of Bermuda", "20 km north-east of Kyiv", "30 miles from Pretoria": a bearing or a distance.
  if (ws.length <= 3 && /(?:\b(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?|\b(?:miles|kilometres|kilometers|km|mi))\s+(?:of|from|outside)\s+$/i.test(text.slice(Math.max(0, ws[0].start - 24), ws[0].start)) && !ws.some((w) => ORG_WORDS.has(lower(w.text)))) return 'place';
  // "voters working in the Gulf", "a Gulf carrier": the Persian Gulf's states (not "Gulf Air").
  if (ws.length === 1 && full === 'gulf' && !/^\s+\p{Lu}/u.test(text.slice(ws[0].end, ws[0].end + 3))) return 'place';
  // "the policy of the West": a compass point as a region.
  if (ws.length === 1 && /^(?:west|east|north|south|midwest)$/.test(full) && /\bthe\s+$/i.test(text.slice(Math.max(0, ws[0].start - 5), ws[0].start)) && !/^\s+\p{Lu}/u.test(text.slice(ws[0].end, ws[0].end + 3))) return 'place';
  // "Luxembourg-based", "Chelyabinsk region", "a Cheltenham man": a place by what follows it.
  if (ws[ws.length - 1].suffix && PLACE_SUFFIX.test(ws[ws.length - 1].suffix!)) return 'place';
  const after = text.slice(ws[ws.length - 1].end, ws[ws.length - 1].end + 30);
  if (!ws[ws.length - 1].possessive && /^\s+(?:region|regional|province|provincial|district|oblast|krai|county|state|city|town|village|suburb|area|municipality|neighbou?rhood|prefecture)\b/.test(after)) return 'place';
  // "the Confins airport", "the Kīlauea volcano", "the Kariba dam": a kind of site in lower case right after the name.
  // (Not after a given name and a surname: "the Jane Smith bridge" is rare, "Smith said" is not.)
  if (!ws[ws.length - 1].possessive && !(ws.length === 2 && inGivenNameList(ws[0].text)) && (SITE_AFTER.test(after) || SITES_AFTER_LIST.test(after))) return 'place';
  if (ws.length === 1 && /\b(?:a|an)\s+(?:\d+-year-old\s+)?$/i.test(text.slice(Math.max(0, ws[0].start - 20), ws[0].start)) && /^\s+(?:man|woman|men|women|resident|native|teenager|boy|girl|couple|family)\b/.test(after)) return 'place';
  if (ws.length <= 3 && !ks.some((k) => ORG_WORDS.has(k))) {
    // "MP Sanjeewa Fernando, who represents Gampaha,", "the member for Kaikōura": a constituency.
    if (/\b(?:who|which)\s+represents?\s+$|\b(?:MP|MLA|MHA|member|deputy)\s+for\s+$/.test(text.slice(Math.max(0, ws[0].start - 20), ws[0].start))) return 'place';
    // "Kalliroi's managing director", "Meghna's shareholders": what only a company has.
    if (ws[ws.length - 1].possessive && /^['’]s\s+(?:managing\s+director|chief\s+executive|CEO|CFO|board\s+of\s+directors|shareholders|share\s+price|subsidiary|subsidiaries|founder|co-founder|founders)\b/.test(after)) return 'organization';
    // "Altenahr's mayor", "Kumasi's residents": what only a town has.
    // ("Tutuila's north coast", "Flores's western tip": a coast or a tip is a place's.)
    if (ws[ws.length - 1].possessive && /^['’]s\s+(?:(?:deputy\s+)?mayor|mayoress|residents|townspeople|town\s+(?:council|hall|centre|center)|city\s+(?:council|hall|centre|center)|old\s+town|outskirts|suburbs|harbour|harbor|streets|(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:coast|coastline|shore|tip|interior|highlands))\b/.test(after)) return 'place';
  }
  // ("Legal Aid South Africa", "Farm Credit Canada", "Main Roads Western Australia": common words capitalised before a
  // country's or a state's name make a national body's name, not a place's; "Greater London" and "Central Africa" are
  // places.)
  if (ws.length >= 2 && !ws[ws.length - 1].possessive) {
    for (let tail = 1; tail <= Math.min(3, ws.length - 1); tail++) {
      const where = ks.slice(ws.length - tail).join(' ');
      if (!(PLACES.has(where) || PLACE_NAMES.has(where)) || CITIES.has(where)) continue;
      const head = ws.slice(0, ws.length - tail);
      if (head.every((w) => w.cap && !isAcronym(w.text) && (!!stats?.seenLower(w.text) || LEXICON_WORD(lower(w.text))) && !COMPASS_QUALIFIERS.has(lower(w.text)) && !/^(?:old|little|great|inner|outer|far|mainland|rural|coastal|the|north-?east|north-?west|south-?east|south-?west|white|blue|black|red|green|yellow|porto|port|puerto|san|santa|saint|st|mount|lake)$/.test(lower(w.text)) && !DEMONYMS.has(lower(w.text)) && !ROLE_HEADS.has(lower(w.text)) && !CONNECTORS.has(lower(w.text)) && !PLACE_WORDS.has(lower(w.text)) && !inGivenNameList(w.text))) return 'organization';
    }
  }
  return undefined;
}

/** Splits "Russian Foreign Minister Sergey Lavrov" into the title and the name. */
/** "Bill de Blasio", "Arnel dela Vega": a lower-case particle between two proper words of a person's name. */
/** A town's name GeoNames knows whole, with a small word in lower case inside it: "Andorra la Vella", "Rio Grande do Sul". */
function isTownWithSmallWord(ws: Word[]): boolean {
  return ws.some((w) => !w.cap) && inPlaceGazetteer(joined0(ws));
}
/** Small words inside towns' names that are no name connector elsewhere ("do" is an English verb, "upon" a preposition). */
const PLACE_JOINERS = new Set(['do', 'da', 'dos', 'das', 'am', 'an', 'im', 'upon', 'on', 'sur', 'en', 'les', 'lès', 'y', 'i', 'e', 'di', 'de', 'del', 'la', 'le', 'el', 'al']);
/** Whether the last words of `cur`, the small word at `i` and up to three capitalised words after it are a GeoNames town. */
function gazetteerPlaceThrough(cur: Word[], joiner: Word, words: Word[], i: number): boolean {
  for (let back = 1; back <= Math.min(3, cur.length); back++) {
    const head = joined0(cur.slice(cur.length - back));
    let tail = '';
    for (let k = i + 1; k <= i + 3 && words[k]?.cap; k++) {
      tail += (tail ? ' ' : '') + lower(words[k].text);
      if (inPlaceGazetteer(`${head} ${lower(joiner.text)} ${tail}`)) return true;
    }
  }
  return false;
}
const PARTICLES = new Set(['á', 'í', 'de', 'del', 'della', 'dela', 'di', 'da', 'dos', 'das', 'du', 'des', 'van', 'von', 'af', 'der', 'den', 'ter', 'ten', 'bin', 'bint', 'binti', 'binte', 'ibn', 'al', 'el', 'le', 'la', 'los', 'las', ...PATRONYMIC_PARTICLES]);
const COMPOUND_BODY_NAME = /^\p{Lu}\p{Ll}{2,}(?:bank|kasse|versicherung|gesellschaft|verband|verein|stiftung|ministerium|gericht|anwaltschaft|behörde|partei)$/u;
const PURPOSE_BODIES = /^(?:Committee|Campaign|Coalition|Alliance|Movement|Fund|Society|Foundation|Council|League|Network|Initiative|Project|Association)$/;
// Verbs a body's purpose opens with, capitalised in its name.
const PURPOSE_VERBS = /^(?:Protect|Save|Stop|End|Free|Defend|Preserve|Promote|Prevent|Ban|Fight|Abolish|Restore|Keep|Support|Help|Elect|Re-elect|Combat|Eliminate|Eradicate|Reform|Repeal|Unite)$/;
const TRANSCRIPT_MARKER = /^(?:ENDS?|CLIP|MUSIC|APPLAUSE|LAUGHTER|LAUGHS|LAUGHING|CHEERING|CHEERS|INAUDIBLE|UNINTELLIGIBLE|CROSSTALK|SOUNDBITE|SOT|NATSOT|PAUSE|BREAK|SILENCE|COMMERCIAL|VIDEO|AUDIO|BEGINS?|CONTINUES|TRANSCRIPT|SIRENS?|BLEEP)$/;
const PLACE_KIND_AFTER = /^\s+(?:province|region|district|county|oblast|prefecture|governorate|municipality|department)\b/;
/** Whether the capitalised word at `i` is joined to another by a particle in lower case: "Karité du Houet", "Juan de la Cruz". */
function particleJoined(words: Word[], i: number): boolean {
  const particle = (x: Word | undefined) => !!x && !x.cap && PARTICLES.has(x.text);
  const back = particle(words[i - 1]) ? (particle(words[i - 2]) ? words[i - 3] : words[i - 2]) : undefined;
  const ahead = particle(words[i + 1]) ? (particle(words[i + 2]) ? words[i + 3] : words[i + 2]) : undefined;
  return !!back?.cap || !!ahead?.cap;
}
function isParticle(ws: Word[], k: number): boolean {
  const w = ws[k];
  const titleOrKind = (x: Word) => [ROLE_HEADS, ORG_WORDS, PLACE_WORDS, PLACES].some((set) => set.has(lower(x.text)));
  const lowParticle = (x: Word | undefined) => !!x && !x.cap && PARTICLES.has(x.text);
  // ("Dr Anita Le Quesne": a particle written with a capital, between a title and a given name from the lists, and a
  // capitalised word that is no title, kind or town GeoNames knows. Without the title, "Isla De Maipo" and the like
  // read as people too often.)
  if (w.cap && PARTICLES.has(lower(w.text)) && k > 1 && k + 1 < ws.length && ROLE_HEADS.has(lower(ws[k - 2].text)) && inGivenNameList(ws[k - 1].text) && ws[k + 1].cap && !ws[k + 1].initial && !titleOrKind(ws[k - 1]) && !titleOrKind(ws[k + 1]) && !PARTICLES.has(lower(ws[k + 1].text)) && !inPlaceGazetteer(lower(ws[k + 1].text)) && !inPlaceGazetteer(joined0(ws.slice(k - 1, k + 2)))) return true;
  if (!lowParticle(w)) return false;
  // ("Ursula von der Leyen", "Rafael van der Vaart": two particles in a row, no more.)
  const a = lowParticle(ws[k - 1]) ? k - 2 : k - 1;
  const b = lowParticle(ws[k + 1]) ? k + 2 : k + 1;
  if (b - a - 1 > 2) return false;
  // ("Norliza binti Haji Jumat": a Malay father's name keeps his pilgrim's title after "bin"/"binti".)
  const fathersTitle = MALAY_PATRONYMIC.test(w.text) && MALAY_FATHERS_TITLE.test(ws[b]?.text ?? '');
  return a >= 0 && b < ws.length && ws[a].cap && ws[b].cap && !titleOrKind(ws[a]) && (fathersTitle || !titleOrKind(ws[b])) && !isAcronym(ws[a].text);
}

const MALAY_PATRONYMIC = /^(?:bin|binti|binte)$/;
const MALAY_FATHERS_TITLE = /^(?:Haji|Hajah|Hj|Awang|Dayang|Pengiran)$/;

/**
 * Courtesies of other languages before a name ("Don Ricardo Alfaro Menjívar", "Gogo Sellinah Mamba", "Pak Ujang",
 * "Papa Nga", "Dayang Siti Aminah binti Jaludin"). Each is a word or a given name too ("Don Cheadle", "Make", "Mama"),
 * so it is a courtesy only first in the name, before a word that is no word of the language, and, for the ones that are
 * also given names, before a given name.
 */
const COURTESY_BEFORE_NAME = new Map<string, 'given' | 'name+1' | 'name'>([
  ['don', 'given'],
  ['doña', 'given'],
  ['dona', 'given'],
  ['dayang', 'given'],
  ['make', 'name+1'],
  ['gogo', 'name'],
  ['mama', 'name'],
  ['papa', 'name'],
  ['pak', 'name'],
]);

function isCourtesyBeforeName(ws: Word[], k: number, stats?: WordStats): boolean {
  const kind = k === 0 ? COURTESY_BEFORE_NAME.get(lower(ws[0].text)) : undefined;
  const next = ws[1];
  // ('"Papa Cocoa"': a nickname of a word the article writes in lower case is no courtesy and name.)
  if (!kind || !next || !next.cap || /-/.test(next.text) || LEXICON_WORD(lower(next.text)) || stats?.seenLower(next.text) || PLACES.has(lower(next.text)) || ROLE_HEADS.has(lower(next.text))) return false;
  // ("Don Ricardo": the courtesy and a given name alone, once its bearer is named in full.)
  if (kind === 'given') return inGivenNameList(next.text);
  return kind === 'name+1' ? ws.length >= 3 : true;
}

// (A lower-case letter after the inner capital, and no plural of people: not "PhD", "AfCFTA", "YouTubers".)
const BRAND_CASE = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}[\p{L}]*(?<!ers)$/u;
const NAME_PREFIX_CASE = /^(?:Mc|Mac|De|Di|Da|Du|Del|La|Le|Lo|Van|Von|Ten|Ter|Fitz|Kwa|Al|El|Ab|Ibn|Bin|St)\p{Lu}/u;
const TEAM_PLURALS = new Set(
  ('eels stallions jets leopards elephants zebras cheetahs buffaloes scorpions hornets lions tigers eagles hawks swans giants bulls bears wolves rebels rangers rovers saints knights warriors raiders chiefs sharks crusaders magpies dragons panthers cowboys broncos titans roosters dolphins falcons ravens seahawks packers steelers patriots lakers celtics yankees dodgers cubs mariners royals blackhawks penguins flyers canucks oilers hurricanes cyclones highlanders stormers bulldogs wildcats jaguars leopards cheetahs gunners hornets spurs ' +
    'superstars strikers allstars all-stars rays rhinos tuskers pirates vikings buccaneers mavericks rockets nuggets pelicans grizzlies timberwolves cavaliers clippers padres mets astros orioles brewers marlins phillies diamondbacks colts chargers bengals cardinals brumbies waratahs canaries foxes owls seagulls aces comets devils vipers').split(' '),
);
/** Teams' plurals that are surnames too ("Tony Hawks", "Emma Swans" are people). */
const SURNAME_TEAM_PLURALS = new Set('hawks swans knights saints bears wolves giants eagles foxes cardinals royals bulls lions falcons ravens jets chiefs colts owls rays spurs comets'.split(' '));
/** Clubs' plurals in Spanish and Portuguese, before "de"/"del" and their town: "Cardenales de Lara", "Leones del Caracas". */
const TEAM_PLURALS_ROMANCE = new Set(
  'leones tigres águilas aguilas cardenales navegantes tiburones caribes bravos toros pumas diablos piratas halcones gallos rayados tuzos xolos venados jaguares delfines potros guerreros santos indios dorados osos lobos'.split(' '),
);
const MATCH_NEAR = /\b\d{1,2}-\d{1,2}\b|\b(?:beat|beaten|drew|held|equalised|equalized|defeated|thrashed|edged|scored|kick-off|half-time|minute)\b/;
/** A club's word right after its first word: "Sporting Clube", "Hafia FC", "Horoya Athletic Club". */
const CLUB_WORD_AFTER_HEAD = /^(?:club|clube|fc|ac|sc|athletic|futebol|calcio)$/;
/** Initials, or a sports society's word, that a club's name opens with: "FC", "AS", "TP", "Hapoel", "Dynamo". */
const CLUB_INITIALS = /^(?:FC|AS|AC|SC|CS|OC|SM|TP|JS|ES|CD|CF|RC|SD|UD|CR|FK|NK|SK|BK|IF|IK|CI|USM|ASC|NSÍ|Hapoel|Maccabi|Beitar|Bnei|Ironi|Dinamo|Dynamo|Lokomotiv|CSKA|Unia|Stal|Motor|Włókniarz|Górnik|Zagłębie|Śląsk|Polonia|Lechia|Pogoń|Widzew|Jagiellonia|Korona|Torpedo|Zenit|Slavia|Slovan|Baník|Partizan|Hajduk|Steaua|Honvéd)$/;
/** "Los Angeles Lakers", "New York Yankees", "Orlando Pirates": a place's name and a plural is a team. */
function isTeamName(ws: Word[], ks: string[]): boolean {
  if (ws.length >= 3 && TEAM_PLURALS_ROMANCE.has(ks[0]) && /^(?:de|del)$/.test(ks[1])) return true;
  const last = ks[ks.length - 1];
  // ("Porto Torres": a town GeoNames knows whole is no town's team in the plural.)
  if (ws.length < 2 || !/\p{Ll}s$/u.test(ws[ws.length - 1].text) || PLACE_WORDS.has(last) || DEMONYMS.has(last.slice(0, -1)) || inPlaceGazetteer(ks.join(' '))) return false;
  const head = ks.slice(0, -1);
  // ("the Brisbane Lions", "the Ballarat Rebels": a team's plural after one or two words, wherever they are.)
  // ("Henderson Eels", "Belle Vue Aces": after a given name too, where the plural is no surname's.)
  if (head.length <= 2 && TEAM_PLURALS.has(last) && (!inGivenNameList(ws[0].text) || !SURNAME_TEAM_PLURALS.has(last))) return true;
  if (!PLACE_NAMES.has(head.join(' ')) && !(head.length === 1 && PLACES.has(head[0]))) return false;
  // (Not its people: "Hong Kongers", "New Yorkers".)
  const stem = last.replace(/(?:ers|ians|ans|ites)$/, '');
  return stem === last || !(PLACE_NAMES.has([...head, stem].join(' ')) || head.some((k) => last.startsWith(k.slice(0, 4))));
}

/**
 * "Parliamentarians for Global Action", "Doctors Without Borders", "Mothers Against Drunk Driving": people in the
 * plural, for or against a cause, name a body of them (and "Doctors" is no title there).
 */
function isCauseBody(ws: Word[]): boolean {
  // ("Centers for Disease Control": a kind of body first is that body's own name, handled as such.)
  const kind = lower(ws[0].text).replace(/s$/, '');
  return ws.length >= 3 && /^(?:for|without|against)$/i.test(ws[1].text) && /\p{Ll}s$/u.test(ws[0].text) && !ORG_WORDS.has(kind) && !PLACE_WORDS.has(kind) && ws.slice(2).every((w) => w.cap || CONNECTORS.has(lower(w.text)));
}

function splitTitle(ws: Word[], stats?: WordStats): { title: Word[]; name: Word[] } {
  if (isCauseBody(ws)) return { title: [], name: ws };
  // ("Chief's Island", "Bishop's Cove": a title's possessive before a landform names the place; no one holds the title.)
  if (ws.length >= 2 && ws[ws.length - 2].possessive && LANDFORM_AFTER_POSSESSIVE.test(ws[ws.length - 1].text)) return { title: [], name: ws };
  // ("the Attorney General's Chambers", "the Sheriff's Office": an office's holder's possessive before the office is
  // no title before a name.)
  if (ws.length >= 2 && ws[ws.length - 2].possessive && HOLDERS_OFFICE.test(ws[ws.length - 1].text)) return { title: [], name: ws };
  // ("King Leopold Ranges", "Prince Edward Island", "Lord Howe Island": a place named for a royal or a lord by its
  // place's word last.)
  if (ws.length >= 3 && /^(?:king|queen|prince|princess|emperor|empress|duke|duchess|lord|lady)$/.test(lower(ws[0].text)) && (PLACE_WORDS.has(lower(ws[ws.length - 1].text)) || MOUNTAIN_RANGE_LAST.test(ws[ws.length - 1].text)) && !ORG_WORDS.has(lower(ws[ws.length - 1].text))) return { title: [], name: ws };
  // ("Andorra la Vella": a country's name first is no title where GeoNames knows the whole name with its small word.)
  if (ws.length >= 3 && isTownWithSmallWord(ws)) return { title: [], name: ws };
  // ("Notre Dame Bay", "Notre Dame Cathedral": Our Lady's name, no dame's title.)
  if (ws.length >= 2 && ws.some((w, k) => w.text === 'Dame' && ws[k - 1]?.text === 'Notre')) return { title: [], name: ws };
  // "Volcanologist Ratnasari said", "Economist Budi Santoso": an occupation opening a sentence, capitalised only for
  // that, before a name. (Long words only: "Baker", "Mason" and "Hunter" are surnames too. Not a title's first word:
  // "National Registrar Hernando Lozano Pineda".)
  const first = lower(ws[0].text);
  // ("Referee Samir Lahlou took": a shorter one too before a given name and a surname.)
  // ("Referee Lalrinmawia Hnamte said": or before two words that are no words of the language.)
  const beforeGivenName = ws.length >= 3 && (inGivenNameList(ws[1].text) || (ws.length === 3 && first.length >= 5 && ws.slice(1).every((w) => !stats?.seenLower(w.text) && !LEXICON_WORD(lower(w.text)) && !isAcronym(w.text))));
  if (ws.length >= 2 && ws[0].initial && !inGivenNameList(ws[0].text) && ((first.length >= 6 && first.endsWith('ist')) || first.length >= 8 || beforeGivenName) && isRoleNoun(first, 'person') && !ROLE_HEADS.has(first) && !ROLE_MODIFIERS.has(first)) {
    return { title: ws.slice(0, 1), name: ws.slice(1) };
  }
  // The name is the trailing run without connectors, after any title words at its start.
  let i = ws.length;
  while (i > 0 && (!CONNECTORS.has(lower(ws[i - 1].text)) || isParticle(ws, i - 1))) i--;
  let start = i;
  let lastHead = -1;
  // The last title head with a name after it: "Deputy Emergency Situations Minister Alexander Chupriyan",
  // "United States Attorney Jessie K. Liu" (words between are part of the title, whatever they are).
  for (let k = i; k < ws.length - 1; k++) {
    const t = lower(ws[k].text).replace(/^(?:ex|former|then|vice)-/, '');
    // ("Senators Marco Rubio": a title in the plural.)
    // ("Adi Litia Rokobigi-Waqa": Fiji's title of chiefly women, before two names; "Adi" alone is a given name too.)
    // ("Datuk Seri Lim Boon Keat": a Malaysian title of two words.)
    // ("U Ba Thit", "Ko Zaw Min Htet", "Ma Thiri Ohn Maung": Burmese honorifics, first, before a name of two words or
    // more, or after another title, "Sayadaw U Sandawara"; "Ma Ying-jeou" and "U Thant" keep theirs.)
    const burmese = /^(?:u|ko|ma)$/.test(t) && ((k === 0 && ws.length - k >= 3) || (k > 0 && lastHead === k - 1));
    // ("Norliza binti Haji Jumat": a title after "bin"/"binti" is the father's, inside the name.)
    if (k > 0 && MALAY_PATRONYMIC.test(ws[k - 1].text)) continue;
    // ("Mwanaisha Haji Ali": a pilgrim's title after a given name is the father's name, inside the name.)
    // (After one word that is no title's, place's, people's or body's and never written in lower case, and before one
    // more: "Awang Haji Rosli bin Abdullah Sani" keeps Brunei's titles.)
    if (k === 1 && /^(?:haji|hajji|hadji)$/.test(t) && ws.length === 3 && ![ROLE_HEADS, ROLE_MODIFIERS, ORG_WORDS, PLACE_WORDS, PLACES, DEMONYMS].some((set) => set.has(first)) && !stats?.seenLower(ws[0].text)) continue;
    // ("Prince D. Wleh": a title that is a given name too, before an initial, is the given name.)
    if (k === 0 && t === 'prince' && /^\p{Lu}$/u.test(ws[1]?.text ?? '') && ws.length >= 3) continue;
    // ("Emir Hadžić", "Sultan Kösen": a ruler's title that is a given name too, before one word no given name, is the
    // given name; "Emir Tamim" keeps the title.)
    if (k === 0 && (t === 'emir' || t === 'sultan') && ws.length === 2 && ws[0].text !== 'EMIR' && !inGivenNameList(ws[1].text) && !stats?.givenNames.has(ws[1].text)) continue;
    // ("King's College London", "Court of King's Bench": a title's possessive inside a name is no title before one.)
    if (ws[k].possessive && ROLE_HEADS.has(t)) continue;
    if (isCourtesyBeforeName(ws, k, stats)) lastHead = k;
    else if (ROLE_HEADS.has(t) || ROLE_HEADS.has(t.replace(/\.$/, '')) || (/s$/.test(t) && ROLE_HEADS.has(t.slice(0, -1))) || (t === 'adi' && ws.length - k >= 3) || (t === 'reeve' && k === 0 && ws.length >= 3 && inGivenNameList(ws[1].text)) || (t === 'seri' && k > 0 && /^dat(?:uk|o['’]?)$/.test(lower(ws[k - 1].text))) || burmese) lastHead = k;
  }
  // ... unless the words after it read as a title too ("Secretary General") or nothing is left.
  while (lastHead >= 0 && lastHead < ws.length - 1 && ROLE_HEADS.has(lower(ws[lastHead + 1].text)) && lastHead + 2 < ws.length) lastHead++;
  if (lastHead >= 0 && lastHead < ws.length - 1) start = lastHead + 1;
  else if (i === 0) {
    // "Republican Kevin McCarthy", "Swiss Ignazio Cassis": an adjective before a name, without a title head.
    start = 0;
    // "Ethiopians Dejene Debela": the people's name too.
    // ("New South Wales", "New York Yankees": not a known place's own first word.)
    const placeFrom = (k: number) => [ws.length, k + 3, k + 2].some((e) => e - k >= 2 && PLACE_NAMES.has(joined0(ws.slice(k, e))));
    while (start < ws.length - 2 && (DEMONYMS.has(lower(ws[start].text)) || DEMONYMS.has(lower(ws[start].text).replace(/s$/, ''))) && !placeFrom(start)) start++;
    // "Costa Rican Andrés Quesada", "Sri Lankan Kusal Perera": a two-word place's adjective.
    if (start === 0 && ws.length >= 4 && isPlaceAdjective(joined0(ws.slice(0, 2))) && !placeFrom(0)) start = 2;
  }
  if (start === 0) return { title: [], name: ws };
  if (start === i && i > 0 && lastHead < 0) return { title: [], name: ws }; // "Organization for Security ..." keeps its connectors
  return { title: ws.slice(0, start), name: ws.slice(start) };
}

/** What an office's holder's possessive comes before in a body's name: "Sheriff's Office", "Attorney General's Chambers". */
const HOLDERS_OFFICE = /^(?:Office|Department|Chambers)$/;
const POSSESSOR_IN_NAME = /^(?:People|Women|Children|Men|Workers|King|Queen|Veterans|Farmers|(?:Cattle|Boat|Fisher|Sea|Crafts|Trades|Water|Stock|Lines|Fire|Police|Clans|Church|Sports|Gentle|Fresh|Business|Service|Aircraft|Air|Work|Fore|Horse|Yeo)men)$/;

const LANDFORM_AFTER_POSSESSIVE = /^(?:Arm|Cove|Harbour|Harbor|Point|Bay|Creek|Landing|Island|Brook|Pond|Gap|Hollow|Neck|Bight|Vineyard|Land|Inlet|Sound|Reef|Cay|Bluff|Wharf|Quay|Jetty|Beach|Hill|Rock|Lagoon|Park|Square|Cross|Gate|Well|Falls|Head|Field)$/;
/**
 * Whether a name goes on past the possessive `a` to `b`: "People's Bank", "Women's Aid", "Sheriff's Office", or a saint's
 * before a body or a place ("St Paul's Cathedral"), even where the corpus is too small to show the possessor a common word.
 */
function possessiveInName(a: Word, b: Word, text: string): boolean {
  // ("Alachua Sheriff's Office", "the District Attorney's Office": an office's holder before its office.)
  // ("the Attorney General's Chambers": a law officer's chambers too.)
  // ("Kaohsiung District Prosecutors' Office": the holders' plural too.)
  if ((ROLE_HEADS.has(lower(a.text)) || (/s$/.test(a.text) && ROLE_HEADS.has(lower(a.text).slice(0, -1)))) && HOLDERS_OFFICE.test(b.text)) return true;
  // ("Joe Batt's Arm", "Martha's Vineyard", "Rupert's Land": a settler's possessive before a landform names a place.)
  if (LANDFORM_AFTER_POSSESSIVE.test(b.text)) return true;
  return POSSESSOR_IN_NAME.test(a.text) || (/\b(?:St\.?|Saint)\s+$/.test(text.slice(Math.max(0, a.start - 7), a.start)) && (ORG_WORDS.has(lower(b.text)) || PLACE_WORDS.has(lower(b.text)) || b.text === 'United'));
}

/** "Sports Minister Leroy Francis-Hanley": a title's word, then a given name; such a person ends before "and". */
function titledPerson(part: Word[]): boolean {
  return part.length >= 3 && part.some((x, j) => j + 2 < part.length && ROLE_HEADS.has(lower(x.text)) && inGivenNameList(part[j + 1].text) && !ORG_WORDS.has(lower(part[j + 2].text)));
}

/** "Kessler Zutritt GmbH of Stuttgart and Accesos Ibéricos S.A.": a town's name, then "and" and a company by its legal form. */
function placeBeforeCompany(part: Word[], seq: Word[]): boolean {
  return part.length === 1 && (PLACES.has(lower(part[0].text)) || inPlaceGazetteer(lower(part[0].text))) && isLegalForm(seq[seq.length - 1].text);
}

/**
 * "the Cultural Heritage, Handicrafts and Tourism Organization": a body's subjects listed with a comma before "and"
 * and its word are one name, where "the" opens the list and its first part is no name of its own kind.
 */
function withListedSubjectsJoined(seqs: Word[][], text: string): Word[][] {
  for (let i = seqs.length - 1; i >= 1; i--) {
    const seq = seqs[i];
    // ("The Cultural Heritage, …" opening a sentence.)
    const opensWithThe = seqs[i - 1][0].text === 'The';
    const prev = opensWithThe ? seqs[i - 1].slice(1) : seqs[i - 1];
    const andAt = seq.findIndex((w) => w.text === 'and');
    if (!prev.length || andAt < 1 || !ORG_WORDS.has(lower(seq[seq.length - 1].text)) || seq.length - andAt < 3) continue;
    if (!/^,[ \t]+$/.test(text.slice(prev[prev.length - 1].end, seq[0].start)) || !(opensWithThe || /\b[Tt]he\s+$/.test(text.slice(Math.max(0, prev[0].start - 5), prev[0].start)))) continue;
    if (prev.length > 3 || prev.some((w) => !w.cap || ORG_WORDS.has(lower(w.text)) || PLACE_WORDS.has(lower(w.text)) || PLACES.has(lower(w.text)) || ROLE_HEADS.has(lower(w.text)))) continue;
    seqs.splice(i - 1, 2, [...prev, ...seq]);
  }
  return seqs;
}

/** Whether an abbreviation is the initials of the words' capitalised parts ("North-Eastern Federal University": NEFU or NFU). */
/** The abbreviation in brackets right after a word, of `shortest` to eight capitals: "Marine Science Station (MSS)". */
function abbreviationAfter(w: Word, text: string, shortest = 2): string | undefined {
  const m = /^\s*\((\p{Lu}{2,8})\)/u.exec(text.slice(w.end, w.end + 12));
  return m && m[1].length >= shortest ? m[1] : undefined;
}
function spelledBy(ws: Word[], acr: string): boolean {
  const caps = (parts: string[]) => parts.filter((x) => /^\p{Lu}/u.test(x)).map((x) => x[0]).join('');
  return caps(ws.map((w) => w.text)) === acr || caps(ws.flatMap((w) => w.text.split('-'))) === acr;
}
/**
 * Whether the abbreviation in brackets after `seq` takes its letters from past `part` too: "United Nations Mission in
 * South Sudan (UNMISS)" has the initials of every capitalised word, in order, with letters between.
 */
function abbreviationSpells(seq: Word[], part: Word[], text: string): boolean {
  const m = /^\s*\((\p{Lu}{3,})\)/u.exec(text.slice(seq[seq.length - 1].end, seq[seq.length - 1].end + 16));
  if (!m) return false;
  const initials = (ws: Word[]) => ws.filter((x) => x.cap).map((x) => x.text[0]).join('');
  // (The body's name may start after other words of the run: "the Rev Eliakimu Mushi of the Evangelical Lutheran
  // Church in Tanzania (ELCT)".)
  // (The part is a run of `seq`'s words, so its words from `from` on are a slice of `seq`.)
  const partStart = part.length ? seq.indexOf(part[0]) : 0;
  const partEnd = part.length ? partStart + part.length - 1 : -1;
  return seq.some((w, from) => {
    if (!w.cap || from > partEnd) return false;
    const all = initials(seq.slice(from));
    if (m[1][0] !== all[0] || m[1][m[1].length - 1] !== all[all.length - 1] || m[1].length <= initials(seq.slice(Math.max(from, partStart), partEnd + 1)).length) return false;
    let at = 0;
    for (const c of m[1]) if (c === all[at]) at++;
    return at === all.length;
  });
}
/**
 * How many words from `i` on continue a Romance body's name opened by `head` in lower case: particles, elided words,
 * words of the name's own language and the places they end with. A word ending in a consonant other than s, x or z,
 * or one of English's small words, ends it ("Sécurité civile flew"); particles at the end are left out unless a
 * capitalised word follows.
 */
function romanceLowerRun(head: Word, words: Word[], i: number, text: string): number {
  const h = lower(head.text);
  if (!ROMANCE_BODY_HEADS.has(h)) return 0;
  const smallWord = (t: string) => ROMANCE_PARTICLES.has(t) || ROMANCE_ARTICLES.has(t) || ROMANCE_AND.has(t) || ['d', 'l', 'di', 'della', 'dei', 'degli', 'delle', 'au', 'aux'].includes(t);
  const elided = (t: string) => /^(?:d|l|dell|all)['’]\p{Ll}/u.test(t);
  const first = words[i];
  // (An English word for a body opens one only before a particle.)
  if (ROMANCE_HEADS_ENGLISH_TOO.has(h) && !(smallWord(first.text) || elided(first.text))) return 0;
  // ("Société du chemin de fer de la Gaspésie (SCFG)": where the name's own abbreviation follows it, it holds any words
  // whose initials spell that abbreviation, whatever they end with.)
  const initials = [h[0]];
  for (let k = i; k < words.length && k - i < 10; k++) {
    const x = words[k];
    if (!/^[ \t\u00a0]+$/.test(text.slice(words[k - 1].end, x.start))) break;
    if (!smallWord(x.text)) initials.push(lower(x.text.replace(/^(?:d|l|dell|all)['’]/, ''))[0]);
    const abbreviation = x.cap ? abbreviationAfter(x, text, 3) : undefined;
    if (abbreviation) {
      if (lower(abbreviation) === initials.join('')) return k - i + 1;
      break;
    }
  }
  const ownWord = (t: string) => !ENGLISH_RUN_ENDERS.has(t) && (/[\u00c0-\u024f]/.test(t) || elided(t) || /[aeiouyszx]$/.test(t));
  // (Elided words are one word, "d'incendie", "l'Eau": no gap inside them to look at.)
  let content = 0;
  let lastKept = 0;
  for (let k = i; k < words.length && k - i < 10; k++) {
    const x = words[k];
    const prev = words[k - 1];
    if (!/^[ \t\u00a0]+$/.test(text.slice(prev.end, x.start))) break;
    if (x.cap) {
      // (A place or a name closing it: "de la Beauce", "de Corse-du-Sud".)
      if (!content && !smallWord(prev.text) && !elided(prev.text)) break;
      lastKept = k - i + 1;
      continue;
    }
    if (smallWord(x.text)) continue;
    if (!ownWord(x.text)) break;
    content++;
    lastKept = k - i + 1;
  }
  return content ? lastKept : 0;
}

function sequences(words: Word[], text: string, stats?: WordStats): Word[][] {
  const out: Word[][] = [];
  let cur: Word[] = [];
  // Words join across spaces only, or across the full stop of an initial ("John F. Kennedy").
  // "Hungarian National Asset Management, Inc.": a company's legal form after a comma.
  // ("Ministry of Trade, Industry and Fisheries", "Committee on Food, Agriculture and Cocoa Affairs": the commas of an
  // office's list of subjects are inside its name.)
  const listCommas = new Set<number>();
  if (/,/.test(text) && (SUBJECT_LIST_OFFICE_RE.test(text) || ROMANCE_SUBJECT_OFFICE_RE.test(text))) {
    for (const m of [...text.matchAll(SUBJECT_LIST), ...text.matchAll(ROMANCE_SUBJECT_LIST)]) {
      const at = m.index! + m[0].length - m[1].length;
      for (let i = m[1].indexOf(','); i >= 0; i = m[1].indexOf(',', i + 1)) listCommas.add(at + i);
    }
  }
  const nicknamedFirstName = (w: string) => w !== '' && (inGivenNameList(w) || (!stats?.seenLower(w) && !LEXICON_WORD(lower(w)) && !isAcronym(w) && !NON_NAMES.has(lower(w))));
  const gapOk = (a: Word, b: Word) =>
    /^[ \t\u00a0]+$/.test(text.slice(a.end, b.start)) ||
    // "Barbosa, Lacerda & Kuhn Advogados": partners' names listed with commas before a law firm's word.
    (/^,[ \t]+$/.test(text.slice(a.end, b.start)) && a.cap && b.cap && LAW_FIRM_AFTER.test(text.slice(b.end, b.end + 80))) ||
    // "Lankan Marine Fuels (Pvt) Ltd", "Acme (Pty) Ltd": a private company's form in brackets.
    (/^ \($/.test(text.slice(a.end, b.start)) && /^(?:Pvt|Pty|Private)$/.test(b.text) && /^\) (?:Ltd|Limited)\b/.test(text.slice(b.end, b.end + 10))) ||
    (/^\) $/.test(text.slice(a.end, b.start)) && /^(?:Pvt|Pty|Private)$/.test(a.text) && /^(?:Ltd|Limited)/.test(b.text)) ||
    (listCommas.has(a.end) && /^,[ \t\u00a0]+$/.test(text.slice(a.end, b.start))) ||
    // ("Radio Free Europe/Radio Liberty": a second name of the same body after a slash, opening with a body's word.)
    (text.slice(a.end, b.start) === '/' && a.cap && b.cap && ORG_WORDS.has(lower(b.text))) ||
    // 'Emre "Kaptan" Karabulut', 'Eduardo “Lalo” Montemayor': a nickname in quotation marks between a first name
    // and a surname.
    // ('Vasemaca "Vase" Koroitamana': a first name the lists lack, if it is no word of the language.)
    (/^[ \t]+["“‘]$/.test(text.slice(a.end, b.start)) && nicknamedFirstName(a.text) && NICKNAME_END.test(text.slice(b.end, b.end + 40))) ||
    (/^["”’][ \t]+$/.test(text.slice(a.end, b.start)) && nicknamedFirstName(NICKNAME_START.exec(text.slice(Math.max(0, a.start - 50), a.start))?.[1] ?? '')) ||
    // "People's Party", "Fishmongers' Hall": a common noun's or a plural's possessive inside an organisation's or a
    // place's name.
    ((ORG_WORDS.has(b.text.toLowerCase()) || PLACE_WORDS.has(b.text.toLowerCase())) &&
      ((a.possessive && /^['’]s[ \t\u00a0]+$/.test(text.slice(a.end, b.start)) && !!stats?.isCommonWord(a.text)) ||
        (/s$/.test(a.text) && /^['’][ \t\u00a0]+$/.test(text.slice(a.end, b.start)) && !PLACES.has(a.text.toLowerCase())))) ||
    // ("People's Bank of China", "Democratic People's Republic of Korea", "King's College London", "Women's Aid", "St
    // Paul's Cathedral": possessives that names are made of, even where the corpus is too small to show them common.)
    (a.possessive &&
      /^['’]s[ \t\u00a0]+$/.test(text.slice(a.end, b.start)) &&
      possessiveInName(a, b, text)) ||
    (/^\p{Lu}$/u.test(a.text) && /^\.[ \t\u00a0]+$/.test(text.slice(a.end, b.start))) ||
    // ("Moh. Taufik Lamadjido", "Muh. Arif": Indonesian given names shortened with a point, before another name.)
    (/^(?:Moh|Muh|Moch|Mochd|Mohd|Md|Muhd)$/.test(a.text) && /^\.[ \t\u00a0]+$/.test(text.slice(a.end, b.start)) && /^\p{Lu}\p{Ll}/u.test(b.text)) ||
    // ("Kuipers & Stam", "Procter & Gamble": an ampersand between two capitalised words joins one name.)
    // ("Deirdre, Wyatt & Zach": not two first names, which are two people.)
    (/^[ \t]+&[ \t]+$/.test(text.slice(a.end, b.start)) && /^\p{Lu}/u.test(b.text) && !(inGivenNameList(a.text) && inGivenNameList(b.text))) ||
    (/^,[ \t\u00a0]+$/.test(text.slice(a.end, b.start)) &&
      (/^(?:Inc\.|Ltd\.|Jr\.|Sr\.|D\.C\.|LLC|L\.L\.C\.|PLC|plc|Corp\.|Limited|GmbH|AG|S\.A\.|N\.V\.)$/.test(b.text) ||
        // ("Banco Mussulo de Investimento, SA", "Grupo Tejo Logística, SGPS, SA", "Kianda Capital, Lda": other registers'
        // forms after a comma, last in the name, and not after a place ("Luanda, AO").)
        ((COMPANY_FORM_LAST.test(b.text) || b.text === 'SA') && !PLACES.has(lower(a.text)) && !/^[ \t\u00a0]+\p{Lu}/u.test(text.slice(b.end, b.end + 3)))));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // ("Supporters of Donald Trump", "Members of the European Parliament": a plural opening a sentence before "of".)
    const groupOf = cur.length === 0 && w.initial && GROUP_PLURALS.has(lower(w.text)) && /^\s+of\s/.test(text.slice(w.end, w.end + 5));
    // "two Royal Canadian Air Force CC-130J Hercules": a model's code after a body's name ends the name; the code and
    // the model's name after it are a product, no one's name.
    if (w.cap && MODEL_CODE.test(w.text) && cur.some((x) => ORG_WORDS.has(lower(x.text))) && gapOk(cur[cur.length - 1], w)) {
      out.push(cur);
      cur = [];
      while (words[i + 1]?.cap && gapOk(words[i], words[i + 1])) i++;
      continue;
    }
    const weekdayPlace = weekdayBeforePlace(w, words[i + 1]) && gapOk(w, words[i + 1]);
    if (w.cap && !(cur.length === 0 && w.initial && NON_NAMES.has(lower(w.text)) && !weekdayPlace) && !groupOf) {
      // A possessive ends a name ("Poland's Foreign Minister"), except inside an organisation's ("People's Party").
      const possessiveBreak = cur.length > 0 && cur[cur.length - 1].possessive && !ORG_WORDS.has(lower(w.text)) && !possessiveInName(cur[cur.length - 1], w, text);
      // ("the House of Representatives' Committee": a possessive after a complete name ends it.)
      const viaPossessive = cur.length > 0 && /['’]/.test(text.slice(cur[cur.length - 1].end, w.start));
      // ("Court of King's Bench": not where the possessive right after "of" is one that names are made of.)
      // ("Alachua County Sheriff's Office", "Kaohsiung District Prosecutors' Office": nor where an office follows its
      // holder's possessive.)
      const afterFullName =
        viaPossessive &&
        cur.some((x) => ORG_WORDS.has(lower(x.text)) || PLACE_WORDS.has(lower(x.text))) &&
        !((lower(cur[cur.length - 2]?.text ?? '') === 'of' || HOLDERS_OFFICE.test(w.text)) && possessiveInName(cur[cur.length - 1], w, text));
      if (cur.length && (!gapOk(cur[cur.length - 1], w) || possessiveBreak || afterFullName)) {
        out.push(cur);
        cur = [];
      }
      cur.push(w);
      continue;
    }
    // ("Autorité des marchés financiers", "Syndicat autonome des pompiers de Corse": a Romance body's word, then its
    // name's words in lower case, particles and places.)
    // ("Réunion La 1ère", "Martinique la 1ère": France's overseas broadcaster, by its island.)
    if (cur.length && LA_PREMIERE.test(w.text) && cur[cur.length - 1].text === 'La' && gapOk(cur[cur.length - 1], w)) {
      cur.push(w);
      continue;
    }
    if (cur.length && w.text === 'la' && LA_PREMIERE.test(words[i + 1]?.text ?? '') && gapOk(cur[cur.length - 1], w) && gapOk(w, words[i + 1])) {
      // ("Wallis et Futuna la 1ère": both islands.)
      const k = words.indexOf(cur[0]);
      const before = out[out.length - 1];
      if (k >= 2 && words[k - 1].text === 'et' && before?.[before.length - 1] === words[k - 2]) cur = [...out.pop()!, words[k - 1], ...cur];
      cur.push(w, words[i + 1]);
      i++;
      continue;
    }
    // ("Canal 4", "Channel 5": a broadcaster's channel by its number.)
    if (cur.length && CHANNEL_NUMBER.test(w.text) && CHANNEL_WORD.test(cur[cur.length - 1].text) && gapOk(cur[cur.length - 1], w) && !/^\s+(?:miles?|km|kilomet|met(?:re|er)s?|feet|ft|per|%)/.test(text.slice(w.end, w.end + 12))) {
      cur.push(w);
      continue;
    }
    const romanceRun = cur.length === 1 && !w.cap ? romanceLowerRun(cur[0], words, i, text) : 0;
    if (romanceRun) {
      for (let k = 0; k < romanceRun; k++) cur.push(words[i + k]);
      i += romanceRun - 1;
      continue;
    }
    // A connector joins two capitalised words ("Organization for Security"), never across punctuation.
    // ... or two connectors ("Democratic Republic of the Congo").
    const next = words[i + 1];
    // ("Hauwa Sani and Professor Amaka Eze": "and" before a courtesy title starts another person.)
    const titleNext = lower(w.text) === 'and' && !!next && HONORIFICS.has(lower(next.text));
    // ("Le Monde and The New York Times": a capitalised "The" after "and" opens another name.)
    const theNext = (w.text === 'and' || w.text === 'or') && next?.text === 'The';
    const nextOk =
      (next?.cap && gapOk(w, next) && !titleNext && !theNext) ||
      // ("… et de la Protection": the particles of the name's second part.)
      (ROMANCE_AND.has(w.text) && next && ROMANCE_PARTICLES.has(next.text) && gapOk(w, next) && (words[i + 2]?.cap || ROMANCE_PARTICLES.has(words[i + 2]?.text ?? '')) && gapOk(next, words[i + 2])) ||
      // ("von der Leyen": a particle before another, then a name.)
      (PARTICLES.has(w.text) && next && PARTICLES.has(next.text) && gapOk(w, next) && words[i + 2]?.cap && gapOk(next, words[i + 2])) ||
      (!WEAK_CONNECTORS.has(lower(w.text)) && next && lower(next.text) === 'the' && !next.cap && gapOk(w, next) && words[i + 2]?.cap && gapOk(next, words[i + 2]));
    // ("East of the Euphrates River": a compass point before "of" is a direction.)
    const compassOf = cur.length === 1 && /^(?:north|south|east|west|northeast|northwest|southeast|southwest)$/i.test(cur[0].text) && lower(w.text) === 'of';
    // ("Senate Standing Committee on Inter-Provincial Coordination", "Council on Foreign Relations": "on" after a
    // body that deliberates names its subject.)
    // (Not a day, a code or an acronym: "the Judiciary Committee on Monday", "Kennedy Space Center on STS-1".)
    // (Not where a centre is: "the Commonwealth Health Center on Saipan"; a committee's subject may be a place, "the
    // House Select Committee on Benghazi".)
    const onSubject = lower(w.text) === 'on' && cur.length > 0 && ON_SUBJECT_BODIES.has(lower(cur[cur.length - 1].text)) && !!next && /^\p{Lu}\p{Ll}/u.test(next.text) && !NON_NAMES.has(lower(next.text)) && !(/^(?:center|centre|institute)$/.test(lower(cur[cur.length - 1].text)) && (PLACES.has(lower(next.text)) || inPlaceGazetteer(lower(next.text))));
    // ("Commission de la Concurrence et de la Protection du Consommateur", "Câmara de Comércio e Indústria": "and" in
    // the name's own language, inside a name already joined by its particles.)
    // ("Constructora Obaldía e Hijos, S.A.": "and sons" in the name's own language ends a family firm's name.)
    const romanceAnd = ROMANCE_AND.has(w.text) && (cur.some((x) => ROMANCE_PARTICLES.has(x.text)) || (!!next && FAMILY_FIRM_WORDS.test(next.text)));
    // ("Rio Grande do Sul", "Frankfurt am Main", "Newcastle upon Tyne": a town's own small word, where GeoNames knows the
    // whole name.)
    const placeJoiner = cur.length > 0 && PLACE_JOINERS.has(w.text) && !!next?.cap && gapOk(w, next) && gazetteerPlaceThrough(cur, w, words, i);
    // ("Fiscalía de Delitos contra el Ambiente", "Dirección de Protección para la Salud": a preposition in the name's own
    // language, with its article, inside a name already joined by its particles.)
    const romanceArticle = (x: Word | undefined) => !!x && ROMANCE_ARTICLES.has(x.text);
    const romancePreposition =
      ROMANCE_PREPOSITIONS.has(w.text) &&
      cur.some((x) => ROMANCE_PARTICLES.has(x.text)) &&
      !!next &&
      gapOk(w, next) &&
      (!!next.cap || (romanceArticle(next) && !!words[i + 2]?.cap && gapOk(next, words[i + 2])));
    if (romancePreposition) {
      cur.push(w);
      if (!next!.cap) {
        cur.push(next!);
        i++;
      }
      continue;
    }
    // ("Xiangjiang Rolling Stock Co., Ltd. of Zhuzhou": a legal form ends a company's name; "of" after it is where it is,
    // "for" what it was sold for: "Al Bahri Towage & Salvage LLC for AED 310 million".)
    // ("Sahara Sun Energy of Benghazi": likewise a trade's word that ends a company's name.)
    // ("Canal 4 and OK FM": a channel's number ends its name.)
    const channelNumbered = cur.length >= 2 && CHANNEL_NUMBER.test(cur[cur.length - 1].text) && CHANNEL_WORD.test(cur[cur.length - 2].text);
    // ("AS Rosador of Passamaïnty": likewise a club opened by its initials, then its town.)
    const afterCompleteName = /^(?:of|for|in)$/i.test(w.text) && cur.length >= 2 && (isLegalForm(cur[cur.length - 1].text) || COMPANY_TRADE_LAST.has(lower(cur[cur.length - 1].text)) || (lower(w.text) === 'of' && CLUB_INITIALS.test(cur[0].text)));
    // ("Committee to Protect Journalists", "Campaign to Stop Killer Robots": "to" and a verb after a body's word name
    // what it is for.)
    const purposeTo = w.text === 'to' && cur.length > 0 && PURPOSE_BODIES.test(cur[cur.length - 1].text) && !!next?.cap && /^\p{Lu}\p{Ll}+$/u.test(next.text) && PURPOSE_VERBS.test(next.text);
    // ("Instituto Português do Mar": Portuguese "do" in lower case joins too.)
    if (cur.length && (isConnector(w) || onSubject || romanceAnd || placeJoiner || purposeTo) && nextOk && !compassOf && !afterCompleteName && !channelNumbered && gapOk(cur[cur.length - 1], w) && !cur[cur.length - 1].possessive) {
      cur.push(w);
      continue;
    }
    if (cur.length) out.push(cur);
    cur = [];
  }
  if (cur.length) out.push(cur);
  // Weak connectors ("and", "in", "the") hold only inside an organisation's name: after "of"/"for" in it
  // ("Organization for Security and Co-operation in Europe") or before its organisation word ("Pacific Gas and
  // Electric Company"); otherwise they separate two names ("American Airlines and JetBlue").
  const isOrgWord = (w: Word) => ORG_WORDS.has(lower(w.text));
  const isOrgOrPlaceWord = (w: Word) => isOrgWord(w) || PLACE_WORDS.has(lower(w.text));
  const result: Word[][] = [];
  for (const seq of out) {
    let part: Word[] = [];
    seq.forEach((w, k) => {
      // ("... Western District of Virginia in Abingdon": "in" after a known place starts a new name.)
      const afterPlace = lower(w.text) === 'in' && PLACES.has(lower(seq[k - 1]?.text ?? ''));
      // ("United Nations Mission in South Sudan (UNMISS)": "in" and the place stay in a name its abbreviation spells.)
      const inSpelled = lower(w.text) === 'in' && abbreviationSpells(seq, part, text);
      // "Baylor Scott and White Medical Center in College Station": "in" right after an organisation's word ends its
      // name; "University of Washington and Center for Ecosystem Sentinels", "University of Miami and Apex Shark
      // Expeditions": "and" after a complete organisation's name starts another when what follows is a name of its
      // own (an organisation word first, or two or more words never written in lower case), not the rest of a long
      // name ("Department of Health and Human Services", "Centers for Disease Control and Prevention").
      const afterOrgName = (() => {
        const prev = seq[k - 1];
        // ("Amnesty International and Human Rights Watch": "International" last ends a body's name too.)
        const bodyNamed = part.some(isOrgWord) || (part.length >= 2 && lower(prev?.text ?? '') === 'international');
        if (!prev || (!isOrgWord(prev) && !bodyNamed)) return false;
        if (lower(w.text) === 'in') return isOrgWord(prev) && !inSpelled;
        if (lower(w.text) !== 'and' && w.text !== '&') return false;
        // ("Myanmar Radio and Television", "Radio and Television of Slovenia": a broadcaster's name.)
        if (prev.text === 'Radio' && /^(?:Television|TV)$/.test(seq[k + 1]?.text ?? '')) return false;
        if (!bodyNamed || CONNECTORS.has(lower(prev.text))) return false;
        // ("Ministry of Culture, Gender, Entertainment and Sport": the "and" that closes an office's list of subjects.)
        if (part.some((x, i) => i > 0 && listCommas.has(part[i - 1].end))) return false;
        let rest = seq.slice(k + 1);
        const cut = rest.findIndex((x) => CONNECTORS.has(lower(x.text)));
        const head = cut >= 0 ? rest.slice(0, cut) : rest;
        if (!head.length) return false;
        // ("Zenith Bank and Access Bank": two names of one kind of body.)
        if (isOrgWord(prev) && head.length >= 2 && lower(head[head.length - 1].text) === lower(prev.text)) return true;
        // ("University of Washington and Stanford University": a proper word and an organisation's word.)
        // ("Massachusetts Institute of Technology and Colorado State University": or a place's name first.)
        const properFirst = !stats?.seenLower(head[0].text) && (!LEXICON_WORD(lower(head[0].text)) || PLACES.has(lower(head[0].text)));
        // ("National Institute of Allergy and Infectious Diseases": inside what an organisation is "of", not after a
        // place's name, only another organisation's word or an abbreviation ("University of Bristol and UC Davis")
        // starts a second one.)
        const ofAt = part.findIndex((x) => ['of', 'for'].includes(lower(x.text)));
        const inComplement = ofAt > 0 && part.slice(0, ofAt).some(isOrgWord) && !PLACES.has(lower(prev.text)) && !PLACE_NAMES.has(lower(prev.text)) && !isAcronym(head[0].text);
        const properHead = head.length >= 2 && head.every((x) => !stats?.seenLower(x.text) && !LEXICON_WORD(lower(x.text)));
        // ("Bank of Kigali and MTN Rwanda": an abbreviation and another word, a brand's name, start another body.)
        const brandFirst = head.length >= 2 && isAcronym(head[0].text) && !PLACE_ACRONYMS.has(lower(head[0].text));
        // ("Ministry of Culture and Sport": one last word after "and", inside what the body is "of", is the last of its
        // subjects, though it is a body's word too.)
        if (inComplement && rest.length === 1) return false;
        return isOrgWord(head[0]) || (properHead && !inComplement) || (head.length >= 2 && properFirst && head.slice(1).some(isOrgWord)) || brandFirst;
      })();
      // ("Bosnia and Herzegovina", "Saint Vincent and the Grenadines": a country named with "and".)
      // ("Royal Turks and Caicos Islands Police Force": or a country named so inside a body's name, its last words before
      // the "and".)
      const placeAnd =
        (lower(w.text) === 'and' || w.text === '&') &&
        [1, 2, 3].some((m) => k + m < seq.length && [part.length, 1, 2].some((back) => back <= part.length && PLACE_NAMES.has(joined0([...part.slice(part.length - back), ...seq.slice(k, k + m + 1)]))));
      const keep =
        placeAnd ||
        inSpelled ||
        !WEAK_CONNECTORS.has(lower(w.text)) ||
        (lower(w.text) === 'the' && ['of', 'for'].includes(lower(seq[k - 1]?.text ?? ''))) ||
        (part.some(isOrgOrPlaceWord) && part.some((x) => ['of', 'for', 'on'].includes(lower(x.text)))) ||
        // ("Minister of Industry, Trade and Supply Yousef al-Shdeifat": the "and" that closes an office's list of
        // subjects.)
        (lower(w.text) === 'and' && part.some((x, i) => i > 0 && listCommas.has(part[i - 1].end))) ||
        (seq.slice(k + 1).some(isOrgWord) && !titledPerson(part) && !placeBeforeCompany(part, seq));
      // ("Ministry of Health in Kenya", "Museum of Fine Arts in Boston": "in" and nothing after but a known country
      // or city says where a body is; a continent or a region may be part of its name: "Co-operation in Europe".)
      const rest = joined0(seq.slice(k + 1));
      // ("Faculty of Fisheries in Hakodate", "Max Planck Institute for Astronomy in Heidelberg": or one word that is no
      // English word, after a body's name with "of" or "for".)
      const locatedIn =
        lower(w.text) === 'in' &&
        !REGIONS_IN_NAMES.has(rest) &&
        !inSpelled &&
        (PLACES.has(rest) || PLACE_NAMES.has(rest) || (k === seq.length - 2 && part.some(isOrgWord) && part.some((x) => lower(x.text) === 'of' || lower(x.text) === 'for') && !LEXICON_WORD(rest) && !stats?.seenLower(seq[k + 1].text)) ||
          // ("Universidad de Oriente in Santiago de Cuba": or a town GeoNames knows, after a body's name.)
          (part.some(isOrgWord) && seq.length - k - 1 >= 2 && inPlaceGazetteer(rest)));
      // ("MSNBC and CBS Radio": an acronym alone does not begin a long name joined by "and".)
      const afterAcronym = (lower(w.text) === 'and' || w.text === '&') && part.length === 1 && isAcronym(part[0].text);
      if (placeAnd || (keep && !afterPlace && !afterOrgName && !afterAcronym && !locatedIn)) part.push(w);
      else {
        if (part.length) result.push(part);
        part = [];
      }
    });
    if (part.length) result.push(part);
  }
  // "University of Sheffield of the UK", "Colorado State University of the US": the country after a full
  // organisation's name says where it is ("Bank of the US" has no name before "of").
  const located = result.flatMap((s) => {
    const n = s.length;
    if (n >= 5 && lower(s[n - 3].text) === 'of' && lower(s[n - 2].text) === 'the' && PLACE_ACRONYMS.has(lower(s[n - 1].text)) && s.slice(0, n - 3).some(isOrgWord)) {
      return [s.slice(0, n - 3), s.slice(n - 1)];
    }
    return [s];
  });
  // Trailing connectors, days and months are not part of a name.
  return located
    .map((s) => {
      // ("Group of Six" keeps its number.)
      const keepNumber = (w: Word) => s.length >= 3 && lower(s[s.length - 2].text) === 'of' && /^(?:two|three|four|five|six|seven|eight|nine|ten|twenty)$/.test(lower(w.text));
      const droppable = (w: Word) =>
        CONNECTORS.has(lower(w.text)) ||
        (NON_NAMES.has(lower(w.text)) && !keepNumber(w) && !isAcronym(w.text) && (!MONTHS.has(lower(w.text)) || s.length === 1 || /^\s+\d/.test(text.slice(w.end, w.end + 3)))) ||
        // ("from Feb. 22", "Feb 9 (Reuters)": a month's short form before its day; "Jan" alone may be a given name.)
        (MONTH_SHORT.test(w.text) && /^\.?[ \t]+\d/.test(text.slice(w.end, w.end + 4)));
      // "Theresa May" keeps May; "on Friday", "in May 2019" do not.
      while (s.length && droppable(s[s.length - 1])) s = s.slice(0, -1);
      return s;
    })
    .filter((s) => s.length);
}

interface ArticleEntity {
  name: string;
  type: EntityType;
  forms: Set<string>;
  roles: EntityRole[];
  /** Every mention was a weak person candidate. */
  weak?: boolean;
  /** Some mention was typed by firm evidence (a cue or a lexicon word, not capitals, a given name or a vote). */
  firm?: boolean;
}

const SERVICE_OF_PLACE = /^(?:Météo|Hydro|Radio|Télé|Aéro|Info)-\p{Lu}\p{L}+$/u;
const BODY_DESIGNATION = /^(?:World\s+Heritage(?:\s+(?:Site|List|Area|Property|Centre|Center))?|Biosphere\s+Reserve|Global\s+Geopark|Creative\s+City)$/;
// Longer words title case may leave in lower case: prepositions and conjunctions.
const TITLE_CASE_LOWER = new Set(['about', 'above', 'across', 'after', 'against', 'along', 'among', 'around', 'before', 'behind', 'below', 'beneath', 'beside', 'between', 'beyond', 'despite', 'during', 'except', 'inside', 'outside', 'since', 'through', 'toward', 'towards', 'under', 'until', 'unless', 'while', 'within', 'without', 'versus', 'where', 'whether']);
// The name extractor's words (WORD_RE), for a line on its own.
const LINE_WORD_RE = new RegExp(WORD_RE.source, 'gu');

/**
 * Whether a line is a headline in title case ("Trump Says He Never Pledged to Keep Torture Within the Law"): short, one
 * sentence, four or more longer words nearly all capitalised. Given the corpus's word statistics, two of those must
 * also be words the sources write in lower case, so a line listing names is not one. There every word is capitalised,
 * so runs of capitals name no one ("Trump Says", "Take Down Trump"), and a name before a verb is no first name.
 */
export function isHeadline(line: string, isCommonWord?: (word: string) => boolean): boolean {
  // (Short, and one sentence: a paragraph dense with names — an itinerary, a list of votes — is no headline.)
  const words = line.match(LINE_WORD_RE) ?? [];
  if (words.length > 18 || /[.!?]["”’]?\s+\p{Lu}/u.test(line)) return false;
  const long = words.filter((w) => w.length >= 4);
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w));
  // (A longer word in lower case other than a preposition is a sentence's: "The study was funded by the University of
  // Botswana, the Dutch Research Council and the Okavango Delta Trust." Title case keeps only short words low.)
  if (long.some((w) => /^\p{Ll}{5,}$/u.test(w) && !TITLE_CASE_LOWER.has(w))) return false;
  return long.length >= 4 && capitalised.length >= long.length * 0.8 && (!isCommonWord || capitalised.filter(isCommonWord).length >= 2);
}

/**
 * Words shouted in capitals ("but HE'S DEMONSTRATED A PENCHANT FOR SEXISM", "WHAT HAPPENS NEXT IS ANYONE'S GUESS"):
 * three or more words in a row in capitals are emphasis, not abbreviations or names, except a known body's or
 * place's ("NATO", "US").
 */
function withoutShouting(text: string, words: Word[]): Word[] {
  const shouting = (w: Word) => w.cap && /^(?:\p{Lu}[\p{Lu}\d'’&.\-]+|A|I)$/u.test(w.text);
  const out = words.slice();
  // (Two are enough on a line of capitals alone: "WHAT’S BREWING.", "BEFORE YOU GO." Words come in order, so each
  // line is looked at once: a long one-line text may hold many such pairs.)
  let lineEnd = -1;
  let capitalsOnly = false;
  const lineInCapitals = (w: Word) => {
    if (w.start >= lineEnd) {
      const start = text.lastIndexOf('\n', w.start) + 1;
      const end = text.indexOf('\n', w.start);
      lineEnd = end < 0 ? text.length : end;
      capitalsOnly = !/\p{Ll}/u.test(text.slice(start, lineEnd));
    }
    return capitalsOnly;
  };
  let i = 0;
  while (i < out.length) {
    let j = i;
    while (j < out.length && shouting(out[j]) && (j === i || /^(?:['’]S)?[\s,;:'’"“”‘-]{0,3}$/.test(text.slice(out[j - 1].end, out[j].start)))) j++;
    if (j - i >= 3 || (j - i === 2 && lineInCapitals(out[i]))) {
      for (let k = i; k < j; k++) {
        const key = out[k].text.toLowerCase();
        if (!KNOWN_ORGS.has(key) && !PLACE_ACRONYMS.has(key) && !PLACES.has(key)) out[k] = { ...out[k], cap: false };
      }
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * A newspaper's section label on a line of its own ("SPORT | ICE HOCKEY", "Science & Environment", "LOCAL NEWS",
 * "RESULTS"): a few words for a desk and nothing else, which name no body.
 */
const SECTION_WORDS = new Set(
  `sport sports science environment business money markets finance economy obituaries obituary courts crime results
  local news world national international politics culture arts opinion comment analysis health technology travel
  weather education features lifestyle entertainment letters briefs briefing agriculture farming property motoring food
  books music film media regional community ice hockey football rugby cricket tennis athletics golf basketball boxing
  cycling motorsport sailing result and`.split(/\s+/),
);
function isSectionLabel(line: string): boolean {
  const words = line.replace(/^[\s*_#]+|[\s*_]+$/g, '').split(/\s*[&|/:\-–—]\s*|\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 4 && words.every((w) => SECTION_WORDS.has(w.toLowerCase())) && words[0].toLowerCase() !== 'and';
}
/** A web page's list of topics ("Related topics: Iraq, Wildlife, Conservation"): tags, not the story's names. */
const TOPICS_LINE = /^[ \t*_]*(?:Related[ \t]+topics|Topics|Tags|Keywords)[ \t*_]*:/i;
/** "Science reporter, Maun" under a byline: the desk's words before the reporter's job (the place after it is read). */
const REPORTER_JOBS = 'reporter|correspondent|editor|writer';
const BYLINE_JOB = new RegExp(String.raw`,[ \t]+(?:\p{Lu}[\p{L}\p{M}'’\-]*[ \t]+){0,3}?((?:(?:Staff|Senior|Special|Chief|Foreign|Political|Sports|Business|Science|Health|Court|Crime|Diplomatic|Regional|Contributing|Associate)[ \t]+)*(?:${REPORTER_JOBS.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, c: string) => bar + c.toUpperCase())})s?)[ \t*_]*$`, 'u');
const DESK_JOB_LINE = new RegExp(String.raw`^[ \t*_]*((?:\p{Lu}\p{Ll}+[ \t]+){1,2})(?:${REPORTER_JOBS})\b`, 'u');
function deskWordsEnd(line: string): number {
  const m = DESK_JOB_LINE.exec(line);
  return m && m[1].trim().split(/\s+/).every((w) => SECTION_WORDS.has(w.toLowerCase())) ? m[0].indexOf(m[1]) + m[1].length : 0;
}
// ("By Helena Saraiva, science reporter, Cuiabá": or on the byline's own line, after a comma.)
const JOB_LINE_PLACE_BEFORE = new RegExp(String.raw`(?:^|\n)[ \t*_]*By[ \t](?:[^\n]{3,80}\n[ \t*_]*|[^\n,]{3,60},[ \t]+)(?:[\p{L}\-]+[ \t]+){0,3}(?:${REPORTER_JOBS}|photographer),[ \t]+$`, 'iu');
function jobLinePlace(text: string, name: Word[]): boolean {
  const end = name[name.length - 1].end;
  return /^[ \t*_]*(?:\n|$)/.test(text.slice(end, end + 4)) && JOB_LINE_PLACE_BEFORE.test(text.slice(Math.max(0, name[0].start - 140), name[0].start));
}

/** The words outside headlines (`isHeadline`); names a headline shares with the body are still found there as mentions. */
function outsideHeadlines(text: string, words: Word[], stats: WordStats): Word[] {
  const isCommonWord = (w: string) => stats.isCommonWord(w);
  let lineStart = -1;
  let lineEnd = -1;
  // (Words before this offset are left out: a whole headline or section label, or a desk's words before a job.)
  let skipBefore = -1;
  let jobFrom = -1;
  return words.filter((w) => {
    if (w.start >= lineEnd) {
      lineStart = text.lastIndexOf('\n', w.start) + 1;
      const end = text.indexOf('\n', w.start);
      lineEnd = end < 0 ? text.length : end;
      const line = text.slice(lineStart, lineEnd);
      // ("By Dwayne Lettsome-Ruan, Associated Press": a byline is all capitals too, and no headline.)
      const byline = BYLINE_LINE.test(line);
      skipBefore = (isHeadline(line, isCommonWord) && !byline) || isSectionLabel(line) || TOPICS_LINE.test(line) ? lineEnd : lineStart + deskWordsEnd(line);
      // ("By Onkemetse Ditshego, Staff Writer", "…, Samoa News Correspondent": the reporter's job after the name.)
      const job = byline ? BYLINE_JOB.exec(line) : null;
      jobFrom = job ? lineStart + job.index + job[0].length - job[1].length : lineEnd;
    }
    return w.start >= skipBefore && w.start < jobFrom;
  });
}

/** The people, organisations and places one article names. */
// "Margaret Halloran, known to everyone as Peggy," / "better known as Peggy": a given name the person goes by.
// ("Tavares, known across the island simply as Nha Luz,": a surname alone, a few words between, a name of two words.)
const KNOWN_BY_INITIALS_RE = /,?\s+(?:better\s+|widely\s+)?known\s+(?:by\s+its\s+(?:[\p{L}\-]+\s+)?(?:initials|acronym|abbreviation)\s+(?:as\s+)?|as\s+)(?:the\s+)?(\p{Lu}[\p{L}&]{1,8})(?=[,.;)\s])/gu;
const KNOWN_AS_LEAD = /(?:^|[.!?]["”’]?\s+)Known\s+(?:[\p{L}\p{M}]+\s+){0,5}?as\s+["“‘']?(\p{Lu}[\p{L}\p{M}'’\-]+)["”’']?,\s+(?:he|she)\s/gu;
// ("Ioane Lemalu, a taxi driver known across Apia as "Bubba",": a description of the person may come between.)
// ("Bilong was known to three generations of players as Tama Jok,": the name as the subject of "was known".)
const KNOWN_AS_RE = /(\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+\p{Lu}[\p{L}\p{M}'’\-]+)*)(?:,\s+(?:who\s+(?:is|was)\s+)?|\s+(?:is|was)\s+(?=(?:\p{Ll}+\s+)?known\s))(?:(?:a|an|the)\s+(?:[\p{Ll}\-]+\s+){1,4})?(?:(?:better|widely|popularly|affectionately|simply)\s+)?known\s+(?:[\p{Ll}\p{Lu}][\p{L}\p{M}]*\s+){0,5}?as\s+["“‘']?(\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+\p{Lu}[\p{L}\p{M}'’\-]+)?)["”’']?(?:[,.]|\s+(?:for|because|since|after)\s)/gu;

export function extractArticleNames(article: Article, stats: WordStats): ArticleEntity[] {
  const text = article.text;
  const words = withoutShouting(text, outsideHeadlines(text, wordsOf(text, article.bodyStart), stats));
  // Capitalised words that stand alone (not next to another capitalised word): surnames used on their own.
  // Words the article capitalises inside a sentence: a word capitalised only where a sentence starts ("Officers
  // said", "Unfortunately,") shows no sign of being a name.
  const capitalisedMid = new Set(words.filter((w) => w.cap && !w.initial).map((w) => w.text));
  const loneWords = new Set(
    words
      // ("Karité du Houet": not the words a particle joins into one name.)
      // (Nor a place's, by the kind of place after it: "in Houet province".)
      .filter((w, i) => w.cap && (!w.initial || !stats.isCommonWord(w.text)) && !NON_NAMES.has(lower(w.text)) && !words[i - 1]?.cap && !words[i + 1]?.cap && !particleJoined(words, i) && !PLACE_KIND_AFTER.test(text.slice(w.end, w.end + 16)))
      .map((w) => w.text),
  );
  // Capitalised words that end or open a run of two or more ("Riley Mansell", "Harbourline Estates"): what a
  // surname or a body's short name used alone can be.
  const joinedTo = (a: Word | undefined, b: Word | undefined) => !!a && !!b && a.cap && b.cap && /^[ \t]+$/.test(text.slice(a.end, b.start));
  const joinedNameWords = new Set(
    // (Not after a body's word: "Católica" in "Universidad Católica de Valparaíso" is no surname.)
    words
      .filter(
        (w, i) =>
          (joinedTo(words[i - 1], w) && !ORG_WORDS.has(lower(words[i - 1].text))) ||
          (joinedTo(w, words[i + 1]) && !NON_NAMES.has(lower(w.text)) && !DETERMINER_WORDS.has(lower(w.text))),
      )
      .map((w) => w.text),
  );
  // ... of which those only ever joined before the natural feature named after them ("Masaya" in "the Masaya
  // Volcano"): still a town's name alone, for the gazetteer.
  const featureJoined = new Set<string>();
  const otherwiseJoined = new Set<string>();
  for (const [i, w] of words.entries()) {
    if (!joinedTo(words[i - 1], w) && !joinedTo(w, words[i + 1])) continue;
    const beforeFeature = !joinedTo(words[i - 1], w) && NATURAL_FEATURES.test(lower(words[i + 1].text)) && !joinedTo(words[i + 1], words[i + 2]);
    (beforeFeature ? featureJoined : otherwiseJoined).add(w.text);
  }
  const featureNamers = new Set([...featureJoined].filter((w) => !otherwiseJoined.has(w)));
  const found: Candidate[] = [];
  // Where the full names of people found so far end, to tell a list of names ("Didier Queloz and Michel Mayor"). Only
  // a name ending just before can be beside one (looking at every earlier name made a long one-line source
  // quadratic); candidates do not change while they are being found.
  const personEnds = new Set<number>();
  let indexedFound = 0;
  const personJustBefore = (start: number): boolean => {
    for (; indexedFound < found.length; indexedFound++) {
      const c = found[indexedFound];
      if (c.type === 'person' && c.words.length >= 2) personEnds.add(c.words[c.words.length - 1].end);
    }
    for (let end = Math.max(0, start - 40); end <= start; end++) {
      if (personEnds.has(end) && /^\s*(?:,|and|,\s+and|&)\s*$/.test(text.slice(end, start))) return true;
    }
    return false;
  };
  const pending = withListedSubjectsJoined(sequences(words, text, stats), text);
  // What follows "of" after a person ("Alexander Gagay of Yekaterinburg"): a place or an organisation, not a person.
  const affiliations = new WeakSet<Word[]>();
  const loose: Word[][] = [];
  const unplaced: Word[][] = [];
  const placeListed = new Set<number>();
  for (const m of text.slice(article.bodyStart).matchAll(PLACE_KIND_LIST)) {
    const listStart = article.bodyStart + m.index! + m[0].length - m[1].length;
    for (const item of m[1].matchAll(LISTED_NAME_RE)) placeListed.add(listStart + item.index!);
  }
  // "German firms including Deutsche Bahn, Deutsche Telekom, Daimler, and Siemens": a list after a plural kind of
  // organisation.
  const orgListed = new Set<number>();
  const listsNames = text.includes(' including ') || text.includes(' such as ') || text.includes(' like ');
  for (const m of listsNames ? text.slice(article.bodyStart).matchAll(ORG_LIST) : []) {
    const listStart = article.bodyStart + m.index! + m[0].length - m[1].length;
    for (const item of m[1].matchAll(LISTED_NAME_RE)) orgListed.add(listStart + item.index!);
  }
  // ("most of them in Jufra, Al-Kufra and the Fezzan", "between Bor and Jalle": a list after a preposition of where,
  // one of whose names is a known place, lists places.)
  for (const m of text.slice(article.bodyStart).matchAll(PLACE_LIST)) {
    const listStart = article.bodyStart + m.index! + m[0].length - m[1].length;
    const items = [...m[1].matchAll(LISTED_NAME_RE)];
    if (!items.some((item) => knownPlaceName(item[0]))) continue;
    // (Not a person in the list, "in Paris and Kofi Annan", nor what "the" names, unless a known place: "between the
    // Kurds and Turkey", "in Wuhan, and the Muséum national in Paris".)
    for (const item of items) {
      if (item[0].includes(' ') && inGivenNameList(item[0].split(/\s+/)[0])) continue;
      if (/\bthe\s+$/.test(m[1].slice(Math.max(0, item.index! - 4), item.index!)) && !knownPlaceName(item[0])) continue;
      placeListed.add(listStart + item.index!);
    }
  }
  const thingNames = new Set(
    pending
      .filter((seq) => THING_AFTER.test(text.slice(seq[seq.length - 1].end, seq[seq.length - 1].end + 20)))
      .map((seq) => nameKey(text.slice(seq[0].start, seq[seq.length - 1].end))),
  );
  // "Typhoon Igme", "Hurricane Dorian": a storm's name, there and wherever the article uses it alone ("Igme had made
  // landfall"), is no one's.
  for (const seq of pending) {
    if (seq.length >= 2 && STORM_WORDS.test(seq[0].text)) thingNames.add(nameKey(text.slice(seq[1].start, seq[seq.length - 1].end)));
    // ("the Dhaka Premier League (DPL)": a competition's abbreviation is no body's either.)
    if (isCompetitionLeague(seq)) {
      const abbreviation = abbreviationAfter(seq[seq.length - 1], text);
      if (abbreviation) thingNames.add(nameKey(abbreviation));
    }
  }
  while (pending.length) {
    let seq = pending.shift()!;
    // ("in Yakutsk and North-Eastern Federal University (NEFU)": where the initials in brackets spell only the words
    // after "and", the words before it are another name.)
    const andAt = seq.findIndex((w, k) => k > 0 && w.text === 'and');
    if (andAt > 0 && seq.length - andAt >= 3) {
      const acr = abbreviationAfter(seq[seq.length - 1], text);
      if (acr && spelledBy(seq.slice(andAt + 1), acr) && !spelledBy(seq, acr)) {
        pending.unshift(seq.slice(0, andAt));
        seq = seq.slice(andAt + 1);
      }
    }
    const affiliation = affiliations.has(seq);
    // ("a UNESCO World Heritage Site", "a UNESCO Biosphere Reserve": after a body's initials, a title it grants names
    // the body only.)
    if (seq.length >= 3 && isAcronym(seq[0].text) && BODY_DESIGNATION.test(text.slice(seq[1].start, seq[seq.length - 1].end))) seq = seq.slice(0, 1);
    // "from The Yardbirds", "to The Independent": a capital "The" inside a sentence is part of a band's or a paper's name.
    const capitalThe = text.startsWith('The', seq[0].start - 4) && /[\p{Ll},;]\s+The\s+$/u.test(text.slice(Math.max(0, seq[0].start - 12), seq[0].start));
    // A capitalised common word at a sentence start is not a name ("Speaking", "Turning").
    // A title keeps its capital there ("Mayor of Koszalin Piotr Jedlinski has declared").
    // "Dockworker Nils Aberg was blunter", "Co-developer Jing Wang recounted": a word for someone's occupation (by its
    // ending) that only the sentence's start capitalises, before a given name and a further word, is a role.
    let roleAtStart = false;
    if (
      seq.length >= 3 &&
      seq[0].initial &&
      /\p{Ll}(?:er|or|ist|man|woman|ian)$/u.test(seq[0].text) &&
      !capitalisedMid.has(seq[0].text) &&
      !inGivenNameList(seq[0].text) &&
      !LEXICON_WORD(lower(seq[0].text)) &&
      inGivenNameList(seq[1].text) &&
      !stats.pairSeenMid(seq[0].text, seq[1].text)
    ) {
      seq = seq.slice(1);
      seq[0] = { ...seq[0], initial: true };
      roleAtStart = true;
    }
    while (
      seq.length &&
      seq[0].initial &&
      (NON_NAMES.has(lower(seq[0].text)) || stats.isCommonWord(seq[0].text)) &&
      !weekdayBeforePlace(seq[0], seq[1]) &&
      !isAcronym(seq[0].text) &&
      // ("Associated Press reported": a pair written with capitals inside sentences elsewhere is a name here too.)
      !(seq.length >= 2 && !NON_NAMES.has(lower(seq[0].text)) && stats.pairSeenMid(seq[0].text, seq[1].text)) &&
      !(ROLE_HEADS.has(lower(seq[0].text)) && !NON_NAMES.has(lower(seq[0].text)) && seq.length >= 3 && lower(seq[1].text) === 'of') &&
      !officeSubjectAtStart(seq) &&
      // ... and so does a first name of people found elsewhere ("Bill Gerstenmaier of NASA spoke").
      !((stats.givenNames.has(seq[0].text) || stats.oftenCapitalised(seq[0].text)) && !NON_NAMES.has(lower(seq[0].text)) && seq.length >= 2 && !stats.seenLower(seq[1].text) && !LEXICON_WORD(lower(seq[1].text))) &&
      // ("Humane Society executive director Sara Amundson": an adjective and a word for a body that is no common one
      // name that body; "Local council" does not.)
      !(seq.length === 2 && ORG_WORDS.has(lower(seq[1].text)) && !GENERIC_ORG_WORDS.has(lower(seq[1].text)) && !LEXICON_WORD(lower(seq[0].text))) &&
      // ("Van der Linde, a Dutch-born engineer," after "Joost van der Linde": a surname's particle, capitalised only by
      // the sentence's start.)
      !(seq.length >= 2 && PARTICLES.has(lower(seq[0].text)) && text.includes(` ${lower(seq[0].text)} ${seq[1].text}`)) &&
      !nationalBodyAtStart(seq)
    ) {
      seq = seq.slice(1);
      if (seq.length) seq[0] = { ...seq[0], initial: true };
    }
    // ("Minister of Culture and National Heritage Hanna Żuławska": the rest of an office's subjects after "and" runs
    // on into the holder's name, which starts at a given name one or two words from the end.)
    if (seq.length >= 3 && OFFICE_SUBJECTS_BEFORE.test(text.slice(Math.max(0, seq[0].start - 80), seq[0].start))) {
      const given = seq.findIndex((w, k) => k >= 1 && k >= seq.length - 3 && k <= seq.length - 2 && inGivenNameList(w.text));
      if (given > 0 && seq.slice(0, given).every((w) => w.cap && !inGivenNameList(w.text))) seq = seq.slice(given);
    }
    // "U.S. Attorney for the Western District of Texas": a title before "of"/"for" and a named body or district.
    const officeAt = seq.findIndex(
      (w, k) =>
        k >= 1 &&
        k <= 2 &&
        ROLE_HEADS.has(lower(w.text)) &&
        ['of', 'for'].includes(lower(seq[k + 1]?.text ?? '')) &&
        seq.slice(0, k).every((x) => ROLE_HEADS.has(lower(x.text)) || ROLE_MODIFIERS.has(lower(x.text)) || DEMONYMS.has(lower(x.text)) || isAcronym(x.text)),
    );
    const officeEnd = seq.length ? lower(seq[seq.length - 1].text) : '';
    const officeTail = joined0(seq.slice(officeAt + 2).filter((x, k) => k > 0 || lower(x.text) !== 'the'));
    if (
      officeAt >= 0 &&
      (seq.slice(officeAt + 2).some((x) => ORG_WORDS.has(lower(x.text)) || PLACE_WORDS.has(lower(x.text))) || PLACE_NAMES.has(officeTail) || PLACES.has(officeTail)) &&
      (ORG_WORDS.has(officeEnd) || PLACE_WORDS.has(officeEnd) || PLACES.has(officeEnd))
    ) {
      seq = seq.slice(officeAt + 2);
      while (seq.length && lower(seq[0].text) === 'the') seq = seq.slice(1);
    }
    // "Mayor of New York City": a title with "of" names an office; the name is what follows.
    // ("US Secretary of State Mike Pompeo": words before the title go with it when a name follows.)
    const headAt = seq.findIndex((w, k) => k <= 2 && ROLE_HEADS.has(lower(w.text)) && /^(?:of|for)$/.test(lower(seq[k + 1]?.text ?? '')));
    const titlePrefix = (ws: Word[]) => PLACE_NAMES.has(joined0(ws)) || ws.every((x) => ROLE_MODIFIERS.has(lower(x.text)) || DEMONYMS.has(lower(x.text)) || isAcronym(x.text) || PLACES.has(lower(x.text)));
    if (headAt > 0 && seq.length - headAt >= 5 && titlePrefix(seq.slice(0, headAt))) seq = seq.slice(headAt);
    let officeTitled = false;
    while (seq.length > 2 && ROLE_HEADS.has(lower(seq[0].text)) && /^(?:of|for)$/.test(lower(seq[1].text))) {
      // "Mayor of Koszalin Piotr Jedlinski", "Speaker of the House Nancy Pelosi": the office's place or body goes
      // with the title when a name follows.
      let rest = seq.slice(2);
      if (rest.length && lower(rest[0].text) === 'the') rest = rest.slice(1);
      const personAfter = rest.length >= 3 && rest.slice(-2).every((x) => !CONNECTORS.has(lower(x.text)) && !ORG_WORDS.has(lower(x.text)) && !PLACE_WORDS.has(lower(x.text)) && !PLACES.has(lower(x.text)));
      officeTitled = personAfter;
      // ("CEO of the Refugee Council Enver Solomon": a body of several words ends at its organisation or place word,
      // and is a name of its own.)
      const placeEnd = rest.length >= 4 && PLACE_NAMES.has(joined0(rest.slice(0, 2))) ? 2 : 1;
      let bodyEnd = placeEnd;
      // (The name after it has no "of" or "for": "Chairman of the Australian Centre for Control of ..." is one body.)
      for (let k = 1; k < rest.length - 2; k++) {
        if ((ORG_WORDS.has(lower(rest[k].text)) || PLACE_WORDS.has(lower(rest[k].text))) && !rest.slice(k + 1).some((w) => !w.cap && CONNECTORS.has(lower(w.text)))) bodyEnd = k + 1;
      }
      if (personAfter && bodyEnd > placeEnd) pending.push(rest.slice(0, bodyEnd));
      // ("Minister of Foreign Affairs Anna Novak": the office's words run on to a given name two or three words from
      // the end.)
      const given = rest.findIndex((x, k) => k >= bodyEnd && k >= rest.length - 3 && k <= rest.length - 2 && (inGivenNameList(x.text) || stats.givenNames.has(x.text)));
      // (The office's words may hold "for", "of" or "and": "Minister of State for Foreign Affairs Anna Novak".)
      if (personAfter && given > bodyEnd && rest[given - 1].cap && rest.slice(bodyEnd, given).every((x) => (x.cap && !CONNECTORS.has(lower(x.text))) || /^(?:of|for|and)$/.test(x.text))) bodyEnd = given;
      seq = personAfter ? rest.slice(bodyEnd) : rest;
    }
    // ("El Paso", "La Paz", "Van Gogh" keep a capitalised particle.)
    while (seq.length && CONNECTORS.has(lower(seq[0].text)) && (!seq[0].cap || WEAK_CONNECTORS.has(lower(seq[0].text)) || ['of', 'for'].includes(lower(seq[0].text)) || seq.length === 1)) seq = seq.slice(1);
    if (!seq.length) continue;
    // "the Democratic nomination", "Republicans hold a majority": a party's adjective or members, capitalised inside a
    // sentence, name the party.
    if (seq.length === 1 && !seq[0].initial && PARTY_WORDS.has(lower(seq[0].text))) {
      found.push({ words: seq, type: 'organization' });
      continue;
    }
    if (seq.every((w) => !isAcronym(w.text) && (NON_NAMES.has(lower(w.text)) || DEMONYMS.has(lower(w.text)))) && !PLACE_NAMES.has(joined0(seq))) continue;
    // ("An NGO said", "the CEO": an abbreviation for a kind of thing, no one's name.)
    if (seq.length === 1 && GENERIC_ABBREVIATIONS.has(lower(seq[0].text))) continue;
    // ("The 24-year-old Dane, who rode with a plate in his wrist,", "the Swede": a nationality's noun after "the" is
    // someone's nationality, not a name; "Dane Cook" keeps his.)
    if (seq.length === 1 && NATIONALITY_NOUNS.test(seq[0].text) && /\b[Tt]he\s+(?:[\d\p{Ll}-]+\s+){0,2}$/u.test(text.slice(Math.max(0, seq[0].start - 40), seq[0].start))) continue;
    // ("[ENDS]", "[CLIP]", "[APPLAUSE]": a transcript's marker in brackets, a word of the language, no one's name; not an
    // editor's "the [FIFA] World Cup".)
    if (seq.length === 1 && text[seq[0].start - 1] === '[' && (text[seq[0].end] === ']' || text[seq[0].end] === ':') && TRANSCRIPT_MARKER.test(seq[0].text)) continue;
    // ("ROWENA BUENAFE (ANCHOR):", "RODEL NUÑEZ (TRICYCLE DRIVER):": a transcript speaker's job in capitals, in brackets
    // between the name and the colon.)
    if (text[seq[0].start - 1] === '(' && text.startsWith('):', seq[seq.length - 1].end) && seq.every((w) => /^[\p{Lu}\p{M}\-]{2,}$/u.test(w.text)) && seq.some((w) => isRoleNoun(lower(w.text), 'person'))) continue;
    // ("Bill" first before a proper word is a first name: "Bill Gerstenmaier".)
    // ("Mayor Bill de Blasio": after a title too, and the word after a particle.)
    const nextProper = (k: number) => (k + 2 < seq.length && isParticle(seq, k + 1) ? k + 2 : k + 1);
    const notEntityWord = (w: Word, k: number) =>
      NOT_ENTITY_WORDS.has(lower(w.text)) &&
      !(
        (k === 0 || ROLE_HEADS.has(lower(seq[k - 1].text)) || seq.slice(0, k).every((x) => ROLE_HEADS.has(lower(x.text)) || ROLE_MODIFIERS.has(lower(x.text)))) &&
        stats.givenNames.has(w.text) &&
        nextProper(k) < seq.length &&
        !stats.seenLower(seq[nextProper(k)].text) &&
        !LEXICON_WORD(lower(seq[nextProper(k)].text))
      );
    if (seq.some(notEntityWord) && !seq.some((w) => ORG_WORDS.has(lower(w.text)))) {
      // "the Constitution of the United States of America": the owner after "of" is still a name.
      const ofK = seq.findIndex((w, k) => lower(w.text) === 'of' && seq.slice(0, k).some(notEntityWord) && !seq.slice(k + 1).some(notEntityWord));
      if (ofK > 0) {
        const owner = seq.slice(ofK + 1);
        while (owner.length && CONNECTORS.has(lower(owner[0].text))) owner.shift();
        if (owner.length) pending.push(owner);
      }
      continue;
    }
    // ("Dhaka Premier League", "AFC Challenge League", "the Diamond League": a competition, no body, unless it speaks:
    // "the Premier League said".)
    if (isCompetitionLeague(seq) && !SPEECH_AFTER.test(text.slice(seq[seq.length - 1].end, seq[seq.length - 1].end + 30).replace(/^['’]s\b/, ''))) continue;
    // "(Ambassador to the) United Nations Nikki Haley": a body's or place's name run on into a person's, who is
    // named by a known first name and one more word: two names. ("Hotel Arpit Palace" is one place;
    // "Chad Michael Murray", first names all but the last word, one person.)
    if (seq.length >= 3) {
      const g = seq.length - 2;
      const before = lower(seq[g - 1].text);
      // ("Avenue Blaise Diagne", "Rua Joaquim Nabuco": a street named after a person is one place.)
      // ("Fundación Mar Interior", "Universidad Carlos III": a body's word in another language comes first, and its
      // name runs on after it.)
      // ("FC Saint-Éloi Lupopo": and a club's initials open its name.)
      const foreignKindFirst = g === 1 && (FOREIGN_KIND_WORDS.has(before) || CLUB_INITIALS.test(seq[0].text));
      if (seq[g].cap && !foreignKindFirst && !STREET_FIRST.test(seq[0].text) && inGivenNameList(seq[g].text) && !seq.slice(0, g).every((w) => inGivenNameList(w.text)) && seq[g + 1].cap && !seq[g + 1].initial && !NON_NAMES.has(lower(seq[g + 1].text)) && !ORG_WORDS.has(lower(seq[g + 1].text)) && !PLACE_WORDS.has(lower(seq[g + 1].text)) && (ORG_WORDS.has(before) || PLACE_WORDS.has(before) || PLACES.has(before))) {
        pending.push(seq.slice(0, g));
        seq = seq.slice(g);
      }
    }
    // "Lucy Fischer of The Times": a person of an organisation is two names.
    // "Abderrahman Samba of Qatar", "Bill Gerstenmaier of NASA", "Patrick Crusius of Allen, Texas": likewise a
    // person of a place; the "of" is evidence of a person.
    let personOf = false;
    // ("Kemar Pemberton for Bath United": a player for his club too.)
    const ofAt = seq.findIndex((w) => lower(w.text) === 'of' || lower(w.text) === 'for');
    if (ofAt >= 2 && ofAt <= 6) {
      const head = seq.slice(0, ofAt);
      // "Director Anthony Fauci of the ...": a title before the name.
      const core = splitTitle(head, stats).name;
      let tail = seq.slice(ofAt + 1);
      while (tail.length && CONNECTORS.has(lower(tail[0].text))) tail = tail.slice(1);
      const headOk =
        core.length >= 2 &&
        core.length <= 4 &&
        !head.some((w) => ORG_WORDS.has(lower(w.text)) || PLACE_WORDS.has(lower(w.text))) &&
        // ("the Siberian Branch of the Russian Academy of Sciences": a unit of a body, no person.)
        !SUBUNIT_WORDS.has(lower(head[head.length - 1].text)) &&
        !core.some((w) => ROLE_HEADS.has(lower(w.text)) || ROLE_MODIFIERS.has(lower(w.text))) &&
        !PLACE_NAMES.has(joined0(core)) &&
        // ("Santiago Urrego of Team Astana": a given name that is also a city's, before a surname.)
        (!PLACES.has(lower(core[0].text)) || (inGivenNameList(core[0].text) && core.slice(1).every((w) => !stats.seenLower(w.text) && !LEXICON_WORD(lower(w.text))))) &&
        (!stats.isCommonWord(core[0].text) || stats.givenNames.has(core[0].text) || stats.oftenCapitalised(core[0].text));
      const tailKey = tail.map((w) => lower(w.text)).join(' ');
      const tailOrg = tail.some((w) => ORG_WORDS.has(lower(w.text)) || KNOWN_ORGS.has(lower(w.text))) || (tail.length === 1 && isAcronym(tail[0].text));
      const tailPlace =
        tail.length > 0 &&
        (PLACES.has(tailKey) || PLACE_NAMES.has(tailKey) || PLACE_AFTER(text.slice(tail[tail.length - 1].end, tail[tail.length - 1].end + 30)));
      // ("Mick Jagger of The Rolling Stones": two proper words never written in lower case need no more.)
      const properHead = core.every((w) => !stats.seenLower(w.text) && !LEXICON_WORD(lower(w.text)) && !isAcronym(w.text));
      // (After "for", only a body or a club, or an office: "Danny Dyer for PM", a slogan, names the man and no body.)
      const forOffice = tail.length === 1 && ROLE_HEADS.has(lower(tail[0].text));
      const forClub = lower(seq[ofAt].text) !== 'for' || forOffice || tailOrg || (tail.length >= 2 && (TEAM_PLURALS.has(tailKey.split(' ').pop()!) || tailKey.endsWith(' united')));
      if (headOk && tail.length && forClub && (tailOrg || tailPlace || properHead)) {
        if (!forOffice) pending.push(tail);
        affiliations.add(tail);
        seq = head;
        personOf = true;
      }
    }
    // ("the Financial Crimes Unit of the Royal Turks and Caicos Islands Police Force": a unit of a named body is two
    // bodies, the unit and the body.)
    const unitOf = !personOf ? seq.findIndex((w, k) => k >= 1 && lower(w.text) === 'of' && SUBUNIT_WORDS.has(lower(seq[k - 1].text))) : -1;
    if (unitOf >= 2) {
      let tail = seq.slice(unitOf + 1);
      while (tail.length && lower(tail[0].text) === 'the') tail = tail.slice(1);
      // ("the Land and Titles Division of the High Court of American Samoa": the body's word may come before its place.)
      const bodyAt = tail.findIndex((w) => ORG_WORDS.has(lower(w.text)));
      if (tail.length >= 2 && (ORG_WORDS.has(lower(tail[tail.length - 1].text)) || (bodyAt >= 1 && lower(tail[bodyAt + 1].text) === 'of'))) {
        pending.push(tail);
        // ("the Siberian Branch of the Russian Academy of Sciences": the unit is a body, by its word.)
        found.push({ words: seq.slice(0, unitOf), type: 'organization' });
        continue;
      }
    }
    // "Amazon Environmental Research Institute Director Ane Alencar": organisation, title, person.
    // ("Dirección General del Sistema Penitenciario", "Fiscalía General de la República": "General" after a body's word
    // in its own language is part of its name, no general's title.)
    const generalOfBody = (k: number) => seq[k + 1]?.text === 'General' && FOREIGN_KIND_WORDS.has(lower(seq[k].text));
    // ("Orchid Capital Pte Ltd": not a title before a legal form, "Pte" there being Singapore's "private".)
    // ("Superior Court Associate Judge Teresita Cepeda": a title's modifiers may come before its head.)
    const titleHeadAfter = (k: number) => {
      let j = k + 1;
      while (j < seq.length - 1 && j - k <= 2 && ROLE_MODIFIERS.has(lower(seq[j].text)) && !ROLE_HEADS.has(lower(seq[j].text)) && !ORG_WORDS.has(lower(seq[j].text))) j++;
      return ROLE_HEADS.has(lower(seq[j]?.text ?? '')) ? j : -1;
    };
    const orgEnd = seq.findIndex((w, k) => {
      if (!ORG_WORDS.has(lower(w.text)) || generalOfBody(k)) return false;
      const head = titleHeadAfter(k);
      return head >= 0 && head + 1 < seq.length && !isLegalForm(seq[head + 1].text);
    });
    if (orgEnd >= 0) {
      pending.push(seq.slice(0, orgEnd + 1));
      seq = seq.slice(orgEnd + 1);
    }
    const isOrgLike = seq.some((w) => ORG_WORDS.has(lower(w.text)));
    const isPlaceLike = seq.length > 1 && seq.some((w) => PLACE_WORDS.has(lower(w.text))) && !seq.some((w) => ORG_WORDS.has(lower(w.text)));
    // ("U.S. Justice Department": a title's word inside a name that ends in an organisation's word is no title.)
    const endsOrg = seq.length >= 2 && ORG_WORDS.has(lower(seq[seq.length - 1].text)) && !ROLE_HEADS.has(lower(seq[seq.length - 1].text));
    // (Not "General" after a body's word in its own language: generalOfBody above.)
    const titleWordIn = (w: Word, k: number) => ROLE_HEADS.has(lower(w.text)) && !(k > 0 && generalOfBody(k - 1));
    // ("the Queen Juliana Bridge", "King Fahd Causeway": a structure named after a titled person keeps the title.)
    const endsStructure = isPlaceLike && seq.length >= 3 && STRUCTURE_LAST.test(seq[seq.length - 1].text);
    // ("Chaussée Prince Louis Rwagasore", "Avenue Général de Gaulle": a street named after a titled person keeps the title.)
    const streetAfterTitled = seq.length >= 3 && STREET_FIRST.test(seq[0].text);
    // ("the Office of the Attorney General", "Department of the Prime Minister": a body's word, then "of" and an office,
    // names the office's body.)
    const bodyOfOffice = seq.length >= 3 && ORG_WORDS.has(lower(seq[0].text)) && !ROLE_HEADS.has(lower(seq[0].text)) && /^(?:of|for)$/i.test(seq[1].text);
    let { title, name } = ((isOrgLike || isPlaceLike) && (endsOrg || endsStructure || bodyOfOffice || !seq.some(titleWordIn))) || streetAfterTitled ? { title: [], name: seq } : splitTitle(seq, stats);
    const onlyTitleWords = name.every((w) => [NON_NAMES, DEMONYMS, ROLE_HEADS, ROLE_MODIFIERS].some((set) => set.has(lower(w.text))));
    const orgNamed = name.some((w) => ORG_WORDS.has(lower(w.text))) && !ROLE_HEADS.has(lower(name[name.length - 1].text));
    if (!name.length || (onlyTitleWords && !orgNamed && !(name.length === 1 && isAcronym(name[0].text)) && !PLACE_NAMES.has(joined0(name)))) continue;
    // ("R11 million", "R50,000": an amount in rand, or in another currency written with a capital letter before its
    // digits, is no body's name.)
    if (name.length === 1 && /^\p{Lu}\d{1,3}$/u.test(name[0].text) && /^(?:[,.]\d|\s+(?:million|billion|bn|trillion|m)\b)/.test(text.slice(name[0].end, name[0].end + 10))) continue;
    // ("Its executive director, Prof. Godfrey Rugemalira": an abbreviated title its full stop cut off is no name.)
    if (name.length === 1 && text[name[0].end] === '.' && TITLE_ABBREVIATION_BEFORE.test(` ${name[0].text}. `)) continue;
    // "Adv. Marius le Roux SC", "Jane Hart QC", "Sir Ian Blair KBE": letters after a person's name are no part of it.
    if (name.length >= 3 && POST_NOMINALS.test(name[name.length - 1].text) && name[name.length - 2].cap) name = name.slice(0, -1);
    // "Mayor of London Sadiq Khan", "on Saturday Sirhan Sirhan": a leading place or date is not part of a name.
    // "on Tuesday in Cornell University": a date and a connector before a name are not part of it.
    // ("Soldiers of the RSMA set up points": a plural noun opening the sentence, before "of" and an abbreviation, is no
    // part of the body's name; "Friends of the Earth" keeps its words.)
    if (name.length >= 3 && name[0].initial && /s$/.test(name[0].text) && !inGivenNameList(name[0].text) && lower(name[1].text) === 'of' && isAcronym(name[name.length - 1].text) && name.slice(2, -1).every((w) => lower(w.text) === 'the')) name = name.slice(-1);
    // (Not a weekday before a word for a place: "Thursday Island".)
    while (
      name.length > 1 &&
      !weekdayBeforePlace(name[0], name[1]) &&
      (NON_NAMES.has(lower(name[0].text)) || (CONNECTORS.has(lower(name[0].text)) && (!name[0].cap || WEAK_CONNECTORS.has(lower(name[0].text)) || ['of', 'for'].includes(lower(name[0].text))))) &&
      !isAcronym(name[0].text)
    )
      name = name.slice(1);
    // "National Transportation Safety Committee of Indonesia", "Cocoa Research Institute of Ghana": the country after an
    // organisation's word is named as a place too, and the body keeps its whole name. (Until session 18 the country
    // was cut off the body's name, as the first annotated set has it; every set annotated since, and GUM, keep it.)
    // (Not a party's or a bank's country, "People's Party of Canada", nor a city, "District Court of Rotterdam".)
    const countryAfter = (k: number) => {
      const place = name.slice(k + 1).map((x) => lower(x.text)).join(' ');
      return PLACES.has(place) && !CITIES.has(place);
    };
    const ofPlace = name.findIndex((w, k) => lower(w.text) === 'of' && k > 1 && ORG_WORDS.has(lower(name[k - 1].text)) && !/^(?:party|bank)$/.test(lower(name[k - 1].text)) && countryAfter(k));
    if (ofPlace > 0) pending.push(name.slice(ofPlace + 1));
    // ("Loubha FC of Kindia": a club's initials end its name; the town after "of" is where it plays.)
    const clubOf = name.findIndex((w, k) => lower(w.text) === 'of' && k >= 2 && /^(?:FC|AC|SC|AFC|CF)$/.test(name[k - 1].text) && k + 1 < name.length);
    if (clubOf > 0) {
      found.push({ words: name.slice(clubOf + 1), type: 'place' });
      name = name.slice(0, clubOf);
    }
    // "the Afghan Taliban": a nationality before a known organisation is not part of its name.
    // ("Liberal Democrats", "Sweden Democrats", "Christian Democrats": a word before a party's members is its name.)
    if (name.length >= 2 && DEMONYMS.has(lower(name[0].text)) && KNOWN_ORGS.has(joined0(name.slice(1))) && !(name.length === 2 && PARTY_WORDS.has(lower(name[1].text)))) name = name.slice(1);
    // ("By Nadia Coopen, Business Desk", "Science Correspondent": a newsroom's desk in a byline is no one's name.)
    if (name.length >= 2 && /^(?:Desk|Team|Correspondent|Reporter|Editor)$/.test(name[name.length - 1].text) && NEWSROOM_DESK.test(name[name.length - 2].text)) continue;
    // ("Deputy Minister for Labour Standards Cllr. Augustine B. Kpehe": words ending in an abbreviated title before a
    // name are the title, no one's name.)
    if (name.length >= 2 && /^\.\s+\p{Lu}/u.test(text.slice(name[name.length - 1].end, name[name.length - 1].end + 3)) && TITLE_ABBREVIATION_BEFORE.test(` ${name[name.length - 1].text}. `)) continue;
    // ("By Prince D. Wleh, Margibi County Correspondent": a correspondent's beat before the word is a place, the word
    // no part of it.)
    if (name.length >= 2 && /^(?:Correspondent|Reporter|Stringer)$/.test(name[name.length - 1].text)) name = name.slice(0, -1);
    let type = classify(name, text, stats);
    // A known place among the name's words, which makes it no outlet's or "The …" body's name. ("The Baltimore Sun": a
    // city's may open a body's.)
    const placeInName = (w: Word) => PLACES.has(lower(w.text)) && !(name.length >= 2 && CITIES.has(lower(w.text)));
    // ("Liberal Democrats", "Sweden Democrats": a party named by its members; "House Democrats" are members of a body.)
    if (name.length === 2 && /^(?:democrats|republicans|liberals|conservatives|greens)$/.test(lower(name[1].text)) && !ORG_WORDS.has(lower(name[0].text))) type = 'organization';
    const before40 = text.slice(Math.max(0, name[0].start - 40), name[0].start);
    // "contributor to Slate", "published Wednesday in Nature Astronomy": a publication, not a place.
    if ((!type || (type === 'place' && name.length === 1 && !PLACES.has(joined0(name)))) && (PUBLICATION_BEFORE.test(before40) && !PLACES.has(joined0(name)) && !PLACE_NAMES.has(joined0(name)))) type = 'organization';
    // (Not a town GeoNames knows whole with its small word: "Andorra la Vella".)
    if (type !== 'organization' && type !== 'place' && !isTownWithSmallWord(name)) {
      // Only a person's name sheds a leading place or date ("Mayor of London Sadiq Khan"); an organisation keeps
      // it ("Massachusetts Institute of Technology").
      while (name.length > 2 && (PLACES.has(lower(name[0].text)) || NON_NAMES.has(lower(name[0].text)))) name = name.slice(1);
      if (name.length > 3 && PLACE_NAMES.has(lower(`${name[0].text} ${name[1].text}`))) name = name.slice(2);
      type = classify(name, text, stats);
    }
    // ("Park Hye-rim": a family name that is a word of places, before a hyphenated given name.)
    if (type === 'place' && hyphenatedGivenName(name, stats)) type = 'person';
    // ("on loan from Motherwell", "a former Derry City midfielder": a club, by what its players are to it; not a
    // country, whose national side is named by the country.)
    if ((type === 'place' || !type) && !PLACES.has(joined0(name)) && !DEMONYMS.has(joined0(name)) && (ON_LOAN_BEFORE.test(text.slice(Math.max(0, name[0].start - 20), name[0].start)) || (PLAYER_AFTER.test(text.slice(name[name.length - 1].end, name[name.length - 1].end + 20)) && !(name.length === 1 && stats.seenLower(name[0].text))))) type = 'organization';
    if (!type && roleAtStart && name.length >= 2) type = 'person';
    // ("By Shilan Dilshad" on a line of its own, or before a comma and a desk: a byline names its reporter.)
    // ("By Mwenya Chileshe in Chipata", "By Lina Haddadin in Amman and Arief Setiawan in Jakarta": where each files
    // from, and a second reporter after "and", on the byline's own line; over a town's name a reporter's may share.)
    if ((!type || type === 'place') && name.length >= 2 && name.length <= 4 && bylineName(text, name)) type = 'person';
    // ("By Lesego Tau ¶ Science reporter, Maun": under a byline, the place after the reporter's job is where they file.)
    if (name.length <= 3 && jobLinePlace(text, name)) type = 'place';
    // ("Thaqafi Tulkarem 3 Wadi Al-Nes 0": a side in a match result, a name of no known kind.)
    if (!type && name.length <= 3 && inMatchResult(text, name)) type = 'organization';
    // "a law firm Sidley Austin", "the newspaper Magyar Nemzet": a word for a kind of organisation before it.
    // ("software developer Maarten de Vries", "building contractor Jan Berg": a word for a maker or a supplier may be a
    // person's job, so not before a given name and a surname.)
    // ("His company Luangwa Valley Ginners": a place's word inside the name does not outweigh the kind of body said
    // right before it, where the name does not end in a place's word.)
    const placeByWord = type === 'place' && name.length >= 2 && !PLACE_WORDS.has(lower(name[name.length - 1].text)) && !PLACE_NAMES.has(joined0(name)) && !inPlaceGazetteer(joined0(name));
    const kindBefore = !type || placeByWord ? bodyKindBefore(name, text) : null;
    if (kindBefore && !(AGENT_NOUN_BEFORE.test(kindBefore[0]) && name.length >= 2 && inGivenNameList(name[0].text))) type = 'organization';
    if (!type && name.length <= 3 && orgListed.has(name[0].start)) type = 'organization';
    // "the Czech builder Metrostav", "the Norwegian fish farmer Havbruk Nordvest": a country's trade before a name
    // that opens with no given name is a company's. ("farmer Kofi Boateng" is a man.)
    if (!type && !title.length && !(inGivenNameList(name[0].text) || stats.givenNames.has(name[0].text))) {
      const trade = TRADE_BODY_BEFORE.exec(text.slice(Math.max(0, name[0].start - 50), name[0].start));
      // ("Burkina Faso’s shea butter processor Karité du Houet": a country's, by its name in the possessive.)
      if (trade && (trade[1] ? DEMONYMS.has(lower(trade[1])) : PLACES.has(lower(trade[2])) || inPlaceGazetteer(lower(trade[2])))) type = 'organization';
    }
    // "Raja defender Yassine Ait Bouhou", "Oulun Kärpät defenceman Brady McTavish", "Tappara captain Ville Kuusilehto":
    // a side's name before a player's position or a club's office and the holder's name. (Not a country's or a
    // people's: "England captain Harry Kane", "Colombian president Iván Duque".)
    if (
      !type &&
      !title.length &&
      (TEAM_OFFICE_AFTER.test(text.slice(name[name.length - 1].end, name[name.length - 1].end + 30)) ||
        // ("Emelec's Argentine centre-back Franco Ibarguren": a side's player, by the side's possessive. Not a
        // person's, "Smith's new striker" being rare and a given name first telling it.)
        (!inGivenNameList(name[0].text) && TEAM_PLAYER_AFTER_POSSESSIVE.test(text.slice(name[name.length - 1].end, name[name.length - 1].end + 50)))) &&
      !name.some((w) => PLACES.has(lower(w.text)) || DEMONYMS.has(lower(w.text)) || isPlaceAdjective(lower(w.text)))
    )
      type = 'organization';
    // "plays for Valencia Basket", "played briefly for Neptūnas Klaipėda": the side a player plays for. (Not a country's
    // or a place's name: "played for Brazil" is the place, as the annotators count a national side.)
    if (type !== 'organization' && type !== 'place' && !title.length && PLAYS_FOR_BEFORE.test(before40) && !name.some((w) => PLACES.has(lower(w.text))) && !PLACE_NAMES.has(joined0(name))) type = 'organization';
    // "Time magazine", "the Acme company's banner": a kind of organisation
    // in lower case right after the name.
    // ("the Qatari broadcaster": not a people's adjective.)
    if (!type && !title.length && !isPlaceAdjective(joined0(name)) && ORG_NOUN_AFTER.test(text.slice(name[name.length - 1].end, name[name.length - 1].end + 20))) type = 'organization';
    // ("The Bernie and Sid Show": not when the name runs on past "and".)
    if (
      !type &&
      capitalThe &&
      !title.length &&
      name.length <= 4 &&
      !name.some((w) => placeInName(w) || DEMONYMS.has(lower(w.text))) &&
      !/^\s+(?:and|&)\s+\p{Lu}/u.test(text.slice(name[name.length - 1].end, name[name.length - 1].end + 8))
    )
      // ("in The Hague", "taken to hospital in The Valley", "the shops on The Avenue": a town GeoNames knows with its
      // article, or a word of places after a preposition of where, is a place.)
      type =
        inPlaceGazetteer(`the ${joined0(name)}`) || (name.length === 1 && PLACE_WORDS.has(lower(name[0].text)) && /\b(?:in|on|at|near|between|outside|around|along)\s+The\s+$/.test(before40))
          ? 'place'
          : 'organization';
    // "according to Rappler", "Rudaw reports", "in an interview with Dawn": a source that is no person's name (no
    // given name first, no word of a person named before it) is an outlet.
    // ("Al Jazeera reported": an Arabic article, not the given name Al, before an outlet's report; "Planned
    // Parenthood, which said": what speaks and is a "which" is a body.)
    // (The text after the name is read once, and only for a name this rule can type.)
    const outletCandidate = !type && name.length <= 3 && !title.length && !affiliation;
    const afterName = outletCandidate ? text.slice(name[name.length - 1].end, name[name.length - 1].end + 40) : '';
    const whichSpeaks = WHICH_SPEAKS.test(afterName);
    // ("made by Ap Gyeltshen, 72, a bow maker": an age after the name is a person's.)
    if (
      outletCandidate &&
      !AGE_AFTER_NAME.test(afterName) &&
      (SOURCE_BEFORE.test(text.slice(Math.max(0, name[0].start - 30), name[0].start)) || SOURCE_AFTER.test(afterName.slice(0, 20)) || whichSpeaks) &&
      !(name.length >= 2 && (inGivenNameList(name[0].text) || stats.givenNames.has(name[0].text)) && !whichSpeaks && !(/^(?:Al|El)$/.test(name[0].text) && /^\s+(?:reported|reports)\s+(?:that|on)\b/.test(afterName.slice(0, 20)))) &&
      !name.some((w) => placeInName(w) || PLACE_ACRONYMS.has(lower(w.text)) || DEMONYMS.has(lower(w.text))) &&
      !found.some((c) => c.type === 'person' && c.words.some((w) => name.some((x) => x.text === w.text)))
    )
      type = 'organization';
    const lastEnd = name[name.length - 1].end;
    // "UpGuard, a cybersecurity firm", "Tor, a layered network designed to ...": what the appositive calls it.
    // ("Bee Timor-Leste (BTL), the public water company,": past the name's abbreviation in brackets.)
    const appositive = appositiveKind(text.slice(lastEnd, lastEnd + 100).replace(/^\s*\([\p{Lu}\p{N}\-&.]{2,12}\)/u, ''), name.length);
    if (!type && appositive === 'thing') continue;
    // ("his uncle, Anselmo Nororí, a marimba maker": a maker or a dealer named by a given name and a surname is a person
    // who makes or deals.)
    const personalTrade = appositive === 'organization' && name.length >= 2 && inGivenNameList(name[0].text) && PERSONAL_TRADE_APPOSITIVE.test(text.slice(lastEnd, lastEnd + 60));
    if (!type && appositive && appositive !== 'thing' && !personalTrade) type = appositive;
    // "Grateful Dead drummer Mickey Hart", "Chinese University political scientist Ma Ngok": an affiliation before
    // a role in lower case and a name.
    // ("Oranjestad lawyer Marisol Dijkhoff-Lacle": a town GeoNames knows, one word, says where the lawyer works.)
    if (!type && !joined0(name).split('-').some((p) => DEMONYMS.has(p) || PLACES.has(p) || PLACE_ACRONYMS.has(p)) && !isPlaceAdjective(joined0(name)) && !(name.length === 1 && inPlaceGazetteer(joined0(name)) && !stats.seenLower(name[0].text)) && AFFILIATION_AFTER.test(text.slice(lastEnd, lastEnd + 50))) type = 'organization';
    // "NASA's James Webb space telescope", "the PALM trial", "Investigational Interventions framework": a name before
    // a thing's noun names the thing, here and wherever the article uses it.
    if (thingNames.has(nameKey(text.slice(name[0].start, lastEnd))) && !KNOWN_ORGS.has(joined0(name)) && type !== 'place') continue;
    // "São Paulo, Brazil", "Ciudad Juárez": followed by a known place, or a place word first.
    // "the towns of Beni, Butembo, Mangina, and Katwa": a list after a plural kind of place.
    if (!type && name.length <= 3 && placeListed.has(name[0].start)) type = 'place';
    // "Garuda Indonesia", "Euronext Paris", "WWF Bulgaria", "Rytas Vilnius": a word that is no place's, no person's
    // and no word of the language, then a country's or a city's name: a body named for where it works.
    if (!type && !title.length && brandBeforePlace(name, stats)) type = 'organization';
    // ("La Prensa reported", "El Universo's front page": a Romance article opening a name no gazetteer knows, and what
    // a newspaper does after it, make a paper, not a place.)
    if (!type && name.length >= 2 && ROMANCE_ARTICLE_FIRST.test(name[0].text) && !PLACE_NAMES.has(joined0(name)) && !inPlaceGazetteer(joined0(name)) && NEWSPAPER_AFTER.test(text.slice(name[name.length - 1].end, name[name.length - 1].end + 30))) type = 'organization';
    const placeCue = PLACE_AFTER(text.slice(name[name.length - 1].end, name[name.length - 1].end + 30));
    // "Puerto Rican": a place's adjective is not a place.
    // (A titled name before ", United States" is still a person: "Speaker of the House Nancy Pelosi, United States ...".)
    if (!type && !isPlaceAdjective(joined0(name)) && ((placeCue && !officeTitled && !title.length) || (PLACE_PREFIX.test(name[0].text) && (name.length >= 2 || !STREET_FIRST.test(name[0].text)) && !PILGRIM_GIVEN_NAME.test(`${name[0].text} ${name[1]?.text}`)))) type = 'place';
    // ("still call her Mrs P": a lone letter after a title is a nickname's initial, no name to index.)
    if (name.length === 1 && /^\p{Lu}$/u.test(name[0].text) && /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+$/.test(text.slice(Math.max(0, name[0].start - 6), name[0].start))) continue;
    // Earth, the Moon, Jupiter are not places; "Ebola-infected" names a disease.
    if (name.length === 1 && (CELESTIAL.has(joined0(name)) || (name[0].suffix && !PLACE_SUFFIX.test(name[0].suffix) && type !== 'organization'))) continue;
    let weak = false;
    let soft = false;
    // "TVN24 reported": a name with digits that speaks is an outlet.
    if (!type && name.length === 1 && /\d/.test(name[0].text) && /\p{L}{2}/u.test(name[0].text) && (SPEECH_AFTER.test(text.slice(name[0].end, name[0].end + 30)) || /^\s+(?:reported|reports|broadcast|published)\b/.test(text.slice(name[0].end, name[0].end + 30)))) type = 'organization';
    // A person needs evidence: a title ("President Trump"), a speech verb, an appositive, a first name seen on
    // people elsewhere in the sources, or the surname used alone in the article.
    const joined = lower(name.map((w) => w.text).join(' '));
    // Firm evidence of a person lets a name hold a place's or a title's word ("Nikki Holland of ...", "Former prime
    // minister John Major", "Didier Queloz and Michel Mayor").
    const titled = officeTitled || roleAtStart || title.some((w) => !DEMONYMS.has(lower(w.text)) && !DEMONYMS.has(lower(w.text).replace(/s$/, '')));
    const besidePerson = name.length >= 2 && personJustBefore(name[0].start);
    // (The office's pattern only where a comma comes right before the name: it is slow to try.)
    const officeBefore = /,\s+$/.test(text.slice(Math.max(0, name[0].start - 3), name[0].start)) && TITLE_OF_BEFORE.test(text.slice(Math.max(0, name[0].start - 60), name[0].start));
    // ("Rep. Beto O'Rourke": the title's full stop cuts it off from the name as a sentence's would.)
    const abbreviationFrom = Math.max(0, name[0].start - 8);
    const abbreviation = TITLE_ABBREVIATION_BEFORE.exec(text.slice(abbreviationFrom, name[0].start));
    const abbreviatedTitle = !!abbreviation;
    const contextual =
      titled ||
      personOf ||
      besidePerson ||
      officeBefore ||
      roleNounBefore(text.slice(Math.max(0, name[0].start - 20), name[0].start), text.slice(name[name.length - 1].end, name[name.length - 1].end + 40)) ||
      abbreviatedTitle;
    const firm =
      name.length >= 2 &&
      !ROLE_HEADS.has(lower(name[0].text)) &&
      !ROLE_MODIFIERS.has(lower(name[0].text)) &&
      // ("The murga's director, Washington Suarez,": a given name that is also a place's, after a word for what a person
      // does.)
      (!PLACES.has(lower(name[0].text)) || (contextual && name.length === 2 && inGivenNameList(name[0].text))) &&
      (contextual || stats.givenNames.has(name[0].text));
    // "Georgia Meloni, the Italian prime minister,", "Christian Lindner, the German finance minister,": a given name that
    // is also a place's or a faith's word, with an appositive holding an office, is a person's.
    const officeAppositive = name.length === 2 && inGivenNameList(name[0].text) && officeInAppositive(text.slice(name[1].end, name[1].end + 60));
    const notAPersonName =
      (DEMONYMS.has(lower(name[0].text)) && !officeAppositive) ||
      // ("the local LGBT community": a common abbreviation is no one's name.)
      (name.length === 1 && NON_ORG_ACRONYMS.has(lower(name[0].text))) ||
      // ("Change UK": a country's abbreviation in it.)
      // (Not a particle: "la" in "Juan Ignacio de la Fuente" is no "LA".)
      (!(firm && contextual) && name.some((w, k) => PLACE_ACRONYMS.has(lower(w.text)) && !isParticle(name, k))) ||
      // ("Iranians", "Roman Catholic": people of a place or a faith; "Senators": holders of an office.)
      (name.length === 1 && (DEMONYMS.has(lower(name[0].text).replace(/s$/, '')) || isPlaceAdjective(lower(name[0].text)) || ROLE_HEADS.has(lower(name[0].text).replace(/s$/, '')))) ||
      // ("an Orlando Republican": a party's word never ends a person's name, unless a title and a given name make it a
      // surname: "mayor John Tory".)
      (POLITICAL_AFFILIATIONS.has(lower(name[name.length - 1].text)) && !(name.length === 2 && firm && contextual && inGivenNameList(name[0].text))) ||
      // ("Native Americans", "Nagorno-Karabakh Armenians": a people.)
      (name.length >= 2 && /s$/.test(name[name.length - 1].text) && DEMONYMS.has(lower(name[name.length - 1].text).slice(0, -1))) ||
      // (A people's word last, unless a given name before it makes it a surname: "Mark Cuban", "Tim Roman".)
      (DEMONYMS.has(lower(name[name.length - 1].text)) && !(name.length === 2 && (inGivenNameList(name[0].text) || stats.givenNames.has(name[0].text)))) ||
      // ("Al Gore", "Van Jones", "Del Shannon": a particle's word, capitalised first, that is a common given name.)
      // ("Nguyen Van Thanh", "Le Quang Hieu": Vietnamese names hold such words capitalised, inside or first.)
      // ("Caldeirão do Inferno": Portuguese "do" in lower case, as "da" and "dos".)
      name.some((w, k) => (isConnector(w) && !isParticle(name, k) && !(k === 0 && name.length >= 2 && (/^(?:Al|Van|Del|Le)$/.test(w.text) || PILGRIM_GIVEN_NAME.test(`${w.text} ${name[1].text}`))) && !(k > 0 && k < name.length - 1 && w.cap && PARTICLES.has(lower(w.text)))) || /\d/.test(w.text)) ||
      // ("Roberto Mendoza, who has taught …", "Roberto Mendoza said": a given name, then a town's name that is a surname
      // too, said of a person.)
      (!(firm && contextual) && !officeAppositive && name.some((w) => PLACES.has(lower(w.text))) && !givenBeforePlaceSurname(name, text)) ||
      (!firm && ROLE_HEADS.has(lower(name[name.length - 1].text))) || // "National Security Advisor" is a title
      // "Puerto Rican", "Eastern Europeans": a place's adjective or people
      isPlaceAdjective(joined) ||
      // ("Roman Catholic Christianity", "Roman Catholic": a faith, or adjectives of peoples and faiths only. Not "Islam", a
      // surname too: "Rafiqul Islam".)
      name.some((w) => FAITHS.has(lower(w.text))) ||
      (name.length >= 2 && name.every((w) => DEMONYMS.has(lower(w.text))));
    if (!type && affiliation) {
      // "of The Rolling Stones" names a band; "of Yekaterinburg" a place.
      if (/\bthe\s+$/i.test(text.slice(Math.max(0, name[0].start - 5), name[0].start))) type = 'organization';
      else if (name.length === 1) type = 'place';
    }
    // (Up to four words, particles apart: "Luiz Inácio Lula da Silva".)
    if (!type && !affiliation && name.filter((_, k) => !isParticle(name, k)).length <= 4 && !notAPersonName) {
      // Two or three words never written in lower case anywhere in the sources, none of them a known word of
      // titles, places or organisations: a person's name ("Didier Queloz").
      // ("O.J. Simpson", "J.K. Rowling": initials joined by full stops stand for given names.)
      const initialsFirst = name.length >= 2 && /^(?:\p{Lu}\.){2,3}$/u.test(name[0].text) && !PLACE_ACRONYMS.has(lower(name[0].text)) && !/^(?:u\.n\.|e\.u\.)$/.test(lower(name[0].text));
      // ("Pieter-Jan van der Kolk", "Amanda Koh Siew Lin": particles apart, and four words after a given name.)
      const words = name.filter((_, k) => !isParticle(name, k)).length;
      const properOnly =
        words >= 2 &&
        (words <= 3 || (words === 4 && inGivenNameList(name[0].text))) &&
        name.every((w, k) => isParticle(name, k) || (k === 0 && initialsFirst) || (!stats.isCommonWord(w.text) && !stats.seenLower(w.text) && !/\d/.test(w.text) && !isAcronym(w.text) && !LEXICON_WORD(lower(w.text))));
      // ("Carlton challenged the grading", "Carlton's lawyer": one word that never ends or opens a longer name in the
      // article and is no given name is a team's, a body's or a place's name as often as a person's; what is said of it proves
      // nothing, unless a word for what a person does stands before it: "security minister Wiranto".)
      const unintroduced = name.length === 1 && !joinedNameWords.has(name[0].text) && !inGivenNameList(name[0].text) && !stats.givenNames.has(name[0].text);
      // (roleNounBefore is one of personEvidence's cues, on the same words around the name.)
      const cued =
        titled || personOf || besidePerson || officeBefore || abbreviatedTitle || (unintroduced ? roleNounBefore(text.slice(Math.max(0, name[0].start - 20), name[0].start), text.slice(name[0].end, name[0].end + 30)) : personEvidence(name, text));
      // ("Longtime Imus in the Morning writer": a surname used alone says nothing of a first word that only the start
      // of a sentence capitalises.)
      const initialOnly = () => name[0].initial && !capitalisedMid.has(name[0].text) && !inGivenNameList(name[0].text);
      // ("Kafue Ridge said", "ABC Color reported", "the First Panel voted": a word written in lower case elsewhere in
      // the sources, and no given name first, make a place's or a body's name; what is said of it proves nothing, only
      // a title, an office or a word for what a person does: "chief executive Alun Price".)
      const commonWordIn = name.length >= 2 && !initialsFirst && name[0].text.length > 1 && !inGivenNameList(name[0].text) && !stats.givenNames.has(name[0].text) && name.some((w, k) => !isParticle(name, k) && w.text.length > 2 && stats.seenLower(w.text));
      // ("Mint Boubacar rejected the complaint" after "Fisheries Minister Khadijetou Mint Boubacar": the last words of a
      // person's longer name found before, used short.)
      const tailOfPerson = name.length >= 2 && !stats.seenLower(name[name.length - 1].text) && found.some((c) => c.type === 'person' && c.words.length > name.length && name.every((w, k) => w.text === c.words[c.words.length - name.length + k].text));
      // ("Prince D. Wleh": a word, a middle initial and a word that is nothing but a surname are a person's name,
      // whatever the first word is.)
      const middleInitial = name.length === 3 && /^\p{Lu}$/u.test(name[1].text) && text[name[1].end] === '.' && !isAcronym(name[0].text) && surnameLike(name[2].text, stats);
      // ("Fatima Said has sold resin": a given name from the lists and one more capitalised word, a word of the language
      // too, as the subject of a verb of what people do, is a person.)
      const givenThenVerb = () =>
        name.length === 2 &&
        inGivenNameList(name[0].text) &&
        !name.some((w) => ORG_WORDS.has(lower(w.text)) || PLACE_WORDS.has(lower(w.text)) || ROLE_HEADS.has(lower(w.text)) || PLACES.has(lower(w.text))) &&
        /^\s+(?:has|had|is|was|says|said|told|tells|runs|ran|sells|sold|owns|owned|works|worked|lives|lived)\s+\p{Ll}/u.test(text.slice(name[1].end, name[1].end + 30)) &&
        // (Not the object of a preposition: "a constable from Sion Hill had won".)
        !/\b(?:in|at|from|near|of|outside|across|into|towards?|via|to|by|for|with)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, name[0].start - 12), name[0].start));
      const strong = tailOfPerson || middleInitial || commonWordIn
        ? tailOfPerson || middleInitial || titled || officeBefore || abbreviatedTitle || personOf || besidePerson || roleNounBefore(text.slice(Math.max(0, name[0].start - 20), name[0].start), text.slice(name[name.length - 1].end, name[name.length - 1].end + 30))
        : cued || hyphenatedGivenName(name, stats) || givenThenVerb() || (name.length >= 2 && (stats.givenNames.has(name[0].text) || (loneWords.has(name[name.length - 1].text) && !initialOnly())));
      // (A first name learnt elsewhere or a surname used alone is evidence, but the article's other mentions may outvote
      // it: "in Sultan Kudarat".)
      soft = !cued;
      // Proper words alone are weak evidence: after "in", "at", "near", "from" they name a place ("in Karol Bagh").
      // ("from Jakarta to Pangkal Pinang", "the island of Grand Bahama".)
      // ("two goals from Kemar Pemberton", "a header from Patient Tshibangu": what a player scores or plays comes from a
      // person, not a place.)
      // ("With files from Jerome Hiscock in Gander": a credit's reporter.)
      const lead30 = text.slice(Math.max(0, name[0].start - 30), name[0].start);
      const playFrom = SCORED_FROM.test(lead30) || CREDIT_FROM.test(lead30);
      // ("heads in Conor Devenney’s cross": a given name and a surname in the possessive own what follows; no place.)
      const givenOwner = name.length >= 2 && !!name[name.length - 1].possessive && (inGivenNameList(name[0].text) || PLAYERS_PLAY_AFTER.test(text.slice(name[name.length - 1].end, name[name.length - 1].end + 20))) && !inPlaceGazetteer(joined0(name));
      const placeBefore =
        // ("in nearby Hiko".)
        (/\b(?:in|at|near|from|outside|across|into|towards?|via)\s+(?:the\s+)?(?:nearby\s+|neighbou?ring\s+)?$/i.test(text.slice(Math.max(0, name[0].start - 26), name[0].start)) && !playFrom && !givenOwner) ||
        /\bfrom\s+\p{Lu}[\p{L}\p{M}]+(?:\s+\p{Lu}[\p{L}\p{M}]+)?\s+to\s+$/u.test(text.slice(Math.max(0, name[0].start - 40), name[0].start)) ||
        /\b(?:island|islands|city|town|village|province|state|region|county|district|port|municipality)\s+of\s+$/i.test(text.slice(Math.max(0, name[0].start - 20), name[0].start));
      // ... and a person's only when the first of them is a given name, from the gazetteer or learnt from people found
      // elsewhere: "Deutsche Bahn", "Sinn Féin", "Truth Aquatics" are as proper, but no one's name.
      const givenFirst = inGivenNameList(name[0].text) || stats.givenNames.has(name[0].text) || initialsFirst;
      // ("Nodira Khudoiberdieva", "Rustam Ghaforov", "Giorgi Beridze": a surname by its ending, Slavic, Central Asian or
      // Caucasian, after a word the given-name lists lack; not a town's ending, "Rostov", which GeoNames knows.)
      const surnameLast = name.length >= 2 && SURNAME_ENDING.test(name[name.length - 1].text) && !inPlaceGazetteer(lower(name[name.length - 1].text)) && !PLACES.has(lower(name[name.length - 1].text));
      // "Ethiopians Dejene Debela", "Swiss Ignazio Cassis": a nationality right before proper words is said of people.
      const demonymBefore = title.length > 0 && title.every((w) => DEMONYMS.has(lower(w.text)) || DEMONYMS.has(lower(w.text).replace(/s$/, '')));
      // ("Mr. Toccafondi": the title proves the surname; "Lt. Gen. Michael Flynn": not a title's own abbreviation.)
      const titledSurname = abbreviatedTitle && !TITLE_ABBREVIATION_BEFORE.test(` ${name[0].text}. `);
      const unproven = name.length === 1 && name[0].initial && !titled && !titledSurname && !capitalisedMid.has(name[0].text) && !inGivenNameList(name[0].text) && !found.some((c) => c.type === 'person' && c.words.some((w) => w.text === name[0].text));
      if (strong && !unproven) type = 'person';
      else if (properOnly && demonymBefore) {
        // (Weak: "Thai Raksa Chart" is the party "Thai Raksa Chart Party" named without its word.)
        type = 'person';
        weak = true;
      }
      else if (properOnly && (placeBefore || givenFirst || surnameLast)) {
        type = placeBefore ? 'place' : 'person';
        weak = true;
      }
      // "Santos Dumont", "Sultan Kudarat": a person only by a given name first, where GeoNames knows the words as a
      // town's or a division's, is that place.
      if (type === 'person' && (weak || soft) && name.length >= 2 && inPlaceGazetteer(joined0(name))) {
        type = 'place';
        weak = true;
        soft = false;
      }
    }
    let learnt = false;
    if (!type && !affiliation && !title.length) {
      const t = stats.corpusTypes.get(nameKey(text.slice(name[0].start, name[name.length - 1].end)));
      if (t === 'organization' || t === 'place' || (t === 'person' && name.length >= 2)) {
        type = t;
        learnt = true;
      }
    }
    // "Umm Qasr", "Kuwait City": a town or a division GeoNames knows, where nothing else typed the words. (Weak: a cue
    // elsewhere in the article outvotes it.)
    if (!type && !affiliation && !title.length && name.length >= 2 && name.length <= 4 && inPlaceGazetteer(joined0(name))) {
      type = 'place';
      weak = true;
    }
    if (!type) {
      if (name.length === 1 && !title.length && !affiliation) loose.push(name);
      // Proper words that no cue typed: a person still if listed beside one ("with Acker Bilk and Terry Lightfoot").
      else if (!affiliation && name.length >= 2 && name.length <= 3 && !notAPersonName && name.every((w) => !stats.seenLower(w.text) && !/\d/.test(w.text) && !isAcronym(w.text) && !LEXICON_WORD(lower(w.text))))
        unplaced.push(name);
      continue;
    }
    // "Boeing 737 Max", "Airbus A320": a maker before a model number names the product.
    if (type === 'organization' && name.length <= 2 && /^\s+(?:\p{Lu}{0,2}\d{2,})\b/u.test(text.slice(name[name.length - 1].end, name[name.length - 1].end + 10))) continue;
    // "the Court", "the Group": an organisation word alone is a reference back, not a name.
    if (type === 'organization' && name.length === 1 && GENERIC_ORG_WORDS.has(lower(name[0].text))) continue;
    // ("Congolese customs", "a Nordic company", "Montenegrin police": a people's or a region's adjective alone names no
    // body.)
    if (type === 'organization' && name.length === 1 && !isAcronym(name[0].text) && !ORG_WORDS.has(lower(name[0].text)) && (DEMONYMS.has(lower(name[0].text)) || isPlaceAdjective(lower(name[0].text)) || REGION_ADJECTIVES.has(lower(name[0].text)))) continue;
    let role: Candidate['role'];
    // "incumbent Republican Cory Gardner": the party in a title is named too.
    if (title.length && type === 'person') for (const w of title) if (!w.initial && PARTY_WORDS.has(lower(w.text))) found.push({ words: [w], type: 'organization' });
    // "US President Trump": the country in a title is named too.
    if (title.length && type === 'person' && !title[0].possessive) {
      if (title.length > 1 && PLACE_NAMES.has(joined0(title.slice(0, 2)))) found.push({ words: title.slice(0, 2), type: 'place' });
      else if ((PLACE_ACRONYMS.has(lower(title[0].text)) || PLACES.has(lower(title[0].text))) && !DEMONYMS.has(lower(title[0].text))) found.push({ words: [title[0]], type: 'place' });
    }
    if (title.length && type === 'person') {
      // ("Later Dr Amelia Frost": a sentence's first word that is no part of a title is no part of the role.)
      let first = 0;
      while (first < title.length - 1 && title[first].initial && !officeSubjectAtStart(title.slice(first).concat(name)) && !ROLE_HEADS.has(lower(title[first].text)) && !ROLE_MODIFIERS.has(lower(title[first].text)) && !DEMONYMS.has(lower(title[first].text)) && !PLACES.has(lower(title[first].text)) && (stats.isCommonWord(title[first].text) || NON_NAMES.has(lower(title[first].text)) || SCENE_ADVERBS.has(lower(title[first].text)))) first++;
      let start = title[first].start;
      // "Poland's Foreign Minister": the possessive before the title belongs to it.
      const poss = /(\p{Lu}[\p{L}\p{M}]+['’]s\s+)$/u.exec(text.slice(Math.max(article.bodyStart, start - 40), start));
      if (poss) start -= poss[1].length;
      role = { text: text.slice(start, title[title.length - 1].end), start, end: title[title.length - 1].end };
    } else if (type === 'person' && abbreviation && !/^(?:Mr|Mrs|Ms)\.?$/.test(abbreviation[1])) {
      // ("Sen. Rebecca Gallardo", "Prof. Maarten van der Kooij": a title its full stop cut off from the name is a role
      // too; "Mr." and "Mrs." are courtesies, not roles.)
      const start = abbreviationFrom + abbreviation.index + abbreviation[0].indexOf(abbreviation[1]);
      // ("Health Minister Dr. Florence Atim": the office before a doctor's title is her role, the title a courtesy.)
      const office = /^(?:Dr|Prof)\.?$/.test(abbreviation[1]) ? OFFICE_BEFORE_HONORIFIC.exec(text.slice(Math.max(article.bodyStart, start - 60), start)) : null;
      if (office && ROLE_HEADS.has(lower(office[2]))) role = { text: office[1], start: start - office[0].length, end: start - office[0].length + office[1].length };
      else role = { text: abbreviation[1], start, end: start + abbreviation[1].length };
    }
    found.push({ words: name, type, role, weak, soft: type === 'person' && soft, learnt, placeCue: type === 'place' && placeCue });
  }

  // A list of names is of one kind: proper words beside a person's name, before or after it, name a person too.
  // ("sons Wyatt and Zachary, and four daughters, Nadine, Ashley, Elizabeth, and Toni": given names alone too, along
  // the list.)
  const listable = [...unplaced, ...loose.filter((ws) => inGivenNameList(ws[0].text) && !stats.isCommonWord(ws[0].text) && !LEXICON_WORD(lower(ws[0].text)))];
  // ("Ethiopians Dejene Debela, 2:05:46, and Asefa Mengstu": a number or time may stand after each.)
  const beside = (a: Word[], b: Word[]) => a[a.length - 1].end <= b[0].start && /^(?:,\s*[\d:.]+)?\s*(?:,|and|,\s+and|&)\s*$/.test(text.slice(a[a.length - 1].end, b[0].start));
  // A type spreads along a list until nothing changes: each item that `typeFor` types, by the candidates found so far,
  // becomes a weak candidate of that type and leaves `items` (and `alsoFrom`).
  const spreadAlongLists = (items: Word[][], typeFor: (ws: Word[]) => EntityType | undefined, alsoFrom?: Word[][]) => {
    for (let changed = true, round = 0; changed && round < 12; round++) {
      changed = false;
      for (let i = 0; i < items.length; i++) {
        const ws = items[i];
        const type = typeFor(ws);
        if (!type) continue;
        found.push({ words: ws, type, weak: true });
        items.splice(i--, 1);
        if (alsoFrom) alsoFrom.splice(alsoFrom.indexOf(ws), 1);
        changed = true;
      }
    }
  };
  spreadAlongLists(listable, (ws) => {
    // (A first name alone goes by another alone, or by a word for kin: "four daughters, Nadine".)
    const single = ws.length === 1 && !unplaced.includes(ws);
    const kin = single && /\b(?:sons|daughters|children|brothers|sisters|grandchildren|siblings)\s*[,:]?\s*$/.test(text.slice(Math.max(0, ws[0].start - 16), ws[0].start));
    return kin || found.some((c) => c.type === 'person' && (single ? c.words.length === 1 && c.words[0] !== ws[0] : c.words.length >= 2) && (beside(c.words, ws) || beside(ws, c.words))) ? 'person' : undefined;
  });
  // A list of places or of bodies is of one kind too: a lone proper word beside a place ("between Quellón and Castro",
  // "Bukoba and Musoma", "the Ilemela and Nyamagana districts") names a place, unless it is a word of a person found
  // here.
  const personWords = new Set(found.filter((c) => c.type === 'person').flatMap((c) => c.words.map((w) => w.text)));
  // (Not a contraction, a month's or a day's abbreviation, or a people: "between the Kurds and Turkey".)
  const lonelyListed = loose.filter(
    (ws) =>
      !stats.isCommonWord(ws[0].text) &&
      !LEXICON_WORD(lower(ws[0].text)) &&
      !isAcronym(ws[0].text) &&
      !inGivenNameList(ws[0].text) &&
      !personWords.has(ws[0].text) &&
      !ws[0].possessive &&
      !/['’]|^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/.test(ws[0].text) &&
      !(/s$/.test(ws[0].text) && /\bthe\s+$/i.test(text.slice(Math.max(0, ws[0].start - 5), ws[0].start))),
  );
  // (Beside by a comma only inside a list that runs on: "Puerto Montt, Calbuco and Quellón", not "Fiji, Acropora
  // millepora".)
  const listedWith = (a: Word[], b: Word[]) => {
    const gap = text.slice(a[a.length - 1].end, b[0].start);
    if (a[a.length - 1].end > b[0].start || !/^\s*(?:,|and|or|,\s+and|,\s+or)\s*$/.test(gap)) return false;
    return /\b(?:and|or)\b/.test(gap) || /^\s*(?:,\s*|,?\s+and\s+|,?\s+or\s+)\p{Lu}/u.test(text.slice(b[b.length - 1].end, b[b.length - 1].end + 12));
  };
  // (What follows or precedes each word is read once, not in every round.)
  // (Not an adjective joined to a word in lower case: "the autonomous, Swedish-speaking islands".)
  const kindAfter = new Set(lonelyListed.filter((ws) => !/-\p{Ll}+$/u.test(ws[0].text) && PLURAL_PLACE_KIND_AFTER.test(text.slice(ws[0].end, ws[0].end + 30))));
  // ("orders from Nvidia and Advanced Micro Devices", "against Essendon, the Sydney Swans and …": a list of bodies
  // likewise, when a body's name of several words stands beside the word.)
  // (Not a word qualifying a plural after it, "the House Foreign Affairs and Intelligence committees", or after "the".)
  const bodyListable = new Set(
    lonelyListed.filter((ws) => !/^(?:\s+\p{Ll}+s\b|\s*\/)/u.test(text.slice(ws[0].end, ws[0].end + 20)) && !/\bthe\s+$/i.test(text.slice(Math.max(0, ws[0].start - 5), ws[0].start))),
  );
  spreadAlongLists(lonelyListed, (ws) =>
    kindAfter.has(ws)
      ? 'place'
      : found.find((c) => (c.type === 'place' || (bodyListable.has(ws) && c.type === 'organization' && c.words.length >= 2 && !c.weak)) && (listedWith(c.words, ws) || listedWith(ws, c.words)))?.type,
    loose,
  );
  // A name read whole by a rule below replaces whatever candidates overlapped it.
  const dropFoundWithin = (start: number, end: number) => {
    for (let i = found.length - 1; i >= 0; i--) {
      const c = found[i];
      if (c.words[0].start < end && c.words[c.words.length - 1].end > start) found.splice(i, 1);
    }
  };
  // "Photo: Seyni Diop/AFP", "Image: Belga/Pieter-Jan Mortier.": a caption's credit names the photographer and the
  // agency. The photographer comes first, unless the first is one word and the second several.
  const credits = [...(PHOTO_CREDIT_WORD_RE.test(text) ? text.slice(article.bodyStart).matchAll(PHOTO_CREDIT) : []), ...(text.includes('/') ? text.slice(article.bodyStart).matchAll(BRACKET_CREDIT) : [])];
  if (credits.length) {
    for (const m of credits) {
      const base = article.bodyStart + m.index!;
      const first = base + m[0].indexOf(m[1]);
      const second = base + m[0].indexOf(m[2], first - base + m[1].length);
      const sides = [words.filter((w) => w.start >= first && w.end <= first + m[1].length), words.filter((w) => w.start >= second && w.end <= second + m[2].length)];
      if (sides.some((side) => !side.length)) continue;
      // (Which side is the agency, where its words say: a body's word or an article first, "Daily Dispatch/Lulama
      // Zenani", "El Llanquihue/Cristián Mansilla".)
      const agencyLike = (side: Word[]) => side.some((w) => ORG_WORDS.has(lower(w.text)) || KNOWN_ORGS.has(lower(w.text))) || (side.length >= 2 && CREDIT_ARTICLE.test(side[0].text));
      const personFirst = agencyLike(sides[0]) !== agencyLike(sides[1]) ? !agencyLike(sides[0]) : !(sides[0].length === 1 && sides[1].length >= 2);
      const [person, agency] = personFirst ? sides : [sides[1], sides[0]];
      if (person.length < 2 || person.some((w) => !w.cap && !CONNECTORS.has(lower(w.text)))) continue;
      // (In brackets, without the word, only a person by a given name: "(New York/London)" credits no one.)
      if (m[0].startsWith('(') && (!inGivenNameList(person[0].text) || knownPlaceName(text.slice(person[0].start, person[person.length - 1].end)))) continue;
      dropFoundWithin(first, second + m[2].length);
      found.push({ words: person, type: 'person' }, { words: agency, type: 'organization' });
    }
  }
  // Every match of a pattern for a whole name, in the body, is one name of that type, over what was found inside it.
  const takeWhole = (re: RegExp, type: EntityType) => {
    for (const m of text.slice(article.bodyStart).matchAll(re)) {
      const start = article.bodyStart + m.index!;
      const end = start + m[0].length;
      const span = words.filter((w) => w.start >= start && w.end <= end);
      if (!span.length) continue;
      dropFoundWithin(start, end);
      found.push({ words: span, type });
    }
  };
  // "Stade du 28 Septembre", "Boulevard du 30 Juin": a square, a street or a stadium named after a date.
  if (/\d(?:er)?\s+\p{Lu}/u.test(text)) takeWhole(DATE_NAMED_PLACE, 'place');
  // "Route 173", "National Highway 6", "Calle 53", "Camp 4", "32nd Street": a road, a street or a camp known by its
  // number.
  if (/\b(?:Route|Ruta|Rota|Highway|Calle|Carrera|Rue|Camp|Area)\s+\d|\d(?:st|nd|rd|th)\s+(?:Street|Avenue|Road)\b/.test(text)) takeWhole(NUMBERED_PLACE, 'place');
  // "Tribunal de grande instance de Pointe-Noire", "Cour d'appel de Paris", "Gendarmerie nationale": a French court or
  // service, its words in lower case up to the town it sits in, or "nationale" after it.
  if (/\b(?:Tribunal|Cour|Conseil|Parquet|Chambre)\s+\p{Ll}|\p{Lu}\p{Ll}+\s+nationale\b/u.test(text)) takeWhole(FRENCH_BODY, 'organization');
  // "the Hospital Dr. Nélio Mendonça", "Aeropuerto Presidente Juan Pérez": a hospital, stadium or airport named after a
  // titled person is a place, the person's name part of it.
  if (/\b(?:Hospital|Hôpital|Clínica|Clinique|Estádio|Estadio|Stade|Aeroporto|Aeropuerto|Aéroport)\s+\p{Lu}/u.test(text)) takeWhole(TITLED_VENUE, 'place');
  if (text.includes(';')) {
    const body = text.slice(article.bodyStart);
    const lineups = [...body.matchAll(LINEUP)].filter((m) => m[1].includes(';'));
    // (A bench line counts only under a line-up.)
    if (lineups.length) lineups.push(...body.matchAll(SUBS_LINE));
    for (const m of lineups) {
      const listStart = article.bodyStart + m.index! + m[0].indexOf(m[1]);
      // Each player, and a substitute named in brackets with the minute he came on ("(Caines 109)").
      for (const item of m[1].matchAll(LINEUP_PLAYER_RE)) {
        const start = listStart + item.index!;
        const end = start + item[0].length;
        const player = words.filter((w) => w.start >= start && w.end <= end);
        if (!player.length || player.some((w) => NON_NAMES.has(lower(w.text)) || MONTHS.has(lower(w.text)))) continue;
        dropFoundWithin(start, end);
        found.push({ words: player, type: 'person' });
      }
    }
  }
  // "(Reporting by Nadia Khoury in Kuwait City and Ali Sabah Jawad in Baghdad; Editing by Mark Ellworth)": a wire's
  // sign-off names its reporters, the places they filed from, and its editors.
  if (SIGNOFF_WORD_RE.test(text)) {
    for (const m of text.slice(article.bodyStart).matchAll(WIRE_SIGNOFF)) {
      const start = article.bodyStart + m.index!;
      const end = start + m[0].length;
      // (Its own words: a line of so many capitals reads as a headline, whose words the extractor leaves out.)
      const inside = wordsOf(text.slice(0, end), start).filter((w) => w.start > start && w.end < end && w.cap && !SIGNOFF_LABELS.test(w.text));
      const runs: Word[][] = [];
      for (const w of inside) {
        const last = runs[runs.length - 1];
        if (last && /^[ \t]+$/.test(text.slice(last[last.length - 1].end, w.start))) last.push(w);
        else runs.push([w]);
      }
      for (const run of runs) {
        const place = /\bin\s+$/.test(text.slice(Math.max(start, run[0].start - 4), run[0].start));
        if (!place && run.length < 2) continue;
        dropFoundWithin(run[0].start, run[run.length - 1].end);
        found.push({ words: run, type: place ? 'place' : 'person' });
      }
    }
  }
  // "USA Today reported", "France 24 said", "Islamic State": a known name is one organisation, whatever its words look
  // like.
  // (A plain search first: the pattern is only run on an article that holds one of the names.)
  if (KNOWN_ORG_NAMES.some((n) => text.includes(n, article.bodyStart))) takeWhole(KNOWN_ORG_RE, 'organization');
  // Group the candidates into entities: full names first, then single words that are a known surname or acronym.
  const entities: ArticleEntity[] = [];
  // Where the article first names each entity, to choose among candidates.
  const firstAt = (x: ArticleEntity) => Math.min(...[...x.forms].map((f) => text.indexOf(f, article.bodyStart)).filter((i) => i >= 0), Infinity);
  const firstNamed = (xs: ArticleEntity[]) => [...xs].sort((a, b) => firstAt(a) - firstAt(b))[0];
  const byKey = new Map<string, ArticleEntity>();
  const surface = (ws: Word[]) => text.slice(ws[0].start, ws[ws.length - 1].end);
  // "Brenton", "Rosselló": a word of one person's full name used alone in the same article is that person.
  const personWordOwners = new Map<string, Set<string>>();
  // (Not the words of a name the article also gives a body: "Image: Oulun Kärpät." after "Oulun Kärpät defenceman".)
  const orgKeys = new Set(found.filter((c) => c.type === 'organization' && c.words.length >= 2).map((c) => nameKey(surface(c.words))));
  for (const c of found) {
    if (c.type !== 'person' || c.words.length < 2) continue;
    const k = nameKey(surface(c.words));
    if (orgKeys.has(k)) continue;
    for (const x of c.words) personWordOwners.set(x.text, (personWordOwners.get(x.text) ?? new Set<string>()).add(k));
  }
  // "Mahan" for "Mahan Air", "Saha" for "Saha Airlines": a company's first word used alone, when the rest of its name
  // only says what kind of company it is.
  // ("Kärpät said" after "Oulun Kärpät defenceman": the last word of a body's two, when it is no word of a kind, is
  // that body's short name too; read below, for a word a verb of saying made a person.)
  const companyHeads = new Map<string, number>();
  // (The clubs by their first word, each club once: "Hafia" for "Hafia FC", however often the article names it.)
  const clubHeads = new Map<string, Set<string>>();
  const orgTails = new Map<string, number>();
  for (const c of found) {
    if (c.type !== 'organization' || c.words.length < 2) continue;
    // ("Sporting" for "Sporting Clube de Portugal": a club's first word before its word for a club; "Horoya" for "Horoya
    // Athletic Club", "Hafia" for "Hafia FC".)
    const club = CLUB_WORD_AFTER_HEAD.test(lower(c.words[1].text));
    if (club || c.words.slice(1).every((x) => COMPANY_KIND_WORDS.has(lower(x.text)))) companyHeads.set(c.words[0].text, (companyHeads.get(c.words[0].text) ?? 0) + 1);
    if (club) clubHeads.set(c.words[0].text, (clubHeads.get(c.words[0].text) ?? new Set<string>()).add(nameKey(surface(c.words))));
    if (c.words.length === 2 && !LEXICON_WORD(lower(c.words[1].text)) && !isAcronym(c.words[1].text)) orgTails.set(c.words[1].text, (orgTails.get(c.words[1].text) ?? 0) + 1);
  }
  // ("Park" for "Park Hye-rim": a family name written first is the person's even when it is also a word of places.)
  const familyNames = new Set(found.filter((c) => c.type === 'person' && hyphenatedGivenName(c.words, stats)).map((c) => c.words[0].text));
  for (const ws of loose) {
    const w = ws[0];
    if (stats.isCommonWord(w.text) || (LEXICON_WORD(lower(w.text)) && !familyNames.has(w.text)) || isAcronym(w.text) || CONNECTORS.has(lower(w.text))) continue;
    const owners = personWordOwners.get(w.text);
    if (owners && owners.size === 1) found.push({ words: ws, type: 'person', soft: true });
    else if (!owners && companyHeads.get(w.text) === 1) found.push({ words: ws, type: 'organization', soft: true });
    else if (!owners && inMatchResult(text, ws)) found.push({ words: ws, type: 'organization', soft: true });
    // ("Honiara", "Gelephu": a word of no one's name that GeoNames knows as a town's. Not an abbreviation, "Nov"; not
    // "a Latina"; not a disease's eponym, "Parkinson's disease".)
    else if (
      !owners &&
      (!joinedNameWords.has(w.text) || featureNamers.has(w.text)) &&
      w.text.length > 3 &&
      !/\b(?:a|an)\s+$/i.test(text.slice(Math.max(0, w.start - 4), w.start)) &&
      !/^['’]s\s+(?:disease|syndrome)\b/.test(text.slice(w.end, w.end + 12)) &&
      // (Not a work's title: "a movie called Argo".)
      !/\b(?:film|movie|book|novel|album|song|show|series|game|play|documentary)\s+(?:called|titled|entitled|named)\s+$/i.test(text.slice(Math.max(0, w.start - 40), w.start)) &&
      inPlaceGazetteer(w.text)
    )
      found.push({ words: ws, type: 'place', weak: true });
  }
  // ("Mahan said the flights ...": a verb of saying made the word a person; the company's name says otherwise, unless
  // it is someone's first name.)
  for (const c of found) {
    const w = c.words[0];
    if (c.type === 'person' && c.words.length === 1 && (companyHeads.get(w.text) === 1 || orgTails.get(w.text) === 1) && !personWordOwners.has(w.text) && !inGivenNameList(w.text)) c.type = 'organization';
    // ("belonged to Hafia" after "Hafia FC": a club's first word after "to" or "from" is the club, not a place, unless a
    // town GeoNames knows; after "in" or "at" it is still the place, unless it owns what follows, "in Horoya's reign".)
    // ("Rimini drew 1-1 with Tolentino", "lost 2-0 at home to Campobasso": a town's name in a match result is its club;
    // a country's, "lost 24-22 to Portugal", stays the country, as national sides are written; so does a state's or a
    // province's, "Ladakh beat Himachal Pradesh 6-0".)
    if ((c.type === 'place' || (c.type === 'person' && !inGivenNameList(w.text) && !personWordOwners.has(w.text))) && c.words.length <= 2 && !PLACES.has(lower(surface(c.words))) && !PLACE_NAMES.has(lower(surface(c.words))) && inMatchResult(text, c.words, c.type === 'person')) c.type = 'organization';
    if (c.type === 'place' && c.words.length === 1 && clubHeads.has(w.text) && !personWordOwners.has(w.text) && !inPlaceGazetteer(w.text) && !PLACES.has(lower(w.text)) && (w.possessive || !/\b(?:in|at|near|outside|around)\s+$/i.test(text.slice(Math.max(0, w.start - 8), w.start)))) c.type = 'organization';
  }
  // One name, one type in an article: a name found only by its capitals takes the type that context gives it
  // elsewhere in the article ("Ain Issa" after "at" is a place there too), a place's context outranking none.
  const keys = new Map(found.map((c) => [c, nameKey(surface(c.words))]));
  const keyOf = (c: Candidate) => keys.get(c)!;
  const firmType = new Map<string, EntityType>();
  for (const c of found) if (!c.weak) firmType.set(keyOf(c), firmType.get(keyOf(c)) ?? c.type);
  for (const c of found) if (c.weak && c.type === 'place' && !firmType.has(keyOf(c))) firmType.set(keyOf(c), 'place');
  for (const c of found) {
    const t = c.weak ? firmType.get(keyOf(c)) : undefined;
    if (t && t !== c.type) c.type = t;
  }
  // A person only softly: the article's other mentions of the same words vote. After "in", "at", "near" (not a
  // possessive) it is a place ("recorded in Sultan Kudarat"); after a lower-case "the" it is no one's name ("the
  // Conception", "the Revolutionary Guards").
  const firmPerson = new Set(found.filter((c) => c.type === 'person' && !c.soft && !c.weak).map(keyOf));
  const votes = new Map<string, EntityType | 'none'>();
  for (const c of found) {
    if (c.type !== 'person' || !c.soft || firmPerson.has(keyOf(c))) continue;
    const k = keyOf(c);
    if (!votes.has(k)) votes.set(k, mentionVote(text, article.bodyStart, surface(c.words)) ?? 'person');
    const v = votes.get(k)!;
    if (v === 'place') c.type = 'place';
  }
  for (let i = found.length - 1; i >= 0; i--) if (found[i].type === 'person' && votes.get(keyOf(found[i])) === 'none') found.splice(i, 1);
  const sorted = [...found].sort((a, b) => b.words.length - a.words.length);
  for (const c of sorted) {
    const s = surface(c.words);
    const key = nameKey(s);
    let e = byKey.get(key);
    if (!e && c.type === 'person' && c.words.length >= 2) {
      // "Sergey Viktorovich Lavrov" and "Sergey Lavrov": same first and last names.
      const first = nameKey(c.words[0].text);
      const last = nameKey(personParts(surface(c.words)).pop()!);
      // ("Donald Trump" and "Donald Trump Jr." are father and son: a generational suffix must match too.)
      const gen = generation(s);
      e = entities.find((x) => {
        if (x.type !== 'person') return false;
        const parts = personParts(x.name);
        return parts.length >= 2 && nameKey(parts[0]) === first && nameKey(parts[parts.length - 1]) === last && generation(x.name) === gen;
      });
      // "Heriberto Salcido" for "Heriberto Salcido Urquídez": a Spanish or Portuguese name without its second surname,
      // the first words of a longer name in the article.
      const own = personParts(s).map(nameKey);
      e ??= entities.find((x) => {
        const parts = x.type === 'person' ? personParts(x.name).map(nameKey) : [];
        // (The words added must be a name's: "Marco Rubio Miss", from "Marco Rubio" before "Missed cues", is no one.)
        const added = parts.slice(own.length);
        return parts.length > own.length && own.every((p, k) => parts[k] === p) && generation(x.name) === gen && added.every((w) => !ROLE_HEADS.has(w) && !NON_NAMES.has(w) && !LEXICON_WORD(w) && w !== 'miss');
      });
    }
    // ("El Gocho is our heart" after 'José Gregorio “El Gocho” Pernalete': a nickname the text gave a person in
    // quotation marks is that person, whatever its words look like.)
    if (!e && c.type !== 'person' && c.words.length <= 3) e = entities.find((x) => x.type === 'person' && [`“${s}”`, `"${s}"`, `‘${s}’`].some((q) => x.name.includes(q)));
    if (!e && c.type === 'organization') {
      // "U.S. Congress" for "United States Congress", "Defence Force" for "Defence Forces": the same name with
      // the country spelt out or in the plural.
      const k2 = orgVariantKey(s);
      e = entities.find((x) => x.type === 'organization' && orgVariantKey(x.name) === k2);
    }
    if (!e && c.type === 'organization' && c.words.length === 1 && PARTY_WORDS.has(key)) {
      // "Democrat", "Democratic", "Republicans" for the party of that name in the article.
      const stem = (k: string) => k.replace(/(?:ic|s)$/, '');
      e = entities.find((x) => x.type === 'organization' && /\bparty\b/i.test(x.name) && stem(nameKey(x.name.split(/\s+/)[0])) === stem(key));
    }
    if (!e && c.type === 'organization' && c.words.length === 1 && /s$/.test(c.words[0].text)) {
      // "Liberals" for "Liberal Party": the members' plural names the party.
      const singular = nameKey(c.words[0].text).replace(/s$/, '');
      const parties = entities.filter((x) => {
        const xs = x.name.split(/\s+/).map(nameKey);
        return x.type === 'organization' && xs.length >= 2 && xs.some((w) => w === 'party') && (xs[0] === singular || (xs[0] === 'the' && xs[1] === singular));
      });
      if (parties.length === 1) e = parties[0];
    }
    if (!e && c.type === 'organization' && (!isAcronym(c.words[0].text) || c.words.length === 1)) {
      // "Congress" for "U.S. Congress": a shorter organisation name inside one longer one ("HDT" for "HDT Limited":
      // an acronym only as its first word). Of several, the one the article names first.
      const parts = c.words.map((w) => nameKey(w.text));
      const acronym = isAcronym(c.words[0].text);
      const containing = entities.filter((x) => {
        if (x.type !== 'organization') return false;
        const xs = x.name.split(/\s+/).map(nameKey);
        if (acronym) return xs.length > 1 && xs[0] === parts[0];
        for (let i = 0; i + parts.length <= xs.length; i++) if (parts.every((p, j) => xs[i + j] === p)) return true;
        return false;
      });
      // ("Horoya" for "Horoya Athletic Club" and "Horoya AC": one word that opens each of them names the first.)
      const allOpenWith = c.words.length === 1 && !acronym && containing.every((x) => nameKey(x.name.split(/\s+/)[0]) === parts[0]);
      if (containing.length === 1 || (containing.length > 1 && !acronym && (c.words.length > 1 || allOpenWith))) e = firstNamed(containing);
    }
    if (!e && c.type === 'place' && c.words.length === 1 && !PLACES.has(key)) {
      // "Blenheim" for "Blenheim Palace": a venue's name without its kind.
      const venues = entities.filter((x) => {
        const xs = x.name.split(/\s+/).map(nameKey);
        // ("Donovan" for "Richard J. Donovan Correctional Facility".)
        // ("Monumental" for "Estadio Monumental": after a venue's word in its own language.)
        // ("Wangdue" for "Wangdue Phodrang": a town's first word, found by its capitals or the gazetteer alone.)
        // ("Borgo" for "Borgo Maggiore": or the first word of a town GeoNames knows whole.)
        // (Not "Masaya" for "Masaya Volcano": a town GeoNames knows, before a word for a natural feature, is the town
        // the feature is named after.)
        if (xs.length === 2 && NATURAL_FEATURES.test(xs[1]) && inPlaceGazetteer(key)) return false;
        return x.type === 'place' && ((xs.length === 2 && xs[0] === key && (PLACE_WORDS.has(xs[1]) || c.weak || (inPlaceGazetteer(xs.join(' ')) && !PLACE_PREFIX.test(c.words[0].text)))) || (xs.length === 2 && xs[1] === key && VENUE_FIRST.test(x.name.split(/\s+/)[0])) || (xs.length >= 3 && VENUE_WORDS.has(xs[xs.length - 1]) && xs.slice(0, -1).includes(key)));
      });
      if (venues.length === 1) e = venues[0];
      // ("Lupopo" for "FC Saint-Éloi Lupopo": a club's last word after its initials, where no town is known by it.)
      if (!e && !inPlaceGazetteer(key)) {
        const clubs = entities.filter((x) => x.type === 'organization' && CLUB_INITIALS.test(x.name.split(/\s+/)[0]) && nameKey(x.name.split(/\s+/).pop()!) === key);
        if (clubs.length === 1) e = clubs[0];
      }
    }
    if (!e && c.type === 'place' && c.words.length >= 2) {
      const parts = c.words.map((w) => nameKey(w.text));
      // ("the Friendship Hospital" for "Dominica-China Friendship Hospital": a building named by the last words of its
      // name.)
      if (/^(?:hospital|stadium|airport|park|palace|hall|arena|museum|market)$/.test(parts[parts.length - 1])) {
        const longer = entities.filter((x) => {
          const xs = x.type === 'place' ? x.name.split(/[\s-]+/).map(nameKey) : [];
          return xs.length > parts.length && parts.every((p, j) => xs[xs.length - parts.length + j] === p);
        });
        if (longer.length === 1) e = longer[0];
      }
      // ("the Óscar Quiteño" for "Estadio Óscar Quiteño": a venue named without its word in its own language.)
      if (!e) {
        const venues = entities.filter((x) => {
          const xs = x.type === 'place' ? x.name.split(/\s+/) : [];
          return xs.length === parts.length + 1 && VENUE_FIRST.test(xs[0]) && xs.slice(1).every((w, j) => nameKey(w) === parts[j]);
        });
        if (venues.length === 1) e = venues[0];
      }
    }
    if (!e && c.type === 'person' && c.words.length >= 2 && !inGivenNameList(c.words[0].text) && !stats.givenNames.has(c.words[0].text)) {
      // "Hermanos Almonte" inside "Tabacalera Hermanos Almonte S.R.L.": words no given name opens, inside one company's
      // name, are that company named short.
      const parts = c.words.map((w) => nameKey(w.text));
      const companies = entities.filter((x) => {
        const xs = x.type === 'organization' ? x.name.split(/\s+/).map(nameKey) : [];
        for (let i = 0; i + parts.length <= xs.length && xs.length > parts.length; i++) if (parts.every((p, j) => xs[i + j] === p)) return true;
        return false;
      });
      if (companies.length === 1) e = companies[0];
    }
    if (!e && c.type === 'person' && c.weak) {
      // "Raksa Chart" inside "Thai Raksa Chart Party": a name found only by its capitals, inside an organisation's.
      const parts = c.words.map((w) => nameKey(w.text));
      e = entities.find((x) => {
        if (x.type !== 'organization') return false;
        const xs = x.name.split(/\s+/).map(nameKey);
        for (let i = 0; i + parts.length < xs.length; i++) if (parts.every((p, j) => xs[i + j] === p)) return true;
        return false;
      });
    }
    if (!e && c.type === 'person') {
      // "Pierluisi Urrutia" or "Ubolratana" for "Pedro R. Pierluisi Urrutia" / "Ubolratana Rajakanya ...": a
      // shorter name whose words run in order inside one longer person's name (the surname, or the first name).
      const parts = c.words.map((w) => nameKey(w.text));
      const containing = entities.filter((x) => {
        if (x.type !== 'person') return false;
        // ('Rico' for 'Ricardo "Rico" Vasconcellos': a nickname's quotation marks are no part of it.)
        const xs = x.name.split(/\s+/).map((w) => nameKey(w.replace(/^["“‘]|["”’]$/g, '')));
        for (let i = 0; i + parts.length <= xs.length; i++) if (parts.every((p, j) => xs[i + j] === p)) return i > 0 || parts.length === 1;
        // "Pedro Pierluisi" for "Pedro R. Pierluisi Urrutia": first name, then the other words in order.
        if (parts.length >= 2 && xs.length > parts.length && xs[0] === parts[0]) {
          let j = 1;
          for (let i = 1; i < xs.length && j < parts.length; i++) if (xs[i] === parts[j]) j++;
          return j === parts.length;
        }
        return false;
      });
      if (containing.length === 1) e = containing[0];
      // ("Cárdenas" with Jorge Iván Cárdenas Mejía and Álvaro Cárdenas Ruiz in the article, "Yoon" with Yoon Jae-hyun and
      // his father Yoon Tae-sik: a word of several people's names, used alone, is a name of each of them, not someone
      // else. Not merged blindly: the form finds them all.)
      // (A word last in any of their names is that one's surname, read below: "Duc" for Tran Minh Duc, not Pham Duc Loc.)
      if (containing.length > 1 && c.words.length === 1 && !c.placeCue && containing.every((x) => nameKey(personParts(x.name).pop()!) !== key)) {
        for (const x of containing) x.forms.add(s);
        continue;
      }
    }
    if (!e && c.words.length === 1 && !c.placeCue) {
      const k = key;
      const persons = entities.filter((x) => x.type === 'person' && nameKey(personParts(x.name).pop()!) === k);
      if (persons.length >= 1) e = persons[0];
      // ("Gerardo Mendoza Lucena … Mendoza has": a Spanish name's first surname alone is its person, even where it is a
      // city's name too, unless the article gives the word a place's cue.)
      if (!e && c.type === 'place') {
        const paternal = entities.filter((x) => x.type === 'person' && personParts(x.name).length === 3 && nameKey(personParts(x.name)[1]) === k && inGivenNameList(personParts(x.name)[0]));
        if (paternal.length === 1) e = paternal[0];
      }
      // ("RFE" and "RL" of "(RFE/RL)" for "Radio Free Europe/Radio Liberty": each name a slash joins has its own.)
      if (!e && isAcronym(c.words[0].text) && c.type === 'organization') e = entities.find((x) => x.type === 'organization' && x.name.split('/').some((part) => acronymOf(part) === c.words[0].text.replace(/\./g, '')));
    }
    if (!e && c.type === 'person' && c.words.length === 1 && !c.placeCue && !inGivenNameList(c.words[0].text) && !stats.givenNames.has(c.words[0].text)) {
      // ("Xiangjiang" for "Xiangjiang Rolling Stock Co., Ltd.": a registered company's first word, alone, no given
      // name and no one's surname here, is the company named short.)
      const companies = entities.filter((x) => {
        const xs = x.type === 'organization' ? x.name.split(/\s+/) : [];
        return xs.length >= 3 && nameKey(xs[0]) === key && isLegalForm(xs[xs.length - 1].replace(/,$/, ''));
      });
      if (companies.length === 1) e = companies[0];
    }
    if (!e && c.type === 'organization' && c.words.length === 1 && /\p{Ll}s$/u.test(s)) {
      // ("the Houthis" beside "the Houthi movement": a movement's members in the plural are the movement.)
      const movement = entities.filter((x) => x.type === 'organization' && x.name.startsWith(`${s.slice(0, -1)} `) && x.name.split(/\s+/).length === 2);
      if (movement.length === 1) e = movement[0];
    }
    if (!e && c.type === 'place') {
      // ("Saint-Laurent" after "Saint-Laurent-du-Maroni": a town's name short of its "-du-…", "-sur-…" is the town.)
      const longer = entities.filter((x) => x.type === 'place' && x.name.startsWith(`${s}-`) && /^-(?:du|de|des|la|le|les|sur|sous|en|lès|aux|d['’])[-\p{Lu}]/u.test(x.name.slice(s.length)));
      if (longer.length === 1) e = longer[0];
    }
    if (!e) {
      e = { name: s, type: c.type, forms: new Set([s]), roles: [], weak: true };
      entities.push(e);
    }
    if (!c.weak) e.weak = false;
    if (!c.weak && !c.soft && !c.learnt) e.firm = true;
    e.forms.add(s);
    byKey.set(key, e);
    if (c.role && e.type === 'person') e.roles.push({ text: c.role.text, article, start: c.role.start, end: c.role.end });
  }

  // "Long Name (ACR)": the acronym is an alias of the long name.
  for (const m of text.slice(article.bodyStart).matchAll(/([\p{Lu}][\p{L}\p{M}'’\-]*(?:\s+(?:[\p{Lu}][\p{L}\p{M}'’\-]*|of|for|and|the|in|on|&))*)['’]?s?\s*\((\p{Lu}{2,8})\)/gu)) {
    const acr = m[2];
    // The name right before the parenthesis, whether or not its initials spell the acronym ("Federal Security
    // Service (FSB)"), else a name whose initials do.
    const long =
      entities.find((x) => x.type !== 'person' && x.name.includes(' ') && m[1].replace(/['’]s$/, '').endsWith(x.name)) ??
      entities.find((x) => m[1].endsWith(x.name) && acronymOf(x.name) === acr);
    const short = entities.find((x) => nameKey(x.name) === nameKey(acr));
    if (long) {
      long.forms.add(acr);
      if (short && short !== long) {
        absorb(long, short, entities);
      }
    }
  }
  // (Most articles say no one is known as anything: the test is cheap, the patterns are not.)
  const saysKnown = text.includes('nown ');
  // "the Ministry of Public Works, Transport and Communications, known by its French initials as MTPTC,": the
  // initials are the body's too.
  for (const m of saysKnown ? text.slice(article.bodyStart).matchAll(KNOWN_BY_INITIALS_RE) : []) {
    // (Initials: two capitals at least, not "known as Peggy".)
    if (!/\p{Lu}.*\p{Lu}/u.test(m[1])) continue;
    const before = text.slice(article.bodyStart, article.bodyStart + m.index!).replace(/[,\s]+$/, '');
    const long = entities.find((x) => x.type !== 'person' && x.name.includes(' ') && before.endsWith(x.name));
    if (!long) continue;
    const short = entities.find((x) => x !== long && nameKey(x.name) === nameKey(m[1]));
    long.forms.add(m[1]);
    if (short) absorb(long, short, entities);
  }
  // "Margaret Halloran, known to everyone as Peggy,": the name she goes by is hers, alone and with her surname
  // ("Peggy said", "Peggy Halloran"), not a relative's.
  for (const m of saysKnown ? text.slice(article.bodyStart).matchAll(KNOWN_AS_RE) : []) {
    // (A surname alone only where it is one person's, and only set off by a comma: "Bilong was known … as Tama Jok" may
    // be a given name, where the index has only a son who bears it as a surname.)
    if (!m[1].includes(' ') && !m[0].startsWith(`${m[1]},`)) continue;
    const people = entities.filter((x) => x.type === 'person' && x.forms.has(m[1]) && x.name.includes(' '));
    // (Not the name with an honorific after it: "Munni, known to workers as "Munni Apa"".)
    if (people.length !== 1 || (m[2].includes(' ') && people[0].name.split(/\s+/).includes(m[2].split(/\s+/)[0]))) continue;
    const person = people[0];
    const surname = person.name.split(/\s+/).pop()!;
    for (const form of m[2].includes(' ') ? [m[2]] : [m[2], `${m[2]} ${surname}`]) {
      // ("known across the barrio as “El Chele”": the whole nickname is hers whatever it was taken for alone, a place's
      // article before it.)
      const other = entities.find((x) => x !== person && (x.type === 'person' || form === m[2]) && [...x.forms].some((f) => nameKey(f) === nameKey(form)));
      if (other) {
        absorb(person, other, entities, { roles: true });
      }
      person.forms.add(form);
    }
  }
  // "His nephew, Thongsavanh Phommachanh, lost his hand. Known in Pek as Tong, he visited …": a sentence that opens with
  // the name someone goes by, then "he" or "she", gives it to the person last named before it in the paragraph.
  for (const m of saysKnown ? text.slice(article.bodyStart).matchAll(KNOWN_AS_LEAD) : []) {
    const at = article.bodyStart + m.index! + m[0].indexOf('Known');
    const paraStart = Math.max(article.bodyStart, text.lastIndexOf('\n\n', at) + 2);
    let last: { person: ArticleEntity; at: number } | undefined;
    for (const x of entities) {
      if (x.type !== 'person' || !x.name.includes(' ')) continue;
      for (const f of x.forms) {
        const k = text.lastIndexOf(f, at);
        if (k >= paraStart && (!last || k > last.at)) last = { person: x, at: k };
      }
    }
    if (!last || entities.some((x) => x !== last!.person && x.type === 'person' && x.forms.has(m[1]))) continue;
    last.person.forms.add(m[1]);
  }
  // "HDT Védelmi Ipari Kft. (HDT Limited)", "Supreme Court of Justice (Oberster Gerichtshof)", "ISIS (Islamic State
  // of Iraq and Syria)", "ODESC [Officials Committee for ...]": an organisation and another name for it in brackets.
  for (const m of text.slice(article.bodyStart).matchAll(/[(\[]\s*([^()[\]\n]{2,90}?)\s*[)\]]/gu)) {
    const at = article.bodyStart + m.index!;
    // (Not a dateline's agency: "KUWAIT CITY (Reuters) —", a place in capitals opening its line.)
    if (/^[ \t]*[—–-]/.test(text.slice(at + m[0].length, at + m[0].length + 4)) && /(?:^|\n)[ \t]*\p{Lu}[\p{Lu}\p{M} .,'’\-]*$/u.test(text.slice(Math.max(0, at - 60), at))) continue;
    const inner = entities.find((x) => [...x.forms].some((f) => nameKey(f) === nameKey(m[1])));
    if (!inner) continue;
    const before = text.slice(Math.max(article.bodyStart, at - 120), at).replace(/\s+$/, '');
    let outer: ArticleEntity | undefined;
    let best = 0;
    for (const x of entities) {
      if (x === inner) continue;
      for (const f of x.forms) {
        if (f.length > best && before.endsWith(f) && !/[\p{L}\p{N}]/u.test(before.charAt(before.length - f.length - 1))) {
          outer = x;
          best = f.length;
        }
      }
    }
    if (!outer || outer.type === 'person' || (inner.type === 'person' && !inner.weak)) continue;
    if (outer.type !== 'organization' && inner.type !== 'organization') continue;
    const place = outer.type === 'place' ? outer : inner.type === 'place' ? inner : undefined;
    if (place && (PLACES.has(nameKey(place.name)) || PLACE_NAMES.has(nameKey(place.name)))) continue;
    if (inner.name.includes(' ') && inner.name.length > outer.name.length && inner.type !== 'person') outer.name = inner.name;
    outer.type = 'organization';
    absorb(outer, inner, entities);
  }
  // "Magnitigorsk" beside "Magnitogorsk": a long name misspelt by one letter in the same article is the same place.
  for (const a of [...entities]) {
    if (a.type !== 'place' || a.name.length < 8 || a.name.includes(' ') || !entities.includes(a)) continue;
    const b = entities.find((x) => x !== a && x.type === 'place' && !x.name.includes(' ') && x.name.length >= 8 && x.name.charAt(0) === a.name.charAt(0) && oneEditApart(x.name, a.name));
    if (!b) continue;
    const [keep, drop] = firstAt(a) <= firstAt(b) ? [a, b] : [b, a];
    absorb(keep, drop, entities);
  }
  // "G7, or the Group of Seven,": an abbreviation and its long form side by side.
  for (const short of [...entities]) {
    if (short.type !== 'organization' || short.name.includes(' ') || !/^[\p{Lu}\d.-]{2,8}$/u.test(short.name) || !new RegExp(`${escapeRe(short.name)},\\s+or\\s`).test(text)) continue;
    const long = entities.find(
      (x) =>
        x !== short &&
        x.type === 'organization' &&
        x.name.includes(' ') &&
        [...x.forms].some((f) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(short.name)},\\s+or\\s+(?:the\\s+)?${escapeRe(f)}\\b`, 'u').test(text)),
    );
    if (long) {
      absorb(long, short, entities);
    }
  }
  // "Horoya AC" for "Horoya Athletic Club", "Larne FC" for "Larne Football Club": a club's initials for its words.
  for (const short of [...entities]) {
    const m = short.type === 'organization' ? /^(.+)\s+(AC|FC|SC)$/.exec(short.name) : null;
    if (!m) continue;
    const long = entities.find((x) => x !== short && x.type === 'organization' && x.name.startsWith(`${m[1]} `) && acronymOf(x.name.slice(m[1].length + 1)) === m[2]);
    if (long) absorb(long, short, entities);
  }
  // "HDT" for "HDT Védelmi Ipari Kft.": an acronym that is the first word of one organisation's name.
  for (const short of [...entities]) {
    if (short.type !== 'organization' || !isAcronym(short.name)) continue;
    const longs = entities.filter((x) => x !== short && x.type === 'organization' && [...x.forms].some((f) => f.split(/\s+/).length > 1 && f.split(/\s+/)[0] === short.name));
    if (longs.length === 1) {
      absorb(longs[0], short, entities);
    }
  }
  // An acronym entity whose letters spell a long name's initials is that organisation.
  // (A country's stands for a place only: "US" is the "United States", not the "University of Sheffield".)
  for (const short of [...entities]) {
    if (!isAcronym(short.name)) continue;
    const long = entities.find((x) => x !== short && x.name.includes(' ') && acronymOf(x.name) === short.name.replace(/\./g, '') && (short.type !== 'place' || x.type === 'place'));
    if (long) {
      absorb(long, short, entities);
    }
  }
  // ("HONIARA: …", then "in Honiara": a name first met in capitals, a dateline's, is shown as the sentences write it.)
  for (const e of entities) {
    if (/\p{Ll}/u.test(e.name)) continue;
    const written = [...e.forms].find((f) => /\p{Ll}/u.test(f) && f.toLowerCase() === e.name.toLowerCase());
    if (written) e.name = written;
  }

  return entities;
}

const SPEECH_AFTER = new RegExp(`^(?:,\\s+(?:\\d+,\\s+)?)?\\s*(?:${[...SPEECH_VERBS].join('|')})\\b`);
// "said X" names the speaker; "told X", "asked X", "urged X" name the listener.
const SPEECH_BEFORE = /\b(?:said|says|added|stated|noted|explained|wrote|according to)\s+$/;
/** A credit's words before a name: "Produced by", "Transcribed by", "Presenter:" at the start of a line. */
const CREDIT_BEFORE = /(?:(?:^|[.!?]\s+)(?:Picture|Pictures)\s*:|\b(?:[Pp]roduced|[Ee]dited|[Pp]resented|[Tt]ranscribed|[Tt]ranslated|[Cc]ompiled|[Ff]ilmed|[Pp]hotographed|[Ii]llustrated|[Nn]arrated|[Dd]irected|[Hh]osted|[Rr]eported|[Ww]ritten|[Aa]dditional reporting)\s+by|(?:^|\n)\s*(?:Presenter|Producer|Host|Reporter|Editor|Sound|Camera|Photography|Graphics|Transcription|Translation|Script|Music|Research|Studio engineer|Sound engineer)\s*:)\s+$/;
const PHOTO_CREDIT_BEFORE = /(?:^|[.!?]\s+|\(|\n)(?:Photo|Photos|Photograph)\s*:\s+$/;
/** Surnames' endings in Slavic, Central Asian and Caucasian languages: "-ova", "-yev", "-enko", "-shvili", "-dze", "-yan". */
const SURNAME_ENDING = /\p{Ll}(?:ova|eva|yeva|ieva|ov|ev|yev|iev|enko|chuk|shvili|dze|yan|ovich|evich|ovna|evna|ovsky|evsky|ovska|ovski|evski|skaya)$/u;

// Astronomical bodies and deities: names, but not of people, organisations or places.
// Known places by their name less its last letter ("russi" -> russia), to find their adjectives quickly.
const PLACE_STEMS = new Map<string, string[]>();
for (const p of [...PLACE_NAMES, ...PLACES]) if (p.length > 3) PLACE_STEMS.set(p.slice(0, -1), [...(PLACE_STEMS.get(p.slice(0, -1)) ?? []), p]);
/** "Puerto Rican", "Eastern Europeans": a known place's name with a short ending, its adjective or people. */
function isPlaceAdjective(joined: string): boolean {
  for (let n = Math.max(3, joined.length - 4); n <= joined.length; n++) {
    // (The ending after the shared stem is an adjective's or a people's: "Russian", "Iraqis", "Chinese"; not "Francis".)
    for (const p of PLACE_STEMS.get(joined.slice(0, n)) ?? []) if (joined !== p && joined.length - p.length <= 3 && /^(?:[a-z]?(?:an|ans|ian|ians|ean|eans|ese|ish|i|is|ic))$/.test(joined.slice(n)) && joined.slice(n) !== 'is') return true;
  }
  return false;
}
const REGION_ADJECTIVES = new Set(['nordic', 'scandinavian', 'balkan', 'caucasian', 'andean', 'amazonian', 'saharan', 'sahelian', 'pacific', 'caribbean', 'mediterranean', 'arab', 'latino', 'hispanic', 'anglophone', 'francophone', 'lusophone']);
const CELESTIAL = new Set(['earth', 'moon', 'sun', 'mars', 'venus', 'mercury', 'jupiter', 'saturn', 'uranus', 'neptune', 'pluto', 'god', 'christ', 'allah']);
const joined0 = (ws: Word[]) => ws.map((w) => w.text.toLowerCase()).join(' ');
const AFFILIATION_AFTER = /^\s+(?:[a-z]+\s+)?(?:drummer|guitarist|bassist|singer|frontman|frontwoman|vocalist|spokes(?:man|woman|person)|founder|co-founder|ceo|chairman|chairwoman|analyst|scientist|researcher|engineer|executive|official|lawyer|reporter|correspondent|editor|columnist|economist|professor|coach|striker|goalkeeper|manager)\s+\p{Lu}/u;
const STORM_WORDS = /^(?:Typhoon|Hurricane|Cyclone|Storm|Super-?[Tt]yphoon)$/;
const THING_AFTER = /^\s+(?:space\s+)?(?:telescope|programs?|programmes?|trials?|missions?|projects?|vaccines?|drugs?|framework|spacecraft|rocket|satellite|probe|capsule|software|app|browser)\b/;
// ("published earlier this month in Ecological Applications": a few words of time between.)
const PUBLICATION_BEFORE = /\b(?:(?:contributor|columnist|correspondent|editor|reporter|writer|journalist|blogger)s?\s+(?:to|for|at|with)|front\s+pages?\s+of|(?:published|appeared)\s+(?:(?:on\s+)?\p{Lu}\w+day\s+|online\s+|(?:earlier|later|last|this|next)\s+(?:this\s+)?(?:week|month|year)\s+)?in)\s+(?:the\s+)?(?:journal\s+)?$/u;
/** A trade's word that ends a company's name ("Sahara Sun Energy", "Atlas Cement"). */
const COMPANY_TRADE_LAST = new Set(['energy', 'securities', 'haulage', 'weaving', 'plastics', 'chemicals', 'steel', 'petroleum', 'mining', 'minerals', 'foods', 'textiles', 'cement', 'brewery', 'breweries', 'pharma', 'solar', 'renewables', 'utilities', 'trading', 'farma', 'knitwear', 'apparel', 'ferries', 'funerals', 'safaris', 'attorneys', 'lines', 'shipping', 'logistics', 'freight', 'motors', 'seafoods', 'dairies', 'bakeries', 'electricity', 'tourism', 'telecom', 'telecoms', 'broadcasting', 'airports', 'seaplanes', 'aviation']);
/** A body's part, named "of" the body: "Financial Crimes Unit of the … Police Force". */
const SUBUNIT_WORDS = new Set(['unit', 'division', 'branch', 'department', 'directorate', 'section', 'squad', 'wing', 'desk']);
/** A name of up to three capitalised words in a list ("Beni, Butembo, Mangina and Katwa"), and its pattern alone. */
const LISTED_NAME = "\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*){0,2}";
const LISTED_NAME_RE = new RegExp(LISTED_NAME, 'gu');
const LIST_OF_NAMES = `(?:${LISTED_NAME}(?:,\\s+|,?\\s+and\\s+|,?\\s+or\\s+)){1,12}${LISTED_NAME}`;
// "the towns of Beni, Butembo, Mangina, and Katwa": a list after a plural kind of place.
const PLACE_KIND_LIST = new RegExp(`\\b(?:towns|cities|villages|provinces|regions|states|countries|districts|islands|suburbs|neighbou?rhoods|municipalities|counties)\\s+(?:of|including|such\\s+as|like)\\s+(${LIST_OF_NAMES})`, 'gu');
const PLACE_LIST = new RegExp(`\\b(?:in|on|across|between|around|near|from)\\s+((?:(?:the\\s+)?${LISTED_NAME},\\s+){0,8}(?:the\\s+)?${LISTED_NAME},?\\s+(?:and|or)\\s+(?:the\\s+)?${LISTED_NAME})`, 'gu');
/** Whether a name is a known place: in the lists of countries, territories and cities, or in GeoNames. */
const knownPlaceName = (name: string) => PLACES.has(lower(name)) || PLACE_NAMES.has(lower(name)) || inPlaceGazetteer(lower(name));
/** An appositive whose kind is a trade a person may ply alone: ", a marimba maker", ", a cattle exporter". */
const PERSONAL_TRADE_APPOSITIVE = /^,\s+(?:a|an)\s+(?:[\p{Ll}\-]+\s+){0,2}(?:maker|developer|producer|publisher|contractor|exporter|importer|operator|trader|dealer)\b/u;
const VENUE_WORDS = new Set(['hospital', 'center', 'centre', 'studio', 'studios', 'terminal', 'prison', 'facility', 'mall', 'airport', 'station', 'stadium', 'arena', 'theatre', 'theater', 'tavern', 'lodge', 'inn', 'pub', 'restaurant', 'cafe', 'café']);
/** A party's adjective or its members' name (US, UK, Canada, Australia): "Democratic", "Republicans", "Tories". */
const PARTY_WORDS = new Set(['democratic', 'democrat', 'democrats', 'republican', 'republicans', 'conservative', 'conservatives', 'tory', 'tories', 'liberal', 'liberals', 'labour']);
const ORG_NOUN_AFTER = /^\s+(?:company|firm|corporation|organi[sz]ation|party|coalition|newspaper|magazine|website|airline|band|charity|foundation|agency|network|broadcaster|startup|start-up|group|television|TV|tabloid)(?:['’]s)?\b(?!\s+of\b)/;
const ORG_KINDS =
  'companies|firms|corporations|businesses|groups|organi[sz]ations|agencies|outlets|newspapers|broadcasters|networks|parties|bands|banks|airlines|carriers|charities|universities|institutions|publications|websites|platforms|brands|retailers|manufacturers|makers|clubs|unions|media|sites';
const ORG_LIST = new RegExp(`\\b(?:${ORG_KINDS})\\s+(?:including|such\\s+as|like)\\s+(${LIST_OF_NAMES})`, 'gu');
/** A nationality's noun that is a given name or a common word too, so no people's adjective: "the Dane", "the Finn". */
const NATIONALITY_NOUNS = /^(?:Dane|Swede|Finn|Pole|Briton|Brit|Scot|Kiwi|Serb|Croat|Turk|Aussie|Yank|Swiss)$/;
/** A mountain range's word, last in its name: "Chatkal Range", "King Leopold Ranges". */
const MOUNTAIN_RANGE_LAST = /^Ranges?$/;
/** A town's or a city's corporation in its capitalised style: "City of Bruges", "Rural Municipality of Canwood". */
const CORPORATE_TOWN = /^(?:rural\s+)?(?:city|town|municipality|borough|township|village|county)\s+of\s/;
/** What a corporation does right after its name: speaks, decides, acts. */
const TOWN_ACTS_AFTER = new RegExp(`^\\s+(?:(?:${[...SPEECH_VERBS].join('|')})\\b|(?:has|had|have)\\s+(?:not\\s+)?(?!been\\b)\\p{Ll}+(?:ed|en|t|ne)\\b|(?:will|would)\\s+(?:not\\s+)?(?!be\\b)\\p{Ll}+\\b|(?:approved|voted|decided|agreed|refused|declined|issued|published|fined|sued|apologi[sz]ed|confirmed|denied|rejected|paid|awarded|hired|appointed|bought|sold|plans|planned|intends|intended|owns|owned)\\b)`, 'u');
const SOURCE_BEFORE = /\b(?:according\s+to|reported\s+by|told|(?:an\s+)?interview\s+with|interviewed\s+by|speaking\s+to|quoted\s+by|published\s+by|cited\s+by|(?:owned|operated|chartered|run|acquired|funded|sponsored|bought|managed|built|manufactured|made)\s+by)\s+$/;
const SOURCE_AFTER = /^(?:['’]s)?\s+(?:reported|reports|reporting|published|broadcast|quoted|cited)\b/;
const AGE_AFTER_NAME = /^,\s+(?:aged\s+)?\d{1,3},/;
const WHICH_SPEAKS = /^,\s+which\s+(?:also\s+|has\s+|had\s+|later\s+)?(?:said|says|announced|announces|stated|warned|argued|claimed|reported|reports|called|urged|welcomed|condemned)\b/;
const AGENT_NOUN_BEFORE = /\b(?:developer|maker|manufacturer|contractor|provider|supplier|producer|publisher|retailer|insurer|lender|carrier|outfit)\s+$/;
const ORG_NOUN_BEFORE = /\b(?:party|journal|board|broadcaster|station|forum|firm|company|companies|corporation|group|newspaper|paper|agency|band|startup|start-up|website|site|outlet|network|daily|weekly|monthly|tabloid|broadsheet|portal|magazine|publisher|channel|platform|app|charity|lab|laboratory|bank|manufacturer|maker|retailer|carrier|airline|team|club|union|brand|chain|studio|label|developer|insurer|biotech|contractor|provider|supplier|lender|bloc|watchdog|regulator|conglomerate|alliance|coalition|organi[sz]ation|outfit|franchise|collective|automaker|carmaker|state-owned|state-run|state-controlled|government-owned|government-run|family-owned|chipmaker|drugmaker|steelmaker|(?:football|rugby|cricket|hockey|basketball|[A-Z][a-z]+|league|away|home|visiting|rival)\s+side)\s+$/;
const FOUNDER_VERB_AFTER = /^\s+(?:started|founded|co-founded|set\s+up|runs|ran|owns|owned|launched|built|created|bought|inherited|leads|led|manages|managed|joined)\b/;
/** The word for a kind of body right before a name ("the newspaper Magyar Nemzet"), or with its article before the
 * name in apposition ("A foreign-funded charity, Steppe Relief Mongolia, gave"). */
function bodyKindBefore(name: Word[], text: string): RegExpExecArray | null {
  // ("the company Corey Osmond started in 2031": a person's name opening a clause about the body, not the body's.)
  if (name.length >= 2 && inGivenNameList(name[0].text) && FOUNDER_VERB_AFTER.test(text.slice(name[name.length - 1].end, name[name.length - 1].end + 24))) return null;
  const before = text.slice(Math.max(0, name[0].start - 30), name[0].start);
  const direct = ORG_NOUN_BEFORE.exec(before);
  if (direct) return direct;
  const inApposition = text[name[name.length - 1].end] === ',' && KIND_IN_APPOSITION_BEFORE.test(text.slice(Math.max(0, name[0].start - 50), name[0].start));
  if (!inApposition) return null;
  // ("an investigator with the agency, Janet Chebet,": the body is a person's, and the name in apposition the person's.)
  const holder = PERSON_OF_BODY_BEFORE.exec(text.slice(Math.max(0, name[0].start - 80), name[0].start));
  if (holder && isRoleNoun(holder[1], 'person') && name.length >= 2 && inGivenNameList(name[0].text)) return null;
  return ORG_NOUN_BEFORE.exec(before.replace(/,\s+(?:the\s+)?$/, ' '));
}
/** A person's kin, as the text names them after a possessive ("Elias’s grandfather", "Prasert's younger brother"). */
const KIN = 'brother|sister|son|daughter|wife|husband|mother|father|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|grandmother|grandfather|widow|widower|partner|fiancée?';
const KIN_AFTER_POSSESSIVE = new RegExp(`^['’]s?\\s+(?:(?:late|elder|older|younger|eldest|youngest|twin)\\s+)?(?:${KIN}|parents|children|family|girlfriend|boyfriend)\\b`);
/** Languages whose names are no people's adjective in -ish, -ese or -ian ("in Creole", "in siSwati", "in Tagalog"). */
const LANGUAGE_NAMES = new Set('creole kreyòl kreyol papiamentu papiamento siswati isizulu isixhosa sesotho setswana sepedi kiswahili swahili tagalog bislama afrikaans hindi urdu arabic hebrew latin esperanto quechua aymara nahuatl yoruba igbo hausa amharic tigrinya wolof lingala kinyarwanda kirundi malagasy tetum yiddish ladino romansh tamil sinhala sinhalese corsican catalan basque galician breton occitan sardinian frisian ladin fulfulde fula pulaar ajami tamazight kabyle guarani'.split(' '));
// A club, by what it is to a player: "on loan from Motherwell", "a Derry City midfielder".
const ON_LOAN_BEFORE = /\bon\s+loan\s+(?:from|at|to|with)\s+$/i;
// (Not a word the text writes in lower case too: "Moving forward".)
const PLAYER_AFTER = /^['’]?s?\s+(?:midfielder|striker|defender|goalkeeper|keeper|winger|full-back|fullback|centre-back|center-back|centre-half|centre-forward|player|forward|fly-half|scrum-half|flanker|hooker|prop|lock|centre|center|captain|coach|manager)\b(?!\s+of\b)/;
// A match result around a side's name: "drew 1-1 with X", "lost 2-0 at home to X", "away to X"; "X drew 1-1",
// "X, who won 3-0". (Only the forms no tennis player's name takes, "beat X 6-3", for a name that may be a person's.)
const SCORE = String.raw`\d{1,2}[-–]\d{1,2}`;
const AWAY_OR_HOME = String.raw`(?:away|at\s+home)\s+(?:to|at|against)`;
const AWAY_OR_HOME_BEFORE = new RegExp(String.raw`\b${AWAY_OR_HOME}\s+$`);
const RESULT_LINE_AFTER = /^\s+\d{1,2}(?:\s+\([^()\n]{0,80}\))?\s+\p{Lu}[\p{L}\p{M}'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’\-]*){0,3}\s\d{1,2}\b/u;
const RESULT_LINE_BEFORE = /\p{L}\s+\d{1,2}(?:\s+\([^()\n]{0,80}\))?\s+$/u;
const RESULT_BEFORE = new RegExp(String.raw`\b(?:${AWAY_OR_HOME}|(?:drew|draws?|lost|lose|loses|won|wins?)\s+${SCORE}\s+(?:(?:at\s+home|away)\s+)?(?:with|to|against|at))\s+$`);
const RESULT_AFTER = new RegExp(String.raw`^(?:,\s+who)?\s+(?:drew|lost|won|beat|thrashed|edged)\s+${SCORE}\b`);
const BEATEN_BEFORE = /\b(?:beat|beats|defeated|thrashed|edged)\s+$/;
const SCORE_AFTER = new RegExp(String.raw`^\s+${SCORE}\b`);
function inMatchResult(text: string, ws: Word[], person = false): boolean {
  const start = ws[0].start;
  const end = ws[ws.length - 1].end;
  // ("Jabal Al-Mukaber 1 Hilal Al-Quds 1; Thaqafi Tulkarem 3 Wadi Al-Nes 0": a results line, each side by its goals.)
  if (/^\s+\d/.test(text.slice(end, end + 3)) && (RESULT_LINE_AFTER.test(text.slice(end, end + 140)) || (RESULT_LINE_BEFORE.test(text.slice(Math.max(0, start - 100), start)) && /^\s+\d{1,2}\b/.test(text.slice(end, end + 4))))) return true;
  // (A score near the name, or "away to"/"at home to" before it, or no result is read: most text has neither.)
  if (!/\d[-–]\d/.test(text.slice(Math.max(0, start - 40), end + 40)) && !AWAY_OR_HOME_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  if (RESULT_BEFORE.test(before)) return true;
  if (person) return false;
  return RESULT_AFTER.test(text.slice(end, end + 30)) || (BEATEN_BEFORE.test(before) && SCORE_AFTER.test(text.slice(end, end + 10)));
}
const CREDIT_FROM = /\b(?:files|(?:additional\s+)?reporting|contributions?)\s+from\s+$/i;
const SCORED_FROM = /\b(?:goals?|headers?|pass(?:es)?|cross(?:es)?|strikes?|shots?|penalty|free[- ]kicks?|corners?|saves?|double|brace|hat-trick|assists?|tries|try|wickets|century|fifty|volley|finish|tackle|attempts?|efforts?|chances?)\s+from\s+$/i;
// ("from Eden Hazard's assist": a player's play, owned by name.)
const PLAYERS_PLAY_AFTER = /^['’]s\s+(?:assist|cross|pass|header|shot|strike|goal|free[- ]kick|corner|penalty|save|through[- ]ball)\b/;
const PERSON_OF_BODY_BEFORE = /\b(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}\-]+\s+){0,2}?([\p{Ll}\-]+)\s+(?:with|at|for|from|of|in)\s+(?:the|its|their)\s+(?:[\p{Ll}\-]+\s+){0,2}\p{Ll}+\s*,\s+$/u;
// ("his own band, Ngalam Star,": a person's own body too, of the kinds a person has; "his publisher, Simrock," is a
// man.)
// ("Raja's main supporters' group, the Green Boys,": a body's possessive, and "the" before the name.)
const KIND_IN_APPOSITION_BEFORE = /\b(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|\p{Lu}[\p{L}\-]+['’]s)\s+(?:[\p{Ll}\-'’]+\s+){0,2}\p{Ll}+|[Hh](?:is|er)\s+(?:own\s+|new\s+|old\s+|first\s+)?(?:band|party|club|team|firm|company|label|charity|foundation|orchestra))\s*,\s+(?:the\s+)?$/u;
// A street's word before its name ("Avenida Paulista", "Rue Oberkampf", "Jalan Sudirman").
const STREET_WORDS = 'Avenue|Avenida|Avinguda|Rue|Rua|Calle|Carrer|Carretera|Passeig|Paseo|Rambla|Jalan|Boulevard|Autoroute|Autopista|Chaussée|Allée|Praça|Plaça|Piazza|Plaza|Largo|Viale|Ulica|Strada|Avenija|Bulevar|Calea|Bulevardul|Aleea|Rruga|Aleja|Prospekt|Pont|Ponte|Puente|Route';
const STREET_FIRST = new RegExp(`^(?:${STREET_WORDS})$`);
// (And the first word of a range, a lake, a hill, a marsh or an island in Spanish, Portuguese, Italian or French:
// "Cordillera Blanca", "Estero Patiño", "Laguna Colorada". Not "Sierra" or "Isla", given names too.)
// A venue's word opening its name in the venue's language: "Estadio Monumental", "Stade de France".
const VENUE_FIRST_WORDS = 'Estadio|Estádio|Stade|Stadion|Stadio';
const VENUE_FIRST = new RegExp(`^(?:${VENUE_FIRST_WORDS})$`, 'u');
const FRENCH_MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const TITLED_VENUE = /(?<![\p{L}\p{N}])(?:Hospital|Hôpital|Clínica|Clinique|Estádio|Estadio|Stade|Aeroporto|Aeropuerto|Aéroport)[ \t]+(?:Dr\.?|Dra\.?|Doctor|Doutor|Docteur|Professor|Prof\.?|Presidente|Président|General|Général|Padre|Père|Mgr\.?)[ \t]+\p{Lu}[\p{L}\p{M}'’\-]+(?:[ \t]+(?:(?:de|da|do|dos|das|del|la|le)[ \t]+)?\p{Lu}[\p{L}\p{M}'’\-]+){0,3}/gu;
const FRENCH_BODY = /(?<![\p{L}\p{N}])(?:(?:Tribunal|Cour|Conseil|Parquet|Chambre)(?:[ \t]+(?:\p{Ll}[\p{L}\p{M}'’]*)){1,4}[ \t]+(?:de|du|d['’])[ \t]*(?:la[ \t]+|l['’])?\p{Lu}[\p{L}\p{M}]+(?:(?:-|[ \t]+|-(?:sur|sous|en|le|la|les|de|du|des|lès)-)\p{Lu}[\p{L}\p{M}]+)*|(?:Gendarmerie|Police|Assemblée|Marine|Garde|Armée|Éducation|Bibliothèque|Loterie)[ \t]+nationale)(?![\p{L}\p{N}])/gu;
const NUMBERED_PLACE = /(?<![\p{L}\p{N}])(?:(?:(?:National|State|Provincial|Regional|Federal|Interstate|County)\s+)?(?:Route|Ruta|Rota|Highway|Calle|Carrera|Rue|Camp|Area)\s+\d{1,4}(?![\p{L}\p{N}]|[.,:]\d)|\d{1,3}(?:st|nd|rd|th)\s+(?:Street|Avenue|Road)\b)/gu;
const DATE_NAMED_PLACE = new RegExp(`\\b(?:${STREET_WORDS}|${VENUE_FIRST_WORDS}|Place|Carrefour|Lycée|Collège|Marché|Stadium)\\s+(?:du|de)\\s+\\d{1,2}(?:er)?\\s+(?:${FRENCH_MONTHS}|${FRENCH_MONTHS.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, c: string) => bar + c.toUpperCase())})(?:\\s+\\d{4})?(?![\\p{L}\\d])`, 'gu');
const NEWSROOM_DESK = /^(?:News|Business|Foreign|Sports?|Metro|City|Politics|Features?|Picture|Digital|Data|Investigations?|Weather|Online|Web|World|National|Finance|Markets?|Money|Arts|Culture|Science|Health|Education|Environment|Opinion|Editorial)$/;
// The kinds of structure named after people ("Queen Juliana Bridge"), not words that are surnames too ("Park", "Hill").
const STRUCTURE_LAST = /^(?:Bridge|Airport|Hospital|Stadium|Causeway|Avenue|Boulevard|Highway|Square|Tunnel|Dam|Canal|Station|Terminal|Library|Museum|Monument|Memorial)$/;
// ("Pulau Selirong", "Jebel Ali", "Bukit Timah", "Ravine Normande", "Hôpital Saint-Michel", "Chapelle Notre-Dame": an
// island, a hill, a river, a ravine or a building by its kind in another language.)
const PLACE_FIRST_ABROAD = 'Pulau|Jebel|Jabal|Gunung|Bukit|Sungai|Tanjung|Kampung|Kampong|Wadi|Ravine|Chapelle|Hôpital|Église|Iglesia|Igreja|Mosquée|Cathédrale|Catedral';
const ROMANCE_ARTICLE_FIRST = /^(?:El|La|Los|Las|Le|Les|Il|Lo)$/;
const NEWSPAPER_AFTER = /^(?:['’]s?\s+(?:front\s+page|editor|editorial|reporter|correspondent|columnist|website|headline|report|reporting)|\s+(?:reported|reports|published|publishes|carried|quoted|revealed)\b)/;
/**
 * "Natural Resources Wales, which must approve …", "Via Rail Canada's president": capitalised words, then a country's
 * or a nation's name, opening a sentence are a national body's name whole, its first word too, though the language
 * writes it in lower case.
 */
function nationalBodyAtStart(seq: Word[]): boolean {
  if (seq.length < 3 || NON_NAMES.has(lower(seq[0].text)) || COMPASS_QUALIFIERS.has(lower(seq[0].text)) || DEMONYMS.has(lower(seq[0].text))) return false;
  const last = lower(seq[seq.length - 1].text);
  if (!PLACES.has(last) || CITIES.has(last)) return false;
  return seq.slice(0, -1).every((w) => w.cap && !isAcronym(w.text) && !CONNECTORS.has(lower(w.text)) && !PLACE_WORDS.has(lower(w.text)) && !PLACES.has(lower(w.text)) && !COMPASS_QUALIFIERS.has(lower(w.text)));
}
/** "Dhaka Premier League", "AFC Challenge League": a competition by the word before "League". */
const isCompetitionLeague = (seq: Word[]) => seq.length >= 2 && seq[seq.length - 1].text === 'League' && /^(?:Premier|Super|Champions|Challenge|Conference|Nations|Stars|Diamond|Europa|Elite|Major|Minor)$/.test(seq[seq.length - 2].text);
/** "El Hadji Malick Seck": a pilgrim's name written as two words opens a West African man's name, no town's. */
const PILGRIM_GIVEN_NAME = /^(?:El|Al) (?:Hadji|Hadj|Haj|Hajj|Hajji)$/;
const PLACE_PREFIX = new RegExp(`^(?:Ciudad|Rio|Río|San|Santa|Santo|São|Port|Fort|Lake|Mount|Saint|St|Cape|Puerto|Costa|Las|Los|El|La|Bandar|Cordillera|Laguna|Lago|Cerro|Nevado|Volcán|Estero|Islas|Ilha|Bahía|Baía|Golfo|Isola|Lac|Île|Valle|Punta|Loma|Sfântu|Sfânta|Sankt|${VENUE_FIRST_WORDS}|Playa|Praia|Parque|Piazza|Praça|${STREET_WORDS}|${PLACE_FIRST_ABROAD})$`);
const PLACE_AFTER = (after: string) => {
  // ("Hagan, North Carolina's first ...": a place's possessive starts a new phrase.)
  const m = /^,\s+(\p{Lu}[\p{L}\p{M}]+(?:\s+\p{Lu}[\p{L}\p{M}]+)?)(?!['’]s\b)/u.exec(after);
  return !!m && (PLACES.has(m[1].toLowerCase()) || PLACE_NAMES.has(m[1].toLowerCase()));
};

// "the Archbishop of Gdańsk, Sławoj Leszek Głódź,": an office of a place or body, a comma, then the holder's name.
const TITLE_OF_BEFORE =
  /\b(?:archbishop|bishop|mayor|governor|president|minister|secretary|chairman|chairwoman|chair|director|head|chief|king|queen|prince|princess|ambassador|chancellor|rector|dean|leader|founder|ceo|commissioner|speaker|governor-general)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,4},\s+$/iu;
// "political scholar Kelly Dittmar", "spokeswoman Maria Zakharova": a role in lower case right before a name.
// "Rep. Jim Jordan", "Sen. Chris Murphy": an abbreviated title, kept out of the name by its full stop, still makes
// what follows a person's name (even one whose surname is a place).
// ("Mr Obama", "Dr Venkataraman": British style drops the full stop.)
// (The title is captured: it is the person's role too, unless a courtesy.)
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const WEEKDAY_PLACE_HEADS = /^(?:Island|Islands|Harbor|Harbour|Creek|Bay|Point)$/i;
/** "Thursday Island", "Friday Harbor": a weekday before a word for a place is the place's name, not a date. */
function weekdayBeforePlace(day: Word, next: Word | undefined): boolean {
  return !!next && WEEKDAYS.has(lower(day.text)) && WEEKDAY_PLACE_HEADS.test(next.text);
}
const TITLE_ABBREVIATION_BEFORE = /(?:^|[\s(“"])((?:Rep|Sen|Gov|Gen|Lt|Col|Sgt|Capt|Cpt|Maj|Adm|Cmdr|Prof|Rev|Dr|Mr|Mrs|Ms|Amb|Supt|Det|Insp|Eng|Dra|Ing|Lic|Sra|Adv|Bi|Hon|Cllr|Mag|Ir|Dott|Avv|Dipl)\.|Mr|Mrs|Ms|Dr|Cllr|Mzee)\s+$/;
// An office and the first of its subjects, then "and": "Minister of Culture and ".
const OFFICE_SUBJECTS_BEFORE = /\b(?:Minister|Ministry|Secretary|Department|Commissioner)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)*\s+(?:and|&)\s+$/u;
// A country's trade before a company's name: "the Czech builder ", "the Norwegian fish farmer ", "Burkina Faso’s shea
// butter processor ".
const TRADE_BODY_BEFORE =
  /\b(?:(?:[Tt]he|[Aa]n?)\s+(\p{Lu}[\p{L}\p{M}\-]+)|(\p{Lu}[\p{L}\p{M}\-]+(?:\s+\p{Lu}[\p{L}\p{M}\-]+)?)['’]s)\s+(?:[\p{Ll}\-]+\s+){0,2}(?:builder|farmer|miner|grower|exporter|importer|processor|packer|meatpacker|shipowner|shipbuilder|refiner|brewer|distiller|operator|trader|developer|producer|contractor|supplier|maker|manufacturer|retailer|lender|insurer|carrier|publisher|broadcaster)\s+$/u;
// A kind of place in the plural after a list of them: "the Ilemela and Nyamagana districts".
// ("the Lakkatura and Malnicherra tea estates": one word of what kind may come first.)
const PLURAL_PLACE_KIND_AFTER = /^\s+(?:(?:tea|coffee|rubber|sugar|fishing|farming|mining|border|hill|coastal|island|rural)\s+)?(?:districts|regions|provinces|wards|counties|municipalities|prefectures|oblasts|villages|estates|townships|islands)\b/;
// Capitalised words ending in an office before a doctor's title: "Health Minister Dr. Florence Atim".
const OFFICE_BEFORE_HONORIFIC = /((?:\p{Lu}[\p{L}\-]+\s+){0,3}(\p{Lu}[\p{L}\-]+))\s+$/u;
// An aircraft's or a weapon's model code: "CC-130J", "F-16", "MiG-29".
const MODEL_CODE = /^\p{Lu}{1,3}-\d{2,4}\p{Lu}?$/u;
// A kind of site in lower case after its name: "the Kariba dam", "the Confins airport" (not "the Dam of ...").
// (A mine by what it digs: "its Langimar gold mine".)
// ("the Albarnaz lighthouse", "the Batagaika crater", "the Afono road", "the Zarch qanat".)
const SITE_AFTER = /^\s+(?:airport|airfield|stadium|bridge|dam|lighthouse|crater|tunnel|waterfall|road|qanat|harbou?r|complex|reservoir|canal|peninsula|lagoon|glacier|volcano|valley|island|lake|river|ridge|gorge|canyon|plateau|atoll|(?:(?:gold|copper|coal|diamond|iron|nickel|lithium|uranium|silver|tin|zinc)\s+)?mine)\b(?!\s+(?:of|for)\b)/;
// "the Struma and Mesta valleys": names listed before a plural kind of site.
const SITES_AFTER_LIST = /^\s+(?:and|or)\s+\p{Lu}[\p{L}\p{M}'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’\-]*)?\s+(?:valleys|rivers|islands|lakes|mountains|ridges|gorges|atolls|mines|dams)\b/u;
// Who a player plays for: "plays for", "played briefly for", "signed for", "lined up for".
const PLAYS_FOR_BEFORE = /\b(?:play(?:s|ed|ing)?|lined\s+up|sign(?:s|ed|ing)?)\s+(?:\p{Ll}+ly\s+)?for\s+(?:the\s+)?$/u;
// Players' positions that stand before a player's name ("Raja defender Yassine").
const PLAYER_POSITIONS =
  'defender|defenceman|defenseman|striker|midfielder|goalkeeper|goaltender|goalie|winger|full-back|fullback|centre-back|center-back|playmaker|fly-half|scrum-half|flanker|quarterback|pitcher|shortstop';
// A side's possessive, then a player's position and a name, a word or two qualifying it: "Emelec's Argentine
// centre-back Franco".
const TEAM_PLAYER_AFTER_POSSESSIVE = new RegExp(
  String.raw`^['’]s\s+(?:(?:\p{Lu}\p{Ll}+|\p{Ll}[\p{Ll}\-]*)\s+){0,2}?(?:${PLAYER_POSITIONS}|centre-forward|center-forward)\s+\p{Lu}`,
  'u',
);
// A player's position or a club's office between a side's name and a person's: "Raja defender Yassine".
const TEAM_OFFICE_AFTER = new RegExp(
  String.raw`^\s+(?:(?:sporting|technical)\s+director|head\s+coach|${PLAYER_POSITIONS}|forward|captain|coach|president|chairman)\s+\p{Lu}`,
  'u',
);
// Companies' legal forms in capitals, read only as a name's last word (the lower-case ones, "ltd", "gmbh", "oyj", are
// ORG_WORDS): "Havbruk Nordvest ASA", "Volvo AB", "Blue Crane Civils CC".
// (And the forms of other countries' registers: "Luka Kotor AD", "Dimovski Drvo DOOEL", "Kaunas Grūdai UAB", "Sucrerie
// du Nord Ltée", "Banco Atlántico Cía".)
const COMPANY_FORM_LAST = /^(?:ASA|AB|AS|A\/S|ApS|APS|CC|SE|NV|BV|KK|GK|JSC|PJSC|OJSC|CJSC|OAO|PAO|ZAO|OOO|AO|TOO|TOV|PAT|PrAT|SAS|SASU|SARL|SAB|SAA|SAC|SAU|SLU|SRL|SpA|SPA|SNC|SCA|SCS|SPRL|BVBA|SCRL|VOF|AD|EAD|OOD|EOOD|DOO|DOOEL|UAB|SIA|IKE|EPE|KG|KGaA|OHG|GmbH|AG|Kft|KFT|Zrt|ZRT|Nyrt|NYRT|Oy|Oyj|OYJ|Ab|Abp|Tbk|TBK|Bhd|BHD|Berhad|BERHAD|DMCC|Lda|LDA|Ltda|LTDA|SGPS|WLL|FZE|FZCO|FZC|PSC|SAOG|SAOC|LLP|LP|PLLC|Ltée|Ltee|Cía|Cia)$/;
// Letters after a person's name: honours, silk, seats.
const POST_NOMINALS = /^(?:QC|KC|SC|SAN|OBE|MBE|CBE|KBE|DBE|MEP|MSP|MLA|FRS)$/;
// Words that open a sentence before a title without being part of it ("Later Dr Amelia Frost").
const SCENE_ADVERBS = new Set('later earlier afterwards meanwhile recently yesterday today tonight then now also and but so still finally eventually soon'.split(' '));
/**
 * "Fisheries Minister Paul Alivaktuk" opening a sentence, with "the fisheries minister" elsewhere: a common noun before
 * an office's title and a name is what the office is for, not a word the sentence's start capitalised.
 */
function officeSubjectAtStart(ws: Word[]): boolean {
  return ws.length >= 3 && OFFICE_TITLES.has(lower(ws[1].text)) && /^\p{Lu}\p{Ll}{2,}$/u.test(ws[0].text) && !NON_NAMES.has(lower(ws[0].text)) && !SCENE_ADVERBS.has(lower(ws[0].text)) && !/(?:ly|ed|ing)$/.test(ws[0].text);
}
const OFFICE_TITLES = new Set(['minister', 'secretary', 'commissioner', 'chief']);

// What a company's name may add to its own word ("Mahan Air", "Saha Airlines", "Tesla Motors", "Acme Inc.").
const COMPANY_KIND_WORDS = new Set(
  'air airlines airline airways aviation group holdings corp corp. corporation inc inc. ltd ltd. plc llc co co. company motors industries technologies energy pharmaceuticals systems labs semiconductor electronics capital financial'.split(' '),
);

// ("World Athletics Championships", "Radio Free Europe/Radio Liberty": not where the name runs on into a longer one,
// which keeps its own words.)
const KNOWN_ORG_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...KNOWN_ORG_NAMES].sort((a, b) => b.length - a.length).map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])(?![ \\t]+\\p{Lu}\\p{Ll}|\\/\\p{Lu})`, 'gu');

/** Two words: a brand that is no place's, no person's and no word of the language, then a known place ("Garuda Indonesia"). */
function brandBeforePlace(name: Word[], stats: WordStats): boolean {
  if (name.length !== 2) return false;
  const [brand, place] = name;
  const b = lower(brand.text);
  if (!PLACES.has(lower(place.text)) || PLACES.has(b) || PLACES.has(joined0(name)) || PLACE_NAMES.has(joined0(name))) return false;
  if (PLACE_PREFIX.test(brand.text) || PLACE_QUALIFIERS.has(b) || /^(?:north|south)-?(?:east|west)$/.test(b) || HONORIFICS.has(b) || b === 'mister' || b === 'miss' || DEMONYMS.has(b) || isPlaceAdjective(b) || inGivenNameList(brand.text) || stats.givenNames.has(brand.text)) return false;
  return isAcronym(brand.text) || (!stats.seenLower(brand.text) && !LEXICON_WORD(b));
}
// Words that qualify a place's name and make another place: "Upper Egypt", "Greater London", "Mainland China".
const COMPASS_QUALIFIERS = new Set('north south east west northern southern eastern western central upper lower greater new'.split(' '));
const PLACE_QUALIFIERS = new Set([...COMPASS_QUALIFIERS, ...'old inner outer mainland metro metropolitan united nizhny veliky velikiy baja alta bad'.split(' ')]);

/** A role noun right before the name; a plural one ("league leaders Castleford United") only before a list of names. */
function roleNounBefore(before: string, after: string): boolean {
  const m = ROLE_NOUN_BEFORE.exec(before) ?? occupationBefore(before);
  if (!m) return false;
  const word = m[0].replace(/[,\s]+$/, '');
  // ("identified as Jaypee Galicha" is no plural; "athletes Vitas Gerulaitis (tennis) and Jack Nicklaus" is a list.)
  const plural = word.endsWith('s') && !word.endsWith('ss') && !/\bas$/.test(word);
  return !plural || /^(?:\s*\([^()]{0,30}\))?(?:,|\s+and)\s/.test(after);
}
// "the group's coordinator, Gulnora Ergasheva", "fisherman Arne Olsen": any word for what a person does, right before
// a name. (Not the words a place or a thing may follow: "local", "native", "star", "model", "general", "head".)
const AMBIGUOUS_PERSON_NOUNS = new Set('man woman boy girl local national native star model icon agent general head chair host fan ally vet heir heiress deputy twin relative friend partner celebrity personality legend child parent citizen marine national counsel justice minister king queen prince princess emperor empress pope trader broker worker'.split(' '));
const OCCUPATIONS = new Set([...PERSON_NOUNS].filter((w) => !AMBIGUOUS_PERSON_NOUNS.has(w)));
// (The word before the name is looked up in a set, not tried against each of some three hundred words.)
const LAST_WORD_BEFORE = /(?<![\p{L}\-])(\p{Ll}[\p{Ll}\-]*),?\s+$/u;
function occupationBefore(before: string): RegExpExecArray | null {
  const m = LAST_WORD_BEFORE.exec(before);
  return m && (OCCUPATIONS.has(m[1]) || (m[1].endsWith('s') && OCCUPATIONS.has(m[1].slice(0, -1)))) ? m : null;
}
// "A former clerk at the Mchinji depot, ": an article, a word for what a person does, and a short phrase of where.
const DESCRIBED_WHERE_BEFORE = /(?:^|[\s(])(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}\-]+\s+){0,2}?([\p{Ll}\-]+)\s+(?:at|of|for|in|with|from)\s+(?:the\s+)?(?:[\p{L}\-'’]+\s+){0,4}[\p{L}\-'’]+,\s+$/u;
function describedWhereBefore(before: string): boolean {
  const word = DESCRIBED_WHERE_BEFORE.exec(before)?.[1];
  return !!word && (OCCUPATIONS.has(word) || ROLE_HEADS.has(word));
}
const ROLE_NOUN_BEFORE = /\b(?:identified(?:\s+only)?\s+as|incumbent|nominee|challenger|rival|opponent|successor|predecessor|fellow|operator|owner|suspect|gunman|attacker|defendant|plaintiff|drummer|guitarist|bassist|designer|engineer|executive|manager|spokes|administrator|commissioner|inspector|detective|sergeant|constable|premier|chancellor|scholar|professor|expert|analyst|researcher|scientist|spokes(?:wo)?m[ae]n|spokesperson|official|minister|secretary|director|chief|chairman|chairwoman|president|governor|mayor|senator|lawyer|attorney|activist|resident|witness|student|teacher|doctor|nurse|coach|author|writer|journalist|reporter|editor|singer|actor|actress|player|leader|founder|economist|historian|commander|officer|judge|prosecutor|envoy|ambassador|candidate|lawmaker|legislator|survivor|victim|astronaut|runner|athlete|rider|winner|physicist|astronomer|chemist|biologist|director|colleague|brother|sister|son|daughter|wife|husband|mother|father|(?:director|secretary|attorney|auditor|governor|surgeon|solicitor|inspector|consul)[\s-]general)s?,?\s+$/;

/** What the article's mentions of a softly typed person's name say against it: a place's or no one's. */
function mentionVote(text: string, from: number, form: string): 'place' | 'none' | undefined {
  let place = 0;
  let the = 0;
  for (let at = text.indexOf(form, from); at >= 0; at = text.indexOf(form, at + form.length)) {
    const end = at + form.length;
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(text[end] ?? ' ')) continue;
    const before = text.slice(Math.max(from, at - 12), at);
    const possessive = /^['’]s?\b/.test(text.slice(end, end + 3));
    if (!possessive && /\b(?:in|at|near|outside)\s+$/.test(before)) place++;
    if (/\bthe\s+$/i.test(before)) the++;
  }
  return place > 0 ? 'place' : the > 0 ? 'none' : undefined;
}

/** A speech verb beside the name, or an appositive after it ("X, the minister," / "X, 45,"). */
// "Kwon Ha-eun", "Lin Mei-ling": a short family name, then a given name of two syllables joined by a hyphen, the second
// in lower case (Korean and Chinese romanisation). Neither syllable is an English word ("Post-war", "Self-help").
// (Its second syllable capitalised too: "Park Joo-Ho", "Kim Min-Woo".)
const HYPHENATED_GIVEN_WORD = /^(?!Saint-|Sainte-|Santa-|Mont-)(\p{Lu}\p{Ll}{0,4})-(\p{Ll}{1,5}|\p{Lu}\p{Ll}{1,3})$/u;
function hyphenatedGivenName(name: Word[], stats: WordStats): boolean {
  if (name.length !== 2 || !/^\p{Lu}\p{Ll}{1,4}$/u.test(name[0].text)) return false;
  const given = HYPHENATED_GIVEN_WORD.exec(name[1].text);
  if (!given) return false;
  const family = lower(name[0].text);
  if (PLACES.has(family) || ORG_WORDS.has(family) || NON_NAMES.has(family) || ROLE_HEADS.has(family)) return false;
  return [given[1], given[2]].every((part) => !stats.seenLower(part) && !LEXICON_WORD(lower(part)));
}

/** A given name that is no place's, then one word that is, as a person's name by what is said of it. */
function givenBeforePlaceSurname(name: Word[], text: string): boolean {
  return name.length === 2 && inGivenNameList(name[0].text) && !PLACES.has(lower(name[0].text)) && !name[1].possessive && personEvidence(name, text);
}

// A byline's whole line: "By A B", "By A B in Town and C D in Town", "By A B, Business Desk".
const BYLINE_NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.\-]*){1,3}`;
const BYLINE_PLACE = String.raw`(?:[ \t]+in[ \t]+\p{Lu}[\p{L}\p{M}'’\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’\-]*){0,2})?`;
const BYLINE_LINE = new RegExp(String.raw`^[ \t]*(?:\*\*|_)?By[ \t]+${BYLINE_NAME}${BYLINE_PLACE}(?:(?:,[ \t]+|[ \t]+and[ \t]+)${BYLINE_NAME}${BYLINE_PLACE})*(?:,[ \t]+[^\n,]{1,40})?(?:\*\*|_)?[ \t]*$`, 'u');
const BYLINE_BEFORE_NAME = /(?:^[ \t]*(?:\*\*|_)?By|[ \t]and|,)[ \t]+$/;
const BYLINE_AFTER_NAME = /^(?:[ \t]+in[ \t]|,|[ \t]+and[ \t]|(?:\*\*|_)?[ \t]*$)/;
/** Whether the name is a reporter's on a byline's own line: "By A B", "By A B in Town and C D in Town". */
function bylineName(text: string, name: Word[]): boolean {
  const start = name[0].start;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > 120 || !/^[ \t]*(?:\*\*|_)?By[ \t]/.test(text.slice(lineStart, lineStart + 8))) return false;
  const lineEnd = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
  const end = name[name.length - 1].end;
  return lineEnd - lineStart <= 200 && BYLINE_BEFORE_NAME.test(text.slice(lineStart, start)) && BYLINE_AFTER_NAME.test(text.slice(end, lineEnd)) && BYLINE_LINE.test(text.slice(lineStart, lineEnd));
}

function personEvidence(name: Word[], text: string): boolean {
  // ("Ivete Arruda (no relation), president of the Poconé Rural Union, said": a short aside in brackets is skipped.)
  const end = name[name.length - 1].end;
  // (Not initials, "Comisiones Obreras (CCOO), said": the aside opens in lower case or with a number.)
  // (Nor a year, "Seven Nights (1960), the BAFTA …": an age is a number of up to three digits.)
  const aside = /^\s*\((?:\p{Ll}[^()\n]{0,24}|\d{1,3})\)/u.exec(text.slice(end, end + 30));
  const after = text.slice(end + (aside?.[0].length ?? 0), end + (aside?.[0].length ?? 0) + 30);
  const before = text.slice(Math.max(0, name[0].start - 20), name[0].start);
  // ("Police in Kiên Giang said", "a worker from Hà Tiên, said": after a preposition a name is its object, not the
  // subject of the verb after it.)
  const objectOfPreposition = /\b(?:in|at|from|near|outside|across|into|towards?|via)\s+$/.test(before);
  return (
    (SPEECH_AFTER.test(after) && !objectOfPreposition) ||
    SPEECH_BEFORE.test(before) ||
    // ("Transcribed by Shernelle Mathurin.", "Sound: Rustam Ghaforov.": a programme's or a page's credits.)
    CREDIT_BEFORE.test(text.slice(Math.max(0, name[0].start - 40), name[0].start)) ||
    // ("(Photo: Wanshan Rymbai)" closing a caption: the name alone after the word, up to the bracket or the line's end;
    // "Photo: Changthang Yaks players carry …" is the caption itself.)
    (PHOTO_CREDIT_BEFORE.test(text.slice(Math.max(0, name[0].start - 10), name[0].start)) && /^\s*(?:\)|\.?[ \t]*(?:\n|$))/.test(text.slice(end, end + 4))) ||
    roleNounBefore(before, after) ||
    // ("A former clerk at the Mchinji depot, Lusungu Kaunda, testified": a word for what a person does, and where,
    // in apposition.)
    (/^,/.test(after) && describedWhereBefore(text.slice(Math.max(0, name[0].start - 90), name[0].start))) ||
    // ("Her friend Orla, also a nurse, was blunter": an adverb may come first.)
    // ("the khanende Bahram Javanshirli, whom the whole town called …": "whom" too; not "whose", a body's as often.)
    (/^,\s+(?:(?:also|now|once|then|herself|himself|itself)\s+)?(?:the|a|an|who|whom|aged|\d{1,3},)\s/.test(after) && !appositiveKind(text.slice(name[name.length - 1].end, name[name.length - 1].end + 100))) ||
    // "Budi Gunawan, chief of the State Intelligence Agency": an office held, without an article.
    // ("Tahmina Rahman, executive director of the Awaj Foundation": a word or two may qualify it.)
    // ("Tiina Vähäkangas, Mariehamn chair of the Finnish Seafarers Union,": a town's name may qualify it too.)
    ROLE_HEADS.has(/^,\s+(?:(?!the\b|a\b|an\b|and\b|who\b|which\b)[\p{L}\-]+\s+){0,2}?([\p{Ll}\-]+)\s+(?:of|for|at)\s/u.exec(after)?.[1] ?? '') ||
    /^['’]s\s+(?:wife|husband|son|daughter|mother|father|family|lawyer|spokes\w+)\b/.test(after) ||
    // ("Kittipong Rattanakorn, Prasert's younger brother, called": kin or an office held through someone named.)
    POSSESSED_KIN_AFTER.test(after) ||
    memberOfDescribedBody(name, text)
  );
}
// ("Torunn Elvebakk of the opposition Conservative Party", "Ana Ruiz from the ruling Socialist Party": of a body
// described in lower case first, a member.)
const DESCRIBED_BODY_AFTER = /^\s+(?:of|from)\s+the\s+(?:[\p{Ll}\-]+\s+){1,2}((?:\p{Lu}[\p{L}\-]*\s+){0,3}\p{Lu}[\p{L}\-]*)/u;
function memberOfDescribedBody(name: Word[], text: string): boolean {
  if (name.length < 2 || name.some((w) => ORG_WORDS.has(lower(w.text)) || PLACE_WORDS.has(lower(w.text)))) return false;
  const end = name[name.length - 1].end;
  const body = DESCRIBED_BODY_AFTER.exec(text.slice(end, end + 90));
  return !!body && body[1].split(/\s+/).some((w) => ORG_WORDS.has(lower(w)));
}
const POSSESSED_KIN_AFTER = new RegExp(
  `^,\\s+(?:his|her|their|(?:\\p{Lu}[\\p{L}\\-]+\\s+){0,2}\\p{Lu}[\\p{L}\\-]+['’]s?)\\s+(?:(?:elder|older|younger|twin|late|eldest|youngest|former|estranged)\\s+)?(?:${KIN}|stepson|stepdaughter|colleague|deputy|lawyer|assistant|coach|manager|agent)\\b`,
  'u',
);

// Words for a body in general, read as an appositive's kind only where it ends with them (appositiveKind).
// ("the Lagting, the islands' parliament,": a legislature too.)
const GENERIC_BODY_KINDS = new Set('association federation council committee commission authority society league collective union alliance trust parliament legislature assembly foundation cooperative co-operative institute'.split(' '));
const APPOSITIVE_THING = /^(?:network|software|browser|program|programme|tool|system|device|vehicle|telescope|drug|vaccine|virus|disease|protocol|spacecraft|rocket|satellite|probe|aircraft|plane|ship|vessel|game|film|movie|song|album|book|novel|series|show|technique|method|language|currency|law|bill|act|treaty|plan|project|operation|mission|storm|hurricane|feast|festival|holiday|cassette|record|recording|single|title)$/;

/** ", the Italian prime minister,": an appositive whose first few words hold an office. */
function officeInAppositive(after: string): boolean {
  const m = /^,\s+(?:the|a|an|its|their)\s+((?:[\p{L}\-']+\s+){0,3}[\p{L}\-']+)/u.exec(after);
  return !!m && m[1].toLowerCase().split(/\s+/).some((w) => ROLE_HEADS.has(w)) && !appositiveKind(after);
}

/** What an appositive after a name says it is: "UpGuard, a cybersecurity firm" (an organisation). */
function appositiveKind(after: string, nameLength = 0): EntityType | 'thing' | undefined {
  // ("Roshydromet, Russia's federal weather service,": a place's possessive stands for the article.)
  const m = /^,\s+(?:the|a|an|\p{Lu}[\p{L}\p{M}]+['’]s)\s+([^,.;:()“”"—]{2,80})/u.exec(after);
  if (!m) return undefined;
  const ws = m[1].split(/\s+/);
  const chunk: string[] = [];
  for (const w of ws) {
    if (chunk.length >= 5 || /^(?:of|in|at|for|with|that|which|who|whose|from|on|by|to|and|or|based|known|founded|owned|run|where|since|but|above|below|near|outside|beside|between|off)$/i.test(w)) break;
    if (chunk.length >= 1 && /ed$/.test(w)) break;
    chunk.push(w);
  }
  // ("its spokeswoman, Sofie Claes, the Port of Antwerp-Bruges said": a capitalised head is another name, not a kind.)
  if (/^\p{Lu}\p{Ll}/u.test(chunk[chunk.length - 1] ?? '')) return undefined;
  const head = chunk[chunk.length - 1]?.toLowerCase().replace(/['’]s$/, '');
  if (!head) return undefined;
  if (ORG_KIND_NOUNS.has(head) || head === 'organisation') return 'organization';
  // ("The Consumentenbond, the Dutch consumers' association, said": a word for a body in general only where the
  // appositive ends with it; "Ruth Adair, the council cancelled its vote" is a clause.)
  // ("STINAPA, the foundation that manages the park": or, after a one-word name, before a relative clause that says
  // what it does.)
  if (GENERIC_BODY_KINDS.has(head) && ((chunk.length === ws.length && /^\s*[,.;]/.test(after.slice(m[0].length))) || (nameLength === 1 && /^(?:that|which|whose)$/i.test(ws[chunk.length] ?? '')))) return 'organization';
  // ("Embrapa Pantanal, the wetlands unit of Brazil's agricultural research agency,": a part of a body is a body.)
  if (/^(?:unit|arm|branch|subsidiary|division|wing|affiliate|offshoot)$/.test(head) && /^of$/i.test(ws[chunk.length] ?? '')) return 'organization';
  if (PLACE_KIND_NOUNS.has(head) || head === 'neighbourhood') return 'place';
  if (APPOSITIVE_THING.test(head)) return 'thing';
  return undefined;
}

/** Whether two words differ by one letter substituted, added or dropped. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of a person's name without a generational suffix: "Cyrus R. Vance, Jr." -> Cyrus R. Vance. */
/** A word that can only be a surname: capitalised, never written in lower case, no given name and no other kind of word. */
function surnameLike(word: string, stats: WordStats): boolean {
  const k = lower(word);
  return (
    word.length > 2 &&
    /^\p{Lu}\p{Ll}/u.test(word) &&
    !inGivenNameList(word) &&
    !stats.givenNames.has(word) &&
    !stats.seenLower(word) &&
    // (LEXICON_WORD holds titles, demonyms, bodies' and places' words, places and non-names.)
    !LEXICON_WORD(k) &&
    !isPlaceAdjective(k)
  );
}

/** A word of a person's name written alone (no capitalised word on either side) in an article that names them. */
function usedAlone(word: string, e: Entity): boolean {
  const alone = new RegExp(`(?<![\\p{L}\\p{M}'’\\-])(?<!\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\s)${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}'’\\-])(?!\\s+\\p{Lu})`, 'u');
  const articles = new Set(e.mentions.map((m) => m.article));
  for (const a of articles) if (alone.test(a.text.slice(a.bodyStart))) return true;
  return false;
}

function personParts(name: string): string[] {
  const parts = name.split(/\s+/).map((p) => p.replace(/,$/, ''));
  while (parts.length > 2 && /^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(parts[parts.length - 1])) parts.pop();
  return parts;
}

/** A person's generational suffix, the same however written ("Jr.", ", Jr", "jr"), or "" for none. */
function generation(name: string): string {
  return /(?:^|[\s,])(jr|sr|ii|iii|iv)\.?$/i.exec(name.trim())?.[1].toLowerCase() ?? '';
}

/** An organisation's name with its country spelt out and without a plural: "U.S. Congress", "Defence Forces". */
function orgVariantKey(name: string): string {
  return nameKey(name)
    .replace(/^(?:u\.s\.?|us|usa|united states of america)\s+/, 'united states ')
    .replace(/^(?:u\.k\.?|uk)\s+/, 'united kingdom ')
    .replace(/s$/, '');
}

/** Initials of the capitalised words: "Organization for Security and Co-operation in Europe" -> "OSCE". */
export function acronymOf(name: string): string {
  // ("KCF" for "Kwanza Carga Ferroviária, SA": the legal forms after a comma are no part of it.)
  for (let m = /,\s+([^\s,]+)$/.exec(name); m && isLegalForm(m[1]); m = /,\s+([^\s,]+)$/.exec(name)) name = name.slice(0, m.index);
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** The index of names over the whole corpus. */
export class NameIndex {
  readonly entities: Entity[] = [];
  private readonly byForm = new Map<string, Entity[]>();

  /** Entities known by this form (any case, possessive or not, -isation or -ization). */
  find(form: string): Entity[] {
    return this.byForm.get(nameKey(form)) ?? [];
  }

  /** Every known form with its entities. */
  forms(): IterableIterator<[string, Entity[]]> {
    return this.byForm.entries();
  }

  /** Sets the entities of a key as `forms` gave it (for an index read back from disk: see knowledgeCache.ts). */
  restoreForm(key: string, entities: Entity[]): void {
    this.byForm.set(key, entities);
  }

  addForm(form: string, e: Entity): void {
    const k = nameKey(form);
    const list = this.byForm.get(k) ?? [];
    if (!list.includes(e)) list.push(e);
    this.byForm.set(k, list);
  }
}

export function buildNameIndex(corpus: Corpus): NameIndex {
  return runToEnd(buildNameIndexSteps(corpus));
}

/** `buildNameIndex` an article at a time, for the server to run between requests (see steps.ts). */
/**
 * One entity of an article found to be another's name written differently: its forms (and, where asked, its roles) go
 * to the one kept, and it leaves the article's list.
 */
function absorb(into: ArticleEntity, from: ArticleEntity, entities: ArticleEntity[], { roles = false } = {}): void {
  from.forms.forEach((f) => into.forms.add(f));
  if (roles) from.roles.forEach((r) => into.roles.push(r));
  entities.splice(entities.indexOf(from), 1);
}

/**
 * "Tafadzwa Gwatidzo … (T Gwatidzo 71, L Sibanda 54)": a scorecard's or a list's initial and surname is the one person
 * of the article whose given name opens with that letter and who has that surname. (After the first pass, which
 * learns from "T Gwatidzo" that "T" opens people's names in this corpus: "T Ndebele" in the same list.)
 */
function withInitialsMerged(entities: ArticleEntity[]): ArticleEntity[] {
  for (const short of [...entities]) {
    const m = short.type === 'person' ? /^(\p{Lu})\.?\s+(\p{Lu}[\p{L}\p{M}'’\-]+)$/u.exec(short.name) : null;
    if (!m) continue;
    const full = entities.filter((x) => x !== short && x.type === 'person' && !x.weak && x.name.startsWith(m[1]) && !/^\p{Lu}\.?\s/u.test(x.name) && x.name.split(/\s+/).pop() === m[2]);
    if (full.length !== 1) continue;
    absorb(full[0], short, entities, { roles: true });
  }
  return entities;
}

/** A company's legal form, last in its name: "Ltd", "Inc.", "GmbH", "AD", "Ltée" (the lower-case ones too, "d.o.o."). */
const LEGAL_FORM_LAST = /^(?:Ltd\.?|Limited|Inc\.?|LLC|L\.L\.C\.|PLC|plc|Corp\.?|Co\.|S\.A\.(?:L\.|U\.)?|S\.L\.(?:U\.|L\.)?|N\.V\.|B\.V\.|S\.p\.A\.|S\.r\.l\.|S\.a\.s\.|S\.n\.c\.|S\.c\.a\.r\.l\.|d\.o\.o\.?|a\.s\.?|s\.r\.o\.?|d\.d\.?|e\.V\.?|Pty|Pvt)$/;
// ("Lda.", "Ltée.": a form that keeps its full stop before a comma.)
// ("Fayfa Coffee Co said": wire copy writes the company's "Co" without its point.)
const isLegalForm = (word: string) => COMPANY_FORM_LAST.test(word) || LEGAL_FORM_LAST.test(word) || word === 'SA' || word === 'Co' || (word.endsWith('.') && COMPANY_FORM_LAST.test(word.slice(0, -1)));

/**
 * "Sucrerie du Nord Ltée … Sucrerie du Nord said": a company named once with its legal form and elsewhere without it is
 * one body, whatever the shorter name was taken for alone.
 */
function withLegalFormsMerged(entities: ArticleEntity[]): ArticleEntity[] {
  for (const company of [...entities]) {
    const words = company.type === 'organization' ? company.name.split(/\s+/) : [];
    // ("Grupo Tejo Logística, SGPS, SA", "Xiangjiang Rolling Stock Co., Ltd.": every form after the name goes.)
    let named = words.length;
    while (named > 1 && isLegalForm(words[named - 1].replace(/,$/, ''))) named--;
    // ("Harrow & Pike Foods … Harrow & Pike, which is owned by": a trade's word last, the company of two words or more
    // named without it, by another body's mention.)
    const trade = named > 2 && COMPANY_TRADE_LAST.has(lower(words[named - 1])) ? 1 : 0;
    if ((named === words.length && !trade) || named < 2) continue;
    const short = nameKey(words.slice(0, named).join(' ').replace(/,$/, ''));
    const shorter = trade ? nameKey(words.slice(0, named - 1).join(' ')) : undefined;
    for (const other of [...entities]) {
      const sameForm = (f: string) => nameKey(f) === short || (!!shorter && other.type === 'organization' && nameKey(f) === shorter);
      if (other === company || !entities.includes(other) || ![...other.forms].some(sameForm)) continue;
      absorb(company, other, entities);
    }
  }
  return entities;
}

// A Russian patronymic: "Nikolaevna", "Ivanovich", "Ilyinichna".
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovna|evna|yevna|ichna|inichna|ovich|evich|yevich)$/u;

/**
 * "Abdirashid Yusuf Hirsi, a trader known in Burao as Abdirashid Dheere,", "Santiago Blandón Rugama, known across the
 * valley as Don Chago,", "… Qurbonov, who is 78. Everyone there calls him Bobo Shodmon", "She was born Gulnar
 * Huseynova": a name the text says a person is known by, called or born with is that person's, not someone else's.
 * (The person is the last one named before the words, in the same sentence, or in the sentence before where a pronoun
 * stands for them.)
 */
const NICKNAME_CUE = /\b(?:known\s+(?:(?:across|in|to|around|throughout|on|at|among|locally|widely|simply|affectionately|universally)\s+(?:[\p{L}\p{M}'’\-]+\s+){0,4})?as|(?:call|calls|called|know|knew|knows)\s+(?:him|her)(?:\s+as)?|whom\s+(?:[\p{L}\p{M}'’\-]+\s+){1,5}(?:call|calls|called|know|knew|knows)(?:\s+as)?|nicknamed|dubbed|(?:He|She|he|she)\s+was\s+born)\s+(?=\p{Lu})/gu;
/**
 * The person whose name is written at `at`, and who has no form but that name's words: a nickname standing alone.
 * ("known on the water as Pak Ujang": past a courtesy the extractor reads as a title.)
 */
function personNamedOnlyAt(entities: ArticleEntity[], text: string, at: number): ArticleEntity | undefined {
  const courtesy = /^\p{Lu}[\p{L}.]*\s+/u.exec(text.slice(at, at + 12))?.[0].length ?? 0;
  return entities.find((e) => e.type === 'person' && (text.startsWith(e.name, at) || (courtesy > 0 && text.startsWith(e.name, at + courtesy))) && [...e.forms].every((f) => e.name.includes(f)));
}
function withNicknamesMerged(entities: ArticleEntity[], text: string): ArticleEntity[] {
  for (const cue of /\b(?:known|call|calls|called|know|knew|knows|nicknamed|dubbed|born)\s/.test(text) ? text.matchAll(NICKNAME_CUE) : []) {
    const nick = personNamedOnlyAt(entities, text, cue.index! + cue[0].length);
    if (!nick) continue;
    // (Back to the sentence's start, or to the one before it where a pronoun stands for the person: "he was known as".)
    const pronoun = /\b(?:him|her|he|she|He|She)\b/.test(cue[0]) || /\b(?:he|she|He|She)\s+(?:was|is|had\s+been|has\s+been)\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(Math.max(0, cue.index! - 24), cue.index!));
    const window = text.slice(Math.max(0, cue.index! - 600), cue.index!);
    const ends = [...window.matchAll(/[.!?]["”’)]*\s+/g)].map((m) => m.index! + m[0].length);
    const before = window.slice(ends[ends.length - (pronoun ? 2 : 1)] ?? 0);
    // (A pronoun of one sex passes over a person whose given name is of the other.)
    const sex = /\b(?:her|she|She)\b/.test(cue[0]) ? 'male' : /\b(?:him|he|He)\b/.test(cue[0]) ? 'female' : undefined;
    let bearer: ArticleEntity | undefined;
    let bearerAt = -1;
    for (const e of entities) {
      if (e === nick || e.type !== 'person' || (sex && givenNameGender(e.name.split(/\s+/)[0]) === sex)) continue;
      for (const f of e.forms) {
        const i = before.lastIndexOf(f);
        if (i > bearerAt && /^(?:[^\p{L}\p{M}]|$)/u.test(before.slice(i + f.length, i + f.length + 1))) {
          bearer = e;
          bearerAt = i;
        }
      }
    }
    if (bearer) absorb(bearer, nick, entities);
  }
  // ("Rondel Cato (Lord Cato) of Layou", "Piotr Maroz (Pyotr Moroz in the Russian of the time)": a person's other name
  // in brackets right after their name.)
  for (const bracket of text.matchAll(/(?<=\p{L})[ \t]*\((?=\p{Lu})/gu)) {
    const nick = personNamedOnlyAt(entities, text, bracket.index! + bracket[0].length);
    if (!nick) continue;
    const bearer = entities.find((e) => e !== nick && e.type === 'person' && [...e.forms].some((f) => f.includes(' ') && text.slice(bracket.index! - f.length, bracket.index!) === f));
    if (bearer) absorb(bearer, nick, entities);
  }
  return entities;
}
/**
 * "Aitalina Nikolaevna told us" after "Aitalina Sivtseva": a given name and a patronymic, the polite Russian address,
 * is the one person of the article with that given name, whatever the surname.
 */
function withPatronymicAddressMerged(entities: ArticleEntity[]): ArticleEntity[] {
  for (const addressed of [...entities]) {
    const words = addressed.type === 'person' ? addressed.name.split(/\s+/) : [];
    if (words.length !== 2 || !PATRONYMIC.test(words[1])) continue;
    const same = entities.filter((e) => e !== addressed && e.type === 'person' && e.name.split(/\s+/).length >= 2 && e.name.split(/\s+/)[0] === words[0]);
    if (same.length === 1) absorb(same[0], addressed, entities, { roles: true });
  }
  return entities;
}

export function* buildNameIndexSteps(corpus: Corpus): Steps<NameIndex> {
  const stats = new WordStats(corpus.articles.length);
  for (const a of corpus.articles) {
    yield;
    stats.add(wordsOf(a.text, a.bodyStart), a.text);
  }
  const index = new NameIndex();
  const byFullName = new Map<string, Entity>();
  // First pass: people found by title, speech verb or appositive teach which words are first names.
  for (const a of corpus.articles) {
    yield;
    for (const e of extractArticleNames(a, stats)) {
      const parts = e.name.split(/\s+/);
      if (e.type === 'person' && parts.length >= 2 && !e.weak) stats.givenNames.add(parts[0]);
      if (e.firm) for (const f of e.forms) stats.learnType(f, e.type);
    }
  }
  const perArticle: Array<{ article: Article; entities: ArticleEntity[] }> = [];
  for (const article of corpus.articles) {
    yield;
    perArticle.push({ article, entities: withNicknamesMerged(withPatronymicAddressMerged(withLegalFormsMerged(withInitialsMerged(extractArticleNames(article, stats)))), article.text) });
  }

  // Merge across articles: a person by first and last name ("Sergey Viktorovich Lavrov" = "Sergey Lavrov"), an
  // organisation or place by any multi-word form or acronym they share ("OSCE").
  // A generational suffix tells father and son apart ("Donald Trump" and "Donald Trump Jr." are two people); the same
  // suffix, however written ("Cyrus R. Vance, Jr.", "Cyrus Vance Jr."), is one.
  const personKey = (name: string) => {
    const parts = personParts(name).map(nameKey);
    return parts.length >= 2 ? `person:${parts[0]}|${parts[parts.length - 1]}|${generation(name)}` : `person:${parts[0]}`;
  };
  const resolved = new Map<ArticleEntity, Entity>();
  for (const { entities } of perArticle) {
    for (const ae of entities) {
      let e: Entity | undefined;
      if (ae.type === 'person') e = byFullName.get(personKey(ae.name));
      else {
        e = byFullName.get(`${ae.type}:${nameKey(ae.name)}`);
        for (const f of ae.forms) {
          if (e) break;
          e = index.find(f).find((x) => x.type === ae.type && (f.includes(' ') || isAcronym(f)));
        }
      }
      if (!e) {
        e = { id: index.entities.length, name: ae.name, type: ae.type, aliases: [], roles: [], mentions: [] };
        index.entities.push(e);
      } else if (ae.name.length > e.name.length && ae.name.includes(' ')) {
        if (!e.aliases.includes(e.name)) e.aliases.push(e.name);
        e.name = ae.name;
      }
      byFullName.set(ae.type === 'person' ? personKey(ae.name) : `${ae.type}:${nameKey(ae.name)}`, e);
      for (const f of ae.forms) {
        if (f !== e.name && !e.aliases.includes(f)) e.aliases.push(f);
        index.addForm(f, e);
      }
      index.addForm(e.name, e);
      e.aliases = e.aliases.filter((a) => a !== e!.name);
      e.roles.push(...ae.roles);
      resolved.set(ae, e);
    }
  }

  // People by surname, for articles that use the surname alone and never the full name (below).
  const bySurname = new Map<string, Entity[]>();
  for (const e of index.entities) {
    const parts = personParts(e.name);
    // (Someone named with a known first name somewhere: a name the extractor got wrong should not spread. A first name
    // of two letters is too often another word: "Si el Senado", Spanish for "If the Senate".)
    if (e.type !== 'person' || parts.length < 2 || parts[0].length < 3 || !inGivenNameList(parts[0])) continue;
    const k = nameKey(parts[parts.length - 1]);
    bySurname.set(k, [...(bySurname.get(k) ?? []), e]);
  }
  // Mentions: every occurrence of every form in the articles that use it, as a whole word.
  for (const { article, entities } of perArticle) {
    yield;
    const text = article.text;
    const found: Array<{ entity: Entity; start: number; end: number }> = [];
    for (const ae of entities) {
      const e = resolved.get(ae)!;
      // The entity's mentions in this article so far: the last ones, since articles are taken in order (filtering
      // all of them made this quadratic in the archive for a name that many articles use).
      const taken: Array<[number, number]> = [];
      for (let k = e.mentions.length - 1; k >= 0 && e.mentions[k].article === article; k--) taken.push([e.mentions[k].start, e.mentions[k].end]);
      for (const form of [...ae.forms].sort((a, b) => b.length - a.length)) {
        let at = text.indexOf(form, article.bodyStart);
        while (at >= 0) {
          const end = at + form.length;
          const wordEdge = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[end] ?? ' ');
          if (wordEdge && !taken.some(([s, t]) => at < t && end > s)) {
            taken.push([at, end]);
            e.mentions.push({ article, start: at, end });
            found.push({ entity: e, start: at, end });
          }
          at = text.indexOf(form, end);
        }
      }
    }
    found.push(...surnameOnlyMentions(article, entities, found, bySurname, stats));
    addRoles(article, found, stats);
  }
  // A person's surname finds them even where no source uses it alone ("Rau" for "Zbigniew Rau"); a surname two
  // people share finds both.
  for (const e of index.entities) {
    const parts = personParts(e.name);
    if (e.type === 'person' && parts.length >= 2) index.addForm(parts[parts.length - 1], e);
    // ('Keoni "Bulldog" Kahananui': the nickname in quotation marks finds its person where no source uses it alone.)
    const nickname = e.type === 'person' ? /\s["“‘]([^"“”‘’]{2,30})["”’]\s/u.exec(e.name)?.[1] : undefined;
    if (nickname) index.addForm(nickname, e);
    // "Esteban Vélez Andrade … Vélez said": a Spanish name's first surname, the one used alone, finds its person
    // where the article does use it alone (not a middle name: a given name, an initial or a particle).
    const paternal = parts.length === 3 ? parts[1] : undefined;
    // (A surname, that is: no word of the language, no people's adjective, no first name learnt from other people.
    // "Medicare", "Indian", "Barack" were taken before this guard, and every mention of them then stood for a person.)
    if (e.type === 'person' && paternal && surnameLike(paternal, stats) && !PARTICLES.has(paternal.toLowerCase()) && usedAlone(paternal, e)) index.addForm(paternal, e);
  }
  for (const e of index.entities) {
    e.mentions.sort((a, b) => (a.article === b.article ? a.start - b.start : 0));
    e.roles = dedupeRoles(e.roles);
    // Names and roles are cut from the articles' texts: copies let the texts go (see textStore.ts).
    e.name = detached(e.name);
    e.aliases = e.aliases.map(detached);
    for (const r of e.roles) r.text = detached(r.text);
  }
  return index;
}

/**
 * "the Trump administration", "critics of Trump" in an article that never names him in full: a surname standing alone
 * is the one person of that surname the other sources name. Not when several people share it, when the article has
 * another name of that form, or when it is also a common word, a first name, a place or a title.
 */
function surnameOnlyMentions(
  article: Article,
  entities: ArticleEntity[],
  found: Array<{ entity: Entity; start: number; end: number }>,
  bySurname: Map<string, Entity[]>,
  stats: WordStats,
): Array<{ entity: Entity; start: number; end: number }> {
  const own = new Set<string>();
  for (const ae of entities) for (const f of ae.forms) for (const w of f.split(/\s+/)) own.add(nameKey(w));
  const out: Array<{ entity: Entity; start: number; end: number }> = [];
  const words = wordsOf(article.text, article.bodyStart);
  words.forEach((w, i) => {
    // (A sentence's first "The" is no part of a name: "The Trump administration".)
    const prev = words[i - 1];
    if (!w.cap || (prev?.cap && !(prev.initial && lower(prev.text) === 'the')) || words[i + 1]?.cap || w.text.length < 3 || isAcronym(w.text)) return;
    const k = nameKey(w.text);
    const people = bySurname.get(k);
    if (people?.length !== 1 || own.has(k)) return;
    const l = lower(w.text);
    if (stats.isCommonWord(w.text) || LEXICON_WORD(l) || inGivenNameList(w.text) || PLACES.has(l) || NON_NAMES.has(l) || CONNECTORS.has(l)) return;
    if (found.some((f) => w.start < f.end && w.end > f.start)) return;
    const entity = people[0];
    entity.mentions.push({ article, start: w.start, end: w.end });
    out.push({ entity, start: w.start, end: w.end });
  });
  return out;
}

/**
 * The roles the article gives beside its mentions (roles.ts). A mention inside another name's ("Baker" inside "Nettie
 * Baker") is not one of its own.
 */
// Between two names of a list: a comma, "and", and maybe "of Florida" after the first.
const LIST_GAP = /^(?:\s+of\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)?(?:,\s+(?:and\s+)?|\s+and\s+)$/u;

function addRoles(article: Article, found: Array<{ entity: Entity; start: number; end: number }>, stats: WordStats): void {
  const takesObject = (w: string) => stats.takesObject(w);
  const namedBefore = new Map<number, number>();
  for (const m of found) if (m.entity.type !== 'person') namedBefore.set(m.end, Math.min(m.start, namedBefore.get(m.end) ?? m.start));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  let coverEnd = -1;
  let coverStart = -1;
  let listRole: { text: string; start: number; end: number; after: number } | undefined;
  for (const m of found) {
    const inside = m.start >= coverStart && m.end <= coverEnd && !(m.start === coverStart && m.end === coverEnd);
    if (m.end > coverEnd) {
      coverStart = m.start;
      coverEnd = m.end;
    }
    if (inside) continue;
    // A plural role before the list this name is in ("envoys Steve Witkoff and Jared Kushner", "Presidents Muhammadu
    // Buhari of Nigeria and Patrice Talon of Benin").
    // (A place in between, "of Florida", leaves the list open.)
    if (listRole && m.entity.type === 'person' && LIST_GAP.test(article.text.slice(listRole.after, m.start))) {
      m.entity.roles.push({ text: listRole.text, article, start: listRole.start, end: listRole.end });
      listRole.after = m.end;
    } else if (m.entity.type === 'person') listRole = undefined;
    for (const r of rolesAround({ article, type: m.entity.type, start: m.start, end: m.end, namedBefore, takesObject })) {
      m.entity.roles.push({ text: r.text, article, start: r.start, end: r.end });
      if (r.plural) listRole = { text: r.text, start: r.start, end: r.end, after: m.end };
    }
  }
}

function dedupeRoles(roles: EntityRole[]): EntityRole[] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const k = `${r.article.path}:${r.text.toLowerCase()}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Who says each quotation, in sources and drafts alike: "X said", "said X", "X, the Y, said", "according to X",
 * "X told ...", other speech verbs, pronouns ("she said" -> the person last named), a quote that continues the
 * previous paragraph's, and organisations as speakers ("Russia's defence ministry announced").
 */
import { Article } from './article';
import { Corpus } from './corpus';
import { personGender, pronounFits, pronounGender } from './gender';
import { Entity, givenNameGender, inGivenNameList, isHeadline, NameIndex, nameKey } from './names';
import { speakerName } from './readers/transcript';
import { roleHasWords, roleMentions, roleStemSets, roleWords } from './roles';
import { DEMONYMS, NON_NAMES, PERSON_NOUNS as PERSON_NOUN_WORDS, POLITICAL_AFFILIATIONS, ORG_WORDS, PLACE_WORDS, PLACES, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon';
import { DraftFormat, DraftQuote, findQuotes } from './quotes';
import { detached, memoized } from './text';
import { runToEnd, Steps } from './steps';

export interface Speaker {
  /** The words that name the speaker, as written ("Zakharova", "Russia's defence ministry", "she"). */
  text: string;
  start: number;
  end: number;
  /** Who that is, when the name index knows (several when a surname is shared). */
  entities: Entity[];
  /** How the speaker was found. */
  via: 'after' | 'before' | 'according-to' | 'pronoun' | 'continued' | 'role';
  /** For a pronoun: its person was named as a speaker in this paragraph or the one before. */
  confident?: boolean;
  /**
   * A person the name index does not know, by first and last name: the name at the end of a title ("Santa Barbara
   * County Sheriff Bill Brown"), or the full name a surname stands for ("Haley" after "Nikki Haley" in the text).
   */
  name?: string;
  /** The grammar allows another reading (whose words follow "X opposed Y's statement:"): never firm. */
  uncertain?: boolean;
}

export interface AttributedQuote {
  quote: DraftQuote;
  speaker?: Speaker;
}

const SINGLE_VERBS =
  'said|says|say|told|tells|added|adds|stated|states|asserted|asserts|noted|notes|iterated|reiterated|insisted|insists|warned|warns|' +
  'announced|announces|commented|comments|explained|explains|claimed|claims|argued|argues|declared|declares|replied|replies|' +
  'responded|responds|wrote|writes|tweeted|tweets|posted|confirmed|confirms|stressed|stresses|emphasised|emphasized|urged|urges|' +
  'continued|concluded|recalled|described|acknowledged|admitted|remarked|observed|predicted|promised|vowed|pledged|suggested|' +
  'commended|called|complained|cautioned|boasted|conceded|recounted|testified|joked|quipped|spoke|speaks|reacted|praised|' +
  'characterized|characterised|cited|criticized|criticised|responded|answered|explained|lamented|mourned|hailed|slammed|' +
  'blamed|accused|told|' +
  // Other ways news copy reports speech and writing.
  'recalls|remembers|remembered|remarks|observes|questioned|questions|asked|asks|queried|countered|counters|retorted|rejected|rejects|' +
  'denied|denies|disputed|disputes|dismissed|dismisses|defended|defends|opposed|opposes|objected|agreed|agrees|disagreed|' +
  'conceded|concedes|contended|contends|maintained|maintains|opined|mused|exclaimed|shouted|pleaded|begged|demanded|' +
  'demands|wondered|revealed|reveals|disclosed|elaborated|clarified|affirmed|proclaimed|recounts|recounted|shared|' +
  'advised|recommended|thanked|welcomed|welcomes|condemned|condemns|denounced|apologised|apologized|texted|emailed|' +
  'messaged|posts|testifies|jokes|laughed|sighed|reflected|reflects|summarised|summarized|pointed out|points out|' +
  'went on|goes on|talked|spoke out|weighed in|chimed in|hit back|shot back|acknowledges|admits|predicts|promises|vows|' +
  'alleged|alleges|repeated|repeats|assured|assures|informed|hinted|speculated|reasoned|bragged|scoffed|fumed|confessed|underscored|underlined|' +
  'warned|urged|insisted|boasts|complains|cautions|notes|vowed|read|reads|put it|puts it|' +
  // Colourful ones ("“Go back to Univision,” Trump barked"; not "mocked": "mocked Clinton's “…”" quotes Clinton).
  'charged|barked|snapped|gushed|chided|teased|scolded|thundered|roared|yelled|screamed|sneered|groaned|grumbled|' +
  'muttered|whispered|marveled|marvelled|crowed|bemoaned|griped|groused|fretted|interjected|surmised|' +
  'barks|snaps|gushes|chides|teases|scolds|yells|screams|grumbles|mutters|whispers|marvels|bemoans|gripes|frets|' +
  // The tabloid's ("“He's a thief with whiskers,” she blasted").
  'blasted|blasts|raged|rages|fumes|hissed|ranted|seethed|stormed|raved|enthused|beamed|wailed|sobbed|stammered';
// "The government of American Samoa issued a statement …:" speaks as surely as "said".
// ("The U.S. Coast Guard … found in a report last year that the boat had “…”": a body's findings in its report are its words.)
export const REPORT_FINDING = '(?:found|concluded|determined)\\s+in\\s+(?:a|an|its|their|the)\\s+(?:\\w+\\s+){0,2}(?:report|review|audit|investigation|inquiry|assessment)';
const STATEMENT_VERBS = `(?:issued|released|put out|published|sent out) an? (?:\\w+ )?(?:statement|press release|message|tweet)|${REPORT_FINDING}`;
const VERBS = `${SINGLE_VERBS}|${STATEMENT_VERBS}`;
const PRONOUNS = /^(?:he|she|they|it|i|we)$/i;
// A description of a person by role ("the Russian minister"), resolved to the person with that role. A description
// of an organisation ("Russia's defence ministry") stays a description: it is a speaker of its own.
// "the Castleford manager", "the Ashby skipper": a body's name and a word for a person (not its spokesperson).
const BODY_ROLE = /^[Tt]he\s+\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,3}\s+(?!spokes|representative)(\p{Ll}[\p{Ll}\-]+)$/u;
const ROLE_NOUN = /\b(minister|spokes(?:wo)?man|spokesperson|president|secretary|chair(?:man|woman)?|head|governor|mayor|leader|director|ambassador|envoy|chief|chancellor|king|queen|judge)\b/i;
const DESCRIBED_ROLE = /^(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\p{L}\d'’\-]+\s+){0,3}?(?<head>[\p{Ll}\-]+)$/u;

/**
 * The noun of a role a description names its speaker by: one of the usual offices anywhere in it ("the Russian
 * minister"), or the last word of "the captain", "their 19-year-old goalkeeper" when it is a title or a word for
 * what a person does.
 */
function roleNounOf(phrase: string): string | undefined {
  const office = ROLE_NOUN.exec(phrase)?.[1];
  if (office) return office.toLowerCase();
  const head = DESCRIBED_ROLE.exec(phrase.trim())?.groups?.head;
  return head && (ROLE_HEADS.has(head) || PERSON_NOUN_WORDS.has(head)) ? head : undefined;
}

export const ORGANISATION_NOUN = /\b(?:ministry|department|government|agency|police|office|committee|army|military|company|court|council|service|commission|authorities|spokesperson|union|party|association|foundation|institute|university|board|federation|coalition|organi[sz]ation|administration|embassy|navy|airline|hospital|charity|church|campaign|league|club|regulator)\b/i;

// A name: capitalised words, with connectors and possessives ("Poland's Ministry of Foreign Affairs").
// (Particles, two in a row too: "Ursula von der Leyen", "Lula da Silva".)
// (One word, then more after separators: the same matches as "(word separator)* word", found twice as fast.)
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*(?:(?:\\s+(?:of|for|the|and|(?:de|von|van|da|du|del|dos|bin|ibn|al)(?:\\s+(?:der|den|la|los))?)\\s+|\\s+)\\p{Lu}[\\p{L}\\p{M}'’.\\-]*)*";
// A noun phrase naming a speaker: a name, a pronoun, or a short description ("the Russian minister").
// Descriptions before a name ("Birmingham City University criminology professor David Wilson"), never across a
// conjunction or a clause word.
const DESCRIPTOR = "(?:(?!(?:and|or|but|while|whereas|as|when|after|before|because|although|though|that|who|which|said|says|told)\\b)[\\p{L}\\p{N}'’\\-]+\\s+)";
// "The ministry's spokesman" before ", Le Quang Hieu,": a description with the name in apposition, read whole ("The
// ministry's spokesman, Le Quang Hieu, went further …, telling" is not "The" going further).
const DESCRIBED_BEFORE_NAME = `(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\\p{Lu}[\\p{L}\\-]+['’]s)\\s+(?:[\\p{L}'’\\-]+\\s+){0,3}?[\\p{Ll}\\-]+(?=,\\s+${NAME},)`;
const PHRASE = `(?:${DESCRIBED_BEFORE_NAME}|${DESCRIPTOR}{1,8}?${NAME}|${NAME}|he|she|they|it|I|we|(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne(?!\\s+of\\b)|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?:\\p{Lu}[\\p{L}\\-]+\\s+){0,2}[\\p{Lu}][\\p{L}'’\\-]+['’]s)\\s+(?:(?:\\d+-year-old|[\\p{L}'’\\-]+)\\s+){0,4}?(?:\\d+-year-old|[\\p{L}'’\\-]+))`;

// Words between a subject and its speech verb: adverbs and auxiliaries ("She further stated", "has repeatedly said").
const ADVERBS =
  '(?:(?:also|then|later|once again|once|meanwhile|further|again|previously|earlier|subsequently|repeatedly|publicly|separately|recently|initially|had|has|have|' +
  // "He too suggested", "Baker himself told", "a source reportedly said".
  'too|himself|herself|themselves|itself|reportedly|allegedly|quickly|first|finally|immediately|still|already|simply|openly|privately|bluntly|' +
  // "Amnesty International, which wants an inquiry, nonetheless agreed that".
  'nonetheless|nevertheless|however|likewise|similarly|instead|' +
  '(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today)\\s+){0,2}';
// An appositive: one to three comma-separated parts; a part opening with a conjunction starts a new clause
// ("said López Obrador, and Marcelo Ebrard, Mexico's foreign secretary, added").
// (A comma between digits, "£86,000", separates nothing.)
const APPOS = '(?:,(?!\\s*(?:and|or|but|while|whereas)\\b)(?:[^,“”"]|(?<=\\d),(?=\\d{3}(?!\\d))){1,140}){1,3},';
// "quipped Valiant Entertainment editor Heather Antos": the object runs on through a lower-case title to the name.
const FUNCTION_WORDS = '(?:after|before|of|from|on|in|at|to|for|with|by|during|when|while|as|and|or|but|who|whom|which|that|about|than|since|until|into|over|under|last|this|next|the|a|an)';
// A subject's affiliation and a bracketed abbreviation: "Crystal C'Bearing of the Northern Arapaho tribal historic
// preservation office told", "Sam Wilson of the Center for Microbial Oceanography (C-MORE) said".
const AFFILIATION = `(?:\\s+(?:of|from|at)\\s+(?:(?!(?:and|or|but|who|which|that|said|says|told|when|while|after)\\b)[\\p{L}\\p{M}'’\\-]+\\s+){0,7}?(?!(?:and|or|but|who|which|that)\\b)[\\p{L}\\p{M}'’\\-]+)?(?:\\s*\\([^()“”"]{1,80}\\))?(?:\\s[–—]\\s[^–—“”"\\n]{1,80}\\s[–—])?`;
const SUBJECT = `${PHRASE}${AFFILIATION}`;
// ("“…,” one of the hospital's senior orthopaedic surgeons said": after the quotation, one of a group described.)
/** "one of the", "one of its": the opening of one person of a group described. */
export const ONE_OF = '[Oo]ne\\s+of\\s+(?:the|its|his|her|their)';
const ONE_OF_SUBJECT = `(?:${ONE_OF}\\s+(?:[\\p{Ll}\\-]+(?:['’]s)?\\s+){0,3}[\\p{Ll}\\-]+)`;
// "said one Trump confidant.", "said one former GOP leadership aide.": a name followed by the lower-case noun it
// qualifies, to the end of the clause, is not the speaker ("said Trump on Monday", "said Trump yesterday" are).
// (The noun may own the next: "warns the Ostional refuge's administrator.")
const QUALIFIED_NOUN = `\\s+(?!(?:${FUNCTION_WORDS}|yesterday|today|tonight|tomorrow|recently|earlier|later|again|too|also|then|now|afterwards?|previously|instead|once|twice|\\p{Ll}+ly)\\b)\\p{Ll}[\\p{Ll}\\-]+(?:['’]s)?(?:\\s+\\p{Ll}[\\p{Ll}\\-]+){0,2}\\s*(?:[.,;:!?]|$)`;
const AFTER_RE = new RegExp(
  `^[\\s,.;:!?—–-]*(?:(?<subj>${ONE_OF_SUBJECT}|${SUBJECT})(?<appos>${APPOS})?\\s+${ADVERBS}(?:${VERBS})\\b|(?:${VERBS})\\s+(?<obj>${PHRASE})(?![\\p{L}\\p{M}'’\\-]|(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.\\-]*)*\\s+\\p{Lu}[\\p{L}\\p{M}'’\\-]*['’]s\\s+\\p{Ll}|\\s+(?!${FUNCTION_WORDS}\\b)\\p{Ll}+\\s+\\p{Lu}|(?<=['’]s)\\s+\\p{Ll}|${QUALIFIED_NOUN}))`,
  'u',
);
// (With a description after the name: "According to Musa Abubakar-Ladan, chief economist at Harbour Street Securities
// in Lagos, “…”".)
// ("According to Kittipong Rattanakorn, Prasert's younger brother, whose company ships mostly to China, “…”": the
// description may go on in a relative clause.)
// ("According to Dr. Simone Augustin, the geologist …": the full stop of a title or an initial is part of the name.)
const ACCORDING_WHO = `(?:[^,;:.“”"]|(?<=(?:^|\\s)(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Col|Lt|Maj|Sgt|Capt|Cmdr|Adm|Rev|Gov|Det|Insp|Supt|Hon|Fr|\\p{Lu}))\\.)`;
const ACCORDING_RE = new RegExp(`(?:according\\s+to|in\\s+the\\s+words\\s+of)\\s+(?<who>${ACCORDING_WHO}{2,90}?)(?:\\s*,\\s*(?<appos>(?!\\p{Lu})[^,;:.“”"]{1,80}?(?:,\\s*(?:who|whose|which)\\s[^,;:.“”"]{1,80}?)?))?\\s*,?\\s*$`, 'iu');
// "According to her daughter, Emiko Uehara, “…”": a person described, then named in apposition, is the one named.
// ("According to the local MP, Vaine Teiotu,": an abbreviation in capitals is a word of the description too.)
const ACCORDING_DESCRIBED_RE = new RegExp(`(?:[Aa]ccording\\s+to|[Ii]n\\s+the\\s+words\\s+of)\\s+(?:his|her|their|its|the|an?)\\s+(?:[\\p{Ll}'’\\-]+|\\p{Lu}{2,4})(?:\\s+(?:[\\p{Ll}'’\\-]+|\\p{Lu}{2,4})){0,3},\\s*(?<who>${NAME})\\s*,?\\s*$`, 'u');
// "According to X, authorities “…”": a short subject of the reported words after the comma, with no verb of its own.
// (X may have an appositive: "According to Thomas Rivera Schatz, the Senate president who filed the suit, …".)
const ACCORDING_SUBJECT_RE =
  /(?:^|[\s,])(?:according\s+to|in\s+the\s+words\s+of)\s+(?<who>[^,;:.“”"]{2,90}?)(?:\s*,\s*(?:the|a|an|who|whose)\s[^,;:.“”"]{1,80})?\s*,\s*(?<rest>[^,;:.“”"]{1,90})$/iu;
// “…” in the attack, according to a hospital spokesperson.
const ACCORDING_AFTER_RE = new RegExp(`^[^“”"]{0,80}?\\baccording\\s+to\\s+(?<who>${ACCORDING_WHO}{2,90}?)\\s*(?:[,;]|$)`, 'iu');
// "Gutierrez was described by the CBCP as “…”": the passive names the speaker after "by".
const PASSIVE_BY_RE = new RegExp(`\\b(?:described|called|dubbed|branded|labell?ed|characteri[sz]ed|hailed|praised|criticised|criticized|quoted)\\s+(?:[\\p{Ll}'’\\-]+\\s+){0,3}?by\\s+(?<who>${PHRASE})\\s+as\\s+(?:(?:an?|the|being)\\s+)?$`, 'u');
// "Putin's statement that ...", and a subject whose clause goes on to "adding/stressing that ...".
// A sentence that introduces the quotation with a colon and no verb of speech: "Gallego-Lazo was blunter:",
// "Livermore's advice to cooks:". Only a short predicate of lower-case words, so no one else is named in it.
// ("Trump took a parting shot on Twitter:": a capitalised word after "on", "in", "to", "at" or "via" is a place or a
// medium.)
// ("would not rank the Bečva flood against 1997 while the water was rising:": a year after a preposition, and a
// capitalised word after "the", which names a thing there, not someone who could be speaking.)
const LEAD_WORD = "(?:[\\p{Ll}'’\\-]+|(?<=\\b(?:on|in|to|at|via|the)\\s)\\p{Lu}[\\p{L}'’\\-]*|(?<=\\b(?:against|since|in|from|until|before|after|of|to)\\s)(?:1[89]|20)\\d\\d)";
// A phrase of when opening a clause: "after the verdict", "later that day", "on Friday".
const CLAUSE_SETTING = /^(?:(?:after|before|during|at|on|by)\s+(?:the|that|this|his|her|their|its)\s+[\p{Ll}\-]+(?:\s+[\p{Ll}\-]+)?|(?:later|earlier)(?:\s+that\s+(?:day|night|week|morning|evening))?|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:,\s*|\s+)(?=\p{Lu})/u;
const RECEIVING_LEAD = /\b(?:heard|hears|hear|told|shown|learned|learnt|read|saw|sees|listened|received|receives|was\s+given)\b/;
const COLON_LEAD_RE = new RegExp(`^\\s*(?<subj>${PHRASE})(?<appos>${APPOS})?\\s+(?:${LEAD_WORD},?\\s+){0,16}${LEAD_WORD}\\s*:\\s*$`, 'u');
// "The minister was curt:", "The older fisherman sounded less sure:": a description, then a short predicate that opens
// with a verb of being or seeming.
const DESCRIPTION_LEAD_RE = /^\s*(?<subj>(?:The|the)\s+(?:[\p{Ll}'’\-]+\s+){0,2}[\p{Ll}'’\-]+)\s+(?:was|is|were|are|had\s+been|has\s+been|sounded|sounds|seemed|seems|remained|remains|looked|looks|put\s+it)\b(?:\s+[\p{Ll}'’\-]+,?){0,8}\s*:\s*$/u;
// ("The authority's spokesman, Khaled Nawafleh, put it in two sentences:": a name in apposition to the subject.)
const APPOSITIVE_NAME_RE = new RegExp(`^,\\s*(?<name>${NAME})\\s*,$`, 'u');
// Who the words come from, when someone else voices them or the sentence says where they came from: "read out a
// message from the chief executive, Petter Moe, who was in Oslo:", "came from the treasurer, Tomas Berglund:". The
// author may be named in an appositive or just before the colon.
const AUTHOR_BEFORE_COLON = `(?<who>${PHRASE})(?:(?<appos>${APPOS})|,\\s*(?<named>${NAME})(?=\\s*:))?[^:;“”"]{0,60}:\\s*$`;
const MESSAGE_FROM_RE = new RegExp(`\\b(?:read|reads|read\\s+out|reads\\s+out|relayed|relays|passed\\s+on|shared|shares)\\s+(?:a|an|the)\\s+(?:[\\p{Ll}\\-]+\\s+)?(?:message|statement|letter|note|e-?mail|text)\\s+(?:from|by)\\s+${AUTHOR_BEFORE_COLON}`, 'u');
// ("A statement from Ms Dunne was read to reporters by her solicitor, Gráinne Walsh:": passive, the author first.)
const MESSAGE_READ_RE = new RegExp(`\\b(?:a|an|the)\\s+(?:[\\p{Ll}\\-]+\\s+)?(?:message|statement|letter|note|e-?mail)\\s+from\\s+(?<who>${PHRASE})\\s+(?:was|is|had\\s+been|has\\s+been)\\s+(?:read|relayed|passed\\s+on)\\b[^:;“”"]{0,100}:\\s*$`, 'u');
// (Not after a modal: "a phrase that could have come from Trump himself" is no one's attribution.)
const COMES_FROM_RE = new RegExp(`\\b(?:comes|came|goes|went)\\s+(?:from|to)\\s+${AUTHOR_BEFORE_COLON}`, 'u');
// Where a sentence opens, a phrase set off by a comma that opens it ("In Sefwi Wiawso itself, "), an article: the
// pieces of the two patterns below.
const SENTENCE_OPENING = String.raw`(?:^|[.!?]["”’]*\s+|\n\s*)`;
const COMMA_FRONTED_PHRASE = String.raw`\p{Lu}[^.,;:!?“”"\n]{0,60},\s+`;
const OPTIONAL_ARTICLE = String.raw`(?:(?:[Tt]he|[Aa]n?)\s+)?`;
// A person still the subject of their sentence after a phrase set off by a comma and a word for what they do: "In
// Sefwi Wiawso itself, farmer ".
const FRONTED_SUBJECT = new RegExp(
  String.raw`${SENTENCE_OPENING}(?:${COMMA_FRONTED_PHRASE})?${OPTIONAL_ARTICLE}(?:(?!(?:[Tt]o|[Oo]f|[Ff]or|[Ww]ith|[Bb]y|[Ff]rom|[Ii]n|[Aa]t|[Oo]n|[Aa]bout|[Aa]gainst|[Aa]nd|[Oo]r|[Tt]han|[Ii]nto|[Oo]ver|[Uu]nder|[Aa]fter|[Bb]efore|[Ww]hile|[Ww]hen|[Ll]ike)\s)[\p{L}\-]+\s+){0,2}$`,
  'u',
);
// FRONTED_SUBJECT with the fronted phrase there ("By the door of the house, Gulnara"), not a relative clause's object
// ("The soprano Ilse Marr, who sang Carmen") nor what a speaker was asked about ("Abenov, asked about Seitkali's
// comments, said").
const FRONTED_PHRASE_SUBJECT = new RegExp(String.raw`${SENTENCE_OPENING}${COMMA_FRONTED_PHRASE}(?!(?:who|whom|whose|which|that|where|when|asked|pressed|questioned)\s)${OPTIONAL_ARTICLE}(?:[\p{Ll}\-]+\s+){0,2}$`, 'u');
// Words before a name the speaker addresses: "Thank you, Leah", "no relation to you, Leah,".
const VOCATIVE_BEFORE = /\b(?:(?:to|with|for|thank)\s+you|good\s+(?:morning|afternoon|evening)|thanks|hello|welcome)\s*,\s+$/i;
const FRONTED_PHRASE_TAIL = new RegExp(String.raw`^,\s+(?!(?:who|whom|whose|which|that|where|when|asked|pressed|questioned)\s)${OPTIONAL_ARTICLE}(?:[\p{Ll}\-]+\s+){0,2}$`, 'u');
// A sentence opened by an office, not a name: "The judge reminded the jury".
const DESCRIBED_OFFICE_SUBJECT = new RegExp(`(?:^\\s*|[.!?:]["”’]?\\s+)(?<np>(?:The|Their|Its|His|Her)\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}(?:minister|spokes(?:wo)?man|spokesperson|president|secretary|chair(?:man|woman)?|governor|mayor|director|ambassador|envoy|chancellor|judge|prosecutor|coach|captain|manager))\\s+(?:\\p{Ll}+ed|said|says|told|was|is|had|has|added)\\b`, 'gu');
// An interview or a list of reactions: "Riddell: “…”". A person only. (A broadcast script's tag may come first:
// "[CLIP] ANA VARGAS: “…”".)
const BARE_NAME_COLON_RE = new RegExp(`^\\s*(?:[\\[(][\\p{L} ]{1,20}[\\])]\\s*)?(?<who>${DESCRIPTOR}{0,3}${NAME})\\s*:\\s*$`, 'u');
// A press release's "Alasdair Munro, chief executive:" opening a paragraph: the name, then its title (no verb in it).
const NAME_TITLE_COLON_RE = new RegExp(`^\\s*(?<who>${NAME}),\\s*(?!(?:[\\p{L}'’\\-]+\\s+){0,5}?(?:was|is|were|are|has|had|have|said|says|told|added)\\b)(?:[\\p{L}'’\\-]+\\s+){0,5}[\\p{L}'’\\-]+\\s*:\\s*$`, 'u');
const WAS_THEIRS_RE = new RegExp(`\\b(?:was|is|came\\s+from|belonged\\s+to)\\s+(?<who>${NAME})['’]s\\s*:\\s*$`, 'u');
const POSSESSIVE_LEAD_RE = new RegExp(`^\\s*(?<subj>${NAME})['’]s\\s+(?:[\\p{Ll}'’\\-]+\\s+){0,5}[\\p{Ll}'’\\-]+\\s*:\\s*$`, 'u');
// "Her fear was simple:", "His answer was blunt:": the words are those of the person the pronoun stands for, when what is
// theirs is a thought or words (not "Her husband was blunt:", whose words are the husband's).
const PRONOUN_POSSESSIVE_LEAD_RE = /^\s*(?<subj>His|Her|Their)\s+(?:[\p{Ll}\-]+\s+)?(?:fear|worry|concern|hope|view|verdict|advice|message|reply|response|answer|argument|point|complaint|plea|explanation|conclusion|assessment|prediction|reasoning|wish|request|demand|warning|promise|summary|position|take|instruction)\s+(?:was|is|were|are)(?:\s+[\p{Ll}'’\-]+,?){0,4}\s*:\s*$/u;
const PRONOUN_OF_POSSESSIVE: Record<string, string> = { His: 'he', Her: 'she', Their: 'they' };
const SAID_BY_RE = new RegExp(`(?<subj>${NAME})['’]s\\s+(?:earlier\\s+|recent\\s+)?(?:statement|remarks?|comments?|words|claim|assertion|speech|tweet|post|letter|promise|pledge|warning|vow|message|verdict|reply|response|answer|argument|insistence|description|assessment|prediction|suggestion)\\b`, 'u');
const OBJECT_AS_SAYING_RE = new RegExp(`\\s(?<obj>${NAME})\\s+(?:as|of)\\s+(?:saying|telling|writing|tweeting|declaring)\\b(?:\\s+[\\p{Ll}'’\\-]+){0,3}?\\s*(?:that\\s*)?[:,]?\\s*$`, 'u');
// The object of a verb, then a participle or infinitive of saying, up to the quotation: "quoted Marsh as saying",
// "recalled Marsh telling her:", "heard Marsh say".
const OBJECT_SAYING_RE = new RegExp(`^\\s+(?<obj>${NAME})\\s+(?:as\\s+|of\\s+)?(?:saying|telling|writing|tweeting|declaring|say|tell|write|declare)\\b(?:\\s+[\\p{Ll}'’\\-]+){0,3}?\\s*(?:that\\s*)?[:,]?\\s*$`, 'u');
// A sentence whose subject (after a short fronted phrase, with an appositive) does something, then a participle of
// saying leads into the quotation: "Since then, a Republican, Mark Amodei, has publicly voiced support for the
// inquiry, telling the Nevada Independent:", "The mayor, Sadiq Khan, gave his condolences via Twitter, adding,".
const PARTICIPLE_LEAD_RE = new RegExp(
  `^\\s*(?:\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+){0,3},\\s*)?(?<subj>${PHRASE})(?<appos>${APPOS})?\\s+[^“”"]*?,\\s*(?:adding|saying|telling|writing|declaring|noting|stressing|insisting|explaining)\\b(?:\\s+[\\p{L}'’\\-]+){0,4}?\\s*(?:that\\s*)?[:,]?\\s*$`,
  'u',
);
const PARTICIPLE_RE = new RegExp(`^\\s*(?<subj>${PHRASE})\\s+(?:then\\s+|also\\s+)?\\p{L}+(?:ed|s)\\b.*\\b(?:adding|saying|stressing|noting|insisting|warning|arguing|explaining|claiming|telling|writing|declaring|recalling|tweeting|concluding|replying|responding|acknowledging|admitting)\\b`, 'u');
// One part of an appositive that names someone, possibly after a short description ("the Scripps director Jane Doe").
const APPOS_NAME = new RegExp(`^\\s+(?:[\\p{Ll}'’\\-]+\\s+){0,4}(?<name>${NAME})\\s*$`, 'u');
// What may stand between a speech verb and the quotation it leads into: nothing, "that", or a few words ending in a
// colon or comma ("told reporters:", "said in a statement,").
const LEADS_IN = /^\s*(?:that\s*)?[:,]?\s*$|^(?:\s+[\p{L}\p{M}'’\-]+){1,4}\s*[:,]\s*$/u;
// A headline or caption: “...”: FM Lavrov
// ... or a dash: “…” — Doug Miller.
// The speaker on the line after a quotation that ends its line, after a dash (in a block quote too), with a title after a comma.
const DASH_LINE_RE = new RegExp(`^['’"”]?[ \\t]*\\n[ \\t]*(?:>[ \\t]*)*(?:—|–|--|―)[ \\t]*(?<who>${NAME})[ \\t]*(?:,[^\\n“”"]{0,60})?[ \\t]*(?:\\n|$)`, 'u');
const COLON_RE = new RegExp(`^['’"”]?\\s*(?::|[—–])\\s*(?<who>${NAME})\\s*[,.]?\\s*$`, 'u');
// A subject starts at a word's start ("and Haley later wrote" is not "nd Haley"); "It was Rau who said", "Lavrov
// met Rau, who said".
// "Remarked Center for Biological Diversity scientist Tierra Curry, “…”": a verb opening the sentence, then its subject.
const CAPITALISED_VERBS = SINGLE_VERBS.split('|').map((v) => v.charAt(0).toUpperCase() + v.slice(1)).join('|');
const CAPITALISED_VERB_RE = new RegExp(`^(?:${CAPITALISED_VERBS})$`);
const INVERTED_RE = new RegExp(`^\\s*(?:${CAPITALISED_VERBS})\\s+(?<who>${SUBJECT})\\s*,?\\s*$`, 'u');
/** Between two quoted pieces of one reported clause: "and that provinces should", "but". */
const SAME_CLAUSE_TAIL = /^[\s,]*(?:and|but)\s+(?:that\s+)?(?:[\p{Ll}'’\-]+\s+){0,6}$/u;
// ("Asked whether the disc could be repaired, Yinug was doubtful:": so does a clause of being asked or reached.)
// ("On the island, where the seed money pays for the roads, the board's chief executive, Graham Pryor, sounds almost
// fatalistic:": the setting may have a clause of its own.)
const FRONTED_SETTING = /^\s*(?:At|In|On|During|After|Before|Outside|Inside|Later|Earlier|Asked|Pressed|Questioned|Reached|Contacted|Speaking)\s[^,;:“”"]{1,60},\s+(?:(?:where|when|which)\s[^,;:“”"]{1,90},\s+)?/;
// ("Even the auctioneer, Merdan Atayev, sounded uneasy about …:": a word of focus before the subject is no part of it.)
const FRONTED_FOCUS = /^\s*(?:Even|Only|Not\s+even|Not\s+only)\s+(?=\p{Lu}|the\s)/u;
const GENERIC_WHO_SUBJECT = /\b(?:those|anyone|anybody|everyone|everybody|others|people)$/i;
const BEFORE_RE = new RegExp(`(?<![\\p{L}\\p{M}'’\\-])(?<subj>${SUBJECT})(?<appos>${APPOS})?(?:,?\\s+who)?\\s+${ADVERBS}(?:${VERBS})\\b`, 'gu');
// "Elena Anza of the community council wants “lighting that points down”": what someone asks for, quoted right after
// the verb, is in their words. (Only right before the quotation: "Jo Trevaskis wants the harbour to hire a warden"
// attributes nothing.)
const ASKS_FOR_RE = new RegExp(`(?<![\\p{L}\\p{M}'’\\-])(?<subj>${SUBJECT})(?<appos>${APPOS})?\\s+${ADVERBS}(?:wants|wanted|calls\\s+for|called\\s+for|asks\\s+for|asked\\s+for)\\s*$`, 'gu');

// The subject opening a sentence: a name (after a short description) or a pronoun, then a verb.
// ("Reached by phone, Giorgos Katsarou said …", "Asked about the deal, Lam …": a participle's phrase opening the
// sentence is not its subject.)
const PARTICIPLE_OPENING = '(?:\\p{Lu}\\p{Ll}+(?:ed|ing)\\s+(?:by|on|in|to|about|for|with|after|at|from|over|whether|if|why|what|how)\\b[^,“”"]{0,80},\\s*)';
const SENTENCE_SUBJECT_RE = new RegExp(`^\\s*${PARTICIPLE_OPENING}?(?<subj>${DESCRIPTOR}{0,4}${NAME}|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\\s+${ADVERBS}\\p{Ll}+(?:ed|s)?\\b`, 'u');

// A description by a tie to someone: "a spokesman close to X", "an aide to X", "a senior official in the office of X".
const DESCRIBED_BY_TIE = /^(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:[\p{Ll}\-]+\s+){1,3}(?:of|for|to|within|inside|from|at|with|near|close\s+to|in)\s/u;

// A name opening the sentence, a verb in the past or present, and the quotation as its object or in its "that"
// clause: "Merkel offered “…”", "Quist expressed hope that “…”".
const OBJECT_QUOTE_RE = new RegExp(`^\\s*(?<subj>${DESCRIPTOR}{0,3}${NAME})\\s+${ADVERBS}\\p{Ll}+(?:ed|es)(?:\\s+(?:hope|confidence|concern|fear|regret|doubt|belief))?(?:\\s+that)?\\s*$`, 'u');

// After an attribution, a participle of saying that goes on in the same voice: ", adding that", ", saying:".
const ADDING_RE = /^[^.!?;“”"\n]{0,60}?,\s*(?:and\s+)?(?:adding|saying|noting|insisting|stressing|warning|explaining|continuing|concluding)(?:\s+that)?\s*[:,]?\s*$/;

// Nouns for people the text describes without naming them.
export const PERSON_NOUNS =
  'victims?|witness(?:es)?|eyewitness(?:es)?|residents?|neighbou?rs?|protesters?|survivors?|passengers?|students?|workers?|employees?|' +
  'relatives?|friends?|soldiers?|parents?|teachers?|fans?|voters?|locals?|bystanders?|patients?|refugees?|villagers?|woman|man|girl|boy|' +
  'child|children|mother|father|wife|husband|son|daughter|sister|brother|officer|official|spokes(?:wo)?man|spokesperson|source|teenager|' +
  // ("one of the hospital's senior orthopaedic surgeons": people by their trade.)
  'doctors?|nurses?|surgeons?|physicians?|farmers?|fishermen|fisherman|miners?|drivers?';

// A sentence opening with a person described, not named, as its subject: "One of the victims decided", "A woman
// said", "Her mother was".
const DESCRIBED_SUBJECT = new RegExp(`(?:^\\s*|[.!?]["”’]?\\s+)(?<np>(?:One\\s+of\\s+the|An?|The|His|Her|Their|Another)\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}(?:${PERSON_NOUNS}))\\s+(?:\\p{Ll}+ed|said|says|told|was|is|had|has|added)\\b`, 'gu');

// "his wife", "her lawyer", "their spokesman": a person described by their tie to someone named.
const TIED_NOUNS = `(?:${PERSON_NOUNS}|lawyers?|attorneys?|aides?|advis[eo]rs?|assistants?|colleagues?|partners?|spouses?)`;
const TIED_PERSON = new RegExp(`^(?:his|her|their|its|my|our|your)\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}${TIED_NOUNS}$`, 'iu');
/** A lead opening with someone described by a tie to whom the possessive stands for: "Her husband had the last word:". */
const TIED_LEAD_RE = new RegExp(`^((?:his|her|their)\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}?${TIED_NOUNS})\\s`, 'iu');
// Capitalised words that open sentences without naming anyone ("Before Trump's appearance", "Given Sanders' success").
const OPENING_WORDS =
  '(?:On|In|At|During|After|Before|Later|Earlier|Last|This|That|These|Those|The|An?|His|Her|Their|Its|Our|My|Yet|But|And|Or|So|Still|Meanwhile|However|Then|Now|Instead|Also|' +
  'As|If|When|While|Since|For|With|Without|By|From|Despite|Although|Though|Because|Given|Unlike|Like|Under|Over|Among|Amid|Against|Even|Only|Not|Asked|Speaking)';
// A person opening the sentence (after a short fronted phrase: "On Monday, ") and a verb of any kind, the quotation
// later in the same clause: "Trump groused to a crowd in Georgia that CNN “…”", "Paul Ryan worried that the safety net
// was becoming “…”".
const CLAUSE_SUBJECT_RE = new RegExp(
  `^\\s*(?:(?:On|In|At|During|After|Before|Later|Earlier|Last|This|Yet|But|And|Still|Meanwhile|However|Then|Now|Instead|Also|Speaking|Asked|Since|When|While)\\b[^,“”"]{0,80},\\s*)?(?!${OPENING_WORDS}\\s)(?<subj>${NAME})(?<!['’]s?)(?<appos>,(?!\\s*(?:and|or|but|while|whereas)\\b)[^,;“”"]{1,100},)?\\s+${ADVERBS}(?<verb>\\p{Ll}+)\\b`,
  'u',
);
// The verb of a passive or a description ("Trump was called “…”", "She has been described as “…”"): the quotation
// is someone else's words about the subject.
const COPULA = /^(?:is|was|were|are|am|be|been|being|has\s+been|have\s+been|had\s+been|is\s+being|was\s+being)$/;
// People described between the subject and the quotation ("critics who called it", "the minister") may be the ones
// quoted.
const OTHER_PEOPLE = new RegExp(`\\b(?:${PERSON_NOUNS}|critics?|supporters?|opponents?|reporters?|aides?|advis[eo]rs?|officials?|experts?|analysts?|people|lawmakers?|leaders?|members?|someone|anyone|others?|minister|president|secretary|governor|mayor|senator|judge)\\b`, 'i');

// A name opening a sentence, with its affiliation ("Jennifer Daskal of American University").
const OPENING_NAME_RE = new RegExp(`^\\s*(?<subj>${NAME}${AFFILIATION})`, 'u');
// A name followed by its affiliation, after a role in lower case: "Co-lead author Sam Wilson of ...".
const PERSON_OF_RE = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){1,3}?(?<subj>${NAME})\\s+of\\s`, 'u');

// Verbs of reacting to someone's words: "X rejected Y's claim: “…”" quotes either of them.
// "“…,” as Hannah Cole put it.": "as" and the speaker with a verb of saying after the quotation.
const AS_PUT_RE = new RegExp(`^[,.]?\\s+as\\s+(?<who>${PHRASE})\\s+(?:put|puts|has\\s+put|had\\s+put)\\s+it\\b`, 'u');
const WORDS_OF_RE = new RegExp(`^[.!?]?["”’]?\\s+(?:Those|These|That|This|Such)\\s+(?:were|was|are|is)\\s+(?:the\\s+)?(?:words|verdict|message|warning|view|assessment|reaction|response|plea|promise|advice)\\s+of\\s+(?<who>${DESCRIPTOR}{0,3}${NAME})`, 'u');
const SCENE_CLAUSE_RE = /^\s*(?:When|Whenever|After|Before|While|As|Since|Once|Until|If|Although|Though|Because|Whereas)\s[^,;:“”"‘]{3,160},\s+/u;
const AGREED_WITH_RE = new RegExp(`\\b(?:agreed|agrees|agree|concurred|concurs|sided|sides|joined)\\s+with\\s+(?<who>${NAME})(?:['’]s\\s+\\p{Ll}+)?\\s*(?:,\\s*)?(?:that\\b|saying\\b|:|$)`, 'u');
const REACTION_VERB = /\b(?:opposed|opposes|rejected|rejects|criticized|criticised|dismissed|dismisses|disputed|disputes|denied|denies|questioned|questions|condemned|condemns|denounced|slammed|countered|counters|responded|responds|answered|replied|replies|reacted|defended|defends|mocked|welcomed|welcomes|praised|hailed|agreed|disagreed)\s*$/;

// A sentence opening with a prepositional phrase ("Of Mugabe, Putin said", "Asked about the deal, Lam said").
const FRONTED = /^(?:of|about|on|regarding|concerning|asked\s+about|speaking\s+(?:of|about|on)|in|after|for|to)\s/i;
const FRONTED_BEFORE = /(?:^|[.!?]\s+)(?:of|about|on|regarding|concerning|asked\s+about|speaking\s+(?:of|about|on))\s+$/i;

// A short phrase of lower-case words opening a sentence: "During the premiere, ", "Later that evening, ".
const FRONTED_PHRASE = /^\s*\p{Lu}\p{Ll}+(?:\s+[\p{Ll}'’\-]+){1,4},\s*$/u;

// “…,” Chapman told Wikinews. The costume “is very warm […] so I have to stay hydrated”: a quoted predicate in the
// first person after a thing as subject is still the last speaker's.
const SUBJECT_TAIL = /^\s*(?:The|This|That|Her|His|Their|Its|Our|My)\s+[\p{Ll}\-]+(?:\s+[\p{Ll}\-]+)?\s*$/u;
const QUOTED_PREDICATE = /^\p{Ll}(?=.*\b(?:I|I'm|I've|I’m|I’ve|me|my|we|our|us)\b)/su;

interface Context {
  text: string;
  from: number;
  quotes: DraftQuote[];
  names?: NameIndex;
  /** The source article whose quotes these are (none for a draft). */
  article?: Article;
  /** The person each place that names several stands for (likelyPerson), filled as asked. */
  likely?: Map<number, Entity>;
  /** Whether `quotes` are in order and do not overlap (insideQuote), found when first asked. */
  quotesInOrder?: boolean;
  /** What the text before a place says of the name there (a subject after a fronted phrase, …), per test and place:
   * every pronoun of two paragraphs asks it of the same mentions. */
  seen?: Map<string, boolean>;
}

/** `test` of the place `at`, asked once per attribution run. */
function onceAt(ctx: Context, kind: string, at: number, test: () => boolean): boolean {
  const key = `${kind}${at}`;
  const known = (ctx.seen ??= new Map()).get(key);
  if (known !== undefined) return known;
  const result = test();
  ctx.seen.set(key, result);
  return result;
}

/** FRONTED_PHRASE_SUBJECT, first on the words after the last comma (the pattern's comma is that one, and most text
 * before a name has no such tail: the whole pattern is slow to fail). */
function frontedPhraseBefore(text: string): boolean {
  const comma = text.lastIndexOf(',');
  return comma >= 0 && FRONTED_PHRASE_TAIL.test(text.slice(comma)) && FRONTED_PHRASE_SUBJECT.test(text);
}

/** DESCRIPTION_OPENING, first on its end, a comma and a space (the pattern is slow to fail). */
function descriptionOpensBefore(text: string): boolean {
  return /\s$/.test(text) && text.trimEnd().endsWith(',') && DESCRIPTION_OPENING.test(text);
}

/**
 * The text with Markdown's inline markup blanked, offsets kept: "**Doug Miller** said", "[Sadiq Khan](…), the mayor",
 * "As *Tristan Smith* put it" read as plain names. (A source's "[...]" and "[e]xtremely" are not links.)
 */
function withoutInlineMarkup(text: string): string {
  if (!/[*_]|\]\(/.test(text)) return text;
  return text
    .replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, (m, label: string) => `${' '.repeat(m.length - label.length)}${label}`)
    .replace(/\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, (m) => ' '.repeat(m.length));
}

/** A line break inside a paragraph of a hard-wrapped text: not a sentence end unless a block (quote, list) starts. */
function softBreak(text: string, at: number): boolean {
  return /\n[ \t]*\n/.test(text) && text[at] === '\n' && !/^\n[ \t]*(?:\n|[>#|*+\-–—]|\d+[.)]\s)/.test(text.slice(at, at + 8));
}

/**
 * Start of the paragraph holding `offset`: paragraphs are separated by blank lines, or are single lines in a text
 * without blank lines (as the seeds are); hard-wrapped drafts keep their paragraphs whole.
 */
function paragraphStart(text: string, offset: number): number {
  const starts = paragraphStarts(text);
  if (!starts) return text.lastIndexOf('\n', offset - 1) + 1;
  // The last blank-line break that ends at or before `offset`.
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo];
}

/**
 * Where each blank-line paragraph starts (0 first), or null for a text without blank lines. Found once per text:
 * every quotation asks, and scanning the text before it each time made a long draft's re-check quadratic.
 */
let paragraphMemo: { text: string; starts: number[] | null } | undefined;
function paragraphStarts(text: string): number[] | null {
  if (paragraphMemo?.text === text) return paragraphMemo.starts;
  let starts: number[] | null = null;
  if (/\n[ \t]*\n/.test(text)) {
    starts = [0];
    for (const m of text.matchAll(/\n[ \t]*\n/g)) starts.push(m.index! + m[0].length);
  }
  paragraphMemo = { text, starts };
  return starts;
}

/**
 * A full stop that ends an initial or a title ("John G. Roberts", "said Dr. Livermore", "U.S. officials"), not a
 * sentence: `dot` is the full stop's offset.
 */
const DOCUMENT_OF = /^(?<owner>\p{Lu}.*?)['’]s\s+(?:(?:official|latest|written|joint|earlier|press)\s+)?(?:statement|warning|advisory|letter|tweet|post|message|notice|release|announcement|website|blog)$/u;
const ABBREVIATION = /(?:^|[\s(.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Col|Lt|Maj|Sgt|Capt|Cmdr|Adm|Prof|Rev|Gov|Det|Insp|Supt|Hon|Fr|Mt|No)$/u;
function abbreviationAt(text: string, dot: number): boolean {
  return text[dot] === '.' && ABBREVIATION.test(text.slice(Math.max(0, dot - 6), dot));
}

function insideQuote(ctx: Context, offset: number): boolean {
  const quotes = ctx.quotes;
  // Quotations in order and apart (as scanned) are searched by halves: mentionsIn asks for every capitalised word.
  if (ctx.quotesInOrder === undefined) ctx.quotesInOrder = quotes.every((q, i) => i === 0 || quotes[i - 1].end <= q.start);
  if (!ctx.quotesInOrder) return quotes.some((q) => q.start <= offset && offset < q.end);
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < quotes[mid].start) hi = mid - 1;
    else if (offset >= quotes[mid].end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The stretch of the sentence before a quote (back to a sentence end outside quotes or a paragraph break). */
function sentenceBefore(ctx: Context, q: { start: number }): { start: number; text: string } {
  const floor = Math.max(ctx.from, q.start - 300);
  let start = floor;
  const slice = ctx.text.slice(floor, q.start);
  for (const m of slice.matchAll(/[.!?]["”’»]*\s+|\n\s*\n|\n/g)) {
    const at = floor + m.index! + m[0].length;
    if (abbreviationAt(ctx.text, floor + m.index!) || (m[0] === '\n' && softBreak(ctx.text, floor + m.index!))) continue;
    // The end of a sentence, unless inside a quotation; a quotation ending its sentence ('... you.” Next')
    // ends it too, as the space after the closing mark is outside the quote.
    if (!insideQuote(ctx, at - 1)) start = at;
  }
  return { start, text: ctx.text.slice(start, q.start) };
}

/** The stretch after a quote up to the sentence end (outside quotes) or paragraph end. */
function sentenceAfter(ctx: Context, q: DraftQuote): string {
  // "… with you.” Interior Minister …": a quote ending in a full stop ends the sentence.
  if (/\.\s*$/.test(q.text) && /^\s+\p{Lu}/u.test(ctx.text.slice(q.end, q.end + 3))) return '';
  const ceiling = Math.min(ctx.text.length, q.end + 250);
  let end = ceiling;
  const slice = ctx.text.slice(q.end, ceiling);
  // A full stop at the very end of the text ends the sentence too.
  const ends = ceiling === ctx.text.length ? /[.!?](?=["”’]*(?:\s|$))|\n/g : /[.!?](?=["”’]*\s)|\n/g;
  for (const m of slice.matchAll(ends)) {
    // A full stop or line end right after the closing mark ends the sentence: nothing after it attributes.
    if (!insideQuote(ctx, q.end + m.index!) && !abbreviationAt(ctx.text, q.end + m.index!) && !softBreak(ctx.text, q.end + m.index!)) {
      end = q.end + m.index!;
      break;
    }
  }
  return ctx.text.slice(q.end, end);
}

/** Phrases already resolved against each name index: a keystroke re-attributes the whole draft. */
const resolved = new WeakMap<NameIndex, Map<string, Entity[]>>();

/** The name index entries a speaker phrase names: its longest known name, else a role it describes. */
function resolve(phrase: string, ctx: Context): Entity[] {
  if (!ctx.names) return [];
  // In a source article the answer depends on the article (see below): only drafts' answers are kept.
  if (ctx.article) return resolveUncached(phrase, ctx, ctx.names);
  let memo = resolved.get(ctx.names);
  if (!memo) resolved.set(ctx.names, (memo = new Map()));
  const names = ctx.names;
  return memoized(memo, 50_000, phrase, (p) => resolveUncached(p, ctx, names));
}

function resolveUncached(phrase: string, ctx: Context, names: NameIndex): Entity[] {
  // "Rutgers University political scholar Kelly Dittmar": the person, named last, is the speaker; an
  // organisation only when no person is named.
  const words = phrase.split(/\s+/);
  // "a New Hampshire Republican", "one Iowa Democrat": a member of a party, unnamed, and not the party speaking.
  // ("the New Mexico Democrat", "the Democrat": a singular is a member too; "the Democrats" are the party.)
  const lastWord = words[words.length - 1].replace(/[,.;:]+$/, '').toLowerCase();
  if (/^(?:a|an|one|another)$/i.test(words[0]) && POLITICAL_AFFILIATIONS.has(lastWord)) return [];
  if (/^the$/i.test(words[0]) && words.length >= 2 && POLITICAL_AFFILIATIONS.has(lastWord) && !/s$/.test(lastWord)) return [];
  // The words of a possessor before the noun it owns ("Alan Kurdi's father": 0 and 1; "Sally Wasef of
  // Australia's Griffith University": 3).
  const affiliationAt = words.findIndex((w, k) => k > 0 && /^(?:of|from)$/.test(w) && /^\p{Lu}/u.test(words[k - 1]) && !titleWord(words[k - 1]));
  const possessor = new Set<number>();
  words.slice(0, -1).forEach((w, k) => {
    if (!/['’]s$/.test(w)) return;
    for (let j = k; j >= 0 && (j === k || /^\p{Lu}/u.test(words[j])); j--) possessor.add(j);
  });
  let org: { entities: Entity[]; at: number; len: number } | undefined;
  let person: { entities: Entity[]; at: number; len: number } | undefined;
  // Words inside a longer place's name ("Francis" in "Steven Wolf at Saint Francis") are not a person's.
  const inPlace = new Set<number>();
  // ("Pacific Earthmoving Co.": nor is an abbreviation inside a body's name, the legal form "Co." no Mr Có. Only an
  // abbreviation: a body the index took wrongly, "Senate Majority Whip John Cornyn", still holds Cornyn.)
  const inBody = new Set<number>();
  for (let len = words.length; len >= 1; len--) {
    for (let i = words.length - len; i >= 0; i--) {
      const written = words.slice(i, i + len).join(' ').replace(/[,;:]+$/, '');
      const candidate = written.replace(/\.+$/, '');
      if (!/^\p{Lu}/u.test(candidate)) continue;
      // A name ends in a capitalised word: "The mayor" is a title, not the surname Mayor.
      if (!/\p{Lu}/u.test(words[i + len - 1])) continue;
      // "Dunn's mother", "NATO's secretary-general", "Alan Kurdi's father": the possessor is not the speaker.
      if (possessor.has(i + len - 1)) continue;
      // (A name the index knows with its full stop, "Pacific Earthmoving Co.", is found with it.)
      let found = names.find(candidate);
      if (!found.length && written !== candidate && len >= 2) found = names.find(written);
      if (len >= 2 && found.length && found.every((e) => e.type === 'place')) for (let j = i; j < i + len; j++) inPlace.add(j);
      if (len >= 2 && found.length && found.every((e) => e.type === 'organization')) for (let j = i; j < i + len; j++) inBody.add(j);
      // "a Houthi spokesman", "the Trump administration": a name before the noun it qualifies is not the speaker.
      const qualifies = i + len < words.length && /^\p{Ll}/u.test(words[i + len]) && !new RegExp(`^${FUNCTION_WORDS}$`).test(words[i + len]);
      // "Arnel dela Vega of the army's Western Mindanao Command": after a name, "of" starts an affiliation, where
      // no person is the speaker.
      // "International Religious Freedom": a name runs on in capitals, so a surname inside the run is not one.
      const runsOn = i + len < words.length && !/[,;:.)]$/.test(words[i + len - 1]) && /^\p{Lu}/u.test(words[i + len]) && !/^(?:Jr|Sr|II|III|IV)\.?,?$/.test(words[i + len]);
      let people = qualifies || runsOn || (affiliationAt >= 0 && i > affiliationAt) || (len === 1 && (inPlace.has(i) || (inBody.has(i) && words[i].endsWith('.')))) ? [] : found.filter((e) => e.type === 'person');
      // Several people by one name ("Johnson"): in a source article, the ones it mentions. Someone it never mentions
      // is a guess from another article ("Tatum said" is not Channing Tatum in an article about Rev. Kyev Tatum).
      if (people.length && ctx.article) {
        const here = people.filter((e) => e.mentions.some((m) => m.article === ctx.article));
        if (here.length || people.length === 1) people = here;
      }
      const orgs = found.filter((e) => e.type === 'organization');
      const better = (cur: typeof person) => !cur || i > cur.at || (i === cur.at && len > cur.len);
      if (people.length && better(person) && !(person && i < person.at + person.len && i >= person.at)) person = { entities: people, at: i, len };
      if (orgs.length && (!org || len > org.len)) org = { entities: orgs, at: i, len };
    }
  }
  // "Mick Jagger of The Rolling Stones", "Jennifer Daskal of American University": a person named before "of"
  // or "from" is the speaker; what follows is their affiliation.
  if (person) {
    for (let i = 0; i < words.length; i++) {
      for (let len = Math.min(4, words.length - i - 1); len >= 2; len--) {
        if (!/^(?:of|from)$/.test(words[i + len])) continue;
        const people = names.find(words.slice(i, i + len).join(' ')).filter((e) => e.type === 'person');
        if (people.length) return people;
      }
    }
  }
  // ("Rami Karam", a middle name left out, when the sources have a Rami Yusuf Karam and his father Yusuf Haddad Karam:
  // the first name written before a shared surname picks the namesakes who bear it. In a draft: a source's namesakes
  // are told apart by its own mentions.)
  if (!ctx.article && person && person.len === 1 && person.at > 0 && person.entities.length > 1) {
    const given = words[person.at - 1].toLowerCase();
    const bearers = person.entities.filter((e) => e.name.split(/\s+/)[0].toLowerCase() === given);
    if (bearers.length && bearers.length < person.entities.length) return bearers;
  }
  return person?.entities ?? org?.entities ?? [];
}

const BODY_KIND_WORDS = 'charity|company|firm|council|ministry|agency|union|bank|group|party|board|commission|committee|foundation|club|federation|association|authority|department|regulator|watchdog|coalition|cooperative|co-operative|institute|university|court|tribunal|network|broadcaster|newspaper|airline|insurer|operator|developer|contractor|museum|festival|league';
const BODY_KIND = new RegExp(`^[Tt]he\\s+(${BODY_KIND_WORDS})$`);
// "The company that owns the plant, Kingnait Seafoods, said": a body described by its kind, then named.
const BODY_DESCRIBED = new RegExp(`^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}(?:${BODY_KIND_WORDS})\\b`, 'u');

/** The one body of the text named so far whose name holds `kind`, or beside whose name `kind` stands. */
function bodyOfKind(phrase: string, at: number, ctx: Context, mentions: Mention[]): Entity | undefined {
  const kind = BODY_KIND.exec(phrase.trim())?.[1];
  if (!kind) return undefined;
  const kindRe = new RegExp(`\\b${kind}\\b`, 'i');
  const beside = new RegExp(`(?:\\b${kind},?\\s+$)|(?:^,\\s+(?:a|an|the)\\s+(?:[\\p{Ll}\\-]+\\s+){0,3}${kind}\\b)`, 'iu');
  const found = new Set<Entity>();
  for (const m of mentions.slice(0, firstMentionFrom(mentions, at))) {
    if (m.at < ctx.from || m.entity.type !== 'organization' || insideQuote(ctx, m.at)) continue;
    const end = m.at + (WRITTEN_NAME.exec(ctx.text.slice(m.at, m.at + 120))?.[0].length ?? m.entity.name.length);
    if (kindRe.test(m.entity.name) || beside.test(ctx.text.slice(Math.max(ctx.from, m.at - 40), m.at)) || beside.test(ctx.text.slice(end, end + 60))) found.add(m.entity);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** "the Russian minister", "Poland's foreign minister": the person last named before `offset` with such a role. */
function resolveRole(phrase: string, ctx: Context, offset: number, people: Mention[]): Entity[] {
  const office = ROLE_NOUN.exec(phrase)?.[1]?.toLowerCase();
  // Other descriptions ("the captain", "his wife") only in a source article, and only by a role that article gives
  // word for word: "the man who built his career" is not the businessman named before. (A draft's people have roles
  // from every article; attributionCheck's roleHolder matches a draft's "the captain" against its source's.)
  // ("the current bishop, Allan Casicas, said": a description with the person's name after it is theirs.)
  // ("As the crowd cheered Jon Berg, his wife said": "his wife" right after a name is someone tied to that person.)
  const tiedToName = () => /^(?:his|her)\s/i.test(phrase) && /\p{Lu}[\p{L}\p{M}'’\-]*,\s*$/u.test(ctx.text.slice(Math.max(0, offset - 40), offset));
  const noun = office ?? (ctx.article && !tiedToName() && !/^\s*,\s*\p{Lu}/u.test(ctx.text.slice(offset + phrase.length)) ? roleNounOf(phrase) : undefined);
  if (!noun) return [];
  for (let k = firstMentionFrom(people, offset) - 1; k >= 0; k--) {
    const e = people[k].entity;
    if (office ? roleMentions(e, noun) : e.type === 'person' && e.roles.some((r) => r.article === ctx.article && roleHasWords(r.text, [noun]))) return [e];
  }
  // ("The fisheries minister phoned me. He said, “…” … Fisheries Minister Paul Alivaktuk spoke to reporters": in a
  // source, an office no one named before holds is the one person the article names with it later, word for word.)
  if (office && ctx.article) {
    const later = new Set<Entity>();
    for (let k = firstMentionFrom(people, offset); k < people.length; k++) {
      const e = people[k].entity;
      if (!later.has(e) && e.type === 'person' && e.roles.some((r) => r.article === ctx.article) && roleFitsOnly(phrase, e, offset, people)) later.add(e);
    }
    if (later.size === 1) return [...later];
  }
  return [];
}

/**
 * Whether a description fits one of the person's roles word for word but for a nationality ("the Spanish minister" for
 * "Foreign Minister Lucía Ferrer"; "the former northern governor" does not fit "Governor Helena Marsh").
 */
function headIsRoleOf(phrase: string, person: Entity): boolean {
  const noun = roleNounOf(phrase);
  if (!noun) return false;
  const words = roleWords(phrase).filter((w) => !/^(?:the|a|an|his|her|its|their)$/.test(w) && !DEMONYMS.has(w));
  return words.includes(noun) && person.roles.some((r) => roleHasWords(r.text, words));
}

/**
 * Whether a person's first name may be of this sex (a name of either sex, or one the list does not know, may be). For
 * telling apart people of one surname: pronounFits weighs the mentions too, and those of a shared surname ("Mr Marsh
 * said", "Dr Marsh … she said") count for both.
 */
function mayBeOfSex(person: Entity, sex: 'male' | 'female'): boolean {
  const g = givenNameGender(person.name.split(/\s+/)[0]);
  return g === undefined || g === 'either' || g === sex;
}

/** Whether `person` is the last person named before `offset` in the same paragraph, named where a sentence opens. */
function lastPersonNamed(person: Entity, offset: number, people: Mention[], ctx: Context): boolean {
  const para = paragraphStart(ctx.text, offset);
  for (let k = firstMentionFrom(people, offset) - 1; k >= 0 && people[k].at >= para; k--) {
    const m = people[k];
    if (m.entity.type !== 'person') continue;
    // (As the subject: "Ferrer said Madrid would …", not "bashing Sanders during a rally".)
    const lead = ctx.text.slice(Math.max(para, m.at - 80), m.at);
    const opensSentence = /[.!?]["”’)]?\s+$/.test(lead) || (m.at - para === lead.length && /^\s*$/.test(lead));
    return m.entity === person && opensSentence;
  }
  return false;
}

/** Whether a role description fits the person's role word for word and no one else named before `offset` has one. */
function roleFitsOnly(phrase: string, person: Entity, offset: number, people: Mention[]): boolean {
  const noun = roleNounOf(phrase);
  if (!noun) return false;
  const words = phrase
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[\s,]+/)
    .filter((w) => w.length >= 3 && !/^(?:the|his|her|its|their|our|then|now|former|current)$/.test(w));
  const stem = (w: string) => w.slice(0, 5);
  const fits = roleStemSets(person).some((roleWords) => words.every((w) => roleWords.has(stem(w))));
  if (!fits) return false;
  const end = firstMentionFrom(people, offset);
  for (let k = 0; k < end; k++) {
    const e = people[k].entity;
    if (e !== person && e.type === 'person' && roleMentions(e, noun)) return false;
  }
  return true;
}

// A role that makes its holder someone's child ("His son", "her daughter", "the couple's grandson").
const CHILD_ROLE = /\b(?:son|daughter|grandson|granddaughter|nephew|niece)\b/i;

/**
 * Of namesakes, the older (or the younger) one: by the ages the text gives after their full names when it gives all,
 * else the one who is no one's child (or the only one who is). Unchanged when neither tells.
 */
function byGeneration(people: Entity[], older: boolean, text: string): Entity[] {
  const ages = people.map((e) => ageGiven(text, e.name));
  if (ages.every((a) => a !== undefined)) {
    const best = older ? Math.max(...(ages as number[])) : Math.min(...(ages as number[]));
    const chosen = people.filter((_, i) => ages[i] === best);
    if (chosen.length === 1) return chosen;
  }
  const children = people.filter((e) => e.roles.some((r) => CHILD_ROLE.test(r.text)));
  if (children.length === 0 || children.length === people.length) return people;
  const chosen = older ? people.filter((e) => !children.includes(e)) : children;
  return chosen.length === 1 ? chosen : people;
}

/** The age the text gives after a full name ("Teariki Tangaroa, 67,"), if it gives one. */
function ageGiven(text: string, name: string): number | undefined {
  const at = text.indexOf(`${name}, `);
  const age = at >= 0 ? /^, (\d{1,3}),/.exec(text.slice(at + name.length, at + name.length + 8)) : null;
  return age ? Number(age[1]) : undefined;
}

// "He laughs. ", "She shrugs again. ": a short sentence of a pronoun and a verb, nothing more.
const PRONOUN_BEAT = /^\s*(He|She)\s+\p{Ll}+(?:\s+\p{Ll}+){0,2}[.!]["”’]*\s*$/u;

interface Mention {
  entity: Entity;
  at: number;
  /** Named as the subject of a speech verb ("Zakharova said"). */
  speaks: boolean;
}

// ("the United States Commission on International Religious Freedom (USCIRF) also criticized": the rest of a long
// name and an abbreviation in brackets between.)
const SPEAKS_AFTER = new RegExp(`^(?:\\s+(?:on|of|for)\\s+(?:\\p{Lu}[\\p{L}'’\\-]*\\s+){0,4}\\p{Lu}[\\p{L}'’\\-]*)?(?:\\s*\\([^()“”"]{1,40}\\))?,?(?:${APPOS})?\\s+(?:who\\s+)?${ADVERBS}(?:${VERBS})\\b`, 'u');
// “…,” said Ryan Cloutier: the inverted attribution right after a quotation names a speaker too ("told X" names the
// listener, so only verbs of saying, after a closing mark).
// "According to Ane Alencar, “…”" names the speaker as surely.
const SPEAKS_BEFORE = new RegExp(`(?:[”"’],?\\s*(?:said|says|added|adds|continued|wrote|writes|explained|noted|stated|asked|replied|recalled|remarked)|\\b[Aa]ccording\\s+to)\\s+(?:${DESCRIPTOR}){0,6}$`, 'u');

/** A full stop after a word of two letters or more that is not an abbreviation of a title ("Kong. ", not "Dr. "). */
const SENTENCE_STOP = /(?<![\p{L}\p{M}'’\-])(?!(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Col|Lt|Sgt|Capt|Prof|Rev|Gov|Inc|Ltd|Co|Corp|Mt|No)\.)[\p{L}\p{M}'’\-]*\p{Ll}\.(?=\s)/u;

// A name as the text writes it, particles and all (a mention holds only where it starts).
// (A particle is a whole word: "Sekese's daughter" is no "Sekese's da".)
const WRITTEN_NAME = /^\p{Lu}[\p{L}\p{M}'’\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’\-]*|(?:de|da|van|von|der|del|la|le|al|bin|bint)(?![\p{L}\p{M}'’\-])))*/u;
// A sentence opening with a description, its subject named next in apposition: "Its lead, ", "Her husband, ".
const DESCRIPTION_OPENING = /(?:^|[.!?]["”’']*\s+|\n\s*)(?:The|Its|His|Her|Their|\p{Lu}[\p{L}\-]+['’]s)\s+(?:[\p{L}\-]+\s+){0,3}?[\p{Ll}\-]+,\s+$/u;
// After that name, the sentence's verb. (A second appositive may come first, and the verb be irregular: "Her husband,
// Dennis, a tricycle driver, sold".)
const VERB_AFTER_APPOSITIVE = /^,\s+(?:(?:a|an|the|who)\s[^,;:“”"]{1,60},\s+)?(?:(?:also|now|still|then|never|only)\s+)?(?!(?:and|or|but|nor|who|whose|which|that|the|a|an|his|her|their|its|of|in|at|on|for|with|from|to|by)\b)\p{Ll}+\b/u;
// A sentence opening with a tie to someone, its subject named right after: "His cousin ", "Her eldest daughter ".
const TIE_OPENING = /(?:^|[.!?]["”’']*\s+|\n\s*)(?:His|Her|Their)\s+(?:[\p{Ll}\-]+\s+){1,2}$/u;
// After a name, its verb in the present or past: "Lova keeps".
const VERB_AFTER_NAME = /^\s+(?:\p{Ll}+(?:s|ed)|is|was|has|had)\b/u;
// After a name: an aside between commas, then a verb in the present or past ("…, a theatre nurse, knows").
const CLAUSE_VERB_AFTER = /^,[^,;:“”"]{1,80},\s+(?:\p{Ll}+(?:s|ed)|is|was|has|had)\b/u;
const ON_NAME = /^\s+on\s+(\p{Lu}[\p{L}\p{M}'’\-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}\p{M}'’\-]*){0,4})/u;

/** Where a name unknown to the index is the subject of a speech verb (filled by mentionsIn). */
let unknownSpeakers: number[] = [];

/** Mentions of known people and organisations in the text, outside quotes, in order. */
function mentionsIn(ctx: Context): Mention[] {
  const out: Mention[] = [];
  unknownSpeakers = [];
  if (!ctx.names) return out;
  const re = new RegExp(NAME, 'gu');
  re.lastIndex = ctx.from;
  let m: RegExpExecArray | null;
  let lastEnd = -1;
  // A name starts at a capital: the search starts at the next one (the regex alone tries every position, slowly).
  while ((re.lastIndex = nextCapital(ctx.text, re.lastIndex)) < ctx.text.length && (m = re.exec(ctx.text)) !== null) {
    if (insideQuote(ctx, m.index)) continue;
    // "the United States Commission on International Religious Freedom": the rest of a long name is no one new.
    const tail = lastEnd >= 0 && m.index - lastEnd < 6 && /^\s+(?:on|of|for)\s+$/.test(ctx.text.slice(lastEnd, m.index));
    // A name ends at a sentence end: "… in Hong Kong. He noted" is "Hong Kong", then "He".
    let found = m[0];
    const stop = found.includes('.') ? SENTENCE_STOP.exec(found) : null;
    if (stop) {
      found = found.slice(0, stop.index + stop[0].length - 1);
      re.lastIndex = m.index + stop.index + stop[0].length;
    }
    // "the Joint Committee on Taxation": a body the index knows by its name with "on" is one name here too.
    const onName = stop ? null : ON_NAME.exec(ctx.text.slice(m.index + found.length, m.index + found.length + 80));
    // ("This Thursday the United States Commission on …": the body's name may start inside the match.)
    const words = onName ? found.split(/\s+/) : [];
    if (onName && words.some((_, i) => ctx.names!.find(`${words.slice(i).join(' ')} on ${onName[1]}`).length)) {
      found = `${found}${onName[0]}`;
      re.lastIndex = m.index + found.length;
    }
    const before = ctx.text.slice(Math.max(ctx.from, m.index - 80), m.index);
    // ("Ioane Lemalu, a taxi driver known across Apia as "Bubba", said": a short nickname's quotation marks inside the
    // appositive are read as spaces, so the name is still the subject that speaks. Here, not in APPOS, which runs on
    // every quotation and was half again as slow with it.)
    const rawAfter = ctx.text.slice(m.index + found.length, m.index + found.length + 120);
    const after = (rawAfter.includes('“') || rawAfter.includes('"')) && rawAfter.includes('as') ? rawAfter.replace(NICKNAME_AFTER_AS, (_, as: string, nick: string) => `${as} ${nick} `) : rawAfter;
    // ("Amara Okoye, who sang Dido, said": a name that ends a relative clause is not the subject of the verb after it.)
    // ("Ms Lim, who is no relation of the company's farm manager, Lim Boon Keat, insisted": an appositive inside it too.)
    const endsRelativeClause = /^\s*,/.test(after) && /,\s*(?:who|whose|whom|which)\s[^,;:.!?“”"]*(?:,\s[^,;:.!?“”"]*)?$/.test(before);
    // ("asked about Seitkali's comments, said": a possessive is no subject; "comments" there is a noun.)
    const possessive = /['’]s?$/.test(found);
    const speaks =
      (SPEAKS_AFTER.test(after) && !endsRelativeClause && !possessive) ||
      // (SPEAKS_BEFORE needs a closing quotation mark or "according"; most text has neither, and it is slow to fail.)
      (/[”"’]|ccording/.test(before) && SPEAKS_BEFORE.test(before));
    // A speaker the index does not know ("Doe said") still stands between a pronoun and earlier people.
    // ("on Tuesday told": a day or month is not a speaker.)
    lastEnd = m.index + found.length;
    if (speaks && !tail && !ctx.names.find(found).length && !resolve(found, ctx).length && /^\p{Lu}/u.test(found) && !PRONOUNS.test(found) && !NON_NAMES.has(found.toLowerCase())) unknownSpeakers.push(m.index);
    // "Sergey Lavrov and Zbigniew Rau" names two people.
    let offset = 0;
    for (const part of found.split(/(\s+and\s+)/)) {
      if (!/^\s+and\s+$/.test(part)) {
        let entities = resolve(part, ctx);
        // ("Her husband, Dennis, a tricycle driver, sold …": a first name in a draft, as firstNameReference reads it.)
        // (Looked up in the index first: most capitalised words are no one's first name, and the reading searches.)
        if (!entities.length && !ctx.article && !part.includes(' ') && peopleByGivenName(ctx.names, part).length) entities = firstNameReference(part, m.index + offset, ctx) ?? [];
        // ("His sister María José, the company's finance chief": a given name of two words, the one person of the
        // sources whose name opens with both.)
        const givenNames = !entities.length && !ctx.article ? /^(\S+)\s(\S+)$/.exec(part) : null;
        if (givenNames && inGivenNameList(givenNames[2])) {
          const people = peopleByGivenName(ctx.names, givenNames[1]).filter((e) => {
            const words = e.name.split(/\s+/).map(nameKey);
            return words.length > 2 && words[0] === nameKey(givenNames[1]) && words[1] === nameKey(givenNames[2]);
          });
          if (people.length === 1) entities = people;
        }
        for (const e of entities) if (e.type === 'person' || e.type === 'organization') out.push({ entity: e, at: m.index + offset, speaks });
      }
      offset += part.length;
    }
  }
  return out;
}

/** The offset of the first capital letter at or after `from`, or the text's length. */
function nextCapital(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? c >= 65 && c <= 90 : UPPER.test(String.fromCodePoint(text.codePointAt(i)!))) return i;
  }
  return text.length;
}
const UPPER = /^\p{Lu}/u;

/** A word that belongs to titles, organisations and places rather than to a person's name. */
function titleWord(word: string): boolean {
  const k = word.toLowerCase().replace(/['’]s$/, '');
  return ROLE_HEADS.has(k) || ROLE_MODIFIERS.has(k) || ORG_WORDS.has(k) || PLACE_WORDS.has(k) || PLACES.has(k) || DEMONYMS.has(k) || NON_NAMES.has(k);
}
const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’\\-]*\\p{Ll}";
const TITLED_NAME = new RegExp(`(?:^|\\s)(?<before>[\\p{L}.'’\\-]+)\\s+(?<name>${NAME_WORD}(?:\\s+\\p{Lu}\\.)?\\s+${NAME_WORD})$`, 'u');

const ROLE_LIKE = /(?:or|ist|ent|ant|ary|ive|ian|man|woman|person|ship|ess)$/;
const NAME_PARTICLE = '(?:de|da|di|del|dela|della|der|den|van|von|le|la|bin|ibn|al|el|dos|du)';
const AFFILIATED_NAME = new RegExp(`^(?<name>${NAME_WORD}(?:\\s+${NAME_PARTICLE})*\\s+${NAME_WORD})\\s+(?:of|from)\\s`, 'u');

/**
 * "Santa Barbara County Sheriff Bill Brown", "Ambassador to the United Nations Nikki Haley": a first and last name
 * right after a title or an organisation's name ends the phrase. Neither word may itself be a title, organisation
 * or place word.
 */
function titledName(phrase: string): string | undefined {
  // "Sheldon Yett of UNICEF": a first and last name before its affiliation.
  const affiliated = AFFILIATED_NAME.exec(phrase.trim());
  if (affiliated?.groups && !affiliated.groups.name.split(/\s+/).some(titleWord) && !ROLE_LIKE.test(affiliated.groups.name)) return affiliated.groups.name;
  const m = TITLED_NAME.exec(phrase.trim());
  if (!m?.groups) return undefined;
  const words = m.groups.name.split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w));
  // "the EU's Chief Brexit Negotiator": a capitalised title ends in a word for a role, not a surname.
  if (words.some(titleWord) || ROLE_LIKE.test(words[words.length - 1])) return undefined;
  const before = m.groups.before;
  // ... or after a possessive ("UNICEF's Sheldon Yett").
  return ROLE_HEADS.has(before.toLowerCase()) || ORG_WORDS.has(before.toLowerCase()) || /\p{L}['’]s$/u.test(before) ? m.groups.name : undefined;
}

/**
 * The people a lone word stands for when the text named someone earlier with it as a first name ("John" after
 * "John Hutchinson"): those people, or none (too uncertain) when the text also used the word as someone's surname
 * or for more than one person. Undefined when the word was not used as a first name.
 */
const DESCRIBED_FIRST_NAME = new RegExp(`^(?:(?:his|her|their|the|a)\\s+)?(?:[\\p{Ll}\\-]+\\s+){1,3}(${NAME_WORD})$`, 'u');

function firstNameReference(word: string, at: number, ctx: Context): Entity[] | undefined {
  if (!new RegExp(`^${NAME_WORD}$`, 'u').test(word) || !ctx.names) return undefined;
  const w = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // (A few paragraphs back, not the whole text: a keystroke re-attributes every quote of a draft.)
  const from = Math.max(ctx.from, at - 2000);
  const earlier = ctx.text.slice(from, at);
  // A word of titles or places is no first name ("Minister said"), but a Korean family name before a hyphenated
  // given name is the name used alone: "Park Ji-won … Park argued".
  // ("Jet-ski operator Junior Tangaroa … Junior told the meeting": a title's word that the index knows as the first
  // word of a person's name is that person's first name here.)
  const asTitle = titleWord(word) && !koreanFamilyNameIn(earlier, word);
  const people = new Set<Entity>();
  for (const m of earlier.matchAll(new RegExp(`(?<![\\p{L}\\p{M}'’\\-])${w}\\s+(?<surname>${NAME_WORD})(?![\\p{L}\\p{M}'’\\-])`, 'gu'))) {
    // (A headline's "Marsh Says …", "Trump Is Now Calling …" is no one called Marsh Says or Trump Is.)
    if (insideQuote(ctx, from + m.index!) || titleWord(m.groups!.surname) || CAPITALISED_VERB_RE.test(m.groups!.surname) || inTitleCaseLine(ctx.text, from + m.index!)) continue;
    // ("Pham Duc Loc": a word inside a longer name the index knows does not open it, so it is no first name there.)
    const longer = NAME_WORD_BEFORE.exec(earlier.slice(Math.max(0, m.index! - 30), m.index!))?.[1];
    if (longer && ctx.names.find(`${longer} ${m[0]}`).some((e) => e.type === 'person')) continue;
    for (const e of resolve(`${word} ${m.groups!.surname}`, ctx)) if (e.type === 'person' && (!asTitle || e.name.startsWith(`${word} `))) people.add(e);
  }
  if (asTitle && !people.size) return undefined;
  // ("Her husband, Dennis, … “…,” Dennis said", the sources naming one Dennis, Dennis Cabahug: in a draft, a first name
  // the draft never wrote out in full is the one person of the sources who has it, when no one is known by it alone.)
  if (!people.size && !ctx.article && !ctx.names.find(word).length) {
    const byGiven = peopleByGivenName(ctx.names, word);
    if (byGiven.length === 1) return byGiven;
    // ("Her granddaughter Ana trained … “…,” Ana jokes", the sources naming two Anas: the one of them whose role is the
    // description the draft put before the first name.)
    const describedAs = [...ctx.text.slice(from, at + word.length).matchAll(new RegExp(`\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}?([\\p{Ll}\\-]+),?\\s+${w}(?![\\p{L}\\p{M}'’\\-])`, 'gu'))].map((m) => m[1]);
    const described = byGiven.filter((e) => describedAs.some((noun) => e.roles.some((r) => roleHasWords(r.text, [noun]))));
    return described.length === 1 ? described : undefined;
  }
  if (!people.size) return undefined;
  // ("Pham Duc Loc … Duc said", with Tran Minh Duc named before: a word that also ends a name may be that one's.)
  // (Quotations are skipped by the text's own quotation spans: straight marks paired by a pattern can swallow the
  // narration between two quotations.)
  // ("Commander Sergei Bortnik … Sergei added": not after a title's word.)
  const asSurname = [...earlier.matchAll(new RegExp(`(?<![\\p{L}\\p{M}'’\\-])(${NAME_WORD})\\s+${w}(?![\\p{L}\\p{M}'’\\-])`, 'gu'))].some((m) => !insideQuote(ctx, from + m.index!) && !titleWord(m[1]));
  return people.size === 1 && !asSurname ? [...people] : [];
}

/**
 * The people and bodies a subject names (mentions from before it up to its end): not a possessor ("Zakharova's
 * deputy"), a name qualifying a noun ("a Houthi spokesman"), or a name before the subject across a quotation or a verb.
 */
function namedInSubject(candidates: Mention[], subjectStart: number, subjectEnd: number, ctx: Context): Entity[] {
  return candidates
    .filter((m) => !POSSESSOR_RE.test(ctx.text.slice(m.at, subjectEnd + 1)))
    .filter((m) => !QUALIFYING_NAME_RE.test(ctx.text.slice(m.at, subjectEnd)))
    // (Not past a quotation or a verb, nor past a clause set off by a comma and its linking words: "jailed by the Supreme
    // Court in Victoria yesterday, in what the judge called" starts a new subject.)
    .filter((m) => {
      if (m.at >= subjectStart) return true;
      const between = ctx.text.slice(m.at, subjectStart);
      return !QUOTE_OR_VERB_RE.test(between) && !CLAUSE_LINK_RE.test(between);
    })
    .map((m) => m.entity);
}

const NICKNAME_AFTER_AS = /(\sas\s)[“"]([\p{L}\p{M}'’ \-]{1,30})[”"]/gu;
const CLAUSE_LINK_RE = /,\s+(?:in\s+what|in\s+which|which|as|when|while|where|after|before|because|although|though)\s/;
const NAME_WORD_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{M}'’\\-])(\\p{Lu}[\\p{L}\\p{M}'’\\-]*)\\s+$`, 'u');

/** The people of the index whose full name opens with `word`, grouped once per index (and again when it grows). */
const givenNameIndex = new WeakMap<NameIndex, { size: number; byWord: Map<string, Entity[]> }>();
function peopleByGivenName(names: NameIndex, word: string): Entity[] {
  let cached = givenNameIndex.get(names);
  if (!cached || cached.size !== names.entities.length) {
    const byWord = new Map<string, Entity[]>();
    for (const e of names.entities) {
      const first = e.type === 'person' && e.name.includes(' ') ? e.name.slice(0, e.name.indexOf(' ')) : undefined;
      if (!first) continue;
      const people = byWord.get(first);
      if (people) people.push(e);
      else byWord.set(first, [e]);
    }
    givenNameIndex.set(names, (cached = { size: names.entities.length, byWord }));
  }
  return cached.byWord.get(word) ?? [];
}

/** Whether `text` has `word` before a hyphenated given name ("Park Ji-won"). Looked for by place, not by a pattern made
 * for the word: every title word a speaker is named by asks. */
const HYPHENATED_GIVEN = /\s+\p{Lu}\p{Ll}+-\p{Ll}+(?![\p{L}\p{M}'’\-])/uy;
function koreanFamilyNameIn(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (i > 0 && /[\p{L}\p{M}'’\-]/u.test(text[i - 1])) continue;
    HYPHENATED_GIVEN.lastIndex = i + word.length;
    if (HYPHENATED_GIVEN.test(text)) return true;
  }
  return false;
}

/** Whether the line holding `at` is a headline in title case (names.ts's `isHeadline`, without corpus statistics). */
function inTitleCaseLine(text: string, at: number): boolean {
  const end = text.indexOf('\n', at);
  return isHeadline(text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? text.length : end));
}

/**
 * The person a mention most likely stands for when it names several ("Sanders": Bernie, Jane, Felicia): the one the
 * text named in full last before it (a few paragraphs back), else the one the sources mention most. (Mentions at one
 * place are adjacent; the answer is kept per place, as every pronoun nearby asks again.)
 */
function likelyPerson(m: Mention, mentions: Mention[], ctx: Context): Entity {
  const known = (ctx.likely ??= new Map()).get(m.at);
  if (known) return known;
  const at = firstMentionFrom(mentions, m.at);
  const here: Entity[] = [];
  for (let i = at; i < mentions.length && mentions[i].at === m.at; i++) if (mentions[i].entity.type === 'person') here.push(mentions[i].entity);
  if (here.length <= 1) return m.entity;
  // ("Ferreira called that a step forward", after "His daughter, Ana Ferreira": in a source, the person the name index
  // gave this very mention to, when it gave it to one.)
  const owners = ctx.article ? here.filter((e) => e.mentions.some((x) => x.article === ctx.article && x.start === m.at)) : [];
  if (owners.length === 1) {
    ctx.likely.set(m.at, owners[0]);
    return owners[0];
  }
  const earlier = ctx.text.slice(Math.max(ctx.from, m.at - 3000), m.at);
  let best: Entity | undefined;
  let bestAt = -1;
  const lastAt = lastIndexOfEach(earlier, here.map((e) => e.name));
  here.forEach((e, k) => {
    const i = e.name.includes(' ') ? lastAt[k] : -1;
    if (i > bestAt) [best, bestAt] = [e, i];
  });
  best ??= here.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
  ctx.likely.set(m.at, best);
  return best;
}

/**
 * `text.lastIndexOf(name)` for each name. Namesakes share a word (the surname), so its few places in the text are
 * found once and each name is tried there: a big archive gives a common surname dozens of people, and searching
 * the text for each was a fifth of a re-check.
 */
function lastIndexOfEach(text: string, names: string[]): number[] {
  const full = names.find((n) => /\S\s+\S/.test(n));
  const anchor = full?.slice(full.lastIndexOf(' ') + 1);
  if (!anchor) return names.map((n) => text.lastIndexOf(n));
  const hits: number[] = [];
  for (let i = text.indexOf(anchor); i >= 0; i = text.indexOf(anchor, i + 1)) hits.push(i);
  return names.map((name) => {
    // Every place `name` occurs has the anchor at its first offset in `name`.
    const k = name.indexOf(anchor);
    if (k < 0) return text.lastIndexOf(name);
    for (let h = hits.length - 1; h >= 0; h--) if (hits[h] >= k && text.startsWith(name, hits[h] - k)) return hits[h] - k;
    return -1;
  });
}

const THE_DOCUMENT = /^(?:the|its|his|her|their)\s+(?:(?:written|joint|brief|short)\s+)?(?:statement|release|press\s+release|communiqué|letter|notice)$/i;
// "… said in a statement", "… issued a statement", "… released a letter": who put out a document.
const ISSUED_DOCUMENT = /^(\p{Lu}[\p{L}\p{M}\p{N}'’.\-]*(?:\s+(?:of|for|and|the|on|\p{Lu}[\p{L}\p{M}\p{N}'’.\-]*)){0,8}?)(?:\s*\([^()]{1,40}\))?(?:,[^,;:“”"]{1,60},)?\s+(?:(?:said|announced|added|warned|confirmed|stressed)\s+(?:on\s+\p{Lu}\p{L}+\s+)?in\s+an?|(?:issued|released|published|put\s+out|sent)\s+an?)\s+(?:(?:written|joint|brief|short|press)\s+)?(?:statement|release|communiqué|letter|notice)\b/u;

/** The person or body that issued the document "The statement" means: the last one this paragraph or the one before names so. */
function documentAuthor(ctx: Context, at: number, mentions: Mention[]): Speaker | undefined {
  const from = paragraphStart(ctx.text, Math.max(0, paragraphStart(ctx.text, at) - 1));
  const near = mentionsBetween(mentions, from, at);
  for (let i = near.length - 1; i >= 0; i--) {
    const m = near[i];
    if (insideQuote(ctx, m.at)) continue;
    const issued = ISSUED_DOCUMENT.exec(ctx.text.slice(m.at, m.at + 240));
    if (issued) return { text: issued[1], start: m.at, end: m.at + issued[1].length, entities: [m.entity], via: 'before' };
  }
  return undefined;
}

/** "Haley" when the text named "Nikki Haley" earlier: the full name a bare surname stands for. */
function fullNameBefore(text: string, at: number, ctx: Context): string | undefined {
  if (!new RegExp(`^${NAME_WORD}$`, 'u').test(text) || titleWord(text)) return undefined;
  const surname = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{M}'’\\-])(?<first>${NAME_WORD})(?:\\s+\\p{Lu}\\.)?\\s+${surname}(?![\\p{L}\\p{M}'’\\-])`, 'gu');
  let found: string | undefined;
  for (const m of ctx.text.slice(ctx.from, at).matchAll(re)) {
    if (!titleWord(m.groups!.first) && !insideQuote(ctx, ctx.from + m.index!)) found = m[0];
  }
  return found;
}

function speakerFrom(phrase: string, start: number, via: Speaker['via'], ctx: Context, mentions: Mention[]): Speaker | undefined {
  // "Lavrov and Rau on Tuesday said": times are not part of the speaker.
  let text = phrase.trim().replace(/[,;:]+$/, '').replace(/\s+(?:on|last|this|next)\s+\p{Lu}\p{L}+$|\s+\p{Lu}\p{L}+day$/u, '');
  // "Smith (a colleague of Jones) said", "Smith – Jones's deputy – said": an aside about the subject names others.
  text = text.replace(/\s*\([^()]*\)$/, '').replace(/\s[–—]\s[^–—]*\s[–—]$/, '');
  if (!text) return undefined;
  let s = start + phrase.indexOf(text);
  // "Met Éireann's warning read", "the ministry's statement said": the words are the document's author's.
  const document = DOCUMENT_OF.exec(text);
  if (document?.groups) text = document.groups.owner;
  // "The Ministry of Health said in a statement that … The statement added: “…”": the document named alone is the
  // one just issued, and its words are its author's.
  if (THE_DOCUMENT.test(text)) {
    const author = documentAuthor(ctx, s, mentions);
    if (author) return author;
  }
  // "The head of the police's internal investigators": the description starts before "of".
  const headOf = /(?:^|[\s,])((?:the|a|an)\s+[\p{L}'’\-]+(?:\s+[\p{L}'’\-]+)?\s+of\s+)$/iu.exec(ctx.text.slice(Math.max(0, s - 40), s));
  if (headOf && !PRONOUNS.test(text) && via !== 'according-to') {
    s -= headOf[1].length;
    text = headOf[1] + text;
  }
  // "... again in January she said": the pronoun is the subject, not the words before it.
  const trailingPronoun = /\s(he|she|they|it|we|I)$/.exec(text);
  if (trailingPronoun) {
    s += text.length - trailingPronoun[1].length;
    text = trailingPronoun[1];
  }
  if (PRONOUNS.test(text)) {
    // "she said": in this paragraph, the person last named as a speaker, else the first person it names (its
    // subject); failing both, the person last named as a speaker in the paragraph before. ("It"/"they" may also
    // be an organisation.)
    const wantOrg = /^(?:it|they)$/i.test(text);
    // ("she" passes over a man the sources show as one: gender.ts. A surname several people share is judged by the
    // one it most likely stands for.)
    const paraStart = paragraphStart(ctx.text, s);
    // ("MARCUS FERGUSON: … the Minister of Works, Clement Rahming, was asked … He told members, “…”": a transcript's
    // speaker, labelled at the start of the turn, says "I", not "he"; the turn's third person is someone else.)
    // (A label opens its paragraph, so only a mention within its first few characters is looked at.)
    const turnLabel = (m: Mention) => m.at >= paraStart && m.at - paraStart <= 30 && /^\s*(?:\[[^\]\n]{1,20}\]\s*)?$/.test(ctx.text.slice(paraStart, m.at)) && /^[\p{Lu}\p{M} .'’\-]+:/u.test(ctx.text.slice(m.at, m.at + 60));
    const thirdPerson = /^(?:he|she|they|it)$/i.test(text);
    // ("Jaco Kilabuk, who is no relation to you, Leah, is 84 … he told me": someone spoken to is no "he" or "she".)
    const addressed = (m: Mention) => VOCATIVE_BEFORE.test(ctx.text.slice(Math.max(0, m.at - 24), m.at));
    const fits = (m: Mention) => m.at < s && !(thirdPerson && (turnLabel(m) || addressed(m))) && ((m.entity.type === 'person' && pronounFits(text, likelyPerson(m, mentions, ctx))) || (wantOrg && m.entity.type === 'organization'));
    const prevStart = paragraphStart(ctx.text, Math.max(0, paraStart - 1));
    // Only the mentions of these two paragraphs matter (mentions are in text order; a big archive has many).
    const near = mentionsBetween(mentions, prevStart, s);
    const here = near.filter((m) => m.at >= paraStart && fits(m));
    const before = near.filter((m) => m.at < paraStart && fits(m));
    const speakingHere = [...here].reverse().find((m) => m.speaks);
    // ("McCain made his remarks at a breakfast. He recalled the Tea Party. ¶ “…,” he concluded.": with no one named in
    // this paragraph and no speaker in the one before, its only person, opening a sentence there, is the subject.)
    const opensSentence = (m: Mention) => /(?:^|[.!?]["”’]*\s+|\n\s*)$/.test(ctx.text.slice(Math.max(ctx.from, m.at - 4), m.at));
    // ("In Sefwi Wiawso itself, farmer Kofi Boateng has cut …": after a phrase set off by a comma and a word for what
    // they do, the person is still the sentence's subject.)
    const subjectOfSentence = (m: Mention) => opensSentence(m) || onceAt(ctx, 'fronted', m.at, () => FRONTED_SUBJECT.test(ctx.text.slice(Math.max(ctx.from, m.at - 100), m.at)));
    // ("By the door of the house, Gulnara keeps a bag packed. “…,” she says": the subject after a fronted phrase, named
    // after the speaker, is a rival too.)
    const frontedSubject = (m: Mention) => onceAt(ctx, 'phrase', m.at, () => frontedPhraseBefore(ctx.text.slice(Math.max(ctx.from, m.at - 100), m.at)));
    const soleBefore = () => (new Set(before.map((m) => surnameKey(m.entity))).size === 1 && before.some(subjectOfSentence) ? before[0] : undefined);
    // ("Its lead, Fatima Zahra Idrissi, works the salt pans. “…,” she said": named in apposition to the description
    // that opens the sentence, the person is its subject.)
    // (The name as written there may be short: "Her husband, Dennis," for Dennis Cabahug.)
    const describedSubject = (m: Mention) => {
      if (!onceAt(ctx, 'described', m.at, () => descriptionOpensBefore(ctx.text.slice(Math.max(ctx.from, m.at - 50), m.at)))) return false;
      const end = m.at + (WRITTEN_NAME.exec(ctx.text.slice(m.at, m.at + 80))?.[0].length ?? m.entity.name.length);
      return VERB_AFTER_APPOSITIVE.test(ctx.text.slice(end, end + 80));
    };
    let pick: Mention | undefined = speakingHere ?? here[0] ?? [...before].reverse().find((m) => m.speaks) ?? soleBefore();
    // ("“…,” said Joost Hoogeveen … His wife, Marijke Hoogeveen, keeps the ship's books. She was blunt:": a person of
    // the pronoun's known sex, the subject of a later sentence, over a speaker whose sex the text does not show.)
    const sex = pronounGender(text);
    if (sex && pick && pick === speakingHere && personGender(likelyPerson(pick, mentions, ctx)) !== sex) {
      const later = here.filter((m) => m.at > pick!.at && /[.!?]["”’]?\s/.test(ctx.text.slice(pick!.at, m.at)) && personGender(likelyPerson(m, mentions, ctx)) === sex && (opensSentence(m) || describedSubject(m))).pop();
      if (later) pick = later;
    }
    // Someone the index does not know spoke more recently: the pronoun is probably theirs.
    if (pick && unknownSpeakers.some((u) => u > pick!.at && u < s && u >= prevStart)) pick = undefined;
    // Firm only when the person was just named as a speaker; a paragraph's subject is a good guess, not proof.
    // A name the index holds under several entries ("Lam": "Carrie Lam", "Executive Carrie Lam") gives them all.
    let entities = pick ? [...new Set(near.filter((m) => m.at === pick!.at && fits(m)).map((m) => m.entity))] : [];
    // ("Mr Marsh said … “…,” he said", with a Dr Helen Marsh in the sources: "he" is the man of the two.)
    if (entities.length > 1 && /^(?:he|she)$/i.test(text)) {
      const ofSex = entities.filter((e) => e.type === 'person' && mayBeOfSex(e, pronounGender(text)!));
      if (ofSex.length === 1) entities = ofSex;
    }
    // ("Abenov, asked about Seitkali's comments, said … “…,” he said", with a Yerlan and a Bolat Abenov: in a source, the
    // one the name index gave the picked mention to, when it gave it to one.)
    // (Not a possessor: "Sekese's daughter, Palesa Sekese," is the daughter's sentence.)
    const possessorPicked = () => /['’]s?$/.test(WRITTEN_NAME.exec(ctx.text.slice(pick!.at, pick!.at + 80))?.[0] ?? '');
    if (entities.length > 1 && pick && ctx.article && !possessorPicked()) {
      const owners = entities.filter((e) => e.mentions.some((x) => x.article === ctx.article && x.start === pick!.at));
      if (owners.length === 1) entities = owners;
    }
    // ("His son, Saad Ali Dihi, 29, … The elder Dihi does not dispute this. “…,” he said": "the elder" or "the younger"
    // before a surname two people share picks one by the ages the text gives, else by which is the other's child.)
    if (entities.length > 1 && pick) {
      const generation = /\b(?:the|The)\s+(elder|older|younger)\s+$/.exec(ctx.text.slice(Math.max(ctx.from, pick.at - 16), pick.at));
      if (generation) entities = byGeneration(entities, generation[1] !== 'younger', ctx.text);
    }
    // ("Ms Lim, who is no relation of the farm manager, Lim Boon Keat, insisted … “…,” she said": of the namesakes a
    // surname stands for, one named in full in a relative clause about it is someone else. Not "Sekese's daughter,
    // Palesa Sekese": a possessor is no subject.)
    if (entities.length > 1 && pick) {
      const inRelativeClause = (m: Mention) => /^[^,.!?;:“”"'’]*,\s+(?:who|whose)\s[^.!?;:“”"]*$/u.test(ctx.text.slice(pick!.at, m.at));
      // (The mentions are walked once: a common surname in a big archive stands for dozens of namesakes.)
      const candidates = new Set(entities);
      const named = new Set<Entity>();
      for (const m of near) if (m.at > pick.at && candidates.has(m.entity) && m.entity.name.includes(' ') && ctx.text.startsWith(m.entity.name, m.at) && inRelativeClause(m)) named.add(m.entity);
      const namedAfter = entities.filter((e) => named.has(e));
      if (namedAfter.length && namedAfter.length < entities.length) entities = entities.filter((e) => !namedAfter.includes(e));
    }
    // Another person opened a sentence, or spoke, since: "Zhao said … Hutchinson questioned the findings. “…,” he
    // told" — the pronoun is likelier theirs, and too uncertain to accuse a writer on.
    // The picked people's surnames, once: a common surname in a big archive stands for hundreds of people.
    const pickedSurnames = new Set(entities.map(surnameKey));
    // ("… says Anna Kowalczyk. A few metres away Ewa Kowalczyk, a theatre nurse, knows what that means. “…,” she
    // says": another person of the surname, named in full as a clause's subject, is a rival too.)
    // ("His cousin Lova keeps the rota. “…,” he says": a relative named by a tie to the speaker, opening a sentence as
    // its subject, is someone else, whatever the surname.)
    const namedSubject = (m: Mention) =>
      !entities.includes(m.entity) &&
      ((ctx.text.startsWith(m.entity.name.split(/\s+/)[0], m.at) && CLAUSE_VERB_AFTER.test(ctx.text.slice(m.at + m.entity.name.length, m.at + m.entity.name.length + 120))) ||
        (TIE_OPENING.test(ctx.text.slice(Math.max(ctx.from, m.at - 40), m.at)) && VERB_AFTER_NAME.test(ctx.text.slice(m.at + (WRITTEN_NAME.exec(ctx.text.slice(m.at, m.at + 80))?.[0].length ?? 0), m.at + 120))));
    // ("Moyle had reached the same conclusion, she added:": the subject of the sentence a pronoun's report clause closes
    // is what the speaker reports on, not the speaker, or the writer would have named them.)
    const reportedOn = (m: Mention) => /,\s*$/.test(ctx.text.slice(Math.max(0, s - 3), s)) && !/[.!?;:]["”’]?\s/.test(ctx.text.slice(m.at, s));
    // (A surname several people share is a rival when any of them fits: "Uehara" for a potter and her sons.)
    // (Where the mention stands is tested first: it is cheap, and most mentions near a pronoun come before the pick.)
    const rival = near.some(
      (m) =>
        m.at > (pick?.at ?? s) &&
        m.at < s &&
        m.entity.type === 'person' &&
        !reportedOn(m) &&
        (pronounFits(text, likelyPerson(m, mentions, ctx)) || pronounFits(text, m.entity)) &&
        ((!pickedSurnames.has(surnameKey(m.entity)) && (m.speaks || opensSentence(m) || frontedSubject(m) || describedSubject(m))) || namedSubject(m)),
    );
    // In a source, the paragraph's subject is firm when no one else is named in the paragraph before the pronoun:
    // "Zapata was exhausted. “…,” he said." (A draft gains nothing from it: it misattributes by name.)
    // ("The one buyer is Samir Zerrouki … He sits with Farid drinking mint tea … “…,” he says": someone named after a
    // preposition, as the object, is no other subject.)
    // (Only in a sentence the same pronoun opens as its subject: "He sits with Farid".)
    const opensWithPronoun = new RegExp(`^${text}\\s`, 'i');
    const asObject = (m: Mention) => {
      if (m === pick || !/\b(?:with|to|for|from|by|beside|alongside|about)\s+$/.test(ctx.text.slice(Math.max(paraStart, m.at - 12), m.at))) return false;
      const opening = /(?:^|[.!?]["”’]?\s+)([^.!?]*)$/.exec(ctx.text.slice(paraStart, m.at))?.[1] ?? '';
      return opensWithPronoun.test(opening);
    };
    const alone = !!ctx.article && !!pick && pick === here[0] && new Set(here.filter((m) => !asObject(m)).map((m) => surnameKey(m.entity))).size === 1 && !unknownSpeakers.some((u) => u >= paraStart && u < s);
    // "One of the victims decided to go public. She said …": someone described, not named, opened a sentence since
    // the picked person was named; the pronoun may well be theirs.
    const since = Math.max(paraStart, pick ? pick.at : paraStart);
    const described = [...ctx.text.slice(since, s).matchAll(DESCRIBED_SUBJECT)].pop();
    // ... and when that person is the last one a sentence opened with, a singular pronoun stands for them: the
    // description is the speaker ("One of the victims"), someone the text does not name.
    if (described?.groups && /^(?:he|she)$/i.test(text) && firstMentionFrom(mentions, since + described.index! + 1) === firstMentionFrom(mentions, s)) {
      const at = since + described.index! + described[0].indexOf(described.groups.np);
      return { text: described.groups.np, start: at, end: at + described.groups.np.length, entities: [], via: 'before' };
    }
    // "The judge reminded the jury … “…,” she told them": someone described by an office opened a sentence since the
    // picked person was named: the pronoun is theirs, when the article says who holds the office, and no one's for
    // sure when it does not.
    // (Only "he" or "she" asks, and only the mentions between are looked at: this runs for every pronoun.)
    const office = /^(?:he|she)$/i.test(text) ? [...ctx.text.slice(since, s).matchAll(DESCRIBED_OFFICE_SUBJECT)].pop() : undefined;
    if (office?.groups && firstMentionFrom(mentions, since + office.index! + 1) === firstMentionFrom(mentions, s)) {
      const at = since + office.index! + office[0].indexOf(office.groups.np);
      const holder = speakerFrom(office.groups.np, at, 'before', ctx, mentions);
      if (holder?.entities.length === 1 && holder.entities[0].type === 'person' && pronounFits(text, holder.entities[0])) return { ...holder, text, start: s, end: s + text.length, via: 'pronoun', confident: holder.via !== 'role' };
      return { text, start: s, end: s + text.length, entities: [], via: 'pronoun', confident: false, uncertain: true };
    }
    return { text, start: s, end: s + text.length, entities, via: 'pronoun', confident: ((!!pick && pick !== here[0]) || !!speakingHere || alone) && !rival && !described };
  }
  let entities = resolve(text, ctx);
  // "John Hutchinson was unconvinced. “…,” John said.": a first name stands for the person the text named with it.
  let byFirstName = firstNameReference(text, s, ctx);
  // ("said her son Tommy", the sources naming one Tommy, Tommy Jorlang: a first name after a description of kin or
  // occupation in lower case.)
  const describedFirst = !entities.length && !byFirstName ? DESCRIBED_FIRST_NAME.exec(text) : null;
  if (describedFirst) byFirstName = firstNameReference(describedFirst[1], s + text.length - describedFirst[1].length, ctx);
  if (byFirstName) entities = byFirstName;
  // "Russian Foreign Minister Sergey Lavrov and Poland's Foreign Minister Zbigniew Rau said": both speak.
  const parts = text.split(/\s+and\s+/);
  if (parts.length > 1) {
    const each = parts.map((p) => resolve(p, ctx).filter((e) => e.type === 'person'));
    if (each.every((e) => e.length)) entities = [...new Set(each.flat())];
  }
  // "Dr Marsh said" where the sources have Dr Helen Marsh and Mr Simon Marsh: a courtesy title picks the one the
  // sources give it, or the one whose first name is of its sex ("Mrs Fairweather": Joan, not Colin).
  const courtesy = /^(Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady)\.?\s+\p{Lu}/u.exec(text.trim())?.[1];
  if (courtesy && entities.length > 1 && entities.every((e) => e.type === 'person') && new Set(entities.map(surnameKey)).size === 1) {
    const titled = entities.filter((e) => e.roles.some((r) => roleHasWords(r.text, [courtesy.toLowerCase()])));
    const sex = /^(?:Mr|Sir|Lord)$/.test(courtesy) ? 'male' : /^(?:Mrs|Ms|Miss|Dame|Lady)$/.test(courtesy) ? 'female' : undefined;
    // (Only those known to be of the other sex are left out: a first name of unknown sex may be anyone's.)
    const bySex = sex ? entities.filter((e) => mayBeOfSex(e, sex)) : [];
    if (titled.length === 1) entities = titled;
    else if (bySex.length === 1) entities = bySex;
  }
  // ("His uncle, Mr Teariki Tangaroa, 67, … “…,” the older Mr Tangaroa said", with Junior Tangaroa, 29: of namesakes
  // whose ages the text gives, the older or the younger.)
  const elder = entities.length > 1 ? /^the\s+(older|elder|younger)\s/i.exec(text.trim()) : null;
  if (elder && entities.every((e) => e.type === 'person')) {
    const ages = entities.map((e) => ageGiven(ctx.text, e.name));
    if (ages.every((a) => a !== undefined) && new Set(ages).size === ages.length) {
      const pick = /younger/i.test(elder[1]) ? Math.min(...(ages as number[])) : Math.max(...(ages as number[]));
      entities = [entities[ages.indexOf(pick)]];
    }
  }
  // "Cllr Tom Whitley … said he … “…,” Cllr Whitley said": a surname two people share stands for the one of them
  // written out in full last in the paragraph. (Shared as a word of their names: "Vélez" is María José Vélez's
  // surname and Esteban Vélez Andrade's first one.)
  if (entities.length > 1 && entities.every((e) => e.type === 'person') && (new Set(entities.map(surnameKey)).size === 1 || shareLastWord(text, entities))) {
    const para = paragraphStart(ctx.text, s);
    // (Its mention may open with a title: "Cllr Tom Whitley".)
    const inFull = (m: Mention) => entities.includes(m.entity) && m.entity.name.includes(' ') && ctx.text.slice(m.at, m.at + m.entity.name.length + 12).includes(m.entity.name);
    const before = firstMentionFrom(mentions, s);
    let k = before - 1;
    while (k >= 0 && mentions[k].at >= para && !inFull(mentions[k])) k--;
    if (k >= 0 && mentions[k].at >= para) entities = [mentions[k].entity];
    else {
      // ("Rowena Cabahug, 34, was the first witness. ¶ “…,” Cabahug testified", her husband Dennis Cabahug named only
      // later: the one of them the text has named in full so far.)
      // (Any full form counts, "Peggy Halloran" for Margaret Halloran: a draft may name her so.)
      const fullForm = (m: Mention) => entities.includes(m.entity) && [m.entity.name, ...m.entity.aliases].some((f) => f.includes(' ') && ctx.text.startsWith(f, m.at));
      const named = new Set(mentions.slice(0, before).filter((m) => m.at >= ctx.from && fullForm(m)).map((m) => m.entity));
      if (named.size === 1) entities = [...named];
    }
  }
  let how = via;
  // "A spokesman close to Helena Marsh", "an aide to Marsh", "the mother of the boys": a person described by their
  // tie to the one named is someone else.
  const described = DESCRIBED_BY_TIE.test(text) && entities.some((e) => e.type === 'person');
  // A person the index does not know, named after a title, or by a surname whose full name came earlier.
  let name: string | undefined;
  if (!entities.some((e) => e.type === 'person')) {
    const titled = titledName(text);
    // "Former US Ambassador to the United Nations Nikki Haley": an organisation whose name ends in a person's is
    // a misreading of a title.
    // "Valiant Entertainment editor Heather Antos": the titled person, not the organisation before the title.
    if (titled) {
      name = titled;
      entities = [];
    } else if (!entities.length && !byFirstName) name = fullNameBefore(text, s, ctx);
  }
  // "the Castleford manager said": a person who holds a role in the body, not the body: the one person named before
  // whose role has every word of the description.
  const bodyRole = BODY_ROLE.exec(text.trim());
  // (In a source article only: the roles are those it gives. A draft's description is matched in attributionCheck.)
  if (ctx.article && bodyRole && entities.length && entities.every((e) => e.type !== 'person') && !name && (ROLE_HEADS.has(bodyRole[1].toLowerCase()) || PERSON_NOUN_WORDS.has(bodyRole[1].toLowerCase()))) {
    const words = roleWords(text).slice(1);
    const holders = new Set<Entity>();
    for (let k = firstMentionFrom(mentions, s) - 1; k >= 0; k--) {
      const e = mentions[k].entity;
      if (e.type === 'person' && e.roles.some((r) => r.article === ctx.article && roleHasWords(r.text, words))) holders.add(e);
    }
    // (No one, or several: the body still tells whose side the words are from, as before.)
    if (holders.size === 1) entities = [...holders];
  }
  // "A foreign-funded charity, Steppe Relief Mongolia, gave … The charity said": a body named by its kind is the one
  // body of that kind the text has named (its name holds the word, or the word stands beside its name).
  if (!entities.length && !name) {
    const body = bodyOfKind(text, s, ctx, mentions);
    if (body) return { text, start: s, end: s + text.length, entities: [body], via };
  }
  // ("Rubén Oyarzún Barría, 58, and his nephew, Matías Oyarzún, 31, … The older man told the court": in a source, of
  // the men named in the last few paragraphs, the older or the younger, by the ages given or by who is whose child.)
  const generation = !entities.length && !name && ctx.article ? /^the\s+(older|elder|younger)\s+(man|woman)$/i.exec(text) : null;
  if (generation) {
    let from = s;
    for (let k = 0; k < 3; k++) from = paragraphStart(ctx.text, Math.max(0, from - 1));
    const sex = generation[2].toLowerCase() === 'man' ? 'male' : 'female';
    const people = [...new Set(mentionsBetween(mentions, from, s).map((m) => m.entity))].filter((e) => e.type === 'person' && mayBeOfSex(e, sex));
    const chosen = people.length > 1 ? byGeneration(people, generation[1].toLowerCase() !== 'younger', ctx.text) : [];
    if (chosen.length === 1) return { text, start: s, end: s + text.length, entities: chosen, via };
  }
  if (!entities.length && !name) {
    entities = resolveRole(text, ctx, s, mentions);
    // A role is only a guess at its holder, unless the description fits a role of theirs word for word ("Russia's
    // foreign minister" for "Russian Foreign Minister Sergey Lavrov") and no one else named before holds such a role.
    // ("Ferrer said Madrid would press for a review. “…,” the Spanish minister said": the description, a nationality
    // apart, is a role of the last person named in the paragraph, who opened a sentence: firm too.)
    if (entities.length && !roleFitsOnly(text, entities[0], s, mentions) && !(headIsRoleOf(text, entities[0]) && lastPersonNamed(entities[0], s, mentions, ctx))) how = 'role';
  }
  // Keep only the words that name the speaker ("the head of Poland's Ministry, Zbigniew Rau" -> "Zbigniew Rau").
  return { text, start: s, end: s + text.length, entities, via: how, ...(name ? { name } : {}), ...(described ? { uncertain: true } : {}) };
}

/**
 * "NATO's secretary-general, Jens Stoltenberg, wrote": when the subject names no person, a person named in the
 * appositive is the speaker.
 */
function preferAppositivePerson(speaker: Speaker | undefined, appos: string | undefined, at: number, ctx: Context, mentions: Mention[]): Speaker | undefined {
  // "Dunn, like Cole, said", "Dunn, along with Cole, said": a comparison or a companion, not the subject's name. The
  // words are the subject's, and may as well be the other's: "Brandt, like Mendes, called the talks “constructive”"
  // is no reason to accuse a writer who quotes Mendes.
  for (const part of (appos ?? '').split(',').map((p) => p.trim())) {
    const alike = /^(?:like|as\s+did|along\s+with|together\s+with|alongside|as\s+well\s+as)\s+(.+)$/u.exec(part);
    if (!alike || !appos || !speaker?.entities.some((e) => e.type === 'person')) continue;
    const other = speakerFrom(alike[1], at + appos.indexOf(part) + part.indexOf(alike[1]), 'before', ctx, mentions);
    const people = other?.entities.filter((e) => e.type === 'person') ?? [];
    if (people.length) speaker = { ...speaker, entities: [...new Set([...speaker.entities, ...people])] };
  }
  // (A role resolved to whoever last held it, "The Russian Foreign Minister, Sergey Lavrov, said", yields to the
  // person the appositive names.)
  // (So does a role description firm enough to name its holder: "The envoy" is not a name.)
  const subject = speaker;
  const byName = subject?.entities.some((e) => e.type === 'person' && [e.name, ...e.aliases].some((f) => subject.text.includes(f)));
  if (!appos || (speaker?.via !== 'role' && byName)) return speaker;
  for (const part of appos.split(',').map((p) => p.trim()).filter(Boolean)) {
    // "which replaced Imus in the Morning", "hosted by Bernard McGuirk": a clause about the subject names others.
    // ("Dunn, like Cole, said": the comparison was read above.)
    if (/^(?:which|who|whom|whose|where|when|that|while)\b|^\p{Ll}+ed\s+by\b|^(?:like|unlike|as\s+did|along\s+with|together\s+with|alongside|with|including|as\s+well\s+as)\b/u.test(part)) continue;
    const named = speakerFrom(part, at + appos.indexOf(part), speaker?.via === 'role' ? 'before' : speaker?.via ?? 'after', ctx, mentions);
    // (A person the index does not know counts: "The sheriff, Bill Brown, said".)
    if ((named?.entities.some((e) => e.type === 'person') || (named && !named.entities.length && isFullName((named.name ?? named.text).trim()))) && !PRONOUNS.test(named!.text)) return named;
    // ("The company that owns the plant, Kingnait Seafoods, said": a body named after the description of its kind.)
    if (speaker && !speaker.entities.length && !speaker.name && BODY_DESCRIBED.test(speaker.text.trim()) && named?.entities.length && named.entities.every((e) => e.type === 'organization')) return named;
  }
  return speaker;
}

// ", two officials said,": an aside that attributes, not an appositive.
const PARENTHETICAL_ATTRIBUTION = /^,\s*(?:[^,]{1,40}\s)?(?:said|says|say|told|tells|added|adds|wrote|writes|reported|reports)\s*,$/;

/** Where the attribution before is looked for: a quotation, or a bare offset (the colon leading into a block quote). */
type Anchor = DraftQuote | { start: number };
const isQuotation = (q: Anchor): q is DraftQuote => 'end' in q;
const VERB_OF_SAYING = new RegExp(`\\b(?:${VERBS})\\b`);

/** The attribution in the sentence before a quotation, which starts at `start` ("Lavrov said: “…”"). */
function speakerBefore(ctx: Context, q: Anchor, mentions: Mention[]): Speaker | undefined {
  let speaker: Speaker | undefined;
  let before = sentenceBefore(ctx, q);
  // "When Boris Johnson asked the Queen to suspend Parliament, Labour leader Jeremy Corbyn called it a ‘…’": a clause
  // opening the sentence with "when", "after", "as" … sets the scene; the main clause after its comma has the speaker.
  // ("As Smith said, “…”" has nothing after the comma but the quotation: that clause is the attribution.)
  const scene = SCENE_CLAUSE_RE.exec(before.text);
  if (scene && /\p{L}/u.test(before.text.slice(scene[0].length))) before = { start: before.start + scene[0].length, text: before.text.slice(scene[0].length) };
  // "Arne Johansen says the work is slow; his son Stian is more hopeful: “…”": a clause after a semicolon that leads
  // into the quotation with a colon has its own subject. ("His wife Marta is still waiting for the money, and Jože
  // shrugs: “…”", "…, but the minister was firm:": so does one after ", and" or ", but".)
  // (The clause runs from `at`, where its boundary starts, past the boundary's `length`.)
  // ("…, but after the verdict Rudy sounded defiant:": a short phrase of when may open that clause, with no comma.)
  const toLeadClause = (at: number, length: number) => {
    const rest = before.text.slice(at + length);
    if (insideQuote(ctx, before.start + at)) return;
    const setting = CLAUSE_SETTING.exec(rest)?.[0].length ?? 0;
    if (COLON_LEAD_RE.test(rest)) before = { start: before.start + at + length, text: rest };
    else if (setting && COLON_LEAD_RE.test(rest.slice(setting))) before = { start: before.start + at + length + setting, text: rest.slice(setting) };
  };
  if (/:\s*$/.test(before.text)) {
    const semicolon = before.text.lastIndexOf('; ');
    if (semicolon > 0) toLeadClause(semicolon, 2);
    const coordinated = /,\s+(?:and|but)\s+(?![^,;]*,\s+(?:and|but)\s)/u.exec(before.text);
    if (coordinated) toLeadClause(coordinated.index, coordinated[0].length);
  }
  // "Hansen then read out a message from the chief executive, Petter Moe, who was in Oslo: “…”": the words are the
  // message's author's, not the reader's.
  // ("The bleakest prediction comes from his grandfather Rolf: “…”", "The last word went to the mayor, Ana Ruiz:": the
  // words come from whoever the sentence says they come from.)
  const message = /:\s*$/.test(before.text) ? (MESSAGE_FROM_RE.exec(before.text) ?? MESSAGE_READ_RE.exec(before.text) ?? COMES_FROM_RE.exec(before.text)) : null;
  if (message?.groups) {
    const whoAt = before.start + message.index + message[0].indexOf(message.groups.who, message[0].search(/\s(?:from|by|to)\s/));
    const author = speakerFrom(message.groups.who, whoAt, 'before', ctx, mentions);
    // ("came from the treasurer, Tomas Berglund:": the name after the description, just before the colon.)
    const namedAt = message.groups.named ? before.start + message.index + message[0].lastIndexOf(message.groups.named) : -1;
    const named = message.groups.named
      ? (speakerFrom(message.groups.named, namedAt, 'before', ctx, mentions) ?? author)
      : message.groups.appos
        ? preferAppositivePerson(author, message.groups.appos, whoAt + message.groups.who.length, ctx, mentions)
        : author;
    if (named) return named;
  }
  const accSubject = ACCORDING_SUBJECT_RE.exec(before.text);
  let accBefore = ACCORDING_RE.exec(before.text);
  // ("According to X, he said “…”": a clause with its own verb of saying is no description.)
  if (accBefore?.groups?.appos && VERB_OF_SAYING.test(accBefore.groups.appos)) accBefore = null;
  // (The pattern only where its words are: it is tried for every quotation.)
  const accDescribed = /ccording\s+to|words\s+of/.test(before.text) ? ACCORDING_DESCRIBED_RE.exec(before.text) : null;
  const acc = accDescribed ?? accBefore ?? (accSubject && !VERB_OF_SAYING.test(accSubject.groups!.rest) ? accSubject : null);
  const passive = PASSIVE_BY_RE.exec(before.text);
  const inverted = INVERTED_RE.exec(before.text);
  if (passive?.groups) speaker = speakerFrom(passive.groups.who, before.start + passive.index + passive[0].indexOf(passive.groups.who, passive[0].indexOf(' by ')), 'before', ctx, mentions);
  else if (inverted?.groups) speaker = speakerFrom(inverted.groups.who, before.start + inverted.index + inverted[0].indexOf(inverted.groups.who), 'before', ctx, mentions);
  else if (acc?.groups) speaker = speakerFrom(acc.groups.who, before.start + acc.index + acc[0].indexOf(acc.groups.who), 'according-to', ctx, mentions);
  else {
    // The main clause's speech verb comes first ("Lavrov noted that Russia declared ..."); verbs inside
    // other quotations do not count.
    // ... unless a later verb leads straight into the quote ("..., while Sarkozy said: «...»").
    // ("Calder, two officials said, grumbled that …": an aside that attributes is no appositive of the subject.)
    // ("a written answer to questions": after a preposition, a verb's form is a noun, and what comes before no subject.)
    let outside = [...before.text.matchAll(BEFORE_RE)].filter(
      (m) =>
        !insideQuote(ctx, before.start + m.index!) &&
        !PARENTHETICAL_ATTRIBUTION.test(m.groups?.appos ?? '') &&
        !(!m.groups?.appos && /\s(?:to|of|for|from|with|by|about)$/.test(m.groups?.subj ?? '')) &&
        // ("had an answer for those who said the hotel was too big:": people in general, whoever says so, speak no
        // quotation.)
        !(/\swho\s/.test(m[0]) && GENERIC_WHO_SUBJECT.test(m.groups?.subj ?? '')),
    );
    if (!outside.length && /\b(?:wants|wanted|for)\s*$/.test(before.text)) outside = [...before.text.matchAll(ASKS_FOR_RE)].filter((m) => !insideQuote(ctx, before.start + m.index!)).slice(-1);
    // "A spokesman said “…”, while Pompeo said there was “…”": a verb that already led into an earlier quotation
    // of the sentence is not this one's.
    // "Of Lee, Roberts said nothing; Lee said the crowd “…”": a clause after a semicolon, a dash or ", but" has its
    // own subject, nearer the quotation.
    const clauseBreak = [...before.text.matchAll(/;\s|\s[—–]\s|,\s+(?:but|while|whereas)\s/g)].pop();
    if (clauseBreak && outside.some((m) => m.index! >= clauseBreak.index! + clauseBreak[0].length)) {
      outside = outside.filter((m) => m.index! >= clauseBreak.index! + clauseBreak[0].length);
    }
    const lastQuote = ctx.quotes.filter((x) => x.start >= before.start && x.end <= q.start).pop();
    if (lastQuote && outside.some((m) => before.start + m.index! >= lastQuote.end)) outside = outside.filter((m) => before.start + m.index! >= lastQuote.end);
    // ("Lavrov said Rau had told him: “…”": a short object or phrase before the colon still leads into the quote.)
    const direct = outside.filter((m) => LEADS_IN.test(before.text.slice(m.index! + m[0].length))).pop();
    const first = direct ?? outside[0];
    // "Rau recalled Lavrov's words: “…”": the words are the possessor's.
    const possessor = first && SAID_BY_RE.exec(before.text.slice(first.index! + first[0].length));
    // "Quist quoted Marsh as saying “…”", "recalled Marsh telling her:", "accused Marsh of saying": the object who
    // says is the speaker.
    const reported = first && OBJECT_SAYING_RE.exec(before.text.slice(first.index! + first[0].length));
    if (reported?.groups) {
      const at = before.start + first!.index! + first![0].length + reported.index + reported[0].indexOf(reported.groups.obj);
      speaker = speakerFrom(reported.groups.obj, at, 'before', ctx, mentions);
    } else if (possessor?.groups && LEADS_IN.test(before.text.slice(first!.index! + first![0].length + possessor.index + possessor[0].length))) {
      const at = before.start + first!.index! + first![0].length + possessor.index + possessor[0].indexOf(possessor.groups.subj);
      speaker = speakerFrom(possessor.groups.subj, at, 'before', ctx, mentions);
      // "Bolsonaro opposed Macron's statement: “…”": after a verb of reacting the words may be either's.
      if (speaker && REACTION_VERB.test(first![0])) speaker = { ...speaker, uncertain: true };
    } else if (first?.groups) {
      let subject = first.groups.subj;
      let subjectStart = before.start + first.index! + first[0].indexOf(subject);
      let appos: string | undefined = first.groups.appos;
      let apposStart = before.start + first.index! + first[0].indexOf(appos ?? '\u0000');
      // "Of Robert Mugabe, Vladimir Putin, Russia's president, said": a fronted phrase is not the subject; the
      // first part of what looked like its appositive is.
      // (Only at the start of the sentence: "The account for The Bernie and Sid Show, which …, tweeted" has no
      // fronted phrase, and a relative clause is never the subject.)
      const fronted =
        ((FRONTED.test(subject) && /^\s*$/.test(ctx.text.slice(before.start, subjectStart))) || FRONTED_BEFORE.test(ctx.text.slice(before.start, subjectStart))) &&
        !/^,\s*(?:which|who|whose|where|that)\b/.test(appos ?? '');
      if (fronted && appos) {
        const parts = appos.slice(1, -1).split(',');
        subjectStart = apposStart + 1 + parts[0].search(/\S/);
        subject = parts[0].trim();
        appos = parts.length > 1 ? ',' + parts.slice(1).join(',') + ',' : undefined;
        apposStart = subjectStart + subject.length;
      }
      // "Erdoğan cited Article 5 of the NATO treaty and said": a subject ending in a conjunction is the end of an
      // object; the verb shares the sentence's subject, when a name or pronoun opens the sentence.
      if (/\s(?:and|or|but)$/.test(subject.trim())) {
        const opening = SENTENCE_SUBJECT_RE.exec(ctx.text.slice(before.start, subjectStart));
        if (opening?.groups) {
          subjectStart = before.start + opening.index + opening[0].indexOf(opening.groups.subj);
          subject = opening.groups.subj;
          appos = undefined;
        }
      }
      // "Jennifer Daskal of American University and contributor to Slate wrote": a bare description after "and" is a
      // second description of the sentence's subject.
      // (Only when the description names no person: "writer and performer Rob Bartlett" is his own subject.)
      speaker = speakerFrom(subject, subjectStart, 'before', ctx, mentions);
      // ("… of the Valley University and member of the Union wrote": the match may also start inside the affiliation.)
      // ("Sam Wilson of UH Mānoa's Center for Microbial Oceanography: Research and Education (C-MORE) said": or a
      // colon inside the affiliation's own name.)
      const beforeSubject = ctx.text.slice(before.start, subjectStart);
      const insideAffiliation = (/^\p{Ll}/u.test(subject) && /\b(?:and|of|from|at)\s+$/.test(beforeSubject)) || /\bof\s[^.;:“”"]*\p{Lu}[^.;:“”"]*:\s+$/u.test(beforeSubject);
      if (insideAffiliation && !speaker?.name && !speaker?.entities.some((e) => e.type === 'person')) {
        // (A role may come first: "Co-lead author Sam Wilson of …".)
        const person = (m: RegExpExecArray | null) => {
          const found = m?.groups && speakerFrom(m.groups.subj, before.start + m.index + m[0].indexOf(m.groups.subj), 'before', ctx, mentions);
          return found && found.entities.some((e) => e.type === 'person') ? found : undefined;
        };
        const named = person(OPENING_NAME_RE.exec(beforeSubject)) ?? person(PERSON_OF_RE.exec(beforeSubject));
        if (named) {
          subjectStart = named.start;
          subject = named.text;
          appos = undefined;
          speaker = named;
        }
      }
      // "A source within the Interior Ministry said": a subject found only after a preposition is the object of a
      // longer description, whose head is the real speaker.
      if (speaker && !fronted && /\p{Ll}\s+(?:within|inside|for|of|from|at|with|near|among|close\s+to)\s+$/u.test(ctx.text.slice(Math.max(before.start, subjectStart - 40), subjectStart))) {
        speaker = { ...speaker, uncertain: true };
      }
      // "His sister María José, the company's finance chief, insisted": a subject that names one person (by given names
      // only, in a draft) is that person, not the description in apposition.
      let personInSubject = false;
      if (speaker && !speaker.entities.length && !speaker.name && appos && !TIED_PERSON.test(subject.trim())) {
        const end = subjectStart + subject.length;
        const inside = namedInSubject(mentionsBetween(mentions, subjectStart, end), subjectStart, end, ctx);
        if (new Set(inside).size === 1 && inside[0].type === 'person') {
          speaker = { ...speaker, entities: [inside[0]] };
          personInSubject = true;
        }
      }
      if (!personInSubject) speaker = preferAppositivePerson(speaker, appos, apposStart, ctx, mentions);
      // "Dunn agreed with Cole that “…”", "Dunn sided with Cole, saying “…”": the words are the subject's and may be
      // the other's too.
      const sharedWith = AGREED_WITH_RE.exec(before.text.slice(first.index! + first[0].length - 12));
      if (sharedWith?.groups && speaker?.entities.some((e) => e.type === 'person')) {
        const people = resolve(sharedWith.groups.who, ctx).filter((e) => e.type === 'person');
        if (people.length) speaker = { ...speaker, entities: [...new Set([...speaker.entities, ...people])] };
      }
      // "Foreign Minister Anna Kovacs and trade envoy Peter Lindqvist said": the person before "and" speaks too.
      const coordinated = new RegExp(`(?<name>${NAME})\\s+and\\s+$`, 'u').exec(ctx.text.slice(before.start, subjectStart));
      if (coordinated?.groups && speaker?.entities.length && speaker.entities.every((e) => e.type === 'person')) {
        const also = resolve(coordinated.groups.name, ctx).filter((e) => e.type === 'person');
        if (also.length) speaker = { ...speaker, entities: [...new Set([...also, ...speaker.entities])] };
      }
      // Several people as one subject ("Lavrov and Rau said"): every person named in the subject, when only
      // names and conjunctions stand between them (not an earlier clause: "McGurk said “…”, and Haley wrote").
      // ("As the crowd cheered Sanders, his wife said": someone described by their tie to a person is not that person.)
      if (speaker && !speaker.entities.length && !speaker.name && !TIED_PERSON.test(subject.trim())) {
        const candidates = mentionsBetween(mentions, before.start, subjectStart + subject.length);
        // ("A spokesman close to Helena Marsh": the person named inside a description by a tie is someone else.)
        const tied = DESCRIBED_BY_TIE.test(subject.trim()) && candidates.some((m) => m.at >= subjectStart);
        // ("In a statement read out by Patricia Lagos, the service said": a name that ends a phrase set off before a
        // description is not what it describes.)
        // ("… no ice bridge to West Dawson in January, and the territory's highways department says": nor one that ends
        // the clause before ", and".)
        const setOff = /^(?:the|a|an|its|his|her|their)\s/.test(subject.trim()) && /,\s*(?:(?:and|but)\s+)?$/.test(ctx.text.slice(before.start, subjectStart));
        const named = namedInSubject(setOff ? candidates.filter((m) => m.at >= subjectStart) : candidates, subjectStart, subjectStart + subject.length, ctx);
        if (named.length) speaker = { ...speaker, text: subject.trim(), entities: [...new Set(named)], ...(tied ? { uncertain: true } : {}) };
      }
    } else {
      // "Quist quoted Marsh as saying “…”" (any verb before the object who says).
      const reportedAnywhere = OBJECT_AS_SAYING_RE.exec(before.text);
      const said = reportedAnywhere ? null : (SAID_BY_RE.exec(before.text) ?? PARTICIPLE_RE.exec(before.text) ?? PARTICIPLE_LEAD_RE.exec(before.text));
      if (reportedAnywhere?.groups) speaker = speakerFrom(reportedAnywhere.groups.obj, before.start + reportedAnywhere.index + reportedAnywhere[0].indexOf(reportedAnywhere.groups.obj), 'before', ctx, mentions);
      if (said?.groups) speaker = speakerFrom(said.groups.subj, before.start + said.index + said[0].indexOf(said.groups.subj), 'before', ctx, mentions);
      // "The mayor of London, Sadiq Khan, gave his condolences via Twitter, adding, “…”": the appositive's person.
      if (said?.groups?.appos) speaker = preferAppositivePerson(speaker, said.groups.appos, before.start + said.index + said[0].indexOf(said.groups.appos), ctx, mentions);
      const bareName = !said ? BARE_NAME_COLON_RE.exec(before.text) : null;
      // (The paragraph's start is looked for only when the pattern matched: it reads all the text before.)
      const titled = !said && !bareName ? NAME_TITLE_COLON_RE.exec(before.text) : null;
      const bare = bareName ?? (titled && before.start === paragraphStart(ctx.text, before.start) ? titled : null);
      if (bare?.groups) {
        // (A name in capitals, as scripts write speakers, is looked up as a name: "ANA VARGAS" is Ana Vargas.)
        const named = speakerFrom(speakerName(bare.groups.who), before.start + bare.index + bare[0].indexOf(bare.groups.who), 'before', ctx, mentions);
        if (named?.entities.some((e) => e.type === 'person') || (named && !named.entities.length && isFullName((named.name ?? named.text).trim()))) speaker = named;
      }
      // "The best line of the night was Bill Sorensen's: “…”": the possessor of the words.
      const theirs = !said && !speaker && /['’]s\s*:\s*$/.test(before.text) ? WAS_THEIRS_RE.exec(before.text) : null;
      if (theirs?.groups) speaker = speakerFrom(theirs.groups.who, before.start + theirs.index + theirs[0].indexOf(theirs.groups.who), 'before', ctx, mentions);
      // ("At a packed meeting in the village hall, Kevin Simmons had an answer …:": a phrase of where or when opening the
      // sentence is no part of the lead's subject.)
      const fronted = !said && !speaker && /:\s*$/.test(before.text) ? (FRONTED_SETTING.exec(before.text) ?? FRONTED_FOCUS.exec(before.text)) : null;
      let lead = !said && !speaker && /:\s*$/.test(before.text) ? (POSSESSIVE_LEAD_RE.exec(before.text) ?? PRONOUN_POSSESSIVE_LEAD_RE.exec(before.text) ?? COLON_LEAD_RE.exec(before.text) ?? (fronted ? COLON_LEAD_RE.exec(before.text.slice(fronted[0].length)) : null)) : null;
      if (lead && fronted && lead.input !== before.text) lead.index += fronted[0].length;
      // ("The minister was curt:": a description's noun is its subject's, not the first of the lead's words.)
      if (lead?.groups && /^(?:the|a|an)$/i.test(lead.groups.subj.trim())) lead = DESCRIPTION_LEAD_RE.exec(before.text) ?? lead;
      if (lead?.groups) {
        const leadStart = before.start + lead.index + lead[0].indexOf(lead.groups.subj);
        const led = speakerFrom(PRONOUN_OF_POSSESSIVE[lead.groups.subj] ?? lead.groups.subj, leadStart, 'before', ctx, mentions);
        // A person only: "The court heard:" introduces a witness's words, not the court's. And one: "Trump met
        // Marshall on Monday:" is no subject and its description.
        const leadEnd = leadStart + lead.groups.subj.length;
        // ("Karité du Houet's founder Salimata Ouédraogo remembered her early days:": the possessor of a description, a
        // person named after it, is not a second subject.)
        const possessorOfNamed = (m: Mention) => m.entity.type !== 'person' && subjectMentions.some((x) => x.at > m.at && x.entity.type === 'person' && /^[^,;]*['’]s\s[^,;]*$/.test(ctx.text.slice(m.at, x.at)));
        const subjectMentions = mentionsBetween(mentions, leadStart, leadEnd);
        const inSubject = new Set(subjectMentions.filter((m) => !possessorOfNamed(m)).map((m) => surnameKey(m.entity)));
        const person = inSubject.size <= 1 && led && (led.via === 'pronoun' || led.entities.some((e) => e.type === 'person') || (!led.entities.length && !!led.name));
        // ("ISRO itself sounded relaxed on X:": a body that is the subject of the lead speaks too, unless the lead says
        // it was told or heard something.)
        // (The body itself, not something of someone's: "From Bush's Facebook post:", "ISRO's engineers were calm:".)
        const body =
          inSubject.size <= 1 &&
          !!led?.entities.length &&
          led.entities.every((e) => e.type === 'organization') &&
          !RECEIVING_LEAD.test(lead[0]) &&
          !/['’]s\b/.test(lead.groups.subj);
        // ("Savitaben Koli said … Her husband had the last word: “…”": someone described by a tie to the person a pronoun
        // stands for, and not named, speaks; the words are not that person's.)
        const tied = led?.via === 'pronoun' && inSubject.size === 0 && PRONOUN_OF_POSSESSIVE[lead.groups.subj.trim()] ? TIED_LEAD_RE.exec(ctx.text.slice(leadStart, before.start + before.text.length)) : null;
        if (tied) speaker = { text: tied[1], start: leadStart, end: leadStart + tied[1].length, entities: [], via: 'before' };
        else if (person || body) speaker = led;
        // "His brother Kendall, the band's arranger, is sure it was planned:": the one person named in the subject,
        // as for a subject of "said".
        if (!speaker && led && !led.entities.length && !led.name && inSubject.size === 1 && !TIED_PERSON.test(lead.groups.subj.trim())) {
          const named = namedInSubject(subjectMentions, leadStart, leadEnd, ctx);
          if (named.length && named.every((e) => e.type === 'person')) speaker = { ...led, entities: [...new Set(named)] };
        }
        const apposName = !speaker && lead.groups.appos ? APPOSITIVE_NAME_RE.exec(lead.groups.appos) : null;
        if (apposName?.groups && inSubject.size === 0) {
          const named = speakerFrom(apposName.groups.name, before.start + lead.index + lead[0].indexOf(apposName.groups.name), 'before', ctx, mentions);
          if (named?.entities.length && named.entities.every((e) => e.type === 'person')) speaker = named;
        }
      }
      // "Angela Merkel offered “to provide …”", "Quist expressed hope that “…”": a person opening the sentence whose
      // verb takes the quotation as its object (or its "that" clause) speaks it, whatever the verb.
      const object = !said && !speaker ? OBJECT_QUOTE_RE.exec(before.text) : null;
      if (object?.groups) {
        const objectStart = before.start + object.index + object[0].indexOf(object.groups.subj);
        const named = speakerFrom(object.groups.subj, objectStart, 'before', ctx, mentions);
        const inSubject = new Set(mentionsBetween(mentions, objectStart, objectStart + object.groups.subj.length).map((m) => surnameKey(m.entity)));
        if (inSubject.size <= 1 && named?.entities.length && named.entities.every((e) => e.type === 'person')) speaker = named;
      }
      if (!said && !speaker) speaker = clauseSubject(ctx, before, q, mentions);
    }
  }
  // "The company, said Kessler, is “hiring again”": an attribution set off by commas after the verb.
  if (!speaker) {
    const aside = INVERTED_ASIDE_RE.exec(before.text);
    if (aside?.groups) speaker = speakerFrom(aside.groups.who, before.start + aside.index + aside[0].indexOf(aside.groups.who, aside[0].indexOf(' ')), 'before', ctx, mentions);
  }
  return speaker;
}
const INVERTED_ASIDE_RE = new RegExp(`,\\s*(?:said|says|added|adds|wrote|writes|noted|notes|argued|argues|explained|explains|insisted|insists)\\s+(?<who>${NAME})\\s*,\\s+[^,;:“”"]{1,80}$`, 'u');

// A verb of saying (or a word that reports speech) anywhere in a clause.
const SPEECH_WORD = new RegExp(`\\b(?:${VERBS}|according|quoting|calling|saying|describing|telling)\\b`);
const SPEECH_IN_CLAUSE = new RegExp(SPEECH_WORD.source, 'g');

/**
 * "Trump groused to a crowd in Georgia that CNN “doesn't treat me properly”": a quotation inside a sentence whose
 * subject is a person named at its start speaks in that person's words, whatever the verb, when nothing between
 * them can be another speaker: no other person, no one described, no other quotation, no verb of saying, no passive.
 */
function clauseSubject(ctx: Context, before: { start: number; text: string }, q: Anchor, mentions: Mention[]): Speaker | undefined {
  const m = CLAUSE_SUBJECT_RE.exec(before.text);
  if (!m?.groups) return undefined;
  const subjectStart = before.start + m.index + m[0].indexOf(m.groups.subj);
  // ("Trump, who leads in delegates, mocked Rubio for “…”": an appositive describes the subject; it may hold a role
  // noun, but no verb of saying.)
  const appos = m.groups.appos ?? '';
  if (appos && SPEECH_WORD.test(appos)) return undefined;
  const subjectEnd = subjectStart + m.groups.subj.length + appos.length;
  const rest = ctx.text.slice(subjectEnd, q.start);
  const verbPhrase = /^\s*(?:\p{Ll}+ly\s+)?(\p{Ll}+(?:\s+been|\s+being)?)/u.exec(rest)?.[1] ?? '';
  if (COPULA.test(verbPhrase) || rest.length > 220 || /[“”"]/.test(rest) || OTHER_PEOPLE.test(rest)) return undefined;
  // A verb of saying in between has its own subject, unless it shares this one: "Carson did not mention his rivals,
  // but told his supporters, “…”", "Trump reversed himself, telling CBS that the laws “…”".
  for (const v of rest.matchAll(SPEECH_IN_CLAUSE)) {
    if (/^(?:according|quoting)$/.test(v[0]) || !/(?:,|\b(?:but|and|then|also))\s+(?:\p{Ll}+ly\s+)?$/u.test(rest.slice(0, v.index))) return undefined;
  }
  // "Democrats had “put the biggest crack” in the ceiling, she said": an attribution after the quotation wins.
  if (isQuotation(q) && VERB_OF_SAYING.test(sentenceAfter(ctx, q))) return undefined;
  const speaker = speakerFrom(m.groups.subj, subjectStart, 'before', ctx, mentions);
  if (!speaker?.entities.length || !speaker.entities.every((e) => e.type === 'person')) return undefined;
  // "Trump mocked Marco Rubio for “…”", "Bush referred to Rubio as “…”": the person the quotation describes, named
  // right before it, is the verb's object, not a speaker.
  const described = (x: Mention) => new RegExp(`^${NAME}\\s+(?:as|for)\\s+$`, 'u').test(ctx.text.slice(x.at, q.start));
  const others = mentions
    .slice(firstMentionFrom(mentions, before.start), firstMentionFrom(mentions, q.start))
    .filter((x) => x.entity.type === 'person' && !speaker.entities.includes(x.entity) && !described(x));
  if (others.length || unknownSpeakers.some((u) => u >= before.start && u < q.start && u !== subjectStart)) return undefined;
  return speaker;
}

/** The person a quotation standing as a sentence of its own belongs to: the subject of the sentence before it. */
function subjectOfSentenceBefore(ctx: Context, q: DraftQuote, mentions: Mention[]): Speaker | undefined {
  // The quotation opens its sentence and ends it.
  const own = sentenceBefore(ctx, q);
  if (!/^\s*$/.test(own.text) || own.start === ctx.from || !/[.!?]["”’]?\s*$/.test(ctx.text.slice(Math.max(ctx.from, own.start - 4), own.start))) return undefined;
  if (!/^[\s.,;:!?)\]]*$/.test(sentenceAfter(ctx, q))) return undefined;
  // The sentence before, in the same paragraph.
  const prev = sentenceBefore(ctx, { start: own.start - 1 });
  const text = ctx.text.slice(prev.start, own.start);
  if (text.length > 200 || /[“”"]/.test(text) || /\n\s*\n/.test(text) || insideQuote(ctx, prev.start)) return undefined;
  const m = SENTENCE_SUBJECT_RE.exec(text);
  if (!m?.groups || PRONOUNS.test(m.groups.subj)) return undefined;
  const subjectStart = prev.start + m.index + m[0].indexOf(m.groups.subj);
  const speaker = speakerFrom(m.groups.subj, subjectStart, 'before', ctx, mentions);
  if (!speaker?.entities.length || !speaker.entities.every((e) => e.type === 'person')) return undefined;
  // No one else named in that sentence.
  const others = mentionsBetween(mentions, prev.start, own.start).filter((x) => !speaker.entities.includes(x.entity));
  if (others.length || unknownSpeakers.some((u) => u >= prev.start && u < own.start && u !== subjectStart)) return undefined;
  return speaker;
}

// A line opening with a name (after a Markdown heading's marks) and a colon.
const HEADLINE_SPEAKER_RE = new RegExp(`^\\s*(?:#{1,6}\\s+)?(?<who>${DESCRIPTOR}{0,3}${NAME})\\s*:\\s`, 'u');

/**
 * "Issa: Hillary Clinton's ‘Honesty Is In Question.’": a headline that opens with a person's name and a colon gives
 * that person the words it quotes. A headline is the text's first line, a Markdown heading, or a line in title case;
 * the name must be a person the index knows or a first and last name ("Exclusive:", "Poll:" name no one).
 */
function headlineSpeaker(ctx: Context, q: DraftQuote, mentions: Mention[]): Speaker | undefined {
  const lineStart = Math.max(ctx.from, ctx.text.lastIndexOf('\n', q.start - 1) + 1);
  const lineEnd = ctx.text.indexOf('\n', q.start);
  const line = ctx.text.slice(lineStart, lineEnd < 0 ? ctx.text.length : lineEnd);
  const m = HEADLINE_SPEAKER_RE.exec(line);
  if (!m?.groups || lineStart + m[0].length > q.start) return undefined;
  const first = /^\s*$/.test(ctx.text.slice(ctx.from, lineStart));
  if (!first && !/^\s*#{1,6}\s/.test(line) && !isHeadline(line)) return undefined;
  // (One sentence: "Smith: A day in court. He said “…”" is a line of a transcript, not a headline.)
  if (/[.!?]["”’]?\s+\p{Lu}/u.test(line.slice(m[0].length, q.start - lineStart))) return undefined;
  const whoStart = lineStart + m.index + m[0].indexOf(m.groups.who);
  const speaker = speakerFrom(m.groups.who, whoStart, 'before', ctx, mentions);
  if (!speaker) return undefined;
  // ("Carly Fiorina Endorses Ted Cruz: I Am ‘Horrified’": capitals run on through a headline's verb; two people
  // before the colon is a sentence, not a name.)
  const words = m.groups.who.split(/\s+/);
  // (Only words before the speaker's own name count: "John" in "John McCain" may find other Johns.)
  let nameAt = 0;
  while (nameAt < words.length - 1 && !ctx.names?.find(words.slice(nameAt).join(' ')).some((e) => speaker.entities.includes(e))) nameAt++;
  for (let i = 0; i < nameAt; i++) {
    for (let j = i + 1; j <= Math.min(nameAt, i + 3); j++) {
      if (ctx.names?.find(words.slice(i, j).join(' ')).some((e) => e.type === 'person' && !speaker.entities.includes(e))) return undefined;
    }
  }
  const person = speaker.entities.length ? speaker.entities.every((e) => e.type === 'person') : unknownPersonName(speaker);
  return person ? speaker : undefined;
}

// The comma before a sentence's closing attribution: ", said X" or ", X said" and nothing after but the end.
const LATE_ATTRIBUTION = new RegExp(`,(?=\\s+(?:(?:${VERBS})\\s+\\p{Lu}|[\\p{Lu}][^,“”"]{0,60}?\\s(?:${VERBS})\\s*[,.!?]?\\s*$))`, 'gu');

/**
 * “He can assert it, but it seems extremely unlikely” that Sanders can catch Clinton, said Steve Elmendorf: an
 * attribution that ends the sentence gives the whole sentence, quoted words in its middle too, to its speaker.
 */
function sentenceEndSpeaker(ctx: Context, q: DraftQuote, after: string, mentions: Mention[]): Speaker | undefined {
  if (!after || /[“”"]/.test(after)) return undefined;
  const commas = [...after.matchAll(LATE_ATTRIBUTION)].filter((c) => c.index! > 0 && c.index! <= 150);
  const comma = commas.pop();
  if (!comma) return undefined;
  const tail = after.slice(comma.index!);
  const a = AFTER_RE.exec(tail);
  if (!a?.groups) return undefined;
  // The attribution ends the sentence, but for a description of the speaker.
  if (!/^\s*(?:,[^“”"]*)?[.!?]?\s*$/.test(tail.slice(a[0].length))) return undefined;
  const phrase = a.groups.subj ?? a.groups.obj;
  return speakerFrom(phrase, q.end + comma.index! + a.index + a[0].indexOf(phrase), 'after', ctx, mentions);
}

/** Attributes each quotation in a text (a source article's body or a draft). */
/** Attributes the quotes of a draft, or of a source `article` (whose text `text` is). */
export function attributeQuotes(text: string, from: number, quotes: DraftQuote[], names?: NameIndex, article?: Article): AttributedQuote[] {
  text = withoutInlineMarkup(text);
  const ctx: Context = { text, from, quotes, names, article };
  const mentions = mentionsIn(ctx);
  const out: AttributedQuote[] = [];
  let previous: AttributedQuote | undefined;
  let lastFirm: AttributedQuote | undefined;
  for (const q of quotes) {
    let speaker: Speaker | undefined;
    const after = sentenceAfter(ctx, q);
    let a = AFTER_RE.exec(after);
    // “We have said it for years.” Scicluna said, “People must know …”: after a quotation that ends its sentence,
    // a subject and verb leading into the next quotation (opening a sentence of its own) introduce that one.
    if (a?.groups?.subj && /[.?!]$/.test(q.text.trim()) && /^\s*[,:]?\s*[“"]\s*\p{Lu}/u.test(text.slice(q.end + a.index + a[0].length))) a = null;
    if (a?.groups) {
      const phrase = a.groups.subj ?? a.groups.obj;
      const at = q.end + a.index + a[0].indexOf(phrase);
      speaker = speakerFrom(phrase, at, 'after', ctx, mentions);
      speaker = preferAppositivePerson(speaker, a.groups.appos, q.end + a.index + a[0].indexOf(a.groups.appos ?? '\u0000'), ctx, mentions);
      // "said the head of Poland's ministry, Zbigniew Rau": the person named after the description.
      // "said University of California, San Diego's chancellor, Pradeep Khosla": or a few short parts later.
      if (a.groups.obj && !speaker?.entities.some((e) => e.type === 'person')) {
        const rest = after.slice(a.index + a[0].length);
        let offset = 0;
        for (const part of rest.split(',').slice(1, 4)) {
          offset += part.length + 1;
          const name = APPOS_NAME.exec(part);
          if (name?.groups) {
            const at2 = q.end + a.index + a[0].length + offset - part.length + name.index + name[0].indexOf(name.groups.name);
            const named = speakerFrom(name.groups.name, at2, 'after', ctx, mentions);
            if (named?.entities.some((e) => e.type === 'person')) {
              speaker = named;
              break;
            }
          }
          // Only descriptions stand between: a clause ("adding that ...") ends the search.
          if (!/^\s*(?:[\p{L}\p{M}'’.\-]+\s*){1,6}$/u.test(part) || new RegExp(`\\b(?:${VERBS}|that|who|which|adding|saying)\\b`).test(part)) break;
        }
      }
    }
    const colon = COLON_RE.exec(after);
    if (!speaker && colon?.groups) speaker = speakerFrom(colon.groups.who, q.end + colon.index + colon[0].indexOf(colon.groups.who), 'after', ctx, mentions);
    // > “We need a wall.”
    // > — Owen Pryce
    const dashLine = speaker ? null : DASH_LINE_RE.exec(text.slice(q.end, q.end + 160));
    if (dashLine?.groups) speaker = speakerFrom(dashLine.groups.who, q.end + dashLine.index + dashLine[0].indexOf(dashLine.groups.who), 'after', ctx, mentions);
    const accordingAfter = speaker ? null : ACCORDING_AFTER_RE.exec(after);
    if (accordingAfter?.groups) {
      const who = accordingAfter.groups.who;
      speaker = speakerFrom(who, q.end + accordingAfter.index + accordingAfter[0].lastIndexOf(who), 'according-to', ctx, mentions);
    }
    const asPut = speaker ? null : AS_PUT_RE.exec(after);
    if (asPut?.groups) speaker = speakerFrom(asPut.groups.who, q.end + asPut.index + asPut[0].indexOf(asPut.groups.who), 'after', ctx, mentions);
    // “We will not give up.” Those were the words of Maria Lopez, ...: the next sentence names the speaker.
    const wordsOf = speaker ? null : WORDS_OF_RE.exec(text.slice(q.end, q.end + 160));
    // (As "according to X": what precedes the name is no description of the speaker.)
    if (wordsOf?.groups) speaker = speakerFrom(wordsOf.groups.who, q.end + wordsOf.index + wordsOf[0].indexOf(wordsOf.groups.who), 'according-to', ctx, mentions);
    if (!speaker) speaker = speakerBefore(ctx, q, mentions);
    if (!speaker) speaker = headlineSpeaker(ctx, q, mentions);
    if (!speaker) speaker = sentenceEndSpeaker(ctx, q, after, mentions);
    // Steve Winwood's statement began:
    //
    // > A very sad loss …
    // A quotation opening a paragraph after one that ends in a colon is introduced by that paragraph's last sentence.
    if (!speaker) {
      const lead = /:[ \t]*\n\s*(?:>\s*)*$/.exec(text.slice(Math.max(from, q.start - 400), q.start));
      if (lead && !insideQuote(ctx, q.start - lead[0].length)) speaker = speakerBefore(ctx, { start: q.start - lead[0].length + 1 }, mentions);
    }
    // "she added" with no one named nearby: the speaker of the quote just before. It is firm when the last firmly
    // identified speaker, a few lines up, is the same person.
    // (Not when someone described by an office opened a sentence since: "The judge reminded the jury … she told them".)
    if (speaker?.via === 'pronoun' && !speaker.entities.length && !speaker.uncertain && previous?.speaker?.entities.length === 1 && pronounFits(speaker.text, previous.speaker.entities[0])) {
      const entity = previous.speaker.entities[0];
      const firm = lastFirm && lastFirm.speaker!.entities.includes(entity) && text.slice(lastFirm.quote.end, q.start).split('\n').length <= 4;
      // Someone the index does not know spoke since: the pronoun is more likely theirs.
      const other = unknownSpeakers.some((u) => u > previous!.quote.end && u < speaker!.start);
      speaker = { ...speaker, entities: [entity], confident: !!firm && !other };
    }
    // “On behalf of the Court,” wrote John Roberts, “I am saddened …”: a quotation that picks up after the
    // attribution in the middle of one sentence is the same speaker's, as firmly.
    // (“We stand ready” tweeted Johnson “to provide …”: a quotation going on in lower case needs no comma.)
    if (
      !speaker &&
      previous?.speaker?.via === 'after' &&
      previous.speaker.end <= q.start &&
      (/^[^.!?;“”"\n]*,\s*$/.test(text.slice(previous.speaker.end, q.start)) ||
        (/^[ \t]*$/.test(text.slice(previous.speaker.end, q.start)) && /^\p{Ll}/u.test(q.text)) ||
        // “…,” said Marsh, adding that “…”: a participle of saying goes on in the same voice.
        ADDING_RE.test(text.slice(previous.speaker.end, q.start)))
    ) {
      speaker = { ...previous.speaker, via: 'continued', confident: confidentSpeaker(previous.speaker) };
    }
    // A quote opening a paragraph with no attribution continues the previous speaker's words.
    if (!speaker && previous?.speaker) {
      const between = text.slice(previous.quote.end, q.start);
      // Firm when the earlier speaker was, and the quote follows at once (same or next paragraph).
      // ("“Or because you needed someone to blame?” Kamau asked. ¶ “I blamed myself.”": not after a question, which
      // the next paragraph may well answer in another voice.)
      // (A dialogue only: the question answers someone else's words just before; "“Why would we?” Lam asked. ¶ “We
      // would not.”" goes on in Lam's voice.)
      const answered = out[out.length - 2]?.speaker;
      // (The question mark first: this runs for every quotation that opens without an attribution.)
      const asked =
        /\?\s*$/.test(previous.quote.text) &&
        !!answered &&
        sameSpeaker(answered, previous.speaker) === false && /^[\s,]*(?:\p{Lu}[\p{L}'’\-]*\s+){0,3}(?:asked|asks|wanted\s+to\s+know|pressed|inquired|demanded)\b/u.test(text.slice(previous.quote.end, previous.quote.end + 60).replace(/^["”’]/, ''));
      const confident = confidentSpeaker(previous.speaker) && between.split(/\n\s*\n|\n/).length <= 2 && !asked;
      // (In a hard-wrapped text a quotation at the start of a line may sit mid-paragraph: only a blank line counts.)
      const lineStart = text.lastIndexOf('\n', q.start - 1);
      if (/\n/.test(between) && /^\s*$/.test(text.slice(lineStart + 1, q.start)) && !softBreak(text, lineStart)) {
        speaker = { ...previous.speaker, via: 'continued', confident };
      } else {
        // “A,” she said. “B.” — B goes on in A's voice. Only the words since the last sentence end count: someone
        // else named there, or a verb of its own ("and insisted, quoting Putin, that"), breaks the chain.
        const ends = [...between.matchAll(/[.!?]["”’]*\s+/g)].filter((m) => !abbreviationAt(between, m.index!));
        const tailStart = ends.length ? previous.quote.end + ends[ends.length - 1].index! + ends[ends.length - 1][0].length : previous.quote.end;
        const tail = text.slice(tailStart, q.start);
        const plain =
          tail.length < 60 &&
          !mentions.some((m) => m.at >= tailStart && m.at < q.start) &&
          !new RegExp(`\\b(?:${VERBS}|quoting|praised|accused|called|traced)\\b`).test(tail);
        // Within a paragraph the chain is a good guess but not proof: too weak to accuse a writer. Except in the
        // plainest form: “A,” Lam said. “B.” (or Lam said: “A.” “B.”), a firm speaker named between the two
        // quotations and no one else, the next quotation opening the next sentence.
        // (“A.” During the premiere, “B”: a short phrase opening the next sentence names no one and says nothing.)
        // (“A,” says Aurélio Bragança, who fishes there. He laughs. “B.”: a short sentence of the speaker's own, by a
        // pronoun that fits him, between the two does not break the chain.)
        const beat = ends.length === 2 ? PRONOUN_BEAT.exec(between.slice(ends[0].index! + ends[0][0].length, ends[1].index! + ends[1][0].length)) : null;
        const ownBeat = !!beat && previous.speaker.entities.length === 1 && previous.speaker.entities[0].type === 'person' && pronounFits(beat[1].toLowerCase(), previous.speaker.entities[0]);
        // (Hieu said the record “will be broken” and that provinces should “plan for the worst”: a second piece of the
        // same reported clause, joined by "and" with only lower-case words between, is as firmly the speaker's, named
        // before the first.)
        const sameClause = ends.length === 0 && previous.speaker.via === 'before' && previous.speaker.end <= previous.quote.start && SAME_CLAUSE_TAIL.test(tail);
        const firm =
          (/^\s*$/.test(tail) || (FRONTED_PHRASE.test(tail) && plain) || (plain && SUBJECT_TAIL.test(tail) && QUOTED_PREDICATE.test(q.text)) || (plain && sameClause)) &&
          (ends.length <= 1 || ownBeat) &&
          (ends.length >= 1 || sameClause || /[.!?]["”’]*$/.test(text.slice(previous.quote.start, previous.quote.end))) &&
          confidentSpeaker(previous.speaker) &&
          // (An organisation in the attribution is its outlet or listener: "Chapman told Wikinews".)
          // (Nor is a person the attribution after the quotation names as its object: "“A,” Trump said of Cruz. “B.”",
          // "Hooton said after Rubio spoke" — unless that person speaks there, or the speaker was asking or quoting them.)
          mentions.every(
            (m) =>
              m.at < previous!.quote.end ||
              m.at >= q.start ||
              previous!.speaker!.entities.includes(m.entity) ||
              // (The attribution's own name, which the index may hold for two people of one surname: "Mr Fairweather".)
              (m.at >= previous!.speaker!.start && m.at < previous!.speaker!.end) ||
              (m.entity.type === 'organization' && m.at < tailStart) ||
              (m.at < tailStart &&
                previous!.speaker!.start >= previous!.quote.end &&
                m.at > previous!.speaker!.end &&
                !m.speaks &&
                !/\b(?:asked|asks|quoting|quoted|citing|cited|according)\b/.test(text.slice(previous!.quote.end, m.at))),
          ) &&
          !unknownSpeakers.some((u) => u >= previous!.quote.end && u < q.start && (u < previous!.speaker!.start || u >= previous!.speaker!.end));
        if (plain) speaker = { ...previous.speaker, via: 'continued', confident: firm && !asked };
      }
    }
    // “Quist went further. “…”": a quotation that is a sentence of its own, right after a sentence about one person
    // (named at its start, no one else named, no quotation in it), is that person's.
    if (!speaker) speaker = subjectOfSentenceBefore(ctx, q, mentions);
    const item: AttributedQuote = { quote: q, speaker };
    out.push(item);
    previous = item;
    if (speaker && confidentSpeaker(speaker)) lastFirm = item;
  }
  return out;
}

/** The attributed direct quotes of every source article, to look up by source offset. */
export class SourceQuotes {
  private readonly byArticle = new Map<Article, AttributedQuote[]>();
  /** Each entity's quotes, built when first asked for and dropped whenever an article's quotes change. */
  private byEntity?: Map<Entity, Array<{ article: Article; quote: AttributedQuote }>>;

  constructor(corpus?: Corpus, names?: NameIndex) {
    if (corpus) runToEnd(this.addSteps(corpus, names));
  }

  /** Attributes the quotes of every article of `corpus`, an article at a time (see steps.ts). */
  *addSteps(corpus: Corpus, names?: NameIndex): Steps<void> {
    for (const article of corpus.articles) {
      yield;
      const format: DraftFormat = /\.(md|markdown)$/i.test(article.path) ? 'markdown' : 'plaintext';
      const text = article.text; // read once: it may come from disk (textStore.ts)
      const quotes = findQuotes(text, format).quotes.filter((q) => q.start >= article.bodyStart);
      const attributed = attributeQuotes(text, article.bodyStart, quotes, names, article);
      // The quotes' and speakers' words are cut from the article's text: copies let the text go (see textStore.ts).
      for (const a of attributed) {
        a.quote.text = detached(a.quote.text);
        if (a.speaker) a.speaker.text = detached(a.speaker.text);
      }
      this.byArticle.set(article, attributed);
      this.byEntity = undefined;
    }
  }

  /** Every article attributed so far, with its quotes. */
  entries(): IterableIterator<[Article, AttributedQuote[]]> {
    return this.byArticle.entries();
  }

  /** Sets an article's quotes as `entries` gave them (for quotes read back from disk: see knowledgeCache.ts). */
  restore(article: Article, quotes: AttributedQuote[]): void {
    this.byArticle.set(article, quotes);
    this.byEntity = undefined;
  }

  quotesOf(article: Article): AttributedQuote[] {
    return this.byArticle.get(article) ?? [];
  }

  /** The source quotation that contains [start, end) of an article, if any. */
  containing(article: Article, start: number, end: number): AttributedQuote | undefined {
    return this.quotesOf(article).find((q) => q.quote.contentStart <= start && end <= q.quote.contentEnd);
  }

  /** Whether the article quotes anyone directly at all (a statement or transcript without marks does not). */
  hasDirectQuotes(article: Article): boolean {
    return this.quotesOf(article).length > 0;
  }

  /** Quotes the sources attribute to an entity. */
  quotesBy(entity: Entity): ReadonlyArray<{ article: Article; quote: AttributedQuote }> {
    if (!this.byEntity) {
      this.byEntity = new Map();
      for (const [article, quotes] of this.byArticle) {
        for (const q of quotes) {
          for (const e of new Set(q.speaker?.entities ?? [])) {
            const list = this.byEntity.get(e) ?? [];
            list.push({ article, quote: q });
            this.byEntity.set(e, list);
          }
        }
      }
    }
    return this.byEntity.get(entity) ?? [];
  }
}

/**
 * Whether a speaker is identified firmly enough to call a quote misattributed: named outright (or by a pronoun whose
 * person was named as a speaker shortly before), in a short phrase, not carried over from an earlier quote.
 */
export function confidentSpeaker(s: Speaker): boolean {
  if (s.via === 'role' || s.uncertain) return false;
  if (s.via === 'continued') return s.confident === true;
  // A long description is only trusted when it names someone ("Former US Ambassador to the United Nations Nikki
  // Haley"); otherwise it is likely a misparse.
  if (s.text.split(/\s+/).length > (s.entities.length || s.name ? 12 : 6)) return false;
  // A pronoun names one person; several entries for one name (a shared surname) are one person the index split.
  if (s.via === 'pronoun') return s.entities.length > 0 && new Set(s.entities.map(surnameKey)).size === 1 && s.confident === true;
  // "Russia's defence ministry" is an organisation speaking; "the head of the police's investigators" is a person.
  // The head noun decides: "the defence ministry" is one; "agreed facts heard in court" is not.
  const head = s.text.split(/\s+(?:of|in|at|for|from|on|with|by)\s+/)[0].trim().split(/\s+/).pop() ?? '';
  return s.entities.length > 0 || (ORGANISATION_NOUN.test(head) && !ROLE_NOUN.test(head)) || isFullName((s.name ?? s.text).trim());
}

// Compiled once: they are tried on every mention before a speaker, at every keystroke.
const POSSESSOR_RE = new RegExp(`^${NAME}['’]s\\s`, 'u');
const QUALIFYING_NAME_RE = new RegExp(`^${NAME}\\s+(?!${FUNCTION_WORDS}\\b)\\p{Ll}`, 'u');
const QUOTE_OR_VERB_RE = new RegExp(`[“”"]|\\b(?:${VERBS})\\b`);

/** The index of the first mention at or after `at` (mentions are in text order). */
function firstMentionFrom(mentions: Mention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mentions from offset `from` up to `to` (mentions are in text order). */
function mentionsBetween(mentions: Mention[], from: number, to: number): Mention[] {
  return mentions.slice(firstMentionFrom(mentions, from), firstMentionFrom(mentions, to));
}

/** The last word of `text` is a word of every one of these names. */
function shareLastWord(text: string, entities: Entity[]): boolean {
  const last = nameKey(text.trim().split(/\s+/).pop()!);
  return entities.every((e) => e.name.split(/\s+/).some((w) => nameKey(w) === last));
}

/** A person's surname, or the entity itself for others (memoised: it is asked for per mention, per keystroke). */
const surnameKeys = new WeakMap<Entity, string>();
function surnameKey(e: Entity): string {
  let key = surnameKeys.get(e);
  if (key === undefined) {
    key = e.type === 'person' ? nameKey(e.name.split(/\s+/).pop()!) : `${e.type}:${e.id}`;
    surnameKeys.set(e, key);
  }
  return key;
}

/** A first and last name written out ("Jerrold Nadler", "Jessie K. Liu"), known to the sources or not. */
const FULL_NAME = /^\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+\p{Lu}\.?)?\s+\p{Lu}[\p{L}\p{M}'’\-]+$/u;
// A longer name: a middle name or a particle ("Kathleen Hall Jamieson", "Alyssa Van Wagenen").
const LONGER_NAME = /^\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+(?:\p{Lu}[\p{L}\p{M}'’\-]*\.?|van|von|de|der|den|da|del|della|di|du|la|le|al|bin|ibn|ben)){1,3}\s+\p{Lu}[\p{L}\p{M}'’\-]+$/u;

/**
 * A person's name written out, known to the sources or not: first and last name ("Jerrold Nadler", "Jessie K. Liu"),
 * or a longer one that opens with a given name and holds no word of a title, body or place ("Kathleen Hall Jamieson",
 * not "Human Rights Watch").
 */
function isFullName(name: string): boolean {
  if (FULL_NAME.test(name)) return true;
  if (!LONGER_NAME.test(name)) return false;
  const words = name.split(/\s+/);
  // (A middle name may be a word of places, "Hall"; the surname may not.)
  return inGivenNameList(words[0]) && !titleWord(words[words.length - 1]) && !words.some((w) => ORG_WORDS.has(w.toLowerCase()));
}

/** A person's first and last name the index does not know ("Kama Melly"): no word of it a title, body or place. */
export function unknownPersonName(s: Speaker): boolean {
  const name = (s.name ?? s.text).trim();
  return !s.entities.length && isFullName(name) && !name.split(/\s+/).some((w) => titleWord(w.replace(/\.$/, '')));
}

/** Two spellings a letter apart ("Sarea" / "Saree"). */
function closeSpelling(x: string, y: string): boolean {
  return x.length > 3 && x.length === y.length && [...x].filter((c, i) => c !== y[i]).length <= 1;
}

const HONORIFIC = /^(?:Mme|Mlle|Cde|Comrade|Uncle|Aunt|Auntie|Longtime|Democrat|Republican|Brother|Sister|Father|Mother|Saint|Sir|Dame|Lady|Lord|Imam|Rabbi|Sheikh|Pastor)$/;

/** Two people's first names, both written out, neither a title nor an initial, and not spellings of one name. */
const GIVEN_NAME_TITLE_WORDS = /^(?:Junior|Emir|Sultan)$/;

function distinctFirstNames(e: Entity, f: Entity): boolean {
  if (e.type !== 'person' || f.type !== 'person') return false;
  const first = (x: Entity) => {
    const words = x.name.split(/\s+/);
    // ("Washington Suarez": a given name that is also a place's is a first name still.)
    const givenPlace = PLACES.has(words[0].toLowerCase()) && inGivenNameList(words[0]);
    // ("Junior Tangaroa" and his uncle "Teariki Tangaroa": a title's word that is a common given name too.)
    return words.length >= 2 && /^\p{Lu}\p{Ll}{2,}$/u.test(words[0]) && (!titleWord(words[0]) || givenPlace || GIVEN_NAME_TITLE_WORDS.test(words[0])) && !HONORIFIC.test(words[0]) ? nameKey(words[0]) : undefined;
  };
  const x = first(e);
  const y = first(f);
  // (A short form shares its first letters: "Nick" and "Nicholas" may be one man.)
  if (!x || !y || x === y || closeSpelling(x, y)) return false;
  // ("Sigríður" and "Sigrún" share three letters but are two names: only a short one, or one the other starts with.)
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return !long.startsWith(short) && !(short.length <= 4 && short.slice(0, 3) === long.slice(0, 3));
}

/** Whether two speakers are the same: a shared entity, or the same words when neither is known. */
export function sameSpeaker(a: Speaker, b: Speaker): boolean | undefined {
  if (a.entities.length && b.entities.length) {
    if (a.entities.some((e) => b.entities.includes(e))) return true;
    // A person and an organisation may be member and body ("Mick Jagger of The Rolling Stones"): not enough.
    if (a.entities.every((e) => e.type === 'person') !== b.entities.every((e) => e.type === 'person')) return undefined;
    // Two entries for one person the index failed to merge ("Donald Trump", "United States Donald Trump"):
    // a shared surname is not enough to accuse the writer.
    const surname = (e: Entity) => (e.type === 'person' ? nameKey(e.name.split(/\s+/).pop()!) : undefined);
    // Same surname, or one spelt a letter apart in the sources ("Sarea" / "Saree"): not enough to accuse.
    const close = (x?: string, y?: string) => !!x && !!y && (x === y || closeSpelling(x, y));
    const sharing = a.entities.flatMap((e) => b.entities.filter((f) => close(surname(e), surname(f))).map((f) => [e, f] as const));
    // ... unless each is written out with a first name of its own ("David Turpin" and "Louise Turpin", "Abdullah
    // Kurdi" and "Alan Kurdi"): relatives, not one person under two entries.
    if (sharing.length) return sharing.every(([e, f]) => distinctFirstNames(e, f)) ? false : undefined;
    return false;
  }
  if (!a.entities.length && !b.entities.length) {
    if (nameKey(a.name ?? a.text) === nameKey(b.name ?? b.text)) return true;
    // Two people the index does not know, each by first and last name: different surnames are different people.
    const an = (a.name ?? a.text).trim();
    const bn = (b.name ?? b.text).trim();
    if (isFullName(an) && isFullName(bn)) {
      const last = (x: string) => nameKey(x.split(/\s+/).pop()!);
      return last(an) === last(bn) || closeSpelling(last(an), last(bn)) ? undefined : false;
    }
    return undefined;
  }
  // One known, one not: the unknown one's words may still spell one of the known one's names.
  const known = a.entities.length ? a : b;
  const other = a.entities.length ? b : a;
  if (PRONOUNS.test(other.text)) return undefined;
  const forms = known.entities.flatMap((e) => [e.name, ...e.aliases]).map(nameKey);
  const words = nameKey(other.name ?? other.text);
  if (forms.some((f) => words.includes(f))) return true;
  // "Sir Nigel", "Dame Eleanor": a British title goes with the first name. Such a title and one word is the known
  // person when the word is one of their names, and no one to accuse otherwise.
  const titled = /^(?:Sir|Dame|Lord|Lady|Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?\s+(\p{Lu}[\p{L}\p{M}'’-]*)$/u.exec((other.name ?? other.text).trim());
  if (titled) {
    if (known.entities.some((e) => e.type === 'person' && e.name.split(/\s+/).map(nameKey).includes(nameKey(titled[1])))) return true;
    // ("Dame Eleanor" for Thomas Whitby's words: another first name is another person.)
    const anotherFirstName = /^(?:Sir|Dame|Lord|Lady)$/.test(titled[0].split(/\s+/)[0].replace(/\.$/, '')) && inGivenNameList(titled[1]);
    return anotherFirstName && known.entities.every((e) => e.type === 'person' && e.name.includes(' ') && inGivenNameList(e.name.split(/\s+/)[0])) ? false : undefined;
  }
  // A full name the sources do not know ("Jerrold Nadler") is not the known speaker, unless it shares their surname:
  // one side may know a person the other only names ("Rep. Jim Jordan" in a draft, an article the index missed him in).
  const otherName = (other.name ?? other.text).trim();
  if (isFullName(otherName) && known.entities.every((e) => e.type === 'person')) {
    const last = nameKey(otherName.split(/\s+/).pop()!);
    return known.entities.some((e) => surnameKey(e) === last) ? undefined : false;
  }
  // "Russia's defence ministry announced" is not the person the draft names.
  return ORGANISATION_NOUN.test(other.text) && known.entities.every((e) => e.type === 'person') ? false : undefined;
}

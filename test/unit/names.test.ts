import * as assert from 'assert';
import { parseArticle } from '../../server/src/engine/article';
import { Corpus } from '../../server/src/engine/corpus';
import { buildNameIndex, EntityType } from '../../server/src/engine/names';

// Invented news copy: each rule of the name extractor is tested on sentences written for it. A few filler articles
// give the corpus-wide word statistics the extractor relies on (which words are common, written in lower case).
const FILLER = [
  'The national team played a long time in the rain. A press officer said the guards would be revolutionary.',
  'Officials said the company and the magazine would publish a report on the national network next week.',
  'The fleet and its command were said to be ready. The rolling hills and a stone bridge stood near the valley.',
  'Residents of the city were told that the western roads and the associated costs would be reviewed.',
  'Many people came to see the liberal people of the town, and the people stayed.',
].join('\n\n');

/** The type of the entity an article names with `form` (undefined when the extractor finds none). */
function typeIn(body: string, form: string): EntityType | undefined {
  const corpus = new Corpus([parseArticle('a.md', `---\ntitle: t\n---\n\n${body}\n`), parseArticle('filler.md', `---\ntitle: f\n---\n\n${FILLER}\n`)]);
  const index = buildNameIndex(corpus);
  const article = corpus.articles[0];
  const found = index.entities.filter((e) => e.mentions.some((m) => m.article === article && article.text.slice(m.start, m.end) === form));
  return found[0]?.type;
}

describe('name extractor: organisations without an organisation word', () => {
  it('a capitalised name after "the" is not a person: "the Revolutionary Guards"', () => {
    assert.strictEqual(typeIn('The airport is run by the Revolutionary Guards, the report said.', 'Revolutionary Guards'), 'organization');
  });

  it('"the X family" names a family, not an organisation', () => {
    assert.notStrictEqual(typeIn('He met the Halvorsen family in Westport. Halvorsen said he was glad.', 'Halvorsen'), 'organization');
  });

  it('a kind of organisation after the name types it: "Quillon magazine"', () => {
    assert.strictEqual(typeIn('On Monday, Quillon magazine named its writer of the year.', 'Quillon'), 'organization');
  });

  it('a speaking name that starts with a common word is an organisation: "National Geographic reported"', () => {
    assert.strictEqual(typeIn('The water rose by a metre, National Geographic reported on Monday.', 'National Geographic'), 'organization');
  });

  it('a speaking name that starts with a first name is still a person', () => {
    assert.strictEqual(typeIn('The water rose by a metre, Rachel Brandt reported on Monday.', 'Rachel Brandt'), 'person');
  });
});

describe('name extractor: not names of people', () => {
  it('a people\'s plural is not a name: "Iranians"', () => {
    assert.strictEqual(typeIn('The crew were all Iranians, the army said.', 'Iranians'), undefined);
  });

  it('"the Honorable X" is a title before a person\'s name', () => {
    assert.strictEqual(typeIn('The court heard the Honorable Marta Oyelaran on Friday.', 'Marta Oyelaran'), 'person');
  });
});

describe('name extractor: "the X" before a word for an event', () => {
  it('"the Reading Circles event" names an event, not an organisation', () => {
    assert.strictEqual(typeIn('She spoke at the Reading Circles event in the town hall on Friday.', 'Reading Circles'), undefined);
  });
});

describe('name extractor: publications, ships, descriptions', () => {
  it('"published in The Quarterly Lantern": a capital "The" before a journal\'s name', () => {
    assert.strictEqual(typeIn('In findings published Tuesday in The Quarterly Lantern, researchers said the water was clean.', 'Quarterly Lantern'), 'organization');
  });

  it('a ship\'s prefix names a vessel, not a person: "MV Marta Oyelaran"', () => {
    assert.strictEqual(typeIn('The charity renamed its ship MV Marta Oyelaran on Sunday.', 'MV Marta Oyelaran'), undefined);
    assert.strictEqual(typeIn('The charity renamed its ship MV Marta Oyelaran on Sunday.', 'Marta Oyelaran'), undefined);
  });

  it('a faith\'s or people\'s adjective at the end describes: "Roman Catholic"', () => {
    assert.strictEqual(typeIn('The first bomb went off within the Roman Catholic cathedral.', 'Roman Catholic'), undefined);
  });

  it('a single proper word after "on the" is a place: "on the Quellands"', () => {
    assert.strictEqual(typeIn('The storm bore down on the Quellands on Tuesday night.', 'Quellands'), 'place');
  });
});

describe('name extractor: where one name ends and the next begins', () => {
  it('"and" after an acronym joins two names: "QBC and Westport Radio"', () => {
    assert.strictEqual(typeIn('He was dropped in 2007 by QBC and Westport Radio after the remark.', 'Westport Radio'), 'organization');
    assert.strictEqual(typeIn('He was dropped in 2007 by QBC and Westport Radio after the remark.', 'QBC'), 'organization');
  });

  it('"in" after a name\'s head word starts a place: "Halvorsen Medical Center in Westport Heights"', () => {
    assert.strictEqual(typeIn('He died at the Halvorsen Medical Center in Westport Heights, Texas on Friday.', 'Halvorsen Medical Center'), 'organization');
    assert.strictEqual(typeIn('He died at the Halvorsen Medical Center in Westport Heights, Texas on Friday.', 'Westport Heights'), 'place');
  });
});

describe('name extractor: the head word types a name', () => {
  it('"Westport College Station" is a place though "College" names organisations', () => {
    assert.strictEqual(typeIn('The train stopped at Westport College Station on Friday.', 'Westport College Station'), 'place');
  });
  it('"Westport Station Authority" is an organisation', () => {
    assert.strictEqual(typeIn('The Westport Station Authority said the line would reopen.', 'Westport Station Authority'), 'organization');
  });
});

describe('name extractor: the first word of a sentence', () => {
  it('is kept when the rest only says a kind of body: "Associated Press reported"', () => {
    assert.strictEqual(typeIn('The singer died on Friday. Associated Press reported the cause of death.', 'Associated Press'), 'organization');
  });
});

describe('name extractor: terms, holidays, faiths, compound adjectives', () => {
  it('an acronym of lower-case words is a term: "a dry-cleaning solvent (DCS)"', () => {
    assert.strictEqual(typeIn('They invented a dry-cleaning solvent (DCS) coating. The DCS coating lasts.', 'DCS'), undefined);
  });
  it('a plural generic acronym is not an organisation: "NGOs"', () => {
    assert.strictEqual(typeIn('It is not about ships, captains, NGOs and politicians.', 'NGOs'), undefined);
  });
  it('"Christmas Eve" is a date', () => {
    assert.strictEqual(typeIn('He was taken to hospital on Christmas Eve and died on Friday.', 'Christmas Eve'), undefined);
  });
  it('a faith is not a place: "converted to Islam"', () => {
    assert.strictEqual(typeIn('The man had converted to Islam a year ago.', 'Islam'), undefined);
  });
  it('"Muslim-majority Quellands": the compound adjective is not part of the name', () => {
    assert.strictEqual(typeIn('The vote was held in Muslim-majority Quellands on Friday.', 'Quellands'), 'place');
  });
  it('an adjective may stand between a preposition and a place: "flown to nearby Brellan"', () => {
    assert.strictEqual(typeIn('Some victims were flown to nearby Brellan for treatment.', 'Brellan'), 'place');
  });
});

describe('name extractor: call signs', () => {
  it('"WQRT-TV" is a broadcaster', () => {
    assert.strictEqual(typeIn('The doctor was convicted in Westport, local station WQRT-TV said.', 'WQRT-TV'), 'organization');
  });
});

describe('name extractor: people\'s names', () => {
  it('keep lower-case particles: "Ursula von der Leyen", "Arnel dela Vega of the army"', () => {
    assert.strictEqual(typeIn('The president, Ursula von der Leyen, said the plan was ready.', 'Ursula von der Leyen'), 'person');
    assert.strictEqual(typeIn('Arnel dela Vega of the army\'s Westport Command said the bomb was big.', 'Arnel dela Vega'), 'person');
  });
  it('a first name that looks like a place\'s adjective is still a name: "Pope Francis"', () => {
    assert.strictEqual(typeIn('She met Pope Francis on Monday.', 'Francis'), 'person');
  });
});

describe('name extractor: organisations named without a cue word (2)', () => {
  it('an adjective before a party\'s members names the party: "Liberal Democrats"', () => {
    assert.strictEqual(typeIn('The Labour Party lost seats and Liberal Democrats lost ten.', 'Liberal Democrats'), 'organization');
  });
  it('a name with a country\'s abbreviation after it is an organisation: "Quillon USA"', () => {
    assert.strictEqual(typeIn('Trump sued his tax preparer Quillon USA to block the release.', 'Quillon USA'), 'organization');
  });
  it('a common word\'s possessive inside a body\'s name: "the People\'s Liberation Army"', () => {
    assert.strictEqual(typeIn('They feared the People\'s Liberation Army and water cannons.', 'People\'s Liberation Army'), 'organization');
  });
  it('corporate words: "Brandt Technology Partners"', () => {
    assert.strictEqual(typeIn('They received support from Brandt Technology Partners last year.', 'Brandt Technology Partners'), 'organization');
  });
  it('a ship\'s prefix before a title: "MV Professor Tomas Brandt"', () => {
    assert.strictEqual(typeIn('The ship was previously MV Professor Tomas Brandt.', 'Tomas Brandt'), undefined);
  });
});

describe('name extractor: lists', () => {
  it('a name found only by its capitals in a list of places is a place: "Quell Bay, and Tin Vorra"', () => {
    assert.strictEqual(typeIn('Protesters started at the park, Quell Bay, and Tin Vorra early yesterday.', 'Tin Vorra'), 'place');
  });
  it('an untyped word linked by "and the" to a place is a place: "Jolvo, and the Sulu region"', () => {
    assert.strictEqual(typeIn('Jolvo, and the Sulu region it is within, voted against the measure.', 'Jolvo'), 'place');
  });
  it('a comma alone may start an appositive: "Irina Brandt, Westport University"', () => {
    assert.strictEqual(typeIn('The winners were Irina Brandt, Westport University and others.', 'Irina Brandt'), 'person');
  });
});

describe('name extractor: organisations named without a cue word (3)', () => {
  it('a title\'s word inside a name ending in a body\'s word: "the U.S. Justice Department"', () => {
    assert.strictEqual(typeIn('But the U.S. Justice Department maintains a policy of not charging him.', 'U.S. Justice Department'), 'organization');
  });
  it('"on" after a body\'s word: "Committee on Ways and Means"', () => {
    assert.strictEqual(typeIn('It asked the Committee on Ways and Means for the records. He wrote on Twitter.', 'Committee on Ways and Means'), 'organization');
  });
  it('an appositive "a database detailing ..." names an organisation', () => {
    assert.strictEqual(typeIn('Quillfleets, a database detailing the aircraft, lists it.', 'Quillfleets'), 'organization');
  });
  it('a publication before "model" and a name: "former Quillboy model Karen Brandt"', () => {
    assert.strictEqual(typeIn('The payments went to former Quillboy model Karen Brandt last year.', 'Quillboy'), 'organization');
  });
});

describe('name extractor: first names in a family\'s list', () => {
  it('"two sons Wyatt and Zachary, and four daughters, Nadine, Ashley and Toni" are people', () => {
    const body = 'He is survived by his wife Marta Brandt, their two sons Wyatt and Zachary, and four daughters, Nadine, Ashley and Toni.';
    for (const n of ['Zachary', 'Nadine', 'Ashley', 'Toni']) assert.strictEqual(typeIn(body, n), 'person', n);
  });
});

describe('name extractor: places by their kind', () => {
  it('"the territory of Quellique", "the river Vorne" are places', () => {
    assert.strictEqual(typeIn('He was born in the French territory of Quellique in 1974.', 'Quellique'), 'place');
    assert.strictEqual(typeIn('The building sits on an island in the river Vorne.', 'Vorne'), 'place');
  });
  it('a venue\'s first word alone is the venue: "Brellam" for "Brellam International Airport"', () => {
    const body = 'The jet came down near Brellam International Airport. It was supposed to land at Brellam instead.';
    const corpus = new Corpus([parseArticle('a.md', `---\ntitle: t\n---\n\n${body}\n`)]);
    const airport = buildNameIndex(corpus).entities.find((e) => e.name === 'Brellam International Airport');
    assert.ok(airport?.aliases.includes('Brellam'), JSON.stringify(airport));
  });
});

describe('name extractor: times of day', () => {
  it('"in the Morning" in a show\'s title is no place', () => {
    const body = 'His show Brandt in the Morning aired on many networks until 2018.';
    const corpus = new Corpus([parseArticle('a.md', `---\ntitle: t\n---\n\n${body}\n`)]);
    assert.ok(!buildNameIndex(corpus).entities.some((e) => e.name === 'Morning'));
  });
});

describe('name extractor: lines of one shape', () => {
  it('a name found only by its capitals in a list of parties is a party', () => {
    const body = ['Results:', '', '██ Conservative Party - 365 seats', '', '██ Labour Party - 203 seats', '', '██ Quell Vorra - 7 seats', '', '██ Green Party - 1 seat'].join('\n');
    assert.strictEqual(typeIn(body, 'Quell Vorra'), 'organization');
  });
});

describe('name extractor: corpus-wide evidence', () => {
  it('a name found only by its capitals takes the type firm evidence gives it in another article', () => {
    const a = parseArticle('a.md', '---\ntitle: a\n---\n\nThe data was taken by Quillon Vark, a data firm in London.\n');
    const b = parseArticle('b.md', '---\ntitle: b\n---\n\nMillions of records reached Quillon Vark without consent.\n');
    const index = buildNameIndex(new Corpus([a, b]));
    const inB = index.entities.filter((e) => e.mentions.some((m) => m.article === b));
    assert.deepStrictEqual(inB.map((e) => [e.name, e.type]), [['Quillon Vark', 'organization']]);
  });
});

describe('name extractor: more kinds and titles', () => {
  it('an occupation before a name is a title: "Violinist Marta Brandt"', () => {
    assert.strictEqual(typeIn('The band played on. Violinist Marta Brandt performed a medley of themes.', 'Marta Brandt'), 'person');
  });
  it('a building\'s word makes a place: "Quellam Tower"', () => {
    assert.strictEqual(typeIn('Protesters gathered outside Quellam Tower and Westport Hall.', 'Quellam Tower'), 'place');
  });
  it('"Halloween-themed" names no one', () => {
    assert.strictEqual(typeIn('He sold Halloween-themed masks at the fair.', 'Halloween'), undefined);
  });
});

describe('name extractor: more kinds and titles (2)', () => {
  it('"Chief Executive Marta Brandt": "executive" heads a title', () => {
    assert.strictEqual(typeIn('The city is led by Chief Executive Marta Brandt since 2017.', 'Marta Brandt'), 'person');
  });
  it('"Quellam International" is an organisation, "Brellan Parish" a place', () => {
    assert.strictEqual(typeIn('A report by Quellam International found abuses.', 'Quellam International'), 'organization');
    assert.strictEqual(typeIn('Officials ordered an evacuation of Brellan Parish on Friday.', 'Brellan Parish'), 'place');
  });
});

describe('name extractor: "and" between two complete names', () => {
  const body =
    'Crews from the Westport Ambulance Service and Westport Fire Brigade came. The Center for Quell Studies and Center for Vorra Safety sued. ' +
    'He visited the National Air and Space Museum. Pacific Gas and Electric Company paid.';
  it('splits two names', () => {
    for (const n of ['Westport Ambulance Service', 'Westport Fire Brigade', 'Center for Quell Studies', 'Center for Vorra Safety']) assert.strictEqual(typeIn(body, n), 'organization', n);
  });
  it('keeps one name whose words are joined by "and"', () => {
    for (const n of ['National Air and Space Museum', 'Pacific Gas and Electric Company']) assert.strictEqual(typeIn(body, n), 'organization', n);
  });
  it('an abbreviation in capitals does not start a person\'s name: "UC Davis"', () => {
    assert.notStrictEqual(typeIn('Researchers at the University of Bristol and UC Davis found it. Davis is in California.', 'UC Davis'), 'person');
  });
});

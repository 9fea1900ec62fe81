import * as assert from 'assert';
import { attributeQuotes, confidentSpeaker, sameSpeaker, Speaker } from '../../server/src/engine/attribution';
import { nameInDraftForm } from '../../server/src/engine/attributionCheck';
import { Entity, NameIndex } from '../../server/src/engine/names';
import { findQuotes } from '../../server/src/engine/quotes';
import { attributionWorld, who } from '../support/attributionWorld';

// Invented news copy: each rule of attribution grammar is tested on sources and drafts written for it.
const SOURCES: Record<string, string> = {
  'trade.md': [
    '---',
    'title: Freedonia and Sylvania agree on trade talks',
    '---',
    '',
    'Freedonian Foreign Minister Anna Kovacs met Sylvanian trade envoy Peter Lindqvist in Vienna on Monday.',
    '',
    '“We agreed on a timetable for the new trade talks between our two countries,” said Anna Kovacs of the Freedonian Foreign Ministry. “Overall,” she continued, “the talks have gone far better than anyone in either capital expected this spring.”',
    '',
    'Lindqvist said the border tariffs would fall. He further stated: “Our farmers have waited eleven long years for this agreement to happen.”',
    '',
    'Of the agreement, Marta Oyelaran, the head of the Sylvanian farmers union, said “this is the best news our members have heard in a decade”.',
    '',
    '“The harvest was the worst we have seen in thirty years,” Lindqvist said. “Many farms in the north will not survive another winter like this one.”',
    '',
    '“Trade is the lifeblood of every town in our region,” said University of Sylvania, Westport\'s rector, Ilse Marek.',
    '',
    'One of the people at the border crossing was Tomas Brandt, 52, a lorry driver, who recalled the old days: “We queued for two whole days at this crossing every single winter.”',
    '',
  ].join('\n'),
  'border.md': [
    '---',
    'title: Sylvania opens its border',
    '---',
    '',
    'Sylvanian Prime Minister Boris Halvorsen visited the border post at Westport on Friday.',
    '',
    'Halvorsen said, “The border will open to lorries again in March next year.”',
    '',
  ].join('\n'),
  'senate.md': [
    '---',
    'title: Freedonian senate votes on tariffs',
    '---',
    '',
    'Freedonian Senator Gary Halvorsen said the senate would vote on the tariffs in April.',
    '',
  ].join('\n'),
};

const { world, speakers, findings } = attributionWorld(SOURCES);

describe('attribution grammar', () => {
  it('"X said" and "said X" give firm speakers in the sources', () => {
    const q = world().sourceQuotes.quotesOf(world().corpus.articles.at(0));
    assert.match(who(q[0]), /Anna Kovacs/);
    assert.ok(confidentSpeaker(q[0].speaker!));
  });

  it('a pronoun after an inverted attribution ("…,” said X. “…,” she continued) is firmly that speaker', () => {
    const q = world().sourceQuotes.quotesOf(world().corpus.articles.at(0));
    const overall = q.find((x) => /far better/.test(x.quote.text))!;
    assert.match(who(overall), /Anna Kovacs/);
    assert.ok(confidentSpeaker(overall.speaker!), JSON.stringify(overall.speaker));
  });

  it('an adverb between subject and verb ("He further stated:")', () => {
    const q = world().sourceQuotes.quotesOf(world().corpus.articles.at(0));
    const farmers = q.find((x) => /eleven long years/.test(x.quote.text))!;
    assert.match(who(farmers), /Lindqvist/);
    assert.ok(confidentSpeaker(farmers.speaker!));
  });

  it('a relative clause after an appositive ("Tomas Brandt, 52, a lorry driver, who recalled …:")', () => {
    const q = world().sourceQuotes.quotesOf(world().corpus.articles.at(0));
    const queued = q.find((x) => /queued/.test(x.quote.text))!;
    assert.match(who(queued), /Tomas Brandt/);
  });

  it('a quotation opening the sentence after “…,” X said. continues X firmly', () => {
    const q = world().sourceQuotes.quotesOf(world().corpus.articles.at(0));
    const farms = q.find((x) => /Many farms/.test(x.quote.text))!;
    assert.match(who(farms), /Lindqvist/);
    assert.strictEqual(farms.speaker!.via, 'continued');
    assert.ok(confidentSpeaker(farms.speaker!));
  });

  it('but not when someone else named between the two quotations speaks there', () => {
    // (Someone the attribution only names, "said after meeting Anna Kovacs", does not break the chain: see
    // attributionOutside.test.ts.)
    const q = speakers('“We agreed,” Lindqvist said as Anna Kovacs told reporters. “The farms will survive.”');
    assert.ok(!q[1].speaker || !confidentSpeaker(q[1].speaker));
  });

  it('"said ORGANISATION, PLACE\'s rector, PERSON": the person in a later part of the appositive', () => {
    const q = world().sourceQuotes.quotesOf(world().corpus.articles.at(0));
    const trade = q.find((x) => /lifeblood/.test(x.quote.text))!;
    assert.strictEqual(who(trade), 'Ilse Marek');
  });

  it('a cleft sentence ("It was Lindqvist who said …")', () => {
    const [q] = speakers('It was Lindqvist who said at the time that “our farmers have waited eleven long years”.');
    assert.match(who(q), /Lindqvist/);
    assert.ok(confidentSpeaker(q.speaker!));
  });

  it('a fronted phrase is not the subject ("Of the deal, Kovacs, the minister, said")', () => {
    const [q] = speakers('Of Peter Lindqvist, Anna Kovacs, the Freedonian minister, said “he is a fine negotiator”.');
    assert.match(who(q), /Anna Kovacs/);
    assert.doesNotMatch(who(q), /Lindqvist/);
  });

  it('an appositive does not start with "and": the clause after it has its own subject', () => {
    const q = speakers('“We agreed on a timetable,” said Peter Lindqvist, and Anna Kovacs, the Freedonian minister, added: “Overall, the talks went well.”');
    assert.match(who(q[1]), /Anna Kovacs/);
  });

  it('a subject starts at a word: "…”, and Jones later wrote" is not the earlier speaker', () => {
    // Jones is unknown to the sources: the earlier clause's speaker must not stand in for "nd Jones".
    const q = speakers('Peter Lindqvist said the plan “needs more work”, and Jones later wrote: “Our members are happy.”');
    assert.doesNotMatch(who(q[1]), /Lindqvist/);
  });
});

describe('attribution grammar: names and paragraphs', () => {
  it('a name ends at a sentence end ("… in Vienna. He noted" is not a speaker "Vienna. He")', () => {
    const [q] = speakers('Peter Lindqvist said the tariffs would fall in Vienna. He noted, “Our farmers have waited eleven long years.”');
    assert.match(who(q), /Lindqvist/);
    assert.ok(confidentSpeaker(q.speaker!));
  });

  it('a person named before "of" is the speaker, not what follows ("Mick Jagger of The Rolling Stones")', () => {
    const names = new NameIndex();
    for (const [id, name] of ['Mick Jagger', 'Rolling Stones'].entries()) {
      const e: Entity = { id, name, type: 'person', aliases: [], roles: [], mentions: [] };
      names.entities.push(e);
      names.addForm(name, e);
    }
    const text = 'Mick Jagger of The Rolling Stones also reacted on Twitter, “Sad news hearing that Ginger Baker has died.”';
    const [q] = attributeQuotes(text, 0, findQuotes(text, 'markdown').quotes, names);
    assert.strictEqual(who(q), 'Mick Jagger');
  });

  it('a block quote after a paragraph ending in a colon is introduced by that paragraph', () => {
    const q = speakers('Anna Kovacs said: “We agreed on a timetable.” Peter Lindqvist\'s statement began:\n\n> Our farmers have waited eleven long years for this.\n');
    assert.match(who(q[1]), /Lindqvist/);
  });
});

describe('attribution grammar: ambiguous names, times, several speakers', () => {
  it('a surname several people share is, in a source article, the one the article mentions', () => {
    const border = world().corpus.articles.find((a) => a.path === 'border.md')!;
    const [q] = world().sourceQuotes.quotesOf(border);
    assert.strictEqual(who(q), 'Boris Halvorsen');
  });

  it('a pronoun whose name the index holds under several entries is still firm (one surname)', () => {
    const [q] = speakers('Halvorsen said the border would open. He added: “The lorries will come back in March.”');
    assert.ok(q.speaker!.entities.length >= 2, JSON.stringify(q.speaker));
    assert.ok(confidentSpeaker(q.speaker!));
  });

  it('"X, a description, on Tuesday told": a day between the appositive and the verb; a day is not a speaker', () => {
    const [q] = speakers('Tomas Brandt, a lorry driver from Westport, on Tuesday told reporters the queues were gone. He added that “the border is open again”.');
    assert.match(who(q), /Tomas Brandt/);
    assert.ok(confidentSpeaker(q.speaker!));
  });

  it('"she added" after someone the index does not know spoke is not the earlier quotation\'s speaker', () => {
    const q = speakers('“We agreed on a timetable,” said Anna Kovacs.\n\nJane Doe, a farmer, on Friday told reporters the deal came late. She added that “the farmers are tired of waiting”.');
    assert.ok(!q[1].speaker || !confidentSpeaker(q[1].speaker), JSON.stringify(q[1].speaker));
  });

  it('"X and Y said": both are the speakers', () => {
    const [q] = speakers('Foreign Minister Anna Kovacs and trade envoy Peter Lindqvist on Monday said the talks covered “many specific issues”.');
    assert.deepStrictEqual(q.speaker!.entities.map((e) => e.name).sort(), ['Anna Kovacs', 'Peter Lindqvist']);
  });
});

describe('attribution grammar: whose words in reported speech', () => {
  it('"Kovacs met Lindqvist, who said “…”": the relative clause\'s person', () => {
    const [q] = speakers('Anna Kovacs met Peter Lindqvist, who said “our farmers have waited eleven long years”.');
    assert.strictEqual(who(q), 'Peter Lindqvist');
  });

  it('a role named with the person in an appositive is that person ("The envoy, Tomas Brandt, said")', () => {
    // "The envoy" alone would be the envoy last named (Lindqvist); the appositive names who it is this time.
    const [q] = speakers('Peter Lindqvist left early. The envoy, Tomas Brandt, said the queues “were gone by the morning”.');
    assert.strictEqual(who(q), 'Tomas Brandt');
    assert.ok(confidentSpeaker(q.speaker!));
  });

  it('"a Lindqvist aide said": a name qualifying a noun is not the speaker', () => {
    const [q] = speakers('On Monday the Lindqvist aide said “the talks went well”.');
    assert.ok(!q.speaker || !q.speaker.entities.length, JSON.stringify(q.speaker));
  });

  it('"X said “…”, while Y said there was “…”": the second quotation is Y\'s', () => {
    const q = speakers('Anna Kovacs said “the talks went well”, while Peter Lindqvist said there was “no agreement on tariffs”.');
    assert.strictEqual(who(q[1]), 'Peter Lindqvist');
  });

  it('"Kovacs\'s deputy said": the possessor is not the speaker', () => {
    const [q] = speakers('Kovacs\'s deputy said “the talks went well”.');
    assert.ok(!q.speaker || !q.speaker.entities.some((e) => e.name === 'Anna Kovacs'), JSON.stringify(q.speaker));
  });

  it('"Kovacs said Lindqvist had told her: “…”": the verb that leads into the quotation', () => {
    const [q] = speakers('Anna Kovacs said Peter Lindqvist had told her: “Our farmers have waited eleven long years.”');
    assert.strictEqual(who(q), 'Peter Lindqvist');
  });

  it('"Lindqvist recalled Kovacs\'s words: “…”": the words are the possessor\'s', () => {
    const [q] = speakers('Peter Lindqvist recalled Anna Kovacs\'s words: “We agreed on a timetable for the new trade talks.”');
    assert.strictEqual(who(q), 'Anna Kovacs');
  });
});

describe('people the name index does not know', () => {
  it('a first and last name after a title ("said Westport County Sheriff Olaf Brennan") is a firm speaker', () => {
    const [q] = speakers('“The river rose three metres overnight,” said Westport County Sheriff Olaf Brennan.');
    assert.strictEqual(q.speaker!.name, 'Olaf Brennan');
    assert.ok(confidentSpeaker(q.speaker!));
  });

  it('"quipped ORGANISATION editor FIRST LAST": the object runs through a lower-case title to the person', () => {
    const [q] = speakers('“You have to work those seven days to earn a weekend,” quipped Westport Gazette editor Olaf Brennan, later in the panel.');
    assert.strictEqual(q.speaker!.name, 'Olaf Brennan');
    assert.ok(confidentSpeaker(q.speaker!));
    // … but not through a preposition: "said Anna Kovacs after Peter Lindqvist left" is Kovacs.
    const [r] = speakers('“We agreed on a timetable,” said Anna Kovacs after Peter Lindqvist left.');
    assert.strictEqual(who(r), 'Anna Kovacs');
  });

  it('a capitalised title is not a name ("The Sylvanian Chief Tariff Negotiator said")', () => {
    const [q] = speakers('The Sylvanian Chief Tariff Negotiator said “we will not reopen the agreement”.');
    assert.ok(!q.speaker?.name && !confidentSpeaker(q.speaker!), JSON.stringify(q.speaker));
  });

  it('such a person in an appositive, before "of", or after a possessive', () => {
    for (const text of [
      'The sheriff, Olaf Brennan, said “the river rose three metres overnight”.',
      'Olaf Brennan of the Westport Gazette said “the river rose three metres overnight”.',
      'The Gazette\'s Olaf Brennan said “the river rose three metres overnight”.',
    ]) {
      const [q] = speakers(text);
      assert.strictEqual(q.speaker?.name ?? q.speaker?.text, 'Olaf Brennan', text);
      assert.ok(confidentSpeaker(q.speaker!), text);
    }
  });

  it('an organisation whose name ends in a person\'s is a misread title ("… to the United Nations Nikki Haley")', () => {
    const names = new NameIndex();
    const org: Entity = { id: 0, name: 'United Nations Nikki Haley', type: 'organization', aliases: [], roles: [], mentions: [] };
    names.entities.push(org);
    names.addForm(org.name, org);
    const text = 'Former US Ambassador to the United Nations Nikki Haley wrote on Twitter, “We must always have the backs of our allies.”';
    const [q] = attributeQuotes(text, 0, findQuotes(text, 'markdown').quotes, names);
    assert.deepStrictEqual(q.speaker!.entities, []);
    assert.strictEqual(q.speaker!.name, 'Nikki Haley');
    assert.ok(confidentSpeaker(q.speaker!));
  });

  it('a bare surname stands for the full name given earlier in the text', () => {
    const q = speakers('Nikki Haley added that “the Kurds were instrumental”. Haley later wrote: “The SDF suffered thousands of casualties.”');
    assert.strictEqual(q[1].speaker!.name, 'Nikki Haley');
    assert.ok(confidentSpeaker(q[1].speaker!));
  });

  it('two unknown full names with different surnames are different people; the same surname is not proof', () => {
    const s = (text: string, name?: string): Speaker => ({ text, start: 0, end: 0, entities: [], via: 'after', name });
    assert.strictEqual(sameSpeaker(s('Santa Barbara County Sheriff Bill Brown', 'Bill Brown'), s('Monica Rochester')), false);
    assert.strictEqual(sameSpeaker(s('Sheriff Bill Brown', 'Bill Brown'), s('Santa Barbara County Sheriff Bill Brown', 'Bill Brown')), true);
    assert.notStrictEqual(sameSpeaker(s('William Brown'), s('Bill Brown')), false);
  });

  it('the quick-fix names such a person by name in the draft\'s form, not by the title', () => {
    const s = (text: string, name?: string): Speaker => ({ text, start: 0, end: 0, entities: [], via: 'after', name });
    const source = s('Santa Barbara County Sheriff Bill Brown', 'Bill Brown');
    assert.strictEqual(nameInDraftForm(s('Monica Rochester'), source), 'Bill Brown');
    assert.strictEqual(nameInDraftForm(s('Rochester'), source), 'Brown');
  });
});

describe('misattributed quotes (invented sources)', () => {
  it('flags words the source gives to another person, found through each of the rules above', () => {
    const draft = [
      '“The talks have gone far better than anyone in either capital expected this spring,” Marta Oyelaran said.',
      '',
      'It was Anna Kovacs who said that “our farmers have waited eleven long years for this agreement to happen”.',
      '',
      'Peter Lindqvist said “we queued for two whole days at this crossing every single winter”.',
      '',
      '“Many farms in the north will not survive another winter like this one,” Anna Kovacs said.',
      '',
      '“Trade is the lifeblood of every town in our region,” said Peter Lindqvist.',
      '',
      'Olga Stenmark, a farmer, said the deal came late. Stenmark later wrote: “Our farmers have waited eleven long years for this agreement to happen.”',
      '',
    ].join('\n');
    const kinds = findings(draft).filter((f) => f.kind === 'misattributed').map((f) => f.quote.split(' ').slice(0, 3).join(' '));
    assert.deepStrictEqual(kinds, ['The talks have', 'our farmers have', 'we queued for', 'Many farms in', 'Trade is the', 'Our farmers have']);
  });

  it('leaves the same quotes alone when the draft names the right speaker', () => {
    const draft = [
      '“The talks have gone far better than anyone in either capital expected this spring,” Anna Kovacs said.',
      '',
      'It was Lindqvist who said that “our farmers have waited eleven long years for this agreement to happen”.',
      '',
      'Tomas Brandt said “we queued for two whole days at this crossing every single winter”.',
      '',
      'Of Anna Kovacs, Marta Oyelaran, the union head, said “this is the best news our members have heard in a decade”.',
      '',
      '“Many farms in the north will not survive another winter like this one,” Peter Lindqvist said.',
      '',
      '“Trade is the lifeblood of every town in our region,” said Ilse Marek.',
      '',
    ].join('\n');
    assert.deepStrictEqual(findings(draft).filter((f) => f.kind === 'misattributed'), []);
  });
});

describe('attribution: a word inside a place\'s name in the speaker phrase', () => {
  // "Francis" is a person's name in one source (Pope Francis); in the other it is part of a hospital's.
  const place = attributionWorld({
    'pope.md': ['---', 'title: Pope visits', '---', '', 'The bishops met Pope Francis in the morning and Pope Francis said a prayer.', ''].join('\n'),
    'crash.md': [
      '---',
      'title: Plane crash',
      '---',
      '',
      'Crash victims were taken to Hartford Hospital and Saint Francis Hospital in the area.',
      '',
      'Steven Wolf at Saint Francis said, "We received a mass casualty alert following the plane crash this morning."',
      '',
    ].join('\n'),
  });
  it('gives the quote to the person before "at Saint Francis", not to a Francis named elsewhere', () => {
    const crash = place.world().corpus.articles.find((a) => a.path === 'crash.md')!;
    const q = place.world().sourceQuotes.quotesOf(crash);
    assert.match(q[0].speaker?.entities.map((e) => e.name).join(' & ') ?? '', /^Steven Wolf$/);
  });
});

import * as assert from 'assert';
import { attributeQuotes, confidentSpeaker } from '../../server/src/engine/attribution';
import { Entity, NameIndex } from '../../server/src/engine/names';
import { findQuotes } from '../../server/src/engine/quotes';
import { attributionWorld, firm, who } from '../support/attributionWorld';

// Invented copy for the general grammar of attribution that tuning drafts showed was missing (issue #4): which
// clause an attribution belongs to, whose words follow a verb of reacting, organisations and the people who speak
// for them. Each test fails without the rule it names.
const SOURCES: Record<string, string> = {
  'probe.md': [
    '---',
    'title: Notes from the week',
    '---',
    '',
    'Helixa said the affected staff would receive enhanced redundancy packages. Chief executive Ray Kim said the company "followed the science."',
    '',
    'Prime Minister Boris Johnson asked the Queen to suspend Parliament. Labour leader Jeremy Corbyn called it "a smash and grab on our democracy."',
    '',
    'The architect Sir Nigel Brandt said the building would "give the river back to the people who live beside it." Council leader Thomas Whitby said "the rehearsal is where the real work happens."',
    '',
    'Senator Rita Gomez of New Mexico spoke last. "I want facts, not headlines," Senator Gomez said.',
    '',
    'The Democrat from New Mexico said she would wait for the report.',
    '',
    'The Iranian carrier Mahan Air denied the reports. Mahan said the flights carried "only humanitarian goods and passengers."',
    '',
    'Landlord Peter Hollis and his wife Jane ran the pub for 22 years. "It broke our hearts to close the doors," his wife Jane said.',
    '',
    'Striker Daniel Okafor, 20, scored in the last minute. "I just closed my eyes and hit it," he said.',
    '',
  ].join('\n'),
  'talks.md': [
    '---',
    'title: Talks on the border',
    '---',
    '',
    'Minister Ana Brandt and envoy Luis Mendes met on Monday. Brandt, like Mendes, called the talks "constructive and long overdue for both sides."',
    '',
    'Councillor Ray Dunn spoke after Mayor Bill Cole. Cole said the bypass plan was "dead and buried for this decade at least."',
    '',
    '"We will not give up on this town, whatever it costs us." Those were the words of Maria Lopez, who runs the shelter.',
    '',
  ].join('\n'),
  'ocean.md': [
    '---',
    'title: Plankton bloom after the eruption',
    '---',
    '',
    'Co-lead author Sam Wilson of the Center for Microbial Oceanography: Research and Education (C-MORE) said, "The expedition was a unique chance to see it first-hand." Wilson led the second voyage.',
    '',
  ].join('\n'),
  'valley.md': [
    '---',
    'title: Valley dam plan divides the region',
    '---',
    '',
    'Governor Helena Marsh said the dam would be finished by 2022. Engineer Tobias Wren said the site was sound.',
    '',
    'Bishop Aldo Ferrante of the valley diocese said, "We have asked for years why the farmers were never consulted?"  Senator Clara Quist said, "The people of the valley deserve a vote before anything is built."',
    '',
    'Helena Marsh rejected Quist\'s statement: "A vote would delay the dam by at least ten years and cost the valley its water."',
    '',
    'The Valley Farmers Union said the plan was "a betrayal of every family that works this land" in a statement on Monday.',
    '',
    '"We stand with the farmers" wrote Clara Quist "and we will fight this plan in every court of the land."',
    '',
    'The Northern Commission on Water Rights (NCWR) also criticized the plan on Tuesday. They released a statement which said, "The dam ignores every agreement on water signed since 1950."',
    '',
    'Union spokeswoman Petra Lindqvist said the union would march on Friday.',
    '',
    'Clara Quist cited the water treaty of 1950 and said, "They need to keep their word to the valley."',
    '',
    'Helena Marsh spoke for an hour. A source within the Valley Farmers Union reportedly said "the union will sue the governor next week."',
    '',
    'The police said "the dam site will be guarded day and night by armed officers." Police spokesman Ivo Brandt said the guards would be armed.',
    '',
    'Helena Marsh, the governor of the valley, opened the hearing. Prosecutor Marta Vey QC said the farmers had a case.',
    '',
    'One of the villagers said "we will all leave the valley if the dam is ever built." Anna Berg, one of the villagers, spoke at the hearing. Tobias Wren said the villagers were wrong.',
    '',
    'Engineer Oskar Lind was exhausted after the inspection. "The walls of the dam will hold for a hundred years," he said.',
    '',
    'Senator Clara Quist spoke first at the hearing.',
    '',
    'One of the villagers decided to speak to reporters. She said the valley was "the only home we have ever known in our lives".',
    '',
    'Farmer Louise Hollis said, "We lost the whole orchard to the water in one night." Her husband, Daniel Hollis, said the dam was a mistake.',
    '',
    'The valley\'s water ministry said "the river will be diverted in the spring." Hugo Brenner, the head of the city\'s roads ministry, said the roads would close. Water ministry engineer Jon Ek inspected the river.',
    '',
  ].join('\n'),
  'harbour.md': [
    '---',
    'title: Harbour vote called off',
    '---',
    '',
    'Council leader Peter Vance filed the complaint on Sunday. According to a memo posted online by Councillor Ruth Adair, the council cancelled its planned vote because the mayor did "not respect the authority of this chamber to decide the matter."',
    '',
    'Surveyor Dana Pike said the pier was sound. Historian Colm Reid of the University of Galway, Ireland disagreed with the survey: "The old pier was never used by the fishing fleet after the war."',
    '',
  ].join('\n'),
  'court.md': [
    '---',
    'title: Sentence in the Dunmore case',
    '---',
    '',
    'Prosecutor Kama Melly told the court the defendant had planned the attack. Judge Ann Hall said, "This was a cruel and calculated crime against a family." Melly said "the evidence speaks for itself in every respect."',
    '',
    'Defence lawyer Tom Reyes said his client "will appeal against the sentence." Another lawyer, Joan Pike, said "the family has waited long enough for justice."',
    '',
  ].join('\n'),
  'inquest.md': [
    '---',
    'title: Inquest adjourned',
    '---',
    '',
    'Carl Wyatt, 19, died when his motorcycle hit a car outside the base. Wyatt\'s mother, Ruth Abbot, said the family had been "let down at every turn."',
    '',
    'His father, Leon Wyatt, told the hearing he visited the roadside every week. "I stand there and ask what I should have done differently," Mr Wyatt said.',
    '',
    'The coroner, Dr Ines Moll, said she would adjourn the inquest. Rovers manager Steve Harland said, "We were second best for an hour, but this group never stops running."',
    '',
  ].join('\n'),
  'probe3.md': [
    '---',
    'title: Fraud, parking and a strike',
    '---',
    '',
    'Michael Evans, whose mother, Dorothy, lost £86,000, said: "My mother died thinking she had nothing left to give her grandchildren."',
    '',
    'Cllr Anita Patel said the plan was sound. But her Conservative opponent, Cllr Raj Patel, who is no relation, disagreed. "Ask any shopkeeper on Bridge Street what happens when people cannot park," he said.',
    '',
    'Margaret Halloran, known to everyone as Peggy, has died at 91. "It wasn\'t about the five minutes," Peggy said in a 2004 interview.',
    '',
    'Cllr Tom Whitley, the cabinet member for transport, said he backed the homes. "I will not vote for a promise," Cllr Whitley said.',
    '',
    'His party colleague, Cllr Sarah Whitley, who is his wife, took a different view. "Homes are what we need," she told the meeting.',
    '',
  ].join('\n'),
  'match.md': [
    '---',
    'title: Late strike for Castleford',
    '---',
    '',
    'Castleford manager Kevin Doyle said the win was "built on stubbornness." His nephew, Jamie Doyle, scored the equaliser. Ashby co-founder Lena Voss watched from the stand.',
    '',
    'Doyle refused to get carried away. "There are eight games left and every one of them is a cup final," the Castleford manager said.',
    '',
    '"We will be back next season, stronger than ever before," the Ashby co-founder said.',
    '',
  ].join('\n'),
  'ministers.md': [
    '---',
    'title: Gas deal reached',
    '---',
    '',
    'Foreign Minister Lucía Ferrer and Economy Minister Paolo Russo met in Brussels. Ferrer said Madrid would press for a review. "This is not the end of the conversation," the Spanish minister said.',
    '',
    'Later, Ferrer thanked Russo, praising Russo for his patience. "We were never far apart on the numbers," the minister said.',
    '',
  ].join('\n'),
  'trust.md': [
    '---',
    'title: Trust apologises',
    '---',
    '',
    "The trust's chief executive, Dr Helen Marsh, said she was sorry. 'Patients trusted us and we failed them,' Dr Marsh said.",
    '',
    "The patient who raised the alarm, Mrs Joan Fairweather, 71, said she had waited two years. 'I thought I had been forgotten,' Mrs Fairweather said.",
    '',
    "Her husband, Mr Colin Fairweather, said she could not walk. 'She has been marvellous about it,' Mr Fairweather said. 'Nobody should have to wait like that.'",
    '',
    "Mr Simon Marsh, chairman of the patient group, said the apology was overdue. Mr Marsh said: 'An apology is a start.'",
    '',
    "Mr Marsh said his group would hold a public meeting. 'People want to be heard,' he said.",
    '',
  ].join('\n'),
  'moore.md': [
    '---',
    'title: Clinton campaign',
    '---',
    '',
    'Minyon Moore, a senior adviser to the campaign, called the remarks "a true wake-up call." "Are we where we need to be? Probably not," Ms. Moore said.',
    '',
  ].join('\n'),
  'moore2.md': [
    '---',
    'title: Budget vote',
    '---',
    '',
    'Representative Gwen Moore said the bill "would hurt working families in every district."',
    '',
  ].join('\n'),
  'taxation.md': [
    '---',
    'title: Tax deal',
    '---',
    '',
    '“Only legislation can decisively stop them,” Lew said in the conference call.',
    '',
    'Edward Kline, former chief of staff of the Joint Committee on Taxation, agreed that the department had limited power.',
    '',
    '“The department is trying to hold back the tide with a broom,” he said.',
    '',
  ].join('\n'),
  'tuning9.md': [
    '---',
    'title: Launch delay and a budget',
    '---',
    '',
    'The Indian Space Research Organisation delayed the launch. According to Rohan Mehta, who tracks the industry, the delay was small. “A three-week delay is nothing,” said Mehta.',
    '',
    'According to Musa Ladan, chief economist at Harbour Street Securities in Lagos, “the numbers hold together if oil stays above 75 dollars a barrel.” Chinedu Eze, the finance minister, disagreed.',
    '',
    'The vice minister, Choi Jae-won, ordered an audit. “If one university can do this for five years, we have to ask who else is doing it,” Choi said. Park Ji-won, the student council president, organised a vigil.',
    '',
    'One of the strikers, Ewa Nowak, a theatre nurse, said she had worked seven nights. “I see my children awake only on Sundays,” she said. The union leader, Anna Nowak, called the strike.',
    '',
  ].join('\n'),
  'tuning10.md': [
    '---',
    'title: A fire on the island and a weaver remembered',
    '---',
    '',
    'Captain Nikos Dimou led the crews above the village. Reached by phone, Petros Lianos said the volunteers had cut a firebreak and described the fire line: “It is like standing in front of a furnace with the door open.”',
    '',
    'The weaver Aiko Tamura died on Friday. Her son Kenji Tamura and her daughter Mari Tamura survive her. “She kept every broken thread in a numbered box,” said Rina Oshiro, the museum curator, who called her “a patient genius of the loom.”',
    '',
    'Aiko Tamura was asked in 1998 whether the method was her own. “I did not invent anything at all,” she said.',
    '',
  ].join('\n'),
  'tuning11.md': [
    '---',
    'title: A trial, a volcano and a board meeting',
    '---',
    '',
    'Under cross-examination by the defence lawyer, Peter Kamau, the runner Mercy Chebet was asked why she had waited. "Because I was afraid," Chebet replied.',
    '',
    '"Or because you needed someone to blame?" Kamau asked.',
    '',
    '"I blamed myself for three years. It did not help."',
    '',
    'Sigrún Jónsdóttir, a teacher, has left her house twice this year. "I have packed the car four times," she said. The hazards specialist Sigríður Jónsdóttir said the magma was rising.',
    '',
    'Bill Sorensen, a retired pastor, spoke last. "Somebody in Austin should try sitting through five hours of this," Sorensen said. Trustee Elena Garza voted no.',
    '',
    'The Colchagua Growers\' Guild said Ugarte had "showed a whole generation that a small vineyard could stand up to the weather."',
    '',
  ].join('\n'),
  'tower.md': [
    '---',
    'title: Tower approved',
    '---',
    '',
    'The architect Sir Nigel Brandt presented the plans. According to the developer, Harbourline Estates, construction will begin next spring.',
    '',
    'Harbourline said in a statement that it was "delighted that the council has backed our vision".',
    '',
  ].join('\n'),
  'tuning8.md': [
    '---',
    'title: Harbour final and a new opera',
    '---',
    '',
    'Harbour United led through their captain Rory McCall, who scored from the spot. Their goalkeeper, Sean Doyle, saved twice.',
    '',
    'McCall played the last hour with his ankle strapped. “My ankle was gone before half-time, but nobody leaves a final,” the captain said.',
    '',
    'The businessman Victor Hale paid for the new stand. “Every seat here was paid for by people who love this club,” said the man who has run the supporters trust for a decade.',
    '',
    'The soprano Ilse Marr, who sang Carmen, said the last act had been the hardest music of her life. “There is no rest anywhere in it,” she told the audience.',
    '',
    'Professor Hanna Berg, who led the study, said the lamps mattered. “Trees are counting the hours of darkness in every street,” said her colleague Tomas Weir.',
    '',
  ].join('\n'),
};

const grammarWorld = attributionWorld(SOURCES);
const { speakers, sourceQuote, misattributed } = grammarWorld;

describe('attribution grammar: which quotation an attribution introduces', () => {
  it('“A?” X said, “B.”: after a quotation that ends its sentence, "X said," leads into the next one', () => {
    assert.strictEqual(who(sourceQuote(/asked for years/)), 'Aldo Ferrante');
    assert.strictEqual(who(sourceQuote(/deserve a vote/)), 'Clara Quist');
    assert.deepStrictEqual(misattributed('Aldo Ferrante said: “We have asked for years why the farmers were never consulted?”\n'), []);
  });

  it('“A” wrote X “b …”: a quotation going on in lower case after the attribution is X\'s, without a comma', () => {
    const q = sourceQuote(/fight this plan/);
    assert.strictEqual(who(q), 'Clara Quist');
    assert.ok(firm(q));
  });
});

describe('attribution grammar: a person and their affiliation', () => {
  it('"Co-lead author X of the Center for Oceanography: Research and Education (C-MORE) said": a colon inside the affiliation\'s name', () => {
    const q = sourceQuote(/unique chance to see/);
    assert.strictEqual(who(q), 'Sam Wilson');
    assert.ok(firm(q), JSON.stringify(q?.speaker));
  });
});

describe('attribution grammar: false alarms a probe found in 2026-11', () => {
  it('"Brandt, like Mendes, called the talks “…”": a writer who quotes Mendes is not accused', () => {
    assert.deepStrictEqual(misattributed('Mendes called the talks “constructive and long overdue for both sides.”\n'), []);
    assert.deepStrictEqual(misattributed('Brandt called the talks “constructive and long overdue for both sides.”\n'), []);
    assert.strictEqual(misattributed('Maria Lopez called the talks “constructive and long overdue for both sides.”\n').length, 1);
  });

  it('"Dunn agreed with Cole that “…”" in a draft gives the words to either', () => {
    assert.deepStrictEqual(misattributed('Councillor Ray Dunn agreed with Cole that the bypass plan was “dead and buried for this decade at least.”\n'), []);
    assert.strictEqual(misattributed('Ray Dunn said the bypass plan was “dead and buried for this decade at least.”\n').length, 1);
  });

  it('"“…” Those were the words of Maria Lopez": the next sentence names the speaker', () => {
    const q = sourceQuote(/whatever it costs us/);
    assert.strictEqual(who(q), 'Maria Lopez');
    assert.ok(firm(q));
    assert.deepStrictEqual(misattributed('“We will not give up on this town, whatever it costs us,” said Maria Lopez.\n'), []);
  });
});

describe('attribution grammar: false alarms a probe found in 2026-12', () => {
  it('"Sir Nigel" is Nigel Brandt; "Dame Eleanor" is not Thomas Whitby', () => {
    assert.deepStrictEqual(misattributed('Sir Nigel said the building would “give the river back to the people who live beside it.”\n'), []);
    assert.strictEqual(misattributed('Dame Eleanor said “the rehearsal is where the real work happens.”\n').length, 1);
  });

  it('"the Democrat said" is a member of the party, not the party: no one to accuse', () => {
    assert.deepStrictEqual(misattributed('“I want facts, not headlines,” the Democrat said.\n'), []);
  });

  it('"Mahan said" is the airline Mahan Air, so "the Iranian airline said" is not accused', () => {
    assert.strictEqual(who(sourceQuote(/humanitarian goods/)), 'Mahan Air');
    assert.deepStrictEqual(misattributed('The Iranian airline said the flights carried “only humanitarian goods and passengers.”\n'), []);
  });

  it('"said the 20-year-old" is an attribution, not the previous speaker going on', () => {
    assert.deepStrictEqual(misattributed('“It broke our hearts to close the doors,” Mrs Hollis said.\n\n“I just closed my eyes and hit it,” said the 20-year-old.\n'), []);
  });

  it('"his wife Jane said": "Mrs Hollis" may be her, "Mr Hollis" is not', () => {
    assert.deepStrictEqual(misattributed('“It broke our hearts to close the doors,” Mrs Hollis said.\n'), []);
    assert.strictEqual(misattributed('“It broke our hearts to close the doors,” Mr Hollis said.\n').length, 1);
  });
});

describe('attribution grammar: the 208-quote set and the second probe', () => {
  it('"When Boris Johnson asked the Queen …, Jeremy Corbyn called it a ‘…’": the opening clause sets the scene, the main clause speaks', () => {
    assert.deepStrictEqual(misattributed('When Boris Johnson asked the Queen to suspend Parliament, Labour leader Jeremy Corbyn called it “a smash and grab on our democracy.”\n'), []);
    assert.strictEqual(misattributed('When Jeremy Corbyn heard the news, Boris Johnson called it “a smash and grab on our democracy.”\n').length, 1);
    // ("As Johnson said, “…”": a clause with nothing after its comma but the quotation is the attribution.)
    assert.strictEqual(misattributed('As Johnson said, “a smash and grab on our democracy.”\n').length, 1);
  });

  it('three words a draft says someone said, where the source does not quote them, are not a direct quote', () => {
    const { findings } = grammarWorld;
    assert.deepStrictEqual(findings('Ray Kim said the affected staff would get “enhanced redundancy packages”.\n').map((f) => f.kind), ['not-a-direct-quote']);
    // (Scare quotes with no one saying them are the writer's.)
    assert.deepStrictEqual(findings('The staff will get “enhanced redundancy packages” from Helixa.\n'), []);
  });
});

describe('attribution grammar: tuning set 7 (held-out set 4 until session 13)', () => {
  it('"According to a memo posted online by X, the council cancelled … because the mayor did “…”": the memo\'s author is the source', () => {
    const q = sourceQuote(/authority of this chamber/);
    assert.strictEqual(who(q), 'Ruth Adair');
    assert.ok(firm(q), JSON.stringify(q?.speaker));
  });

  it('"According to X, the council leader who filed the complaint, the mayor had refused …" in a draft: X, past the appositive', () => {
    assert.deepStrictEqual(
      misattributed('According to Peter Vance, the council leader who filed the complaint, the mayor had refused to respect “the authority of this chamber to decide the matter.”\n'),
      ['the authority of'],
    );
    assert.deepStrictEqual(misattributed('According to Ruth Adair, the councillor who wrote the memo, the mayor did “not respect the authority of this chamber to decide the matter.”\n'), []);
  });

  it('"Historian X of the University of Galway, Ireland disagreed: “…”": another person in the draft is accused, X is not', () => {
    assert.deepStrictEqual(misattributed('“The old pier was never used by the fishing fleet after the war,” Pike conceded.\n'), ['The old pier']);
    assert.deepStrictEqual(misattributed('“The old pier was never used by the fishing fleet after the war,” Reid said.\n'), []);
  });
});

describe('attribution grammar: false alarms of the third probe (2026-12-01)', () => {
  it('"X, whose mother, Dorothy, lost £86,000, said": a comma between digits ends no aside, and the name in a relative clause does not speak', () => {
    assert.strictEqual(who(sourceQuote(/nothing left to give/)), 'Michael Evans');
    assert.deepStrictEqual(misattributed('Michael Evans said: “My mother died thinking she had nothing left to give her grandchildren.”\n'), []);
  });

  it('"Cllr" is a title: "Cllr Anita Patel" and "Cllr Raj Patel" are two people, and Raj Patel\'s words are his', () => {
    assert.deepStrictEqual(misattributed('Raj Patel said: “Ask any shopkeeper on Bridge Street what happens when people cannot park.”\n'), []);
    assert.deepStrictEqual(misattributed('Anita Patel said: “Ask any shopkeeper on Bridge Street what happens when people cannot park.”\n'), ['Ask any shopkeeper']);
  });

  it('"Cllr Tom Whitley … “…,” Cllr Whitley said": a shared surname stands for the one written out last in the paragraph', () => {
    assert.strictEqual(who(sourceQuote(/vote for a promise/)), 'Tom Whitley');
    assert.deepStrictEqual(misattributed('Sarah Whitley said: “I will not vote for a promise.”\n'), ['I will not']);
    assert.deepStrictEqual(misattributed('Tom Whitley said: “I will not vote for a promise.”\n'), []);
  });

  it('"The company, said Kessler, is “…”" in a draft: an inverted attribution between commas names the speaker', () => {
    const q = speakers('Ana Kessler ran the firm. The company, said Kessler, is “hiring again in engineering.”');
    assert.strictEqual(q[0].speaker?.name, 'Ana Kessler');
    assert.ok(firm(q[0]));
    // ("said to be the largest" names no one.)
    assert.strictEqual(speakers('Ana Kessler ran the firm. The company, said to be the largest, is “hiring again in engineering.”')[0].speaker, undefined);
  });

  it('"Margaret Halloran, known to everyone as Peggy,": "Peggy said" is Margaret Halloran', () => {
    assert.deepStrictEqual(misattributed('Margaret Halloran said “it wasn\'t about the five minutes.”\n'), []);
  });
});

describe('attribution grammar: a body\'s name and a role', () => {
  it('"the Castleford manager said" is the one person named before with that role, not the club', () => {
    assert.strictEqual(who(sourceQuote(/eight games left/)), 'Kevin Doyle');
    assert.deepStrictEqual(misattributed('Kevin Doyle said: “There are eight games left and every one of them is a cup final.”\n'), []);
    const found = grammarWorld.attributions('Jamie Doyle said: “There are eight games left and every one of them is a cup final.”\n');
    assert.deepStrictEqual(found.map((f) => [f.kind, f.sourceSpeaker?.entities.map((e) => e.name)]), [['misattributed', ['Kevin Doyle']]]);
  });

  it('a hyphenated role ("the Ashby co-founder", "the vice-president") is read, in a source and in a draft, without error', () => {
    assert.strictEqual(who(sourceQuote(/stronger than ever/)), 'Lena Voss');
    assert.deepStrictEqual(misattributed('“We will be back next season, stronger than ever before,” the vice-president said.\n'), []);
    assert.deepStrictEqual(misattributed('“We will be back next season, stronger than ever before,” the Ashby co-founder said.\n'), []);
    assert.deepStrictEqual(misattributed('“There are eight games left and every one of them is a cup final,” the Ashby co-founder said.\n'), ['There are eight']);
  });
});

describe('attribution grammar: a description after a sentence about its holder', () => {
  it('"Ferrer said …. “…,” the Spanish minister said": a role of the person who opened the sentence before, no one named since', () => {
    const q = sourceQuote(/not the end of the conversation/);
    assert.strictEqual(who(q), 'Lucía Ferrer');
    assert.ok(firm(q), JSON.stringify(q?.speaker));
    assert.deepStrictEqual(misattributed('Russo said: “This is not the end of the conversation.”\n'), ['This is not']);
    // ("praising Russo": the last person named is no sentence's subject, so "the minister" is only a guess.)
    assert.ok(!firm(sourceQuote(/never far apart/)));
    assert.deepStrictEqual(misattributed('Ferrer said: “We were never far apart on the numbers.”\n'), []);
  });
});

describe('attribution grammar: a press release\'s "Name, title:"', () => {
  it('"Alasdair Munro, chief executive: “…”" opening a paragraph names the speaker; "Unlike Solberg, Watanabe was cautious:" does not name Solberg', () => {
    const q = speakers('The ferry operator announced its new fleet.\n\nAlasdair Munro, chief executive: “We chose hybrid-electric technology because it works today.”\n');
    assert.strictEqual(q[0].speaker?.text, 'Alasdair Munro');
    assert.ok(firm(q[0]));
    const r = speakers('The two scientists disagreed.\n\nUnlike Solberg, Watanabe was cautious about Europa: “Let us first understand our own ocean.”\n');
    assert.ok(!/Solberg/.test(r[0].speaker?.name ?? r[0].speaker?.text ?? ''), JSON.stringify(r[0].speaker));
  });
});

describe('attribution grammar: people of one surname told apart by a courtesy title or a pronoun', () => {
  it('"Dr Marsh" is Dr Helen Marsh, "Mrs Fairweather" is Joan, "he" after "Mr Marsh" is Simon Marsh', () => {
    assert.strictEqual(who(sourceQuote(/public meeting|want to be heard/)), 'Simon Marsh');
    assert.deepStrictEqual(misattributed('“An apology is a start,” Dr Marsh said.\n'), ['An apology is']);
    assert.deepStrictEqual(misattributed('Dr Marsh said: “People want to be heard.”\n'), ['People want to']);
    assert.deepStrictEqual(misattributed('“People want to be heard,” Mr Marsh said.\n'), []);
  });

  it('a first name of unknown sex may be anyone\'s: "Ms. Moore" is Minyon Moore as much as Gwen Moore', () => {
    assert.match(who(sourceQuote(/where we need to be/)), /Minyon Moore/);
    assert.deepStrictEqual(misattributed('“Are we where we need to be? Probably not,” Ms. Moore said.\n'), []);
  });

  it('"‘A,’ Mr Fairweather said. ‘B.’": the attribution\'s own name does not break the chain, so B is his, firmly', () => {
    const q = sourceQuote(/Nobody should have to wait/);
    assert.strictEqual(who(q), 'Colin Fairweather');
    assert.ok(firm(q), JSON.stringify(q?.speaker));
    assert.deepStrictEqual(misattributed('“Nobody should have to wait like that,” Mrs Fairweather said.\n'), ['Nobody should have']);
  });
});

describe('attribution grammar: a role alone in the draft', () => {
  it('"the prosecutor said" is the one speaker of the source article who is its prosecutor', () => {
    assert.deepStrictEqual(misattributed('“This was a cruel and calculated crime against a family,” the prosecutor said.\n'), ['This was a']);
    assert.deepStrictEqual(misattributed('“This was a cruel and calculated crime against a family,” the judge said.\n'), []);
    assert.deepStrictEqual(misattributed('“The evidence speaks for itself in every respect,” the judge said.\n'), ['The evidence speaks']);
    // ("a prosecutor" is someone unnamed; two lawyers speak, so "the lawyer" is neither for sure.)
    assert.deepStrictEqual(misattributed('“The evidence speaks for itself in every respect,” a prosecutor said.\n'), []);
    assert.deepStrictEqual(misattributed('The lawyer said the family had waited “long enough for justice.”\n'), []);
    assert.deepStrictEqual(misattributed('“The family has waited long enough for justice,” the lawyer said.\n'), []);
    // (A sentence's capital is still "the": "The judge said …".)
    assert.deepStrictEqual(misattributed('The judge said “the evidence speaks for itself in every respect.”\n'), ['the evidence speaks']);
  });

  it('the role holder need not be quoted in the source ("The coroner, Dr Ines Moll, said she would …"), and "his mother" is a role too', () => {
    assert.deepStrictEqual(misattributed('“I stand there and ask what I should have done differently,” the coroner said.\n'), ['I stand there']);
    // ("Mr Wyatt said": the son or the father, by the index; the mother is neither.)
    assert.deepStrictEqual(misattributed('“I stand there and ask what I should have done differently,” his mother said.\n'), ['I stand there']);
    assert.deepStrictEqual(misattributed('“I stand there and ask what I should have done differently,” his father said.\n'), []);
  });

  it('every word of the description must be in the holder\'s role: "the City manager" is not the Rovers manager', () => {
    assert.deepStrictEqual(misattributed('“I stand there and ask what I should have done differently,” the City manager said.\n'), []);
    assert.deepStrictEqual(misattributed('“I stand there and ask what I should have done differently,” the Rovers manager said.\n'), ['I stand there']);
    assert.deepStrictEqual(misattributed('“We were second best for an hour, but this group never stops running,” the Rovers manager said.\n'), []);
  });

  it('its quick-fix names the source\'s speaker in full', () => {
    const draft = '“This was a cruel and calculated crime against a family,” the prosecutor said.\n';
    const fix = grammarWorld.attributions(draft)[0].speakerFix!;
    assert.strictEqual(draft.slice(fix.start, fix.end), 'the prosecutor');
    assert.strictEqual(fix.newText, 'Ann Hall');
  });
});

describe('attribution grammar: verbs of reacting', () => {
  it('"Marsh rejected Quist\'s statement: “…”" may quote either of them, so no one is firmly the speaker', () => {
    const q = sourceQuote(/delay the dam/);
    assert.ok(!firm(q), JSON.stringify(q?.speaker));
    assert.deepStrictEqual(misattributed('Helena Marsh said: “A vote would delay the dam by at least ten years and cost the valley its water.”\n'), []);
  });
});

describe('attribution grammar: pronouns', () => {
  it('"According to X, “…” “…,” she said": the person given as the source is the pronoun\'s', () => {
    const q = speakers('Helena Marsh said the dam was safe. According to Clara Quist, “The valley needs water.” “The people deserve a vote,” she said.');
    assert.strictEqual(who(q[1]), 'Clara Quist');
    assert.ok(firm(q[1]), JSON.stringify(q[1].speaker));
  });

  it('"The Northern Commission on Water Rights (NCWR) also criticized …. They released a statement": "they" is the commission', () => {
    const q = sourceQuote(/every agreement on water/);
    assert.match(who(q), /Northern Commission/);
    assert.ok(firm(q));
  });
});

describe('attribution grammar: organisations and people', () => {
  it('a person the article never ties to an organisation did not speak its words', () => {
    assert.match(who(sourceQuote(/betrayal of every family/)), /Valley Farmers Union/);
    assert.deepStrictEqual(misattributed('Tobias Wren called the plan “a betrayal of every family that works this land”.\n'), ['a betrayal of']);
  });

  it('but its spokesperson may have', () => {
    assert.deepStrictEqual(misattributed('Petra Lindqvist called the plan “a betrayal of every family that works this land”.\n'), []);
  });
});

describe('attribution grammar: names that run on', () => {
  it('a surname inside a longer capitalised name is not that person ("the Office of International Affairs")', () => {
    const names = new NameIndex();
    // An index that knows someone by the surname "International".
    const e: Entity = { id: 0, name: 'Jon International', type: 'person', aliases: ['International'], roles: [], mentions: [] };
    names.entities.push(e);
    for (const f of [e.name, ...e.aliases]) names.addForm(f, e);
    const text = 'The Office of International Affairs said: “The dam ignores every agreement on water.” International said: “We agree.”';
    const q = attributeQuotes(text, 0, findQuotes(text, 'markdown').quotes, names);
    assert.strictEqual(who(q[0]), '');
    assert.strictEqual(who(q[1]), 'Jon International');
  });
});

describe('attribution grammar: subjects', () => {
  it('"X cited the water treaty of 1950 and said, “…”": the verb after "and" shares the sentence\'s subject', () => {
    const q = sourceQuote(/keep their word/);
    assert.strictEqual(who(q), 'Clara Quist');
    assert.ok(firm(q));
  });

  it('"A source who works within the ministry said": a subject found only after a preposition is not firmly the speaker', () => {
    const [q] = speakers('A source who works within the ministry said: “The governor will not back down on the dam.”');
    assert.ok(!firm(q), JSON.stringify(q.speaker?.text));
  });

  it('"A spokesman close to Helena Marsh said": a person described by a tie to the one named is someone else', () => {
    for (const text of ['A spokesman close to Helena Marsh said: “The governor will not back down.”', 'A senior official in the office of Governor Helena Marsh said: “The governor will not back down.”']) {
      const [q] = speakers(text);
      assert.ok(!firm(q), `${text}: ${q.speaker?.text}`);
    }
    assert.ok(firm(speakers('Helena Marsh said: “The governor will not back down.”')[0]));
  });

  it('"Tom Brandt, like Helena Marsh, said “…”": a comparison after the subject names no speaker', () => {
    for (const text of ['Tom Brandt, like Helena Marsh, said “the valley should be flooded”.', 'Tom Brandt, along with Helena Marsh, said “the valley should be flooded”.']) {
      assert.notStrictEqual(who(speakers(text).pop()), 'Helena Marsh', text);
    }
  });

  it('adverbs and reflexives between a subject and its verb ("He too suggested", "Quist herself told", "once claimed", "nonetheless agreed")', () => {
    for (const text of [
      'Clara Quist herself told reporters: “The valley will not be flooded.”',
      'Clara Quist once claimed there were “fine people on both sides of the valley”.',
      'Helena Marsh spoke first. Clara Quist spoke next. She too suggested a scenario, in which “the valley is never flooded at all”.',
      // (Sentence adverbs not ending in -ly.)
      'Clara Quist, who wants an inquiry, nonetheless agreed that “the valley should be flooded”.',
      'Clara Quist nevertheless told reporters: “The valley will not be flooded.”',
    ]) {
      const q = speakers(text).pop();
      assert.strictEqual(who(q), 'Clara Quist', text);
    }
  });

  it('"X has voiced support, telling the Gazette: “…”": a participle of saying after the subject\'s clause', () => {
    const q = speakers('Clara Quist has voiced support for the farmers, telling the Valley Gazette: “We will fight this plan in every court.”')[0];
    assert.strictEqual(who(q), 'Clara Quist');
  });
});

describe('attribution grammar: other ways to introduce words', () => {
  it('"In the words of X, “…”" gives the words to X, as "according to" does', () => {
    const [q] = speakers('In the words of Clara Quist, “The valley will never be flooded while I am here.”');
    assert.strictEqual(who(q), 'Clara Quist');
    assert.ok(firm(q), JSON.stringify(q.speaker?.text));
  });

  it('"X offered “to …”", "X expressed hope that “…”": a person whose verb takes the quotation as its object', () => {
    for (const text of ['Clara Quist offered “to provide whatever help we can to the farmers”.', 'Clara Quist expressed hope that “the valley will never be flooded”.']) {
      const [q] = speakers(text);
      assert.strictEqual(who(q), 'Clara Quist', text);
      assert.ok(firm(q), text);
    }
    // Not an organisation ("The court found “…”" reports a finding).
    assert.strictEqual(who(speakers('The Valley Farmers Union expected “the end of the dam”.')[0]), '');
  });
});

describe('attribution grammar: a quotation standing alone after a sentence about its speaker', () => {
  it('"Quist went further. “…”": the person who opens the sentence before speaks it', () => {
    const [q] = speakers('Helena Marsh said little.\n\nClara Quist went further. “The valley will never be flooded while I am here.”');
    assert.strictEqual(who(q), 'Clara Quist');
    assert.ok(firm(q));
  });

  it('but not when someone else is named in that sentence, nor when the quotation runs on into a sentence of its own', () => {
    assert.strictEqual(who(speakers('Clara Quist answered Helena Marsh. “The valley will never be flooded while I am here.”')[0]), '');
    assert.strictEqual(who(speakers('Clara Quist went further. “A disgrace” was how the farmers saw it.')[0]), '');
  });

  it('"alleged" is a verb of saying', () => {
    assert.strictEqual(who(speakers('Clara Quist alleged the dam was “a betrayal of every family in the valley”.')[0]), 'Clara Quist');
  });
});

describe('attribution grammar: colon leads and descriptions', () => {
  it('"X took a parting shot on Twitter: “…”": a medium or place after a preposition in a lead ending in a colon', () => {
    assert.strictEqual(who(speakers('Clara Quist took a parting shot on Twitter: “The valley will never be flooded.”')[0]), 'Clara Quist');
    // ... but a lead that names two people has no single subject.
    assert.strictEqual(who(speakers('Clara Quist met Helena Marsh on Monday: “The valley will never be flooded.”')[0]), '');
  });

  it('"Another co-author, professor X, said": a description opening with "another"', () => {
    const [q] = speakers('Another co-author, civil engineering professor Clara Quist, said, “We have seen this before.”');
    assert.strictEqual(who(q), 'Clara Quist');
    assert.ok(firm(q));
  });
});

describe('attribution grammar: relatives', () => {
  it('two people with one surname and first names of their own are different people ("Louise Hollis", "Daniel Hollis")', () => {
    assert.deepStrictEqual(misattributed('“We lost the whole orchard to the water in one night,” Daniel Hollis said.\n'), ['We lost the']);
    assert.deepStrictEqual(misattributed('“We lost the whole orchard to the water in one night,” Louise Hollis said.\n'), []);
  });
});

describe('attribution grammar: a body described and its people', () => {
  it('"The police said" is not a person\'s words, unless the article ties that person to the police', () => {
    assert.deepStrictEqual(misattributed('Clara Quist said the site “will be guarded day and night by armed officers”.\n'), ['will be guarded']);
    assert.deepStrictEqual(misattributed('Ivo Brandt said the site “will be guarded day and night by armed officers”.\n'), []);
  });
});

describe('attribution grammar: a body described with qualifiers', () => {
  it('"The valley\'s water ministry said" is not the words of a person tied to another ministry, but may be of one tied to it', () => {
    assert.deepStrictEqual(misattributed('Hugo Brenner said the river “will be diverted in the spring”.\n'), ['will be diverted']);
    assert.deepStrictEqual(misattributed('Jon Ek said the river “will be diverted in the spring”.\n'), []);
  });
});

describe('attribution grammar: participles after an attribution', () => {
  it('“…,” said X, adding that “…”: the second quotation is X\'s, firmly', () => {
    const q = speakers('“It is safe,” said Clara Quist, adding that “the valley will never be flooded while I am here”.');
    assert.strictEqual(who(q[1]), 'Clara Quist');
    assert.ok(firm(q[1]));
  });
});

describe('attribution grammar: words reported through someone else', () => {
  it('"X quoted Y as saying", "X recalled Y telling her:", "X accused Y of saying": the words are Y\'s', () => {
    for (const text of [
      'Clara Quist quoted Helena Marsh as saying “the valley will never be flooded while I am here”.',
      'Clara Quist recalled Helena Marsh telling her: “The valley will never be flooded while I am here.”',
      'Clara Quist accused Helena Marsh of saying “the valley will never be flooded while I am here”.',
    ]) assert.strictEqual(who(speakers(text)[0]), 'Helena Marsh', text);
  });

  it('"X cited Y\'s promise that “…”": a promise, a pledge or a warning is its maker\'s words', () => {
    assert.strictEqual(who(speakers('Clara Quist cited Helena Marsh\'s promise that “the valley will never be flooded while I am here”.')[0]), 'Helena Marsh');
  });
});

describe('attribution grammar: roles', () => {
  it('"The governor said" is the governor named before, firmly, when the description fits her role word for word', () => {
    const q = speakers('Helena Marsh opened the meeting. The governor said: “The dam will be finished by 2022.”');
    assert.strictEqual(who(q[0]), 'Helena Marsh');
    assert.ok(firm(q[0]));
    // A description with words her role does not have is only a guess.
    assert.ok(!firm(speakers('Helena Marsh opened the meeting. The former northern governor said: “The dam will be finished by 2022.”')[0]));
  });
});

describe('attribution grammar: a body and a person the index does not know', () => {
  it('a body\'s words given to a person named in full whom the index does not know are misattributed', () => {
    // "Prosecutor Marta Vey QC": a name the index does not take for a person; the union is a body it knows.
    assert.deepStrictEqual(misattributed('Marta Vey called the plan “a betrayal of every family that works this land”.\n'), ['a betrayal of']);
    // ... but not a title that looks like a name.
    assert.deepStrictEqual(misattributed('Prime Minister called the plan “a betrayal of every family that works this land”.\n'), []);
  });
});

describe('attribution grammar: someone the source leaves unnamed', () => {
  it('"One of the villagers said": not a person the draft names, unless the article names them as one of them', () => {
    assert.deepStrictEqual(misattributed('Tobias Wren said “we will all leave the valley if the dam is ever built”.\n'), ['we will all']);
    assert.deepStrictEqual(misattributed('Anna Berg said “we will all leave the valley if the dam is ever built”.\n'), []);
  });
});

describe('attribution grammar: bodies by description', () => {
  it('"the union said", "the foundation said": more nouns for bodies speak firmly as themselves', () => {
    for (const text of ['“The valley will never be flooded,” the union said.', 'The foundation said: “The valley will never be flooded.”']) {
      const [q] = speakers(text);
      assert.ok(firm(q), text);
    }
  });
});

describe('attribution grammar: a pronoun in a source paragraph about one person', () => {
  it('“…,” he said, in a source paragraph that names no one else before it, is firmly that person\'s', () => {
    const q = sourceQuote(/hold for a hundred years/);
    assert.match(who(q), /Oskar Lind/);
    assert.ok(firm(q));
    // In a draft it stays a guess: a draft misattributes by name, never by a pronoun.
    assert.ok(!firm(speakers('Oskar Lind was exhausted after the inspection. “The walls will hold,” he said.')[0]));
  });
});

describe('attribution grammar: longer leads', () => {
  it('"Since then, a senator, X, has voiced support for the farmers, telling the Gazette: “…”"', () => {
    const [q] = speakers('Since then, a senator, Clara Quist, has publicly voiced support for the farmers, telling the Valley Gazette: “The valley will never be flooded.”');
    assert.strictEqual(who(q), 'Clara Quist');
  });

  it('"X gave a different account of events, also speaking via Twitter: “…”": a colon lead of up to ten words', () => {
    const [q] = speakers('Clara Quist gave a different account of events, also speaking via Twitter: “The valley will never be flooded.”');
    assert.strictEqual(who(q), 'Clara Quist');
  });
});

describe('attribution grammar: subjects described, not named', () => {
  it('"One of the villagers decided to speak. She said …": the pronoun is the villager, not the person named before', () => {
    const q = speakers('Helena Marsh spoke first.\n\nOne of the villagers decided to speak to reporters. She said the valley was “the only home we have ever known”.');
    assert.ok(!firm(q[0]), JSON.stringify(q[0].speaker?.entities.map((e) => e.name)));
    assert.strictEqual(q[0].speaker?.text, 'One of the villagers');
    // So a draft giving the villager's words to someone named is reported, by full name or by title and surname.
    assert.deepStrictEqual(misattributed('Clara Quist said the valley was “the only home we have ever known in our lives”.\n'), ['the only home']);
    assert.deepStrictEqual(misattributed('Senator Quist said the valley was “the only home we have ever known in our lives”.\n'), ['the only home']);
  });

  it('"X of the University and contributor to the Gazette wrote": the second description is still X', () => {
    const [q] = speakers('Clara Quist of the Valley University and member of the Valley Farmers Union wrote, “The valley will never be flooded.”');
    assert.strictEqual(who(q), 'Clara Quist');
  });
});

describe('attribution grammar: tuning set 8 (held-out set 5 until session 14)', () => {
  it('"X, who sang Carmen, said …. “…,” she told": a name ending a relative clause is not the subject, so the pronoun is X', () => {
    const q = sourceQuote(/no rest anywhere/);
    assert.strictEqual(who(q), 'Ilse Marr');
    assert.ok(firm(q), JSON.stringify(q?.speaker));
  });

  it('"“…,” as X put it." in a draft names X as the speaker', () => {
    assert.deepStrictEqual(misattributed('The lamps matter: “Trees are counting the hours of darkness in every street,” as Hanna Berg put it.\n'), ['Trees are counting']);
    assert.deepStrictEqual(misattributed('The lamps matter: “Trees are counting the hours of darkness in every street,” as Weir put it.\n'), []);
  });

  it('"X played on …. “…,” the captain said": the one person the article calls its captain, named just before', () => {
    const q = sourceQuote(/My ankle was gone/);
    assert.strictEqual(who(q), 'Rory McCall');
    assert.ok(firm(q), JSON.stringify(q?.speaker));
    assert.deepStrictEqual(misattributed('“My ankle was gone before half-time, but nobody leaves a final,” Doyle said.\n'), ['My ankle was']);
    // ("said the man who has run the trust": "man" is no role, so not the businessman named before.)
    assert.notStrictEqual(who(sourceQuote(/Every seat here/)), 'Victor Hale');
  });
});

describe('attribution grammar: a body named with "on"', () => {
  it('"X, former chief of staff of the Joint Committee on Taxation, agreed …. “…,” he said": the body is no unknown speaker, so "he" is X', () => {
    const q = sourceQuote(/hold back the tide/);
    assert.strictEqual(who(q), 'Edward Kline');
    assert.ok(firm(q), JSON.stringify(q?.speaker));
  });
});

describe('attribution grammar: tuning set 9 (session 14)', () => {
  it('"ISRO itself sounded relaxed on X: “…”": a body that is the lead\'s subject speaks, not one that heard, nor a possessor\'s post', () => {
    assert.deepStrictEqual(misattributed('The Indian Space Research Organisation itself sounded relaxed on X: “A three-week delay is nothing.”\n'), ['A three-week delay']);
    assert.deepStrictEqual(misattributed('The Indian Space Research Organisation heard it on Monday: “A three-week delay is nothing.”\n'), []);
    assert.deepStrictEqual(misattributed('The Indian Space Research Organisation\'s engineers sounded relaxed on X: “A three-week delay is nothing.”\n'), []);
  });

  it('"According to X, chief economist at …, “…”": X, past a description after the name', () => {
    const q = sourceQuote(/numbers hold together/);
    assert.strictEqual(who(q), 'Musa Ladan');
    assert.ok(firm(q), JSON.stringify(q?.speaker));
    assert.deepStrictEqual(misattributed('As Chinedu Eze put it, “the numbers hold together if oil stays above 75 dollars a barrel.”\n'), ['the numbers hold']);
    // (A clause with its own verb of saying is no description: Ladan, not Eze, said it.)
    assert.deepStrictEqual(misattributed('According to Chinedu Eze, economist Musa Ladan said “the numbers hold together if oil stays above 75 dollars a barrel.”\n'), []);
  });

  it('"Park Ji-won … “…,” Park argued": a Korean family name alone is the person named with it before', () => {
    assert.deepStrictEqual(
      misattributed('Park Ji-won, the student council president, is organising a vigil. “If one university can do this for five years, we have to ask who else is doing it,” Park argued.\n'),
      ['If one university'],
    );
  });

  it('"… says Anna Nowak. Ewa Nowak, a theatre nurse, knows what that means. “…,” she says": no accusation of Anna', () => {
    assert.deepStrictEqual(
      misattributed('“We called the strike,” says Anna Nowak. A few metres away Ewa Nowak, a theatre nurse, knows what that means. “I see my children awake only on Sundays,” she says.\n'),
      [],
    );
  });
});

describe('attribution grammar: tuning set 10 (session 15)', () => {
  it('"Reached by phone, X said … and described …: “…”": the subject after a participle\'s phrase speaks, not the participle', () => {
    const q = sourceQuote(/standing in front of a furnace/);
    assert.strictEqual(who(q), 'Petros Lianos');
    assert.deepStrictEqual(misattributed('Captain Nikos Dimou said: “It is like standing in front of a furnace with the door open.”\n'), ['It is like']);
  });

  it('"According to her daughter, Mari Tamura, “…”": the person named after the description', () => {
    assert.deepStrictEqual(misattributed('According to her daughter, Mari Tamura, “She kept every broken thread in a numbered box.”\n'), ['She kept every']);
  });
  it('"Kinjo once called her pots “…” Uehara never claimed it. “…,” she said": a surname several share, opening a sentence since, makes the pronoun uncertain', () => {
    // (Tuning set 10's own feature and sources: five Ueharas, the last one named in full before it a son.)
    const fs = require('fs') as typeof import('fs');
    const path = require('path') as typeof import('path');
    const { ROOT } = require('../support/corpora') as typeof import('../support/corpora');
    const set = path.join(ROOT, 'test/devset/attribution-tuning10');
    const sources = Object.fromEntries(fs.readdirSync(path.join(set, 'sources')).map((f) => [f, fs.readFileSync(path.join(set, 'sources', f), 'utf8')]));
    const draft = fs.readFileSync(path.join(set, 'drafts/the-long-game-feature.md'), 'utf8');
    assert.ok(draft.includes('“I did not invent anything,” she said.'));
    assert.deepStrictEqual(attributionWorld(sources).misattributed(draft).filter((q) => q.startsWith('I did not') || q.startsWith('The old potters')), []);
  });
  it('"Harbourline Estates … Harbourline said in a statement": a body\'s first word alone still speaks for it', () => {
    assert.deepStrictEqual(misattributed('Sir Nigel Brandt said he was “delighted that the council has backed our vision”.\n'), ['delighted that the']);
  });
});

describe('attribution grammar: tuning set 11 (session 15)', () => {
  it('“…?” Kamau asked. ¶ “…”: in a dialogue, the quotation after a question may answer it, so it is not firmly the asker\'s', () => {
    assert.strictEqual(firm(sourceQuote(/I blamed myself for three years/)), false);
    assert.deepStrictEqual(misattributed('Chebet did not flinch. “I blamed myself for three years. It did not help,” she said.\n'), []);
  });

  it('"says Sigríður" for Sigrún Jónsdóttir\'s words: two first names that merely share their first letters are two people', () => {
    assert.deepStrictEqual(misattributed('Grindavík has heard it all before. “I have packed the car four times,” says Sigríður Jónsdóttir.\n'), ['I have packed']);
  });

  it('"The best line was Bill Sorensen\'s: “…”" gives the words to the possessor; a guild is a body', () => {
    assert.deepStrictEqual(misattributed('The best line of the night was Elena Garza\'s: “Somebody in Austin should try sitting through five hours of this.”\n'), ['Somebody in Austin']);
    assert.deepStrictEqual(misattributed('The best line of the night was Bill Sorensen\'s: “Somebody in Austin should try sitting through five hours of this.”\n'), []);
    assert.strictEqual(who(sourceQuote(/showed a whole generation/)), "Colchagua Growers' Guild");
  });
});

/** A source article: front matter with its title, then its paragraphs. */
const article = (title: string, ...paragraphs: string[]) => ['---', `title: ${title}`, '---', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

describe('attribution grammar: tuning set 12 (held-out set 7 until session 16)', () => {

  it('"Its lead, Leila Amrani, works the salt pans. “…,” she said": the person in apposition to the opening description is a rival to the earlier speaker', () => {
    const world = attributionWorld({
      'film.md': article(
        'Salt film wins',
        'Nadia Berrada told reporters where it began: “My grandmother harvested salt for fifty years.”',
        'Its lead, Leila Amrani, works the salt pans. “In my village nobody believes me that I was in a film,” said Amrani.',
      ),
    });
    // Without the rival, "she" would be Nadia Berrada, the last speaker, and the writer accused.
    const draft = 'Nadia Berrada told reporters where it began: “My grandmother harvested salt for fifty years.” Its lead, Leila Amrani, works the salt pans and had never acted. “In my village nobody believes me that I was in a film,” she said.\n';
    assert.deepStrictEqual(world.misattributed(draft), []);
  });

  it('"The Ministry of Health said in a statement … The statement added: “…”": the statement\'s words are the ministry\'s', () => {
    const world = attributionWorld({
      'measles.md': article(
        'Measles outbreak grows',
        'The prefect, Adrian Pop, said schools would check every pupil\'s card.',
        'The Ministry of Health said in a statement that the vaccines were safe and that it would send a mobile unit to the county. The statement added: "Parents who still hesitate should speak to their doctor, not to social media."',
      ),
    });
    assert.strictEqual(who(world.sourceQuote(/Parents who still hesitate/)), 'Ministry of Health');
    assert.deepStrictEqual(world.misattributed('“Parents who still hesitate should speak to their doctor, not to social media,” said the prefect, Adrian Pop.\n'), ['Parents who still']);
  });

  it('"According to Kittipong Rattanakorn, Prasert\'s younger brother, whose company ships to China, “…”": the description may go on in a relative clause', () => {
    const world = attributionWorld({
      'rice.md': article(
        'Rice exports cut',
        '“Our rice is good, but the buyers are paying for cheap,” said the association\'s president, Prasert Rattanakorn.',
        'Kittipong Rattanakorn, Prasert\'s younger brother, whose company ships mostly to China, called the forecast a bluff.',
        'According to Natthapong Lertwit, an economist at Kasetsart University, “India can switch its exports on and off with one government order.”',
      ),
    });
    const draft = 'According to Kittipong Rattanakorn, Prasert\'s younger brother, whose company ships mostly to China, “India can switch its exports on and off with one government order.”\n';
    assert.deepStrictEqual(world.misattributed(draft), ['India can switch']);
  });
});

describe('attribution grammar: tuning set 13 (session 16)', () => {
  const court = attributionWorld({
    'court.md': article(
      'Recruiter on trial',
      'Rowena Cabahug, 34, a mother of two from Talisay City, was the first witness in the trial.',
      '"She showed me the lobby, the rooms, even the uniform I would wear," Cabahug testified. "I believed her. Why would I not believe her?"',
      'Her husband, Dennis Cabahug, a tricycle driver, sold the tricycle to repay the loan. "My wife cried every night for a month," he said.',
      'The defence lawyer, Rubén Ferreyra, said his client was innocent.',
    ),
  });

  it('"Rowena Cabahug … ¶ “…,” Cabahug testified", her husband named in full only later: the words are hers', () => {
    assert.strictEqual(who(court.sourceQuote(/Why would I not believe her/)), 'Rowena Cabahug');
    assert.strictEqual(firm(court.sourceQuote(/Why would I not believe her/)), true);
  });

  it('"“…,” Dennis said" in a draft, the sources naming one Dennis: the first name is Dennis Cabahug', () => {
    assert.deepStrictEqual(court.misattributed('Her husband, Dennis, sold the tricycle. “I believed her. Why would I not believe her?” Dennis said.\n'), ['I believed her.']);
  });

  it('"Her husband, Dennis, … “…,” he said" in a draft: the first name stands between the pronoun and the lawyer named before', () => {
    assert.deepStrictEqual(court.misattributed('The defence lawyer, Rubén Ferreyra, said his client was innocent. Her husband, Dennis, sold the tricycle. “My wife cried every night for a month,” he said.\n'), []);
  });

  it('"Pham Duc Loc … “…,” Duc told reporters", with Tran Minh Duc named before: the word ends his name, so it is his', () => {
    const world = attributionWorld({
      'delta.md': article(
        'Salt in the delta',
        'Tran Minh Duc, a hydrologist at Can Tho University, said the problem was no longer only the weather. "Upstream dams hold back the fresh water," Duc said.',
        'According to Pham Duc Loc, a trader in Ca Mau city, "the people who switched to shrimp are the only ones smiling." The ministry spokesman, Le Quang Hieu, said "plans were ready."',
        '"The national numbers will look fine, because the big farms have pumps," Duc told reporters.',
      ),
    });
    assert.strictEqual(who(world.sourceQuote(/The national numbers/)), 'Tran Minh Duc');
  });
  it('"The ministry\'s spokesman, Le Quang Hieu, went further …, telling reporters that “…”": the person in apposition to the description speaks', () => {
    const world = attributionWorld({
      'salt.md': article('Salt in the delta', 'The ministry\'s spokesman, Le Quang Hieu, went further at a briefing in Hanoi, telling reporters that the record "will almost certainly be broken" this year.'),
    });
    assert.strictEqual(who(world.sourceQuote(/almost certainly be broken/)), 'Le Quang Hieu');
  });

  it('"A charity, Steppe Relief Mongolia, gave … The charity said …“…”": a body named by its kind is the one body of that kind named', () => {
    const world = attributionWorld({
      'dzud.md': article(
        'After the white winter',
        'The National Emergency Management Agency said it had bought hay for the winter.',
        'A foreign-funded charity, Steppe Relief Mongolia, gave the family 40 goats in June. The charity said in a written reply that its aim was “not to rebuild the herds of the past but to help families decide whether to stay.”',
      ),
    });
    assert.strictEqual(who(world.sourceQuote(/not to rebuild the herds/)), 'Steppe Relief Mongolia');
    assert.deepStrictEqual(world.misattributed('The National Emergency Management Agency said its aim was “not to rebuild the herds of the past but to help families decide whether to stay.”\n'), ['not to rebuild']);
  });

  it('"In a written answer to questions, Sara Heikkinen said …“…”": a verb\'s form after a preposition ("answer to questions") is no verb of saying', () => {
    const world = attributionWorld({
      'turku.md': article('School merger', 'In a written answer to questions from this newspaper, his spokeswoman, Sara Heikkinen, said the deputy mayor “has received assurances from the Finnish school”.'),
    });
    assert.strictEqual(who(world.sourceQuote(/has received assurances/)), 'Sara Heikkinen');
  });
  it('"The Ghana Cocoa Board said: “I will not …”" when the source gives the words to its spokesman: a body says no "I"', () => {
    const world = attributionWorld({
      'cocoa.md': article(
        'Cocoa arrivals fall',
        'The Ghana Cocoa Board (COCOBOD) cut its forecast on Monday. Its spokesman, Kojo Ampofo, was blunt. “I will not stand here and tell you the numbers are fine,” Ampofo said.',
      ),
    });
    assert.deepStrictEqual(world.misattributed('The Ghana Cocoa Board said: “I will not stand here and tell you the numbers are fine.”\n'), ['I will not']);
    // (Not the body's manager, whom the index may read as the body: "the Ghana Cocoa Board manager said".)
    assert.deepStrictEqual(world.misattributed('“I will not stand here and tell you the numbers are fine,” the Ghana Cocoa Board spokesman said.\n'), []);
  });
});

describe('attribution grammar: tuning set 14 (held-out set 8 until session 17)', () => {
  const farm = attributionWorld({
    'farm.md': article(
      'Salmon escape',
      'The spokesman, Eirik Hansen, spoke first. Hansen then read out a message from the chief executive, Petter Moe, who was in Oslo: “I take full responsibility for what happened on our site.”',
      'Arne Johansen fishes out of Gibostad. His son, Stian Johansen, who works the nets with him, was more hopeful. “Give us a calm week and we will have half of them,” said the younger Johansen.',
    ),
    'prize.md': article(
      'Prize',
      'The jury’s chair, Professor Park Hye-rim, praised the novel. Park later added in her own words: “I have read a thousand novels about the sea.”',
      'The critic Seo Jun-ho called it sad.',
    ),
  });

  it('"X read out a message from the chief executive, Petter Moe, who was in Oslo: “…”": the message\'s author speaks', () => {
    assert.strictEqual(who(farm.sourceQuote(/I take full responsibility/)), 'Petter Moe');
    assert.deepStrictEqual(farm.misattributed('Hansen said: “I take full responsibility for what happened on our site.”\n'), ['I take full']);
  });

  it('"Arne Johansen says …; his son Stian is more hopeful: “…”": the clause after the semicolon has its own subject', () => {
    assert.deepStrictEqual(farm.misattributed('Arne Johansen, who fishes out of Gibostad, says the work is slow in the dark; his son Stian is more hopeful: “Give us a calm week and we will have half of them.”\n'), []);
    assert.deepStrictEqual(farm.misattributed('Stian Johansen works the nets; his father Arne Johansen is more hopeful: “Give us a calm week and we will have half of them.”\n'), ['Give us a']);
  });

  it('"Park later added: “…”" after "Professor Park Hye-rim": a family name written first is the person, not a park', () => {
    assert.strictEqual(who(farm.sourceQuote(/a thousand novels/)), 'Park Hye-rim');
    assert.deepStrictEqual(farm.misattributed('The critic Seo Jun-ho went further: “I have read a thousand novels about the sea.”\n'), ['I have read']);
  });
});

describe('attribution grammar: tuning set 13, second pass (session 17)', () => {
  const cocoa = attributionWorld({
    'cocoa.md': article(
      'Cocoa',
      'Yaw Boateng, managing director of the licensed buying company Akwaaba Produce, said his clerks were reporting whole villages with nothing to sell.',
      'Ama Mensah, managing director of the exporter Golden Pod, said the same.',
      'In Sefwi Wiawso itself, farmer Kofi Boateng - no relation - has cut down 600 of his 1,400 trees. The 58-year-old said the payments had arrived, but late.',
      '"They paid me for the chainsaw. Nobody has paid me for the three years I will wait," he said.',
    ),
  });

  it('"In Sefwi Wiawso itself, farmer Kofi Boateng has cut … ¶ “…,” he said": the person after a fronted phrase is the subject the pronoun stands for', () => {
    assert.strictEqual(who(cocoa.sourceQuote(/They paid me for the chainsaw/)), 'Kofi Boateng');
    assert.strictEqual(firm(cocoa.sourceQuote(/They paid me for the chainsaw/)), true);
  });

  it('"Akwaaba Produce\'s managing director says: “…”" in a draft is the one person the sources give that role at that body', () => {
    assert.deepStrictEqual(cocoa.misattributed('Akwaaba Produce\'s managing director says the farmers feel it first: “They paid me for the chainsaw. Nobody has paid me for the three years I will wait.”\n'), ['They paid me']);
    assert.deepStrictEqual(cocoa.misattributed('Kofi Boateng, a farmer, says the farmers feel it first: “They paid me for the chainsaw. Nobody has paid me for the three years I will wait.”\n'), []);
  });
});

describe('attribution grammar: where the words come from (session 17)', () => {
  const school = attributionWorld({
    'school.md': article(
      'School',
      'The mayor, Ana Ruiz, opened the meeting. The last word went to the head teacher, Birgitta Holm, who had said little: “We will teach in Swedish until the last day.”',
      'The sharpest warning came from the treasurer, Tomas Berglund: “The board has not done its sums.”',
    ),
  });

  it('"The last word went to the head teacher, Birgitta Holm, who …: “…”", "The sharpest warning came from Tomas Berglund: “…”": the words are theirs', () => {
    assert.strictEqual(who(school.sourceQuote(/until the last day/)), 'Birgitta Holm');
    assert.strictEqual(who(school.sourceQuote(/has not done its sums/)), 'Tomas Berglund');
    assert.deepStrictEqual(school.misattributed('The mayor, Ana Ruiz, said: “The board has not done its sums.”\n'), ['The board has']);
  });
});

describe('attribution grammar: statements read out, and an office opening a sentence (session 17)', () => {
  const court = attributionWorld({
    'court.md': article(
      'Libel trial',
      'Judge Orla Cassidy heard the case. Gráinne Walsh is Ms Dunne\'s solicitor.',
      'Outside the court, a statement from Ms Dunne was read to reporters by her solicitor, Gráinne Walsh: “I brought this case because my name is the one thing I built myself.”',
      'The judge reminded the jury that the case was not a contest of reputations. “You are not here to decide whether he is a good journalist,” she told them.',
    ),
    'hearing.md': article(
      'Hearing',
      'Outside the court, Ms Aoife Brennan spoke to reporters: “I will not comment until the jury has decided.”',
      'The judge reminded the jury that the case was about facts. “You are here to weigh the evidence and nothing else,” she told them.',
    ),
  });

  it('"a statement from Ms Dunne was read to reporters by her solicitor, Gráinne Walsh: “…”": the words are the statement\'s author\'s', () => {
    assert.strictEqual(who(court.sourceQuote(/I brought this case/)), 'Dunne');
    assert.deepStrictEqual(court.misattributed('Her solicitor, Gráinne Walsh, said: “I brought this case because my name is the one thing I built myself.”\n'), ['I brought this']);
  });

  it('"The judge reminded the jury … “…,” she told them": the judge the article names, not the woman who spoke before', () => {
    assert.strictEqual(who(court.sourceQuote(/You are not here to decide/)), 'Orla Cassidy');
  });

  it('… and no one for sure when the article does not say who the judge is', () => {
    assert.strictEqual(firm(court.sourceQuote(/weigh the evidence/)), false);
    assert.strictEqual(who(court.sourceQuote(/weigh the evidence/)), '');
    assert.deepStrictEqual(court.misattributed('The judge said: “You are here to weigh the evidence and nothing else.”\n'), []);
  });
});

describe('attribution grammar: a body\'s words kept apart from its spokesperson\'s (session 17)', () => {
  const hedge = attributionWorld({
    'hedge.md': article(
      'Hedge',
      'A spokeswoman for Christchurch City Council, Megan Hart, said the council had "no power to step in" because the trees were on private land. The council itself said in a statement that it "encourages neighbours to talk to each other before they talk to lawyers".',
    ),
    'dock.md': article(
      'Dock',
      'Its spokesman, Piet Vos, said the port authority "will reopen the gates on Monday morning for every lorry".',
    ),
  });

  it('"The council itself said in a statement that it “…”", its spokeswoman quoted apart: the council\'s words given to her are misattributed', () => {
    assert.deepStrictEqual(hedge.misattributed('According to council spokeswoman Megan Hart, the council “encourages neighbours to talk to each other before they talk to lawyers.”\n'), ['encourages neighbours to']);
    assert.deepStrictEqual(hedge.misattributed('The council said it “encourages neighbours to talk to each other before they talk to lawyers.”\n'), []);
  });

  it('a spokesperson\'s words given to the body stay let pass (wire practice)', () => {
    assert.deepStrictEqual(hedge.misattributed('The port authority said it “will reopen the gates on Monday morning for every lorry.”\n'), []);
  });
});

describe('attribution grammar: tuning set 15 (held-out set 9 until session 18)', () => {
  const valley = attributionWorld({
    'court.md': article(
      'Riders ask court to block ban',
      'Motorcycle taxi riders asked the High Court to suspend the ban. “A consultation in which the people affected are not consulted is not a consultation,” their lawyer, Brian Ssemakula, told Justice Margaret Nakato.',
      'State attorney Harriet Namuli said the plan had been advertised for 60 days, but she could not say how many comments came from riders.',
      '"Then perhaps somebody should find it before the 17th," the judge said.',
    ),
    'glacier.md': article(
      'Glacier lake',
      'Kubanych Toktogulov, 67, keeps sheep under the glacier. “When I was a boy there was only ice up there,” Toktogulov said.',
      'Village head Bakyt Sultanov said the village had asked for a second road.',
      'Back in the village, Toktogulov\'s wife, Gulnara Toktogulova, was packing a bag she has kept by the door since June. “My husband laughs at the bag,” she said.',
      'Jože Kovačič lost 14 sheep in July. “They pay, eventually. But the money comes in winter,” he said. “The authority built the fence well,” said its spokesman, Yousef Khalaileh.',
    ),
  });

  it('"“…,” the judge said", the article naming one judge ("Justice Margaret Nakato"): the words given to the state attorney are misattributed', () => {
    assert.deepStrictEqual(valley.misattributed('State attorney Harriet Namuli could not say how many came from riders. “Then perhaps somebody should find it before the 17th,” Ms Namuli said.\n'), ['Then perhaps somebody']);
    assert.deepStrictEqual(valley.misattributed('“Then perhaps somebody should find it before the 17th,” Justice Margaret Nakato said.\n'), []);
  });

  it('"The authority\'s spokesman, Khaled Nawafleh, put it in two sentences: “…”": the name in apposition to the subject leads into the words', () => {
    assert.deepStrictEqual(valley.misattributed('The village\'s head, Bakyt Sultanov, put the history in two sentences: “When I was a boy there was only ice up there.”\n'), ['When I was']);
    assert.deepStrictEqual(valley.misattributed('The village\'s oldest shepherd, Kubanych Toktogulov, put it in one sentence: “When I was a boy there was only ice up there.”\n'), []);
  });

  it('"His wife is still waiting, and Jože shrugs: “…”": the clause after ", and" that leads into the words has its own subject', () => {
    assert.deepStrictEqual(valley.misattributed('Bakyt Sultanov was blunt about it, and Jože Kovačič shrugs: “They pay, eventually. But the money comes in winter.”\n'), []);
    assert.deepStrictEqual(valley.misattributed('Jože Kovačič was blunt about it, and Bakyt Sultanov shrugs: “They pay, eventually. But the money comes in winter.”\n'), ['They pay, eventually.']);
  });

  it('"Bakyt Sultanov says … By the door of the house, Gulnara keeps a bag. “…,” she says": the subject after a fronted phrase is a rival to the speaker', () => {
    const draft = 'Village head Bakyt Sultanov says “the village had asked for a second road”, which has only one. By the door of the Toktogulov house, Gulnara keeps a bag packed. “My husband laughs at the bag,” she says.\n';
    const she = valley.speakers(draft).find((a) => a.quote.text.startsWith('My husband'))!.speaker!;
    assert.strictEqual(confidentSpeaker(she), false, JSON.stringify(she.text));
    assert.deepStrictEqual(valley.misattributed(draft), []);
  });
});

describe('attribution grammar: tuning set 16 (held-out set 10 until session 19)', () => {
  const grain = attributionWorld({
    'grain.md': article(
      'Grain piles up',
      'Grain association head Yerlan Abenov said exporters were losing money.',
      'KTZ spokesman Daniyar Seitkali disputed the figures. "The harvest is bigger. The railway is not," Seitkali insisted.',
      'Abenov, asked about Seitkali\'s comments, said the size of the harvest had been known since June. "He can count wagons. He cannot count wheat," he said.',
    ),
  });

  const dolphins = attributionWorld({
    'dolphins.md': article(
      'Dolphin count rises',
      'Dr. Kathleen Moyle, a scientist who reviewed the survey, said the numbers were fragile. According to Moyle, "A population this small can look stable for years."',
      'Sarah Thorne, who directs the Mekong River Dolphin Trust, said the ban worked. "Every calf that dies in a net is a year lost," Thorne said. Moyle had reached the same conclusion from the survey data, she added: "The adults have learned to avoid the nets. The calves have not."',
    ),
  });

  it('"Moyle had reached the same conclusion, she added:": the subject of the sentence the pronoun\'s clause closes is no rival to the speaker', () => {
    assert.deepStrictEqual(dolphins.misattributed('Kathleen Moyle said: "The adults have learned to avoid the nets. The calves have not."\n'), ['The adults have']);
    assert.deepStrictEqual(dolphins.misattributed('Sarah Thorne said: "The adults have learned to avoid the nets. The calves have not."\n'), []);
  });

  const murga = attributionWorld({
    'murga.md': article(
      'Murga thrown out',
      "The murga's director, Washington Suarez, known to everyone in carnival as Pepe, has led La Gaviota Rota since 1987.",
      'His son Rodrigo Suarez, a teacher, wrote the lyrics. "I wrote the song in a week. If it was bad, they should give the prize to the others," he said.',
    ),
  });

  it('two people of one surname with first names of their own, one of them also a place\'s ("Washington Suarez"), are two people: the son\'s words given to "Pepe" are misattributed', () => {
    assert.deepStrictEqual(murga.misattributed('"I wrote the song in a week. If it was bad, they should give the prize to the others," Pepe said.\n'), ['I wrote the']);
    assert.deepStrictEqual(murga.misattributed('"I wrote the song in a week. If it was bad, they should give the prize to the others," Rodrigo Suarez said.\n'), []);
  });

  it('a name in the possessive is no speaker ("asked about Seitkali\'s comments, said"): the pronoun after is not Seitkali\'s', () => {
    const q = grain.sourceQuote(/count wagons/);
    assert.ok(q?.speaker, 'the quote has a speaker');
    assert.ok(!q!.speaker!.entities.some((e) => e.name === 'Daniyar Seitkali'), JSON.stringify(q!.speaker!.entities.map((e) => e.name)));
    // (Until session 28 the pronoun was not firm, Seitkali read as a rival subject after "Abenov, asked about", so no
    // finding could be made; now the words given to Seitkali are caught, as the tuning set labels them.)
    assert.deepStrictEqual(grain.misattributed('"He can count wagons. He cannot count wheat," Daniyar Seitkali said.\n'), ['He can count']);
  });
});

describe('attribution grammar: tuning set 17 (held-out set 11 until session 20)', () => {
  const fishery = attributionWorld({
    'fishery.md': article(
      'Tuna cannery to shut',
      'Managing director Ricardo Cevallos Quintana told investors the company had no choice. "We did not shut Manta because it lost money. We shut it because the boats stopped coming," Cevallos said.',
      'His sister, operations director Lucía Fernanda Cevallos, said the cost would be $4 million. "This is about surviving the next two seasons," she said.',
    ),
  });

  it('"Ricardo Cevallos Quintana … Cevallos said": a Spanish name\'s first surname, used alone, is that person\'s, not only the person whose last name it is', () => {
    const q = fishery.sourceQuote(/boats stopped coming/);
    assert.deepStrictEqual(q?.speaker?.entities.map((e) => e.name), ['Ricardo Cevallos Quintana']);
    assert.deepStrictEqual(fishery.misattributed('"We did not shut Manta because it lost money. We shut it because the boats stopped coming," Ricardo Cevallos Quintana said.\n'), []);
  });

  it('"His sister Lucía Fernanda, the operations director, insisted:": a subject named by two given names is the one person the sources name with both, not the description in apposition', () => {
    assert.deepStrictEqual(fishery.misattributed('His sister Lucía Fernanda, the firm\'s operations chief, insisted: "We did not shut Manta because it lost money."\n'), ['We did not']);
    assert.deepStrictEqual(fishery.misattributed('His sister Lucía Fernanda, the firm\'s operations chief, insisted: "This is about surviving the next two seasons."\n'), []);
  });

  const band = attributionWorld({
    'band.md': article(
      'Drums stolen',
      'Band leader Curtis Alleyne said the thieves came at night. "They left us one drum and a broom," Alleyne said.',
      'His brother, the arranger Desmond Alleyne, said it was planned. "Somebody knew exactly where the keys were," Desmond Alleyne said.',
    ),
  });

  it('"His brother Curtis, the band\'s leader, is sure it was planned:": a colon lead whose subject names one person by first name is that person\'s', () => {
    assert.deepStrictEqual(band.misattributed('Drums were stolen. His brother Curtis, the band\'s leader, is sure it was planned: "Somebody knew exactly where the keys were."\n'), ['Somebody knew exactly']);
    assert.deepStrictEqual(band.misattributed('Drums were stolen. His brother Desmond, the arranger, is sure it was planned: "Somebody knew exactly where the keys were."\n'), []);
  });
  const script = attributionWorld({
    'script.md': article(
      'Crowds at the nesting beach',
      'LINA PARK, PRESENTER: Good evening. The ministry is to cap visitors at the nesting beach of Playa Grande, in Guanacaste. Our reporter Tomas Reyes was there.',
      'TOMAS REYES, REPORTER: The turtles came ashore just after dark, and so did the crowds.',
      "REYES: The reserve's administrator, Hugo Salinas, told me his rangers were outnumbered. Hugo Salinas says a fence is the last thing a nesting beach needs.",
      '[CLIP] MARTA OVIEDO: "The big lodges will book every place in January and the rest of us will wait at the gate."',
      'REYES: Marta Oviedo runs a guesthouse in the village.',
      'PARK: Tomas Reyes reporting.',
    ),
  });

  it('"[CLIP] MARTA OVIEDO: “…”": a broadcast script\'s tagged line is a turn of its own, and the name in capitals is the speaker', () => {
    assert.deepStrictEqual(script.misattributed('"The big lodges will book every place in January and the rest of us will wait at the gate," Tomas Reyes said.\n'), ['The big lodges']);
    assert.deepStrictEqual(script.misattributed('"The big lodges will book every place in January and the rest of us will wait at the gate," Marta Oviedo said.\n'), []);
  });

  it('"warns the Guanacaste reserve\'s administrator": a role in the draft, with a place the source does not add, is the one person the script gives it', () => {
    assert.deepStrictEqual(script.misattributed('Not all trust it. "The big lodges will book every place in January and the rest of us will wait at the gate," warns the Guanacaste reserve\'s administrator.\n'), ['The big lodges']);
  });

  const vanilla = attributionWorld({
    'vanilla.md': article(
      'Night watch in the vanilla fields',
      'Farmer Jean Rabe, 44, lost half his crop last year. "In the day I grow it. At night I guard it," Rabe said.',
      'His cousin, Paul Rabe, keeps the rota. "Sometimes the thieves come from the next house," Paul Rabe says. "That is why we guard in pairs, and never with your own brother."',
    ),
  });

  it('"His cousin Paul keeps the rota. “…,” he says": a relative named by a tie, opening a sentence, is a rival to the earlier speaker of the same surname', () => {
    assert.deepStrictEqual(vanilla.misattributed('Jean Rabe said "in the day I grow it". His cousin Paul keeps the rota. "That is why we guard in pairs, and never with your own brother," he says.\n'), []);
  });
  const bees = attributionWorld({
    'bees.md': article(
      'Bee deaths',
      "Milan Jović, president of the Banat Beekeepers' Association, said his members had lost half their hives.",
      'The Serbian Union of Seed Producers, which represents the seed makers, said the products were safe. Its spokesman, Goran Ristić, said the drills were at fault. "Better drills cut the dust. The answer is better equipment, not a ban," Ristić argued.',
    ),
  });

  it('"The Banat Beekeepers\' Association agreed:" with the words of another body\'s spokesman ("The Serbian Union of Seed Producers … said … Its spokesman, Goran Ristić,") is misattributed; his own body is not', () => {
    assert.deepStrictEqual(bees.misattributed('The Banat Beekeepers\' Association agreed: "The answer is better equipment, not a ban."\n'), ['The answer is']);
    assert.deepStrictEqual(bees.misattributed('The Serbian Union of Seed Producers said: "The answer is better equipment, not a ban."\n'), []);
  });
});

describe('attribution grammar: tuning set 18 (held-out set 12 until session 21)', () => {
  const cup = attributionWorld({
    'cup.md': article(
      'Szolnok win the cup',
      '"I felt a hand on my shoulder. If that is not a penalty, then nothing is," said Dávid Szabó.',
      'Ferencváros captain Norbert Szabó said the team had been tired. "We swam through worse in Malta," Norbert Szabó said.',
      'The club Ferencváros said in a statement that it would appeal to the federation. Dávid Szabó is not related to the Ferencváros captain.',
    ),
  });

  it('"said the Ferencváros captain": a body\'s name before a role in a draft is whose role it is; the speaker is the one person the source gives it', () => {
    assert.deepStrictEqual(cup.misattributed('"If that is not a penalty, then nothing is," said the Ferencváros captain.\n'), ['If that is']);
    assert.deepStrictEqual(cup.misattributed('"We swam through worse in Malta," said the Ferencváros captain.\n'), []);
  });

  const midwife = attributionWorld({
    'midwife.md': article(
      'Midwife of Brava dies at 91',
      'Maria da Luz Tavares delivered most of the island\'s children. For four decades Tavares, known across the island simply as Nha Luz, was the only help families could call.',
      '"The first baby I delivered alone was on a kitchen table," she told a radio interviewer in 1996.',
      'Mayor Francisco Barros said the new maternity wing would bear her name. "Nobody on this island was born without her," he said.',
    ),
  });

  it('"Tavares, known across the island simply as Nha Luz,": the name she goes by, after a few words and of two words, is hers', () => {
    assert.deepStrictEqual(midwife.misattributed('"The first baby I delivered alone was on a kitchen table," Nha Luz told a radio interviewer.\n'), []);
    assert.deepStrictEqual(midwife.misattributed('"Nobody on this island was born without her," Nha Luz said.\n'), ['Nobody on this']);
  });

  const lift = attributionWorld({
    'lift.md': article(
      'Cable car stalls',
      'PRESENTER: Our correspondent is at the foot of the mountain.',
      'CORRESPONDENT: It does. In a statement read out this evening, Lomnica Lifts said it "deeply regrets the distress caused to our passengers" and that the lifts would stay closed. The mayor, Jana Kovacova, came to the station. Jana Kovacova said she "had never seen such a thing in forty years".',
      'PRESENTER: Thank you.',
    ),
  });

  it('"CORRESPONDENT: … Lomnica Lifts said it “…”": words a transcript\'s speaker quotes, in quotation marks after a name and a verb of saying, are that name\'s', () => {
    assert.deepStrictEqual(lift.misattributed('The operator, Lomnica Lifts, says it "deeply regrets the distress caused to our passengers".\n'), []);
    assert.deepStrictEqual(lift.misattributed('The mayor, Jana Kovacova, said she "had never seen such a thing in forty years".\n'), []);
    assert.deepStrictEqual(lift.misattributed('Lomnica Lifts said it "had never seen such a thing in forty years".\n'), ['had never seen']);
  });
});

describe('attribution grammar: tuning sets 19 and 20 (held-out sets 13 and 14 until session 22)', () => {
  const cable = attributionWorld({
    'cable.md': article(
      'Samoa back online',
      'At her agency, Losa Tuilagi said queues had formed. Her brother, Sione Tuilagi, who runs a store next door, said he had sold generators on credit. "I know everybody\'s father," he said.',
      'Not everyone suffered. Tuilagi\'s regular customer Ioane Lemalu, a taxi driver known across Apia as "Bubba", said he had never been busier. "For five days Apia went back to 1995 and I was the internet," he said, laughing.',
    ),
  });

  it('"Ioane Lemalu, a taxi driver known across Apia as "Bubba", said he …": a nickname in quotation marks inside the appositive keeps him the subject who speaks, not the possessor before him', () => {
    assert.deepStrictEqual(cable.misattributed('"For five days Apia went back to 1995 and I was the internet," Sione Tuilagi said.\n'), ['For five days']);
    assert.deepStrictEqual(cable.misattributed('"For five days Apia went back to 1995 and I was the internet," Bubba said.\n'), []);
  });

  const exam = attributionWorld({
    'exam.md': article(
      'Andorra makes Catalan exam a condition',
      'Manuel Ferreira, president of the Association of Portuguese Residents, said his members supported Catalan. "Most of us speak three languages already," Ferreira said.',
      'His daughter, Ana Ferreira, 26, who teaches at a school, said she would sit the exam.',
      'After the interview the host Marc Puig told listeners that the station had received 400 messages.',
      'The government said the exam would include a spoken section. Ferreira called that a step forward. "A spoken test is a test of life. A written test is a test of school," he said.',
    ),
  });

  it('"Ferreira called that a step forward. “…,” he said", after "His daughter, Ana Ferreira": the surname is the one the name index gave it to, so "he" is her father, not the daughter last named in full', () => {
    assert.deepStrictEqual(exam.misattributed('"A spoken test is a test of life. A written test is a test of school," Ana Ferreira said.\n'), ['A spoken test']);
    assert.deepStrictEqual(exam.misattributed('"A spoken test is a test of life. A written test is a test of school," Manuel Ferreira said.\n'), []);
  });

  const tortoises = attributionWorld({
    'tortoises.md': article(
      'Skipper jailed over tortoises',
      'A skipper who hid four tortoises in a cool box was jailed for five years by the Supreme Court in Victoria yesterday, in what the judge called "a theft from every Seychellois, including those not yet born".',
      'Passing sentence, Justice Marie-Claire Hoareau said the man had been motivated by money alone. "You were not hungry. You were greedy," the judge said.',
    ),
  });

  it('"jailed … by the Supreme Court in Victoria yesterday, in what the judge called “…”": a clause after a comma and "in what" has its own subject, the judge, not the court named before it', () => {
    assert.deepStrictEqual(tortoises.misattributed('Justice Marie-Claire Hoareau called it "a theft from every Seychellois, including those not yet born".\n'), []);
  });

  const bomblet = attributionWorld({
    'bomblet.md': article(
      'Bomblet kills two boys',
      'The village chief, Bounmy Phommachanh, said the thicket had been used for bamboo shoots. "Now the whole village is afraid of its own trees," Bounmy told this newspaper.',
      'His nephew, Thongsavanh Phommachanh, lost his right hand to a bomblet at 14 and now teaches risk education. Known in Pek as Tong, he visited the boys\' school two years ago. "Children remember the arm for a month. Then they forget," said Tong.',
    ),
  });

  it('"Known in Pek as Tong, he visited …": the name a sentence opens with is the last-named person\'s, so "said Tong" is his', () => {
    assert.deepStrictEqual(bomblet.misattributed('"Children remember the arm for a month. Then they forget," said Bounmy.\n'), ['Children remember the']);
    assert.deepStrictEqual(bomblet.misattributed('"Children remember the arm for a month. Then they forget," said Thongsavanh Phommachanh.\n'), []);
  });
});

describe('attribution grammar: tuning set 21 (held-out set 15 until session 23)', () => {
  const harvest = attributionWorld({
    'fish.md': article('Thieves steal fish fry queen\'s freezer', 'She has fed the Friday crowds for 31 years. Now Mama Jo wants to know who has been feeding on HER.'),
    'harvest.md': article(
      'Kiribati reopens sea cucumber harvest',
      'Teretia Tebano, who chairs the exporters\' association, welcomed the decision. "The exporters have kept their staff on for four years with no product," said Tebano.',
      'Her brother Baraniko Tebano, who runs a processing shed, said buyers had already asked for prices.',
    ),
  });

  const radio = attributionWorld({
    'water.md': article(
      'Long Island rations water as barge breaks down',
      'DEBRA SAUNDERS: Good evening. Marcus, what happened there?',
      'MARCUS FERGUSON: The barge belongs to a private company. Its managing director, Terrance Major, says an engine failed in heavy swell. He insists the company has never missed a delivery in good weather.',
      'MARCUS FERGUSON: In the House of Assembly yesterday, the Minister of Works, Clement Rahming, was asked why an island of three thousand people depends on one barge. He told members, "The Family Islands were promised a second plant in 2028." The opposition says that is not an answer.',
    ),
  });

  it('in a transcript, "He told members, “…”" in a reporter\'s turn is the man the turn names, not the reporter; "He insists the company has never missed …" is the reporter\'s paraphrase', () => {
    assert.deepStrictEqual(radio.misattributed('Works Minister Clement Rahming told the House: "The Family Islands were promised a second plant in 2028."\n'), []);
    assert.deepStrictEqual(radio.misattributed('Marcus Ferguson told listeners: "The Family Islands were promised a second plant in 2028."\n'), ['The Family Islands']);
    const paraphrase = radio.findings('Its managing director Terrance Major insists the company has "never missed a delivery in good weather".\n');
    assert.deepStrictEqual(paraphrase.map((f) => f.kind), ['not-a-direct-quote']);
  });

  const shea = attributionWorld({
    'shea.md': article(
      'Savonnerie du Golfe to buy Karité du Houet',
      'Savonnerie du Golfe SA has agreed to buy 70 percent of Burkina Faso’s shea butter processor Karité du Houet. Karité du Houet’s founder, Salimata Ouédraogo, said she had turned down two offers.',
      'The company’s founder, Kodjo Agbodjan, said he had first tried to buy a shea factory in 1998. “I was told I was too small and too far from the trees,” he said.',
    ),
  });

  it('"Karité du Houet\'s founder Salimata Ouédraogo remembered her own early days: “…”": the body whose founder she is does not stand beside her as a second subject of the colon\'s lead', () => {
    assert.deepStrictEqual(shea.misattributed('Karité du Houet\'s founder Salimata Ouédraogo remembered her own early days: “I was told I was too small and too far from the trees.”\n'), ['I was told']);
    assert.deepStrictEqual(shea.misattributed('Founder Kodjo Agbodjan remembered his own early days: “I was told I was too small and too far from the trees.”\n'), []);
  });

  const apricots = attributionWorld({
    'apricots.md': article(
      'On the roofs of N\'Gaous',
      'Farid, 46, runs the family business from a plastic chair. Brahim Ouchene runs the sulphur chamber next door.',
      'The one buyer is Samir Zerrouki, from Algiers, who has come every summer for eleven years. He sits with Farid drinking mint tea and says very little. When he does speak, it is about colour. "The Europeans want apricots that look like apricots," he says.',
    ),
  });

  it('"The one buyer is Samir Zerrouki … He sits with Farid … “…,” he says": a man named only as the object of "with" is no rival subject, so "he" is firmly the buyer', () => {
    assert.deepStrictEqual(apricots.misattributed('Brahim Ouchene, who runs the sulphur chamber, explains: "The Europeans want apricots that look like apricots."\n'), ['The Europeans want']);
    assert.deepStrictEqual(apricots.misattributed('The buyer, Samir Zerrouki, explains: "The Europeans want apricots that look like apricots."\n'), []);
  });

  it('"Her brother Baraniko, who runs a processing shed, put it more bluntly: “…”": a pronoun in capitals for emphasis elsewhere ("feeding on HER") is no body\'s acronym, so the draft\'s speaker is the brother, not "HER"', () => {
    assert.deepStrictEqual(harvest.misattributed('Her brother Baraniko, who runs a processing shed, put it more bluntly: "The exporters have kept their staff on for four years with no product."\n'), ['The exporters have']);
    assert.deepStrictEqual(harvest.misattributed('Teretia Tebano put it more bluntly: "The exporters have kept their staff on for four years with no product."\n'), []);
  });
});

describe('attribution grammar: tuning set 22 (held-out set 16 until session 24)', () => {
  const octopus = attributionWorld({
    'octopus.md': article(
      'Mauritania closes octopus fishery',
      'Fisheries Minister Khadijetou Mint Boubacar told reporters in Nouakchott that the survey had found half as many octopus as a year earlier.',
      'His brother, Abdoulaye Sy, who captains one of the boats, was more patient. "The old men told us this would happen," he said.',
      'Mint Boubacar rejected the complaint that small fishermen were paying for the trawlers\' mistakes. The minister was curt: "The trawlers are closed too. Every boat is closed. There is no first class on this ship."',
    ),
  });

  it('"The minister was curt: “…”": a description and a short predicate before a colon is the lead\'s subject (the minister named just before, by the last words of her name), not a continuation of the man quoted before', () => {
    assert.deepStrictEqual(octopus.misattributed('Her spokesman Abdoulaye Sy was blunt: "There is no first class on this ship."\n'), ['There is no']);
    assert.deepStrictEqual(octopus.misattributed('Fisheries Minister Khadijetou Mint Boubacar was blunt: "There is no first class on this ship."\n'), []);
  });

  const tide = attributionWorld({
    'tide.md': article(
      'King tide floods Majuro road',
      'Biana Jorlang, a grandmother of nine, left her flooded kitchen at midnight. She sat on a mat in the gym. "We have had water in the yard before, but never inside, never like this," she said.',
      'Her son, Tommy Jorlang, teaches at the school where they are sheltering. He was less calm. "The wall was supposed to hold," he said.',
    ),
  });

  it('"said her son Tommy": a first name after a lower-case description in a draft is the one person of the sources with it, so the words of his mother are misattributed', () => {
    assert.deepStrictEqual(tide.misattributed('"We have had water in the yard before, but never inside, never like this," said her son Tommy.\n'), ['We have had']);
    assert.deepStrictEqual(tide.misattributed('"The wall was supposed to hold," said her son Tommy.\n'), []);
  });

  const prawns = attributionWorld({
    'prawns.md': article(
      'White spot outbreak forces Temburong Blue Prawn to cull',
      'Temburong Blue Prawn took about a fifth of its spring stock from Seri Tutong Hatchery, a family business in Tutong District owned by Lim Mei Ling.',
      'Ms Lim, who is no relation of the company\'s farm manager, Lim Boon Keat, insisted that every batch she sold had tested negative before it left. "Every batch that left my hatchery had a clean certificate," she said.',
      '"Small hatcheries are always the first to be blamed, because we are the easiest to close."',
    ),
  });

  const palaies = attributionWorld({
    'palaies.md': article(
      'Before the sun, the palaiês',
      'Delfina Ramos has bought fish on the beach at Pantufo for forty years.',
      '“Delfina has owed me money since 1995,” says Aurélio Bragança, who has fished from Pantufo for as long as she has bought there. He laughs. “And I have owed her money since 1996. If you count, you lose friends.”',
    ),
  });

  it('"“…,” says Aurélio Bragança, who … He laughs. “…”": a short sentence of the speaker\'s own between two quotations keeps the second firmly his', () => {
    assert.deepStrictEqual(palaies.misattributed('“If you count, you lose friends,” says Delfina Ramos.\n'), ['If you count,']);
    assert.deepStrictEqual(palaies.misattributed('“If you count, you lose friends,” says Aurélio Bragança.\n'), []);
  });

  const masks = attributionWorld({
    'masks.md': article(
      'Anselme Dorvil, Jacmel mask maker, dies at 84',
      'Anselme Dorvil made the papier-mâché devils of the Jacmel carnival. His daughter, Solange Dorvil, will keep the workshop open.',
      'Jocelyn Alcindor, his apprentice for twenty years, remembered a patient man. "He never sold you a secret. He gave you all of them," said Alcindor.',
    ),
  });

  it('"“…,” Solange Dorvil remembers": "remembers" reports speech after a quotation, so the draft gives the words to her, not to the last man quoted', () => {
    assert.deepStrictEqual(masks.misattributed('Anselme Dorvil died at 84. “He never sold you a secret,” Solange Dorvil remembers.\n'), ['He never sold']);
    assert.deepStrictEqual(masks.misattributed('Anselme Dorvil died at 84. “He never sold you a secret,” Jocelyn Alcindor remembers.\n'), []);
  });

  const lagoon = attributionWorld({
    'lagoon.md': article(
      'Muri residents demand jet-ski ban',
      'Jet-ski hire operator Mr Junior Tangaroa, 29, runs Muri Wave Hire from the beach. "I grew up in this lagoon too," Mr Tangaroa told the meeting.',
      'His uncle, Mr Teariki Tangaroa, 67, who has fished the lagoon for fifty years, rose to speak in favour of a ban.',
      '"The fish do not know the difference between a good rider and a bad one," the older Mr Tangaroa said.',
      'Ms Sarah Whitfield, general manager of Lagoon Breeze Villas, spoke for the hotels. "People fly twelve hours to hear the sea," said Ms Whitfield.',
      'The local MP, Mr Vaine Teiotu, promised to take the petition to Cabinet.',
    ),
  });

  it('"the older Mr Tangaroa said": of namesakes whose ages the source gives, the older; "Junior" is a given name, so "Junior told the meeting" is another man than his uncle', () => {
    assert.deepStrictEqual(lagoon.misattributed('Jet-ski operator Junior Tangaroa spoke first. "The fish do not know the difference between a good rider and a bad one," Junior told the meeting.\n'), ['The fish do']);
    assert.deepStrictEqual(lagoon.misattributed('"The fish do not know the difference between a good rider and a bad one," Teariki Tangaroa told the meeting.\n'), []);
  });

  it('"According to the local MP, Vaine Teiotu, “…”": a description with an abbreviation in capitals, then the name in apposition, names the speaker', () => {
    assert.deepStrictEqual(lagoon.misattributed('According to the local MP, Vaine Teiotu, “People fly twelve hours to hear the sea.”\n'), ['People fly twelve']);
    assert.deepStrictEqual(lagoon.misattributed('According to the hotel’s manager, Sarah Whitfield, “People fly twelve hours to hear the sea.”\n'), []);
  });

  const hall = attributionWorld({
    'hall.md': article(
      'Flatts residents pack hall to fight hotel plan',
      'Kevin Simmons, the managing director of Harbour Reach, said the hotel would bring jobs.',
      'Not everyone in the hall was against the plan. Mr Jahmal Smith, 27, who works as a waiter in Hamilton, said young people needed jobs close to home.',
      '“Everybody in this room has a house and a pension. I have a bus pass and two jobs,” he said.',
    ),
  });

  it('"At a packed meeting in the village hall, Kevin Simmons had an answer for those who said the hotel was too big: “…”": the lead\'s subject after a phrase of setting, not "those who said"', () => {
    assert.deepStrictEqual(hall.misattributed('At a packed meeting in the village hall, Kevin Simmons had an answer for those who said the hotel was too big: “Everybody in this room has a house and a pension.”\n'), ['Everybody in this']);
    assert.deepStrictEqual(hall.misattributed('At a packed meeting in the village hall, Jahmal Smith had an answer for those who said the hotel was too big: “Everybody in this room has a house and a pension.”\n'), []);
  });

  it('"Ms Lim, who is no relation of the farm manager, Lim Boon Keat, insisted … “…,” she said": the namesake named in full in the relative clause is neither the subject of "insisted" nor the "she"', () => {
    assert.deepStrictEqual(prawns.misattributed('"Small hatcheries are always the first to be blamed, because we are the easiest to close," farm manager Lim Boon Keat said.\n'), ['Small hatcheries are']);
    assert.deepStrictEqual(prawns.misattributed('"Small hatcheries are always the first to be blamed, because we are the easiest to close," hatchery owner Lim Mei Ling said.\n'), []);
  });
});

describe('attribution grammar: tuning set 23 (held-out set 17 until session 25)', () => {
  const stone = attributionWorld({
    'stone.md': article(
      'Excavator splits stone money disc',
      'The excavator belonged to Pacific Earthmoving Co., a Guam-based contractor. Its owner, Ray Salas, flew in on Tuesday to apologise. “I did not come with a lawyer. I came with my hat in my hands,” he told the Tide.',
      'Dorothy Yinug, the preservation office\'s director, said her staff had given the department a map in 2031.',
      'Asked whether the disc could be repaired, Yinug was doubtful: “You can glue a stone. You cannot glue its history.”',
      'According to Dr. Lorraine Keller, an anthropologist at the College of Micronesia-FSM, the value was never in the stone.',
    ),
    'bissau.md': article(
      'Oxygen plant fails in Bissau',
      'The generator stopped, according to the hospital\'s director, Dr. Armando Có. “We had one day of reserve,” Có said.',
      'Zinha Có, a nurse who is not related to the director, said she had worked 30 hours. “My husband asked me how my weekend was,” she said.',
    ),
  });

  it('"Pacific Earthmoving Co." is a body, whose legal form "Co" is no Mr Có of another article: the pronoun after "Its owner, Ray Salas," is his', () => {
    assert.deepStrictEqual(stone.misattributed('“I did not come with a lawyer,” Dorothy Yinug told the Tide.\n'), ['I did not']);
    assert.deepStrictEqual(stone.misattributed('“I did not come with a lawyer,” Ray Salas told the Tide.\n'), []);
  });

  it('"Asked whether …, Yinug was doubtful: “…”": a clause of being asked before the lead\'s subject is no part of it', () => {
    assert.deepStrictEqual(stone.misattributed('“You can glue a stone,” Ray Salas said.\n'), ['You can glue']);
    assert.deepStrictEqual(stone.misattributed('“You can glue a stone,” Dorothy Yinug said.\n'), []);
  });

  it('"According to Dr. Lorraine Keller, an anthropologist …, “…”": a title\'s full stop is part of the name after "according to"', () => {
    assert.deepStrictEqual(stone.misattributed('According to Dr. Lorraine Keller, an anthropologist at the College of Micronesia-FSM, “You can glue a stone. You cannot glue its history.”\n'), ['You can glue']);
    assert.deepStrictEqual(stone.misattributed('According to Dr. Dorothy Yinug, the director of the office, “You can glue a stone. You cannot glue its history.”\n'), []);
  });

  const horses = attributionWorld({
    'horses.md': article(
      'Akhal-Teke stallion sells for a record',
      'The auctioneer, Merdan Atayev, opened the bidding at noon.',
      'Gurbanmyrat Hojayev, 67, who has bred horses all his life, said he had taken both his mares home again. “The prices were good,” he said.',
      'He added: “My father said a Turkmen without a horse is a man without a shadow.”',
    ),
  });

  it('"Even the auctioneer, Merdan Atayev, sounded uneasy about …: “…”": a word of focus before a colon lead\'s subject is no part of it', () => {
    assert.deepStrictEqual(horses.misattributed('Even the auctioneer, Merdan Atayev, sounded uneasy about where the horses are going: “My father said a Turkmen without a horse is a man without a shadow.”\n'), ['My father said']);
    assert.deepStrictEqual(horses.misattributed('Even the old breeder, Gurbanmyrat Hojayev, sounded uneasy about where the horses are going: “My father said a Turkmen without a horse is a man without a shadow.”\n'), []);
  });

  const bears = attributionWorld({
    'bears.md': article(
      'Slovenia orders 200 bears culled',
      'The Hunting Association of Slovenia welcomed the decree. Its spokesman, Matej Novak, said hunters would shoot animals seen near houses first. “Our members are not trophy hunters,” Novak said.',
      'The mayor of Kočevje, Bojan Novak, who is not related to the spokesman, said the town would replace 300 waste containers. “For years we told people bears were our pride,” the mayor said.',
      'Asked about fences, Novak, the hunters’ spokesman, said many farmers had them and lost sheep anyway. “A fence is a good idea until the bear learns to dig,” he said.',
    ),
  });

  it('"Novak, the hunters\' spokesman, said … “…,” he said", with two Novaks: the pronoun is the one the name index gave the surname to, so the words are not the mayor\'s', () => {
    assert.deepStrictEqual(bears.misattributed('“A fence is a good idea until the bear learns to dig,” says the mayor, Bojan Novak.\n'), ['A fence is']);
    assert.deepStrictEqual(bears.misattributed('“A fence is a good idea until the bear learns to dig,” says the spokesman, Matej Novak.\n'), []);
  });

  const mohair = attributionWorld({
    'mohair.md': article(
      'Lesotho mohair fetches a quarter more',
      'Teboho Sekese, 64, has sheared goats in the Semonkong shed for forty years. “The kids are the best we have had,” he said.',
      'Sekese\'s daughter, Palesa Sekese, 31, an agronomist, types the records into a laptop. “My father still counts on his fingers. I check his fingers with a spreadsheet,” she says.',
    ),
  });

  it('"Sekese\'s daughter, Palesa Sekese, … “…,” she says": a possessor is no subject a pronoun picks, so the daughter\'s words are hers, not her father\'s', () => {
    assert.deepStrictEqual(mohair.misattributed('“My father still counts on his fingers,” says Palesa Sekese.\n'), []);
  });

  const bridge = attributionWorld({
    'bridge.md': article(
      'Mostar plans licences for the Old Bridge jump',
      '“We have been asking for this for twenty years,” said Emir Hadžić, president of the Mostar Bridge Divers\' Club.',
      'His uncle, Dino Hadžić, 58, who made his last jump in 2019, is less enthusiastic. “The bridge never belonged to the council,” he said.',
      'Emir Hadžić said the club\'s divers had always trained for years. “My uncle made me jump from the six-metre wall for two summers,” he said. “That was the licence we had. It worked for four hundred years.”',
    ),
  });

  it('"Emir Hadžić": a ruler\'s title that is a given name too, before a surname, is his given name, so his uncle Dino Hadžić is another man, whom his words are misattributed to', () => {
    assert.deepStrictEqual(bridge.misattributed('His uncle Dino, who made his last jump in 2019, says “That was the licence we had. It worked for four hundred years.”\n'), ['That was the']);
    assert.deepStrictEqual(bridge.misattributed('Emir Hadžić says “That was the licence we had. It worked for four hundred years.”\n'), []);
  });

  const libel = attributionWorld({
    'libel.md': article(
      'Presenter sues columnist for libel',
      'Counsel for the columnist, Conor Madigan, said his client had checked every claim.',
      'The judge, Ms Justice Orla Cassidy, intervened to tell counsel that the jury had understood the point.',
      'The judge reminded the jury that the case was not a contest of reputations. “You are not here to decide whether he is a good journalist,” she told them. “You are here to decide whether what he wrote was true.”',
    ),
  });

  it('"The judge, Ms Justice Orla Cassidy," gives her the role "the judge" across a title of two words, so "The judge reminded the jury … she told them" is hers, not counsel\'s', () => {
    assert.deepStrictEqual(libel.misattributed('“You are here to decide whether what he wrote was true,” Madigan said.\n'), ['You are here']);
    assert.deepStrictEqual(libel.misattributed('“You are here to decide whether what he wrote was true,” Ms Justice Orla Cassidy said.\n'), []);
  });

  const midwives = attributionWorld({
    'midwife.md': article(
      'Maria da Luz Tavares, midwife of the mountain, dies at 91',
      'Maria da Luz Tavares delivered more than 2,000 babies on the slopes of Fogo.',
      'Her granddaughter, Ana Tavares, 24, is now a midwife in Praia. “She told me I had good hands,” she said.',
      'On her 85th birthday Tavares told a local newspaper that she missed the work but not the walking. “I am not tired of the babies. I am tired of the stairs,” she said.',
    ),
    'vote.md': article(
      'Lisbon council debates votes for foreign residents',
      'Ana Paula Fernandes, president of the Association for the Support of Immigrant Workers, watched the debate. “My parents came from Portugal in 1972,” she said.',
    ),
  });

  it('"Her granddaughter Ana trained … “…,” Ana jokes": of two Anas in the sources, the draft\'s is the one whose role is the description before her first name', () => {
    assert.deepStrictEqual(midwives.misattributed('Her granddaughter Ana is a midwife in Praia. “I am not tired of the babies. I am tired of the stairs,” Ana jokes.\n'), ['I am not']);
    assert.deepStrictEqual(midwives.misattributed('Her granddaughter Ana is a midwife in Praia. “She told me I had good hands,” Ana says.\n'), []);
  });
});

describe('attribution grammar: tuning set 24 (held-out set 18 until session 26)', () => {
  const ferry = attributionWorld({
    'ferry.md': article(
      'Island council keeps the night ferry',
      'Ferry skipper Tom Quintal, 52, told the meeting that the crossing was safe in any weather.',
      'In a written statement, the Lord Howe Island Board said the decision "keeps a lifeline open for the people who depend on it".',
    ),
  });

  it('"Council settled …, a decision that it says “…”": "it" is a body, never the person named before it', () => {
    assert.deepStrictEqual(ferry.misattributed('The skipper Tom Quintal spoke first. In the end the board kept the ferry, a decision that it says "keeps a lifeline open for the people who depend on it".\n'), []);
    const [said] = ferry.speakers('Skipper Tom Quintal spoke first. In the end it says "keeps a lifeline open for the people who depend on it".\n');
    assert.ok(!said.speaker?.entities.some((e) => e.name === 'Tom Quintal'), JSON.stringify(said.speaker?.entities.map((e) => e.name)));
  });

  const gulls = attributionWorld({
    'gulls.md': article(
      'Gulls raid the harbour chip shops',
      'Harbour master Alan Penrose said the council would put up signs. "Feeding them is the problem," he added.',
      'Chip shop owner Joan Treloar, 61, was less patient. "They take the chips out of your hand," she blasted. "They are pirates with feathers, and the tourists are their crew."',
    ),
  });

  it('"“…,” she blasted": a tabloid\'s verb of saying names the speaker, so the next quotation is hers, not the man\'s before', () => {
    assert.deepStrictEqual(gulls.misattributed('"They are pirates with feathers, and the tourists are their crew," said harbour master Alan Penrose.\n'), ['They are pirates']);
    assert.deepStrictEqual(gulls.misattributed('"They are pirates with feathers, and the tourists are their crew," said Joan Treloar.\n'), []);
  });

  const olives = attributionWorld({
    'olives.md': article(
      'Terraces bring back the old olive groves',
      'One of the families is that of Yusuf Haddad Karam, a farmer who has worked the terraces all his life. His son, Rami Yusuf Karam, 31, looks after the young trees.',
      '"My father called the terraces a waste of time," said Rami Yusuf Karam. "Now he shows them to his friends."',
      'The elder Karam does not argue. "I said the walls would fall. They did not," he said. "But the sheep need the grass between the trees."',
    ),
  });

  it('"His son, Rami Yusuf Karam, … The elder Karam does not argue. “…,” he said": "the elder" picks the father of two namesakes, so the words are not the son\'s', () => {
    assert.deepStrictEqual(olives.misattributed('Rami Karam added: "But the sheep need the grass between the trees."\n'), ['But the sheep']);
    assert.deepStrictEqual(olives.misattributed('Yusuf Haddad Karam added: "But the sheep need the grass between the trees."\n'), []);
  });

  const wells = attributionWorld({
    'wells.md': article(
      'Herders dig new wells',
      'Major Ibrahim Kader, the region\'s water commissioner, told reporters that the wells would be finished before the dry season.',
      'Village head Amina Diallo said the old wells had failed in March.',
      '"Nobody in the capital thinks a well is worth more than a harvest," Maj Kader said. "But a dry well feeds no one."',
    ),
  });

  it('"Maj Kader said": a military title without its full stop is no part of the name, so the words are Major Ibrahim Kader\'s', () => {
    assert.deepStrictEqual(wells.misattributed('"Nobody in the capital thinks a well is worth more than a harvest," says Major Ibrahim Kader.\n'), []);
    assert.deepStrictEqual(wells.misattributed('"Nobody in the capital thinks a well is worth more than a harvest," says Amina Diallo.\n'), ['Nobody in the']);
  });

  const ice = attributionWorld({
    'ice.md': article(
      'Transcript: reindeer on the runway',
      'PRESENTER: Good morning. Reindeer closed the airport for an hour last night.',
      'REPORTER: They do this most winters now. Dr Kari Lunde, a reindeer ecologist at the university, no relation to the airport manager, says that is because the snow crust forms earlier and melts later than it used to, so the herds look for bare ground.',
      'PRESENTER: Thank you.',
    ),
  });

  it('"REPORTER: … Dr Kari Lunde, a reindeer ecologist …, says that is because …": a turn\'s paraphrase of someone named with an appositive is not their direct quote', () => {
    const kinds = ice.findings('The ecologist Kari Lunde has an explanation: the snow crust "forms earlier and melts later than it used to".\n').map((f) => f.kind);
    assert.deepStrictEqual(kinds, ['not-a-direct-quote']);
  });

  const seaweed = attributionWorld({
    'seaweed.md': article(
      'Rotting weed keeps diners away from the bay',
      'But marine ecologist Dr Paul Le Quesne said the real problem lay inland, in the fertiliser on the fields.',
      'Local GP Dr Anita Le Quesne - the ecologist\'s sister - said patients had come to her with headaches. She advised people with asthma to keep away.',
      '"I\'m not saying anyone is in danger. I\'m saying don\'t go and stand in it," she said.',
    ),
  });

  it('"Local GP Dr Anita Le Quesne - the ecologist\'s sister - said … “…,” she said": a capitalised particle after a given name keeps the doctor in the index, so her words are not her brother\'s', () => {
    assert.deepStrictEqual(seaweed.misattributed('"I\'m saying don\'t go and stand in it," Dr Paul Le Quesne said.\n'), ['I\'m saying don\'t']);
    assert.deepStrictEqual(seaweed.misattributed('"I\'m saying don\'t go and stand in it," Dr Anita Le Quesne said.\n'), []);
  });
});

describe('attribution grammar: tuning set 25 (held-out set 19 until session 27)', () => {
  const quarry = attributionWorld({
    'quarry.md': article(
      'Quarry owner and grandson fined over blasting',
      'A court fined Henrik Aasen Dahl, 66, and his grandson, Sindre Dahl, 24, for blasting at the Berg quarry without a licence. Judge Ingrid Solvang said the rules were "not there for decoration".',
      'Aasen Dahl has run the quarry for forty years. The older man told the court he had "left the paperwork to the office".',
    ),
  });

  it('"Henrik Aasen Dahl, 66, and his grandson, Sindre Dahl, 24, … The older man told the court": the older of the two men just named spoke', () => {
    assert.deepStrictEqual(quarry.misattributed('His grandson Sindre Dahl said he had "left the paperwork to the office".\n'), ['left the paperwork']);
    assert.deepStrictEqual(quarry.misattributed('Henrik Aasen Dahl said he had "left the paperwork to the office".\n'), []);
  });

  const mill = attributionWorld({
    'mill.md': article(
      'Transcript: the mill that lost its power',
      'NIAMH BRENNAN: Welcome back. Mayor Ruth Okafor joins us from the town hall.',
      'OKAFOR: The energy minister called me last night. He said, "Every worker at the mill will be paid for the lost shifts." I told him we have heard that before.',
      'BRENNAN: And the minister himself?',
      'OKAFOR: Energy Minister Daniel Mbeki spoke in the capital this morning. He confirmed that the state will pay the wages the company cannot. "No family here will go short this winter," Mbeki said.',
    ),
  });

  it('"The energy minister called me. He said, “…”": the office, named before its holder, is the one person the article later names with it', () => {
    assert.deepStrictEqual(mill.misattributed('Mayor Ruth Okafor told the radio: "Every worker at the mill will be paid for the lost shifts."\n'), ['Every worker at']);
    assert.deepStrictEqual(mill.misattributed('Energy Minister Daniel Mbeki promised: "Every worker at the mill will be paid for the lost shifts."\n'), []);
  });

  it('"OKAFOR: … He confirmed that the state will pay …": a turn\'s "he confirmed that" is indirect speech, not the minister\'s words', () => {
    const kinds = mill.findings('Energy Minister Daniel Mbeki promised that "the state will pay the wages the company cannot".\n').map((f) => f.kind);
    assert.deepStrictEqual(kinds, ['not-a-direct-quote']);
  });

  const shore = attributionWorld({
    'shore.md': article(
      'The boats stay in',
      'Alex Moran presents the morning show on Harbour FM.',
      'Tomas Varga, who is no relation to you, Alex, is 84, and he was mending nets on the slip. "We went out in worse than this and came home with full boats," he told me.',
    ),
  });

  it('"Tomas Varga, who is no relation to you, Alex, … “…,” he told me": someone spoken to is no "he", so the words are not the presenter\'s', () => {
    assert.deepStrictEqual(shore.misattributed('Tomas Varga remembers: "We went out in worse than this and came home with full boats."\n'), []);
    assert.ok(!shore.sourceQuote(/We went out in worse/)?.speaker?.entities.some((e) => e.name === 'Alex Moran'));
  });

  const dredge = attributionWorld({
    'dredge.md': article(
      'Harbour to be dredged',
      'The Harbour Board met on Monday to discuss the silt in the channel.',
      '"We will dredge the channel this winter," Tim Ward said after the meeting.',
    ),
  });

  it('"A Harbour Board spokesman said “…”" against the source\'s "Tim Ward said": an unnamed spokesperson of the body may be the person the source names, so no alarm', () => {
    assert.deepStrictEqual(dredge.misattributed('A Harbour Board spokesman said "We will dredge the channel this winter".\n'), []);
  });
});

describe('attribution grammar: tuning set 26 (held-out set 20 until session 28)', () => {
  const palms = attributionWorld({
    'palms.md': article(
      'Palm seed harvest falls by 40 per cent',
      'The board\'s chief executive, Graham Pryor, said the board would not raise the price of seed this season.',
      'Gwen Pike, who runs a guesthouse near the beach, said islanders had always known the trade was fragile. Pike put it simply: "Tourists come and go. The seed has paid our bills since my great-grandfather\'s time."',
    ),
  });

  it('"On the island, where the seed money pays for the roads, the board\'s chief executive, Graham Pryor, sounds almost fatalistic: “…”": a setting with a clause of its own before the speaker', () => {
    const draft = (who: string) => `On the island, where the seed money pays for the roads and the jetty, ${who} sounds almost fatalistic: "Tourists come and go. The seed has paid our bills since my great-grandfather's time."\n`;
    assert.deepStrictEqual(palms.misattributed(draft("the board's chief executive, Graham Pryor,")), ['Tourists come and']);
    assert.deepStrictEqual(palms.misattributed(draft('the guesthouse owner, Gwen Pike,')), []);
  });

  const flood = attributionWorld({
    'flood.md': article(
      'Becva breaks its banks',
      'The Czech Hydrometeorological Institute raised the flood warning to the third degree.',
      'The institute\'s duty forecaster, Petra Nováková, spoke to Czech Radio. Asked whether this could be worse than 1997, she was careful: "We do not compare floods while they are happening."',
    ),
  });

  it('"the Czech Hydrometeorological Institute would not rank the Bečva flood against 1997 while the water was still rising: “…”": a year and a thing\'s name after "the" in the predicate before a colon', () => {
    assert.deepStrictEqual(
      flood.misattributed('In Moravia, the Czech Hydrometeorological Institute would not rank the Bečva flood against 1997 while the water was still rising: "We do not compare floods while they are happening."\n'),
      ['We do not'],
    );
    assert.deepStrictEqual(flood.misattributed('Petra Nováková would not rank the Bečva flood against 1997 while the water was still rising: "We do not compare floods while they are happening."\n'), []);
  });

  const salt = attributionWorld({
    'salt.md': article(
      'Saltwater reaches 90 kilometres inland',
      'Farmer Nguyen Van Thanh said he had cut his crop nine days early.',
      'The ministry\'s spokesman, Le Quang Hieu, went further at a briefing in Hanoi, telling reporters that the record "will almost certainly be broken" and that provinces should "plan for the worst week of the decade, not the average one."',
    ),
  });

  it('"telling reporters that the record “…” and that provinces should “…”": the second piece of one reported clause is as firmly the speaker\'s', () => {
    assert.deepStrictEqual(salt.misattributed('Nguyen Van Thanh said provinces should "plan for the worst week of the decade, not the average one."\n'), ['plan for the']);
    assert.deepStrictEqual(salt.misattributed('Le Quang Hieu said provinces should "plan for the worst week of the decade, not the average one."\n'), []);
  });

  const saltStatement = attributionWorld({
    'salt.md': article(
      'Saltwater reaches 90 kilometres inland',
      'The Ministry of Agriculture said in a statement that the saltwater peak "is expected in the second half of March."',
      'The ministry\'s spokesman, Le Quang Hieu, went further at a briefing in Hanoi, telling reporters that provinces should "plan for the worst week of the decade, not the average one."',
    ),
  });

  it('"The Ministry of Agriculture said provinces should “…”" where the source has the ministry speak in a statement of its own and its spokesman go further: his words are not the body\'s', () => {
    assert.deepStrictEqual(saltStatement.misattributed('The Ministry of Agriculture said provinces should "plan for the worst week of the decade, not the average one."\n'), ['plan for the']);
    assert.deepStrictEqual(saltStatement.misattributed('The Ministry of Agriculture said the peak "is expected in the second half of March."\n'), []);
    assert.deepStrictEqual(saltStatement.misattributed('Its spokesman, Le Quang Hieu, said provinces should "plan for the worst week of the decade, not the average one."\n'), []);
  });

  const grain = attributionWorld({
    'grain.md': article(
      'Grain piles up at elevators',
      '"That is a railway problem," Yerlan Abenov, the association\'s chairman, told a briefing in Astana.',
      'KTZ spokesman Daniyar Seitkali disputed the association\'s figures. "The harvest is bigger. The railway is not," Seitkali insisted.',
      'Abenov, asked about Seitkali\'s comments, said the size of the harvest had been known since June. "He can count wagons. He cannot count wheat," he said.',
      'Bolat Abenov, who grows wheat near Karabalyk and is no relation to the chairman, has stored his crop in his yard.',
    ),
  });

  it('"Abenov, asked about Seitkali\'s comments, said … “…,” he said": the one a speaker was asked about is no subject of the sentence and no rival for "he"', () => {
    assert.deepStrictEqual(grain.misattributed('Seitkali said: "He can count wagons. He cannot count wheat."\n'), ['He can count']);
    assert.deepStrictEqual(grain.misattributed('Yerlan Abenov said: "He can count wagons. He cannot count wheat."\n'), []);
  });
});

describe('attribution grammar: tuning set 27 (held-out set 22 until session 29)', () => {
  const court = attributionWorld({
    'court.md': article(
      'Trawler owner convicted over deckhand lost at sea',
      'Tomas Lund, the owner and skipper of the trawler Grey Heron, did not testify.',
      'His cousin Erik Lund, who runs a crabber from the same harbour, called the verdict unfair. "We are not gamblers out there. We make fifty calls a night, and the lawyers judge one of them years later," Erik Lund said.',
    ),
  });

  it('"Lund did not testify, but after the verdict Tomas sounded defiant: “…”": a clause after "but" may open with a phrase of when before its speaker', () => {
    const draft = (who: string) => `Lund did not testify, but after the verdict ${who} sounded defiant: "We are not gamblers out there. We make fifty calls a night, and the lawyers judge one of them years later."\n`;
    assert.deepStrictEqual(court.misattributed(`Tomas Lund owns the Grey Heron. ${draft('Tomas')}`), ['We are not']);
    assert.deepStrictEqual(court.misattributed(`Tomas Lund owns the Grey Heron. ${draft('Erik')}`), []);
  });

  const crash = attributionWorld({
    'crash.md': article(
      'Helicopter makes hard landing; all survive',
      'The commander, Ilya Sorokin, said he had had perhaps ten seconds to choose where to land.',
      'His co-pilot, Pavel Sorokin, 41, his younger brother, broke a wrist. "My brother is being modest. He held that machine level for the whole ten seconds," Pavel Sorokin said.',
    ),
  });

  it('"Commander Ilya Sorokin … “…,” Ilya added": a first name is not taken for a surname because a title stood before it', () => {
    const draft = (who: string) => `Commander Ilya Sorokin remembers the last seconds clearly. His co-pilot, Pavel, broke a wrist. "My brother is being modest. He held that machine level for the whole ten seconds," ${who} added.\n`;
    assert.deepStrictEqual(crash.misattributed(draft('Ilya')), ['My brother is']);
    assert.deepStrictEqual(crash.misattributed(draft('Pavel')), []);
  });

  const whistle = attributionWorld({
    'whistle.md': article(
      'Schoolgirl wins whistling contest',
      'Its culture councillor, Inés Herrera, said the island wanted children to whistle outside the classroom. Herrera put it another way: "A language lives when children use it to say things the teacher should not hear."',
      'Roberto Mendoza, who has taught whistling in two villages for 27 years, said most pupils forgot it within two years. "I am not retiring until somebody takes my classes," Mendoza told the Post.',
    ),
  });

  it('"Roberto Mendoza, who has taught …": a given name before a town\'s name that is a surname too is a person, whom a draft\'s "Mendoza" names', () => {
    assert.deepStrictEqual(whistle.misattributed('"A language lives when children use it to say things the teacher should not hear," Mendoza argues.\n'), ['A language lives']);
    assert.deepStrictEqual(whistle.misattributed('"I am not retiring until somebody takes my classes," Mendoza says.\n'), []);
  });

  const race = attributionWorld({
    'race.md': article(
      'Canoe club wins channel race',
      'Steersman Kainoa "Shark" Akana picked a line close to the shore that the favourites would not follow. "We read the water and it let us through," Akana said.',
      'Race director Leilani Akana, who is no relation to the steersman, said 58 crews had finished. She said: "The channel was kind today, and kind is not a word we use very often."',
    ),
  });

  it('"“…,” Shark said": a nickname in quotation marks inside a person\'s name finds that person where no source uses it alone', () => {
    assert.deepStrictEqual(race.misattributed('"The channel was kind today, and kind is not a word we use very often," Shark said.\n'), ['The channel was']);
    assert.deepStrictEqual(race.misattributed('"We read the water and it let us through," Shark said.\n'), []);
  });

  const seaweed = attributionWorld({
    'seaweed.md': article(
      'Seaweed farmers walk out over price cut',
      'Amina Haji Juma, who chairs the village farmers\' cooperative, led the walkout.',
      'Her sister, Zawadi Haji Juma, who farms the next plot, said she had been in the water since she was 12. "My back belongs to the lagoon already. Now they want my price too," said Zawadi Haji Juma.',
    ),
  });

  it('"Amina Haji Juma" and her sister "Zawadi Haji Juma": a pilgrim\'s title after a given name is the father\'s name, so the sisters stay apart', () => {
    assert.deepStrictEqual(seaweed.misattributed('Amina Haji Juma chairs the cooperative. "My back belongs to the lagoon already. Now they want my price too," Amina said.\n'), ['My back belongs']);
    assert.deepStrictEqual(seaweed.misattributed('Zawadi Haji Juma farms the next plot. "My back belongs to the lagoon already. Now they want my price too," Zawadi said.\n'), []);
  });

  const guard = attributionWorld({
    'guard.md': article(
      'Skipper convicted',
      'The Coast Guard, which investigated the accident, found in a report last year that the boat had "no safety line rigged and no record of a drill that season."',
      'A Coast Guard spokesman, Petty Officer Ray Molina, said the report had been shared with prosecutors. "Our job is to find out why it happened. Blame is for the court," Molina said.',
    ),
  });

  it('"The Coast Guard … found in a report that the boat had “…”": a body\'s findings are its words, not its spokesman\'s, who is quoted apart', () => {
    assert.deepStrictEqual(guard.misattributed('Petty Officer Ray Molina said the boat had "no safety line rigged and no record of a drill that season."\n'), ['no safety line']);
    assert.deepStrictEqual(guard.misattributed('The Coast Guard said the boat had "no safety line rigged and no record of a drill that season."\n'), []);
  });

  const hospital = attributionWorld({
    'hospital.md': article(
      'Nurses strike',
      'The hospital\'s director, Marek Wolski, said the union\'s demands could not be met from the hospital\'s own budget.',
      'In a statement read to reporters by its spokeswoman, Karolina Nowak, the hospital said: "Patients whose operations have been postponed will be contacted within 48 hours."',
      '"Without nurses, a surgeon is just a man with a very expensive knife," one of the hospital\'s senior orthopaedic surgeons said. Adam Zielinski, who has operated at the hospital for 26 years, said he would not operate during the strike.',
    ),
  });

  it('"“…,” one of the hospital\'s senior surgeons said": someone described and not named speaks, and the director is not him', () => {
    assert.strictEqual(hospital.sourceQuote(/^Without nurses/)?.speaker?.text, "one of the hospital's senior orthopaedic surgeons");
    assert.deepStrictEqual(hospital.misattributed('Wolski puts it bluntly: "Without nurses, a surgeon is just a man with a very expensive knife."\n'), ['Without nurses, a']);
  });

  it('"In a statement read out by its spokeswoman, Karolina Nowak, the hospital said": the name ending the phrase set off before "the hospital" is not the hospital', () => {
    const quote = hospital.sourceQuote(/^Patients whose/);
    assert.strictEqual(who(quote), '');
    assert.deepStrictEqual(hospital.misattributed('The hospital said: "Patients whose operations have been postponed will be contacted within 48 hours."\n'), []);
  });

  const league = attributionWorld({
    'league.md': article(
      'Club sold to investors',
      'The outgoing president of Ribeira Alta, Joaquim Ferreira, said he would stay on as honorary president.',
      'Liga Portugal said the sale would need the approval of its ownership committee. "The transaction will be examined under the league\'s rules, as every transaction is," the league said in a statement.',
    ),
  });

  it('"“…,” the league said in a statement": a body the source describes and does not name, speaking for itself, is not a person the article never ties to it', () => {
    assert.deepStrictEqual(league.misattributed('"The transaction will be examined under the league\'s rules, as every transaction is," Joaquim Ferreira said.\n'), ['The transaction will']);
    assert.deepStrictEqual(league.misattributed('"The transaction will be examined under the league\'s rules, as every transaction is," the league said.\n'), []);
  });
});

describe('attribution grammar: tuning set 28 (held-out set 23 until session 30)', () => {
  const river = attributionWorld({
    'river.md': article(
      'No ice road to the west bank in January',
      'The river froze "rough and jammed," according to the territory\'s Department of Highways and Public Works, which builds the crossing. The department said crews would not flood the surface "until the ice is thick enough to hold the people doing the work."',
      'Marta Kovac, who lives on the west bank, said she had not seen a doctor since November. "We are fine for food. We are not fine for fuel," Kovac said.',
    ),
  });

  it('"… no ice road to Marta Kovac in January, and the territory\'s highways department says “…”": a name ending the clause before ", and" is not the description that opens the next', () => {
    const draft = (who: string) => `There is still no ice road to Marta Kovac in January, and ${who} says crews will not flood the ice "until the ice is thick enough to hold the people doing the work."\n`;
    assert.deepStrictEqual(river.misattributed(draft("the territory's highways department")), []);
    assert.deepStrictEqual(river.misattributed('Kovac says crews will not flood the ice "until the ice is thick enough to hold the people doing the work."\n'), ['until the ice']);
  });

  const square = attributionWorld({
    'square.md': article(
      'City votes to charge tour coaches',
      'Stefan Huber, who runs a coach company, said he would pass the fee on. "Every city now wants a toll for looking at it," Huber said.',
      'Esther Wyss, whose family has sold clocks on the square since 1961, said one coach in three brought customers through her door. Her fear was simple: "If the coaches stop at the lake, my customers stop at the lake too."',
      'Her husband, Bruno Wyss, keeps the accounts. His answer was shorter: "We will sell fewer clocks."',
    ),
  });

  it('"Her fear was simple: “…”": a possessive pronoun before a word for a thought or words leads the words of the person it stands for', () => {
    assert.strictEqual(who(square.sourceQuote(/^If the coaches/)), 'Esther Wyss');
    assert.strictEqual(who(square.sourceQuote(/^We will sell/)), 'Bruno Wyss');
    assert.deepStrictEqual(square.misattributed('Huber went on: "If the coaches stop at the lake, my customers stop at the lake too."\n'), ['If the coaches']);
    assert.deepStrictEqual(square.misattributed('Wyss went on: "If the coaches stop at the lake, my customers stop at the lake too."\n'), []);
  });

  const plant = attributionWorld({
    'plant.md': article(
      'Fish plant loses power',
      'Plant manager Owen Hale said the generator had been tested in August. "That is the part I cannot get past," Hale said.',
      'The company that owns the plant, Kingnait Seafoods, said in a statement that it would pay the fishers "for every kilogram delivered before the outage, at the full summer price".',
    ),
  });

  it('"The company that owns the plant, Kingnait Seafoods, said": a body described by its kind and then named speaks', () => {
    assert.strictEqual(who(plant.sourceQuote(/^for every kilogram/)), 'Kingnait Seafoods');
    assert.deepStrictEqual(plant.misattributed('Hale promised to pay "for every kilogram delivered before the outage, at the full summer price".\n'), ['for every kilogram']);
    assert.deepStrictEqual(plant.misattributed('Kingnait Seafoods promised to pay "for every kilogram delivered before the outage, at the full summer price".\n'), []);
  });

  const diamonds = attributionWorld({
    'diamonds.md': article(
      'Polisher to cut 410 jobs',
      '"The real question is whether 410 is the last number or the first," said Neo Kgosi, an analyst in Gaborone. "Every polisher in this country is looking at the same price charts."',
      'The Botswana Mine Workers Union said it would challenge the cuts. Its general secretary, Tshepo Kgosi, who is no relation of the analyst, called the announcement "a betrayal of people who gave this company twenty years".',
    ),
  });

  it('"“…,” says the Mine Workers Union\'s general secretary": a body\'s role read whole after "says", held by the one person the source gives it as "its general secretary"', () => {
    assert.deepStrictEqual(diamonds.misattributed('"Every polisher in this country is looking at the same price charts," says the Mine Workers Union\'s general secretary.\n'), ['Every polisher in']);
    assert.deepStrictEqual(diamonds.misattributed('"A betrayal of people who gave this company twenty years," says the Mine Workers Union\'s general secretary.\n'), []);
  });
});

describe('attribution grammar: tuning set 29 (held-out set 21 until session 31)', () => {
  const runway = attributionWorld({
    'runway.md': article(
      'Commuter plane overruns runway into the bay',
      'NADINE ROSE: Good evening. Paul, what happened there?',
      "PAUL MERCER: The airport's director, Henri Dufay, told Radio Anse that the runway, at 650 metres one of the shortest in the region, had been inspected last month and that its surface was in good condition.",
      'PAUL MERCER: The airline says its crew followed every procedure.',
    ),
  });

  it('in a transcript, "The airport\'s director, Henri Dufay, told Radio Anse that the runway, at 650 metres …, had been inspected last month" is the reporter\'s paraphrase of the director, whom told is named', () => {
    const paraphrase = runway.findings('According to the airport\'s director, Henri Dufay, the runway "had been inspected last month".\n');
    assert.deepStrictEqual(paraphrase.map((f) => f.kind), ['not-a-direct-quote']);
  });
});

describe('attribution grammar: tuning set 30 (held-out set 24 until session 32)', () => {
  const swans = attributionWorld({
    'swans.md': article(
      'The swan keeper dies at 88',
      'Not everyone at city hall found him easy. According to Marthe Claeys, who has run a canal-boat company since 1994, "the council changed its plans, and he did not change anything, because that was how it usually went."',
      'The City of Ghent said in a statement that he had been "a quiet guardian of one of the city\'s oldest promises".',
    ),
  });

  it('"The City of Ghent said in a statement": a town\'s corporation in its capitalised style speaks, so a draft that gives it someone else\'s words is flagged', () => {
    assert.strictEqual(who(swans.sourceQuote(/^a quiet guardian/)), 'City of Ghent');
    assert.deepStrictEqual(swans.misattributed('The City of Ghent concedes that "the council changed its plans, and he did not change anything".\n'), ['the council changed']);
    assert.deepStrictEqual(swans.misattributed('Marthe Claeys recalls that "the council changed its plans, and he did not change anything".\n'), []);
  });

  const sky = attributionWorld({
    'sky.md': article(
      'Night sky brighter in a decade',
      'The European Southern Observatory said in a statement that the study "confirms what our own monitoring has shown" and called for "lighting that points down, is warm in colour and is switched off when nobody needs it."',
      'Elena Anza, of the Lickanantay community council, said the lights of the lithium plant "took the stars from our village".',
    ),
  });

  it('"Elena Anza of the community council wants “…”": what someone asks for, quoted right after "wants" or "calls for", is given to them', () => {
    assert.deepStrictEqual(sky.misattributed('Ignacio Fuentealba of the copper miner admits: "The rules are good." In Toconao, Elena Anza of the Lickanantay community council wants "lighting that points down, is warm in colour." "Our grandparents read the calendar in the stars," Anza says.\n'), ['lighting that points']);
    assert.deepStrictEqual(sky.misattributed('The European Southern Observatory calls for "lighting that points down, is warm in colour".\n'), []);
  });

  const ferry = attributionWorld({
    'ferry.md': article(
      'Island turns on ferry operator',
      'The Ministry of Transport said in a statement that the contract contained "robust performance penalties" and that it had asked the operator for "a full recovery plan within seven days". A Scottish Government spokeswoman later told reporters that ministers were deeply frustrated. "The islanders have been let down, and we will not pretend otherwise," she said.',
    ),
  });

  it('"The Ministry of Transport said … A government spokeswoman told reporters … “…,” she said": "she" is never the body quoted just before, so a draft that names the spokeswoman is not flagged', () => {
    assert.notStrictEqual(who(ferry.sourceQuote(/^The islanders/)), 'Ministry of Transport');
    assert.deepStrictEqual(ferry.misattributed('A Scottish Government spokeswoman said: "The islanders have been let down, and we will not pretend otherwise."\n'), []);
  });
});

describe('attribution: an ellipsis that opens the quoted words (session 32)', () => {
  const school = attributionWorld({
    'school.md': article(
      'Harbour plan',
      'The mayor, Ana Ruiz, spoke on Monday. "We will not close the school, and we will sell the land," Ruiz said. "It is only a matter of time."',
      'Gil added: "We will build the new road this year."',
    ),
  });

  it('flags a leading ellipsis that drops a negation or a qualifier right before the first piece ("… close the school" for "We will not close the school"), and not one that drops nothing of the kind', () => {
    const kinds = (draft: string) => school.findings(draft).map((f) => f.kind);
    assert.deepStrictEqual(kinds('Ruiz said: "... close the school."\n'), ['ellipsis-changes-meaning']);
    assert.deepStrictEqual(kinds('Ruiz said it is "... a matter of time."\n'), ['ellipsis-changes-meaning']);
    assert.deepStrictEqual(kinds('Ruiz said: "... we will sell the land."\n'), []);
    assert.deepStrictEqual(kinds('Gil added: "... build the new road this year."\n'), []);
  });
});

describe('attribution grammar: tuning set 31 (held-out set 25 until session 32)', () => {
  const salt = attributionWorld({
    'salt.md': article(
      'Rain floods salt pans',
      'Devjibhai Koli, 52, has worked the same four pans for 30 seasons. "We raked this salt for forty days," Devjibhai Koli said.',
      'Savitaben Koli said the family would start pumping brine again as soon as the water drained. She said the salt would be smaller this year. Her husband had the last word: "This is our land. It is not only a place to make salt."',
    ),
  });

  it('"She said … Her husband had the last word: “…”": the husband, whom the source does not name, speaks, not the woman the possessive stands for', () => {
    assert.strictEqual(salt.sourceQuote(/^This is our land/)?.speaker?.text, 'Her husband');
    assert.deepStrictEqual(salt.misattributed('Devjibhai Koli had the last word: "This is our land. It is not only a place to make salt."\n'), []);
  });

  const barge = attributionWorld({
    'barge.md': article(
      'Low water on the Rhine',
      '"We are not sailing for profit this month," Marijke Hoogeveen said of the barge she keeps the books for.',
      '"I read the river like my grandfather read the weather," said Joost Hoogeveen, who has skippered the tanker barge Lorelei Star for 31 years.',
    ),
  });

  it('"“…,” said Joost Hoogeveen … His wife, Marijke Hoogeveen, keeps the books. She was blunt: “…”": in a draft, "she" is the woman the sentence before names, not the earlier speaker whose sex the text does not show', () => {
    const draft = '"I read the river like my grandfather read the weather," said Joost Hoogeveen, who has skippered the barge for 31 years. His wife, Marijke Hoogeveen, keeps the ship\'s books. She was blunt: "We are not sailing for profit this month."\n';
    assert.deepStrictEqual(barge.misattributed(draft), []);
  });
});

describe('attribution grammar: tuning set 32 (held-out set 26 until session 33)', () => {
  const yard = attributionWorld({
    'yard.md': article(
      'Shipyard sells a stake',
      'The yard was founded in 1998 by Abdur Rahman Howlader. Tanvir Rahman Howlader, the founder\'s son and the yard\'s managing director, said the partner would bring customers.',
      '"We can weld as well as anybody," Howlader told a business wire.',
      'The elder Howlader, 71, who will remain chairman, said he had turned down two offers.',
      '"I started this yard with a borrowed crane," he said. "I am not selling my yard. I am selling a window."',
    ),
  });

  it('"“…,” the elder Howlader said", where the draft names only the son: a surname told apart by generation may be the source\'s speaker of that surname, so the quote is not accused, and its ellipsis is still checked', () => {
    const draft = 'Managing director Tanvir Rahman Howlader was confident. "We can weld as well as anybody," he said. "I am ... selling my yard," the elder Howlader said.\n';
    assert.deepStrictEqual(yard.misattributed(draft), []);
    assert.deepStrictEqual(yard.findings(draft).filter((f) => f.kind === 'ellipsis-changes-meaning').map((f) => f.quote), ['I am ... selling my yard,']);
    assert.strictEqual(yard.misattributed('"I am selling a window," Tanvir Rahman Howlader said.\n').length, 1, 'the son by name is still accused');
  });
});

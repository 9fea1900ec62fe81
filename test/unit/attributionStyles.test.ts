import * as assert from 'assert';
import { attributeQuotes } from '../../server/src/engine/attribution';
import { Entity, NameIndex } from '../../server/src/engine/names';
import { findQuotes } from '../../server/src/engine/quotes';
import { attributionWorld, firm, who } from '../support/attributionWorld';

// Invented news copy in the styles real reporting uses (issue #4): titles and initials, possessives, affiliations,
// pronouns, quotes that run on. Each test fails without the rule it names.
const SOURCES: Record<string, string> = {
  'harbour.md': [
    '---',
    'title: Northport harbour reopens after the storm',
    '---',
    '',
    'Harbour master Elena Voss said the port of Northport would reopen on Monday. Marcus Feld, a crane driver, said he had not worked for a month.',
    '',
    '“We have checked every crane twice since the storm hit the coast,” said Dr. Miriam Okafor. “The harbour walls held up better than any of our engineers feared.”',
    '',
    'The mayor of Northport, Ruth Adler, wrote on Twitter: “Our city owes the harbour crews a very great debt tonight.” Economist Tobias Mayor said the storm would cost the town dearly.',
    '',
    'The funeral of trawlerman Piet Lund was held on Friday. “The sea took everything we ever had,” said his widow, Greta Holm, after the service. Olaf Lind, a neighbour, also attended.',
    '',
    'Engineer Tomas Reyes said the cranes were fine. Professor Ada Lindgren of Sweden\'s Royal Maritime Institute questioned the inspection, saying the storm had loosened the bolts. “However,” she told reporters, “the walls themselves may be sounder than anyone thought possible.”',
    '',
    'Dockworker Nils Aberg was blunter: “Nobody asked the crews what they thought of the plan.” The court heard: “The crane had not been inspected for a year.”',
    '',
    '“We will rebuild the north quay before the winter,” Ivo Petrov of the regional harbour maintenance office told the meeting.',
    '',
    'The old lighthouse was “beyond any reasonable hope of repair” according to surveyor Hugo Brandt. Quay manager Sofia Reyna was described by Ivo Petrov as “the hardest worker this harbour has ever had”.',
    '',
    'Remarked fisheries inspector Karl Odum, “The fish came back to the bay within a week of the storm.”',
    '',
    'The coastguard\'s warning read: “Small boats should stay inside the harbour until Thursday at the earliest.”',
    '',
    'The Northport Harbour Board issued a statement backing the plan for the quay on Monday: “The north quay will be rebuilt with money from the regional fund.”',
    '',
    'Skipper Jonas Wilde talked about how the storm came “out of nowhere at all.” Later that night, “we lost two nets and very nearly the boat itself.”',
    '',
    'The account for The Harbour Gazette, which replaced Elena Voss\'s old column, hosted by Marcus Feld, tweeted: “Northport will be back on its feet by the spring.”',
    '',
    'The old quay was “far older than anyone had realised” according to records heard in court.',
    '',
    '“We fished these waters for forty years,” Greta Holm told the Northport Gazette after the funeral. The boat “was everything we had left of him, and I will never sell it.” The town “has not decided on a memorial yet.”',
    '',
    'Deckhand Peter Ivo said the tide came in late that night.',
    '',
    '“On behalf of the board,” wrote Chief Inspector Daniel K. Brody, “I thank every crew that worked through the night.”',
    '',
  ].join('\n'),
};

const { speakers, sourceQuote, misattributed } = attributionWorld(SOURCES);

describe('attribution in news styles: titles and initials', () => {
  it('a full stop after a title or an initial does not end the sentence ("said Dr. Okafor", "Daniel K. Brody")', () => {
    assert.strictEqual(who(sourceQuote(/every crane twice/)), 'Miriam Okafor');
    assert.ok(firm(sourceQuote(/every crane twice/)));
    assert.match(who(sourceQuote(/On behalf of the board/)), /Daniel K\. Brody|Brody/);
    // “…,” said Dr. Okafor. “…” — the next quotation goes on in her voice, firmly.
    assert.strictEqual(who(sourceQuote(/harbour walls/)), 'Miriam Okafor');
    assert.ok(firm(sourceQuote(/harbour walls/)));
    assert.deepStrictEqual(misattributed('“The harbour walls held up better than any of our engineers feared,” Elena Voss said.\n'), ['The harbour walls']);
  });
});

describe('attribution in news styles: titles before a name', () => {
  it('"The mayor of Northport, Ruth Adler, said": a lower-case title is not the surname Mayor', () => {
    assert.strictEqual(who(sourceQuote(/very great debt/)), 'Ruth Adler');
    assert.strictEqual(who(speakers('The mayor of Northport, Ruth Adler, said: “Our city owes the harbour crews a very great debt tonight.”')[0]), 'Ruth Adler');
    assert.deepStrictEqual(misattributed('The mayor of Northport, Ruth Adler, said: “Our city owes the harbour crews a very great debt tonight.”\n'), []);
  });
});

describe('attribution in news styles: possessives', () => {
  it('"said his widow, Greta Holm": a possessive description, then the name in the appositive', () => {
    assert.strictEqual(who(sourceQuote(/everything we ever had/)), 'Greta Holm');
    assert.ok(firm(sourceQuote(/everything we ever had/)));
  });

  it('"said Piet Lund\'s widow, Greta Holm": the possessor is not the speaker', () => {
    assert.strictEqual(who(speakers('“The sea took everything we ever had,” said Piet Lund\'s widow, Greta Holm.')[0]), 'Greta Holm');
    assert.deepStrictEqual(misattributed('“The sea took everything we ever had,” said Piet Lund\'s widow, Greta Holm.\n'), []);
    assert.deepStrictEqual(misattributed('“The sea took everything we ever had,” said Piet Lund\'s neighbour, Olaf Lind.\n'), ['The sea took']);
  });
});

describe('attribution in news styles: verbs, pronouns and quotes that pick up again', () => {
  it('"X questioned the inspection, saying …" makes X a speaker, so a later "she told" is firmly hers', () => {
    assert.strictEqual(who(sourceQuote(/walls themselves/)), 'Ada Lindgren');
    assert.ok(firm(sourceQuote(/walls themselves/)));
  });

  it('"Ada Lindgren of Sweden\'s Royal Maritime Institute": the possessive belongs to the affiliation, not the person', () => {
    assert.strictEqual(who(speakers('Ada Lindgren of Sweden\'s Royal Maritime Institute said: “The walls may be sounder than anyone thought.”')[0]), 'Ada Lindgren');
  });

  it('a pronoun after another person opened a sentence is not firm ("Reyes said … Aberg inspected the walls. “…,” he said")', () => {
    const q = speakers('Tomas Reyes said “the cranes were checked twice over”. Nils Aberg inspected the walls on Friday. “The walls may be sounder than anyone thought,” he said.');
    assert.ok(!firm(q[1]), JSON.stringify(q[1].speaker));
  });

  it('unless the pronoun cannot be theirs: after "Ada Lindgren inspected the walls", "he said" is Reyes\'s', () => {
    // (Ada is a woman's name, and the sources write "she told reporters" of her: gender.ts.)
    const q = speakers('Tomas Reyes said “the cranes were checked twice over”. Ada Lindgren inspected the walls on Friday. “The walls may be sounder than anyone thought,” he said.');
    assert.strictEqual(who(q[1]), 'Tomas Reyes');
    assert.ok(firm(q[1]), JSON.stringify(q[1].speaker));
  });

  it('“…,” wrote X, “…”: the quotation picking up after the attribution is firmly X\'s', () => {
    const q = sourceQuote(/thank every crew/);
    assert.match(who(q), /Brody/);
    assert.ok(firm(q));
    assert.deepStrictEqual(misattributed('“I thank every crew that worked through the night,” Elena Voss said.\n'), ['I thank every']);
  });
});

describe('attribution in news styles: colons and affiliations', () => {
  it('"X was blunter: “…”" — a short predicate ending in a colon introduces X\'s words', () => {
    assert.match(who(sourceQuote(/Nobody asked the crews/)), /Nils Aberg/);
    assert.ok(firm(sourceQuote(/Nobody asked the crews/)));
    assert.deepStrictEqual(misattributed('Elena Voss said: “Nobody asked the crews what they thought of the plan.”\n'), ['Nobody asked the']);
  });

  it('but only a person: "The court heard: “…”" does not make the court the speaker', () => {
    const q = sourceQuote(/not been inspected/);
    assert.ok(!firm(q), JSON.stringify(q?.speaker?.text));
    assert.doesNotMatch(q?.speaker?.text ?? '', /court/);
  });

  it('"Okafor\'s advice to crews: “…”" — the possessor of a short lead ending in a colon', () => {
    assert.strictEqual(who(speakers('Miriam Okafor\'s advice to crews: “Check every crane twice after a storm.”')[0]), 'Miriam Okafor');
  });

  it('"X of the regional harbour maintenance office told": an affiliation between the subject and the verb', () => {
    assert.strictEqual(who(sourceQuote(/north quay/)), 'Ivo Petrov');
    assert.strictEqual(who(speakers('Ivo Petrov of the regional harbour maintenance office told the meeting: “We will rebuild the north quay before the winter.”')[0]), 'Ivo Petrov');
  });

  it('"Charlie Watts of The Rolling Stones": no person named after "of" is the speaker', () => {
    const names = new NameIndex();
    // An index that took a band for a person.
    const e: Entity = { id: 0, name: 'Rolling Stones', type: 'person', aliases: [], roles: [], mentions: [] };
    names.entities.push(e);
    names.addForm(e.name, e);
    const text = 'Charlie Watts of The Rolling Stones said: “We played that club every week in the early days.”';
    const [q] = attributeQuotes(text, 0, findQuotes(text, 'markdown').quotes, names);
    assert.strictEqual(who(q), '');
    assert.strictEqual(q.speaker?.name, 'Charlie Watts');
  });
});

describe('attribution in news styles: according to, passives, inverted verbs, documents', () => {
  it('“…” according to X, after the quotation', () => {
    assert.strictEqual(who(sourceQuote(/beyond any reasonable hope/)), 'Hugo Brandt');
  });

  it('"According to X, the crews “…”": a short subject between the source and the quotation', () => {
    assert.strictEqual(who(speakers('According to Ivo Petrov, the crews “worked through the night without a single break”.')[0]), 'Ivo Petrov');
    // ... but not when the words after the comma have a speaker of their own.
    assert.strictEqual(who(speakers('According to Ivo Petrov, Hugo Brandt said “the crews worked through the night”.')[0]), 'Hugo Brandt');
  });

  it('"was described by X as “…”": the passive\'s agent is the speaker', () => {
    assert.strictEqual(who(sourceQuote(/hardest worker/)), 'Ivo Petrov');
    assert.deepStrictEqual(misattributed('Sofia Reyna was, Hugo Brandt said, “the hardest worker this harbour has ever had”.\n'), ['the hardest worker']);
  });

  it('"Remarked X, “…”": a verb opening the sentence, then its subject', () => {
    assert.strictEqual(who(sourceQuote(/fish came back/)), 'Karl Odum');
  });

  it('“…,” Brandt\'s warning read: a document speaks for its author', () => {
    const q = speakers('“The lighthouse is beyond any reasonable hope of repair,” Hugo Brandt\'s warning read.')[0];
    assert.strictEqual(who(q), 'Hugo Brandt');
    assert.ok(firm(q));
  });
});

describe('attribution in news styles: statements and sentences that run on', () => {
  it('"X issued a statement …: “…”" makes X the speaker, firmly', () => {
    assert.match(sourceQuote(/rebuilt with money/)?.speaker?.text ?? '', /Harbour Board/);
    assert.ok(firm(sourceQuote(/rebuilt with money/)));
  });

  it('“A.” Later that night, “B”: a short phrase opening the next sentence keeps B firmly in A\'s speaker\'s voice', () => {
    const q = sourceQuote(/lost two nets/);
    assert.match(who(q), /Jonas Wilde/);
    assert.ok(firm(q));
  });

  it('but not when that phrase names someone else ("Later, Petrov added, “B”")', () => {
    const q = speakers('Skipper Jonas Wilde talked about how the storm came “out of nowhere at all.” Later that night, with Ivo Petrov, “we lost two nets and the boat.”');
    assert.ok(!firm(q[1]), JSON.stringify(q[1].speaker));
  });
});

describe('attribution in news styles: clauses and interview colons', () => {
  it('"Of Okafor, Voss said nothing; Okafor said …“…”": the clause after a semicolon has its own subject', () => {
    const draft = 'Of Miriam Okafor, Elena Voss said nothing; Miriam Okafor said the crews had “checked every crane twice since the storm hit the coast”.\n';
    assert.strictEqual(who(speakers(draft)[0]), 'Miriam Okafor');
    assert.deepStrictEqual(misattributed(draft), []);
  });

  it('"Okafor: “…”": a name and a colon introduce that person\'s words', () => {
    assert.strictEqual(who(speakers('Miriam Okafor: “We have checked every crane twice since the storm hit the coast.”')[0]), 'Miriam Okafor');
    assert.deepStrictEqual(misattributed('Elena Voss: “We have checked every crane twice since the storm hit the coast.”\n'), ['We have checked']);
  });
});

describe('attribution in news styles: guards against false speakers', () => {
  it('a relative or participle clause in an appositive ("which replaced Voss\'s column, hosted by Feld") names no speaker', () => {
    const q = sourceQuote(/back on its feet/);
    assert.doesNotMatch(who(q), /Voss|Feld/);
    assert.deepStrictEqual(misattributed('The Harbour Gazette tweeted: “Northport will be back on its feet by the spring.”\n'), []);
  });

  it('an organisation speaks only as the head noun ("records heard in court" is not the court)', () => {
    assert.ok(!firm(sourceQuote(/far older than anyone/)));
    assert.deepStrictEqual(misattributed('Ivo Petrov said the old quay was “far older than anyone had realised”.\n'), []);
  });
});

describe('attribution in news styles: a quoted predicate', () => {
  it('“…,” X told the Gazette. The boat “was … I will never sell it”: a first-person predicate is firmly X\'s', () => {
    const q = sourceQuote(/never sell it/);
    assert.strictEqual(who(q), 'Greta Holm');
    assert.ok(firm(q));
    assert.deepStrictEqual(misattributed('Olaf Lind said the boat “was everything we had left of him, and I will never sell it.”\n'), ['was everything we']);
  });

  it('but a predicate not in the first person is only a guess ("The town “has not decided …”")', () => {
    assert.ok(!firm(sourceQuote(/not decided on a memorial/)));
  });
});

describe('attribution in news styles: first names', () => {
  const draft = 'Ivo Petrov of the harbour office spoke to the crews. “We will rebuild the north quay before the winter,” Ivo said.\n';

  it('"Ivo Petrov … “…,” Ivo said": a first name stands for the person named with it, not a person surnamed Ivo', () => {
    assert.strictEqual(who(speakers(draft)[0]), 'Ivo Petrov');
    assert.deepStrictEqual(misattributed(draft), []);
  });

  it('but is too uncertain to accuse when the text also names someone surnamed Ivo', () => {
    const q = speakers('Peter Ivo and Ivo Petrov spoke to the crews. “We will rebuild the north quay before the winter,” Ivo said.')[0];
    assert.ok(!firm(q), JSON.stringify(q.speaker));
  });
});

describe('attribution in news styles: Markdown and hard-wrapped drafts', () => {
  it('"**Elena Voss** said", "[Ruth Adler](…), the mayor, said": inline markup does not hide a name', () => {
    assert.strictEqual(who(speakers('**Elena Voss** said: “The port will reopen on Monday morning.”')[0]), 'Elena Voss');
    assert.strictEqual(who(speakers('[Ruth Adler](https://example.org/adler), the mayor of Northport, said: “The port will reopen on Monday.”')[0]), 'Ruth Adler');
  });

  it('a line break inside a paragraph of a hard-wrapped draft is not a sentence end ("As *X* put it,\\n“…”")', () => {
    const text = 'Intro.\n\nMiriam Okafor said: “The cranes are fine.” As *Ivo Petrov* put it,\n“We will rebuild the north quay before the winter.”\n';
    const q = speakers(text);
    assert.strictEqual(who(q[1]), 'Ivo Petrov');
    assert.deepStrictEqual(misattributed(text), []);
  });

  it('a long title with a number ("1st Fleet Command\'s Navy Information Agency head X told")', () => {
    const [q] = speakers('“We will rebuild the north quay before the winter,” 1st Harbour Command\'s Northport Quay Maintenance Office head Ivo Petrov told reporters.');
    assert.strictEqual(who(q), 'Ivo Petrov');
  });
});

describe('attribution in news styles: asides and sign-offs', () => {
  it('"X (an aside) told", "X – an aside – said": the aside is skipped, and the person in it is not the speaker', () => {
    assert.strictEqual(who(speakers('Ivo Petrov (a harbour engineer for twenty years) told reporters: “We will rebuild the north quay.”')[0]), 'Ivo Petrov');
    assert.strictEqual(who(speakers('Ivo Petrov – a colleague of Miriam Okafor – said: “We will rebuild the north quay.”')[0]), 'Ivo Petrov');
    assert.strictEqual(who(speakers('Ivo Petrov (a colleague of Miriam Okafor) said: “We will rebuild the north quay.”')[0]), 'Ivo Petrov');
  });

  it('“…” — Name: a dash after the quotation signs it', () => {
    assert.strictEqual(who(speakers('“We will rebuild the north quay before the winter.” — Ivo Petrov\n')[0]), 'Ivo Petrov');
  });
});

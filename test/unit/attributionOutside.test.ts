import * as assert from 'assert';
import { parseArticle } from '../../server/src/engine/article';
import { attributeQuotes } from '../../server/src/engine/attribution';
import { Entity, NameIndex } from '../../server/src/engine/names';
import { findQuotes } from '../../server/src/engine/quotes';
import { attributionWorld, firm, who } from '../support/attributionWorld';

// Rules found by measuring the sources' attribution against PolNeAR's training split (test/eval/polnear.ts), shown
// here on invented copy: PolNeAR's articles belong to their publishers and stay out of the project. Each test fails
// without the rule it names.
const SOURCES: Record<string, string> = {
  'dam.md': [
    '---',
    'title: Valley dam will hold, governor says',
    '---',
    '',
    'Governor Helena Marsh opened the hearing on the dam.',
    '',
    'On Monday, Marsh groused to farmers in the valley that the commission “has never built a single dam in forty years”.',
    '',
    'Helena Marsh has been nicknamed “the queen of concrete and broken promises”.',
    '',
    'Tobias Wren shrugged off critics who call the plan “a waste of water and of public money”.',
    '',
    '“The river will be diverted in the spring,” Clara Quist said of Wren. “The valley will have water all year round.”',
    '',
    '“Will the farmers be paid for their land?” Quist asked Wren. “Every family will be paid in full before the work starts.”',
    '',
    '“The hearing was long,” Tobias Wren told Clara Quist. “But the valley deserved to be heard.”',
    '',
    'Clara Quist wrote on her website: “We have waited long enough for this dam to be built.”',
    '',
    '“The governor has never listened to the farmers,” said one Marsh confidant.',
    '',
    '“The rumour spread faster than any correction could,” said Kathleen Hall Jamieson, a professor of communication.',
    '',
    'Engineer Oskar Lind, the designer of the dam, spent the day at the river. “The valley floor is too soft to carry the weight of a dam.”',
    '',
  ].join('\n'),
  'audit-a.md': [
    'Mayor Jon Berg answered the auditor on Tuesday. “The accounts are riddled with errors from top to bottom,” Berg said. He promised a new finance office.',
    '',
  ].join('\n'),
  'audit-b.md': [
    'Auditor Lena Strand presented her report to the council. “The accounts are riddled with errors from top to bottom,” Strand said.',
    '',
  ].join('\n'),
  'budget.md': [
    'Maria Okafor presented the budget to the council. Peter Brandt questioned the figures. “Every cut has been costed line by line,” she said.',
    '',
    'Maria Okafor answered the first questions. Peter Brandt looked at the plans for the library. “The library will close on Sundays,” he said.',
    '',
  ].join('\n'),
  'headline-a.md': [
    'Ruth Calder: Council Budget ‘Has No Room Left for the Library’',
    '',
    'Councillor Ruth Calder spoke at the budget meeting on Monday. Peter Brandt answered her.',
    '',
  ].join('\n'),
  'headline-b.md': [
    'Ruth Calder Backs Peter Brandt: Harbour Plan Is ‘Beyond Repair and Beyond Budget’',
    '',
    'Councillor Ruth Calder joined Peter Brandt at the harbour on Tuesday.',
    '',
  ].join('\n'),
  'object.md': [
    'Mayor Jon Berg mocked Lena Strand for “counting every paperclip in the town hall twice” during the debate.',
    '',
    'Governor Helena Marsh referred to Tobias Wren as “the man who sold the valley twice over” on Friday.',
    '',
    'Mayor Jon Berg mocked Lena Strand’s “audit of every paperclip in the town hall” during the debate.',
    '',
  ].join('\n'),
  'shared-subject.md': [
    'Councillor Ruth Calder did not name the auditor on Monday, but told the council, “the harbour fund has been empty since the spring.”',
    '',
    'Councillor Ruth Calder reversed herself on Tuesday, telling the harbour board that the pilots “will be paid before the winter.”',
    '',
    'Councillor Ruth Calder answered the auditor, according to the board, that the fund “was never meant for pilots.”',
    '',
  ].join('\n'),
  'appositive-subject.md': [
    'Councillor Ruth Calder, who chairs the harbour board, grumbled at the meeting that the budget was “a ledger of broken promises.”',
    '',
    'Councillor Ruth Calder, two officials said, grumbled at the meeting that the pilots were “paid far too much for far too little.”',
    '',
  ].join('\n'),
  'late.md': [
    'Jon Berg praised the plan on Monday. “The harbour will be rebuilt in stone” once the money arrives, said Lena Strand, the town auditor.',
    '',
    'Ruth Calder spoke next. “The town has asked for eleven winters” for the new quay, Jon Berg said.',
    '',
  ].join('\n'),
  'colour.md': [
    '“Go back to the harbour and stay there,” Mayor Jon Berg barked at the protesters.',
    '',
    'As the crowd cheered Jon Berg, his wife said to him: “They are all still with you tonight.”',
    '',
  ].join('\n'),
  'sole-person.md': [
    'Tobias Wren spent the morning at the harbour. Later he walked the length of the new quay.',
    '',
    '“The stones will hold for a hundred winters,” he said.',
    '',
    'Tobias Wren met Peter Brandt at noon. They walked to the pier.',
    '',
    '“The pier will be the first thing the storm takes,” he said.',
    '',
  ].join('\n'),
  'headline-c.md': ['Exclusive: Harbour Board ‘Cannot Pay Its Pilots This Winter’', '', 'The harbour board met on Wednesday.', ''].join('\n'),
};

const { sourceQuote, misattributed } = attributionWorld(SOURCES);

describe('attribution rules found on PolNeAR: surnames', () => {
  it('a headline ("Marsh Says …", "Marsh Is Now Calling …") does not make Marsh a first name: "Marsh said" is Helena Marsh', () => {
    // In a big archive some headline's "Marsh Says" ends up in the index as a name; a capitalised verb of saying is
    // still no one's surname.
    const names = new NameIndex();
    const add = (id: number, name: string, aliases: string[]) => {
      const e: Entity = { id, name, type: 'person', aliases, roles: [], mentions: [] };
      names.entities.push(e);
      for (const f of [name, ...aliases]) names.addForm(f, e);
    };
    add(0, 'Helena Marsh', ['Marsh']);
    add(1, 'Marsh Says', []);
    add(2, 'Marsh Is', []);
    for (const headline of ['Marsh Says Valley Dam Will Hold', 'Governor Marsh Is Now Calling the Valley Dam Safe']) {
      const text = `${headline}\n\nGovernor Helena Marsh opened the hearing.\n\n“The dam is safe and it will be finished on time,” Marsh said.\n`;
      const [q] = attributeQuotes(text, 0, findQuotes(text, 'plaintext').quotes, names);
      assert.strictEqual(who(q), 'Helena Marsh', headline);
      assert.ok(firm(q), JSON.stringify(q?.speaker));
    }
  });
});

describe('attribution rules found on PolNeAR: surnames from other articles', () => {
  it('in a source, a surname is not a person only another article mentions ("Tatum said" is not Channing Tatum)', () => {
    const film = parseArticle('film.md', 'The actor Channing Tatum visited the valley on Friday.\n');
    const church = parseArticle('church.md', 'The pastor of the valley church spoke at the hearing. “We pray that the dam will hold,” Tatum said.\n');
    const names = new NameIndex();
    const actor: Entity = { id: 0, name: 'Channing Tatum', type: 'person', aliases: ['Tatum'], roles: [], mentions: [{ article: film, start: 10, end: 24 }] };
    names.entities.push(actor);
    for (const f of [actor.name, ...actor.aliases]) names.addForm(f, actor);
    const [q] = attributeQuotes(church.text, church.bodyStart, findQuotes(church.text, 'plaintext').quotes, names, church);
    assert.strictEqual(q.speaker?.text, 'Tatum');
    assert.deepStrictEqual(q.speaker?.entities, []);
    // (In a draft, which has no article of its own, the name index's answer stands.)
    const [d] = attributeQuotes(church.text, 0, findQuotes(church.text, 'plaintext').quotes, names);
    assert.strictEqual(who(d), 'Channing Tatum');
  });
});

describe('attribution rules found on PolNeAR: descriptions', () => {
  it('"said one Marsh confidant.": a name qualifying the noun after it is not the speaker', () => {
    const q = sourceQuote(/never listened to the farmers/);
    assert.notStrictEqual(who(q), 'Helena Marsh');
  });
});

describe('attribution rules found on PolNeAR: names the index does not know', () => {
  it('a longer name that opens with a given name is a person\'s, firm enough to compare ("Kathleen Hall Jamieson")', () => {
    const q = sourceQuote(/rumour spread faster/);
    assert.ok(firm(q), JSON.stringify(q?.speaker));
  });
});

describe('attribution rules found on PolNeAR: the subject of the sentence', () => {
  it('"On Monday, Marsh groused to farmers that the commission “…”": any verb, when no one else can be the speaker', () => {
    const q = sourceQuote(/never built a single dam/);
    assert.strictEqual(who(q), 'Helena Marsh');
    assert.ok(firm(q), JSON.stringify(q?.speaker));
  });

  it('not a passive: "Marsh has been nicknamed “…”" quotes someone else', () => {
    assert.ok(!firm(sourceQuote(/queen of concrete/)));
  });

  it('not when people are described in between: "Wren shrugged off critics who call the plan “…”"', () => {
    assert.ok(!firm(sourceQuote(/waste of water/)));
  });
});

describe('attribution rules found on PolNeAR: a quotation going on after the attribution', () => {
  it('"“A,” Quist said of Wren. “B.”": a person the attribution names as its object does not break the chain', () => {
    const q = sourceQuote(/water all year round/);
    assert.strictEqual(who(q), 'Clara Quist');
    assert.ok(firm(q), JSON.stringify(q?.speaker));
  });

  it('"“A,” Wren told Quist. “B.”": the listener does not break it either', () => {
    const q = sourceQuote(/deserved to be heard/);
    assert.strictEqual(who(q), 'Tobias Wren');
    assert.ok(firm(q), JSON.stringify(q?.speaker));
  });

  it('but "“A?” Quist asked Wren. “B.”" may be Wren answering', () => {
    assert.ok(!firm(sourceQuote(/paid in full/)));
  });

  it('only an attribution after the quotation: "X wrote: “A.”" then a new paragraph about someone else is not X\'s', () => {
    const q = sourceQuote(/valley floor is too soft/);
    assert.ok(!(firm(q) && who(q) === 'Clara Quist'), JSON.stringify(q?.speaker));
  });
});

describe('attribution rules found on PolNeAR: he and she', () => {
  it('"she said" passes over a man named since: Maria Okafor … Peter Brandt … “…,” she said is Okafor\'s, firmly', () => {
    const q = sourceQuote(/costed line by line/);
    assert.strictEqual(who(q), 'Maria Okafor');
    assert.ok(firm(q), JSON.stringify(q?.speaker));
  });

  it('"he said" passes over a woman: Maria Okafor … Peter Brandt … “…,” he said is Brandt\'s', () => {
    const q = sourceQuote(/close on Sundays/);
    assert.strictEqual(who(q), 'Peter Brandt');
    assert.ok(firm(q), JSON.stringify(q?.speaker));
  });
});

describe('attribution rules found on PolNeAR: words several sources repeat', () => {
  it('words the sources give to two people are misattributed to neither', () => {
    // (Berg repeats the auditor's words: a draft giving them to Strand has a source, and so does one giving them to Berg.)
    assert.deepStrictEqual(misattributed('“The accounts are riddled with errors from top to bottom,” Lena Strand said.\n'), []);
    assert.deepStrictEqual(misattributed('“The accounts are riddled with errors from top to bottom,” Jon Berg said.\n'), []);
    // ... but to a third person they are.
    assert.deepStrictEqual(misattributed('“The accounts are riddled with errors from top to bottom,” Maria Okafor said.\n'), ['The accounts are']);
  });
});

describe('attribution rules found on PolNeAR: a headline\'s "Name:"', () => {
  it('"Ruth Calder: Council Budget ‘…’" gives the headline\'s quotation to Calder, firmly', () => {
    const q = sourceQuote(/No Room Left for the Library/);
    assert.strictEqual(who(q), 'Ruth Calder');
    assert.ok(firm(q), JSON.stringify(q?.speaker));
  });

  it('names no one where the colon ends a sentence about two people, or follows a word that is no one\'s name', () => {
    // ("Ruth Calder Backs Peter Brandt:" — a headline's capitals run on through its verb.)
    assert.ok(!firm(sourceQuote(/Beyond Repair and Beyond Budget/)), JSON.stringify(sourceQuote(/Beyond Repair/)?.speaker));
    assert.strictEqual(who(sourceQuote(/Cannot Pay Its Pilots/)), '');
  });
});

describe('attribution rules found on PolNeAR: the person a quotation describes', () => {
  it('"Berg mocked Strand for “…”", "Marsh referred to Wren as “…”": the object named right before is not a speaker', () => {
    for (const [words, speaker] of [
      [/counting every paperclip/, 'Jon Berg'],
      [/sold the valley twice over/, 'Helena Marsh'],
    ] as const) {
      const q = sourceQuote(words);
      assert.strictEqual(who(q), speaker);
      assert.ok(firm(q), JSON.stringify(q?.speaker));
    }
  });

  it('but "Berg mocked Strand’s “…”" may be Strand\'s own words: no firm speaker', () => {
    assert.ok(!firm(sourceQuote(/audit of every paperclip/)), JSON.stringify(sourceQuote(/audit of every paperclip/)?.speaker));
  });
});

describe('attribution rules found on PolNeAR: a verb of saying that shares the subject', () => {
  it('"Calder did not name X, but told the council, “…”", "Calder reversed herself, telling the board that “…”": Calder\'s, firmly', () => {
    for (const words of [/harbour fund has been empty/, /paid before the winter/]) {
      const q = sourceQuote(words);
      assert.strictEqual(who(q), 'Ruth Calder');
      assert.ok(firm(q), JSON.stringify(q?.speaker));
    }
  });

  it('but "according to the board" between makes the words the board\'s report: not Calder\'s, firmly', () => {
    const q = sourceQuote(/never meant for pilots/);
    assert.ok(!(who(q) === 'Ruth Calder' && firm(q)), JSON.stringify(q?.speaker));
  });
});

describe('attribution rules found on PolNeAR: a subject with an appositive', () => {
  it('"Calder, who chairs the board, grumbled that the budget was “…”": the subject speaks, past the appositive', () => {
    const q = sourceQuote(/ledger of broken promises/);
    assert.strictEqual(who(q), 'Ruth Calder');
    assert.ok(firm(q), JSON.stringify(q?.speaker));
  });

  it('but not past an aside with a verb of saying: "Calder, two officials said, grumbled that …" is not Calder\'s, firmly', () => {
    const q = sourceQuote(/paid far too much/);
    assert.ok(!(who(q) === 'Ruth Calder' && firm(q)), JSON.stringify(q?.speaker));
  });
});

describe('attribution rules found on PolNeAR: an attribution ending the sentence', () => {
  it('"“…” once the money arrives, said Lena Strand, the town auditor.": the sentence\'s speaker says the quoted words in it', () => {
    for (const [words, speaker] of [
      [/rebuilt in stone/, 'Lena Strand'],
      [/asked for eleven winters/, 'Jon Berg'],
    ] as const) {
      const q = sourceQuote(words);
      assert.strictEqual(who(q), speaker);
      assert.ok(firm(q), JSON.stringify(q?.speaker));
    }
  });
});

describe('attribution rules found on PolNeAR: colourful verbs, and a person described by a tie', () => {
  it('"“…,” Berg barked" is Berg\'s, firmly', () => {
    const q = sourceQuote(/Go back to the harbour/);
    assert.strictEqual(who(q), 'Jon Berg');
    assert.ok(firm(q), JSON.stringify(q?.speaker));
  });

  it('"As the crowd cheered Berg, his wife said: “…”" is not Berg\'s', () => {
    const q = sourceQuote(/all still with you tonight/);
    assert.ok(!(who(q) === 'Jon Berg' && firm(q)), JSON.stringify(q?.speaker));
  });
});

describe('attribution rules found on PolNeAR: the one person of the paragraph before', () => {
  it('"Wren spent the morning at the harbour. … ¶ “…,” he said." is Wren\'s, firmly: no one else is named', () => {
    const q = sourceQuote(/hold for a hundred winters/);
    assert.strictEqual(who(q), 'Tobias Wren');
    assert.ok(firm(q), JSON.stringify(q?.speaker));
  });

  it('but with two men named there ("Wren met Brandt") "he" is no one\'s, firmly', () => {
    assert.ok(!firm(sourceQuote(/first thing the storm takes/)), JSON.stringify(sourceQuote(/first thing the storm takes/)?.speaker));
  });
});

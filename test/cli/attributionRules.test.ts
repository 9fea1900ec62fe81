import * as assert from 'assert';
import { inTempFolder, runCli } from '../support/cli';

// The he/she rule (gender.ts) and the repeated-words rule (attributionCheck.ts) as a user meets them: a sources
// folder, a draft, `verbatim check --format json`. The engine tests show each rule's cases; this shows the CLI's
// verdicts follow from them.
interface CheckedQuote {
  text: string;
  status: string;
  source: { speaker?: string } | null;
}

function check(sources: Record<string, string>, draftLines: string[]): { quotes: CheckedQuote[]; status: number | null; stderr: string } {
  const files: Record<string, string> = { 'draft.md': draftLines.join('\n\n') + '\n' };
  for (const [name, text] of Object.entries(sources)) files[`sources/${name}`] = text;
  const r = inTempFolder(files, (dir) => runCli(['check', 'draft.md', '--format', 'json'], { cwd: dir }));
  assert.ok(r.stdout, r.stderr);
  return { quotes: JSON.parse(r.stdout).files[0].quotes, status: r.code, stderr: r.stderr };
}

describe('attribution rules through the CLI', () => {
  it('"the prosecutor said" is the source article\'s one speaking prosecutor; the judge\'s words given to her are misattributed', () => {
    const { quotes, stderr } = check(
      {
        'court.md':
          'Prosecutor Kama Melly told the court the defendant had planned the attack. Judge Ann Hall said, “This was a cruel and calculated crime against a family.” Melly said “the evidence speaks for itself in every respect.”\n',
      },
      ['“This was a cruel and calculated crime against a family,” the judge said.', '“The evidence speaks for itself in every respect,” the judge said.'],
    );
    assert.deepStrictEqual(
      quotes.map((q) => q.status),
      ['verified', 'misattributed'],
      stderr,
    );
    assert.strictEqual(quotes[1].source?.speaker, 'Kama Melly');
  });

  it('"she said" belongs to the woman named earlier, not to the man named last', () => {
    const { quotes, status, stderr } = check(
      {
        'budget.md':
          'Maria Okafor presented the budget to the council. Peter Brandt questioned the figures. “Every cut has been costed line by line,” she said.\n',
      },
      ['Maria Okafor said “every cut has been costed line by line”.', 'Peter Brandt said “every cut has been costed line by line”.'],
    );
    assert.deepStrictEqual(
      quotes.map((q) => q.status),
      ['verified', 'misattributed'],
      stderr,
    );
    assert.strictEqual(quotes[1].source?.speaker, 'Maria Okafor');
    assert.strictEqual(status, 1);
  });

  it('words two sources give to two people are misattributed to neither, but to a third person they are', () => {
    const { quotes, stderr } = check(
      {
        'audit-a.md': 'Mayor Jon Berg answered the auditor on Tuesday. “The accounts are riddled with errors from top to bottom,” Berg said.\n',
        'audit-b.md': 'Auditor Lena Strand presented her report to the council. “The accounts are riddled with errors from top to bottom,” Strand said.\n',
        'budget.md': 'Maria Okafor presented the budget to the council on Monday.\n',
      },
      [
        'Lena Strand said “the accounts are riddled with errors from top to bottom”.',
        'Jon Berg said “the accounts are riddled with errors from top to bottom”.',
        'Maria Okafor said “the accounts are riddled with errors from top to bottom”.',
      ],
    );
    assert.deepStrictEqual(
      quotes.map((q) => q.status),
      ['verified', 'verified', 'misattributed'],
      stderr,
    );
  });

  it('no false alarm where the source speaks for someone or names a relative by first name (found by a teammate\'s probe)', () => {
    const { quotes, stderr } = check(
      {
        'family.md': '“I thought it was wonderful,” said retired teacher Mary Coyle. Her husband, Bernard, was less sure. “It was very loud,” he said.\n',
        'firm.md': 'The engineering firm that produced the report, Halcrow Baines, stood by its figures. “Our estimate is conservative, if anything,” said its managing partner, Ruth Okafor.\n',
        'bridge.md': 'Senator Bill Cole vowed to keep fighting for the bridge.\n\n“This bridge is not a luxury, it is a lifeline,” said Jane Roe, an aide to the senator, reading a statement on his behalf.\n',
        'rescue.md': 'Tomasz Nowak was trapped for thirty hours. “When the lights went out, my friend Dave Kerr said to me, ‘We are going home, I promise you.’ And he was right,” Nowak said.\n',
        // (A given name and a word of places, said of a person: "Ben Hall" was a place, and the words Mayor Cole's.)
        'library.md': 'Mayor Bill Cole opened the new library on Monday. “This is a great day for readers,” said Ben Hall, an aide to Cole.\n',
      },
      [
        'Bernard Coyle said: “It was very loud.”',
        'Halcrow Baines said its estimate was “conservative, if anything”.',
        'In a statement, Cole said: “This bridge is not a luxury, it is a lifeline.”',
        'Ben Hall said: “This is a great day for readers.”',
        // (Words quoted inside Nowak's quotation are Kerr's.)
        'Dave Kerr told him: “We are going home, I promise you.”',
      ],
    );
    assert.deepStrictEqual(quotes.map((q) => q.status), ['verified', 'verified', 'verified', 'verified', 'verified'], stderr);
  });

  it('words a director says for "its" company are still not another person\'s ("Its operations director, Claire Bevan, said:")', () => {
    const { quotes, stderr } = check(
      {
        'storm.md':
          'Chief meteorologist Dr Rhian Parry said the worst was over. Western Power Networks says power is back in 60,000 homes. Its operations director, Claire Bevan, said: “We expect most customers to be reconnected by tonight.”\n',
      },
      [
        'Western Power Networks said it expected “most customers to be reconnected by tonight.”',
        'Claire Bevan said: “We expect most customers to be reconnected by tonight.”',
        '“We expect most customers to be reconnected by tonight,” said Dr Parry.',
      ],
    );
    assert.deepStrictEqual(
      quotes.map((q) => q.status),
      ['verified', 'verified', 'misattributed'],
      stderr,
    );
    assert.strictEqual(quotes[2].source?.speaker, 'Claire Bevan');
  });

  it('a quotation the source splits around its attribution may be joined in the draft, and is still checked for its speaker', () => {
    const { quotes, stderr } = check(
      {
        'film.md': 'Critic Stefan Kowalski has seen the film five times. “He is entitled to his opinion,” Kowalski said, “but I have seen it five times and there is nothing in it.”\n\nThe director, Tom Garrity, did not reply.\n',
      },
      [
        'Kowalski said: “He is entitled to his opinion, but I have seen it five times and there is nothing in it.”',
        'Garrity said: “He is entitled to his opinion, but I have seen it five times and there is nothing in it.”',
      ],
    );
    // (It was a misquote of "Kowalski said left out", with a fix that put those words inside the quotation.)
    assert.deepStrictEqual(quotes.map((q) => q.status), ['verified', 'misattributed'], stderr);
    assert.strictEqual(quotes[1].source?.speaker, 'Stefan Kowalski');
  });

  it('the message names the draft\'s speaker as the draft does when the name fits several people ("not Cole")', () => {
    const files = {
      'sources/bridge.md': 'Mayor Bill Cole opened the bridge on Monday. His brother, the builder Martin Cole, laid the last stone.\n\n“We finished a month early,” said engineer Frank Dunn.\n',
      'draft.md': 'Cole said: “We finished a month early.”\n',
    };
    const r = inTempFolder(files, (dir) => runCli(['check', 'draft.md'], { cwd: dir }));
    assert.match(r.stdout, /gives these words to Frank Dunn, not Cole \(/, r.stdout + r.stderr);
  });

  it('a block quote\'s speaker on the line after it: "> — Owen Pryce" is the draft\'s speaker, "> *Owen Pryce, MP*" no quotation', () => {
    const source = 'Residents said the agency was too slow. “We do not need another study. We need a wall,” said Brenda Tully, who chairs the residents\' association.\n\nThe local MP, Owen Pryce, said he would raise the matter in Parliament.\n';
    const dash = check({ 'flood.md': source }, ['> “We do not need another study. We need a wall.”\n> — Owen Pryce']);
    assert.deepStrictEqual(dash.quotes.map((q) => q.status), ['misattributed'], dash.stderr);
    assert.strictEqual(dash.quotes[0].source?.speaker, 'Brenda Tully');
    // (A paragraph of the block quote that only names the speaker was read as a quotation, and "fixed" to "*Owen Pryce, said*".)
    const byline = check({ 'flood.md': source }, ['> “We do not need another study. We need a wall.”\n>\n> *Owen Pryce, MP*']);
    assert.deepStrictEqual(byline.quotes.map((q) => q.text), ['We do not need another study. We need a wall.'], byline.stderr);
  });

  // Rules found on PolNeAR (engine cases in test/unit/attributionOutside.test.ts) and by probing: each source gives the
  // words to their speaker only through the rule named, so a draft handing them to someone else is flagged only with it.
  for (const { rule, source, words, speaker } of [
    {
      rule: 'an attribution ending the sentence ("“…” once the money arrives, said Lena Strand")',
      source: 'Jon Berg praised the plan on Monday. “The harbour will be rebuilt in stone” once the money arrives, said Lena Strand, the town auditor.\n',
      words: 'the harbour will be rebuilt in stone',
      speaker: 'Lena Strand',
    },
    {
      rule: 'a verb of saying that shares the subject ("Calder did not name …, but told the council, “…”")',
      source: 'Councillor Ruth Calder did not name the auditor on Monday, but told the council, “the harbour fund has been empty since the spring.”\n',
      words: 'the harbour fund has been empty since the spring',
      speaker: 'Ruth Calder',
    },
    {
      rule: 'a colourful verb of saying ("“…,” Berg barked")',
      source: '“Go back to the harbour and stay there,” Mayor Jon Berg barked at the protesters.\n',
      words: 'go back to the harbour and stay there',
      speaker: 'Jon Berg',
    },
    {
      rule: 'a name with two particles ("insisted European Commission President Ursula von der Leyen")',
      source: '“There is no plan B for the budget,” insisted European Commission President Ursula von der Leyen.\n',
      words: 'there is no plan B for the budget',
      speaker: 'Ursula von der Leyen',
    },
    {
      rule: 'the one person of the paragraph before ("Wren spent the morning … ¶ “…,” he said")',
      source: 'Tobias Wren spent the morning at the harbour. Later he walked the length of the new quay.\n\n“The stones will hold for a hundred winters,” he said.\n',
      words: 'the stones will hold for a hundred winters',
      speaker: 'Tobias Wren',
    },
  ]) {
    it(`${rule}: the source's speaker is named, and the draft's other speaker is flagged`, () => {
      const { quotes, stderr } = check(
        { 'harbour.md': source, 'budget.md': 'Maria Okafor presented the budget to the council on Monday.\n' },
        [`Maria Okafor said “${words}”.`],
      );
      assert.deepStrictEqual(quotes.map((q) => q.status), ['misattributed'], stderr);
      assert.strictEqual(quotes[0].source?.speaker, speaker);
    });
  }
});

describe('attribution rules of the sixteenth session through the CLI', () => {
  const sources = {
    'measles.md':
      'The prefect, Adrian Pop, said every school would check its pupils\' cards.\n\nThe Ministry of Health said in a statement that the vaccines were safe. The statement added: "Parents who still hesitate should speak to their doctor, not to social media."\n',
    'cocoa.md':
      'The Ghana Cocoa Board (COCOBOD) cut its forecast on Monday. Its spokesman, Kojo Ampofo, was blunt. “I will not stand here and tell you the numbers are fine,” Ampofo said.\n',
    'court.md':
      'Rowena Cabahug, 34, a mother of two, was the first witness in the trial.\n\n“I believed her. Why would I not believe her?” Cabahug testified.\n\nHer husband, Dennis Cabahug, a tricycle driver, sold the tricycle to repay the loan.\n',
    'dzud.md':
      'The National Emergency Management Agency said it had bought hay for the winter.\n\nA foreign-funded charity, Steppe Relief Mongolia, gave the family 40 goats in June. The charity said in a written reply that its aim was “not to rebuild the herds of the past but to help families decide whether to stay.”\n',
  };

  it('flags each quotation given to the wrong speaker, names the source\'s, and passes the same words given right', () => {
    const { quotes, status, stderr } = check(sources, [
      '“Parents who still hesitate should speak to their doctor, not to social media,” said the prefect, Adrian Pop.',
      'The Ministry of Health said: “Parents who still hesitate should speak to their doctor, not to social media.”',
      'The Ghana Cocoa Board said: “I will not stand here and tell you the numbers are fine.”',
      'Her husband, Dennis, sold the tricycle. “I believed her. Why would I not believe her?” Dennis said.',
      'Rowena Cabahug told the court: “I believed her. Why would I not believe her?”',
      'The National Emergency Management Agency said its aim was “not to rebuild the herds of the past but to help families decide whether to stay.”',
    ]);
    assert.deepStrictEqual(quotes.map((q) => q.status), ['misattributed', 'verified', 'misattributed', 'misattributed', 'verified', 'misattributed'], stderr);
    assert.deepStrictEqual(
      [0, 2, 3, 5].map((i) => quotes[i].source?.speaker),
      ['Ministry of Health', 'Kojo Ampofo', 'Rowena Cabahug', 'Steppe Relief Mongolia'],
    );
    assert.strictEqual(status, 1);
  });
});

describe('attribution rules of the seventeenth session through the CLI', () => {
  const sources = {
    'salmon.md':
      'The spokesman, Eirik Hansen, spoke first. Hansen then read out a message from the chief executive, Petter Moe, who was in Oslo: “I take full responsibility for what happened on our site.”\n\nArne Johansen fishes out of Gibostad. His son, Stian Johansen, who works the nets with him, was more hopeful. “Give us a calm week and we will have half of them,” said the younger Johansen.\n',
    'prize.md':
      'The jury’s chair, Professor Park Hye-rim, praised the novel. Park later added in her own words: “I have read a thousand novels about the sea.”\n\nThe critic Seo Jun-ho called the ending sad.\n',
  };

  it('flags each quotation given to the wrong speaker, names the source\'s, and passes the same words given right', () => {
    const { quotes, status, stderr } = check(sources, [
      'Eirik Hansen said: “I take full responsibility for what happened on our site.”',
      'The chief executive, Petter Moe, wrote: “I take full responsibility for what happened on our site.”',
      'Arne Johansen says the work is slow in the dark; his son Stian is more hopeful: “Give us a calm week and we will have half of them.”',
      'The critic Seo Jun-ho went further: “I have read a thousand novels about the sea.”',
      'Park Hye-rim went further: “I have read a thousand novels about the sea.”',
    ]);
    assert.deepStrictEqual(quotes.map((q) => q.status), ['misattributed', 'verified', 'verified', 'misattributed', 'verified'], stderr);
    assert.deepStrictEqual([0, 3].map((i) => quotes[i].source?.speaker), ['Petter Moe', 'Park Hye-rim']);
    assert.strictEqual(status, 1);
  });
});

describe('verbatim check on the development set\'s drafts (CLI)', () => {
  it('gives no misattribution finding: the drafts were written with every quotation given to its speaker', function () {
    this.timeout(60000);
    const fs = require('fs') as typeof import('fs');
    const drafts = fs.readdirSync('test/devset/drafts').map((f) => `test/devset/drafts/${f}`);
    const r = runCli(['check', ...drafts, '--sources', 'seeds', '--sources', 'test/fixtures/wikinews-2019', '--format', 'json'], { maxBuffer: 64 * 1024 * 1024 });
    const files = (JSON.parse(r.stdout) as { files: Array<{ path: string; quotes: CheckedQuote[] }> }).files;
    assert.strictEqual(files.length, drafts.length, r.stderr);
    const wrong = files.flatMap((f) => f.quotes.filter((q) => q.status === 'misattributed').map((q) => `${f.path}: “${q.text}” (source: ${q.source?.speaker})`));
    assert.deepStrictEqual(wrong, []);
  });
});

describe('attribution rules through the CLI: the eighteenth session', () => {
  it('a source\'s "the judge said" is the article\'s one judge (Justice Margaret Nakato), and the writer who gives her words to the state attorney is told so', () => {
    const { quotes, stderr } = check(
      {
        'court.md':
          'Riders asked the High Court to suspend the ban. “It is an announcement,” their lawyer, Brian Ssemakula, told Justice Margaret Nakato.\n\nState attorney Harriet Namuli said the plan had been advertised for 60 days.\n\n“Then perhaps somebody should find it before the 17th,” the judge said.\n\n“Every rider was told twice,” said Namuli.\n',
      },
      [
        'State attorney Harriet Namuli had no figures. “Then perhaps somebody should find it before the 17th,” Ms Namuli said.',
        'The authority\'s lawyer, Harriet Namuli, put it in a sentence: “It is an announcement.”',
        'The riders\' lawyer, Brian Ssemakula, put it in a sentence: “It is an announcement.”',
      ],
    );
    assert.deepStrictEqual(
      quotes.map((q) => q.status),
      ['misattributed', 'misattributed', 'verified'],
      stderr,
    );
    assert.strictEqual(quotes[0].source?.speaker, 'Margaret Nakato');
  });

  it('"the minister wrote" is the one person the article titles minister, a doctor\'s title between ("Health Minister Dr. Florence Atim"); her words given to the man who read them out are misattributed', () => {
    const { quotes, stderr } = check(
      {
        'kidney.md':
          'Health Minister Dr. Florence Atim, who is in Geneva, sent a speech that was read at the hospital by the ministry\'s permanent secretary, Dr. Paul Ssempa. “No Ugandan should have to sell land to buy a kidney in another country,” the minister wrote in the speech.\n',
      },
      ['Dr. Paul Ssempa said: “No Ugandan should have to sell land to buy a kidney in another country.”', 'Florence Atim wrote: “No Ugandan should have to sell land to buy a kidney in another country.”'],
    );
    assert.deepStrictEqual(
      quotes.map((q) => q.status),
      ['misattributed', 'verified'],
      stderr,
    );
    assert.strictEqual(quotes[0].source?.speaker, 'Florence Atim');
  });

  it('nineteenth session: "Moyle had reached the same conclusion, she added:" leaves the words with the paragraph\'s speaker; a possessive name is no speaker; a place-named first name tells two Suarezes apart', () => {
    const sources = {
      'dolphins.md':
        'Dr. Kathleen Moyle, a scientist who reviewed the survey, said the numbers were fragile.\n\nSarah Thorne, who directs the Mekong River Dolphin Trust, said the ban worked. "Every calf that dies in a net is a year lost," Thorne said. Moyle had reached the same conclusion from the survey data, she added: "The adults have learned to avoid the nets. The calves have not."\n',
      'grain.md':
        'Grain association head Yerlan Abenov said exporters were losing money.\n\nKTZ spokesman Daniyar Seitkali disputed the figures. "The harvest is bigger. The railway is not," Seitkali insisted.\n\nAbenov, asked about Seitkali\'s comments, said the size of the harvest had been known since June. "He can count wagons. He cannot count wheat," he said.\n',
      'murga.md':
        "The murga's director, Washington Suarez, known to everyone in carnival as Pepe, has led La Gaviota Rota since 1987.\n\nHis son Rodrigo Suarez, a teacher, wrote the lyrics. \"I wrote the song in a week. If it was bad, they should give the prize to the others,\" he said.\n",
    };
    const { quotes, stderr } = check(sources, [
      'Kathleen Moyle said: “The adults have learned to avoid the nets. The calves have not.”',
      'Yerlan Abenov said: “He can count wagons. He cannot count wheat.”',
      '“I wrote the song in a week. If it was bad, they should give the prize to the others,” Pepe said.',
    ]);
    assert.deepStrictEqual(
      quotes.map((q) => q.status),
      ['misattributed', 'verified', 'misattributed'],
      stderr,
    );
    assert.strictEqual(quotes[0].source?.speaker, 'Sarah Thorne');
    assert.strictEqual(quotes[2].source?.speaker, 'Rodrigo Suarez');
  });
  it('twentieth session: a broadcast script\'s "[CLIP] NAME:" turn, a reporter\'s "X says …" in a turn, a Spanish first surname used alone, a subject named by two given names', () => {
    const sources = {
      'script.md': [
        'LINA PARK, PRESENTER: Good evening. The ministry is to cap visitors at the nesting beach of Playa Grande, in Guanacaste. Our reporter Tomas Reyes was there.',
        '',
        'TOMAS REYES, REPORTER: The turtles came ashore just after dark, and so did the crowds.',
        '',
        "REYES: The reserve's administrator, Hugo Salinas, told me his rangers were outnumbered. Hugo Salinas says a fence is the last thing a nesting beach needs.",
        '',
        '[CLIP] MARTA OVIEDO: "The big lodges will book every place in January and the rest of us will wait at the gate."',
        '',
        'REYES: Marta Oviedo runs a guesthouse in the village.',
        '',
        'PARK: Tomas Reyes reporting.',
        '',
      ].join('\n'),
      'fishery.md':
        'Managing director Ricardo Cevallos Quintana told investors the company had no choice. "We did not shut Manta because it lost money. We shut it because the boats stopped coming," Cevallos said.\n\nHis sister, operations director Lucía Fernanda Cevallos, said the cost would be $4 million. "This is about surviving the next two seasons," she said.\n',
    };
    const { quotes, stderr } = check(sources, [
      '“The big lodges will book every place in January and the rest of us will wait at the gate,” said Tomas Reyes.',
      'Hugo Salinas says “a fence is the last thing a nesting beach needs”.',
      '“The big lodges will book every place in January and the rest of us will wait at the gate,” warns the Guanacaste reserve’s administrator.',
      'Ricardo Cevallos Quintana said: “We shut it because the boats stopped coming.”',
      'His sister Lucía Fernanda, the firm’s operations chief, insisted: “We did not shut Manta because it lost money.”',
    ]);
    assert.deepStrictEqual(
      quotes.map((q) => q.status),
      ['misattributed', 'not-a-direct-quote', 'misattributed', 'verified', 'misattributed'],
      stderr,
    );
    assert.strictEqual(quotes[0].source?.speaker, 'Marta Oviedo');
    assert.strictEqual(quotes[4].source?.speaker, 'Ricardo Cevallos Quintana');
  });

  it('twenty-first session: a body\'s role in a draft ("the Ferencváros captain"), a name someone goes by ("known … as Nha Luz"), a name a transcript\'s speaker quotes', () => {
    const sources = {
      'cup.md':
        '"I felt a hand on my shoulder. If that is not a penalty, then nothing is," said Dávid Szabó.\n\nFerencváros captain Norbert Szabó said the team had been tired. "We swam through worse in Malta," Norbert Szabó said.\n\nThe club Ferencváros said in a statement that it would appeal to the federation. Dávid Szabó is not related to the Ferencváros captain.\n',
      'midwife.md':
        'Maria da Luz Tavares delivered most of the island\'s children. For four decades Tavares, known across the island simply as Nha Luz, was the only help families could call.\n\n"The first baby I delivered alone was on a kitchen table," she told a radio interviewer in 1996.\n\nMayor Francisco Barros said the new maternity wing would bear her name. "Nobody on this island was born without her," he said.\n',
      'lift.md': [
        'PRESENTER: Our correspondent is at the foot of the mountain.',
        '',
        'CORRESPONDENT: It does. The mayor, Jana Kovacova, came to the station. Jana Kovacova said she "had never seen such a thing in forty years".',
        '',
        'PRESENTER: Thank you.',
        '',
      ].join('\n'),
    };
    const { quotes, stderr } = check(sources, [
      '“If that is not a penalty, then nothing is,” said the Ferencváros captain.',
      '“The first baby I delivered alone was on a kitchen table,” Nha Luz told a radio interviewer.',
      '“Nobody on this island was born without her,” Nha Luz said.',
      'The mayor, Jana Kovacova, said she “had never seen such a thing in forty years”.',
    ]);
    assert.deepStrictEqual(quotes.map((q) => q.status), ['misattributed', 'verified', 'misattributed', 'verified'], stderr);
    assert.strictEqual(quotes[0].source?.speaker, 'Dávid Szabó');
  });
  it('twenty-second session: a nickname inside the appositive ("known across Apia as "Bubba"") and a sentence opening "Known in Pek as Tong, he", a shared surname the name index gave one person, a clause after ", in what"', () => {
    const sources = {
      'cable.md':
        'At her agency, Losa Tuilagi said queues had formed. Her brother, Sione Tuilagi, who runs a store next door, said he had sold generators on credit. "I know everybody\'s father," he said.\n\nNot everyone suffered. Tuilagi\'s regular customer Ioane Lemalu, a taxi driver known across Apia as "Bubba", said he had never been busier. "For five days Apia went back to 1995 and I was the internet," he said, laughing.\n',
      'bomblet.md':
        'The village chief, Bounmy Phommachanh, said the thicket had been used for bamboo shoots. "Now the whole village is afraid of its own trees," Bounmy told this newspaper.\n\nHis nephew, Thongsavanh Phommachanh, lost his right hand to a bomblet at 14 and now teaches risk education. Known in Pek as Tong, he visited the boys\' school two years ago. "Children remember the arm for a month. Then they forget," said Tong.\n',
      'exam.md':
        'Manuel Ferreira, president of the Association of Portuguese Residents, said his members supported Catalan. "Most of us speak three languages already," Ferreira said.\n\nHis daughter, Ana Ferreira, 26, who teaches at a school, said she would sit the exam.\n\nAfter the interview the host Marc Puig told listeners that the station had received 400 messages.\n\nThe government said the exam would include a spoken section. Ferreira called that a step forward. "A spoken test is a test of life. A written test is a test of school," he said.\n',
      'tortoises.md':
        'A skipper who hid four tortoises in a cool box was jailed for five years by the Supreme Court in Victoria yesterday, in what the judge called "a theft from every Seychellois, including those not yet born".\n\nPassing sentence, Justice Marie-Claire Hoareau said the man had been motivated by money alone. "You were not hungry. You were greedy," the judge said.\n',
    };
    const { quotes, stderr } = check(sources, [
      '“For five days Apia went back to 1995 and I was the internet,” Sione Tuilagi said.',
      '“Children remember the arm for a month. Then they forget,” said Bounmy.',
      '“A spoken test is a test of life. A written test is a test of school,” Ana Ferreira said.',
      'Justice Marie-Claire Hoareau called it “a theft from every Seychellois, including those not yet born”.',
    ]);
    assert.deepStrictEqual(quotes.map((q) => q.status), ['misattributed', 'misattributed', 'misattributed', 'verified'], stderr);
    assert.deepStrictEqual(quotes.slice(0, 3).map((q) => q.source?.speaker), ['Ioane Lemalu', 'Thongsavanh Phommachanh', 'Manuel Ferreira']);
  });
  it('twenty-third session: a pronoun in capitals is no body ("feeding on HER"), "he" in a transcript\'s turn is not its labelled speaker, a reporter\'s "He insists the company has never …" is a paraphrase, a body is no second subject of its founder\'s colon lead, and a man named after "with" is no rival subject', () => {
    const sources = {
      'fish.md': 'She has fed the Friday crowds for 31 years. Now Mama Jo wants to know who has been feeding on HER.\n',
      'harvest.md': 'Teretia Tebano, who chairs the exporters\' association, welcomed the decision. "The exporters have kept their staff on for four years with no product," said Tebano.\n\nHer brother Baraniko Tebano, who runs a processing shed, said buyers had already asked for prices.\n',
      'water.md': 'DEBRA SAUNDERS: Good evening. Marcus, what happened there?\n\nMARCUS FERGUSON: The barge belongs to a private company. Its managing director, Terrance Major, says an engine failed in heavy swell. He insists the company has never missed a delivery in good weather.\n\nMARCUS FERGUSON: In the House of Assembly yesterday, the Minister of Works, Clement Rahming, was asked why an island of three thousand people depends on one barge. He told members, "The Family Islands were promised a second plant in 2028." The opposition says that is not an answer.\n',
      'shea.md': 'Savonnerie du Golfe SA has agreed to buy 70 percent of Burkina Faso’s shea butter processor Karité du Houet. Karité du Houet’s founder, Salimata Ouédraogo, said she had turned down two offers.\n\nThe company’s founder, Kodjo Agbodjan, said he had first tried to buy a shea factory in 1998. “I was told I was too small and too far from the trees,” he said.\n',
      'apricots.md': 'Farid, 46, runs the family business from a plastic chair. Brahim Ouchene runs the sulphur chamber next door.\n\nThe one buyer is Samir Zerrouki, from Algiers, who has come every summer for eleven years. He sits with Farid drinking mint tea and says very little. When he does speak, it is about colour. "The Europeans want apricots that look like apricots," he says.\n',
    };
    const { quotes, stderr } = check(sources, [
      'Her brother Baraniko, who runs a processing shed, put it more bluntly: “The exporters have kept their staff on for four years with no product.”',
      'Works Minister Clement Rahming told the House: “The Family Islands were promised a second plant in 2028.”',
      'Its managing director Terrance Major insists the company has “never missed a delivery in good weather”.',
      'Karité du Houet\'s founder Salimata Ouédraogo remembered her own early days: “I was told I was too small and too far from the trees.”',
      'Brahim Ouchene, who runs the sulphur chamber, explains: “The Europeans want apricots that look like apricots.”',
    ]);
    assert.deepStrictEqual(quotes.map((q) => q.status), ['misattributed', 'verified', 'not-a-direct-quote', 'misattributed', 'misattributed'], stderr);
    assert.deepStrictEqual([quotes[0], quotes[3], quotes[4]].map((q) => q.source?.speaker), ['Teretia Tebano', 'Kodjo Agbodjan', 'Samir Zerrouki']);
  });
  it('twenty-fourth session: "The minister was curt: “…”" names the minister, "said her son Tommy" the son, a namesake in a relative clause neither speaks nor is "she", "He laughs." keeps the next quote the speaker\'s, "the older Mr Tangaroa" is the older namesake, and a colon\'s lead may open with a phrase of setting', () => {
    const sources = {
      'octopus.md': 'Fisheries Minister Khadijetou Mint Boubacar told reporters in Nouakchott that the survey had found half as many octopus.\n\nHis brother, Abdoulaye Sy, who captains one of the boats, was more patient. "The old men told us this would happen," he said.\n\nMint Boubacar rejected the complaint that small fishermen were paying for the trawlers\' mistakes. The minister was curt: "The trawlers are closed too. Every boat is closed. There is no first class on this ship."\n',
      'tide.md': 'Biana Jorlang, a grandmother of nine, left her flooded kitchen at midnight. "We have had water in the yard before, but never inside, never like this," she said.\n\nHer son, Tommy Jorlang, teaches at the school where they are sheltering. He was less calm. "The wall was supposed to hold," he said.\n',
      'prawns.md': 'Temburong Blue Prawn took a fifth of its spring stock from Seri Tutong Hatchery, a family business owned by Lim Mei Ling.\n\nMs Lim, who is no relation of the company\'s farm manager, Lim Boon Keat, insisted that every batch she sold had tested negative. "Every batch that left my hatchery had a clean certificate," she said.\n',
      'palaies.md': 'Delfina Ramos has bought fish on the beach at Pantufo for forty years.\n\n“Delfina has owed me money since 1995,” says Aurélio Bragança, who has fished from Pantufo for as long as she has bought there. He laughs. “And I have owed her money since 1996. If you count, you lose friends.”\n',
      'lagoon.md': 'Jet-ski hire operator Mr Junior Tangaroa, 29, runs Muri Wave Hire. "I grew up in this lagoon too," Mr Tangaroa told the meeting.\n\nHis uncle, Mr Teariki Tangaroa, 67, who has fished the lagoon for fifty years, rose to speak.\n\n"The fish do not know the difference between a good rider and a bad one," the older Mr Tangaroa said.\n',
      'hall.md': 'Kevin Simmons, the managing director of Harbour Reach, said the hotel would bring jobs.\n\nNot everyone in the hall was against the plan. Mr Jahmal Smith, 27, who works as a waiter in Hamilton, said young people needed jobs close to home.\n\n“Everybody in this room has a house and a pension. I have a bus pass and two jobs,” he said.\n',
    };
    const { quotes, stderr } = check(sources, [
      'Her spokesman Abdoulaye Sy was blunt: “There is no first class on this ship.”',
      '“We have had water in the yard before, but never inside, never like this,” said her son Tommy.',
      '“Every batch that left my hatchery had a clean certificate,” farm manager Lim Boon Keat said.',
      '“If you count, you lose friends,” says Delfina Ramos.',
      'Jet-ski operator Junior Tangaroa spoke first. “The fish do not know the difference between a good rider and a bad one,” Junior told the meeting.',
      'At a packed meeting in the village hall, Kevin Simmons had an answer for those who said the hotel was too big: “Everybody in this room has a house and a pension.”',
    ]);
    assert.deepStrictEqual(quotes.map((q) => q.status), ['misattributed', 'misattributed', 'misattributed', 'misattributed', 'misattributed', 'misattributed'], stderr);
    assert.deepStrictEqual(quotes.map((q) => q.source?.speaker), ['Khadijetou Mint Boubacar', 'Biana Jorlang', 'Lim Mei Ling', 'Aurélio Bragança', 'Teariki Tangaroa', 'Jahmal Smith']);
  });

  it('twenty-fifth session: a titled name after "according to", colon leads after "Asked whether …," or "Even …", a company\'s "Co." no namesake\'s surname, a shared surname the index gave to one person, "Emir" as a given name, and a judge\'s two-word title', () => {
    const sources = {
      'stone.md': 'The excavator belonged to Pacific Earthmoving Co., a Guam-based contractor. Its owner, Ray Salas, flew in on Tuesday to apologise. “I did not come with a lawyer. I came with my hat in my hands,” he told the Tide.\n\nDorothy Yinug, the preservation office\'s director, said her staff had given the department a map in 2031.\n\nAsked whether the disc could be repaired, Yinug was doubtful: “You can glue a stone. You cannot glue its history.”\n',
      'bissau.md': 'The generator stopped, according to the hospital\'s director, Dr. Armando Có. “We had one day of reserve,” Có said.\n\nZinha Có, a nurse who is not related to the director, said she had worked 30 hours.\n',
      'horses.md': 'The auctioneer, Merdan Atayev, opened the bidding at noon.\n\nGurbanmyrat Hojayev, 67, who has bred horses all his life, said he had taken both his mares home again. “The prices were good,” he said.\n\nHe added: “My father said a Turkmen without a horse is a man without a shadow.”\n',
      'bears.md': 'Its spokesman, Matej Novak, said hunters would shoot animals seen near houses first. “Our members are not trophy hunters,” Novak said.\n\nThe mayor of Kočevje, Bojan Novak, who is not related to the spokesman, said the town would replace 300 waste containers.\n\nAsked about fences, Novak, the hunters’ spokesman, said many farmers had them. “A fence is a good idea until the bear learns to dig,” he said.\n',
      'bridge.md': 'His uncle, Dino Hadžić, 58, who made his last jump in 2019, is less enthusiastic.\n\nEmir Hadžić said the club\'s divers had always trained for years. “My uncle made me jump from the six-metre wall,” he said. “That was the licence we had. It worked for four hundred years.”\n',
      'libel.md': 'Counsel for the columnist, Conor Madigan, said his client had checked every claim.\n\nThe judge, Ms Justice Orla Cassidy, intervened to tell counsel that the jury had understood the point.\n\nThe judge reminded the jury that the case was not a contest of reputations. “You are not here to decide whether he is a good journalist,” she told them. “You are here to decide whether what he wrote was true.”\n',
    };
    const { quotes, stderr } = check(sources, [
      'According to Dr. Armando Có, the hospital director, “You can glue a stone. You cannot glue its history.”',
      '“I did not come with a lawyer,” Dorothy Yinug told the Tide.',
      'Even the auctioneer, Merdan Atayev, sounded uneasy about where the horses are going: “My father said a Turkmen without a horse is a man without a shadow.”',
      '“A fence is a good idea until the bear learns to dig,” says the mayor, Bojan Novak.',
      'His uncle Dino says “That was the licence we had. It worked for four hundred years.”',
      '“You are here to decide whether what he wrote was true,” Madigan said.',
    ]);
    assert.deepStrictEqual(quotes.map((q) => q.status), ['misattributed', 'misattributed', 'misattributed', 'misattributed', 'misattributed', 'misattributed'], stderr);
    assert.deepStrictEqual(quotes.map((q) => q.source?.speaker), ['Dorothy Yinug', 'Ray Salas', 'Gurbanmyrat Hojayev', 'Matej Novak', 'Emir Hadžić', 'Orla Cassidy']);
  });

  it('twenty-sixth session: "it" never a person, a tabloid\'s "she blasted", "the elder" of two namesakes, "Col" without its full stop, a listed given name before a word of the language ("Fatima Said"), and a capitalised particle after a title ("Dr Anita Le Quesne")', () => {
    const sources = {
      'ferry.md': 'Ferry skipper Tom Quintal, 52, told the meeting that the crossing was safe in any weather.\n\nIn a written statement, the Lord Howe Island Board said the decision "keeps a lifeline open for the people who depend on it".\n',
      'gulls.md': 'Harbour master Alan Penrose said the council would put up signs. "Feeding them is the problem," he added.\n\nChip shop owner Joan Treloar, 61, was less patient. "They take the chips out of your hand," she blasted. "They are pirates with feathers, and the tourists are their crew."\n',
      'olives.md': 'One of the families is that of Yusuf Haddad Karam, a farmer. His son, Rami Yusuf Karam, 31, looks after the young trees.\n\n"My father called the terraces a waste of time," said Rami Yusuf Karam.\n\nThe elder Karam does not argue. "I said the walls would fall. They did not," he said. "But the sheep need the grass between the trees."\n',
      'wells.md': 'Colonel Ibrahim Kader, the region\'s water commissioner, told reporters that the wells would be finished in time.\n\nVillage head Amina Diallo said the old wells had failed in March.\n\n"Nobody in the capital thinks a well is worth more than a harvest," Col Kader said.\n',
      'resin.md': 'The perfumer Noura Al-Busaidi holds a tear of resin up to the window. "Good resin smells of lemon," she says.\n\n"I pay the families more than the souq does. If they stop, I stop."\n\nIn the souq, Fatima Said has sold resin from the same stall for thirty years. Her buyers have changed, she says.\n',
      'seaweed.md': 'But marine ecologist Dr Paul Le Quesne said the real problem lay inland.\n\nLocal GP Dr Anita Le Quesne - the ecologist\'s sister - said patients had come to her with headaches.\n\n"I\'m not saying anyone is in danger. I\'m saying don\'t go and stand in it," she said.\n',
    };
    const { quotes, stderr } = check(sources, [
      'Skipper Tom Quintal spoke first. In the end the board kept the ferry, a decision that it says "keeps a lifeline open for the people who depend on it".',
      '"They are pirates with feathers, and the tourists are their crew," said harbour master Alan Penrose.',
      'Rami Karam added: "But the sheep need the grass between the trees."',
      '"Nobody in the capital thinks a well is worth more than a harvest," says Amina Diallo.',
      '"If they stop, I stop," says trader Fatima Said.',
      '"I\'m saying don\'t go and stand in it," Dr Paul Le Quesne said.',
    ]);
    assert.deepStrictEqual(quotes.map((q) => q.status), ['verified', 'misattributed', 'misattributed', 'misattributed', 'misattributed', 'misattributed'], stderr);
    assert.deepStrictEqual(quotes.slice(1).map((q) => q.source?.speaker), ['Joan Treloar', 'Yusuf Haddad Karam', 'Ibrahim Kader', 'Noura Al-Busaidi', 'Anita Le Quesne']);
  });

  it('twenty-seventh session: "the older man" of two men just named, an office named before its holder in a transcript, a turn\'s "he confirmed that" as indirect speech, and an age making a name after "made by" a person\'s', () => {
    const sources = {
      'quarry.md': 'A court fined Henrik Aasen Dahl, 66, and his grandson, Sindre Dahl, 24, for blasting at the Berg quarry without a licence.\n\nAasen Dahl has run the quarry for forty years. The older man told the court he had "left the paperwork to the office".\n',
      'mill.md': 'NIAMH BRENNAN: Welcome back. Mayor Ruth Okafor joins us from the town hall.\n\nOKAFOR: The energy minister called me last night. He said, "Every worker at the mill will be paid for the lost shifts." I told him we have heard that before.\n\nBRENNAN: And the minister himself?\n\nOKAFOR: Energy Minister Daniel Mbeki spoke in the capital this morning. He confirmed that the state will pay the wages the company cannot. "No family here will go short this winter," Mbeki said.\n',
      'bows.md': 'The bow that split was made by Ap Wangchuk, 70, a bow maker in Paro. "A bamboo bow is alive," said Ap Wangchuk.\n\n"The bow was older than me. It chose today to break," Karma Tenzin admitted afterwards.\n',
    };
    const { quotes, stderr } = check(sources, [
      'His grandson Sindre Dahl said he had "left the paperwork to the office".',
      'Mayor Ruth Okafor told the radio: "Every worker at the mill will be paid for the lost shifts."',
      'Energy Minister Daniel Mbeki promised that "the state will pay the wages the company cannot".',
      'The bow maker Ap Wangchuk shrugged: "The bow was older than me. It chose today to break."',
    ]);
    assert.deepStrictEqual(quotes.map((q) => q.status), ['misattributed', 'misattributed', 'not-a-direct-quote', 'misattributed'], stderr);
    assert.deepStrictEqual([quotes[0], quotes[1], quotes[3]].map((q) => q.source?.speaker), ['Henrik Aasen Dahl', 'Daniel Mbeki', 'Karma Tenzin']);
  });

  it('twenty-eighth session: a setting with its own clause before a colon\'s speaker, a year in the lead, a second quoted piece of one clause, "asked about" another, and a spokesman\'s words given to a body that speaks for itself', () => {
    const sources = {
      'palms.md': 'The board\'s chief executive, Graham Pryor, said the price would not rise.\n\nGwen Pike, who runs a guesthouse, said the trade was fragile. Pike put it simply: "Tourists come and go. The seed has paid our bills."\n',
      'flood.md': 'The Czech Hydrometeorological Institute raised the flood warning.\n\nThe institute\'s duty forecaster, Petra Nováková, spoke to Czech Radio. Asked whether this could be worse than 1997, she was careful: "We do not compare floods while they are happening."\n',
      'salt.md': 'The Ministry of Agriculture said in a statement that the peak "is expected in the second half of March."\n\nThe ministry\'s spokesman, Le Quang Hieu, went further, telling reporters that the record "will almost certainly be broken" and that provinces should "plan for the worst week of the decade."\n',
      'grain.md': '"That is a railway problem," Yerlan Abenov, the association\'s chairman, told a briefing.\n\nKTZ spokesman Daniyar Seitkali disputed the figures. "The harvest is bigger," Seitkali insisted.\n\nAbenov, asked about Seitkali\'s comments, said the harvest had been known since June. "He can count wagons. He cannot count wheat," he said.\n',
    };
    const { quotes, stderr } = check(sources, [
      'On the island, where the seed money pays for the roads, the board\'s chief executive, Graham Pryor, sounds almost fatalistic: "Tourists come and go. The seed has paid our bills."',
      'In Moravia, the Czech Hydrometeorological Institute would not rank the flood against 1997 while the water was rising: "We do not compare floods while they are happening."',
      'The Ministry of Agriculture said provinces should "plan for the worst week of the decade."',
      'Seitkali said: "He can count wagons. He cannot count wheat."',
    ]);
    assert.deepStrictEqual(quotes.map((q) => q.status), ['misattributed', 'misattributed', 'misattributed', 'misattributed'], stderr);
    assert.deepStrictEqual(quotes.map((q) => q.source?.speaker), ['Gwen Pike', 'Petra Nováková', 'Le Quang Hieu', 'Yerlan Abenov']);
  });
  it('twenty-ninth session: a lead clause opening with a phrase of when, a first name after a title, a surname that is a town\'s, a quoted nickname, "Haji" inside a name, a body\'s report, a surgeon described, and a body described that speaks for itself', () => {
    const sources = {
      'court.md': 'Tomas Lund, the skipper, did not testify.\n\nHis cousin Erik Lund called the verdict unfair. "We are not gamblers out there," Erik Lund said.\n',
      'crash.md': 'The commander, Ilya Sorokin, said he had ten seconds.\n\nHis co-pilot, Pavel Sorokin, broke a wrist. "My brother is being modest about it," Pavel Sorokin said.\n',
      'whistle.md': 'Its councillor, Inés Herrera, spoke first. Herrera put it another way: "A language lives when children use it."\n\nRoberto Mendoza, who has taught for 27 years, disagreed. "I am not retiring," Mendoza told the Post.\n',
      'race.md': 'Steersman Kainoa "Shark" Akana won. "We read the water," Akana said.\n\nRace director Leilani Akana, no relation, said 58 crews finished. She said: "The channel was kind today."\n',
      'seaweed.md': 'Amina Haji Juma, who chairs the cooperative, led the walkout.\n\nHer sister, Zawadi Haji Juma, farms the next plot. "My back belongs to the lagoon already," said Zawadi Haji Juma.\n',
      'guard.md': 'The Coast Guard, which investigated, found in a report last year that the boat had "no safety line rigged that season."\n\nA Coast Guard spokesman, Petty Officer Ray Molina, spoke briefly. "Blame is for the court," Molina said.\n',
      'hospital.md': 'The hospital\'s director, Marek Wolski, said the demands could not be met.\n\n"Without nurses, a surgeon is just a man with a knife," one of the hospital\'s senior surgeons said.\n',
      'league.md': 'The club\'s president, Joaquim Ferreira, will stay on.\n\nLiga Portugal said the sale needs approval. "The transaction will be examined under the league\'s rules," the league said in a statement.\n',
    };
    const { quotes, stderr } = check(sources, [
      'Tomas Lund owns the boat. Lund did not testify, but after the verdict Tomas sounded defiant: "We are not gamblers out there."',
      'Commander Ilya Sorokin remembers it. "My brother is being modest about it," Ilya added.',
      '"A language lives when children use it," Mendoza argues.',
      '"The channel was kind today," Shark said.',
      'Amina Haji Juma chairs the cooperative. "My back belongs to the lagoon already," Amina said.',
      'Petty Officer Ray Molina said the boat had "no safety line rigged that season."',
      'Wolski puts it bluntly: "Without nurses, a surgeon is just a man with a knife."',
      '"The transaction will be examined under the league\'s rules," Joaquim Ferreira said.',
    ]);
    assert.deepStrictEqual(quotes.map((q) => q.status), Array(8).fill('misattributed'), stderr);
    assert.deepStrictEqual(quotes.map((q) => q.source?.speaker), ['Erik Lund', 'Pavel Sorokin', 'Inés Herrera', 'Leilani Akana', 'Zawadi Haji Juma', 'Coast Guard', "one of the hospital's senior surgeons", 'the league']);
  });
  it('thirtieth session: a name ending the clause before ", and", a possessive pronoun\'s thought as a lead, a body named after its kind, and a body\'s role read whole after "says"', () => {
    const sources = {
      'river.md': 'The department said crews would not flood the surface "until the ice is thick enough to hold the people doing the work."\n\nMarta Kovac, who lives on the west bank, said she had no fuel. "We are fine for food," Kovac said.\n',
      'square.md': 'Stefan Huber runs a coach company. "Every city now wants a toll," Huber said.\n\nEsther Wyss, whose family sells clocks on the square, said one coach in three brought customers. Her fear was simple: "If the coaches stop at the lake, my customers stop at the lake too."\n',
      'plant.md': 'Plant manager Owen Hale said the generator had been tested. "That is the part I cannot get past," Hale said.\n\nThe company that owns the plant, Kingnait Seafoods, said it would pay "for every kilogram delivered before the outage."\n',
      'diamonds.md': '"The real question is whether 410 is the last number," said Neo Kgosi, an analyst. "Every polisher in this country is looking at the same price charts."\n\nThe Botswana Mine Workers Union will challenge the cuts. Its general secretary, Tshepo Kgosi, called them "a betrayal".\n',
    };
    const { quotes, stderr } = check(sources, [
      'There is still no ice road to Marta Kovac in January, and the territory\'s highways department says crews will wait "until the ice is thick enough to hold the people doing the work."',
      'Huber went on: "If the coaches stop at the lake, my customers stop at the lake too."',
      'Hale promised to pay "for every kilogram delivered before the outage."',
      '"Every polisher in this country is looking at the same price charts," says the Mine Workers Union\'s general secretary.',
    ]);
    assert.deepStrictEqual(quotes.map((q) => q.status), ['verified', 'misattributed', 'misattributed', 'misattributed'], stderr);
    assert.deepStrictEqual(quotes.slice(1).map((q) => q.source?.speaker), ['Esther Wyss', 'Kingnait Seafoods', 'Neo Kgosi']);
  });
  it('thirty-first session: in a transcript, what a reporter says someone "told Radio Anse that …" is the reporter\'s paraphrase, asides and all', () => {
    const sources = {
      'runway.md': "NADINE ROSE: Good evening. Paul, what happened there?\n\nPAUL MERCER: The airport's director, Henri Dufay, told Radio Anse that the runway, at 650 metres one of the shortest in the region, had been inspected last month and that its surface was in good condition.\n\nPAUL MERCER: The airline says its crew followed every procedure.\n",
    };
    const { quotes, stderr } = check(sources, ['According to the airport\'s director, Henri Dufay, the runway "had been inspected last month".']);
    assert.deepStrictEqual(quotes.map((q) => q.status), ['not-a-direct-quote'], stderr);
  });

  it('thirty-second session: a town\'s corporation and what someone "wants" are speakers, "she" is no body, and a leading ellipsis that drops "not" is flagged', () => {
    const sources = {
      'swans.md': 'According to Marthe Claeys, who runs a canal-boat company, "the council changed its plans, and he did not change anything."\n\nThe City of Ghent said in a statement that he had been "a quiet guardian of the city\'s oldest promise".\n',
      'sky.md': 'The European Southern Observatory said in a statement that the study "confirms our own monitoring" and called for "lighting that points down and is switched off at night." Elena Anza, of the community council, said the plant "took the stars from our village".\n',
      'ferry.md': 'The Ministry of Transport said the contract contained "robust performance penalties". A government spokeswoman later told reporters that ministers were frustrated. "The islanders have been let down, and we will not pretend otherwise," she said.\n\nThe mayor, Ana Ruiz, spoke on Monday. "We will not close the school this year," Ruiz said.\n',
    };
    const files: Record<string, string> = {
      'draft.md':
        [
          'The City of Ghent concedes that "the council changed its plans, and he did not change anything".',
          'Elena Anza of the community council wants "lighting that points down and is switched off at night".',
          'A government spokeswoman said: "The islanders have been let down, and we will not pretend otherwise."',
          'Ruiz said: "... close the school this year."',
        ].join('\n\n') + '\n',
    };
    for (const [name, text] of Object.entries(sources)) files[`sources/${name}`] = text;
    const r = inTempFolder(files, (dir) => runCli(['check', 'draft.md', '--format', 'json'], { cwd: dir }));
    const out = JSON.parse(r.stdout).files[0] as { quotes: CheckedQuote[]; diagnostics: { code: string; range: { start: { line: number } } }[] };
    assert.deepStrictEqual(out.quotes.map((q) => q.status), ['misattributed', 'misattributed', 'verified', 'verified'], r.stderr);
    assert.strictEqual(out.quotes[0].source?.speaker, 'Marthe Claeys');
    assert.deepStrictEqual(out.diagnostics.filter((d) => d.code === 'ellipsis-changes-meaning').map((d) => d.range.start.line), [6]);
  });

  it('thirty-third session: "the elder Howlader", where the draft names only the son, is not accused for the father\'s words, and the ellipsis that drops his "not" is flagged', () => {
    const files: Record<string, string> = {
      'sources/yard.md':
        'The yard was founded in 1998 by Abdur Rahman Howlader. Tanvir Rahman Howlader, the founder\'s son and the yard\'s managing director, said the partner would bring customers.\n\n"We can weld as well as anybody," Howlader told a business wire.\n\nThe elder Howlader, 71, who will remain chairman, said he had turned down two offers.\n\n"I started this yard with a borrowed crane," he said. "I am not selling my yard. I am selling a window."\n',
      'draft.md': 'Managing director Tanvir Rahman Howlader was confident. "We can weld as well as anybody," he said.\n\n"I am ... selling my yard," the elder Howlader said.\n\n"I am selling a window," Tanvir Rahman Howlader said.\n',
    };
    const r = inTempFolder(files, (dir) => runCli(['check', 'draft.md', '--format', 'json'], { cwd: dir }));
    const out = JSON.parse(r.stdout).files[0] as { quotes: CheckedQuote[]; diagnostics: { code: string; range: { start: { line: number } } }[] };
    assert.deepStrictEqual(out.quotes.map((q) => q.status), ['verified', 'verified', 'misattributed'], r.stderr);
    assert.deepStrictEqual(out.diagnostics.filter((d) => d.code === 'ellipsis-changes-meaning').map((d) => d.range.start.line), [2]);
    assert.deepStrictEqual(out.diagnostics.filter((d) => d.code === 'misattributed-quote').map((d) => d.range.start.line), [4]);
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../support/corpora';
import { inTempFolder, runCli } from '../support/cli';

// `verbatim names` lists the name index so a user (or a script) can inspect and score it (issue #3's proof).
const names = (args: string[], cwd = ROOT) => runCli(['names', ...args], { cwd });

/** `verbatim names --sources sources` over a folder holding these files; it must succeed. */
function namesOfSources(files: Record<string, string>) {
  const r = inTempFolder(files, (dir) => names(['--sources', 'sources'], dir));
  assert.strictEqual(r.code, 0, r.stderr);
  return r;
}

interface ListedEntity {
  name: string;
  type: string;
  aliases: string[];
  roles: Array<{ text: string; source: string; date: string | null }>;
  mentions: Array<{ path: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }>;
}

/** `verbatim names --format json` over one wire article: its entities, a type lookup and a listing for messages. */
function wireNames(body: string, date: string) {
  const json = inTempFolder({ 'sources/wire.md': `---\ntitle: Wire\ndate: ${date}\n---\n\n${body}\n` }, (dir) => names(['--sources', 'sources', '--format', 'json'], dir));
  assert.strictEqual(json.code, 0, json.stderr);
  const { entities } = JSON.parse(json.stdout) as { entities: ListedEntity[] };
  return {
    entities,
    typeOf: (n: string) => entities.find((e) => e.name === n)?.type,
    listed: entities.map((e) => `${e.name} (${e.type})`).join(', '),
  };
}

describe('verbatim names (CLI)', () => {
  it('lists the bundled seeds\' people and organisations as JSON, with aliases, sourced roles and mentions that point at the text', () => {
    const r = names(['--format', 'json']);
    assert.strictEqual(r.code, 0, r.stderr);
    const { version, entities } = JSON.parse(r.stdout) as { version: number; entities: ListedEntity[] };
    assert.strictEqual(version, 1);
    const byName = (n: string) => {
      const e = entities.find((x) => x.name === n);
      assert.ok(e, `${n} not in ${entities.map((x) => x.name).join(', ')}`);
      return e!;
    };
    const lavrov = byName('Sergey Viktorovich Lavrov');
    assert.strictEqual(lavrov.type, 'person');
    assert.ok(lavrov.aliases.includes('Sergey Lavrov') && lavrov.aliases.includes('Lavrov'), lavrov.aliases.join(', '));
    const role = lavrov.roles.find((x) => x.text === 'Russian Foreign Minister');
    assert.ok(role, JSON.stringify(lavrov.roles));
    assert.match(role!.source, /^seeds\/.+\.txt$/);
    const osce = byName('Organization for Security and Co-operation in Europe');
    assert.strictEqual(osce.type, 'organization');
    assert.ok(osce.aliases.includes('OSCE'));
    // A title is not a name.
    assert.ok(!entities.some((e) => e.type === 'person' && /^Foreign Minister/.test(e.name)));
    // Every mention's range holds the text it reports, in the file it names (lines and UTF-16 characters).
    const files = new Map<string, string[]>();
    for (const e of [lavrov, osce, byName('Maria Zakharova')]) {
      assert.ok(e.mentions.length > 0, e.name);
      for (const m of e.mentions) {
        if (!files.has(m.path)) files.set(m.path, fs.readFileSync(path.join(ROOT, m.path), 'utf8').split('\n'));
        const lines = files.get(m.path)!;
        assert.strictEqual(m.range.start.line, m.range.end.line);
        assert.strictEqual(lines[m.range.start.line].slice(m.range.start.character, m.range.end.character), m.text, `${e.name} in ${m.path}`);
      }
    }
  });

  it('reads a sources folder given with --sources and prints one line per entity', () => {
    const election = [
      'Maricopa County Recorder Helen Purcell apologised for the long queues on Tuesday.',
      '',
      '“We will open more polling stations next time,” Purcell said.',
      '',
      'Vermonter Bernie Sanders won the county, said Rep. Beto O’Rourke.',
      '',
    ].join('\n');
    const r = namesOfSources({ 'sources/election.txt': election });
    const lines = r.stdout.trim().split('\n');
    const line = (n: string) => lines.find((l) => l.startsWith(`${n} (`));
    assert.match(line('Helen Purcell') ?? '', /^Helen Purcell \(person\) — aka Purcell — roles: Maricopa County Recorder — 2 mention\(s\) in 1 article\(s\)$/, r.stdout);
    assert.match(line('Bernie Sanders') ?? '', /\(person\)/, r.stdout);
    assert.match(line('Beto O’Rourke') ?? '', /\(person\)/, r.stdout);
    assert.ok(!lines.some((l) => /^(?:Vermonter|Maricopa County Recorder|Rep)\b/.test(l)), r.stdout);
    assert.match(r.stderr, /names in 1 source article/);
  });

  it('lists the rules found on GUM as a user sees them: footnote marks, rulers\' titles, publications, initials, "Mr.", shouting', () => {
    const article = [
      'He left three manuscripts and a letter. [22] Mathematician Hermann Weyl said the letter was remarkable.',
      '',
      'In 1661 he joined the army under Tsar Aleksei Mikhailovich.',
      '',
      'Troy Patterson of Slate Magazine tried it first. A spokesman told LA Weekly that the case was closed.',
      '',
      'The novel was written by J.K. Rowling in Edinburgh.',
      '',
      'Undersecretary for Education Mr. Toccafondi says the schools will raise their fees.',
      '',
      'The mayor wrote that the council was ‘LYING TO THE WHOLE TOWN.’',
      '',
    ].join('\n');
    const r = namesOfSources({ 'sources/notes.txt': article });
    const listed = r.stdout
      .trim()
      .split('\n')
      .map((l) => /^(.+?) \((\w+)\)/.exec(l)?.slice(1).join(' : '))
      .sort();
    assert.deepStrictEqual(listed, [
      'Aleksei Mikhailovich : person',
      'Edinburgh : place',
      'Hermann Weyl : person',
      'J.K. Rowling : person',
      'LA Weekly : organization',
      'Slate Magazine : organization',
      'Toccafondi : person',
      'Troy Patterson : person',
    ], r.stdout);
    assert.match(r.stdout, /^Aleksei Mikhailovich \(person\) — roles: Tsar — /m);
  });

  it('lists roles in the sources\' words for people, organisations and places, the most used first, all of them in JSON', () => {
    const art = (date: string, body: string) => `---\ntitle: Story of ${date}\ndate: ${date}\n---\n\n${body}\n`;
    const files = {
      'sources/a.md': art('2024-05-01', 'City mayor Rosa Vance opened the bridge. Leaders met in Niamey, Niger\'s capital, the same day.'),
      'sources/b.md': art('2024-05-02', 'City mayor Rosa Vance spoke again, news agency Interfax said.'),
      'sources/c.md': art('2024-05-03', 'Rosa Vance, a former teacher, cut the ribbon. Rosa Vance is a keen cyclist.'),
      'sources/d.md': art('2024-05-04', 'Rosa Vance, who served as the chair of the council, retired. Her successor, Rosa Vance, said so. The widow of a mayor, Rosa Vance, smiled.'),
    };
    const text = namesOfSources(files).stdout;
    const vance = text.split('\n').find((l) => l.startsWith('Rosa Vance ('));
    assert.ok(vance, text);
    // "City mayor" (two articles) first; five wordings, then how many more.
    assert.match(vance!, /roles: City mayor; (?:[^;]+; ){3}[^;]+ \(\+\d+ more\) — /, vance);
    const json = inTempFolder(files, (dir) => names(['--sources', 'sources', '--format', 'json'], dir));
    const { entities } = JSON.parse(json.stdout) as { entities: ListedEntity[] };
    const roleTexts = (n: string) => entities.find((e) => e.name === n)?.roles.map((r) => r.text) ?? [];
    assert.ok(roleTexts('Rosa Vance').length >= 6, JSON.stringify(roleTexts('Rosa Vance')));
    assert.ok(roleTexts('Rosa Vance').includes('former teacher'));
    assert.deepStrictEqual(roleTexts('Interfax'), ['news agency']);
    assert.deepStrictEqual(entities.find((e) => e.name === 'Niamey')?.roles, [{ text: "Niger's capital", source: 'sources/a.md', date: '2024-05-01' }]);
  });
  it('lists the names of wire copy from many countries as a user would read them (fifteenth session\'s rules, through the CLI)', () => {
    const body = [
      'ABUJA — The Central Bank of Nigeria held its rate on Tuesday. Lenders such as Zenith Bank and Access Bank had already raised theirs.',
      '',
      'Natalia Hoyos of the Pontificia Universidad Católica de Valparaíso, known locally as the Católica, said the result was clear.',
      '',
      'The company\'s lawyer, Pieter Jansen of the Amsterdam firm Kuipers & Stam, argued the case. Police in Kiên Giang said they had summoned the director.',
      '',
      'Gareth Alun Pryce, 58, of Tenterden, admitted fraud. Police Constable Laura Finch told the court she had found receipts.',
    ].join('\n');
    const { entities, typeOf, listed } = wireNames(body, '2025-04-15');
    for (const org of ['Central Bank of Nigeria', 'Zenith Bank', 'Access Bank', 'Pontificia Universidad Católica de Valparaíso', 'Kuipers & Stam']) assert.strictEqual(typeOf(org), 'organization', `${org}: ${listed}`);
    for (const place of ['Tenterden', 'Kiên Giang']) assert.strictEqual(typeOf(place), 'place', `${place}: ${listed}`);
    for (const person of ['Natalia Hoyos', 'Pieter Jansen', 'Gareth Alun Pryce', 'Laura Finch']) assert.strictEqual(typeOf(person), 'person', `${person}: ${listed}`);
    assert.ok(!entities.some((e) => e.type === 'person' && /Constable|Católica|Stam/.test(e.name)), listed);
    assert.ok(entities.find((e) => e.name === 'Laura Finch')?.roles.some((r) => /Constable/.test(r.text)), listed);
  });

  it('lists names in other languages\' forms as a user would read them (eighteenth and nineteenth sessions\' rules, through the CLI)', () => {
    const body = [
      'Rodrigo Ancapán, director of the Valdivia-based Fundación Mar Interior, said staff at plants in Puerto Montt, Calbuco and Quellón would strike. The Norwegian fish farmer Havbruk Nordvest ASA holds a stake; the Czech builder Metrostav is a partner.',
      '',
      'Its owner, Bračka Plovidba d.o.o., was fined. Workers at Kafue Ridge Copper plc struck. The company\'s office is on Pärnu maantee.',
      '',
      'The match ended 1-1 after Raja defender Yassine Ait Bouhou headed in a corner. Kipras Lenkauskas, who plays for Valencia Basket, said "Mzee Makoye taught us." Warming in the Cordillera Blanca was fast.',
    ].join('\n');
    const { entities, typeOf, listed } = wireNames(body, '2026-04-15');
    for (const org of ['Fundación Mar Interior', 'Havbruk Nordvest ASA', 'Metrostav', 'Bračka Plovidba d.o.o.', 'Kafue Ridge Copper plc', 'Raja', 'Valencia Basket']) assert.strictEqual(typeOf(org), 'organization', `${org}: ${listed}`);
    for (const place of ['Puerto Montt', 'Calbuco', 'Quellón', 'Pärnu maantee', 'Cordillera Blanca']) assert.strictEqual(typeOf(place), 'place', `${place}: ${listed}`);
    for (const person of ['Rodrigo Ancapán', 'Yassine Ait Bouhou', 'Kipras Lenkauskas']) assert.strictEqual(typeOf(person), 'person', `${person}: ${listed}`);
    assert.ok(!entities.some((e) => /^(?:Mar Interior|Kafue Ridge Copper|Bračka Plovidba)$/.test(e.name)), listed);
  });
  it('lists bodies, sides and venues named in their own languages (twentieth session\'s rules, through the CLI)', () => {
    const body = [
      'The Ministry of Culture, Gender, Entertainment and Sport named the team. The Commission de la Concurrence et de la Protection du Consommateur approved the deal.',
      '',
      "Cortez turned past Emelec's Argentine centre-back Franco Ibarguren at the Estadio George Capwell. A former clerk at the Mchinji depot, Lusungu Kaunda, testified. She told Radio Free Europe/Radio Liberty (RFE/RL) so.",
      '',
      'Foto: Tatoli/Tomás Leki Pires',
    ].join('\n');
    const { entities, typeOf, listed } = wireNames(body, '2030-04-15');
    for (const org of ['Ministry of Culture, Gender, Entertainment and Sport', 'Commission de la Concurrence et de la Protection du Consommateur', 'Emelec', 'Radio Free Europe/Radio Liberty', 'Tatoli']) assert.strictEqual(typeOf(org), 'organization', `${org}: ${listed}`);
    assert.strictEqual(typeOf('Estadio George Capwell'), 'place', listed);
    for (const person of ['Franco Ibarguren', 'Lusungu Kaunda', 'Tomás Leki Pires']) assert.strictEqual(typeOf(person), 'person', `${person}: ${listed}`);
    assert.ok(!entities.some((e) => /^(?:Sport|Radio Liberty|RL|RFE)$/.test(e.name)), listed);
  });

  it('lists towns and divisions that no cue names as places, by the GeoNames gazetteer, and bodies by their kind\'s word in other languages (twenty-first session, through the CLI)', () => {
    const body = 'The final was shown on screens, and Honiara celebrated. The ship sailed for Umm Qasr with grain. Boyacá produced the winner. Santos Dumont reported a record harvest. Adviser John Bolton resigned; Bolton called it his choice. The Xunta de Galicia approved the sale and Fondation Zinsou lent the banners.';
    const { entities, typeOf, listed } = wireNames(body, '2031-02-10');
    for (const place of ['Honiara', 'Umm Qasr', 'Boyacá', 'Santos Dumont']) assert.strictEqual(typeOf(place), 'place', `${place}: ${listed}`);
    assert.strictEqual(typeOf('John Bolton'), 'person', listed);
    for (const org of ['Xunta de Galicia', 'Fondation Zinsou']) assert.strictEqual(typeOf(org), 'organization', `${org}: ${listed}`);
    assert.ok(!entities.some((e) => e.name === 'Bolton'), listed);
  });
  it('reads towns with their small words, streets in other languages, clubs\' plurals, states that are no more, two-word peoples, "Counsel" and a desk in a byline (twenty-second session, through the CLI)', () => {
    const body = 'By Nadia Coopen, Business Desk\n\nShops in Andorra la Vella and on Avinguda Meritxell closed, and farmers in Rio Grande do Sul complained. He left the Soviet Union in 1972. Cardenales de Lara beat the Matabeleland Tuskers. The Costa Rican Andrés Quesada scored twice. State Counsel Ibrahim Conteh told the court that the scheme was found in May.';
    const { entities, typeOf, listed } = wireNames(body, '2031-03-10');
    for (const place of ['Andorra la Vella', 'Avinguda Meritxell', 'Rio Grande do Sul', 'Soviet Union']) assert.strictEqual(typeOf(place), 'place', `${place}: ${listed}`);
    for (const org of ['Cardenales de Lara', 'Matabeleland Tuskers']) assert.strictEqual(typeOf(org), 'organization', `${org}: ${listed}`);
    for (const person of ['Andrés Quesada', 'Ibrahim Conteh']) assert.strictEqual(typeOf(person), 'person', `${person}: ${listed}`);
    for (const notName of ['Business Desk', 'Costa Rican Andrés Quesada', 'la Vella', 'Rio Grande', 'State Counsel Ibrahim Conteh']) assert.ok(!entities.some((e) => e.name === notName), `${notName}: ${listed}`);
  });
  it('reads legal forms after a comma, Burmese honorifics, surnames by their ending, credits, markets and pagodas, compounds of a body\'s word, GeoNames towns with an ʻokina, and broadcasters and grounds (twenty-third session, through the CLI)', () => {
    const body = [
      'The issue is underwritten by Banco Mussulo de Investimento, SA, and Kianda Capital, Lda in Luanda. Locomotives will come from Xiangjiang Rolling Stock Co., Ltd. of Zhuzhou.',
      'He was the son of U Ba Thit and Daw Mya Khin, and played near the Zegyo Market and the Mahamuni Pagoda. Myanmar Radio and Television aired his last show.',
      'Nodira Khudoiberdieva runs the programme. The Zürcher Kantonalbank froze the accounts. Hundreds watched on the Nuku\'alofa waterfront and at the Teufaiva Sport Stadium.',
      'Transcribed by Shernelle Mathurin.',
    ].join('\n\n');
    const { entities, typeOf, listed } = wireNames(body, '2033-01-10');
    for (const org of ['Banco Mussulo de Investimento, SA', 'Kianda Capital, Lda', 'Xiangjiang Rolling Stock Co., Ltd.', 'Myanmar Radio and Television', 'Zürcher Kantonalbank']) assert.strictEqual(typeOf(org), 'organization', `${org}: ${listed}`);
    for (const person of ['Ba Thit', 'Mya Khin', 'Nodira Khudoiberdieva', 'Shernelle Mathurin']) assert.strictEqual(typeOf(person), 'person', `${person}: ${listed}`);
    for (const place of ['Zhuzhou', 'Zegyo Market', 'Mahamuni Pagoda', "Nuku'alofa", 'Teufaiva Sport Stadium']) assert.strictEqual(typeOf(place), 'place', `${place}: ${listed}`);
    for (const notName of ['Lda', 'U Ba Thit', 'Daw Mya Khin', 'Myanmar Radio', 'Xiangjiang Rolling Stock Co., Ltd. of Zhuzhou']) assert.ok(!entities.some((e) => e.name === notName), `${notName}: ${listed}`);
  });
  it('keeps courtesies of other languages out of names, reads Malay fathers\' names, legal forms, places by their kind abroad, structures named after titled people, hospitals and municipalities, bylines and four-word names (twenty-fourth session, through the CLI)', () => {
    const body = [
      'Club president Don Ricardo Alfaro Menjívar promised a roof. "Nobody asked us," said Make Thembisile Nxumalo, 58. Yang Berhormat Norliza binti Haji Jumat opened the centre.',
      'Combustibles del Estrecho S.L. and Creekside Shipbroking DMCC advised on the sale. Workers at Kuala Langat Plantations Berhad struck. The Ministry of Public Works, Transport and Communications, known by its French initials as MTPTC, sent engineers.',
      'The boats left Pulau Selirong at dawn. Protesters marched to the Queen Juliana Bridge and patients were moved to the Kenema Government Hospital. Adıyaman Municipality rebuilt the market.',
      'Referee Samir Lahlou took the players off the pitch. Pieter-Jan van der Kolk is a polite man.',
    ].join('\n\n');
    const { entities, typeOf, listed } = wireNames('By Prince D. Wleh, Margibi County Correspondent\n\n' + body, '2034-01-10');
    for (const person of ['Ricardo Alfaro Menjívar', 'Thembisile Nxumalo', 'Norliza binti Haji Jumat', 'Samir Lahlou', 'Pieter-Jan van der Kolk', 'Prince D. Wleh']) assert.strictEqual(typeOf(person), 'person', `${person}: ${listed}`);
    for (const org of ['Combustibles del Estrecho S.L.', 'Creekside Shipbroking DMCC', 'Kuala Langat Plantations Berhad', 'Adıyaman Municipality']) assert.strictEqual(typeOf(org), 'organization', `${org}: ${listed}`);
    for (const place of ['Pulau Selirong', 'Queen Juliana Bridge', 'Kenema Government Hospital', 'Margibi County']) assert.strictEqual(typeOf(place), 'place', `${place}: ${listed}`);
    assert.ok(entities.some((e) => e.name === 'Ministry of Public Works, Transport and Communications' && e.aliases.includes('MTPTC')), listed);
    for (const notName of ['Don Ricardo Alfaro Menjívar', 'Make Thembisile Nxumalo', 'Jumat', 'Juliana Bridge', 'Margibi County Correspondent', 'D. Wleh', 'Referee Samir Lahlou']) assert.ok(!entities.some((e) => e.name === notName), `${notName}: ${listed}`);
  });

  it('reads clubs by their initials and line-ups, Italian legal forms, datelines with a date, a town before a lawyer, "Emir" as a given name, languages and venues short (twenty-fifth session, through the CLI)', () => {
    const body = [
      'Glody Kabongo scored twice as FC Saint-Éloi Lupopo beat TP Mazembe on Sunday, with two goals from Kemar Pemberton for Bath United.',
      'Village Superstars: Rhodes; Phipps, Hendrickson, Claxton, Woodley; Maynard, Sutton (Caines 109), Mitcham; Liddie, Dore, Pinney.',
      'The contract went to Varco Tecnologie S.r.l. and the money through Studio Orione S.a.s., while Kessler Zutritt GmbH of Stuttgart and Accesos Ibéricos S.A. of Valencia complained. The court appointed Oranjestad lawyer Marisol Dijkhoff-Lacle. Emir Hadžić said the divers trained for years. "We will rebuild," Rose-Mitha Pierre said in Creole. Patients went to the Hôpital Pierre Zobda-Quitman.',
    ].join('\n\n');
    const { entities, typeOf, listed } = wireNames('ORANJESTAD, March 9 (Reuters) - ' + body, '2035-03-09');
    for (const person of ['Glody Kabongo', 'Kemar Pemberton', 'Claxton', 'Mitcham', 'Marisol Dijkhoff-Lacle', 'Emir Hadžić', 'Rose-Mitha Pierre']) assert.ok(entities.some((e) => e.name === person && e.type === 'person'), `${person}: ${listed}`);
    for (const org of ['FC Saint-Éloi Lupopo', 'TP Mazembe', 'Bath United', 'Village Superstars', 'Varco Tecnologie S.r.l.', 'Studio Orione S.a.s.', 'Accesos Ibéricos S.A.']) assert.strictEqual(typeOf(org), 'organization', `${org}: ${listed}`);
    for (const place of ['Oranjestad', 'Stuttgart', 'Hôpital Pierre Zobda-Quitman']) assert.strictEqual(typeOf(place), 'place', `${place}: ${listed}`);
    // (The dateline in capitals is the same town, shown as the sentences write it since session 30.)
    assert.ok(entities.find((e) => e.name === 'Oranjestad')?.aliases.includes('ORANJESTAD'), listed);
    for (const notName of ['FC', 'Saint-Éloi Lupopo', 'Creole', 'Hadžić']) assert.ok(!entities.some((e) => e.name === notName), `${notName}: ${listed}`);
  });

  it('reads towns beside features named after them, three-word players, clubs by their play and initials, streets named after titled people, places named after a date, foreign titles and particles, and bodies by their appositives (twenty-sixth session, through the CLI)', () => {
    const body = [
      'Hafia FC beat Horoya Athletic Club 2-1 at the Stade du 28 Septembre, and the night belonged to Hafia. Asante-Boyd, the striker on loan from Motherwell, scored from Eden Hazard\'s assist; a former Derry City midfielder watched.',
      'Cliftonville: Carlin; Ó Ceallaigh, McCann (Rooney 97), Gormley, Breen; Hegarty, Donnelly, Mac Giolla Bhríde; Mallon (Curran 76), Asante-Boyd, Fitzpatrick.',
      'He was buried in the cemetery of Masaya, below the crater of the Masaya Volcano. Fans danced along the Autoroute Fidel Castro and down Chaussée Prince Louis Rwagasore. The judge, Mag. Ulrike Edlinger, and the club president, El Hadj Mamadou Aliou Bah, spoke. Larne captain Jamie ‘Dixie’ Dickson fell. She said the Lagting, the islands\' parliament, would debate it. In the souq, Fatima Said has sold resin for thirty years.',
    ].join('\n\n');
    const { entities, typeOf, listed } = wireNames('CONAKRY, April 17 (Reuters) - ' + body, '2035-04-17');
    for (const person of ['Mac Giolla Bhríde', 'Carlin', 'Eden Hazard', 'Ulrike Edlinger', 'Mamadou Aliou Bah', 'Fatima Said']) assert.ok(entities.some((e) => e.name === person && e.type === 'person'), `${person}: ${listed}`);
    for (const org of ['Hafia FC', 'Derry City', 'Lagting']) assert.strictEqual(typeOf(org), 'organization', `${org}: ${listed}`);
    for (const place of ['Masaya', 'Masaya Volcano', 'Stade du 28 Septembre', 'Autoroute Fidel Castro', 'Chaussée Prince Louis Rwagasore']) assert.strictEqual(typeOf(place), 'place', `${place}: ${listed}`);
    assert.ok(entities.some((e) => e.type === 'organization' && e.name === 'Hafia FC' && e.aliases.includes('Hafia')) || typeOf('Hafia') === 'organization', `Hafia: ${listed}`);
    for (const notName of ['Mag', 'Louis Rwagasore', 'Fidel Castro', 'Jamie', 'El Hadj Mamadou Aliou Bah']) assert.ok(!entities.some((e) => e.name === notName), `${notName}: ${listed}`);
  });

  it('reads people by an age after "made by", offices keeping their first word at a sentence\'s start, line-ups with initials, towns in match results as clubs, founders after a body\'s noun, members\' titles, credits and landforms (twenty-seventh session, through the CLI)', () => {
    const body = [
      'The fisheries minister phoned on Sunday. Fisheries Minister Paul Alivaq spoke to reporters. The bow that split was made by Ap Wangchuk, 70, a bow maker in Paro.',
      'Elsewhere, Rimini drew 1-1 with Tolentino and Pontedera lost 2-0 at home to Campobasso. The lease goes to Tickle Ice Inc., the company Corey Osmond started in 2031. Lewisporte-Twillingate MHA Clayton Rowsell said he was glad. The boat was refitted in Joe Batt\'s Arm, on Fogo Island.',
      'Olbia: Porta; Sechi, F. Sanna, Cocco, Manca; Lai (Sotgiu 64), Frau, Sias (Ruiu 80); Mastino, Kouamé, Bellu (Dessì 58).',
      'With files from Jerome Hiscock in Gander.',
    ].join('\n\n');
    const { entities, typeOf, listed } = wireNames('ROME, October 14 (Reuters) - ' + body, '2035-10-14');
    for (const person of ['Ap Wangchuk', 'Corey Osmond', 'Clayton Rowsell', 'Jerome Hiscock', 'Sechi', 'Cocco', 'Sotgiu', 'Dessì']) assert.strictEqual(typeOf(person), 'person', `${person}: ${listed}`);
    for (const org of ['Rimini', 'Pontedera', 'Campobasso']) assert.strictEqual(typeOf(org), 'organization', `${org}: ${listed}`);
    assert.strictEqual(typeOf("Joe Batt's Arm"), 'place', listed);
    assert.ok(entities.some((e) => e.name === 'Paul Alivaq' && e.roles.some((r) => r.text === 'Fisheries Minister')), listed);
    assert.ok(entities.some((e) => e.name === 'Clayton Rowsell' && e.roles.some((r) => r.text === 'Lewisporte-Twillingate MHA')), listed);
  });

  it('reads French courts and services whole, legal forms with their letters and stops, clubs\' "SC", bylines, "Maître", hospitals named after titled people and more territories (twenty-seventh session, later rules, through the CLI)', () => {
    const body = [
      'The Tribunal judiciaire de Cayenne and the Gendarmerie nationale acted. Maître Arsène Pambou-Tchicaya said miners work in French Guiana.',
      'Talleres Zubialde S.A.L. will cut jobs. Orchid Merchant Capital Pte Ltd, the adviser, agreed. Levada Walks Madeira Lda., a hiking firm, did not. Duhok host Erbil SC next week.',
      'De Freitas died at the Hospital Dr. Nélio Mendonça in Funchal. Somaliland halted loading at Berbera, the Horn of Africa\'s busiest port.',
      'By Shilan Dilshad',
      'The rest of the report followed.',
    ].join('\n\n');
    const { entities, typeOf, listed } = wireNames(body, '2035-11-03');
    for (const org of ['Tribunal judiciaire de Cayenne', 'Gendarmerie nationale', 'Talleres Zubialde S.A.L.', 'Orchid Merchant Capital Pte Ltd', 'Levada Walks Madeira Lda.', 'Erbil SC']) assert.strictEqual(typeOf(org), 'organization', `${org}: ${listed}`);
    for (const person of ['Arsène Pambou-Tchicaya', 'Shilan Dilshad']) assert.strictEqual(typeOf(person), 'person', `${person}: ${listed}`);
    for (const place of ['French Guiana', 'Hospital Dr. Nélio Mendonça', 'Somaliland', 'Horn of Africa']) assert.strictEqual(typeOf(place), 'place', `${place}: ${listed}`);
    for (const notName of ['Tribunal', 'Pte Ltd', 'Nélio Mendonça']) assert.ok(!entities.some((e) => e.name === notName), `${notName}: ${listed}`);
  });

  it('reads Sark\'s titles, companies by their trade, units of bodies, results lines, research centres, streets and "The Hague" (twenty-eighth session, through the CLI)', () => {
    const body = [
      'Conseiller Peter Guille, who led the opposition, said no. Chief Pleas voted 11-6. The plant will be built by Sahara Sun Energy of Benghazi under a World Bank-financed plan.',
      'The case was brought by the Financial Crimes Unit of the Royal Turks and Caicos Islands Police Force. It was heard by Superior Court Associate Judge Teresita Manglona Cepeda in the court near Front Street, and the minister spoke in The Hague.',
      'The Water Resources Research Center said two villages between Bor and Jalle flooded.',
      'Jabal Al-Mukaber 1 Hilal Al-Quds 1; Thaqafi Tulkarem 3 Wadi Al-Nes 0.',
    ].join('\n\n');
    const { entities, typeOf, listed } = wireNames(body, '2036-05-17');
    for (const org of ['Chief Pleas', 'Sahara Sun Energy', 'World Bank', 'Financial Crimes Unit', 'Royal Turks and Caicos Islands Police Force', 'Superior Court', 'Water Resources Research Center', 'Hilal Al-Quds', 'Thaqafi Tulkarem', 'Wadi Al-Nes']) assert.strictEqual(typeOf(org), 'organization', `${org}: ${listed}`);
    for (const place of ['Benghazi', 'Front Street', 'Hague', 'Jalle']) assert.strictEqual(typeOf(place), 'place', `${place}: ${listed}`);
    assert.ok(entities.some((e) => e.name === 'Peter Guille' && e.roles.some((r) => r.text === 'Conseiller')), listed);
    assert.ok(entities.some((e) => e.name === 'Teresita Manglona Cepeda' && e.roles.some((r) => r.text === 'Associate Judge')), listed);
  });
  it('reads a given name before a town\'s name as a person, keeps "Haji" inside a name after a given name, lists a quoted nickname within its person, and reads Romance bodies\' names in lower case (twenty-ninth session, through the CLI)', () => {
    const body = [
      'Roberto Mendoza, who has taught for 27 years, disagreed. "I am not retiring," Mendoza told the Post.',
      'Mwanaisha Haji Ali, who chairs the cooperative, led the walkout. Her sister, Mwanahawa Haji Ali, farms the next plot.',
      'Steersman Kainoa "Shark" Akana won the race.',
      'Its accounts were filed with the Autorité des marchés financiers because of a bond issue, and the Sécurité civile flew water bombers.',
      'Minister of Industry, Trade and Supply Yousef al-Shdeifat spoke. The Otoritas Jasa Keuangan must approve. To Tamils in Chennai he was a hero.',
    ].join('\n\n');
    const { entities, typeOf, listed } = wireNames(body, '2038-06-15');
    for (const person of ['Roberto Mendoza', 'Mwanaisha Haji Ali', 'Mwanahawa Haji Ali', 'Kainoa "Shark" Akana']) assert.strictEqual(typeOf(person), 'person', `${person}: ${listed}`);
    assert.ok(!entities.some((e) => e.name === 'Ali' || e.name === 'Mendoza'), listed);
    for (const body of ['Autorité des marchés financiers', 'Sécurité civile', 'Otoritas Jasa Keuangan']) assert.strictEqual(typeOf(body), 'organization', `${body}: ${listed}`);
    assert.strictEqual(typeOf('Yousef al-Shdeifat'), 'person', listed);
    assert.ok(!entities.some((e) => e.name === 'Tamils' || e.name === 'Supply Yousef al-Shdeifat'), listed);
  });
  it('reads titles (Cr, Aunty, Sepoy), a weekday\'s island from a dateline in capitals, section labels, a sentence dense with bodies, a title\'s island, a body\'s initials before its designation and companies by their trade (thirtieth session, through the CLI)', () => {
    const body = [
      'SPORT | ICE HOCKEY',
      'THURSDAY ISLAND: Cr Lillian Ah Mat moved the motion. Aunty Grace Doolah spoke against it, and Sepoy Mohammad Ashraf watched. Families on Thursday Island will use Straitline Ferries.',
      'The study was funded by the University of Botswana, the Dutch Research Council and the Okavango Delta Trust.',
      "Hippos were seen near Chief's Island, in a UNESCO World Heritage Site.",
    ].join('\n\n');
    const { entities, typeOf, listed } = wireNames(body, '2040-01-15');
    for (const person of ['Lillian Ah Mat', 'Grace Doolah', 'Mohammad Ashraf']) assert.strictEqual(typeOf(person), 'person', `${person}: ${listed}`);
    for (const place of ['Thursday Island', "Chief's Island"]) assert.strictEqual(typeOf(place), 'place', `${place}: ${listed}`);
    for (const body of ['University of Botswana', 'Dutch Research Council', 'Okavango Delta Trust', 'UNESCO', 'Straitline Ferries']) assert.strictEqual(typeOf(body), 'organization', `${body}: ${listed}`);
    assert.ok(!entities.some((e) => ['SPORT', 'ICE HOCKEY', 'ISLAND', 'THURSDAY ISLAND', 'Island', 'Cr Lillian Ah Mat', 'UNESCO World Heritage Site'].includes(e.name)), listed);
  });
  it('reads a line-up\'s particles and bench, a wire\'s "Co", territories and cays, a body before "the foundation that", a scientist\'s workplace, a unit of a body, a site by its kind, Persian titles, a call sign and a patronymic address (thirty-first session, through the CLI)', () => {
    const body = [
      'RIYADH, Feb 9 (Reuters) - Fayfa Coffee Co said on Monday it would list. Born on Mayotte, the striker dived off Bonaire and the Tobago Cays. STINAPA, the foundation that manages the park, agreed.',
      '"They are not," said Dr Sanne Verheul-Martis, a marine ecologist at Wageningen Marine Research. The Melnikov institute is part of the Siberian Branch of the Russian Academy of Sciences. Her father kept the Albarnaz lighthouse.',
      'Villagers addressed him as Haj Abbas. It was announced on KVZK-TV. "Aitalina Nikolaevna told us to keep away," said a herder. The study was led by Aitalina Sivtseva, a geocryologist.',
      '"We were ahead at the break," said Teitur á Fløtum.',
      'HB Tórshavn (4-4-2): Nolsøe; Hansen, Poulsen, Sørensen-Bech, Weihe; Brøndum-Holst, Dam (Olsen 95), á Fløtum, Justinussen; Rasmussen (Kvívík 80), Mouritsen.',
      'Subs not used: Ah-Hot, Boyer, Fontaine.',
      'Elsewhere, CI Kamsar beat Loubha FC of Kindia 2-0, and Chipata were held 1-1 by Mansa Lions. His company Luangwa Valley Ginners paid the wages.',
      'She told Canal 4 and OK FM she was happy, and the final was shown on Réunion La 1ère. Fishermen at King\'s Wharf in Notre Dame Bay heard it.',
      'Venerable Ashin Nyanika led the prayers. She trained at the Escola do Magistério Primário. The Cultural Heritage, Handicrafts and Tourism Organization listed the qanats.',
    ].join('\n\n');
    const { entities, typeOf, listed } = wireNames(body, '2041-02-09');
    for (const person of ['Teitur á Fløtum', 'Nolsøe', 'Mouritsen', 'Boyer', 'Aitalina Sivtseva']) assert.strictEqual(typeOf(person), 'person', `${person}: ${listed}`);
    for (const place of ["King's Wharf", 'Notre Dame Bay', 'Mayotte', 'Bonaire', 'Tobago Cays', 'Albarnaz']) assert.strictEqual(typeOf(place), 'place', `${place}: ${listed}`);
    assert.strictEqual(typeOf('Ashin Nyanika'), 'person', listed);
    for (const body of ['Canal 4', 'OK FM', 'Réunion La 1ère', 'Escola do Magistério Primário', 'Cultural Heritage, Handicrafts and Tourism Organization', 'CI Kamsar', 'Mansa Lions', 'Luangwa Valley Ginners', 'Fayfa Coffee Co', 'STINAPA', 'Wageningen Marine Research', 'Siberian Branch', 'Russian Academy of Sciences', 'KVZK-TV']) assert.strictEqual(typeOf(body), 'organization', `${body}: ${listed}`);
    assert.ok(entities.find((e) => e.name === 'Aitalina Sivtseva')?.aliases.includes('Aitalina Nikolaevna'), listed);
    assert.ok(!entities.some((e) => ['Feb', 'Haj Abbas', 'á Fløtum', 'Aitalina Nikolaevna'].includes(e.name)), listed);
  });

  it('reads a town\'s corporation, titles "Rev", "Induna" and "Reeve", bodies whose initials spell "in" a place, possessives inside bodies, Polish clubs and papers, trades last, national bodies, ranges and chambers (thirty-second session, through the CLI)', () => {
    const body = [
      'The City of Bruges said in a statement that he would be missed. The funeral was conducted by the Rev Eliakimu Mushi of the Evangelical Lutheran Church in Tanzania (ELCT).',
      'Induna Jabulani Gumede of the Mpukunyoni Traditional Council said the land was theirs. Reeve Dale Olauson of the Rural Municipality of Canwood said the case was sad.',
      "Justice Helen Kowalchuk of the Court of King's Bench jailed him. Edivaldo Campos, president of the Porto Jofre Boatmen’s Association, said yes.",
      'Unia Leszno edged Falubaz, who had knocked out Stal Gorzów, and Przegląd Sportowy called it the final of the decade. The 24-year-old Dane, who rode with a plate in his wrist, won.',
      'His loan went into arrears, and Farm Credit Canada turned down his grandson: the farm had no credit left. Nomura Securities is advising the buyer. Rain fell on the King Leopold Ranges.',
      "Ivete Arruda (no relation), president of the Poconé Rural Union, said jaguars came for calves. Counsel from Brimstone Chambers argued the point at the Attorney General's Chambers.",
    ].join('\n\n');
    const { entities, typeOf, listed } = wireNames(body, '2042-02-09');
    for (const person of ['Eliakimu Mushi', 'Jabulani Gumede', 'Dale Olauson', 'Ivete Arruda']) assert.strictEqual(typeOf(person), 'person', `${person}: ${listed}`);
    for (const place of ['King Leopold Ranges']) assert.strictEqual(typeOf(place), 'place', `${place}: ${listed}`);
    for (const org of ['City of Bruges', 'Evangelical Lutheran Church in Tanzania', "Court of King's Bench", 'Porto Jofre Boatmen’s Association', 'Unia Leszno', 'Stal Gorzów', 'Przegląd Sportowy', 'Farm Credit Canada', 'Nomura Securities', 'Brimstone Chambers', "Attorney General's Chambers"]) assert.strictEqual(typeOf(org), 'organization', `${org}: ${listed}`);
    assert.ok(!entities.some((e) => ['Dane', 'Rev Eliakimu Mushi', 'Reeve Dale Olauson', 'Court of King', 'Jofre Boatmen'].includes(e.name)), listed);
  });

  it('joins patronymic particles and nicknames to their people, reads numbered roads, research stations, "Daily" papers, holders\' offices and national bodies, and leaves competitions and transcript jobs out (thirty-third session, through the CLI)', () => {
    const body = [
      'Judge Nazim Sabir oglu Talibli of the Sheki Grave Crimes Court jailed him. The Liberal Democrat group leader, Cllr Dafydd ap Rhisiart, said the cabinet was wrong.',
      'Abdirashid Yusuf Hirsi, a trader known in Burao as Abdirashid Dheere, said his company would pay. Second place went to Tricia Ballantyne (Queen Trish) of Barrouallie.',
      "Trucks on Route 173 were stuck. Scientists at the Marine Science Station (MSS) said the corals were white. She told the Barrier Daily Truth in 2014 that it was fine.",
      "The Kaohsiung District Prosecutors' Office had sought eight years. The natural resources of the coast are many. Natural Resources Wales, which must approve any work, said it had no objection.",
      'In Oslo, Torunn Elvebakk of the opposition Conservative Party said no. He plays his club cricket in the Dhaka Premier League (DPL).',
      'ROWENA BUENAFE (ANCHOR): Good morning!',
    ].join('\n\n');
    const { entities, typeOf, listed } = wireNames(body, '2044-02-09');
    for (const person of ['Nazim Sabir oglu Talibli', 'Dafydd ap Rhisiart', 'Abdirashid Yusuf Hirsi', 'Tricia Ballantyne', 'Torunn Elvebakk']) assert.strictEqual(typeOf(person), 'person', `${person}: ${listed}`);
    for (const place of ['Route 173']) assert.strictEqual(typeOf(place), 'place', `${place}: ${listed}`);
    for (const org of ['Sheki Grave Crimes Court', 'Marine Science Station', 'Barrier Daily Truth', "Kaohsiung District Prosecutors' Office", 'Natural Resources Wales']) assert.strictEqual(typeOf(org), 'organization', `${org}: ${listed}`);
    assert.ok(entities.find((e) => e.name === 'Abdirashid Yusuf Hirsi')?.aliases.includes('Abdirashid Dheere'), listed);
    assert.ok(!entities.some((e) => ['Nazim Sabir', 'Dafydd', 'Abdirashid Dheere', 'Trish', 'Kaohsiung District Prosecutors', 'Resources Wales', 'Dhaka Premier League', 'DPL', 'ANCHOR'].includes(e.name)), listed);
  });
});

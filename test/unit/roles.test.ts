import * as assert from 'assert';
import { parseArticle } from '../../server/src/engine/article';
import { Corpus } from '../../server/src/engine/corpus';
import { buildNameIndex, NameIndex } from '../../server/src/engine/names';
import { rolesByUse } from '../../server/src/engine/roles';

// Invented news copy for the role patterns of roles.ts: what an article calls a person, an organisation or a place
// beside its name (issue #3: "roles and titles as the sources give them"). A filler article gives the corpus its
// common words, as in names.test.ts.
const FILLER = [
  'The council met on Monday and the mayor said the budget was late. A spokesman said the plan would be ready soon.',
  'Officials said the storm had passed and the roads were open again, and the police thanked the public for their patience.',
  'Critics said the report was behind the times. The company faces a fine and the union backed the deal.',
].join('\n\n');

function index(...texts: string[]): NameIndex {
  return buildNameIndex(new Corpus([FILLER, ...texts].map((t, i) => parseArticle(`/tmp/roles-unit/a${i}.md`, t))));
}

/** The roles of the entity known by this form, as the text gives them. */
function rolesOf(names: NameIndex, form: string): string[] {
  const es = names.find(form);
  assert.ok(es.length, `no entity "${form}"`);
  return es[0].roles.map((r) => r.text);
}

describe('roles beside a name (roles.ts)', () => {
  it('reads a role in lower case right before a name, with what qualifies it', () => {
    const n = index(
      'English drummer Ginger Baker died on Sunday. Earlier he had met bassist Jack Bruce in London. ' +
        "Indonesia's security minister Wiranto was stabbed. Republican state representative Terri Collins sponsored the bill.",
    );
    assert.deepStrictEqual(rolesOf(n, 'Ginger Baker'), ['English drummer']);
    assert.deepStrictEqual(rolesOf(n, 'Jack Bruce'), ['bassist']);
    assert.deepStrictEqual(rolesOf(n, 'Wiranto'), ["Indonesia's security minister"]);
    assert.deepStrictEqual(rolesOf(n, 'Terri Collins'), ['Republican state representative']);
  });

  it('stops a role before a name at a verb or preposition the corpus writes before "the"', () => {
    const n = index(
      'The survey put Mayor Jones second, behind the favourite. He finished behind front-runner Maria Lopez. ' +
        'The party faces Republican nominee Dale Reed in the autumn, and Reed faces the voters soon.',
    );
    assert.deepStrictEqual(rolesOf(n, 'Maria Lopez'), ['front-runner']);
    assert.deepStrictEqual(rolesOf(n, 'Dale Reed'), ['Republican nominee']);
  });

  it('reads a title with its office before a name', () => {
    const n = index('The ban was welcomed by US Secretary of State Mike Pompeo. US Ambassador to Germany Richard Grenell agreed with him.');
    assert.deepStrictEqual(rolesOf(n, 'Mike Pompeo'), ['US Secretary of State']);
    assert.deepStrictEqual(rolesOf(n, 'Richard Grenell'), ['US Ambassador to Germany']);
    // (Within its sentence: a place ending the paragraph before is no part of it; "U.S." ends no sentence.)
    const m = index('The ban covers every airport except the one in Havana.\n\n\nUS Secretary of State Mike Pompeo sent the letter. Earlier, U.S. Secretary of State John Kerry had met them in Paris. Deputy Minister of Foreign Affairs Anna Novak agreed.');
    assert.deepStrictEqual(rolesOf(m, 'Mike Pompeo'), ['US Secretary of State']);
    assert.deepStrictEqual(rolesOf(m, 'John Kerry'), ['U.S. Secretary of State']);
    assert.deepStrictEqual(rolesOf(m, 'Anna Novak'), ['Deputy Minister of Foreign Affairs']);
  });

  it('reads an appositive after a name, for people, organisations and places', () => {
    const n = index(
      'Sophie Obadia, another lawyer for the victim, told reporters the verdict was fair. ' +
        'Budi Gunawan, chief of the State Intelligence Agency, said the suspects were known. ' +
        'Leaders met in Niamey, Niger\'s capital, on Sunday. The report came from Mahan Air, an Iranian airline, on Monday. ' +
        'Julie Payette, the Governor General of Canada, dissolved parliament.',
    );
    assert.deepStrictEqual(rolesOf(n, 'Sophie Obadia'), ['another lawyer for the victim']);
    assert.deepStrictEqual(rolesOf(n, 'Budi Gunawan'), ['chief of the State Intelligence Agency']);
    assert.deepStrictEqual(rolesOf(n, 'Niamey'), ["Niger's capital"]);
    assert.deepStrictEqual(rolesOf(n, 'Mahan Air'), ['Iranian airline']);
    assert.deepStrictEqual(rolesOf(n, 'Julie Payette'), ['the Governor General of Canada']);
  });

  it('reads an appositive before a name, and a sentence that says what the name is', () => {
    const n = index(
      "Dunn's mother, Charlotte Charles, said the family would go on. The mayor of New Orleans, LaToya Cantrell, advised residents to stay. " +
        'Hatice Cengiz is a Turkish national now living in London. Wiranto was visiting the town of Pandeglang.',
    );
    assert.deepStrictEqual(rolesOf(n, 'Charlotte Charles'), ["Dunn's mother"]);
    assert.deepStrictEqual(rolesOf(n, 'LaToya Cantrell'), ['The mayor of New Orleans']);
    assert.deepStrictEqual(rolesOf(n, 'Hatice Cengiz'), ['Turkish national']);
    assert.deepStrictEqual(rolesOf(n, 'Pandeglang'), ['town']);
  });

  it('reads a role the name stands beside mid-sentence, the nearest that fits, and an office said with a verb', () => {
    const n = index(
      'A meeting between the Minister of Foreign Affairs of Russia, Sergey Lavrov, and reporters is planned. ' +
        'Fire broke out in the Karol Bagh area of the Indian capital, New Delhi, on Tuesday. ' +
        'Swiss Foreign Minister Ignazio Cassis, who currently chairs the OSCE, will attend. ' +
        'For the president, Tom Hale said, the week was hard. Franklin Roosevelt, who led the country during the Second World War, died.',
    );
    assert.deepStrictEqual(rolesOf(n, 'Sergey Lavrov'), ['the Minister of Foreign Affairs of Russia']);
    assert.deepStrictEqual(rolesOf(n, 'New Delhi'), ['the Indian capital']);
    assert.deepStrictEqual(rolesOf(n, 'Ignazio Cassis'), ['Swiss Foreign Minister', 'currently chairs the OSCE']);
    assert.deepStrictEqual(rolesOf(n, 'Tom Hale'), []);
    assert.deepStrictEqual(rolesOf(n, 'Franklin Roosevelt'), []);
  });

  it('reads roles said with "as", and a plural role before a list of names', () => {
    const n = index(
      'Johnson beat Jeremy Hunt, who succeeded him as Foreign Secretary, in the vote. Pedro Pierluisi was sworn in on Friday as ' +
        "Puerto Rico's new governor. Mayor Ron Diaz appointed Wanda Vázquez as secretary of justice. Ann Lee served as a reminder of it. " +
        'US special envoys Steve Witkoff and Jared Kushner are expected. It was backed by Senators Marco Rubio of Florida, Mike Lee of Utah, and David Perdue.',
    );
    assert.deepStrictEqual(rolesOf(n, 'Jeremy Hunt'), ['Foreign Secretary']);
    assert.deepStrictEqual(rolesOf(n, 'Pedro Pierluisi'), ["Puerto Rico's new governor"]);
    assert.deepStrictEqual(rolesOf(n, 'Wanda Vázquez'), ['secretary of justice']);
    assert.deepStrictEqual(rolesOf(n, 'Ron Diaz'), ['Mayor']);
    assert.deepStrictEqual(rolesOf(n, 'Ann Lee'), []);
    assert.deepStrictEqual(rolesOf(n, 'Steve Witkoff'), ['US special envoys']);
    assert.deepStrictEqual(rolesOf(n, 'Jared Kushner'), ['US special envoys']);
    for (const senator of ['Marco Rubio', 'Mike Lee', 'David Perdue']) assert.deepStrictEqual(rolesOf(n, senator), ['Senators'], senator);
  });

  it('reads past a courtesy title, through a plural possessive, and two roles in a row', () => {
    const n = index(
      'The project was led by glaciologist Dr Amelia Frost of the University of Cambridge. ' +
        "The visitors' captain, veteran defender Liam Harte, refused to blame the referee, Gareth Pryce. " +
        "Patients' group Healthwatch Northgate said people were waiting. Dr Samuel Achebe is a consultant cardiologist by training. " +
        'Margaret Hollis, the pioneering civil engineer who designed the bridge, has died. Quillan Moss, a former schoolteacher from Dayton, spoke.',
    );
    assert.ok(rolesOf(n, 'Amelia Frost').includes('glaciologist'), rolesOf(n, 'Amelia Frost').join('; '));
    assert.deepStrictEqual(rolesOf(n, 'Liam Harte'), ['veteran defender', "The visitors' captain"]);
    assert.deepStrictEqual(rolesOf(n, 'Gareth Pryce'), ['the referee']);
    assert.deepStrictEqual(rolesOf(n, 'Healthwatch Northgate'), ["Patients' group"]);
    assert.ok(rolesOf(n, 'Samuel Achebe').includes('consultant cardiologist by training'), rolesOf(n, 'Samuel Achebe').join('; '));
    assert.deepStrictEqual(rolesOf(n, 'Margaret Hollis'), ['the pioneering civil engineer']);
    assert.deepStrictEqual(rolesOf(n, 'Quillan Moss'), ['former schoolteacher from Dayton']);
  });

  it('keeps a verb out of a role and gives an apposition to the nearest phrase', () => {
    const n = index(
      'A federal jury on Tuesday convicted former mayor Dale Whitcomb of bribery. ' +
        'Born in Bristol in 1932, Hollis was the daughter of a dockworker, Frank Hollis, and a seamstress, Edith Hollis. ' +
        'Ruth Hale was the widow of a local hero, Tom Hale, and spoke often of him.',
    );
    assert.deepStrictEqual(rolesOf(n, 'Tom Hale'), []);
    assert.deepStrictEqual(rolesOf(n, 'Dale Whitcomb'), ['former mayor']);
    assert.deepStrictEqual(rolesOf(n, 'Frank Hollis'), ['dockworker']);
    assert.deepStrictEqual(rolesOf(n, 'Edith Hollis'), ['seamstress']);
  });

  it('takes no role from a list of names, a possessive, a clause, a first person or another name\'s mention', () => {
    const n = index(
      'Police from Germany, the Czech Republic, and Canada took part. Tom Reed, a man the police described as a driver, was held. ' +
        "The attack was claimed by the army's Western Mindanao Command on Friday. " +
        'He lives near Dallas, near the city of Fort Worth. Lawmakers met in the capital of Texas. ' +
        '“I called my brother Frank Dunn at once,” she said. “Ben Cole, my neighbour, came too.” ' +
        'President Donald Trump spoke first. Then his son Donald Trump Jr. spoke to the crowd.',
    );
    assert.deepStrictEqual(rolesOf(n, 'Germany'), []);
    assert.deepStrictEqual(rolesOf(n, 'Tom Reed'), []);
    assert.deepStrictEqual(rolesOf(n, 'Western Mindanao Command'), []);
    assert.deepStrictEqual(rolesOf(n, 'Dallas'), []);
    assert.deepStrictEqual(rolesOf(n, 'Texas'), []);
    assert.deepStrictEqual(rolesOf(n, 'Frank Dunn'), []);
    assert.deepStrictEqual(rolesOf(n, 'Ben Cole'), []);
    assert.deepStrictEqual(rolesOf(n, 'Donald Trump Jr.'), ['his son']);
    assert.deepStrictEqual(rolesOf(n, 'Donald Trump'), ['President']);
  });

  it('orders roles by how many articles use each wording, a courtesy title alone last', () => {
    const n = index(
      'The study was led by Dr Amelia Frost of the university. Glaciologist Amelia Frost led the team.',
      'The award went to Dr Amelia Frost on Monday. Later Dr Amelia Frost said the ice was thin.',
      'Glaciologist Amelia Frost published the data.',
      'Amelia Frost, the expedition leader, flew home.',
    );
    const roles = rolesByUse(n.find('Amelia Frost')[0]).map((r) => `${r.role.text} (${r.articles})`);
    // (Not "Later Dr": a sentence's first word is no part of a title.)
    assert.deepStrictEqual(roles, ['Glaciologist (2)', 'the expedition leader (1)', 'Dr (2)']);
  });
});

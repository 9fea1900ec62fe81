import * as assert from 'assert';
import { parseArticle } from '../../server/src/engine/article';
import { Corpus } from '../../server/src/engine/corpus';
import { personGender, pronounFits } from '../../server/src/engine/gender';
import { buildNameIndex, NameIndex } from '../../server/src/engine/names';

// Invented copy: what the sources show of a person's gender, for matching "he" and "she" (gender.ts).
function index(...texts: string[]): NameIndex {
  return buildNameIndex(new Corpus(texts.map((t, i) => parseArticle(`/tmp/gender-unit/a${i}.md`, t))));
}
const person = (names: NameIndex, name: string) => {
  const e = names.entities.find((x) => x.name === name && x.type === 'person');
  assert.ok(e, `${name} not in ${JSON.stringify(names.entities.map((x) => x.name))}`);
  return e!;
};

describe('gender: what the sources show of a person', () => {
  it('a given name the gazetteer files under one gender decides when nothing else is known', () => {
    const names = index('Maria Okafor and Peter Brandt opened the council meeting on Monday.');
    assert.strictEqual(personGender(person(names, 'Maria Okafor')), 'female');
    assert.strictEqual(personGender(person(names, 'Peter Brandt')), 'male');
    assert.ok(!pronounFits('he', person(names, 'Maria Okafor')));
    assert.ok(pronounFits('she', person(names, 'Maria Okafor')));
    // "they", "it": no gender asked.
    assert.ok(pronounFits('they', person(names, 'Peter Brandt')));
  });

  it('a name given to either ("Taylor") leaves the person undecided, so every pronoun fits', () => {
    const names = index('Taylor Quinn opened the council meeting on Monday.');
    assert.strictEqual(personGender(person(names, 'Taylor Quinn')), undefined);
    assert.ok(pronounFits('she', person(names, 'Taylor Quinn')) && pronounFits('he', person(names, 'Taylor Quinn')));
  });

  it('the sources outweigh the gazetteer: "He" after a sentence that opens with the name, a courtesy title, a role', () => {
    const names = index(
      'Lindsey Harlow spoke first at the hearing. He said the dam would hold.\n\nLindsey Harlow returned on Friday. He brought the engineers.',
      'The committee heard from Andrea Pemberton, a spokeswoman for the water board.',
      'Ms. Taylor Sandoval answered the questions of the committee.',
    );
    // (A woman's name in the gazetteer, but twice followed by "He": not a woman.)
    assert.notStrictEqual(personGender(person(names, 'Lindsey Harlow')), 'female');
    // ("Andrea" is given to either: the role decides.)
    assert.strictEqual(personGender(person(names, 'Andrea Pemberton')), 'female');
    // ("Taylor" is given to either: the title decides.)
    assert.strictEqual(personGender(person(names, 'Taylor Sandoval')), 'female');
  });

});

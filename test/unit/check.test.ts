import * as assert from 'assert';
import { applyEdits, checkDraft, QuoteCheck } from '../../server/src/engine/check';
import { corpusOf, SEEDS_DIR } from '../support/corpora';

function check(draft: string, format: 'markdown' | 'plaintext' = 'markdown'): QuoteCheck[] {
  return checkDraft(corpusOf(SEEDS_DIR), draft, format)!.checks;
}
function only(draft: string): QuoteCheck {
  const checks = check(draft);
  assert.strictEqual(checks.length, 1, `expected one quote in ${draft}`);
  return checks[0];
}
function fixed(draft: string, c: QuoteCheck): string {
  return applyEdits(draft, 0, draft.length, c.edits);
}

describe('checking quotes against the seed articles', () => {
  describe('verified', () => {
    it('an exact quote, pointing at its source span', () => {
      const c = only('She said “We hope that this can be avoided” on Friday.');
      assert.strictEqual(c.status, 'verified');
      assert.strictEqual(c.sources.length, 1);
      const s = c.sources[0];
      assert.strictEqual(s.article.text.slice(s.start, s.end), 'We hope that this can be avoided');
      assert.match(s.article.path, /000_677974a615658906\.txt$/);
    });

    it('ignoring typography, whitespace, case at the start and punctuation at the ends', () => {
      for (const q of [
        '"we hope that this can be avoided."',
        '‘We hope that\nthis can be avoided,’',
        '“Russia is the one being threatened”',
        '"matter of indivisible security, short and intermediate range armaments"',
      ]) {
        assert.strictEqual(only(`He said ${q} then.`).status, 'verified', q);
      }
    });

    it('a fragment of a longer passage', () => {
      assert.strictEqual(only('It called it “the destructive policy of the West”.').status, 'verified');
    });

    it('pieces joined by an ellipsis, in order and close together', () => {
      for (const e of ['...', '…', '[...]', '[…]']) {
        const c = only(`“We talked about the efforts of the OSCE ${e} many specific issues”`);
        assert.strictEqual(c.status, 'verified', e);
        assert.strictEqual(c.pieces.length, 2);
      }
    });

    it('a bracketed insertion standing for source words or none', () => {
      assert.strictEqual(only('“[Russia] will continue the dialogue with the West”').status, 'verified');
      assert.strictEqual(only('“the current deep crisis of [the Organization] the OSCE”').status, 'verified');
      assert.strictEqual(only('“[T]he agenda of the negotiations will include ways”').status, 'verified');
    });
  });

  describe('misquotes', () => {
    it('a changed word, with the fix restoring the source word and keeping the marks', () => {
      const draft = 'She said “We have always been and remain committed to finding solutions exclusively through military and diplomatic means.”';
      const c = only(draft);
      assert.strictEqual(c.status, 'misquote');
      assert.deepStrictEqual(
        c.changes.map((x) => [x.kind, x.draftText, x.sourceText]),
        [['changed', 'military', 'political']],
      );
      assert.strictEqual(
        fixed(draft, c),
        'She said “We have always been and remain committed to finding solutions exclusively through political and diplomatic means.”',
      );
    });

    it('a dropped word and an added word', () => {
      const dropped = only('He said Russia “will continue dialogue with the West to find out how determined they are”.');
      assert.strictEqual(dropped.status, 'misquote');
      assert.strictEqual(dropped.fix, 'will continue the dialogue with the West to find out how determined they are');
      const added = only('He said Russia “will continue the dialogue with the West to find out how very determined they are”.');
      assert.strictEqual(added.status, 'misquote');
      assert.strictEqual(added.fix, 'will continue the dialogue with the West to find out how determined they are');
    });

    it('a changed negation, number or name, however similar the rest', () => {
      const negation = only('“pressure on Iran will only fail to contribute to a settlement”');
      assert.strictEqual(negation.status, 'misquote');
      assert.ok(negation.changes.some((c) => c.critical === 'negation'));
      const number = only('“In 2025, six rounds of negotiations between the United States and Iran”');
      assert.strictEqual(number.status, 'misquote');
      assert.ok(number.changes.some((c) => c.critical === 'number'));
      const name = only('“the narrow bloc tasks of the EU and Poland”');
      assert.strictEqual(name.status, 'misquote');
      assert.ok(name.changes.some((c) => c.critical === 'name'));
    });

    it('an ellipsis piece with a changed word', () => {
      const draft = '“We talked about the efforts of the OSCE … many specific problems that should lead to such a de-escalation”';
      const c = only(draft);
      assert.strictEqual(c.status, 'misquote');
      assert.strictEqual(c.fix, 'We talked about the efforts of the OSCE … many specific issues that should lead to such a de-escalation');
    });

    it('keeps straight apostrophes and marks when the source uses curly ones', () => {
      const draft = `He said "It is time to partially end the drills and units have already returned to their dislocation sites."`;
      const c = only(draft);
      assert.strictEqual(c.status, 'misquote');
      assert.strictEqual(fixed(draft, c), draft.replace('drills', 'exercises'));
      const d2 = `Rau said "the efforts of the OSCE to de-escalate the current tension, we talked about many issues"`;
      const c2 = only(d2);
      assert.strictEqual(c2.status, 'misquote');
      assert.ok(!/[“”’]/.test(fixed(d2, c2)), fixed(d2, c2));
    });

    it('fixes correctly after emoji and accents on the same line', () => {
      const draft = 'Café 😀 — Zakharova: «We hope that this can be prevented» 😀.';
      const c = only(draft);
      assert.strictEqual(c.status, 'misquote');
      assert.strictEqual(fixed(draft, c), 'Café 😀 — Zakharova: «We hope that this can be avoided» 😀.');
    });
  });

  describe('unverified', () => {
    it('a quote in no source', () => {
      const c = only('He said “the OSCE is the only forum that still works for everyone”.');
      assert.strictEqual(c.status, 'unverified');
      assert.strictEqual(c.sources.length, 0);
      assert.strictEqual(c.edits.length, 0);
    });

    it('pieces that exist only far apart are not verified', () => {
      const c = only('“In 2025, five rounds of negotiations … it is time to partially end the exercises”');
      assert.notStrictEqual(c.status, 'verified');
    });
  });
});

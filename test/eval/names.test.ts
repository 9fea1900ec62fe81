import * as assert from 'assert';
import * as path from 'path';
import { evaluateNames, formatNamesReport, TUNING3_PATH } from './names';

// The targets are precision >= 0.95 and recall >= 0.90 for people and organisations (README has the
// figures). These floors sit just under today's measurements so a regression fails.
const FLOORS = {
  person: { precision: 0.98, recall: 0.98 },
  organization: { precision: 0.96, recall: 0.95 },
  place: { precision: 0.97, recall: 0.96 },
};

describe('name extraction against the hand-annotated articles (test/names)', () => {
  it('keeps precision and recall per type at or above the measured floors', function () {
    this.timeout(60000);
    const r = evaluateNames();
    const misses = r.misses.slice(0, 40).map((m) => `  miss ${m.type} "${m.name}" in ${path.basename(m.article)}`);
    const falses = r.falsePositives.slice(0, 40).map((f) => `  false ${f.type} "${f.name}" in ${path.basename(f.article)}`);
    const why = `\n${formatNamesReport(r)}\n${misses.join('\n')}\n${falses.join('\n')}`;
    assert.ok(r.articles >= 30, `at least 30 annotated articles${why}`);
    for (const [type, floor] of Object.entries(FLOORS) as Array<[keyof typeof FLOORS, { precision: number; recall: number }]>) {
      assert.ok(r.perType[type].precision >= floor.precision, `${type} precision${why}`);
      assert.ok(r.perType[type].recall >= floor.recall, `${type} recall${why}`);
    }
  });

  it('keeps tuning set 3 (the first held-out set until its figures were seen) at or above its measured floors', function () {
    // Below the targets (README); these floors catch a change that makes these articles worse.
    const TUNING3_FLOORS = {
      person: { precision: 0.82, recall: 0.93 },
      organization: { precision: 0.68, recall: 0.53 },
      place: { precision: 0.82, recall: 0.72 },
    };
    this.timeout(60000);
    const r = evaluateNames(TUNING3_PATH);
    const why = `\n${formatNamesReport(r, 'tuning set 3')}`;
    assert.ok(r.articles >= 12, `at least 12 articles${why}`);
    for (const [type, floor] of Object.entries(TUNING3_FLOORS) as Array<[keyof typeof TUNING3_FLOORS, { precision: number; recall: number }]>) {
      assert.ok(r.perType[type].precision >= floor.precision, `${type} precision${why}`);
      assert.ok(r.perType[type].recall >= floor.recall, `${type} recall${why}`);
    }
  });

  it('annotations are consistent with the articles (test/names/validate.mjs)', () => {
    const { spawnSync } = require('child_process') as typeof import('child_process');
    const { ROOT } = require('../support/corpora') as typeof import('../support/corpora');
    const fs = require('fs') as typeof import('fs');
    const sets = ['annotations.json', 'tuning2.json', 'tuning3.json', 'tuning4.json', 'heldout3.json'].map((f) => `test/names/${f}`);
    for (const file of sets.filter((f) => fs.existsSync(path.join(ROOT, f)))) {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'test/names/validate.mjs'), file], { cwd: ROOT, encoding: 'utf8' });
      assert.strictEqual(r.status, 0, r.stdout + r.stderr);
    }
  });
});

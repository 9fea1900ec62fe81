import * as assert from 'assert';
import { evaluateDevset, formatReport } from './devset';

describe('labelled development set (test/devset)', () => {
  it('meets the quality targets: problem recall >= 98%, false alarms <= 1%, exact fixes >= 97%', function () {
    this.timeout(60000);
    const r = evaluateDevset();
    const misses = r.misses.map((m) => `  [${m.case}] "${m.text.slice(0, 60)}": expected ${m.expected}, got ${m.got}`).join('\n');
    const why = `\n${formatReport(r)}\n${misses}`;
    assert.ok(r.quotes >= 150, `the set must have at least 150 quotes${why}`);
    assert.ok(r.detectionRecall >= 0.98 && r.detectionPrecision >= 0.98, `quote detection${why}`);
    assert.ok(r.problemRecall >= 0.98, `problem recall${why}`);
    assert.ok(r.falseAlarmRate <= 0.01, `false alarms${why}`);
    assert.ok(r.exactFixRate >= 0.97, `exact fixes${why}`);
    assert.strictEqual(r.unterminatedFound, r.unterminatedExpected, `unterminated quotes${why}`);
  });
});

describe('development set labels', () => {
  it('are consistent with the drafts and the sources (test/devset/validate-labels.mjs)', () => {
    const { spawnSync } = require('child_process') as typeof import('child_process');
    const path = require('path') as typeof import('path');
    const { ROOT } = require('../support/corpora') as typeof import('../support/corpora');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'test/devset/validate-labels.mjs')], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /labels OK/);
  });
});

import * as assert from 'assert';
import * as path from 'path';
import { ATTRIBUTION_HELDOUT27, ATTRIBUTION_HELDOUT28, ATTRIBUTION_TUNING10, ATTRIBUTION_TUNING11, ATTRIBUTION_TUNING12, ATTRIBUTION_TUNING13, ATTRIBUTION_TUNING14, ATTRIBUTION_TUNING15, ATTRIBUTION_TUNING16, ATTRIBUTION_TUNING17, ATTRIBUTION_TUNING18, ATTRIBUTION_TUNING19, ATTRIBUTION_TUNING2, ATTRIBUTION_TUNING20, ATTRIBUTION_TUNING21, ATTRIBUTION_TUNING22, ATTRIBUTION_TUNING23, ATTRIBUTION_TUNING24, ATTRIBUTION_TUNING25, ATTRIBUTION_TUNING26, ATTRIBUTION_TUNING27, ATTRIBUTION_TUNING28, ATTRIBUTION_TUNING29, ATTRIBUTION_TUNING30, ATTRIBUTION_TUNING31, ATTRIBUTION_TUNING32, ATTRIBUTION_TUNING3, ATTRIBUTION_TUNING4, ATTRIBUTION_TUNING5, ATTRIBUTION_TUNING6, ATTRIBUTION_TUNING7, ATTRIBUTION_TUNING8, ATTRIBUTION_TUNING9, evaluateAttribution, formatAttributionReport } from './attribution';

// The issue's target is misattribution recall >= 0.90 at precision >= 0.95 with no new false alarms, on drafts the
// rules were not tuned on (the held-out set, not scored here). These floors sit just under the tuning sets' figures
// so a regression fails.
/** The set's figures and every quote it got wrong, for a failed assertion's message. */
function reportWithMisses(r: ReturnType<typeof evaluateAttribution>, label?: string): string {
  return `\n${formatAttributionReport(r, label)}\n${r.misses.map((m) => `  "${m.text.slice(0, 60)}" expected ${m.expected}, got ${m.got}`).join('\n')}`;
}

/**
 * The floors a labelled set keeps: every quote detected, misattributions caught and flagged right, paraphrases and
 * ellipses found, and no more false alarms on correct quotes than allowed.
 */
interface SetFloors {
  minQuotes: number;
  precision: number;
  recall: number;
  paraphrase: number;
  /** Of the quotes flagged as not a direct quote, the share that are (only where asked). */
  paraphrasePrecision?: number;
  ellipsis: number;
  falseAlarms: number;
}
function assertSetFloors(r: ReturnType<typeof evaluateAttribution>, f: SetFloors, why: string): void {
  assert.ok(r.quotes >= f.minQuotes && r.detected === r.quotes, `every labelled quote detected${why}`);
  assert.ok(r.perLabel.misattributed.precision >= f.precision, `misattributed precision${why}`);
  assert.ok(r.perLabel.misattributed.recall >= f.recall, `misattributed recall${why}`);
  assert.ok(r.perLabel['not-a-direct-quote'].recall >= f.paraphrase && r.perLabel['not-a-direct-quote'].precision >= (f.paraphrasePrecision ?? 0), `not-a-direct-quote${why}`);
  assert.ok(r.perLabel['ellipsis-changes-meaning'].recall >= f.ellipsis, `ellipsis${why}`);
  assert.ok(r.falseAlarmsOnCorrect <= f.falseAlarms, `false alarms on correct quotes${why}`);
}

describe('attribution checks on the labelled attribution set (test/devset/attribution)', () => {
  it('keeps precision and recall at or above the measured floors', function () {
    this.timeout(60000);
    const r = evaluateAttribution();
    assertSetFloors(r, { minQuotes: 100, precision: 0.97, recall: 0.97, paraphrase: 0.9, paraphrasePrecision: 0.9, ellipsis: 0.9, falseAlarms: 0 }, reportWithMisses(r));
  });

  it('keeps tuning set 2 (test/devset/attribution-tuning2) at or above its measured floors', function () {
    // Made after the first set was tuned on, in other styles, then tuned on too (its README).
    this.timeout(60000);
    const r = evaluateAttribution(ATTRIBUTION_TUNING2);
    assertSetFloors(r, { minQuotes: 70, precision: 0.97, recall: 0.97, paraphrase: 0.9, ellipsis: 0.9, falseAlarms: 0 }, reportWithMisses(r, 'tuning set 2'));
  });

  // Tuning sets 3, 4 and 6 were held out until their figures were seen; tuning set 5 was written during the work on
  // generalising the rules (branch attr-gen). Floors just under what they measure after it.
  for (const [file, label, recall] of [
    [ATTRIBUTION_TUNING3, 'tuning set 3', 0.9],
    [ATTRIBUTION_TUNING4, 'tuning set 4', 0.97],
    [ATTRIBUTION_TUNING5, 'tuning set 5', 0.97],
    // (Held-out set 3 until 2026-12-01.)
    [ATTRIBUTION_TUNING6, 'tuning set 6', 0.54],
    // (Held-out set 4 until 2026-12-01, session 13.)
    [ATTRIBUTION_TUNING7, 'tuning set 7', 0.9],
    // (Held-out set 5 until 2026-12-02, session 14.)
    [ATTRIBUTION_TUNING8, 'tuning set 8', 0.97],
    // (Written in session 14 to tune on; first measured at 13 of 18 caught, one false alarm.)
    // (Session 25: 17 of 18, a judge's two-word title no longer hiding her role.)
    // (Session 29: 18 of 18, "the league said in a statement" against a person the article never ties to it.)
    [ATTRIBUTION_TUNING9, 'tuning set 9', 0.97],
    // (Held-out set 6 until 2026-12-02, session 15; last measured as held out at 13 of 15 caught, three false alarms.)
    [ATTRIBUTION_TUNING10, 'tuning set 10', 0.97],
    // (Written in session 15 to tune on; first measured at 13 of 20 caught, one false alarm.)
    [ATTRIBUTION_TUNING11, 'tuning set 11', 0.85],
    // (Held-out set 7 until 2026-12-02, session 16; last measured as held out at 10 of 15 caught, one false alarm.)
    [ATTRIBUTION_TUNING12, 'tuning set 12', 0.93],
    // (Written in session 16 to tune on; first measured at 10 of 22 caught, two false alarms.)
    // (Session 25: 18 of 22.)
    [ATTRIBUTION_TUNING13, 'tuning set 13', 0.81],
    // (Held-out set 8 until 2026-12-02, session 17; last measured as held out at 17 of 20 caught, one false alarm.)
    [ATTRIBUTION_TUNING14, 'tuning set 14', 0.95],
    // (Held-out set 10 until 2026-12-02, session 19; measured three times as held out: 13 of 20 caught and no false
    // alarm at first, then 16 of 20 caught, one false alarm (session 18's rules). Session 19 from its misses: 19 of 20
    // caught, no false alarm.)
    [ATTRIBUTION_TUNING16, 'tuning set 16', 0.95],
    // (Held-out set 11 until 2026-12-02, session 20; measured three times as held out, every time 16 of 20 caught and
    // two false alarms. Session 20 from its misses: 20 of 20 caught, no false alarm.)
    [ATTRIBUTION_TUNING17, 'tuning set 17', 0.95],
  ] as const) {
    it(`keeps ${label} at or above its measured floors`, function () {
      this.timeout(60000);
      const r = evaluateAttribution(file);
      assertSetFloors(r, { minQuotes: 40, precision: 0.97, recall, paraphrase: 0.9, paraphrasePrecision: 0.9, ellipsis: 0.9, falseAlarms: 0 }, reportWithMisses(r, label));
    });
  }

  // Sets with false alarms left, each with its own floors.
  for (const [file, label, f] of [
    // Held-out set 9 until 2026-12-02, session 18; measured twice as held out, both times three false alarms, 14 of 20
    // caught, 14 of 17 flagged right. After session 18's rules: 17 of 20 caught, one false alarm left (a draft's
    // pronoun after "her daughter, Ly Sreypov, says she …"), which is why it is not in the loop above. Session 20: 18 of
    // 20 caught. Session 25: 19 of 20.
    [ATTRIBUTION_TUNING15, 'tuning set 15 (formerly held-out set 9)', { precision: 0.94, recall: 0.95, paraphrase: 0.9, ellipsis: 0.9, falseAlarms: 1 }],
    // Held-out set 12 until 2026-12-02, session 21; measured four times as held out (sessions 18-20), every time 14 of
    // 20 caught, 14 of 16 flagged right, two false alarms. After session 21's rules: 15 of 20, no false alarm.
    // Session 24: 16 of 20. Session 25: 17 of 20. Session 26: 19 of 20.
    // (Session 30: 20 of 20, "says the Mine Workers Union's general secretary" read whole.)
    [ATTRIBUTION_TUNING18, 'tuning set 18 (formerly held-out set 12)', { precision: 0.97, recall: 0.97, paraphrase: 0.9, ellipsis: 0.9, falseAlarms: 0 }],
    // Held-out set 13 until 2026-12-02, session 22; measured many times as held out (sessions 19-21), every time 19 of
    // 20 caught, 19 of 20 flagged right, one false alarm.
    // Session 22 from its misses: its false alarm gone, 19 of 20.
    [ATTRIBUTION_TUNING19, 'tuning set 19 (formerly held-out set 13)', { precision: 0.97, recall: 0.95, paraphrase: 0.9, ellipsis: 0.9, falseAlarms: 0 }],
    // Held-out set 14 until 2026-12-02, session 22; measured as held out in sessions 20 and 21, last 15 of 20 caught,
    // all flagged right, no false alarm.
    // Session 22 from its misses: 19 of 20, no false alarm.
    [ATTRIBUTION_TUNING20, 'tuning set 20 (formerly held-out set 14)', { precision: 0.97, recall: 0.95, paraphrase: 0.9, ellipsis: 0.9, falseAlarms: 0 }],
    // Held-out set 15 until 2026-12-02, session 23; measured many times as held out (sessions 21 and 22), every time 17
    // of 20 caught, 17 of 19 flagged right, one false alarm.
    // Session 23 from its misses: 20 of 20, no false alarm, every paraphrase.
    [ATTRIBUTION_TUNING21, 'tuning set 21 (formerly held-out set 15)', { precision: 0.95, recall: 0.95, paraphrase: 0.9, ellipsis: 0.9, falseAlarms: 0 }],
    // Held-out set 16 until 2026-12-03, session 24; measured many times as held out (sessions 22 and 23), 13 of 20
    // caught every time, with one false alarm until session 23 removed it (its history as held out is below).
    // Session 24 from its misses: 20 of 20, no false alarm.
    [ATTRIBUTION_TUNING22, 'tuning set 22 (formerly held-out set 16)', { precision: 0.95, recall: 0.95, paraphrase: 0.9, ellipsis: 0.9, falseAlarms: 0 }],
    // Held-out set 17 until 2026-12-03, session 25; measured many times as held out (sessions 23 and 24), 16 of 20
    // caught every time, all flagged right, no false alarm (its history as held out is below).
    // Session 25 from its misses: 20 of 20, no false alarm.
    [ATTRIBUTION_TUNING23, 'tuning set 23 (formerly held-out set 17)', { precision: 0.95, recall: 0.95, paraphrase: 0.9, ellipsis: 0.9, falseAlarms: 0 }],
    // Held-out set 18 until 2026-12-03, session 26; measured many times as held out (sessions 24 and 25), 18 of 20
    // caught every time, 18 of 20 flagged right, two false alarms (its history as held out is below).
    // Session 26 from its misses: 20 of 20, no false alarm, every paraphrase.
    [ATTRIBUTION_TUNING24, 'tuning set 24 (formerly held-out set 18)', { precision: 0.97, recall: 0.95, paraphrase: 0.95, ellipsis: 0.9, falseAlarms: 0 }],
    // Held-out set 19 until 2026-12-03, session 27; measured in sessions 25 and 26 as held out, 17 of 20 caught every
    // time, 17 of 19 flagged right, one false alarm (its history as held out is below).
    // Session 27 from its misses: 20 of 20, no false alarm, every paraphrase and ellipsis.
    [ATTRIBUTION_TUNING25, 'tuning set 25 (formerly held-out set 19)', { precision: 0.97, recall: 0.95, paraphrase: 0.95, ellipsis: 0.95, falseAlarms: 0 }],
    // Held-out set 20 until 2026-12-03, session 28; measured in sessions 26 and 27 as held out, 19 of 20 caught every
    // time, 19 of 19 flagged right, no false alarm (its history as held out is below).
    // Session 28 from its miss: 20 of 20, no false alarm, every paraphrase and ellipsis.
    [ATTRIBUTION_TUNING26, 'tuning set 26 (formerly held-out set 20)', { precision: 0.97, recall: 0.97, paraphrase: 0.95, ellipsis: 0.95, falseAlarms: 0 }],
    // Held-out set 22 until 2026-12-03, session 29; measured in session 28 as held out, 14 of 20 caught every time, all
    // 14 flagged right, no false alarm; opened early because its file names were shown by a slip (its history as held
    // out is below).
    // Session 29 from its misses: 20 of 20, no false alarm, every paraphrase and ellipsis.
    [ATTRIBUTION_TUNING27, 'tuning set 27 (formerly held-out set 22)', { precision: 0.97, recall: 0.97, paraphrase: 0.95, ellipsis: 0.95, falseAlarms: 0 }],
    // Held-out set 23 until 2026-12-03, session 30; measured in session 29 as held out, 19 of 20 caught every time,
    // 19 of 20 flagged right, one false alarm; opened because its file names were shown by slips (its history as held
    // out is below).
    // Session 30 from its miss and false alarm: 20 of 20, no false alarm, every paraphrase and ellipsis.
    [ATTRIBUTION_TUNING28, 'tuning set 28 (formerly held-out set 23)', { precision: 0.97, recall: 0.97, paraphrase: 0.95, ellipsis: 0.95, falseAlarms: 0 }],
    // Held-out set 21 until 2026-12-03, session 31; measured in sessions 27 to 30 as held out, 20 of 20 caught every
    // time, all flagged right, no false alarm; opened after four sessions of measurement (its history as held out is
    // below).
    [ATTRIBUTION_TUNING29, 'tuning set 29 (formerly held-out set 21)', { precision: 0.95, recall: 0.95, paraphrase: 0.9, ellipsis: 0.95, falseAlarms: 0 }],
    // Held-out set 24 until 2026-12-03, session 32; measured in sessions 30 and 31 as held out, 18 of 20 caught on
    // session 31's code, all flagged right, no false alarm; opened after two sessions of measurement (its history as
    // held out is below).
    // Session 32 from its two misses: 20 of 20, no false alarm.
    [ATTRIBUTION_TUNING30, 'tuning set 30 (formerly held-out set 24)', { precision: 0.97, recall: 0.97, paraphrase: 0.95, ellipsis: 0.95, falseAlarms: 0 }],
    // Held-out set 25 until 2026-12-03, session 32; measured in sessions 31 and 32 as held out, 19 of 20 caught, 19 of
    // 21 flagged right, 3 of 5 ellipses, no false alarm; opened after a slip showed a paragraph of one of its sources
    // (its history as held out is below).
    // Session 32 from its misses: 19 of 20 caught, all flagged right, every ellipsis.
    [ATTRIBUTION_TUNING31, 'tuning set 31 (formerly held-out set 25)', { precision: 0.97, recall: 0.95, paraphrase: 0.95, ellipsis: 0.95, falseAlarms: 0 }],
    // Held-out set 26 until 2026-12-04, session 33; measured in sessions 32 and 33 as held out, 19 of 20 caught, 19 of
    // 20 flagged right, 4 of 5 ellipses, no false alarm; opened after two sessions of measurement (its history as held
    // out is below).
    // Session 33 from its misses: all flagged right, every ellipsis.
    [ATTRIBUTION_TUNING32, 'tuning set 32 (formerly held-out set 26)', { precision: 0.97, recall: 0.95, paraphrase: 0.95, ellipsis: 0.95, falseAlarms: 0 }],
  ] as const) {
    it(`keeps ${label} at or above its measured floors`, function () {
      this.timeout(60000);
      const r = evaluateAttribution(file);
      assertSetFloors(r, { minQuotes: 50, ...f }, reportWithMisses(r, label));
    });
  }

  it('keeps the held-out sets (never tuned on) at or above their measured floors', function () {
    // (Held-out set 11, measured three times, became tuning set 17 in session 20.)
    // (Held-out set 12, measured four times, became tuning set 18 in session 21.)
    // (Held-out sets 13 and 14, became tuning sets 19 and 20 in session 22, held-out set 15 tuning set 21 in session
    // 23, held-out set 16 tuning set 22 in session 24, held-out set 17 tuning set 23 in session 25, held-out set 18
    // tuning set 24 in session 26, held-out set 19 tuning set 25 in session 27, held-out set 20 tuning set 26 in
    // session 28, held-out set 22 tuning set 27 in session 29, held-out set 23 tuning set 28 in session 30, and
    // held-out set 21 tuning set 29 in session 31; their history as held out:)
    // Held-out set 13: made during session 19 by a fourth teammate; first measured on the code as that session began:
    // 19 of 20 caught, 19 of 20 flagged right, one false alarm.
    // On session 19's final code all three read as before (set 13's second measurement).
    // Held-out set 14: made during session 20 by a fifth teammate; first measured on the code as that session began
    // (edb2694, in a worktree): 14 of 20 caught, 14 of 14 flagged right, no false alarm, every paraphrase and ellipsis.
    // On session 20's final code: sets 12 and 13 as before (the third measurement of each), set 14 15 of 20
    // caught, all 15 flagged right, no false alarm.
    // Held-out set 15: made during session 21 by a sixth teammate; first measured on the code as that session began
    // (be646a3's rules, in a worktree): 17 of 20 caught, 17 of 19 flagged right, one false alarm, 8 of 9 paraphrases,
    // every ellipsis.
    // On session 21's final code: sets 13, 14 and 15 as before (the fifth measurement of set 13, the fourth of set 14,
    // the second of set 15).
    // Held-out set 16: made during session 22 by a seventh teammate; first measured on the code as that session began
    // (dbd780b's rules, in a worktree): 13 of 20 caught, 13 of 14 flagged right, one false alarm, every paraphrase and
    // ellipsis; the same on the session's code when it was merged, mid-session and on its final code (set 15 as
    // before every time).
    // Held-out set 17: made during session 23 by an eighth teammate; first measured on the code as that session began
    // (b80705d's rules, in a worktree): 16 of 20 caught, all 16 flagged right, no false alarm, every paraphrase and
    // ellipsis; the same on the session's code when it was merged (set 16 as before).
    // Measured mid-session 23: set 16's false alarm gone (13 of 20 caught, all 13 flagged right, none of 40 correct
    // quotes flagged), set 17 as at its first measurement; set 16's floors follow.
    // On session 23's final code: sets 16 and 17 as mid-session.
    // Held-out set 18: made during session 24 by a ninth teammate; first measured on the code as that session began
    // (8bf8b33's rules, in a worktree): 18 of 20 caught, 18 of 20 flagged right, two false alarms, 9 of 10 paraphrases,
    // every ellipsis; the same on the session's code when it was merged (set 17 as before), and on its final code
    // (both sets).
    // Held-out set 19: made during session 25 by a tenth teammate; first measured on the code as that session began
    // (85a9805's rules, in a worktree): 17 of 20 caught, 17 of 19 flagged right, one false alarm, 9 of 10 paraphrases,
    // every ellipsis; the same on the session's code mid-session and on its final code (set 18 as before both times).
    // Held-out set 20: made during session 26 by an eleventh teammate; first measured on the code as that session began
    // (435dd79's rules, in a worktree): 19 of 20 caught, all 19 flagged right, no false alarm, every paraphrase and
    // ellipsis.
    // On session 26's code mid-session and at its end: sets 19 and 20 as at their first measurements.
    // Held-out set 21: made during session 27 by a twelfth teammate; first measured on the code as that session began
    // (3711e87's rules, in a worktree): 20 of 20 caught, all 20 flagged right, no false alarm, 9 of 10 paraphrases,
    // every ellipsis; the same on the session's code when it was merged (ae39ad2, set 20 as before).
    // On session 27's final code: sets 20 and 21 as at their first measurements.
    // Held-out set 22: made during session 28 by a thirteenth teammate; first measured on the code as that session
    // began (32fcaa4's rules, in a worktree): 14 of 20 caught, all 14 flagged right, no false alarm, every paraphrase
    // and ellipsis; the same on the session's code when it was merged (set 21 as before). The lowest recall of any
    // held-out set so far, under the issue's 0.90: the floor records it, it is not a target.
    // Held-out set 23: made during session 29 by a fourteenth teammate; first measured on the code as that session
    // began (0bc8c04's rules, in a worktree): 19 of 20 caught, 19 of 20 flagged right, one false alarm, every paraphrase
    // and ellipsis; the same on the session's code when it was merged (set 21 as before).
    // Held-out set 24: made during session 30 by a fifteenth teammate; first measured on the code as that session
    // began (d7ae0b5's rules, in a worktree): 17 of 20 caught, all 17 flagged right, no false alarm, every paraphrase
    // and ellipsis; at its merge, after the session's attribution rules (2ee208f, written from tuning set 28): 18 of 20
    // caught, all 18 flagged right, no false alarm (set 21 as before).
    // Held-out set 25: made during session 31 by a sixteenth teammate; first measured on the code as that session
    // began (316bd63's rules, in a worktree): 19 of 20 caught, 19 of 21 flagged right, no false alarm on the 40
    // correct quotes, every paraphrase, 3 of 5 ellipses; the same on the session's final code (set 24 as before).
    // (Held-out set 24 became tuning set 30 in session 32, and held-out set 25 tuning set 31.)
    // Held-out set 26: made during session 32 by a seventeenth teammate; first measured on the code as that session
    // began (9e0be18's rules, in a worktree): 19 of 20 caught, 19 of 20 flagged right, no false alarm on the 40 correct
    // quotes, every paraphrase, 4 of 5 ellipses; the same at its merge (set 25 as before), and on the session's final
    // code. (Measured again on session 33's starting code, the same; it became tuning set 32 in session 33.)
    // Held-out set 27: made later in session 32 by an eighteenth teammate; first measured on the code as that session
    // began (9e0be18's rules, in a worktree): 19 of 20 caught, all flagged right, no false alarm on the 40 correct
    // quotes, every paraphrase and ellipsis; the same at its merge.
    // Held-out set 28: made during session 33 by a nineteenth teammate; first measured on the code as that session
    // began (e3ab0bf's rules, in a worktree): 17 of 20 caught, 17 of 19 flagged right, one false alarm on the 40 correct
    // quotes, every paraphrase, 4 of 5 ellipses; the same at its merge (b811c28's rules). Under the issue's targets on
    // both counts: the floor records it, it is not a target.
    // Not to be tuned on: these floors sit at the last measurements and only catch a change that makes unseen copy
    // worse.
    this.timeout(60000);
    for (const [file, label, f] of [
      [ATTRIBUTION_HELDOUT27, 'held-out set 27', { precision: 0.97, recall: 0.95, paraphrase: 0.95, ellipsis: 0.95, falseAlarms: 0 }],
      [ATTRIBUTION_HELDOUT28, 'held-out set 28', { precision: 0.89, recall: 0.85, paraphrase: 0.95, ellipsis: 0.8, falseAlarms: 1 }],
    ] as const) {
      // (Totals only: a held-out set's misses are not printed.)
      const r = evaluateAttribution(file);
      assertSetFloors(r, { minQuotes: 50, ...f }, `\n${formatAttributionReport(r, label)}`);
    }
  });

  it('labels are consistent with the drafts and sources (validate.mjs)', () => {
    const { spawnSync } = require('child_process') as typeof import('child_process');
    const { ROOT } = require('../support/corpora') as typeof import('../support/corpora');
    const fs = require('fs') as typeof import('fs');
    const sets = ['tuning2', 'tuning3', 'tuning4', 'tuning5', 'tuning6', 'tuning7', 'tuning8', 'tuning9', 'tuning10', 'tuning11', 'tuning12', 'tuning13', 'tuning14', 'tuning15', 'tuning16', 'tuning17', 'tuning18', 'tuning19', 'tuning20', 'tuning21', 'tuning22', 'tuning23', 'tuning24', 'tuning25', 'tuning26', 'tuning27', 'tuning28', 'tuning29', 'tuning30', 'tuning31', 'tuning32', 'heldout27', 'heldout28'].map((s) => `test/devset/attribution-${s}`);
    for (const set of sets) assert.ok(fs.existsSync(path.join(ROOT, set)), `${set} is there`);
    for (const args of [[], ...sets.map((s) => [s])]) {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'test/devset/attribution/validate.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
      assert.strictEqual(r.status, 0, r.stdout + r.stderr);
    }
  });
});

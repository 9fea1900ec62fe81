/**
 * The labelled sets an evaluator scores, tuning sets first, then held-out ones. `--set tuning` scores only the sets
 * the rules are tuned on, `--set heldout` only the held-out ones (default: all). Whoever tunes rules runs
 * `--set tuning`, so the held-out figures stay unseen until the work is reviewed.
 */
export interface EvalSet {
  /** The set's labels; undefined for the evaluator's default (its first tuning set). */
  file?: string;
  label: string;
  heldOut: boolean;
}

/** The word after an option on the command line ("--split train"), if the option is there. */
export function optionValue(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

export function wantedSet(heldOut: boolean, argv = process.argv): boolean {
  const set = argv.includes('--set') ? optionValue(argv, '--set') : 'all';
  return set === 'all' || (set === 'heldout') === heldOut;
}

/** Scores and prints each wanted set; with --verbose, `details` lines (its misses) after each report. */
export function printEvalSets<R>(
  sets: EvalSet[],
  score: (file: string | undefined) => R,
  report: (result: R, label: string) => string,
  details: (result: R) => string[],
  argv = process.argv,
): void {
  for (const { file, label, heldOut } of sets) {
    if (!wantedSet(heldOut, argv)) continue;
    const result = score(file);
    console.log(report(result, label));
    if (argv.includes('--verbose')) for (const line of details(result)) console.log(line);
  }
}

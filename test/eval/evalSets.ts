/**
 * `--set tuning` scores only the set the rules are tuned on, `--set heldout` only the held-out one (default: both).
 * Whoever tunes rules runs `--set tuning`, so the held-out figures stay unseen until the work is reviewed.
 * `file` is undefined for the tuning set (each evaluator's default).
 */
export function wantedSet(file: string | undefined, argv = process.argv): boolean {
  const i = argv.indexOf('--set');
  const set = i >= 0 ? argv[i + 1] : 'all';
  return set === 'all' || (set === 'tuning') === (file === undefined);
}

/** `npm run eval`: prints the development-set scores, and each miss with --verbose. */
import { evaluateDevset, formatReport } from './devset';

const report = evaluateDevset();
console.log(formatReport(report));
if (process.argv.includes('--verbose') || process.argv.includes('-v')) {
  for (const m of report.misses) {
    console.log(`- [${m.case}] ${m.draft}: "${m.text.slice(0, 80)}" expected ${m.expected}, got ${m.got}${m.detail ? ` (${m.detail})` : ''}`);
  }
} else if (report.misses.length) {
  console.log(`(${report.misses.length} misses: run with -- --verbose to list them)`);
}

/**
 * Scores the checker on the labelled development set (test/devset): quote detection, status per quote, and
 * whether each misquote's fix gives back the source wording.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkDraft, QuoteStatus } from '../../server/src/engine/check';
import { normalizeWord } from '../../server/src/engine/text';
import { formatOf } from '../../server/src/features/common';
import { corpusOf, ROOT } from '../support/corpora';

interface LabelledQuote {
  text: string;
  status: QuoteStatus;
  case: string;
  source: string | null;
  expected: string | null;
}
interface LabelledDraft {
  path: string;
  unterminated: number;
  quotes: LabelledQuote[];
}
interface Labels {
  sources: string[];
  drafts: LabelledDraft[];
}

export interface Miss {
  draft: string;
  text: string;
  expected: string;
  got: string;
  case: string;
  detail?: string;
}

export interface EvalReport {
  quotes: number;
  detected: number;
  detectionRecall: number;
  detectionPrecision: number;
  perStatus: Record<QuoteStatus, { precision: number; recall: number; support: number }>;
  problemRecall: number;
  falseAlarmRate: number;
  exactFixes: number;
  fixTotal: number;
  exactFixRate: number;
  unterminatedExpected: number;
  unterminatedFound: number;
  misses: Miss[];
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Words as written (case kept), apostrophes folded: what "the same wording" means for a fix. */
const words = (s: string) => (s.match(/\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}\p{M}]+(?:['’ʼ][\p{L}\p{N}\p{M}]+)*/gu) ?? []).map((w) => w.replace(/[’ʼ]/g, "'"));
const sameWording = (a: string, b: string) => {
  const wa = words(a);
  const wb = words(b);
  // The first word's case may differ (a quote can start mid-sentence).
  return wa.length === wb.length && wa.every((w, i) => (i === 0 ? normalizeWord(w) === normalizeWord(wb[i]) : w === wb[i]));
};

export function evaluateDevset(labelsPath = path.join(ROOT, 'test/devset/labels.json')): EvalReport {
  const labels = JSON.parse(fs.readFileSync(labelsPath, 'utf8')) as Labels;
  const corpus = corpusOf(...labels.sources.map((s) => path.join(ROOT, s)));
  const statuses: QuoteStatus[] = ['verified', 'misquote', 'unverified'];
  const confusion = new Map<string, number>();
  const count = (expected: string, got: string) => confusion.set(`${expected}>${got}`, (confusion.get(`${expected}>${got}`) ?? 0) + 1);
  const misses: Miss[] = [];
  let quotes = 0;
  let detected = 0;
  let matchedDetections = 0;
  let exactFixes = 0;
  let fixTotal = 0;
  let unterminatedExpected = 0;
  let unterminatedFound = 0;

  for (const draft of labels.drafts) {
    const text = fs.readFileSync(path.join(ROOT, draft.path), 'utf8');
    const result = checkDraft(corpus, text, formatOf(draft.path))!;
    unterminatedExpected += draft.unterminated;
    unterminatedFound += result.unterminated.length;
    detected += result.checks.length;
    const used = new Set<number>();
    for (const label of draft.quotes) {
      quotes++;
      const i = result.checks.findIndex((c, k) => !used.has(k) && collapse(c.quote.text) === collapse(label.text));
      if (i < 0) {
        count(label.status, 'not-detected');
        misses.push({ draft: draft.path, text: label.text, expected: label.status, got: 'not detected', case: label.case });
        continue;
      }
      used.add(i);
      matchedDetections++;
      const check = result.checks[i];
      count(label.status, check.status);
      if (check.status !== label.status) {
        misses.push({
          draft: draft.path,
          text: label.text,
          expected: label.status,
          got: check.status,
          case: label.case,
          detail: check.changes.map((c) => `${c.kind}:${c.draftText}>${c.sourceText}`).join(' | ') + ` sim=${check.similarity.toFixed(2)}`,
        });
      }
      if (label.status === 'misquote' && check.status === 'misquote' && label.expected !== null) {
        fixTotal++;
        if (check.fix !== undefined && sameWording(check.fix, label.expected)) exactFixes++;
        else
          misses.push({
            draft: draft.path,
            text: label.text,
            expected: `fix "${label.expected}"`,
            got: `fix "${check.fix ?? '(none)'}"`,
            case: label.case,
          });
      }
    }
    result.checks.forEach((c, k) => {
      if (!used.has(k)) misses.push({ draft: draft.path, text: c.quote.text, expected: 'no quote', got: c.status, case: 'false-detection' });
    });
  }

  const get = (e: string, g: string) => confusion.get(`${e}>${g}`) ?? 0;
  const perStatus = {} as EvalReport['perStatus'];
  for (const s of statuses) {
    const tp = get(s, s);
    const predicted = statuses.reduce((n, e) => n + get(e, s), 0);
    const support = [...statuses, 'not-detected'].reduce((n, g) => n + get(s, g), 0);
    perStatus[s] = { precision: predicted ? tp / predicted : 1, recall: support ? tp / support : 1, support };
  }
  const problems = perStatus.misquote.support + perStatus.unverified.support;
  const problemsFlagged =
    get('misquote', 'misquote') + get('misquote', 'unverified') + get('unverified', 'misquote') + get('unverified', 'unverified');
  const correct = perStatus.verified.support;
  const falseAlarms = get('verified', 'misquote') + get('verified', 'unverified');
  return {
    quotes,
    detected,
    detectionRecall: quotes ? matchedDetections / quotes : 1,
    detectionPrecision: detected ? matchedDetections / detected : 1,
    perStatus,
    problemRecall: problems ? problemsFlagged / problems : 1,
    falseAlarmRate: correct ? falseAlarms / correct : 0,
    exactFixes,
    fixTotal,
    exactFixRate: fixTotal ? exactFixes / fixTotal : 1,
    unterminatedExpected,
    unterminatedFound,
    misses,
  };
}

export function formatReport(r: EvalReport): string {
  const pct = (x: number) => (100 * x).toFixed(1) + '%';
  const lines = [
    `Development set: ${r.quotes} labelled quotes, ${r.detected} detected`,
    `  detection      recall ${pct(r.detectionRecall)}  precision ${pct(r.detectionPrecision)}`,
  ];
  for (const [s, v] of Object.entries(r.perStatus)) {
    lines.push(`  ${s.padEnd(14)} recall ${pct(v.recall)}  precision ${pct(v.precision)}  (${v.support} labelled)`);
  }
  lines.push(
    `  problems flagged (misquote or unverified): ${pct(r.problemRecall)}   target >= 98%`,
    `  false alarms on correct quotes:            ${pct(r.falseAlarmRate)}   target <= 1%`,
    `  exact fixes:                               ${pct(r.exactFixRate)} (${r.exactFixes}/${r.fixTotal})   target >= 97%`,
    `  unterminated quotes reported: ${r.unterminatedFound} of ${r.unterminatedExpected}`,
  );
  return lines.join('\n');
}

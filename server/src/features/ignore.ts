/**
 * The writer's say over Verbatim: HTML comments (invisible once Markdown is rendered) that silence it, and the
 * severity the writer chose for each diagnostic code.
 *
 *   <!-- verbatim-disable-next-line -->                 no diagnostics on the next line
 *   <!-- verbatim-disable --> … <!-- verbatim-enable --> none in between (to the end if never enabled)
 *   “…”<!-- verbatim-ignore -->                        none for the quote just before the comment
 *
 * The last form is what the "Ignore this quote" quick-fix writes. It goes after the quote, never before, because a
 * Markdown line that starts with `<!--` becomes an HTML block and would change how the paragraph renders.
 */
import { CodeAction, CodeActionContext, CodeActionKind, Diagnostic, DiagnosticSeverity, Range, TextDocumentEdit } from 'vscode-languageserver-types';
import { QuoteCheck } from '../engine/check';
import { DraftAnalysis, quoteRange } from './common';

export const IGNORE_QUOTE_COMMENT = '<!-- verbatim-ignore -->';

/** Diagnostic codes that belong to one quote (the ones "Ignore this quote" is offered for). */
export const QUOTE_CODES = ['misquote', 'unverified-quote', 'misattributed-quote', 'not-a-direct-quote', 'ellipsis-changes-meaning'];

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';
const SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface IgnoreRules {
  /** 0-based lines on which nothing is reported. */
  lines: Set<number>;
  /** Offset ranges [start, end) in which nothing is reported. */
  regions: Array<[number, number]>;
}

const COMMENT_RE = /<!--\s*verbatim-(disable-next-line|disable|enable)\s*-->/g;
const IGNORE_AFTER_RE = /^[ \t]*<!--\s*verbatim-ignore\s*-->/;

const rulesCache = new WeakMap<DraftAnalysis, IgnoreRules>();

export function ignoreRules(analysis: DraftAnalysis): IgnoreRules {
  let rules = rulesCache.get(analysis);
  if (rules) return rules;
  rules = { lines: new Set(), regions: [] };
  const text = analysis.document.text;
  let disabledAt: number | undefined;
  for (const m of text.matchAll(COMMENT_RE)) {
    const end = m.index! + m[0].length;
    if (m[1] === 'disable-next-line') rules.lines.add(analysis.lines.positionAt(end).line + 1);
    else if (m[1] === 'disable') disabledAt ??= m.index!;
    else if (disabledAt !== undefined) {
      rules.regions.push([disabledAt, end]);
      disabledAt = undefined;
    }
  }
  if (disabledAt !== undefined) rules.regions.push([disabledAt, text.length]);
  rulesCache.set(analysis, rules);
  return rules;
}

/** Whether the quote is silenced: by a `verbatim-ignore` comment right after it, or by a rule where it starts. */
export function isQuoteIgnored(analysis: DraftAnalysis, check: QuoteCheck): boolean {
  if (IGNORE_AFTER_RE.test(analysis.document.text.slice(check.quote.end, check.quote.end + 40))) return true;
  return isOffsetIgnored(analysis, check.quote.start);
}

function isOffsetIgnored(analysis: DraftAnalysis, offset: number): boolean {
  const rules = ignoreRules(analysis);
  if (rules.lines.has(analysis.lines.positionAt(offset).line)) return true;
  return rules.regions.some(([s, e]) => s <= offset && offset < e);
}

/**
 * Drops what the writer silenced and applies the chosen severities ('off' drops the code). Run inside
 * computeDiagnostics, so quick-fixes and "fix all" never touch an ignored quote either.
 */
export function applyWriterRules(analysis: DraftAnalysis, diagnostics: Diagnostic[], severities?: Record<string, SeveritySetting>): Diagnostic[] {
  const ignoredQuoteStarts = new Set<number>();
  for (const c of analysis.result.checks) if (isQuoteIgnored(analysis, c)) ignoredQuoteStarts.add(c.quote.start);
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const offset = analysis.lines.offsetAt(d.range.start);
    if (isOffsetIgnored(analysis, offset)) continue;
    if (QUOTE_CODES.includes(String(d.code)) && ignoredQuoteStarts.has(offset)) continue;
    const chosen = severities?.[String(d.code)];
    if (chosen === 'off') continue;
    out.push(chosen && chosen in SEVERITY ? { ...d, severity: SEVERITY[chosen] } : d);
  }
  return out;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

/** "Ignore this quote" for each reported quote in the range: writes the ignore comment right after it. */
export function getIgnoreActions(analysis: DraftAnalysis, range: Range, context: CodeActionContext, diagnostics: Diagnostic[]): CodeAction[] {
  if (context.only?.length && !context.only.some((k) => CodeActionKind.QuickFix === k || CodeActionKind.QuickFix.startsWith(k + '.'))) return [];
  const actions: CodeAction[] = [];
  const seen = new Set<QuoteCheck>();
  for (const check of analysis.result.checks) {
    const r = quoteRange(analysis, check);
    if (seen.has(check) || !overlaps(r, range)) continue;
    // Only quotes that have something to silence: a diagnostic of a quote code that starts where the quote does.
    const own = diagnostics.filter((d) => QUOTE_CODES.includes(String(d.code)) && d.range.start.line === r.start.line && d.range.start.character === r.start.character);
    if (own.length === 0) continue;
    seen.add(check);
    const at = analysis.lines.positionAt(check.quote.end);
    actions.push({
      title: 'Ignore this quote',
      kind: CodeActionKind.QuickFix,
      diagnostics: own,
      edit: {
        documentChanges: [
          TextDocumentEdit.create({ uri: analysis.document.uri, version: analysis.document.version }, [
            { range: { start: at, end: at }, newText: IGNORE_QUOTE_COMMENT },
          ]),
        ],
      },
    });
  }
  return actions;
}

import { Diagnostic, DiagnosticSeverity, TextEdit } from 'vscode-languageserver-types';
import { QuoteChange, QuoteCheck } from '../engine/check';
import { computeNameHints } from './nameHints';
import { applyWriterRules } from './ignore';
import { AttributionFinding } from '../engine/attributionCheck';
import { Speaker } from '../engine/attribution';
import {
  articleLabel,
  articleUri,
  CancellationToken,
  DraftAnalysis,
  quoteRange,
  sourceRange,
} from './common';

export const DIAGNOSTIC_SOURCE = 'verbatim';
export const Codes = {
  misquote: 'misquote',
  unverified: 'unverified-quote',
  unterminated: 'unterminated-quote',
  misattributed: 'misattributed-quote',
  notDirect: 'not-a-direct-quote',
  ellipsis: 'ellipsis-changes-meaning',
} as const;

/** Quick-fix edits for an attribution finding, carried on its diagnostic. */
export interface AttributionData {
  fixes: Array<{ title: string; edits: TextEdit[] }>;
}

function speakerLabel(s: Speaker): string {
  return s.entities.length ? s.entities.map((e) => e.name).join(' and ') : s.text;
}

/** The draft's speaker: by the draft's own words when they fit several people ("Cole", not "Bill Cole and Martin Cole"). */
function draftSpeakerLabel(s: Speaker): string {
  return s.entities.length > 1 && s.via !== 'pronoun' && !/\band\b|&/.test(s.text) ? s.text.trim() : speakerLabel(s);
}

function attributionDiagnostic(analysis: DraftAnalysis, f: AttributionFinding): Diagnostic {
  const range = quoteRange(analysis, f.check);
  const span = f.check.source!;
  const relatedInformation = [{ location: { uri: articleUri(span.article), range: sourceRange(span) }, message: `Source: ${articleLabel(span.article, span.start)}` }];
  const edit = (start: number, end: number, newText: string): TextEdit => ({ range: analysis.lines.rangeOf(start, end), newText });
  const q = f.check.quote;
  if (f.kind === 'misattributed') {
    const data: AttributionData = { fixes: [] };
    if (f.speakerFix) {
      data.fixes.push({ title: `Attribute to ${f.speakerFix.newText}`, edits: [edit(f.speakerFix.start, f.speakerFix.end, f.speakerFix.newText)] });
    }
    return {
      range,
      severity: DiagnosticSeverity.Warning,
      code: Codes.misattributed,
      source: DIAGNOSTIC_SOURCE,
      message: `Misattributed: the source gives these words to ${speakerLabel(f.sourceSpeaker!)}, not ${draftSpeakerLabel(f.draftSpeaker!)} (${articleLabel(span.article, span.start)})`,
      relatedInformation,
      data,
    };
  }
  if (f.kind === 'not-a-direct-quote') {
    const data: AttributionData = { fixes: [] };
    if (q.open && q.close) {
      data.fixes.push({ title: 'Remove the quotation marks', edits: [edit(q.start, q.contentStart, ''), edit(q.contentEnd, q.end, '')] });
    }
    if (f.nearestQuote) {
      const t = f.nearestQuote.text.replace(/\s+/g, ' ');
      data.fixes.push({ title: `Use the nearest direct quote: “${t.length > 50 ? t.slice(0, 49) + '…' : t}”`, edits: [edit(q.contentStart, q.contentEnd, t)] });
    }
    return {
      range,
      severity: DiagnosticSeverity.Information,
      code: Codes.notDirect,
      source: DIAGNOSTIC_SOURCE,
      message: `Not a direct quote: in ${articleLabel(span.article, span.start)} these words are the reporter's, outside quotation marks`,
      relatedInformation,
      data,
    };
  }
  return {
    range,
    severity: DiagnosticSeverity.Warning,
    code: Codes.ellipsis,
    source: DIAGNOSTIC_SOURCE,
    message: `The ellipsis leaves out ${f.dropped!.map((w) => `"${w}"`).join(', ')}, which changes the meaning of the source`,
    relatedInformation,
  };
}

/** What a quick-fix needs, carried on the diagnostic so that any client can hand it back. */
export interface MisquoteData {
  edits: TextEdit[];
  fix?: string;
}

function show(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${t.length > max ? t.slice(0, max - 1) + '…' : t}"`;
}

export function describeChange(c: QuoteChange): string {
  const tag = c.critical ? `${c.critical} changed: ` : '';
  if (c.kind === 'changed') return `${tag}the source says ${show(c.sourceText)}, not ${show(c.draftText)}`;
  if (c.kind === 'dropped') return `${tag}${show(c.sourceText)} left out`;
  return `${tag}${show(c.draftText)} is not in the source`;
}

export function misquoteMessage(check: QuoteCheck): string {
  const where = check.source ? ` (${articleLabel(check.source.article, check.source.start)})` : '';
  if (check.note) return `Misquote: ${check.note}${where}`;
  const shown = check.changes.slice(0, 3).map(describeChange);
  if (check.changes.length > 3) shown.push(`${check.changes.length - 3} more difference(s)`);
  return `Misquote: ${shown.join('; ')}${where}`;
}

export function computeDiagnostics(analysis: DraftAnalysis, token?: CancellationToken): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const articles = analysis.corpus.articles.length;
  for (const check of analysis.result.checks) {
    if (token?.isCancellationRequested) return [];
    const range = quoteRange(analysis, check);
    if (check.status === 'misquote') {
      const data: MisquoteData = {
        edits: check.edits.map((e) => ({ range: analysis.lines.rangeOf(e.start, e.end), newText: e.newText })),
        fix: check.fix,
      };
      diagnostics.push({
        range,
        severity: DiagnosticSeverity.Warning,
        code: Codes.misquote,
        source: DIAGNOSTIC_SOURCE,
        message: misquoteMessage(check),
        relatedInformation: check.sources.map((span) => ({
          location: { uri: articleUri(span.article), range: sourceRange(span) },
          message: `Source wording in ${articleLabel(span.article, span.start)}`,
        })),
        data,
      });
    } else if (check.status === 'unverified' && check.wordCount >= analysis.options.minQuoteWords) {
      diagnostics.push({
        range,
        severity: DiagnosticSeverity.Information,
        code: Codes.unverified,
        source: DIAGNOSTIC_SOURCE,
        message: `Unverified quote: not found in any of the ${articles} source article${articles === 1 ? '' : 's'}`,
      });
    }
  }
  for (const f of analysis.attributions) diagnostics.push(attributionDiagnostic(analysis, f));
  if (analysis.names) diagnostics.push(...computeNameHints(analysis.result.prose, analysis.lines, analysis.names, analysis.corpus));
  for (const u of analysis.result.unterminated) {
    diagnostics.push({
      range: analysis.lines.rangeOf(u.offset, u.offset + u.mark.length),
      severity: DiagnosticSeverity.Hint,
      code: Codes.unterminated,
      source: DIAGNOSTIC_SOURCE,
      message: `Quotation mark ${u.mark} is never closed in this paragraph, so the quote is not checked`,
    });
  }
  return applyWriterRules(analysis, diagnostics, analysis.options.severities);
}

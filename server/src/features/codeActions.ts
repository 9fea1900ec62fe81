import {
  CodeAction,
  CodeActionContext,
  CodeActionKind,
  Diagnostic,
  Range,
  TextDocumentEdit,
  TextEdit,
} from 'vscode-languageserver-types';
import { CancellationToken, DraftAnalysis } from './common';
import { AttributionData, Codes, computeDiagnostics, MisquoteData } from './diagnostics';
import { NAME_SPELLING_CODE, NameSpellingData } from './nameHints';

export const FIX_ALL_KIND = 'source.fixAll.verbatim';

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

function editFor(analysis: DraftAnalysis, edits: TextEdit[]) {
  // Versioned, so that an editor refuses the edit if the draft changed since it was checked.
  const { uri, version } = analysis.document;
  return { documentChanges: [TextDocumentEdit.create({ uri, version }, edits)] };
}

function wants(context: CodeActionContext, kind: string): boolean {
  if (!context.only || context.only.length === 0) return true;
  return context.only.some((k) => kind === k || kind.startsWith(k + '.'));
}

export function getCodeActions(
  analysis: DraftAnalysis,
  range: Range,
  context: CodeActionContext,
  token?: CancellationToken,
): CodeAction[] {
  // Diagnostics are recomputed from the current analysis rather than trusted from the client, so a fix always
  // matches the text it edits.
  const misquotes = computeDiagnostics(analysis, token).filter((d) => d.code === Codes.misquote);
  const actions: CodeAction[] = [];
  if (wants(context, CodeActionKind.QuickFix)) {
    for (const d of misquotes) {
      const data = d.data as MisquoteData;
      if (!overlaps(d.range, range) || data.edits.length === 0) continue;
      actions.push({
        title: data.fix !== undefined ? `Use the source wording: “${shorten(data.fix)}”` : 'Use the source wording',
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: true,
        edit: editFor(analysis, data.edits),
      });
    }
  }
  if (wants(context, CodeActionKind.QuickFix)) {
    for (const d of context.diagnostics) {
      if (d.code !== NAME_SPELLING_CODE || !overlaps(d.range, range)) continue;
      // Re-derived from the current text: the hint's range must still hold the misspelt word.
      const current = computeDiagnostics(analysis, token).find(
        (x) => x.code === NAME_SPELLING_CODE && x.range.start.line === d.range.start.line && x.range.start.character === d.range.start.character,
      );
      if (!current) continue;
      const { replacement } = current.data as NameSpellingData;
      actions.push({
        title: `Change to "${replacement}"`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [current],
        isPreferred: true,
        edit: editFor(analysis, [{ range: current.range, newText: replacement }]),
      });
    }
  }
  if (wants(context, CodeActionKind.QuickFix)) {
    const attributionCodes: string[] = [Codes.misattributed, Codes.notDirect];
    const current = computeDiagnostics(analysis, token).filter((d) => attributionCodes.includes(String(d.code)) && overlaps(d.range, range));
    for (const d of current) {
      (d.data as AttributionData | undefined)?.fixes.forEach((fix, k) =>
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: k === 0, edit: editFor(analysis, fix.edits) }),
      );
    }
  }
  const fixable = misquotes.filter((d) => (d.data as MisquoteData).edits.length > 0);
  const fixAllRequested = context.only?.some((k) => FIX_ALL_KIND.startsWith(k) && k.startsWith('source'));
  if (fixable.length > 0 && (fixAllRequested || (wants(context, CodeActionKind.QuickFix) && actions.length > 0 && fixable.length > 1))) {
    actions.push({
      title: `Fix all misquotes in this file (${fixable.length})`,
      kind: FIX_ALL_KIND,
      diagnostics: fixable,
      edit: editFor(analysis, fixable.flatMap((d: Diagnostic) => (d.data as MisquoteData).edits)),
    });
  }
  return actions;
}

function shorten(text: string, max = 50): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

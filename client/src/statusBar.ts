/**
 * The status bar item: the active corpus, "indexing" while the server loads it, and the misquotes in the active
 * draft (from the server's quote report, so a source article or another language shows none). Clicking it opens
 * the quote report.
 */
import * as vscode from 'vscode';
import type { QuoteReport, ReportStatus } from '../../server/src/features/report';

export interface CorpusInfo {
  kind: 'workspace' | 'bundled';
  articles: number;
  description: string;
  skipped: number;
}

const LABELS: Record<ReportStatus | 'ignored', string> = {
  verified: 'verified',
  misquote: 'misquote',
  unverified: 'unverified',
  misattributed: 'misattributed',
  'not-a-direct-quote': 'not a direct quote',
  'ellipsis-changes-meaning': 'ellipsis changes meaning',
  ignored: 'ignored',
};

export class VerbatimStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('verbatim.status', vscode.StatusBarAlignment.Left, 50);
  private corpus: CorpusInfo | undefined;
  private indexing = true;
  private report: { draft: string; report: QuoteReport } | undefined;

  constructor() {
    this.item.name = 'Verbatim';
    this.item.command = 'verbatim.showQuoteReport';
    this.render();
    this.item.show();
  }

  /** What the item shows now (also offered to other extensions and tests through the extension's exports). */
  get text(): string {
    return this.item.text;
  }

  setIndexing(): void {
    this.indexing = true;
    this.render();
  }

  setCorpus(info: CorpusInfo): void {
    this.corpus = info;
    this.indexing = false;
    this.render();
  }

  setReport(draft: vscode.Uri | undefined, report: QuoteReport | null): void {
    this.report = draft && report ? { draft: draft.toString(), report } : undefined;
    this.render();
  }

  /** Re-reads the counts of the active draft. */
  render(): void {
    const corpusLabel = !this.corpus ? '' : this.corpus.kind === 'bundled' ? 'seed articles' : `${this.corpus.articles} article${this.corpus.articles === 1 ? '' : 's'}`;
    if (this.indexing) {
      this.item.text = `$(sync~spin) Verbatim: indexing${corpusLabel ? ` (${corpusLabel})` : '…'}`;
      this.item.tooltip = 'Verbatim is indexing the source articles.';
      return;
    }
    const counts = this.activeCounts();
    const misquotes = counts?.misquote ?? 0;
    this.item.text = `$(book) Verbatim: ${corpusLabel}` + (counts ? ` $(warning) ${misquotes} misquote${misquotes === 1 ? '' : 's'}` : '');
    const tip = new vscode.MarkdownString(undefined, true);
    tip.appendText(`Quotes are checked against ${this.corpus?.description ?? 'the sources'}.`);
    if (this.corpus?.skipped) tip.appendText(` ${this.corpus.skipped} file(s) skipped: see the Verbatim output.`);
    if (counts) {
      const parts = (Object.keys(LABELS) as Array<keyof typeof LABELS>).filter((k) => counts[k]).map((k) => `${counts[k]} ${LABELS[k]}`);
      tip.appendText(`\n\nThis draft: ${parts.length ? parts.join(', ') : 'no quotes'}.`);
    }
    tip.appendText('\n\nClick for the quote report.');
    this.item.tooltip = tip;
  }

  /** The counts of the active editor's draft, if the latest report is about it. */
  private activeCounts(): QuoteReport['counts'] | undefined {
    const doc = vscode.window.activeTextEditor?.document;
    return doc && this.report?.draft === doc.uri.toString() ? this.report.report.counts : undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}

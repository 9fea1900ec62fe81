/**
 * The quote report: a tree view (Explorer › Verbatim Quotes) listing every quote of the active draft with its
 * status; a quote reveals itself in the draft, its child opens the source passage. Filled from the server's
 * `verbatim/quoteReport` request and refreshed whenever the draft's diagnostics change.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { QuoteReport, QuoteReportEntry, ReportStatus } from '../../server/src/features/report';

export const QUOTE_REPORT_VIEW = 'verbatim.quoteReport';

const STATUS: Record<ReportStatus, { label: string; icon: string; color?: string }> = {
  verified: { label: 'verified', icon: 'pass', color: 'testing.iconPassed' },
  misquote: { label: 'misquote', icon: 'warning', color: 'list.warningForeground' },
  unverified: { label: 'unverified', icon: 'question', color: 'list.deemphasizedForeground' },
  misattributed: { label: 'misattributed', icon: 'person', color: 'list.warningForeground' },
  'not-a-direct-quote': { label: 'not a direct quote', icon: 'info' },
  'ellipsis-changes-meaning': { label: 'ellipsis changes meaning', icon: 'warning', color: 'list.warningForeground' },
};

type Node = { kind: 'quote'; entry: QuoteReportEntry; draft: vscode.Uri } | { kind: 'source'; entry: QuoteReportEntry };

function shorten(text: string, max = 48): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

function toRange(r: QuoteReportEntry['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export class QuoteReportView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly reported = new vscode.EventEmitter<{ draft: vscode.Uri | undefined; report: QuoteReport | null }>();
  /** A new report arrived (null: the draft is not checked); the status bar counts from it. */
  readonly onDidChangeReport = this.reported.event;
  private readonly view: vscode.TreeView<Node>;
  private report: QuoteReport | null = null;
  private draft: vscode.Uri | undefined;
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly languages: () => string[],
  ) {
    this.view = vscode.window.createTreeView(QUOTE_REPORT_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      this.reported,
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshSoon(0)),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.draft && e.uris.some((u) => u.toString() === this.draft!.toString())) this.refreshSoon();
      }),
    );
  }

  /** Refreshes after a short pause, so a burst of diagnostics updates costs one request. */
  refreshSoon(delay = 150): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const editor = vscode.window.activeTextEditor;
    if (editor && this.languages().includes(editor.document.languageId)) this.draft = editor.document.uri;
    const client = this.client();
    let report: QuoteReport | null = null;
    if (this.draft && client?.isRunning()) {
      try {
        report = await client.sendRequest<QuoteReport | null>('verbatim/quoteReport', { textDocument: { uri: this.draft.toString() } });
      } catch (e) {
        client.warn(`Quote report failed: ${(e as Error).message ?? e}`);
      }
    }
    if (generation !== this.generation) return; // a newer refresh is under way
    this.report = report;
    this.view.message = this.summary();
    this.changed.fire();
    this.reported.fire({ draft: this.draft, report });
  }

  private summary(): string {
    if (!this.draft) return 'Open a Markdown or plain-text draft to see its quotes.';
    const name = this.draft.path.split('/').pop();
    if (!this.report) return `${name} is not checked (a source article, or not a draft language).`;
    const c = this.report.counts;
    const parts = (Object.keys(STATUS) as ReportStatus[]).filter((s) => c[s]).map((s) => `${c[s]} ${STATUS[s].label}`);
    if (c.ignored) parts.push(`${c.ignored} ignored`);
    const n = this.report.quotes.length;
    return `${name}: ${n} quote${n === 1 ? '' : 's'}${parts.length ? ' — ' + parts.join(', ') : ''}`;
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.report && this.draft ? this.report.quotes.map((entry) => ({ kind: 'quote', entry, draft: this.draft! })) : [];
    return node.kind === 'quote' && node.entry.source ? [{ kind: 'source', entry: node.entry }] : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const { entry } = node;
    if (node.kind === 'source') {
      const s = entry.source!;
      const item = new vscode.TreeItem(s.date ? `${s.title} (${s.date})` : s.title, vscode.TreeItemCollapsibleState.None);
      item.iconPath = new vscode.ThemeIcon('book');
      item.description = `line ${s.range.start.line + 1}`;
      item.tooltip = 'Open the source at this passage';
      item.command = { command: 'verbatim.openSource', title: 'Open Source Article', arguments: [s.uri, s.range] };
      return item;
    }
    const status = STATUS[entry.status];
    const item = new vscode.TreeItem(`“${shorten(entry.text)}”`, entry.source ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.description = entry.ignored ? `${status.label} (ignored)` : status.label;
    item.iconPath = entry.ignored ? new vscode.ThemeIcon('eye-closed') : new vscode.ThemeIcon(status.icon, status.color ? new vscode.ThemeColor(status.color) : undefined);
    // Quote and message come from the draft and the sources: shown as plain text, never as Markdown.
    const tip = new vscode.MarkdownString();
    tip.appendText(`“${entry.text}”\n\n${entry.message ?? status.label}`);
    if (entry.source) tip.appendText(`\n\nSource: ${entry.source.title}${entry.source.date ? ` (${entry.source.date})` : ''}`);
    item.tooltip = tip;
    item.contextValue = `quote.${entry.status}`;
    item.command = {
      command: 'vscode.open',
      title: 'Show quote',
      arguments: [node.draft, { selection: toRange(entry.range) } satisfies vscode.TextDocumentShowOptions],
    };
    return item;
  }

  async reveal(): Promise<void> {
    await vscode.commands.executeCommand(`${QUOTE_REPORT_VIEW}.focus`);
    await this.refresh();
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * The language server: LSP wiring only. Each handler finds the draft's analysis and calls one feature module.
 * Run standalone with `node dist/server.js --stdio`.
 */
import { fileURLToPath } from 'url';
import {
  CodeActionKind,
  ErrorCodes,
  ResponseError,
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CorpusSelection, DEFAULT_MAX_SOURCE_MB, DEFAULT_SOURCE_PATTERNS, selectCorpusSteps } from './corpusSelection';
import { runInSlices, runToEnd, Steps } from './engine/steps';
import { getCodeActions, FIX_ALL_KIND } from './features/codeActions';
import {
  analyzeDraft,
  analyzeDraftInSlices,
  DEFAULT_FEATURE_OPTIONS,
  DraftAnalysis,
  FeatureOptions,
  formatOf,
  Knowledge,
  quoteAt,
} from './features/common';
import { getDefinition } from './features/definition';
import { computeDiagnostics } from './features/diagnostics';
import { getHover } from './features/hover';
import { getCompletions } from './features/completion';
import { getNameDefinition, getNameHover, getNameReferences, getWorkspaceSymbols } from './features/names';
import { buildNameIndexSteps, NameIndex } from './engine/names';
import { SourceQuotes } from './engine/attribution';
import { loadKnowledge, saveKnowledge, SourceKnowledge } from './engine/knowledgeCache';
import { getIgnoreActions, SeveritySetting } from './features/ignore';
import { buildQuoteReport, listSources, QUOTE_REPORT_REQUEST, SOURCES_REQUEST } from './features/report';
import { getSourceText, SOURCE_TEXT_REQUEST, SourceTextParams } from './features/sourceText';
import { SOURCE_EXTENSIONS } from './engine/sources';
import { signalWarm } from './warmSignal';

interface Settings {
  sources: string[];
  maxSourceMB: number;
  debounce: number;
  minQuoteWords: number;
  languages: string[];
  /** Severity per diagnostic code, 'off' to hide it (`verbatim.severity`). */
  severity: Record<string, SeveritySetting>;
}
const DEFAULT_SETTINGS: Settings = {
  sources: DEFAULT_SOURCE_PATTERNS,
  maxSourceMB: DEFAULT_MAX_SOURCE_MB,
  debounce: 250,
  minQuoteWords: DEFAULT_FEATURE_OPTIONS.minQuoteWords,
  languages: ['markdown', 'plaintext'],
  severity: {},
};

/** Sent to the client whenever the active corpus changes, so it can show it (status bar). */
export const CORPUS_NOTIFICATION = 'verbatim/corpus';
export const REINDEX_REQUEST = 'verbatim/reindex';
/** Sent when indexing starts; the next verbatim/corpus says it is over. */
export const INDEXING_NOTIFICATION = 'verbatim/indexing';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let workspaceDirs: string[] = [];
let settings: Settings = DEFAULT_SETTINGS;
let canReadConfiguration = false;
let trusted = true;
let canWatchFiles = false;
let selection: CorpusSelection | undefined;
let names: NameIndex | undefined;
let knowledge: Knowledge | undefined;
/** Where the client lets the server keep its persisted source index (initializationOptions.cacheDir). */
let indexCacheDir: string | undefined;
/** A big archive's names are built after the open drafts have their first diagnostics (see whenIdle). */
let pendingKnowledge: CorpusSelection | undefined;
const BACKGROUND_NAMES_WORDS = 100_000;
const analyses = new Map<string, DraftAnalysis>();
const pendingChecks = new Map<string, NodeJS.Timeout>();

function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

connection.onInitialize((params) => {
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspaceDirs = folders.map(uriToPath).filter((p): p is string => !!p);
  canReadConfiguration = !!params.capabilities.workspace?.configuration;
  canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  const init = params.initializationOptions as (Partial<Settings> & { trusted?: boolean }) | undefined;
  if (init) settings = { ...DEFAULT_SETTINGS, ...init };
  // The client says whether the workspace is trusted; other editors are trusted unless they say otherwise.
  trusted = init?.trusted !== false;
  const cacheDir = (init as { cacheDir?: unknown } | undefined)?.cacheDir;
  indexCacheDir = typeof cacheDir === 'string' && cacheDir ? cacheDir : undefined;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      workspaceSymbolProvider: true,
      completionProvider: { triggerCharacters: ['“', '"', '«', '„', ' '] },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    },
    serverInfo: { name: 'verbatim' },
  };
});

connection.onInitialized(async () => {
  if (canWatchFiles) {
    await connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: `**/*.{${SOURCE_EXTENSIONS.map((e) => e.slice(1)).join(',')}}` }],
    });
  }
  await refreshSettings();
  loadSources();
});

async function refreshSettings(): Promise<void> {
  if (!canReadConfiguration) return;
  try {
    const s = (await connection.workspace.getConfiguration('verbatim')) as Partial<Settings> | null;
    settings = { ...DEFAULT_SETTINGS, ...(s ?? {}) };
  } catch (e) {
    connection.console.warn(`Could not read settings, using defaults: ${e}`);
  }
}

/** Bumped by every (re)load of the sources: a load overtaken by a newer one is dropped. */
let loadGeneration = 0;

/**
 * Indexing a large corpus takes seconds: it runs in slices, so hovers, edits and other requests are answered
 * meanwhile (against the sources indexed before), and the client is told, with LSP work-done progress.
 */
async function loadSources(): Promise<void> {
  const generation = ++loadGeneration;
  void connection.sendNotification(INDEXING_NOTIFICATION, {});
  const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
  progress?.begin('Verbatim', undefined, 'Indexing source articles…');
  try {
    const trustIndex = firstLoad;
    firstLoad = false;
    const next = await selectSources(trustIndex, () => generation !== loadGeneration);
    if (next) adopt(next);
  } catch (e) {
    connection.console.error(`Indexing the sources failed: ${(e as Error).stack ?? e}`);
  } finally {
    progress?.done();
  }
}

/** The first load may start from the persisted index as it is (see whenIdle); later ones look at the sources. */
let firstLoad = true;

/** The sources as the settings choose them, selected in slices; undefined when `isStale` says a newer load began. */
function selectSources(trustIndex: boolean, isStale: () => boolean): Promise<CorpusSelection | undefined> {
  const patterns = settings.sources?.length ? settings.sources : DEFAULT_SOURCE_PATTERNS;
  const options = { maxSourceMB: settings.maxSourceMB, restrictToWorkspace: !trusted, cacheDir: indexCacheDir, trustIndex };
  return runInSlices(selectCorpusSteps(workspaceDirs, patterns, options), 20, isStale);
}

/** Makes a selection of sources the one drafts are checked against, and checks the open drafts again. */
function adopt(next: CorpusSelection): void {
  selection = next;
  // Names take seconds per 1,000 articles: beyond ~250 articles they are built in slices once the drafts have diagnostics.
  names = undefined;
  knowledge = undefined;
  pendingKnowledge = selection;
  if (selection.corpus.size <= BACKGROUND_NAMES_WORDS) buildKnowledge(selection);
  for (const s of selection.skipped) connection.console.warn(`Skipped source ${s.path}: ${s.reason}`);
  connection.console.info(`Verbatim is checking quotes against ${selection.description}`);
  notifyCorpus(selection);
  analyses.clear();
  for (const doc of documents.all()) scheduleCheck(doc, 0);
  // With no draft open yet, give the editor a moment to open one before the names are built.
  if (documents.all().length === 0) setTimeout(whenIdle, 1000);
}

/** The client's status bar and report follow the corpus in use. */
function notifyCorpus(current: CorpusSelection): void {
  void connection.sendNotification(CORPUS_NOTIFICATION, {
    kind: current.kind,
    articles: current.corpus.articles.length,
    description: current.description,
    skipped: current.skipped.length,
  });
}

/** The sources' names, then their quotes attributed with those names, an article at a time. */
function* knowledgeSteps(corpus: CorpusSelection['corpus']): Steps<SourceKnowledge> {
  const index = yield* buildNameIndexSteps(corpus);
  const sourceQuotes = new SourceQuotes();
  yield* sourceQuotes.addSteps(corpus, index);
  return { names: index, sourceQuotes };
}

/** A small corpus's names and attributed quotes, built at once (before the first diagnostics). */
function buildKnowledge(built: CorpusSelection): void {
  if (pendingKnowledge !== built || selection !== built) return;
  pendingKnowledge = undefined;
  knowledge = runToEnd(knowledgeSteps(built.corpus));
  names = knowledge.names;
}

/**
 * A big archive's names and attributed quotes, built in slices (seconds per thousand articles): drafts, hovers and
 * edits are answered meanwhile, without names; false when the sources changed before the end. Saved beside the
 * persisted index, for the next start from it.
 */
async function buildKnowledgeInSlices(built: CorpusSelection): Promise<boolean> {
  if (pendingKnowledge !== built || selection !== built) return false;
  pendingKnowledge = undefined;
  const started = Date.now();
  const made = await runInSlices(knowledgeSteps(built.corpus), 20, () => selection !== built);
  if (!made) return false; // given up part way: the sources changed
  knowledge = made;
  names = made.names;
  connection.console.info(`Names and quotes of the ${built.corpus.articles.length} sources built in ${Date.now() - started} ms`);
  const generation = built.indexGeneration?.();
  if (indexCacheDir && generation) void saveKnowledge(indexCacheDir, generation, built.corpus, made);
  return true;
}

/**
 * A big archive's names and attributed quotes as saved beside the persisted index that holds it, read in slices
 * instead of built again (engine/knowledgeCache.ts); false when there are none for this version of the index (then
 * they are still to be built) or the sources changed meanwhile.
 */
async function useSavedKnowledge(built: CorpusSelection): Promise<boolean> {
  const generation = built.indexGeneration?.();
  if (pendingKnowledge !== built || selection !== built || !indexCacheDir || !generation) return false;
  pendingKnowledge = undefined; // taken: nothing else reads or builds them meanwhile
  const saved = await loadKnowledge(indexCacheDir, generation, built.corpus, () => selection !== built);
  if (selection !== built) return false;
  if (!saved) {
    pendingKnowledge = built;
    return false;
  }
  knowledge = saved;
  names = saved.names;
  connection.console.info(`Names and quotes of the ${built.corpus.articles.length} sources read from the saved index`);
  return true;
}

/** Checks the open drafts again (the names or quotes they are checked with changed). */
function checkDraftsAgain(): void {
  analyses.clear();
  for (const doc of documents.all()) scheduleCheck(doc, 0);
}

/** Once every open draft is checked: persist the index if it changed, then build a big archive's names and re-check. */
function whenIdle(): void {
  if (pendingChecks.size > 0 || !selection) return;
  if (documents.all().some((d) => isDraft(d) && analyses.get(d.uri)?.document.version !== d.version)) return;
  if (analyses.size > 0) signalWarm(); // drafts checked: the checking code is compiled (see start.ts)
  const current = selection;
  if (current.unverified) {
    // Both in slices, side by side: the names saved with the index (if there are none, they are built), and a look at
    // every source, seconds at 100,000 articles (if any changed, the changes are indexed and the names built again).
    void useSavedKnowledge(current).then((used) => (used ? checkDraftsAgain() : whenIdle()));
    void checkSourcesSinceIndex(current);
    return;
  }
  // The index is written first, then the names are read from beside it or built in the background, and the drafts
  // checked again with them.
  void Promise.resolve(current.saveIndex?.()).then(async () => {
    if (pendingKnowledge !== current) return;
    if (!(await useSavedKnowledge(current)) && !(await buildKnowledgeInSlices(current))) return;
    checkDraftsAgain();
  });
}

/**
 * After a start from the persisted index: the sources are looked at now, once the drafts have diagnostics, and what
 * changed while the editor was closed is indexed (then the drafts are checked again).
 */
async function checkSourcesSinceIndex(current: CorpusSelection): Promise<void> {
  current.unverified = false;
  let checked: CorpusSelection | undefined;
  const started = Date.now();
  const generation = loadGeneration;
  try {
    checked = await selectSources(false, () => generation !== loadGeneration || selection !== current);
  } catch (e) {
    connection.console.error(`Looking at the sources failed: ${(e as Error).stack ?? e}`);
    return;
  }
  if (!checked || selection !== current || generation !== loadGeneration) return;
  if (checked.sameAsIndex) {
    // The index in use is right: keep it, and the diagnostics made with it. Files the walk skipped are reported.
    const known = new Set(current.skipped.map((s) => s.path));
    for (const s of checked.skipped) if (!known.has(s.path)) connection.console.warn(`Skipped source ${s.path}: ${s.reason}`);
    if (checked.skipped.some((s) => !known.has(s.path))) {
      current.skipped = checked.skipped;
      notifyCorpus(current);
    }
    current.saveIndex = checked.saveIndex;
    current.indexGeneration = checked.indexGeneration;
    connection.console.info(`Sources looked at in ${Date.now() - started} ms: unchanged since the index was saved`);
    whenIdle();
    return;
  }
  connection.console.info('Sources changed since the index was saved: indexing the changes');
  adopt(checked);
}

function isDraft(doc: TextDocument): boolean {
  const p = uriToPath(doc.uri);
  if (p && selection?.isSource(p)) return false; // a source is not checked against itself
  return settings.languages.includes(doc.languageId);
}

function featureOptions(): FeatureOptions {
  return { ...DEFAULT_FEATURE_OPTIONS, minQuoteWords: settings.minQuoteWords, severities: settings.severity };
}

/** The analysis of the document as it is now: cached per version, computed on demand. */
function analysisOf(doc: TextDocument): DraftAnalysis | undefined {
  if (!selection || !isDraft(doc)) return undefined;
  const cached = analyses.get(doc.uri);
  if (cached && cached.document.version === doc.version) return cached;
  const analysis = analyzeDraft(
    { uri: doc.uri, version: doc.version, text: doc.getText(), format: formatOf(doc.uri, doc.languageId) },
    selection.corpus,
    featureOptions(),
    undefined,
    knowledge,
  );
  if (analysis) analyses.set(doc.uri, analysis);
  return analysis;
}

function scheduleCheck(doc: TextDocument, delay = settings.debounce): void {
  clearTimeout(pendingChecks.get(doc.uri));
  pendingChecks.set(
    doc.uri,
    setTimeout(() => {
      pendingChecks.delete(doc.uri);
      void publishDiagnostics(doc.uri, doc.version);
    }, delay),
  );
}

/** Checks one version of a document in slices and publishes, unless a newer version or corpus came first. */
async function publishDiagnostics(uri: string, version: number): Promise<void> {
  const doc = documents.get(uri);
  if (!doc || doc.version !== version || !selection) return;
  const corpusAtStart = selection;
  const stale = () => documents.get(uri)?.version !== version || selection !== corpusAtStart;
  try {
    let analysis: DraftAnalysis | undefined;
    if (isDraft(doc)) {
      const cached = analyses.get(uri);
      analysis =
        cached?.document.version === version
          ? cached
          : await analyzeDraftInSlices(
              { uri, version, text: doc.getText(), format: formatOf(uri, doc.languageId) },
              corpusAtStart.corpus,
              featureOptions(),
              stale,
              knowledge,
            );
      if (!analysis || stale()) return; // a newer edit or corpus has its own check coming: drop this result
      analyses.set(uri, analysis);
    }
    const diagnostics = analysis ? computeDiagnostics(analysis) : [];
    // Once the diagnostics are written out: what whenIdle starts may block the server for a while.
    void connection.sendDiagnostics({ uri, version, diagnostics }).then(whenIdle, whenIdle);
  } catch (e) {
    // A bug in one check must not take the server down: report it and keep serving.
    connection.console.error(`Checking ${uri} failed: ${(e as Error).stack ?? e}`);
  }
}

/** Documents just opened: their first content event is the opening itself, checked at once, not after typing's debounce. */
const justOpened = new Set<string>();
documents.onDidOpen((e) => {
  justOpened.add(e.document.uri);
  scheduleCheck(e.document, 0);
});
documents.onDidChangeContent((e) => {
  if (justOpened.delete(e.document.uri)) return;
  scheduleCheck(e.document);
});
documents.onDidClose((e) => {
  justOpened.delete(e.document.uri);
  clearTimeout(pendingChecks.get(e.document.uri));
  analyses.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration(async (change) => {
  if (!canReadConfiguration && change.settings?.verbatim) settings = { ...DEFAULT_SETTINGS, ...change.settings.verbatim };
  await refreshSettings();
  loadSources();
});

let reloadTimer: NodeJS.Timeout | undefined;
connection.onDidChangeWatchedFiles(() => {
  // Source edits come in bursts (a folder copied in, a save-all): reload once they settle.
  clearTimeout(reloadTimer);
  reloadTimer = setTimeout(loadSources, 200);
});

connection.onRequest(REINDEX_REQUEST, async () => {
  await loadSources();
  return { articles: selection?.corpus.articles.length ?? 0, description: selection?.description };
});

function withDocument<T>(uri: string, fallback: T, f: (a: DraftAnalysis) => T): T {
  const doc = documents.get(uri);
  if (!doc) return fallback;
  try {
    const analysis = analysisOf(doc);
    return analysis ? f(analysis) : fallback;
  } catch (e) {
    // A fault in one request is logged and answered with an error; the server stays up for the next one.
    connection.console.error(`Request on ${uri} failed: ${(e as Error).stack ?? e}`);
    throw new ResponseError(ErrorCodes.InternalError, `Verbatim could not answer: ${(e as Error).message ?? e}`);
  }
}

// A quote answers first; elsewhere, the name under the cursor.
connection.onHover((p, token) =>
  withDocument(p.textDocument.uri, null, (a) =>
    quoteAt(a, p.position) ? getHover(a, p.position, token) : names ? getNameHover(a.document.text, a.lines, p.position, names, token, knowledge?.sourceQuotes) : null,
  ),
);
connection.onDefinition((p, token) =>
  withDocument(p.textDocument.uri, [], (a) =>
    quoteAt(a, p.position) ? getDefinition(a, p.position, token) : names ? getNameDefinition(a.document.text, a.lines, p.position, names) : [],
  ),
);
connection.onReferences((p) =>
  withDocument(p.textDocument.uri, [], (a) =>
    names
      ? getNameReferences(a.document.text, a.lines, p.position, names, documents.all().filter(isDraft).map((d) => ({ uri: d.uri, text: d.getText() })))
      : [],
  ),
);
connection.onWorkspaceSymbol((p) => (names ? getWorkspaceSymbols(p.query, names) : []));
connection.onCompletion((p, token) =>
  withDocument(p.textDocument.uri, [], (a) =>
    names ? getCompletions(a.document.text, a.lines, p.position, a.corpus, names, a.document.format, token) : [],
  ),
);
connection.onCodeAction((p, token) =>
  withDocument(p.textDocument.uri, [], (a) => [
    ...getCodeActions(a, p.range, p.context, token),
    ...getIgnoreActions(a, p.range, p.context, computeDiagnostics(a, token)),
  ]),
);
connection.onRequest(QUOTE_REPORT_REQUEST, (p: { textDocument: { uri: string } }) =>
  withDocument(p?.textDocument?.uri ?? '', null, (a) => buildQuoteReport(a)),
);
connection.onRequest(SOURCES_REQUEST, () => (selection ? listSources(selection.corpus, selection.kind, selection.description) : null));
// The text behind a verbatim-source: URI (a PDF's, Word document's or web page's extracted text), for go-to-source.
connection.onRequest(SOURCE_TEXT_REQUEST, (p: SourceTextParams) => getSourceText(selection?.corpus, p));

documents.listen(connection);
connection.listen();

/**
 * `verbatim check <draft...> [--sources <dir|glob>...] [--format text|json]`
 * Exit codes: 0 nothing wrong, 1 a misquote (or worse) found, 2 usage error or unreadable draft.
 */
import * as fs from 'fs';
import * as path from 'path';
import { decodeTextFile } from './engine/article';
import { DEFAULT_SOURCE_PATTERNS, selectCorpus } from './corpusSelection';
import { analyzeDraft, DEFAULT_FEATURE_OPTIONS, formatOf, sourceDetails, sourceRange } from './features/common';
import { Codes, computeDiagnostics } from './features/diagnostics';
import { pathToFileURL } from 'url';
import { buildNameIndex, NameIndex } from './engine/names';
import { rolesByUse } from './engine/roles';
import { SourceQuotes } from './engine/attribution';

const USAGE = `Usage: verbatim check <draft...> [--sources <dir|glob>]... [--format text|json] [--min-words N] [--max-source-mb N]
       verbatim names [--sources <dir|glob>]... [--format text|json]

check: checks the quotations in each draft against the source articles.
names: lists the people, organisations and places the sources name, with aliases, roles and mentions.
  --sources   a folder, file or glob of sources (.txt .md .html .pdf .docx .vtt .srt); repeatable.
              Default: sources/** in the current folder, else the bundled seed articles.
  --format    text (default, one line per finding) or json (one JSON object)
  --min-words quotes shorter than this are not reported as unverified (default 2)
  --max-source-mb  source files larger than this are skipped (default 20)
Exit status: 0 nothing wrong, 1 misquote found, 2 usage error or unreadable draft.`;

interface Args {
  command: 'check' | 'names';
  drafts: string[];
  sources: string[];
  format: 'text' | 'json';
  minWords: number;
  maxSourceMB?: number;
}

function parseArgs(argv: string[]): Args | string {
  const [command, ...rest] = argv;
  if (command !== 'check' && command !== 'names') return command ? `unknown command "${command}"` : 'no command given';
  const args: Args = { command, drafts: [], sources: [], format: 'text', minWords: DEFAULT_FEATURE_OPTIONS.minQuoteWords };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? rest[++i];
    if (flag === '--sources') {
      const v = value();
      if (!v) return '--sources needs a folder, file or glob';
      args.sources.push(v);
    } else if (flag === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json') return `--format must be text or json, not "${v ?? ''}"`;
      args.format = v;
    } else if (flag === '--max-source-mb') {
      const v = Number(value());
      if (!(v > 0)) return '--max-source-mb needs a positive number';
      args.maxSourceMB = v;
    } else if (flag === '--min-words') {
      const v = Number(value());
      if (!Number.isInteger(v) || v < 1) return '--min-words needs a whole number of at least 1';
      args.minWords = v;
    } else if (flag.startsWith('-') && flag !== '-') return `unknown option "${flag}"`;
    else args.drafts.push(a);
  }
  if (command === 'check' && args.drafts.length === 0) return 'no draft given';
  if (command === 'names' && args.drafts.length > 0) return `names takes no drafts (got "${args.drafts[0]}")`;
  return args;
}

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    process.stderr.write(`verbatim: ${parsed}\n${USAGE}\n`);
    return 2;
  }
  const cwd = process.cwd();
  const selection = selectCorpus([cwd], parsed.sources.length ? parsed.sources : DEFAULT_SOURCE_PATTERNS, { maxSourceMB: parsed.maxSourceMB });
  if (parsed.sources.length && selection.kind === 'bundled') {
    process.stderr.write(`verbatim: no source articles found in ${parsed.sources.join(', ')}\n`);
    return 2;
  }
  for (const s of selection.skipped) process.stderr.write(`verbatim: skipped source ${s.path}: ${s.reason}\n`);
  process.stderr.write(`verbatim: ${parsed.command === 'check' ? 'checking against' : 'names in'} ${selection.description}\n`);
  const names = buildNameIndex(selection.corpus);
  const sourceQuotes = new SourceQuotes(selection.corpus, names);

  const options = { ...DEFAULT_FEATURE_OPTIONS, minQuoteWords: parsed.minWords };
  const rel = (p: string) => {
    const r = path.relative(cwd, p);
    return r.startsWith('..') || path.isAbsolute(r) ? p : r;
  };
  if (parsed.command === 'names') {
    printNames(names, parsed.format, rel);
    return 0;
  }
  let exit = 0;
  const FAILING_CODES = new Set<string>([Codes.misquote, Codes.misattributed, Codes.ellipsis]);
  const files: unknown[] = [];
  const counts = { verified: 0, misquote: 0, unverified: 0, misattributed: 0, 'not-a-direct-quote': 0, 'ellipsis-changes-meaning': 0 };
  for (const draftPath of parsed.drafts) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(draftPath);
    } catch (e) {
      process.stderr.write(`verbatim: cannot read draft ${draftPath}: ${(e as NodeJS.ErrnoException).code ?? e}\n`);
      exit = 2;
      continue;
    }
    const decoded = decodeTextFile(bytes);
    if (!decoded.ok) {
      process.stderr.write(`verbatim: cannot check draft ${draftPath}: ${decoded.reason}\n`);
      exit = 2;
      continue;
    }
    const analysis = analyzeDraft(
      { uri: pathToFileURL(path.resolve(draftPath)).toString(), version: 0, text: decoded.text, format: formatOf(draftPath) },
      selection.corpus,
      options,
      undefined,
      { names, sourceQuotes },
    )!;
    const diagnostics = computeDiagnostics(analysis);
    for (const c of analysis.result.checks) counts[c.status]++;
    for (const f of analysis.attributions) counts[f.kind]++;
    // Exit 1 on what the report shows as wrong: a quote the writer silenced with an ignore comment does not count.
    const wrong = diagnostics.some((d) => FAILING_CODES.has(String(d.code)));
    if (wrong && exit === 0) exit = 1;
    if (parsed.format === 'text') {
      for (const d of diagnostics) {
        process.stdout.write(
          `${draftPath}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity ?? 1]} ${d.message} [${d.code}]\n`,
        );
      }
    } else {
      files.push({
        path: draftPath,
        quotes: analysis.result.checks.map((c) => {
          const span = c.status === 'verified' ? c.sources[0] : c.status === 'misquote' ? c.source : undefined;
          // A misattributed or paraphrased quote is reported as such, whatever its wording.
          const finding = analysis.attributions.find((f) => f.check === c && f.kind !== 'ellipsis-changes-meaning');
          const status = finding?.kind === 'misattributed' ? 'misattributed' : finding?.kind ?? c.status;
          const speaker = finding?.sourceSpeaker;
          return {
            text: c.quote.text,
            range: analysis.lines.rangeOf(c.quote.contentStart, c.quote.contentEnd),
            status,
            source: span
              ? {
                  path: rel(span.article.path),
                  range: sourceRange(span),
                  text: span.article.text.slice(span.start, span.end),
                  ...sourceDetails(span), // page, transcript cue, or textView: the range is in the extracted text
                  ...(speaker ? { speaker: speaker.entities.length ? speaker.entities.map((e) => e.name).join(' and ') : speaker.text } : {}),
                }
              : null,
            fix: c.fix ?? null,
          };
        }),
        diagnostics,
      });
    }
  }
  if (parsed.format === 'json') {
    const output = {
      version: 1,
      sources: selection.corpus.articles.map((a) => ({ path: rel(a.path), title: a.title, date: a.date ?? null })),
      files,
    };
    process.stdout.write(JSON.stringify(output, null, 2) + '\n');
  } else {
    process.stderr.write(
      `verbatim: ${counts.misquote} misquote(s), ${counts.misattributed} misattributed, ${counts['not-a-direct-quote']} not direct, ` +
        `${counts['ellipsis-changes-meaning']} misleading ellipsis, ${counts.unverified} unverified; ${counts.verified} matched the source wording ` +
        `in ${parsed.drafts.length} draft(s)\n`,
    );
  }
  return exit;
}

function printNames(names: NameIndex, format: 'text' | 'json', rel: (p: string) => string): void {
  if (format === 'json') {
    const entities = names.entities.map((e) => ({
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      roles: e.roles.map((r) => ({ text: r.text, source: rel(r.article.path), date: r.article.date ?? null })),
      mentions: e.mentions.map((m) => ({ path: rel(m.article.path), range: sourceRange(m), text: m.article.text.slice(m.start, m.end) })),
    }));
    process.stdout.write(JSON.stringify({ version: 1, entities }, null, 2) + '\n');
    return;
  }
  for (const e of names.entities) {
    const articles = new Set(e.mentions.map((m) => m.article)).size;
    const parts = [`${e.name} (${e.type})`];
    if (e.aliases.length) parts.push(`aka ${e.aliases.join(', ')}`);
    if (e.roles.length) {
      // The wordings most articles use first; a name in a big archive has hundreds (the JSON has them all).
      const roles = rolesByUse(e);
      parts.push(`roles: ${roles.slice(0, 5).map((r) => r.role.text).join('; ')}${roles.length > 5 ? ` (+${roles.length - 5} more)` : ''}`);
    }
    parts.push(`${e.mentions.length} mention(s) in ${articles} article(s)`);
    process.stdout.write(parts.join(' — ') + '\n');
  }
}

process.exitCode = main(process.argv.slice(2));

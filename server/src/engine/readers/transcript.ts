/**
 * Interview transcripts kept as plain text: `Speaker: words` turns (optionally with a timestamp, "[00:12:34] Jane
 * Doe: …" or "Jane Doe (00:12:34): …"), or a "Jane Doe  12:34" line above each turn. The article's text is the
 * file's own text, so go-to-source lands in the file; `cues` record each turn's speaker and time.
 *
 * Also the pieces that the subtitle readers (vtt.ts, srt.ts) share: speaker labels, timestamps, cue text with its
 * tags and entities, and laying cues out as paragraphs of text with their origins in the file.
 */
import { Article, Cue, formatTime, parseArticle } from '../article';
import { TextBuilder } from './origins';
import { baseName, parsedText, SourceReader } from './reader';

const NAME_WORD = String.raw`(?:[\p{Lu}][\p{L}\p{M}'’.\-]*|\d{1,2})`;
const PARTICLE = String.raw`(?:de|da|di|du|del|der|den|van|von|bin|al|la|le|ter)`;
const NAME = String.raw`[\p{Lu}][\p{L}\p{M}'’.\-]*(?:[ \t]+(?:${NAME_WORD}|${PARTICLE})){0,4}`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;

/**
 * "Jane Doe: …", ">> JANE DOE: …", "[00:12:34] Jane Doe: …", "Jane Doe (12:34): …", "00:12:34 Jane Doe: …", and a
 * Markdown interview's bold labels: "**Achebe:** …", "**Achebe**: …". A broadcast script's tag in capitals may open
 * the line: "[CLIP] ANA VARGAS: …", "(SOUNDBITE) …".
 */
const TURN_RE = new RegExp(
  String.raw`^[ \t]*(?:[\[(]\p{Lu}[\p{Lu} ]{1,15}[\])][ \t]+)?(?:[\[(]?(${TIME})[\])]?[ \t]+)?(?:>>[ \t]*)?(?:\*\*|__)?(${NAME})(?:[ \t]*[\[(]?(${TIME})[\])]?)?[ \t]*(?:\*\*|__)?:(?:\*\*|__)?[ \t]+(?=\S)`,
  'u',
);
/** A line naming the speaker and time of the paragraph below it, as transcription services export: "Jane Doe  0:05" */
const HEADER_RE = new RegExp(String.raw`^[ \t]*(${NAME})[ \t]+[\[(]?(${TIME})[\])]?[ \t]*$`, 'u');

/** What TURN_RE (a colon, then a space) or HEADER_RE (a time at the end) needs: lines without it match neither. */
const MAY_BE_TURN_OR_HEADER = /:(?:\*\*|__)?[ \t]|\d[\])]?[ \t]*$/;
const NON_BLANK = /\S/;

/** A paragraph of reported speech: a quotation and a verb of saying on either side of it. */
const REPORTED_SPEECH = /[“"][^“”"]{2,}[”"][^\n]*\b(?:said|says|told|tells|wrote|writes|added|adds|stated)\b|\b(?:said|says|told|tells|wrote|writes|added|adds|stated)\b[^\n]*[“"][^“”"]{2,}[”"]/;

/** Labels before a colon that are not people speaking. */
const NOT_SPEAKERS = new Set(
  [
    'note', 'notes', 'update', 'updated', 'editor', "editor's note", 'correction', 'clarification', 'title', 'headline',
    'date', 'published', 'source', 'sources', 'url', 'link', 'links', 'photo', 'photos', 'caption', 'credit', 'credits',
    'tags', 'related', 'see also', 'read more', 'warning', 'disclaimer', 'copyright', 'contact', 'email', 'phone',
    'location', 'place', 'time', 'duration', 'subject', 'topic', 'summary', 'transcript', 'interview', 'recorded',
    'language', 'keywords', 'category', 'author', 'by', 'ps', 'nb', 'edit', 'host', 'guest', 'guests', 'speakers',
    'image', 'images', 'picture', 'pictures', 'video', 'audio', 'graphic', 'illustration', 'map', 'file', 'figure',
    'table', 'chart', 'courtesy', 'via', 'reporting', 'editing', 'translation', 'attachment', 'attachments',
  ].map((s) => s.toLowerCase()),
);

/** "JANE DOE" → "Jane Doe"; names already in mixed case, and one-letter labels (Q, A), are kept. */
export function speakerName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name.length <= 2 || name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’\-])(\p{Ll})/gu, (_, pre: string, c: string) => pre + c.toUpperCase());
}

function isSpeaker(name: string): boolean {
  return !NOT_SPEAKERS.has(name.toLowerCase()) && !NOT_SPEAKERS.has(name.toLowerCase().split(/\s+/)[0]);
}

/** "01:02:03.5" / "12:34" / "00:00:01,000" → seconds. */
export function parseTimestamp(value: string): number | undefined {
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/.exec(value.trim());
  if (!m) return undefined;
  const [, h, mm, ss, frac] = m;
  // "12:34" is minutes and seconds; "1:02:03" hours, minutes, seconds.
  return (h ? Number(h) * 3600 : 0) + Number(mm) * 60 + Number(ss) + (frac ? Number(`0.${frac}`) : 0);
}

/** A speaker label at the start of a line of cue text: its name and where the words begin. */
const LABEL_RE = new RegExp(String.raw`^(?:>>[ \t]*|-[ \t]*)?(${NAME})[ \t]*:[ \t]+(?=\S)`, 'u');

export function speakerLabel(line: string): { speaker: string; rest: number } | undefined {
  const m = LABEL_RE.exec(line);
  if (!m || !isSpeaker(m[1])) return undefined;
  return { speaker: speakerName(m[1]), rest: m[0].length };
}

/** One cue as read from a subtitle file: when, who, and its words as runs copied from the file. */
export interface RawCue {
  seconds?: number;
  speaker?: string;
  /** Runs of words; those with a line are verbatim copies of the file at that line and character. */
  pieces: Array<{ text: string; line?: number; character?: number }>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', lrm: '', rlm: '' };

/**
 * The words of one line of cue text from `from` on, without markup: `<i>`, `<c.x>`, `<00:01.000>`, `{\an8}` are
 * dropped; with `entities`, `&amp;` and the like are decoded. `onVoice` hears each `<v Name>` in order.
 */
export function cueLinePieces(
  line: string,
  lineNo: number,
  from: number,
  options: { entities: boolean; onVoice?: (name: string, before: RawCue['pieces']) => RawCue['pieces'] },
): RawCue['pieces'] {
  let pieces: RawCue['pieces'] = [];
  const markup = options.entities ? /<[^>]*>|\{\\[^}]*\}|&(#\d+|#x[0-9a-f]+|[a-z]+);/gi : /<[^>]*>|\{\\[^}]*\}/g;
  markup.lastIndex = from;
  let pos = from;
  for (let m = markup.exec(line); m; m = markup.exec(line)) {
    if (m.index > pos) pieces.push({ text: line.slice(pos, m.index), line: lineNo, character: pos });
    pos = m.index + m[0].length;
    if (m[0].startsWith('&')) {
      const e = m[1].toLowerCase();
      const ch = e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e];
      if (ch === undefined) pieces.push({ text: m[0], line: lineNo, character: m.index });
      else if (ch) pieces.push({ text: ch, line: lineNo, character: m.index });
      continue;
    }
    const voice = /^<v(?:\.[^\s>]*)?[ \t]+([^>]+)>$/.exec(m[0]);
    if (voice && options.onVoice) pieces = options.onVoice(voice[1].trim(), pieces);
  }
  if (pos < line.length) pieces.push({ text: line.slice(pos), line: lineNo, character: pos });
  return pieces;
}

/** What carries over from one cue to the next: the speaker (until someone else is named) and the last line. */
export interface CueState {
  speaker?: string;
  lastLine: string;
}

/**
 * The text lines [from, to) of one subtitle cue starting at `seconds`, as cues with speakers: a `<v Name>` voice or a
 * "Name:" label names the speaker; "- " or ">>" at a line's start hands over to someone unnamed; otherwise the
 * previous speaker goes on. A first line that repeats the previous cue's last line (rolling captions) is dropped.
 */
export function cueBlock(lines: string[], from: number, to: number, seconds: number | undefined, state: CueState, entities: boolean): RawCue[] {
  const out: RawCue[] = [];
  let current: RawCue = { seconds, speaker: state.speaker, pieces: [] };
  const switchTo = (speaker: string | undefined) => {
    if (current.pieces.some((p) => p.text.trim())) out.push(current);
    current = { seconds, speaker, pieces: [] };
    state.speaker = speaker;
  };
  let lastLine = '';
  for (let l = from; l < to; l++) {
    const line = lines[l];
    let start = 0;
    const label = speakerLabel(line);
    const handover = /^[ \t]*(?:>>|-(?=[ \t]))[ \t]*/.exec(line);
    if (label) {
      switchTo(label.speaker);
      start = label.rest;
    } else if (handover) {
      switchTo(undefined);
      start = handover[0].length;
    }
    const pieces = cueLinePieces(line, l, start, {
      entities,
      onVoice: (name, before) => {
        current.pieces.push(...before);
        switchTo(speakerName(name));
        return [];
      },
    });
    const plain = pieces.map((p) => p.text).join('').trim();
    if (l === from && plain && plain === state.lastLine) continue;
    if (current.pieces.length && pieces.length) current.pieces.push({ text: ' ' });
    current.pieces.push(...pieces);
    if (plain) lastLine = plain;
  }
  if (current.pieces.some((p) => p.text.trim())) out.push(current);
  state.speaker = current.speaker;
  if (lastLine) state.lastLine = lastLine;
  return out;
}

/**
 * Lays cues out as text: one speaker's consecutive cues run on in one paragraph (sentences often straddle cues),
 * a new speaker or a long pause starts a new one. Fills `builder` and returns the cues with their text ranges.
 */
export function layOutCues(raw: RawCue[], builder: TextBuilder): Cue[] {
  const cues: Cue[] = [];
  let previous: RawCue | undefined;
  for (const rc of raw) {
    const pieces = rc.pieces.filter((p) => p.text.length > 0);
    // Trim the cue's outer whitespace, keeping each run's origin exact.
    while (pieces.length && !pieces[0].text.trim()) pieces.shift();
    while (pieces.length && !pieces[pieces.length - 1].text.trim()) pieces.pop();
    if (!pieces.length) continue;
    const lead = /^\s*/.exec(pieces[0].text)![0].length;
    if (lead) pieces[0] = { ...pieces[0], text: pieces[0].text.slice(lead), character: pieces[0].character === undefined ? undefined : pieces[0].character + lead };
    const last = pieces.length - 1;
    pieces[last] = { ...pieces[last], text: pieces[last].text.replace(/\s+$/, '') };

    if (previous) {
      const pause = rc.seconds !== undefined && previous.seconds !== undefined ? rc.seconds - previous.seconds : 0;
      builder.append(rc.speaker === previous.speaker && pause < 30 ? ' ' : '\n\n');
    }
    const start = builder.length;
    for (const p of pieces) builder.append(p.text, p.line === undefined ? undefined : { line: p.line, character: p.character! });
    const cue: Cue = { start, end: builder.length };
    if (rc.speaker) cue.speaker = rc.speaker;
    if (rc.seconds !== undefined) {
      cue.seconds = rc.seconds;
      cue.time = formatTime(rc.seconds);
    }
    cues.push(cue);
    previous = rc;
  }
  return cues;
}

interface Turn {
  speaker: string;
  seconds?: number;
  /** Where the turn's line starts, and where its words start. */
  lineStart: number;
  textStart: number;
}

/** The speaker turns of a plain-text transcript, from `from` on, and how many non-blank lines follow the first. */
function findTurns(text: string, from: number): { turns: Turn[]; linesAfterFirst: number } {
  const turns: Turn[] = [];
  let linesAfterFirst = 0;
  let pendingHeader: Omit<Turn, 'textStart'> | undefined;
  // Every .md and .txt source is sniffed here, so lines are cut by hand (a line ends at \r\n, \r or \n) and only
  // the few that could be a turn or a header meet the regular expressions.
  let nextCR = text.indexOf('\r', from);
  let nextLF = text.indexOf('\n', from);
  for (let at = from; at < text.length; ) {
    if (nextCR >= 0 && nextCR < at) nextCR = text.indexOf('\r', at);
    if (nextLF >= 0 && nextLF < at) nextLF = text.indexOf('\n', at);
    const end = Math.min(nextCR < 0 ? text.length : nextCR, nextLF < 0 ? text.length : nextLF);
    const line = text.slice(at, end);
    const lineStart = at;
    at = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
    if (!NON_BLANK.test(line)) continue;
    if (turns.length || pendingHeader) linesAfterFirst++;
    if (pendingHeader) {
      turns.push({ ...pendingHeader, textStart: lineStart + /^\s*/.exec(line)![0].length });
      pendingHeader = undefined;
      continue;
    }
    const { turn, header } = speakerLine(line) ?? {};
    if (turn) {
      const time = turn[1] ?? turn[3];
      turns.push({ speaker: speakerName(turn[2]), seconds: time ? parseTimestamp(time) : undefined, lineStart, textStart: lineStart + turn[0].length });
      if (turns.length === 1) linesAfterFirst = 1;
    } else if (header) {
      pendingHeader = { speaker: speakerName(header[1]), seconds: parseTimestamp(header[2]), lineStart };
      if (!turns.length) linesAfterFirst = 1;
    }
  }
  return { turns, linesAfterFirst };
}

/** A line naming a speaker: a turn ("Jane Doe: …", its text on the line) or a header (its text on the next line). */
function speakerLine(line: string): { turn?: RegExpExecArray; header?: RegExpExecArray } | undefined {
  if (!MAY_BE_TURN_OR_HEADER.test(line)) return undefined;
  const turn = TURN_RE.exec(line);
  if (turn && isSpeaker(turn[2])) return { turn };
  const header = HEADER_RE.exec(line);
  return header && isSpeaker(header[1]) ? { header } : undefined;
}

/**
 * How many lines from the top through the one holding `offset` could each make a turn (a "Speaker: text" line, or
 * a speaker-and-time header over its text): a bound on the turns a scan from the top finds there.
 */
function speakerLinesUpTo(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
  return text.slice(0, end).split(/\r\n|\r|\n/).filter((line) => speakerLine(line)).length;
}

/** Whether turns make up the text: three or more, one speaker heard twice, and turns start ≥ 30% of the lines. */
function looksLikeTranscript(turns: Turn[], linesAfterFirst: number): boolean {
  if (turns.length < 3) return false;
  const counts = new Map<string, number>();
  for (const t of turns) counts.set(t.speaker, (counts.get(t.speaker) ?? 0) + 1);
  return [...counts.values()].some((n) => n >= 2) && turns.length / Math.max(1, linesAfterFirst) >= 0.3;
}

/** The transcript in `text`, or undefined. `scanFromTop` (for tests) always makes the second scan the shortcut skips. */
export function transcriptArticle(
  path: string,
  text: string,
  { scanFromTop = false, parsed = undefined as Article | undefined } = {},
): Article | undefined {
  const article = parsed ?? parseArticle(path, text);
  // The header lines (title, date) are read as in any article; turns may start right after them.
  const headerEnd = Math.min(article.bodyStart, text.length);
  let { turns, linesAfterFirst } = findTurns(text, headerEnd);
  if (!looksLikeTranscript(turns, linesAfterFirst)) {
    // Every article is sniffed here: when the body has no turn at all, the header lines are all a scan from the top
    // would add, so it is skipped when they could not make three turns (most articles: titles, dates, front matter).
    if (!scanFromTop && !turns.length && speakerLinesUpTo(text, headerEnd) < 3) return undefined;
    ({ turns, linesAfterFirst } = findTurns(text, 0));
    if (!looksLikeTranscript(turns, linesAfterFirst)) return undefined;
  }
  // Interviews name someone in full once, then by initials ("Natasha Gownaris: …", "NG: …"): one speaker.
  const fullNames = [...new Set(turns.map((t) => t.speaker))].filter((n) => n.includes(' '));
  const initials = (n: string) => n.split(/\s+/).map((w) => w[0]).join('').toUpperCase();
  for (const t of turns) {
    if (!/^\p{Lu}{2,3}$/u.test(t.speaker)) continue;
    const match = fullNames.filter((n) => initials(n) === t.speaker);
    if (match.length === 1) t.speaker = match[0];
  }
  const cues: Cue[] = turns.map((t, i) => {
    let next = i + 1 < turns.length ? turns[i + 1].lineStart : text.length;
    // A turn runs on over its paragraphs, but not into the reporter's prose after an interview: a paragraph that
    // quotes someone and says who ("Tillotson's campaign said the roundabout had been “…”").
    for (const m of text.slice(t.textStart, next).matchAll(/\n[ \t]*\r?\n\s*(?=\S)/g)) {
      const at = t.textStart + m.index! + m[0].length;
      const lineEnd = text.indexOf('\n', at);
      const paragraph = text.slice(at, Math.min(next, lineEnd < 0 ? text.length : lineEnd));
      if (REPORTED_SPEECH.test(paragraph)) {
        next = at;
        break;
      }
    }
    const end = t.textStart + text.slice(t.textStart, next).trimEnd().length;
    const cue: Cue = { start: t.textStart, end, speaker: t.speaker };
    if (t.seconds !== undefined) Object.assign(cue, { seconds: t.seconds, time: formatTime(t.seconds) });
    return cue;
  });
  const first = turns[0];
  const bodyStart = Math.min(article.bodyStart, first.lineStart);
  // Without a title line or a heading above the turns, the first turn is no title: name it after its file.
  const explicitTitle = article.bodyStart > 0 && text.slice(0, article.bodyStart).includes(article.title);
  const title = explicitTitle || text.slice(bodyStart, first.lineStart).trim() ? article.title : baseName(path);
  return {
    ...article,
    bodyStart,
    dateline: article.bodyStart <= first.lineStart ? article.dateline : undefined,
    title,
    format: 'transcript',
    cues,
  };
}

export const transcriptReader: SourceReader = {
  format: 'transcript',
  // Transcripts share .txt and .md with articles: only their content tells them apart.
  extensions: [],
  sniff: (input) =>
    (input.ext === '.txt' || input.ext === '.md' || input.ext === '') &&
    input.text !== undefined &&
    transcriptArticle(input.path, input.text, { parsed: parsedText(input, input.text) }) !== undefined,
  read: (input) =>
    (input.text !== undefined && transcriptArticle(input.path, input.text, { parsed: parsedText(input, input.text) })) || {
      reason: 'not a transcript of "Speaker: text" lines',
    },
};

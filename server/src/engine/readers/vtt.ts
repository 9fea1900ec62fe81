/**
 * WebVTT subtitles and transcripts (.vtt): each cue's words with its start time and speaker (`<v Name>` voices or
 * "Name:" labels). The text is laid out from the cues (see `layOutCues`) and keeps where each run of words stands
 * in the file, so go-to-source opens the .vtt itself at the cue.
 */
import { decodeTextFile } from '../article';
import { TextBuilder } from './origins';
import { baseName, shortDate, SourceReader } from './reader';
import { cueBlock, CueState, layOutCues, parseTimestamp, RawCue } from './transcript';

const SIGNATURE = /^WEBVTT(?:[ \t]|$)/;
const TIMING = /^[ \t]*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})[ \t]+-->[ \t]+((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})/;

export const vttReader: SourceReader = {
  format: 'vtt',
  extensions: ['.vtt'],
  sniff: ({ text }) => text !== undefined && SIGNATURE.test(text.split(/\r\n|\r|\n/, 1)[0]),
  read({ path, bytes, text }) {
    if (text === undefined) {
      const decoded = decodeTextFile(bytes);
      return { reason: decoded.ok ? 'not a WebVTT file' : decoded.reason };
    }
    const lines = text.split(/\r\n|\r|\n/);
    if (!SIGNATURE.test(lines[0])) return { reason: 'not a WebVTT file (its first line must be "WEBVTT")' };
    let title = lines[0].replace(/^WEBVTT[ \t]*-?[ \t]*/, '').trim() || undefined;
    let date: string | undefined;
    const raw: RawCue[] = [];
    const state: CueState = { lastLine: '' };
    let malformed = 0;
    for (let i = 1; i < lines.length; ) {
      if (!lines[i].trim()) {
        i++;
        continue;
      }
      const start = i;
      while (i < lines.length && lines[i].trim()) i++;
      const first = lines[start];
      if (/^NOTE(?:[ \t]|$)/.test(first)) {
        // Comments may carry what the file is: "NOTE Title: Interview with …", "Date: 2024-03-05".
        for (let l = start; l < i; l++) {
          const kv = /^(?:NOTE[ \t]+)?(title|date)[ \t]*:[ \t]*(.+)$/i.exec(lines[l].trim());
          if (kv && kv[1].toLowerCase() === 'title') title ??= kv[2].trim();
          else if (kv) date ??= shortDate(kv[2]);
        }
        continue;
      }
      if (/^(?:STYLE|REGION)[ \t]*$/.test(first)) continue;
      const timingLine = first.includes('-->') ? start : start + 1;
      const timing = timingLine < i ? TIMING.exec(lines[timingLine]) : null;
      if (!timing) {
        malformed++;
        continue;
      }
      raw.push(...cueBlock(lines, timingLine + 1, i, parseTimestamp(timing[1]), state, true));
    }
    const builder = new TextBuilder();
    const cues = layOutCues(raw, builder);
    if (!cues.length) return { reason: malformed ? `no readable cues in this WebVTT file (${malformed} malformed)` : 'this WebVTT file has no cues with text' };
    date ??= /(\d{4}-\d{2}-\d{2})/.exec(baseName(path))?.[1];
    return { path, text: builder.text, bodyStart: 0, title: title ?? baseName(path), date, format: 'vtt', extracted: true, origins: builder.origins, cues };
  },
};

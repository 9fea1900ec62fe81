/**
 * SubRip subtitles (.srt): numbered cues with "00:00:01,000 --> 00:00:04,000" timings; speakers from "Name:" labels.
 * Laid out and mapped back to the file like WebVTT (see vtt.ts).
 */
import { decodeTextFile } from '../article';
import { TextBuilder } from './origins';
import { baseName, SourceReader } from './reader';
import { cueBlock, CueState, layOutCues, parseTimestamp, RawCue } from './transcript';

const TIMING = /^[ \t]*(\d{1,2}:\d{2}:\d{2}[,.]\d{1,3})[ \t]*-->[ \t]*(\d{1,2}:\d{2}:\d{2}[,.]\d{1,3})/;
const SIGNATURE = /^\s*\d+[ \t]*(?:\r\n|\r|\n)[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->/;

export const srtReader: SourceReader = {
  format: 'srt',
  extensions: ['.srt'],
  sniff: ({ text }) => text !== undefined && SIGNATURE.test(text.slice(0, 200)),
  read({ path, bytes, text }) {
    if (text === undefined) {
      const decoded = decodeTextFile(bytes);
      return { reason: decoded.ok ? 'not a SubRip file' : decoded.reason };
    }
    const lines = text.split(/\r\n|\r|\n/);
    const raw: RawCue[] = [];
    const state: CueState = { lastLine: '' };
    let malformed = 0;
    for (let i = 0; i < lines.length; ) {
      if (!lines[i].trim()) {
        i++;
        continue;
      }
      const start = i;
      while (i < lines.length && lines[i].trim()) i++;
      const timingLine = /^\s*\d+\s*$/.test(lines[start]) ? start + 1 : start;
      const timing = timingLine < i ? TIMING.exec(lines[timingLine]) : null;
      if (!timing) {
        malformed++;
        continue;
      }
      raw.push(...cueBlock(lines, timingLine + 1, i, parseTimestamp(timing[1]), state, false));
    }
    const builder = new TextBuilder();
    const cues = layOutCues(raw, builder);
    if (!cues.length) return { reason: malformed ? `not a SubRip file: no cue has a "00:00:01,000 --> 00:00:04,000" timing` : 'this SubRip file has no cues with text' };
    const date = /(\d{4}-\d{2}-\d{2})/.exec(baseName(path))?.[1];
    return { path, text: builder.text, bodyStart: 0, title: baseName(path), date, format: 'srt', extracted: true, origins: builder.origins, cues };
  },
};

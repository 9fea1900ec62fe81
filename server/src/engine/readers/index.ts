/**
 * The source formats Verbatim reads, and the choice between them: the content decides first (a PDF named .txt is
 * still a PDF, a .txt of `Speaker: text` lines is a transcript), then the extension. Adding a format is one module
 * with a `SourceReader` and one line in READERS.
 */
import * as path from 'path';
import { Article, decodeTextFile } from '../article';
import { docxReader } from './docx';
import { htmlReader } from './html';
import { pdfReader } from './pdf';
import { ReadInput, SourceReader, Unreadable } from './reader';
import { srtReader } from './srt';
import { textReader } from './text';
import { transcriptReader } from './transcript';
import { vttReader } from './vtt';

/** In the order their content is recognised; plain text takes whatever no other reader claims. */
export const READERS: readonly SourceReader[] = [pdfReader, docxReader, vttReader, srtReader, htmlReader, transcriptReader, textReader];

/** Formats people keep sources in that Verbatim can't read: listed so that they are reported, not ignored. */
const UNSUPPORTED: Record<string, string> = {
  '.doc': 'Word 97–2003 documents (.doc) are not read; save it as .docx',
  '.rtf': 'RTF documents are not read; save it as .docx or plain text',
  '.odt': 'OpenDocument text is not read; save it as .docx',
  '.pages': 'Pages documents are not read; export it as .docx or PDF',
};

/**
 * Bumped whenever a reader's output changes for the same file (its text, offsets, pages or cues): the persisted
 * index (indexCache.ts) keeps offsets into that output, so it must not outlive it.
 */
// (4: a broadcast script's tagged line, "[CLIP] ANA VARGAS: …", is a turn of its own.)
export const READERS_VERSION = 4;

export const SOURCE_EXTENSIONS: readonly string[] = [...new Set(READERS.flatMap((r) => r.extensions))];
/** Extensions that are listed as sources so that each can be skipped with a message. */
export const REPORTED_EXTENSIONS: readonly string[] = [...SOURCE_EXTENSIONS, ...Object.keys(UNSUPPORTED)];

/** Reads one file's bytes as a source article, or says why it can't be used. Never throws. */
export function readSource(file: string, bytes: Uint8Array): Article | Unreadable {
  const ext = path.extname(file).toLowerCase();
  if (UNSUPPORTED[ext]) return { reason: UNSUPPORTED[ext] };
  const decoded = decodeTextFile(bytes);
  const input: ReadInput = { path: file, ext, bytes, text: decoded.ok ? decoded.text : undefined };
  const reader =
    READERS.find((r) => r.sniff?.(input)) ?? READERS.find((r) => r.extensions.includes(ext)) ?? textReader;
  try {
    return reader.read(input);
  } catch (e) {
    // A parser bug on one odd file must not stop the others from loading.
    return { reason: `could not be read as ${reader.format.toUpperCase()} (${(e as Error).message ?? e})` };
  }
}

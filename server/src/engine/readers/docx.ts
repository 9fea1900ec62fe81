/**
 * Word documents (.docx): the paragraphs' text, read with mammoth, then read like a text article (a "Title:" or
 * "Date:" line, a dateline). The text cannot be traced back into the zipped XML, so go-to-source opens the text view.
 */
import { parseArticle } from '../article';
import { runInWorker } from './bridge';
import { visibleText } from './origins';
import { SourceReader } from './reader';

function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

async function extract(bytes: Uint8Array): Promise<string> {
  const mammoth = await import('mammoth');
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return result.value;
  } catch (e) {
    throw new Error(`not a readable Word document (${(e as Error).message})`);
  }
}

export const docxReader: SourceReader = {
  format: 'docx',
  extensions: ['.docx'],
  // Any zip could be a .docx: only its extension says so; a .docx that is no zip is reported by read.
  sniff: ({ ext, bytes }) => ext !== '.docx' && isZip(bytes) && Buffer.from(bytes.subarray(0, 2048)).includes('word/'),
  extract,
  read({ path, bytes }) {
    if (!isZip(bytes)) return { reason: 'not a Word document (.docx files are zip archives; is it an old .doc renamed?)' };
    const answer = runInWorker('docx', bytes);
    if (!answer.ok) return { reason: answer.reason };
    // mammoth ends each paragraph with a blank line; runs of blank lines are one paragraph break.
    // (Without invisible characters: soft hyphens, zero-width joiners; see origins.ts.)
    const text = visibleText((answer.value as string).replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim() + '\n');
    if (!text.trim()) return { reason: 'this Word document has no text' };
    return { ...parseArticle(path, text), format: 'docx', extracted: true };
  },
};

/** Plain text and Markdown articles: the file's own text, read by `parseArticle` (front matter, header lines, dateline). */
import { decodeTextFile, parseArticle } from '../article';
import { parsedText, SourceReader } from './reader';

export const textReader: SourceReader = {
  format: 'text',
  extensions: ['.txt', '.md', '.markdown'],
  read(input) {
    const { path, ext, bytes, text } = input;
    const format = ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
    if (text !== undefined) return { ...parsedText(input, text), format };
    const decoded = decodeTextFile(bytes);
    if (!decoded.ok) return { reason: decoded.reason };
    return { ...parseArticle(path, decoded.text), format };
  },
};

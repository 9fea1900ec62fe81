/** Plain text and Markdown articles: the file's own text, read by `parseArticle` (front matter, header lines, dateline). */
import { decodeTextFile, parseArticle } from '../article';
import { SourceReader } from './reader';

export const textReader: SourceReader = {
  format: 'text',
  extensions: ['.txt', '.md', '.markdown'],
  read({ path, ext, bytes, text }) {
    if (text === undefined) {
      const decoded = decodeTextFile(bytes);
      if (!decoded.ok) return { reason: decoded.reason };
      text = decoded.text;
    }
    return { ...parseArticle(path, text), format: ext === '.md' || ext === '.markdown' ? 'markdown' : 'text' };
  },
};

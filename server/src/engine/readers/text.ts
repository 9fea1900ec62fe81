/** Plain text and Markdown articles: the file's own text, read by `parseArticle` (front matter, header lines, dateline). */
import { decodeTextFile, parseArticle } from '../article';
import { withoutInvisibles } from './origins';
import { parsedText, SourceReader } from './reader';

export const textReader: SourceReader = {
  format: 'text',
  extensions: ['.txt', '.md', '.markdown'],
  read(input) {
    const { path, ext, bytes } = input;
    const format = ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
    let text = input.text;
    if (text === undefined) {
      const decoded = decodeTextFile(bytes);
      if (!decoded.ok) return { reason: decoded.reason };
      text = decoded.text;
    }
    // Invisible characters dropped: the article's text is then no longer the file's, and origins lead back into it.
    const visible = withoutInvisibles(text);
    if (visible) return { ...parseArticle(path, visible.text), format, extracted: true, origins: visible.origins };
    return { ...(input.text !== undefined ? parsedText(input, text) : parseArticle(path, text)), format };
  },
};

/**
 * The text view of a source whose text was extracted (PDF, Word, web page): go-to-source and links point at
 * `verbatim-source:<path>` URIs, and the client asks for the text behind one with the `verbatim/sourceText` request.
 * Only the text of a loaded source is ever returned, never an arbitrary file.
 */
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { Corpus } from '../engine/corpus';

export const SOURCE_VIEW_SCHEME = 'verbatim-source';
export const SOURCE_TEXT_REQUEST = 'verbatim/sourceText';

export interface SourceTextParams {
  uri: string;
}

/** verbatim-source:///home/me/sources/statement.pdf — the file's URI under the view's scheme. */
export function sourceViewUri(file: string): string {
  return SOURCE_VIEW_SCHEME + pathToFileURL(path.resolve(file)).toString().slice('file'.length);
}

export function sourceViewPath(uri: string): string | undefined {
  if (!uri.startsWith(SOURCE_VIEW_SCHEME + ':')) return undefined;
  try {
    return fileURLToPath('file' + uri.slice(SOURCE_VIEW_SCHEME.length));
  } catch {
    return undefined;
  }
}

/** The text a view URI shows (the article's extracted text, which the view's positions refer to), or null. */
export function getSourceText(corpus: Corpus | undefined, params: SourceTextParams | undefined): string | null {
  const file = typeof params?.uri === 'string' ? sourceViewPath(params.uri) : undefined;
  if (!file || !corpus) return null;
  const article = corpus.articles.find((a) => path.resolve(a.path) === file);
  return article ? article.text : null;
}

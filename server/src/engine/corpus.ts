/**
 * The index of all source articles: one global array of word tokens (articles laid end to end) and, for each
 * normalised word, the positions where it occurs. A quote is located by voting on alignment diagonals of its
 * words' occurrences, so the work grows with the quote's length and its words' frequency, not the archive size.
 */
import { Article } from './article';
import { Token, tokenize } from './text';

export interface CorpusStats {
  articles: number;
  tokens: number;
}

export class Corpus {
  readonly articles: Article[] = [];
  /** Token i of the corpus: its article, its normalised word id, its offsets in the article file. */
  private articleOf: number[] = [];
  private wordOf: number[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  /** First token of each article, plus a sentinel at the end. */
  private articleFirstToken: number[] = [0];
  private readonly wordIds = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly postings: number[][] = [];

  constructor(articles: Article[] = []) {
    for (const a of articles) this.add(a);
  }

  add(article: Article): void {
    const index = this.articles.length;
    this.articles.push(article);
    for (const t of tokenize(article.text, article.bodyStart)) {
      const pos = this.articleOf.length;
      let id = this.wordIds.get(t.norm);
      if (id === undefined) {
        id = this.words.length;
        this.wordIds.set(t.norm, id);
        this.words.push(t.norm);
        this.postings.push([]);
      }
      this.articleOf.push(index);
      this.wordOf.push(id);
      this.starts.push(t.start);
      this.ends.push(t.end);
      this.postings[id].push(pos);
    }
    this.articleFirstToken.push(this.articleOf.length);
  }

  get size(): number {
    return this.articleOf.length;
  }

  stats(): CorpusStats {
    return { articles: this.articles.length, tokens: this.articleOf.length };
  }

  /** Positions of a normalised word in the corpus (empty when the word is unknown). */
  occurrences(norm: string): readonly number[] {
    const id = this.wordIds.get(norm);
    return id === undefined ? [] : this.postings[id];
  }

  wordAt(pos: number): string {
    return this.words[this.wordOf[pos]];
  }

  articleIndexAt(pos: number): number {
    return this.articleOf[pos];
  }

  articleAt(pos: number): Article {
    return this.articles[this.articleOf[pos]];
  }

  /** The token range [first, end) of one article. */
  articleTokenRange(articleIndex: number): [number, number] {
    return [this.articleFirstToken[articleIndex], this.articleFirstToken[articleIndex + 1]];
  }

  tokenAt(pos: number): Token {
    return { norm: this.wordAt(pos), start: this.starts[pos], end: this.ends[pos] };
  }

  /** Characters of the article file covering tokens [first, last]. */
  textOf(first: number, last: number): string {
    return this.articleAt(first).text.slice(this.starts[first], this.ends[last]);
  }

  startOf(pos: number): number {
    return this.starts[pos];
  }

  endOf(pos: number): number {
    return this.ends[pos];
  }
}

/**
 * A corpus's articles, in index order. An index opened from disk makes each article's object on first use: making
 * 100,000 of them at once took a start about 70 ms (new memory is slow to touch on small machines), and a check needs
 * few of them. Each index always gives the same object, so articles can key maps.
 */
import { Article } from './article';

export class ArticleList implements Iterable<Article> {
  private readonly made: Array<Article | undefined>;
  private count: number;

  /** Empty, or `count` articles that `make` makes on first use. */
  constructor(
    count = 0,
    private readonly make?: (index: number) => Article,
  ) {
    this.count = count;
    this.made = count > 0 ? new Array<Article | undefined>(count).fill(undefined) : [];
  }

  get length(): number {
    return this.count;
  }

  /** The article at `index`. */
  at(index: number): Article {
    if (!(index >= 0 && index < this.count)) throw new RangeError(`no article ${index} of ${this.count}`);
    return (this.made[index] ??= this.make!(index));
  }

  push(article: Article): void {
    this.made[this.count++] = article;
  }

  *[Symbol.iterator](): Iterator<Article> {
    for (let i = 0; i < this.count; i++) yield this.at(i);
  }

  map<T>(f: (article: Article, index: number) => T): T[] {
    const out: T[] = new Array(this.count);
    for (let i = 0; i < this.count; i++) out[i] = f(this.at(i), i);
    return out;
  }

  find(test: (article: Article) => boolean): Article | undefined {
    for (const a of this) if (test(a)) return a;
    return undefined;
  }

  some(test: (article: Article) => boolean): boolean {
    return this.find(test) !== undefined;
  }
}

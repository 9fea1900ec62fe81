/**
 * An attribution test's world: invented source articles indexed with their names and attributed quotes (built once,
 * on first use), and the two ways tests look at a text — who each quotation is given to, and the draft's findings.
 */
import { parseArticle } from '../../server/src/engine/article';
import { AttributedQuote, attributeQuotes, confidentSpeaker, SourceQuotes } from '../../server/src/engine/attribution';
import { AttributionFinding } from '../../server/src/engine/attributionCheck';
import { Corpus } from '../../server/src/engine/corpus';
import { buildNameIndex, NameIndex } from '../../server/src/engine/names';
import { findQuotes } from '../../server/src/engine/quotes';
import { transcriptArticle } from '../../server/src/engine/readers/transcript';
import { analyzeDraft } from '../../server/src/features/common';

export interface AttributionWorld {
  world(): { corpus: Corpus; names: NameIndex; sourceQuotes: SourceQuotes };
  /** Who each quotation of a text is attributed to. */
  speakers(text: string): AttributedQuote[];
  /** The attribution findings for a draft checked against the sources, whole (speakers, quick-fix). */
  attributions(draft: string): AttributionFinding[];
  /** The attribution findings for a draft checked against the sources. */
  findings(draft: string): Array<{ quote: string; kind: string }>;
  /** The source quotation holding `words`, attributed. */
  sourceQuote(words: RegExp): AttributedQuote | undefined;
  /** The quotations of a draft reported as misattributed (their first three words). */
  misattributed(draft: string): string[];
}

/** Whom a quotation is given to ("A & B" for several; "" for no one). */
export const who = (a: AttributedQuote | undefined): string => a?.speaker?.entities.map((e) => e.name).join(' & ') ?? '';
/** Whether a quotation's speaker is firm enough to accuse a writer on. */
export const firm = (a: AttributedQuote | undefined): boolean => !!a?.speaker && confidentSpeaker(a.speaker);

export function attributionWorld(sources: Record<string, string>): AttributionWorld {
  let built: ReturnType<AttributionWorld['world']> | undefined;
  const world = () => {
    if (!built) {
      // (Read as the source folder reader reads them: a text made of speakers' turns is a transcript.)
      const corpus = new Corpus(Object.entries(sources).map(([p, t]) => transcriptArticle(p, t) ?? parseArticle(p, t)));
      const names = buildNameIndex(corpus);
      built = { corpus, names, sourceQuotes: new SourceQuotes(corpus, names) };
    }
    return built;
  };
  const attributions = (draft: string) => {
    const { corpus, names, sourceQuotes } = world();
    return analyzeDraft({ uri: 'file:///draft.md', version: 1, text: draft, format: 'markdown' }, corpus, { minQuoteWords: 2 }, undefined, { names, sourceQuotes })!.attributions;
  };
  const findings = (draft: string) => attributions(draft).map((f) => ({ quote: f.check.quote.text, kind: f.kind }));
  return {
    world,
    attributions,
    speakers: (text) => attributeQuotes(text, 0, findQuotes(text, 'markdown').quotes, world().names),
    findings,
    sourceQuote: (words) => {
      const { corpus, sourceQuotes } = world();
      return [...corpus.articles].flatMap((a) => sourceQuotes.quotesOf(a)).find((q) => words.test(q.quote.text));
    },
    misattributed: (draft) =>
      findings(draft)
        .filter((f) => f.kind === 'misattributed')
        .map((f) => f.quote.split(/\s+/).slice(0, 3).join(' ')),
  };
}

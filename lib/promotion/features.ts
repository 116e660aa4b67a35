import type { Article } from '../article.ts';
import { sentencesOf } from '../text/block-sentences.ts';
import { hasAnyCue, OWN_ADVERT_CUES } from './cue-groups.ts';
import { PLACEMENT_FEATURES } from './placement/index.ts';
import { profileArticle } from './profile.ts';
import { splitGlued } from './text/glued-sentences.ts';
import type { ReferenceNames } from './reference-names.ts';
import { SIGNALS } from './signals/index.ts';
import { withoutQuotes } from './text/quotes.ts';
import { forgetReading } from './text/word-matcher.ts';
import type { SentenceContext } from './types.ts';

/** The ids of a sentence's value vector: every signal, then every placement feature. */
export const SIGNAL_IDS: readonly string[] = [
  ...SIGNALS.map((signal) => signal.id),
  ...PLACEMENT_FEATURES.map((feature) => feature.id),
];

/** The ids of the cues that have a reason in plain words: the only ones a report names. */
export const CUE_IDS: ReadonlySet<string> = new Set(SIGNALS.map((signal) => signal.id));

/** Every signal, then every placement feature: the order of a value vector. */
export const MEASURED = [...SIGNALS, ...PLACEMENT_FEATURES];

/** One sentence of the article with the strength of every signal and placement feature (in SIGNAL_IDS order). */
export interface ScoredSentence {
  context: SentenceContext;
  values: number[];
}

// Headings are labels or titles, quotes are quoted speech: only running text can carry an injected advert.
const JUDGED_KINDS = new Set(['paragraph', 'list-item', 'caption', 'table-cell']);

/** Measures every signal on every sentence of the article's running text, block by block. */
export function measureArticle(article: Article, references?: ReferenceNames): ScoredSentence[][] {
  return sentenceContexts(article, references).map((contexts) => contexts.map(measureSentence));
}

/** Every signal and placement feature of one sentence. */
export function measureSentence(context: SentenceContext): ScoredSentence {
  return { context, values: labelNeedsContent(MEASURED.map((feature) => feature.measure(context))) };
}

/** What the signals read of each sentence of the article's running text, block by block (none for the others). */
export function sentenceContexts(article: Article, references?: ReferenceNames): SentenceContext[][] {
  forgetReading();
  const sentencesByBlock = article.blocks.map((block) =>
    JUDGED_KINDS.has(block.kind) ? splitGlued(sentencesOf(block)) : [],
  );
  const profile = profileArticle(article, sentencesByBlock, references);
  return article.blocks.map((block, blockIndex) => {
    const sentences = sentencesByBlock[blockIndex] ?? [];
    return sentences.map((sentence, sentenceIndex) => ({
      article,
      profile,
      block,
      blockIndex,
      sentence,
      ownWords: withoutQuotes(sentence.text),
      sentenceIndex,
      sentenceCount: sentences.length,
      shared: { novelNames: undefined, pageSubjectShare: undefined },
    }));
  });
}

const LABEL = SIGNAL_IDS.indexOf('label-heading');

/**
 * A label confirms an advert, it never makes one: news sites leave "Advertisement" slot markers between ordinary
 * paragraphs. The label counts only for a sentence that has an advertising cue of its own.
 */
export function labelNeedsContent(values: number[]): number[] {
  if ((values[LABEL] ?? 0) > 0 && !hasAnyCue(SIGNAL_IDS, values, OWN_ADVERT_CUES)) values[LABEL] = 0;
  return values;
}

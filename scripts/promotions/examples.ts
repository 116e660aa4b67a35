import type { Article } from '../../lib/article.ts';
import { cardValues } from '../../lib/promotion/cards/score-cards.ts';
import { measureArticle, type ScoredSentence } from '../../lib/promotion/features.ts';
import { isExcluded } from '../../lib/promotion/judge.ts';
import type { LoadedFixture } from '../../tests/fixtures/promotions/load.ts';
import type { NewsArticle } from './basil.ts';
import type { Example } from './logistic.ts';
import { isAdSentence, type WebisResponse } from './webis.ts';

/** The judged sentences of an article (quotations and site furniture are never judged, so never learned from). */
export function judgedSentences(article: Article): ScoredSentence[] {
  return measureArticle(article)
    .flat()
    .filter((sentence) => !isExcluded(sentence));
}

/** Webis: a sentence is positive when it is the response's ad sentence. */
export function webisExamples(responses: WebisResponse[], weight: number): Example[] {
  return responses.flatMap((response) =>
    judgedSentences(response.article).map(({ context, values }) => {
      const start = (response.blockStarts[context.blockIndex] ?? 0) + context.sentence.start;
      const end = (response.blockStarts[context.blockIndex] ?? 0) + context.sentence.end;
      return { values, label: isAdSentence(response, start, end) ? 1 : 0, weight } as Example;
    }),
  );
}

/** News articles: every sentence is negative. */
export function newsExamples(articles: NewsArticle[], weight: number): Example[] {
  return articles.flatMap(({ article }) =>
    judgedSentences(article).map(({ values }) => ({ values, label: 0, weight }) as Example),
  );
}

/** Our fixtures: a sentence is positive when it lies in an expected passage; sponsored boxes are positive. */
export function fixtureExamples(fixtures: LoadedFixture[], weight: number): Example[] {
  return fixtures.flatMap(({ fixture, article, pageCards }) => [
    ...judgedSentences(article).map(({ context, values }) => {
      const inPromotion = fixture.expect.some((text) => text.includes(context.sentence.text));
      return { values, label: inPromotion ? 1 : 0, weight } as Example;
    }),
    ...pageCards.map((card) => {
      const expected = fixture.expect.some((text) => text === card.text);
      return { values: cardValues(card), label: expected ? 1 : 0, weight } as Example;
    }),
  ]);
}

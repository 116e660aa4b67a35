import type { Article } from '../../lib/article.ts';
import { cardValues } from '../../lib/promotion/cards/score-cards.ts';
import { measureArticle, type ScoredSentence } from '../../lib/promotion/features.ts';
import { detectGenre } from '../../lib/promotion/genre.ts';
import { isExcluded } from '../../lib/promotion/judge.ts';
import type { LoadedFixture } from '../../tests/fixtures/promotions/load.ts';
import type { NativePlugPage } from '../../tests/fixtures/promotions/native-plugs/load.ts';
import type { NewsArticle } from './basil.ts';
import type { Example } from './logistic.ts';
import { fnv1a } from './split.ts';
import { isAdSentence, type WebisResponse } from './webis.ts';

/** A training sentence with what the fit needs beyond its signal values. */
export interface FitExample extends Example {
  /** The writer's own words (quotes blanked), for mining the copywriting register. */
  text: string;
  topic: string;
  /** Cross-fitting fold (0 or 1): the register of one fold is mined on the other. */
  fold: number;
  /** The webis response it belongs to, for response-level scoring. */
  responseId?: string;
  responseHasAd?: boolean;
  /** A sponsored box of a fixture page (scored as one more paragraph), not a sentence of the text. */
  box?: boolean;
}

/** The judged sentences of an article (quotations and site furniture are never judged, so never learned from). */
export function judgedSentences(article: Article): ScoredSentence[] {
  return measureArticle(article)
    .flat()
    .filter((sentence) => !isExcluded(sentence));
}

function foldOf(key: string): number {
  return (fnv1a(key) >>> 1) % 2;
}

/** Webis: a sentence is positive when it is the response's ad sentence. */
export function webisExamples(responses: WebisResponse[], weight: number): FitExample[] {
  return responses.flatMap((response) =>
    judgedSentences(response.article).map(({ context, values }) => {
      const start = (response.blockStarts[context.blockIndex] ?? 0) + context.sentence.start;
      const end = (response.blockStarts[context.blockIndex] ?? 0) + context.sentence.end;
      return {
        values,
        label: isAdSentence(response, start, end) ? 1 : 0,
        weight,
        text: context.ownWords,
        topic: response.topic,
        fold: foldOf(response.pairKey),
        responseId: response.id,
        responseHasAd: response.hasAd,
      } satisfies FitExample;
    }),
  );
}

/** News articles: every sentence is negative. */
export function newsExamples(articles: NewsArticle[], weight: number): FitExample[] {
  return articles.flatMap(({ key, article }) =>
    judgedSentences(article).map(
      ({ values, context }) =>
        ({
          values,
          label: 0,
          weight,
          text: context.ownWords,
          topic: 'news',
          fold: foldOf(key),
        }) satisfies FitExample,
    ),
  );
}

/** Our fixtures: a sentence is positive when it lies in an expected passage; sponsored boxes are positive. */
export function fixtureExamples(fixtures: LoadedFixture[], weight: number): FitExample[] {
  return fixtures.flatMap(({ fixture, article, pageCards }) => [
    ...judgedSentences(article).map(({ context, values }) => {
      const inPromotion = fixture.expect.some((text) => text.includes(context.sentence.text));
      return {
        values,
        label: inPromotion ? 1 : 0,
        weight,
        text: context.ownWords,
        // A product page (a review) is never searched for injected passages: its text is not news text.
        topic: detectGenre(article) === 'news' ? 'fixture' : 'fixture-product-page',
        fold: foldOf(fixture.file),
      } satisfies FitExample;
    }),
    ...cardValues(article, pageCards).map((values, index) => {
      const expected = fixture.expect.some((text) => text === pageCards[index]?.text);
      return {
        values,
        label: expected ? 1 : 0,
        weight,
        text: pageCards[index]?.text ?? '',
        topic: 'fixture',
        box: true,
        fold: foldOf(fixture.file),
      } satisfies FitExample;
    }),
  ]);
}

/**
 * Whether a judged sentence is (part of) the plug, or holds it: the splitter may glue the plug to the sentence before
 * it ("…opened at 9 a.m. Book lovers who…"), and that sentence is the one reported.
 */
function holdsPlug(plug: string | null, sentence: string): boolean {
  return plug !== null && (plug.includes(sentence) || sentence.includes(plug));
}

/** The native-plug dev set (its fit part only): the plug sentence is positive, every other sentence negative. */
export function nativePlugExamples(pages: NativePlugPage[], weight: number): FitExample[] {
  return pages
    .filter((page) => page.part === 'fit')
    .flatMap((page) =>
      judgedSentences(page.article).map(
        ({ values, context }) =>
          ({
            values,
            label: holdsPlug(page.plug, context.sentence.text) ? 1 : 0,
            weight,
            text: context.ownWords,
            topic: `native-${page.topic}`,
            fold: foldOf(page.id),
          }) satisfies FitExample,
      ),
    );
}

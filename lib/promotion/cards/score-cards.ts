import type { Article } from '../../article.ts';
import type { Promotion } from '../../report.ts';
import { CUE_IDS, measureSentence, SIGNAL_IDS, sentenceContexts } from '../features.ts';
import { isExcluded } from '../judge.ts';
import { firedSignals, probability, type PromotionModel } from '../model.ts';
import type { PageCard } from './page-card.ts';

/** Scores the sponsored boxes of the live page with the same model as the text. */
export function scoreCards(article: Article, cards: readonly PageCard[], model: PromotionModel): Promotion[] {
  const values = cardValues(article, cards);
  return cards.flatMap((card, index) => {
    const cardValues = values[index] ?? [];
    const score = probability(model, SIGNAL_IDS, cardValues);
    if (score < model.threshold && !declaredPaid(card)) return [];
    return [
      {
        text: card.text,
        signals: firedSignals(model, SIGNAL_IDS, cardValues, CUE_IDS),
        score: Math.round(score * 1000) / 1000,
      },
    ];
  });
}

/**
 * A box whose markup or label declares it paid for ("Sponsored Links") and that links out through paid links is
 * an advert by its own account, however little its text says (a Taboola strip of headlines).
 */
function declaredPaid(card: PageCard): boolean {
  return card.signals.includes('label-heading') && card.signals.includes('affiliate-link');
}

/**
 * The signal values of each box, read as if it were one more paragraph of the page (so that its topic and names
 * are compared with the article's): a cue seen in the box's markup counts at full strength, a cue read in its
 * text at the strongest strength any of its sentences measured.
 */
export function cardValues(article: Article, cards: readonly PageCard[]): number[][] {
  if (cards.length === 0) return [];
  const extended: Article = {
    ...article,
    blocks: [
      ...article.blocks,
      ...cards.map((card) => ({ kind: 'paragraph' as const, text: card.text, links: card.links ?? [] })),
    ],
  };
  // Read against the whole page (the profile), measured only for the boxes.
  const measured = sentenceContexts(extended)
    .slice(article.blocks.length)
    .map((contexts) => contexts.map(measureSentence));
  return cards.map((card, index) => {
    const values = SIGNAL_IDS.map((id): number => (card.signals.includes(id) ? 1 : 0));
    for (const sentence of measured[index] ?? []) {
      if (isExcluded(sentence)) continue;
      sentence.values.forEach((value, signal) => {
        values[signal] = Math.max(values[signal] ?? 0, value);
      });
    }
    return values;
  });
}

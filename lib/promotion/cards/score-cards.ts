import { articleFromText } from '../../extract/article-from-text.ts';
import type { Promotion } from '../../report.ts';
import { measureArticle, SIGNAL_IDS } from '../features.ts';
import { isExcluded } from '../judge.ts';
import { firedSignals, probability, type PromotionModel } from '../model.ts';
import type { PageCard } from './page-card.ts';

// Without an article around it, a box's topic and names say nothing.
const CONTEXT_SIGNALS = new Set(['off-topic', 'product-naming']);

/** Scores the sponsored boxes of the live page with the same model as the text. */
export function scoreCards(cards: readonly PageCard[], model: PromotionModel): Promotion[] {
  return cards.flatMap((card) => {
    const values = cardValues(card);
    const score = probability(model, SIGNAL_IDS, values);
    if (score < model.threshold) return [];
    return [
      {
        text: card.text,
        signals: firedSignals(model, SIGNAL_IDS, values),
        score: Math.round(score * 1000) / 1000,
      },
    ];
  });
}

/** A cue seen in the box's markup counts at full strength; a cue read in its text at the strength it measured. */
export function cardValues(card: PageCard): number[] {
  const article = articleFromText(`card\n${card.text}`);
  const block = article.blocks[0];
  if (block) block.links = card.links ?? [];
  const values = SIGNAL_IDS.map((id): number => (card.signals.includes(id) ? 1 : 0));
  for (const sentence of measureArticle(article).flat()) {
    if (isExcluded(sentence)) continue;
    sentence.values.forEach((value, index) => {
      const id = SIGNAL_IDS[index] ?? '';
      if (!CONTEXT_SIGNALS.has(id)) values[index] = Math.max(values[index] ?? 0, value);
    });
  }
  return values;
}

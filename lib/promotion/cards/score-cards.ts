import { articleFromText } from '../../extract/article-from-text.ts';
import type { Promotion } from '../../report.ts';
import { SIGNAL_IDS } from '../features.ts';
import { judgeArticle } from '../judge.ts';
import { firedSignals, probability, type PromotionModel } from '../model.ts';
import type { PageCard } from './page-card.ts';

/**
 * Scores the sponsored boxes of the live page with the same model as the text: a cue seen in the box's markup
 * counts at full strength, a cue read in its text at the strength its signal measured.
 */
export function scoreCards(cards: readonly PageCard[], model: PromotionModel): Promotion[] {
  return cards.flatMap((card) => {
    const values = SIGNAL_IDS.map((id) => (card.signals.includes(id) ? 1 : 0));
    const textValues = strongestTextValues(card, model);
    const merged = values.map((value, index) => Math.max(value, textValues[index] ?? 0));
    const score = probability(model, SIGNAL_IDS, merged);
    if (score < model.threshold) return [];
    return [
      {
        text: card.text,
        signals: firedSignals(model, SIGNAL_IDS, merged),
        score: Math.round(score * 1000) / 1000,
      },
    ];
  });
}

function strongestTextValues(card: PageCard, model: PromotionModel): number[] {
  // The card read as a one-paragraph page: text cues only (off-topic means nothing without an article around it).
  const article = articleFromText(`card\n${card.text}`);
  const block = article.blocks[0];
  if (block) block.links = card.links ?? [];
  const best = SIGNAL_IDS.map(() => 0);
  for (const { sentence } of judgeArticle(article, model).flat()) {
    sentence.values.forEach((value, index) => {
      if (SIGNAL_IDS[index] !== 'off-topic' && SIGNAL_IDS[index] !== 'product-naming')
        best[index] = Math.max(best[index] ?? 0, value);
    });
  }
  return best;
}

import type { Article } from '../article.ts';
import type { Promotion } from '../report.ts';
import type { ScoredSentence } from './features.ts';
import { CUE_IDS, SIGNAL_IDS } from './features.ts';
import { hasAnyCue, SELLING_CUES } from './cue-groups.ts';
import { firedSignals, type PromotionModel } from './model.ts';
import { labelAbove } from './signals/label-heading.ts';

export interface Judged {
  sentence: ScoredSentence;
  score: number;
}

/**
 * Turns sentence scores into the passages to report, as they stand in the page: the whole paragraph when most of
 * it is promotional, otherwise only the promotional sentences; plus the advertising label above a reported passage.
 */
export function choosePassages(article: Article, judged: Judged[][], model: PromotionModel): Promotion[] {
  const promotions: Promotion[] = [];
  const reportedLabels = new Set<number>();
  judged.forEach((sentences, blockIndex) => {
    const found = passagesOfBlock(article, blockIndex, sentences, model);
    if (found.length === 0) return;
    const label = labelAbove(article, blockIndex);
    if (label !== null && !reportedLabels.has(label)) {
      reportedLabels.add(label);
      const text = article.blocks[label]?.text ?? '';
      promotions.push({
        text,
        signals: ['label-heading'],
        score: Math.max(...found.map((found) => found.score)),
      });
    }
    promotions.push(...found);
  });
  return promotions;
}

function passagesOfBlock(
  article: Article,
  blockIndex: number,
  sentences: Judged[],
  model: PromotionModel,
): Promotion[] {
  const flagged = sentences.filter(({ score }) => score >= model.threshold);
  if (flagged.length === 0) return [];
  const leaning = sentences.filter(
    (judged) => judged.score >= model.paragraphThreshold || sellsDirectly(judged),
  );
  const block = article.blocks[blockIndex];
  // Most of the paragraph (a strict majority of its sentences) leans promotional: report it whole.
  if (block && (sentences.length === 1 || leaning.length * 2 > sentences.length)) {
    return [{ text: block.text, signals: signalsOf(leaning, model), score: round(maxScore(flagged)) }];
  }
  return flagged.map((judged) => ({
    text: judged.sentence.context.sentence.text,
    signals: signalsOf([judged], model),
    score: round(judged.score),
  }));
}

function sellsDirectly({ sentence, score }: Judged): boolean {
  return score > 0 && hasAnyCue(SIGNAL_IDS, sentence.values, SELLING_CUES);
}

function signalsOf(judged: Judged[], model: PromotionModel): string[] {
  const ids = new Set<string>();
  for (const { sentence } of judged)
    for (const id of firedSignals(model, SIGNAL_IDS, sentence.values, CUE_IDS)) ids.add(id);
  return [...ids];
}

function maxScore(judged: Judged[]): number {
  return Math.max(...judged.map(({ score }) => score));
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

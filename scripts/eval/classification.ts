/** Accuracy, precision, recall and F1 of scored binary decisions at a threshold. */
export function classify(rows: { score: number; label: number }[], threshold: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { score, label } of rows) {
    const predicted = score >= threshold;
    if (predicted && label) tp++;
    else if (predicted) fp++;
    else if (label) fn++;
    else tn++;
  }
  const precision = tp / Math.max(tp + fp, 1);
  const recall = tp / Math.max(tp + fn, 1);
  return {
    accuracy: (tp + tn) / Math.max(rows.length, 1),
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
}

/** Precision, recall and F1 of a predicted set against a gold set. */
export function setScores(predicted: Set<string>, gold: Set<string>) {
  let hit = 0;
  for (const item of predicted) if (gold.has(item)) hit++;
  const precision = predicted.size ? hit / predicted.size : 1;
  const recall = gold.size ? hit / gold.size : 1;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    hit,
  };
}

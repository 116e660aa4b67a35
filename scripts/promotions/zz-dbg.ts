import { readFileSync } from 'node:fs';
import { articleFromText } from '../../lib/extract/article-from-text.ts';
import { measureArticle, SIGNAL_IDS } from '../../lib/promotion/features.ts';
import { MODEL, probability } from '../../lib/promotion/model.ts';
const old = JSON.parse(readFileSync('/tmp/webis-weights-before.json', 'utf8'));
const a = articleFromText(readFileSync(process.argv[2]!, 'utf8'));
for (const s of measureArticle(a).flat())
  console.log(
    probability(old, SIGNAL_IDS, s.values).toFixed(3),
    old.threshold,
    probability(MODEL, SIGNAL_IDS, s.values).toFixed(3),
    MODEL.threshold,
    s.context.sentence.text.slice(0, 90),
    SIGNAL_IDS.flatMap((id, j) => (s.values[j] ? [`${id}=${s.values[j]!.toFixed(2)}`] : [])).join(' '),
  );

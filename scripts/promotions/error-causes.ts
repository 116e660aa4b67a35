/**
 * Diagnostic: groups the webis responses the detector gets wrong by cause, for one half (fit by default):
 *   missed ads: no judged sentence is the ad sentence (segmentation: the ad sentence glued to another, or split);
 *     the ad sentence is excluded (quoted, run-on, about a person, furniture); it scores below the threshold
 *     (near: at least half of it; far);
 *   false alarms: the flagged passage is a run-on (two sentences or more glued without a full stop); it names the
 *     page's own subject (the title's words: a product answer praising what was asked about); other.
 * Prints counts, and with --list every error (the held-out half only for counts and grouping, never to tune).
 *   npx tsx scripts/promotions/error-causes.ts [fit|held-out] [--list]
 */
import { detectPromotions } from '../../lib/promotion/detect.ts';
import { measureArticle, SIGNAL_IDS } from '../../lib/promotion/features.ts';
import { isExcluded } from '../../lib/promotion/judge.ts';
import { MODEL, probability } from '../../lib/promotion/model.ts';
import { isAdSentence, loadWebis } from './webis.ts';

const half = process.argv[2] === 'held-out' ? 'held-out' : 'fit';
const list = process.argv.includes('--list');
const causes = new Map<string, string[]>();
const note = (cause: string, line: string) => causes.set(cause, [...(causes.get(cause) ?? []), line]);
// Sentences glued where a citation mark was dropped: "…a Maybach variant The prices…".
const GLUED = /[a-z0-9)] (?:The|It|They|This|These|Their|In|You|With|Its|He|She|Some|Many|Overall) /u;

for (const response of loadWebis().filter((r) => r.part === half)) {
  const promotions = detectPromotions(response.article);
  const title = `${response.topic} [${response.article.title}]`;
  if (response.hasAd && promotions.length === 0) {
    const sentences = measureArticle(response.article).flat();
    const ad = sentences.filter(({ context }) => {
      const start = (response.blockStarts[context.blockIndex] ?? 0) + context.sentence.start;
      return isAdSentence(response, start, start + context.sentence.text.length);
    });
    if (ad.length === 0) {
      const [from, to] = response.adSentence ?? [0, 0];
      note(
        'missed: no judged sentence is the ad sentence',
        `${title} ${response.article.title.slice(0, 0)}${from}-${to}`,
      );
      continue;
    }
    for (const sentence of ad) {
      const score = probability(MODEL, SIGNAL_IDS, sentence.values);
      const text = `${title} ${score.toFixed(3)} ${sentence.context.sentence.text.slice(0, 220)}`;
      if (isExcluded(sentence)) note('missed: ad sentence excluded', text);
      else if (score >= MODEL.threshold / 2) note('missed: scores below threshold, near', text);
      else note('missed: scores below threshold, far', text);
    }
  } else if (!response.hasAd && promotions.length > 0) {
    const text = promotions.map((p) => p.text).join(' | ');
    const line = `${title} ${promotions[0]?.score} ${text.slice(0, 220)}`;
    const titleWords = new Set(
      response.article.title
        .toLowerCase()
        .split(/\W+/)
        .filter((w) => w.length > 2),
    );
    const namesSubject = (text.match(/\b[A-Z][\p{L}-]+/gu) ?? []).some((name) =>
      titleWords.has(name.toLowerCase()),
    );
    if (GLUED.test(text)) note('false alarm: run-on (sentences glued)', line);
    else if (namesSubject) note('false alarm: praises the page subject (title words)', line);
    else note('false alarm: other', line);
  }
}
for (const [cause, lines] of [...causes].sort()) {
  console.log(`${cause}: ${lines.length}`);
  if (list) for (const line of lines) console.log(`   ${line}`);
}

import type { Corpus } from '../corpus/corpus.ts';
import type { Claim } from '../report.ts';
import { pairDifference } from './detail-check.ts';
import { differenceWording } from './detail-wording.ts';
import type { PairMatch } from './match-pairs.ts';
import type { TermStats } from './pair-features.ts';
import type { SentenceView } from './sentence-view.ts';
import { THRESHOLDS } from './thresholds.ts';

/**
 * A page that copies a reference article (its twin) says what it changed: a sentence whose counterpart in the
 * original gives a detail another value is conflicting ("3-1 here; 2-1 in Harbour Herald, the original"), and a
 * sentence the original lacks is named as added rather than merely not found, and one it leaves as it was (that no
 * other reference reports) is unchanged, not "not found". Claims are changed in place;
 * claims already conflicting keep their verdict.
 */
export function markTwinDifferences(
  claims: Claim[],
  views: SentenceView[],
  twinMatches: PairMatch[],
  twin: number,
  corpus: Corpus,
  stats: TermStats,
): Claim[] {
  const doc = corpus.docs[twin]!;
  const label = doc.site ?? doc.id;
  const best = new Map<number, PairMatch>();
  for (const match of twinMatches) {
    const current = best.get(match.page);
    if (!current || match.probability > current.probability) best.set(match.page, match);
  }
  const claimOf = new Map(claims.map((claim) => [claim.text, claim]));
  const result: Claim[] = [];
  views.forEach((view, page) => {
    const claim = claimOf.get(view.text);
    claimOf.delete(view.text);
    const counterpart = best.get(page);
    if (!counterpart || counterpart.withoutFigures < THRESHOLDS.conflict) {
      if (claim?.status === 'unsupported')
        result.push({ ...claim, detail: `added: not in the original (${label})` });
      else if (claim) result.push(claim);
      return;
    }
    const reference = corpus.sentences[counterpart.sentence]!;
    const difference = claim?.status === 'conflicting' ? null : pairDifference(view, reference, stats.isName);
    if (!difference) {
      if (claim?.status === 'unsupported') result.push({ ...claim, unchangedFromOriginal: true });
      else if (claim) result.push(claim);
      return;
    }
    result.push({
      text: view.text,
      status: 'conflicting',
      evidence: [
        {
          docId: doc.id,
          source: label,
          text: reference.text,
          score: Math.round(counterpart.probability * 100) / 100,
        },
      ],
      detail: `${differenceWording(difference.page, difference.reference, label)} (the original)`,
    });
  });
  // Claims of no page sentence (none expected) are kept as they are.
  return [...result, ...claimOf.values()];
}

import type { SentenceDetail } from '../corpus/corpus.ts';
import { subjectMatch } from './detail-subject.ts';
import { detailsAgree } from './detail-values.ts';
import type { SentenceView } from './sentence-view.ts';
import type { StoryDetail, StoryDetails } from './story-details.ts';

/**
 * A named place of the same kind as one the story names for the same event, with another proper name: "passed
 * at Harwick Crown Court" / "sentenced at Eastbury Crown Court", "give birth at Redmoor General Hospital" /
 * "births … to Kingsmere General Hospital". Both names end in the same words (the kind of place) and differ
 * before them; the story names the page's place nowhere; the two sentences share a content word around the place.
 */
export function placeOfSameKind(
  view: SentenceView,
  table: StoryDetails,
  sentenceOf: (entry: StoryDetail) => SentenceView,
  isName: (term: number) => boolean,
): { page: SentenceDetail; entry: StoryDetail } | undefined {
  const entries = table.get('place') ?? [];
  for (const mine of view.details) {
    if (mine.role !== 'place' || view.hedges > 0) continue;
    const words = String(mine.value).split(' ');
    if (words.length < 2) continue;
    if (entries.some(({ detail }) => detailsAgree(mine, detail))) continue;
    for (const entry of entries) {
      const theirs = String(entry.detail.value).split(' ');
      const kind = sharedEnding(words, theirs);
      if (kind === 0 || kind >= words.length || kind >= theirs.length) continue;
      const own = words.slice(0, words.length - kind);
      const text = sentenceOf(entry).text.toLowerCase();
      if (own.every((word) => word.length <= 2 || text.includes(word))) continue;
      if (sentenceOf(entry).hedges > 0) continue;
      const subject = subjectMatch(mine, entry.detail, isName);
      if (subject.sharedContent < 1) continue;
      return { page: mine, entry };
    }
  }
  return undefined;
}

/** How many final words two names share. */
function sharedEnding(a: string[], b: string[]): number {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[a.length - 1 - shared] === b[b.length - 1 - shared])
    shared++;
  return shared;
}

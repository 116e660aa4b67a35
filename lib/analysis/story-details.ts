import type { Corpus, SentenceDetail } from '../corpus/corpus.ts';

/** One detail the references on the page's story state, with the sentence that states it. */
export interface StoryDetail {
  detail: SentenceDetail;
  sentence: number;
  doc: number;
}

/** The story's details table: every checkable detail of the related articles, by role. */
export type StoryDetails = Map<string, StoryDetail[]>;

/** Roles compared across the story's sentences (places and actors only within a matched pair of sentences:
 * a story names many places and people for many events). */
const TABLE_ROLES = new Set([
  'place',
  'score',
  'minute',
  'time',
  'count',
  'money',
  'percentage',
  'age',
  'duration',
  'rank',
  'date',
  'weekday',
  'year',
]);

export function storyDetails(corpus: Corpus, docs: Iterable<number>): StoryDetails {
  const table: StoryDetails = new Map();
  for (const doc of docs) {
    const { first, count } = corpus.docs[doc]!;
    for (let sentence = first; sentence < first + count; sentence++) {
      for (const detail of corpus.sentences[sentence]!.details) {
        if (!TABLE_ROLES.has(detail.role)) continue;
        const key = tableKey(detail.role);
        if (!table.has(key)) table.set(key, []);
        table.get(key)!.push({ detail, sentence, doc });
      }
    }
  }
  return table;
}

/** Years and dates share a key: "in 2021" is checked against "February 2022". */
export function tableKey(role: string): string {
  return role === 'year' ? 'date' : role;
}

export function isTableRole(role: string): boolean {
  return TABLE_ROLES.has(role);
}

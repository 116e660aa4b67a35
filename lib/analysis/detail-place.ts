import type { SentenceDetail } from '../corpus/corpus.ts';
import { subjectMatch } from './detail-subject.ts';
import { comparableDetails, detailsAgree } from './detail-values.ts';
import type { SentenceView } from './sentence-view.ts';
import { tableKey, type StoryDetail, type StoryDetails } from './story-details.ts';

/** Figures that tie a place to one event: a measure with a head ("6.4 metres"), not a small round count. */
const TIED = new Set(['count', 'money', 'percentage', 'time']);

/**
 * A place the page gives to a figure that the story ties to another place: "The river peaked at 6.4 metres in
 * Ardley Mill" / "crested at 6.4 metres in Bellhaven". The figure is stated exactly, about the same head, with
 * a place next to it (the place's words around it hold the figure's head), and no sentence of the story that
 * states the figure names the page's place. Returns the page's place and the story's.
 */
export function placeOfFigure(
  view: SentenceView,
  table: StoryDetails,
  sentenceOf: (entry: StoryDetail) => SentenceView,
  isName: (term: number) => boolean,
): { page: SentenceDetail; entry: StoryDetail } | undefined {
  const places = view.details.filter((detail) => detail.role === 'place');
  if (places.length !== 1) return undefined;
  const place = places[0]!;
  for (const figure of view.details) {
    if (!TIED.has(figure.role) || figure.head.length === 0 || figure.approx) continue;
    if (!figure.head.some((term) => place.context.includes(term))) continue;
    const stating = (table.get(tableKey(figure.role)) ?? []).filter(
      ({ detail }) =>
        comparableDetails(figure, detail) &&
        detailsAgree(figure, detail) &&
        subjectMatch(figure, detail, isName).sharedHead,
    );
    if (stating.length === 0) continue;
    if (stating.some((entry) => mentionsAll(sentenceOf(entry).text, String(place.value)))) continue;
    for (const entry of stating) {
      const other = sentenceOf(entry).details.find(
        (detail) =>
          detail.role === 'place' &&
          entry.detail.head.some((term) => detail.context.includes(term)) &&
          !String(detail.value).includes(String(place.value)) &&
          !String(place.value).includes(String(detail.value)),
      );
      if (other) return { page: place, entry: { ...entry, detail: other } };
    }
  }
  return undefined;
}

function mentionsAll(text: string, value: string): boolean {
  const lower = text.toLowerCase();
  return value.split(' ').every((word) => word.length <= 2 || lower.includes(word));
}

import type { PlacementFeature } from './placement-feature.ts';

/**
 * The last sentence of a paragraph of two or more: where an advert is added to a paragraph that was already
 * complete (on webis answers most inserted ads close their paragraph). Where a sentence stands, not what it says.
 */
export const closesParagraph: PlacementFeature = {
  id: 'closes-paragraph',
  measure({ sentenceIndex, sentenceCount }) {
    return sentenceCount > 1 && sentenceIndex === sentenceCount - 1 ? 1 : 0;
  },
};

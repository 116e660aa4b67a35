import type { PlacementFeature } from './placement-feature.ts';

/** The first sentence of its paragraph (a one-sentence paragraph included): it sets the paragraph's topic. */
export const opensParagraph: PlacementFeature = {
  id: 'opens-paragraph',
  measure({ sentenceIndex }) {
    return sentenceIndex === 0 ? 1 : 0;
  },
};

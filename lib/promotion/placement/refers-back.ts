import type { PlacementFeature } from './placement-feature.ts';

// A pronoun or a definite generic noun at the very start: the sentence goes on about what the text already named.
const REFERRING_OPENING =
  /^\W*(?:it|its|they|their|them|this|these|those|he|she|his|her|the (?:company|brand|firm|platform|service|app|game|car|model|restaurant|chain|bank|store|shop))\b/iu;

/**
 * The sentence opens by referring back ("It offers…", "They provide…", "The company…"): it continues a subject the
 * passage already introduced, while an injected advert has to introduce its product by name.
 */
export const refersBack: PlacementFeature = {
  id: 'refers-back',
  measure({ sentence }) {
    return REFERRING_OPENING.test(sentence.text) ? 1 : 0;
  },
};

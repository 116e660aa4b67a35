import { closesParagraph } from './closes-paragraph.ts';
import { opensParagraph } from './opens-paragraph.ts';
import type { PlacementFeature } from './placement-feature.ts';
import { refersBack } from './refers-back.ts';

/** Every placement feature; their values follow the signals' in a sentence's value vector. */
export const PLACEMENT_FEATURES: readonly PlacementFeature[] = [closesParagraph, opensParagraph, refersBack];

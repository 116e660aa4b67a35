/**
 * Groups of signal ids that the rules around the model share (one place, so the rules stay consistent).
 * Values are looked up by id in a sentence's value vector (SIGNAL_IDS order).
 */

/** Cues by which an advert asks the reader for something. */
export const ASKING_CUES = [
  'call-to-action',
  'price-offer',
  'coupon-code',
  'persuasive-second-person',
  'hook-question',
  'affiliate-link',
  'closing-plug',
  'reader-advised',
] as const;

/** Advertising wording of the sentence's own, which a label can confirm. */
export const OWN_ADVERT_CUES = [...ASKING_CUES, 'marketing-praise', 'segue', 'benefit-claim'] as const;

/**
 * Cues only selling text carries (plain "you can…" instructions excluded): a sentence next to an advert that has
 * one is part of the advert.
 */
export const SELLING_CUES = [
  'call-to-action',
  'price-offer',
  'coupon-code',
  'hook-question',
  'affiliate-link',
  'label-heading',
] as const;

// Where each group's ids sit in a value vector, found once per group and id order: every sentence asks.
const placesCache = new WeakMap<readonly string[], { ids: readonly string[]; places: number[] }>();

function placesOf(ids: readonly string[], group: readonly string[]): number[] {
  let cached = placesCache.get(group);
  if (!cached || cached.ids !== ids) {
    cached = { ids, places: group.map((id) => ids.indexOf(id)) };
    placesCache.set(group, cached);
  }
  return cached.places;
}

/** Whether any signal of the group is present in a value vector. */
export function hasAnyCue(
  ids: readonly string[],
  values: readonly number[],
  group: readonly string[],
): boolean {
  for (const place of placesOf(ids, group)) if ((values[place] ?? 0) > 0) return true;
  return false;
}

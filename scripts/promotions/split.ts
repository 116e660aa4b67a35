/** FNV-1a, 32 bits: a stable hash so the fit/held-out split never changes between runs. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export type Part = 'fit' | 'held-out';

/** Even hash: fitting half; odd hash: held-out half, never seen by the fit. */
export function partOf(key: string): Part {
  return fnv1a(key) % 2 === 0 ? 'fit' : 'held-out';
}

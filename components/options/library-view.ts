import type { LibraryEntry } from '../../utils/library/library-db.ts';

/** Articles per site, most first; articles without a site count under "no site". */
export function countsBySite(entries: LibraryEntry[]): { site: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const site = entry.site ?? 'no site';
    counts.set(site, (counts.get(site) ?? 0) + 1);
  }
  return [...counts]
    .map(([site, count]) => ({ site, count }))
    .sort((a, b) => b.count - a.count || a.site.localeCompare(b.site));
}

/** Entries whose title, site, address or date contain every word of the query, newest first. */
export function searchEntries(entries: LibraryEntry[], query: string): LibraryEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matching = words.length
    ? entries.filter((entry) => {
        const haystack = [entry.title, entry.site, entry.url, entry.date].join(' ').toLowerCase();
        return words.every((word) => haystack.includes(word));
      })
    : entries;
  return [...matching].sort((a, b) => b.added.localeCompare(a.added) || a.title.localeCompare(b.title));
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

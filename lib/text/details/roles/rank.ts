import { alternation, ORDINAL_WORDS, RANK_AFTER, RANK_BEFORE, RANK_CUES } from '../lexicon.ts';
import type { DetailExtractor, FoundDetail } from '../types.ts';

const ORDINAL = new RegExp(
  String.raw`\b(\d{1,3}(?:st|nd|rd|th)|${alternation(Object.keys(ORDINAL_WORDS))})\b`,
  'giu',
);
const WORD = /[\p{L}]+/gu;

/** A rank or position ("third in the league", "second-largest", "in fifth place", "finished second"), not an
 * ordinal that only orders things ("the first time", "the second half"). */
export const rankExtractor: DetailExtractor = {
  role: 'rank',
  find(text) {
    const found: FoundDetail[] = [];
    for (const match of text.matchAll(ORDINAL)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      const written = (match[1] ?? '').toLowerCase();
      const value = ORDINAL_WORDS[written] ?? Number(written.replace(/\D/g, ''));
      const next = /^[\s-]+(\p{L}+)/u.exec(text.slice(end))?.[1]?.toLowerCase() ?? '';
      const previous =
        [...text.slice(Math.max(0, start - 30), start).matchAll(WORD)].at(-1)?.[0].toLowerCase() ?? '';
      const closes = /^\s*(?:[,.;:)]|$)/.test(text.slice(end));
      const ranked =
        RANK_CUES.has(next) ||
        (RANK_BEFORE.has(previous) && previous !== 'the' && (closes || RANK_AFTER.has(next)));
      if (!ranked || !Number.isFinite(value)) continue;
      found.push({ role: 'rank', value, text: match[0], start, end, noHead: true });
    }
    return found;
  },
};

/**
 * One article of a reference pack (the public format of docs/reference-pack.md), as read from or
 * written to a line. Everything is plain text: no field is ever interpreted as HTML.
 */
export interface PackArticle {
  id: string;
  title: string;
  /** The body; paragraphs separated by a blank line. */
  text: string;
  site: string | null;
  url: string | null;
  /** Publication date, YYYY-MM-DD. */
  date: string | null;
  /** BCP 47 language tag. */
  lang: string | null;
  /** When it entered the reader's library (ISO time); written as the pack field `x-added`. */
  added?: string;
}

/** Letters, digits, `-`, `_`, `.`; at most 100 characters. */
export const PACK_ID_PATTERN = /^[A-Za-z0-9._-]{1,100}$/;

export type PackRecordResult =
  { ok: true; article: PackArticle; notes: string[] } | { ok: false; reason: string };

/**
 * Checks one parsed line. Required fields (id, title, text) reject the line when absent or invalid; an
 * optional field of the wrong kind is left out with a note, never a rejection.
 */
export function validatePackRecord(value: unknown): PackRecordResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'not a JSON object (a pack has one article object per line)' };
  }
  const record = value as Record<string, unknown>;
  const missing = (['id', 'title', 'text'] as const).filter((field) => record[field] === undefined);
  if (missing.length > 0) return { ok: false, reason: `missing required field ${missing.join(', ')}` };
  const { id, title, text } = record;
  if (typeof id !== 'string') return { ok: false, reason: 'id is not a string' };
  if (!PACK_ID_PATTERN.test(id)) {
    return {
      ok: false,
      reason: `invalid id "${id.slice(0, 40)}${id.length > 40 ? '…' : ''}" (letters, digits, - _ . only, at most 100 characters)`,
    };
  }
  if (typeof title !== 'string' || !title.trim()) return { ok: false, reason: 'title is empty or not text' };
  if (typeof text !== 'string' || !text.trim()) return { ok: false, reason: 'text is empty or not text' };
  const notes: string[] = [];
  const optional = (field: string, check: (value: string) => string | null): string | null => {
    const raw = record[field];
    if (raw === undefined || raw === null) return null;
    if (typeof raw !== 'string') {
      notes.push(`${field} is not text; left out`);
      return null;
    }
    const kept = check(raw.trim());
    if (kept === null && raw.trim()) notes.push(`${field} "${raw.slice(0, 40)}" is not usable; left out`);
    return kept;
  };
  const article: PackArticle = {
    id,
    title: title.replace(/\s+/g, ' ').trim(),
    text: text.replace(/\r\n?/g, '\n').trim(),
    site: optional('site', (site) => site.replace(/\s+/g, ' ') || null),
    url: optional('url', (url) => (/^https?:\/\/\S+$/i.test(url) ? url : null)),
    date: optional('date', dateOf),
    lang: optional('lang', (lang) => (/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : null)),
  };
  const added = record['x-added'];
  if (typeof added === 'string' && !Number.isNaN(Date.parse(added))) article.added = added;
  return { ok: true, article, notes };
}

/** "2025-03-08" or an ISO date-time starting with it; anything else is not a date. */
function dateOf(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value);
  if (!match) return null;
  const date = match[1] + '-' + match[2] + '-' + match[3];
  return Number.isNaN(Date.parse(date)) ? null : date;
}

import { validatePackRecord, type PackArticle } from './pack-article.ts';

/** A line the reader could not use, with its 1-based number. */
export interface RejectedLine {
  line: number;
  reason: string;
}

export interface PackSummary {
  /** Lines read, blank and comment lines included. */
  lines: number;
  accepted: number;
  /** The first MAX_REPORTED rejections; `rejectedCount` counts them all. */
  rejected: RejectedLine[];
  rejectedCount: number;
  /** Ids given on more than one line: the last line wins. */
  duplicates: { id: string; lines: number[] }[];
  /** Optional fields left out, per line (first MAX_REPORTED). */
  notes: RejectedLine[];
  /** Articles per language tag other than English. */
  otherLanguages: Record<string, number>;
  /** No line at all was JSON: this is not a pack (an HTML page, a PDF, a JSON array…). */
  notJsonLines: boolean;
}

const MAX_REPORTED = 1000;
// Far beyond any article (the longest real pages run to ~100,000 characters): past it a "line" is a
// file without line breaks, and buffering it would only exhaust memory.
export const MAX_LINE_CHARS = 4_000_000;

/**
 * Reads a pack line by line from chunks of text, as they arrive: `push` returns the articles completed by
 * a chunk, `end` those of the last line and the summary. Memory stays bounded by one line.
 */
export class PackReader {
  private buffer = '';
  private overflow = false;
  private lineNumber = 0;
  private jsonLines = 0;
  private readonly firstLineOf = new Map<string, number[]>();
  private readonly summary: PackSummary = {
    lines: 0,
    accepted: 0,
    rejected: [],
    rejectedCount: 0,
    duplicates: [],
    notes: [],
    otherLanguages: {},
    notJsonLines: false,
  };

  push(chunk: string): PackArticle[] {
    const out: PackArticle[] = [];
    let text = this.lineNumber === 0 && this.buffer === '' ? chunk.replace(/^\uFEFF/, '') : chunk;
    let newline = text.indexOf('\n');
    while (newline !== -1) {
      this.take(this.buffer + text.slice(0, newline), out);
      this.buffer = '';
      this.overflow = false;
      text = text.slice(newline + 1);
      newline = text.indexOf('\n');
    }
    if (!this.overflow) this.buffer += text;
    if (this.buffer.length > MAX_LINE_CHARS) {
      this.overflow = true;
      this.buffer = '';
    }
    return out;
  }

  end(): { articles: PackArticle[]; summary: PackSummary } {
    const articles: PackArticle[] = [];
    if (this.buffer !== '' || this.overflow) this.take(this.buffer, articles);
    this.buffer = '';
    const { summary } = this;
    summary.lines = this.lineNumber;
    summary.duplicates = [...this.firstLineOf]
      .filter(([, lines]) => lines.length > 1)
      .map(([id, lines]) => ({ id, lines }));
    summary.notJsonLines = summary.accepted === 0 && summary.rejectedCount > 0 && this.jsonLines === 0;
    return { articles, summary };
  }

  private take(rawLine: string, out: PackArticle[]): void {
    const number = ++this.lineNumber;
    if (this.overflow || rawLine.length > MAX_LINE_CHARS) {
      return this.reject(number, `line longer than ${MAX_LINE_CHARS.toLocaleString('en')} characters`);
    }
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('//')) return;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      return this.reject(number, 'not valid JSON');
    }
    this.jsonLines++;
    const result = validatePackRecord(value);
    if (!result.ok) return this.reject(number, result.reason);
    const { article } = result;
    for (const note of result.notes) this.note(number, note);
    const seen = this.firstLineOf.get(article.id);
    if (seen) seen.push(number);
    else this.firstLineOf.set(article.id, [number]);
    if (article.lang && !/^en\b/i.test(article.lang)) {
      const tag = article.lang.toLowerCase();
      this.summary.otherLanguages[tag] = (this.summary.otherLanguages[tag] ?? 0) + 1;
    }
    this.summary.accepted++;
    out.push(article);
  }

  private reject(line: number, reason: string): void {
    this.summary.rejectedCount++;
    if (this.summary.rejected.length < MAX_REPORTED) this.summary.rejected.push({ line, reason });
  }

  private note(line: number, reason: string): void {
    if (this.summary.notes.length < MAX_REPORTED) this.summary.notes.push({ line, reason });
  }
}

/** Reads a whole pack held in memory. Duplicate ids: the last line wins (and the summary says so). */
export function readPack(text: string): { articles: PackArticle[]; summary: PackSummary } {
  const reader = new PackReader();
  const all = reader.push(text);
  const { articles, summary } = reader.end();
  const byId = new Map<string, PackArticle>();
  for (const article of [...all, ...articles]) byId.set(article.id, article);
  return { articles: [...byId.values()], summary };
}

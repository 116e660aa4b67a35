/**
 * Every message between the popup and the page agent (the content script injected on click), with its
 * data and its answer. Types only: the wiring lives in utils/messaging.ts.
 */
import type { Article } from './article.ts';
import type { ExtractionFailure } from './extract/extract-article.ts';
import type { PageCard } from './promotion/detect.ts';
import type { Palette } from './page/highlights.ts';
import type { Mark, MarkCategory } from './page/marks.ts';
import type { Report } from './report.ts';

export type ExtractAnswer = { ok: true; article: Article; pageCards: PageCard[] } | ExtractionFailure;

export interface PaintAnswer {
  /** Marks found again in the live page and painted. */
  placed: number;
  total: number;
}

export interface ProtocolMap {
  /** Run Readability on a clone of the page and scan the live page for sponsored boxes. */
  extract(data: Record<string, never>): ExtractAnswer;
  /** Mark these passages with the CSS Custom Highlight API (replacing earlier marks). */
  paint(data: { marks: Mark[]; visible: MarkCategory[]; palette: Palette }): PaintAnswer;
  /** Scroll a mark into view and flash it. */
  reveal(data: { markId: string }): boolean;
  /** Show only these categories. */
  showCategories(data: { categories: MarkCategory[] }): void;
  /** Remove every mark and the page agent's UI. */
  clear(data: Record<string, never>): void;
}

export type MessageName = keyof ProtocolMap;
export type MessageData<K extends MessageName> = Parameters<ProtocolMap[K]>[0];
export type MessageAnswer<K extends MessageName> = ReturnType<ProtocolMap[K]>;

export interface Envelope<K extends MessageName = MessageName> {
  crosscheck: K;
  data: MessageData<K>;
}

/**
 * Messages from the popup to the background page (Firefox, whose background page stays loaded: the engine
 * there is already compiled and warm, and the library stays open).
 */
export interface BackgroundProtocolMap {
  /** Load the corpus now (sent with the injection), so that it is ready when the article arrives. */
  prepare(data: Record<string, never>): null;
  /** Compare an extracted article with the reference corpus; the corpus's titles come back for display. */
  analyze(data: { article: Article; pageCards: PageCard[] }): {
    report: Report;
    titles: Record<string, string>;
  };
}

export type BackgroundMessageName = keyof BackgroundProtocolMap;

export interface BackgroundEnvelope<K extends BackgroundMessageName = BackgroundMessageName> {
  crosscheckBackground: K;
  data: Parameters<BackgroundProtocolMap[K]>[0];
}

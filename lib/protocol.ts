/**
 * Every message between the popup and the page agent (the content script injected on click), with its
 * data and its answer, and what the agent's injection itself returns. Types only: the wiring lives in
 * utils/messaging.ts.
 */
import type { AnalysisStep } from './analyze.ts';
import type { Article } from './article.ts';
import type { ExtractionFailure } from './extract/extract-article.ts';
import type { PageCard } from './promotion/detect.ts';
import type { Palette } from './page/highlights.ts';
import type { Mark, MarkCategory } from './page/marks.ts';
import type { Report } from './report.ts';

/** The reader's display settings, which the page needs to paint. */
export interface DisplaySettings {
  visible: MarkCategory[];
  palette: Palette;
}

/** A comparison made outside the popup, with the marks it gives and how to show them. */
export interface Comparison extends DisplaySettings {
  report: Report;
  /** Reference article titles by id, for naming sources. */
  titles: Record<string, string>;
  marks: Mark[];
  /**
   * Where the background page's time went (Firefox), in ms: waiting for the corpus and settings, the
   * engine, building the answer; and when it received the article and answered (wall clock). The page
   * agent records them as performance measures for bench:pages.
   */
  timings?: BackgroundTimings;
}

export interface BackgroundTimings {
  corpusWait: number;
  /** The analysis's first step (the genre, the promotions in the text), run before the boxes arrive. */
  textPromotions?: number;
  /** The comparison as the text's promotions leave it, run before the boxes arrive (kept when they add none). */
  compareAhead?: number;
  /** From the end of those steps to the page's sponsored boxes, when they came later. */
  cardsWait?: number;
  /** The rest of the engine, step by step (lib/analyze.ts, AnalysisStep). */
  steps?: Partial<Record<AnalysisStep, number>>;
  analyze: number;
  answer: number;
  receivedAt: number;
  answeredAt: number;
}

/**
 * What the page agent's injection returns (scripting.executeScript's result; no message round trip): the
 * extracted article and, where the background page compared it (Firefox) and the agent painted the marks,
 * that comparison too. An error of the agent's own comes back as data.
 */
export type AgentAnswer =
  | {
      ok: true;
      article: Article;
      pageCards: PageCard[];
      painted?: { comparison: Comparison; answer: PaintAnswer };
    }
  | ExtractionFailure
  | { ok: false; reason: 'agent-error'; message: string };

export interface PaintAnswer {
  /** Marks found again in the live page and painted. */
  placed: number;
  total: number;
}

export interface ProtocolMap {
  /** Mark these passages with the CSS Custom Highlight API (replacing earlier marks). */
  paint(data: { marks: Mark[] } & DisplaySettings): PaintAnswer;
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
 * Messages to the background page (Firefox, whose background page stays loaded, and the library with it),
 * all from the page agent, which then paints the answer itself (no hop through the popup).
 */
export interface BackgroundProtocolMap {
  /** Load the corpus now (sent as extraction starts), so that it is ready when the article arrives. */
  prepare(data: Record<string, never>): null;
  /**
   * The extracted article, sent before the page scans its sponsored boxes: the background page starts
   * the analysis (the genre, the promotions in the text) meanwhile. `click` names this click's analysis.
   */
  article(data: { click: string; article: Article }): null;
  /** The page's sponsored boxes: finish that click's comparison; the report, its marks and how to show them. */
  analyze(data: { click: string; pageCards: PageCard[] }): Comparison | null;
}

export type BackgroundMessageName = keyof BackgroundProtocolMap;

export interface BackgroundEnvelope<K extends BackgroundMessageName = BackgroundMessageName> {
  crosscheckBackground: K;
  data: Parameters<BackgroundProtocolMap[K]>[0];
}

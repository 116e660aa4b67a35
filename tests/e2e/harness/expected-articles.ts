import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../../lib/extract/extract-article.ts';
import { FIXTURE_PAGES_DIR } from './paths.ts';

/** What the popup must show for an article fixture, written down by hand from the page's markup. */
export interface ExpectedArticle {
  page: string;
  title: string;
  /** og:site_name / JSON-LD publisher, or the host when the page names no site. */
  site: string;
  /** A part of the byline that must appear (bylines keep "By …" as the page writes it). */
  bylineIncludes: string;
  lang: string;
}

export const SEED_ARTICLES: readonly ExpectedArticle[] = [
  {
    page: 'seed-000-peace-talks.html',
    title: 'US-Ukraine Peace Talks: Key Updates and Potential Outcomes',
    site: 'Meridian Daily',
    bylineIncludes: 'Elena Markovic',
    lang: 'en',
  },
  {
    page: 'seed-001-trump-announces-talks.html',
    title: 'Trump announces Russia–Ukraine peace talks after calls with Putin and Zelenskyy',
    site: '127.0.0.1',
    bylineIncludes: 'Marcus Hale',
    lang: 'en-US',
  },
  {
    page: 'seed-002-security-guarantees.html',
    title: 'Zelenskyy calls for rapid progress on U.S.-backed security guarantees',
    site: 'Northline Post',
    bylineIncludes: 'Priya Natarajan',
    lang: 'en',
  },
  {
    page: 'seed-003-trump-hopes-peace.html',
    title: 'Trump Hopes for Peace in Ukraine Amid Putin Negotiation Uncertainty',
    site: 'World Brief Today',
    bylineIncludes: 'Daniel Okafor',
    lang: 'en-US',
  },
  {
    page: 'seed-004-high-stakes-talks.html',
    title: 'Trump Initiates High-Stakes Talks with Putin and Zelenskyy to End Ukraine Conflict',
    site: 'PRESS AI WORLD',
    bylineIncludes: 'PressAI Newsroom',
    lang: 'en',
  },
];

export const UNRELATED_ARTICLE: ExpectedArticle = {
  page: 'unrelated-city-budget.html',
  title: 'Riverton council approves $412 million budget with more money for buses and parks',
  site: 'Riverton Gazette',
  bylineIncludes: 'Hannah Brooks',
  lang: 'en',
};

/** Articles with hard text: RTL scripts, zero-width and combining characters, emoji. */
export const UNUSUAL_TEXT_ARTICLES: readonly ExpectedArticle[] = [
  {
    page: 'hostile-unicode.html',
    // "Café" with a combining acute accent (e + U+0301), as the page writes it.
    title: 'Cafe\u0301 owners in Tel Aviv and Cairo share a recipe 🍰 online',
    site: '127.0.0.1',
    bylineIncludes: 'Nadia Haddad',
    lang: 'en',
  },
  {
    page: 'hostile-rtl-arabic.html',
    title: 'افتتاح مكتبة عامة جديدة في وسط المدينة بعد ثلاث سنوات من العمل',
    site: 'أخبار المدينة',
    bylineIncludes: 'سارة المصري',
    lang: 'ar',
  },
];

export const NOT_ARTICLE_PAGES = ['search-results.html', 'product-listing.html'] as const;

export const HOSTILE_MARKUP_PAGE = {
  page: 'hostile-markup-payloads.html',
  title: 'Researchers catalogue <img src=x onerror=alert(1)> and other tricks used against web readers',
} as const;

/**
 * The word count the command-line path (linkedom + the shared engine) finds for a fixture page; the
 * extension must report the same number for the same page.
 */
export function wordCountFromNode(page: string): number {
  const { document } = parseHTML(readFileSync(path.join(FIXTURE_PAGES_DIR, page), 'utf8'));
  const result = extractArticle(document as unknown as Document);
  if (!result.ok) throw new Error(`${page}: the engine found no article in Node (${result.reason})`);
  return result.article.wordCount;
}

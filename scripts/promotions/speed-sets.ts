import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Article } from '../../lib/article.ts';
import { bundledCorpus } from '../../lib/corpus/bundled.ts';
import { extractArticle } from '../../lib/extract/extract-article.ts';
import { findSponsoredCards, referenceNamesOf, type PageCard } from '../../lib/promotion/detect.ts';
import type { ReferenceNames } from '../../lib/promotion/reference-names.ts';
import { loadFixtures } from '../../tests/fixtures/promotions/load.ts';
import { loadNativePlugPages } from '../../tests/fixtures/promotions/native-plugs/load.ts';
import { loadBasil } from './basil.ts';
import { loadWebis, webisAvailable } from './webis.ts';

/** One article promotion detection reads, as the engine is given it. */
export interface SpeedPage {
  set: 'pages' | 'fixtures' | 'native-plugs' | 'webis' | 'basil';
  id: string;
  article: Article;
  pageCards: PageCard[];
  references?: ReferenceNames;
}

const PAGES = new URL('../../../shared/pages/readability/', import.meta.url).pathname;

const parse = (html: string) => parseHTML(html).document as unknown as Document;

/**
 * The 130 real pages (extracted as the CLI extracts them, forced, with their sponsored boxes and the bundled
 * corpus's names), read once: what promotion detection is timed and checked on.
 */
export function loadRealPages(): SpeedPage[] {
  if (!existsSync(PAGES)) return [];
  const references = referenceNamesOf(bundledCorpus());
  return readdirSync(PAGES)
    .sort()
    .flatMap((name) => {
      const file = `${PAGES}${name}/source.html`;
      if (!existsSync(file)) return [];
      const doc = parse(readFileSync(file, 'utf8'));
      const pageCards = findSponsoredCards(doc);
      const extracted = extractArticle(doc, { force: true });
      return extracted.ok
        ? [{ set: 'pages' as const, id: name, article: extracted.article, pageCards, references }]
        : [];
    });
}

/** Every set the verdicts are checked on: the real pages, the fixtures, the native-plug dev set, webis, BASIL. */
export function loadAllSets(): SpeedPage[] {
  const fixtures = loadFixtures(parse).map(({ fixture, article, pageCards }) => ({
    set: 'fixtures' as const,
    id: fixture.file,
    article,
    pageCards,
  }));
  const plugs = loadNativePlugPages().map((page) => ({
    set: 'native-plugs' as const,
    id: page.id,
    article: page.article,
    pageCards: [],
  }));
  const webis = webisAvailable()
    ? loadWebis().map((response) => ({
        set: 'webis' as const,
        id: response.id,
        article: response.article,
        pageCards: [],
      }))
    : [];
  const basil = loadBasil().map((news) => ({
    set: 'basil' as const,
    id: news.key,
    article: news.article,
    pageCards: [],
  }));
  return [...loadRealPages(), ...fixtures, ...plugs, ...webis, ...basil];
}

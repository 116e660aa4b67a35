import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../../lib/extract/extract-article.ts';
import { splitSentences } from '../../../lib/text/sentences.ts';
import type { PackArticle } from '../../../lib/pack/pack-article.ts';
import { sourceFile } from './pages.ts';

/**
 * A reference article that covers the page's story: every other sentence of the page's own article (as the
 * CLI path extracts it). Half the sentences stay under the engine's twin share (0.6), so the page is compared
 * rather than dismissed as a copy, and the whole pipeline runs: claims, marks, painting. Bench only: the
 * bundled corpus covers one story, so on these 130 pages it reports (and paints) nothing.
 */
export function coveringReference(slug: string): PackArticle | null {
  const { document } = parseHTML(readFileSync(sourceFile(slug), 'utf8'));
  const result = extractArticle(document as unknown as Document, { force: true });
  if (!result.ok) return null;
  // Every other sentence of the running text, paragraphs kept (a pack article's are separated by a blank line).
  let index = 0;
  const paragraphs = result.article.blocks
    .filter((block) => block.kind !== 'heading')
    .map((block) =>
      splitSentences(block.text)
        .filter(() => index++ % 2 === 0)
        .map((span) => span.text)
        .join(' '),
    )
    .filter(Boolean);
  if (paragraphs.length === 0) return null;
  return {
    id: `bench-${slug}`,
    title: `Bench reference for ${slug}`,
    site: 'bench.reference',
    text: paragraphs.join('\n\n'),
    url: null,
    date: null,
    lang: null,
  };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_SETS, loadDevSet, type DevSet } from '../../../scripts/eval/dev-sets.ts';

/** A dev set of tests/fixtures/dev-sets (the references of an invented event in another domain, pages, labels). */
export function devSet(domain: string): DevSet {
  return loadDevSet(join(DEV_SETS, domain));
}

/** The dev set's reference articles as a reference pack (`docs/reference-pack.md`): one JSON line each. */
export function devSetPack(domain: string): string {
  return (
    devSet(domain)
      .references.map((ref) => {
        const file = readFileSync(join(DEV_SETS, domain, 'references', ref.file), 'utf8');
        const [title, ...rest] = file.trim().split('\n');
        return JSON.stringify({
          id: ref.id,
          title,
          text: rest.join('\n').trim(),
          site: ref.site,
          date: ref.date,
        });
      })
      .join('\n') + '\n'
  );
}

/** A dev set page as a news page: headline, paragraphs, the site's name. Its text is the dev set's, escaped. */
export function devSetPageHtml(domain: string, page: string, site: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const [title, ...paragraphs] = readFileSync(join(DEV_SETS, domain, 'pages', page), 'utf8')
    .trim()
    .split(/\n\s*\n/);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title!)}</title>
<meta property="og:site_name" content="${escape(site)}"></head><body><main><article><h1>${escape(title!)}</h1>
${paragraphs.map((p) => `<p>${escape(p.trim())}</p>`).join('\n')}</article></main></body></html>`;
}

import { useState } from 'preact/hooks';
import type { OptionsSnapshot, OptionsStore } from '../../utils/options-store.ts';
import { AddArticleForm } from './AddArticleForm.tsx';
import { ImportPack } from './ImportPack.tsx';
import { countsBySite, formatBytes, searchEntries } from './library-view.ts';

interface Props {
  store: OptionsStore;
  snapshot: OptionsSnapshot;
  onChange: () => void;
}

// Enough to find an article by searching; a list of ten thousand rows would only slow the page down.
const SHOWN = 200;

/** The reader's library: what is in it, search, delete, export and import, and adding by hand. */
export function ReferenceLibrary({ store, snapshot, onChange }: Props) {
  const [query, setQuery] = useState('');
  const [exported, setExported] = useState<{ url: string; name: string; count: number } | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const { articles } = snapshot;
  const found = searchEntries(articles, query);
  const shown = found.slice(0, SHOWN);
  const sites = countsBySite(articles);
  const textBytes = articles.reduce((sum, entry) => sum + entry.chars, 0);

  const exportLibrary = async () => {
    const blob = await store.exportPack();
    if (exported) URL.revokeObjectURL(exported.url);
    const name = `crosscheck-library-${new Date().toISOString().slice(0, 10)}.jsonl`;
    const next = { url: URL.createObjectURL(blob), name, count: articles.length };
    setExported(next);
    const link = document.createElement('a');
    link.href = next.url;
    link.download = name;
    link.click();
  };

  return (
    <section aria-labelledby="library-heading">
      <h2 id="library-heading">Your reference library</h2>
      <p>
        Crosscheck compares pages with five bundled articles (the 2025 US–Russia–Ukraine talks) and with the
        articles in your library. Add pages from the Crosscheck popup, import a reference pack, or type an
        article in below. Your library is stored in this browser only and is never sent anywhere.
      </p>
      <label class="row">
        <input
          type="checkbox"
          checked={snapshot.remember}
          onChange={async (e) => {
            await store.setRemember((e.currentTarget as HTMLInputElement).checked);
            onChange();
          }}
        />
        Remember the articles I check
      </label>
      <p data-testid="library-summary">
        {articles.length.toLocaleString('en')} {articles.length === 1 ? 'article' : 'articles'}
        {articles.length > 0 ? `, ${formatBytes(textBytes)} of text` : ''}
        {snapshot.storageBytes !== null
          ? `; Crosscheck uses ${formatBytes(snapshot.storageBytes)} of storage in this browser`
          : ''}
        .
      </p>
      {sites.length > 0 ? (
        <details>
          <summary>Articles per site ({sites.length})</summary>
          <ul class="list" data-testid="library-sites">
            {sites.map(({ site, count }) => (
              <li>
                <span>{site}</span>
                <span>{count.toLocaleString('en')}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <div class="row">
        <label for="library-search">Search</label>
        <input
          id="library-search"
          type="search"
          value={query}
          placeholder="title, site, address or date"
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <ul class="list" data-testid="user-articles">
        {shown.map((entry) => (
          <li key={entry.id} data-id={entry.id}>
            <span>
              {entry.title}
              {entry.site ? ` — ${entry.site}` : ''}
              {entry.date ? `, ${entry.date}` : ''}
            </span>
            <button
              type="button"
              onClick={async () => (await store.removeArticle(entry.id), onChange())}
              aria-label={`Remove ${entry.title}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      {found.length > shown.length ? (
        <p>
          Showing {shown.length} of {found.length.toLocaleString('en')}: search to find the others.
        </p>
      ) : null}

      <h3>Export and import</h3>
      <div class="row">
        <button
          type="button"
          data-testid="export-library"
          onClick={() => void exportLibrary()}
          disabled={articles.length === 0}
        >
          Export the library
        </button>
        {exported ? (
          <a href={exported.url} download={exported.name} data-testid="export-link">
            {exported.name} ({exported.count} articles)
          </a>
        ) : null}
      </div>
      <ImportPack store={store} onChange={onChange} />
      <div class="row">
        {confirmClear ? (
          <>
            <button
              type="button"
              data-testid="clear-confirm"
              onClick={async () => {
                await store.clearLibrary();
                setConfirmClear(false);
                onChange();
              }}
            >
              Delete all {articles.length.toLocaleString('en')} articles
            </button>
            <button type="button" onClick={() => setConfirmClear(false)}>
              Keep them
            </button>
          </>
        ) : (
          <button
            type="button"
            data-testid="clear-library"
            disabled={articles.length === 0}
            onClick={() => setConfirmClear(true)}
          >
            Clear the library…
          </button>
        )}
      </div>

      <h3>Type in an article</h3>
      <AddArticleForm store={store} onChange={onChange} />
    </section>
  );
}

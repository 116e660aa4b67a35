import { useState } from 'preact/hooks';
import type { UserArticle } from '../../utils/settings.ts';
import type { OptionsStore } from './options-store.ts';

interface Props {
  store: OptionsStore;
  articles: UserArticle[];
  onChange: () => void;
}

const MAX_CHARS = 200_000;

/** Reference articles the reader adds to the bundled corpus (pasted text; they stay in this browser). */
export function ReferenceArticles({ store, articles, onChange }: Props) {
  const [title, setTitle] = useState('');
  const [site, setSite] = useState('');
  const [date, setDate] = useState('');
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');

  const add = async (event: Event) => {
    event.preventDefault();
    if (!title.trim() || text.trim().split(/\s+/).length < 30) {
      return setMessage('Give the article a title and paste at least a few sentences of its text.');
    }
    if (text.length > MAX_CHARS)
      return setMessage('That text is too long for one article (200,000 characters at most).');
    await store.addArticle({
      title: title.trim(),
      site: site.trim() || null,
      date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
      text: `${title.trim()}\n${text.trim()}`,
    });
    setTitle('');
    setSite('');
    setDate('');
    setText('');
    setMessage('Added. It is used from the next analysis on.');
    onChange();
  };

  return (
    <section aria-labelledby="refs-heading">
      <h2 id="refs-heading">Your reference articles</h2>
      <p>Crosscheck compares pages with the articles bundled in it, and with any you add here.</p>
      <ul class="list" data-testid="user-articles">
        {articles.map((article) => (
          <li>
            <span>
              {article.title}
              {article.site ? ` — ${article.site}` : ''}
              {article.date ? `, ${article.date}` : ''}
            </span>
            <button
              type="button"
              onClick={async () => (await store.removeArticle(article.id), onChange())}
              aria-label={`Remove ${article.title}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} class="stack">
        <label for="ref-title">Title</label>
        <input
          id="ref-title"
          value={title}
          onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)}
        />
        <label for="ref-site">Source (optional)</label>
        <input
          id="ref-site"
          value={site}
          onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)}
        />
        <label for="ref-date">Published (optional: tells this event's coverage from older stories)</label>
        <input
          id="ref-date"
          type="date"
          value={date}
          onInput={(e) => setDate((e.currentTarget as HTMLInputElement).value)}
        />
        <label for="ref-text">Article text (one paragraph per line)</label>
        <textarea
          id="ref-text"
          rows={8}
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <button type="submit">Add article</button>
      </form>
      <p role="status">{message}</p>
    </section>
  );
}

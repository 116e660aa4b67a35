import { useState } from 'preact/hooks';
import type { OptionsStore } from '../../utils/options-store.ts';

interface Props {
  store: OptionsStore;
  onChange: () => void;
}

const MAX_CHARS = 200_000;

/** An article the reader types or pastes into the library. */
export function AddArticleForm({ store, onChange }: Props) {
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
      text: text
        .trim()
        .split(/\n+/)
        .map((line) => line.trim())
        .filter(Boolean)
        .join('\n\n'),
    });
    setTitle('');
    setSite('');
    setDate('');
    setText('');
    setMessage('Added. It is used from the next analysis on.');
    onChange();
  };

  return (
    <form onSubmit={add} class="stack" aria-label="Type in an article">
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
      <p role="status">{message}</p>
    </form>
  );
}

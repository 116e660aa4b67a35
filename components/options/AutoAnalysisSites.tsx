import { useState } from 'preact/hooks';
import { originOf, type OptionsStore } from '../../utils/options-store.ts';

interface Props {
  store: OptionsStore;
  origins: string[];
  onChange: () => void;
}

/** News sites analysed as their pages load; each one needs the reader's explicit grant. */
export function AutoAnalysisSites({ store, origins, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');

  const add = async (event: Event) => {
    event.preventDefault();
    const origin = originOf(draft);
    if (!origin) return setMessage('Enter a site address such as news.example.com.');
    let granted: boolean;
    try {
      granted = await store.addAutoOrigin(origin);
    } catch (error) {
      return setMessage(
        `Could not ask for access to ${origin}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    setMessage(
      granted ? `${origin} will be analysed automatically.` : `Access to ${origin} was not granted.`,
    );
    if (granted) setDraft('');
    onChange();
  };

  return (
    <section aria-labelledby="auto-heading">
      <h2 id="auto-heading">Analyse automatically</h2>
      <p>
        On these sites, articles are checked as they load, without clicking the button. The browser asks you
        to allow each site.
      </p>
      <ul class="list">
        {origins.map((origin) => (
          <li>
            <span>{origin}</span>
            <button
              type="button"
              onClick={async () => (await store.removeAutoOrigin(origin), onChange())}
              aria-label={`Stop analysing ${origin}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} class="row">
        <label for="auto-origin">Site</label>
        <input
          id="auto-origin"
          value={draft}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
          placeholder="news.example.com"
        />
        <button type="submit">Add site</button>
      </form>
      <p role="status">{message}</p>
    </section>
  );
}

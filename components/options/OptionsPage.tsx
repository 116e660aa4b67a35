import { useEffect, useState } from 'preact/hooks';
import { MARK_CATEGORIES, type MarkCategory } from '../../lib/page/marks.ts';
import { CATEGORY_LABEL } from '../page/labels.ts';
import { AutoAnalysisSites } from './AutoAnalysisSites.tsx';
import { ReferenceLibrary } from './ReferenceLibrary.tsx';
import type { OptionsSnapshot, OptionsStore } from '../../utils/options-store.ts';

export function OptionsPage({ store }: { store: OptionsStore }) {
  const [snapshot, setSnapshot] = useState<OptionsSnapshot | null>(null);
  const reload = () => store.load().then(setSnapshot);
  useEffect(() => void reload(), [store]);
  if (!snapshot) return <p role="status">Loading settings…</p>;

  const toggleCategory = async (category: MarkCategory, on: boolean) => {
    const next = on ? [...snapshot.categories, category] : snapshot.categories.filter((c) => c !== category);
    await store.setCategories(MARK_CATEGORIES.filter((c) => next.includes(c)));
    await reload();
  };

  return (
    <main class="options">
      <h1>Crosscheck settings</h1>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Your reading stays private</h2>
        <p data-testid="privacy-statement">
          Crosscheck reads the article you ask it to check and compares it with reference articles stored
          inside the extension. Everything happens in your browser: the page's text, its address and the
          results never leave it. Crosscheck makes no network requests, keeps no history and has no analytics.
        </p>
      </section>

      <section aria-labelledby="marks-heading">
        <h2 id="marks-heading">Marks in the page</h2>
        <fieldset>
          <legend>Mark these kinds of passage</legend>
          {MARK_CATEGORIES.map((category) => (
            <label class="row">
              <input
                type="checkbox"
                checked={snapshot.categories.includes(category)}
                onChange={(e) => void toggleCategory(category, (e.currentTarget as HTMLInputElement).checked)}
              />
              {CATEGORY_LABEL[category]}
            </label>
          ))}
        </fieldset>
        <label class="row">
          <input
            type="checkbox"
            checked={snapshot.palette === 'high-contrast'}
            onChange={async (e) => {
              await store.setPalette(
                (e.currentTarget as HTMLInputElement).checked ? 'high-contrast' : 'standard',
              );
              await reload();
            }}
          />
          High-contrast colours
        </label>
      </section>

      <AutoAnalysisSites store={store} origins={snapshot.autoOrigins} onChange={reload} />
      <ReferenceLibrary store={store} snapshot={snapshot} onChange={reload} />
    </main>
  );
}

import { useState } from 'preact/hooks';
import { describePackSummary } from '../../lib/pack/describe-summary.ts';
import type { ImportProgress } from '../../utils/library/import-pack.ts';
import type { OptionsStore } from '../../utils/options-store.ts';

interface Props {
  store: OptionsStore;
  onChange: () => void;
}

/** Import of a reference pack: progress while it streams in, then a line per problem. */
export function ImportPack({ store, onChange }: Props) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const start = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setReport([]);
    setProgress({ bytesRead: 0, totalBytes: file.size, articles: 0 });
    try {
      const result = await store.importPack(file, setProgress);
      const [headline = '', ...details] = describePackSummary(file.name, result.summary);
      const stored =
        result.added + result.replaced > 0
          ? ` ${result.added} added to your library${result.replaced ? `, ${result.replaced} replaced (same id)` : ''}.`
          : '';
      setReport([headline + stored, ...details]);
    } catch (error) {
      setReport([
        `${file.name} could not be imported: ${error instanceof Error ? error.message : String(error)}. The articles already imported are kept.`,
      ]);
    } finally {
      setBusy(false);
      input.value = '';
      onChange();
    }
  };

  const percent =
    progress && progress.totalBytes > 0 ? Math.round((progress.bytesRead / progress.totalBytes) * 100) : 0;
  return (
    <div class="stack">
      <label for="library-import">Import a reference pack (.jsonl)</label>
      <input
        id="library-import"
        type="file"
        accept=".jsonl,.ndjson,application/jsonl,application/x-ndjson"
        disabled={busy}
        onChange={(e) => void start(e.currentTarget as HTMLInputElement)}
      />
      {busy && progress ? (
        <p data-testid="import-progress">
          <progress value={progress.bytesRead} max={progress.totalBytes || 1} aria-label="Import progress" />{' '}
          Importing… {progress.articles.toLocaleString('en')} articles ({percent}%)
        </p>
      ) : null}
      <div role="status" data-testid="import-report">
        {report.length > 0 ? (
          <ul class="report">
            {report.map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { ReferencesClient, SavedStatus } from '../utils/library/references-client.ts';

type View =
  | { kind: 'checking' }
  | { kind: 'unsaved'; message: string }
  | { kind: 'saved-before'; added: string }
  | { kind: 'just-saved' }
  | { kind: 'failed'; message: string };

/** "Add to my references": saves the analysed article to the reader's library, with undo. */
export function AddToReferences({ references }: { references: ReferencesClient }) {
  const [view, setView] = useState<View>({ kind: 'checking' });
  const fail = (error: unknown) =>
    setView({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });

  useEffect(() => {
    references
      .status()
      .then(
        (status: SavedStatus) =>
          setView(
            status.saved ? { kind: 'saved-before', added: status.added } : { kind: 'unsaved', message: '' },
          ),
        fail,
      );
  }, [references]);

  const save = () => references.save().then(() => setView({ kind: 'just-saved' }), fail);
  const undo = () =>
    references
      .remove()
      .then(() => setView({ kind: 'unsaved', message: 'Removed from your references.' }), fail);

  return (
    <div
      class="add-to-references"
      data-testid="add-to-references"
      data-saved={String(view.kind === 'just-saved' || view.kind === 'saved-before')}
    >
      {view.kind === 'unsaved' ? (
        <button type="button" onClick={() => void save()}>
          Add to my references
        </button>
      ) : null}
      {view.kind === 'just-saved' ? (
        <button type="button" onClick={() => void undo()}>
          Undo
        </button>
      ) : null}
      <span role="status" aria-live="polite">
        {view.kind === 'unsaved' ? view.message : ''}
        {view.kind === 'just-saved'
          ? 'Added to your references: other articles on this story are now checked against it.'
          : ''}
        {view.kind === 'saved-before'
          ? `This page is in your references (saved ${view.added.slice(0, 10)}).`
          : ''}
        {view.kind === 'failed' ? `Could not save this page: ${view.message}` : ''}
      </span>
    </div>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { CrosscheckClient } from '../utils/crosscheck-client.ts';
import type { PopupState } from '../utils/popup-state.ts';
import { ReportView } from './ReportView.tsx';
import { AddToReferences } from './AddToReferences.tsx';

export function Popup({ client }: { client: CrosscheckClient }) {
  const [state, setState] = useState<PopupState>({ kind: 'loading', step: 'Starting…' });

  useEffect(() => {
    client
      .analyse((step) => setState({ kind: 'loading', step }))
      .then(setState, (error: unknown) =>
        setState({
          kind: 'error',
          message: `Something went wrong: ${error instanceof Error ? error.message : String(error)}`,
        }),
      );
  }, [client]);

  return (
    <div class="popup" data-state={state.kind}>
      {state.kind === 'ready' && client.references && <AddToReferences references={client.references} />}
      {state.kind === 'ready' ? (
        <ReportView
          report={state.report}
          marks={state.marks}
          placed={state.placed}
          titles={state.titles}
          onReveal={(id) => void client.reveal(id)}
        />
      ) : (
        <p class="status" role="status" aria-live="polite" data-testid="popup-status">
          {state.kind === 'loading' ? state.step : state.message}
        </p>
      )}
    </div>
  );
}

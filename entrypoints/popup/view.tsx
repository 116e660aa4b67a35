import { render } from 'preact';
import { Popup } from '../../components/Popup.tsx';
import type { CrosscheckClient } from '../../utils/crosscheck-client.ts';

/** The popup's view: Preact and the report's components, loaded while the analysis is under way. */
export function showPopup(client: CrosscheckClient): void {
  render(<Popup client={client} />, document.getElementById('app')!);
}
